"""计划生育家庭特别扶助 — special assistance (an annual qualification).

Conditions (special-assistance-2007 art. 1, as reproduced by seed 004):
1.1933年1月1日以后出生；2.女方年满49周岁（截至奖励扶助年度12月31日止）；
3.只生育一个子女或合法收养一个子女；4.现无存活子女或独生子女被依法鉴定为残疾
（伤病残达到三级以上）。 The amount depends on death vs disability, and from 2014
on urban vs rural registration (special-assistance-2013 art. 1).

The woman's age is the applicant's when she applies, and the wife's when a
husband applies; a husband without a spouse given (or with ``NO_SPOUSE``) gets
``unknown``: the sources do not say whose age counts for a single father.
"""

from __future__ import annotations

import datetime as _dt
import functools
from decimal import Decimal
from typing import NamedTuple

from familyplan import statutes
from familyplan._kept import Kept
from familyplan.explain import Citation
from familyplan.money import ZERO

from ._amounts import LocalRates, NotEncoded, rate_row
from ._applicant import Applicant, Child
from ._base import (
    Call,
    Context,
    DeferredTrace,
    Evaluation,
    checked_through,
    ref,
    see_also,
    year_of,
)
from ._conditions import ConditionSpec, Pending, Rate, cite, combine_pending
from ._facts import describe_children
from ._law import SA_BORN_FROM, SA_WOMAN_AGE, SA_WORST_GRADE, date_value, int_value
from ._time import MONTHS_A_YEAR, age_by_year_end

__all__ = ["CONDITIONS", "evaluate"]

_S = "special-assistance-2007"
_LIST = (ref("yueyanglou-list", article=1),)

BORN_FROM = ConditionSpec(
    "special-assistance.born-1933-or-later",
    "born on or after 1933-01-01",
    _S,
    article=1,
)
WOMAN_AGED = ConditionSpec(
    "special-assistance.woman-aged-49",
    "the woman (the applicant, or the applicant's wife) aged 49 by 31 December of the year",
    _S,
    article=1,
)
ONE_CHILD = ConditionSpec(
    "special-assistance.one-child",
    "only one child, born or legally adopted (只生育一个子女或合法收养一个子女)",
    _S,
    article=1,
)
CHILD_DEAD = ConditionSpec(
    "special-assistance.no-living-child",
    "no living child now (现无存活子女)",
    _S,
    article=1,
    group="child",
)
CHILD_DISABLED = ConditionSpec(
    "special-assistance.child-disabled",
    "the only child legally assessed as disabled, grade 3 or worse (grades 1–3)",
    _S,
    article=1,
    group="child",
)
REGISTRATION = ConditionSpec(
    "special-assistance.registration-known",
    "urban or rural registration (it sets the rate from 2014)",
    "special-assistance-2013",
    article=1,
    where="from 2014",
)

CONDITIONS: tuple[ConditionSpec, ...] = (
    BORN_FROM,
    WOMAN_AGED,
    ONE_CHILD,
    CHILD_DEAD,
    CHILD_DISABLED,
    REGISTRATION,
)


class _Basis(NamedTuple):
    """The rate of one basis (``"death"``, ``"urban-disability"``…) and its steps."""

    rate: Rate
    amount: Decimal
    rate_calls: tuple[Call, ...]  # the rate applied, the caller's top-up
    amount_calls: tuple[Call, ...]  # the amount for the year (an eligible applicant)


class _Plan(NamedTuple):
    """What a check reads that does not depend on the applicant, for one year,
    day, division and local rates (kept: the registry and the tables are immutable)."""

    also: tuple[Citation, ...]
    born_from: _dt.date
    woman_age: int
    worst_grade: int
    c_born: Citation
    c_woman: Citation
    c_one: Citation
    c_dead: Citation
    c_disabled: Citation
    urban_rural: bool
    c_registration: Citation | None
    encoded: frozenset[str]  # the residences whose basis the row has
    table_calls: tuple[Call, ...]
    through_calls: tuple[Call, ...]
    through: _dt.date | None
    bases: dict[str, _Basis]


