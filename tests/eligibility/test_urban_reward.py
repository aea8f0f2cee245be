"""城镇独生子女父母奖励 (湘政发〔2014〕27号 as reproduced by seed 004; 80 yuan a month
from 2014-01-01 as reported by Xinhua), worked by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from familyplan.eligibility import LocalRates, NotEncoded, check

from ._helpers import JUNSHAN, YUEYANGLOU, urban

P = "urban-parents-reward"


class TestAge:
    @pytest.mark.parametrize(
        ("sex", "born", "as_of", "eligible"),
        [
            ("female", "1959-03-02", "2014-03-01", False),  # 54: the day before her 55th birthday
            ("female", "1959-03-02", "2014-03-02", True),  # 55 on the birthday
            ("male", "1954-03-02", "2014-03-01", False),  # 59
            ("male", "1954-03-02", "2014-03-02", True),  # 60
        ],
    )
    def test_55_or_60(self, sex: str, born: str, as_of: str, eligible: bool) -> None:
        r = check(P, urban(sex=sex, born_on=born), as_of=as_of, jurisdiction=YUEYANGLOU)
        assert r.eligible is eligible

    def test_an_employee_must_retire(self) -> None:
        a = urban(born_on="1950-01-01", work_unit="public-institution", retired=False)
        assert check(P, a, as_of="2015-01-01", jurisdiction=YUEYANGLOU).eligible is False
        retired = urban(born_on="1965-01-01", work_unit="public-institution", retired=True)
        assert check(P, retired, as_of="2015-01-01", jurisdiction=YUEYANGLOU).eligible is True

    def test_work_unit_unknown(self) -> None:
        a = urban(born_on="1950-01-01", work_unit=None, retired=None)
        assert check(P, a, as_of="2015-01-01", jurisdiction=YUEYANGLOU).eligible is None


class TestOtherConditions:
    def test_childless_certified(self) -> None:
        a = urban(born_on="1950-01-01", only_child_certificate=False, childless_certified=True)
        assert check(P, a, as_of="2015-01-01", jurisdiction=YUEYANGLOU).eligible is True

    def test_neither_certificate(self) -> None:
        a = urban(born_on="1950-01-01", only_child_certificate=False, childless_certified=False)
        assert check(P, a, as_of="2015-01-01", jurisdiction=YUEYANGLOU).eligible is False

    def test_similar_reward_elsewhere(self) -> None:
        a = urban(born_on="1950-01-01", similar_reward_elsewhere=True)
        assert check(P, a, as_of="2015-01-01", jurisdiction=YUEYANGLOU).eligible is False

    def test_rural_resident(self) -> None:
        a = urban(born_on="1950-01-01", residence="rural")
        assert check(P, a, as_of="2015-01-01", jurisdiction=YUEYANGLOU).eligible is False

    def test_registered_in_another_district(self) -> None:
        a = urban(born_on="1950-01-01", registered_in=JUNSHAN)
        assert check(P, a, as_of="2015-01-01", jurisdiction=YUEYANGLOU).eligible is False
        assert check(P, a, as_of="2015-01-01", jurisdiction=JUNSHAN).eligible is True


class TestAmountAndFunding:
    def test_80_a_month(self) -> None:
        r = check(P, urban(born_on="1950-01-01"), as_of="2014-01-01", jurisdiction=YUEYANGLOU)
        assert (r.amount, r.amount_period) == (Decimal("80.00"), "month")
        # the rules date from 2014-08 but pay from 2014-01-01: cited as in force from 2014-08-01
        assert r.rate.citation.version == "2014"

    def test_top_up(self) -> None:
        r = check(
            P,
            urban(born_on="1950-01-01"),
            as_of="2015-01-01",
            jurisdiction=YUEYANGLOU,
            rates=LocalRates(top_up="20"),
        )
        assert r.amount == Decimal("100.00")

    @pytest.mark.parametrize(
        ("unit", "words", "once"),
        [
            ("state-organ", "行政运行经费", None),
            ("public-institution", "单位经费", None),
            ("state-owned-enterprise", "5000", Decimal("5000.00")),  # 按每人5000元标准一次性筹资
            ("other", "由政府筹资", None),
            ("none", "由政府筹资", None),
        ],
    )
    def test_funding(self, unit: str, words: str, once: Decimal | None) -> None:
        a = urban(born_on="1950-01-01", work_unit=unit, retired=True)
        r = check(P, a, as_of="2015-01-01", jurisdiction=YUEYANGLOU)
        assert r.payer is not None
        assert words in r.payer
        assert r.one_off_contribution == once

    def test_before_2014(self) -> None:
        with pytest.raises(NotEncoded, match="urban-parents-reward"):
            check(P, urban(born_on="1950-01-01"), as_of="2013-12-31", jurisdiction=YUEYANGLOU)
