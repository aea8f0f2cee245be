"""A freshly built ``ChinaCalendar`` (not the cached default) against the 2013 notice.

国务院办公厅关于2013年部分节假日安排的通知 (国办发明电〔2012〕14号):
中秋节 9月19日至21日放假调休，共3天。9月22日（星期日）上班；
国庆节 10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。
"""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.deadlines import ChinaCalendar
from familyplan.errors import CalendarNotAvailable

day = dt.date

# 2013-09-16 (Mon) .. 2013-10-13 (Sun), worked from the notice above
SEPT_OCT_2013 = {
    day(2013, 9, 16): True,
    day(2013, 9, 17): True,
    day(2013, 9, 18): True,
    day(2013, 9, 19): False,  # 中秋节
    day(2013, 9, 20): False,  # 放假调休 (a Friday)
    day(2013, 9, 21): False,  # Saturday in the holiday
    day(2013, 9, 22): True,  # Sunday 上班
    day(2013, 9, 23): True,
    day(2013, 9, 27): True,
    day(2013, 9, 28): False,  # an ordinary Saturday
    day(2013, 9, 29): True,  # Sunday 上班
    day(2013, 9, 30): True,
    day(2013, 10, 1): False,  # 国庆节
    day(2013, 10, 4): False,  # 放假调休 (a Friday)
    day(2013, 10, 7): False,  # 放假调休 (a Monday)
    day(2013, 10, 8): True,
    day(2013, 10, 12): True,  # Saturday 上班
    day(2013, 10, 13): False,  # an ordinary Sunday
}


@pytest.fixture(scope="module")
def cal() -> ChinaCalendar:
    return ChinaCalendar()


@pytest.mark.parametrize(("d", "working"), list(SEPT_OCT_2013.items()))
def test_the_2013_autumn_holidays(cal: ChinaCalendar, d: dt.date, working: bool) -> None:
    assert cal.covers(d)
    assert cal.is_workday(d) is working


def test_the_cumulative_count_over_the_2013_autumn_holidays(cal: ChinaCalendar) -> None:
    # after 9/15 through 10/13: 16, 17, 18, 22 (4); 23-27 (5: 9); 29, 30 (11);
    # 8-11 Oct (15); 12 Oct (16)
    assert cal.workdays_through(day(2013, 10, 13)) - cal.workdays_through(day(2013, 9, 15)) == 16
    # 2001-01-01 was a Monday, but 元旦 (放假办法 1999: 元旦放假1天): a rest day
    assert cal.workdays_through(day(2001, 1, 1)) == 0
    assert cal.workdays_through(day(2001, 1, 2)) == 1


@pytest.mark.parametrize("d", [day(2000, 12, 31), day(2027, 1, 1)])
def test_outside_the_published_schedules(cal: ChinaCalendar, d: dt.date) -> None:
    # the schedules held run from 2001 to 2026
    assert not cal.covers(d)
    with pytest.raises(CalendarNotAvailable):
        cal.is_workday(d)
    with pytest.raises(CalendarNotAvailable):
        cal.workdays_through(d)
    assert cal.covers(day(2001, 1, 1))
    assert cal.covers(day(2026, 12, 31))


# 国务院办公厅关于2026年部分节假日安排的通知 (the last schedule held): 元旦 1月1日至3日放假调休，
# 1月4日（周日）上班; 春节 2月15日至23日放假调休，2月14日（周六）、2月28日（周六）上班;
# 劳动节 5月1日至5日放假调休，5月9日（周六）上班; 国庆节 10月1日至7日放假调休，
# 9月20日（周日）、10月10日（周六）上班.
LAST_YEAR = {
    day(2026, 1, 1): False,
    day(2026, 1, 2): False,
    day(2026, 1, 4): True,
    day(2026, 2, 14): True,
    day(2026, 2, 16): False,
    day(2026, 2, 23): False,
    day(2026, 2, 24): True,
    day(2026, 2, 28): True,
    day(2026, 5, 9): True,
    day(2026, 9, 20): True,
    day(2026, 10, 10): True,
    day(2026, 12, 31): True,
}


@pytest.mark.parametrize(("d", "working"), list(LAST_YEAR.items()))
def test_the_last_published_year(cal: ChinaCalendar, d: dt.date, working: bool) -> None:
    assert cal.is_workday(d) is working
