"""Issue 18: the subsidy amounts by year to 2026, each against the notice's own figure.

Each expected value is read from the quote named in the comment (see the
provision's ``source``), never from the library. A year for which a known
replacement's text was not found raises ``NotEncoded`` naming what is missing
and the last encoded year.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from familyplan import statutes
from familyplan.eligibility import (
    Child,
    LocalRates,
    NotEncoded,
    check,
    entitlement,
    programme,
    programmes,
)
from familyplan.errors import NotInForce

from ._helpers import YUEYANGLOU, bereaved, rural, urban

SHANDONG_ZIBO = "370304"  # 淄博市博山区 (a county of Shandong)
CHECKED = dt.date(2026, 12, 1)


class TestRuralReward:
    @pytest.mark.parametrize("year", [2012, 2016, 2017, 2020, 2022, 2025, 2026])
    def test_960_a_year_until_replaced(self, year: int) -> None:
        # 财教〔2011〕623号 一: 奖扶标准…提高到每人每月不低于80元 (80 x 12 = 960), 自2012年1月1日起;
        # no end date and no later national standard found
        r = check("rural-reward", rural(born_on="1940-01-01"), year=year, jurisdiction=YUEYANGLOU)
        assert r.amount == Decimal("960.00")
        assert r.checked_through == CHECKED
        assert r.to_dict()["checked_through"] == "2026-12-01"

    def test_closed_rows_carry_no_checked_date(self) -> None:
        # 2010: 60 a month, replaced from 2012-01-01 by the 80 of 财教〔2011〕623号
        r = check("rural-reward", rural(born_on="1940-01-01"), year=2010, jurisdiction=YUEYANGLOU)
        assert r.amount == Decimal("720.00")
        assert r.checked_through is None

    def test_top_up_still_works_in_2026(self) -> None:
        r = check(
            "rural-reward",
            rural(born_on="1940-01-01"),
            year=2026,
            jurisdiction=YUEYANGLOU,
            rates=LocalRates(top_up="240", reference="某县文件"),
        )
        assert r.amount == Decimal("1200.00")  # 960 + 240


class TestSpecialAssistance:
    @pytest.mark.parametrize(
        ("year", "residence", "death", "disability"),
        [
            # 财社〔2022〕49号 一: 独生子女死亡家庭…由每人每月450元提高至每人每月590元;
            # 独生子女伤残家庭…由每人每月350元提高至每人每月460元 (自2022年7月1日起)
            (2023, "rural", "7080.00", "5520.00"),  # 590 x 12, 460 x 12
            (2024, "urban", "7080.00", "5520.00"),
            (2025, "urban", "7080.00", "5520.00"),
            (2026, "rural", "7080.00", "5520.00"),
        ],
    )
    def test_2022_standard(self, year: int, residence: str, death: str, disability: str) -> None:
        from familyplan.eligibility import Child

        dead = check(
            "special-assistance", bereaved(residence=residence), year=year, jurisdiction=YUEYANGLOU
        )
        ill = check(
            "special-assistance",
            bereaved(
                residence=residence,
                children=[Child("1975-03-01", "male", alive=True, disability_grade=2)],
            ),
            year=year,
            jurisdiction=YUEYANGLOU,
        )
        assert dead.amount == Decimal(death)
        assert ill.amount == Decimal(disability)
        assert dead.rate.citation.statute_id == "special-assistance-2022"
        assert dead.checked_through == CHECKED
        # the residence no longer sets the rate: no registration condition
        assert "special-assistance.registration-known" not in [c.id for c in dead.conditions]

    @pytest.mark.parametrize(
        "changes",
        [
            # the son alive and not disabled: not eligible, no amount decided
            {"children": [Child("1975-03-01", "male", alive=True)]},
            # the child's fate not given: undetermined, no amount decided
            {"children": None},
        ],
    )
    def test_checked_through_without_an_amount(self, changes: dict[str, object]) -> None:
        # the conditions were checked against 财社〔2022〕49号's standard (no end date), so the
        # result says how current that is, as when an amount is decided
        r = check("special-assistance", bereaved(**changes), year=2024, jurisdiction=YUEYANGLOU)
        assert r.amount is None
        assert r.eligible is not True
        assert r.checked_through == CHECKED
        assert r.to_dict()["checked_through"] == "2026-12-01"
        said = "the standard has no end date: sources checked through 2026-12-01"
        assert said in [step.description for step in r.steps]

    def test_no_checked_through_without_an_amount_in_a_closed_year(self) -> None:
        # 2015: the 2014-2015 standard, replaced from 2016 (a known end): nothing to date
        alive = bereaved(children=[Child("1975-03-01", "male", alive=True)])
        r = check("special-assistance", alive, year=2015, jurisdiction=YUEYANGLOU)
        assert r.amount is None
        assert r.checked_through is None

    @pytest.mark.parametrize("year", [2017, 2018, 2019, 2020, 2021, 2022])
    def test_the_450_350_years_are_not_encoded(self, year: int) -> None:
        # 财社〔2022〕49号 replaced 450 / 350, whose document and date were not found:
        # 340 / 270 are not carried past 2016, and 2022 needs January to June
        with pytest.raises(NotEncoded) as info:
            check("special-assistance", bereaved(), year=year, jurisdiction=YUEYANGLOU)
        msg = str(info.value)
        assert "450" in msg
        assert "NOT FOUND" in msg
        assert "the last encoded year before it is 2016" in msg

    def test_rural_2016_is_not_encoded(self) -> None:
        # 财社〔2016〕16号 (a report): 以往每人每月150元(伤残)、170元(死亡)…将分别提高至每月270元和每月340元
        # — the date of the raise was not found
        with pytest.raises(NotEncoded, match="rural amount for 2016 is not encoded"):
            check(
                "special-assistance",
                bereaved(residence="rural"),
                year=2016,
                jurisdiction=YUEYANGLOU,
            )
        r = check(
            "special-assistance", bereaved(residence="urban"), year=2016, jurisdiction=YUEYANGLOU
        )
        assert r.amount == Decimal("4080.00")  # 城镇…340元 x 12
        assert r.checked_through is None

    def test_from_july_2022_by_month(self) -> None:
        # the months from 2022-07 are encoded (590 a month), the year 2022 is not
        e = entitlement(
            "special-assistance", bereaved(), period=("2023-01", "2023-02"), jurisdiction=YUEYANGLOU
        )
        assert e.total == Decimal("1180.00")  # 590 x 2

    def test_shandong_2017(self) -> None:
        # 山东省财政厅 2016-12-28: 独生子女伤残、死亡家庭特别扶助标准分别为每人每月400元、500元 (2017)
        from familyplan.eligibility import Child

        dead = check("special-assistance", bereaved(), year=2017, jurisdiction=SHANDONG_ZIBO)
        ill = check(
            "special-assistance",
            bereaved(children=[Child("1975-03-01", "male", alive=True, disability_grade=1)]),
            year=2017,
            jurisdiction=SHANDONG_ZIBO,
        )
        assert dead.amount == Decimal("6000.00")  # 500 x 12
        assert ill.amount == Decimal("4800.00")  # 400 x 12
        assert dead.rate.citation.statute_id == "shandong-family-assistance-2017"
        assert dead.checked_through is None  # a budget-year statement: 2017 only
        with pytest.raises(NotEncoded):
            check("special-assistance", bereaved(), year=2018, jurisdiction=SHANDONG_ZIBO)

    def test_2022_figures_words(self) -> None:
        f = statutes.figure("special-assistance.death.amount-per-month", on=dt.date(2022, 7, 1))
        assert (f.value, f.words) == (Decimal("590"), "提高至每人每月590元")
        with pytest.raises(NotInForce):
            statutes.figure("special-assistance.death.amount-per-month", on=dt.date(2022, 6, 30))


class TestUrbanReward:
    @pytest.mark.parametrize("day", ["2017-01-01", "2021-06-01", "2026-11-30"])
    def test_80_a_month_until_replaced(self, day: str) -> None:
        # 湘政发〔2014〕27号 (as reported): 从2014年1月1日起…每人每月发放奖励金80元,直至亡故
        r = check("urban-parents-reward", urban(), as_of=day, jurisdiction=YUEYANGLOU)
        if r.eligible:
            assert r.amount == Decimal("80.00")
            assert r.checked_through == CHECKED
        assert r.rate is not None
        assert r.rate.minimum == Decimal("80.00")


def test_programmes_record_checked_through() -> None:
    for pid in ("rural-reward", "special-assistance", "urban-parents-reward"):
        p = programme(pid)
        assert p.checked_through == CHECKED
        assert p.encoded_until is None
        assert p.to_dict()["checked_through"] == "2026-12-01"


def test_last_encoded_year_is_deprecated() -> None:
    import familyplan.eligibility as e

    with pytest.warns(DeprecationWarning, match="LAST_ENCODED_YEAR"):
        assert e.LAST_ENCODED_YEAR == 2016


def test_programme_names_every_figure_it_reads() -> None:
    # the public home of a programme's figures: every id is a registry figure
    for p in programmes():
        assert p.figure_ids
        for fid in p.figure_ids:
            assert statutes.figure_history(fid)
    sa = programme("special-assistance").figure_ids
    assert "special-assistance.woman-age" in sa
    assert "special-assistance.death.amount-per-month" in sa
    assert "special-assistance.shandong.death.amount-per-month" in sa


def test_entitlement_carries_checked_through() -> None:
    # rural-reward-2011 art. 1 (80 a month, no end date): the months of 2026 rely on it
    e = entitlement(
        "rural-reward",
        rural(born_on="1940-01-01"),
        period=("2026-01", "2026-02"),
        jurisdiction=YUEYANGLOU,
    )
    assert e.total == Decimal("160.00")
    assert e.checked_through == CHECKED
    old = entitlement(
        "rural-reward",
        rural(born_on="1940-01-01"),
        period=("2010-01", "2010-02"),
        jurisdiction=YUEYANGLOU,
    )
    assert old.checked_through is None
