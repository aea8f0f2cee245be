"""Late fees (滞纳金) on an unpaid social maintenance fee.

《社会抚养费征收管理办法》第八条: 当事人未在规定的期限内缴纳社会抚养费的，
自欠缴之日起每月加收欠缴社会抚养费的千分之二的滞纳金.
《行政强制法》第四十五条第二款 (in force 2012-01-01): 加处罚款或者滞纳金的数额
不得超出金钱给付义务的数额.

How a month is counted (民法典 arts. 201–203 and their predecessors): the last
day to pay (``due_on``) is not counted; the *n*-th month of default ends on the
day of ``due_on``'s number *n* months later, or on that month's last day when it
has no such day (31 January → 28/29 February). Month ``n`` is charged on the
principal still unpaid on its last day: a payment reduces the unpaid principal
from the day after it is made. The choices the articles leave open are named in
:class:`LateFeePolicy` and recorded in every result (docs/late-fee.md).

>>> r = late_fee("100000", due_on="2013-01-31", as_of="2014-01-31")
>>> r.months, r.amount, r.capped
(12, Decimal('2400.00'), False)
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any, Literal, NamedTuple

import attrs

from familyplan import statutes
from familyplan._dates import add_months, as_date, month_ends, month_index
from familyplan._deprecation import renamed_keywords
from familyplan._json import JSONInput
from familyplan._kept import Kept
from familyplan._lazy import build_later, lazy_fields
from familyplan._validate import choice_of, collect_errors, instance
from familyplan._zh import late_fee_month_zh
from familyplan.errors import InvalidInput, NotInForce
from familyplan.explain import Citation, Step, Trace, result_dict
from familyplan.money import FEN_HALF_UP, ZERO, Rounding, exact_context, yuan
from familyplan.statutes import Figure
from familyplan.types import DateLike, YuanLike

__all__ = [
    "CAP_FROM",
    "RATE_PER_MONTH",
    "Instalment",
    "LateFee",
    "LateFeePayment",
    "LateFeePolicy",
    "LatePeriod",
    "completed_months",
    "late_fee",
    "month_end",
]

_RATE = "late-fee.rate-per-month"
_COERCION_LAW = "administrative-coercion-law"

RATE_PER_MONTH: Decimal = statutes.figure_history(_RATE)[0].as_decimal()
"""千分之二 a month (《社会抚养费征收管理办法》第八条), read from the registry figure
``late-fee.rate-per-month``; the calculator itself looks the figure up by date."""

CAP_FROM: _dt.date = statutes.get(_COERCION_LAW).versions[0].effective_from
"""《行政强制法》 in force (第七十一条, the first version's ``effective_from`` in the
registry): from then the fee never exceeds the principal (第四十五条第二款)."""

MonthCounting = Literal["completed", "started"]
Allocation = Literal["principal-first", "fee-first"]
AfterCessation = Literal["stop", "continue"]
_ONE_DAY = _dt.timedelta(days=1)
_Row = tuple[_dt.date, _dt.date, Decimal, Decimal, int | None, bool]


def month_end(due_on: _dt.date, n: int) -> _dt.date:
    """Last day of the ``n``-th month of default after ``due_on`` (month-end clamped).

    >>> month_end(_dt.date(2013, 1, 31), 1)
    datetime.date(2013, 2, 28)
    >>> month_end(_dt.date(2016, 1, 31), 1)
    datetime.date(2016, 2, 29)
    >>> month_end(_dt.date(2013, 1, 31), 2)  # computed from due_on, not from 28 February
    datetime.date(2013, 3, 31)
    """
    # the one month-end clamp (民法典 art. 202), shared by every calculator
    return add_months(due_on, n)


def completed_months(due_on: DateLike, as_of: DateLike) -> int:
    """How many whole months of default have ended by ``as_of`` (0 if none).

    >>> completed_months(_dt.date(2013, 1, 31), _dt.date(2014, 1, 31))
    12
    >>> completed_months(_dt.date(2013, 1, 31), _dt.date(2014, 1, 30))
    11
    """
    due_on = as_date(due_on, "due_on")
    as_of = as_date(as_of, "as_of")
    if as_of <= due_on:
        return 0
    n = month_index(as_of) - month_index(due_on)
    while n > 0 and month_end(due_on, n) > as_of:
        n -= 1
    return n


@collect_errors
@attrs.frozen
class LateFeePolicy(JSONInput):
    """The choices the articles leave open, with their defaults.

    :param months: ``"completed"`` (default) charges only months of default
        that have ended by ``as_of``; ``"started"`` also charges the month
        running on ``as_of``.
    :param allocation: ``"principal-first"`` (default) applies a payment to the
        unpaid principal first, the rest to fees already accrued;
        ``"fee-first"`` pays accrued fees first.
    :param rounding: final rounding of the fee (default to the fen, half up).
    :param after_cessation: what happens after the rate article stops being in
        force (《社会抚养费征收管理办法》, last day 2021-09-08: abolished by
        《国务院关于废止部分行政法规的决定》, in force on publication, 2021-09-09).
        ``"stop"`` (default): no article charges a late fee after that day, so
        accrual stops on it — months ending later are not charged (a month
        running on it is, under ``months="started"``). ``"continue"``: the
        other reading — the fee charged under art. 8 goes on accruing at the
        rate of its last day in force, as if the obligation kept its terms.

    >>> LateFeePolicy().label
    'completed months; principal-first; fen, half-up'
    >>> LateFeePolicy(after_cessation="continue").label
    'completed months; principal-first; fen, half-up; accrual continues after the rate article ceased'
    """

    months: MonthCounting = attrs.field(default="completed", validator=choice_of(MonthCounting))
    allocation: Allocation = attrs.field(
        default="principal-first",
        validator=choice_of(Allocation),
    )
    rounding: Rounding = attrs.field(
        default=FEN_HALF_UP, validator=instance(Rounding, "a familyplan.money.Rounding")
    )
    after_cessation: AfterCessation = attrs.field(
        default="stop", validator=choice_of(AfterCessation)
    )

    @property
    def label(self) -> str:
        label = f"{self.months} months; {self.allocation}; {self.rounding.label}"
        if self.after_cessation == "continue":
            label += "; accrual continues after the rate article ceased"
        return label

    def to_dict(self) -> dict[str, Any]:
        return {
            "months": self.months,
            "allocation": self.allocation,
            "rounding": self.rounding.to_dict(),
            "after_cessation": self.after_cessation,
        }


def _payment_amount(value: YuanLike) -> Decimal:
    amount = yuan(value, field="payment amount")
    if amount == ZERO:
        raise InvalidInput("payment amount", value, "an amount above zero")
    return amount


def _instalment_amount(value: YuanLike) -> Decimal:
    amount = yuan(value, field="instalment amount")
    if amount == ZERO:
        raise InvalidInput("instalment amount", value, "an amount above zero")
    return amount


def _paid_on(value: DateLike) -> _dt.date:
    return as_date(value, "paid_on")


def _instalment_due(value: DateLike) -> _dt.date:
    return as_date(value, "instalment due_on")


@collect_errors
@attrs.frozen
class LateFeePayment(JSONInput):
    """A payment towards the levy (and its fee), with the day it was made."""

    paid_on: _dt.date = attrs.field(converter=_paid_on)
    amount: Decimal = attrs.field(converter=_payment_amount)


@collect_errors
@attrs.frozen
class Instalment(JSONInput):
    """One approved instalment (《社会抚养费征收管理办法》第六条第二款): due day and amount."""

    due_on: _dt.date = attrs.field(converter=_instalment_due)
    amount: Decimal = attrs.field(converter=_instalment_amount)


@attrs.frozen
class LatePeriod:
    """One month of default: its days, the principal unpaid on its last day, its fee."""

    start: _dt.date
    end: _dt.date
    unpaid_principal: Decimal
    fee: Decimal
    instalment: int | None
    complete: bool


@lazy_fields("schedule", "citations", "steps")
@attrs.frozen
class LateFee:
    """The late fee on a levy as of a day, with its monthly schedule.

    ``amount`` is the fee accrued (rounded once, by ``policy.rounding``);
    ``exact_amount`` is the same before rounding; ``uncapped_amount`` is what
    the months would give without the 2012 cap. ``fee_paid`` and
    ``principal_paid`` say how the payments were applied (``policy.allocation``).
    """

    principal: Decimal
    due_on: _dt.date
    as_of: _dt.date
    amount: Decimal
    exact_amount: Decimal
    uncapped_amount: Decimal
    months: int
    capped: bool
    cap_applies: bool
    schedule: tuple[LatePeriod, ...]
    payments: tuple[LateFeePayment, ...]
    instalments: tuple[Instalment, ...] | None
    principal_paid: Decimal
    fee_paid: Decimal
    unpaid_principal: Decimal
    policy: LateFeePolicy
    rounding: Rounding
    citations: tuple[Citation, ...]
    steps: tuple[Step, ...]

    @property
    def outstanding_fee(self) -> Decimal:
        return max(ZERO, self.amount - self.fee_paid)

    def to_dict(self) -> dict[str, Any]:
        return result_dict(self, "late-fee")


def _as_payments(value: object) -> tuple[LateFeePayment, ...]:
    if value is None:
        return ()
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise InvalidInput(
            "payments", value, "a sequence of LateFeePayment or (paid_on, amount) pairs"
        )
    out: list[LateFeePayment] = []
    for item in value:
        if isinstance(item, LateFeePayment):
            out.append(item)
        elif isinstance(item, tuple) and len(item) == 2:
            out.append(LateFeePayment(item[0], item[1]))
        else:
            raise InvalidInput("payments", item, "a LateFeePayment or a (paid_on, amount) pair")
    return tuple(sorted(out, key=lambda p: p.paid_on))


def _as_instalments(value: object) -> tuple[Instalment, ...] | None:
    if value is None:
        return None
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise InvalidInput(
            "instalments", value, "a sequence of Instalment or (due_on, amount) pairs"
        )
    out: list[Instalment] = []
    for item in value:
        if isinstance(item, Instalment):
            out.append(item)
        elif isinstance(item, tuple) and len(item) == 2:
            out.append(Instalment(item[0], item[1]))
        else:
            raise InvalidInput("instalments", item, "an Instalment or a (due_on, amount) pair")
    if not out:
        raise InvalidInput("instalments", value, "at least one instalment, or None")
    return tuple(sorted(out, key=lambda i: i.due_on))


@attrs.frozen
class _Ref:
    statute_id: str
    article: int


# the civil-law articles on how a period of months ends, newest first
_MONTH_RULES = (
    _Ref("civil-code", article=202),
    _Ref("general-provisions-civil-law", article=202),
    _Ref("general-principles-civil-law", article=154),
)


@functools.cache  # at most one entry per calendar day
def _month_rule_citation(on: _dt.date) -> Citation | None:
    """The civil-law article on month periods in force on ``on``, if the registry has one
    (kept per date: the registry is immutable, and the articles not yet in force
    would otherwise raise on every call)."""
    for ref in _MONTH_RULES:
        try:
            return statutes.citation(ref.statute_id, ref.article, on=on)
        except NotInForce:
            continue
    return None


@functools.cache
def _default_policy() -> LateFeePolicy:
    """The default policy, built once (it is immutable)."""
    return LateFeePolicy()


@attrs.define
class _Debt:
    index: int | None
    due_on: _dt.date
    unpaid: Decimal


@renamed_keywords(installments="instalments")
def late_fee(
    principal: YuanLike,
    *,
    due_on: DateLike,
    as_of: DateLike,
    payments: Sequence[LateFeePayment | tuple[DateLike, YuanLike]] | None = (),
    instalments: Sequence[Instalment | tuple[DateLike, YuanLike]] | None = None,
    policy: LateFeePolicy | None = None,
    rounding: Rounding | None = None,
) -> LateFee:
    """The late fee accrued on a levy by ``as_of``.

    :param principal: the levy, yuan (``Decimal``, ``int`` or a string; never a float).
    :param due_on: the last day to pay (for a levy: 30 days after the decision
        was received, 《社会抚养费征收管理办法》第六条). Accrual starts the day after.
    :param as_of: the day the fee is computed for.
    :param payments: payments made (``LateFeePayment`` or ``(paid_on, amount)``),
        none after ``as_of``; together at most principal plus fees.
    :param instalments: approved instalments summing to the principal; each
        accrues only after its own due day, and ``due_on`` must be the first one.
    :param policy: :class:`LateFeePolicy` (month counting, allocation).
    :param rounding: the final rounding (default to the fen, half up), passed
        as to every calculator; it may also come from ``policy.rounding``, but
        the two must then agree.

    The spelling ``installments=`` is deprecated since 0.2 (use ``instalments=``).
    :raises InvalidInput: a bad amount or date, a payment after ``as_of``,
        overpayment, instalments not adding up to the principal.
    :raises NotInForce: no rate article in force on the first day of default.

    >>> r = late_fee("100000", due_on="2013-01-31", as_of="2014-01-31",
    ...              payments=[("2013-07-15", "40000")])
    >>> [str(p.unpaid_principal) for p in r.schedule][4:7]
    ['100000.00', '60000.00', '60000.00']
    >>> r.amount  # 5 months x 200 + 7 months x 120
    Decimal('1840.00')
    """
    p0 = yuan(principal, field="principal")
    if p0 == ZERO:
        raise InvalidInput("principal", principal, "an amount above zero")
    due = as_date(due_on, "due_on")
    if due == _dt.date.max:
        raise InvalidInput("due_on", due, "a date before 9999-12-31 (default starts the day after)")
    day = as_date(as_of, "as_of")
    pol = _default_policy() if policy is None else policy
    if not isinstance(pol, LateFeePolicy):
        raise InvalidInput("policy", policy, "a LateFeePolicy")
    if rounding is not None:
        if not isinstance(rounding, Rounding):
            raise InvalidInput("rounding", rounding, "a familyplan.money.Rounding")
        if pol.rounding != rounding and pol.rounding != FEN_HALF_UP:
            raise InvalidInput(
                "rounding",
                rounding,
                f"the same rounding as policy.rounding ({pol.rounding.label}), or give one only",
            )
        pol = attrs.evolve(pol, rounding=rounding)
    pays = () if type(payments) is tuple and not payments else _as_payments(payments)
    for p in pays:
        if p.paid_on > day:
            raise InvalidInput(
                "payments", p.paid_on, f"payments made on or before as_of ({day.isoformat()})"
            )
    parts = _as_instalments(instalments)
    if parts is not None:
        total = sum((i.amount for i in parts), ZERO)
        if total != p0:
            raise InvalidInput(
                "instalments", str(total), f"instalments summing to the principal {p0}"
            )
        if parts[0].due_on != due:
            raise InvalidInput(
                "due_on", due, f"the first instalment's due day ({parts[0].due_on.isoformat()})"
            )

    law = _law_on(due, day, pol.after_cessation)  # raises NotInForce with no rate article
    accrual_end = law.accrual_end
    rate = law.rate

    cap_applies = day >= CAP_FROM
    rows: list[_Row] | None
    if parts is None and not pays:
        # one debt, no payment: every month is charged on the whole principal, and the
        # months are written out only when the schedule or the steps are read
        n_done, partial = law.n_done, (law.started if pol.months == "started" else None)
        months = n_done if partial is None else n_done + 1
        with exact_context():
            fee = p0 * rate
            # month by month, ZERO + fee + fee ...: the same sum, exact in the 34-digit context
            uncapped = ZERO + fee * months if months else ZERO
            capped = cap_applies and uncapped > p0
            exact = min(uncapped, p0) if cap_applies else uncapped
            amount = pol.rounding.apply(exact)
        rows = None
        fee_paid = principal_paid = ZERO
        unpaid_principal = ZERO + p0
    else:
        rows, months, uncapped, capped, exact, amount, paid = _schedule(
            p0, due, accrual_end, day, rate, pays, parts, pol
        )
        fee_paid, principal_paid, excess, unpaid_principal = paid
        if excess > ZERO:
            total_paid = sum((p.amount for p in pays), ZERO)
            raise InvalidInput(
                "payments",
                str(total_paid),
                f"at most principal plus late fee ({p0 + amount}) in total",
            )
        n_done, partial, fee = 0, None, ZERO

    # 行政强制法 art. 45 ¶2: 加处罚款或者滞纳金的数额不得超出金钱给付义务的数额
    cap_cite = _cap_citation(day) if cap_applies else None
    # the schedule and the steps: built together, on the first read of either; the
    # citations alone when they are read first (an audit's report cites, it does not explain)
    explained = build_later(
        functools.partial(_explain, (law, rows, n_done, partial, fee, cap_cite))
    )
    cited = build_later(functools.partial(_cited, law, cap_cite))

    return LateFee(
        principal=p0,
        due_on=due,
        as_of=day,
        amount=amount,
        exact_amount=exact,
        uncapped_amount=uncapped,
        months=months,
        capped=capped,
        cap_applies=cap_applies,
        schedule=explained,
        payments=pays,
        instalments=parts,
        principal_paid=principal_paid,
        fee_paid=fee_paid,
        unpaid_principal=unpaid_principal,
        policy=pol,
        rounding=pol.rounding,
        citations=cited,
        steps=explained,
    )


def _cited(law: _Law, cap_cite: Citation | None, _r: object = None) -> dict[str, Any]:
    """The citations of :func:`_explain`'s steps, each once, in the order first applied —
    the rate article (the first step), the civil-law month rule, the cap — without writing
    the steps (tests/penalties/test_late_fee_citations.py compares the two)."""
    first = (law.rate_fig.citation, law.month_cite, cap_cite)
    return {"citations": tuple(dict.fromkeys(c for c in first if c is not None))}


class _Law(NamedTuple):
    """What the law in force gives a late fee from ``due`` to ``day`` (see :func:`_law_on`)."""

    rate_fig: Figure
    rate: Decimal
    accrual_end: _dt.date
    month_cite: Citation | None
    n_done: int  # months of default completed by accrual_end (one debt)
    started: _dt.date | None  # the last day charged of a month running on accrual_end


_PLAIN_FIGURE = re.compile(r"[0-9.]+")
"""A figure as the month line's Chinese rule reads it (familyplan._zh)."""

