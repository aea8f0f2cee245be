"""What every programme module shares: the programme descriptor, the policy,
the context of one check, and the helpers that decide which texts apply."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any, Literal, NamedTuple

import attrs

from familyplan import statutes
from familyplan._json import JSONInput
from familyplan._kept import Kept
from familyplan._validate import choice_of
from familyplan.errors import InvalidInput
from familyplan.explain import Citation, Step, StepValue, Trace
from familyplan.statutes import Jurisdiction
from familyplan.types import ProgrammeId

from ._amounts import LocalRates
from ._conditions import ConditionSpec, Pending, Rate

__all__ = [
    "DEFAULT_POLICY",
    "Call",
    "Context",
    "DeferredTrace",
    "Evaluation",
    "Policy",
    "Programme",
    "ProgrammeId",
    "Ref",
    "applies",
    "checked_through",
    "day_of",
    "in_division",
    "ref",
    "see_also",
    "year_of",
]


@attrs.frozen
class Policy(JSONInput):
    """The interpretations the texts leave open; every result records them.

    :param health_allowance_last_month: 从领证之月起到子女十四周岁止 — is the month
        of the 14th birthday paid? ``"birthday-month"`` (default: the text runs
        *to* the 14th birthday, so the month in which it falls is the last one
        paid) or ``"month-before-birthday"``.
    :param urban_reward_month: a month of the urban reward is paid when the
        conditions hold on its first day (``"first-day"``, default: never pays
        a month in which the person was not yet qualified when it began) or on
        its last day (``"last-day"``). The sources do not say.
    :param event_month: in annual verification, is the month in which a
        terminating event falls (death, birth, adoption, recovery, pension)
        still due? ``"not-due"`` (default: payment ends at once, 立即终止 /
        自…时起终止) or ``"due"``.

    >>> Policy(event_month="due").event_month
    'due'
    >>> Policy(event_month="sometimes")
    Traceback (most recent call last):
    ...
    familyplan.errors.InvalidInput: event_month must be one of 'not-due' or 'due', got 'sometimes'
    """

    health_allowance_last_month: Literal["birthday-month", "month-before-birthday"] = attrs.field(
        default="birthday-month",
        validator=choice_of(("birthday-month", "month-before-birthday")),
    )
    urban_reward_month: Literal["first-day", "last-day"] = attrs.field(
        default="first-day", validator=choice_of(("first-day", "last-day"))
    )
    event_month: Literal["not-due", "due"] = attrs.field(
        default="not-due", validator=choice_of(("not-due", "due"))
    )

    def pairs(self) -> tuple[tuple[str, str], ...]:
        return (
            ("health_allowance_last_month", self.health_allowance_last_month),
            ("urban_reward_month", self.urban_reward_month),
            ("event_month", self.event_month),
        )

    def to_dict(self) -> dict[str, Any]:
        return dict(self.pairs())


DEFAULT_POLICY = Policy()
"""The default :class:`Policy`."""


class Context:
    """One check: the programme, where, when, the caller's rates and the trace.

    A plain class (made on every check; the modules only read it)."""

    __slots__ = ("as_of", "jurisdiction", "on", "policy", "programme", "rates", "trace", "year")

    def __init__(
        self,
        programme: Programme,
        jurisdiction: Jurisdiction,
        year: int | None,
        as_of: _dt.date | None,
        on: _dt.date,
        rates: LocalRates | None,
        policy: Policy,
        trace: DeferredTrace,
    ) -> None:
        self.programme = programme
        self.jurisdiction = jurisdiction
        self.year = year
        self.as_of = as_of
        self.on = on
        self.rates = rates
        self.policy = policy
        self.trace = trace


Call = tuple[Callable[..., None], tuple[Any, ...]]
"""A recorded call of a :class:`DeferredTrace`: ``fn(trace, *args)``."""


class DeferredTrace(Trace):
    """A :class:`Trace` that records its calls and writes the steps out on demand.

    :meth:`write` replays the calls into ``trace`` in their order, so the steps
    and citations are those an ordinary trace would hold; a call may also be a
    function of the trace (``later``), for steps whose words are made then.
    """

    __slots__ = ("_calls",)

    def __init__(self) -> None:
        # Trace's own lists stay unset: every method that reads them is overridden
        self._calls: list[Call] = []

    def add(
        self,
        description: str,
        value: StepValue = None,
        citation: Citation | None = None,
        *,
        zh: str = "",
    ) -> None:
        self._calls.append((_add, (description, value, citation, zh)))

    def cite(self, *citations: Citation) -> None:
        self._calls.append((Trace.cite, citations))

    def extend(self, steps: Iterable[Step]) -> None:
        self._calls.append((Trace.extend, (tuple(steps),)))

    def later(self, write: Callable[..., None], *args: Any) -> None:
        """Call ``write(trace, *args)`` when the steps are written out."""
        self._calls.append((write, args))

    def replay(self, calls: Iterable[Call]) -> None:
        """Record ``calls`` (another trace's :attr:`calls`) as if made here."""
        self._calls.extend(calls)

    @property
    def calls(self) -> tuple[Call, ...]:
        return tuple(self._calls)

    def write(self, trace: Trace) -> Trace:
        for fn, args in self._calls:
            fn(trace, *args)
        return trace

    @property
    def steps(self) -> tuple[Step, ...]:
        return self.write(Trace()).steps

    @property
    def citations(self) -> tuple[Citation, ...]:
        return self.write(Trace()).citations


def _add(
    trace: Trace, description: str, value: StepValue, citation: Citation | None, zh: str
) -> None:
    trace.add(description, value, citation, zh=zh)


class Evaluation(NamedTuple):
    """What a programme module returns to :func:`check` (its conditions still pending).

    ``amount`` is the amount due if every condition holds: :func:`check` reports
    it (and its period) only for an eligible applicant."""

    conditions: tuple[Pending, ...]
    rate: Rate | None = None
    amount: Decimal | None = None
    amount_period: Literal["year", "month"] | None = None
    payer: str | None = None
    one_off_contribution: Decimal | None = None
    checked_through: _dt.date | None = None


@attrs.frozen
class Programme:
    """A programme: what it is, where and when it is encoded, its conditions.

    :param id: the programme id used by :func:`~familyplan.eligibility.check`.
    :param kind: ``"subsidy"`` (an amount) or ``"approval"`` (a permit).
    :param jurisdiction: the division whose rules create it (the programme is
        checked there and in every division below).
    :param timing: ``"year"`` (an annual qualification: pass ``year``) or
        ``"date"`` (pass ``as_of``).
    :param per: the unit of its amount (``"year"``, ``"month"``), ``None`` for approvals.
    :param encoded_from: the first day it can be checked.
    :param encoded_until: the last day it can be checked (inclusive).
    :param conditions: the catalogue of its conditions (every one it can report).
    :param events: the event kinds :func:`~familyplan.eligibility.verify` applies to it.
    :param checked_through: the day up to which the sources of its amounts were
        checked for a replacement (rules data); an amount with no end date runs
        past it until a replacement is encoded.
    :param figure_ids: the registry figures it reads (conditions, then amounts):
        ``statutes.figure(id, on=...)`` gives each value with its quote.
    """

    id: ProgrammeId
    name_zh: str
    name: str
    kind: Literal["subsidy", "approval"]
    jurisdiction: str
    timing: Literal["year", "date"]
    per: Literal["year", "month"] | None
    encoded_from: _dt.date
    encoded_until: _dt.date | None
    conditions: tuple[ConditionSpec, ...]
    events: tuple[str, ...]
    evaluate: Callable[[Any, Context], Evaluation] = attrs.field(repr=False, eq=False)
    note: str = ""
    checked_through: _dt.date | None = None
    figure_ids: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name_zh": self.name_zh,
            "name": self.name,
            "kind": self.kind,
            "jurisdiction": self.jurisdiction,
            "timing": self.timing,
            "per": self.per,
            "encoded_from": self.encoded_from.isoformat(),
            "encoded_until": None if self.encoded_until is None else self.encoded_until.isoformat(),
            "conditions": [c.id for c in self.conditions],
            "events": list(self.events),
            "note": self.note,
            "checked_through": None
            if self.checked_through is None
            else self.checked_through.isoformat(),
            "figure_ids": list(self.figure_ids),
        }


