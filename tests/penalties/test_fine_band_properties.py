"""Properties of fine bands, discretion tiers and limitation."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import assume, given
from hypothesis import strategies as st

from familyplan import statutes
from familyplan.money import FEN
from familyplan.penalties import Basis, discretion_tier, fine_band, limitation, offence, offences

YYLQ = "430602"
BOSHAN = "370304"


def _where(offence_id: str) -> str:
    """A county where the offence's rules apply (Hunan's 岳阳楼区, or 博山区 for Shandong's)."""
    return BOSHAN if offence(offence_id).jurisdiction == "370000" else YYLQ


FINED = [o.id for o in offences() if any(r.basis is Basis.FIXED_RANGE for r in o.rules)]
incomes = st.one_of(
    st.none(), st.integers(min_value=0, max_value=10**9).map(lambda c: Decimal(c) / 100)
)


def _span(offence_id: str) -> tuple[dt.date, dt.date]:
    """First and last day on which some rule of the offence is in force (versions are contiguous)."""
    days = []
    for rule in offence(offence_id).rules:
        for v in statutes.get(rule.statute_id).versions:
            if v.label in rule.versions:
                days.append(v.effective_from)
                days.append(v.effective_until or dt.date(2026, 12, 31))
    return min(days), max(days)


def _offence_and_day(ids: list[str]) -> st.SearchStrategy[tuple[str, dt.date]]:
    return st.sampled_from(ids).flatmap(
        lambda oid: st.tuples(
            st.just(oid), st.dates(min_value=_span(oid)[0], max_value=_span(oid)[1])
        )
    )


@given(_offence_and_day(FINED), incomes, incomes)
def test_bounds_ordered_and_monotone_in_income(
    case: tuple[str, dt.date], a: Decimal | None, b: Decimal | None
) -> None:
    offence_id, day = case
    lo_in, hi_in = sorted([a or Decimal(0), b or Decimal(0)])
    band1 = fine_band(offence_id, illegal_income=lo_in, act_on=day, jurisdiction=_where(offence_id))
    band2 = fine_band(offence_id, illegal_income=hi_in, act_on=day, jurisdiction=_where(offence_id))
    assert band1.minimum <= band1.maximum
    assert band1.minimum <= band2.minimum
    assert band1.maximum <= band2.maximum


@given(st.integers(min_value=1, max_value=500), st.booleans())
def test_per_person_time_is_linear(persons: int, with_income: bool) -> None:
    income = "1" if with_income else None
    one = fine_band(
        "organising-sex-selection", illegal_income=income, act_on="2016-01-01", jurisdiction=YYLQ
    )
    many = fine_band(
        "organising-sex-selection",
        illegal_income=income,
        persons=persons,
        act_on="2016-01-01",
        jurisdiction=YYLQ,
    )
    assert many.minimum == one.minimum * persons
    assert many.maximum == one.maximum * persons


@given(_offence_and_day(FINED), incomes)
def test_tiers_tile_the_band(case: tuple[str, dt.date], income: Decimal | None) -> None:
    offence_id, day = case
    band = fine_band(offence_id, illegal_income=income, act_on=day, jurisdiction=_where(offence_id))
    assume(band.maximum - band.minimum >= 3 * FEN)
    lighter, ordinary, heavier = (
        discretion_tier(band, t) for t in ("lighter", "ordinary", "heavier")
    )
    assert lighter.minimum == band.minimum
    assert lighter.maximum + FEN == ordinary.minimum
    assert ordinary.maximum + FEN == heavier.minimum
    assert heavier.maximum == band.maximum
    for t in (lighter, ordinary, heavier):
        assert band.minimum <= t.minimum <= t.maximum <= band.maximum
    mitigated = discretion_tier(band, "mitigated")
    assert mitigated.maximum + FEN == band.minimum
    assert mitigated.minimum == 0


@given(
    st.dates(min_value=dt.date(1997, 1, 1), max_value=dt.date(2030, 12, 31)),
    st.integers(min_value=0, max_value=3000),
)
def test_limitation_monotone_in_discovery(act: dt.date, days: int) -> None:
    earlier = limitation(act, discovered_on=act + dt.timedelta(days=days))
    later = limitation(act, discovered_on=act + dt.timedelta(days=days + 1))
    assert not (earlier.expired and not later.expired) or earlier.period_years != later.period_years
