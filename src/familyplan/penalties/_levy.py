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
from typing import Any, Literal, NamedTuple, get_args

import attrs

from familyplan import statutes
from familyplan._dates import as_date
from familyplan._json import JSONInput
from familyplan._kept import Kept
from familyplan._lazy import build_later, lazy_fields
from familyplan._validate import (
    MAX_CHILDREN,
    MAX_YEARS,
    Validator,
    bool_flag,
    choice,
    choice_of,
    collect_errors,
    instance,
    int_in,
    strict_int,
)
from familyplan.errors import FamilyPlanError, InvalidInput, NotInForce
from familyplan.explain import Citation, Step, Trace, result_dict
from familyplan.money import FEN_HALF_UP, ZERO, Rounding, exact_context, yuan, yuan_or_none
from familyplan.penalties._levy_rules import Circumstance, LevyRule, levy_rules
from familyplan.statutes import Figure, Statute, StatuteVersion
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


_BY_VALUE = {c.value: c for c in Circumstance}


def _circumstance(value: Circumstance | str) -> Circumstance:
    # a member, or the exact str of its value, is taken at once; anything else goes
    # through ``choice``, which says what is allowed
    if type(value) is Circumstance:
        return value
    if type(value) is str:
        member = _BY_VALUE.get(value)
        if member is not None:
            return member
    out: Circumstance = choice(value, "circumstance", Circumstance)
    return out


# The validators of the case's fields, with the values they accept for certain let
# through at once (every other value meets the shared validator, so an error is its):
# an input is built for every row an audit reads (issue 17).


def _one_of(options: object, *, optional: bool = False) -> Validator:
    """``choice_of(options)``, an exact str of a ``Literal`` of strs let through at once."""
    slow = choice_of(options, optional=optional)
    good = frozenset(get_args(options))

    def check(inst: object, attr: Any, value: object) -> None:
        if (value is None and optional) or (type(value) is str and value in good):
            return
        slow(inst, attr, value)

    return check


def _count(high: int) -> Validator:
    """``int_in(1, high, optional=True)``, ``None`` and an exact int in range let through."""
    slow = int_in(1, high, optional=True)

    def check(inst: object, attr: Any, value: object) -> None:
        if value is None or (type(value) is int and 1 <= value <= high):
            return
        slow(inst, attr, value)

    return check


def _flag() -> Validator:
    """``bool_flag()``, ``True`` and ``False`` let through at once."""
    slow = bool_flag()

    def check(inst: object, attr: Any, value: object) -> None:
        if value is not True and value is not False:
            slow(inst, attr, value)

    return check


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
    residence: Residence = attrs.field(default="rural", validator=_one_of(Residence))
    occupation: Occupation | None = attrs.field(
        default=None, validator=_one_of(Occupation, optional=True)
    )
    children_over_limit: int | None = attrs.field(default=None, validator=_count(MAX_CHILDREN))


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
        default=None, kw_only=True, validator=_count(MAX_CHILDREN)
    )
    parties: tuple[Party, ...] = attrs.field(converter=_parties)
    income_base: IncomeBase | None = attrs.field(
        default=None,
        kw_only=True,
        validator=instance((IncomeBase, type(None)), "an IncomeBase, or None where none is read"),
    )
    heavier: bool = attrs.field(default=False, validator=_flag())
    years_early: int | None = attrs.field(default=None, validator=_count(MAX_YEARS))
    birth_order: int | None = attrs.field(default=None, validator=_count(MAX_CHILDREN))

    def __attrs_post_init__(self) -> None:
        if self.decided_on < self.birth_on:
            raise InvalidInput(
                "decided_on", self.decided_on, f"on or after birth_on ({self.birth_on.isoformat()})"
            )


@attrs.frozen
class HeavierPolicy(JSONInput):
    """A county's measure of 从重 (heavier): how much of a multiple range it keeps.

    The articles say 从重 without saying how much heavier, so the library has no
    measure of its own: without a ``HeavierPolicy``, :func:`assess_levy` keeps
    the whole lawful range and says so in the steps. ``share`` is the upper
    part of the range a caller keeps — ``Decimal("0.5")``, the upper half,
    turns 2–6× into 4–6× — and the result records it (docs/policies.md).

    >>> HeavierPolicy(Decimal("0.5")).narrow(Decimal(2), Decimal(6))
    (Decimal('4.0'), Decimal('6'))
    """

    # the caller's measure: no article says how much heavier 从重 is (docs/policies.md)
    share: Decimal

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


