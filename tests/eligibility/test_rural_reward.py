"""农村部分计划生育家庭奖励扶助, worked by hand from rural-reward-2004 art. 1 (conditions),
rural-reward-2004 art. 2 (600 a year), rural-reward-2011 art. 1 (60 -> 80 a month)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from familyplan.eligibility import Child, LocalRates, NotEncoded, Spouse, check
from familyplan.errors import InvalidInput, NotInForce

from ._helpers import JUNSHAN, YUEYANGLOU, rural

P = "rural-reward"


def cond(result, cid: str):  # type: ignore[no-untyped-def]
    return result.condition(f"{P}.{cid}")


class TestAge:
    @pytest.mark.parametrize(
        ("born", "year", "eligible"),
        [
            ("1952-12-31", 2012, True),  # 60 on 31 December 2012: counts for 2012
            ("1953-01-01", 2012, False),  # 59 on 31 December 2012
            ("1953-01-01", 2013, True),  # 60 during 2013
            ("1952-01-01", 2012, True),  # 60 on 1 January
        ],
    )
    def test_aged_60_by_31_december(self, born: str, year: int, eligible: bool) -> None:
        r = check(
            P,
            rural(born_on=born, children=[Child("1980-01-01", "male", alive=True)]),
            year=year,
            jurisdiction=YUEYANGLOU,
        )
        assert cond(r, "aged-60").met is eligible
        assert r.eligible is eligible

    @pytest.mark.parametrize(
        ("born", "met"),
        [
            ("1932-12-31", False),  # one day before the line
            ("1933-01-01", True),  # the first day of the line (以后 includes it)
        ],
    )
    def test_born_1933_or_later(self, born: str, met: bool) -> None:
        r = check(
            P,
            rural(born_on=born, children=[Child("1960-01-01", "male", alive=True)]),
            year=2004,
            jurisdiction=YUEYANGLOU,
        )
        assert cond(r, "born-1933-or-later").met is met
        assert cond(r, "aged-60").met is True  # 71 or 72 in 2004
        assert r.eligible is met


class TestChildren:
    def test_two_daughters(self) -> None:
        kids = [
            Child("1975-01-01", "female", alive=True),
            Child("1978-01-01", "female", alive=True),
        ]
        r = check(P, rural(children=kids), year=2012, jurisdiction=YUEYANGLOU)
        assert cond(r, "two-living-daughters").met is True
        assert cond(r, "one-living-child").met is False
        assert r.eligible is True

    def test_a_son_and_a_daughter(self) -> None:
        kids = [Child("1975-01-01", "male", alive=True), Child("1978-01-01", "female", alive=True)]
        r = check(P, rural(children=kids), year=2012, jurisdiction=YUEYANGLOU)
        assert [c.met for c in r.conditions if c.group == "children"] == [False, False, False]
        assert r.eligible is False
        assert {c.id for c in r.failed} == {
            f"{P}.one-living-child",
            f"{P}.two-living-daughters",
            f"{P}.children-dead",
        }

    def test_a_dead_only_child(self) -> None:
        # national text: 现存一个子女或两个女孩或子女死亡现无子女
        r = check(
            P,
            rural(children=[Child("1975-01-01", "male", alive=False)]),
            year=2012,
            jurisdiction=YUEYANGLOU,
        )
        assert cond(r, "children-dead").met is True
        assert r.eligible is True

    def test_never_had_a_child(self) -> None:
        r = check(P, rural(children=[]), year=2012, jurisdiction=YUEYANGLOU)
        assert r.eligible is False

    def test_one_living_of_two(self) -> None:
        kids = [Child("1975-01-01", "male", alive=False), Child("1978-01-01", "male", alive=True)]
        assert check(P, rural(children=kids), year=2012, jurisdiction=YUEYANGLOU).eligible is True

    def test_unknown_survival(self) -> None:
        kids = [Child("1975-01-01", "female", alive=True), Child("1978-01-01", "female")]
        r = check(P, rural(children=kids), year=2012, jurisdiction=YUEYANGLOU)
        # one or two living daughters: eligible either way, but the facts do not say which branch
        assert cond(r, "one-living-child").met is None
        assert cond(r, "two-living-daughters").met is None
        assert r.eligible is None

    def test_children_not_given(self) -> None:
        r = check(P, rural(children=None), year=2012, jurisdiction=YUEYANGLOU)
        assert r.eligible is None
        assert {c.id for c in r.unknown} == {
            f"{P}.one-living-child",
            f"{P}.two-living-daughters",
            f"{P}.children-dead",
        }


class TestOtherConditions:
    @pytest.mark.parametrize(
        ("years", "met"),
        [
            ((), True),
            ((1972,), True),  # before 1973
            ((1973,), False),  # first year of the window
            ((2001,), False),  # last year of the window
            (
                (2002,),
                True,
            ),  # after the national window (the 岳阳楼区 list says 1973以来: see docs)
        ],
    )
    def test_births_against_rules(self, years: tuple[int, ...], met: bool) -> None:
        r = check(P, rural(births_against_rules=years), year=2012, jurisdiction=YUEYANGLOU)
        assert cond(r, "no-birth-against-rules").met is met

    def test_urban_registration(self) -> None:
        r = check(P, rural(residence="urban"), year=2012, jurisdiction=YUEYANGLOU)
        assert cond(r, "rural-registration").met is False
        assert r.eligible is False

    @pytest.mark.parametrize(
        ("spouse", "met"),
        [
            (Spouse("male", residence="rural"), True),
            (Spouse("male", residence="urban"), False),  # 本人及配偶均为农业户口
            (Spouse("male"), None),  # spouse's registration not given
            (None, None),  # spouse not given
        ],
    )
    def test_spouse_registration(self, spouse: Spouse | None, met: bool | None) -> None:
        r = check(P, rural(spouse=spouse), year=2012, jurisdiction=YUEYANGLOU)
        assert cond(r, "spouse-rural-registration").met is met

    def test_missing_fact_is_unknown_not_no(self) -> None:
        r = check(
            P, rural(residence=None, births_against_rules=None), year=2012, jurisdiction=YUEYANGLOU
        )
        assert r.eligible is None
        assert r.amount is None
        assert r.status == "undetermined"


class TestAmounts:
    @pytest.mark.parametrize(
        ("year", "amount"),
        [
            (2004, "600"),  # 按人年均不低于600元
            (2008, "600"),
            (2009, "720"),  # 每人每月不低于60元 x 12 (财教〔2011〕623号: 现在的, before 2012)
            (2011, "720"),
            (2012, "960"),  # 每人每月不低于80元 x 12 from 2012-01-01
            (2014, "960"),
            (2016, "960"),
        ],
    )
    def test_national_minimum(self, year: int, amount: str) -> None:
        r = check(
            P,
            rural(born_on="1930-01-01" if year < 2004 else "1940-01-01"),
            year=year,
            jurisdiction=YUEYANGLOU,
        )
        assert r.eligible is not False
        assert r.rate is not None
        assert r.rate.minimum == Decimal(amount)

    def test_amount_for_the_year(self) -> None:
        r = check(P, rural(born_on="1940-01-01"), year=2012, jurisdiction=YUEYANGLOU)
        assert r.eligible is True
        assert (r.amount, r.amount_period) == (Decimal("960.00"), "year")
        assert (
            str(r.rate.citation)
            == "《财政部、人口计生委关于调整全国农村部分计划生育家庭奖励扶助和计划生育家庭特别扶助标准的通知》第一条"
        )

    def test_local_top_up(self) -> None:
        r = check(
            P,
            rural(born_on="1940-01-01"),
            year=2012,
            jurisdiction=YUEYANGLOU,
            rates=LocalRates(top_up="240", reference="某县文件"),
        )
        assert r.amount == Decimal("1200.00")  # 960 + 240
        assert r.rate.top_up == Decimal("240.00")
        assert any("某县文件" in s.description for s in r.steps)

    def test_720_is_flagged(self) -> None:
        r = check(P, rural(born_on="1940-01-01"), year=2010, jurisdiction=YUEYANGLOU)
        assert "NOT FOUND" in r.rate.note
        assert {c.statute_id for c in r.citations} >= {"rural-reward-2011", "rural-reward-2004"}

    def test_no_amount_when_not_eligible(self) -> None:
        r = check(P, rural(residence="urban"), year=2012, jurisdiction=YUEYANGLOU)
        assert r.amount is None
        assert r.amount_period is None

    @pytest.mark.parametrize("year", [2003, 1990])  # before the programme
    def test_years_outside(self, year: int) -> None:
        with pytest.raises(
            NotEncoded,
            match=r"year must be within the encoded period of rural-reward .*2004-01-01 to 2008-12-31",
        ) as info:
            check(P, rural(), year=year, jurisdiction=YUEYANGLOU)
        assert isinstance(info.value, InvalidInput)
        assert isinstance(info.value, NotInForce)
        assert info.value.value == year


class TestArguments:
    def test_year_required(self) -> None:
        with pytest.raises(InvalidInput, match="year must be a year"):
            check(P, rural(), jurisdiction=YUEYANGLOU)

    def test_year_from_as_of(self) -> None:
        r = check(P, rural(), as_of="2013-03-15", jurisdiction=YUEYANGLOU)
        assert r.year == 2013

    def test_unknown_jurisdiction(self) -> None:
        with pytest.raises(LookupError):
            check(P, rural(), year=2012, jurisdiction="999999")

    def test_unknown_programme(self) -> None:
        with pytest.raises(InvalidInput, match="programme_id must be one of"):
            check("rural", rural(), year=2012, jurisdiction=YUEYANGLOU)

    def test_applicant_type(self) -> None:
        with pytest.raises(InvalidInput, match="applicant must be an Applicant"):
            check(P, {"born_on": "1950-01-01"}, year=2012, jurisdiction=YUEYANGLOU)  # type: ignore[arg-type]

    def test_float_year(self) -> None:
        with pytest.raises(InvalidInput, match="year must be an int year"):
            check(P, rural(), year=2012.0, jurisdiction=YUEYANGLOU)  # type: ignore[arg-type]


class TestExplanation:
    def test_local_list_cited_beside_the_national_text(self) -> None:
        r = check(P, rural(), year=2016, jurisdiction=YUEYANGLOU)
        aged = cond(r, "aged-60")
        assert aged.citation.statute_id == "rural-reward-2004"
        assert [c.statute_id for c in aged.see_also] == ["yueyanglou-list"]
        # the list is dated 2016-11: not cited for 2015
        r15 = check(P, rural(), year=2015, jurisdiction=YUEYANGLOU)
        assert cond(r15, "aged-60").see_also == ()

    def test_elsewhere_no_local_list(self) -> None:
        r = check(P, rural(), year=2016, jurisdiction=JUNSHAN)
        assert all(c.see_also == () for c in r.conditions)

    def test_to_dict(self) -> None:
        d = check(P, rural(), year=2012, jurisdiction=YUEYANGLOU).to_dict()
        assert d["kind"] == "eligibility"
        assert d["eligible"] is True
        assert d["amount"] == "960.00"
        assert d["conditions"][0]["citation"]["statute_id"] == "rural-reward-2004"
        assert "familyplan_version" in d
        assert "rules_version" in d
