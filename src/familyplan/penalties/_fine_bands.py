"""Fine bands: what range the law allows for an act, decided on a date.

The band is taken from the law in force on the day of the act; when the
decision date is given and the law then in force is lighter, or no longer
punishes the act, that is used instead (从旧兼从轻, 《行政处罚法》(2021)
第三十七条). "Lighter" is defined in :func:`is_lighter`.
"""

from __future__ import annotations

import datetime as _dt
import enum
from decimal import Decimal
from typing import Any, Literal

import attrs

from familyplan import statutes
from familyplan._dates import as_date, as_date_or_none
from familyplan._deprecation import FROM_A_HELPER, deprecated
from familyplan._lazy import StepLog, build_later, lazy_fields
from familyplan._validate import MAX_PERSONS, pair, strict_int
from familyplan.errors import InvalidInput, NotInForce, TextNotFound
from familyplan.explain import Citation, Step, result_dict
from familyplan.money import FEN_HALF_UP, ZERO, Rounding, exact_context, yuan_or_none
from familyplan.penalties._offence_data import LENITY_RULE, OFFENCES
from familyplan.penalties._offences import Basis, FineRule, Offence, Sanctions
from familyplan.types import DateLike, JurisdictionLike, YuanLike

__all__ = ["FineBand", "LenityPolicy", "fine_band", "is_lighter", "offence", "offences"]


class LenityPolicy(enum.Enum):
    """When 从旧兼从轻 (the lighter later law) applies — a policy the result records.

    ``ALWAYS`` (default) applies it to every decision; before 2021-07-15 no
    statute in the registry codified it, and the step says so.
    ``CODIFIED_ONLY`` applies it only to decisions from 2021-07-15, when
    《行政处罚法》(2021) 第三十七条 took effect.

    >>> LenityPolicy("codified-only") is LenityPolicy.CODIFIED_ONLY
    True
    """

    ALWAYS = "always"
    CODIFIED_ONLY = "codified-only"


def _lenity(value: object) -> LenityPolicy:
    if isinstance(value, LenityPolicy):
        return value
    if isinstance(value, str) and value in ("always", "codified-only"):
        deprecated(
            f"fine_band(lenity={value!r}) with a string",
            f"lenity=LenityPolicy.{value.upper().replace('-', '_')}",
            stacklevel=FROM_A_HELPER,
        )
        return LenityPolicy(value)
    raise InvalidInput("lenity", value, "LenityPolicy.ALWAYS or LenityPolicy.CODIFIED_ONLY")


_BY_ID = {o.id: o for o in OFFENCES}


def offences(jurisdiction: JurisdictionLike | None = None) -> tuple[Offence, ...]:
    """Every encoded offence, or those whose rules apply in a division.

    >>> hunan = {o.id for o in offences("430602")}    # 岳阳楼区
    >>> shandong = {o.id for o in offences("370304")}  # 博山区
    >>> "hunan-forging-fp-certificates" in hunan, "hunan-forging-fp-certificates" in shandong
    (True, False)
    >>> "illegal-fp-surgery" in hunan & shandong   # national offences apply in both
    True
    """
    if jurisdiction is None:
        return OFFENCES
    here = statutes.jurisdiction(jurisdiction)
    return tuple(o for o in OFFENCES if here.is_within(o.jurisdiction))


def offence(offence_id: str) -> Offence:
    """The offence with that id.

    :raises InvalidInput: for an unknown id (the message lists the known ones).
    """
    try:
        return _BY_ID[offence_id]
    except (KeyError, TypeError):
        raise InvalidInput("offence_id", offence_id, f"one of {sorted(_BY_ID)}") from None


