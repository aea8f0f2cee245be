"""Amount tables: data rows naming the registry figures that apply, by date.

Every amount is a registry figure (:func:`familyplan.statutes.figure`), with
the words of the quote that state it, checked when the registry loads. A
:class:`RateRow` names, for one programme, one division and one period, the
figure id of each basis (``"all"``, ``"death"``, ``"urban-disability"``…);
the numbers themselves are never written here.

The national figures are **minimums** (不低于): a province or county may pay
more, and that top-up is a caller parameter (:class:`LocalRates`) recorded in
the result. A provincial row (Shandong 2017) replaces the national one in
that province for its period.

**Periods.** A notice with no end date stays in force until another replaces
it, so the last row of a table may have no end (``applies_until=None``): the
amount runs past the last day its sources were checked, and every result that
relies on such an open row carries that day (:data:`CHECKED_THROUGH`). An
amount is never carried past a known replacement: where a later standard is
known to exist but its document or date was not found, the period is a
:class:`Gap`, and a year in it raises :class:`NotEncoded` naming what is
missing and the last encoded year.
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Literal

import attrs

from familyplan import statutes
from familyplan._dates import as_date
from familyplan._json import JSONInput
from familyplan._kept import Kept
from familyplan._validate import choice
from familyplan.errors import InvalidInput, NotEncoded
from familyplan.explain import Citation
from familyplan.money import ZERO, yuan
from familyplan.types import DateLike, JurisdictionLike, YuanLike

from ._time import as_year

__all__ = [
    "CHECKED_THROUGH",
    "GAPS",
    "RATE_TABLES",
    "Checked",
    "Gap",
    "LocalRates",
    "NotEncoded",
    "RateRow",
    "checked",
    "rate_row",
    "rate_row_on",
]


_NATION = statutes.NATION


def _from(value: object) -> _dt.date:
    return as_date(value, "applies_from")


def _until(value: object) -> _dt.date:
    return as_date(value, "applies_until")


def _until_or_none(value: object) -> _dt.date | None:
    return None if value is None else as_date(value, "applies_until")


def _through(value: object) -> _dt.date:
    return as_date(value, "through")


def _see(statute_id: str, *, article: int, on: str) -> tuple[str, int, str]:
    """A supporting provision: ``(statute, article, a day its text is in force)``."""
    return (statute_id, article, on)


@attrs.frozen
class RateRow:
    """The figures of one programme for one period and division: figure ids, never numbers.

    :param figures: per basis (``"all"``, ``"death"``, ``"urban-death"``…), the
        registry figure id of the amount a person per ``per``.
    :param applies_from: first day of the period (ISO string in the data).
    :param applies_until: last day (inclusive), ``None`` while no replacement
        is known (see :data:`CHECKED_THROUGH`).
    The row applies in the division of the statute that states its figures
    (:attr:`jurisdiction`): a province's row replaces the nation's there.
    :param supporting: further provisions ``(statute, article, day)`` that
        confirm the figure or its dates.
    """

    programme_id: str
    applies_from: _dt.date = attrs.field(converter=_from)
    applies_until: _dt.date | None = attrs.field(converter=_until_or_none)
    per: Literal["month", "year"]
    figures: Mapping[str, str]
    supporting: tuple[tuple[str, int, str], ...] = ()
    note: str = ""

    def figure(self, basis: str) -> statutes.Figure:
        """The registry figure of ``basis`` for this row."""
        return statutes.figure(self.figures[basis], on=self.applies_from)

    @property
    def jurisdiction(self) -> str:
        """The division (GB/T 2260) of the statute stating the row's figures."""
        return self.figure(next(iter(self.figures))).provision.statute.jurisdiction

    @property
    def amounts(self) -> Mapping[str, Decimal]:
        """The amount of each basis (read from the registry)."""
        return {b: _amount(fid, self.applies_from) for b, fid in self.figures.items()}

    @property
    def first_year(self) -> int:
        return self.applies_from.year

    @property
    def last_year(self) -> int | None:
        return None if self.applies_until is None else self.applies_until.year

    def covers(self, day: _dt.date) -> bool:
        return self.applies_from <= day and (
            self.applies_until is None or day <= self.applies_until
        )

    @property
    def cite_id(self) -> str:
        """``"<statute> art. N"`` of the row's figures (the first basis)."""
        p = self.figure(next(iter(self.figures))).provision
        return f"{p.statute.id} art. {p.article}"

    @property
    def label(self) -> str:
        figures = ", ".join(f"{k} {v}" for k, v in self.amounts.items())
        where = "" if self.jurisdiction == _NATION else f" in {self.jurisdiction}"
        return f"{figures} yuan a person a {self.per}{where} ({self.cite_id})"

    @property
    def span(self) -> tuple[str, _dt.date, _dt.date | None]:
        return (self.label, self.applies_from, self.applies_until)

    def citation(self, basis: str | None = None) -> Citation:
        """The provision stating the figure of ``basis`` (default: the first)."""
        return _figure_citation(self.figures[basis or next(iter(self.figures))], self.applies_from)

    def supporting_citations(self) -> tuple[Citation, ...]:
        return tuple(
            statutes.citation(s, a, on=_dt.date.fromisoformat(d)) for s, a, d in self.supporting
        )


