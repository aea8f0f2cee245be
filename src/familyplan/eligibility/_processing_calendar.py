"""The 岳阳楼区 subsidy processing calendar (power list, seed 004).

The list gives the yearly processing dates of the rural reward, the special
assistance and the only-child health allowance (每年1月15日前 …), and the
monthly cycle of the urban parents' reward (每月1-5日 …). Each row below holds
the English gloss and the *words of the list*; the month and day are read
from those words (``1月15日``, ``1-5日``), which are checked against the
list's quote, so no date is typed twice.

Moved here from ``familyplan.deadlines`` (where it is kept, deprecated): the
programmes it serves live in this package.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

import attrs

from familyplan import statutes
from familyplan._dates import days_in_month
from familyplan.errors import InvalidInput, RegistryDataError
from familyplan.explain import Citation, result_dict

__all__ = ["CALENDAR_PROGRAMMES", "CalendarEntry", "subsidy_calendar"]

_LIST = "yueyanglou-list"


@attrs.frozen
class CalendarEntry:
    """One date of a subsidy programme's yearly (or monthly) processing calendar.

    :param programme: the programme id.
    :param on: the date (for a window, its last day).
    :param starts_on: the first day of a window (urban reward), else ``None``.
    :param what: what happens by or on that date, in English.
    :param what_zh: the words of the county list that set it.
    :param citation: the provision of the list.
    """

    programme: str
    on: _dt.date
    what: str
    what_zh: str
    citation: Citation
    starts_on: _dt.date | None = None

    def to_dict(self) -> dict[str, Any]:
        return result_dict(self, "calendar-entry")


@attrs.frozen
class _Row:
    article: int
    what: str
    words: str


_YEARLY: dict[str, tuple[_Row, ...]] = {
    "rural-reward": (
        _Row(article=8, what="apply at the village committee", words="于每年1月15日前到村委会申请"),
        _Row(
            article=8,
            what="village review and notice, report to the township",
            words="于每年2月10日前报乡",
        ),
        _Row(
            article=8,
            what="township reports eligible recipients to the district",
            words="于每年2月20日将符合条件的扶助对象上报到区卫计局",
        ),
        _Row(
            article=8,
            what="district approval",
            words="每年3月15日前区卫计局对上报的材料进行审批确认",
        ),
        _Row(
            article=8,
            what="district data entry (or change)",
            words="于每年4月15日前进行信息录入（变更）",
        ),
    ),
    "special-assistance": (
        _Row(
            article=2,
            what="apply at the village (community)",
            words="每年1月15日前本人到村（社区）申请",
        ),
        _Row(
            article=2,
            what="village review and notice, report to the township",
            words="于每年2月10日前报乡（街道）",
        ),
        _Row(
            article=2,
            what="township reports eligible recipients to the district",
            words="于每年2月20日将符合条件的扶助对象上报到区计生局",
        ),
        _Row(
            article=2,
            what="district approval",
            words="每年3月15日前区计生局对上报的材料进行审批确认",
        ),
        _Row(
            article=2,
            what="district data entry (or change)",
            words="于每年4月15日前进行信息录入（变更）",
        ),
    ),
    "only-child-health-allowance": (
        _Row(
            article=5,
            what="apply at the village (community)",
            words="于每年3月15日前到村（社区）自愿申请",
        ),
        _Row(
            article=5,
            what="village review, report to the township",
            words="于3月31日前将相关资料报乡",
        ),
        _Row(
            article=5,
            what="township sends the list of eligible families to the district",
            words="于每年4月30日前将符合条件对象的名册报到区卫计局",
        ),
        _Row(article=5, what="district approval", words="每年6月30日前区卫计局审批确认"),
    ),
}

# each month's windows of the urban reward (art. 10): 每月<first>-<last>日
_MONTHLY: tuple[_Row, ...] = (
    _Row(article=10, what="apply (to the employer or the village/community)", words="每月1-5日"),
    _Row(
        article=10,
        what="review and public notice",
        words="每月6-15日国有单位或村（社区）进行评议、公示",
    ),
    _Row(
        article=10,
        what="township check, notice, report to the district",
        words="每月16-30日由国有单位或乡（街道）组成评审组",
    ),
    _Row(
        article=10,
        what="district approval",
        words="每月1-15日，由国有单位或区卫计局组织人员对上报对象情况进行审查",
    ),
    _Row(
        article=10,
        what="township data entry in the urban reward system",
        words="每月6-25日，乡（街道）负责将奖励对象个案信息录入城镇奖励系统",
    ),
)

CALENDAR_PROGRAMMES: tuple[str, ...] = (*_YEARLY, "urban-parents-reward")
"""Programmes whose processing calendar the 岳阳楼区 list (seed 004) gives."""

_MONTH_DAY = re.compile(r"(?P<month>\d{1,2})月(?P<day>\d{1,2})日")
_WINDOW = re.compile(r"每月(?P<first>\d{1,2})-(?P<last>\d{1,2})日")


def _month_day(row: _Row) -> tuple[int, int]:
    m = _MONTH_DAY.search(row.words)
    if m is None:  # pragma: no cover - checked at import
        raise RegistryDataError(f"{_LIST} art. {row.article}: no date in {row.words!r}")
    return int(m["month"]), int(m["day"])


def _window(row: _Row) -> tuple[int, int]:
    m = _WINDOW.search(row.words)
    if m is None:  # pragma: no cover - checked at import
        raise RegistryDataError(f"{_LIST} art. {row.article}: no window in {row.words!r}")
    return int(m["first"]), int(m["last"])


def _check() -> None:
    # every row's words are in the list's quote and state a date (a packaging bug otherwise)
    for rows in (*_YEARLY.values(), _MONTHLY):
        for row in rows:
            quotes = [p.quote for p in statutes.provisions(_LIST) if p.article == row.article]
            if not any(row.words in q for q in quotes):
                raise RegistryDataError(f"{_LIST} art. {row.article} does not say {row.words!r}")
    for rows in _YEARLY.values():
        for row in rows:
            _month_day(row)
    for row in _MONTHLY:
        _window(row)


_check()


def subsidy_calendar(programme: str, year: int) -> tuple[CalendarEntry, ...]:
    """The processing dates of a subsidy programme in a year (岳阳楼区 list, seed 004).

    The dates are the list's own (每年1月15日前 …); they are not moved off
    weekends, the list does not say to. The urban reward runs monthly; its
    "16–30" window ends on the last day of a shorter month.

    :raises NotInForce: for a year before the list (in force 2016-11-01).

    >>> [e.on.isoformat() for e in subsidy_calendar("only-child-health-allowance", 2018)]
    ['2018-03-15', '2018-03-31', '2018-04-30', '2018-06-30']
    """
    if not isinstance(programme, str) or programme not in CALENDAR_PROGRAMMES:
        raise InvalidInput("programme", programme, f"one of {', '.join(CALENDAR_PROGRAMMES)}")
    if (
        isinstance(year, bool)
        or not isinstance(year, int)
        or not _dt.MINYEAR <= year <= _dt.MAXYEAR
    ):
        raise InvalidInput("year", year, "an int year")
    first_of_year = _dt.date(year, 1, 1)
    statutes.version_on(_LIST, on=first_of_year)
    out: list[CalendarEntry] = []
    if programme in _YEARLY:
        for row in _YEARLY[programme]:
            month, day = _month_day(row)
            on = _dt.date(year, month, day)
            cit = statutes.citation(_LIST, row.article, on=on)
            out.append(CalendarEntry(programme, on, row.what, row.words, cit))
        return tuple(out)
    first_day = first_of_year
    while first_day.year == year:
        for row in _MONTHLY:
            first, last = _window(row)
            start = first_day.replace(day=first)
            end = min(last, days_in_month(year, first_day.month))
            on = first_day.replace(day=end)
            note = "" if end == last else f" (the list says day {last}; the month ends earlier)"
            cit = statutes.citation(_LIST, row.article, on=start)
            out.append(CalendarEntry(programme, on, row.what + note, row.words, cit, start))
        next_month = first_day.replace(day=days_in_month(year, first_day.month))
        first_day = next_month + _dt.timedelta(days=1)
    return tuple(out)
