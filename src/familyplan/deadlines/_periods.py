"""Period arithmetic with the counting rules of the law.

* **Working days** (工作日): the start day is not counted; the n-th working
  day after it is the last day (《行政处罚法》(2021) 第八十五条; 《行政强制法》
  第六十九条 for periods of ten days or less).
* **Calendar days**: the start day is not counted (期间开始的时和日，不计算在
  期间内); a period whose last day is a rest day — a weekend or holiday that is
  not a make-up working day — ends on the first working day after it
  (期间届满的最后一日是节假日的，以节假日后的第一日为期间届满的日期: 《民事诉讼法》,
  art. 75 (1991), 82 (2012), 85 (2021)).
* **Months and years**: the period ends on the corresponding day of the final
  month, or on its last day when there is none (31 January + 1 month =
  28 or 29 February; 《民法典》第二百零二条, before 2021 the same rule in
  《民法总则》 and 《民法通则》's interpretation), then the same roll-forward.

Every function takes the calendar as a parameter (default: the State Council
schedule) and returns a plain ``date``, or a :class:`ProvisionalDate` when a
day past the published schedules had to be assumed (only with
``allow_provisional=True``; otherwise :class:`CalendarNotAvailable`).
"""

from __future__ import annotations

import datetime as _dt

from familyplan import _dates
from familyplan._dates import as_date
from familyplan._deprecation import renamed_keywords
from familyplan._validate import days_left, months_left, strict_bool, strict_int
from familyplan.deadlines._calendar import (
    FIRST_YEAR,
    LAST_PUBLISHED_YEAR,
    ChinaCalendar,
    ProvisionalDate,
    WorkdayCalendar,
    default_calendar,
)
from familyplan.errors import CalendarNotAvailable, InvalidInput
from familyplan.types import DateLike

__all__ = [
    "add_calendar_days",
    "add_months",
    "add_working_days",
    "is_working_day",
    "next_working_day",
    "roll_forward",
    "working_days_between",
]

_ONE = _dt.timedelta(days=1)


class _Day:
    """Answers is-workday for one computation and remembers if it guessed."""

    __slots__ = ("allow", "cal", "provisional")

    def __init__(self, cal: WorkdayCalendar | None, allow: bool) -> None:
        if cal is not None and not isinstance(cal, WorkdayCalendar):
            raise InvalidInput("calendar", cal, "None or a WorkdayCalendar (is_workday and covers)")
        self.cal: WorkdayCalendar = cal if cal is not None else default_calendar()
        self.allow = strict_bool(allow, "allow_provisional")
        self.provisional = False

    def work(self, day: _dt.date) -> bool:
        if self.cal.covers(day):
            return self.cal.is_workday(day)
        fallback = getattr(self.cal, "provisional_is_workday", None)
        if not self.allow or fallback is None:
            raise CalendarNotAvailable(
                day,
                getattr(self.cal, "first_year", FIRST_YEAR),
                getattr(self.cal, "last_year", LAST_PUBLISHED_YEAR),
            )
        self.provisional = True
        return bool(fallback(day))

    def result(self, day: _dt.date) -> _dt.date:
        return ProvisionalDate.of(day) if self.provisional else day


def _count(value: object, field: str, high: int) -> int:
    """A count of days or months that keeps the end within ``datetime.date.max``."""
    out: int = strict_int(
        value,
        field,
        low=0,
        high=high,
        allowed=f"a non-negative int of at most {high} (the period must end by 9999-12-31)",
    )
    return out


def _after(day: _dt.date, field: str, value: object) -> _dt.date:
    if day == _dt.date.max:
        raise InvalidInput(field, value, "a period that ends by 9999-12-31")
    return day + _ONE


def is_working_day(
    day: DateLike, *, calendar: WorkdayCalendar | None = None, allow_provisional: bool = False
) -> bool:
    """Whether ``day`` is a working day (make-up weekend days included).

    >>> import datetime
    >>> is_working_day(datetime.date(2005, 12, 31))  # Saturday, 上班 by the 2006 notice
    True
    """
    return _Day(calendar, allow_provisional).work(as_date(day, "day"))


def add_working_days(
    start: DateLike,
    n: int,
    *,
    calendar: WorkdayCalendar | None = None,
    allow_provisional: bool = False,
) -> _dt.date:
    """The ``n``-th working day after ``start`` (``start`` itself not counted).

    ``n = 0`` returns ``start`` unchanged.

    >>> import datetime
    >>> add_working_days(datetime.date(2013, 9, 23), 5)  # Sunday 29 Sept. was a make-up day
    datetime.date(2013, 9, 29)
    """
    day = as_date(start, "start")
    count = _count(n, "n", days_left(day))
    d = _Day(calendar, allow_provisional)
    cal = d.cal
    if count == 0:
        return day
    if type(cal) is ChinaCalendar and cal.covers(day):  # a subclass may change the days
        # fast path: the index of the working days
        found = cal.nth_workday_after(day, count)
        if found is not None:
            return found
    remaining = count
    while remaining:
        day = _after(day, "n", n)
        if d.work(day):
            remaining -= 1
    return d.result(day)


