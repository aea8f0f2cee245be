"""penalties.discretion_tier: the steps it adds, the split's edges, every refusal.

The split is a policy (seeds 000 and 002: 细化具体的行政处罚幅度 … 但均不得超过法定罚款限度, no
numbers), so the figures below are arithmetic on the statutory band: 《人口与计划生育法》(2015)
第三十六条, 一万元以上三万元以下.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest

from familyplan.errors import InvalidInput
from familyplan.penalties import DEFAULT_DISCRETION, DiscretionPolicy, discretion_tier, fine_band

D = Decimal
YYLQ = "430602"


def _band():  # type: ignore[no-untyped-def]
    return fine_band("illegal-fp-surgery", act_on=dt.date(2016, 6, 1), jurisdiction=YYLQ)


@pytest.mark.parametrize(
    ("tier", "value", "zh"),
    [
        # a third of 20,000 is 6,666.666…: cuts at 16,666.67 and 23,333.33
        ("lighter", (D("10000.00"), D("16666.66")), "从轻"),
        ("ordinary", (D("16666.67"), D("23333.32")), "一般"),
        ("heavier", (D("23333.33"), D("30000.00")), "从重"),
    ],
)
def test_the_tier_step(tier: str, value: tuple[Decimal, Decimal], zh: str) -> None:
    band = _band()
    t = discretion_tier(band, tier)  # type: ignore[arg-type]
    assert t.steps[: len(band.steps)] == band.steps
    assert len(t.steps) == len(band.steps) + 1
    step = t.steps[-1]
    assert step.description == (
        f"{tier} tier: cuts at 1/3 and 2/3 of the band ({DEFAULT_DISCRETION.source})"
    )
    assert step.value == value
    assert step.description_zh == zh
    assert t.citations == band.citations
    assert (t.offence_id, t.basis, t.act_on) == (band.offence_id, band.basis, band.act_on)


def test_the_mitigated_step() -> None:
    band = _band()
    t = discretion_tier(band, "mitigated")
    step = t.steps[-1]
    assert step.description == "mitigated (减轻): below the statutory minimum"
    assert step.value == (D("0.00"), D("9999.99"))
    assert step.description_zh == "减轻处罚"
    assert (t.minimum, t.maximum, t.tier) == (D("0.00"), D("9999.99"), "mitigated")
    assert t.discretion_policy == DEFAULT_DISCRETION.source


def test_default_policy_words() -> None:
    assert DEFAULT_DISCRETION.cuts == (Fraction(1, 3), Fraction(2, 3))
    assert DEFAULT_DISCRETION.source.startswith("familyplan default: equal thirds")
    assert "not statute" in DEFAULT_DISCRETION.source
    assert "裁量基准" in DEFAULT_DISCRETION.source


class TestWidthEdges:
    """A band narrower than three fen has nothing to split; three fen split one each."""

    def test_three_fen_split(self) -> None:
        band = attrs.evolve(_band(), minimum=D("100.00"), maximum=D("100.03"))
        # cuts: 100.00 + 0.03/3 = 100.01, 100.00 + 0.06/3 = 100.02
        got = {
            t: (r.minimum, r.maximum)
            for t in ("lighter", "ordinary", "heavier")
            for r in [discretion_tier(band, t)]  # type: ignore[arg-type]
        }
        assert got == {
            "lighter": (D("100.00"), D("100.00")),
            "ordinary": (D("100.01"), D("100.01")),
            "heavier": (D("100.02"), D("100.03")),
        }

    def test_two_fen_is_one_amount(self) -> None:
        band = attrs.evolve(_band(), minimum=D("100.00"), maximum=D("100.02"))
        t = discretion_tier(band, "heavier")
        assert (t.minimum, t.maximum) == (D("100.00"), D("100.02"))
        assert t.steps[-1].description == "the band is a single amount: nothing to split"
        assert t.steps[-1].value == (D("100.00"), D("100.02"))

    def test_per_person_band(self) -> None:
        # 湖南省人民政府令第194号 第二十条: 每人次处5000元罚款 — one amount
        band = fine_band(
            "organising-sex-selection",
            act_on=dt.date(2016, 6, 1),
            jurisdiction=YYLQ,
            illegal_income="1",
        )
        t = discretion_tier(band, "lighter")
        assert (t.minimum, t.maximum) == (D("5000.00"), D("5000.00"))
        assert t.tier == "lighter"

    def test_cut_rounds_half_up(self) -> None:
        # 100.00 + 0.20 × 1/8 = 100.025 → 100.03 (half up; half-even would give 100.02)
        band = attrs.evolve(_band(), minimum=D("100.00"), maximum=D("100.20"))
        policy = DiscretionPolicy(cuts=(Fraction(1, 8), Fraction(1, 2)), source="test")
        t = discretion_tier(band, "lighter", policy=policy)
        assert (t.minimum, t.maximum) == (D("100.00"), D("100.02"))
        t = discretion_tier(band, "ordinary", policy=policy)
        assert (t.minimum, t.maximum) == (D("100.03"), D("100.09"))


class TestRefusals:
    def _refused(self, call, field: str, value: object, allowed: str) -> None:  # type: ignore[no-untyped-def]
        with pytest.raises(InvalidInput) as e:
            call()
        assert (e.value.field, e.value.value, e.value.allowed) == (field, value, allowed)

    def test_not_a_band(self) -> None:
        self._refused(
            lambda: discretion_tier("band", "lighter"),  # type: ignore[arg-type]
            "band",
            "band",
            "a FineBand (from fine_band)",
        )

    def test_not_a_policy(self) -> None:
        self._refused(
            lambda: discretion_tier(_band(), "lighter", policy=(1, 2)),  # type: ignore[arg-type]
            "policy",
            (1, 2),
            "a DiscretionPolicy",
        )

    def test_a_band_without_fine(self) -> None:
        # 《计划生育技术服务管理条例》(2004) 第三十六条: no fine
        no_fine = fine_band(
            "failure-to-reverify-licence", act_on=dt.date(2016, 6, 1), jurisdiction=YYLQ
        )
        self._refused(
            lambda: discretion_tier(no_fine, "lighter"),
            "band",
            "no-fine",
            "a band with a fine to split",
        )

    def test_a_tier_of_a_tier(self) -> None:
        lighter = discretion_tier(_band(), "lighter")
        self._refused(
            lambda: discretion_tier(lighter, "heavier"),
            "band",
            "lighter",
            "a whole statutory band, not a tier of one",
        )

    def test_mitigating_a_zero_minimum(self) -> None:
        band = attrs.evolve(_band(), minimum=D("0.00"))
        self._refused(
            lambda: discretion_tier(band, "mitigated"),
            "band",
            D("0.00"),
            "a band whose minimum is above zero to mitigate",
        )
        # one fen above zero can be mitigated, to nothing but zero
        t = discretion_tier(attrs.evolve(_band(), minimum=D("0.01")), "mitigated")
        assert (t.minimum, t.maximum) == (D("0"), D("0.00"))


ALLOWED = "two exact fractions of the band, e.g. (Fraction(1, 3), Fraction(2, 3))"


@pytest.mark.parametrize(
    ("cuts", "allowed"),
    [
        ((Fraction(1, 3),), ALLOWED),
        ("1/3,2/3", ALLOWED),
        ((0.25, Fraction(1, 2)), ALLOWED + " (int, str, Fraction or Decimal; no floats)"),
        ((True, Fraction(1, 2)), ALLOWED + " (int, str, Fraction or Decimal; no floats)"),
        (("1/0", "1/2"), ALLOWED),
        (("a third", "1/2"), ALLOWED),
        ((Fraction(1, 2), Fraction(1, 2)), "two fractions with 0 < first < second < 1"),
        ((Fraction(0), Fraction(1, 2)), "two fractions with 0 < first < second < 1"),
        ((Fraction(1, 2), Fraction(1)), "two fractions with 0 < first < second < 1"),
    ],
)
def test_bad_cuts(cuts: object, allowed: str) -> None:
    with pytest.raises(InvalidInput) as e:
        DiscretionPolicy(cuts=cuts)  # type: ignore[arg-type]
    assert (e.value.field, e.value.value, e.value.allowed) == ("cuts", cuts, allowed)


def test_cuts_in_every_exact_form() -> None:
    p = DiscretionPolicy(cuts=["1/4", Decimal("0.75")])  # type: ignore[arg-type]
    assert p.cuts == (Fraction(1, 4), Fraction(3, 4))
    assert DiscretionPolicy(cuts=(Fraction(1, 5), "4/5")).cuts == (Fraction(1, 5), Fraction(4, 5))
