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
from decimal import Decimal

from familyplan import statutes
from familyplan.explain import Citation
from familyplan.money import ZERO

from ._amounts import rate_row
from ._applicant import Applicant
from ._base import Context, Evaluation, checked_through, ref, see_also, year_of
from ._conditions import ConditionSpec, Pending, Rate, combine_pending, pending
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


def _child_conditions(a: Applicant, ctx: Context, also: tuple[Citation, ...]) -> list[Pending]:
    fact = describe_children(a.children)
    on = ctx.on
    if a.children is None:
        return [
            pending(s, on=on, fact=fact, met=None, see_also=also)
            for s in (ONE_CHILD, CHILD_DEAD, CHILD_DISABLED)
        ]
    kids = a.children
    n = len(kids)
    one = pending(ONE_CHILD, on=on, fact=fact, met=n == 1, value=n, see_also=also)
    # 现无存活子女: had a child, none alive now
    dead: bool | None
    if not kids or any(c.alive is True for c in kids):
        dead = False
    elif all(c.alive is False for c in kids):
        dead = True
    else:
        dead = None
    worst = int_value(SA_WORST_GRADE, on)
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
    return [
        one,
        pending(CHILD_DEAD, on=on, fact=fact, met=dead, see_also=also),
        pending(
            CHILD_DISABLED,
            on=on,
            fact=fact,
            met=disabled,
            value=kids[0].disability_grade if n == 1 else None,
            see_also=also,
        ),
    ]


def evaluate(a: Applicant, ctx: Context) -> Evaluation:
    year, on = year_of(ctx), ctx.on
    also = see_also(ctx, *_LIST)
    out: list[Pending] = []
    out.append(
        pending(
            BORN_FROM,
            on=on,
            fact=f"born_on={a.born_on.isoformat()}",
            met=a.born_on >= date_value(SA_BORN_FROM, on),
            value=a.born_on,
            see_also=also,
        )
    )
    woman = a.woman_born_on
    if woman is None:
        who = "the wife's born_on not given" if a.sex == "male" else "not given"
        out.append(pending(WOMAN_AGED, on=on, fact=who, met=None, see_also=also))
    else:
        age = age_by_year_end(woman, year)
        whose = "applicant" if a.sex == "female" else "spouse"
        out.append(
            pending(
                WOMAN_AGED,
                on=on,
                fact=f"{whose} born_on={woman.isoformat()}: aged {age} by {year}-12-31",
                met=age >= int_value(SA_WOMAN_AGE, on),
                value=age,
                see_also=also,
            )
        )
    children = _child_conditions(a, ctx, also)
    out.extend(children)

    code = ctx.jurisdiction.code
    row = rate_row("special-assistance", year, jurisdiction=code)
    urban_rural = any(b.startswith(("urban-", "rural-")) for b in row.figures)
    if urban_rural:
        if a.residence is not None:
            # a basis the row lacks (rural 2016) raises NotEncoded, naming what is missing
            rate_row("special-assistance", year, jurisdiction=code, basis=f"{a.residence}-death")
        cite_on = row.figure(next(iter(row.figures))).provision.version.effective_from
        out.append(
            pending(
                REGISTRATION,
                on=cite_on if on < cite_on else on,
                fact=f"residence={a.residence}",
                met=None if a.residence is None else True,
            )
        )
    eligible = combine_pending(out)

    _one, dead_c, disabled_c = children
    dead_met = dead_c.met is True
    disabled_met = disabled_c.met is True
    kind = "death" if dead_met else ("disability" if disabled_met else None)
    ctx.trace.add(
        f"special assistance table for {year}: "
        + ", ".join(f"{k} {v}" for k, v in row.amounts.items())
        + " yuan a person a month"
        + ("" if row.jurisdiction == statutes.NATION else f" ({row.jurisdiction})"),
        None,
        row.citation(),
    )
    for c in row.supporting_citations():
        ctx.trace.add("the figure or its dates are confirmed by", None, c)
    if row.note:
        ctx.trace.add(row.note)
    # the conditions were checked against this year's standard, amount or not (as the other
    # programmes do): the day its sources were checked through, when it has no end date
    through = checked_through(ctx, row.applies_until is None)
    if kind is None or (urban_rural and a.residence is None):
        _note_through(ctx, through)
        return Evaluation(tuple(out), checked_through=through)
    basis = f"{a.residence}-{kind}" if urban_rural else kind
    # e.g. special-assistance-2022 art. 1: 提高至每人每月590元 / 460元
    figure = row.amounts[basis]
    top_up: Decimal = ctx.rates.top_up if ctx.rates is not None else ZERO
    rate = Rate("month", figure, top_up, basis, row.citation(basis), note=row.note)
    ctx.trace.add(
        f"rate applied: {basis}, {figure} yuan a person a month", figure, row.citation(basis)
    )
    if top_up:
        ctx.trace.add(f"local top-up {top_up} yuan a person a month (caller)", top_up)
    amount = rate.total * MONTHS_A_YEAR if eligible is True else None
    if amount is not None:
        ctx.trace.add(f"amount for {year}: {rate.total} x {MONTHS_A_YEAR} months", amount)
    _note_through(ctx, through)
    return Evaluation(tuple(out), rate, amount, "year", checked_through=through)


def _note_through(ctx: Context, through: _dt.date | None) -> None:
    if through is not None:
        ctx.trace.add(
            f"the standard has no end date: sources checked through {through.isoformat()}"
        )