_LAWS: Kept[tuple[_dt.date, _dt.date, str], _Law] = Kept()


def _law_on(due: _dt.date, day: _dt.date, after_cessation: str) -> _Law:
    """The rate article's figure, the day accrual ends, the civil-law month rule and the
    months of one debt, for a levy due on ``due`` as of ``day``: kept per (due, day,
    after_cessation), since the registry is immutable (a NotInForce is raised afresh)."""
    key = (due, day, after_cessation)
    law = _LAWS.get(key)
    if law is None:
        law = _find_law(due, day, after_cessation)
        _LAWS.keep(key, law)
    return law


def _find_law(due: _dt.date, day: _dt.date, after_cessation: str) -> _Law:
    start = due + _ONE_DAY
    # 357 art. 8: 自欠缴之日起每月加收欠缴社会抚养费的千分之二的滞纳金
    try:
        rate_fig = statutes.figure(_RATE, on=start)  # in force 2002-09-01..2021-09-08 only
    except NotInForce as exc:
        raise NotInForce(
            "a late fee (levy-measures art. 8: 每月加收…千分之二的滞纳金)",
            start,
            exc.versions,
            f"the default began on {start.isoformat()} (the day after due_on), when no "
            "article charging a late fee on the levy was in force",
        ) from None
    accrual_end = day
    ceased = rate_fig.applies_until
    if ceased is not None and day > ceased and after_cessation == "stop":
        accrual_end = ceased
    n_done = completed_months(due, accrual_end)
    started = accrual_end if accrual_end > due and month_end(due, n_done) < accrual_end else None
    return _Law(
        rate_fig, rate_fig.as_decimal(), accrual_end, _month_rule_citation(day), n_done, started
    )


