"""The working-day calendar: State Council holiday schedules with make-up days.

China's working days are Monday to Friday, except statutory holidays and the
rest days the State Council moves next to them each year (调休), plus the
weekend days it declares working days (调休上班日). The schedule is published
year by year; this package knows it up to :data:`LAST_PUBLISHED_YEAR`, from
the maintained ``holidays`` package, whose China calendar carries the
make-up working days (``weekend_workdays``).

A date past the published schedules (or before :data:`FIRST_YEAR`) is never
guessed silently: asking raises :class:`~familyplan.errors.CalendarNotAvailable`,
or, with ``allow_provisional=True``, is computed from weekends and the
statutory holidays the law fixes for that year (without any 调休) and the
result is marked provisional.

>>> import datetime
>>> cal = default_calendar()
>>> cal.is_workday(datetime.date(2013, 9, 29))   # a Sunday make-up working day
True
>>> cal.is_workday(datetime.date(2013, 9, 19))   # 中秋节
False
>>> cal.is_workday(datetime.date(2027, 1, 4))
Traceback (most recent call last):
...
familyplan.errors.CalendarNotAvailable: date must be within the published holiday schedules 2001-2026, got 2027-01-04 (pass allow_provisional=True to compute from weekends and fixed-date holidays, marked provisional)
"""

from __future__ import annotations

import calendar as _stdcal
import datetime as _dt
import functools
from typing import Protocol, runtime_checkable

from holidays.countries.china import China as _HolidaysChina
from holidays.countries.china import ChinaStaticHolidays as _ChinaSchedules

from familyplan._dates import as_date
from familyplan.errors import CalendarNotAvailable

__all__ = [
    "FIRST_YEAR",
    "LAST_PUBLISHED_YEAR",
    "ChinaCalendar",
    "ProvisionalDate",
    "WorkdayCalendar",
    "default_calendar",
    "is_provisional",
]

# The years of the State Council's published holiday schedules (放假安排 with their 调休 and
# make-up working days) are facts about those notices, not statute numbers: they are read
# from the ``holidays`` data that hold the schedules (one entry per notice year), never
# typed here. A new holidays release that adds a year's notice moves LAST_PUBLISHED_YEAR:
# that is a data change (bump RULES_VERSION; tests/deadlines/test_calendar.py pins the
# years the released package version holds).
_SCHEDULE_YEARS: tuple[int, ...] = tuple(sorted(_ChinaSchedules.special_public_holidays))

FIRST_YEAR: int = _SCHEDULE_YEARS[0]
"""First year whose schedule (with make-up working days) the data hold (2001)."""

LAST_PUBLISHED_YEAR: int = _SCHEDULE_YEARS[-1]
"""Last year whose holiday schedule the State Council had published when the
installed ``holidays`` data were made (2026: the schedule for 2026 was
published in November 2025). Raising it is a data change: bump ``RULES_VERSION``."""

_ONE = _dt.timedelta(days=1)
_FIRST_DAY = _dt.date(FIRST_YEAR, 1, 1)
_LAST_DAY = _dt.date(LAST_PUBLISHED_YEAR + 1, 1, 1) - _dt.timedelta(days=1)


@runtime_checkable
class WorkdayCalendar(Protocol):
    """What the deadline functions need from a calendar.

    ``covers(day)`` says whether the calendar knows the day for certain;
    ``is_workday(day)`` answers for a covered day. A calendar may also offer
    ``provisional_is_workday(day)`` for days it does not cover.
    """

    def is_workday(self, day: _dt.date) -> bool: ...

    def covers(self, day: _dt.date) -> bool: ...


class ProvisionalDate(_dt.date):
    """A date computed with at least one day past the published schedules.

    It compares and prints like a date, and carries ``provisional = True``
    so it can never be mistaken for a certain result.

    >>> d = ProvisionalDate(2027, 1, 4)
    >>> d.provisional, d == _dt.date(2027, 1, 4)
    (True, True)
    """

    provisional = True

    def __repr__(self) -> str:
        return f"ProvisionalDate({self.year}, {self.month}, {self.day})"

    @classmethod
    def of(cls, day: _dt.date) -> ProvisionalDate:
        return cls(day.year, day.month, day.day)


