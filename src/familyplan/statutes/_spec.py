"""Builders used by the provision data modules in ``familyplan.statutes._data``.

Each data module defines one ``STATUTE = S(...)`` value. The builders only
hold plain data; ``familyplan.statutes._registry`` turns them into the public
frozen types and validates them (dates in order, every provision's versions
known, no duplicate article for the same version).

Conventions (see docs/contributing-data.md):

* dates are ISO strings ``"YYYY-MM-DD"``; ``effective_until`` is the *last day*
  the version is in force (inclusive), or ``None`` while still in force;
* ``source`` says where the text was copied from: ``"seed:<file name>"`` for
  the source documents in ``../shared/seeds`` (a test checks the quote is
  verbatim there), or ``"LawRefBook/Laws:<path>"`` for the public statute
  collection;
* ``quote`` is copied verbatim, never paraphrased; ``summary`` is one line of
  English.
"""

from __future__ import annotations

from typing import Literal

import attrs

__all__ = [
    "INT_UNITS",
    "F",
    "FigureSpec",
    "Level",
    "M",
    "MatterKind",
    "MatterSpec",
    "P",
    "ProvisionSpec",
    "S",
    "StatuteSpec",
    "Unit",
    "V",
    "VersionSpec",
    "fine_band_figures",
]

Level = Literal[
    "law",  # 法律 (NPC / NPCSC)
    "administrative-regulation",  # 行政法规 (State Council)
    "departmental-rule",  # 部门规章
    "judicial-interpretation",  # 司法解释
    "local-regulation",  # 地方性法规 (provincial people's congress)
    "local-government-rule",  # 地方政府规章 (provincial government decree)
    "normative-document",  # 规范性文件 (notices, opinions, 红头文件)
    "local-list",  # 权力清单 / 责任清单 of a county bureau (the seeds)
    "official-publication",  # a department's own news release or Q&A on a government site
]


MatterKind = Literal[
    "行政许可",
    "行政处罚",
    "行政征收",
    "行政强制",
    "行政给付",
    "行政奖励",
    "其他行政权力",
]


@attrs.frozen
class VersionSpec:
    label: str
    adopted_on: str
    effective_from: str
    effective_until: str | None
    source: str
    note: str = ""


@attrs.frozen
class ProvisionSpec:
    versions: tuple[str, ...]
    article: int
    quote: str
    summary: str
    source: str
    paragraph: int | None = None
    item: int | None = None
    note: str = ""


Unit = Literal[
    "yuan",  # an amount of money
    "yuan-per-month",  # an amount paid or charged each month
    "yuan-per-year",
    "yuan-per-person-time",  # 每人次
    "rate",  # a fraction of an amount (百分之三十 = 0.3)
    "rate-per-month",  # 每月 … 千分之二
    "multiple",  # 倍 of an income base or of illegal income
    "days",  # calendar days (日)
    "working-days",  # 工作日
    "months",  # 月 / 个月
    "years",  # 年
    "age",  # 周岁
    "weeks",  # 周 of pregnancy
    "count",  # persons, children, physicians …
    "grade",  # a disability grade (级)
    "year",  # a calendar year (1973年)
    "date",  # a calendar day (2012年1月1日)
]
"""The units a figure may have; the unit decides the value's type (see ``F``)."""

INT_UNITS: frozenset[str] = frozenset(
    {"days", "working-days", "months", "years", "age", "weeks", "count", "grade", "year"}
)
"""Units whose values are ``int``; ``"date"`` values are dates; every other unit is ``Decimal``."""

FigureValueSpec = str | int | tuple[str | int, str | int]


@attrs.frozen
class FigureSpec:
    id: str
    value: FigureValueSpec
    unit: Unit
    words: str
    versions: tuple[str, ...]
    article: int
    paragraph: int | None = None
    item: int | None = None
    applies_from: str | None = None
    applies_until: str | None = None
    note: str = ""


def F(
    id: str,
    value: FigureValueSpec,
    unit: Unit,
    words: str,
    *,
    versions: tuple[str, ...],
    article: int,
    paragraph: int | None = None,
    item: int | None = None,
    applies_from: str | None = None,
    applies_until: str | None = None,
    note: str = "",
) -> FigureSpec:
    """A statutory figure: a typed value and the words of the quote that state it.

    ``value`` is written as the quote means it: a ``str`` decimal for money,
    rates and multiples (``"0.002"``, ``"2.5"``), an ``int`` for days, months,
    ages and counts, an ISO ``str`` for a ``"date"``, a ``(low, high)`` pair for
    a range (``("2", "6")``). ``words`` must appear in the quote of the
    provision ``(article, paragraph, item)`` in every listed version, and must
    state exactly the value (read by ``familyplan.statutes.read_numbers``):
    the registry refuses to load otherwise.

    ``applies_from``/``applies_until`` (ISO, inclusive) narrow or move the
    period the figure applies in when it differs from the version's dates
    (a notice signed in December that raises an amount from 1 January);
    by default the figure applies while the version is in force.
    """
    return FigureSpec(
        id,
        value,
        unit,
        words,
        versions,
        article,
        paragraph,
        item,
        applies_from,
        applies_until,
        note,
    )