@lazy_fields("citations", "steps")
@attrs.frozen
class FineBand:
    """The fine range the law allows, with the sanctions that go with it.

    :param minimum: lowest lawful fine, yuan.
    :param maximum: highest lawful fine, yuan.
    :param basis: how the band was fixed (:class:`Basis`).
    :param multiple: the ``(low, high)`` multiple applied, when the basis is a multiple.
    :param sanctions: the other sanctions of the article (:class:`Sanctions`).
    :param law_applied: ``"act"`` (the law at the time of the act) or
        ``"decision"`` (the lighter law at the time of the decision).
    """

    offence_id: str
    minimum: Decimal
    maximum: Decimal
    basis: Basis
    multiple: tuple[Decimal, Decimal] | None
    sanctions: Sanctions
    illegal_income: Decimal | None
    fees_charged: Decimal | None
    persons: int
    act_on: _dt.date
    decided_on: _dt.date | None
    law_applied: Literal["act", "decision"]
    rounding: Rounding
    citations: tuple[Citation, ...]
    steps: tuple[Step, ...]
    tier: str | None = None
    discretion_policy: str | None = None
    lenity: LenityPolicy = LenityPolicy.ALWAYS

    @property
    def punishable(self) -> bool:
        return self.basis is not Basis.NOT_PUNISHABLE

    @property
    def has_fine(self) -> bool:
        return self.basis not in (Basis.NO_FINE, Basis.NOT_PUNISHABLE)

    def to_dict(self) -> dict[str, Any]:
        return result_dict(self, "fine-band")


def _rule_on(off: Offence, day: _dt.date) -> tuple[FineRule, statutes.StatuteVersion] | None:
    for rule in off.rules:
        statute = statutes.get(rule.statute_id)
        v = statute.version_on(day)
        if v is not None and v.label in rule.versions:
            return rule, v
    return None


def _not_in_force(off: Offence, day: _dt.date) -> NotInForce:
    spans: list[tuple[str, _dt.date, _dt.date | None]] = []
    for rule in off.rules:
        statute = statutes.get(rule.statute_id)
        for label in rule.versions:
            v = statute.version(label)
            if v is not None:
                name = f"{rule.statute_id} {label} art. {rule.article}"
                spans.append((name, v.effective_from, v.effective_until))
    return NotInForce(
        f"offence {off.id}",
        day,
        spans,
        off.successor_note,
    )


def _cite(rule: FineRule, day: _dt.date) -> Citation:
    return statutes.citation(
        rule.statute_id, rule.article, on=day, paragraph=rule.paragraph, item=rule.item
    )


def _compute(
    rule: FineRule,
    day: _dt.date,
    income: Decimal | None,
    fees: Decimal | None,
    persons: int,
    trace: StepLog,
) -> tuple[Decimal, Decimal, tuple[Decimal, Decimal] | None]:
    cite = _cite(rule, day)
    trace.add(lambda: f"law in force on {day.isoformat()}: {cite.english}", str(cite), cite)
    with exact_context():
        if rule.basis is Basis.NO_FINE:
            trace.add("the article imposes no fine", ZERO, cite, zh="该条未规定罚款")
            return ZERO, ZERO, None
        if rule.basis is Basis.TEXT_NOT_FOUND:
            # the article's fine was not read in full in any copy: no band is guessed
            p = statutes.provision(
                rule.statute_id, rule.article, on=day, paragraph=rule.paragraph, item=rule.item
            )
            raise TextNotFound(f"the fine band of {cite}", rule.note, rule.missing, p.source)
        if rule.basis is Basis.MULTIPLE_OF_FEES:
            if fees is None:
                raise InvalidInput(
                    "fees_charged",
                    None,
                    "the fees charged, in yuan (the fine is a multiple of them)",
                )
            if rule.multiple is None:
                raise AssertionError("multiple-of-fees rule without multiples")  # pragma: no cover
            lo, hi = rule.multiple
            trace.add(lambda: f"fine is {lo}–{hi} times the fees charged", fees, cite)
            return fees * lo, fees * hi, rule.multiple
        if rule.basis is Basis.PER_PERSON_TIME:
            if rule.per_person_time is None:
                raise AssertionError("per-person rule without amounts")  # pragma: no cover
            with_income, without = rule.per_person_time
            each = with_income if income is not None else without
            trace.add(
                "amount per person-time "
                + ("with illegal income" if income is not None else "without illegal income"),
                each,
                cite,
            )
            trace.add("person-times organised or introduced", persons, cite)
            return each * persons, each * persons, None
        # fixed range, possibly with a multiple-of-income band above a threshold
        if rule.threshold is not None and income is not None and income >= rule.threshold:
            if rule.multiple is None:
                raise AssertionError("threshold rule without multiples")  # pragma: no cover
            lo, hi = rule.multiple
            trace.add(
                lambda: (
                    f"illegal income {income} is at or above {rule.threshold} (以上 includes it): "
                    f"{lo}–{hi} times the illegal income"
                ),
                income,
                cite,
            )
            return income * lo, income * hi, rule.multiple
        if rule.fixed is None:
            raise AssertionError("fixed rule without a range")  # pragma: no cover
        lo, hi = rule.fixed
        if rule.threshold is not None:
            why = (
                "no illegal income"
                if income is None
                else f"illegal income {income} below {rule.threshold}"
            )
            trace.add(lambda: f"{why}: fixed range", income, cite)
        return lo, hi, None


