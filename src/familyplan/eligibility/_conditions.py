"""Conditions and their three-valued logic; the :class:`Eligibility` result.

A condition is *met* (``True``), *not met* (``False``) or *unknown* (``None``:
a fact it needs was not given). Conditions without a ``group`` must all hold;
conditions that share a ``group`` are alternatives (one is enough — e.g. "one
living child" or "two living daughters"):

>>> combine([(None, True), ("children", False), ("children", None)])
>>> combine([(None, True), ("children", False), ("children", True)])
True
>>> combine([(None, False), (None, None)])
False
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

import attrs

from familyplan import statutes
from familyplan._kept import Kept
from familyplan.errors import InvalidInput
from familyplan.explain import Citation, Step, StepValue, result_dict, to_jsonable
from familyplan.money import quantize_fen
from familyplan.types import DivisionCode

__all__ = [
    "Condition",
    "ConditionSpec",
    "Eligibility",
    "Explanation",
    "Pending",
    "Rate",
    "SharedFact",
    "all_of",
    "any_of",
    "cite",
    "combine",
    "combine_pending",
    "deferred_eligibility",
    "pending",
]

Met = bool | None


def all_of(values: Iterable[Met]) -> Met:
    """``False`` if any is ``False``; else ``None`` if any is unknown; else ``True``."""
    unknown = False
    for v in values:  # one pass: the first False decides
        if v is False:
            return False
        if v is None:
            unknown = True
    return None if unknown else True


def any_of(values: Iterable[Met]) -> Met:
    """``True`` if any is ``True``; else ``None`` if any is unknown; else ``False``."""
    unknown = False
    for v in values:  # one pass: the first True decides
        if v is True:
            return True
        if v is None:
            unknown = True
    return None if unknown else False


def combine(items: Iterable[tuple[str | None, Met]]) -> Met:
    """Alternatives within each group, then every group and ungrouped condition."""
    required: list[Met] = []
    groups: dict[str, list[Met]] = {}
    for group, met in items:
        if group is None:
            required.append(met)
        else:
            groups.setdefault(group, []).append(met)
    required.extend(any_of(v) for v in groups.values())
    return all_of(required)


def combine_pending(items: Iterable[Pending]) -> Met:
    """:func:`combine` over pending conditions, in one pass (the hot path of every check)."""
    unknown = False
    groups: dict[str, Met] | None = None
    for p in items:
        group = p.spec.group
        met = p.met
        if group is None:
            if met is False:
                return False
            if met is None:
                unknown = True
        else:
            if groups is None:
                groups = {}
            seen = groups.get(group, False)
            if seen is not True:
                groups[group] = True if met is True else (None if met is None else seen)
    if groups is not None:
        for outcome in groups.values():
            if outcome is False:
                return False
            if outcome is None:
                unknown = True
    return None if unknown else True


@attrs.frozen
class Condition:
    """One condition of a programme, as applied to one applicant.

    :param id: stable identifier, e.g. ``"rural-reward.aged-60"``.
    :param description: what the condition requires, in English.
    :param fact: the fact used, in words with its value (``"born_on=1952-12-31"``).
    :param value: the fact's key value (an age, a count, a date), when there is one.
    :param met: ``True`` / ``False``, or ``None`` when a fact it needs was not given.
    :param citation: the provision that states it.
    :param group: conditions sharing a group are alternatives (one suffices).
    :param see_also: other provisions that restate the condition where the
        applicant lives (a county list), possibly in other words.
    """

    id: str
    description: str
    fact: str
    value: StepValue
    met: bool | None
    citation: Citation
    group: str | None = None
    see_also: tuple[Citation, ...] = ()

    @property
    def status(self) -> str:
        return {True: "met", False: "not met", None: "unknown"}[self.met]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "description": self.description,
            "fact": self.fact,
            "value": to_jsonable(self.value),
            "met": self.met,
            "citation": self.citation.to_dict(),
            "group": self.group,
            "see_also": [c.to_dict() for c in self.see_also],
        }


@attrs.frozen
class ConditionSpec:
    """A condition of a programme as written in the law (the catalogue row).

    :param where: in which divisions it is checked (``"everywhere"`` or a note
        such as ``"岳阳楼区 (430602), from 2016-11-01"``).
    """

    id: str
    description: str
    statute_id: str
    article: int
    item: int | None = None
    group: str | None = None
    where: str = "everywhere the programme applies"

    def cite(self, on: _dt.date) -> Citation:
        """The citation of the provision in force on ``on`` (raises ``NotInForce``)."""
        return statutes.citation(self.statute_id, self.article, on=on, item=self.item)

    def result(
        self,
        *,
        on: _dt.date,
        fact: str,
        met: bool | None,
        value: StepValue = None,
        see_also: tuple[Citation, ...] = (),
    ) -> Condition:
        return Condition(
            self.id, self.description, fact, value, met, self.cite(on), self.group, see_also
        )


_CITES: Kept[tuple[str, int, int | None, _dt.date], Citation] = Kept()


def cite(spec: ConditionSpec, on: _dt.date) -> Citation:
    """``spec.cite(on)``, kept per (provision, day): the registry is immutable, and a
    check cites every condition (errors are raised afresh, never kept)."""
    key = (spec.statute_id, spec.article, spec.item, on)
    c = _CITES.get(key)
    if c is None:
        c = spec.cite(on)
        _CITES.keep(key, c)
    return c


Fact = str | Callable[[], str]
"""A condition's fact: its words, or a function that writes them when first read."""


