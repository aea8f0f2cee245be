"""The refusals of the approval and pre-2012 enforcement steps, by their words, and a
caller's calendar used for every day a step counts."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.deadlines import deadline
from familyplan.errors import InvalidInput

day = dt.date


def test_approval_of_a_matter_without_a_time_limit() -> None:
    # 岳阳楼区 catalogue (seed 004): the matters with a 法定期限 in working days are
    # 中期以上终止妊娠审批, 执业证书核发 (20) and 再生育审批 (25); the levy has none
    with pytest.raises(InvalidInput) as err:
        deadline("approval", trigger_on=day(2019, 3, 1), jurisdiction="430602", matter="levy")
    assert str(err.value) == (
        "matter must be the id of a matter with a statutory time limit in the power catalogue "
        "of 430602: late-term-termination-approval, rebirth-approval, technical-service-licence, "
        "got 'levy'"
    )


def test_approval_where_no_catalogue_sets_a_limit() -> None:
    with pytest.raises(InvalidInput) as err:
        deadline("approval", trigger_on=day(2019, 3, 1), jurisdiction="370304", matter="levy")
    assert str(err.value) == (
        "matter must be the id of a matter with a statutory time limit in the power catalogue "
        "of 370304: none, got 'levy'"
    )


def test_enforcement_before_2012_needs_the_service_of_the_decision() -> None:
    # 法释〔2000〕8号 art. 88: from the end of the litigation period (行政强制法 in force 2012-01-01)
    with pytest.raises(InvalidInput) as err:
        deadline("enforcement-earliest", trigger_on=day(2011, 3, 1))
    assert str(err.value) == (
        "decision_served_on must be the day the decision was served: before 行政强制法 (in force "
        "2012-01-01) the application window opens when the litigation period ends (法释〔2000〕8号 "
        "art. 88), so that period must be counted, got None"
    )


def test_enforcement_before_2012_served_after_the_trigger() -> None:
    with pytest.raises(InvalidInput) as err:
        deadline(
            "enforcement-earliest", trigger_on=day(2011, 3, 1), decision_served_on=day(2011, 3, 2)
        )
    assert err.value.field == "decision_served_on"
    assert str(err.value) == (
        "decision_served_on must be a day on or before trigger_on (2011-03-01), "
        "got datetime.date(2011, 3, 2)"
    )


class _EveryDay:
    """A caller's calendar on which every day is a working day."""

    def is_workday(self, day: dt.date) -> bool:
        return True

    def covers(self, day: dt.date) -> bool:
        return True


def test_the_first_working_day_after_the_period_uses_the_callers_calendar() -> None:
    # 行政强制法 art. 54: 10 (working) days from Tue 2019-03-05, every day working → Fri 3/15;
    # the earliest day is the next working day of the same calendar: Sat 3/16 (not Mon 3/18)
    d = deadline("enforcement-earliest", trigger_on=day(2019, 3, 5), calendar=_EveryDay())
    assert d.due_on == day(2019, 3, 16)
