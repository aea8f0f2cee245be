"""Procedural deadlines: the step handlers and :func:`deadline`.

Every period comes from a registry figure (``familyplan.statutes.figure``)
named by a rule row of :mod:`familyplan.deadlines._rules`, which names the
article that states it; the registry checks at load that the figure's words
say its number, and the rule rows are checked against the registry at import.

The law version is chosen by the date the step's law makes relevant: for
every step that is ``trigger_on`` (the day the period starts running), except
``hearing-notice``, whose ``trigger_on`` is the hearing date (see
:data:`STEPS`). A period that starts under one text and would end under the
next follows the transitional rule where one exists (法释〔2015〕9号 art. 26
for the litigation period across 2015-05-01), else the text in force on the
trigger day, and the step says so (see docs/policies.md).

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

import bisect
import datetime as _dt
import functools
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, get_args

import attrs

from familyplan import statutes
from familyplan._dates import as_date, as_date_or_none
from familyplan._deprecation import FROM_A_HELPER, deprecated, renamed_keywords
from familyplan._lazy import StepLog, build_later, lazy_fields
from familyplan.deadlines._calendar import WorkdayCalendar, default_calendar, is_provisional
from familyplan.deadlines._periods import (
    _Day,
    add_months,
    add_working_days,
    next_working_day,
    roll_forward,
)
from familyplan.deadlines._rules import (
    BY_STEP,
    COUNTING,
    TRANSITIONS,
    Counting,
    PeriodRule,
    is_local,
    pick,
    transition,
    unit_words,
    working_rule,
)
from familyplan.errors import InvalidInput, NotInForce, RulesDataError
from familyplan.explain import Citation, Step, result_dict
from familyplan.statutes import Figure
from familyplan.types import DateLike, DivisionCode, JurisdictionLike, StepId

__all__ = [
    "STEPS",
    "Deadline",
    "StepInfo",
    "deadline",
    "steps",
]

_ONE = _dt.timedelta(days=1)

_RulesDataError = RulesDataError  # the old private name (the class lives in errors.py)


def _scan(statute_id: str, on: _dt.date, needle: str) -> Citation | None:
    for p in statutes.provisions(statute_id):
        if p.version.in_force_on(on) and needle in p.quote:
            return p.citation
    return None


@functools.cache  # one entry per statute the steps cite (the registry is immutable)
def _change_days(statute_id: str) -> tuple[_dt.date, ...]:
    """The days on which a version of ``statute_id``'s provisions comes into or goes out
    of force: between two of them, which versions are in force does not change."""
    days: set[_dt.date] = set()
    for p in statutes.provisions(statute_id):
        v = p.version
        days.add(v.effective_from)
        if v.effective_until is not None and v.effective_until < _dt.date.max:
            days.add(v.effective_until + _ONE)
    return tuple(sorted(days))


# (statute, needle, which interval between change days) -> the provision found: finite
# (a few statutes, the needles written below, a few versions each), so never cleared
_FOUND: dict[tuple[str, str, int], Citation | None] = {}


def _find(statute_id: str, on: _dt.date, needle: str) -> Citation | None:
    """The provision of ``statute_id`` in force on ``on`` whose quote says ``needle``.

    Kept per version interval, not per day: the answer depends on ``on`` only
    through which versions are in force, which is the same between two change days.
    """
    key = (statute_id, needle, bisect.bisect_right(_change_days(statute_id), on))
    try:
        return _FOUND[key]
    except KeyError:
        found = _FOUND[key] = _scan(statute_id, on, needle)
        return found


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


@lazy_fields("citations", "steps")
@attrs.frozen
class Deadline:
    """One procedural deadline.

    :param step_id: the step id (one of :data:`STEPS`); named ``step`` before 0.2
        (beside ``steps``, the trace), which still works with a warning.
    :param trigger_on: the day the period starts running (not counted), or,
        for ``hearing-notice``, the hearing date.
    :param due_on: the last day of the period (for ``demand-notice`` and
        ``enforcement-earliest``, the first day the agency may act; for
        ``hearing-notice``, the last day the agency may notify).
    :param counting: ``"calendar-days"``, ``"working-days"`` or ``"months"``.
    :param provisional: a day past the published holiday schedules was assumed.
    :param jurisdiction: the division code the deadline was computed for, or
        ``None`` for a national step computed without one.
    """

    step_id: StepId
    trigger_on: _dt.date
    due_on: _dt.date
    counting: Counting
    provisional: bool
    citations: tuple[Citation, ...]
    steps: tuple[Step, ...]
    jurisdiction: DivisionCode | None = None

    __deprecated_keys__: ClassVar[dict[str, str]] = {"step": "step_id"}

    @property
    def step(self) -> str:
        """Deprecated since 0.2: the step id is :attr:`step_id`."""
        deprecated("Deadline.step", "Deadline.step_id")
        return self.step_id

    def to_dict(self) -> dict[str, Any]:
        body = result_dict(self, "deadline")
        body["step"] = self.step_id  # deprecated key, until 0.3
        return body


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


_TRIGGERS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("statement", "the day the party received the levy notice (告知书)", ()),
    ("hearing-request", "the day the agency notified the right to a hearing", ()),
    (
        "hearing-notice",
        "the hearing date (the period runs backwards from it)",
        (),
    ),
    (
        "service",
        "the day the decision was pronounced (宣告), the party being absent",
        (),
    ),
    ("levy-payment", "the day the levy decision was received", ()),
    (
        "levy-waiver-decision",
        "the day the levy notice was served with a signed waiver",
        (),
    ),
    ("review", "the day the party knew of the act", ()),
    ("litigation", "the day the party knew of the act", ()),
    ("demand-notice", "the day the levy decision was served", ()),
    (
        "enforcement-earliest",
        "the day the demand notice (催告书) was served; before 2012-01-01 (法释〔2000〕8号 "
        "art. 88) the window opens when the litigation period from decision_served_on ends",
        ("decision_served_on",),
    ),
    (
        "enforcement-application",
        "the day the litigation (or review) period ended",
        (),
    ),
    ("approval", "the day the application was accepted", ("matter",)),
    (
        "supplement-materials",
        "the day the applicant was told the materials are incomplete",
        (),
    ),
    ("archive", "the day the case was closed (结案)", ()),
)


@attrs.define
class _Span:
    """Consecutive texts of one rule row stating the same period."""

    figure: Figure
    labels: list[str]
    start: _dt.date
    until: _dt.date | None


def _describe(step: str) -> str:
    """The step's rule in words, from its rule rows and their figures (every text).

    Consecutive texts with the same period and article are one span; a row
    tried after another applies only before that one starts (法释〔2000〕8号
    art. 88 until 行政强制法). Transitional rules and the pre-2012 court
    enforcement rule are named.
    """
    if step == "approval":
        return "the matter's statutory limit in working days (power catalogue, seed 004)"
    parts: list[str] = []
    taken: dict[str, list[_dt.date]] = {}  # first days of the rows tried earlier, by division
    for row in BY_STEP[step]:
        home = statutes.get(row.statute_id).jurisdiction
        spans: list[_Span] = []
        for f in statutes.figure_history(row.figure):
            p = f.provision
            if (p.statute.id, p.article) != (row.statute_id, row.article):
                continue
            if spans and (spans[-1].figure.value, spans[-1].figure.unit) == (f.value, f.unit):
                spans[-1].labels.append(p.version.label)
                spans[-1].until = f.applies_until
            else:
                spans.append(_Span(f, [p.version.label], f.applies_from, f.applies_until))
        for span in spans:
            f, until = span.figure, span.until
            later = [d for d in taken.get(home, []) if d > span.start]
            if later and (until is None or until >= min(later)):
                until = min(later) - _ONE
            where = f"{row.statute_id} art. {row.article}"
            if f.item is not None:
                where += f" ({f.item})"
            end = until.isoformat() if until is not None else "in force"
            parts.append(
                f"{f.value} {unit_words(f)} ({where}, {'/'.join(span.labels)} text, "
                f"{span.start.isoformat()} to {end})"
            )
        taken.setdefault(home, []).extend(span.start for span in spans)
    for t in TRANSITIONS:
        if t.rule is not None and any(r.figure == t.figure for r in BY_STEP[step]):
            rule = statutes.figure_history(t.rule)[0]
            parts.append(
                f"a period not expired before {rule.as_date().isoformat()} follows the new "
                f"text ({rule.provision.statute.id} art. {rule.provision.article})"
            )
    if step == "enforcement-earliest":
        parts.append(
            "before 行政强制法: the first working day after the litigation period "
            "(spc-2000-8 art. 88; fact decision_served_on)"
        )
    return "; ".join(parts)


def _where(step: str) -> str:
    if step == "approval":
        return "where the matter is catalogued (岳阳楼区 430602)"
    homes = [
        statutes.jurisdiction(statutes.get(r.statute_id).jurisdiction)
        for r in BY_STEP[step]
        if is_local(r.statute_id)
    ]
    if not homes:
        return "national"
    return ", ".join(f"{j.name} ({j.code})" for j in homes) + " only"


_INFO: tuple[StepInfo, ...] = tuple(
    StepInfo(step, trigger, _describe(step), _where(step), facts)
    for step, trigger, facts in _TRIGGERS
)

STEPS: tuple[StepId, ...] = get_args(StepId)
"""Every deadline step id, in the order of a case."""

_BY_ID = {i.id: i for i in _INFO}
if tuple(_BY_ID) != STEPS:  # pragma: no cover - a packaging bug
    raise RulesDataError("the step table and familyplan.types.StepId disagree")


_OPENING = {i.id: f"step {i.id}: trigger_on is {i.trigger}" for i in _INFO}
"""The first step of each deadline's explanation."""


