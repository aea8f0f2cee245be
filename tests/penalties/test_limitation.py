"""penalties.limitation: 2 years (1996 art. 29), 5 years with harm (2021 art. 36)."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.errors import InvalidInput, NotInForce
from familyplan.penalties import limitation

D = dt.date


@pytest.mark.parametrize(
    ("act", "ended", "found", "harm", "years", "last", "expired"),
    [
        # 违法行为在二年内未被发现的，不再给予行政处罚 (1996 art. 29)
        (D(2015, 3, 10), None, D(2017, 3, 10), False, 2, D(2017, 3, 10), False),  # the last day
        (D(2015, 3, 10), None, D(2017, 3, 11), False, 2, D(2017, 3, 10), True),  # the day after
        (
            D(2016, 2, 29),
            None,
            D(2018, 3, 1),
            False,
            2,
            D(2018, 2, 28),
            True,
        ),  # 29 February: month end
        # 有连续或者继续状态的，从行为终了之日起计算
        (D(2014, 1, 1), D(2016, 6, 30), D(2018, 6, 30), False, 2, D(2018, 6, 30), False),
        # harm flag before 2021-07-15: the 1996/2017 text has no five-year rule
        (D(2018, 1, 5), None, D(2021, 1, 6), True, 2, D(2020, 1, 5), True),
        # 2021 art. 36: 涉及公民生命健康安全、金融安全且有危害后果的，上述期限延长至五年
        (D(2020, 1, 5), None, D(2022, 1, 6), True, 5, D(2025, 1, 5), False),
        # … but not for a period that had run out before 2021-07-15: two years from 2018-01-05
        # under 2017 art. 29 ended on 2020-01-05 (issue 14 item 5; see the test below)
        (D(2018, 1, 5), None, D(2022, 1, 6), True, 2, D(2020, 1, 5), True),
        (D(2018, 1, 5), None, D(2022, 1, 6), False, 2, D(2020, 1, 5), True),
    ],
)
def test_table(
    act: dt.date,
    ended: dt.date | None,
    found: dt.date,
    harm: bool,
    years: int,
    last: dt.date,
    expired: bool,
) -> None:
    r = limitation(act, ended_on=ended, discovered_on=found, harm_to_life_health_or_finance=harm)
    assert r.period_years == years
    assert r.last_day == last
    assert r.expired is expired
    article = 36 if found >= D(2021, 7, 15) else 29
    assert r.citations[0].article == article


def test_an_expired_limitation_is_not_revived() -> None:
    # Issue 14 item 5. Act 2018-06-01 with harmful consequences, discovered 2021-09-01.
    # 《行政处罚法》(2017) 第二十九条: 违法行为在二年内未被发现的，不再给予行政处罚 — two years from
    # 2018-06-01 end on 2020-06-01. The 2021 text (第三十六条, five years with harm) came into
    # force on 2021-07-15 (第八十六条), after that day; 第三十七条 applies the law at the time
    # of the act unless the new law is lighter, and five years is not lighter. Expired.
    r = limitation(D(2018, 6, 1), discovered_on=D(2021, 9, 1), harm_to_life_health_or_finance=True)
    assert r.expired is True
    assert (r.period_years, r.last_day) == (2, D(2020, 6, 1))
    assert any("does not revive" in s.description for s in r.steps)
    assert {(c.article, c.version) for c in r.citations} >= {(29, "2017"), (37, "2021")}
    # still running on 2021-07-15 (two years from 2019-09-01 end 2021-09-01): the 2021 text
    # in force on discovery gives five years, 2019-09-01 + 5 years = 2024-09-01
    r = limitation(D(2019, 9, 1), discovered_on=D(2022, 1, 1), harm_to_life_health_or_finance=True)
    assert (r.period_years, r.last_day, r.expired) == (5, D(2024, 9, 1), False)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"discovered_on": D(2015, 3, 9)}, "discovered_on"),
        ({"ended_on": D(2015, 3, 9), "discovered_on": D(2016, 1, 1)}, "ended_on"),
        (
            {"discovered_on": D(2016, 1, 1), "harm_to_life_health_or_finance": "yes"},
            "harm_to_life_health_or_finance",
        ),
    ],
)
def test_bad_input(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidInput) as info:
        limitation(D(2015, 3, 10), **kwargs)  # type: ignore[arg-type]
    assert info.value.field == field


def test_before_the_penalty_law() -> None:
    with pytest.raises(NotInForce):
        limitation(D(1995, 1, 1), discovered_on=D(1996, 9, 30))


@pytest.mark.parametrize(
    ("act_on", "ended_on", "field"),
    [
        # 2021 art. 36: two years from the act; 9999-12-31 + 2 years is past the last date
        ("9999-12-31", None, "act_on"),
        ("9998-01-01", "9999-06-30", "ended_on"),
    ],
)
def test_a_period_past_year_9999_is_our_error(
    act_on: str, ended_on: str | None, field: str
) -> None:
    # found by the fuzz harness: date() used to raise a bare ValueError (year 10001)
    with pytest.raises(InvalidInput) as info:
        limitation(act_on, discovered_on="9999-12-31", ended_on=ended_on)
    assert info.value.field == field
    assert "ends by 9999-12-31" in str(info.value)


def test_the_last_act_whose_period_fits() -> None:
    # 2021 art. 36 ¶1: 二年; 9997-12-31 + 2 years = 9999-12-31, still a date
    r = limitation("9997-12-31", discovered_on="9999-12-31")
    assert r.last_day == dt.date(9999, 12, 31)
    assert r.expired is False
