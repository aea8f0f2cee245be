"""Procedural deadlines, service dates, case timelines and subsidy calendars.

Every period here comes from a provision in the registry: each rule names the
statute, the article and the *words of its quote* that set the period
(``needle``); the words are checked against the quote whenever the rule is
applied, and the number must appear in them, so a number in this module can
never drift from the text it comes from.

The law version is chosen by the date the step's law makes relevant: for
every step that is ``trigger_on`` (the day the period starts running), except
``hearing-notice``, whose ``trigger_on`` is the hearing date (see
:data:`STEPS`).

Counting (see :mod:`familyplan.deadlines._periods`):

* calendar days: the start day is not counted; a period ending on a rest day
  ends on the first working day after it (《民事诉讼法》 period article: art. 75
  of the 1991/2007 texts, 82 of 2012/2017, 85 of 2021/2023);
* working days: 《行政处罚法》(2021) 第八十五条 (二日、三日、五日、七日),
  《行政强制法》第六十九条 (periods of ten days or less), or the local list
  itself when it says 个工作日;
* months: the corresponding day of the final month, or its last day
  (《民法总则》/《民法典》第二百零二条), then the same roll-forward.

>>> import datetime
>>> d = deadline("levy-payment", trigger_on=datetime.date(2019, 1, 10), jurisdiction="430602")
>>> d.due_on, d.counting
(datetime.date(2019, 2, 11), 'calendar-days')
>>> [str(c) for c in d.citations]
['《社会抚养费征收管理办法》第六条第一款', '《中华人民共和国民事诉讼法》第八十二条']
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Literal

import attrs

from familyplan import statutes
from familyplan._dates import as_date, as_date_or_none, days_in_month
from familyplan.deadlines._calendar import WorkdayCalendar, is_provisional
from familyplan.deadlines._periods import (
    _Day,
    add_months,
    add_working_days,
    next_working_day,
    roll_forward,
)
from familyplan.errors import InvalidInput, NotInForce, RulesDataError
from familyplan.explain import Citation, Step, Trace, chinese_numeral, result_dict

__all__ = [
    "METHODS",
    "PROGRAMMES",
    "STEPS",
    "CalendarEntry",
    "Deadline",
    "ServiceDate",
    "StepInfo",
    "Timeline",
    "case_timeline",
    "deadline",
    "service_effective_on",
    "steps",
    "subsidy_calendar",
]

Counting = Literal["calendar-days", "working-days", "months"]

_ONE = _dt.timedelta(days=1)


_RulesDataError = RulesDataError

# --------------------------------------------------------------------------- rules


@attrs.frozen
class _Period:
    """A period and the words of the provision that set it."""

    statute_id: str
    article: int
    needle: str
    n: int
    paragraph: int | None = None
    item: int | None = None

    def cite(self, on: _dt.date) -> Citation:
        """The citation in force on ``on``, after checking the quote says ``needle``."""
        p = statutes.provision(
            self.statute_id, self.article, on=on, paragraph=self.paragraph, item=self.item
        )
        numbers = (str(self.n), chinese_numeral(self.n))
        if self.needle not in p.quote or not any(x in self.needle for x in numbers):
            raise _RulesDataError(
                f"{self.statute_id} art. {self.article} ({p.version.label}) does not say "
                f"{self.needle!r} with the number {self.n}"
            )
        return p.cite(self.paragraph, self.item)


# 《行政处罚法》(1996, 2009, 2017) 第四十二条: （一）当事人要求听证的，应当在行政机关告知后三日内提出
_HEARING_REQUEST_1996 = _Period("administrative-penalty-law", 42, "告知后三日内提出", 3, item=1)
# （二）行政机关应当在听证的七日前，通知当事人举行听证的时间、地点
_HEARING_NOTICE_1996 = _Period("administrative-penalty-law", 42, "听证的七日前", 7, item=2)
# 《行政处罚法》(2021) 第六十四条: （一）…应当在行政机关告知后五日内提出
_HEARING_REQUEST_2021 = _Period("administrative-penalty-law", 64, "告知后五日内提出", 5, item=1)
# （二）行政机关应当在举行听证的七日前，通知当事人及有关人员听证的时间、地点
_HEARING_NOTICE_2021 = _Period("administrative-penalty-law", 64, "举行听证的七日前", 7, item=2)
# 第四十条 (1996–2017): 当事人不在场的，行政机关应当在七日内 … 送达当事人
_SERVICE_1996 = _Period("administrative-penalty-law", 40, "应当在七日内", 7)
# 第六十一条 (2021): 当事人不在场的，行政机关应当在七日内 … 送达当事人
_SERVICE_2021 = _Period("administrative-penalty-law", 61, "应当在七日内", 7)
# 社会抚养费征收管理办法 第六条第一款: 当事人应当自收到征收决定之日起30日内一次性缴纳
_LEVY_PAYMENT = _Period("levy-measures", 6, "自收到征收决定之日起30日内", 30, paragraph=1)
# 博山区责任清单 3、告知: 可在收到告知书起3个工作日内向征收机关陈述或申辩
_STATEMENT = _Period("boshan-list", 10, "收到告知书起3个工作日内", 3)
# 5、决定: 可在《社会抚养费征收告知书》送达后3个工作日内 … 制作下达《社会抚养费征收决定书》
_WAIVER_DECISION = _Period("boshan-list", 12, "送达后3个工作日内", 3)
# 7、执行: 《社会抚养费征收决定书》送达三个月后 … 征收机关应下达《社会抚养费征收催告书》
_DEMAND_NOTICE = _Period("boshan-list", 14, "送达三个月后", 3)
# 行政复议法 (1999–2017) 第九条: 可以自知道该具体行政行为之日起六十日内提出行政复议申请
_REVIEW_1999 = _Period("administrative-review-law", 9, "六十日内提出", 60)
# 行政复议法 (2023) 第二十条: 可以自知道或者应当知道该行政行为之日起六十日内提出行政复议申请
_REVIEW_2023 = _Period("administrative-review-law", 20, "六十日内提出", 60)
# 行政诉讼法 (1989) 第三十九条: 应当在知道作出具体行政行为之日起三个月内提出
_LITIGATION_1989 = _Period("administrative-litigation-law", 39, "三个月内提出", 3)
# 行政诉讼法 (2014, 2017) 第四十六条: 应当自知道或者应当知道作出行政行为之日起六个月内提出
_LITIGATION_2014 = _Period("administrative-litigation-law", 46, "六个月内提出", 6)
# 行政强制法 第五十四条: 催告书送达十日后当事人仍未履行义务的，行政机关可以 … 申请强制执行
_ENFORCEMENT_EARLIEST = _Period("administrative-coercion-law", 54, "催告书送达十日后", 10)
# 行政强制法 第六十九条: 本法中十日以内期限的规定是指工作日，不含法定节假日
_COERCION_WORKING_DAYS = _Period("administrative-coercion-law", 69, "十日以内期限", 10)
# 法释〔2000〕8号 第八十八条: 应当自被执行人的法定起诉期限届满之日起180日内提出
_ENFORCEMENT_2000 = _Period("spc-2000-8", 88, "届满之日起180日内提出", 180)
# 行政强制法 第五十三条: 可以自期限届满之日起三个月内 … 申请人民法院强制执行
_ENFORCEMENT_2012 = _Period("administrative-coercion-law", 53, "自期限届满之日起三个月内", 3)
# 法释〔2018〕1号 第一百五十六条: 应当自被执行人的法定起诉期限届满之日起三个月内提出
_ENFORCEMENT_2018 = _Period("spc-2018-1", 156, "届满之日起三个月内提出", 3)
# 岳阳楼区 运行流程: 资料不齐全的在5个工作日内补齐
_SUPPLEMENT = _Period("yueyanglou-list", 3, "在5个工作日内补齐", 5)
# 8、结案归档 / 9.结案归档: 承办人应在一个月内将案件卷宗整理装订
_ARCHIVE = (
    _Period("boshan-list", 15, "应在一个月内将案件卷宗整理装订", 1),
    _Period("junshan-list", 9, "应在一个月内将案件卷宗整理装订", 1),
    _Period("longyao-list", 16, "应在一个月内将案件卷宗整理装订", 1),
)

# 行政处罚法 (2021) 第八十五条: 本法中“二日”“三日”“五日”“七日”的规定是指工作日
_APL_WORKING = {
    5: _Period("administrative-penalty-law", 85, "“五日”", 5),
    7: _Period("administrative-penalty-law", 85, "“七日”", 7),
}


def _find(statute_id: str, on: _dt.date, needle: str) -> Citation | None:
    """The provision of ``statute_id`` in force on ``on`` whose quote says ``needle``."""
    for p in statutes.provisions(statute_id):
        if p.version.in_force_on(on) and needle in p.quote:
            return p.citation
    return None


def _period_rule(on: _dt.date) -> Citation | None:
    # 民事诉讼法: 期间开始的时和日，不计算在期间内。期间届满的最后一日是节假日的，
    # 以节假日后的第一日为期间届满的日期 (法定休假日 in the 2021/2023 texts)
    return _find("civil-procedure-law", on, "期间开始的时和日，不计算在期间内")


def _month_end_rule(on: _dt.date) -> Citation | None:
    # 民法总则 / 民法典 第二百零二条: 到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日
    for sid in ("civil-code", "general-provisions-civil-law"):
        c = _find(sid, on, "没有对应日的，月末日为期间的最后一日")
        if c is not None:
            return c
    return None


# --------------------------------------------------------------------------- results


@attrs.frozen
class Deadline:
    """One procedural deadline.

    :param step: the step id (one of :data:`STEPS`).
    :param trigger_on: the day the period starts running (not counted), or,
        for ``hearing-notice``, the hearing date.
    :param due_on: the last day of the period (for ``demand-notice`` and
        ``enforcement-earliest``, the first day the agency may act; for
        ``hearing-notice``, the last day the agency may notify).
    :param counting: ``"calendar-days"``, ``"working-days"`` or ``"months"``.
    :param provisional: a day past the published holiday schedules was assumed.
    :param jurisdiction: the division code the deadline was computed for.
    """

    step: str
    trigger_on: _dt.date
    due_on: _dt.date
    counting: Counting
    provisional: bool
    citations: tuple[Citation, ...]
    steps: tuple[Step, ...]
    jurisdiction: str = ""

    def to_dict(self) -> dict[str, Any]:
        return result_dict(self, "deadline")


@attrs.frozen
class StepInfo:
    """What one deadline step is: its id, what ``trigger_on`` means, how it counts."""

    id: str
    trigger: str
    rule: str
    where: str
    facts: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return result_dict(self, "deadline-step")


_INFO: tuple[StepInfo, ...] = (
    StepInfo(
        "statement",
        "the day the party received the levy notice (告知书)",
        "3 working days (博山区 list, 3、告知)",
        "Boshan district (370304) only",
    ),
    StepInfo(
        "hearing-request",
        "the day the agency notified the right to a hearing",
        "3 days, calendar, rolled (行政处罚法 1996–2017 art. 42 (一)); "
        "5 working days from 2021-07-15 (2021 art. 64 (一), art. 85)",
        "national",
    ),
    StepInfo(
        "hearing-notice",
        "the hearing date (the period runs backwards from it)",
        "7 days before, calendar, not rolled (1996–2017 art. 42 (二)); "
        "7 working days before from 2021-07-15 (2021 art. 64 (二), art. 85)",
        "national",
        ("hearing_on",),
    ),
    StepInfo(
        "service",
        "the day the decision was pronounced (宣告), the party being absent",
        "7 days, calendar, rolled (1996–2017 art. 40); 7 working days (2021 art. 61, art. 85)",
        "national",
    ),
    StepInfo(
        "levy-payment",
        "the day the levy decision was received",
        "30 days, calendar, rolled (社会抚养费征收管理办法 art. 6 ¶1); "
        "none after the measures' repeal (2021-09-08)",
        "national",
    ),
    StepInfo(
        "levy-waiver-decision",
        "the day the levy notice was served with a signed waiver",
        "3 working days (博山区 list, 5、决定)",
        "Boshan district (370304) only",
    ),
    StepInfo(
        "review",
        "the day the party knew of the act",
        "60 days, calendar, rolled (行政复议法 1999–2017 art. 9; 2023 art. 20)",
        "national",
    ),
    StepInfo(
        "litigation",
        "the day the party knew of the act",
        "3 months (行政诉讼法 1989 art. 39); 6 months from 2015-05-01 (2014 art. 46); rolled",
        "national",
    ),
    StepInfo(
        "demand-notice",
        "the day the levy decision was served",
        "first working day after 3 months (博山区 list, 7、执行)",
        "Boshan district (370304) only",
    ),
    StepInfo(
        "enforcement-earliest",
        "the day the demand notice (催告书) was served",
        "first working day after 10 working days (行政强制法 arts. 54, 69)",
        "national, from 2012-01-01",
    ),
    StepInfo(
        "enforcement-application",
        "the day the litigation (or review) period ended",
        "180 days, calendar, rolled (法释〔2000〕8号 art. 88) before 2012-01-01; "
        "3 months, rolled (行政强制法 art. 53; 法释〔2018〕1号 art. 156 from 2018-02-08)",
        "national",
    ),
    StepInfo(
        "approval",
        "the day the application was accepted",
        "the matter's statutory limit in working days (power catalogue, seed 004)",
        "where the matter is catalogued (岳阳楼区 430602)",
        ("matter",),
    ),
    StepInfo(
        "supplement-materials",
        "the day the applicant was told the materials are incomplete",
        "5 working days (岳阳楼区 运行流程)",
        "Yueyanglou district (430602) only",
    ),
    StepInfo(
        "archive",
        "the day the case was closed (结案)",
        "one month, rolled (the county list, 结案归档)",
        "Boshan (370304), Junshan (430611), Longyao (130525)",
    ),
)

STEPS: tuple[str, ...] = tuple(i.id for i in _INFO)
"""Every deadline step id, in the order of a case."""

_BY_ID = {i.id: i for i in _INFO}


def steps() -> tuple[StepInfo, ...]:
    """Every deadline step: id, what ``trigger_on`` means, its rule, where it applies.

    >>> [s.id for s in steps()][:3]
    ['statement', 'hearing-request', 'hearing-notice']
    """
    return _INFO


# --------------------------------------------------------------------------- counting


class _Ctx:
    """One deadline computation: calendar, flag, trace."""

    __slots__ = ("allow", "calendar", "trace")

    def __init__(self, calendar: WorkdayCalendar | None, allow: bool) -> None:
        self.calendar = calendar
        self.allow = allow
        self.trace = Trace()

    def working(self, start: _dt.date, n: int, rule: Citation | None) -> _dt.date:
        end = add_working_days(start, n, calendar=self.calendar, allow_provisional=self.allow)
        self.trace.add(
            f"{n} working days: the start day {start.isoformat()} is not counted; weekends and "
            "statutory holidays are skipped, make-up working days (调休上班日) count; "
            f"the {n}th working day after it is the last day",
            end,
            rule,
            zh=f"按工作日计算{n}日，开始之日不计入，不含法定节假日",
        )
        return end

    def working_back(self, end: _dt.date, n: int, rule: Citation | None) -> _dt.date:
        d = _Day(self.calendar, self.allow)
        day = end
        remaining = n
        while remaining:
            day -= _ONE
            if d.work(day):
                remaining -= 1
        out = d.result(day)
        self.trace.add(
            f"{n} working days before {end.isoformat()}: counting back, the {n}th working day "
            "before it (weekends and statutory holidays skipped)",
            out,
            rule,
            zh=f"前{n}个工作日",
        )
        return out

    def roll(self, raw: _dt.date, on: _dt.date) -> _dt.date:
        rolled = roll_forward(raw, calendar=self.calendar, allow_provisional=self.allow)
        rule = _period_rule(on)
        if rolled != raw:
            self.trace.add(
                f"{raw.isoformat()} is a rest day (weekend or statutory holiday): the period "
                f"ends on the first working day after it, {rolled.isoformat()}",
                rolled,
                rule,
                zh="期间届满的最后一日是节假日的，以节假日后的第一日为期间届满的日期",
            )
        else:
            self.trace.add(f"{raw.isoformat()} is a working day: no roll-forward", rolled, rule)
        return rolled

    def calendar_days(self, start: _dt.date, n: int, on: _dt.date) -> _dt.date:
        raw = start + _dt.timedelta(days=n)
        self.trace.add(
            f"{n} calendar days: the start day {start.isoformat()} is not counted "
            f"({start.isoformat()} + {n} days)",
            raw,
            _period_rule(on),
            zh="期间开始的时和日，不计算在期间内",
        )
        return self.roll(raw, on)

    def months(self, start: _dt.date, n: int, on: _dt.date) -> _dt.date:
        raw = add_months(start, n, roll=False)
        rule = _month_end_rule(on)
        text = (
            f"{n} month(s) from {start.isoformat()}: the corresponding day of the final month, "
            "or its last day when there is none"
        )
        if rule is None:
            text += (
                " (the registry holds no text of this rule in force on "
                f"{on.isoformat()}; 民法通则 art. 154 only excludes the start day; the same "
                "corresponding-day rule is applied)"
            )
            rule = _find("general-principles-civil-law", on, "开始的当天不算入")
        self.trace.add(text, raw, rule, zh="到期月的对应日为期间的最后一日；没有对应日的，月末日")
        return self.roll(raw, on)

    def done(
        self,
        step: str,
        trigger_on: _dt.date,
        due_on: _dt.date,
        counting: Counting,
        jurisdiction: str,
    ) -> Deadline:
        return Deadline(
            step,
            trigger_on,
            due_on,
            counting,
            is_provisional(due_on),
            self.trace.citations,
            self.trace.steps,
            jurisdiction,
        )


def _local(statute_id: str, code: str, step: str) -> None:
    """Refuse a local list's rule outside the division whose list it is."""
    st = statutes.get(statute_id)
    j = statutes.jurisdiction(code)
    if st.jurisdiction not in {x.code for x in j.chain}:
        home = statutes.jurisdiction(st.jurisdiction)
        raise InvalidInput(
            "jurisdiction",
            code,
            f"{home.code} ({home.name}) or a division inside it: step {step!r} is a local rule "
            f"of 《{st.title}》, which binds no other division",
        )


