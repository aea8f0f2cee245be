"""Properties of fine bands, discretion tiers and limitation."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import assume, given
from hypothesis import strategies as st

from familyplan.money import FEN
from familyplan.penalties import Basis, discretion_tier, fine_band, limitation, offences

YYLQ = "430602"
FINED = [o.id for o in offences() if any(r.basis is Basis.FIXED_RANGE for r in o.rules)]
incomes = st.one_of(st.none(), st.integers(min_value=0, max_value=10**9).map(lambda c: Decimal(c) / 100))
act_days = st.dates(min_value=dt.date(2005, 1, 1), max_value=dt.date(2015, 12, 31))


@given(st.sampled_from(FINED), incomes, incomes, act_days)
def test_bounds_ordered_and_monotone_in_income(offence_id: str, a: Decimal | None, b: Decimal | None, day: dt.date) -> None:
    lo_in, hi_in = sorted([a or Decimal(0), b or Decimal(0)])
    band1 = fine_band(offence_id, illegal_income=lo_in, act_on=day, jurisdiction=YYLQ)
    band2 = fine_band(offence_id, illegal_income=hi_in, act_on=day, jurisdiction=YYLQ)
    assert band1.minimum <= band1.maximum
    assert band1.minimum <= band2.minimum
    assert band1.maximum <= band2.maximum


@given(st.integers(min_value=1, max_value=500), st.booleans())
def test_per_person_time_is_linear(persons: int, with_income: bool) -> None:
    income = "1" if with_income else None
    one = fine_band("organising-sex-selection", illegal_income=income, act_on="2016-01-01", jurisdiction=YYLQ)
    many = fine_band("organising-sex-selection", illegal_income=income, persons=persons, act_on="2016-01-01", jurisdiction=YYLQ)
    assert many.minimum == one.minimum * persons
    assert many.maximum == one.maximum * persons


@given(st.sampled_from(FINED), incomes, act_days)
def test_tiers_tile_the_band(offence_id: str, income: Decimal | None, day: dt.date) -> None:
    band = fine_band(offence_id, illegal_income=income, act_on=day, jurisdiction=YYLQ)
    assume(band.maximum - band.minimum >= 3 * FEN)
    lighter, ordinary, heavier = (discretion_tier(band, t) for t in ("lighter", "ordinary", "heavier"))
    assert lighter.minimum == band.minimum
    assert lighter.maximum + FEN == ordinary.minimum
    assert ordinary.maximum + FEN == heavier.minimum
    assert heavier.maximum == band.maximum
    for t in (lighter, ordinary, heavier):
        assert band.minimum <= t.minimum <= t.maximum <= band.maximum
    mitigated = discretion_tier(band, "mitigated")
    assert mitigated.maximum + FEN == band.minimum
    assert mitigated.minimum == 0


@given(st.dates(min_value=dt.date(1997, 1, 1), max_value=dt.date(2030, 12, 31)), st.integers(min_value=0, max_value=3000))
def test_limitation_monotone_in_discovery(act: dt.date, days: int) -> None:
    earlier = limitation(act, discovered_on=act + dt.timedelta(days=days))
    later = limitation(act, discovered_on=act + dt.timedelta(days=days + 1))
    assert not (earlier.expired and not later.expired) or earlier.period_years != later.period_years