class SharedFact:
    """The words of a fact that several conditions show, written once when first
    read and then the same string for each (as one eagerly written fact would be)."""

    __slots__ = ("args", "words", "write")

    def __init__(self, write: Callable[..., str], *args: Any) -> None:
        self.write = write
        self.args = args
        self.words: str | None = None

    def __call__(self) -> str:
        words = self.words
        if words is None:
            words = self.words = self.write(*self.args)
        return words


class Pending(NamedTuple):
    """A condition decided but not yet written out: the :class:`Condition` is made
    from it (with its ``fact`` in words) only when a result's conditions are read."""

    spec: ConditionSpec
    citation: Citation
    fact: Fact
    met: bool | None
    value: StepValue = None
    see_also: tuple[Citation, ...] = ()

    @property
    def group(self) -> str | None:
        return self.spec.group

    def condition(self) -> Condition:
        s, fact = self.spec, self.fact
        return Condition(
            s.id,
            s.description,
            fact if isinstance(fact, str) else fact(),
            self.value,
            self.met,
            self.citation,
            s.group,
            self.see_also,
        )


def pending(
    spec: ConditionSpec,
    *,
    on: _dt.date,
    fact: Fact,
    met: bool | None,
    value: StepValue = None,
    see_also: tuple[Citation, ...] = (),
) -> Pending:
    """Like ``spec.result(...)``, with the condition written out on demand (the
    citation is looked up now: a provision not in force raises at once)."""
    return Pending(spec, cite(spec, on), fact, met, value, see_also)


@attrs.frozen
class Rate:
    """The rate applied for one person (or family) and one unit of time.

    :param per: ``"month"`` or ``"year"``.
    :param minimum: the statutory figure (a national or provincial minimum, or the
        local rate chosen inside a statutory range).
    :param top_up: the local top-up passed by the caller (0 when none).
    :param basis: which figure of the table applied (``"death"``, ``"rural-disability"``...).
    :param source: ``"statute"`` or ``"caller"`` (a local rate passed in).
    """

    per: Literal["month", "year"]
    minimum: Decimal = attrs.field(converter=quantize_fen)
    top_up: Decimal = attrs.field(converter=quantize_fen)
    basis: str
    citation: Citation
    source: Literal["statute", "caller"] = "statute"
    note: str = ""

    @property
    def total(self) -> Decimal:
        return self.minimum + self.top_up

    def to_dict(self) -> dict[str, Any]:
        return {
            "per": self.per,
            "minimum": str(self.minimum),
            "top_up": str(self.top_up),
            "total": str(self.total),
            "basis": self.basis,
            "citation": self.citation.to_dict(),
            "source": self.source,
            "note": self.note,
        }


class _Deferred:
    """The slot of a result whose explanation is written out when first read."""

    __slots__ = ("_explain",)


Explanation = tuple[tuple[Condition, ...], tuple[Step, ...], tuple[Citation, ...]]
"""``(conditions, steps, citations)`` of an :class:`Eligibility`."""

_DEFERRED = frozenset({"conditions", "steps", "citations"})


