"""育儿补贴 condition by condition: facts, values, citations and steps (issue 15, part 4).

Mutation testing found the facts and steps of the childcare check unstated.
Sources (quotes in the registry): 育儿补贴制度实施方案 二(一) (3周岁以下) and 二(二)
(每孩每年3600元; 按应补贴月数折算); the 国家卫生健康委 Q&A (国籍; 可连续申领3年; the
table of months, its 3rd passage); the 管理规范 as reported (父母一方或其他监护人申领;
按年度申请; 出生当年或次年提出首次申请).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from familyplan.eligibility import ChildcareClaim, LocalRates, check
from familyplan.errors import InvalidInput

P = "childcare-subsidy"
YUEYANGLOU = "430602"
PLAN, NHC, RULES = (
    "childcare-subsidy-plan-2025",
    "childcare-subsidy-nhc-2025",
    "childcare-subsidy-rules-2025",
)


def rows(r):  # type: ignore[no-untyped-def]
    return [(c.id.split(".")[1], c.fact, c.met, c.value) for c in r.conditions]


def test_born_2023_with_a_provincial_top_up() -> None:
    # born 2023-08-20: 8 months of 2026 (table 2023年8月: 2400); a local top-up of 1200 a
    # year is pro-rated like the base (按应补贴月数折算): 1200 x 8 / 12 = 800; 3200 in all
    c = ChildcareClaim(
        "2023-08-20",
        chinese_national=True,
        lawful=True,
        applicant="guardian",
        applied_on="2026-03-01",
    )
    r = check(P, c, year=2026, jurisdiction=YUEYANGLOU, rates=LocalRates(top_up="1200"))
    assert rows(r) == [
        ("under-three", "born_on=2023-08-20: 8 months due in 2026", True, 8),
        ("lawful-birth", "lawful=yes", True, None),
        ("chinese-nationality", "chinese_national=yes", True, None),
        ("applicant", "applicant=guardian", True, None),
        ("applied-in-the-year", "applied_on=2026-03-01", True, None),
    ]
    assert [(x.citation.statute_id, x.citation.article, x.citation.item) for x in r.conditions] == [
        (PLAN, 2, 1),
        (PLAN, 2, 1),
        (NHC, 1, None),
        (RULES, 2, None),
        (RULES, 3, None),
    ]
    assert (r.eligible, r.amount) == (True, Decimal("3200.00"))
    assert r.rate is not None
    assert (r.rate.per, r.rate.minimum, r.rate.top_up, r.rate.basis) == (
        "year",
        Decimal("2400.00"),
        Decimal("800.00"),
        "8 months",
    )
    assert r.amount_period == "year"
    assert r.checked_through == dt.date(2026, 12, 1)
    steps = {s.description: s for s in r.steps}
    months = steps[
        "born before 2025: 8 months of 2026 (the month after birth to the month of the third "
        "birthday, from 2025-01), one twelfth of the year's amount each"
    ]
    assert months.value == 8
    assert months.citation is not None
    assert (months.citation.statute_id, months.citation.article) == (NHC, 3)
    assert steps["national base 3600 yuan a child a year"].value == Decimal("3600")
    assert steps["local top-up 800.00 yuan for 2026 (caller)"].value == Decimal("800")
    assert "the standard has no end date: sources checked through 2026-12-01" in steps


def test_born_2025_every_fact_against() -> None:
    # adopted, not lawful, nationality not given, applied by someone not a guardian in
    # 2024 for 2025, first claim year not given: 2025 is the birth year, so undetermined
    c = ChildcareClaim(
        "2025-04-11",
        chinese_national=None,
        lawful=False,
        adopted=True,
        applicant="other",
        applied_on="2024-12-01",
    )
    r = check(P, c, year=2025, jurisdiction=YUEYANGLOU)
    assert rows(r) == [
        ("under-three", "born_on=2025-04-11", True, dt.date(2025, 4, 11)),
        ("lawful-birth", "lawful=no; adopted", False, None),
        ("chinese-nationality", "chinese_national=not given", None, None),
        ("applicant", "applicant=other", False, None),
        ("applied-in-the-year", "applied_on=2024-12-01", False, None),
        ("claim-year", "first_claim_year not given (the birth year or the next)", None, None),
    ]
    assert r.conditions[-1].citation.statute_id == RULES
    assert r.eligible is False
    assert r.amount is None
    assert r.rate is None  # the amount of an undetermined claim year is not known


def test_applicant_not_given() -> None:
    c = ChildcareClaim("2023-08-20", chinese_national=True, lawful=True)
    r = check(P, c, year=2025, jurisdiction=YUEYANGLOU)
    assert rows(r)[3:] == [
        ("applicant", "applicant=None", None, None),
        ("applied-in-the-year", "applied_on not given", None, None),
    ]
    assert r.eligible is None
    assert r.amount is None
    # the rate is known (12 months of 2025 = 3600), the claim is not decided
    assert r.rate is not None
    assert r.rate.minimum == Decimal("3600.00")


@pytest.mark.parametrize(
    ("born", "year", "first", "fact", "met", "minimum"),
    [
        # first claim in the birth year or the next: 2027 is neither for a 2025 birth
        ("2025-04-11", 2028, 2027, "first_claim_year=2027: not 2025 or 2026", False, "0.00"),
        # the claim years of a 2025 birth are at most 2025-2028
        ("2025-04-11", 2029, None, "2029 is not among the claim years (2025-2028)", False, "0.00"),
        # 2026 and 2027 are claim years whichever year the first claim was
        (
            "2025-04-11",
            2027,
            None,
            "2027 is a claim year whichever year the first claim is made",
            True,
            "3600.00",
        ),
        # first claim 2026: 2026, 2027, 2028
        ("2025-04-11", 2028, 2026, "claim years 2026-2028", True, "3600.00"),
        ("2025-04-11", 2025, 2026, "claim years 2026-2028", False, "0.00"),
        # not yet born in the year checked
        ("2026-04-11", 2025, 2026, "claim years 2026-2028", False, "0.00"),
    ],
)
def test_claim_years(
    born: str, year: int, first: int | None, fact: str, met: bool, minimum: str
) -> None:
    c = ChildcareClaim(
        born,
        chinese_national=True,
        lawful=True,
        applicant="parent",
        applied_on=f"{year}-06-01",
        first_claim_year=first,
    )
    r = check(P, c, year=year, jurisdiction=YUEYANGLOU)
    claim = r.conditions[-1]
    assert (claim.id, claim.fact, claim.met) == ("childcare-subsidy.claim-year", fact, met)
    assert r.rate is not None
    assert (r.rate.minimum, r.rate.basis) == (Decimal(minimum), "claim year")
    assert r.eligible is (r.conditions[0].met and met)
    assert r.amount == (Decimal(minimum) if r.eligible else None)


def test_born_in_the_year_after() -> None:
    c = ChildcareClaim("2026-04-11", chinese_national=True, lawful=True, applicant="parent")
    r = check(P, c, year=2025, jurisdiction=YUEYANGLOU)
    assert r.conditions[0].met is False
    assert r.conditions[0].value == dt.date(2026, 4, 11)


def test_not_a_claim() -> None:
    with pytest.raises(InvalidInput) as e:
        check(P, "2023-08-20", year=2025, jurisdiction=YUEYANGLOU)  # type: ignore[arg-type]
    assert (e.value.field, e.value.value, e.value.allowed) == (
        "applicant",
        "2023-08-20",
        "a ChildcareClaim for childcare-subsidy",
    )
