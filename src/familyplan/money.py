"""Yuan amounts: ``Decimal``, fen precision, no floats.

Every amount that enters the library goes through :func:`yuan`, which accepts
``int``, ``str`` and ``Decimal`` and refuses everything that could silently
lose a fen: ``float`` (``0.1`` is not one tenth in binary), ``bool``, NaN,
infinities, negative amounts and more than two decimal places.

>>> from familyplan.money import yuan
>>> yuan("1200")
Decimal('1200.00')
>>> yuan(0.1, field="principal")
Traceback (most recent call last):
...
familyplan.errors.InvalidInput: principal must be an int, str or Decimal amount of yuan (floats are refused: they cannot hold fen exactly), got 0.1
>>> yuan("1.005", field="principal")
Traceback (most recent call last):
...
familyplan.errors.InvalidInput: principal must be an amount with at most 2 decimal places (fen), got '1.005'

Results are rounded once, at the end, by a :class:`Rounding` policy that the
result records. The default is to the fen, half up (:data:`FEN_HALF_UP`);
some published levy decisions cut to the whole yuan (:data:`YUAN_DOWN`):

>>> from decimal import Decimal
>>> FEN_HALF_UP.apply(Decimal("2.345"))
Decimal('2.35')
>>> YUAN_DOWN.apply(Decimal("9999.99"))
Decimal('9999')

Intermediate arithmetic runs in :func:`exact_context` — a fixed decimal
context (34 significant digits, traps on) so a caller who changed the global
``decimal`` context cannot change a figure.
"""

from __future__ import annotations

import contextlib
import decimal
import re
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import Literal

import attrs

from familyplan._json import JSONInput
from familyplan._validate import choice_of
from familyplan.errors import InvalidInput

__all__ = [
    "FEN",
    "FEN_HALF_UP",
    "MAX_YUAN",
    "YUAN",
    "YUAN_DOWN",
    "YUAN_HALF_UP",
    "ZERO",
    "Rounding",
    "exact_context",
    "fen",
    "quantize_fen",
    "yuan",
    "yuan_or_none",
]

FEN = Decimal("0.01")
YUAN = Decimal("1")
ZERO = Decimal("0.00")

_CONTEXT = decimal.Context(
    prec=34,
    rounding=decimal.ROUND_HALF_EVEN,
    Emin=-999999,
    Emax=999999,
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)


def exact_context() -> contextlib.AbstractContextManager[decimal.Context]:
    """The fixed decimal context every calculator computes in (``with exact_context():``).

    The decimal module's own context manager, without a generator around it
    (entered on every calculation, so it is kept cheap).
    """
    return decimal.localcontext(_CONTEXT)


_ALLOWED = "an int, str or Decimal amount of yuan"

MAX_YUAN = Decimal(10) ** 14
"""Amounts must be below this: 10^14 yuan (one hundred trillion), more than any
levy, fine, fee or subsidy can reach, and small enough that every sum stays
exact in the 34-digit context and fits a 64-bit count of fen (the batch path)."""

_MAX_DIGITS = 14  # whole yuan of at most 14 digits are below MAX_YUAN

_PLAIN = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")
_GROUPED = re.compile(r"[+-]?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?")
_STR_ALLOWED = (
    f"{_ALLOWED} written as digits with an optional '.' and fen, e.g. '1200', '1200.50' "
    "or '1,200.50' (a comma only between groups of three digits)"
)


def _to_decimal(value: object, field: str) -> Decimal:
    if isinstance(value, bool):
        raise InvalidInput(field, value, f"{_ALLOWED} (bool is refused)")
    if isinstance(value, float):
        raise InvalidInput(
            field, value, f"{_ALLOWED} (floats are refused: they cannot hold fen exactly)"
        )
    if isinstance(value, Decimal):
        d = value
    elif isinstance(value, int):
        d = Decimal(value)
    elif isinstance(value, str):
        text = value.strip().replace("，", ",")
        if not (_PLAIN.fullmatch(text) or _GROUPED.fullmatch(text)):
            if text.lower().lstrip("+-") in ("nan", "snan", "inf", "infinity"):
                raise InvalidInput(field, value, "a finite amount (NaN and infinity are refused)")
            raise InvalidInput(field, value, _STR_ALLOWED)
        d = Decimal(text.replace(",", ""))
    else:
        raise InvalidInput(field, value, _ALLOWED)
    if not d.is_finite():
        raise InvalidInput(field, value, "a finite amount (NaN and infinity are refused)")
    if abs(d) >= MAX_YUAN:
        raise InvalidInput(field, value, "an amount below 10^14 yuan (100,000,000,000,000)")
    return d


