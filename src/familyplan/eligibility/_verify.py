"""Annual verification: terminations and claw-backs (:func:`verify`).

The county lists (seeds 000, 002, 003) say what a finding does:

* 发现有死亡情况的，立即终止其奖扶金或特扶金的发放资格 — death ends the rural
  reward and special assistance at once (君山 art. 14, 博山 art. 6, 隆尧 art. 10);
  nationally the payments run 直至身故 / 直至亡故 (rural-reward-2004 art. 2,
  special-assistance-2007 art. 2), so death ends them everywhere;
* 若发现已享受城镇职工养老保险待遇，立即停止奖扶金的发放资格 — an urban employee
  pension stops the rural reward (君山 art. 14, 博山 art. 6), not special assistance;
* 对发生生育、收养子女或独生子女康复，不再符合特别扶助条件的对象，应自其生育、收养
  子女或独生子女康复时起，终止发放扶助金 — special assistance ends from a birth, an
  adoption or the child's recovery (博山 art. 6; nationally 未再生育或合法收养子女 and
  直至亡故或子女康复为止, special-assistance-2007 art. 2);
* 发现扶助对象通过隐瞒、欺骗等手段骗取扶助金的，立即终止发放资格，已发放的追回 —
  fraud ends payment and everything paid is recovered (君山 art. 15, 博山 art. 7,
  隆尧 art. 21);
* 发现有离婚且未怀孕等情况的，依法撤销许可 — a birth permit is revoked on divorce
  when the woman is not pregnant (君山 art. 19; 隆尧 art. 20 is Hebei's).

Where no text that applies in the division says what an event does, the
outcome is ``"not-encoded"`` and the verification is undetermined. Only fraud
has a recovery rule; amounts paid for months after another terminating event
are reported as ``overpaid`` (the lists do not say to recover them).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any, Literal

import attrs

from familyplan import statutes
from familyplan._dates import as_date, as_date_or_none
from familyplan._json import JSONInput
from familyplan._validate import strict_bool
from familyplan.errors import InvalidInput
from familyplan.explain import Citation, Step, Trace, result_dict
from familyplan.money import FEN_HALF_UP, ZERO, exact_context, yuan
from familyplan.types import DateLike, DivisionCode, JurisdictionLike, ProgrammeId, YuanLike

from ._amounts import LocalRates
from ._applicant import Applicant
from ._base import DEFAULT_POLICY, Context, DeferredTrace, Policy, applies
from ._entitlement import month_lines
from ._programmes import PROGRAMMES, programme
from ._time import MONTHS_A_YEAR, Month, as_year, months_between

__all__ = [
    "Adoption",
    "Birth",
    "Death",
    "Divorce",
    "Event",
    "EventOutcome",
    "Fraud",
    "Payment",
    "Recovery",
    "UrbanPension",
    "Verification",
    "verify",
]


def _on(value: DateLike) -> _dt.date:
    return as_date(value, "on")


@attrs.frozen
class Death(JSONInput):
    """The recipient died on ``on``."""

    on: _dt.date = attrs.field(converter=_on)
    kind = "death"


@attrs.frozen
class UrbanPension(JSONInput):
    """The recipient receives urban employees' pension (城镇职工养老保险待遇) from ``on``."""

    on: _dt.date = attrs.field(converter=_on)
    kind = "urban-pension"


@attrs.frozen
class Birth(JSONInput):
    """A child was born to the recipient on ``on``."""

    on: _dt.date = attrs.field(converter=_on)
    kind = "birth"


@attrs.frozen
class Adoption(JSONInput):
    """The recipient legally adopted a child on ``on``."""

    on: _dt.date = attrs.field(converter=_on)
    kind = "adoption"


@attrs.frozen
class Recovery(JSONInput):
    """The disabled only child recovered (康复) on ``on``."""

    on: _dt.date = attrs.field(converter=_on)
    kind = "recovery"


