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
import functools
from decimal import Decimal
from typing import NamedTuple

from familyplan import statutes
from familyplan._kept import Kept
from familyplan.explain import Citation
from familyplan.money import ZERO, yuan
from familyplan.statutes import Jurisdiction

from ._amounts import LocalRates, rate_row_on
from ._applicant import Applicant
from ._base import (
    Call,
    Context,
    DeferredTrace,
    Evaluation,
    checked_through,
    day_of,
    in_division,
    ref,
    see_also,
)
from ._conditions import ConditionSpec, Pending, Rate, cite
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
    return _funding(a.work_unit)


def _funding(unit: str | None) -> tuple[str | None, Decimal | None]:
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


class _Plan(NamedTuple):
    """What a check reads that does not depend on the applicant, for one day,
    division and local rates (kept: the registry and the rate table are immutable)."""

    on: _dt.date  # the day the 2014 rules are cited on
    also: tuple[Citation, ...]
    cites: tuple[Citation, ...]  # of CONDITIONS, in order
    man_age: int
    woman_age: int
    funding: dict[str | None, tuple[str | None, Decimal | None, tuple[Call, ...]]]
    rate: Rate
    calls: tuple[Call, ...]  # the reward, its note, the top-up, the checked-through day
    through: _dt.date | None


_PLANS: Kept[tuple[_dt.date, str, LocalRates | None], _Plan] = Kept()


def _plan(ctx: Context) -> _Plan:
    key = (ctx.on, ctx.jurisdiction.code, ctx.rates)
    plan = _PLANS.get(key)
    if plan is None:
        plan = _make_plan(ctx)
        _PLANS.keep(key, plan)
    return plan


_UNITS: tuple[str | None, ...] = (
    None,
    "none",
    "state-organ",
    "public-institution",
    "state-owned-enterprise",
    "other",
)


def _make_plan(ctx: Context) -> _Plan:
    day = day_of(ctx)
    on = cite_day(ctx.on)
    also = see_also(ctx, *_LIST)
    cites = tuple(cite(s, on) for s in CONDITIONS)
    man_age, woman_age = int_value(UR_MAN_AGE, on), int_value(UR_WOMAN_AGE, on)
    funding_cite = statutes.citation(_S, 3, on=on)
    by_unit = {}
    for unit in _UNITS:
        who, once = _funding(unit)
        trace = DeferredTrace()
        if who is not None:
            trace.add(f"funding: {who}", once, funding_cite)
        by_unit[unit] = (who, once, trace.calls)

    trace = DeferredTrace()
    row = rate_row_on("urban-parents-reward", on=day, jurisdiction=ctx.jurisdiction.code)
    # hunan-urban-reward-2014 art. 2: 从2014年1月1日起…每人每月发放奖励金80元
    figure = row.amounts["all"]
    top_up: Decimal = ctx.rates.top_up if ctx.rates is not None else ZERO
    rate = Rate("month", figure, top_up, "all", row.citation(), note=row.note)
    trace.add(f"reward {figure} yuan a person a month from 2014-01-01", figure, row.citation())
    if row.note:
        trace.add(row.note)
    if top_up:
        trace.add(f"local top-up {top_up} yuan a person a month (caller)", top_up)
    through = checked_through(ctx, row.applies_until is None)
    if through is not None:
        trace.add(f"the standard has no end date: sources checked through {through.isoformat()}")
    return _Plan(on, also, cites, man_age, woman_age, by_unit, rate, trace.calls, through)


def _urban_fact(residence: str | None, registered_in: str | None, here: Jurisdiction) -> str:
    return f"residence={residence}; registered_in={registered_in}; division {here.code} {here.name}"


def _similar_fact(similar: bool | None) -> str:
    return f"similar_reward_elsewhere={similar}"


def _certificate_fact(given: bool | None) -> str:
    return f"only_child_certificate={given}"


def _childless_fact(given: bool | None) -> str:
    return f"childless_certified={given}"


def _retired_fact(retired: bool | None) -> str:
    return f"retired={retired}"


def _aged_fact(sex: str, age: int, day: _dt.date, threshold: int, unit: str | None) -> str:
    return f"{sex}, aged {age} on {day.isoformat()} (needs {threshold}); work_unit={unit}"


_new = tuple.__new__  # a Pending without its Python-level __new__
_partial = functools.partial


def evaluate(a: Applicant, ctx: Context) -> Evaluation:
    day = day_of(ctx)
    p = _plan(ctx)
    also = p.also
    c_urban, c_similar, c_cert, c_childless, c_retired, c_aged = p.cites
    here = ctx.jurisdiction

    residence, registered = a.residence, a.registered_in
    if residence == "rural":
        urban: bool | None = False
    elif residence is None or registered is None:
        urban = None
    else:
        urban = in_division(registered, here)
    similar = a.similar_reward_elsewhere
    certificate, childless, retired = a.only_child_certificate, a.childless_certified, a.retired

    threshold = p.man_age if a.sex == "male" else p.woman_age
    born = a.born_on
    age = age_on(born, day)
    unit = a.work_unit
    other_resident: bool | None = None if unit is None else unit == "none"
    aged: bool | None = False if age < threshold or other_resident is False else other_resident
    out = (
        _new(
            Pending,
            (URBAN, c_urban, _partial(_urban_fact, residence, registered, here), urban, None, also),
        ),
        _new(
            Pending,
            (
                NO_SIMILAR,
                c_similar,
                _partial(_similar_fact, similar),
                None if similar is None else not similar,
                None,
                also,
            ),
        ),
        _new(
            Pending,
            (
                CERTIFICATE,
                c_cert,
                _partial(_certificate_fact, certificate),
                certificate,
                None,
                also,
            ),
        ),
        _new(
            Pending,
            (CHILDLESS, c_childless, _partial(_childless_fact, childless), childless, None, also),
        ),
        _new(Pending, (RETIRED, c_retired, _partial(_retired_fact, retired), retired, None, also)),
        _new(
            Pending,
            (AGED, c_aged, _partial(_aged_fact, a.sex, age, day, threshold, unit), aged, age, also),
        ),
    )

    who, once, funding_calls = p.funding[unit]
    trace = ctx.trace
    trace.replay(funding_calls)
    trace.replay(p.calls)
    rate = p.rate
    return Evaluation(
        out,
        rate,
        rate.total,  # reported only when every condition holds (check() decides)
        "month",
        payer=who,
        one_off_contribution=once,
        checked_through=p.through,
    )
