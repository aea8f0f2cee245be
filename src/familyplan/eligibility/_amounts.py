"""Amount tables by year, each figure beside the provision that states it.

The national figures are **minimums** (不低于): a province or county may pay
more, and that top-up is a caller parameter (:class:`LocalRates`) recorded in
the result. ``tests/eligibility/test_law_data.py`` checks that every figure
appears in the quote it cites.

**Encoded years.** A row covers the years from ``first_year`` to ``last_year``.
The last row of each table ends with :data:`LAST_ENCODED_YEAR` (2016): the
newest documents this package holds about the programmes are the county lists
of 2015–2016 (seed 004 is dated 2016-11), and a 2017 change of the rural
special-assistance figures is reported but not checked. Asking for an amount
before the first row or after 2016 raises :class:`NotEncoded` (a
``NotInForce`` and an ``InvalidInput``) naming the encoded years — a year the
package has no source for is never guessed.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Literal

import attrs

from familyplan import statutes
from familyplan.errors import InvalidInput, NotEncoded
from familyplan.explain import Citation
from familyplan.money import ZERO, yuan

__all__ = [
    "LAST_ENCODED_YEAR",
    "RATE_TABLES",
    "LocalRates",
    "NotEncoded",
    "RateRow",
    "rate_row",
]

LAST_ENCODED_YEAR = 2016
"""The last year for which this package version states an amount (see the module doc)."""


@attrs.frozen
class RateRow:
    """The figures of one programme for a run of years, with their source.

    :param amounts: per basis (``"all"``, ``"death"``, ``"disability"``,
        ``"urban-death"``...), in yuan a person per ``per``.
    :param cite_on: a day on which the cited text is in force (the citation is
        made for that day: the figure may apply from before the document's own
        date, e.g. Hunan's urban reward paid from 2014-01-01 under rules of
        August 2014).
    :param supporting: further provisions that confirm the figure or its dates.
    """

    programme_id: str
    first_year: int
    last_year: int
    per: Literal["month", "year"]
    amounts: Mapping[str, Decimal]
    statute_id: str
    article: int
    cite_on: _dt.date
    supporting: tuple[tuple[str, int, _dt.date], ...] = ()
    note: str = ""

    @property
    def label(self) -> str:
        figures = ", ".join(f"{k} {v}" for k, v in self.amounts.items())
        return f"{figures} yuan a person a {self.per} ({self.statute_id} art. {self.article})"

    @property
    def span(self) -> tuple[str, _dt.date, _dt.date]:
        return (
            self.label,
            _dt.date(self.first_year, 1, 1),
            _dt.date(self.last_year, 12, 31),
        )

    def citation(self) -> Citation:
        return statutes.citation(self.statute_id, self.article, on=self.cite_on)

    def supporting_citations(self) -> tuple[Citation, ...]:
        return tuple(statutes.citation(s, a, on=d) for s, a, d in self.supporting)


_D = Decimal
_SECONDARY = (
    "SECONDARY SOURCE: the document's own text was NOT FOUND; the figure is quoted from a "
    "report of it (see the provision's note)."
)

RURAL_REWARD_RATES: tuple[RateRow, ...] = (
    # 国办发〔2004〕21号 as reported: 按人年均不低于600元的标准发放奖励扶助金,直至身故。
    RateRow(
        "rural-reward",
        2004,
        2008,
        "year",
        {"all": _D(600)},
        "rural-reward-2004",
        2,
        _dt.date(2004, 1, 1),
        supporting=(("rural-reward-2004", 4, _dt.date(2004, 1, 1)),),
        note=_SECONDARY,
    ),
    # 财教〔2011〕623号 一: 奖扶标准从现在的每人每月不低于60元提高到… (60 x 12 = 720 a year)
    RateRow(
        "rural-reward",
        2009,
        2011,
        "month",
        {"all": _D(60)},
        "rural-reward-2011",
        1,
        _dt.date(2012, 1, 1),
        supporting=(
            ("rural-reward-2004", 3, _dt.date(2009, 1, 1)),
            ("rural-reward-2004", 4, _dt.date(2009, 1, 1)),
        ),
        note=(
            "The national document that raised the reward in 2009 was NOT FOUND. The figure is "
            "the standard that 财教〔2011〕623号 (a primary text) calls 现在的 — in force until "
            "2011-12-31; its start on 2009-01-01 rests on a 2008 news report (明年起…每人每月60元) "
            "and a county page (2009年1月1日至2011年12月31日…720元)."
        ),
    ),
    # 财教〔2011〕623号 一: …提高到每人每月不低于80元 (80 x 12 = 960 a year), 自2012年1月1日起
    RateRow(
        "rural-reward",
        2012,
        LAST_ENCODED_YEAR,
        "month",
        {"all": _D(80)},
        "rural-reward-2011",
        1,
        _dt.date(2012, 1, 1),
    ),
)

SPECIAL_ASSISTANCE_RATES: tuple[RateRow, ...] = (
    # 国人口发〔2007〕78号 as reported: 每人每月不低于80元或100元 (disability / death);
    # confirmed by 财教〔2011〕623号 二 (从现在的每人每月不低于100元 / 80元).
    RateRow(
        "special-assistance",
        2008,
        2011,
        "month",
        {"death": _D(100), "disability": _D(80)},
        "special-assistance-2007",
        2,
        _dt.date(2008, 1, 1),
        supporting=(("rural-reward-2011", 2, _dt.date(2012, 1, 1)),),
        note=(
            _SECONDARY + " 2008 is the first encoded year: the 2007 scheme was a pilot, "
            "rolled out nationally in 2008. The primary 财教〔2011〕623号 confirms 100 / 80 as "
            "the standard in force before 2012."
        ),
    ),
    # 财教〔2011〕623号 二: 死亡 …提高到每人每月不低于135元; 伤残 …提高到每人每月不低于110元
    RateRow(
        "special-assistance",
        2012,
        2013,
        "month",
        {"death": _D(135), "disability": _D(110)},
        "rural-reward-2011",
        2,
        _dt.date(2012, 1, 1),
    ),
    # 国卫家庭发〔2013〕41号 as reported: 城镇每人每月270元、340元,农村每人每月150元、170元 (伤残、死亡)
    RateRow(
        "special-assistance",
        2014,
        LAST_ENCODED_YEAR,
        "month",
        {
            "urban-death": _D(340),
            "urban-disability": _D(270),
            "rural-death": _D(170),
            "rural-disability": _D(150),
        },
        "special-assistance-2013",
        1,
        _dt.date(2014, 1, 1),
        note=_SECONDARY,
    ),
)

URBAN_REWARD_RATES: tuple[RateRow, ...] = (
    # 湘政发〔2014〕27号 as reported: 从2014年1月1日起…每人每月发放奖励金80元,直至亡故。
    RateRow(
        "urban-parents-reward",
        2014,
        LAST_ENCODED_YEAR,
        "month",
        {"all": _D(80)},
        "hunan-urban-reward-2014",
        2,
        _dt.date(2014, 8, 1),
        note=(
            _SECONDARY + " The rules date from August 2014 but pay from 2014-01-01; the "
            "citation is of the text in force from 2014-08-01."
        ),
    ),
)

RATE_TABLES: Mapping[str, tuple[RateRow, ...]] = {
    "rural-reward": RURAL_REWARD_RATES,
    "special-assistance": SPECIAL_ASSISTANCE_RATES,
    "urban-parents-reward": URBAN_REWARD_RATES,
}


def rate_row(programme_id: str, year: int, *, field: str = "year") -> RateRow:
    """The row of ``programme_id``'s table that covers ``year``.

    :raises NotEncoded: for a year before the first row or after the last.

    >>> rate_row("rural-reward", 2012).amounts["all"]
    Decimal('80')
    >>> rate_row("rural-reward", 2003)
    Traceback (most recent call last):
    ...
    familyplan.eligibility.NotEncoded: year must be within the encoded period of rural-reward (...), got 2003; ...
    """
    rows = RATE_TABLES[programme_id]
    for row in rows:
        if row.first_year <= year <= row.last_year:
            return row
    if year < rows[0].first_year:
        reason = f"the programme's first encoded year is {rows[0].first_year}"
    else:
        reason = (
            f"no amount after {rows[-1].last_year} is encoded: the package holds no source for "
            "later years (see docs/eligibility.md, 'Encoded years')"
        )
    raise NotEncoded(
        programme_id,
        field,
        year,
        _dt.date(year, 1, 1),
        [r.span for r in rows],
        reason,
    )


def _top_up(value: object) -> Decimal:
    return ZERO if value is None else yuan(value, field="rates.top_up")


def _opt_yuan(value: object) -> Decimal | None:
    return None if value is None else yuan(value, field="rates.monthly_rate")


def _reference(value: object) -> str:
    if not isinstance(value, str):
        raise InvalidInput("rates.reference", value, "a str naming the local document")
    return value


@attrs.frozen
class LocalRates:
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