@attrs.frozen
class Fraud(JSONInput):
    """Concealment or deceit (隐瞒、欺骗) found on ``on``."""

    on: _dt.date = attrs.field(converter=_on)
    kind = "fraud"


def _opt_bool(value: bool | None) -> bool | None:
    return strict_bool(value, "Divorce.pregnant", optional=True)  # type: ignore[no-any-return]


@attrs.frozen
class Divorce(JSONInput):
    """The permit holders divorced on ``on``; ``pregnant`` then (``None``: not given)."""

    on: _dt.date = attrs.field(converter=_on)
    pregnant: bool | None = attrs.field(default=None, converter=_opt_bool)
    kind = "divorce"


Event = Death | UrbanPension | Birth | Adoption | Recovery | Fraud | Divorce
_EVENT_TYPES = (Death, UrbanPension, Birth, Adoption, Recovery, Fraud, Divorce)

Effect = Literal[
    "stop", "stop-and-recover", "revoke", "no-effect", "recheck", "undetermined", "not-encoded"
]


# (programme, event kind) -> the texts that decide it, most specific first: (statute, article, effect)
def _rule(statute_id: str, *, article: int, effect: Effect) -> tuple[str, int, Effect]:
    """A text that decides an event: ``(statute, article, effect)``."""
    return (statute_id, article, effect)


_RULES: dict[tuple[str, str], tuple[tuple[str, int, Effect], ...]] = {
    ("rural-reward", "death"): (
        _rule("junshan-list", article=14, effect="stop"),
        _rule("boshan-list", article=6, effect="stop"),
        _rule("longyao-list", article=10, effect="stop"),
        _rule("rural-reward-2004", article=2, effect="stop"),  # 直至身故
    ),
    ("rural-reward", "urban-pension"): (
        _rule("junshan-list", article=14, effect="stop"),
        _rule("boshan-list", article=6, effect="stop"),
    ),
    ("rural-reward", "fraud"): (
        _rule("junshan-list", article=15, effect="stop-and-recover"),
        _rule("boshan-list", article=7, effect="stop-and-recover"),
        _rule("longyao-list", article=21, effect="stop-and-recover"),
    ),
    # 现存一个子女或两个女孩: a new child is a change of the conditions, re-checked each year
    ("rural-reward", "birth"): (_rule("rural-reward-2004", article=1, effect="recheck"),),
    ("rural-reward", "adoption"): (_rule("rural-reward-2004", article=1, effect="recheck"),),
    ("rural-reward", "recovery"): (_rule("rural-reward-2004", article=1, effect="no-effect"),),
    ("special-assistance", "death"): (
        _rule("junshan-list", article=14, effect="stop"),
        _rule("boshan-list", article=6, effect="stop"),
        _rule("longyao-list", article=10, effect="stop"),
        _rule("special-assistance-2007", article=2, effect="stop"),  # 直至亡故或子女康复为止
    ),
    ("special-assistance", "birth"): (
        _rule("boshan-list", article=6, effect="stop"),
        _rule("special-assistance-2007", article=2, effect="stop"),  # 未再生育或合法收养子女的夫妻
    ),
    ("special-assistance", "adoption"): (
        _rule("boshan-list", article=6, effect="stop"),
        _rule("special-assistance-2007", article=2, effect="stop"),
    ),
    ("special-assistance", "recovery"): (
        _rule("boshan-list", article=6, effect="stop"),
        _rule("special-assistance-2007", article=2, effect="stop"),  # 直至亡故或子女康复为止
    ),
    ("special-assistance", "fraud"): (
        _rule("junshan-list", article=15, effect="stop-and-recover"),
        _rule("boshan-list", article=7, effect="stop-and-recover"),
        _rule("longyao-list", article=21, effect="stop-and-recover"),
    ),
    # 若发现已享受城镇职工养老保险待遇，立即停止奖扶金 — the rural reward only
    ("special-assistance", "urban-pension"): (
        _rule("junshan-list", article=14, effect="no-effect"),
        _rule("boshan-list", article=6, effect="no-effect"),
    ),
    ("urban-parents-reward", "death"): (
        _rule("hunan-urban-reward-2014", article=2, effect="stop"),
    ),  # 直至亡故
    ("additional-birth", "divorce"): (
        _rule("junshan-list", article=19, effect="revoke"),
    ),  # 离婚且未怀孕
}


