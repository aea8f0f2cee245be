"""Special assistance's facts and steps, and a spouse's refusals, stated in full (issue 15:
mutation survivors of the last run). Conditions and amounts: special-assistance-2007 art. 1
(本人及配偶均为农业户口… 女方年满49周岁; 独生子女死亡或伤、病残), art. 2 (每人每月)."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.eligibility import Child, Spouse, check
from familyplan.errors import InvalidInput, InvalidInputs

from ._helpers import YUEYANGLOU, bereaved, rural

P = "special-assistance"


def test_a_husband_without_his_wifes_birth_date_is_told_which_fact_is_missing() -> None:
    # art. 1: the age that counts is the woman's (女方年满49周岁); a husband applies without it
    r = check(
        P,
        bereaved(born_on="1955-01-01", sex="male", spouse=Spouse("female")),
        year=2012,
        jurisdiction=YUEYANGLOU,
    )
    assert r.condition(f"{P}.woman-aged-49").fact == "the wife's born_on not given"


def test_the_birth_date_condition_carries_the_date() -> None:
    # the 1933 condition reads the applicant's own birth date, 1950-05-01 (_helpers.bereaved)
    r = check(P, bereaved(), year=2012, jurisdiction=YUEYANGLOU)
    c = r.condition(f"{P}.born-1933-or-later")
    assert c.value == dt.date(1950, 5, 1)
    assert c.fact == "born_on=1950-05-01"


def test_the_child_conditions_describe_the_children() -> None:
    # one dead son born 1975-03-01 (_helpers.bereaved)
    r = check(P, bereaved(), year=2012, jurisdiction=YUEYANGLOU)
    for cid in ("one-child", "no-living-child", "child-disabled"):
        assert r.condition(f"{P}.{cid}").fact == "children=[1975-03-01 male dead]"


def test_the_table_step_is_per_person_per_month() -> None:
    # art. 2: 每人每月 — 2012 amounts from 财教〔2011〕623号 二: 135 (death) / 110 (disability)
    r = check(P, bereaved(), year=2012, jurisdiction=YUEYANGLOU)
    table = [
        s for s in r.steps if str(s.description).startswith("special assistance table for 2012")
    ]
    assert len(table) == 1
    assert str(table[0].description).endswith(" yuan a person a month")
    assert "135" in str(table[0].description)
    assert "110" in str(table[0].description)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"sex": "man"}, "sex"),
        ({"sex": "female", "residence": "city"}, "residence"),
        ({"sex": "female", "registered_in": "43060"}, "registered_in"),
    ],
)
def test_a_spouses_refusal_names_its_field(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidInput) as info:
        Spouse(**kwargs)  # type: ignore[arg-type]
    assert info.value.field == field


@pytest.mark.parametrize(("year", "ok"), [(2200, True), (2201, False)])
def test_years_a_fact_may_name_end_in_2200(year: int, ok: bool) -> None:
    # the library's own bound on a year a caller writes (not law): 2200 taken, 2201 refused
    kids = [Child("1975-03-01", "male", alive=False)]
    if ok:
        bereaved(children=kids, births_against_rules=(year,))
    else:
        with pytest.raises(InvalidInput):
            bereaved(children=kids, births_against_rules=(year,))


def test_the_rural_reward_minimum_step_in_chinese() -> None:
    # 财教〔2011〕623号: 每人每年不低于960元 from 2012 — 960 / 12 = 80 a person a month
    r = check("rural-reward", rural(), year=2012, jurisdiction=YUEYANGLOU)
    minimum = [s for s in r.steps if s.description.startswith("national minimum")]
    assert [s.description_zh for s in minimum] == ["每人每月不低于80元"]


def test_rural_reward_children_not_given() -> None:
    # 现存一个子女 / 现存两个女孩 / 子女死亡现无子女 cannot be decided without the children
    r = check("rural-reward", rural(children=None), year=2012, jurisdiction=YUEYANGLOU)
    ids = ("one-living-child", "two-living-daughters", "children-dead")
    for cid in ids:
        c = r.condition(f"rural-reward.{cid}")
        assert c.fact == "children not given"
        assert c.met is None


def test_a_child_that_is_not_a_child_is_named_with_its_value() -> None:
    with pytest.raises(InvalidInput) as info:
        rural(children=["1975-03-01"])
    assert info.value.field == "children[0]"
    assert info.value.value == "1975-03-01"


def test_every_bad_child_is_reported() -> None:
    # the embedder's contract: all refusals at once, not the first only
    with pytest.raises(InvalidInputs) as info:
        rural(children=["a", Child("1975-03-01", "male", alive=True), "b"])
    assert [e.field for e in info.value.exceptions] == ["children[0]", "children[2]"]
