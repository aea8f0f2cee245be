"""Every statutory figure the eligibility rules use, beside the words that state it.

No threshold is a bare literal in the programme modules: they read these
:class:`Figure` values. ``tests/eligibility/test_law_data.py`` checks that each
figure's ``text`` appears in the quote of the provision it names, on the date
``on`` (a day on which that text is in force).
"""

from __future__ import annotations

import datetime as _dt

import attrs

__all__ = ["FIGURES", "Figure"]


@attrs.frozen
class Figure:
    """A number or date of a rule, with the provision and words that state it."""

    name: str
    value: int | _dt.date
    statute_id: str
    article: int
    text: str
    on: _dt.date
    item: int | None = None


_D = _dt.date

# 国办发〔2004〕21号 as reported (rural-reward-2004 art. 1, SECONDARY SOURCE):
# 2.1933年1月1日后出生,1973年至2001年间没有违反计划生育法规、规章或政策规定生育; 4.年满60周岁。
RR_BORN_FROM = Figure(
    "rural reward: born on or after",
    _D(1933, 1, 1),
    "rural-reward-2004",
    1,
    "1933年1月1日后出生",
    _D(2004, 1, 1),
)
RR_RULES_FROM = Figure(
    "rural reward: first year of the no-violating-birth window",
    1973,
    "rural-reward-2004",
    1,
    "1973年至2001年间没有违反计划生育法规",
    _D(2004, 1, 1),
)
RR_RULES_UNTIL = Figure(
    "rural reward: last year of the no-violating-birth window",
    2001,
    "rural-reward-2004",
    1,
    "1973年至2001年间没有违反计划生育法规",
    _D(2004, 1, 1),
)
RR_AGE = Figure(
    "rural reward: age",
    60,
    "rural-reward-2004",
    1,
    "年满60周岁",
    _D(2004, 1, 1),
)

# 全国独生子女伤残死亡家庭扶助制度试点方案 as reproduced by seed 004 (special-assistance-2007 art. 1):
# 1.1933年1月1日以后出生；2.女方年满49周岁（截至奖励扶助年度12月31日止）；… （伤病残达到三级以上）
SA_BORN_FROM = Figure(
    "special assistance: born on or after",
    _D(1933, 1, 1),
    "special-assistance-2007",
    1,
    "1933年1月1日以后出生",
    _D(2008, 1, 1),
)
SA_WOMAN_AGE = Figure(
    "special assistance: the woman's age by 31 December",
    49,
    "special-assistance-2007",
    1,
    "女方年满49周岁（截至奖励扶助年度12月31日止）",
    _D(2008, 1, 1),
)
SA_WORST_GRADE = Figure(
    "special assistance: least severe qualifying disability grade",
    3,
    "special-assistance-2007",
    1,
    "伤病残达到三级以上",
    _D(2008, 1, 1),
)

# 《湖南省人口与计划生育条例》(2016) 第二十二条（一）: 从领证之月起到子女十四周岁止，每月发给五至二十元
HA_CHILD_AGE = Figure(
    "health allowance: the child's age that ends it",
    14,
    "hunan-pfp-regulation",
    22,
    "从领证之月起到子女十四周岁止",
    _D(2016, 3, 30),
)
HA_RATE_MIN = Figure(
    "health allowance: lowest monthly rate",
    5,
    "hunan-pfp-regulation",
    22,
    "每月发给五至二十元",
    _D(2016, 3, 30),
)
HA_RATE_MAX = Figure(
    "health allowance: highest monthly rate",
    20,
    "hunan-pfp-regulation",
    22,
    "每月发给五至二十元",
    _D(2016, 3, 30),
)
# 岳阳楼区 list (yueyanglou-list art. 4): 持有2015年12月31日前颁发的《独生子女父母光荣证》
HA_CERTIFICATE_BY = Figure(
    "health allowance (岳阳楼区): certificate issued by",
    _D(2015, 12, 31),
    "yueyanglou-list",
    4,
    "持有2015年12月31日前颁发的《独生子女父母光荣证》",
    _D(2016, 11, 1),
)

