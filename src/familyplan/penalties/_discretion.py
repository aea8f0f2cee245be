"""Discretion tiers (裁量基准): lighter, ordinary, heavier and mitigated ranges.

The statutes fix only the band. How a band is split into 从轻 / 一般 / 从重
sub-ranges is a *local discretion benchmark*: the seeds require each bureau
to "细化具体的行政处罚幅度 … 但均不得超过法定罚款限度" (seeds 000 and 002)
without giving numbers. So the split is a :class:`DiscretionPolicy` the
caller may replace; the library default (equal thirds) is labelled as such in
every result.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Literal

import attrs

from familyplan._json import JSONInput
from familyplan._validate import choice
from familyplan.errors import InvalidInput
from familyplan.explain import Trace
from familyplan.money import FEN, ZERO, exact_context
from familyplan.penalties._fine_bands import FineBand

__all__ = ["DEFAULT_DISCRETION", "DiscretionPolicy", "Tier", "discretion_tier"]

Tier = Literal["lighter", "ordinary", "heavier", "mitigated"]
_TIERS = ("lighter", "ordinary", "heavier", "mitigated")


def _to_cuts(
    value: tuple[int | str | Fraction | Decimal, int | str | Fraction | Decimal],
) -> tuple[Fraction, Fraction]:
    allowed = "two exact fractions of the band, e.g. (Fraction(1, 3), Fraction(2, 3))"
    if not isinstance(value, tuple | list) or len(value) != 2:
        raise InvalidInput("cuts", value, allowed)
    parts: list[Fraction] = []
    for part in value:
        if isinstance(part, bool) or not isinstance(part, int | str | Fraction | Decimal):
            raise InvalidInput(
                "cuts", value, allowed + " (int, str, Fraction or Decimal; no floats)"
            )
        try:
            parts.append(Fraction(part))
        except (ValueError, ZeroDivisionError):
            raise InvalidInput("cuts", value, allowed) from None
    cuts = (parts[0], parts[1])
    if not (0 < cuts[0] < cuts[1] < 1):
        raise InvalidInput("cuts", value, "two fractions with 0 < first < second < 1")
    return cuts


@attrs.frozen
class DiscretionPolicy(JSONInput):
    """How a band is split into lighter / ordinary / heavier sub-ranges.

    :param cuts: the two cut points as fractions of the band's width: the
        lighter tier runs from the minimum up to the first cut, the heavier
        from the second cut to the maximum.
    :param source: where the split comes from (a local 裁量基准 document, or
        the library default). Recorded in every result.
    """

    cuts: tuple[Fraction, Fraction] = attrs.field(
        default=(Fraction(1, 3), Fraction(2, 3)), converter=_to_cuts
    )
    source: str = (
        "familyplan default: equal thirds of the statutory band — not statute; "
        "a local discretion benchmark (裁量基准) may split it otherwise"
    )


DEFAULT_DISCRETION = DiscretionPolicy()


def _cut(lo: Decimal, hi: Decimal, frac: Fraction) -> Decimal:
    with exact_context():
        value = lo + (hi - lo) * Decimal(frac.numerator) / Decimal(frac.denominator)
        return value.quantize(FEN, rounding=ROUND_HALF_UP)


def discretion_tier(
    band: FineBand, tier: Tier, *, policy: DiscretionPolicy = DEFAULT_DISCRETION
) -> FineBand:
    """The sub-range of ``band`` for a discretion tier.

    Tiers are closed ranges at fen precision that tile the band: lighter
    ``[minimum, c1 - 0.01]``, ordinary ``[c1, c2 - 0.01]``, heavier
    ``[c2, maximum]``. They never leave the statutory band. ``mitigated``
    (减轻) is the range *below* the minimum, ``[0, minimum - 0.01]``.
    A band of a single amount (per-person-time fines) has nothing to split:
    every tier but mitigated returns it unchanged.

    :raises InvalidInput: unknown tier; a band without a fine; mitigation of
        a band whose minimum is zero.

    >>> import datetime
    >>> from familyplan.penalties import fine_band
    >>> band = fine_band("illegal-fp-surgery", act_on=datetime.date(2016, 5, 1),
    ...                  jurisdiction="430602")
    >>> t = discretion_tier(band, "lighter")
    >>> t.minimum, t.maximum, t.tier
    (Decimal('10000.00'), Decimal('16666.66'), 'lighter')
    """
    if not isinstance(band, FineBand):
        raise InvalidInput("band", band, "a FineBand (from fine_band)")
    choice(tier, "tier", Tier)
    if not isinstance(policy, DiscretionPolicy):
        raise InvalidInput("policy", policy, "a DiscretionPolicy")
    if not band.has_fine:
        raise InvalidInput("band", band.basis.value, "a band with a fine to split")
    if band.tier is not None:
        raise InvalidInput("band", band.tier, "a whole statutory band, not a tier of one")
    trace = Trace()
    trace.extend(band.steps)
    lo, hi = band.minimum, band.maximum
    with exact_context():
        if tier == "mitigated":
            if lo <= 0:
                raise InvalidInput("band", lo, "a band whose minimum is above zero to mitigate")
            new = (ZERO, lo - FEN)
            trace.add("mitigated (减轻): below the statutory minimum", new, zh="减轻处罚")
        elif hi - lo < 3 * FEN:
            new = (lo, hi)
            trace.add("the band is a single amount: nothing to split", new)
        else:
            c1, c2 = _cut(lo, hi, policy.cuts[0]), _cut(lo, hi, policy.cuts[1])
            new = {
                "lighter": (lo, c1 - FEN),
                "ordinary": (c1, c2 - FEN),
                "heavier": (c2, hi),
            }[tier]
            trace.add(
                f"{tier} tier: cuts at {policy.cuts[0]} and {policy.cuts[1]} of the band "
                f"({policy.source})",
                new,
                zh={"lighter": "从轻", "ordinary": "一般", "heavier": "从重"}[tier],
            )
    return attrs.evolve(
        band,
        minimum=new[0],
        maximum=new[1],
        tier=tier,
        discretion_policy=policy.source,
        steps=trace.steps,
        citations=band.citations,
    )
