"""A caller's calendar decides the roll-forward of a calendar-days step."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from familyplan.deadlines import _rules, deadline, is_working_day
from familyplan.errors import CalendarNotAvailable, InvalidInput

day = dt.date


class _EveryDay:
    """A caller's calendar on which every day is a working day."""

    def is_workday(self, day: dt.date) -> bool:
        return True

    def covers(self, day: dt.date) -> bool:
        return True


def test_the_roll_forward_uses_the_callers_calendar() -> None:
    # 社会抚养费征收管理办法 art. 6: 30 days from 2019-01-10 → Sat 2019-02-09, in the 春节
    # break of the 2019 notice (2/4-2/10), so the State Council calendar rolls it to Mon
    # 2/11; on a calendar where every day works it is not rolled
    assert deadline("levy-payment", trigger_on=day(2019, 1, 10)).due_on == day(2019, 2, 11)
    d = deadline("levy-payment", trigger_on=day(2019, 1, 10), calendar=_EveryDay())
    assert d.due_on == day(2019, 2, 9)


def test_a_calendar_that_is_not_one() -> None:
    with pytest.raises(InvalidInput) as err:
        deadline("levy-payment", trigger_on=day(2019, 1, 10), calendar="cn")  # type: ignore[arg-type]
    assert str(err.value) == (
        "calendar must be None or a WorkdayCalendar (is_workday and covers), got 'cn'"
    )


@pytest.mark.parametrize(
    ("value", "unit", "words"),
    [
        (1, "days", "day"),
        (2, "days", "days"),
        (1, "working-days", "working day"),
        (5, "working-days", "working days"),
        (1, "months", "month"),
        (6, "months", "months"),
    ],
)
def test_unit_words(value: int, unit: str, words: str) -> None:
    # the words a step uses for a period ("1 month", "5 working days")
    assert _rules.unit_words(SimpleNamespace(value=value, unit=unit)) == words  # type: ignore[arg-type]


class _Short:
    """A caller's calendar that knows 2005 and 2006 only (weekdays work)."""

    first_year = 2005
    last_year = 2006

    def is_workday(self, day: dt.date) -> bool:
        return day.weekday() < 5

    def covers(self, day: dt.date) -> bool:
        return 2005 <= day.year <= 2006


def test_a_day_outside_the_callers_calendar_names_its_years() -> None:
    with pytest.raises(CalendarNotAvailable) as err:
        is_working_day(day(2010, 1, 4), calendar=_Short())
    assert (err.value.first_year, err.value.last_year) == (2005, 2006)
