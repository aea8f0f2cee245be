"""计划生育家庭特别扶助, worked by hand from special-assistance-2007 art. 1 (conditions) and
the amounts of special-assistance-2007 art. 2 (100 / 80), rural-reward-2011 art. 2 (135 / 110),
special-assistance-2013 art. 1 (urban 340 / 270, rural 170 / 150), a person a month."""

from __future__ import annotations

from decimal import Decimal

import pytest

from familyplan.eligibility import NO_SPOUSE, Child, LocalRates, NotEncoded, Spouse, check

from ._helpers import YUEYANGLOU, bereaved

P = "special-assistance"


def disabled(grade: int | None, **changes: object):  # type: ignore[no-untyped-def]
    return bereaved(
        children=[Child("1975-03-01", "male", alive=True, disability_grade=grade)], **changes
    )


class TestConditions:
    def test_a_dead_only_child(self) -> None:
        r = check(P, bereaved(), year=2012, jurisdiction=YUEYANGLOU)
        assert r.eligible is True
        assert r.condition(f"{P}.no-living-child").met is True
        assert r.rate.basis == "death"

    @pytest.mark.parametrize(
        ("grade", "eligible"),
        [
            (1, True),
            (3, True),  # 伤病残达到三级以上: grade 3 qualifies
            (4, False),  # grade 4 is milder
            (10, False),
            (None, False),  # no disability grade
        ],
    )
    def test_disability_grade(self, grade: int | None, eligible: bool) -> None:
        r = check(P, disabled(grade), year=2012, jurisdiction=YUEYANGLOU)
        assert r.condition(f"{P}.child-disabled").met is eligible
        assert r.eligible is eligible

    def test_a_second_child_ends_it(self) -> None:
        kids = [Child("1975-03-01", "male", alive=False), Child("1990-01-01", "female", alive=True)]
        r = check(P, bereaved(children=kids), year=2012, jurisdiction=YUEYANGLOU)
        assert r.condition(f"{P}.one-child").met is False
        assert r.eligible is False

    def test_an_adopted_only_child_counts(self) -> None:
        r = check(
            P,
            bereaved(children=[Child("1980-01-01", "male", alive=False, adopted=True)]),
            year=2012,
            jurisdiction=YUEYANGLOU,
        )
        assert r.eligible is True

    def test_never_had_a_child(self) -> None:
        assert check(P, bereaved(children=[]), year=2012, jurisdiction=YUEYANGLOU).eligible is False

    @pytest.mark.parametrize(
        ("born", "year", "met"),
        [
            ("1959-12-31", 2008, True),  # 49 on 31 December 2008
            ("1960-01-01", 2008, False),  # 48 by 31 December 2008
            ("1960-01-01", 2009, True),
        ],
    )
    def test_woman_aged_49_by_31_december(self, born: str, year: int, met: bool) -> None:
        r = check(
            P,
            bereaved(born_on=born, children=[Child("1985-01-01", "male", alive=False)]),
            year=year,
            jurisdiction=YUEYANGLOU,
        )
        assert r.condition(f"{P}.woman-aged-49").met is met

    def test_husband_uses_the_wifes_age(self) -> None:
        husband = bereaved(
            born_on="1955-01-01", sex="male", spouse=Spouse("female", born_on="1960-06-01")
        )
        assert (
            check(P, husband, year=2008, jurisdiction=YUEYANGLOU)
            .condition(f"{P}.woman-aged-49")
            .met
            is False
        )
        assert check(P, husband, year=2009, jurisdiction=YUEYANGLOU).eligible is True

    @pytest.mark.parametrize("spouse", [None, NO_SPOUSE, Spouse("female")])
    def test_husband_without_the_wifes_age(self, spouse: object) -> None:
        r = check(
            P,
            bereaved(born_on="1955-01-01", sex="male", spouse=spouse),
            year=2012,
            jurisdiction=YUEYANGLOU,
        )
        assert r.condition(f"{P}.woman-aged-49").met is None
        assert r.eligible is None
        assert r.amount is None

    @pytest.mark.parametrize(("born", "met"), [("1932-12-31", False), ("1933-01-01", True)])
    def test_born_1933_or_later(self, born: str, met: bool) -> None:
        r = check(
            P,
            bereaved(born_on=born, children=[Child("1960-01-01", "male", alive=False)]),
            year=2008,
            jurisdiction=YUEYANGLOU,
        )
        assert r.condition(f"{P}.born-1933-or-later").met is met


class TestAmounts:
    @pytest.mark.parametrize(
        ("year", "residence", "death", "disability"),
        [
            (2008, "rural", "100", "80"),  # 每人每月不低于80元或100元
            (2011, "urban", "100", "80"),
            (2012, "rural", "135", "110"),  # 财教〔2011〕623号 二
            (2013, "urban", "135", "110"),
            (2014, "urban", "340", "270"),  # 城镇每人每月270元、340元
            (2014, "rural", "170", "150"),  # 农村每人每月150元、170元
            (2016, "urban", "340", "270"),  # restated by 财社〔2016〕16号 (a report)
            # 财社〔2022〕49号 一: 由每人每月450元提高至每人每月590元; 由每人每月350元提高至每人每月460元
            (2023, "urban", "590", "460"),
            (2023, "rural", "590", "460"),  # one national standard, urban and rural
            (2026, "rural", "590", "460"),  # no end date: runs until replaced
        ],
    )
    def test_monthly_minimum(self, year: int, residence: str, death: str, disability: str) -> None:
        dead = check(P, bereaved(residence=residence), year=year, jurisdiction=YUEYANGLOU)
        ill = check(P, disabled(2, residence=residence), year=year, jurisdiction=YUEYANGLOU)
        assert (dead.rate.minimum, dead.rate.per) == (Decimal(death), "month")
        assert ill.rate.minimum == Decimal(disability)
        assert dead.amount == Decimal(death) * 12
        assert ill.amount == Decimal(disability) * 12

    def test_year_amounts_by_hand(self) -> None:
        assert check(
            P, bereaved(residence="urban"), year=2014, jurisdiction=YUEYANGLOU
        ).amount == Decimal("4080.00")  # 340 x 12
        assert check(
            P, disabled(3, residence="rural"), year=2014, jurisdiction=YUEYANGLOU
        ).amount == Decimal("1800.00")  # 150 x 12

    def test_registration_needed_from_2014(self) -> None:
        r = check(P, bereaved(residence=None), year=2014, jurisdiction=YUEYANGLOU)
        assert r.condition(f"{P}.registration-known").met is None
        assert r.eligible is None
        before = check(P, bereaved(residence=None), year=2013, jurisdiction=YUEYANGLOU)
        assert before.eligible is True
        assert before.amount == Decimal("1620.00")

    def test_top_up_per_month(self) -> None:
        r = check(P, bereaved(), year=2012, jurisdiction=YUEYANGLOU, rates=LocalRates(top_up="15"))
        assert r.amount == Decimal("1800.00")  # (135 + 15) x 12

    @pytest.mark.parametrize("year", [2007, 2017])
    def test_years_outside(self, year: int) -> None:
        with pytest.raises(NotEncoded, match="special-assistance"):
            check(P, bereaved(), year=year, jurisdiction=YUEYANGLOU)
