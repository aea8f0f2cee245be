"""育儿补贴 — the national childcare subsidy (from 2025-01-01), one child's claim a year.

The texts (quotes in the registry):

* 育儿补贴制度实施方案 二(一) (``childcare-subsidy-plan-2025`` art. 2 item 1):
  从2025年1月1日起,对符合法律法规规定生育的3周岁以下婴幼儿发放补贴,至其年满3周岁;
* 二(二) (item 2): 育儿补贴按年发放,现阶段国家基础标准为每孩每年3600元。其中,对2025年1月1日之前
  出生、不满3周岁的婴幼儿,按应补贴月数折算计发补贴;
* the national health commission's Q&A (``childcare-subsidy-nhc-2025``): 补贴对象应当具有中华人民共和国
  国籍; 对于2025年1月1日及以后出生的婴幼儿,可连续申领3年补贴,共计10800元; and its table of
  months for children born 2022-2024;
* 育儿补贴制度管理规范（试行） as reported (``childcare-subsidy-rules-2025``; its article numbers
  are NOT verified — those in the registry are assigned by this package): 生育或收养; 由婴幼儿父母一方
  或其他监护人(含儿童福利机构)申领; 申领人按年度申请…出生当年或次年提出首次申请,并在之后的连续两个年度
  分别提出续领申请…逾期未提交申请的,视为自动放弃当年申请资格.

**Months of a child born before 2025** (the commission's table): the months
after the birth month up to and including the month of the third birthday,
counted from 2025-01 on; each is one twelfth of the yearly amount. Born
2022-01 → 1 month (2025-01); 2023-08 → 12 in 2025 and 8 in 2026; 2024-01 →
12, 12 and 1 (2027). Every row of the table that was seen fits this rule.

**A child born from 2025** is paid the yearly amount in three consecutive
claim years, the first in the year of birth or the next; which of the two is
a fact (``first_claim_year``): without it the birth year and the fourth year
are undetermined. The texts do not pro-rate the birth year.

Unknown facts never yield "eligible": nationality, lawful birth or adoption,
the applicant's relation and the application date are facts the caller gives.
"""

from __future__ import annotations

import datetime as _dt
import functools
from decimal import Decimal
from typing import Any, Literal, NamedTuple

import attrs

from familyplan import statutes
from familyplan._dates import as_date, as_date_or_none
from familyplan._json import JSONInput
from familyplan._kept import Kept
from familyplan._validate import bool_flag, choice_of
from familyplan.errors import InvalidInput
from familyplan.explain import Citation, Step, Trace, result_dict
from familyplan.money import ZERO, quantize_fen
from familyplan.types import DateLike

from ._amounts import LocalRates, checked, rate_row
from ._base import Call, Context, DeferredTrace, Evaluation, checked_through, year_of
from ._conditions import ConditionSpec, Pending, Rate, cite
from ._law import CC_AGE, CC_CLAIM_YEARS, CC_START, date_value, int_value
from ._time import MONTHS_A_YEAR, as_year

__all__ = [
    "CONDITIONS",
    "ChildcareClaim",
    "ChildcareEntitlement",
    "Relation",
    "childcare_entitlement",
    "claim_years",
    "evaluate",
    "months_due",
]

Relation = Literal["parent", "guardian", "welfare-institution", "other"]
"""Who applies: a parent (父母一方), another guardian (其他监护人), a child welfare
institution (儿童福利机构, a guardian), or someone else (not allowed)."""

_PLAN = "childcare-subsidy-plan-2025"
_RULES = "childcare-subsidy-rules-2025"
_NHC = "childcare-subsidy-nhc-2025"


def _born_on(value: DateLike) -> _dt.date:
    return as_date(value, "born_on")


def _applied_on(value: DateLike | None) -> _dt.date | None:
    return as_date_or_none(value, "applied_on")


def _year_or_none(value: int | None) -> int | None:
    return None if value is None else as_year(value, "first_claim_year")