def is_provisional(day: _dt.date) -> bool:
    """Whether a date came out of a provisional computation.

    Anything but a date (a ``datetime``, a pandas ``Timestamp``, a string
    that is not ``YYYY-MM-DD``) is refused, as everywhere else.
    """
    if isinstance(day, ProvisionalDate):
        return True
    as_date(day, "day")
    return False


class ChinaCalendar:
    """The State Council schedule, built once into a day-indexed table.

    Lookups are O(1); counting working days between two dates is O(1) too
    (a cumulative count per day), so batch jobs can call it millions of times.
    """

    __slots__ = ("_base", "_cumulative", "_last", "_work", "_workdays")

    first_year = FIRST_YEAR
    last_year = LAST_PUBLISHED_YEAR

    def __init__(self) -> None:
        years = range(FIRST_YEAR, LAST_PUBLISHED_YEAR + 1)
        cn = _HolidaysChina(years=years)  # type: ignore[no-untyped-call]
        rest = set(cn.keys())
        makeup = set(cn.weekend_workdays)
        first = _FIRST_DAY
        last = _LAST_DAY
        self._base = first.toordinal()
        self._last = last.toordinal()
        work = bytearray(self._last - self._base + 1)
        cumulative = [0] * (len(work) + 1)
        for i in range(len(work)):
            day = _dt.date.fromordinal(self._base + i)
            ok = day in makeup or (day.weekday() < _stdcal.SATURDAY and day not in rest)
            work[i] = 1 if ok else 0
            cumulative[i + 1] = cumulative[i] + work[i]
        self._work = bytes(work)
        self._cumulative = tuple(cumulative)
        # the day number of the k-th working day (k from 1), at index k - 1
        self._workdays = tuple(self._base + i for i, w in enumerate(work) if w)

    def covers(self, day: _dt.date) -> bool:
        return self._base <= day.toordinal() <= self._last

    def is_workday(self, day: _dt.date) -> bool:
        i = day.toordinal() - self._base
        if i < 0 or day.toordinal() > self._last:
            raise CalendarNotAvailable(day, FIRST_YEAR, LAST_PUBLISHED_YEAR)
        return self._work[i] == 1

    def provisional_is_workday(self, day: _dt.date) -> bool:
        """Weekends and the statutory holidays of the year, without 调休."""
        return day.weekday() < _stdcal.SATURDAY and day not in _statutory_days(day.year)

    def workdays_through(self, day: _dt.date) -> int:
        """Working days from the first covered day up to and including ``day``."""
        i = day.toordinal() - self._base
        if i < 0 or day.toordinal() > self._last:
            raise CalendarNotAvailable(day, FIRST_YEAR, LAST_PUBLISHED_YEAR)
        return self._cumulative[i + 1]

    def first_workday_from(self, day: _dt.date) -> _dt.date | None:
        """``day`` if it is a working day, else the first one after it (``day`` covered),
        or ``None`` when that falls past the last covered day. O(1)."""
        k = self.workdays_through(day - _ONE) if day.toordinal() > self._base else 0
        if k >= len(self._workdays):
            return None
        return _dt.date.fromordinal(self._workdays[k])

    def nth_workday_after(self, day: _dt.date, n: int) -> _dt.date | None:
        """The ``n``-th working day after ``day`` (``n`` ≥ 1, ``day`` covered), or ``None``
        when it falls past the last covered day. O(1): an index into the working days."""
        k = self.workdays_through(day) + n
        if k > len(self._workdays):
            return None
        return _dt.date.fromordinal(self._workdays[k - 1])

    def __repr__(self) -> str:
        return f"ChinaCalendar({FIRST_YEAR}-{LAST_PUBLISHED_YEAR})"


@functools.cache
def _statutory_days(year: int) -> frozenset[_dt.date]:
    # The statutory holidays the law fixes for a year (全国年节及纪念日放假办法),
    # as the holidays package computes them; for a year past the published
    # schedules its extra rest days in lieu are *not* known, so only the
    # holidays' own dates are used.
    cn = _HolidaysChina(years=year)  # type: ignore[no-untyped-call]
    return frozenset(d for d, name in cn.items() if "Day off" not in name and "调休" not in name)


@functools.lru_cache(maxsize=1)
def default_calendar() -> ChinaCalendar:
    """The shared China calendar (built on first use, then cached)."""
    return ChinaCalendar()
