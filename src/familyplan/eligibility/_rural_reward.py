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

from decimal import Decimal

from familyplan.explain import Citation
from familyplan.money import ZERO

from ._amounts import rate_row
from ._applicant import NO_SPOUSE, Applicant, Spouse
from ._base import Context, Evaluation, checked_through, ref, see_also, year_of
from ._conditions import Condition, ConditionSpec, Rate, combine
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


def _children(a: Applicant, ctx: Context, also: tuple[Citation, ...]) -> list[Condition]:
    fact = describe_children(a.children)
    if a.children is None:
        return [
            s.result(on=ctx.on, fact=fact, met=None, see_also=also)
            for s in (ONE_CHILD, TWO_DAUGHTERS, CHILDREN_DEAD)
        ]
    kids = a.children
    low, high = living_range(kids)
    # 现存一个子女: exactly one alive now
    one: bool | None = True if low == high == 1 else (False if not low <= 1 <= high else None)
    # 两个女孩: two alive now, both girls
    sure_alive = [c for c in kids if c.alive is True]
    maybe_alive = [c for c in kids if c.alive is not False]
    two: bool | None
    daughters = int_value(RR_DAUGHTERS)  # 两个女孩
    if not low <= daughters <= high or any(c.sex == "male" for c in sure_alive):
        two = False
    elif low == high == daughters and all(c.sex == "female" for c in maybe_alive):
        two = True
    else:
        two = None
    # 子女死亡现无子女: had children, none alive now
    dead: bool | None = False if not kids or low >= 1 else (True if high == 0 else None)
    return [
        ONE_CHILD.result(
            on=ctx.on, fact=fact, met=one, value=low if low == high else None, see_also=also
        ),
        TWO_DAUGHTERS.result(on=ctx.on, fact=fact, met=two, see_also=also),
        CHILDREN_DEAD.result(on=ctx.on, fact=fact, met=dead, see_also=also),
    ]


def evaluate(a: Applicant, ctx: Context) -> Evaluation:
    year, on = year_of(ctx), ctx.on
    also = see_also(ctx, *_LIST)
    out: list[Condition] = []

    reg = {None: None, "rural": True, "urban": False}[a.residence]
    out.append(REGISTRATION.result(on=on, fact=f"residence={a.residence}", met=reg, see_also=also))

    sp_met: bool | None
    if isinstance(a.spouse, Spouse):
        sp_fact = f"spouse.residence={a.spouse.residence}"
        sp_met = {None: None, "rural": True, "urban": False}[a.spouse.residence]
    elif a.spouse is NO_SPOUSE:
        sp_fact, sp_met = "no spouse", True
    else:
        sp_fact, sp_met = "spouse not given", None
    out.append(SPOUSE_REGISTRATION.result(on=on, fact=sp_fact, met=sp_met))

    first, last = int_value(RR_RULES_FROM, on), int_value(RR_RULES_UNTIL, on)
    if a.births_against_rules is None:
        out.append(
            NO_VIOLATING_BIRTH.result(
                on=on, fact="births_against_rules not given", met=None, see_also=also
            )
        )
    else:
        inside = [y for y in a.births_against_rules if first <= y <= last]
        out.append(
            NO_VIOLATING_BIRTH.result(
                on=on,
                fact=f"births_against_rules={list(a.births_against_rules)}",
                met=not inside,
                value=tuple(inside),
                see_also=also,
            )
        )

    out.extend(_children(a, ctx, also))

    born_from = date_value(RR_BORN_FROM, on)
    out.append(
        BORN_FROM.result(
            on=on,
            fact=f"born_on={a.born_on.isoformat()}",
            met=a.born_on >= born_from,
            value=a.born_on,
        )
    )
    age = age_by_year_end(a.born_on, year)
    out.append(
        AGED.result(
            on=on,
            fact=f"born_on={a.born_on.isoformat()}: aged {age} by {year}-12-31",
            met=age >= int_value(RR_AGE, on),
            value=age,
            see_also=also,
        )
    )

    eligible = combine((c.group, c.met) for c in out)
    row = rate_row("rural-reward", year, jurisdiction=ctx.jurisdiction.code)
    # rural-reward-2011 art. 1: 提高到每人每月不低于80元 (and the earlier rows' figures)
    figure = row.amounts["all"]
    per_year = figure if row.per == "year" else figure * MONTHS_A_YEAR
    if row.per == "month":
        ctx.trace.add(
            f"national minimum {figure} yuan a person a month x {MONTHS_A_YEAR} = {per_year} "
            f"a year ({year})",
            per_year,
            row.citation(),
            zh=f"每人每月不低于{figure}元",
        )
    else:
        ctx.trace.add(
            f"national minimum {figure} yuan a person a year ({year})", per_year, row.citation()
        )
    for c in row.supporting_citations():
        ctx.trace.add("the figure or its dates are confirmed by", None, c)
    if row.note:
        ctx.trace.add(row.note)
    top_up: Decimal = ctx.rates.top_up if ctx.rates is not None else ZERO
    rate = Rate("year", per_year, top_up, "all", row.citation(), note=row.note)
    if top_up:
        ctx.trace.add(f"local top-up {top_up} yuan a person a year (caller)", top_up)
    amount = rate.total if eligible is True else None
    through = checked_through(ctx, row.applies_until is None)
    if through is not None:
        ctx.trace.add(
            f"the standard has no end date: sources checked through {through.isoformat()}"
        )
    return Evaluation(tuple(out), rate, amount, "year", checked_through=through)