@renamed_keywords(a="start", b="end")
def working_days_between(
    start: DateLike,
    end: DateLike,
    *,
    calendar: WorkdayCalendar | None = None,
    allow_provisional: bool = False,
) -> int:
    """Working days after ``start`` up to and including ``end`` (``start`` ≤ ``end``).

    The inverse of :func:`add_working_days`:
    ``working_days_between(start, add_working_days(start, n)) == n``.
    The keywords ``a`` and ``b`` (before 0.2) still work, with a
    ``DeprecationWarning``, until 0.3.

    >>> import datetime
    >>> working_days_between(datetime.date(2013, 9, 23), datetime.date(2013, 9, 29))
    5
    """
    start = as_date(start, "start")
    end = as_date(end, "end")
    if end < start:
        raise InvalidInput("end", end, f"a date on or after start ({start.isoformat()})")
    d = _Day(calendar, allow_provisional)
    cal = d.cal
    if type(cal) is ChinaCalendar and cal.covers(start) and cal.covers(end):
        return cal.workdays_through(end) - cal.workdays_through(start)
    total = 0
    day = start
    while day < end:
        day += _ONE
        if d.work(day):
            total += 1
    return total


def next_working_day(
    day: DateLike, *, calendar: WorkdayCalendar | None = None, allow_provisional: bool = False
) -> _dt.date:
    """The first working day strictly after ``day``.

    >>> import datetime
    >>> next_working_day(datetime.date(2019, 2, 1))  # Friday before the Spring Festival week
    datetime.date(2019, 2, 2)
    """
    start = as_date(day, "day")
    return add_working_days(start, 1, calendar=calendar, allow_provisional=allow_provisional)


def roll_forward(
    day: DateLike, *, calendar: WorkdayCalendar | None = None, allow_provisional: bool = False
) -> _dt.date:
    """``day`` if it is a working day, else the first working day after it.

    >>> import datetime
    >>> roll_forward(datetime.date(2010, 10, 3))  # National Day week
    datetime.date(2010, 10, 8)
    """
    start = as_date(day, "day")
    d = _Day(calendar, allow_provisional)
    if type(d.cal) is ChinaCalendar and d.cal.covers(start):
        found = d.cal.first_workday_from(start)  # O(1): the index of the working days
        if found is not None:
            return start if found == start else found
    current = start
    while not d.work(current):
        current = _after(current, "day", day)
    return d.result(current)


def _rolled(
    end: _dt.date, roll: object, calendar: WorkdayCalendar | None, allow_provisional: bool
) -> _dt.date:
    """``end``, rolled forward off a rest day when ``roll`` (True or False)."""
    if not strict_bool(roll, "roll"):
        return end
    return roll_forward(end, calendar=calendar, allow_provisional=allow_provisional)


def add_calendar_days(
    start: DateLike,
    n: int,
    *,
    roll: bool = True,
    calendar: WorkdayCalendar | None = None,
    allow_provisional: bool = False,
) -> _dt.date:
    """``start`` + ``n`` days, rolled forward off a rest day when ``roll``.

    >>> import datetime
    >>> add_calendar_days(datetime.date(2010, 9, 3), 30)  # 3 Oct. is in the National Day week
    datetime.date(2010, 10, 8)
    >>> add_calendar_days(datetime.date(2019, 1, 10), 30)  # Sat. 9 Feb. → Mon. 11 Feb.
    datetime.date(2019, 2, 11)
    """
    day = as_date(start, "start")
    end = day + _dt.timedelta(days=_count(n, "n", days_left(day)))
    return _rolled(end, roll, calendar, allow_provisional)


def add_months(
    start: DateLike,
    n: int,
    *,
    roll: bool = True,
    calendar: WorkdayCalendar | None = None,
    allow_provisional: bool = False,
) -> _dt.date:
    """The corresponding day ``n`` months later, month-end clamped, then rolled.

    31 January + 1 month is the last day of February (there is no 31st): the
    package's one month-end clamp, ``familyplan._dates.add_months``
    (《民法典》第二百零二条).

    >>> import datetime
    >>> add_months(datetime.date(2013, 1, 31), 1, roll=False)
    datetime.date(2013, 2, 28)
    >>> add_months(datetime.date(2016, 1, 31), 1, roll=False)
    datetime.date(2016, 2, 29)
    """
    day = as_date(start, "start")
    end = _dates.add_months(day, _count(n, "n", months_left(day)))
    return _rolled(end, roll, calendar, allow_provisional)
