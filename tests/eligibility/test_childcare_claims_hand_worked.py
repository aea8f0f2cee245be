"""育儿补贴: the claim's input errors and the months that are not due (issue 15, part 4).

Mutation testing: the field each ``ChildcareClaim`` error names, and ``due`` of a
year with no month counted. Table of the 国家卫生健康委 Q&A: a child born 2022-01 has
1 month (2025-01) and nothing after; one born 2021-12-31 turned three on 2024-12-31,
before the subsidy began (从2025年1月1日起).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from familyplan.eligibility import ChildcareClaim, childcare_entitlement
from familyplan.errors import InvalidInput

DATE = "a datetime.date or an ISO date string 'YYYY-MM-DD'"
FLAG = "True, False or None (not given)"


@pytest.mark.parametrize(
    ("kw", "field", "value", "allowed"),
    [
        ({"born_on": "x"}, "born_on", "x", DATE),
        ({"applied_on": "2025-02-30"}, "applied_on", "2025-02-30", DATE),
        (
            {"first_claim_year": "2025x"},
            "first_claim_year",
            "2025x",
            "an int year from 1900 to 2200",
        ),
        ({"chinese_national": "y"}, "chinese_national", "y", FLAG),
        ({"lawful": 1}, "lawful", 1, FLAG),
        ({"adopted": None}, "adopted", None, "True or False"),
    ],
)
def test_claim_input_errors(kw: dict[str, object], field: str, value: object, allowed: str) -> None:
    facts = dict(kw)
    born = facts.pop("born_on", "2023-08-20")
    with pytest.raises(InvalidInput) as info:
        ChildcareClaim(born, **facts)  # type: ignore[arg-type]
    assert (info.value.field, info.value.value, info.value.allowed) == (
        field,
        value,
        allowed,
    )


@pytest.mark.parametrize(("born", "year"), [("2022-01-15", 2026), ("2021-12-31", 2025)])
def test_no_month_due_is_not_due(born: str, year: int) -> None:
    e = childcare_entitlement(born, year=year)
    assert (e.months, e.amount, e.due) == (0, Decimal("0.00"), False)


def test_one_month_is_due() -> None:
    # table 2022年1月: 300 / 1个月
    e = childcare_entitlement("2022-01-15", year=2025)
    assert (e.months, e.amount, e.due) == (1, Decimal("300.00"), True)
