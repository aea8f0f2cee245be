"""农村部分计划生育家庭奖励扶助 — the rural reward (an annual qualification).

Conditions as reported of 国办发〔2004〕21号 (rural-reward-2004 art. 1; the
document itself was NOT FOUND, see its statute note): 1. 本人及配偶均为农业户口或
界定为农村居民户口; 2. 1933年1月1日后出生, 1973年至2001年间没有违反计划生育法规、
规章或政策规定生育; 3. 现存一个子女或两个女孩或子女死亡现无子女; 4. 年满60周岁.
The age is reached by 31 December of the year (截至奖励扶助年度12月31日止, the
counting rule of seed 004 for this programme and of the special-assistance
conditions). 岳阳楼区's list (yueyanglou-list art. 7) restates the conditions
in other words — 1973以来, no 子女死亡现无子女 — and is cited as ``see_also``
where it applies; the national text governs (docs/eligibility.md).
"""

from __future__ import annotations

import datetime as _dt
import functools
from decimal import Decimal
from typing import NamedTuple

from familyplan._kept import Kept
from familyplan.explain import Citation
from familyplan.money import ZERO, quantize_fen

from ._amounts import LocalRates, rate_row
from ._applicant import NO_SPOUSE, Applicant, Child, Spouse
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
from ._conditions import ConditionSpec, Pending, Rate, cite
from ._facts import describe_children, living_range
from ._law import (
    RR_AGE,
    RR_BORN_FROM,
    RR_DAUGHTERS,
    RR_RULES_FROM,
    RR_RULES_UNTIL,
    date_value,
    int_value,
)
from ._time import MONTHS_A_YEAR, age_by_year_end

__all__ = ["CONDITIONS", "evaluate"]

_S = "rural-reward-2004"
_LIST = (ref("yueyanglou-list", article=7),)

REGISTRATION = ConditionSpec(
    "rural-reward.rural-registration",
    "the applicant has rural household registration (农业户口 or 界定为农村居民户口)",
    _S,
    article=1,
)
SPOUSE_REGISTRATION = ConditionSpec(
    "rural-reward.spouse-rural-registration",
    "the spouse, if there is one, has rural household registration too (本人及配偶均为…)",
    _S,
    article=1,
)
NO_VIOLATING_BIRTH = ConditionSpec(
    "rural-reward.no-birth-against-rules",
    "no birth against the family-planning rules in 1973–2001",
    _S,
    article=1,
)
ONE_CHILD = ConditionSpec(
    "rural-reward.one-living-child",
    "one living child (现存一个子女)",
    _S,
    article=1,
    group="children",
)
TWO_DAUGHTERS = ConditionSpec(
    "rural-reward.two-living-daughters",
    "two living children, both daughters (两个女孩)",
    _S,
    article=1,
    group="children",
)
CHILDREN_DEAD = ConditionSpec(
    "rural-reward.children-dead",
    "had children, none of whom is alive now (子女死亡现无子女)",
    _S,
    article=1,
    group="children",
)
BORN_FROM = ConditionSpec(
    "rural-reward.born-1933-or-later",
    "born on or after 1933-01-01",
    _S,
    article=1,
)
AGED = ConditionSpec(
    "rural-reward.aged-60",
    "aged 60 by 31 December of the year",
    _S,
    article=1,
)

CONDITIONS: tuple[ConditionSpec, ...] = (
    REGISTRATION,
    SPOUSE_REGISTRATION,
    NO_VIOLATING_BIRTH,
    ONE_CHILD,
    TWO_DAUGHTERS,
    CHILDREN_DEAD,
    BORN_FROM,
    AGED,
)


class _Plan(NamedTuple):
    """What a check reads that does not depend on the applicant: the citations,
    the figures, the rate and the amount's steps, for one year, day, division and
    local rates (kept: the registry and the rate tables are immutable)."""

    also: tuple[Citation, ...]
    cites: tuple[Citation, ...]  # of CONDITIONS, in order
    first: int
    last: int
    daughters: int
    born_from: _dt.date
    age: int
    rate: Rate
    amount: Decimal  # the rate's total, to the fen
    through: _dt.date | None
    calls: tuple[Call, ...]


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
    cites = tuple(cite(s, on) for s in CONDITIONS)
    first, last = int_value(RR_RULES_FROM, on), int_value(RR_RULES_UNTIL, on)
    daughters = int_value(RR_DAUGHTERS)  # 两个女孩
    born_from = date_value(RR_BORN_FROM, on)
    age = int_value(RR_AGE, on)

    trace = DeferredTrace()
    row = rate_row("rural-reward", year, jurisdiction=ctx.jurisdiction.code)
    # rural-reward-2011 art. 1: 提高到每人每月不低于80元 (and the earlier rows' figures)
    figure = row.amounts["all"]
    per_year = figure if row.per == "year" else figure * MONTHS_A_YEAR
    if row.per == "month":
        trace.add(
            f"national minimum {figure} yuan a person a month x {MONTHS_A_YEAR} = {per_year} "
            f"a year ({year})",
            per_year,
            row.citation(),
            zh=f"每人每月不低于{figure}元",
        )
    else:
        trace.add(
            f"national minimum {figure} yuan a person a year ({year})", per_year, row.citation()
        )
    for c in row.supporting_citations():
        trace.add("the figure or its dates are confirmed by", None, c)
    if row.note:
        trace.add(row.note)
    top_up: Decimal = ctx.rates.top_up if ctx.rates is not None else ZERO
    rate = Rate("year", per_year, top_up, "all", row.citation(), note=row.note)
    if top_up:
        trace.add(f"local top-up {top_up} yuan a person a year (caller)", top_up)
    through = checked_through(ctx, row.applies_until is None)
    if through is not None:
        trace.add(f"the standard has no end date: sources checked through {through.isoformat()}")
    amount = quantize_fen(rate.total)
    return _Plan(
        also, cites, first, last, daughters, born_from, age, rate, amount, through, trace.calls
    )