@functools.cache  # one entry per day on or after CAP_FROM (a NotInForce is raised afresh)
def _cap_citation(day: _dt.date) -> Citation:
    return statutes.citation(_COERCION_LAW, article=45, on=day, paragraph=2)


def _explain(
    ctx: tuple[_Law, list[_Row] | None, int, _dt.date | None, Decimal, Citation | None],
    r: LateFee,
) -> dict[str, Any]:
    """The schedule, citations and steps of the late fee ``r`` (a :func:`build_later`
    builder: it reads only ``r``'s eager fields and what the call worked out)."""
    law, rows, n_done, partial, fee, cap_cite = ctx
    due, day, pol, rate_fig, rate = r.due_on, r.as_of, r.policy, law.rate_fig, law.rate
    if rows is None:
        rows = _one_debt_rows(due, n_done, partial, r.principal, fee)
    start = due + _ONE_DAY
    rate_cite = rate_fig.citation
    t = Trace()
    t.add(
        f"last day to pay {due.isoformat()}; default from {start.isoformat()} (自欠缴之日起)",
        start,
        rate_cite,
        zh="自欠缴之日起加收滞纳金",
    )
    t.add(f"late fee rate per month of the unpaid levy ({rate_fig.words})", rate, rate_cite)
    ceased = rate_fig.applies_until
    if ceased is not None and day > ceased:
        statute = rate_fig.provision.statute
        # the version's note names the abolishing decision and its source
        gone = (
            f"《{statute.title}》 is in force until {ceased.isoformat()} (abolished; "
            f"the registry's {statute.id} {rate_fig.version.label} version note gives the source)"
        )
        if pol.after_cessation == "stop":
            t.add(
                f"{gone}: after that day no article in force charges a late fee, so "
                f"accrual stops on {ceased.isoformat()} (policy after_cessation='stop'; months "
                "ending later are not charged)",
                ceased,
                rate_cite,
            )
        else:
            t.add(
                f"{gone}: accrual continues after it at the rate of its last day in force "
                "(policy after_cessation='continue', a reading no article states)",
                ceased,
                rate_cite,
            )
    month_cite = law.month_cite
    t.add(
        "a month of default ends on the corresponding day, or the month's last day; "
        f"policy: {pol.label}",
        pol.months,
        month_cite,
    )
    if day <= due:
        t.add(
            f"as of {day.isoformat()} nothing is overdue yet (last day to pay {due.isoformat()})",
            0,
        )
    else:
        t.add(f"months of default charged as of {day.isoformat()}", r.months, month_cite)
        rate_text = str(rate)
        # the month lines' Chinese written at once when every figure is in the plain
        # digits the familyplan._zh rule reads (it always is: amounts are in fen)
        plain = _PLAIN_FIGURE.fullmatch(rate_text) is not None
        for start_on, end_on, unpaid, month_fee, instalment, _complete in rows:
            label = "" if instalment is None else f" (instalment {instalment})"
            a, b, p = start_on.isoformat(), end_on.isoformat(), str(unpaid)
            zh = ""
            if plain and _PLAIN_FIGURE.fullmatch(p):
                i = None if instalment is None else str(instalment)
                zh = late_fee_month_zh(a, b, i, p, rate_text)
            t.add(f"{a} to {b}{label}: {p} unpaid x {rate_text}", month_fee, rate_cite, zh=zh)
    t.add("late fee accrued before the cap", r.uncapped_amount)
    if cap_cite is not None:
        t.add(
            "滞纳金的数额不得超出金钱给付义务的数额: the fee is at most the principal"
            + (" (the cap applies)" if r.capped else " (not reached)"),
            r.principal,
            cap_cite,
        )
    else:
        t.add(
            f"as of {day.isoformat()} no cap: 《行政强制法》 is in force from {CAP_FROM.isoformat()}",
            False,
        )
    t.add(f"rounded once at the end ({pol.rounding.label})", r.amount)
    return {
        "schedule": tuple(LatePeriod(*row) for row in rows),
        "citations": t.citations,
        "steps": t.steps,
    }


