"""The programme catalogue, the result object and the error for years outside the sources."""

from __future__ import annotations

import datetime as dt
import json
import pickle

import pytest

from familyplan.eligibility import NotEncoded, Policy, check, programme, programmes
from familyplan.eligibility._base import in_division
from familyplan.errors import InvalidInput, NotInForce
from familyplan.statutes import jurisdiction

from ._helpers import YUEYANGLOU, rural


class TestCatalogue:
    def test_ids(self) -> None:
        assert [p.id for p in programmes()] == [
            "rural-reward",
            "special-assistance",
            "only-child-health-allowance",
            "urban-parents-reward",
            "additional-birth",
            "late-term-termination",
            "childcare-subsidy",
        ]

    def test_encoded_periods(self) -> None:
        rr = programme("rural-reward")
        # no end: rural-reward-2011 art. 1 (80 a month from 2012) has not been replaced
        assert (rr.encoded_from, rr.encoded_until) == (dt.date(2004, 1, 1), None)
        assert rr.checked_through == dt.date(2026, 12, 1)
        assert programme("special-assistance").encoded_from == dt.date(2008, 1, 1)
        assert programme("urban-parents-reward").encoded_from == dt.date(2014, 1, 1)

    def test_to_dict(self) -> None:
        d = programme("special-assistance").to_dict()
        json.dumps(d)
        assert d["timing"] == "year"
        assert "special-assistance.child-disabled" in d["conditions"]

    def test_unknown(self) -> None:
        with pytest.raises(InvalidInput, match="programme_id must be one of"):
            programme(42)


class TestResult:
    def test_condition_lookup(self) -> None:
        r = check("rural-reward", rural(), year=2012, jurisdiction=YUEYANGLOU)
        with pytest.raises(InvalidInput, match="condition_id must be one of"):
            r.condition("aged-60")

    def test_policies_recorded(self) -> None:
        r = check(
            "rural-reward",
            rural(),
            year=2012,
            jurisdiction=YUEYANGLOU,
            policy=Policy(event_month="due"),
        )
        assert ("event_month", "due") in r.policies

    def test_policy_type(self) -> None:
        with pytest.raises(InvalidInput, match="policy must be a Policy"):
            check("rural-reward", rural(), year=2012, jurisdiction=YUEYANGLOU, policy="strict")  # type: ignore[arg-type]

    def test_steps_explain(self) -> None:
        r = check("rural-reward", rural(), year=2012, jurisdiction=YUEYANGLOU)
        texts = [s.description for s in r.steps]
        assert texts[0].startswith(
            "rural-reward (农村部分计划生育家庭奖励扶助) in 430602 岳阳楼区, year 2012"
        )
        assert any("80 yuan a person a month x 12 = 960 a year" in t for t in texts)
        assert texts[-1] == "all conditions met"


class TestNotEncoded:
    def test_both_kinds_and_pickles(self) -> None:
        with pytest.raises(NotEncoded) as info:
            check("rural-reward", rural(), year=2003, jurisdiction=YUEYANGLOU)
        err = info.value
        assert isinstance(err, NotInForce)
        assert isinstance(err, InvalidInput)
        assert (err.field, err.value, err.on) == ("year", 2003, dt.date(2003, 1, 1))
        assert err.versions[-1][1:] == (dt.date(2012, 1, 1), None)
        again = pickle.loads(pickle.dumps(err))
        assert str(again) == str(err)


@pytest.mark.parametrize(
    ("code", "division", "inside"),
    [
        ("430602", "430000", True),  # a district in its province
        ("430602", "430600", True),  # in its prefecture
        ("430602", "430602", True),
        ("430611", "430602", False),  # a neighbouring district
        ("370304", "430000", False),
        ("430699", "430600", True),  # a code the registry does not list still lies in 4306
    ],
)
def test_in_division(code: str, division: str, inside: bool) -> None:
    assert in_division(code, jurisdiction(division)) is inside
