"""Dates: validation of the dates callers pass in (the library never reads a
clock), and the one month-end clamp every calculator uses.

The clamp is the rule of 《民法典》第二百零二条 (the same in 《民法总则》 art.
202, 2017): 按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，
月末日为期间的最后一日 — a period of months or years ends on the corresponding
day of the final month, or on that month's last day when it has none. It is
the arithmetic of dateutil's ``relativedelta(months=n)`` / ``(years=n)``
("if the day does not exist in the resulting month, the last day of that
month is used"), without its overhead.
"""

from __future__ import annotations

import datetime as _dt
import re

from familyplan._kept import Kept
from familyplan.errors import InvalidInput

__all__ = [
    "add_months",
    "add_years",
    "as_date",
    "as_date_or_none",
    "days_in_month",
    "month_ends",
    "month_index",
]

_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def as_date(value: object, field: str) -> _dt.date:
    """A ``datetime.date`` (or an ISO ``"YYYY-MM-DD"`` string) as a date.

    A ``datetime`` is refused: the time of day and the time zone would have to
    be guessed away, and which calendar day a timestamp falls on is the
    caller's decision.

    >>> as_date("2013-01-31", "due_on")
    datetime.date(2013, 1, 31)
    >>> as_date(_dt.datetime(2013, 1, 31, 12), "due_on")
    Traceback (most recent call last):
    ...
    familyplan.errors.InvalidInput: due_on must be a datetime.date or an ISO date string 'YYYY-MM-DD' (a datetime is refused: its calendar day would be a guess), got datetime.datetime(2013, 1, 31, 12, 0)
    >>> as_date("2013-W01-1", "due_on")
    Traceback (most recent call last):
    ...
    familyplan.errors.InvalidInput: due_on must be a datetime.date or an ISO date string 'YYYY-MM-DD', got '2013-W01-1'
    """
    if type(value) is _dt.date:
        return value
    if type(value) is str:
        day = _PARSED.get(value)
        if day is not None:
            return day
    return _parse(value, field)


_PARSED: Kept[str, _dt.date] = Kept()
"""Strings already read as a date (a calculator is called with the same few days
again and again); only strings that parsed are kept, so an error is raised afresh."""


def _parse(value: object, field: str) -> _dt.date:
    """:func:`as_date` for a value not yet seen."""
    allowed = "a datetime.date or an ISO date string 'YYYY-MM-DD'"
    if isinstance(value, _dt.datetime):
        raise InvalidInput(
            field, value, allowed + " (a datetime is refused: its calendar day would be a guess)"
        )
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        # only YYYY-MM-DD: fromisoformat alone also reads week dates ("2013-W01-1"
        # is 2012-12-31) and basic forms ("20130101") the documentation never promised
        text = value.strip()
        if _ISO_DAY.fullmatch(text):
            try:
                day = _dt.date.fromisoformat(text)
            except ValueError:
                pass
            else:
                if type(value) is str:  # not a subclass: its hash and equality are str's
                    _PARSED.keep(value, day)
                return day
        raise InvalidInput(field, value, allowed)
    raise InvalidInput(field, value, allowed)


def as_date_or_none(value: object, field: str) -> _dt.date | None:
    """Like :func:`as_date`, but ``None`` stays ``None``."""
    return None if value is None else as_date(value, field)


# days of each month of a common year (index 1..12); February gains a day in a leap year
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MONTHS_PER_YEAR = 12


def days_in_month(year: int, month: int) -> int:
    """The number of days of ``month`` in ``year`` (its last day).

    >>> days_in_month(2013, 2), days_in_month(2016, 2), days_in_month(2000, 2), days_in_month(1900, 2)
    (28, 29, 29, 28)
    """
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month]


def add_months(day: _dt.date, n: int) -> _dt.date:
    """The corresponding day ``n`` months after ``day`` (before it if ``n < 0``),
    or the last day of that month when it has no corresponding day.

    《民法典》第二百零二条: 到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的
    最后一日. Equal to dateutil's ``day + relativedelta(months=n)``. Each call
    counts from ``day`` itself, so the clamp never accumulates: 31 January + 2
    months is 31 March, not 28 March. No roll-forward off rest days (that is
    the caller's rule: see ``familyplan.deadlines.add_months``).

    >>> add_months(_dt.date(2013, 1, 31), 1), add_months(_dt.date(2016, 1, 31), 1)
    (datetime.date(2013, 2, 28), datetime.date(2016, 2, 29))
    >>> add_months(_dt.date(2013, 1, 31), 2)
    datetime.date(2013, 3, 31)
    >>> add_months(_dt.date(2013, 3, 31), -1)
    datetime.date(2013, 2, 28)
    """
    y, m = divmod(day.month - 1 + n, _MONTHS_PER_YEAR)
    year, month = day.year + y, m + 1
    return _dt.date(year, month, min(day.day, days_in_month(year, month)))


def month_ends(day: _dt.date, n: int) -> list[_dt.date]:
    """``[add_months(day, k) for k in range(n + 1)]``, counted month by month (each
    clamped from ``day``'s own day of the month, never from the previous one).

    >>> month_ends(_dt.date(2013, 12, 31), 3)
    [datetime.date(2013, 12, 31), datetime.date(2014, 1, 31), datetime.date(2014, 2, 28), datetime.date(2014, 3, 31)]
    """
    out = [day]
    year, month, dom = day.year, day.month, day.day
    for _ in range(n):
        if month == _MONTHS_PER_YEAR:
            year, month = year + 1, 1
        else:
            month += 1
        last = days_in_month(year, month)
        out.append(_dt.date(year, month, dom if dom <= last else last))
    return out


def add_years(day: _dt.date, n: int) -> _dt.date:
    """The corresponding day ``n`` years after ``day``; 29 February → 28 February
    in a common year (the same clamp: ``add_months(day, 12 * n)``).

    >>> add_years(_dt.date(2016, 2, 29), 2), add_years(_dt.date(2016, 2, 29), 4)
    (datetime.date(2018, 2, 28), datetime.date(2020, 2, 29))
    """
    return add_months(day, _MONTHS_PER_YEAR * n)


def month_index(day: _dt.date) -> int:
    """A running month number: the difference of two counts calendar months.

    >>> month_index(_dt.date(2014, 1, 31)) - month_index(_dt.date(2013, 1, 31))
    12
    """
    return _MONTHS_PER_YEAR * day.year + day.month - 1