_DEFAULT_PROGRESSION = ProgressionPolicy()  # immutable: built once


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


@lazy_fields("parties", "citations", "steps")
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
    heavier_policy: HeavierPolicy | None
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


_Basis = Literal["multiple", "fraction", "fixed"]
_Income = Literal["hunan-total", "county-base", "hebei", "none"]


class _Rule:
    """The multiples (or sum) of a rule row for one party: a pure function of (row,
    birth date, count, years early, birth order, progression reading), kept per those."""

    __slots__ = (
        "article",
        "basis",
        "heavier_allowed",
        "high",
        "income",
        "low",
        "note",
        "order",
        "standard",
    )

    def __init__(
        self,
        basis: _Basis,
        low: Decimal,
        high: Decimal | None,
        income: _Income,
        article: int,
        heavier_allowed: bool = False,
        note: str = "",
        order: tuple[int, str] | None = None,
        standard: int | None = None,
    ) -> None:
        # a fixed sum uses no income, and only a fixed sum does: the rule
        # tables must keep the two together (assess_levy relies on it)
        if (basis == "fixed") != (income == "none"):
            raise ValueError(f"levy rule: basis {basis!r} with income {income!r}")
        self.basis = basis
        self.low = low
        self.high = high
        self.income = income
        self.article = article
        self.heavier_allowed = heavier_allowed
        self.note = note
        self.order = order  # Hebei: the birth order taken, and how (when not given)
        self.standard = standard  # Hebei: the standard counted by, when it progresses


class _Head(NamedTuple):
    """What the law gives a case before its parties: kept per (division, decision
    day, birth day, circumstance)."""

    basis: Citation
    national: Citation
    province: str
    statute: Statute
    version: StatuteVersion
    row: LevyRule
    cite: Citation
    income_cite: Citation | None  # None: looked up (and raised) where it is first used
    threshold: _Filing | Citation | None  # see _threshold_law
    rules: Kept[tuple[int | None, int | None, int | None, str], _Rule]  # see _rule


# What the law gives a case, kept per the facts it depends on (the registry and the
# rule rows are immutable; an error is never kept, so it is raised afresh).
_CITES: Kept[tuple[str, int, _dt.date, int | None, int | None], Citation] = Kept()
_HEADS: Kept[tuple[str, _dt.date, _dt.date, int], _Head] = Kept()


def _cite(
    statute_id: str,
    article: int,
    on: _dt.date,
    paragraph: int | None = None,
    item: int | None = None,
) -> Citation:
    """``statutes.citation``, kept per (statute, article, paragraph, item, day)."""
    key = (statute_id, article, on, paragraph, item)
    c = _CITES.get(key)
    if c is None:
        c = statutes.citation(statute_id, article, on=on, paragraph=paragraph, item=item)
        _CITES.keep(key, c)
    return c


def _head(case: LevyCase) -> _Head:
    # the circumstance by id: an enum member lives as long as its class, and Enum.__hash__
    # is a Python call
    key = (case.jurisdiction, case.decided_on, case.birth_on, id(case.circumstance))
    head = _HEADS.get(key)
    if head is None:
        head = _find_head(case)
        _HEADS.keep(key, head)
    return head


def _find_head(case: LevyCase) -> _Head:
    # 《人口与计划生育法》第四十一条: 不符合本法第十八条规定生育子女的公民，应当依法缴纳社会抚养费
    basis = statutes.citation("npfp-law", article=41, on=case.decided_on, paragraph=1)
    national = statutes.citation("levy-measures", article=3, on=case.decided_on, paragraph=2)
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
    row = _row(case, statute_id, version.label)
    cite = _cite(statute_id, row.article, case.birth_on, row.paragraph, row.item)
    income_cite: Citation | None = cite
    if row.income_article is not None:
        # the article defining the income: Hunan art. 37 ¶3 (总收入, floored at the
        # county's per-capita figures), Shandong art. 36 (the county base)
        try:
            income_cite = _cite(statute_id, row.income_article, case.birth_on, row.income_paragraph)
        except FamilyPlanError:
            income_cite = None  # raised afresh where it is first used, as before
    return _Head(
        basis,
        national,
        province,
        statute,
        version,
        row,
        cite,
        income_cite,
        _threshold_law(case.jurisdiction, case.decided_on),
        Kept(),
    )


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