_RURAL: dict[str | None, bool | None] = {None: None, "rural": True, "urban": False}


def _children(
    kids: tuple[Child, ...], daughters: int
) -> tuple[bool | None, bool | None, bool | None, int | None]:
    """现存一个子女, 两个女孩, 子女死亡现无子女 — met or not (or unknown) — and the
    number of living children when it is known."""
    low, high = living_range(kids)
    # 现存一个子女: exactly one alive now
    one: bool | None = True if low == high == 1 else (False if not low <= 1 <= high else None)
    # 两个女孩: two alive now, both girls
    two: bool | None
    if not low <= daughters <= high or any(c.sex == "male" for c in kids if c.alive is True):
        two = False
    elif low == high == daughters and all(c.sex == "female" for c in kids if c.alive is not False):
        two = True
    else:
        two = None
    # 子女死亡现无子女: had children, none alive now
    dead: bool | None = False if not kids or low >= 1 else (True if high == 0 else None)
    return one, two, dead, (low if low == high else None)


_new = tuple.__new__  # a Pending without its Python-level __new__ (8 a check)


def evaluate(a: Applicant, ctx: Context) -> Evaluation:
    year = year_of(ctx)
    p = _plan(ctx, year)
    also, (c_reg, c_spouse, c_births, c_one, c_two, c_dead, c_born, c_aged) = p.also, p.cites

    residence = a.residence
    reg = (REGISTRATION, c_reg, f"residence={residence}", _RURAL[residence], None, also)

    spouse = a.spouse
    if isinstance(spouse, Spouse):
        sp = (
            SPOUSE_REGISTRATION,
            c_spouse,
            f"spouse.residence={spouse.residence}",
            _RURAL[spouse.residence],
            None,
            (),
        )
    elif spouse is NO_SPOUSE:
        sp = (SPOUSE_REGISTRATION, c_spouse, "no spouse", True, None, ())
    else:
        sp = (SPOUSE_REGISTRATION, c_spouse, "spouse not given", None, None, ())

    against = a.births_against_rules
    births: tuple[object, ...]
    if against is None:
        births = (NO_VIOLATING_BIRTH, c_births, "births_against_rules not given", None, None, also)
    else:
        inside = tuple(y for y in against if p.first <= y <= p.last)
        births = (
            NO_VIOLATING_BIRTH,
            c_births,
            f"births_against_rules={list(against)}",
            not inside,
            inside,
            also,
        )

    kids = a.children
    kids_fact = functools.partial(describe_children, kids)
    if kids is None:
        one = two = dead = living = None
    else:
        one, two, dead, living = _children(kids, p.daughters)

    born = a.born_on
    age = age_by_year_end(born, year)
    ctx.trace.replay(p.calls)
    born_fact = functools.partial(_born_fact, born)
    aged_fact = functools.partial(_aged_fact, born, age, year)
    return Evaluation(
        (
            _new(Pending, reg),
            _new(Pending, sp),
            _new(Pending, births),
            _new(Pending, (ONE_CHILD, c_one, kids_fact, one, living, also)),
            _new(Pending, (TWO_DAUGHTERS, c_two, kids_fact, two, None, also)),
            _new(Pending, (CHILDREN_DEAD, c_dead, kids_fact, dead, None, also)),
            _new(Pending, (BORN_FROM, c_born, born_fact, born >= p.born_from, born, ())),
            _new(Pending, (AGED, c_aged, aged_fact, age >= p.age, age, also)),
        ),
        p.rate,
        p.amount,
        "year",
        checked_through=p.through,
    )


def _born_fact(born: _dt.date) -> str:
    return f"born_on={born.isoformat()}"


def _aged_fact(born: _dt.date, age: int, year: int) -> str:
    return f"born_on={born.isoformat()}: aged {age} by {year}-12-31"
