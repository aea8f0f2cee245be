"""``check``'s arguments, dates and steps, stated exactly (issue 15, part 4).

Mutation testing found the wording and fields of ``check``'s refusals, the
edges of the encoded periods and the first and last steps unstated. The periods:
the urban reward is paid from 2014-01-01 (Hunan); the additional-birth approval is
the 2016 text of 《湖南省人口与计划生育条例》, 2016-03-30 to 2021-12-02.
"""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.eligibility import LocalRates, check, programme
from familyplan.errors import InvalidInput, NotEncoded

from ._helpers import JUNSHAN, YUEYANGLOU, parent, rural, urban

PROGRAMME_IDS = [
    "rural-reward",
    "special-assistance",
    "only-child-health-allowance",
    "urban-parents-reward",
    "additional-birth",
    "late-term-termination",
    "childcare-subsidy",
]


def refusal(make: object) -> tuple[str, object, str]:
    with pytest.raises(InvalidInput) as info:
        make()  # type: ignore[operator]
    assert not isinstance(info.value, NotEncoded)
    return info.value.field, info.value.value, info.value.allowed


def test_an_annual_programme_needs_a_year() -> None:
    assert refusal(lambda: check("rural-reward", rural(), jurisdiction=JUNSHAN)) == (
        "year",
        None,
        "a year (or as_of) for rural-reward, an annual programme",
    )
    # as_of alone gives the year
    r = check("rural-reward", rural(), as_of="2015-06-30", jurisdiction=JUNSHAN)
    assert (r.year, r.as_of, r.eligible) == (2015, dt.date(2015, 6, 30), True)
    r = check("rural-reward", rural(), year=2015, jurisdiction=JUNSHAN)
    assert (r.year, r.as_of) == (2015, None)


def test_a_dated_programme_needs_a_day() -> None:
    assert refusal(
        lambda: check("urban-parents-reward", urban(), year=2016, jurisdiction=YUEYANGLOU)
    ) == (
        "as_of",
        None,
        "a date for urban-parents-reward, which is checked on a day (year alone is ambiguous)",
    )
    assert refusal(
        lambda: check(
            "urban-parents-reward", urban(), year=2015, as_of="2016-01-01", jurisdiction=YUEYANGLOU
        )
    ) == ("year", 2015, "None or the year of as_of (2016)")
    r = check(
        "urban-parents-reward", urban(), year=2016, as_of="2016-01-01", jurisdiction=YUEYANGLOU
    )
    assert (r.year, r.as_of, r.eligible) == (None, dt.date(2016, 1, 1), True)


def test_encoded_period_edges() -> None:
    # the first day of the urban reward is checked (she is 55 only on 2014-03-02)
    r = check("urban-parents-reward", urban(), as_of="2014-01-01", jurisdiction=YUEYANGLOU)
    assert r.eligible is False
    with pytest.raises(NotEncoded) as info:
        check("urban-parents-reward", urban(), as_of="2013-12-31", jurisdiction=YUEYANGLOU)
    assert (info.value.field, info.value.value) == ("as_of", dt.date(2013, 12, 31))
    assert str(info.value).endswith("the texts that create it are not in force then")
    assert "urban-parents-reward (2014-01-01 to now)" in str(info.value)
    # the 2016 regulation: its first and last days are checked, the day after is not
    for day in ("2016-03-30", "2021-12-02"):
        a = check("additional-birth", parent(), as_of=day, jurisdiction=YUEYANGLOU)
        assert a.as_of == dt.date.fromisoformat(day)
    with pytest.raises(NotEncoded) as info:
        check("additional-birth", parent(), as_of="2021-12-03", jurisdiction=YUEYANGLOU)
    assert (info.value.field, info.value.value) == ("as_of", dt.date(2021, 12, 3))
    assert "additional-birth (2016-03-30 to 2021-12-02)" in str(info.value)


def test_wrong_applicant_and_programme() -> None:
    assert refusal(lambda: check("rural-reward", "x", year=2015, jurisdiction=JUNSHAN)) == (  # type: ignore[arg-type]
        "applicant",
        "x",
        "an Applicant",
    )
    a = rural()
    assert refusal(lambda: check("childcare-subsidy", a, year=2025, jurisdiction=JUNSHAN)) == (
        "applicant",
        a,
        "a ChildcareClaim for childcare-subsidy",
    )
    for bad in ("nope", 5):
        assert refusal(lambda: check(bad, a, year=2015, jurisdiction=JUNSHAN)) == (  # type: ignore[arg-type]  # noqa: B023
            "programme_id",
            bad,
            f"one of {PROGRAMME_IDS}",
        )
        assert refusal(lambda: programme(bad)) == ("programme_id", bad, f"one of {PROGRAMME_IDS}")  # type: ignore[arg-type]  # noqa: B023
    assert [programme(p).id for p in PROGRAMME_IDS] == PROGRAMME_IDS


def test_outside_the_province() -> None:
    # the urban reward is Hunan's: 淄博市博山区 (370304) is not in 湖南省
    assert refusal(
        lambda: check("urban-parents-reward", urban(), as_of="2016-01-01", jurisdiction="370304")
    ) == (
        "jurisdiction",
        "370304",
        "a division in 湖南省 (430000), where urban-parents-reward is encoded",
    )


def test_first_and_last_steps() -> None:
    r = check(
        "rural-reward",
        rural(),
        year=2015,
        jurisdiction=JUNSHAN,
        rates=LocalRates(top_up="120", reference="君山区文件"),
    )
    texts = [s.description for s in r.steps]
    assert texts[0] == "rural-reward (农村部分计划生育家庭奖励扶助) in 430611 君山区, year 2015"
    assert texts[-2:] == ["all conditions met", "local figures from: 君山区文件 (caller)"]
    # every condition is a step with its status, fact and citation
    for c in r.conditions:
        status = {True: "met", False: "not met", None: "unknown"}[c.met]
        step = next(s for s in r.steps if s.description == f"{c.id}: {status} ({c.fact})")
        assert (step.value, step.citation) == (c.met, c.citation)
    assert r.amount_period == "year"
    no = check("rural-reward", rural(born_on="1960-06-01"), year=2015, jurisdiction=JUNSHAN)
    assert [s.description for s in no.steps][-1] == "a condition is not met"
    assert (no.amount, no.amount_period) == (None, None)
    unknown = check(
        "rural-reward", rural(births_against_rules=None), year=2015, jurisdiction=JUNSHAN
    )
    assert [s.description for s in unknown.steps][-1] == "undetermined: a fact was not given"
    assert (unknown.amount, unknown.amount_period) == (None, None)
    assert unknown.rate is not None  # the rate of the year is known, the claim is not
    d = check("urban-parents-reward", urban(), as_of="2016-01-01", jurisdiction=YUEYANGLOU)
    assert d.steps[0].description == (
        "urban-parents-reward (城镇独生子女父母奖励) in 430602 岳阳楼区, as of 2016-01-01"
    )
