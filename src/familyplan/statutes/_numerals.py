"""The one numeral reader: what numbers a statute's words state.

Every figure in the registry carries the words of its quote that state it
(``千分之二``, ``二至六倍``, ``百分之三十``, ``一千五百元``, ``三日``,
``六个月``, ``30日``, ``2012年1月1日``). When the registry loads, these words
are read here, and the numbers they say must be exactly the figure's value.

Rules (each is the ordinary reading of statute Chinese):

* Chinese numerals ``零〇一二两三四五六七八九十百千万`` are read positionally:
  ``十四`` 14, ``一百八十`` 180, ``一千五百`` 1500, ``三万`` 30000;
* Arabic numerals (ASCII or full-width), with an optional decimal part
  (``2.5``), and an optional ``万`` after them (``1.5万`` 15000);
* a Chinese decimal point ``点`` followed by digits read one by one
  (``二点五`` 2.5);
* ``A分之B`` is B divided by A: ``千分之二`` 0.002, ``百分之三十`` 0.3,
  ``百分之百`` 1, ``五分之一`` 0.2;
* ``YYYY年M月D日`` in Arabic numerals is a date.

Anything else (``倍``, ``元``, ``日``, ``以上``) is not a number and is
skipped, so the words must be chosen to contain only the figure's numbers:
``一次性缴纳`` would add a 1.

>>> read_numbers("千分之二")
(Decimal('0.002'),)
>>> read_numbers("二倍以上六倍以下")
(Decimal('2'), Decimal('6'))
>>> read_numbers("二点五倍")
(Decimal('2.5'),)
>>> read_numbers("各加百分之百")
(Decimal('1'),)
>>> read_numbers("一万元以上三万元以下")
(Decimal('10000'), Decimal('30000'))
>>> read_numbers("自2012年1月1日起")
(datetime.date(2012, 1, 1),)
>>> read_numbers("届满之日起180日内")
(Decimal('180'),)
"""

from __future__ import annotations

import datetime as _dt
import re
from decimal import Decimal

from familyplan.errors import InvalidInput, NumeralError

__all__ = ["read_numbers"]

_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_CHARS = "".join(_CN_DIGITS) + "".join(_CN_UNITS) + "万"
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")

_CN_DECIMAL = "点"  # 二点五 = 2.5: digits after 点 are read one by one
_NUMBER = rf"(?:[0-9]+(?:\.[0-9]+)?万?|[{_CN_CHARS}]+(?:{_CN_DECIMAL}[{''.join(_CN_DIGITS)}]+)?)"
_TOKEN = re.compile(
    rf"(?P<date>(?P<y>[0-9]{{4}})年(?P<m>[0-9]{{1,2}})月(?P<d>[0-9]{{1,2}})日)"
    rf"|(?P<frac>(?P<den>{_NUMBER})分之(?P<num>{_NUMBER}))"
    rf"|(?P<n>{_NUMBER})"
)


def _chinese(text: str) -> Decimal:
    total = 0
    section = 0
    number: int | None = None
    for ch in text:
        if ch in _CN_DIGITS:
            number = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            section += (1 if number is None else number) * _CN_UNITS[ch]
            number = None
        else:  # 万
            total += (section + (0 if number is None else number)) * 10000
            section = 0
            number = None
    return Decimal(total + section + (0 if number is None else number))


def _number(text: str) -> Decimal:
    if text[0].isdigit():
        if text.endswith("万"):
            return Decimal(text[:-1]) * 10000
        return Decimal(text)
    if text == "万":
        raise NumeralError("万 alone is not a number")
    whole, _, decimals = text.partition(_CN_DECIMAL)
    value = _chinese(whole)
    if decimals:
        value += Decimal("0." + "".join(str(_CN_DIGITS[ch]) for ch in decimals))
    return value


def read_numbers(words: str) -> tuple[Decimal | _dt.date, ...]:
    """Every number (or Arabic-numeral date) the words state, in order.

    :raises NumeralError: when a date in the words is not a real day.
    """
    if not isinstance(words, str):
        raise InvalidInput("words", words, "a str")
    text = words.translate(_FULL_WIDTH)
    out: list[Decimal | _dt.date] = []
    for m in _TOKEN.finditer(text):
        if m.group("date"):
            try:
                out.append(_dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d"))))
            except ValueError:
                raise NumeralError(f"{m.group('date')!r} is not a date") from None
        elif m.group("frac"):
            den = _number(m.group("den"))
            if den == 0:
                raise NumeralError(f"{m.group('frac')!r} divides by zero")
            out.append(_number(m.group("num")) / den)
        else:
            token = m.group("n")
            if token == "万":  # 万 alone, not a numeral here (e.g. in 万元 after Arabic text)
                continue
            out.append(_number(token))
    return tuple(out)
