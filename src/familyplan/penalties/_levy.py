"""The social maintenance fee (社会抚养费): who pays what, by province.

National frame, 《社会抚养费征收管理办法》第三条第二款: 社会抚养费的征收标准，
分别以当地城镇居民年人均可支配收入和农村居民年人均纯收入为计征的参考基本标准，
结合当事人的实际收入水平和不符合法律、法规规定生育子女的情节，确定征收数额。
社会抚养费的具体征收标准由省、自治区、直辖市规定。

Each province's article is encoded where its text was found:

* Hunan, 2016 text art. 37 (the only Hunan text found): multiples of each
  party's 上年度总收入 — actual income, floored at the county's previous-year
  per-capita figure for the party's residence (urban or rural);
* Shandong, 2016 text arts. 36–38: multiples or fractions of the county's
  previous-year per-capita figure from its statistical bulletin, each spouse
  by that spouse's own number of children;
* Hebei, 2003/2014 text art. 46: at least 2.5× the base named for the party's
  occupation, "+100%" for each further child; fixed sums for the other items.

The version is chosen by the birth date; a decision on or after 2021-08-20
(the amended 《人口与计划生育法》 no longer has art. 41) is ``NotInForce``.
"每多生育一个子女的，依次增加三倍" (Hunan) means each further child over the
limit shifts both ends of the range up by 3×: one child over 2–6×, two 5–9×.

>>> case = LevyCase(
...     jurisdiction="430602", birth_on="2017-05-01", decided_on="2017-09-01",
...     circumstance="extra-child", children_over_limit=1,
...     parties=(Party("mother", actual_income="20000", residence="urban"),
...              Party("father", actual_income=None, residence="urban")),
...     income_base=IncomeBase(urban_disposable="28000", rural_net="11000", year=2016, area="430602"))
>>> r = assess_levy(case)
>>> [(p.role, p.income_used, p.minimum, p.maximum) for p in r.parties]
[('mother', Decimal('28000.00'), Decimal('56000.00'), Decimal('168000.00')), ('father', Decimal('28000.00'), Decimal('56000.00'), Decimal('168000.00'))]
>>> r.total_minimum, r.total_maximum
(Decimal('112000.00'), Decimal('336000.00'))
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, Literal

import attrs

from familyplan import statutes
from familyplan._dates import as_date
from familyplan._json import JSONInput
from familyplan._lazy import StepLog, build_later, lazy_fields
from familyplan._validate import (
    MAX_CHILDREN,
    MAX_YEARS,
    bool_flag,
    choice,
    choice_of,
    collect_errors,
    instance,
    int_in,
    strict_int,
)
from familyplan.errors import InvalidInput, NotInForce
from familyplan.explain import Citation, Step, result_dict
from familyplan.money import FEN_HALF_UP, ZERO, Rounding, exact_context, yuan, yuan_or_none
from familyplan.penalties._levy_rules import Circumstance, LevyRule, levy_rules
from familyplan.types import DateLike, JurisdictionLike, YuanLike

__all__ = [
    "Circumstance",
    "HeavierPolicy",
    "IncomeBase",
    "LevyAssessment",
    "LevyCase",
    "Party",
    "PartyLevy",
    "ProgressionPolicy",
    "assess_levy",
]

D = Decimal


Residence = Literal["urban", "rural"]
Occupation = Literal["employee", "self-employed", "unemployed", "farmer"]


def _circumstance(value: Circumstance | str) -> Circumstance:
    out: Circumstance = choice(value, "circumstance", Circumstance)
    return out


def _year(value: int) -> int:
    out: int = strict_int(
        value, "income_base.year", low=1949, high=2100, allowed="a calendar year as int"
    )
    return out


def _urban_amount(value: YuanLike) -> Decimal:
    return yuan(value, field="income_base.urban_disposable")


def _rural_amount(value: YuanLike) -> Decimal:
    return yuan(value, field="income_base.rural_net")


def _actual_income(value: YuanLike | None) -> Decimal | None:
    return yuan_or_none(value, field="actual_income")


@collect_errors
@attrs.frozen
class IncomeBase(JSONInput):
    """The local per-capita figures a levy is computed from (上年度, previous year).

    :param urban_disposable: 城镇居民年人均可支配收入, yuan.
    :param rural_net: 农村居民年人均纯收入 (later 人均可支配收入), yuan.
    :param year: the year the figures are for.
    :param area: the division (or statistical bulletin) they are for.
    """

    urban_disposable: Decimal = attrs.field(converter=_urban_amount)
    rural_net: Decimal = attrs.field(converter=_rural_amount)
    year: int = attrs.field(converter=_year)
    area: str = attrs.field(default="", validator=instance(str, "a str naming the division"))

    def for_residence(self, residence: Residence) -> Decimal:
        return self.urban_disposable if residence == "urban" else self.rural_net


@collect_errors
@attrs.frozen
class Party(JSONInput):
    """One parent assessed: each is levied separately.

    :param role: a label (``"mother"``, ``"father"``…), kept in the result.
    :param actual_income: the party's previous-year income, or ``None`` if unknown.
    :param residence: ``"urban"`` or ``"rural"``: which per-capita figure applies.
    :param occupation: Hebei only: employee, self-employed, unemployed (urban) or farmer.
    :param children_over_limit: this party's own count when it differs from the
        case's (Shandong art. 36: 按照男女双方各自的子女数分别计征).
    """

    role: str = attrs.field(validator=instance(str, "a str label such as 'mother'"))
    actual_income: Decimal | None = attrs.field(default=None, converter=_actual_income)
    residence: Residence = attrs.field(default="rural", validator=choice_of(Residence))
    occupation: Occupation | None = attrs.field(
        default=None, validator=choice_of(Occupation, optional=True)
    )
    children_over_limit: int | None = attrs.field(
        default=None, validator=int_in(1, MAX_CHILDREN, optional=True)
    )


def _parties(value: Party | Iterable[Party]) -> tuple[Party, ...]:
    if isinstance(value, Party):
        return (value,)
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise InvalidInput("parties", value, "one or two Party objects")
    out = tuple(value)
    if not 1 <= len(out) <= 2 or not all(isinstance(p, Party) for p in out):
        raise InvalidInput("parties", value, "one or two Party objects")
    return out


def _birth(value: DateLike) -> _dt.date:
    return as_date(value, "birth_on")


def _decided(value: DateLike) -> _dt.date:
    return as_date(value, "decided_on")


def _division(value: JurisdictionLike) -> str:
    return statutes.jurisdiction(value).code


@collect_errors
@attrs.frozen
class LevyCase(JSONInput):
    """The facts of one levy case (see the module docstring for the provinces).

    ``children_over_limit`` counts the children over the limit (≥ 1); for
    non-marital births and adoptions in Hunan, the children concerned (依子女数量).
    ``birth_order`` is the ordinal of the child born against the rules (2 = the
    second child, 3 = the third): Hebei art. 46 counts by it (item 1: 生育第三个
    子女的…; item 4: 生育第一个子女的…). Without it, Hebei takes the birth order
    as ``children_over_limit + 1`` for item 1 (every child from the second on
    against the rules) and ``children_over_limit`` for item 4, and says so in
    the steps.
    ``years_early`` is Hebei's item 2 (whole years before the spacing date).
    ``heavier`` asks for the 从重 range where the article provides it.

    ``children_over_limit`` and ``income_base`` are keyword-only and may be
    left out where the article does not read them (Hebei's fixed 500 yuan for
    a birth without a permit needs neither); :func:`assess_levy` refuses a
    count the article would ignore, and asks for either where it is read.
    """

    jurisdiction: str = attrs.field(converter=_division)
    birth_on: _dt.date = attrs.field(converter=_birth)
    decided_on: _dt.date = attrs.field(converter=_decided)
    circumstance: Circumstance = attrs.field(converter=_circumstance)
    children_over_limit: int | None = attrs.field(
        default=None, kw_only=True, validator=int_in(1, MAX_CHILDREN, optional=True)
    )
    parties: tuple[Party, ...] = attrs.field(converter=_parties)
    income_base: IncomeBase | None = attrs.field(
        default=None,
        kw_only=True,
        validator=instance((IncomeBase, type(None)), "an IncomeBase, or None where none is read"),
    )
    heavier: bool = attrs.field(default=False, validator=bool_flag())
    years_early: int | None = attrs.field(
        default=None, validator=int_in(1, MAX_YEARS, optional=True)
    )
    birth_order: int | None = attrs.field(
        default=None, validator=int_in(1, MAX_CHILDREN, optional=True)
    )

    def __attrs_post_init__(self) -> None:
        if self.decided_on < self.birth_on:
            raise InvalidInput(
                "decided_on", self.decided_on, f"on or after birth_on ({self.birth_on.isoformat()})"
            )


@attrs.frozen
class HeavierPolicy(JSONInput):
    """How 从重 (heavier) narrows a multiple range; the articles do not say.

    ``share`` is the upper part of the range kept; the default keeps the upper
    half (2–6× → 4–6×). It is a policy, not law (docs/policies.md), so it is a
    documented default here rather than a registry figure. The result records it.

    >>> HeavierPolicy().narrow(Decimal(2), Decimal(6))
    (Decimal('4.0'), Decimal('6'))
    """

    # policy, not law: the articles say 从重 without saying how much (docs/policies.md)
    share: Decimal = attrs.field(default=D("0.5"))  # policy-default

    def __attrs_post_init__(self) -> None:
        share = self.share
        if not isinstance(share, Decimal) or not share.is_finite() or not D(0) < share <= D(1):
            raise InvalidInput("share", self.share, "a Decimal in (0, 1]")

    def narrow(self, low: Decimal, high: Decimal) -> tuple[Decimal, Decimal]:
        return high - (high - low) * self.share, high


Progression = Literal["add-second-child-amount", "add-previous-amount"]


@attrs.frozen
class ProgressionPolicy(JSONInput):
    """How Hebei art. 46 item 1's 以此递进累加 counts from the fourth child on.

    The text: 生育第三个子女的，按生育第二个子女的征收金额各加百分之百征收；生育第四个
    以上子女的，征收金额以此递进累加. The third child is certain: the second-child
    amount plus 100 % (2.5× → 5×). For the fourth and later children:

    * ``"add-second-child-amount"`` (default): each further child adds the same
      100 % of the second-child amount again — 7.5× for the fourth, 10× for the
      fifth. 各加百分之百 is measured on 生育第二个子女的征收金额, and 以此 ("in
      this way") repeats that step; of the two readings it is the lighter, and
      it is what the library computed before the birth order was a fact.
    * ``"add-previous-amount"``: each further child adds 100 % of the previous
      child's amount (the amount doubles) — 10× for the fourth, 20× for the fifth.

    The result records the reading (``LevyAssessment.progression_policy``).

    With Hebei's own figures (二点五倍; 各加百分之百), for the fourth child:

    >>> on = _dt.date(2010, 1, 1)
    >>> second = statutes.figure("levy.hebei.second-child.multiple", on=on).as_decimal()
    >>> increase = statutes.figure("levy.hebei.further-child.increase", on=on).as_decimal()
    >>> second, increase
    (Decimal('2.5'), Decimal('1'))
    >>> ProgressionPolicy().multiple(second, increase, 2)
    Decimal('7.5')
    >>> ProgressionPolicy("add-previous-amount").multiple(second, increase, 2)
    Decimal('10.0')
    """

    reading: Progression = attrs.field(
        default="add-second-child-amount", validator=choice_of(Progression)
    )

    def multiple(self, second: Decimal, increase: Decimal, later: int) -> Decimal:
        """The multiple for the child ``later`` births after the second (0: the second)."""
        if self.reading == "add-second-child-amount":
            return second * (1 + increase * later)
        return second * (1 + increase) ** later

    @property
    def label(self) -> str:
        return {
            "add-second-child-amount": "each child after the third adds 100% of the second-child amount",
            "add-previous-amount": "each child after the third adds 100% of the previous child's amount",
        }[self.reading]


_DEFAULT_HEAVIER = HeavierPolicy()
_DEFAULT_PROGRESSION = ProgressionPolicy()  # both immutable: built once


@attrs.frozen
class PartyLevy:
    """What one party owes: the basis, the income used and why, the range."""

    role: str
    basis: Literal["multiple", "fraction", "fixed"]
    multiple_low: Decimal | None
    multiple_high: Decimal | None
    income_used: Decimal | None
    income_reason: str
    minimum: Decimal
    maximum: Decimal | None
    citation: Citation

    def to_dict(self) -> dict[str, Any]:
        return result_dict(self, "party-levy")


@lazy_fields("citations", "steps")
@attrs.frozen
class LevyAssessment:
    """The levy a case allows, per party and for the couple.

    ``maximum`` is ``None`` where the article sets only a floor (Hebei: 不低于).
    ``requires_collective_decision`` and ``requires_filing`` are ``True`` when
    the lawful range reaches the local threshold (君山区: 4× and more), ``None``
    where the local rule has no number (大额或复杂案件: a judgement), ``False``
    below it.
    """

    case: LevyCase
    province: str
    statute_id: str
    version: str
    parties: tuple[PartyLevy, ...]
    total_minimum: Decimal
    total_maximum: Decimal | None
    heavier: bool
    heavier_policy: HeavierPolicy
    progression_policy: ProgressionPolicy
    rule: LevyRule
    requires_collective_decision: bool | None
    requires_filing: bool | None
    collective_decision_from: Decimal | None
    rounding: Rounding
    citations: tuple[Citation, ...]
    steps: tuple[Step, ...]

    def to_dict(self) -> dict[str, Any]:
        return result_dict(self, "levy-assessment")


# -- provinces: the rule rows of familyplan.penalties._levy_rules --------------------

_PROVINCIAL = tuple(dict.fromkeys(r.statute_id for r in levy_rules()))
"""The regulations with encoded levy rules, in the order of the rows."""

_NOT_A_LEVY = {
    # 山东 第三十七条第一款: … 生育时仍未申请补办生育证的，… 对夫妻双方分别处以五千元罚款
    ("shandong-pfp-regulation", Circumstance.NO_PERMIT): (
        "a levy circumstance: in Shandong (2016 art. 37 ¶1) an eligible couple without a "
        "permit is fined (处以五千元罚款 on each spouse), which is not a 社会抚养费"
    ),
}


@attrs.frozen
class _Rule:
    basis: Literal["multiple", "fraction", "fixed"]
    low: Decimal
    high: Decimal | None
    income: Literal["hunan-total", "county-base", "hebei", "none"]
    article: int
    paragraph: int | None = None
    item: int | None = None
    heavier_allowed: bool = False
    note: str = ""

    def __attrs_post_init__(self) -> None:
        # a fixed sum uses no income, and only a fixed sum does: the rule
        # tables below must keep the two together (assess_levy relies on it)
        if (self.basis == "fixed") != (self.income == "none"):
            raise ValueError(f"levy rule: basis {self.basis!r} with income {self.income!r}")


def _province(case: LevyCase) -> tuple[str, str]:
    """(province code, regulation id) of the case's division."""
    return _province_of(case.jurisdiction)


@functools.cache  # one entry per division the registry knows (an error is not kept)
def _province_of(division: str) -> tuple[str, str]:
    here = statutes.jurisdiction(division)
    for statute_id in _PROVINCIAL:
        code = statutes.get(statute_id).jurisdiction
        if here.is_within(code):
            return code, statute_id
    names = ", ".join(
        f"{statutes.jurisdiction(statutes.get(s).jurisdiction).name} "
        f"({statutes.get(s).jurisdiction})"
        for s in _PROVINCIAL
    )
    raise InvalidInput("jurisdiction", division, f"a division of {names}")


@functools.cache  # the rule rows are immutable: one entry per (regulation, version)
def _rows(statute_id: str, label: str) -> tuple[LevyRule, ...]:
    return tuple(r for r in levy_rules(statute_id) if label in r.versions)


@functools.cache
def _encoded_labels(statute_id: str) -> frozenset[str]:
    """The versions of a regulation with encoded levy rules."""
    return frozenset(label for r in levy_rules(statute_id) for label in r.versions)


def _row(case: LevyCase, statute_id: str, label: str) -> LevyRule:
    c = case.circumstance
    rows = _rows(statute_id, label)
    for r in rows:
        if c in r.circumstances:
            return r
    if (statute_id, c) in _NOT_A_LEVY:
        raise InvalidInput("circumstance", c.value, _NOT_A_LEVY[(statute_id, c)])
    known = ", ".join(dict.fromkeys(x.value for r in rows for x in r.circumstances))
    arts = sorted({r.article for r in rows})
    raise InvalidInput(
        "circumstance",
        c.value,
        f"one of {known} (the circumstances of {statute_id} {label} arts. {arts})",
    )


def _order(case: LevyCase, party: Party, row: LevyRule, trace: StepLog, cite: Citation) -> int:
    """The birth order Hebei art. 46 counts by (item 1; item 4 one standard higher)."""
    if case.birth_order is not None:
        return case.birth_order
    n = party.children_over_limit or case.children_over_limit or 1  # checked: _check_count
    if row.count == "birth-order-plus-one":
        order = n
        how = "children_over_limit, as the child's birth order"
    else:
        order = n + 1
        how = (
            "children_over_limit + 1 (every child from the second on born against the "
            "rules; give birth_order when an earlier child was lawful)"
        )
    trace.add(lambda: f"{party.role}: birth order not given: taken as {how}", order, cite)
    return order


def _rule(
    case: LevyCase,
    party: Party,
    row: LevyRule,
    progression: ProgressionPolicy,
    trace: StepLog,
    cite: Citation,
) -> _Rule:
    """The multiples (or sum) of ``row`` for one party, from the registry figures."""
    day = case.birth_on
    n = party.children_over_limit or case.children_over_limit or 1  # checked: _check_count
    if row.first_child_only and n != 1:
        raise InvalidInput(
            "children_over_limit",
            n,
            f"1: {row.statute_id} art. {row.article} concerns the first child (生育第一个子女)",
        )
    if row.amount is None:  # 依照…基数征收: the base itself
        return _Rule(
            row.basis,
            D(1),
            D(1),
            row.income,
            row.article,
            paragraph=row.paragraph,
            item=row.item,
            note=row.note,
        )
    fig = statutes.figure(row.amount, on=day)
    if isinstance(fig.value, tuple):
        low, high = fig.as_range()
    else:
        low = high = fig.as_decimal()
    if row.count == "further-child" and row.step is not None:
        # Hunan: 每再多生育一个子女的，依次增加三倍征收 — both ends move up
        shift = statutes.figure(row.step, on=day).as_decimal() * (n - 1)
        low, high = low + shift, high + shift
    elif row.count == "per-child":
        # Shandong: 每多生育一个子女 / 每生育一个子女 … 基数的三倍
        low, high = low * n, high * n
    elif row.count == "per-year-early":
        # Hebei item 2: 每提前一年分别按一千五百元的金额征收
        if case.years_early is None:
            raise InvalidInput(
                "years_early",
                None,
                f"the whole years before the spacing date ({row.statute_id} art. {row.article} "
                f"item {row.item})",
            )
        low, high = low * case.years_early, high * case.years_early
    elif row.count in ("birth-order", "birth-order-plus-one") and row.step is not None:
        # Hebei item 1: 生育第三个子女的，按生育第二个子女的征收金额各加百分之百征收；生育第四个
        # 以上子女的，征收金额以此递进累加 (item 4: one standard higher: 比照…第二个子女的标准)
        base_order = statutes.figure("levy.hebei.base-order", on=day).as_int()
        order = _order(case, party, row, trace, cite)
        standard = order + 1 if row.count == "birth-order-plus-one" else order
        if standard < base_order:
            raise InvalidInput(
                "birth_order",
                order,
                f"a child from the second on: {row.statute_id} art. {row.article} item "
                f"{row.item} levies from 生育第二个子女 (a first child is items 4 and 5)",
            )
        increase = statutes.figure(row.step, on=day).as_decimal()
        later = standard - base_order
        low = progression.multiple(low, increase, later)
        high = low
        if later > 1:
            trace.add(
                lambda: (
                    f"{party.role}: child {standard} by the standard of item {row.item} — "
                    f"以此递进累加: {progression.label} (policy {progression.reading!r})"
                ),
                low,
                cite,
            )
    return _Rule(
        row.basis,
        low,
        None if row.open_ended else high,
        row.income,
        row.article,
        paragraph=row.paragraph,
        item=row.item,
        heavier_allowed=row.heavier_allowed,
        note=row.note,
    )


def _check_count(row: LevyRule, case: LevyCase, n: int | None, cite: Citation) -> None:
    """Refuse a ``children_over_limit`` the article would ignore; ask for one it reads."""
    by_order = row.count in ("birth-order", "birth-order-plus-one")
    counted = row.count not in ("once", "per-year-early") or row.first_child_only
    if not counted and n is not None:
        raise InvalidInput(
            "children_over_limit",
            n,
            f"None: {cite.english} does not depend on the number of children "
            "(the count would be ignored)",
        )
    if counted and n is None and not (by_order and case.birth_order is not None):
        raise InvalidInput(
            "children_over_limit",
            None,
            f"an int of at least 1: {cite.english} depends on the number of children",
        )


def _income(
    rule: _Rule, party: Party, given: IncomeBase | None, statute_id: str, idx: int
) -> tuple[Decimal | None, str]:
    if rule.income == "none":
        return None, "a fixed sum: no income used"
    if given is None:
        raise InvalidInput(
            "income_base",
            None,
            f"an IncomeBase: {statute_id} art. {rule.article} reads the local per-capita income",
        )
    base = given
    floor = base.for_residence(party.residence)
    label = "城镇居民人均可支配收入" if party.residence == "urban" else "农村居民人均纯收入"
    if rule.income == "county-base":
        # 以所在地的县（市、区）人民政府上一年度统计公报公布的城镇居民年人均可支配收入或者农村居民年人均纯收入为基数
        return (
            floor,
            f"the county's {base.year} {label} from its statistical bulletin ({party.residence})",
        )
    if rule.income == "hunan-total":
        # 第三十七条第三款: 农村居民的实际收入低于本县（市、区）上年度农村居民人均可支配收入 …
        label = "城镇居民人均可支配收入" if party.residence == "urban" else "农村居民人均可支配收入"
        if party.actual_income is None:
            return (
                floor,
                f"actual income unknown: the floor, {base.year} {label} of {base.area or 'the county'}",
            )
        if party.actual_income < floor:
            return (
                floor,
                f"actual income {party.actual_income} below the floor: {base.year} {label}",
            )
        return (
            party.actual_income,
            f"actual income {party.actual_income} (at or above the {base.year} {label})",
        )
    # Hebei: 本人上年度工资总额 / 纯收入; 城镇无业居民: 本市、镇居民上年度人均可支配收入; 农村居民: 本乡 … 人均纯收入
    occ = party.occupation
    if occ is None:
        occ = "farmer" if party.residence == "rural" else None
    if occ in ("employee", "self-employed"):
        if party.actual_income is None:
            raise InvalidInput(
                f"parties[{idx}].actual_income",
                None,
                "the party's previous-year income (Hebei art. 46: 本人上年度…)",
            )
        what = "工资总额" if occ == "employee" else "纯收入"
        return party.actual_income, f"own previous-year {what} ({occ})"
    if occ == "unemployed":
        return (
            base.urban_disposable,
            f"{base.year} urban per-capita disposable income (urban, no work)",
        )
    if occ == "farmer":
        return base.rural_net, f"{base.year} township rural per-capita net income (rural)"
    raise InvalidInput(
        f"parties[{idx}].occupation",
        party.occupation,
        "employee, self-employed, unemployed or farmer (Hebei)",
    )


_FILING_LIST = "junshan-list"
_COLLECTIVE_LISTS = ("longyao-list", "boshan-list")


@functools.cache  # one entry per division
def _local_list(division: str) -> str | None:
    """The local list (权力清单) governing a division's levy decisions, if one is encoded."""
    here = statutes.jurisdiction(division)
    for list_id in (_FILING_LIST, *_COLLECTIVE_LISTS):
        if here.is_within(statutes.get(list_id).jurisdiction):
            return list_id
    return None


def _threshold(
    case: LevyCase, high_multiple: Decimal | None, trace: StepLog
) -> tuple[bool | None, bool | None, Decimal | None]:
    local = _local_list(case.jurisdiction)
    if local == _FILING_LIST:
        try:
            # 君山区 list, clause 2: 征收社会抚养费取4倍以上的报市卫生计生委备案
            limit = statutes.figure("levy.junshan.filing-threshold.multiple", on=case.decided_on)
            filing = limit.citation
            collective = statutes.citation(_FILING_LIST, article=4, on=case.decided_on)
        except NotInForce:
            return None, None, None
        at = limit.as_decimal()
        reaches = high_multiple is not None and high_multiple >= at
        trace.add(
            lambda: f"征收社会抚养费{limit.words}的报市卫生计生委备案: the range reaches {at}x",
            reaches,
            filing,
        )
        trace.add(lambda: f"集体讨论决定征收{at}倍以上报备案", reaches, collective)
        return reaches, reaches, at
    for list_id in _COLLECTIVE_LISTS:
        if local == list_id:
            try:
                c = statutes.citation(list_id, article=11, on=case.decided_on)
            except NotInForce:
                return None, None, None
            trace.add(
                "对情节复杂或重大违法行为给予较大数额征收的，行政机关的负责人应当集体讨论决定: no number set",
                None,
                c,
            )
            return None, None, None
    return None, None, None


def _range_words(role: str, low: Decimal, high: Decimal | None, what: str) -> str:
    to = "" if high == low else f" to {'no maximum' if high is None else str(high) + what}"
    return f"{role}: {low}{what}{to}"


def assess_levy(
    case: LevyCase,
    *,
    rounding: Rounding = FEN_HALF_UP,
    heavier_policy: HeavierPolicy | None = None,
    progression_policy: ProgressionPolicy | None = None,
) -> LevyAssessment:
    """The levy the province's article allows for ``case``, per party and for the couple.

    :raises NotInForce: the decision is on or after 2021-08-20 (no levy in the
        law any more), or the birth falls outside every encoded version.
    :raises InvalidInput: a circumstance the province's article does not know,
        a missing fact the article needs.
    """
    if not isinstance(case, LevyCase):
        raise InvalidInput("case", case, "a LevyCase")
    if not isinstance(rounding, Rounding):
        raise InvalidInput("rounding", rounding, "a familyplan.money.Rounding")
    hp = _DEFAULT_HEAVIER if heavier_policy is None else heavier_policy
    if not isinstance(hp, HeavierPolicy):
        raise InvalidInput("heavier_policy", heavier_policy, "a HeavierPolicy")
    pp = _DEFAULT_PROGRESSION if progression_policy is None else progression_policy
    if not isinstance(pp, ProgressionPolicy):
        raise InvalidInput("progression_policy", progression_policy, "a ProgressionPolicy")
    trace = StepLog()
    # 《人口与计划生育法》第四十一条: 不符合本法第十八条规定生育子女的公民，应当依法缴纳社会抚养费
    basis = statutes.citation("npfp-law", article=41, on=case.decided_on, paragraph=1)
    trace.add("the law requires the levy on the decision date", case.decided_on, basis)
    national = statutes.citation("levy-measures", article=3, on=case.decided_on, paragraph=2)
    trace.add(
        "national frame: per-capita figures as reference base; provinces set the standard",
        None,
        national,
    )

    province, statute_id = _province(case)
    statute = statutes.get(statute_id)
    version = statute.version_on(case.birth_on)
    encoded_labels = _encoded_labels(statute_id)
    if version is None or version.label not in encoded_labels:
        encoded = [v for v in statute.versions if v.label in encoded_labels]
        raise NotInForce(
            f"{statute_id} levy article",
            case.birth_on,
            [(v.label, v.effective_from, v.effective_until) for v in encoded],
            "the levy is chosen by the birth date and no encoded text was in force then",
        )
    trace.add(
        lambda: f"the birth date picks the {version.label} text of 《{statute.title}》",
        case.birth_on,
    )

    row = _row(case, statute_id, version.label)
    heavier = case.heavier or case.circumstance is Circumstance.EXTRA_CHILD_IGNORED_TERMINATION
    if case.income_base is not None:
        trace.add("income base year (上年度)", case.income_base.year)

    out: list[PartyLevy] = []
    high_multiples: list[Decimal | None] = []
    income_cite: Citation | None = None  # looked up once, for the first party
    with exact_context():
        cite = statutes.citation(
            statute_id, row.article, on=case.birth_on, paragraph=row.paragraph, item=row.item
        )
        for idx, party in enumerate(case.parties):
            n = party.children_over_limit or case.children_over_limit
            _check_count(row, case, n, cite)
            rule = _rule(case, party, row, pp, trace, cite)
            low, high = rule.low, rule.high
            if heavier and rule.heavier_allowed and high is not None and low != high:
                low, high = hp.narrow(low, high)
                trace.add(
                    functools.partial(
                        "{}: 从重 — the upper {} of the range (a policy: the article does not "
                        "say how much heavier)".format,
                        party.role,
                        hp.share,
                    ),
                    (low, high),
                    cite,
                )
            income, reason = _income(rule, party, case.income_base, statute_id, idx)
            if income_cite is None:
                income_cite = cite
                if row.income_article is not None:
                    # the article defining the income: Hunan art. 37 ¶3 (总收入, floored at the
                    # county's per-capita figures), Shandong art. 36 (the county base)
                    income_cite = statutes.citation(
                        statute_id,
                        row.income_article,
                        on=case.birth_on,
                        paragraph=row.income_paragraph,
                    )
            trace.add(
                functools.partial("{}: income used — {}".format, party.role, reason),
                income,
                income_cite,
            )
            if income is None:  # a fixed sum (see _Rule)
                lo_amt, hi_amt = low, high
            else:
                lo_amt = income * low
                hi_amt = None if high is None else income * high
            if rule.note:
                trace.add(functools.partial("{}: {}".format, party.role, rule.note), n, cite)
            what = {"multiple": "x", "fraction": "x", "fixed": "yuan"}[rule.basis]
            minimum = rounding.apply(lo_amt)
            maximum = None if hi_amt is None else rounding.apply(hi_amt)
            trace.add(
                functools.partial(_range_words, party.role, low, high, what),
                (minimum, maximum),
                cite,
            )
            out.append(
                PartyLevy(
                    role=party.role,
                    basis=rule.basis,
                    multiple_low=None if rule.basis == "fixed" else low,
                    multiple_high=None if rule.basis == "fixed" else high,
                    income_used=income,
                    income_reason=reason,
                    minimum=minimum,
                    maximum=maximum,
                    citation=cite,
                )
            )
            high_multiples.append(
                None if rule.basis != "multiple" else (high if high is not None else D("Infinity"))
            )
    total_min = sum((p.minimum for p in out), ZERO)
    total_max = (
        None if any(p.maximum is None for p in out) else sum((p.maximum or ZERO for p in out), ZERO)
    )
    trace.add("the couple together (each party assessed separately)", (total_min, total_max))
    top = max((m for m in high_multiples if m is not None), default=None)
    collective, filing, threshold = _threshold(case, top, trace)
    trace.add(lambda: f"amounts rounded once each ({rounding.label})", rounding.label)
    explained = build_later(trace.fields)
    return LevyAssessment(
        case=case,
        province=province,
        statute_id=statute_id,
        version=version.label,
        parties=tuple(out),
        total_minimum=total_min,
        total_maximum=total_max,
        heavier=heavier,
        heavier_policy=hp,
        progression_policy=pp,
        rule=row,
        requires_collective_decision=collective,
        requires_filing=filing,
        collective_decision_from=threshold,
        rounding=rounding,
        citations=explained,
        steps=explained,
    )