@attrs.frozen
class StatuteSpec:
    id: str
    title: str
    issuer: str
    level: Level
    jurisdiction: str
    versions: tuple[VersionSpec, ...]
    provisions: tuple[ProvisionSpec, ...]
    document_number: str | None = None
    note: str = ""
    figures: tuple[FigureSpec, ...] = ()
    numbering: Literal["article", "passage"] = "article"


def S(
    *,
    id: str,
    title: str,
    issuer: str,
    level: Level,
    jurisdiction: str,
    versions: tuple[VersionSpec, ...],
    provisions: tuple[ProvisionSpec, ...],
    document_number: str | None = None,
    note: str = "",
    figures: tuple[FigureSpec, ...] = (),
    numbering: Literal["article", "passage"] = "article",
) -> StatuteSpec:
    """A statute (or other source document) with its versions, provisions and figures.

    ``numbering="passage"`` marks a document known only from reports of it:
    its ``article`` numbers count the quoted passages of the report, and its
    citations say so (报道摘录第N段) instead of inventing a 第N条.
    """
    return StatuteSpec(
        id=id,
        title=title,
        issuer=issuer,
        level=level,
        jurisdiction=jurisdiction,
        versions=versions,
        provisions=provisions,
        document_number=document_number,
        note=note,
        figures=figures,
        numbering=numbering,
    )


def V(
    label: str,
    *,
    adopted_on: str,
    effective_from: str,
    effective_until: str | None,
    source: str,
    note: str = "",
) -> VersionSpec:
    """One dated text of a statute (an adoption or an amendment)."""
    return VersionSpec(label, adopted_on, effective_from, effective_until, source, note)


def P(
    *,
    versions: tuple[str, ...],
    article: int,
    quote: str,
    summary: str,
    source: str,
    paragraph: int | None = None,
    item: int | None = None,
    note: str = "",
) -> ProvisionSpec:
    """One article (or paragraph, or item) with the text it has in ``versions``."""
    return ProvisionSpec(versions, article, quote, summary, source, paragraph, item, note)


@attrs.frozen
class MatterSpec:
    id: str
    jurisdiction: str
    name: str
    kind: MatterKind
    office: str
    basis: tuple[tuple[str, int], ...]
    source: str
    statutory_limit_working_days: int | None = None
    promised_limit_working_days: int | None = None
    listed_on: str | None = None
    note: str = ""


def M(
    *,
    id: str,
    jurisdiction: str,
    name: str,
    kind: MatterKind,
    office: str,
    basis: tuple[tuple[str, int], ...],
    source: str,
    statutory_limit_working_days: int | None = None,
    promised_limit_working_days: int | None = None,
    listed_on: str | None = None,
    note: str = "",
) -> MatterSpec:
    """One administrative matter of a power catalogue (权力清单).

    ``basis`` lists ``(statute_id, article)`` pairs that must exist in the
    registry; ``listed_on`` is the 填报日期 of the catalogue entry (ISO date,
    day 01 when only the month is given).
    """
    return MatterSpec(
        id,
        jurisdiction,
        name,
        kind,
        office,
        basis,
        source,
        statutory_limit_working_days,
        promised_limit_working_days,
        listed_on,
        note,
    )


def fine_band_figures(
    scope: str,
    *,
    versions: tuple[str, ...],
    article: int,
    paragraph: int | None = None,
    item: int | None = None,
    threshold: tuple[str, str] | None = None,
    multiple: tuple[tuple[str, str], str] | None = None,
    fixed: tuple[tuple[str, str], str] | None = None,
) -> tuple[FigureSpec, ...]:
    """The figures of one fine band, ids ``fine.<scope>.threshold|multiple|fixed``.

    Each is ``(value, words)``: ``threshold=("10000", "违法所得一万元以上")``,
    ``multiple=(("2", "6"), "二倍以上六倍以下")``, ``fixed=(("10000", "30000"),
    "一万元以上三万元以下")`` — the words checked against the quote as for ``F``.
    """
    out: list[FigureSpec] = []
    parts: tuple[tuple[str, Unit, tuple[FigureValueSpec, str] | None], ...] = (
        ("threshold", "yuan", threshold),
        ("multiple", "multiple", multiple),
        ("fixed", "yuan", fixed),
    )
    for what, unit, spec in parts:
        if spec is not None:
            out.append(
                F(
                    f"fine.{scope}.{what}",
                    spec[0],
                    unit,
                    spec[1],
                    versions=versions,
                    article=article,
                    paragraph=paragraph,
                    item=item,
                )
            )
    return tuple(out)