def is_lighter(a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal]) -> bool:
    """Whether band ``a`` = (minimum, maximum) is lighter than band ``b``.

    Lighter means a lower maximum, or the same maximum and a lower minimum.
    Equal bands are not lighter (the law of the act then stays).

    >>> is_lighter((Decimal(1), Decimal(5)), (Decimal(2), Decimal(6)))
    True
    >>> is_lighter((Decimal(1), Decimal(6)), (Decimal(2), Decimal(6)))
    True
    >>> is_lighter((Decimal(2), Decimal(6)), (Decimal(2), Decimal(6)))
    False
    >>> is_lighter((Decimal(0), Decimal(7)), (Decimal(2), Decimal(6)))
    False
    >>> is_lighter((1.0, 2.0), (1, 2))
    Traceback (most recent call last):
    ...
    familyplan.errors.InvalidInput: a must be a (minimum, maximum) pair of Decimal or int amounts of yuan, minimum <= maximum, got (1.0, 2.0)
    """
    a = _band_arg(a, "a")
    b = _band_arg(b, "b")
    if a[1] != b[1]:
        return a[1] < b[1]
    return a[0] < b[0]


def _band_arg(value: object, field: str) -> tuple[Decimal, Decimal]:
    allowed = "a (minimum, maximum) pair of Decimal or int amounts of yuan, minimum <= maximum"
    out = []
    for part in pair(value, field, allowed):
        if isinstance(part, bool) or not isinstance(part, Decimal | int):
            raise InvalidInput(field, value, allowed)
        d = Decimal(part)
        if not d.is_finite():
            raise InvalidInput(field, value, allowed)
        out.append(d)
    if out[0] > out[1]:
        raise InvalidInput(field, value, allowed)
    return out[0], out[1]


def _check_persons(value: object) -> int:
    out: int = strict_int(
        value,
        "persons",
        low=1,
        high=MAX_PERSONS,
        allowed=f"an int from 1 to {MAX_PERSONS} (person-times)",
    )
    return out