def _order(birth_order: int | None, n: int, row: LevyRule) -> tuple[int, tuple[int, str] | None]:
    """The birth order Hebei art. 46 counts by (item 1; item 4 one standard higher), and
    (order, how) when it was not given but taken from the count."""
    if birth_order is not None:
        return birth_order, None
    if row.count == "birth-order-plus-one":
        order = n
        how = "children_over_limit, as the child's birth order"
    else:
        order = n + 1
        how = (
            "children_over_limit + 1 (every child from the second on born against the "
            "rules; give birth_order when an earlier child was lawful)"
        )
    return order, (order, how)


def _rule(case: LevyCase, n: int | None, head: _Head, progression: ProgressionPolicy) -> _Rule:
    """The party's count checked (:func:`_check_count`) and :func:`_find_rule`, kept with
    the case's head (which fixes the row and the birth date) per (count, years early,
    birth order, progression reading): a kept rule is one whose checks passed."""
    key = (n, case.years_early, case.birth_order, progression.reading)
    rules = head.rules
    rule = rules.get(key)
    if rule is None:
        _check_count(head.row, case, n, head.cite)
        rule = _find_rule(case, n or 1, head.row, progression)  # 1: _check_count let it be
        rules.keep(key, rule)
    return rule


def _find_rule(case: LevyCase, n: int, row: LevyRule, progression: ProgressionPolicy) -> _Rule:
    """The multiples (or sum) of ``row`` for one party, from the registry figures
    (``n``: the party's count, 1 when none is read)."""
    day = case.birth_on
    if row.first_child_only and n != 1:
        raise InvalidInput(
            "children_over_limit",
            n,
            f"1: {row.statute_id} art. {row.article} concerns the first child (生育第一个子女)",
        )
    if row.amount is None:  # 依照…基数征收: the base itself
        return _Rule(row.basis, D(1), D(1), row.income, row.article, note=row.note)
    fig = statutes.figure(row.amount, on=day)
    if isinstance(fig.value, tuple):
        low, high = fig.as_range()
    else:
        low = high = fig.as_decimal()
    taken: tuple[int, str] | None = None
    standard: int | None = None
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
        order, taken = _order(case.birth_order, n, row)
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
        if later <= 1:
            standard = None  # no step for it
    return _Rule(
        row.basis,
        low,
        None if row.open_ended else high,
        row.income,
        row.article,
        row.heavier_allowed,
        row.note,
        taken,
        standard,
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


# why an income was used: the words are written from these when first read (_reason)
_FIXED, _COUNTY, _UNKNOWN, _BELOW, _ACTUAL = "fixed", "county", "unknown", "below", "actual"
_OWN, _NO_WORK, _FARMER = "own", "no-work", "farmer"


def _income(
    rule: _Rule, party: Party, given: IncomeBase | None, statute_id: str, idx: int
) -> tuple[Decimal | None, str]:
    """The income a party's multiple applies to, and why (one of the codes above)."""
    if rule.income == "none":
        return None, _FIXED
    if given is None:
        raise InvalidInput(
            "income_base",
            None,
            f"an IncomeBase: {statute_id} art. {rule.article} reads the local per-capita income",
        )
    floor = given.urban_disposable if party.residence == "urban" else given.rural_net
    if rule.income == "county-base":
        # 以所在地的县（市、区）人民政府上一年度统计公报公布的城镇居民年人均可支配收入或者农村居民年人均纯收入为基数
        return floor, _COUNTY
    if rule.income == "hunan-total":
        # 第三十七条第三款: 农村居民的实际收入低于本县（市、区）上年度农村居民人均可支配收入 …
        actual = party.actual_income
        if actual is None:
            return floor, _UNKNOWN
        if actual < floor:
            return floor, _BELOW
        return actual, _ACTUAL
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
        return party.actual_income, _OWN
    if occ == "unemployed":
        return given.urban_disposable, _NO_WORK
    if occ == "farmer":
        return given.rural_net, _FARMER
    raise InvalidInput(
        f"parties[{idx}].occupation",
        party.occupation,
        "employee, self-employed, unemployed or farmer (Hebei)",
    )


def _reason(why: str, party: Party, base: IncomeBase | None) -> str:
    """The words of an income's reason (``why``: a code from :func:`_income`)."""
    if why == _FIXED or base is None:  # no income base: only a fixed sum gets this far
        return "a fixed sum: no income used"
    urban = party.residence == "urban"
    if why == _COUNTY:
        label = "城镇居民人均可支配收入" if urban else "农村居民人均纯收入"
        return f"the county's {base.year} {label} from its statistical bulletin ({party.residence})"
    if why in (_UNKNOWN, _BELOW, _ACTUAL):
        label = "城镇居民人均可支配收入" if urban else "农村居民人均可支配收入"
        if why == _UNKNOWN:
            return f"actual income unknown: the floor, {base.year} {label} of {base.area or 'the county'}"
        if why == _BELOW:
            return f"actual income {party.actual_income} below the floor: {base.year} {label}"
        return f"actual income {party.actual_income} (at or above the {base.year} {label})"
    if why == _OWN:
        occ = party.occupation
        what = "工资总额" if occ == "employee" else "纯收入"
        return f"own previous-year {what} ({occ})"
    if why == _NO_WORK:
        return f"{base.year} urban per-capita disposable income (urban, no work)"
    return f"{base.year} township rural per-capita net income (rural)"


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


class _Filing(NamedTuple):
    """君山区's rule: a levy from ``at`` times the income is filed and decided collectively."""

    limit: Figure
    filing: Citation
    collective: Citation
    at: Decimal


def _threshold_law(division: str, on: _dt.date) -> _Filing | Citation | None:
    """The local list's rule on large levies in force on ``on``: the filing threshold, or
    the citation of a collective decision without a number; None if none."""
    local = _local_list(division)
    if local == _FILING_LIST:
        try:
            # 君山区 list, clause 2: 征收社会抚养费取4倍以上的报市卫生计生委备案
            limit = statutes.figure("levy.junshan.filing-threshold.multiple", on=on)
            filing = limit.citation
            collective = statutes.citation(_FILING_LIST, article=4, on=on)
        except NotInForce:
            return None
        return _Filing(limit, filing, collective, limit.as_decimal())
    for list_id in _COLLECTIVE_LISTS:
        if local == list_id:
            try:
                c = statutes.citation(list_id, article=11, on=on)
            except NotInForce:
                return None
            return c
    return None


def _range_words(role: str, low: Decimal, high: Decimal | None, what: str) -> str:
    to = "" if high == low else f" to {'no maximum' if high is None else str(high) + what}"
    return f"{role}: {low}{what}{to}"


_UNIT = {"multiple": "x", "fraction": "x", "fixed": "yuan"}
_INFINITY = D("Infinity")


class _Assessed(NamedTuple):
    """One party as assessed: the figures of its :class:`PartyLevy` and of its steps."""

    party: Party
    n: int | None
    rule: _Rule
    low: Decimal
    high: Decimal | None
    heavier_range: bool
    income: Decimal | None
    why: str
    minimum: Decimal
    maximum: Decimal | None


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
    hp = heavier_policy
    if hp is not None and not isinstance(hp, HeavierPolicy):
        raise InvalidInput("heavier_policy", heavier_policy, "a HeavierPolicy, or None")
    pp = _DEFAULT_PROGRESSION if progression_policy is None else progression_policy
    if not isinstance(pp, ProgressionPolicy):
        raise InvalidInput("progression_policy", progression_policy, "a ProgressionPolicy")
    head = _head(case)  # raises NotInForce, or InvalidInput for the division or circumstance
    row = head.row
    heavier = case.heavier or case.circumstance is Circumstance.EXTRA_CHILD_IGNORED_TERMINATION

    assessed: list[_Assessed] = []
    total_min = ZERO
    total_max: Decimal | None = ZERO
    top: Decimal | None = None
    with exact_context():
        for idx, party in enumerate(case.parties):
            n = party.children_over_limit or case.children_over_limit
            rule = _rule(case, n, head, pp)
            low, high = rule.low, rule.high
            heavier_range = False
            if heavier and rule.heavier_allowed and high is not None and low != high:
                # 从重: heavier_range only by the caller's measure (no article gives one)
                if hp is not None:
                    low, high = hp.narrow(low, high)
                heavier_range = True
            income, why = _income(rule, party, case.income_base, head.statute.id, idx)
            if idx == 0 and head.income_cite is None:
                _income_citation(case, head)  # raises the error the kept law left out
            if income is None:  # a fixed sum (see _Rule)
                lo_amt, hi_amt = low, high
            else:
                lo_amt = income * low
                hi_amt = None if high is None else income * high
            minimum = rounding.apply(lo_amt)
            maximum = None if hi_amt is None else rounding.apply(hi_amt)
            assessed.append(
                # tuple.__new__: the namedtuple's own __new__ costs a Python call per party
                tuple.__new__(
                    _Assessed,
                    (party, n, rule, low, high, heavier_range, income, why, minimum, maximum),
                )
            )
            if rule.basis == "multiple":
                m = _INFINITY if high is None else high
                if top is None or m > top:
                    top = m
    for a in assessed:  # in the caller's context, as ``sum`` did: ZERO + first + second
        total_min += a.minimum
        total_max = None if a.maximum is None or total_max is None else total_max + a.maximum
    collective = filing = threshold = None
    law = head.threshold
    if isinstance(law, _Filing):
        threshold = law.at
        collective = filing = top is not None and top >= threshold
    parts = tuple(assessed)
    # the parties' levies, and the steps and citations, are written when first read
    explained = build_later(functools.partial(_explain, parts, head))
    return LevyAssessment(
        case=case,
        province=head.province,
        statute_id=head.statute.id,
        version=head.version.label,
        parties=explained,
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


def _income_citation(case: LevyCase, head: _Head) -> Citation:
    """The article defining the income (looked up afresh, so that its error is raised)."""
    row = head.row
    article = row.income_article
    if article is None:
        return head.cite
    return statutes.citation(
        head.statute.id, article, on=case.birth_on, paragraph=row.income_paragraph
    )


def _party_levies(parts: tuple[_Assessed, ...], head: _Head, r: LevyAssessment) -> dict[str, Any]:
    """``parties`` of the assessment ``r`` (a :func:`build_later` builder)."""
    base = r.case.income_base
    cite = head.cite
    return {
        "parties": tuple(
            PartyLevy(
                role=a.party.role,
                basis=a.rule.basis,
                multiple_low=None if a.rule.basis == "fixed" else a.low,
                multiple_high=None if a.rule.basis == "fixed" else a.high,
                income_used=a.income,
                income_reason=_reason(a.why, a.party, base),
                minimum=a.minimum,
                maximum=a.maximum,
                citation=cite,
            )
            for a in parts
        )
    }


def _explain(parts: tuple[_Assessed, ...], head: _Head, r: LevyAssessment) -> dict[str, Any]:
    """``citations``, ``steps`` and ``parties`` of the assessment ``r`` (a :func:`build_later` builder:
    it reads only ``r``'s eager fields and what the call worked out)."""
    case, row, cite = r.case, head.row, head.cite
    t = Trace()
    t.add("the law requires the levy on the decision date", case.decided_on, head.basis)
    t.add(
        "national frame: per-capita figures as reference base; provinces set the standard",
        None,
        head.national,
    )
    t.add(
        f"the birth date picks the {head.version.label} text of 《{head.statute.title}》",
        case.birth_on,
    )
    base = case.income_base
    if base is not None:
        t.add("income base year (上年度)", base.year)
    hp, pp = r.heavier_policy, r.progression_policy
    income_cite = head.income_cite
    for a in parts:
        role, rule = a.party.role, a.rule
        if rule.order is not None:
            order, how = rule.order
            t.add(f"{role}: birth order not given: taken as {how}", order, cite)
        if rule.standard is not None:
            t.add(
                f"{role}: child {rule.standard} by the standard of item {row.item} — "
                f"以此递进累加: {pp.label} (policy {pp.reading!r})",
                rule.low,
                cite,
            )
        if a.heavier_range and hp is None:
            t.add(
                f"{role}: 从重 — the article does not say how much heavier: the whole lawful "
                "range is kept (a county's measure is a HeavierPolicy)",
                (a.low, a.high),
                cite,
            )
        elif a.heavier_range and hp is not None:
            t.add(
                f"{role}: 从重 — the upper {hp.share} of the range (a policy: the article does "
                "not say how much heavier)",
                (a.low, a.high),
                cite,
            )
        t.add(f"{role}: income used — {_reason(a.why, a.party, base)}", a.income, income_cite)
        if rule.note:
            t.add(f"{role}: {rule.note}", a.n, cite)
        t.add(_range_words(role, a.low, a.high, _UNIT[rule.basis]), (a.minimum, a.maximum), cite)
    t.add(
        "the couple together (each party assessed separately)", (r.total_minimum, r.total_maximum)
    )
    law = head.threshold
    if isinstance(law, _Filing):
        at, reaches = r.collective_decision_from, r.requires_filing
        t.add(
            f"征收社会抚养费{law.limit.words}的报市卫生计生委备案: the range reaches {at}x",
            reaches,
            law.filing,
        )
        t.add(f"集体讨论决定征收{at}倍以上报备案", reaches, law.collective)
    elif law is not None:
        t.add(
            "对情节复杂或重大违法行为给予较大数额征收的，行政机关的负责人应当集体讨论决定: no number set",
            None,
            law,
        )
    t.add(f"amounts rounded once each ({r.rounding.label})", r.rounding.label)
    return {"citations": t.citations, "steps": t.steps} | _party_levies(parts, head, r)
