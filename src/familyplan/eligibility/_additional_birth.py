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

from familyplan import statutes

from ._applicant import NO_SPOUSE, Applicant, Spouse
from ._base import Context, Evaluation
from ._conditions import ConditionSpec, Pending, all_of, combine_pending, pending
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


def _case1(a: Applicant) -> tuple[bool | None, str]:
    kids = a.children
    fact = f"disabled_child_appraisal={a.disabled_child_appraisal}; {describe_children(kids)}"
    if kids is None:
        shape: bool | None = None
    else:
        first = min((c.born_on for c in kids), default=None)
        # （一）两个子女中一个有残疾或者第一胎系多胞胎均有残疾: two children, or multiples
        multiples = len(kids) > 1 and all(c.born_on == first for c in kids)
        shape = len(kids) == int_value(AB_TWO_CHILDREN) or multiples
    return all_of([a.disabled_child_appraisal, shape]), fact


def _remarriage(a: Applicant) -> tuple[bool | None, int | None, int | None, int | None, str]:
    """(is a remarriage, applicant's children before, spouse's before, children since, fact)."""
    facts = [f"marriage={a.marriage}", f"married_on={a.married_on}"]
    remarried: bool | None = None if a.marriage is None else a.marriage == "remarriage"
    if a.spouse is NO_SPOUSE:
        remarried = False
    mine_before = since = theirs_before = None
    if a.married_on is not None and a.children is not None:
        mine_before = sum(1 for c in a.children if c.born_on < a.married_on)
        since = sum(1 for c in a.children if c.born_on >= a.married_on)
    if isinstance(a.spouse, Spouse) and a.married_on is not None and a.spouse.children is not None:
        theirs_before = sum(1 for c in a.spouse.children if c.born_on < a.married_on)
    facts.append(
        f"applicant's children before={mine_before}, spouse's before={theirs_before}, since={since}"
    )
    return remarried, mine_before, theirs_before, since, "; ".join(facts)


def evaluate(a: Applicant, ctx: Context) -> Evaluation:
    on = ctx.on
    out: list[Pending] = []
    met1, fact1 = _case1(a)
    out.append(pending(DISABLED_CHILD, on=on, fact=fact1, met=met1))

    remarried, mine, theirs, since, fact = _remarriage(a)
    two = int_value(AB_CHILDREN_BEFORE)
    total = None if mine is None or theirs is None else mine + theirs
    met2 = all_of([remarried, None if total is None else total == two])
    out.append(pending(REMARRIED_TWO, on=on, fact=fact, met=met2, value=total))

    after = int_value(AB_CHILDREN_AFTER)
    if mine is None or theirs is None or since is None:
        shape: bool | None = None
    else:
        # 再婚前一方无子女，另一方有一个子女 — one side none, the other one
        one = int_value(AB_ONE_SIDE)
        shape = sorted((mine, theirs)) == [0, one] and since == after
    met3 = all_of([remarried, shape])
    out.append(pending(REMARRIED_ONE, on=on, fact=fact, met=met3))

    eligible = combine_pending(out)
    ctx.trace.add(
        "approval: any one of the three cases of art. 15 is enough",
        eligible,
        statutes.citation(_S, 15, on=on),
        zh="符合下列情形之一",
    )
    return Evaluation(tuple(out))
