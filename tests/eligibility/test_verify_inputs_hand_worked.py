"""Annual verification's refusals, field by field (issue 15, part 4).

Mutation testing: the field, value and allowed set of each input error of
:func:`verify`. The programmes with verification rules are those whose texts
say what an event does (the county lists 000, 002, 003 and the Hunan regulation).
"""

from __future__ import annotations

import pytest

from familyplan.eligibility import Divorce, verify
from familyplan.errors import InvalidInput

from ._helpers import JUNSHAN, rural

RURAL_EVENTS = "['death', 'urban-pension', 'fraud', 'birth', 'adoption', 'recovery']"


@pytest.mark.parametrize(
    ("programme_id", "recipient", "kw", "field", "value", "allowed"),
    [
        ("rural-reward", "x", {}, "recipient", "x", "an Applicant"),
        (
            "late-term-termination",
            None,
            {},
            "programme_id",
            "late-term-termination",
            "a programme with verification rules: rural-reward, special-assistance, "
            "urban-parents-reward, additional-birth",
        ),
        (
            "rural-reward",
            None,
            {"events": ["death"]},
            "events[0]",
            "death",
            "a Death, UrbanPension, Birth, Adoption, Recovery, Fraud or Divorce",
        ),
        (
            "rural-reward",
            None,
            {"events": [Divorce("2015-01-01")]},
            "events[0]",
            Divorce("2015-01-01"),
            f"an event of rural-reward: one of {RURAL_EVENTS}",
        ),
        ("rural-reward", None, {"payments": [960]}, "payments[0]", 960, "a Payment"),
    ],
)
def test_refusals(
    programme_id: str,
    recipient: object,
    kw: dict[str, object],
    field: str,
    value: object,
    allowed: str,
) -> None:
    facts: dict[str, object] = {"events": []}
    facts.update(kw)
    with pytest.raises(InvalidInput) as info:
        verify(
            programme_id,  # type: ignore[arg-type]
            rural() if recipient is None else recipient,  # type: ignore[arg-type]
            year=2015,
            jurisdiction=JUNSHAN,
            **facts,  # type: ignore[arg-type]
        )
    assert (info.value.field, info.value.value, info.value.allowed) == (field, value, allowed)