def yuan(value: object, *, field: str = "amount", allow_negative: bool = False) -> Decimal:
    """Parse and validate an amount of yuan; return it with exactly two places.

    :param value: an ``int``, ``str`` (``"1200"``, ``"1,200.50"``) or ``Decimal``.
    :param field: the name used in the error message.
    :param allow_negative: accept amounts below zero (refunds, corrections).
    :raises InvalidInput: for floats, bools, NaN, infinities, negative amounts
        (unless allowed), more than two decimal places, or anything else.

    >>> yuan(Decimal("10000"))
    Decimal('10000.00')
    >>> yuan(-5, field="payment")
    Traceback (most recent call last):
    ...
    familyplan.errors.InvalidInput: payment must be a non-negative amount of yuan, got -5
    """
    if type(value) is str and value.isdigit() and value.isascii() and len(value) <= _MAX_DIGITS:
        # the common case, written as whole yuan in ASCII digits: nothing below can refuse it
        return Decimal(value).quantize(FEN, context=_CONTEXT)
    d = _to_decimal(value, field)
    if not allow_negative and d < 0:
        raise InvalidInput(field, value, "a non-negative amount of yuan")
    exponent = d.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2 and d != d.quantize(FEN, rounding=ROUND_DOWN):
        raise InvalidInput(field, value, "an amount with at most 2 decimal places (fen)")
    out = d.quantize(FEN, context=_CONTEXT)
    return out.copy_abs() if out.is_zero() else out  # no negative zero


def yuan_or_none(value: object, *, field: str = "amount") -> Decimal | None:
    """Like :func:`yuan`, but ``None`` stays ``None`` (an unknown amount)."""
    if value is None:
        return None
    return yuan(value, field=field)


def _decimal_arg(value: object, field: str) -> Decimal:
    if not isinstance(value, Decimal) or not value.is_finite() or abs(value) >= MAX_YUAN:
        raise InvalidInput(field, value, "a finite Decimal amount below 10^14 yuan")
    return value


def quantize_fen(value: Decimal) -> Decimal:
    """Round to the fen, half up (the library's default final rounding).

    >>> quantize_fen(Decimal("2.345"))
    Decimal('2.35')
    >>> quantize_fen("2.345")
    Traceback (most recent call last):
    ...
    familyplan.errors.InvalidInput: value must be a finite Decimal amount below 10^14 yuan, got '2.345'
    """
    value = _decimal_arg(value, "value")
    return value.quantize(FEN, rounding=ROUND_HALF_UP, context=_CONTEXT)


def fen(amount: Decimal) -> int:
    """An amount already at fen precision as an integer number of fen.

    >>> fen(Decimal("12.34"))
    1234
    """
    amount = _decimal_arg(amount, "amount")
    with exact_context():
        q = amount.quantize(FEN, rounding=ROUND_HALF_UP)
        if q != amount:
            raise InvalidInput("amount", amount, "an amount at fen precision")
        return int(q * 100)


_MODES = {"half-up": ROUND_HALF_UP, "down": ROUND_DOWN}


def _check_quantum(_inst: object, _attr: object, value: Decimal) -> None:
    if value not in (FEN, YUAN):
        raise InvalidInput("quantum", value, "Decimal('0.01') (fen) or Decimal('1') (yuan)")


def _to_quantum(value: int | str | Decimal) -> Decimal:
    if isinstance(value, str | int) and not isinstance(value, bool):
        try:
            return Decimal(value)
        except decimal.InvalidOperation:
            raise InvalidInput("quantum", value, "'0.01' or '1'") from None
    if isinstance(value, Decimal) and value.is_finite():
        return value
    raise InvalidInput("quantum", value, "'0.01' or '1'")


@attrs.frozen
class Rounding(JSONInput):
    """How a final amount is rounded — a policy the result records.

    :param quantum: ``Decimal("0.01")`` (to the fen) or ``Decimal("1")`` (to the yuan).
    :param mode: ``"half-up"`` (四舍五入) or ``"down"`` (cut, 舍去).

    Neither the State Council measures nor the provincial regulations fix a
    rounding rule; the fen, half up, is the default because it is the common
    accounting rule, and the whole-yuan cut is offered because published levy
    decisions in some places use it.

    >>> Rounding(quantum="1", mode="half-up").apply(Decimal("2.5"))
    Decimal('3')
    >>> Rounding(quantum="0.1")
    Traceback (most recent call last):
    ...
    familyplan.errors.InvalidInput: quantum must be Decimal('0.01') (fen) or Decimal('1') (yuan), got Decimal('0.1')
    """

    quantum: Decimal = attrs.field(default=FEN, converter=_to_quantum, validator=_check_quantum)
    mode: Literal["half-up", "down"] = attrs.field(
        default="half-up", validator=choice_of(("half-up", "down"))
    )

    def apply(self, value: Decimal) -> Decimal:
        """Round ``value`` by this policy."""
        if type(value) is not Decimal or not value.is_finite() or not -MAX_YUAN < value < MAX_YUAN:
            _decimal_arg(value, "value")  # raises, naming what is allowed
        return value.quantize(self.quantum, _MODES[self.mode], _CONTEXT)

    @property
    def label(self) -> str:
        unit = "fen" if self.quantum == FEN else "yuan"
        return f"{unit}, {self.mode}"

    def to_dict(self) -> dict[str, str]:
        return {"quantum": str(self.quantum), "mode": self.mode}


FEN_HALF_UP = Rounding()
"""Round to the fen, half up: the default."""
YUAN_HALF_UP = Rounding(quantum=YUAN, mode="half-up")
"""Round to the whole yuan, half up."""
YUAN_DOWN = Rounding(quantum=YUAN, mode="down")
"""Cut to the whole yuan (some published levy decisions)."""
