"""What the speed work of issue 17 added to the deadlines: lookups kept per
law version (not per day), explanations built on first read, and the
working-day index of the China calendar.

Each expected value is worked by hand in the comment beside it.
"""

from __future__ import annotations

import datetime as dt
import pickle

import attrs
import pytest

from familyplan.deadlines import Deadline, deadline, default_calendar

day = dt.date
YUEYANGLOU = "430602"

# levy-payment: 30 days from receiving the decision (《社会抚养费征收管理办法》第六条第一款),
# counted by the period article of 《民事诉讼法》 in force on the trigger day: art. 75 of the
# 2007 text (2008-04-01 to 2012-12-31), art. 82 of the 2012 text (2013-01-01 to
# 2017-06-30) and of the 2017 text (from 2017-07-01).
LEVY_ACROSS_VERSIONS = [
    # 31 Dec. 2012 + 30 days = Wed 30 Jan. 2013 (2013 notice: 春节 9-15 Feb.): a working day
    (day(2012, 12, 31), day(2013, 1, 30), ("2007", 75)),
    # 1 Jan. 2013 + 30 days = Thu 31 Jan. 2013, a working day
    (day(2013, 1, 1), day(2013, 1, 31), ("2012", 82)),
    # 30 June 2017 + 30 days = Sun 30 July 2017 → Mon 31 July
    (day(2017, 6, 30), day(2017, 7, 31), ("2012", 82)),
    # 1 July 2017 + 30 days = Mon 31 July 2017, a working day
    (day(2017, 7, 1), day(2017, 7, 31), ("2017", 82)),
]


def _period_article(d: Deadline) -> tuple[str, int]:
    (c,) = [c for c in d.citations if c.statute_id == "civil-procedure-law"]
    return c.version, c.article


@pytest.mark.parametrize("order", [1, -1], ids=["oldest-first", "newest-first"])
def test_each_version_of_the_period_article_gives_its_own_answer(order: int) -> None:
    for trigger, due, cited in LEVY_ACROSS_VERSIONS[::order]:
        d = deadline("levy-payment", trigger_on=trigger, jurisdiction=YUEYANGLOU)
        assert (d.due_on, _period_article(d)) == (due, cited), trigger
        # a second ask, now from the kept lookup, is the same
        again = deadline("levy-payment", trigger_on=trigger, jurisdiction=YUEYANGLOU)
        assert (again.due_on, _period_article(again)) == (due, cited), trigger


@pytest.mark.parametrize("order", [1, -1], ids=["oldest-first", "newest-first"])
def test_the_rule_picked_changes_with_the_2021_penalty_law(order: int) -> None:
    cases = [
        # 行政处罚法 (2017 text) 第四十二条（一）: 三日 (calendar days); 14 July 2021 + 3 =
        # Sat 17 July → Mon 19 July
        (day(2021, 7, 14), day(2021, 7, 19), "calendar-days", 42),
        # (2021 text, from 15 July 2021) 第六十四条（一）: 五日, working days (第八十五条);
        # Thu 15 July → Fri 16, Mon 19, Tue 20, Wed 21, Thu 22 July
        (day(2021, 7, 15), day(2021, 7, 22), "working-days", 64),
    ]
    for trigger, due, counting, article in cases[::order]:
        d = deadline("hearing-request", trigger_on=trigger, jurisdiction=YUEYANGLOU)
        (rule,) = [
            c
            for c in d.citations
            if c.statute_id == "administrative-penalty-law" and c.article in (42, 64)
        ]
        assert (d.due_on, d.counting, rule.article) == (due, counting, article), trigger


def test_steps_built_on_first_read_equal_an_eagerly_built_result() -> None:
    d = deadline("levy-payment", trigger_on="2019-01-10", jurisdiction=YUEYANGLOU)
    # 10 Jan. 2019 + 30 days = Sat 9 Feb. 2019 (春节 4-10 Feb.) → Mon 11 Feb.
    assert d.due_on == day(2019, 2, 11)
    fresh = deadline("levy-payment", trigger_on="2019-01-10", jurisdiction=YUEYANGLOU)
    eager = Deadline(*(getattr(d, f.name) for f in attrs.fields(Deadline)))
    assert fresh == eager
    unbuilt = deadline("levy-payment", trigger_on="2019-01-10", jurisdiction=YUEYANGLOU)
    assert hash(unbuilt) == hash(eager)
    unbuilt = deadline("levy-payment", trigger_on="2019-01-10", jurisdiction=YUEYANGLOU)
    assert repr(unbuilt) == repr(eager)
    unbuilt = deadline("levy-payment", trigger_on="2019-01-10", jurisdiction=YUEYANGLOU)
    assert pickle.loads(pickle.dumps(unbuilt)) == eager
    unbuilt = deadline("levy-payment", trigger_on="2019-01-10", jurisdiction=YUEYANGLOU)
    assert unbuilt.to_dict() == eager.to_dict()
    assert attrs.evolve(d, jurisdiction=None).steps == eager.steps
    assert [str(c) for c in d.citations] == [
        "《社会抚养费征收管理办法》第六条第一款",
        "《中华人民共和国民事诉讼法》第八十二条",
    ]


def test_a_national_step_asked_without_a_division_records_none() -> None:
    d = deadline("review", trigger_on=day(2019, 3, 1))
    assert d.jurisdiction is None
    assert d == attrs.evolve(deadline("review", trigger_on=day(2019, 3, 1)), jurisdiction=None)


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        # 2013 notice: 中秋 19-21 Sept. off, Sun 22 Sept. worked; 国庆 1-7 Oct. off, Sun 29 Sept.
        # worked. After Mon 23 Sept.: 24, 25, 26, 27, (Sat 28 off), Sun 29 = the 5th
        (day(2013, 9, 23), 5, day(2013, 9, 29)),
        # 2026-12-30 (Wed): Thu 31 Dec. is the first; the second is past the schedules
        (day(2026, 12, 30), 1, day(2026, 12, 31)),
        (day(2026, 12, 30), 2, None),
        (day(2026, 12, 31), 1, None),
    ],
)
def test_nth_workday_after(start: dt.date, n: int, expected: dt.date | None) -> None:
    assert default_calendar().nth_workday_after(start, n) == expected


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        # 2001 notice: 元旦 Mon 1 Jan. off → Tue 2 Jan.
        (day(2001, 1, 1), day(2001, 1, 2)),
        # 2010 notice: 国庆 1-7 Oct. off → Fri 8 Oct.
        (day(2010, 10, 3), day(2010, 10, 8)),
        # Sun 29 Sept. 2013, a make-up working day: itself
        (day(2013, 9, 29), day(2013, 9, 29)),
        # Thu 31 Dec. 2026, the last day of the schedules, a working day
        (day(2026, 12, 31), day(2026, 12, 31)),
    ],
)
def test_first_workday_from(start: dt.date, expected: dt.date) -> None:
    assert default_calendar().first_workday_from(start) == expected