def steps() -> tuple[StepInfo, ...]:
    """Every deadline step: id, what ``trigger_on`` means, its rule, where it applies.

    >>> [s.id for s in steps()][:3]
    ['statement', 'hearing-request', 'hearing-notice']
    """
    return _INFO


# --------------------------------------------------------------------------- counting


class _Ctx:
    """One deadline computation: calendar, flag, trace (its words written when read),
    and whether the result records the division (``False``: a national step asked
    without one)."""

    __slots__ = ("allow", "calendar", "record", "trace")

    def __init__(self, calendar: WorkdayCalendar | None, allow: bool, record: bool) -> None:
        self.calendar = calendar
        self.allow = allow
        self.record = record
        self.trace = StepLog()

    def working(self, start: _dt.date, n: int, rule: Citation | None) -> _dt.date:
        end = None
        if self.calendar is None and n > 0:
            cal = default_calendar()
            if cal.covers(start):
                end = cal.nth_workday_after(start, n)  # None past the published schedules
        if end is None:
            end = add_working_days(start, n, calendar=self.calendar, allow_provisional=self.allow)
        self.trace.add(
            lambda: (
                f"{n} working days: the start day {start.isoformat()} is not counted; weekends "
                "and statutory holidays are skipped, make-up working days (调休上班日) count; "
                f"the {n}th working day after it is the last day"
            ),
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
            lambda: (
                f"{n} working days before {end.isoformat()}: counting back, the {n}th working "
                "day before it (weekends and statutory holidays skipped)"
            ),
            out,
            rule,
            zh=f"前{n}个工作日",
        )
        return out

    def roll(self, raw: _dt.date, on: _dt.date) -> _dt.date:
        rolled = None
        if self.calendar is None:
            cal = default_calendar()
            if cal.covers(raw):
                rolled = cal.first_workday_from(raw)  # None past the published schedules
                if rolled == raw:
                    rolled = raw  # the same object, as roll_forward returns it (pickle memo)
        if rolled is None:
            rolled = roll_forward(raw, calendar=self.calendar, allow_provisional=self.allow)
        rule = _period_rule(on)
        if rolled != raw:
            self.trace.add(
                lambda: (
                    f"{raw.isoformat()} is a rest day (weekend or statutory holiday): the period "
                    f"ends on the first working day after it, {rolled.isoformat()}"
                ),
                rolled,
                rule,
                zh="期间届满的最后一日是节假日的，以节假日后的第一日为期间届满的日期",
            )
        else:
            self.trace.add(
                lambda: f"{raw.isoformat()} is a working day: no roll-forward", rolled, rule
            )
        return rolled

    def calendar_days(self, start: _dt.date, n: int, on: _dt.date) -> _dt.date:
        raw = start + _dt.timedelta(days=n)
        self.trace.add(
            lambda: (
                f"{n} calendar days: the start day {start.isoformat()} is not counted "
                f"({start.isoformat()} + {n} days)"
            ),
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

    def period(
        self, row: PeriodRule, f: Figure, start: _dt.date, on: _dt.date
    ) -> tuple[_dt.date, Counting]:
        """Count the period of figure ``f`` (its rule ``row``) forward from ``start``."""
        n = f.as_int()
        self.trace.add(lambda: row.what.format(n=n, unit=unit_words(f)), n, f.citation, zh=f.words)
        if row.also is not None:
            try:
                same = statutes.figure(row.also, on=on)
            except NotInForce:
                pass
            else:
                self.trace.add(
                    f"the same {n} {unit_words(f)} in {same.provision.statute.document_number}",
                    n,
                    same.citation,
                    zh=same.words,
                )
        counting = COUNTING[f.unit]
        if counting == "working-days":
            rule = working_rule(row, f, on)
            if rule != f.citation:
                w = statutes.figure(row.working_rule or "", on=on)
                self.trace.add(
                    f"{w.words} means working days, statutory holidays excluded",
                    None,
                    rule,
                    zh=w.words,
                )
            return self.working(start, n, rule), counting
        if counting == "months":
            return self.months(start, n, on), counting
        return self.calendar_days(start, n, on), counting

    def across(
        self, row: PeriodRule, f: Figure, start: _dt.date, due: _dt.date
    ) -> tuple[_dt.date, Counting] | None:
        """A period reaching the next value of its figure: the transition, if any."""
        found = transition(f, due)
        if found is None:
            return None
        nxt, t = found
        if t.rule is None:
            self.trace.add(
                f"the period runs past {nxt.applies_from.isoformat()}, when {nxt.citation} "
                f"({nxt.version.label} text) sets {nxt.value} {unit_words(nxt)}: {t.why}",
                due,
                f.citation,
            )
            return None
        rule = statutes.figure(t.rule, on=nxt.applies_from)
        self.trace.add(
            f"the period had not expired before {nxt.applies_from.isoformat()} (its last day "
            f"is {due.isoformat()}): {t.why}",
            nxt.applies_from,
            rule.citation,
            zh=rule.provision.quote,
        )
        new_row = next(
            r
            for r in BY_STEP[row.step]
            if (r.statute_id, r.article) == (nxt.provision.statute.id, nxt.provision.article)
        )
        return self.period(new_row, nxt, start, nxt.applies_from)

    def done(
        self,
        step: StepId,
        trigger_on: _dt.date,
        due_on: _dt.date,
        counting: Counting,
        jurisdiction: str,
    ) -> Deadline:
        steps = build_later(self.trace.fields)
        return Deadline(
            step,
            trigger_on,
            due_on,
            counting,
            is_provisional(due_on),
            steps,
            steps,
            DivisionCode(jurisdiction) if self.record else None,
        )


# --------------------------------------------------------------------------- the steps


def _simple(step: StepId) -> Callable[[_Ctx, _dt.date, str, Mapping[str, object]], Deadline]:
    """A step whose period runs forward from ``trigger_on`` and ends on its last day."""

    def handler(c: _Ctx, t: _dt.date, code: str, _f: Mapping[str, object]) -> Deadline:
        row, f = pick(step, t, code)
        due, counting = c.period(row, f, t, t)
        after = c.across(row, f, t, due)
        if after is not None:
            due, counting = after
        return c.done(step, t, due, counting, code)

    return handler


def _next_working_day(c: _Ctx, end: _dt.date, why: str) -> _dt.date:
    due = next_working_day(end, calendar=c.calendar, allow_provisional=c.allow)
    c.trace.add(why, due)
    return due


def _hearing_notice(c: _Ctx, t: _dt.date, code: str, f: Mapping[str, object]) -> Deadline:
    if "hearing_on" in f:
        # the hearing date is trigger_on: the fact only repeated it (deprecated since 0.2)
        deprecated(
            "deadline('hearing-notice', hearing_on=…)",
            "trigger_on (the hearing date)",
            stacklevel=FROM_A_HELPER + 1,  # deadline() is inside renamed_keywords' wrapper
        )
        hearing = as_date_or_none(f.get("hearing_on"), "hearing_on")
        if hearing is not None and hearing != t:
            raise InvalidInput(
                "hearing_on", hearing, f"the hearing date given as trigger_on ({t.isoformat()})"
            )
    c.trace.add("trigger_on is the hearing date; the period runs backwards from it", t)
    row, fig = pick("hearing-notice", t, code)
    n = fig.as_int()
    c.trace.add(row.what.format(n=n, unit=unit_words(fig)), n, fig.citation, zh=fig.words)
    if fig.unit == "working-days":
        rule = working_rule(row, fig, t)
        w = statutes.figure(row.working_rule or "", on=t)
        c.trace.add(f"{w.words} means working days, statutory holidays excluded", None, rule)
        return c.done("hearing-notice", t, c.working_back(t, n, rule), "working-days", code)
    due = t - _dt.timedelta(days=n)
    c.trace.add(
        f"{t.isoformat()} - {n} days; no roll-forward: the period runs backwards and the "
        "agency may always notify earlier",
        due,
    )
    return c.done("hearing-notice", t, due, "calendar-days", code)


def _review(c: _Ctx, t: _dt.date, code: str, _f: Mapping[str, object]) -> Deadline:
    row, f = pick("review", t, code)
    # 行政复议法 第四十条 / 第八十八条: 期间的计算 … 依照民事诉讼法关于期间 … 的规定执行
    due, counting = c.period(row, f, t, t)
    link = _find("administrative-review-law", t, "关于期间、送达的规定执行")
    if link is not None:
        c.trace.add("periods are counted by the Civil Procedure Law", None, link)
    return c.done("review", t, due, counting, code)


def _litigation_end(c: _Ctx, t: _dt.date, code: str) -> tuple[_dt.date, Counting]:
    row, f = pick("litigation", t, code)
    due, counting = c.period(row, f, t, t)
    # 行政诉讼法 (2014) 第一百零一条: 关于期间 … 适用《中华人民共和国民事诉讼法》的相关规定
    link = _find("administrative-litigation-law", t, "关于期间")
    if link is not None:
        c.trace.add("periods follow the Civil Procedure Law", None, link)
    # 法释〔2015〕9号 第二十六条: 2015年5月1日前起诉期限尚未届满的，适用修改后的行政诉讼法
    after = c.across(row, f, t, due)
    return after if after is not None else (due, counting)


def _litigation(c: _Ctx, t: _dt.date, code: str, _f: Mapping[str, object]) -> Deadline:
    due, counting = _litigation_end(c, t, code)
    return c.done("litigation", t, due, counting, code)


def _demand_notice(c: _Ctx, t: _dt.date, code: str, _f: Mapping[str, object]) -> Deadline:
    row, f = pick("demand-notice", t, code)
    end, counting = c.period(row, f, t, t)
    why = f"{f.words}: the earliest day is the first working day after the period ends"
    return c.done("demand-notice", t, _next_working_day(c, end, why), counting, code)


def _enforcement_earliest(c: _Ctx, t: _dt.date, code: str, f: Mapping[str, object]) -> Deadline:
    served = as_date_or_none(f.get("decision_served_on"), "decision_served_on")
    try:
        row, fig = pick("enforcement-earliest", t, code)
    except NotInForce:
        if statutes.in_force("administrative-coercion-law", on=t):
            raise
        return _enforcement_earliest_2000(c, t, code, served)
    end, counting = c.period(row, fig, t, t)
    why = f"{fig.words}: the earliest day is the first working day after the period ends"
    return c.done("enforcement-earliest", t, _next_working_day(c, end, why), counting, code)


def _enforcement_earliest_2000(
    c: _Ctx, t: _dt.date, code: str, served: _dt.date | None
) -> Deadline:
    # 法释〔2000〕8号 第八十八条: 行政机关申请人民法院强制执行其具体行政行为，应当自被执行人的
    # 法定起诉期限届满之日起180日内提出 — before 行政强制法 there is no demand-notice period;
    # the window opens when the litigation period ends.
    art88 = statutes.citation("spc-2000-8", 88, on=t)  # NotInForce before 2000-03-10
    coercion = statutes.get("administrative-coercion-law").versions[0].effective_from
    if served is None:
        raise InvalidInput(
            "decision_served_on",
            None,
            f"the day the decision was served: before 行政强制法 (in force {coercion}) the "
            "application window opens when the litigation period ends (法释〔2000〕8号 art. 88), "
            "so that period must be counted",
        )
    if served > t:
        raise InvalidInput(
            "decision_served_on", served, f"a day on or before trigger_on ({t.isoformat()})"
        )
    c.trace.add(
        f"before the Administrative Coercion Law ({coercion}) no demand-notice period applies; "
        "the application to the court is made from the end of the litigation period",
        None,
        art88,
        zh="应当自被执行人的法定起诉期限届满之日起…内提出",
    )
    c.trace.add("the litigation period runs from the day the decision was served", served)
    end, _counting = _litigation_end(c, served, code)
    why = "届满之日起: the earliest day is the first working day after the litigation period ends"
    due = _next_working_day(c, end, why)
    return c.done("enforcement-earliest", t, due, "months", code)


def _enforcement_application(c: _Ctx, t: _dt.date, code: str, _f: Mapping[str, object]) -> Deadline:
    row, f = pick("enforcement-application", t, code)
    due, counting = c.period(row, f, t, t)
    first = BY_STEP["enforcement-application"][0]
    if row is not first:
        # a 法释〔2000〕8号 window that runs past the day 行政强制法 art. 53 took over
        later = statutes.figure_history(first.figure)[0]
        if due >= later.applies_from:
            c.trace.add(
                f"the window runs past {later.applies_from.isoformat()}, when {later.citation} "
                f"sets {later.value} {unit_words(later)}: no transitional rule; "
                f"{f.provision.statute.document_number} stayed in force (to "
                f"{f.version.effective_until}), so a window that began under it keeps "
                f"{f.value} {unit_words(f)} (docs/policies.md)",
                due,
                f.citation,
            )
    return c.done("enforcement-application", t, due, counting, code)


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


_Handler = Callable[[_Ctx, _dt.date, str, Mapping[str, object]], Deadline]

_HANDLERS: dict[str, _Handler] = {
    "statement": _simple("statement"),
    "hearing-request": _simple("hearing-request"),
    "hearing-notice": _hearing_notice,
    "service": _simple("service"),
    "levy-payment": _simple("levy-payment"),
    "levy-waiver-decision": _simple("levy-waiver-decision"),
    "review": _review,
    "litigation": _litigation,
    "demand-notice": _demand_notice,
    "enforcement-earliest": _enforcement_earliest,
    "enforcement-application": _enforcement_application,
    "approval": _approval,
    "supplement-materials": _simple("supplement-materials"),
    "archive": _simple("archive"),
}


def _flag(value: object, field: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidInput(field, value, "True or False")
    return value


def _calendar_arg(value: object) -> WorkdayCalendar | None:
    if value is None or isinstance(value, WorkdayCalendar):
        return value
    raise InvalidInput("calendar", value, "None or a WorkdayCalendar (is_workday and covers)")


def _code(value: JurisdictionLike) -> str:
    return statutes.jurisdiction(value).code


def _needs_jurisdiction(step: str) -> bool:
    """A step of a county's own list only, or one read from a division's power catalogue."""
    return step == "approval" or all(is_local(r.statute_id) for r in BY_STEP.get(step, ()))


@renamed_keywords(step="step_id")
def deadline(
    step_id: StepId,
    *,
    trigger_on: DateLike,
    jurisdiction: JurisdictionLike | None = None,
    calendar: WorkdayCalendar | None = None,
    allow_provisional: bool = False,
    **facts: object,
) -> Deadline:
    """The deadline of one procedural step.

    :param step_id: one of :data:`STEPS` (see :func:`steps` for what each means).
    :param trigger_on: the day the period starts running (it is not counted);
        for ``hearing-notice`` the hearing date. The law version is the one in
        force on this day.
    :param jurisdiction: a GB/T 2260 code. Needed only by the steps of a
        county's own list (``statement``, ``levy-waiver-decision``,
        ``demand-notice``: 博山区; ``supplement-materials``: 岳阳楼区;
        ``archive``: 博山区, 君山区, 隆尧县) and by ``approval`` (the division's
        power catalogue); those raise :class:`~familyplan.errors.InvalidInput`
        (field ``jurisdiction``) without one or elsewhere: a county list binds
        no other county. A national step is computed with the national rules
        when it is not given; when given it is checked and recorded.
    :param facts: ``matter`` (``approval``, required). The ``hearing_on`` fact
        of ``hearing-notice`` only repeated ``trigger_on``: deprecated since 0.2.
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
    step = step_id
    if not isinstance(step, str) or step not in _HANDLERS:
        raise InvalidInput("step_id", step, f"one of {', '.join(STEPS)}")
    t = as_date(trigger_on, "trigger_on")
    if jurisdiction is None:
        if _needs_jurisdiction(step):
            raise InvalidInput(
                "jurisdiction",
                None,
                f"a GB/T 2260 division code: step {step!r} applies in {_BY_ID[step].where}",
            )
        code = statutes.NATION
    else:
        code = _code(jurisdiction)
    allow = _flag(allow_provisional, "allow_provisional")
    cal = _calendar_arg(calendar)
    if facts:
        allowed_facts = set(_BY_ID[step].facts) | (
            {"hearing_on"} if step == "hearing-notice" else set()
        )
        for name in facts:
            if name not in allowed_facts:
                raise InvalidInput(
                    name,
                    facts[name],
                    f"no such fact for step {step!r} (its facts: {', '.join(sorted(allowed_facts)) or 'none'})",
                )
    ctx = _Ctx(cal, allow, jurisdiction is not None)
    ctx.trace.add(_OPENING[step], t)
    return _HANDLERS[step](ctx, t, code, facts)