_PLANS: Kept[tuple[int, _dt.date, str, LocalRates | None], _Plan] = Kept()


def _plan(ctx: Context, year: int) -> _Plan:
    key = (year, ctx.on, ctx.jurisdiction.code, ctx.rates)
    plan = _PLANS.get(key)
    if plan is None:
        plan = _make_plan(ctx, year)
        _PLANS.keep(key, plan)
    return plan


def _make_plan(ctx: Context, year: int) -> _Plan:
    on = ctx.on
    also = see_also(ctx, *_LIST)
    born_from = date_value(SA_BORN_FROM, on)
    c_born, c_woman, c_one, c_dead, c_disabled = (
        cite(s, on) for s in (BORN_FROM, WOMAN_AGED, ONE_CHILD, CHILD_DEAD, CHILD_DISABLED)
    )
    code = ctx.jurisdiction.code
    row = rate_row("special-assistance", year, jurisdiction=code)
    urban_rural = any(b.startswith(("urban-", "rural-")) for b in row.figures)
    encoded = set()
    c_registration = None
    if urban_rural:
        for residence in ("rural", "urban"):
            try:
                rate_row("special-assistance", year, jurisdiction=code, basis=f"{residence}-death")
            except NotEncoded:
                continue  # raised again, for an applicant of that residence
            encoded.add(residence)
        cite_on = row.figure(next(iter(row.figures))).provision.version.effective_from
        c_registration = cite(REGISTRATION, cite_on if on < cite_on else on)

    trace = DeferredTrace()
    trace.add(
        f"special assistance table for {year}: "
        + ", ".join(f"{k} {v}" for k, v in row.amounts.items())
        + " yuan a person a month"
        + ("" if row.jurisdiction == statutes.NATION else f" ({row.jurisdiction})"),
        None,
        row.citation(),
    )
    for c in row.supporting_citations():
        trace.add("the figure or its dates are confirmed by", None, c)
    if row.note:
        trace.add(row.note)
    table_calls = trace.calls

    top_up: Decimal = ctx.rates.top_up if ctx.rates is not None else ZERO
    bases = {}
    for basis in row.figures:
        # e.g. special-assistance-2022 art. 1: 提高至每人每月590元 / 460元
        figure = row.amounts[basis]
        rate = Rate("month", figure, top_up, basis, row.citation(basis), note=row.note)
        trace = DeferredTrace()
        trace.add(
            f"rate applied: {basis}, {figure} yuan a person a month", figure, row.citation(basis)
        )
        if top_up:
            trace.add(f"local top-up {top_up} yuan a person a month (caller)", top_up)
        rate_calls = trace.calls
        amount = rate.total * MONTHS_A_YEAR
        trace = DeferredTrace()
        trace.add(f"amount for {year}: {rate.total} x {MONTHS_A_YEAR} months", amount)
        bases[basis] = _Basis(rate, amount, rate_calls, trace.calls)

    through = checked_through(ctx, row.applies_until is None)
    trace = DeferredTrace()
    if through is not None:
        trace.add(f"the standard has no end date: sources checked through {through.isoformat()}")
    return _Plan(
        also,
        born_from,
        int_value(SA_WOMAN_AGE, on),
        int_value(SA_WORST_GRADE, on),
        c_born,
        c_woman,
        c_one,
        c_dead,
        c_disabled,
        urban_rural,
        c_registration,
        frozenset(encoded),
        table_calls,
        trace.calls,
        through,
        bases,
    )