@attrs.frozen
class ChildcareClaim(JSONInput):
    """One child's claim to the childcare subsidy, with the applicant's relation.

    :param born_on: the child's birth date.
    :param chinese_national: the child has Chinese nationality (中华人民共和国国籍).
    :param lawful: born (or adopted) in accordance with laws and regulations
        (符合法律法规规定生育或收养).
    :param adopted: the child is adopted (covered by the 管理规范, as reported).
    :param applicant: who applies (:data:`Relation`).
    :param applied_on: the day of the application for the year checked.
    :param first_claim_year: for a child born from 2025, the year of the first
        application (the birth year or the next).

    Every fact but ``born_on`` defaults to ``None`` — not given.

    >>> ChildcareClaim("2023-08-20", chinese_national=True).born_on
    datetime.date(2023, 8, 20)
    >>> ChildcareClaim("2023-08-20", applicant="grandmother")
    Traceback (most recent call last):
    ...
    familyplan.errors.InvalidInput: applicant must be one of 'parent', 'guardian', 'welfare-institution' or 'other' (or None), got 'grandmother'
    """

    born_on: _dt.date = attrs.field(converter=_born_on)
    chinese_national: bool | None = attrs.field(default=None, validator=bool_flag(optional=True))
    lawful: bool | None = attrs.field(default=None, validator=bool_flag(optional=True))
    adopted: bool = attrs.field(default=False, validator=bool_flag())
    applicant: Relation | None = attrs.field(
        default=None, validator=choice_of(Relation, optional=True)
    )
    applied_on: _dt.date | None = attrs.field(default=None, converter=_applied_on)
    first_claim_year: int | None = attrs.field(default=None, converter=_year_or_none)

    def to_dict(self) -> dict[str, Any]:
        return {
            "born_on": self.born_on.isoformat(),
            "chinese_national": self.chinese_national,
            "lawful": self.lawful,
            "adopted": self.adopted,
            "applicant": self.applicant,
            "applied_on": None if self.applied_on is None else self.applied_on.isoformat(),
            "first_claim_year": self.first_claim_year,
        }


def _month_index(day: _dt.date) -> int:
    return day.year * MONTHS_A_YEAR + day.month - 1


def months_due(born_on: DateLike, year: int) -> int:
    """Months of ``year`` counted for a child born before the subsidy began.

    The months after the birth month up to and including the month of the
    third birthday, from 2025-01 on (the national health commission's table).

    >>> import datetime as dt
    >>> months_due(dt.date(2022, 1, 1), 2025)  # table: 2022年1月 300 / 1个月
    1
    >>> months_due(dt.date(2023, 8, 20), 2025), months_due(dt.date(2023, 8, 20), 2026)
    (12, 8)
    >>> months_due(dt.date(2021, 12, 31), 2025)  # three on 2024-12-31
    0
    """
    born_on = as_date(born_on, "born_on")
    year = as_year(year)
    start = date_value(CC_START)
    # 3周岁以下…至其年满3周岁: the month of the third birthday is the last counted
    last = _month_index(born_on) + int_value(CC_AGE) * MONTHS_A_YEAR
    first = max(_month_index(born_on) + 1, _month_index(start), year * MONTHS_A_YEAR)
    last = min(last, year * MONTHS_A_YEAR + MONTHS_A_YEAR - 1)
    return max(0, last - first + 1)


def claim_years(born_on: _dt.date, first_claim_year: int | None) -> tuple[int, ...] | None:
    """The three claim years of a child born from 2025 (``None``: first year not given)."""
    if first_claim_year is None:
        return None
    n = int_value(CC_CLAIM_YEARS)  # 可连续申领3年补贴
    return tuple(range(first_claim_year, first_claim_year + n))


def _born_before_start(born_on: _dt.date) -> bool:
    return born_on < date_value(CC_START)


def _claim_year_met(c: ChildcareClaim, year: int) -> tuple[bool | None, str]:
    """Whether ``year`` is one of the claim years of a child born from 2025."""
    b = c.born_on.year
    n = int_value(CC_CLAIM_YEARS)
    if c.first_claim_year is not None:
        # 出生当年或次年提出首次申请
        if c.first_claim_year not in (b, b + 1):
            return False, f"first_claim_year={c.first_claim_year}: not {b} or {b + 1}"
        years = claim_years(c.born_on, c.first_claim_year) or ()
        return year in years, f"claim years {years[0]}-{years[-1]}"
    # either start gives the same middle years; the first and the last depend on it
    surely = range(b + 1, b + n)
    maybe = (b, b + n)
    if year in surely:
        return True, f"{year} is a claim year whichever year the first claim is made"
    if year in maybe:
        return None, "first_claim_year not given (the birth year or the next)"
    return False, f"{year} is not among the claim years ({b}-{b + n})"