# --------------------------------------------------------------------------- the steps


def _statement(c: _Ctx, t: _dt.date, code: str, _f: Mapping[str, object]) -> Deadline:
    _local("boshan-list", code, "statement")
    cit = _STATEMENT.cite(t)
    c.trace.add("statement and defence within 3 working days of receiving the notice", 3, cit)
    return c.done("statement", t, c.working(t, _STATEMENT.n, cit), "working-days", code)


def _waiver(c: _Ctx, t: _dt.date, code: str, _f: Mapping[str, object]) -> Deadline:
    _local("boshan-list", code, "levy-waiver-decision")
    cit = _WAIVER_DECISION.cite(t)
    c.trace.add("after a waiver, the decision within 3 working days of the notice", 3, cit)
    due = c.working(t, _WAIVER_DECISION.n, cit)
    return c.done("levy-waiver-decision", t, due, "working-days", code)


def _apl_2021(t: _dt.date) -> bool:
    # 《行政处罚法》(2021) 第八十六条: 本法自2021年7月15日起施行 (the registry's version dates)
    return statutes.version_on("administrative-penalty-law", t).label == "2021"


def _hearing_request(c: _Ctx, t: _dt.date, code: str, _f: Mapping[str, object]) -> Deadline:
    if _apl_2021(t):
        cit = _HEARING_REQUEST_2021.cite(t)
        c.trace.add("hearing requested within 5 days of the notice", 5, cit)
        wd = _APL_WORKING[5].cite(t)
        c.trace.add("“五日” means working days, statutory holidays excluded", None, wd)
        due = c.working(t, _HEARING_REQUEST_2021.n, wd)
        return c.done("hearing-request", t, due, "working-days", code)
    cit = _HEARING_REQUEST_1996.cite(t)
    c.trace.add("hearing requested within 3 days of the notice (calendar days)", 3, cit)
    due = c.calendar_days(t, _HEARING_REQUEST_1996.n, t)
    return c.done("hearing-request", t, due, "calendar-days", code)


