"""Entitlement and verification edges: refusals, steps, payments (issue 15, part 4).

Mutation testing: the fields of ``entitlement``'s refusals, its first step and one
step per check, the sum of several payments of one year, ``overpaid`` of a permit.
Figures: the rural reward is 80 a month from 2012 (rural-reward-2011); 君山区's list
art. 14 stops it on a death (2015-04-10: January-March due, 240).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from familyplan.eligibility import (
    Applicant,
    Death,
    Divorce,
    Payment,
    Spouse,
    entitlement,
    verify,
)
from familyplan.errors import InvalidInput

from ._helpers import JUNSHAN, rural


@pytest.mark.parametrize(
    ("programme_id", "period", "field", "value", "allowed"),
    [
        (
            "additional-birth",
            ("2015-11", "2016-02"),
            "programme_id",
            "additional-birth",
            "a subsidy programme (an approval has no amount)",
        ),
        (
            "childcare-subsidy",
            ("2025-01", "2025-02"),
            "programme_id",
            "childcare-subsidy",
            "a monthly programme: the childcare subsidy is a yearly claim "
            "(eligibility.childcare_entitlement gives its months and amount)",
        ),
        ("rural-reward", "2015-11", "period", "2015-11", "a pair (first month, last month)"),
        ("rural-reward", ("2015-11", "bad"), "period[1]", "bad", None),
        ("rural-reward", ("bad", "2015-11"), "period[0]", "bad", None),
    ],
)
def test_entitlement_refusals(
    programme_id: str, period: object, field: str, value: object, allowed: str | None
) -> None:
    with pytest.raises(InvalidInput) as info:
        entitlement(programme_id, rural(), period=period, jurisdiction=JUNSHAN)  # type: ignore[arg-type]
    assert (info.value.field, info.value.value) == (field, value)
    if allowed is not None:
        assert info.value.allowed == allowed


def test_entitlement_steps() -> None:
    # 4 months over two years: one step for the period, one per yearly check
    e = entitlement("rural-reward", rural(), period=("2015-11", "2016-02"), jurisdiction=JUNSHAN)
    steps = [(s.description, s.value) for s in e.steps]
    assert steps[0] == ("rural-reward from 2015-11 to 2016-02 in 430611 君山区", 4)
    assert steps[1:3] == [("year 2015: eligible", True), ("year 2016: eligible", True)]
    assert e.total == Decimal("320.00")
    assert e.months_due == 4


def test_two_payments_of_one_year_are_added() -> None:
    # 480 + 480 paid for 2015, 240 due (death on 2015-04-10): 720 paid beyond it
    v = verify(
        "rural-reward",
        rural(),
        year=2015,
        events=[Death("2015-04-10")],
        jurisdiction=JUNSHAN,
        payments=[Payment(2015, "480"), Payment(2015, "480")],
    )
    assert (v.due, v.overpaid) == (Decimal("240.00"), Decimal("720.00"))
    last = v.steps[-1]
    assert last.description == (
        "paid beyond what was due (reported; the lists give no recovery rule except for fraud)"
    )
    assert last.value == Decimal("720.00")


def test_a_permit_has_no_amounts() -> None:
    v = verify(
        "additional-birth",
        Applicant("1985-01-01", "female", spouse=Spouse("male")),
        year=2017,
        events=[Divorce("2017-05-01", pregnant=False)],
        jurisdiction=JUNSHAN,
    )
    assert (v.due, v.overpaid) == (None, None)


def test_event_day_field() -> None:
    with pytest.raises(InvalidInput) as info:
        Death("2015-02-30")
    assert (info.value.field, info.value.value) == ("on", "2015-02-30")
