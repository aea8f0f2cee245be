"""Ages, months and years, spelled out (the library never reads a clock).

Two ways of counting age occur in the subsidy rules:

* **by 31 December of the year** (截至奖励扶助年度12月31日止): whoever turns
  ``n`` at any time in year ``Y`` counts as aged ``n`` for the whole of ``Y``,
  so the age for year ``Y`` is simply ``Y - birth year``;
* **on a day** (年满60周岁 on a given date): the whole years completed on that
  day. A person born on 29 February completes a year in a common year on 28
  February — the last day of the month, the rule 《民法典》 arts. 201–203 use
  for a period whose final month has no corresponding day.

>>> import datetime as dt
>>> age_by_year_end(dt.date(1952, 12, 31), 2012), age_by_year_end(dt.date(1953, 1, 1), 2012)
(60, 59)
>>> age_on(dt.date(2000, 2, 29), dt.date(2014, 2, 28))
14
>>> birthday(dt.date(2000, 2, 29), 14)
datetime.date(2014, 2, 28)
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import TypeAlias

import attrs

from familyplan._dates import add_years, as_date, days_in_month
from familyplan._validate import strict_int
from familyplan.errors import InvalidInput

__all__ = [
    "MONTHS_A_YEAR",
    "Month",
    "MonthLike",
    "age_by_year_end",
    "age_on",
    "as_month",
    "as_year",
    "birthday",
    "months_between",
]

MONTHS_A_YEAR = 12
"""Months in a calendar year (arithmetic, not a statutory figure)."""

_MIN_YEAR = 1900
_MAX_YEAR = 2200


def as_year(value: object, field: str = "year") -> int:
    """A calendar year as an ``int`` (1900–2200); bools and floats are refused."""
    return strict_int(  # type: ignore[no-any-return]
        value,
        field,
        low=_MIN_YEAR,
        high=_MAX_YEAR,
        allowed=f"an int year from {_MIN_YEAR} to {_MAX_YEAR}",
    )


def birthday(born_on: _dt.date, years: int) -> _dt.date:
    """The day on which a person born on ``born_on`` completes ``years`` years."""
    return add_years(born_on, years)  # 29 February → 28 February (民法典 art. 202 clamp)


def age_on(born_on: _dt.date, day: _dt.date) -> int:
    """Whole years completed on ``day`` (the birthday counts)."""
    age = day.year - born_on.year
    if birthday(born_on, age) > day:
        age -= 1
    return age


def age_by_year_end(born_on: _dt.date, year: int) -> int:
    """The age reached by 31 December of ``year`` (截至…12月31日止)."""
    return year - born_on.year


@attrs.frozen(order=False)  # ordered below, by (year, month), as attrs' order=True would
class Month:
    """A calendar month, e.g. ``Month(2014, 1)``; ``str()`` is ``"2014-01"``.

    >>> Month(2014, 12).next(), str(Month(2014, 3)), Month(2014, 3) < Month(2015, 1)
    (Month(2015, 1), '2014-03', True)
    """

    year: int
    month: int

    def __attrs_post_init__(self) -> None:
        y, m = self.year, self.month
        if type(y) is int and _MIN_YEAR <= y <= _MAX_YEAR and type(m) is int and 1 <= m <= 12:
            return  # the common case, checked without the error machinery
        as_year(y)
        strict_int(m, "month", low=1, high=12)

    def __lt__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.year, self.month) < (other.year, other.month)

    def __le__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.year, self.month) <= (other.year, other.month)

    def __gt__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.year, self.month) > (other.year, other.month)

    def __ge__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.year, self.month) >= (other.year, other.month)

    def __repr__(self) -> str:
        return f"Month({self.year}, {self.month})"

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @classmethod
    def of(cls, day: _dt.date) -> Month:
        return cls(day.year, day.month)

    @property
    def first_day(self) -> _dt.date:
        return _dt.date(self.year, self.month, 1)

    @property
    def last_day(self) -> _dt.date:
        return _dt.date(self.year, self.month, days_in_month(self.year, self.month))

    def next(self) -> Month:
        if self.month == 12:
            return Month(self.year + 1, 1)
        return Month(self.year, self.month + 1)

    def previous(self) -> Month:
        if self.month == 1:
            return Month(self.year - 1, 12)
        return Month(self.year, self.month - 1)


MonthLike: TypeAlias = Month | _dt.date | str
"""A month as a caller may give it: a :class:`Month`, a ``date`` (its month) or ``"YYYY-MM"``."""

_MONTH_RE = re.compile(r"([0-9]{4})-([0-9]{2})")


def as_month(value: object, field: str) -> Month:
    """A month from ``"YYYY-MM"``, a :class:`Month`, or a ``date`` (its month).

    >>> as_month("2014-03", "period[0]"), as_month(_dt.date(2014, 3, 15), "period[0]")
    (Month(2014, 3), Month(2014, 3))
    >>> as_month("2014-3", "period[0]")
    Traceback (most recent call last):
    ...
    familyplan.errors.InvalidInput: period[0] must be a month 'YYYY-MM', a Month or a datetime.date, got '2014-3'
    """
    allowed = "a month 'YYYY-MM', a Month or a datetime.date"
    if isinstance(value, Month):
        return value
    if isinstance(value, str):
        m = _MONTH_RE.fullmatch(value.strip())
        if m is None:
            raise InvalidInput(field, value, allowed)
        year, month = int(m.group(1)), int(m.group(2))
        if not 1 <= month <= 12 or not _MIN_YEAR <= year <= _MAX_YEAR:
            raise InvalidInput(field, value, allowed)
        return Month(year, month)
    if isinstance(value, _dt.date):
        return Month.of(as_date(value, field))
    raise InvalidInput(field, value, allowed)


def months_between(first: Month, last: Month) -> tuple[Month, ...]:
    """Every month from ``first`` to ``last``, both included."""
    out = []
    m = first
    while m <= last:
        out.append(m)
        m = m.next()
    return tuple(out)