@attrs.frozen
class Eligibility(_Deferred):
    """The answer of :func:`~familyplan.eligibility.check`.

    :param eligible: ``True`` when every condition holds, ``False`` when one
        fails, ``None`` when none fails but some could not be decided (a fact
        was not given).
    :param conditions: every condition with the fact used, ``met`` and its citation.
    :param amount: for an eligible applicant of a subsidy, the amount for the
        year (``amount_period="year"``) or the month (``"month"``) including the
        caller's top-up; ``None`` otherwise.
    :param rate: the rate applied (statutory minimum, top-up, citation).
    :param payer: who pays or funds it, when the law says.
    :param one_off_contribution: a one-off sum the law requires of an employer
        (urban reward, state-owned enterprises), when it applies.
    :param policies: the named interpretations used.
    :param checked_through: when the amount comes from a standard with no end
        date (it runs until replaced), the day up to which the programme's
        sources were checked for a replacement (see
        :attr:`Programme.checked_through`); ``None`` when the amount's period is
        closed by a later text, or there is no amount.
    """

    programme_id: str
    jurisdiction: DivisionCode
    year: int | None
    as_of: _dt.date | None
    eligible: bool | None
    conditions: tuple[Condition, ...]
    amount: Decimal | None
    amount_period: Literal["year", "month"] | None
    rate: Rate | None
    payer: str | None
    one_off_contribution: Decimal | None
    policies: tuple[tuple[str, str], ...]
    citations: tuple[Citation, ...]
    steps: tuple[Step, ...]
    checked_through: _dt.date | None = None

    if not TYPE_CHECKING:  # mypy keeps checking attribute names

        def __getattr__(self, name: str) -> Any:
            # only reached for an unset slot: the explanation of a deferred result
            if name not in _DEFERRED:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            explain = object.__getattribute__(self, "_explain")
            if explain is not None:  # None: another thread wrote it out meanwhile
                conditions, steps, citations = explain()
                object.__setattr__(self, "conditions", conditions)
                object.__setattr__(self, "steps", steps)
                object.__setattr__(self, "citations", citations)
                object.__setattr__(self, "_explain", None)
            return object.__getattribute__(self, name)

    @property
    def status(self) -> str:
        """``"eligible"``, ``"not eligible"`` or ``"undetermined"``."""
        return {True: "eligible", False: "not eligible", None: "undetermined"}[self.eligible]

    def _decisive(self, value: bool | None) -> tuple[Condition, ...]:
        groups: dict[str, list[bool | None]] = {}
        for c in self.conditions:
            if c.group is not None:
                groups.setdefault(c.group, []).append(c.met)
        outcome = {g: any_of(v) for g, v in groups.items()}
        return tuple(
            c
            for c in self.conditions
            if c.met is value and (c.group is None or outcome[c.group] is value)
        )

    @property
    def unknown(self) -> tuple[Condition, ...]:
        """The conditions that leave the result undecided (an alternative of a
        group counts only when its group as a whole is undecided)."""
        return self._decisive(None)

    @property
    def failed(self) -> tuple[Condition, ...]:
        """The conditions that make the applicant ineligible (an alternative of a
        group counts only when every alternative of its group failed)."""
        return self._decisive(False)

    def condition(self, condition_id: str) -> Condition:
        """The condition with that id.

        :raises InvalidInput: naming the ids of this result's conditions.
        """
        for c in self.conditions:
            if c.id == condition_id:
                return c
        raise InvalidInput(
            "condition_id", condition_id, f"one of {[c.id for c in self.conditions]}"
        )

    def to_dict(self) -> dict[str, Any]:
        return result_dict(self, "eligibility")


_new = object.__new__


def _setter(cls: type, name: str) -> Callable[[object, object], None]:
    """The slot's own setter (what ``object.__setattr__`` reaches, found once)."""
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name].__set__  # type: ignore[no-any-return]
    raise AttributeError(name)  # pragma: no cover - a renamed field


(
    _programme_id,
    _jurisdiction,
    _year,
    _as_of,
    _eligible,
    _amount,
    _amount_period,
    _rate,
    _payer,
    _one_off,
    _policies,
    _checked_through,
    _explain,
) = (
    _setter(Eligibility, name)
    for name in (
        "programme_id",
        "jurisdiction",
        "year",
        "as_of",
        "eligible",
        "amount",
        "amount_period",
        "rate",
        "payer",
        "one_off_contribution",
        "policies",
        "checked_through",
        "_explain",
    )
)


def deferred_eligibility(
    programme_id: str,
    jurisdiction: DivisionCode,
    year: int | None,
    as_of: _dt.date | None,
    eligible: bool | None,
    amount: Decimal | None,
    amount_period: Literal["year", "month"] | None,
    rate: Rate | None,
    payer: str | None,
    one_off_contribution: Decimal | None,
    policies: tuple[tuple[str, str], ...],
    checked_through: _dt.date | None,
    explain: Callable[[], Explanation],
) -> Eligibility:
    """An :class:`Eligibility` whose conditions, steps and citations are written out
    by ``explain()`` when first read (then kept): equal, in every field and in
    ``to_dict()``, to the one built with them. The slots are set through their
    own setters, as ``object.__setattr__`` would (the frozen class refuses
    its ``__setattr__``)."""
    e: Eligibility = _new(Eligibility)
    _programme_id(e, programme_id)
    _jurisdiction(e, jurisdiction)
    _year(e, year)
    _as_of(e, as_of)
    _eligible(e, eligible)
    _amount(e, amount)
    _amount_period(e, amount_period)
    _rate(e, rate)
    _payer(e, payer)
    _one_off(e, one_off_contribution)
    _policies(e, policies)
    _checked_through(e, checked_through)
    _explain(e, explain)
    return e
