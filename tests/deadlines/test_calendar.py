"""The working-day calendar and period arithmetic, against dates worked by hand.

Every row says which State Council holiday notice (国务院办公厅关于…部分节假日
安排的通知) makes it come out that way.
"""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.deadlines import (
    FIRST_YEAR,
    LAST_PUBLISHED_YEAR,
    add_calendar_days,
    add_months,
    add_working_days,
    default_calendar,
    is_working_day,
    next_working_day,
    roll_forward,
    working_days_between,
)
from familyplan.errors import InvalidInput

day = dt.date


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        # 2013 notice: 国庆 10/1-7 放假, 9月29日(星期日)上班. From Mon 23 Sept.: 24, 25, 26,
        # 27 (4); Sat 28 rest; Sun 29 make-up working day (5).
        (day(2013, 9, 23), 5, day(2013, 9, 29)),
        # 2022 notice: 春节 1月31日至2月6日放假, 1月29日(星期六)、1月30日(星期日)上班.
        # From Fri 28 Jan.: 29 (1), 30 (2), 31 Jan-6 Feb holiday, 7 (3), 8 (4), 9 (5).
        (day(2022, 1, 28), 5, day(2022, 2, 9)),
        # 2019 notice: 春节 2月4日至10日放假, 2月2日(星期六)、2月3日(星期日)上班.
        # From Fri 1 Feb.: Sat 2 Feb. is a working day.
        (day(2019, 2, 1), 1, day(2019, 2, 2)),
        # 2010 notice: 国庆 10月1日至7日放假, 9月26日(星期日)、10月9日(星期六)上班.
        # From Thu 30 Sept.: 1-7 Oct. holiday, Fri 8 Oct. (1), Sat 9 Oct. make-up (2).
        (day(2010, 9, 30), 2, day(2010, 10, 9)),
        # 2006 notice: 元旦 1月1日至3日放假, 2005年12月31日(星期六)上班.
        # From Fri 30 Dec. 2005: Sat 31 Dec. is a working day (1); 1-3 Jan. rest; Wed 4 Jan. (2).
        (day(2005, 12, 30), 2, day(2006, 1, 4)),
        # n = 0 returns the start unchanged, even on a rest day
        (day(2019, 2, 9), 0, day(2019, 2, 9)),
    ],
)
def test_add_working_days(start: dt.date, n: int, expected: dt.date) -> None:
    assert add_working_days(start, n) == expected
    assert working_days_between(start, expected) == n


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        # 10 Jan. + 30 = Sat 9 Feb. 2019, inside the Spring Festival holiday 4-10 Feb.
        # (2019 notice); Sun 10 Feb. still holiday; Mon 11 Feb. first working day.
        (day(2019, 1, 10), 30, day(2019, 2, 11)),
        # 3 Sept. + 30 = Sun 3 Oct. 2010, National Day week 1-7 Oct. (2010 notice);
        # Fri 8 Oct. is the first working day.
        (day(2010, 9, 3), 30, day(2010, 10, 8)),
        # Spring Festival: 12 Jan. + 30 = Thu 11 Feb. 2021, 除夕; 2021 notice: 春节
        # 2月11日至17日放假, 2月7日(星期日)、2月20日(星期六)上班 → Thu 18 Feb.
        (day(2021, 1, 12), 30, day(2021, 2, 18)),
        # 28 Sept. + 3 = Mon 1 Oct. 2018; 2018 notice: 国庆 10月1日至7日放假,
        # 9月29日(星期六)、9月30日(星期日)上班 → Mon 8 Oct.
        (day(2018, 9, 28), 3, day(2018, 10, 8)),
        # a plain weekday: 1 March 2016 + 30 = Thu 31 March 2016, a working day
        (day(2016, 3, 1), 30, day(2016, 3, 31)),
        # 1 March 2016 + 60 = Sat 30 April; 2016 notice: 劳动节 4月30日至5月2日放假 → Tue 3 May
        (day(2016, 3, 1), 60, day(2016, 5, 3)),
    ],
)
def test_add_calendar_days_rolls_forward(start: dt.date, n: int, expected: dt.date) -> None:
    assert add_calendar_days(start, n) == expected


