"""中期以上终止妊娠 — approval to end a pregnancy of 14 weeks or more (Hunan).

Province-wide (湖南省人民政府令第194号): art. 11 item 4 allows it on 离婚、丧偶等;
art. 12 item 2 asks for 本人身份证和县级人民政府计划生育行政部门出具的证明. The
14-week line is the decree's (art. 23: 妊娠14周以上). 岳阳楼区's flowchart
(yueyanglou-list arts. 14–17, from 2016-11-01) sets out four paths: a pregnancy
that does not meet the legal conditions (the township verifies and certifies);
serious illness of the woman (two or more physicians of a county-level or
higher people's hospital, the hospital's diagnosis certificate); divorce or
widowhood (divorce certificate or spouse's death certificate, and the county's
certificate); a congenital defect of the fetus (a prenatal-diagnosis
certificate from a centre the provincial health department approved).

Outside 岳阳楼区 only the decree's ground is encoded: a request on another
ground is reported as undetermined, not refused.
"""

from __future__ import annotations

import datetime as _dt
from typing import NamedTuple

from familyplan._kept import Kept
from familyplan.explain import Citation

from ._applicant import Applicant, Document, Pregnancy
from ._base import Call, Context, DeferredTrace, Evaluation, applies, ref, see_also
from ._conditions import ConditionSpec, Pending, SharedFact, all_of, cite
from ._law import LT_PHYSICIANS, LT_WEEKS, int_value

__all__ = ["CONDITIONS", "evaluate"]

_D = "hunan-decree-194"
_LIST = "yueyanglou-list"
_LOCAL = "岳阳楼区 (430602), from 2016-11-01"

WEEKS = ConditionSpec(
    "late-term-termination.pregnancy-14-weeks",
    "a pregnancy of 14 weeks or more (中期以上)",
    _D,
    article=23,
)
DIVORCE = ConditionSpec(
    "late-term-termination.divorce-or-widowhood",
    "divorced or widowed (离婚、丧偶), with an identity card and the county family-planning "
    "department's certificate; in 岳阳楼区 also the divorce certificate or the spouse's death certificate",
    _D,
    article=12,
    item=2,
    group="ground",
)
ILLNESS = ConditionSpec(
    "late-term-termination.serious-illness",
    "a pregnancy meeting the legal conditions; the woman seriously ill, jointly diagnosed by two "
    "or more physicians of a county-level or higher people's hospital; the diagnosis certificate",
    _LIST,
    article=15,
    group="ground",
    where=_LOCAL,
)
DEFECT = ConditionSpec(
    "late-term-termination.fetal-defect",
    "a pregnancy meeting the legal conditions; a congenital defect of the fetus; a prenatal-"
    "diagnosis certificate from a centre approved by the provincial health department",
    _LIST,
    article=17,
    group="ground",
    where=_LOCAL,
)
NON_COMPLIANT = ConditionSpec(
    "late-term-termination.non-compliant-pregnancy",
    "a pregnancy not meeting the legal conditions, with identity information (the township "
    "verifies it and issues the certificate)",
    _LIST,
    article=14,
    group="ground",
    where=_LOCAL,
)
NOT_ENCODED = ConditionSpec(
    "late-term-termination.other-ground-not-encoded",
    "a ground other than divorce or widowhood: not encoded outside 岳阳楼区 (undetermined)",
    _D,
    article=11,
    item=4,
    group="ground",
    where="Hunan outside 岳阳楼区, or before 2016-11-01",
)

CONDITIONS: tuple[ConditionSpec, ...] = (
    WEEKS,
    DIVORCE,
    ILLNESS,
    DEFECT,
    NON_COMPLIANT,
    NOT_ENCODED,
)


def _has(p: Pregnancy, doc: Document) -> bool | None:
    return None if p.documents is None else doc in p.documents


def _is(p: Pregnancy, *grounds: str) -> bool | None:
    return None if p.ground is None else p.ground in grounds


def _describe(p: Pregnancy | None) -> str:
    if p is None:
        return "pregnancy not given"
    docs = "not given" if p.documents is None else sorted(p.documents)
    return (
        f"weeks={p.weeks}; ground={p.ground}; compliant={p.compliant}; documents={docs}; "
        f"physicians={p.diagnosing_physicians}; county-level hospital={p.hospital_county_level_or_above}"
    )


