"""城镇独生子女父母奖励 — Hunan's urban only-child parents' reward (checked on a date).

湘政发〔2014〕27号 (hunan-urban-reward-2014; its own text NOT FOUND: the
conditions and funding are seed 004's reproduction, the amount a Xinhua
report). Art. 1: 1.…城镇居民且未在外省市区享受同类奖励的人员；2.持有《独生子女证》
或《独生子女父母光荣证》等有效证明的独生子女父母，或持有《无子女证明》的终身未生育
也未收养子女的人员；3.符合国家法定退休条件并办理正式退休手续的职工，或男性年满60
周岁、女性年满55周岁的其他城镇居民。 Art. 2: 从2014年1月1日起…每人每月发放奖励金
80元,直至亡故。 Art. 3: who funds it, by the kind of work unit.

The rules were issued in August 2014 but pay from 2014-01-01, so a check
dated before 2014-08-01 cites the text in force from that day.
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal

from familyplan import statutes
from familyplan.money import ZERO, yuan

from ._amounts import rate_row_on
from ._applicant import Applicant
from ._base import Context, Evaluation, checked_through, day_of, in_division, ref, see_also
from ._conditions import ConditionSpec, Pending, Rate, combine_pending, pending
from ._law import UR_MAN_AGE, UR_SOE_CONTRIBUTION, UR_WOMAN_AGE, decimal_value, int_value
from ._time import age_on

__all__ = ["CONDITIONS", "cite_day", "evaluate", "funding"]

_S = "hunan-urban-reward-2014"
_LIST = (ref("yueyanglou-list", article=9),)

URBAN = ConditionSpec(
    "urban-parents-reward.urban-resident",
    "an urban resident registered in the division (城镇居民)",
    _S,
    article=1,
)
NO_SIMILAR = ConditionSpec(
    "urban-parents-reward.no-similar-reward-elsewhere",
    "no similar reward received in another province (未在外省市区享受同类奖励)",
    _S,
    article=1,
)
CERTIFICATE = ConditionSpec(
    "urban-parents-reward.only-child-certificate",
    "an only-child parent with 《独生子女证》 or 《独生子女父母光荣证》",
    _S,
    article=1,
    group="certificate",
)
CHILDLESS = ConditionSpec(
    "urban-parents-reward.childless-certified",
    "never bore nor adopted a child, with a 《无子女证明》",
    _S,
    article=1,
    group="certificate",
)
RETIRED = ConditionSpec(
    "urban-parents-reward.retired",
    "an employee who has formally retired (办理正式退休手续的职工)",
    _S,
    article=1,
    group="age",
)
AGED = ConditionSpec(
    "urban-parents-reward.aged-60-or-55",
    "another urban resident (no work unit): a man aged 60 or a woman aged 55",
    _S,
    article=1,
    group="age",
)

CONDITIONS: tuple[ConditionSpec, ...] = (URBAN, NO_SIMILAR, CERTIFICATE, CHILDLESS, RETIRED, AGED)


def cite_day(day: _dt.date) -> _dt.date:
    """The day to cite the 2014 rules for a check on ``day`` (they apply from 2014-01-01)."""
    start = statutes.get(_S).versions[0].effective_from
    return max(day, start)


def funding(a: Applicant) -> tuple[str | None, Decimal | None]:
    """Who funds the reward, and the employer's one-off sum (art. 3)."""
    unit = a.work_unit
    if unit is None:
        return None, None
    if unit == "state-organ":
        return (
            "the work unit, from the administrative budget the finance department allocates "
            "(国家机关…由所在单位筹资，从财政部门核拨的行政运行经费中列支)",
            None,
        )
    if unit == "public-institution":
        return "the work unit, from its own funds (事业单位…由所在单位筹资，从单位经费中列支)", None
    if unit == "state-owned-enterprise":
        return (
            "the enterprise pays 5000 yuan a person once to the local finance department; the "
            "rest is funded by the finance department (国有企业、国有控股企业…按每人5000元标准一次性筹资)",
            yuan(decimal_value(UR_SOE_CONTRIBUTION)),
        )
    return "the government (其他城镇独生子女父母奖励金由政府筹资)", None


def evaluate(a: Applicant, ctx: Context) -> Evaluation:
    day = day_of(ctx)
    on = cite_day(ctx.on)
    also = see_also(ctx, *_LIST)
    out: list[Pending] = []
    here = ctx.jurisdiction

    if a.residence == "rural":
        urban: bool | None = False
    elif a.residence is None or a.registered_in is None:
        urban = None
    else:
        urban = in_division(a.registered_in, here)
    out.append(
        pending(
            URBAN,
            on=on,
            fact=f"residence={a.residence}; registered_in={a.registered_in}; division {here.code} {here.name}",
            met=urban,
            see_also=also,
        )
    )
    similar = a.similar_reward_elsewhere
    out.append(
        pending(
            NO_SIMILAR,
            on=on,
            fact=f"similar_reward_elsewhere={similar}",
            met=None if similar is None else not similar,
            see_also=also,
        )
    )
    out.append(
        pending(
            CERTIFICATE,
            on=on,
            fact=f"only_child_certificate={a.only_child_certificate}",
            met=a.only_child_certificate,
            see_also=also,
        )
    )
    out.append(
        pending(
            CHILDLESS,
            on=on,
            fact=f"childless_certified={a.childless_certified}",
            met=a.childless_certified,
            see_also=also,
        )
    )
    out.append(pending(RETIRED, on=on, fact=f"retired={a.retired}", met=a.retired, see_also=also))

    threshold = int_value(UR_MAN_AGE if a.sex == "male" else UR_WOMAN_AGE, on)
    age = age_on(a.born_on, day)
    old_enough = age >= threshold
    other_resident: bool | None = None if a.work_unit is None else a.work_unit == "none"
    aged: bool | None = False if not old_enough or other_resident is False else other_resident
    out.append(
        pending(
            AGED,
            on=on,
            fact=f"{a.sex}, aged {age} on {day.isoformat()} (needs {threshold}); work_unit={a.work_unit}",
            met=aged,
            value=age,
            see_also=also,
        )
    )

    eligible = combine_pending(out)
    who, once = funding(a)
    funding_cite = statutes.citation(_S, 3, on=on)
    if who is not None:
        ctx.trace.add(f"funding: {who}", once, funding_cite)
    row = rate_row_on("urban-parents-reward", on=day, jurisdiction=ctx.jurisdiction.code)
    # hunan-urban-reward-2014 art. 2: 从2014年1月1日起…每人每月发放奖励金80元
    figure = row.amounts["all"]
    top_up: Decimal = ctx.rates.top_up if ctx.rates is not None else ZERO
    rate = Rate("month", figure, top_up, "all", row.citation(), note=row.note)
    ctx.trace.add(f"reward {figure} yuan a person a month from 2014-01-01", figure, row.citation())
    if row.note:
        ctx.trace.add(row.note)
    if top_up:
        ctx.trace.add(f"local top-up {top_up} yuan a person a month (caller)", top_up)
    amount = rate.total if eligible is True else None
    through = checked_through(ctx, row.applies_until is None)
    if through is not None:
        ctx.trace.add(
            f"the standard has no end date: sources checked through {through.isoformat()}"
        )
    return Evaluation(
        tuple(out),
        rate,
        amount,
        "month",
        payer=who,
        one_off_contribution=once,
        checked_through=through,
    )