def amount_for(
    born_on: _dt.date, year: int, first_claim_year: int | None
) -> tuple[int | None, Decimal | None, str, bool | None]:
    """``(months, amount, basis, due)`` of one child's claim for ``year``.

    ``months`` is ``None`` for a child born from 2025 (a whole yearly amount);
    ``due`` is ``None`` when undetermined (its amount is then ``None``).
    """
    row = rate_row("childcare-subsidy", year)
    yearly = row.amounts["all"]  # 二(二): 现阶段国家基础标准为每孩每年3600元
    if _born_before_start(born_on):
        m = months_due(born_on, year)
        # 二(二): 按应补贴月数折算计发补贴 — one twelfth of the yearly amount a month
        return m, yearly * m / MONTHS_A_YEAR, f"{m} months", m > 0
    claim = ChildcareClaim(born_on, first_claim_year=first_claim_year)
    due, _ = _claim_year_met(claim, year)
    if born_on.year > year:
        due = False
    amount = None if due is None else (yearly if due else ZERO)
    return None, amount, "claim year", due


UNDER_THREE = ConditionSpec(
    "childcare-subsidy.under-three",
    "under three (3周岁以下) in the year, from 2025-01-01: a month due (born before 2025) "
    "or a claim year (born from 2025)",
    _PLAN,
    article=2,
    item=1,
)
LAWFUL = ConditionSpec(
    "childcare-subsidy.lawful-birth",
    "born in accordance with laws and regulations (符合法律法规规定生育; adoption: 生育或收养, "
    "per the 管理规范 as reported)",
    _PLAN,
    article=2,
    item=1,
)
NATIONALITY = ConditionSpec(
    "childcare-subsidy.chinese-nationality",
    "the child has Chinese nationality (应当具有中华人民共和国国籍)",
    _NHC,
    article=1,
)
APPLICANT = ConditionSpec(
    "childcare-subsidy.applicant",
    "the applicant is a parent or another guardian, a child welfare institution included "
    "(管理规范, article number assigned here)",
    _RULES,
    article=2,
)
APPLIED = ConditionSpec(
    "childcare-subsidy.applied-in-the-year",
    "applied in the year claimed (按年度申请; a year not applied for is forfeited; "
    "管理规范, article number assigned here)",
    _RULES,
    article=3,
)
CLAIM_YEAR = ConditionSpec(
    "childcare-subsidy.claim-year",
    "born from 2025: one of three consecutive claim years, the first in the birth year or "
    "the next (管理规范, article number assigned here)",
    _RULES,
    article=3,
    where="children born on or after 2025-01-01",
)

CONDITIONS: tuple[ConditionSpec, ...] = (
    UNDER_THREE,
    LAWFUL,
    NATIONALITY,
    APPLICANT,
    APPLIED,
    CLAIM_YEAR,
)


def _tri(value: bool | None) -> str:
    return {True: "yes", False: "no", None: "not given"}[value]


class _Plan(NamedTuple):
    """What a check reads that does not depend on the claim, for one year, day,
    division and local rates (kept: the registry and the rate table are immutable)."""

    cites: tuple[Citation, ...]  # of CONDITIONS, in order
    c_months: Citation  # the commission's table of months
    yearly: Decimal
    cite: Citation  # the row's
    start: int  # the month index of the start
    age_months: int
    top_up: Decimal
    through: _dt.date | None
    parts: dict[tuple[bool, int | bool | None], tuple[Rate | None, tuple[Call, ...]]]


_PLANS: Kept[tuple[int, _dt.date, str, LocalRates | None], _Plan] = Kept()


def _plan(ctx: Context, year: int) -> _Plan:
    key = (year, ctx.on, ctx.jurisdiction.code, ctx.rates)
    plan = _PLANS.get(key)
    if plan is None:
        on = ctx.on
        row = rate_row("childcare-subsidy", year, jurisdiction=ctx.jurisdiction.code)
        # the amount is read from the national row (as amount_for does)
        yearly = rate_row("childcare-subsidy", year).amounts["all"]
        cites = tuple(cite(s, on) for s in CONDITIONS)  # in the order the check cites them
        plan = _Plan(
            cites,
            statutes.citation(_NHC, 3, on=on),
            yearly,
            row.citation(),
            _month_index(date_value(CC_START)),
            int_value(CC_AGE) * MONTHS_A_YEAR,
            ctx.rates.top_up if ctx.rates is not None else ZERO,
            checked_through(ctx, row.applies_until is None),
            {},
        )
        _PLANS.keep(key, plan)
    return plan