@functools.cache  # the registry is immutable; a row's figures are a few dozen in all
def _amount(figure_id: str, on: _dt.date) -> Decimal:
    return statutes.figure(figure_id, on=on).as_decimal()


@functools.cache
def _figure_citation(figure_id: str, on: _dt.date) -> Citation:
    return statutes.figure(figure_id, on=on).citation


@attrs.frozen
class Gap:
    """A period for which a replacement is known but its amount or date was not found.

    :param bases: the bases it concerns (``None``: all of them).
    :param missing: what was not found, for the :class:`NotEncoded` message.
    """

    programme_id: str
    applies_from: _dt.date = attrs.field(converter=_from)
    applies_until: _dt.date = attrs.field(converter=_until)
    missing: str
    bases: frozenset[str] | None = None
    jurisdiction: str = _NATION

    def covers(self, day: _dt.date) -> bool:
        return self.applies_from <= day <= self.applies_until


@attrs.frozen
class Checked:
    """The day up to which a programme's sources were checked, and how."""

    through: _dt.date = attrs.field(converter=_through)
    note: str


_SECONDARY = (
    "SECONDARY SOURCE: the document's own text was NOT FOUND; the figure is quoted from a "
    "report of it (see the provision's note)."
)
_SEARCHED = (
    "Searched on 2026-12-01 in stored copies of government and news pages for a later "
    "national (and Hunan, Shandong, Hebei) standard; none was found. "
)

CHECKED_THROUGH: Mapping[str, Checked] = {
    "rural-reward": Checked(
        "2026-12-01",
        _SEARCHED + "The newest texts seen that still state 80 a month: Shandong's finance "
        "department for 2017 (official), an Anhui county notice of 2021-04-16 (960 a year).",
    ),
    "special-assistance": Checked(
        "2026-12-01",
        _SEARCHED + "财社〔2022〕49号 is marked 有效 on an official county page of 2025-02-17; "
        "an Anhui district page of 2024-11-18 still applies its complication figures.",
    ),
    "urban-parents-reward": Checked(
        "2026-12-01",
        _SEARCHED + "The newest text seen that quotes 每人每月发放奖励金80元 as in force is a "
        "Hunan county reply of 2019-01-28 (a mirror copy).",
    ),
    "childcare-subsidy": Checked(
        "2026-12-01",
        _SEARCHED + "The newest national item seen (CCTV/NHC, 2025-12-31) opens the 2026 "
        "applications and restates 每孩每年3600元.",
    ),
}
"""Per programme, the day up to which its sources were checked (rules data)."""

_SA_450 = (
    "the national standard of 450 (death) / 350 (disability) yuan a month that 财社〔2022〕49号 "
    "(special-assistance-2022 art. 1) replaced from 2022-07-01 was set by a document and from a "
    "date NOT FOUND, so no amount between the 2016 and the 2022-07-01 standards is encoded"
)

