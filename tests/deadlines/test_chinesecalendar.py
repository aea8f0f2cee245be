"""Differential test: our calendar against the independent ``chinesecalendar``.

``chinesecalendar`` (a test extra) keeps its own table of the State Council
notices. Over every day of 2004-2026 (both packages cover the whole range:
chinesecalendar 1.11 holds 2004 to 2026) the two must agree, except on the
days listed in ``EXCEPTIONS``, each with the source that shows which is right.
"""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.deadlines import default_calendar

chinese_calendar = pytest.importorskip("chinese_calendar")

FIRST = dt.date(2004, 1, 1)
LAST = dt.date(2026, 12, 31)

EXCEPTIONS = {
    # 国务院办公厅关于2006年部分节假日安排的通知: 元旦 1月1日至3日放假调休,
    # 共3天。2005年12月31日（星期六）上班. chinesecalendar has it as a rest day;
    # ``holidays`` (and so this package) is right.
    dt.date(2005, 12, 31): True,
}


def _days() -> list[dt.date]:
    out = []
    d = FIRST
    while d <= LAST:
        out.append(d)
        d += dt.timedelta(days=1)
    return out


def test_agrees_with_chinesecalendar_every_day() -> None:
    cal = default_calendar()
    disagreements = {}
    for d in _days():
        try:
            theirs = chinese_calendar.is_workday(d)
        except NotImplementedError:  # outside chinesecalendar's range
            pytest.fail(f"chinesecalendar no longer covers {d}: narrow FIRST/LAST")
        ours = cal.is_workday(d)
        if ours != theirs:
            disagreements[d] = ours
    assert disagreements == EXCEPTIONS


@pytest.mark.parametrize(("d", "ours"), sorted(EXCEPTIONS.items()))
def test_exceptions_are_real(d: dt.date, ours: bool) -> None:
    # an exception that no longer differs should be removed from the list
    assert chinese_calendar.is_workday(d) is not ours
    assert default_calendar().is_workday(d) is ours