def _hearing_notice(c: _Ctx, t: _dt.date, code: str, f: Mapping[str, object]) -> Deadline:
    hearing = as_date_or_none(f.get("hearing_on"), "hearing_on")
    if hearing is not None and hearing != t:
        raise InvalidInput(
            "hearing_on", hearing, f"the hearing date given as trigger_on ({t.isoformat()})"
        )
    c.trace.add("trigger_on is the hearing date; the period runs backwards from it", t)
    if _apl_2021(t):
        cit = _HEARING_NOTICE_2021.cite(t)
        c.trace.add("the agency notifies the hearing 7 days before it", 7, cit)
        wd = _APL_WORKING[7].cite(t)
        c.trace.add("“七日” means working days, statutory holidays excluded", None, wd)
        due = c.working_back(t, _HEARING_NOTICE_2021.n, wd)
        return c.done("hearing-notice", t, due, "working-days", code)
    cit = _HEARING_NOTICE_1996.cite(t)
    c.trace.add("the agency notifies the hearing 7 days before it (calendar days)", 7, cit)
    due = t - _dt.timedelta(days=_HEARING_NOTICE_1996.n)
    c.trace.add(
        f"{t.isoformat()} - 7 days; no roll-forward: the period runs backwards and the "
        "agency may always notify earlier",
        due,
    )
    return c.done("hearing-notice", t, due, "calendar-days", code)