RURAL_REWARD_RATES: tuple[RateRow, ...] = (
    # rural-reward-2004 art. 2 (as reported): 按人年均不低于600元的标准发放奖励扶助金
    RateRow(
        "rural-reward",
        "2004-01-01",
        "2008-12-31",
        "year",
        {"all": "rural-reward.amount-per-year"},
        supporting=(_see("rural-reward-2004", article=4, on="2004-01-01"),),
        note=_SECONDARY,
    ),
    # rural-reward-2011 art. 1: 从现在的每人每月不低于60元 (60 x 12 = 720 a year)
    RateRow(
        "rural-reward",
        "2009-01-01",
        "2011-12-31",
        "month",
        {"all": "rural-reward.amount-per-month"},
        supporting=(
            _see("rural-reward-2004", article=3, on="2009-01-01"),
            _see("rural-reward-2004", article=4, on="2009-01-01"),
        ),
        note=(
            "The national document that raised the reward in 2009 was NOT FOUND. The figure is "
            "the standard that 财教〔2011〕623号 (a primary text) calls 现在的 — in force until "
            "2011-12-31; its start on 2009-01-01 rests on a 2008 news report (明年起…每人每月60元) "
            "and a county page (2009年1月1日至2011年12月31日…720元)."
        ),
    ),
    # rural-reward-2011 art. 1: 提高到每人每月不低于80元 (960 a year), 自2012年1月1日起; no end
    RateRow(
        "rural-reward",
        "2012-01-01",
        None,
        "month",
        {"all": "rural-reward.amount-per-month"},
    ),
)

SPECIAL_ASSISTANCE_RATES: tuple[RateRow, ...] = (
    # special-assistance-2007 art. 2 (as reported): 每人每月不低于80元或100元 (disability / death)
    RateRow(
        "special-assistance",
        "2008-01-01",
        "2011-12-31",
        "month",
        {
            "death": "special-assistance.death.amount-per-month",
            "disability": "special-assistance.disability.amount-per-month",
        },
        supporting=(_see("rural-reward-2011", article=2, on="2012-01-01"),),
        note=(
            _SECONDARY + " 2008 is the first encoded year: the 2007 scheme was a pilot, "
            "rolled out nationally in 2008. The primary 财教〔2011〕623号 confirms 100 / 80 as "
            "the standard in force before 2012."
        ),
    ),
    # rural-reward-2011 art. 2: 提高到每人每月不低于135元 / 110元
    RateRow(
        "special-assistance",
        "2012-01-01",
        "2013-12-31",
        "month",
        {
            "death": "special-assistance.death.amount-per-month",
            "disability": "special-assistance.disability.amount-per-month",
        },
    ),
    # special-assistance-2013 art. 1 (as reported): 城镇每人每月270元、340元,农村每人每月150元、170元
    RateRow(
        "special-assistance",
        "2014-01-01",
        "2015-12-31",
        "month",
        {
            "urban-death": "special-assistance.death.urban.amount-per-month",
            "urban-disability": "special-assistance.disability.urban.amount-per-month",
            "rural-death": "special-assistance.death.rural.amount-per-month",
            "rural-disability": "special-assistance.disability.rural.amount-per-month",
        },
        note=_SECONDARY,
    ),
    # 2016: the urban figures stand (restated by 财社〔2016〕16号); the rural ones were raised
    # to them on a date not found (see GAPS)
    RateRow(
        "special-assistance",
        "2016-01-01",
        "2016-12-31",
        "month",
        {
            "urban-death": "special-assistance.death.urban.amount-per-month",
            "urban-disability": "special-assistance.disability.urban.amount-per-month",
        },
        supporting=(_see("special-assistance-2016", article=1, on="2016-04-17"),),
        note=_SECONDARY,
    ),
    # shandong-family-assistance-2017 art. 1: 特别扶助标准分别为每人每月400元、500元 (budget year 2017)
    RateRow(
        "special-assistance",
        "2017-01-01",
        "2017-12-31",
        "month",
        {
            "death": "special-assistance.shandong.death.amount-per-month",
            "disability": "special-assistance.shandong.disability.amount-per-month",
        },
        note=(
            "Shandong's standard for the 2017 budget year, as stated by a news item of the "
            "Shandong finance department (not a normative text; the notice that set it was "
            "NOT FOUND)."
        ),
    ),
    # special-assistance-2022 art. 1: 提高至每人每月590元 / 460元, 自2022年7月1日起; no end
    RateRow(
        "special-assistance",
        "2022-07-01",
        None,
        "month",
        {
            "death": "special-assistance.death.amount-per-month",
            "disability": "special-assistance.disability.amount-per-month",
        },
    ),
)

URBAN_REWARD_RATES: tuple[RateRow, ...] = (
    # hunan-urban-reward-2014 art. 2 (as reported): 从2014年1月1日起…每人每月发放奖励金80元; no end
    RateRow(
        "urban-parents-reward",
        "2014-01-01",
        None,
        "month",
        {"all": "urban-parents-reward.amount-per-month"},
        note=(
            _SECONDARY + " The rules date from August 2014 but pay from 2014-01-01; the "
            "citation is of the text in force from 2014-08-01."
        ),
    ),
)

