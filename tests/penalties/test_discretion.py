"""penalties.discretion_tier: the split is policy, never outside the band."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest

from familyplan.errors import InvalidInput
from familyplan.penalties import DEFAULT_DISCRETION, DiscretionPolicy, discretion_tier, fine_band

D = Decimal
YYLQ = "430602"


def band_10000_30000():  # type: ignore[no-untyped-def]
    # 人口与计划生育法 (2015) art. 36: 一万元以上三万元以下
    return fine_band("illegal-fp-surgery", act_on=dt.date(2016, 6, 1), jurisdiction=YYLQ)


class TestDefaultThirds:
    @pytest.mark.parametrize(
        ("tier", "lo", "hi"),
        [
            # width 20,000; a third is 6,666.666… → cut at 16,666.67, two thirds at 23,333.33
            ("lighter", "10000.00", "16666.66"),
            ("ordinary", "16666.67", "23333.32"),
            ("heavier", "23333.33", "30000.00"),
            ("mitigated", "0.00", "9999.99"),  # 减轻: below the minimum
        ],
    )
    def test_tiers(self, tier: str, lo: str, hi: str) -> None:
        t = discretion_tier(band_10000_30000(), tier)  # type: ignore[arg-type]
        assert (t.minimum, t.maximum) == (D(lo), D(hi))
        assert t.tier == tier
        assert t.discretion_policy == DEFAULT_DISCRETION.source
        assert "not statute" in t.discretion_policy

    def test_records_policy_in_dict(self) -> None:
        d = discretion_tier(band_10000_30000(), "heavier").to_dict()
        assert d["tier"] == "heavier"
        assert "not statute" in d["discretion_policy"]


def test_custom_policy() -> None:
    policy = DiscretionPolicy(
        cuts=(Fraction(3, 10), Fraction(7, 10)), source="某县裁量基准 (example)"
    )
    t = discretion_tier(band_10000_30000(), "ordinary", policy=policy)
    # 10,000 + 0.3 × 20,000 = 16,000; 10,000 + 0.7 × 20,000 = 24,000
    assert (t.minimum, t.maximum) == (D("16000.00"), D("23999.99"))
    assert t.discretion_policy == "某县裁量基准 (example)"


def test_single_amount_band_is_not_split() -> None:
    band = fine_band("organising-sex-selection", act_on=dt.date(2016, 6, 1), jurisdiction=YYLQ)
    t = discretion_tier(band, "heavier")
    assert (t.minimum, t.maximum) == (band.minimum, band.maximum)


@pytest.mark.parametrize(
    ("cuts", "match"),
    [
        ((Fraction(2, 3), Fraction(1, 3)), "0 < first < second < 1"),
        ((0.3, 0.7), "no floats"),
        ((Fraction(0), Fraction(1, 2)), "0 < first"),
        ((1,), "two exact fractions"),
    ],
)
def test_bad_policy(cuts: object, match: str) -> None:
    with pytest.raises(InvalidInput, match=match):
        DiscretionPolicy(cuts=cuts)  # type: ignore[arg-type]


def test_bad_tier_and_bands() -> None:
    band = band_10000_30000()
    with pytest.raises(InvalidInput, match="tier"):
        discretion_tier(band, "severe")  # type: ignore[arg-type]
    no_fine = fine_band(
        "failure-to-reverify-licence", act_on=dt.date(2016, 6, 1), jurisdiction=YYLQ
    )
    with pytest.raises(InvalidInput, match="band"):
        discretion_tier(no_fine, "lighter")
    with pytest.raises(InvalidInput, match="whole statutory band"):
        discretion_tier(discretion_tier(band, "lighter"), "lighter")
