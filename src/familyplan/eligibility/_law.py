"""The registry figures the eligibility rules use, by id.

Every number and date of a condition is a registry figure
(:func:`familyplan.statutes.figure`): its value is checked against the words
of the quote that states it when the registry loads. The programme modules
name the figure ids here and read the values through :func:`value`.
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal

from familyplan import statutes
from familyplan._kept import Kept

__all__ = [
    "CONDITION_FIGURES",
    "FIGURE_IDS",
    "date_value",
    "decimal_value",
    "int_value",
    "range_value",
    "value",
]

# rural-reward-2004 art. 1: 2.1933年1月1日后出生,1973年至2001年间没有违反…; 4.年满60周岁
RR_BORN_FROM = "rural-reward.born-from"
RR_RULES_FROM = "rural-reward.rules-window.first-year"
RR_RULES_UNTIL = "rural-reward.rules-window.last-year"
RR_AGE = "rural-reward.age"
RR_DAUGHTERS = "rural-reward.living-daughters"  # 3.现存一个子女或两个女孩
# special-assistance-2007 art. 1: 1.1933年1月1日以后出生；2.女方年满49周岁…（伤病残达到三级以上）
SA_BORN_FROM = "special-assistance.born-from"
SA_WOMAN_AGE = "special-assistance.woman-age"
SA_WORST_GRADE = "special-assistance.worst-grade"
# hunan-pfp-regulation (2016) art. 22: 从领证之月起到子女十四周岁止，每月发给五至二十元
HA_CHILD_AGE = "health-allowance.hunan.child-age"
HA_RATE = "health-allowance.hunan.rate-per-month"
# yueyanglou-list art. 4: 持有2015年12月31日前颁发的《独生子女父母光荣证》
HA_CERTIFICATE_BY = "health-allowance.yueyanglou.certificate-by"
# hunan-urban-reward-2014 art. 1 item 3; art. 2; art. 3 item 3
UR_MAN_AGE = "urban-parents-reward.man-age"
UR_WOMAN_AGE = "urban-parents-reward.woman-age"
UR_PAID_FROM = "urban-parents-reward.paid-from"
UR_SOE_CONTRIBUTION = "urban-parents-reward.soe-contribution"
# hunan-pfp-regulation (2016) art. 15 items 2-3
AB_TWO_CHILDREN = "additional-birth.hunan.children-one-disabled"  # （一）两个子女中一个有残疾
AB_CHILDREN_BEFORE = "additional-birth.hunan.children-before-remarriage"
AB_ONE_SIDE = "additional-birth.hunan.one-side-children"
AB_CHILDREN_AFTER = "additional-birth.hunan.children-after-remarriage"
# hunan-decree-194 art. 23: 妊娠14周以上; yueyanglou-list art. 15: 两名以上医师共同诊断
LT_WEEKS = "late-term-termination.hunan.weeks"
LT_PHYSICIANS = "late-term-termination.yueyanglou.physicians"
# childcare-subsidy-plan-2025 二(一), 二(二); childcare-subsidy-nhc-2025 art. 2
CC_START = "childcare-subsidy.start"
CC_AGE = "childcare-subsidy.age"
CC_CLAIM_YEARS = "childcare-subsidy.claim-years"

FIGURE_IDS: tuple[str, ...] = (
    RR_BORN_FROM,
    RR_RULES_FROM,
    RR_RULES_UNTIL,
    RR_AGE,
    RR_DAUGHTERS,
    SA_BORN_FROM,
    SA_WOMAN_AGE,
    SA_WORST_GRADE,
    HA_CHILD_AGE,
    HA_RATE,
    HA_CERTIFICATE_BY,
    UR_MAN_AGE,
    UR_WOMAN_AGE,
    UR_PAID_FROM,
    UR_SOE_CONTRIBUTION,
    AB_TWO_CHILDREN,
    AB_CHILDREN_BEFORE,
    AB_ONE_SIDE,
    AB_CHILDREN_AFTER,
    LT_WEEKS,
    LT_PHYSICIANS,
    CC_START,
    CC_AGE,
    CC_CLAIM_YEARS,
)
"""Every condition figure the eligibility rules read (amounts: ``_amounts.RATE_TABLES``)."""


CONDITION_FIGURES: dict[str, tuple[str, ...]] = {
    "rural-reward": (RR_BORN_FROM, RR_RULES_FROM, RR_RULES_UNTIL, RR_AGE, RR_DAUGHTERS),
    "special-assistance": (SA_BORN_FROM, SA_WOMAN_AGE, SA_WORST_GRADE),
    "only-child-health-allowance": (HA_CHILD_AGE, HA_RATE, HA_CERTIFICATE_BY),
    "urban-parents-reward": (UR_MAN_AGE, UR_WOMAN_AGE, UR_PAID_FROM, UR_SOE_CONTRIBUTION),
    "additional-birth": (AB_TWO_CHILDREN, AB_CHILDREN_BEFORE, AB_ONE_SIDE, AB_CHILDREN_AFTER),
    "late-term-termination": (LT_WEEKS, LT_PHYSICIANS),
    "childcare-subsidy": (CC_START, CC_AGE, CC_CLAIM_YEARS),
}
"""Per programme, the condition figures it reads (its amounts: the rate rows)."""


def value(figure_id: str, on: _dt.date | None = None) -> statutes.Figure:
    """The figure in force on ``on``; without a day, the figure's only value
    (a condition figure stated once, by one version)."""
    if on is not None:
        return statutes.figure(figure_id, on=on)
    history = statutes.figure_history(figure_id)
    if len(history) != 1:  # pragma: no cover - a data change: pass the day
        raise LookupError(f"figure {figure_id} has {len(history)} values: pass on=")
    return history[0]


_INTS: Kept[tuple[str, _dt.date | None], int] = Kept()
_DATES: Kept[tuple[str, _dt.date | None], _dt.date] = Kept()


def int_value(figure_id: str, on: _dt.date | None = None) -> int:
    key = (figure_id, on)
    known = _INTS.get(key)
    if known is None:
        known = value(figure_id, on).as_int()
        _INTS.keep(key, known)  # the registry is immutable; errors are raised afresh
    return known


def date_value(figure_id: str, on: _dt.date | None = None) -> _dt.date:
    key = (figure_id, on)
    known = _DATES.get(key)
    if known is None:
        known = value(figure_id, on).as_date()
        _DATES.keep(key, known)
    return known


def decimal_value(figure_id: str, on: _dt.date | None = None) -> Decimal:
    return value(figure_id, on).as_decimal()


def range_value(figure_id: str, on: _dt.date | None = None) -> tuple[Decimal, Decimal]:
    return value(figure_id, on).as_range()
