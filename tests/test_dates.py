"""The one month-end clamp (familyplan._dates), shared by deadlines, penalties and eligibility."""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from familyplan._dates import add_months, add_years, days_in_month

D = dt.date


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        # 民法典 第二百零二条: 到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日
        (D(2013, 1, 31), 1, D(2013, 2, 28)),  # February 2013 has no 31st: its last day
        (D(2016, 1, 31), 1, D(2016, 2, 29)),  # 2016 is a leap year
        (D(2013, 1, 31), 2, D(2013, 3, 31)),  # counted from 31 Jan., not from 28 Feb.
        (D(2013, 8, 31), 1, D(2013, 9, 30)),  # September has 30 days
        (D(2014, 11, 30), 3, D(2015, 2, 28)),  # across a year end
        (D(2015, 3, 15), 6, D(2015, 9, 15)),  # a corresponding day exists
        (D(2013, 3, 31), -1, D(2013, 2, 28)),  # backwards, same clamp
        (D(2000, 1, 31), 1, D(2000, 2, 29)),  # 2000 is a leap year (divisible by 400)
        (D(1900, 1, 31), 1, D(1900, 2, 28)),  # 1900 is not (divisible by 100 only)
    ],
)
def test_add_months_by_hand(start: dt.date, n: int, expected: dt.date) -> None:
    assert add_months(start, n) == expected


def test_add_years_29_february() -> None:
    # born 2016-02-29: the second year ends 2018-02-28 (no 29th), the fourth 2020-02-29
    assert add_years(D(2016, 2, 29), 2) == D(2018, 2, 28)
    assert add_years(D(2016, 2, 29), 4) == D(2020, 2, 29)


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2200, 12, 31)), st.integers(-600, 600))
def test_add_months_is_relativedelta(start: dt.date, n: int) -> None:
    # dateutil: "if the day does not exist in the resulting month, the last day is used"
    assert add_months(start, n) == start + relativedelta(months=n)


@given(st.integers(1900, 2200), st.integers(1, 12))
def test_days_in_month_is_the_last_day(year: int, month: int) -> None:
    nxt = D(year + month // 12, month % 12 + 1, 1)
    assert days_in_month(year, month) == (nxt - dt.timedelta(days=1)).day


class TestParsedStringsKept:
    """``as_date`` keeps the strings it has read (issue 17): the same answer, and a
    refused string refused again."""

    def test_same_day_again(self) -> None:
        import datetime as dt

        from familyplan._dates import as_date

        assert as_date("2016-02-29", "on") == dt.date(2016, 2, 29)
        assert as_date("2016-02-29", "on") == dt.date(2016, 2, 29)
        assert as_date(" 2016-03-01 ", "on") == dt.date(2016, 3, 1)
        assert as_date(" 2016-03-01 ", "on") == dt.date(2016, 3, 1)

    def test_refused_again(self) -> None:
        import pytest

        from familyplan._dates import as_date
        from familyplan.errors import InvalidInput

        for _ in range(2):
            with pytest.raises(InvalidInput, match="got '2015-02-29'"):
                as_date("2015-02-29", "on")  # 2015 is a common year
            with pytest.raises(InvalidInput, match="on must be"):
                as_date("2013-W01-1", "on")