def _coerce_payment_amount(value: YuanLike) -> Decimal:
    return yuan(value, field="Payment.amount")


def _paid_on(value: DateLike | None) -> _dt.date | None:
    return as_date_or_none(value, "Payment.paid_on")


def _coerce_year(value: int) -> int:
    return as_year(value, "Payment.year")


@attrs.frozen
class Payment(JSONInput):
    """A payment made: for which ``year``, how much, and when (optional)."""

    year: int = attrs.field(converter=_coerce_year)
    amount: Decimal = attrs.field(converter=_coerce_payment_amount)
    paid_on: _dt.date | None = attrs.field(default=None, converter=_paid_on)


@attrs.frozen
class EventOutcome:
    """What one event does to the payment or permit.

    :param effect: ``"stop"`` (payment ends from ``effective_on``),
        ``"stop-and-recover"`` (fraud: ends, and all paid is recovered),
        ``"revoke"`` (a permit), ``"no-effect"``, ``"recheck"`` (a change of
        the facts the conditions use: run :func:`check` again),
        ``"undetermined"`` (a fact the rule needs was not given) or
        ``"not-encoded"`` (no text that applies here says).
    """

    event: Event
    effect: Effect
    effective_on: _dt.date | None
    citation: Citation | None
    see_also: tuple[Citation, ...]
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        fields = {a.name: getattr(self.event, a.name) for a in attrs.fields(type(self.event))}
        return {
            "event": {"kind": self.event.kind, **{k: _json(v) for k, v in fields.items()}},
            "effect": self.effect,
            "effective_on": None if self.effective_on is None else self.effective_on.isoformat(),
            "citation": None if self.citation is None else self.citation.to_dict(),
            "see_also": [c.to_dict() for c in self.see_also],
            "note": self.note,
        }


def _json(v: object) -> object:
    return v.isoformat() if isinstance(v, _dt.date) else v


@attrs.frozen
class Verification:
    """The result of :func:`verify`.

    :param continues: ``False`` when an event ends payment (or revokes the
        permit), ``None`` when an event could not be decided, ``True`` otherwise.
    :param stops_on: the earliest day payment stops (or the permit is revoked).
    :param due: the amount due for ``year`` up to the stop (``None`` for
        approvals, or when undetermined); 0 after fraud.
    :param paid: the total of the payments given.
    :param to_recover: the amount to recover: everything paid, after fraud; 0 otherwise.
    :param overpaid: what was paid for the years of the payment history beyond
        what was due (reported, not a recovery rule: see the module notes).
    """

    programme_id: str
    jurisdiction: DivisionCode
    year: int
    as_of: _dt.date
    outcomes: tuple[EventOutcome, ...]
    continues: bool | None
    stops_on: _dt.date | None
    due: Decimal | None
    paid: Decimal
    to_recover: Decimal
    overpaid: Decimal | None
    policies: tuple[tuple[str, str], ...]
    citations: tuple[Citation, ...]
    steps: tuple[Step, ...]

    def to_dict(self) -> dict[str, Any]:
        return result_dict(self, "verification")


