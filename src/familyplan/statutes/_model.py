"""The public frozen types of the statute registry."""

from __future__ import annotations

import datetime as _dt
import functools
from decimal import Decimal
from typing import Any

import attrs

from familyplan.errors import RegistryDataError
from familyplan.explain import Citation, Numbering
from familyplan.statutes._spec import Level, MatterKind, Unit

__all__ = ["Figure", "FigureValue", "Matter", "Provision", "Statute", "StatuteVersion"]

FigureValue = Decimal | int | _dt.date | tuple[Decimal, Decimal]
"""A figure's value: money, rates and multiples as ``Decimal``; days, months,
ages and counts as ``int``; a calendar day as ``date``; a range as a pair."""


@attrs.frozen
class StatuteVersion:
    """One dated text of a statute.

    :param label: e.g. ``"2016"`` (the year of the amendment that made it).
    :param adopted_on: the day it was adopted or published.
    :param effective_from: first day in force.
    :param effective_until: last day in force (inclusive), ``None`` while in force.
    :param source: where the text was read.
    :param note: amendment or abolition details.
    """

    label: str
    adopted_on: _dt.date
    effective_from: _dt.date
    effective_until: _dt.date | None
    source: str
    note: str = ""

    def in_force_on(self, day: _dt.date) -> bool:
        return self.effective_from <= day and (
            self.effective_until is None or day <= self.effective_until
        )

    @property
    def span(self) -> tuple[str, _dt.date, _dt.date | None]:
        return (self.label, self.effective_from, self.effective_until)

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "adopted_on": self.adopted_on.isoformat(),
            "effective_from": self.effective_from.isoformat(),
            "effective_until": None
            if self.effective_until is None
            else self.effective_until.isoformat(),
            "source": self.source,
            "note": self.note,
        }


@attrs.frozen
class Statute:
    """A statute or other source document, with its dated versions.

    :param id: the stable registry id (e.g. ``"levy-measures"``).
    :param title: the full Chinese title without 《》.
    :param issuer: the body that made it.
    :param level: law, administrative regulation, local regulation, ...
    :param jurisdiction: the GB/T 2260 code of the area it governs.
    :param versions: its versions, oldest first.
    """

    id: str
    title: str
    issuer: str
    level: Level
    jurisdiction: str
    versions: tuple[StatuteVersion, ...]
    document_number: str | None = None
    note: str = ""
    numbering: Numbering = "article"

    def version_on(self, day: _dt.date) -> StatuteVersion | None:
        """The version in force on ``day``, or ``None``."""
        for v in self.versions:
            if v.in_force_on(day):
                return v
        return None

    def version(self, label: str) -> StatuteVersion | None:
        for v in self.versions:
            if v.label == label:
                return v
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "issuer": self.issuer,
            "level": self.level,
            "jurisdiction": self.jurisdiction,
            "document_number": self.document_number,
            "note": self.note,
            "numbering": self.numbering,
            "versions": [v.to_dict() for v in self.versions],
        }


@attrs.frozen
class Provision:
    """The text of one article (or paragraph, or item) in one statute version.

    :param statute: the statute.
    :param version: the version whose text this is.
    :param article: 条; ``paragraph`` 款 and ``item`` 项 when the provision
        is narrower than the whole article.
    :param quote: the Chinese text, copied verbatim from ``source``.
    :param summary: one line of English.
    :param source: where the quote was copied from (``seed:<file>`` or
        ``LawRefBook/Laws:<path>``).
    """

    statute: Statute
    version: StatuteVersion
    article: int
    quote: str
    summary: str
    source: str
    paragraph: int | None = None
    item: int | None = None
    note: str = ""

    @functools.cached_property  # kept: a provision is immutable
    def citation(self) -> Citation:
        return Citation(
            self.statute.id,
            self.statute.title,
            self.version.label,
            self.article,
            self.paragraph,
            self.item,
            self.statute.numbering,
        )

    def cite(self, paragraph: int | None = None, item: int | None = None) -> Citation:
        """A citation of this provision, or of a paragraph/item inside it."""
        return Citation(
            self.statute.id,
            self.statute.title,
            self.version.label,
            self.article,
            paragraph if paragraph is not None else self.paragraph,
            item if item is not None else self.item,
            self.statute.numbering,
        )

    def __str__(self) -> str:
        return f"{self.citation}：{self.quote}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "statute_id": self.statute.id,
            "title": self.statute.title,
            "version": self.version.to_dict(),
            "article": self.article,
            "paragraph": self.paragraph,
            "item": self.item,
            "citation": str(self.citation),
            "quote": self.quote,
            "summary": self.summary,
            "source": self.source,
            "note": self.note,
        }


