"""Procedural deadlines, service dates and timelines.

Each expected date is worked by hand in the comment beside it, with the
holiday notice that decides a roll-forward.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from familyplan import deadlines, statutes
from familyplan.deadlines import (
    METHODS,
    STEPS,
    case_timeline,
    deadline,
    service_effective_on,
)
from familyplan.errors import CalendarNotAvailable, InvalidInput, NotInForce

day = dt.date
YUEYANGLOU = "430602"
BOSHAN = "370304"
JUNSHAN = "430611"
LONGYAO = "130525"


@pytest.mark.parametrize(
    ("step", "trigger", "where", "facts", "due", "counting", "articles"),
    [
        # 2021 law (in force 2021-07-15): 5 working days (art. 64 (一), art. 85). 2022 notice:
        # 春节 1/31-2/6 放假, 1/29 (Sat), 1/30 (Sun) 上班 → 29, 30, 7, 8, 9 Feb.
        (
            "hearing-request",
            day(2022, 1, 28),
            YUEYANGLOU,
            {},
            day(2022, 2, 9),
            "working-days",
            [("administrative-penalty-law", 64), ("administrative-penalty-law", 85)],
        ),
        # 1996 law: 3 calendar days; 30 Sept. 2010 + 3 = Sun 3 Oct., National Day week
        # (2010 notice: 10/1-7 放假) → Fri 8 Oct.
        (
            "hearing-request",
            day(2010, 9, 30),
            YUEYANGLOU,
            {},
            day(2010, 10, 8),
            "calendar-days",
            [("administrative-penalty-law", 42), ("civil-procedure-law", 75)],
        ),
        # 2017 text (2018-01-01 to 2021-07-14), still 3 days: 14 July 2021 + 3 = Sat 17 July
        # → Mon 19 July
        # (民事诉讼法 2017 text, art. 82, until 2021-12-31)
        (
            "hearing-request",
            day(2021, 7, 14),
            YUEYANGLOU,
            {},
            day(2021, 7, 19),
            "calendar-days",
            [("administrative-penalty-law", 42), ("civil-procedure-law", 82)],
        ),
        # first day of the 2021 law: Thu 15 July 2021 + 5 working days = 16, 19, 20, 21, 22
        (
            "hearing-request",
            day(2021, 7, 15),
            YUEYANGLOU,
            {},
            day(2021, 7, 22),
            "working-days",
            [("administrative-penalty-law", 64)],
        ),
        # hearing on Fri 28 Jan. 2022: 7 working days back: 27, 26, 25, 24, 21, 20, 19 Jan.
        (
            "hearing-notice",
            day(2022, 1, 28),
            YUEYANGLOU,
            {},
            day(2022, 1, 19),
            "working-days",
            [("administrative-penalty-law", 64)],
        ),
        # 1996 law: 7 calendar days before, no roll: 10 Oct. 2010 - 7 = 3 Oct.
        (
            "hearing-notice",
            day(2010, 10, 10),
            YUEYANGLOU,
            {},
            day(2010, 10, 3),
            "calendar-days",
            [("administrative-penalty-law", 42)],
        ),
        # service, 1996 law art. 40: 7 days; 24 Sept. 2010 + 7 = Fri 1 Oct. → Fri 8 Oct.
        (
            "service",
            day(2010, 9, 24),
            JUNSHAN,
            {},
            day(2010, 10, 8),
            "calendar-days",
            [("administrative-penalty-law", 40)],
        ),
        # service, 2021 art. 61 with art. 85: 7 working days from Fri 28 Jan. 2022:
        # 29, 30 Jan., 7, 8, 9, 10, 11 Feb.
        (
            "service",
            day(2022, 1, 28),
            JUNSHAN,
            {},
            day(2022, 2, 11),
            "working-days",
            [("administrative-penalty-law", 61), ("administrative-penalty-law", 85)],
        ),
        # levy measures art. 6 ¶1: 10 Jan. 2019 + 30 = Sat 9 Feb., Spring Festival 2/4-2/10
        # (2019 notice) → Mon 11 Feb.
        (
            "levy-payment",
            day(2019, 1, 10),
            YUEYANGLOU,
            {},
            day(2019, 2, 11),
            "calendar-days",
            [("levy-measures", 6), ("civil-procedure-law", 82)],
        ),
        # Boshan: 3 working days from Thu 10 Jan. 2019: 11, 14, 15
        (
            "statement",
            day(2019, 1, 10),
            BOSHAN,
            {},
            day(2019, 1, 15),
            "working-days",
            [("boshan-list", 10)],
        ),
        (
            "levy-waiver-decision",
            day(2019, 1, 10),
            BOSHAN,
            {},
            day(2019, 1, 15),
            "working-days",
            [("boshan-list", 12)],
        ),
        # review: 60 days; 1 March 2016 + 60 = Sat 30 April, Labour Day 4/30-5/2 → Tue 3 May
        (
            "review",
            day(2016, 3, 1),
            YUEYANGLOU,
            {},
            day(2016, 5, 3),
            "calendar-days",
            [("administrative-review-law", 9)],
        ),
        # review under the 2023 text (2024-01-01): 2 Jan. 2024 + 60 = Sun 3 March → Mon 4 March
        (
            "review",
            day(2024, 1, 2),
            YUEYANGLOU,
            {},
            day(2024, 3, 4),
            "calendar-days",
            [("administrative-review-law", 20), ("civil-procedure-law", 85)],
        ),
        # litigation, 1989 law (before 2015-05-01): 3 months; 1 July 2013 → Tue 1 Oct.,
        # National Day 10/1-7 (2013 notice) → Tue 8 Oct.
        (
            "litigation",
            day(2013, 7, 1),
            YUEYANGLOU,
            {},
            day(2013, 10, 8),
            "months",
            [("administrative-litigation-law", 39)],
        ),
        # 30 April 2015, still the 1989 law (art. 39): 3 months would end Thu 30 July 2015, so
        # the period had not expired before 2015-05-01; 法释〔2015〕9号 第二十六条第一款
        # (2015年5月1日前起诉期限尚未届满的，适用修改后的行政诉讼法关于起诉期限的规定): the
        # 2014 text's 6 months (art. 46) from 30 April = Fri 30 Oct. 2015, a working day
        (
            "litigation",
            day(2015, 4, 30),
            YUEYANGLOU,
            {},
            day(2015, 10, 30),
            "months",
            [
                ("administrative-litigation-law", 39),
                ("spc-2015-9", 26),
                ("administrative-litigation-law", 46),
            ],
        ),
        # 2014 revision from 1 May 2015: 6 months; 1 May 2015 → Sun 1 Nov. 2015 → Mon 2 Nov.
        (
            "litigation",
            day(2015, 5, 1),
            YUEYANGLOU,
            {},
            day(2015, 11, 2),
            "months",
            [("administrative-litigation-law", 46)],
        ),
        # 31 Aug. 2015 + 6 months = 29 Feb. 2016 (no 31 Feb.; leap year), a Monday
        (
            "litigation",
            day(2015, 8, 31),
            YUEYANGLOU,
            {},
            day(2016, 2, 29),
            "months",
            [("administrative-litigation-law", 46)],
        ),
        # Boshan demand notice: 10 Jan. 2019 + 3 months = Wed 10 April; 三个月后 → Thu 11 April
        (
            "demand-notice",
            day(2019, 1, 10),
            BOSHAN,
            {},
            day(2019, 4, 11),
            "months",
            [("boshan-list", 14)],
        ),
        # coercion law arts. 54, 69: 10 working days from Fri 28 Jan. 2022: 29, 30 Jan.,
        # 7-11 Feb. (7), 14, 15, 16 Feb. (10); the day after: Thu 17 Feb.
        (
            "enforcement-earliest",
            day(2022, 1, 28),
            YUEYANGLOU,
            {},
            day(2022, 2, 17),
            "working-days",
            [("administrative-coercion-law", 54), ("administrative-coercion-law", 69)],
        ),
        # before 2012: 法释〔2000〕8号 art. 88, 180 days; 30 Sept. 2010 + 180 = Tue 29 March 2011
        (
            "enforcement-application",
            day(2010, 9, 30),
            YUEYANGLOU,
            {},
            day(2011, 3, 29),
            "calendar-days",
            [("spc-2000-8", 88)],
        ),
        # 31 Dec. 2011 still 180 days: + 180 = Thu 28 June 2012
        (
            "enforcement-application",
            day(2011, 12, 31),
            YUEYANGLOU,
            {},
            day(2012, 6, 28),
            "calendar-days",
            [("spc-2000-8", 88)],
        ),
        # from 2012: coercion law art. 53, 3 months; 1 Jan. 2012 + 3 months = Sun 1 April 2012;
        # 2012 notice: 清明 4/2-4/4 放假, 3/31 (Sat), 4/1 (Sun) 上班 → 1 April is a working day
        (
            "enforcement-application",
            day(2012, 1, 1),
            YUEYANGLOU,
            {},
            day(2012, 4, 1),
            "months",
            [("administrative-coercion-law", 53)],
        ),
        # from 2018-02-08 also 法释〔2018〕1号 art. 156: 10 Jan. 2019 + 3 months = Wed 10 April
        (
            "enforcement-application",
            day(2019, 1, 10),
            YUEYANGLOU,
            {},
            day(2019, 4, 10),
            "months",
            [("administrative-coercion-law", 53), ("spc-2018-1", 156)],
        ),
        # approval of re-birth: 25 working days (catalogue); from Thu 10 Jan. 2019: Jan. 11-31
        # = 15; Feb. 1 (16), 2 Sat make-up (17), 3 Sun make-up (18); 4-10 holiday;
        # 11-15 (23), 18 (24), 19 (25)
        (
            "approval",
            day(2019, 1, 10),
            YUEYANGLOU,
            {"matter": "rebirth-approval"},
            day(2019, 2, 19),
            "working-days",
            [],
        ),
        # 20 working days (technical-service licence) from Mon 3 June 2019: 4-6 (3), 7 Dragon
        # Boat rest, 10-14 (8), 17-21 (13), 24-28 (18), 1 and 2 July (20)
        (
            "approval",
            day(2019, 6, 3),
            YUEYANGLOU,
            {"matter": "technical-service-licence"},
            day(2019, 7, 2),
            "working-days",
            [],
        ),
        # Yueyanglou: 5 working days from Fri 28 Jan. 2022: 29, 30 Jan., 7, 8, 9 Feb.
        (
            "supplement-materials",
            day(2022, 1, 28),
            YUEYANGLOU,
            {},
            day(2022, 2, 9),
            "working-days",
            [("yueyanglou-list", 3)],
        ),
        # archive: one month; 31 Jan. 2019 + 1 month = Thu 28 Feb. 2019
        (
            "archive",
            day(2019, 1, 31),
            JUNSHAN,
            {},
            day(2019, 2, 28),
            "months",
            [("junshan-list", 9)],
        ),
        # 4 Jan. 2019 + 1 month = Mon 4 Feb., Spring Festival → Mon 11 Feb.
        ("archive", day(2019, 1, 4), BOSHAN, {}, day(2019, 2, 11), "months", [("boshan-list", 15)]),
        (
            "archive",
            day(2019, 1, 4),
            LONGYAO,
            {},
            day(2019, 2, 11),
            "months",
            [("longyao-list", 16)],
        ),
    ],
)
def test_deadline(
    step: str,
    trigger: dt.date,
    where: str,
    facts: dict[str, Any],
    due: dt.date,
    counting: str,
    articles: list[tuple[str, int]],
) -> None:
    d = deadline(step, trigger_on=trigger, jurisdiction=where, **facts)
    assert (d.step_id, d.trigger_on, d.due_on, d.counting) == (step, trigger, due, counting)
    assert d.provisional is False
    cited = {(c.statute_id, c.article) for c in d.citations}
    assert set(articles) <= cited
    assert d.steps
    # every citation is of text the registry holds on the trigger day, or, for a period
    # running into a new text (法释〔2015〕9号 art. 26), on a day the steps name
    days = [trigger, *(s.value for s in d.steps if isinstance(s.value, dt.date))]
    for c in d.citations:
        assert any(_holds(c, x) for x in days), c
    body = d.to_dict()
    json.dumps(body)
    assert body["due_on"] == due.isoformat()
    assert body["kind"] == "deadline"


def _holds(c: Any, on: dt.date) -> bool:
    try:
        statutes.provision(c.statute_id, c.article, on=on, paragraph=c.paragraph)
    except NotInForce:
        return False
    return True


def test_every_step_is_tested_and_listed() -> None:
    assert set(STEPS) == {s.id for s in deadlines.steps()}
    assert len(STEPS) == len(set(STEPS))


def test_levy_payment_after_the_repeal_is_not_in_force() -> None:
    # 社会抚养费征收管理办法 repealed: in force until 2021-09-08
    deadline("levy-payment", trigger_on=day(2021, 9, 8), jurisdiction=YUEYANGLOU)
    with pytest.raises(NotInForce):
        deadline("levy-payment", trigger_on=day(2021, 9, 9), jurisdiction=YUEYANGLOU)


def test_laws_not_yet_in_force() -> None:
    with pytest.raises(InvalidInput) as err:  # before 行政强制法: 法释〔2000〕8号 art. 88 …
        deadline("enforcement-earliest", trigger_on=day(2011, 12, 31), jurisdiction=YUEYANGLOU)
    assert err.value.field == "decision_served_on"  # … needs the litigation period's start
    with pytest.raises(NotInForce):  # 法释〔2000〕8号 from 2000-03-10, 行政强制法 from 2012
        deadline(
            "enforcement-earliest",
            trigger_on=day(2000, 3, 9),
            jurisdiction=YUEYANGLOU,
            decision_served_on=day(2000, 1, 3),
        )
    with pytest.raises(NotInForce):  # 法释〔2000〕8号 from 2000-03-10
        deadline("enforcement-application", trigger_on=day(2000, 3, 9), jurisdiction=YUEYANGLOU)
    with pytest.raises(NotInForce):  # the Boshan list from 2015-07-01
        deadline("statement", trigger_on=day(2015, 6, 30), jurisdiction=BOSHAN)
    with pytest.raises(NotInForce):  # the catalogue of 2015-12 sets the approval limit
        deadline(
            "approval",
            trigger_on=day(2015, 11, 30),
            jurisdiction=YUEYANGLOU,
            matter="rebirth-approval",
        )


@pytest.mark.parametrize(
    ("step", "where"),
    [
        ("statement", "370000"),  # Shandong, but not Boshan: the list binds only its county
        ("statement", YUEYANGLOU),
        ("levy-waiver-decision", JUNSHAN),
        ("demand-notice", YUEYANGLOU),
        ("supplement-materials", BOSHAN),
        ("archive", YUEYANGLOU),
    ],
)
def test_local_rules_refused_elsewhere(step: str, where: str) -> None:
    with pytest.raises(InvalidInput) as err:
        deadline(step, trigger_on=day(2019, 1, 10), jurisdiction=where)
    assert err.value.field == "jurisdiction"
    assert err.value.value == where


def test_provisional_only_with_the_flag() -> None:
    with pytest.raises(CalendarNotAvailable):
        deadline("hearing-request", trigger_on=day(2026, 12, 30), jurisdiction=YUEYANGLOU)
    d = deadline(
        "hearing-request",
        trigger_on=day(2026, 12, 30),
        jurisdiction=YUEYANGLOU,
        allow_provisional=True,
    )
    assert d.provisional is True
    # 31 Dec. (1), 1 Jan. 2027 元旦 rest, then Mon 4-Thu 7 Jan. (5), weekends only
    assert d.due_on == day(2027, 1, 7)
    certain = deadline("hearing-request", trigger_on=day(2026, 12, 1), jurisdiction=YUEYANGLOU)
    assert certain.provisional is False


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"step": "appeal"}, "step_id"),
        ({"step": 3}, "step_id"),
        ({"trigger_on": dt.datetime(2019, 1, 10, 9)}, "trigger_on"),
        ({"trigger_on": 20190110}, "trigger_on"),
        ({"allow_provisional": "yes"}, "allow_provisional"),
        ({"calendar": "china"}, "calendar"),
        ({"matter": "rebirth-approval"}, "matter"),  # not a fact of hearing-request
        ({"step": "approval"}, "matter"),  # missing matter
        ({"step": "approval", "matter": "levy"}, "matter"),  # no statutory limit
    ],
)
def test_bad_input(kwargs: dict[str, Any], field: str) -> None:
    args: dict[str, Any] = {
        "step": "hearing-request",
        "trigger_on": day(2019, 1, 10),
        "jurisdiction": YUEYANGLOU,
    }
    args.update(kwargs)
    step = args.pop("step")
    with pytest.raises(InvalidInput) as err:
        deadline(step, **args)
    assert err.value.field == field


@pytest.mark.parametrize("hearing_on", [day(2019, 1, 11), "someday"])
def test_hearing_on_fact_is_deprecated_and_still_checked(hearing_on: object) -> None:
    # the hearing date is trigger_on; the fact only repeated it (deprecated since 0.2)
    with pytest.warns(DeprecationWarning, match="trigger_on"), pytest.raises(InvalidInput) as err:
        deadline(
            "hearing-notice",
            trigger_on=day(2019, 1, 10),
            jurisdiction=YUEYANGLOU,
            hearing_on=hearing_on,
        )
    assert err.value.field == "hearing_on"
    with pytest.warns(DeprecationWarning, match="trigger_on"):
        same = deadline("hearing-notice", trigger_on=day(2019, 1, 10), hearing_on=day(2019, 1, 10))
    assert same.due_on == deadline("hearing-notice", trigger_on=day(2019, 1, 10)).due_on


def test_national_steps_need_no_jurisdiction_local_steps_do() -> None:
    # 社会抚养费征收管理办法 art. 6: 30 days, wherever the decision was made
    d = deadline("levy-payment", trigger_on=day(2019, 1, 10))
    assert d.jurisdiction is None
    assert (
        d.due_on
        == deadline("levy-payment", trigger_on=day(2019, 1, 10), jurisdiction=BOSHAN).due_on
    )
    with pytest.raises(InvalidInput) as err:
        deadline("statement", trigger_on=day(2019, 1, 10))  # 博山区's own list
    assert err.value.field == "jurisdiction"


def test_step_renamed_step_id() -> None:
    d = deadline("review", trigger_on=day(2019, 1, 10))
    assert d.step_id == "review"
    with pytest.warns(DeprecationWarning, match="step_id"):
        assert d.step == "review"
    assert d.to_dict()["step_id"] == d.to_dict()["step"] == "review"
    with pytest.warns(DeprecationWarning, match="'step' is deprecated"):
        assert deadline(step="review", trigger_on=day(2019, 1, 10)) == d  # type: ignore[call-arg]


# ------------------------------------------------------------------ service


@pytest.mark.parametrize(
    ("method", "sent", "kwargs", "effective", "article"),
    [
        ("direct", day(2016, 3, 1), {"signed_on": day(2016, 3, 2)}, day(2016, 3, 2), 84),
        ("left-at-residence", day(2016, 3, 1), {}, day(2016, 3, 1), 86),
        ("post", day(2010, 3, 1), {"receipt_on": day(2010, 3, 4)}, day(2010, 3, 4), 80),
        # 1991-2021 texts: 60 days; 1 March 2016 + 60 = 30 April 2016 (not rolled)
        ("public-notice", day(2016, 3, 1), {}, day(2016, 4, 30), 92),
        # last day of the 2017 text: 31 Dec. 2021 + 60 = 1 March 2022
        ("public-notice", day(2021, 12, 31), {}, day(2022, 3, 1), 92),
        # 2021 text (in force 2022-01-01) art. 95: 30 days
        ("public-notice", day(2022, 1, 1), {}, day(2022, 1, 31), 95),
        ("public-notice", day(2005, 6, 1), {}, day(2005, 7, 31), 84),
    ],
)
def test_service_effective_on(
    method: str, sent: dt.date, kwargs: dict[str, Any], effective: dt.date, article: int
) -> None:
    s = service_effective_on(method, sent, **kwargs)
    assert s.effective_on == effective
    assert [c.article for c in s.citations] == [article]
    assert s.to_dict()["effective_on"] == effective.isoformat()


@pytest.mark.parametrize(
    ("args", "kwargs", "field"),
    [
        (("fax", day(2016, 3, 1)), {}, "method"),
        ((None, day(2016, 3, 1)), {}, "method"),
        (("direct", dt.datetime(2016, 3, 1, 8)), {"signed_on": day(2016, 3, 1)}, "dispatched_on"),
        (("direct", day(2016, 3, 1)), {}, "signed_on"),
        (("direct", day(2016, 3, 1)), {"signed_on": day(2016, 2, 28)}, "signed_on"),
        (("post", day(2016, 3, 1)), {}, "receipt_on"),
        (("post", day(2016, 3, 1)), {"receipt_on": "March"}, "receipt_on"),
    ],
)
def test_service_bad_input(args: tuple[Any, ...], kwargs: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidInput) as err:
        service_effective_on(*args, **kwargs)
    assert err.value.field == field


def test_methods_listed() -> None:
    assert METHODS == ("direct", "left-at-residence", "post", "public-notice")


# ------------------------------------------------------------------ timeline


def test_case_timeline_boshan() -> None:
    t = case_timeline(
        jurisdiction=BOSHAN,
        notice_served_on=day(2019, 1, 2),
        hearing_on=day(2019, 1, 21),
        decided_on=day(2019, 1, 3),
        decision_served_on=day(2019, 1, 10),
        demand_served_on=day(2019, 4, 12),
        closed_on=day(2019, 12, 2),
    )
    got = [(d.step_id, d.due_on) for d in t]
    assert got == sorted(got, key=lambda x: x[1])
    steps = {d.step_id: d.due_on for d in t}
    # notice Wed 2 Jan. 2019: 3 calendar days → Sat 5 Jan. → Mon 7 Jan.
    assert steps["hearing-request"] == day(2019, 1, 7)
    # 3 working days: 3, 4, 7 Jan.
    assert steps["statement"] == day(2019, 1, 7)
    assert steps["levy-waiver-decision"] == day(2019, 1, 7)
    assert steps["hearing-notice"] == day(2019, 1, 14)  # 21 - 7
    assert steps["service"] == day(2019, 1, 10)  # 3 + 7 = Thu 10 Jan.
    assert steps["levy-payment"] == day(2019, 2, 11)
    assert steps["review"] == day(2019, 3, 11)  # 10 Jan. + 60 (21 + 28 + 11) = Mon 11 March
    assert steps["demand-notice"] == day(2019, 4, 11)
    assert steps["litigation"] == day(2019, 7, 10)  # 6 months, Wed
    # enforcement application from the end of the litigation period: 10 July + 3 months
    assert steps["enforcement-application"] == day(2019, 10, 10)  # Thu, after National Day
    # demand served Fri 12 April 2019: 10 working days 15-19, 22-26 April; the day after is
    # Sun 28 April, a make-up working day (2019 notice: 劳动节 5/1-5/4, 4月28日(星期日)上班)
    assert steps["enforcement-earliest"] == day(2019, 4, 28)
    assert steps["archive"] == day(2020, 1, 2)  # 2 Dec. + 1 month, Thu
    assert len(t) == 12
    assert t.citations
    json.dumps(t.to_dict())


def test_case_timeline_paid_and_repealed() -> None:
    t = case_timeline(jurisdiction=YUEYANGLOU, decision_served_on=day(2022, 1, 10), paid=True)
    assert [d.step_id for d in t] == ["review", "litigation"]
    assert any(s.startswith("levy-payment") for s in t.skipped)
    assert any("paid" in s for s in t.skipped)


def test_case_timeline_bad_input() -> None:
    with pytest.raises(InvalidInput) as err:
        case_timeline(jurisdiction=YUEYANGLOU, decision_served_on="soon")
    assert err.value.field == "decision_served_on"
    with pytest.raises(InvalidInput) as err:
        case_timeline(jurisdiction=YUEYANGLOU, paid="no")  # type: ignore[arg-type]
    assert err.value.field == "paid"


# ------------------------------------------------------------------ issue 14: transitions


def test_litigation_across_2015_05_01_runs_six_months() -> None:
    # Decision served Mon 2 Feb. 2015 (1989 law, art. 39: 3 months) → 2 May 2015, in the
    # Labour Day holiday (2015 notice: 5/1-5/3 放假) → Mon 4 May: not expired before
    # 2015-05-01, so 法释〔2015〕9号 第二十六条第一款 applies the amended law (2014 text art. 46,
    # 六个月): 2 Feb. + 6 months = Sun 2 Aug. 2015 → Mon 3 Aug. 2015.
    d = deadline("litigation", trigger_on=day(2015, 2, 2), jurisdiction=YUEYANGLOU)
    assert d.due_on == day(2015, 8, 3)
    assert ("spc-2015-9", 26) in {(c.statute_id, c.article) for c in d.citations}


def test_litigation_expired_before_2015_05_01_stays_three_months() -> None:
    # Served Sat 31 Jan. 2015: 3 months → 30 April (no 31st; a Thursday, working day), which
    # is before 2015-05-01: the period had expired, art. 26 does not reach it.
    d = deadline("litigation", trigger_on=day(2015, 1, 31), jurisdiction=YUEYANGLOU)
    assert d.due_on == day(2015, 4, 30)
    assert "spc-2015-9" not in {c.statute_id for c in d.citations}


def test_timeline_chains_the_2015_transition() -> None:
    # Served Mon 2 March 2015. review (行政复议法 1999 art. 9): + 60 days = Fri 1 May, Labour
    # Day → Mon 4 May. litigation: 3 months → Tue 2 June, not expired before 2015-05-01 →
    # 6 months (法释〔2015〕9号 art. 26, 2014 text art. 46) → Wed 2 Sept. 2015 (a working day;
    # the 3-5 Sept. Victory Day holiday comes after). enforcement-application from the later
    # end, 2 Sept.: 行政强制法 art. 53, 3 months → Wed 2 Dec. 2015 (before the fix: 2 Sept.).
    t = case_timeline(jurisdiction=YUEYANGLOU, decision_served_on=day(2015, 3, 2))
    due = {d.step_id: d.due_on for d in t}
    assert due["review"] == day(2015, 5, 4)
    assert due["litigation"] == day(2015, 9, 2)
    assert due["enforcement-application"] == day(2015, 12, 2)


def test_hearing_request_notice_before_2021_07_15_keeps_three_days() -> None:
    # Notice Tue 13 July 2021 under the 2017 text (art. 42 (一): 三日, calendar days): + 3 =
    # Fri 16 July 2021. The 2021 text (art. 64: 五日, working days by art. 85) is in force
    # from the 15th, but it has no transitional article: the text in force on the notice
    # governs (docs/policies.md), and the step says so.
    d = deadline("hearing-request", trigger_on=day(2021, 7, 13), jurisdiction=YUEYANGLOU)
    assert (d.due_on, d.counting) == (day(2021, 7, 16), "calendar-days")
    assert any("no transitional rule" in s.description for s in d.steps)


def test_enforcement_earliest_before_2012_from_the_litigation_period() -> None:
    # Decision served Wed 1 June 2011; demand notice served Mon 1 Aug. 2011 (before 行政强制法,
    # in force 2012-01-01). 法释〔2000〕8号 第八十八条: the application is made 自被执行人的法定起诉
    # 期限届满之日起 — the litigation period (1989 law art. 39, 3 months) ends Thu 1 Sept. 2011,
    # a working day; the earliest day to apply is the next working day, Fri 2 Sept. 2011.
    d = deadline(
        "enforcement-earliest",
        trigger_on=day(2011, 8, 1),
        jurisdiction=YUEYANGLOU,
        decision_served_on=day(2011, 6, 1),
    )
    assert d.due_on == day(2011, 9, 2)
    cited = {(c.statute_id, c.article) for c in d.citations}
    assert {("spc-2000-8", 88), ("administrative-litigation-law", 39)} <= cited
    assert "administrative-coercion-law" not in {c.statute_id for c in d.citations}


def test_timeline_enforcement_earliest_before_2012() -> None:
    # the same case through the timeline: decision served 2011-06-01, demand 2011-08-01
    t = case_timeline(
        jurisdiction=YUEYANGLOU,
        decision_served_on=day(2011, 6, 1),
        demand_served_on=day(2011, 8, 1),
    )
    assert {d.step_id: d.due_on for d in t}["enforcement-earliest"] == day(2011, 9, 2)
    # without the decision's service day the step cannot be counted: skipped, with the reason
    t = case_timeline(jurisdiction=YUEYANGLOU, demand_served_on=day(2011, 8, 1))
    assert any(s.startswith("enforcement-earliest") for s in t.skipped)


def test_enforcement_application_window_begun_before_2012_keeps_180_days() -> None:
    # Litigation period ended Thu 1 Dec. 2011 (before 行政强制法): 法释〔2000〕8号 第八十八条,
    # 180日: 1 Dec. 2011 + 180 days = Tue 29 May 2012 (Dec. 30 + Jan. 31 + Feb. 29 + Mar. 31
    # + Apr. 30 + May 29 = 180), a working day (端午节 2012 fell on 22-24 June). The window
    # runs past 2012-01-01; 法释〔2000〕8号 stayed in force until 2018-02-07 and no transitional
    # rule cuts it to art. 53's 3 months, and the step says so.
    d = deadline("enforcement-application", trigger_on=day(2011, 12, 1), jurisdiction=YUEYANGLOU)
    assert (d.due_on, d.counting) == (day(2012, 5, 29), "calendar-days")
    assert any("no transitional rule" in s.description for s in d.steps)