CHILDCARE_RATES: tuple[RateRow, ...] = (
    # childcare-subsidy-plan-2025 二(二): 现阶段国家基础标准为每孩每年3600元; no end
    RateRow(
        "childcare-subsidy",
        "2025-01-01",
        None,
        "year",
        {"all": "childcare-subsidy.amount-per-year"},
    ),
)

RATE_TABLES: Mapping[str, tuple[RateRow, ...]] = {
    "rural-reward": RURAL_REWARD_RATES,
    "special-assistance": SPECIAL_ASSISTANCE_RATES,
    "urban-parents-reward": URBAN_REWARD_RATES,
    "childcare-subsidy": CHILDCARE_RATES,
}

GAPS: Mapping[str, tuple[Gap, ...]] = {
    "special-assistance": (
        Gap(
            "special-assistance",
            "2016-01-01",
            "2016-12-31",
            "财社〔2016〕16号 (special-assistance-2016 art. 1) raised the rural standard "
            "(150 / 170) to the urban one (270 / 340) in 2016, from a date NOT FOUND, so the "
            "rural amount for 2016 is not encoded",
            bases=frozenset({"rural-death", "rural-disability"}),
        ),
        Gap("special-assistance", "2017-01-01", "2022-06-30", _SA_450),
    ),
}
"""Per programme, the periods a known replacement leaves unencoded."""


def checked(programme_id: str) -> Checked | None:
    """The day up to which ``programme_id``'s sources were checked, if recorded."""
    return CHECKED_THROUGH.get(programme_id)


def _within(code: str, row_code: str) -> bool:
    return row_code == _NATION or statutes.jurisdiction(code).is_within(row_code)


def _last_encoded(rows: tuple[RateRow, ...], before: _dt.date) -> str:
    ends = [
        r.applies_until for r in rows if r.applies_until is not None and r.applies_until < before
    ]
    if not ends:
        return "no earlier year is encoded"
    return f"the last encoded year before it is {max(ends).year}"


def _not_encoded(
    programme_id: str,
    field: str,
    value: object,
    day: _dt.date,
    rows: tuple[RateRow, ...],
    reason: str,
) -> NotEncoded:
    return NotEncoded(programme_id, field, value, day, [r.span for r in rows], reason)


def _checked(
    programme_id: object, jurisdiction: JurisdictionLike, basis: object
) -> tuple[str, str]:
    """The programme id and the division code, checked before the cached lookup."""
    choice(programme_id, "programme_id", tuple(RATE_TABLES))
    if basis is not None and not isinstance(basis, str):
        raise InvalidInput("basis", basis, "a str basis, or None")
    return str(programme_id), statutes.jurisdiction(jurisdiction).code


@functools.cache  # the rate tables and the registry are immutable; errors are not kept
def _pick(
    programme_id: str,
    first: _dt.date,
    last: _dt.date,
    jurisdiction: str,
    field: str,
    value: object,
    basis: str | None,
) -> RateRow:
    if programme_id not in RATE_TABLES:
        raise InvalidInput(
            "programme_id",
            programme_id,
            "one of the programmes with an amount table: " + ", ".join(RATE_TABLES),
        )
    rows = tuple(r for r in RATE_TABLES[programme_id] if _within(jurisdiction, r.jurisdiction))
    mine = [r for r in rows if r.covers(first) and r.covers(last)]
    # the most local row wins (a province's over the nation's)
    mine.sort(key=lambda r: r.jurisdiction == _NATION)
    for gap in GAPS.get(programme_id, ()):
        if not _within(jurisdiction, gap.jurisdiction):
            continue
        if gap.applies_until < first or gap.applies_from > last:
            continue
        if mine and mine[0].jurisdiction != gap.jurisdiction:
            continue  # a more local row covers the period
        if gap.bases is not None and (basis is None or basis not in gap.bases):
            continue
        raise _not_encoded(
            programme_id,
            field,
            value,
            first,
            rows,
            f"{gap.missing}; {_last_encoded(rows, gap.applies_from)}",
        )
    if mine:
        return mine[0]
    if rows and last < min(r.applies_from for r in rows):
        reason = f"the programme's first encoded year is {min(r.first_year for r in rows)}"
    else:
        reason = f"no amount is encoded for it; {_last_encoded(rows, first)}"
    raise _not_encoded(programme_id, field, value, first, rows, reason)