def _parts(
    p: _Plan, ctx: Context, year: int, before: bool, months: int | None, minimum: Decimal | None
) -> tuple[Rate | None, tuple[Call, ...]]:
    """The rate and the steps of a claim of ``months`` (born before 2025) or of a
    claim year with ``minimum`` (born from 2025), written once per plan."""
    key = (before, months if before else (None if minimum is None else bool(minimum)))
    known = p.parts.get(key)
    if known is not None:
        return known
    row = rate_row("childcare-subsidy", year, jurisdiction=ctx.jurisdiction.code)
    trace = DeferredTrace()
    cite_row = p.cite
    trace.add(
        f"national base {row.amounts['all']} yuan a child a year", row.amounts["all"], cite_row
    )
    if before:
        trace.add(
            f"born before 2025: {months} months of {year} (the month after birth to the month "
            "of the third birthday, from 2025-01), one twelfth of the year's amount each",
            months,
            p.c_months,
        )
    through = checked_through(ctx, row.applies_until is None)
    if through is not None:
        trace.add(f"the standard has no end date: sources checked through {through}")
    rate = None
    if minimum is not None:
        top_up = p.top_up
        if before and top_up:
            # a yearly provincial top-up is pro-rated like the base (按应补贴月数折算)
            top_up = top_up * (months or 0) / MONTHS_A_YEAR
        basis = f"{months} months" if before else "claim year"
        rate = Rate("year", minimum, top_up, basis, cite_row)
        if top_up:
            trace.add(f"local top-up {quantize_fen(top_up)} yuan for {year} (caller)", top_up)
    p.parts[key] = known = (rate, trace.calls)
    return known


def _under_three_fact(born: _dt.date, months: int, year: int) -> str:
    unit = "month" if months == 1 else "months"
    return f"born_on={born.isoformat()}: {months} {unit} due in {year}"


def _born_fact(born: _dt.date) -> str:
    return f"born_on={born.isoformat()}"


def _lawful_fact(lawful: bool | None, adopted: bool) -> str:
    return f"lawful={_tri(lawful)}" + ("; adopted" if adopted else "")


def _national_fact(national: bool | None) -> str:
    return f"chinese_national={_tri(national)}"


def _applicant_fact(who: str | None) -> str:
    return f"applicant={who}"


def _applied_fact(applied_on: _dt.date) -> str:
    return f"applied_on={applied_on.isoformat()}"


_new = tuple.__new__  # a Pending without its Python-level __new__
_partial = functools.partial


def evaluate(c: object, ctx: Context) -> Evaluation:
    if not isinstance(c, ChildcareClaim):
        raise InvalidInput("applicant", c, "a ChildcareClaim for childcare-subsidy")
    year = year_of(ctx)
    p = _plan(ctx, year)
    c_under, c_lawful, c_national, c_applicant, c_applied, c_claim = p.cites
    born = c.born_on
    before = born < _START
    out: list[Pending] = []
    if before:
        # the months after the birth month to the month of the third birthday, from
        # 2025-01 (months_due)
        born_i = born.year * MONTHS_A_YEAR + born.month - 1
        last = min(born_i + p.age_months, year * MONTHS_A_YEAR + MONTHS_A_YEAR - 1)
        first = max(born_i + 1, p.start, year * MONTHS_A_YEAR)
        due_months = max(0, last - first + 1)
        # 二(二): 按应补贴月数折算计发补贴 — one twelfth of the yearly amount a month
        months: int | None = due_months
        minimum: Decimal | None = p.yearly * due_months / MONTHS_A_YEAR
        out.append(
            _new(
                Pending,
                (
                    UNDER_THREE,
                    c_under,
                    _partial(_under_three_fact, born, due_months, year),
                    bool(due_months),
                    due_months,
                    (),
                ),
            )
        )
    else:
        months = None
        due, _ = _claim_year_met(c, year)  # as amount_for: the claim years of the birth
        if born.year > year:
            due = False
        minimum = None if due is None else (p.yearly if due else ZERO)
        out.append(
            _new(
                Pending,
                (UNDER_THREE, c_under, _partial(_born_fact, born), born.year <= year, born, ()),
            )
        )
    lawful = c.lawful
    out.append(
        _new(
            Pending, (LAWFUL, c_lawful, _partial(_lawful_fact, lawful, c.adopted), lawful, None, ())
        )
    )
    national = c.chinese_national
    out.append(
        _new(
            Pending,
            (NATIONALITY, c_national, _partial(_national_fact, national), national, None, ()),
        )
    )
    who = c.applicant
    out.append(
        _new(
            Pending,
            (
                APPLICANT,
                c_applicant,
                _partial(_applicant_fact, who),
                None if who is None else who != "other",
                None,
                (),
            ),
        )
    )
    applied_on = c.applied_on
    if applied_on is None:
        out.append(_new(Pending, (APPLIED, c_applied, "applied_on not given", None, None, ())))
    else:
        out.append(
            _new(
                Pending,
                (
                    APPLIED,
                    c_applied,
                    _partial(_applied_fact, applied_on),
                    applied_on.year == year,
                    None,
                    (),
                ),
            )
        )
    if not before:
        met, fact = _claim_year_met(c, year)
        out.append(_new(Pending, (CLAIM_YEAR, c_claim, fact, met, None, ())))

    rate, calls = _parts(p, ctx, year, before, months, minimum)
    ctx.trace.replay(calls)
    if rate is None:
        return Evaluation(tuple(out), checked_through=p.through)
    # the amount is reported only when every condition holds (check() decides)
    return Evaluation(tuple(out), rate, rate.total, "year", checked_through=p.through)


