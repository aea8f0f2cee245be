"""Ages, birthdays and months, worked by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.eligibility._time import (
    Month,
    age_by_year_end,
    age_on,
    as_month,
    birthday,
    months_between,
)
from familyplan.errors import InvalidInput

D = dt.date


@pytest.mark.parametrize(
    ("born", "year", "age"),
    [
        (D(1952, 12, 31), 2012, 60),  # turns 60 on the last day of the year: counts for 2012
        (D(1953, 1, 1), 2012, 59),  # one day younger: 59 by 31 December 2012
        (D(1953, 1, 1), 2013, 60),
        (D(1959, 12, 31), 2008, 49),  # special assistance edge
    ],
)
def test_age_by_year_end(born: dt.date, year: int, age: int) -> None:
    assert age_by_year_end(born, year) == age


@pytest.mark.parametrize(
    ("born", "day", "age"),
    [
        (D(1959, 3, 2), D(2014, 3, 1), 54),  # the day before the 55th birthday
        (D(1959, 3, 2), D(2014, 3, 2), 55),  # the birthday counts
        (D(2000, 2, 29), D(2014, 2, 27), 13),
        (D(2000, 2, 29), D(2014, 2, 28), 14),  # common year: 28 February (month-end rule)
        (D(2000, 2, 29), D(2016, 2, 29), 16),  # leap year: the day itself
    ],
)
def test_age_on(born: dt.date, day: dt.date, age: int) -> None:
    assert age_on(born, day) == age


def test_birthday_month_end() -> None:
    assert birthday(D(2004, 2, 29), 14) == D(2018, 2, 28)
    assert birthday(D(2003, 2, 28), 14) == D(2017, 2, 28)


class TestMonth:
    def test_order_and_str(self) -> None:
        assert Month(2016, 12).next() == Month(2017, 1)
        assert Month(2017, 1).previous() == Month(2016, 12)
        assert str(Month(2017, 1)) == "2017-01"
        assert Month(2017, 2).last_day == D(2017, 2, 28)

    def test_bad_month(self) -> None:
        with pytest.raises(InvalidInput, match="month must be an int from 1 to 12"):
            Month(2017, 13)

    @pytest.mark.parametrize(
        "text",
        # full-width digits were read as a month ("２０１７-０１" is 2017-01 to int())
        ["2017-1", "17-01", "2017-13", "2017-00", 201701, 2017.01, "２０１７-０１", "2017-01-15"],
    )
    def test_bad_month_text(self, text: object) -> None:
        with pytest.raises(InvalidInput, match="must be a month 'YYYY-MM'"):
            as_month(text, "period[0]")

    def test_months_between(self) -> None:
        assert [str(m) for m in months_between(Month(2016, 11), Month(2017, 2))] == [
            "2016-11",
            "2016-12",
            "2017-01",
            "2017-02",
        ]