class _Plan(NamedTuple):
    """What a check reads that does not depend on the applicant, for one day and
    division (kept: the registry is immutable)."""

    local: bool  # 岳阳楼区's flowchart applies
    weeks: int
    c_weeks: Citation
    c_divorce: Citation
    also: tuple[Citation, ...]
    local_cites: tuple[Citation, ...]  # ILLNESS, DEFECT, NON_COMPLIANT where local
    physicians: int
    c_not_encoded: Citation | None  # where only the decree's ground is encoded
    other_calls: tuple[Call, ...]


_PLANS: Kept[tuple[_dt.date, str], _Plan] = Kept()


def _plan(ctx: Context) -> _Plan:
    key = (ctx.on, ctx.jurisdiction.code)
    plan = _PLANS.get(key)
    if plan is None:
        plan = _make_plan(ctx)
        _PLANS.keep(key, plan)
    return plan


def _make_plan(ctx: Context) -> _Plan:
    on = ctx.on
    local = applies(_LIST, ctx)
    weeks = int_value(LT_WEEKS)
    c_weeks, c_divorce = cite(WEEKS, on), cite(DIVORCE, on)
    also = see_also(ctx, ref(_D, article=11, item=4), ref(_LIST, article=16))
    local_cites: tuple[Citation, ...] = ()
    physicians = 0
    c_not_encoded = None
    trace = DeferredTrace()
    if local:
        physicians = int_value(LT_PHYSICIANS)
        local_cites = (cite(ILLNESS, on), cite(DEFECT, on), cite(NON_COMPLIANT, on))
    else:
        c_not_encoded = cite(NOT_ENCODED, on)
        trace.add(
            f"only the decree's ground (divorce, widowhood) is encoded for {ctx.jurisdiction.code} "
            f"on {on.isoformat()}; the other grounds are 岳阳楼区's flowchart (yueyanglou-list)"
        )
    return _Plan(
        local, weeks, c_weeks, c_divorce, also, local_cites, physicians, c_not_encoded, trace.calls
    )


_new = tuple.__new__  # a Pending without its Python-level __new__


def evaluate(a: Applicant, ctx: Context) -> Evaluation:
    plan = _plan(ctx)
    p = a.pregnancy
    fact = SharedFact(_describe, p)
    if p is None:
        return Evaluation(
            (
                _new(Pending, (WEEKS, plan.c_weeks, fact, None, None, ())),
                _new(Pending, (DIVORCE, plan.c_divorce, fact, None, None, ())),
            )
        )
    out = [_new(Pending, (WEEKS, plan.c_weeks, fact, p.weeks >= plan.weeks, p.weeks, ()))]

    # 194 art. 11 (四) 离婚、丧偶等要求终止妊娠的; art. 12 (二) 本人身份证和县级…证明
    parts = [
        _is(p, "divorce", "widowhood"),
        _has(p, "identity-card"),
        _has(p, "county-certificate"),
    ]
    local = plan.local
    if local:
        # flowchart: 需提供离婚证、配偶死亡证明及到县级计生部门开具《终止妊娠手术证明》
        if p.ground == "divorce":
            parts.append(_has(p, "divorce-certificate"))
        elif p.ground == "widowhood":
            parts.append(_has(p, "spouse-death-certificate"))
    out.append(_new(Pending, (DIVORCE, plan.c_divorce, fact, all_of(parts), None, plan.also)))

    if local:
        c_illness, c_defect, c_non_compliant = plan.local_cites
        physicians = (
            None if p.diagnosing_physicians is None else p.diagnosing_physicians >= plan.physicians
        )
        illness = all_of(
            [
                p.compliant,
                _is(p, "serious-illness"),
                physicians,
                p.hospital_county_level_or_above,
                _has(p, "diagnosis-certificate"),
            ]
        )
        out.append(_new(Pending, (ILLNESS, c_illness, fact, illness, None, ())))
        defect = all_of(
            [p.compliant, _is(p, "fetal-defect"), _has(p, "prenatal-diagnosis-certificate")]
        )
        out.append(_new(Pending, (DEFECT, c_defect, fact, defect, None, ())))
        non_compliant = all_of(
            [None if p.compliant is None else not p.compliant, _has(p, "identity-card")]
        )
        out.append(_new(Pending, (NON_COMPLIANT, c_non_compliant, fact, non_compliant, None, ())))
    elif p.ground is None or p.ground not in ("divorce", "widowhood"):
        out.append(_new(Pending, (NOT_ENCODED, plan.c_not_encoded, fact, None, None, ())))
        ctx.trace.replay(plan.other_calls)
    return Evaluation(tuple(out))