def _outcome(prog_id: str, event: Event, ctx: Context) -> EventOutcome:
    rules = _RULES.get((prog_id, event.kind), ())
    usable = [(s, a, e) for s, a, e in rules if applies(s, ctx)]
    if not usable:
        if prog_id == "special-assistance" and event.kind == "urban-pension":
            return EventOutcome(
                event,
                "no-effect",
                None,
                None,
                (),
                "no encoded rule ends special assistance on a pension",
            )
        return EventOutcome(
            event,
            "not-encoded",
            None,
            None,
            (),
            f"no text that applies in {ctx.jurisdiction.code} on {ctx.on.isoformat()} says what "
            f"{event.kind} does to {prog_id}",
        )
    statute_id, article, effect = usable[0]
    citation = statutes.citation(statute_id, article, on=ctx.on)
    also = tuple(statutes.citation(s, a, on=ctx.on) for s, a, _ in usable[1:])
    if isinstance(event, Divorce):
        if event.pregnant is None:
            return EventOutcome(
                event,
                "undetermined",
                None,
                citation,
                also,
                "whether the woman is pregnant was not given",
            )
        if event.pregnant:
            return EventOutcome(
                event, "no-effect", None, citation, also, "pregnant: not revoked (离婚且未怀孕)"
            )
    if effect in ("stop", "stop-and-recover", "revoke"):
        return EventOutcome(event, effect, event.on, citation, also)
    return EventOutcome(event, effect, None, citation, also)