def _children(
    kids: tuple[Child, ...] | None, worst: int
) -> tuple[bool | None, bool | None, bool | None]:
    """只生育一个子女或合法收养一个子女, 现无存活子女, the only child disabled (grade
    ``worst`` or more severe): met or not (or unknown)."""
    if kids is None:
        return None, None, None
    n = len(kids)
    # 现无存活子女: had a child, none alive now
    dead: bool | None
    if not kids or any(c.alive is True for c in kids):
        dead = False
    elif all(c.alive is False for c in kids):
        dead = True
    else:
        dead = None
    disabled: bool | None
    if n != 1:
        disabled = False
    else:
        child = kids[0]
        grade_ok = child.disability_grade is not None and child.disability_grade <= worst
        if child.alive is False or not grade_ok:
            disabled = False
        else:
            disabled = None if child.alive is None else True
    return n == 1, dead, disabled


_new = tuple.__new__  # a Pending without its Python-level __new__
_partial = functools.partial


def evaluate(a: Applicant, ctx: Context) -> Evaluation:
    year = year_of(ctx)
    p = _plan(ctx, year)
    also = p.also
    born = a.born_on
    out = [
        _new(
            Pending,
            (BORN_FROM, p.c_born, _partial(_born_fact, born), born >= p.born_from, born, also),
        )
    ]
    woman = a.woman_born_on
    if woman is None:
        who = "the wife's born_on not given" if a.sex == "male" else "not given"
        out.append(_new(Pending, (WOMAN_AGED, p.c_woman, who, None, None, also)))
    else:
        age = age_by_year_end(woman, year)
        whose = "applicant" if a.sex == "female" else "spouse"
        out.append(
            _new(
                Pending,
                (
                    WOMAN_AGED,
                    p.c_woman,
                    _partial(_woman_fact, whose, woman, age, year),
                    age >= p.woman_age,
                    age,
                    also,
                ),
            )
        )
    kids = a.children
    fact = _partial(describe_children, kids)
    one, dead, disabled = _children(kids, p.worst_grade)
    single = kids is not None and len(kids) == 1
    out.append(
        _new(Pending, (ONE_CHILD, p.c_one, fact, one, None if kids is None else len(kids), also))
    )
    out.append(_new(Pending, (CHILD_DEAD, p.c_dead, fact, dead, None, also)))
    out.append(
        _new(
            Pending,
            (
                CHILD_DISABLED,
                p.c_disabled,
                fact,
                disabled,
                kids[0].disability_grade if kids is not None and single else None,
                also,
            ),
        )
    )
    residence = a.residence
    if p.urban_rural:
        if residence is not None and residence not in p.encoded:
            # a basis the row lacks (rural 2016) raises NotEncoded, naming what is missing
            rate_row(
                "special-assistance",
                year,
                jurisdiction=ctx.jurisdiction.code,
                basis=f"{residence}-death",
            )
        out.append(
            _new(
                Pending,
                (
                    REGISTRATION,
                    p.c_registration,
                    f"residence={residence}",
                    None if residence is None else True,
                    None,
                    (),
                ),
            )
        )
    eligible = combine_pending(out)

    kind = "death" if dead is True else ("disability" if disabled is True else None)
    trace = ctx.trace
    trace.replay(p.table_calls)
    if kind is None or (p.urban_rural and residence is None):
        # the conditions were checked against this year's standard, amount or not (as the
        # other programmes do): the day its sources were checked through, when it has no end
        trace.replay(p.through_calls)
        return Evaluation(tuple(out), checked_through=p.through)
    b = p.bases[f"{residence}-{kind}" if p.urban_rural else kind]
    trace.replay(b.rate_calls)
    amount = b.amount if eligible is True else None
    if amount is not None:
        trace.replay(b.amount_calls)
    trace.replay(p.through_calls)
    return Evaluation(tuple(out), b.rate, amount, "year", checked_through=p.through)


def _born_fact(born: _dt.date) -> str:
    return f"born_on={born.isoformat()}"


def _woman_fact(whose: str, woman: _dt.date, age: int, year: int) -> str:
    return f"{whose} born_on={woman.isoformat()}: aged {age} by {year}-12-31"