def _schedule(
    p0: Decimal,
    due: _dt.date,
    accrual_end: _dt.date,
    day: _dt.date,
    rate: Decimal,
    pays: tuple[LateFeePayment, ...],
    parts: tuple[Instalment, ...] | None,
    pol: LateFeePolicy,
) -> tuple[
    list[_Row], int, Decimal, bool, Decimal, Decimal, tuple[Decimal, Decimal, Decimal, Decimal]
]:
    """The months charged, month by month, with payments and instalments: (rows, months,
    uncapped, capped, exact, amount, (fee paid, principal paid, excess, unpaid principal))."""
    debts = (
        [_Debt(None, due, p0)]
        if parts is None
        else [_Debt(k, i.due_on, i.amount) for k, i in enumerate(parts, start=1)]
    )
    # every month of default to charge: (last day charged, debt, month number, complete?)
    events: list[tuple[_dt.date, int, int, bool]] = []
    ends: list[list[_dt.date]] = []  # per debt: the last day of months 0, 1, ..., n_done
    for d_i, debt in enumerate(debts):
        n_done = completed_months(debt.due_on, accrual_end)
        own = month_ends(debt.due_on, n_done)
        ends.append(own)
        events.extend((own[k], d_i, k, True) for k in range(1, n_done + 1))
        if pol.months == "started" and accrual_end > debt.due_on and own[n_done] < accrual_end:
            events.append((accrual_end, d_i, n_done + 1, False))
    if parts is not None or pol.months == "started":
        events.sort(key=lambda e: (e[0], e[1]))  # one debt's completed months come in order

    rows: list[_Row] = []
    fee_accrued = ZERO
    fee_paid = ZERO
    principal_paid = ZERO
    excess = ZERO
    pay_iter = iter(pays)
    pending = next(pay_iter, None)

    def apply(payment: LateFeePayment) -> None:
        nonlocal fee_paid, principal_paid, excess
        left = payment.amount
        if pol.allocation == "fee-first":
            to_fee = min(left, fee_accrued - fee_paid)
            fee_paid += to_fee
            left -= to_fee
        for debt in debts:  # earliest due instalment first
            take = min(left, debt.unpaid)
            debt.unpaid -= take
            principal_paid += take
            left -= take
        if pol.allocation == "principal-first":
            to_fee = min(left, fee_accrued - fee_paid)
            fee_paid += to_fee
            left -= to_fee
        excess += left

    with exact_context():
        last_unpaid: Decimal | None = None
        fee = ZERO
        for charged_on, d_i, k, complete in events:
            # 滞纳金 is on the principal still unpaid on the month's last day: a payment
            # counts from the day after it is made
            while pending is not None and pending.paid_on < charged_on:
                apply(pending)
                pending = next(pay_iter, None)
            debt = debts[d_i]
            unpaid = debt.unpaid
            if unpaid is not last_unpaid:
                fee = unpaid * rate
                last_unpaid = unpaid
            fee_accrued += fee
            rows.append(
                (ends[d_i][k - 1] + _ONE_DAY, charged_on, unpaid, fee, debt.index, complete)
            )
        uncapped = fee_accrued
        cap_applies = day >= CAP_FROM
        capped = cap_applies and uncapped > p0
        exact = min(uncapped, p0) if cap_applies else uncapped
        fee_accrued = exact
        while pending is not None:
            apply(pending)
            pending = next(pay_iter, None)
        amount = pol.rounding.apply(exact)

    unpaid_principal = sum((d.unpaid for d in debts), ZERO)
    return (
        rows,
        len(rows),
        uncapped,
        capped,
        exact,
        amount,
        (fee_paid, principal_paid, excess, unpaid_principal),
    )


def _one_debt_rows(
    due: _dt.date, n_done: int, partial: _dt.date | None, unpaid: Decimal, fee: Decimal
) -> list[_Row]:
    """The months of one debt charged on the same principal (``partial``: the last day
    charged of a month running on it, under ``months="started"``)."""
    ends = month_ends(due, n_done)
    rows: list[_Row] = [
        (ends[k - 1] + _ONE_DAY, ends[k], unpaid, fee, None, True) for k in range(1, n_done + 1)
    ]
    if partial is not None:
        rows.append((ends[n_done] + _ONE_DAY, partial, unpaid, fee, None, False))
    return rows