def verify(
    programme_id: ProgrammeId,
    recipient: Applicant,
    *,
    year: int,
    events: Iterable[Event] = (),
    jurisdiction: JurisdictionLike,
    payments: Sequence[Payment] = (),
    as_of: DateLike | None = None,
    rates: LocalRates | None = None,
    policy: Policy = DEFAULT_POLICY,
) -> Verification:
    """Apply the events found in the annual verification of a recipient.

    :param year: the year verified; the amount due is for this year.
    :param events: :class:`Death`, :class:`UrbanPension`, :class:`Birth`,
        :class:`Adoption`, :class:`Recovery`, :class:`Fraud`, :class:`Divorce`.
    :param payments: the payment history (:class:`Payment`), for the recovery
        after fraud and the overpayment report.
    :param as_of: the day of the verification (which texts apply); default 31
        December of ``year``.
    :param policy: ``event_month`` says whether the month of a terminating
        event is still due (default ``"not-due"``).
    :raises InvalidInput: an event of an unknown kind, a programme without
        verification rules.

    >>> import datetime as dt
    >>> from familyplan.eligibility import Applicant, Child, NO_SPOUSE
    >>> a = Applicant("1950-05-01", "female", residence="rural", spouse=NO_SPOUSE,
    ...               births_against_rules=(), children=[Child("1975-03-01", "female", alive=True)])
    >>> v = verify("rural-reward", a, year=2015, events=[Death(dt.date(2015, 4, 10))],
    ...            jurisdiction="430611", payments=[Payment(2015, "960")])
    >>> v.outcomes[0].effect, v.stops_on, v.due, v.to_recover, v.overpaid
    ('stop', datetime.date(2015, 4, 10), Decimal('240.00'), Decimal('0.00'), Decimal('720.00'))
    """
    prog = programme(programme_id)
    if not prog.events:
        raise InvalidInput(
            "programme_id",
            programme_id,
            "a programme with verification rules: "
            + ", ".join(p.id for p in PROGRAMMES if p.events),
        )
    if not isinstance(recipient, Applicant):
        raise InvalidInput("recipient", recipient, "an Applicant")
    y = as_year(year)
    day = as_date_or_none(as_of, "as_of") or _dt.date(y + 1, 1, 1) - _dt.timedelta(days=1)
    evs = []
    for i, e in enumerate(events):
        if not isinstance(e, _EVENT_TYPES):
            raise InvalidInput(
                f"events[{i}]",
                e,
                "a Death, UrbanPension, Birth, Adoption, Recovery, Fraud or Divorce",
            )
        if e.kind not in prog.events:
            raise InvalidInput(
                f"events[{i}]", e, f"an event of {prog.id}: one of {list(prog.events)}"
            )
        evs.append(e)
    pays = []
    for i, p in enumerate(payments):
        if not isinstance(p, Payment):
            raise InvalidInput(f"payments[{i}]", p, "a Payment")
        pays.append(p)
    j = statutes.jurisdiction(jurisdiction)
    trace = Trace()
    ctx = Context(prog, j, y, day, day, rates, policy, DeferredTrace())  # rules only read
    trace.add(f"verification of {prog.id} for {y} in {j.code} {j.name}, as of {day.isoformat()}")
    outcomes = tuple(_outcome(prog.id, e, ctx) for e in sorted(evs, key=lambda e: e.on))
    for o in outcomes:
        trace.add(
            f"{o.event.kind} on {o.event.on.isoformat()}: {o.effect}"
            + (f" ({o.note})" if o.note else ""),
            o.effective_on,
            o.citation,
        )
        trace.cite(*o.see_also)
    stopping = [o for o in outcomes if o.effect in ("stop", "stop-and-recover", "revoke")]
    fraud = any(o.effect == "stop-and-recover" for o in outcomes)
    stops_on = min((o.effective_on for o in stopping if o.effective_on), default=None)
    if stopping:
        continues: bool | None = False
    elif any(o.effect in ("not-encoded", "undetermined") for o in outcomes):
        continues = None
    else:
        continues = True

    with exact_context():
        paid = sum((p.amount for p in pays), ZERO)
    to_recover = paid if fraud else ZERO
    if fraud:
        trace.add("fraud: everything paid is recovered (已发放的扶助金应追回)", to_recover)

    due: Decimal | None = None
    overpaid: Decimal | None = None
    if prog.kind == "subsidy":
        years = sorted({y} | {p.year for p in pays})
        due_by_year = {
            yy: _due(prog.id, recipient, yy, stops_on, fraud, j.code, rates, policy) for yy in years
        }
        due = due_by_year[y]
        if due is not None:
            trace.add(f"due for {y}" + (f", up to {stops_on.isoformat()}" if stops_on else ""), due)
        paid_by_year: dict[int, Decimal] = {}
        for p in pays:
            paid_by_year[p.year] = paid_by_year.get(p.year, ZERO) + p.amount
        if all(due_by_year[yy] is not None for yy in paid_by_year):
            with exact_context():
                over = sum(
                    (
                        max(ZERO, amt - (due_by_year[yy] or ZERO))
                        for yy, amt in paid_by_year.items()
                    ),
                    ZERO,
                )
            overpaid = FEN_HALF_UP.apply(over)
            if overpaid and not fraud:
                trace.add(
                    "paid beyond what was due (reported; the lists give no recovery rule except for fraud)",
                    overpaid,
                )
    return Verification(
        programme_id=prog.id,
        jurisdiction=DivisionCode(j.code),
        year=y,
        as_of=day,
        outcomes=outcomes,
        continues=continues,
        stops_on=stops_on,
        due=due,
        paid=FEN_HALF_UP.apply(paid),
        to_recover=FEN_HALF_UP.apply(to_recover),
        overpaid=overpaid,
        policies=policy.pairs(),
        citations=trace.citations,
        steps=trace.steps,
    )


def _due(
    prog_id: ProgrammeId,
    recipient: Applicant,
    year: int,
    stops_on: _dt.date | None,
    fraud: bool,
    jurisdiction: str,
    rates: LocalRates | None,
    policy: Policy,
) -> Decimal | None:
    if fraud:
        return FEN_HALF_UP.apply(ZERO)
    prog = programme(prog_id)
    months = list(months_between(Month(year, 1), Month(year, MONTHS_A_YEAR)))
    if stops_on is not None:
        stop = Month.of(stops_on)
        months = [m for m in months if m < stop or (m == stop and policy.event_month == "due")]
    if not months:
        return FEN_HALF_UP.apply(ZERO)
    shares = month_lines(
        prog, recipient, months, jurisdiction=jurisdiction, rates=rates, policy=policy
    )
    total = Decimal(0)
    for s in shares:
        if s.minimum is None or s.top_up is None:
            return None
        with exact_context():
            total += s.minimum + s.top_up
    return FEN_HALF_UP.apply(total)