def test_add_calendar_days_without_roll() -> None:
    assert add_calendar_days(day(2019, 1, 10), 30, roll=False) == day(2019, 2, 9)


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        # 31 January + 1 month: no 31 February → the last day of February (民法典 art. 202)
        (day(2013, 1, 31), 1, day(2013, 2, 28)),  # 2013 not a leap year
        (day(2016, 1, 31), 1, day(2016, 2, 29)),  # 2016 leap year
        (day(2019, 1, 31), 1, day(2019, 2, 28)),
        (day(2015, 8, 31), 6, day(2016, 2, 29)),
        (day(2016, 3, 31), 3, day(2016, 6, 30)),
        (day(2016, 3, 1), 6, day(2016, 9, 1)),
        (day(2013, 12, 15), 1, day(2014, 1, 15)),
    ],
)
def test_add_months_corresponding_day(start: dt.date, n: int, expected: dt.date) -> None:
    assert add_months(start, n, roll=False) == expected


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        # 31 Dec. 2018 + 1 month = Thu 31 Jan. 2019, a working day
        (day(2018, 12, 31), 1, day(2019, 1, 31)),
        # 4 Jan. 2019 + 1 month = Mon 4 Feb. 2019, 除夕 in the 4-10 Feb. holiday → Mon 11 Feb.
        (day(2019, 1, 4), 1, day(2019, 2, 11)),
        # 31 Aug. 2013 + 1 month = Mon 30 Sept. 2013, a working day (2013 notice)
        (day(2013, 8, 31), 1, day(2013, 9, 30)),
        # 1 July 2013 + 3 months = Tue 1 Oct. 2013 (National Day 1-7 Oct.) → Tue 8 Oct.
        (day(2013, 7, 1), 3, day(2013, 10, 8)),
    ],
)
def test_add_months_rolls_forward(start: dt.date, n: int, expected: dt.date) -> None:
    assert add_months(start, n) == expected


@pytest.mark.parametrize(
    ("d", "working"),
    [
        (day(2005, 12, 31), True),  # Saturday; 2006 notice: 2005年12月31日(星期六)上班
        (day(2006, 1, 2), False),  # 2006 notice: 元旦 1月1日至3日放假
        (day(2013, 9, 29), True),  # Sunday; 2013 notice: 9月29日(星期日)上班
        (day(2013, 9, 19), False),  # 中秋节 2013
        (day(2019, 2, 2), True),  # Saturday; 2019 notice: 2月2日(星期六)上班
        (day(2019, 2, 8), False),  # Friday in the Spring Festival week 2019
        (
            day(2020, 1, 31),
            False,
        ),  # 2020 Spring Festival extended to 2 Feb. (国办发明电〔2020〕1号)
        (day(2021, 2, 20), True),  # Saturday; 2021 notice: 2月20日(星期六)上班
        (day(2024, 2, 4), True),  # Sunday; 2024 notice: 2月4日(星期日)上班
        (day(2024, 2, 16), False),  # Friday in the Spring Festival week 2024
        (day(2025, 1, 26), True),  # Sunday; 2025 notice: 1月26日(星期日)上班
        (day(2016, 3, 2), True),  # an ordinary Wednesday
        (day(2016, 3, 5), False),  # an ordinary Saturday
    ],
)
def test_is_working_day(d: dt.date, working: bool) -> None:
    assert is_working_day(d) is working


def test_next_working_day_and_roll_forward() -> None:
    # 2019 notice: Sat 2 Feb. is a make-up working day
    assert next_working_day(day(2019, 2, 1)) == day(2019, 2, 2)
    # roll_forward keeps a working day, moves a rest day
    assert roll_forward(day(2019, 2, 2)) == day(2019, 2, 2)
    assert roll_forward(day(2010, 10, 3)) == day(2010, 10, 8)


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: add_working_days(day(2019, 1, 1), -1), "n"),
        (lambda: add_working_days(day(2019, 1, 1), True), "n"),
        (lambda: add_working_days(day(2019, 1, 1), "3"), "n"),  # type: ignore[arg-type]
        (lambda: add_working_days(dt.datetime(2019, 1, 1, 9), 3), "start"),
        (lambda: add_working_days(20190101, 3), "start"),
        (lambda: add_calendar_days(day(2019, 1, 1), -30), "n"),
        (lambda: add_months(day(2019, 1, 1), -1), "n"),
        (lambda: add_months(day(2019, 1, 1), 1.0), "n"),  # type: ignore[arg-type]
        (lambda: working_days_between(day(2019, 1, 2), day(2019, 1, 1)), "end"),
        (lambda: is_working_day(None), "day"),
    ],
)
def test_bad_input_names_the_field(call: object, field: str) -> None:
    with pytest.raises(InvalidInput) as err:
        call()  # type: ignore[operator]
    assert err.value.field == field


def test_the_schedule_years_come_from_the_holidays_data() -> None:
    # The bounds are read from the holidays package's table of State Council schedules
    # (one entry per 放假安排 notice), not typed in the library. The installed data run from
    # the 2001 schedule to the 2026 schedule (国务院办公厅 notice of November 2025). A
    # holidays release that adds a year changes results for that year: a data change, so
    # this pin fails until RULES_VERSION is bumped with it.
    from holidays.countries.china import ChinaStaticHolidays

    years = sorted(ChinaStaticHolidays.special_public_holidays)
    assert (FIRST_YEAR, LAST_PUBLISHED_YEAR) == (years[0], years[-1]) == (2001, 2026)
    cal = default_calendar()
    assert cal.covers(dt.date(2001, 1, 1))
    assert cal.covers(dt.date(2026, 12, 31))
    assert not cal.covers(dt.date(2000, 12, 31))
    assert not cal.covers(dt.date(2027, 1, 1))