@attrs.frozen
class Matter:
    """An administrative matter (事项) of a power catalogue (权力清单).

    :param basis: ``(statute_id, article)`` references of its 法定依据, as
        the catalogue gives them.
    :param statutory_limit_working_days: 法定期限, when the catalogue gives one.
    :param promised_limit_working_days: 承诺期限, when given.
    """

    id: str
    jurisdiction: str
    name: str
    kind: MatterKind
    office: str
    basis: tuple[tuple[str, int], ...]
    source: str
    statutory_limit_working_days: int | None = None
    promised_limit_working_days: int | None = None
    listed_on: _dt.date | None = None
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "jurisdiction": self.jurisdiction,
            "name": self.name,
            "kind": self.kind,
            "office": self.office,
            "basis": [list(b) for b in self.basis],
            "source": self.source,
            "statutory_limit_working_days": self.statutory_limit_working_days,
            "promised_limit_working_days": self.promised_limit_working_days,
            "listed_on": None if self.listed_on is None else self.listed_on.isoformat(),
            "note": self.note,
        }


@attrs.frozen
class Figure:
    """One statutory number, dated and cited: OpenFisca's parameter, frozen and checked.

    The registry builds one ``Figure`` per figure id and statute version,
    after checking that ``words`` appear in the provision's quote and state
    exactly ``value`` (see :func:`familyplan.statutes.read_numbers`).

    :param id: the stable id (e.g. ``"late-fee.rate-per-month"``); one id has
        one figure per period it applies in, never two at once.
    :param value: the typed value (see :data:`FigureValue`).
    :param unit: what the value counts (``"rate-per-month"``, ``"days"``…).
    :param words: the words of the quote that state it (``"千分之二"``).
    :param provision: the provision (statute version, article) that states it.
    :param paragraph: 款, when the figure is in one paragraph of that provision.
    :param item: 项, likewise.
    :param applies_from: the first day the figure applies.
    :param applies_until: the last day it applies (inclusive), or ``None``
        while its version is in force.
    """

    id: str
    value: FigureValue
    unit: Unit
    words: str
    provision: Provision
    applies_from: _dt.date
    applies_until: _dt.date | None
    paragraph: int | None = None
    item: int | None = None
    note: str = ""

    @functools.cached_property  # kept: a figure is immutable, and cited by every calculation
    def citation(self) -> Citation:
        """The provision (paragraph, item) that states the figure."""
        return self.provision.cite(self.paragraph, self.item)

    @property
    def version(self) -> StatuteVersion:
        return self.provision.version

    @property
    def span(self) -> tuple[str, _dt.date, _dt.date | None]:
        """``(version label, applies_from, applies_until)``, as ``NotInForce`` lists them."""
        return (self.provision.version.label, self.applies_from, self.applies_until)

    def applies_on(self, day: _dt.date) -> bool:
        return self.applies_from <= day and (
            self.applies_until is None or day <= self.applies_until
        )

    def _wrong(self, wanted: str) -> RegistryDataError:
        return RegistryDataError(f"figure {self.id} is {self.value!r} ({self.unit}), not {wanted}")

    def as_decimal(self) -> Decimal:
        """The value as a ``Decimal`` (money, a rate, a multiple)."""
        if isinstance(self.value, Decimal):
            return self.value
        raise self._wrong("a Decimal")

    def as_int(self) -> int:
        """The value as an ``int`` (days, months, an age, a count)."""
        if isinstance(self.value, int):
            return self.value
        raise self._wrong("an int")

    def as_date(self) -> _dt.date:
        """The value as a ``date``."""
        if isinstance(self.value, _dt.date):
            return self.value
        raise self._wrong("a date")

    def as_range(self) -> tuple[Decimal, Decimal]:
        """The value as a ``(low, high)`` pair."""
        if isinstance(self.value, tuple):
            return self.value
        raise self._wrong("a (low, high) range")

    def __str__(self) -> str:
        return f"{self.id} = {self.words} ({self.citation})"

    def to_dict(self) -> dict[str, Any]:
        value: Any
        if isinstance(self.value, tuple):
            value = [str(x) for x in self.value]
        elif isinstance(self.value, Decimal):
            value = str(self.value)
        elif isinstance(self.value, _dt.date):
            value = self.value.isoformat()
        else:
            value = self.value
        return {
            "id": self.id,
            "value": value,
            "unit": self.unit,
            "words": self.words,
            "citation": self.citation.to_dict(),
            "version": self.provision.version.to_dict(),
            "applies_from": self.applies_from.isoformat(),
            "applies_until": None if self.applies_until is None else self.applies_until.isoformat(),
            "quote": self.provision.quote,
            "source": self.provision.source,
            "note": self.note,
        }
