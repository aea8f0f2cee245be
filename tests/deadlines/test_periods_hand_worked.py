"""Hand-worked cases of the period arithmetic that the mutation run showed
untested (issue 15 part 4): the default ``allow_provisional=False`` refusing
days past the published schedules, and ``working_days_between``'s fallback
(day by day, for calendars other than the built-in table).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from familyplan import deadlines
from familyplan.deadlines import LAST_PUBLISHED_YEAR, default_calendar
from familyplan.errors import CalendarNotAvailable, InvalidInput

PAST = dt.date(LAST_PUBLISHED_YEAR + 1, 3, 2)  # after the last published schedule
LAST_DAY = dt.date(LAST_PUBLISHED_YEAR, 12, 31)

REFUSE: list[tuple[str, Callable[[], object]]] = [
    ("is_working_day", lambda: deadlines.is_working_day(PAST)),
    ("working_days_between", lambda: deadlines.working_days_between(LAST_DAY, PAST)),
    ("next_working_day", lambda: deadlines.next_working_day(LAST_DAY + dt.timedelta(days=40))),
    ("roll_forward", lambda: deadlines.roll_forward(PAST)),
    ("add_months", lambda: deadlines.add_months(LAST_DAY, 2)),
    ("add_working_days", lambda: deadlines.add_working_days(LAST_DAY, 5)),
    ("add_calendar_days", lambda: deadlines.add_calendar_days(LAST_DAY, 60)),
]


@pytest.mark.parametrize(("name", "call"), REFUSE, ids=[n for n, _ in REFUSE])
def test_default_refuses_days_past_the_published_schedule(
    name: str, call: Callable[[], object]
) -> None:
    with pytest.raises(CalendarNotAvailable) as info:
        call()
    assert info.value.last_year == LAST_PUBLISHED_YEAR
    assert info.value.on.year == LAST_PUBLISHED_YEAR + 1


def test_add_months_without_roll_needs_no_calendar() -> None:
    # roll=False: the corresponding day only (民法典 art. 202), no working-day question
    assert deadlines.add_months(LAST_DAY, 2, roll=False) == dt.date(LAST_PUBLISHED_YEAR + 1, 2, 28)


def test_allowed_provisional_answers_and_says_so() -> None:
    day = deadlines.roll_forward(PAST, allow_provisional=True)
    assert deadlines.is_provisional(day)


class _Weekdays:
    """Monday to Friday are working days; no holidays (not the built-in table)."""

    def is_workday(self, day: dt.date) -> bool:
        return day.weekday() < 5

    def covers(self, day: dt.date) -> bool:
        return True


class _Delegating:
    """The built-in schedule behind a wrapper, so the fast path is not taken."""

    def __init__(self) -> None:
        self.inner = default_calendar()

    def is_workday(self, day: dt.date) -> bool:
        return self.inner.is_workday(day)

    def covers(self, day: dt.date) -> bool:
        return self.inner.covers(day)


@pytest.mark.parametrize(
    ("a", "b", "want"),
    [
        # Mon 2024-01-01 to Mon 01-08: Tue-Fri (4) and Mon 8 (a not counted) = 5
        (dt.date(2024, 1, 1), dt.date(2024, 1, 8), 5),
        # Fri 01-05 to Sun 01-07: no working day after a
        (dt.date(2024, 1, 5), dt.date(2024, 1, 7), 0),
        # the same day: nothing after it
        (dt.date(2024, 1, 3), dt.date(2024, 1, 3), 0),
        # Sat 01-06 to Mon 01-08: Monday only
        (dt.date(2024, 1, 6), dt.date(2024, 1, 8), 1),
    ],
)
def test_fallback_counts_day_by_day(a: dt.date, b: dt.date, want: int) -> None:
    assert deadlines.working_days_between(a, b, calendar=_Weekdays()) == want


def test_fallback_agrees_with_the_table_on_a_make_up_week() -> None:
    # 2013-09-23 (Mon) to 09-29 (Sun, a make-up working day for the National Day week):
    # Tue 24, Wed 25, Thu 26, Fri 27, Sun 29 = 5 (Sat 28 rests)
    a, b = dt.date(2013, 9, 23), dt.date(2013, 9, 29)
    assert deadlines.working_days_between(a, b, calendar=_Delegating()) == 5
    assert deadlines.working_days_between(a, b) == 5


def test_fallback_refuses_uncovered_days_by_default() -> None:
    class _Short(_Weekdays):
        def covers(self, day: dt.date) -> bool:
            return day.year < 2024

    with pytest.raises(CalendarNotAvailable):
        deadlines.working_days_between(
            dt.date(2023, 12, 29), dt.date(2024, 1, 2), calendar=_Short()
        )


# -- the calendar is the caller's: it reaches every step --------------------------------
# 2024-10-01 (Tue) is National Day: a rest day in the built-in schedule (rest 10-01..10-07),
# a working day in a plain Monday-to-Friday calendar.


def test_next_working_day_uses_the_calendar_given() -> None:
    monday = dt.date(2024, 9, 30)
    assert deadlines.next_working_day(monday, calendar=_Weekdays()) == dt.date(2024, 10, 1)
    assert deadlines.next_working_day(monday) == dt.date(2024, 10, 8)


def test_add_months_rolls_with_the_calendar_given() -> None:
    # 2024-09-01 + 1 month = 2024-10-01, a working day Monday-to-Friday, a holiday in China
    start = dt.date(2024, 9, 1)
    assert deadlines.add_months(start, 1, calendar=_Weekdays()) == dt.date(2024, 10, 1)
    assert deadlines.add_months(start, 1) == dt.date(2024, 10, 8)


def test_add_calendar_days_rolls_with_the_calendar_given() -> None:
    start = dt.date(2024, 9, 1)  # + 30 days = 2024-10-01
    assert deadlines.add_calendar_days(start, 30, calendar=_Weekdays()) == dt.date(2024, 10, 1)
    assert deadlines.add_calendar_days(start, 30) == dt.date(2024, 10, 8)


# -- errors name the argument the caller wrote --------------------------------------------

BAD_ARGUMENT: list[tuple[Callable[[], object], str]] = [
    (lambda: deadlines.is_working_day("2024-13-01"), "day"),
    (lambda: deadlines.roll_forward("2024-13-01"), "day"),
    (lambda: deadlines.next_working_day("2024-13-01"), "day"),
    (lambda: deadlines.add_working_days("2024-13-01", 1), "start"),
    (lambda: deadlines.add_calendar_days("2024-13-01", 1), "start"),
    (lambda: deadlines.add_months("2024-13-01", 1), "start"),
    (lambda: deadlines.working_days_between("2024-13-01", dt.date(2024, 1, 1)), "start"),
    (lambda: deadlines.working_days_between(dt.date(2024, 1, 1), "2024-13-01"), "end"),
    (lambda: deadlines.add_working_days(dt.date(2024, 1, 1), -1), "n"),
    (lambda: deadlines.add_calendar_days(dt.date(2024, 1, 1), -1), "n"),
    (lambda: deadlines.add_months(dt.date(2024, 1, 1), -1), "n"),
]


@pytest.mark.parametrize(("call", "field"), BAD_ARGUMENT)
def test_errors_name_the_argument(call: Callable[[], object], field: str) -> None:
    with pytest.raises(InvalidInput) as info:
        call()
    assert info.value.field == field


def test_the_end_of_the_calendar_is_named() -> None:
    class _Never(_Weekdays):
        def is_workday(self, day: dt.date) -> bool:
            return False

    with pytest.raises(InvalidInput) as info:
        deadlines.roll_forward(dt.date(9999, 12, 30), calendar=_Never())
    assert str(info.value) == (
        "day must be a period that ends by 9999-12-31, got datetime.date(9999, 12, 30)"
    )
    with pytest.raises(InvalidInput) as info:
        deadlines.add_working_days(dt.date(9999, 12, 30), 1, calendar=_Never())
    assert str(info.value) == "n must be a period that ends by 9999-12-31, got 1"


def test_messages_say_what_is_allowed() -> None:
    with pytest.raises(InvalidInput) as info:
        deadlines.roll_forward(dt.date(2024, 1, 1), calendar="china")  # type: ignore[arg-type]
    assert str(info.value) == (
        "calendar must be None or a WorkdayCalendar (is_workday and covers), got 'china'"
    )
    assert info.value.value == "china"
    with pytest.raises(InvalidInput) as info:
        deadlines.add_calendar_days(dt.date(9999, 12, 1), 31)
    assert str(info.value) == (
        "n must be a non-negative int of at most 30 (the period must end by 9999-12-31), got 31"
    )


def test_a_calendars_own_years_are_reported() -> None:
    class _Years(_Weekdays):
        first_year = 2001
        last_year = 2002

        def covers(self, day: dt.date) -> bool:
            return 2001 <= day.year <= 2002

    with pytest.raises(CalendarNotAvailable) as info:
        deadlines.is_working_day(dt.date(2003, 1, 2), calendar=_Years())
    assert (info.value.first_year, info.value.last_year) == (2001, 2002)


def test_end_before_start_is_named() -> None:
    with pytest.raises(InvalidInput) as info:
        deadlines.working_days_between(dt.date(2024, 1, 8), dt.date(2024, 1, 1))
    assert str(info.value) == (
        "end must be a date on or after start (2024-01-08), got datetime.date(2024, 1, 1)"
    )


def test_next_working_day_passes_allow_provisional_on() -> None:
    day = deadlines.next_working_day(PAST, allow_provisional=True)
    assert deadlines.is_provisional(day)
