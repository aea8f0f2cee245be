"""The 岳阳楼区 subsidy processing calendar (moved here from familyplan.deadlines).

The dates are the list's own words (seed 004, 运行流程): 每年1月15日前 … and
每月1-5日 …; each expected date below is read from those words by hand.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from familyplan import deadlines, eligibility, statutes
from familyplan.eligibility import CALENDAR_PROGRAMMES, CalendarEntry, subsidy_calendar
from familyplan.errors import InvalidInput, NotInForce

day = dt.date


@pytest.mark.parametrize(
    ("programme", "dates"),
    [
        ("rural-reward", ["01-15", "02-10", "02-20", "03-15", "04-15"]),
        ("special-assistance", ["01-15", "02-10", "02-20", "03-15", "04-15"]),
        ("only-child-health-allowance", ["03-15", "03-31", "04-30", "06-30"]),
    ],
)
def test_subsidy_calendar_yearly(programme: str, dates: list[str]) -> None:
    entries = subsidy_calendar(programme, 2019)
    assert [e.on.isoformat()[5:] for e in entries] == dates
    for e in entries:
        assert e.citation.statute_id == "yueyanglou-list"
        p = statutes.provision("yueyanglou-list", e.citation.article, on=e.on)
        assert e.what_zh in p.quote


def test_subsidy_calendar_urban_monthly() -> None:
    entries = subsidy_calendar("urban-parents-reward", 2019)
    assert len(entries) == 12 * 5
    feb = [e for e in entries if e.on.month == 2]
    # 每月16-30日: February 2019 ends on the 28th
    assert (feb[2].starts_on, feb[2].on) == (day(2019, 2, 16), day(2019, 2, 28))
    assert (feb[0].starts_on, feb[0].on) == (day(2019, 2, 1), day(2019, 2, 5))
    json.dumps([e.to_dict() for e in entries])


def test_subsidy_calendar_refusals() -> None:
    assert "urban-parents-reward" in CALENDAR_PROGRAMMES
    with pytest.raises(InvalidInput) as err:
        subsidy_calendar("pension", 2019)
    assert err.value.field == "programme"
    with pytest.raises(InvalidInput) as err:
        subsidy_calendar("rural-reward", "2019")  # type: ignore[arg-type]
    assert err.value.field == "year"
    with pytest.raises(NotInForce):  # the list is in force from 2016-11-01
        subsidy_calendar("rural-reward", 2016)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("subsidy_calendar", "subsidy_calendar"),
        ("CalendarEntry", "CalendarEntry"),
        ("PROGRAMMES", "CALENDAR_PROGRAMMES"),
    ],
)
def test_the_old_names_in_deadlines_warn_and_still_work(old: str, new: str) -> None:
    with pytest.warns(DeprecationWarning, match=f"familyplan.eligibility.{new}"):
        moved = getattr(deadlines, old)
    assert moved is getattr(eligibility, new)


def test_the_old_function_gives_the_same_dates() -> None:
    with pytest.warns(DeprecationWarning, match="moved to familyplan.eligibility"):
        old = deadlines.subsidy_calendar("rural-reward", 2019)
    assert old == subsidy_calendar("rural-reward", 2019)
    assert all(isinstance(e, CalendarEntry) for e in old)


def test_an_unknown_name_is_still_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        deadlines.no_such_name  # noqa: B018