_START = date_value(CC_START)


@attrs.frozen
class ChildcareEntitlement:
    """The months and amount of one child's claim for one year (:func:`childcare_entitlement`).

    :param months: months counted (born before 2025), ``None`` for a yearly claim
        (born from 2025).
    :param amount: the national base due for the year if the conditions hold;
        ``None`` when undetermined (the first claim year not given).
    :param due: ``True``, ``False`` or ``None`` (undetermined).
    :param checked_through: the day up to which the standard's sources were checked.
    """

    born_on: _dt.date
    year: int
    months: int | None
    amount: Decimal | None
    due: bool | None
    basis: str
    citations: tuple[Citation, ...]
    steps: tuple[Step, ...]
    checked_through: _dt.date | None

    def to_dict(self) -> dict[str, Any]:
        return result_dict(self, "childcare-entitlement")


def childcare_entitlement(
    born_on: DateLike, *, year: int, first_claim_year: int | None = None
) -> ChildcareEntitlement:
    """The months and amount of the childcare subsidy for one child and one year.

    Only the amount rules: whether the claim is allowed (nationality, lawful
    birth, applicant, application) is :func:`~familyplan.eligibility.check`'s.

    >>> e = childcare_entitlement("2023-08-20", year=2026)
    >>> e.months, e.amount  # table: 2023年8月 … 2026补贴金额 2400
    (8, Decimal('2400.00'))
    >>> childcare_entitlement("2025-04-11", year=2025).due  # first claim year not given
    >>> childcare_entitlement("2025-04-11", year=2025, first_claim_year=2025).amount
    Decimal('3600.00')
    """
    c = ChildcareClaim(born_on, first_claim_year=first_claim_year)
    y = as_year(year)
    end = _dt.date(y + 1, 1, 1) - _dt.timedelta(days=1)  # the texts are cited as at year end
    row = rate_row("childcare-subsidy", y)
    months, amount, basis, due = amount_for(c.born_on, y, c.first_claim_year)
    trace = Trace()
    trace.add(
        f"childcare subsidy for a child born {c.born_on.isoformat()}, year {y}: {basis}",
        months,
        row.citation(),
    )
    if months is not None:
        trace.add(
            "months: after the birth month to the month of the third birthday, from 2025-01",
            months,
            statutes.citation(_NHC, 3, on=end),
        )
    else:
        trace.add(
            "born from 2025: three consecutive yearly claims (可连续申领3年补贴)",
            None,
            statutes.citation(_NHC, 2, on=end),
        )
    info = checked("childcare-subsidy") if row.applies_until is None else None
    return ChildcareEntitlement(
        born_on=c.born_on,
        year=y,
        months=months,
        amount=None if amount is None else quantize_fen(amount),
        due=due,
        basis=basis,
        citations=trace.citations,
        steps=trace.steps,
        checked_through=None if info is None else info.through,
    )