def fine_band(
    offence_id: str,
    *,
    act_on: DateLike,
    jurisdiction: JurisdictionLike,
    illegal_income: YuanLike | None = None,
    fees_charged: YuanLike | None = None,
    decided_on: DateLike | None = None,
    persons: int = 1,
    lenity: LenityPolicy = LenityPolicy.ALWAYS,
    rounding: Rounding = FEN_HALF_UP,
) -> FineBand:
    """The fine band the law allows for an offence.

    :param offence_id: an id from :func:`offences`.
    :param act_on: the day of the act (the law then in force is the starting point).
    :param jurisdiction: GB/T 2260 code of the deciding agency's division.
    :param illegal_income: 违法所得 in yuan; ``None`` or 0 means none.
    :param fees_charged: 所收费用, for fines that are a multiple of fees.
    :param decided_on: the day of the decision; when the law then in force is
        lighter (or no longer punishes the act) it applies (从旧兼从轻).
    :param persons: person-times, for per-person-time fines.
    :param lenity: see :data:`LenityPolicy`.
    :param rounding: final rounding of the bounds (exact figures need none
        unless a multiple meets a fen amount).
    :raises InvalidInput: unknown offence, bad amounts or dates, a decision
        before the act, an offence whose law does not govern ``jurisdiction``.
    :raises NotInForce: no rule of the offence was in force on the act date.
    :raises TextNotFound: the article's fine band could not be read in full
        (《计划生育技术服务管理条例实施细则》第五十二条), unless the act is no
        longer punishable on the decision date.

    >>> import datetime
    >>> b = fine_band("illegal-fp-surgery", illegal_income="10000",
    ...               act_on=datetime.date(2016, 5, 1), jurisdiction="430602")
    >>> b.minimum, b.maximum, str(b.citations[0])
    (Decimal('20000.00'), Decimal('60000.00'), '《中华人民共和国人口与计划生育法》第三十六条第一项')
    """
    off = offence(offence_id)
    j = statutes.jurisdiction(jurisdiction)
    if not j.is_within(off.jurisdiction):
        where = statutes.jurisdiction(off.jurisdiction)
        raise InvalidInput(
            "jurisdiction",
            j.code,
            f"a division within {where.name} ({where.code}), where offence {off.id} is encoded",
        )
    income = yuan_or_none(illegal_income, field="illegal_income")
    if income is not None and income == 0:
        income = None  # 没有违法所得
    fees = yuan_or_none(fees_charged, field="fees_charged")
    n = _check_persons(persons)
    act = as_date(act_on, "act_on")
    decided = as_date_or_none(decided_on, "decided_on")
    if decided is not None and decided < act:
        raise InvalidInput("decided_on", decided, f"a date on or after act_on ({act.isoformat()})")
    lenity = _lenity(lenity)
    if not isinstance(rounding, Rounding):
        raise InvalidInput("rounding", rounding, "a familyplan.money.Rounding")

    trace = StepLog()
    found = _rule_on(off, act)
    if found is None:
        raise _not_in_force(off, act)
    rule, _version = found
    try:
        lo, hi, mult = _compute(rule, act, income, fees, n, trace)
    except TextNotFound:
        # an unread band still gives a sure answer when no rule punishes the act on
        # the decision date (从旧兼从轻, below); otherwise nothing is guessed
        if decided is None or _rule_on(off, decided) is not None:
            raise
        lo, hi, mult = ZERO, ZERO, None
    basis = rule.basis
    sanctions = rule.sanctions
    law_applied: Literal["act", "decision"] = "act"

    if decided is not None and decided != act:
        lenity_cite = _lenity_citation(decided)
        applies = lenity is LenityPolicy.ALWAYS or lenity_cite is not None
        if applies:
            later = _rule_on(off, decided)
            if lenity_cite is None:
                trace.add(
                    "从旧兼从轻 applied as a principle (policy LenityPolicy.ALWAYS): no statute in "
                    "the registry codified it before 2021-07-15",
                    decided,
                )
            if later is None:
                trace.add(
                    lambda: (
                        f"no rule punishes the act on the decision date {decided.isoformat()}: "
                        "the act is no longer punishable (从旧兼从轻)"
                    ),
                    decided,
                    lenity_cite,
                    zh="作出处罚决定时的规定不认为是违法的，适用该规定",
                )
                lo, hi, mult, basis = ZERO, ZERO, None, Basis.NOT_PUNISHABLE
                sanctions = Sanctions()
                law_applied = "decision"
            elif later[0] is not rule:
                side = StepLog()
                lo2, hi2, mult2 = _compute(later[0], decided, income, fees, n, side)
                if is_lighter((lo2, hi2), (lo, hi)):
                    trace.extend(side)
                    lo1, hi1 = lo, hi
                    trace.add(
                        lambda: (
                            f"the law on the decision date is lighter ({lo2}–{hi2} against "
                            f"{lo1}–{hi1}): it applies"
                        ),
                        hi2,
                        lenity_cite,
                        zh="作出处罚决定时的规定处罚较轻的，适用该规定",
                    )
                    lo, hi, mult, basis = lo2, hi2, mult2, later[0].basis
                    sanctions = later[0].sanctions
                    law_applied = "decision"
                else:
                    trace.add(
                        "the law on the decision date is not lighter: the law of the act applies",
                        None,
                        lenity_cite,
                    )
    if hi < lo:
        raise AssertionError("band with maximum below minimum")  # pragma: no cover
    lo_r, hi_r = rounding.apply(lo), rounding.apply(hi)
    steps = build_later(trace.fields)
    trace.add(lambda: f"fine band ({rounding.label})", (lo_r, hi_r))
    return FineBand(
        offence_id=off.id,
        minimum=lo_r,
        maximum=hi_r,
        basis=basis,
        multiple=mult,
        sanctions=sanctions,
        illegal_income=income,
        fees_charged=fees,
        persons=n,
        act_on=act,
        decided_on=decided,
        law_applied=law_applied,
        rounding=rounding,
        citations=steps,
        steps=steps,
        lenity=lenity,
    )


def _lenity_citation(day: _dt.date) -> Citation | None:
    try:
        return statutes.citation(LENITY_RULE.statute_id, LENITY_RULE.article, on=day)
    except NotInForce:
        return None
