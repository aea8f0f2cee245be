"""再生育审批 — approval of an additional birth (Hunan, 2016 text; checked on a date).

《湖南省人口与计划生育条例》(2016) art. 15 (text of the 2016 amending decision): 符合
下列条件之一的夫妻，可以再生育一个子女：
（一）经设区的市、自治州或者省计划生育行政部门确定的病残儿医学鉴定组织鉴定，两个子女
中一个有残疾或者第一胎系多胞胎均有残疾，不能成长为正常劳动力，医学上认为可以再生育的；
（二）再婚（不含复婚，下同）夫妻再婚前生育的子女数量合计为两个的；（三）再婚夫妻再婚前
一方无子女，另一方有一个子女，再婚后生育一个子女的。 One case is enough.

Children: ``Applicant.children`` are all the applicant's children (those of an
earlier marriage and the couple's shared ones); ``Spouse.children`` are the
spouse's children of earlier relationships only. "Before the remarriage"
means born before ``married_on``.
"""

from __future__ import annotations

import datetime as _dt
import functools
from typing import NamedTuple

from familyplan import statutes
from familyplan._kept import Kept
from familyplan.explain import Citation

from ._applicant import NO_SPOUSE, Applicant, Child, Spouse
from ._base import Context, Evaluation
from ._conditions import ConditionSpec, Pending, SharedFact, all_of, cite, combine_pending
from ._facts import describe_children
from ._law import AB_CHILDREN_AFTER, AB_CHILDREN_BEFORE, AB_ONE_SIDE, AB_TWO_CHILDREN, int_value

__all__ = ["CONDITIONS", "evaluate"]

_S = "hunan-pfp-regulation"

DISABLED_CHILD = ConditionSpec(
    "additional-birth.disabled-child",
    "case 1: an appraisal found one of two children (or every child of a first multiple "
    "birth) disabled, unable to become a normal labourer, another birth medically possible",
    _S,
    article=15,
    item=1,
    group="case",
)
REMARRIED_TWO = ConditionSpec(
    "additional-birth.remarried-two-children",
    "case 2: remarried (not to each other again), with two children in all born before the remarriage",
    _S,
    article=15,
    item=2,
    group="case",
)
REMARRIED_ONE = ConditionSpec(
    "additional-birth.remarried-one-and-none",
    "case 3: remarried; before it one spouse had no child and the other one; one child born since",
    _S,
    article=15,
    item=3,
    group="case",
)

CONDITIONS: tuple[ConditionSpec, ...] = (DISABLED_CHILD, REMARRIED_TWO, REMARRIED_ONE)


class _Plan(NamedTuple):
    """What a check reads that does not depend on the applicant, for one day
    (kept: the registry is immutable)."""

    cites: tuple[Citation, ...]  # of CONDITIONS, in order
    c_any: Citation  # art. 15 itself
    two_children: int
    before: int
    after: int
    one_side: int


_PLANS: Kept[_dt.date, _Plan] = Kept()


def _plan(on: _dt.date) -> _Plan:
    plan = _PLANS.get(on)
    if plan is None:
        plan = _Plan(
            tuple(cite(s, on) for s in CONDITIONS),
            statutes.citation(_S, 15, on=on),
            int_value(AB_TWO_CHILDREN),
            int_value(AB_CHILDREN_BEFORE),
            int_value(AB_CHILDREN_AFTER),
            int_value(AB_ONE_SIDE),
        )
        _PLANS.keep(on, plan)
    return plan


def _case1_fact(appraisal: bool | None, kids: tuple[Child, ...] | None) -> str:
    return f"disabled_child_appraisal={appraisal}; {describe_children(kids)}"


def _case1(a: Applicant, two_children: int) -> bool | None:
    kids = a.children
    if kids is None:
        shape: bool | None = None
    else:
        first = min((c.born_on for c in kids), default=None)
        # （一）两个子女中一个有残疾或者第一胎系多胞胎均有残疾: two children, or multiples
        multiples = len(kids) > 1 and all(c.born_on == first for c in kids)
        shape = len(kids) == two_children or multiples
    return all_of([a.disabled_child_appraisal, shape])


def _remarriage_fact(
    marriage: str | None,
    married_on: _dt.date | None,
    mine: int | None,
    theirs: int | None,
    since: int | None,
) -> str:
    facts = [f"marriage={marriage}", f"married_on={married_on}"]
    facts.append(f"applicant's children before={mine}, spouse's before={theirs}, since={since}")
    return "; ".join(facts)


def _remarriage(a: Applicant) -> tuple[bool | None, int | None, int | None, int | None]:
    """(is a remarriage, applicant's children before, spouse's before, children since)."""
    remarried: bool | None = None if a.marriage is None else a.marriage == "remarriage"
    if a.spouse is NO_SPOUSE:
        remarried = False
    mine_before = since = theirs_before = None
    married_on = a.married_on
    if married_on is not None and a.children is not None:
        mine_before = sum(1 for c in a.children if c.born_on < married_on)
        since = sum(1 for c in a.children if c.born_on >= married_on)
    if isinstance(a.spouse, Spouse) and married_on is not None and a.spouse.children is not None:
        theirs_before = sum(1 for c in a.spouse.children if c.born_on < married_on)
    return remarried, mine_before, theirs_before, since


_new = tuple.__new__  # a Pending without its Python-level __new__


def evaluate(a: Applicant, ctx: Context) -> Evaluation:
    p = _plan(ctx.on)
    c1, c2, c3 = p.cites
    met1 = _case1(a, p.two_children)
    remarried, mine, theirs, since = _remarriage(a)
    fact = SharedFact(_remarriage_fact, a.marriage, a.married_on, mine, theirs, since)
    total = None if mine is None or theirs is None else mine + theirs
    met2 = all_of([remarried, None if total is None else total == p.before])
    if mine is None or theirs is None or since is None:
        shape: bool | None = None
    else:
        # 再婚前一方无子女，另一方有一个子女 — one side none, the other one
        shape = sorted((mine, theirs)) == [0, p.one_side] and since == p.after
    met3 = all_of([remarried, shape])
    out = (
        _new(
            Pending,
            (
                DISABLED_CHILD,
                c1,
                functools.partial(_case1_fact, a.disabled_child_appraisal, a.children),
                met1,
                None,
                (),
            ),
        ),
        _new(Pending, (REMARRIED_TWO, c2, fact, met2, total, ())),
        _new(Pending, (REMARRIED_ONE, c3, fact, met3, None, ())),
    )
    eligible = combine_pending(out)
    ctx.trace.add(
        "approval: any one of the three cases of art. 15 is enough",
        eligible,
        p.c_any,
        zh="符合下列情形之一",
    )
    return Evaluation(out)
