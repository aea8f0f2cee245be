"""The provincial levy rules (社会抚养费) as data rows that name their article.

Each row says, for one statute and the versions in which the article reads the
same, which circumstances it covers, how the amount is fixed, which income it
multiplies, and which registry figures (``familyplan.statutes.figure``) hold
its numbers. No number is typed here: the figures carry the words of the
quote that state them, checked when the registry loads.

>>> rows = levy_rules()
>>> sorted({(r.statute_id, r.article) for r in rows})  # doctest: +NORMALIZE_WHITESPACE
[('hebei-pfp-regulation', 46), ('hunan-pfp-regulation', 37),
 ('shandong-pfp-regulation', 37), ('shandong-pfp-regulation', 38)]
"""

from __future__ import annotations

import enum
from typing import Any, Literal

import attrs

__all__ = ["Circumstance", "IncomeRef", "LevyRule", "levy_rules"]


class Circumstance(enum.Enum):
    """The circumstances the provincial articles distinguish."""

    NO_PERMIT = "eligible-no-permit"
    """符合再生育条件未取得生育证 (eligible for the child but no birth permit)."""
    EXTRA_CHILD = "extra-child"
    """违法多生育 (a child over the limit)."""
    EXTRA_CHILD_IGNORED_TERMINATION = "extra-child-ignored-termination"
    """经责令限期终止妊娠未及时终止妊娠 (Hunan: levied heavier)."""
    BIGAMY_OR_OTHER_PARTNER = "bigamy-or-other-partner"
    """重婚或与配偶之外的人生育 / 有配偶者与他人生育."""
    UNMARRIED_ELIGIBLE = "unmarried-eligible-to-marry"
    """符合法定结婚条件未办理结婚登记而生育."""
    UNMARRIED_NOT_ELIGIBLE = "unmarried-not-eligible"
    """不符合法定结婚条件而生育 (Hebei: 未达到法定结婚年龄)."""
    ILLEGAL_ADOPTION = "illegal-adoption"
    """非法收养 (Hunan only)."""
    EARLY_SECOND_CHILD = "early-second-child"
    """Hebei art. 46 item 2: a second child born before the spacing date."""


Basis = Literal["multiple", "fraction", "fixed"]
Income = Literal["hunan-total", "county-base", "hebei", "none"]
Count = Literal[
    "once",  # the figure as it stands
    "further-child",  # Hunan: the range, shifted by ``step`` for each child over the first
    "per-child",  # Shandong: the figure times the children concerned
    "birth-order",  # Hebei item 1: the second-child amount, raised by ``step`` per later child
    "birth-order-plus-one",  # Hebei item 4: one birth order higher under item 1
    "per-year-early",  # Hebei item 2: the amount for each year early
]


@attrs.frozen
class IncomeRef:
    """The article (paragraph) of the same regulation that defines a rule's income."""

    article: int
    paragraph: int | None = None


@attrs.frozen
class LevyRule:
    """One provincial levy rule: its article, what it covers, and its figures.

    :param statute_id: the provincial regulation (registry id).
    :param versions: the version labels in which the article reads so.
    :param article: 条; ``paragraph`` 款 and ``item`` 项 narrow it.
    :param circumstances: the :class:`Circumstance` values it covers.
    :param basis: ``"multiple"`` or ``"fraction"`` of an income, or a
        ``"fixed"`` sum.
    :param income: which income is multiplied (``"none"`` for a fixed sum).
    :param amount: the figure id of the multiple, fraction, range or sum;
        ``None`` when the article levies the base itself (依照…基数征收).
    :param step: the figure id of the increase per further child, if any.
    :param count: how the children concerned enter the amount.
    :param open_ended: the article sets only a floor (不低于): no maximum.
    :param first_child_only: the article concerns the first child only.
    :param heavier_allowed: the article provides 从重 inside the range.
    :param income_defined_in: the article (and paragraph) defining the
        income multiplied, when it is not the rule's own (Shandong art. 36:
        the county base; Hunan art. 37 ¶3: 总收入).
    """

    statute_id: str
    versions: tuple[str, ...]
    article: int
    circumstances: tuple[Circumstance, ...]
    basis: Basis
    income: Income
    amount: str | None
    paragraph: int | None = None
    item: int | None = None
    step: str | None = None
    count: Count = "once"
    open_ended: bool = False
    first_child_only: bool = False
    heavier_allowed: bool = False
    income_defined_in: IncomeRef | None = None
    note: str = ""

    @property
    def income_article(self) -> int | None:
        return None if self.income_defined_in is None else self.income_defined_in.article

    @property
    def income_paragraph(self) -> int | None:
        return None if self.income_defined_in is None else self.income_defined_in.paragraph

    @property
    def figure_ids(self) -> tuple[str, ...]:
        """The registry figures this rule reads."""
        return tuple(f for f in (self.amount, self.step) if f is not None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "statute_id": self.statute_id,
            "versions": list(self.versions),
            "article": self.article,
            "paragraph": self.paragraph,
            "item": self.item,
            "circumstances": [c.value for c in self.circumstances],
            "basis": self.basis,
            "income": self.income,
            "figures": list(self.figure_ids),
            "count": self.count,
            "open_ended": self.open_ended,
            "first_child_only": self.first_child_only,
            "heavier_allowed": self.heavier_allowed,
            "income_article": self.income_article,
            "income_paragraph": self.income_paragraph,
            "note": self.note,
        }


