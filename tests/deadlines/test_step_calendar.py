"""A caller's calendar decides the roll-forward of a calendar-days step."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from familyplan.deadlines import _rules, deadline
from familyplan.errors import InvalidInput

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