def rate_row(
    programme_id: str,
    year: int,
    *,
    jurisdiction: JurisdictionLike = _NATION,
    basis: str | None = None,
    field: str = "year",
) -> RateRow:
    """The row of ``programme_id``'s table that covers the whole of ``year``.

    :param jurisdiction: the deciding division (a provincial row wins there).
    :param basis: the basis needed, when a gap concerns only some bases.
    :raises NotEncoded: before the first row, or in a :class:`Gap` (the message
        names what is missing and the last encoded year).

    >>> rate_row("rural-reward", 2012).amounts["all"]
    Decimal('80')
    >>> rate_row("special-assistance", 2023).amounts["death"]
    Decimal('590')
    >>> rate_row("special-assistance", 2017, jurisdiction="370000").amounts["death"]
    Decimal('500')
    >>> rate_row("special-assistance", 2019)
    Traceback (most recent call last):
    ...
    familyplan.eligibility.NotEncoded: year must be within the encoded period of special-assistance (...), got 2019; the national standard of 450 (death) / 350 (disability) ... NOT FOUND, ...; the last encoded year before it is 2016
    """
    key = (programme_id, year, jurisdiction, basis, field)
    if (
        type(year) is int
        and type(programme_id) is str
        and type(jurisdiction) is str
        and (basis is None or type(basis) is str)
        and type(field) is str
    ):
        row = _ROWS.get(key)
        if row is not None:
            return row
    y = as_year(year, field)
    programme_id, code = _checked(programme_id, jurisdiction, basis)
    first = _dt.date(y, 1, 1)
    last = _dt.date(y + 1, 1, 1) - _dt.timedelta(days=1)
    row = _pick(programme_id, first, last, code, field, y, basis)
    if type(year) is int and type(jurisdiction) is str and type(field) is str:
        _ROWS.keep(key, row)  # found (errors are raised afresh): the inputs were valid
    return row


_ROWS: Kept[tuple[object, ...], RateRow] = Kept()


def rate_row_on(
    programme_id: str,
    *,
    on: DateLike,
    jurisdiction: JurisdictionLike = _NATION,
    basis: str | None = None,
    field: str = "as_of",
) -> RateRow:
    """The row of ``programme_id``'s table in force on ``on`` (keyword-only, as everywhere)."""
    key = (programme_id, on, jurisdiction, basis, field)
    exact = (
        type(on) is _dt.date
        and type(programme_id) is str
        and type(jurisdiction) is str
        and (basis is None or type(basis) is str)
        and type(field) is str
    )
    if exact:
        row = _ROWS.get(key)
        if row is not None:
            return row
    day = as_date(on, field)
    programme_id, code = _checked(programme_id, jurisdiction, basis)
    row = _pick(programme_id, day, day, code, field, day, basis)
    if exact:
        _ROWS.keep(key, row)
    return row


def _top_up(value: YuanLike | None) -> Decimal:
    return ZERO if value is None else yuan(value, field="rates.top_up")


def _opt_yuan(value: YuanLike | None) -> Decimal | None:
    return None if value is None else yuan(value, field="rates.monthly_rate")


def _reference(value: str) -> str:
    if not isinstance(value, str):
        raise InvalidInput("rates.reference", value, "a str naming the local document")
    return value


@attrs.frozen
class LocalRates(JSONInput):
    """Local figures passed by the caller, recorded in every result.

    :param top_up: a local top-up (yuan a person) added to the national minimum,
        in the unit of the programme's figure: **a year** for the rural reward,
        **a month** for special assistance and the urban reward.
    :param monthly_rate: the local monthly rate of the only-child health
        allowance, which 《湖南省人口与计划生育条例》 art. 22 sets at 5–20 yuan.
    :param reference: the local document that sets them (recorded, not checked).

    >>> LocalRates(top_up="20", reference="某县文件").top_up
    Decimal('20.00')
    >>> LocalRates(top_up=0.5)
    Traceback (most recent call last):
    ...
    familyplan.errors.InvalidInput: rates.top_up must be an int, str or Decimal amount of yuan (floats are refused: they cannot hold fen exactly), got 0.5
    """

    top_up: Decimal = attrs.field(default=ZERO, converter=_top_up)
    monthly_rate: Decimal | None = attrs.field(default=None, converter=_opt_yuan)
    reference: str = attrs.field(default="", converter=_reference)

    def to_dict(self) -> dict[str, Any]:
        return {
            "top_up": str(self.top_up),
            "monthly_rate": None if self.monthly_rate is None else str(self.monthly_rate),
            "reference": self.reference,
        }