_C = Circumstance
_HUNAN = "hunan-pfp-regulation"
_SHANDONG = "shandong-pfp-regulation"
_HEBEI = "hebei-pfp-regulation"

_NON_MARITAL = "非婚生育和非法收养子女的，依子女数量按本条前款第（二）项规定标准征收"

LEVY_RULES: tuple[LevyRule, ...] = (
    # -- 《湖南省人口与计划生育条例》(2016) 第三十七条 ------------------------------------
    # 第一款（一）符合再生育一个子女的条件未取得生育证生育的，按照上年度总收入的百分之三十征收
    LevyRule(
        _HUNAN,
        versions=("2016",),
        article=37,
        paragraph=1,
        item=1,
        circumstances=(_C.NO_PERMIT,),
        basis="fraction",
        income="hunan-total",
        # 第三款: 本条所称总收入，按违法生育者或者违法收养者的双方实际收入计算 … 低于 … 的
        income_defined_in=IncomeRef(article=37, paragraph=3),
        amount="levy.hunan.no-permit.rate",
    ),
    # （二）违法多生育一个子女的，按照上年度总收入的二至六倍征收，其中经责令限期终止妊娠未及时
    # 终止妊娠的，应当从重征收 … 每再多生育一个子女的，依次增加三倍征收
    LevyRule(
        _HUNAN,
        versions=("2016",),
        article=37,
        paragraph=1,
        item=2,
        circumstances=(_C.EXTRA_CHILD, _C.EXTRA_CHILD_IGNORED_TERMINATION),
        basis="multiple",
        income="hunan-total",
        # 第三款: 本条所称总收入，按违法生育者或者违法收养者的双方实际收入计算 … 低于 … 的
        income_defined_in=IncomeRef(article=37, paragraph=3),
        amount="levy.hunan.extra-child.multiple",
        step="levy.hunan.further-child.multiple",
        count="further-child",
        heavier_allowed=True,
    ),
    # （二）重婚或者与配偶之外的人生育一个子女的，按照六至八倍征收
    LevyRule(
        _HUNAN,
        versions=("2016",),
        article=37,
        paragraph=1,
        item=2,
        circumstances=(_C.BIGAMY_OR_OTHER_PARTNER,),
        basis="multiple",
        income="hunan-total",
        # 第三款: 本条所称总收入，按违法生育者或者违法收养者的双方实际收入计算 … 低于 … 的
        income_defined_in=IncomeRef(article=37, paragraph=3),
        amount="levy.hunan.other-partner.multiple",
        step="levy.hunan.further-child.multiple",
        count="further-child",
        heavier_allowed=True,
    ),
    # 第二款: 非婚生育和非法收养子女的，依子女数量按本条前款第（二）项规定标准征收社会抚养费
    LevyRule(
        _HUNAN,
        versions=("2016",),
        article=37,
        paragraph=2,
        circumstances=(_C.UNMARRIED_ELIGIBLE, _C.UNMARRIED_NOT_ELIGIBLE, _C.ILLEGAL_ADOPTION),
        basis="multiple",
        income="hunan-total",
        # 第三款: 本条所称总收入，按违法生育者或者违法收养者的双方实际收入计算 … 低于 … 的
        income_defined_in=IncomeRef(article=37, paragraph=3),
        amount="levy.hunan.extra-child.multiple",
        step="levy.hunan.further-child.multiple",
        count="further-child",
        heavier_allowed=True,
        note=_NON_MARITAL,
    ),
    # -- 《山东省人口与计划生育条例》(2016) 第三十六条至第三十八条 -------------------------
    # 第三十七条第二款: 每多生育一个子女，依照第三十六条规定基数的三倍征收社会抚养费
    LevyRule(
        _SHANDONG,
        versions=("2016",),
        article=37,
        paragraph=2,
        circumstances=(_C.EXTRA_CHILD, _C.EXTRA_CHILD_IGNORED_TERMINATION),
        basis="multiple",
        income="county-base",
        # 第三十六条: 以所在地的县（市、区）人民政府上一年度统计公报公布的 … 为基数
        income_defined_in=IncomeRef(article=36),
        amount="levy.shandong.extra-child.multiple",
        count="per-child",
    ),
    # 第三十八条第三款: 有配偶者与他人生育子女 … 每生育一个子女，依照第三十六条规定基数的三倍征收
    LevyRule(
        _SHANDONG,
        versions=("2016",),
        article=38,
        paragraph=3,
        circumstances=(_C.BIGAMY_OR_OTHER_PARTNER,),
        basis="multiple",
        income="county-base",
        # 第三十六条: 以所在地的县（市、区）人民政府上一年度统计公报公布的 … 为基数
        income_defined_in=IncomeRef(article=36),
        amount="levy.shandong.other-partner.multiple",
        count="per-child",
    ),
    # 第三十八条第一款: … 生育第一个子女的 … 逾期未补办的，依照第三十六条规定基数的五分之一征收
    LevyRule(
        _SHANDONG,
        versions=("2016",),
        article=38,
        paragraph=1,
        circumstances=(_C.UNMARRIED_ELIGIBLE,),
        basis="fraction",
        income="county-base",
        # 第三十六条: 以所在地的县（市、区）人民政府上一年度统计公报公布的 … 为基数
        income_defined_in=IncomeRef(article=36),
        amount="levy.shandong.unmarried-eligible.fraction",
        first_child_only=True,
    ),
    # 第三十八条第二款: 对不符合法定结婚条件而生育子女的，依照第三十六条规定基数征收社会抚养费
    LevyRule(
        _SHANDONG,
        versions=("2016",),
        article=38,
        paragraph=2,
        circumstances=(_C.UNMARRIED_NOT_ELIGIBLE,),
        basis="multiple",
        income="county-base",
        # 第三十六条: 以所在地的县（市、区）人民政府上一年度统计公报公布的 … 为基数
        income_defined_in=IncomeRef(article=36),
        amount=None,
        note="依照第三十六条规定基数征收: the base itself",
    ),
    # -- 《河北省人口与计划生育条例》(2003/2014) 第四十六条 --------------------------------
    # （一）… 按不低于本人上年度工资总额二点五倍的金额征收 … 生育第三个子女的，按生育第二个子女的
    # 征收金额各加百分之百征收；生育第四个以上子女的，征收金额以此递进累加
    LevyRule(
        _HEBEI,
        versions=("2003", "2014"),
        article=46,
        item=1,
        circumstances=(
            _C.EXTRA_CHILD,
            _C.EXTRA_CHILD_IGNORED_TERMINATION,
            _C.BIGAMY_OR_OTHER_PARTNER,
        ),
        basis="multiple",
        income="hebei",
        amount="levy.hebei.second-child.multiple",
        step="levy.hebei.further-child.increase",
        count="birth-order",
        open_ended=True,
        note="凡不符合本条例规定生育子女的: item 1 by birth order (bigamy has no item of its own)",
    ),
    # （二）不符合第二十条规定而提前生育第二个子女的 … 每提前一年分别按一千五百元的金额征收
    LevyRule(
        _HEBEI,
        versions=("2003", "2014"),
        article=46,
        item=2,
        circumstances=(_C.EARLY_SECOND_CHILD,),
        basis="fixed",
        income="none",
        amount="levy.hebei.early-second-child.amount-per-year",
        count="per-year-early",
    ),
    # （三）符合第十九条、第二十条规定但未办理《第二个子女生育证》而生育的，分别按五百元的金额征收
    LevyRule(
        _HEBEI,
        versions=("2003", "2014"),
        article=46,
        item=3,
        circumstances=(_C.NO_PERMIT,),
        basis="fixed",
        income="none",
        amount="levy.hebei.no-permit.amount",
    ),
    # （四）未达到法定结婚年龄生育第一个子女的，分别比照本条第（一）项规定的第二个子女的征收标准
    # 征收；生育第二个子女的，比照本条第（一）项规定的第三个子女的征收标准征收；… 以此类推
    LevyRule(
        _HEBEI,
        versions=("2003", "2014"),
        article=46,
        item=4,
        circumstances=(_C.UNMARRIED_NOT_ELIGIBLE,),
        basis="multiple",
        income="hebei",
        amount="levy.hebei.second-child.multiple",
        step="levy.hebei.further-child.increase",
        count="birth-order-plus-one",
        open_ended=True,
    ),
    # （五）达到法定结婚年龄但未办理《结婚证》而生育第一个子女的，分别按一千五百元的金额征收
    LevyRule(
        _HEBEI,
        versions=("2003", "2014"),
        article=46,
        item=5,
        circumstances=(_C.UNMARRIED_ELIGIBLE,),
        basis="fixed",
        income="none",
        amount="levy.hebei.unmarried-eligible.amount",
        first_child_only=True,
    ),
)


def levy_rules(statute_id: str | None = None) -> tuple[LevyRule, ...]:
    """Every encoded provincial levy rule (of one regulation), as data.

    >>> [(r.article, r.paragraph, r.item) for r in levy_rules("shandong-pfp-regulation")]
    [(37, 2, None), (38, 3, None), (38, 1, None), (38, 2, None)]
    """
    if statute_id is None:
        return LEVY_RULES
    return tuple(r for r in LEVY_RULES if r.statute_id == statute_id)