def year_of(ctx: Context) -> int:
    """The year of an annual programme's check (the dispatcher always sets it)."""
    if ctx.year is None:
        raise InvalidInput("year", None, f"a year for {ctx.programme.id}")
    return ctx.year


def day_of(ctx: Context) -> _dt.date:
    """The day of a dated programme's check (the dispatcher always sets it)."""
    if ctx.as_of is None:
        raise InvalidInput("as_of", None, f"a date for {ctx.programme.id}")
    return ctx.as_of


_APPLIES: Kept[tuple[str, str, _dt.date], bool] = Kept()


def applies(statute_id: str, ctx: Context, on: _dt.date | None = None) -> bool:
    """Whether a statute governs the context's division and is in force then."""
    day = on or ctx.on
    key = (statute_id, ctx.jurisdiction.code, day)
    known = _APPLIES.get(key)
    if known is None:
        statute = statutes.get(statute_id)
        known = ctx.jurisdiction.is_within(statute.jurisdiction) and statutes.in_force(
            statute_id, on=day
        )
        _APPLIES.keep(key, known)  # the registry is immutable
    return known


Ref = tuple[str, int, int | None]
"""A provision reference ``(statute, article, item)`` (see :func:`ref`)."""


def ref(statute_id: str, *, article: int, item: int | None = None) -> Ref:
    """A reference to a provision, for :func:`see_also` and rule tables."""
    return (statute_id, article, item)


_SEE_ALSO: Kept[tuple[tuple[Ref, ...], str, _dt.date], tuple[Citation, ...]] = Kept()


def see_also(ctx: Context, *refs: Ref) -> tuple[Citation, ...]:
    """Citations of provisions (:func:`ref`) that apply in the context's
    division and are in force then — local restatements."""
    key = (refs, ctx.jurisdiction.code, ctx.on)
    known = _SEE_ALSO.get(key)
    if known is not None:
        return known
    out = []
    for statute_id, article, item in refs:
        if applies(statute_id, ctx):
            out.append(statutes.citation(statute_id, article, on=ctx.on, item=item))
    return _SEE_ALSO.keep(key, tuple(out))  # the registry is immutable


def checked_through(ctx: Context, open_ended: bool) -> _dt.date | None:
    """The programme's checked-through day when its amount comes from an open row."""
    return ctx.programme.checked_through if open_ended else None


def in_division(code: str, division: Jurisdiction) -> bool:
    """Whether a GB/T 2260 code lies in ``division`` (by the code's structure:
    a province ``XX0000`` holds every code starting ``XX``, a prefecture
    ``XXXX00`` every code starting ``XXXX``, a county only itself).

    >>> from familyplan.statutes import jurisdiction
    >>> in_division("430602", jurisdiction("430000")), in_division("430611", jurisdiction("430602"))
    (True, False)
    """
    d = division.code
    if division.level == "nation":
        return True
    if d.endswith("0000"):
        return code[:2] == d[:2]
    if d.endswith("00"):
        return code[:4] == d[:4]
    return code == d
