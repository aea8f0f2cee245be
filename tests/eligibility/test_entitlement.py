"""Amounts over a period, worked by hand (one month of the rural reward = a twelfth of the year)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from familyplan.eligibility import LocalRates, Month, NotEncoded, Policy, entitlement
from familyplan.errors import InvalidInput
from familyplan.money import YUAN_DOWN

from ._helpers import YUEYANGLOU, bereaved, parent, rural, urban


class TestRuralReward:
    def test_across_the_2012_rise(self) -> None:
        # born 1940: eligible throughout; 2011: 60 a month, 2012: 80 a month
        e = entitlement(
            "rural-reward",
            rural(born_on="1940-01-01"),
            period=("2011-07", "2012-06"),
            jurisdiction=YUEYANGLOU,
        )
        assert e.months_due == 12
        assert e.total == Decimal("840.00")  # 6 x 60 + 6 x 80
        assert [m.amount for m in e.months[5:7]] == [Decimal("60.00"), Decimal("80.00")]

    def test_first_year_of_age(self) -> None:
        # born 1952-06-01: 60 by 31 December 2012, not 2011
        e = entitlement(
            "rural-reward",
            rural(born_on="1952-06-01"),
            period=("2011-01", "2012-12"),
            jurisdiction=YUEYANGLOU,
        )
        assert e.months_due == 12
        assert e.total == Decimal("960.00")

    def test_top_up_split_by_month(self) -> None:
        # a top-up of 100 a year: 100 x 3 / 12 = 25 for three months
        e = entitlement(
            "rural-reward",
            rural(born_on="1940-01-01"),
            period=("2013-01", "2013-03"),
            jurisdiction=YUEYANGLOU,
            rates=LocalRates(top_up="100"),
        )
        assert (e.minimum_total, e.top_up_total, e.total) == (
            Decimal("240.00"),
            Decimal("25.00"),
            Decimal("265.00"),
        )

    def test_rounded_once(self) -> None:
        # top-up 10 a year: 10/12 a month; one month = 0.8333... → 80.83 only at the end
        e = entitlement(
            "rural-reward",
            rural(born_on="1940-01-01"),
            period=("2013-01", "2013-01"),
            jurisdiction=YUEYANGLOU,
            rates=LocalRates(top_up="10"),
        )
        assert e.total == Decimal("80.83")
        cut = entitlement(
            "rural-reward",
            rural(born_on="1940-01-01"),
            period=("2013-01", "2013-01"),
            jurisdiction=YUEYANGLOU,
            rates=LocalRates(top_up="10"),
            rounding=YUAN_DOWN,
        )
        assert cut.total == Decimal("80")

    def test_undetermined_months(self) -> None:
        e = entitlement(
            "rural-reward",
            rural(residence=None),
            period=("2013-01", "2013-02"),
            jurisdiction=YUEYANGLOU,
        )
        assert e.total is None
        assert len(e.undetermined) == 2

    def test_outside_the_encoded_years(self) -> None:
        # the programme starts in 2004 (rural-reward-2004 art. 4: 2004年1月1日至…600元)
        with pytest.raises(NotEncoded):
            entitlement(
                "rural-reward", rural(), period=("2003-12", "2004-01"), jurisdiction=YUEYANGLOU
            )

    def test_runs_past_2016_until_replaced(self) -> None:
        # rural-reward-2011 art. 1: 提高到每人每月不低于80元, no end date: 80 a month in 2026
        e = entitlement(
            "rural-reward", rural(), period=("2026-01", "2026-12"), jurisdiction=YUEYANGLOU
        )
        assert e.total == Decimal("960.00")


class TestOtherProgrammes:
    def test_special_assistance_2014(self) -> None:
        e = entitlement(
            "special-assistance",
            bereaved(residence="urban"),
            period=("2014-01", "2014-12"),
            jurisdiction=YUEYANGLOU,
        )
        assert e.total == Decimal("4080.00")  # 340 x 12

    def test_health_allowance_to_the_14th_birthday_month(self) -> None:
        # son born 2003-02-28: paid 2016-11 .. 2017-02 at 10 a month
        e = entitlement(
            "only-child-health-allowance",
            parent(),
            period=("2016-11", "2017-12"),
            jurisdiction=YUEYANGLOU,
            rates=LocalRates(monthly_rate="10"),
        )
        assert e.months_due == 4
        assert e.total == Decimal("40.00")
        e2 = entitlement(
            "only-child-health-allowance",
            parent(),
            period=("2016-11", "2017-12"),
            jurisdiction=YUEYANGLOU,
            rates=LocalRates(monthly_rate="10"),
            policy=Policy(health_allowance_last_month="month-before-birthday"),
        )
        assert e2.months_due == 3

    def test_health_allowance_needs_the_rate(self) -> None:
        with pytest.raises(
            InvalidInput, match=r"rates\.monthly_rate must be the local monthly rate"
        ):
            entitlement(
                "only-child-health-allowance",
                parent(),
                period=("2016-11", "2016-12"),
                jurisdiction=YUEYANGLOU,
            )

    def test_urban_reward_month_of_the_birthday(self) -> None:
        # born 1959-03-02: 55 on 2014-03-02; on 1 March she is 54, on 31 March 55
        first = entitlement(
            "urban-parents-reward", urban(), period=("2014-02", "2014-04"), jurisdiction=YUEYANGLOU
        )
        assert [m.eligible for m in first.months] == [False, False, True]
        last = entitlement(
            "urban-parents-reward",
            urban(),
            period=("2014-02", "2014-04"),
            jurisdiction=YUEYANGLOU,
            policy=Policy(urban_reward_month="last-day"),
        )
        assert [m.eligible for m in last.months] == [False, True, True]
        assert last.total == Decimal("160.00")


class TestArguments:
    def test_approval_has_no_amount(self) -> None:
        with pytest.raises(InvalidInput, match="programme_id must be a subsidy programme"):
            entitlement(
                "additional-birth", rural(), period=("2017-01", "2017-02"), jurisdiction=YUEYANGLOU
            )

    def test_backwards(self) -> None:
        with pytest.raises(
            InvalidInput, match="period must be a first month on or before the last month"
        ):
            entitlement(
                "rural-reward", rural(), period=("2013-02", "2013-01"), jurisdiction=YUEYANGLOU
            )

    def test_month_objects_and_dates(self) -> None:
        import datetime as dt

        e = entitlement(
            "rural-reward",
            rural(),
            period=(Month(2013, 1), dt.date(2013, 2, 15)),
            jurisdiction=YUEYANGLOU,
        )
        assert (e.first_month, e.last_month) == ("2013-01", "2013-02")

    def test_to_dict_is_json(self) -> None:
        e = entitlement(
            "rural-reward", rural(), period=("2013-01", "2013-02"), jurisdiction=YUEYANGLOU
        )
        d = e.to_dict()
        json.dumps(d)
        assert d["kind"] == "entitlement"
        assert d["total"] == "160.00"
        assert d["months"][0]["month"] == "2013-01"