# 湘政发〔2014〕27号 (hunan-urban-reward-2014 art. 1 item 3; art. 2; art. 3 item 3)
UR_MAN_AGE = Figure(
    "urban reward: a man's age",
    60,
    "hunan-urban-reward-2014",
    1,
    "男性年满60周岁",
    _D(2014, 8, 1),
)
UR_WOMAN_AGE = Figure(
    "urban reward: a woman's age",
    55,
    "hunan-urban-reward-2014",
    1,
    "女性年满55周岁",
    _D(2014, 8, 1),
)
UR_PAID_FROM = Figure(
    "urban reward: paid from",
    _D(2014, 1, 1),
    "hunan-urban-reward-2014",
    2,
    "从2014年1月1日起",
    _D(2014, 8, 1),
)
UR_SOE_CONTRIBUTION = Figure(
    "urban reward: state-owned enterprise's one-off contribution a person",
    5000,
    "hunan-urban-reward-2014",
    3,
    "按每人5000元标准一次性筹资",
    _D(2014, 8, 1),
)

# 《湖南省人口与计划生育条例》(2016) 第十五条 (additional birth)
AB_CHILDREN_BEFORE = Figure(
    "additional birth, item 2: children of both before the remarriage",
    2,
    "hunan-pfp-regulation",
    15,
    "再婚前生育的子女数量合计为两个的",
    _D(2016, 3, 30),
    item=2,
)
AB_ONE_SIDE = Figure(
    "additional birth, item 3: children of the spouse who had children before",
    1,
    "hunan-pfp-regulation",
    15,
    "另一方有一个子女",
    _D(2016, 3, 30),
    item=3,
)
AB_CHILDREN_AFTER = Figure(
    "additional birth, item 3: children born after the remarriage",
    1,
    "hunan-pfp-regulation",
    15,
    "再婚后生育一个子女的",
    _D(2016, 3, 30),
    item=3,
)

# 湖南省人民政府令第194号 第二十三条: 符合法定条件妊娠14周以上的妇女
LT_WEEKS = Figure(
    "late-term termination: weeks of pregnancy",
    14,
    "hunan-decree-194",
    23,
    "妊娠14周以上",
    _D(2005, 3, 1),
)
# 岳阳楼区 flowchart (yueyanglou-list art. 15): 经县级以上人民医院两名以上医师共同诊断
LT_PHYSICIANS = Figure(
    "late-term termination: physicians who jointly diagnose",
    2,
    "yueyanglou-list",
    15,
    "经县级以上人民医院两名以上医师共同诊断",
    _D(2016, 11, 1),
)

FIGURES: tuple[Figure, ...] = (
    RR_BORN_FROM,
    RR_RULES_FROM,
    RR_RULES_UNTIL,
    RR_AGE,
    SA_BORN_FROM,
    SA_WOMAN_AGE,
    SA_WORST_GRADE,
    HA_CHILD_AGE,
    HA_RATE_MIN,
    HA_RATE_MAX,
    HA_CERTIFICATE_BY,
    UR_MAN_AGE,
    UR_WOMAN_AGE,
    UR_PAID_FROM,
    UR_SOE_CONTRIBUTION,
    AB_CHILDREN_BEFORE,
    AB_ONE_SIDE,
    AB_CHILDREN_AFTER,
    LT_WEEKS,
    LT_PHYSICIANS,
)


def int_value(f: Figure) -> int:
    """The figure as an ``int`` (for the numeric ones)."""
    if isinstance(f.value, int):
        return f.value
    raise TypeError(f"{f.name} is a date")  # pragma: no cover - a data bug


def date_value(f: Figure) -> _dt.date:
    """The figure as a ``date`` (for the date ones)."""
    if isinstance(f.value, _dt.date):
        return f.value
    raise TypeError(f"{f.name} is not a date")  # pragma: no cover - a data bug