def _service(c: _Ctx, t: _dt.date, code: str, _f: Mapping[str, object]) -> Deadline:
    if _apl_2021(t):
        cit = _SERVICE_2021.cite(t)
        c.trace.add("the party being absent, the decision is served within 7 days", 7, cit)
        wd = _APL_WORKING[7].cite(t)
        c.trace.add("“七日” means working days, statutory holidays excluded", None, wd)
        return c.done("service", t, c.working(t, _SERVICE_2021.n, wd), "working-days", code)
    cit = _SERVICE_1996.cite(t)
    c.trace.add("the party being absent, the decision is served within 7 days", 7, cit)
    due = c.calendar_days(t, _SERVICE_1996.n, t)
    return c.done("service", t, due, "calendar-days", code)


def _levy_payment(c: _Ctx, t: _dt.date, code: str, _f: Mapping[str, object]) -> Deadline:
    cit = _LEVY_PAYMENT.cite(t)  # NotInForce after the measures' repeal
    c.trace.add("the levy is paid within 30 days of receiving the decision", 30, cit)
    due = c.calendar_days(t, _LEVY_PAYMENT.n, t)
    return c.done("levy-payment", t, due, "calendar-days", code)


def _review(c: _Ctx, t: _dt.date, code: str, _f: Mapping[str, object]) -> Deadline:
    label = statutes.version_on("administrative-review-law", t).label
    rule = _REVIEW_2023 if label == "2023" else _REVIEW_1999
    cit = rule.cite(t)
    c.trace.add("administrative review applied for within 60 days of knowing of the act", 60, cit)
    # 行政复议法 第四十条 / 第八十八条: 期间的计算 … 依照民事诉讼法关于期间 … 的规定执行
    link = _find("administrative-review-law", t, "关于期间、送达的规定执行")
    if link is not None:
        c.trace.add("periods are counted by the Civil Procedure Law", None, link)
    return c.done("review", t, c.calendar_days(t, rule.n, t), "calendar-days", code)


