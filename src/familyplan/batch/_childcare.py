"""The childcare subsidy (育儿补贴) over a register of claims, one row a child.

The same answer, row by row, as ``eligibility.check("childcare-subsidy",
ChildcareClaim(...), year=...)``: the conditions come from the programme's
catalogue (``eligibility.programme("childcare-subsidy").conditions``), the
figures from the registry (start date, age, claim years) and the amount from
the same rate row.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, cast

import numpy as np
import numpy.typing as npt

from familyplan import statutes
from familyplan.eligibility import MONTHS_A_YEAR, LocalRates, as_year, programme, rate_row
from familyplan.errors import InvalidInput
from familyplan.money import ZERO, quantize_fen

from ._eligibility import _EPOCH, I8, I64, MET, _finish, _tri, cite, with_checked_through
from ._table import (
    BAD,
    NULL,
    OK,
    Errors,
    Table,
    chunked,
    open_table,
    read_bool,
    read_choice,
    read_date,
    read_int,
    require,
)

__all__ = ["CHILDCARE_COLUMNS", "childcare_subsidy"]

CHILDCARE_COLUMNS = (
    "born_on",
    "chinese_national",
    "lawful",
    "applicant",
    "applied_on",
    "first_claim_year",
)
"""The input columns read (only ``born_on`` is required; a missing column is *not given*)."""

_RELATIONS = ("parent", "guardian", "welfare-institution", "other")
_DATE_ALLOWED = "a datetime.date, a datetime64 at midnight or an ISO date string 'YYYY-MM-DD'"
CC_CONDITIONS = programme("childcare-subsidy").conditions


def _year(days: I64) -> I64:
    out: I64 = days.astype("datetime64[D]").astype("datetime64[Y]").astype(np.int64)
    return out + np.int64(_EPOCH.year)


def _month_index(days: I64) -> I64:
    """Months since year 0 (``year * 12 + month - 1``), as the scalar path counts them."""
    months: I64 = days.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)
    return months + np.int64(_EPOCH.year * MONTHS_A_YEAR)


def _pro_rata_fen(yearly: Decimal, months: I64) -> I64:
    """Fen of ``yearly`` x months / 12 for each row, rounded as the scalar path
    rounds (``quantize_fen``): one Decimal computation per distinct month count."""
    out = np.zeros(len(months), dtype=np.int64)
    for m in np.unique(months).tolist():
        out[months == m] = int(quantize_fen(yearly * m / MONTHS_A_YEAR) * 100)
    return out


class _Facts:
    def __init__(self, t: Table) -> None:
        err = Errors(t.n)
        self.born, born_st = read_date(t, "born_on")
        err.add(born_st == NULL, "born_on not given")
        err.add(born_st == BAD, f"born_on must be {_DATE_ALLOWED}")
        self.national = read_bool(t, "chinese_national")
        err.add(self.national == -BAD, "chinese_national must be True, False or null (not given)")
        self.lawful = read_bool(t, "lawful")
        err.add(self.lawful == -BAD, "lawful must be True, False or null (not given)")
        self.applicant = read_choice(t, "applicant", _RELATIONS)
        err.add(
            self.applicant == -BAD,
            "applicant must be one of 'parent', 'guardian', 'welfare-institution', 'other' "
            "(or null)",
        )
        self.applied, self.applied_st = read_date(t, "applied_on")
        err.add(self.applied_st == BAD, f"applied_on must be {_DATE_ALLOWED} (or null)")
        # the years eligibility.as_year accepts (a validation range, not law)
        self.first, self.first_st = read_int(t, "first_claim_year", 1900, 2200)
        err.add(self.first_st == BAD, "first_claim_year must be an int year, or null")
        self.err = err


def childcare_subsidy(
    table: object,
    *,
    year: int,
    rates: LocalRates | None = None,
    as_decimal: bool = False,
) -> Any:
    """Screen a register of claims for the childcare subsidy (育儿补贴) of ``year``.

    One row a child; the output columns are those of :func:`rural_reward`
    (``amount_fen``: the year's amount — the months due for a child born before
    2025, the yearly amount in a claim year otherwise — with the caller's yearly
    top-up, pro-rated like the base for the months).

    >>> import numpy as np
    >>> out = childcare_subsidy({
    ...     "born_on": np.array(["2023-08-20", "2022-01-01"], dtype="datetime64[D]"),
    ...     "chinese_national": np.array([True, True]), "lawful": np.array([True, True]),
    ...     "applicant": np.array(["parent", "parent"]),
    ...     "applied_on": np.array(["2026-03-01", "2026-03-01"], dtype="datetime64[D]"),
    ... }, year=2026, as_decimal=True)
    >>> out["amount"].tolist(), out["failed_condition"].tolist()
    (['2400.00', '0.00'], ['', 'childcare-subsidy.under-three'])
    """
    y = as_year(year)
    row = rate_row("childcare-subsidy", y)
    if rates is not None and not isinstance(rates, LocalRates):
        raise InvalidInput("rates", rates, "a LocalRates or None")
    if not isinstance(as_decimal, bool):
        raise InvalidInput("as_decimal", as_decimal, "True or False")
    t = open_table(table)
    require(t, ("born_on",))
    top_up = rates.top_up if rates is not None else ZERO

    def core(part: Table) -> dict[str, npt.NDArray[Any]]:
        f = _Facts(part)
        # childcare-subsidy-plan-2025 二(一): 从2025年1月1日起…3周岁以下…至其年满3周岁
        start = statutes.figure("childcare-subsidy.start", on=row.applies_from).as_date()
        age = statutes.figure("childcare-subsidy.age", on=start).as_int()
        # childcare-subsidy-nhc-2025 art. 2: 可连续申领3年补贴
        n = statutes.figure("childcare-subsidy.claim-years", on=start).as_int()
        before = f.born < np.int64((start - _EPOCH).days)
        bm = _month_index(f.born)
        start_idx = start.year * MONTHS_A_YEAR + start.month - 1
        y0 = y * MONTHS_A_YEAR
        first = np.maximum(np.maximum(bm + 1, start_idx), y0)
        last = np.minimum(bm + age * MONTHS_A_YEAR, y0 + MONTHS_A_YEAR - 1)
        months = np.maximum(last - first + 1, 0)
        b = _year(f.born)
        under_three = _tri(np.where(before, months > 0, b <= y))
        lawful = _tri(f.lawful == 1, f.lawful == 0)
        national = _tri(f.national == 1, f.national == 0)
        other = _RELATIONS.index("other")
        applicant = _tri((f.applicant >= 0) & (f.applicant != other), f.applicant == other)
        applied_ok = f.applied_st == OK
        applied_year = _year(f.applied)
        applied = _tri(applied_ok & (applied_year == y), applied_ok & (applied_year != y))
        # 出生当年或次年提出首次申请,并在之后的连续两个年度分别提出续领申请
        known = f.first_st == OK
        valid = (f.first == b) | (f.first == b + 1)
        in_years = valid & (f.first <= y) & (y < f.first + n)
        surely = (b + 1 <= y) & (y < b + n)
        maybe = (y == b) | (y == b + n)
        claim: I8 = _tri(
            np.where(known, in_years, surely), np.where(known, ~in_years, ~surely & ~maybe)
        )
        claim = np.where(before, MET, claim).astype(np.int8)
        by_id = {
            "childcare-subsidy.under-three": under_three,
            "childcare-subsidy.lawful-birth": lawful,
            "childcare-subsidy.chinese-nationality": national,
            "childcare-subsidy.applicant": applicant,
            "childcare-subsidy.applied-in-the-year": applied,
            "childcare-subsidy.claim-year": claim,
        }
        ranks = [by_id[s.id] for s in CC_CONDITIONS]  # KeyError = a condition not encoded here
        base = row.amounts["all"]  # 二(二): 每孩每年3600元 (按应补贴月数折算 before 2025)
        pro_rata = _pro_rata_fen(base, months) + _pro_rata_fen(top_up, months)
        yearly = int(quantize_fen(base) * 100) + int(quantize_fen(top_up) * 100)
        amount: I64 = np.where(before, pro_rata, np.int64(yearly)).astype(np.int64)
        return _finish(cast(Any, f), CC_CONDITIONS, ranks, amount, cite(row), as_decimal)

    return t.output(with_checked_through(chunked(t, core), row, t.n))
