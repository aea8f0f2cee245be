"""Entitlement month by month: shares, notes, policies (issue 15, part 4).

Mutation testing found the month notes, the yearly-to-monthly share, the
policy pairs and the missing-rate error of :func:`entitlement` unstated.
Figures: the rural reward is 80 yuan a person a month from 2012 (rural-reward-2011), a
top-up is a year's (LocalRates); the urban reward 80 a month from 2014-01-01 for a woman
of 55 (Hunan); the health allowance's monthly rate is local (条例 art. 22: 5-20 yuan).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from familyplan.eligibility import LocalRates, Policy, check, entitlement
from familyplan.errors import InvalidInput

from ._helpers import JUNSHAN, YUEYANGLOU, parent, rural, urban

DEFAULT_PAIRS = (
    ("health_allowance_last_month", "birthday-month"),
    ("urban_reward_month", "first-day"),
    ("event_month", "not-due"),
)


def lines(e):  # type: ignore[no-untyped-def]
    return [(m.month, m.eligible, m.amount, m.note) for m in e.months]


def test_rural_reward_a_twelfth_of_the_year_each_month() -> None:
    # 80 a month, and a top-up of 120 a year = 10 a month: 90 a month, 360 for 4 months,
    # of which 320 is the national minimum
    e = entitlement(
        "rural-reward",
        rural(),
        period=("2015-11", "2016-02"),
        jurisdiction=JUNSHAN,
        rates=LocalRates(top_up="120"),
    )
    assert lines(e) == [
        ("2015-11", True, Decimal("90.00"), "year 2015"),
        ("2015-12", True, Decimal("90.00"), "year 2015"),
        ("2016-01", True, Decimal("90.00"), "year 2016"),
        ("2016-02", True, Decimal("90.00"), "year 2016"),
    ]
    assert (e.total, e.minimum_total, e.top_up_total) == (
        Decimal("360.00"),
        Decimal("320.00"),
        Decimal("40.00"),
    )
    assert e.policies == DEFAULT_PAIRS


def test_the_year_she_turns_60() -> None:
    # born 1955-06-01: 60 in 2015 (年满60周岁 in the year checked); 2014 not yet
    e = entitlement(
        "rural-reward",
        rural(born_on="1955-06-01"),
        period=("2014-12", "2015-01"),
        jurisdiction=JUNSHAN,
    )
    assert lines(e) == [
        ("2014-12", False, Decimal("0.00"), "year 2014"),
        ("2015-01", True, Decimal("80.00"), "year 2015"),
    ]
    assert e.total == Decimal("80.00")


def test_undetermined_months() -> None:
    # whether a birth broke the rules is not given: no month is decided, no total
    e = entitlement(
        "rural-reward",
        rural(births_against_rules=None),
        period=("2015-12", "2016-01"),
        jurisdiction=JUNSHAN,
    )
    assert lines(e) == [
        ("2015-12", None, None, "year 2015"),
        ("2016-01", None, None, "year 2016"),
    ]
    assert e.total is None


def test_health_allowance_needs_the_local_rate() -> None:
    with pytest.raises(InvalidInput) as info:
        entitlement(
            "only-child-health-allowance",
            parent(),
            period=("2016-05", "2016-06"),
            jurisdiction=YUEYANGLOU,
        )
    assert (info.value.field, info.value.value) == ("rates.monthly_rate", None)
    assert info.value.allowed == (
        "the local monthly rate for only-child-health-allowance (LocalRates(monthly_rate=...)): "
        "an amount cannot be computed without it"
    )
    e = entitlement(
        "only-child-health-allowance",
        parent(),
        period=("2016-05", "2016-06"),
        jurisdiction=YUEYANGLOU,
        rates=LocalRates(monthly_rate="10"),
    )
    assert lines(e) == [
        ("2016-05", True, Decimal("10.00"), "as of 2016-05-01"),
        ("2016-06", True, Decimal("10.00"), "as of 2016-06-01"),
    ]


def test_urban_reward_first_or_last_day_of_the_month() -> None:
    # born 1959-03-02, 55 on 2014-03-02: March 2014 is not paid when the month is judged
    # on its first day, it is when judged on its last
    first = entitlement(
        "urban-parents-reward", urban(), period=("2014-03", "2014-04"), jurisdiction=YUEYANGLOU
    )
    assert lines(first) == [
        ("2014-03", False, Decimal("0.00"), "as of 2014-03-01"),
        ("2014-04", True, Decimal("80.00"), "as of 2014-04-01"),
    ]
    last_day = Policy(urban_reward_month="last-day")
    last = entitlement(
        "urban-parents-reward",
        urban(),
        period=("2014-03", "2014-04"),
        jurisdiction=YUEYANGLOU,
        policy=last_day,
    )
    assert lines(last) == [
        ("2014-03", True, Decimal("80.00"), "as of 2014-03-31"),
        ("2014-04", True, Decimal("80.00"), "as of 2014-04-30"),
    ]
    assert last.policies == (
        ("health_allowance_last_month", "birthday-month"),
        ("urban_reward_month", "last-day"),
        ("event_month", "not-due"),
    )
    assert last_day.to_dict() == dict(last.policies)


def test_policies_of_a_check() -> None:
    r = check("rural-reward", rural(), year=2015, jurisdiction=JUNSHAN)
    assert r.policies == DEFAULT_PAIRS
    p = Policy(health_allowance_last_month="month-before-birthday", event_month="due")
    assert p.pairs() == (
        ("health_allowance_last_month", "month-before-birthday"),
        ("urban_reward_month", "first-day"),
        ("event_month", "due"),
    )