def _litigation(c: _Ctx, t: _dt.date, code: str, _f: Mapping[str, object]) -> Deadline:
    label = statutes.version_on("administrative-litigation-law", t).label
    rule = _LITIGATION_1989 if label == "1989" else _LITIGATION_2014
    cit = rule.cite(t)
    c.trace.add(f"a suit is filed within {rule.n} months of knowing of the act", rule.n, cit)
    # 行政诉讼法 (2014) 第一百零一条: 关于期间 … 适用《中华人民共和国民事诉讼法》的相关规定
    link = _find("administrative-litigation-law", t, "关于期间")
    if link is not None:
        c.trace.add("periods follow the Civil Procedure Law", None, link)
    return c.done("litigation", t, c.months(t, rule.n, t), "months", code)


def _demand_notice(c: _Ctx, t: _dt.date, code: str, _f: Mapping[str, object]) -> Deadline:
    _local("boshan-list", code, "demand-notice")
    cit = _DEMAND_NOTICE.cite(t)
    c.trace.add("if still unpaid, a demand notice is issued 3 months after service", 3, cit)
    end = c.months(t, _DEMAND_NOTICE.n, t)
    due = next_working_day(end, calendar=c.calendar, allow_provisional=c.allow)
    c.trace.add(
        "三个月后: the earliest day is the first working day after the three months end", due
    )
    return c.done("demand-notice", t, due, "months", code)


def _enforcement_earliest(c: _Ctx, t: _dt.date, code: str, _f: Mapping[str, object]) -> Deadline:
    cit = _ENFORCEMENT_EARLIEST.cite(t)
    c.trace.add("court enforcement may be applied for 10 days after the demand is served", 10, cit)
    wd = _COERCION_WORKING_DAYS.cite(t)
    c.trace.add("periods of ten days or less are working days", None, wd)
    end = c.working(t, _ENFORCEMENT_EARLIEST.n, wd)
    due = next_working_day(end, calendar=c.calendar, allow_provisional=c.allow)
    c.trace.add("十日后: the earliest day is the first working day after the ten", due)
    return c.done("enforcement-earliest", t, due, "working-days", code)


def _enforcement_application(c: _Ctx, t: _dt.date, code: str, _f: Mapping[str, object]) -> Deadline:
    if not statutes.in_force("administrative-coercion-law", t):
        cit = _ENFORCEMENT_2000.cite(t)
        c.trace.add(
            "before the Administrative Coercion Law (2012-01-01): apply within 180 days after "
            "the litigation period ends",
            180,
            cit,
        )
        due = c.calendar_days(t, _ENFORCEMENT_2000.n, t)
        return c.done("enforcement-application", t, due, "calendar-days", code)
    cit = _ENFORCEMENT_2012.cite(t)
    c.trace.add("apply within 3 months after the review/litigation period ends", 3, cit)
    if statutes.in_force("spc-2018-1", t):
        c.trace.add("the same 3 months in the 2018 interpretation", 3, _ENFORCEMENT_2018.cite(t))
    return c.done("enforcement-application", t, c.months(t, _ENFORCEMENT_2012.n, t), "months", code)


def _approval(c: _Ctx, t: _dt.date, code: str, f: Mapping[str, object]) -> Deadline:
    matter_id = f.get("matter")
    candidates = {
        m.id: (m, m.statutory_limit_working_days)
        for m in statutes.matters(code)
        if m.statutory_limit_working_days is not None
    }
    if not isinstance(matter_id, str) or matter_id not in candidates:
        raise InvalidInput(
            "matter",
            matter_id,
            "the id of a matter with a statutory time limit in the power catalogue of "
            f"{code}: {', '.join(sorted(candidates)) or 'none'}",
        )
    m, n = candidates[matter_id]
    if m.listed_on is not None and t < m.listed_on:
        raise NotInForce(
            f"matter {m.id} (power catalogue of {m.jurisdiction})",
            t,
            [("catalogue", m.listed_on, None)],
            "the catalogue that sets the time limit was published later",
        )
    # 法定期限 N个工作日 (the matter's row in the catalogue): the number is the
    # registry's matter data; the catalogue row is not a provision, so the
    # step names its source instead of citing an article.
    c.trace.add(
        f"statutory time limit of matter {m.id} ({m.name}): {n} working days "
        f"(法定期限, power catalogue {m.source}, listed {m.listed_on})",
        n,
    )
    return c.done("approval", t, c.working(t, n, None), "working-days", code)


def _supplement(c: _Ctx, t: _dt.date, code: str, _f: Mapping[str, object]) -> Deadline:
    _local("yueyanglou-list", code, "supplement-materials")
    cit = _SUPPLEMENT.cite(t)
    c.trace.add("incomplete materials are completed within 5 working days", 5, cit)
    due = c.working(t, _SUPPLEMENT.n, cit)
    return c.done("supplement-materials", t, due, "working-days", code)


def _archive(c: _Ctx, t: _dt.date, code: str, _f: Mapping[str, object]) -> Deadline:
    j = statutes.jurisdiction(code)
    chain = {x.code for x in j.chain}
    for rule in _ARCHIVE:
        if statutes.get(rule.statute_id).jurisdiction in chain:
            cit = rule.cite(t)
            c.trace.add("the case file is bound within one month of closing", 1, cit)
            return c.done("archive", t, c.months(t, rule.n, t), "months", code)
    homes = ", ".join(statutes.get(r.statute_id).jurisdiction for r in _ARCHIVE)
    raise InvalidInput(
        "jurisdiction",
        code,
        f"one of {homes} or a division inside them: the one-month archive rule is only in "
        "those counties' lists",
    )


_Handler = Callable[[_Ctx, _dt.date, str, Mapping[str, object]], Deadline]

_HANDLERS: dict[str, _Handler] = {
    "statement": _statement,
    "hearing-request": _hearing_request,
    "hearing-notice": _hearing_notice,
    "service": _service,
    "levy-payment": _levy_payment,
    "levy-waiver-decision": _waiver,
    "review": _review,
    "litigation": _litigation,
    "demand-notice": _demand_notice,
    "enforcement-earliest": _enforcement_earliest,
    "enforcement-application": _enforcement_application,
    "approval": _approval,
    "supplement-materials": _supplement,
    "archive": _archive,
}


def _flag(value: object, field: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidInput(field, value, "True or False")
    return value


def _calendar_arg(value: object) -> WorkdayCalendar | None:
    if value is None or isinstance(value, WorkdayCalendar):
        return value
    raise InvalidInput("calendar", value, "None or a WorkdayCalendar (is_workday and covers)")


def _code(value: object) -> str:
    return statutes.jurisdiction(value).code


def deadline(
    step: str,
    *,
    trigger_on: object,
    jurisdiction: object,
    calendar: WorkdayCalendar | None = None,
    allow_provisional: bool = False,
    **facts: object,
) -> Deadline:
    """The deadline of one procedural step.

    :param step: one of :data:`STEPS` (see :func:`steps` for what each means).
    :param trigger_on: the day the period starts running (it is not counted);
        for ``hearing-notice`` the hearing date. The law version is the one in
        force on this day.
    :param jurisdiction: a GB/T 2260 code. Steps from a county's own list
        (``statement``, ``levy-waiver-decision``, ``demand-notice``: 博山区;
        ``supplement-materials``: 岳阳楼区; ``archive``: 博山区, 君山区, 隆尧县)
        raise :class:`~familyplan.errors.InvalidInput` (field ``jurisdiction``)
        elsewhere: a county list binds no other county.
    :param facts: ``hearing_on`` (``hearing-notice``, optional, must equal
        ``trigger_on``); ``matter`` (``approval``, required).
    :raises NotInForce: no text of the step's rule is in force on the day
        (e.g. ``levy-payment`` after the levy measures were repealed).
    :raises CalendarNotAvailable: a day past the published holiday schedules
        is needed and ``allow_provisional`` is false.

    >>> import datetime
    >>> d = deadline("hearing-request", trigger_on=datetime.date(2022, 1, 28), jurisdiction="430602")
    >>> d.due_on, d.counting
    (datetime.date(2022, 2, 9), 'working-days')
    >>> deadline("hearing-request", trigger_on=datetime.date(2010, 9, 30), jurisdiction="430602").due_on
    datetime.date(2010, 10, 8)
    """
    if not isinstance(step, str) or step not in _HANDLERS:
        raise InvalidInput("step", step, f"one of {', '.join(STEPS)}")
    t = as_date(trigger_on, "trigger_on")
    code = _code(jurisdiction)
    allow = _flag(allow_provisional, "allow_provisional")
    cal = _calendar_arg(calendar)
    allowed_facts = set(_BY_ID[step].facts)
    for name in facts:
        if name not in allowed_facts:
            raise InvalidInput(
                name,
                facts[name],
                f"no such fact for step {step!r} (its facts: {', '.join(sorted(allowed_facts)) or 'none'})",
            )
    ctx = _Ctx(cal, allow)
    ctx.trace.add(f"step {step}: trigger_on is {_BY_ID[step].trigger}", t)
    return _HANDLERS[step](ctx, t, code, facts)


# --------------------------------------------------------------------------- service


METHODS: tuple[str, ...] = ("direct", "left-at-residence", "post", "public-notice")
"""Methods of service: 直接送达, 留置送达, 邮寄送达, 公告送达."""


@attrs.frozen
class ServiceDate:
    """The day a document counts as served, by the Civil Procedure Law in force.

    :param method: one of :data:`METHODS`.
    :param dispatched_on: the day the document was sent, left or the notice published.
    :param effective_on: the day of service.
    """

    method: str
    dispatched_on: _dt.date
    effective_on: _dt.date
    citations: tuple[Citation, ...]
    steps: tuple[Step, ...]

    def to_dict(self) -> dict[str, Any]:
        return result_dict(self, "service-date")


def service_effective_on(
    method: str,
    dispatched_on: object,
    *,
    signed_on: object = None,
    receipt_on: object = None,
) -> ServiceDate:
    """The day of service under 《民事诉讼法》 (version in force on ``dispatched_on``).

    * ``direct``: the day signed on the proof of service (``signed_on``, required);
    * ``left-at-residence`` (留置送达): the day the document was left (``dispatched_on``);
    * ``post``: the day of receipt on the return slip (``receipt_on``, required);
    * ``public-notice``: 60 days after publication, 30 days for a notice
      published on or after 2022-01-01 (民事诉讼法 2021 第九十五条). The day is
      not rolled off a rest day: nothing has to be done on it.

    >>> import datetime
    >>> service_effective_on("public-notice", datetime.date(2021, 12, 31)).effective_on
    datetime.date(2022, 3, 1)
    >>> service_effective_on("public-notice", datetime.date(2022, 1, 1)).effective_on
    datetime.date(2022, 1, 31)
    """
    if not isinstance(method, str) or method not in METHODS:
        raise InvalidInput("method", method, f"one of {', '.join(METHODS)}")
    sent = as_date(dispatched_on, "dispatched_on")
    signed = as_date_or_none(signed_on, "signed_on")
    receipt = as_date_or_none(receipt_on, "receipt_on")
    trace = Trace()
    statutes.version_on("civil-procedure-law", sent)  # NotInForce before 1991-04-09
    if method == "direct":
        if signed is None or signed < sent:
            raise InvalidInput(
                "signed_on", signed, f"the date signed on the proof of service, on or after {sent}"
            )
        # 受送达人在送达回证上的签收日期为送达日期
        cit = _find("civil-procedure-law", sent, "签收日期为送达日期")
        trace.add("direct service: the date signed on the proof of service", signed, cit)
        effective = signed
    elif method == "left-at-residence":
        # 把诉讼文书留在受送达人的住所，即视为送达
        cit = _find("civil-procedure-law", sent, "留在受送达人的住所")
        trace.add(
            "service by leaving the document at the residence: the day it was left", sent, cit
        )
        effective = sent
    elif method == "post":
        if receipt is None or receipt < sent:
            raise InvalidInput(
                "receipt_on", receipt, f"the date of receipt on the return slip, on or after {sent}"
            )
        # 邮寄送达的，以回执上注明的收件日期为送达日期
        cit = _find("civil-procedure-law", sent, "以回执上注明的收件日期为送达日期")
        trace.add("service by post: the date of receipt on the return slip", receipt, cit)
        effective = receipt
    else:
        # 自发出公告之日起，经过六十日 (三十日 from 2022-01-01)，即视为送达
        days = 0
        cit = None
        for n in (30, 60):
            cit = _find("civil-procedure-law", sent, f"经过{chinese_numeral(n)}日，即视为送达")
            if cit is not None:
                days = n
                break
        if cit is None:
            raise _RulesDataError(f"no public-notice article for {sent.isoformat()}")
        effective = sent + _dt.timedelta(days=days)
        trace.add(
            f"service by public notice: deemed served {days} days after publication "
            "(the day of publication not counted)",
            effective,
            cit,
        )
    return ServiceDate(method, sent, effective, trace.citations, trace.steps)


# --------------------------------------------------------------------------- timeline


@attrs.frozen
class Timeline:
    """Every deadline of a levy or penalty case that the facts given allow, by date.

    :param deadlines: the deadlines, sorted by ``due_on`` (then by step order).
    :param skipped: one line per step that was not computed, and why.
    """

    jurisdiction: str
    deadlines: tuple[Deadline, ...]
    skipped: tuple[str, ...] = ()

    @property
    def citations(self) -> tuple[Citation, ...]:
        t = Trace()
        for d in self.deadlines:
            t.cite(*d.citations)
        return t.citations

    @property
    def steps(self) -> tuple[Step, ...]:
        return tuple(Step(f"{d.step}: due", d.due_on) for d in self.deadlines)

    def __iter__(self) -> Iterator[Deadline]:
        return iter(self.deadlines)

    def __len__(self) -> int:
        return len(self.deadlines)

    def to_dict(self) -> dict[str, Any]:
        return result_dict(self, "timeline")


def case_timeline(
    *,
    jurisdiction: object,
    notice_served_on: object = None,
    decision_on: object = None,
    decision_served_on: object = None,
    hearing_on: object = None,
    paid: bool = False,
    demand_served_on: object = None,
    closed_on: object = None,
    calendar: WorkdayCalendar | None = None,
    allow_provisional: bool = False,
) -> Timeline:
    """Every deadline of a levy or penalty case, in date order.

    * ``notice_served_on`` → ``hearing-request``; in 博山区 also ``statement``
      and ``levy-waiver-decision``;
    * ``hearing_on`` → ``hearing-notice``;
    * ``decision_on`` (pronounced, party absent) → ``service``;
    * ``decision_served_on`` → ``levy-payment`` (while the levy measures are in
      force), ``review``, ``litigation``; unless ``paid``: ``demand-notice``
      (博山区) and ``enforcement-application`` from the later of the review
      and litigation periods' ends;
    * ``demand_served_on`` (unless ``paid``) → ``enforcement-earliest``;
    * ``closed_on`` → ``archive`` (where a county list has the rule).

    A step whose law is not in force on its trigger day is listed in
    ``skipped`` with the reason; calendar errors propagate.

    >>> import datetime
    >>> t = case_timeline(jurisdiction="370304", decision_served_on=datetime.date(2016, 3, 1))
    >>> [(d.step, d.due_on.isoformat()) for d in t]  # doctest: +NORMALIZE_WHITESPACE
    [('levy-payment', '2016-03-31'), ('review', '2016-05-03'),
     ('demand-notice', '2016-06-02'), ('litigation', '2016-09-01'),
     ('enforcement-application', '2016-12-01')]
    """
    code = _code(jurisdiction)
    notice = as_date_or_none(notice_served_on, "notice_served_on")
    decided = as_date_or_none(decision_on, "decision_on")
    served = as_date_or_none(decision_served_on, "decision_served_on")
    hearing = as_date_or_none(hearing_on, "hearing_on")
    demand = as_date_or_none(demand_served_on, "demand_served_on")
    closed = as_date_or_none(closed_on, "closed_on")
    is_paid = _flag(paid, "paid")
    allow = _flag(allow_provisional, "allow_provisional")
    cal = _calendar_arg(calendar)
    chain = {x.code for x in statutes.jurisdiction(code).chain}
    boshan = statutes.get("boshan-list").jurisdiction in chain
    out: list[Deadline] = []
    skipped: list[str] = []

    def add(step: str, on: _dt.date, **facts: object) -> Deadline | None:
        try:
            d = deadline(
                step,
                trigger_on=on,
                jurisdiction=code,
                calendar=cal,
                allow_provisional=allow,
                **facts,
            )
        except NotInForce as err:
            skipped.append(f"{step}: {err}")
            return None
        out.append(d)
        return d

    if notice is not None:
        add("hearing-request", notice)
        if boshan:
            add("statement", notice)
            add("levy-waiver-decision", notice)
    if hearing is not None:
        add("hearing-notice", hearing)
    if decided is not None:
        add("service", decided)
    if served is not None:
        add("levy-payment", served)
        review = add("review", served)
        litigation = add("litigation", served)
        if is_paid:
            skipped.append("demand-notice, enforcement-application: the levy is paid")
        else:
            if boshan:
                add("demand-notice", served)
            ends = [d.due_on for d in (review, litigation) if d is not None]
            if ends:
                add("enforcement-application", max(ends))
    if demand is not None:
        if is_paid:
            skipped.append("enforcement-earliest: the levy is paid")
        else:
            add("enforcement-earliest", demand)
    if closed is not None:
        try:
            add("archive", closed)
        except InvalidInput as err:
            skipped.append(f"archive: {err}")
    order = {s: i for i, s in enumerate(STEPS)}
    out.sort(key=lambda d: (d.due_on, order[d.step]))
    return Timeline(code, tuple(out), tuple(skipped))


# --------------------------------------------------------------------------- subsidy calendar


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


# (month, day, what, the words of the 岳阳楼区 list that set it)
_YEARLY: dict[str, tuple[int, tuple[tuple[int, int, str, str], ...]]] = {
    "rural-reward": (
        8,
        (
            (1, 15, "apply at the village committee", "于每年1月15日前到村委会申请"),
            (2, 10, "village review and notice, report to the township", "于每年2月10日前报乡"),
            (
                2,
                20,
                "township reports eligible recipients to the district",
                "于每年2月20日将符合条件的扶助对象上报到区卫计局",
            ),
            (3, 15, "district approval", "每年3月15日前区卫计局对上报的材料进行审批确认"),
            (4, 15, "district data entry (or change)", "于每年4月15日前进行信息录入（变更）"),
        ),
    ),
    "special-assistance": (
        2,
        (
            (1, 15, "apply at the village (community)", "每年1月15日前本人到村（社区）申请"),
            (
                2,
                10,
                "village review and notice, report to the township",
                "于每年2月10日前报乡（街道）",
            ),
            (
                2,
                20,
                "township reports eligible recipients to the district",
                "于每年2月20日将符合条件的扶助对象上报到区计生局",
            ),
            (3, 15, "district approval", "每年3月15日前区计生局对上报的材料进行审批确认"),
            (4, 15, "district data entry (or change)", "于每年4月15日前进行信息录入（变更）"),
        ),
    ),
    "only-child-health-allowance": (
        5,
        (
            (3, 15, "apply at the village (community)", "于每年3月15日前到村（社区）自愿申请"),
            (3, 31, "village review, report to the township", "于3月31日前将相关资料报乡"),
            (
                4,
                30,
                "township sends the list of eligible families to the district",
                "于每年4月30日前将符合条件对象的名册报到区卫计局",
            ),
            (6, 30, "district approval", "每年6月30日前区卫计局审批确认"),
        ),
    ),
}

# (first day, last day, what, words) of each month (urban reward, art. 10)
_MONTHLY: tuple[tuple[int, int, str, str], ...] = (
    (1, 5, "apply (to the employer or the village/community)", "每月1-5日"),
    (6, 15, "review and public notice", "每月6-15日国有单位或村（社区）进行评议、公示"),
    (
        16,
        30,
        "township check, notice, report to the district",
        "每月16-30日由国有单位或乡（街道）组成评审组",
    ),
    (1, 15, "district approval", "每月1-15日，由国有单位或区卫计局组织人员对上报对象情况进行审查"),
    (
        6,
        25,
        "township data entry in the urban reward system",
        "每月6-25日，乡（街道）负责将奖励对象个案信息录入城镇奖励系统",
    ),
)
_URBAN_ARTICLE = 10

PROGRAMMES: tuple[str, ...] = (*_YEARLY, "urban-parents-reward")
"""Programmes whose processing calendar the 岳阳楼区 list (seed 004) gives."""


def _cite_words(article: int, on: _dt.date, words: str) -> Citation:
    p = statutes.provision("yueyanglou-list", article, on=on)
    if words not in p.quote:
        raise _RulesDataError(f"yueyanglou-list art. {article} does not say {words!r}")
    return p.citation


def subsidy_calendar(programme: str, year: int) -> tuple[CalendarEntry, ...]:
    """The processing dates of a subsidy programme in a year (岳阳楼区 list, seed 004).

    The dates are the list's own (每年1月15日前 …); they are not moved off
    weekends, the list does not say to. The urban reward runs monthly; its
    "16–30" window ends on the last day of a shorter month.

    :raises NotInForce: for a year before the list (in force 2016-11-01).

    >>> [e.on.isoformat() for e in subsidy_calendar("only-child-health-allowance", 2018)]
    ['2018-03-15', '2018-03-31', '2018-04-30', '2018-06-30']
    """
    if not isinstance(programme, str) or programme not in PROGRAMMES:
        raise InvalidInput("programme", programme, f"one of {', '.join(PROGRAMMES)}")
    if isinstance(year, bool) or not isinstance(year, int) or not 1 <= year <= 9999:
        raise InvalidInput("year", year, "an int year")
    statutes.version_on("yueyanglou-list", _dt.date(year, 1, 1))
    out: list[CalendarEntry] = []
    if programme in _YEARLY:
        article, rows = _YEARLY[programme]
        for month, day, what, words in rows:
            on = _dt.date(year, month, day)
            out.append(CalendarEntry(programme, on, what, words, _cite_words(article, on, words)))
        return tuple(out)
    for month in range(1, 13):
        for first, last, what, words in _MONTHLY:
            start = _dt.date(year, month, first)
            month_end = days_in_month(year, month)
            on = _dt.date(year, month, min(last, month_end))
            note = "" if on.day == last else f" (the list says day {last}; the month ends earlier)"
            cit = _cite_words(_URBAN_ARTICLE, start, words)
            out.append(CalendarEntry(programme, on, what + note, words, cit, start))
    return tuple(out)
