"""The period rules of the deadline steps, as data.

Each row names the provision (statute, article, paragraph, item) that sets a
step's period and the registry figure that holds its number
(``familyplan.statutes.figure``): the number, its unit and the words of the
quote that state it live in ``familyplan.statutes._data``, where the registry
checks at load that the words say the number. This module holds no number.

The unit of the figure decides how the period counts: ``"days"`` are calendar
days rolled off a rest day (民事诉讼法's period article), ``"working-days"``
are working days (the figure's own text says 工作日, or a working-day rule
makes them so: 《行政处罚法》(2021) 第八十五条, 《行政强制法》第六十九条),
``"months"`` end on the corresponding day (《民法典》第二百零二条).

Rows are checked at import against the registry (:func:`_check`): every row's
article states its figure in some version, every version of a figure used by a
step has its row, a working-days figure of a text with a working-day rule is
covered by that rule, and every transitional rule's day is the first day of a
new value. A mismatch is a :class:`~familyplan.errors.RulesDataError` at import (CI red).
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
import itertools
from typing import Literal

import attrs

from familyplan import statutes
from familyplan.errors import InvalidInput, NotInForce, RulesDataError
from familyplan.explain import Citation
from familyplan.statutes import Figure

__all__: list[str] = []

Counting = Literal["calendar-days", "working-days", "months"]

COUNTING: dict[str, Counting] = {
    "days": "calendar-days",
    "working-days": "working-days",
    "months": "months",
}
"""How a period figure's unit counts."""


@attrs.frozen
class PeriodRule:
    """One provision that sets the period of a step.

    :param step: the step id.
    :param statute_id: the statute whose article states the period.
    :param article: its article (paragraph, item) …
    :param figure: … and the registry figure holding the number.
    :param what: the step's rule in English, ``{n}`` and ``{unit}`` filled in.
    :param working_rule: the figure of the article that makes the period's
        days working days (when the period's own words do not say 工作日).
    :param also: a figure of another text stating the same period, cited
        beside it while in force (法释〔2018〕1号 art. 156 beside 行政强制法 art. 53).
    """

    step: str
    statute_id: str
    article: int
    figure: str
    what: str
    paragraph: int | None = None
    item: int | None = None
    working_rule: str | None = None
    also: str | None = None


Reading = Literal["new-period-if-unexpired", "trigger-version"]


@attrs.frozen
class Transition:
    """What a period that starts under one value of its figure and would end
    under the next one follows.

    :param figure: the period figure.
    :param statute_id: the statute of the new value …
    :param article: … and its article.
    :param reading: ``"new-period-if-unexpired"`` — a period not yet expired
        before the new value applies runs for the new value from its own start
        (the transitional ``rule``); ``"trigger-version"`` — no transitional
        rule was found, the text in force on the trigger day governs (``why``).
    :param rule: the figure of the transitional article (its date is the
        first day of the new value).
    :param why: the reading, for the trace and docs/policies.md.
    """

    figure: str
    statute_id: str
    article: int
    reading: Reading
    why: str
    rule: str | None = None


_APL = "administrative-penalty-law"

RULES: tuple[PeriodRule, ...] = (
    # 博山区责任清单 3、告知: 可在收到告知书起3个工作日内向征收机关陈述或申辩
    PeriodRule(
        "statement",
        "boshan-list",
        article=10,
        figure="deadline.boshan.statement.working-days",
        what="statement and defence within {n} {unit} of receiving the notice",
    ),
    # 行政处罚法 (1996–2017) 第四十二条（一）: 当事人要求听证的，应当在行政机关告知后三日内提出
    PeriodRule(
        "hearing-request",
        _APL,
        article=42,
        item=1,
        figure="deadline.hearing-request.days",
        what="a hearing is requested within {n} {unit} of the notice",
    ),
    # (2021) 第六十四条（一）: …告知后五日内提出; 第八十五条: “五日” … 是指工作日
    PeriodRule(
        "hearing-request",
        _APL,
        article=64,
        item=1,
        figure="deadline.hearing-request.days",
        what="a hearing is requested within {n} {unit} of the notice",
        working_rule="deadline.apl.working-days.five",
    ),
    # (1996–2017) 第四十二条（二）: 行政机关应当在听证的七日前，通知当事人
    PeriodRule(
        "hearing-notice",
        _APL,
        article=42,
        item=2,
        figure="deadline.hearing-notice.days",
        what="the agency notifies the hearing {n} {unit} before it",
    ),
    # (2021) 第六十四条（二）: 行政机关应当在举行听证的七日前，通知当事人及有关人员
    PeriodRule(
        "hearing-notice",
        _APL,
        article=64,
        item=2,
        figure="deadline.hearing-notice.days",
        what="the agency notifies the hearing {n} {unit} before it",
        working_rule="deadline.apl.working-days.seven",
    ),
    # (1996–2017) 第四十条: 当事人不在场的，行政机关应当在七日内 … 送达当事人
    PeriodRule(
        "service",
        _APL,
        article=40,
        figure="deadline.service.days",
        what="the party being absent, the decision is served within {n} {unit}",
    ),
    # (2021) 第六十一条: 当事人不在场的，行政机关应当在七日内 … 送达当事人
    PeriodRule(
        "service",
        _APL,
        article=61,
        figure="deadline.service.days",
        what="the party being absent, the decision is served within {n} {unit}",
        working_rule="deadline.apl.working-days.seven",
    ),
    # 社会抚养费征收管理办法 第六条第一款: 当事人应当自收到征收决定之日起30日内一次性缴纳
    PeriodRule(
        "levy-payment",
        "levy-measures",
        article=6,
        paragraph=1,
        figure="levy.payment-days",
        what="the levy is paid within {n} {unit} of receiving the decision",
    ),
    # 博山区责任清单 5、决定: 可在《社会抚养费征收告知书》送达后3个工作日内 … 制作下达决定书
    PeriodRule(
        "levy-waiver-decision",
        "boshan-list",
        article=12,
        figure="deadline.boshan.waiver-decision.working-days",
        what="after a waiver, the decision within {n} {unit} of the notice",
    ),
    # 行政复议法 (1999–2017) 第九条: 可以自知道该具体行政行为之日起六十日内提出行政复议申请
    PeriodRule(
        "review",
        "administrative-review-law",
        article=9,
        figure="deadline.review.days",
        what="administrative review applied for within {n} {unit} of knowing of the act",
    ),
    # (2023) 第二十条: 可以自知道或者应当知道该行政行为之日起六十日内提出行政复议申请
    PeriodRule(
        "review",
        "administrative-review-law",
        article=20,
        figure="deadline.review.days",
        what="administrative review applied for within {n} {unit} of knowing of the act",
    ),
    # 行政诉讼法 (1989) 第三十九条: 应当在知道作出具体行政行为之日起三个月内提出
    PeriodRule(
        "litigation",
        "administrative-litigation-law",
        article=39,
        figure="deadline.litigation.months",
        what="a suit is filed within {n} {unit} of knowing of the act",
    ),
    # (2014, 2017) 第四十六条: 应当自知道或者应当知道作出行政行为之日起六个月内提出
    PeriodRule(
        "litigation",
        "administrative-litigation-law",
        article=46,
        figure="deadline.litigation.months",
        what="a suit is filed within {n} {unit} of knowing of the act",
    ),
    # 博山区责任清单 7、执行: 《社会抚养费征收决定书》送达三个月后 … 应下达《社会抚养费征收催告书》
    PeriodRule(
        "demand-notice",
        "boshan-list",
        article=14,
        figure="deadline.boshan.demand-notice.months",
        what="if still unpaid, a demand notice is issued {n} {unit} after service",
    ),
    # 行政强制法 第五十四条: 催告书送达十日后当事人仍未履行义务的，行政机关可以 … 申请强制执行;
    # 第六十九条: 本法中十日以内期限的规定是指工作日
    PeriodRule(
        "enforcement-earliest",
        "administrative-coercion-law",
        article=54,
        figure="deadline.enforcement-earliest.days",
        what="court enforcement may be applied for {n} {unit} after the demand is served",
        working_rule="deadline.coercion.working-days.up-to",
    ),
    # 行政强制法 第五十三条: 可以自期限届满之日起三个月内 … 申请人民法院强制执行
    # (法释〔2018〕1号 第一百五十六条 says the same three months from 2018-02-08)
    PeriodRule(
        "enforcement-application",
        "administrative-coercion-law",
        article=53,
        figure="deadline.enforcement-application.months",
        what="apply within {n} {unit} after the review/litigation period ends",
        also="deadline.enforcement-application.spc-2018.months",
    ),
    # 法释〔2000〕8号 第八十八条: 应当自被执行人的法定起诉期限届满之日起180日内提出 — before
    # 行政强制法 (a law, which prevails over the interpretation from 2012-01-01)
    PeriodRule(
        "enforcement-application",
        "spc-2000-8",
        article=88,
        figure="deadline.enforcement-application.spc-2000.days",
        what=(
            "before the Administrative Coercion Law (2012-01-01): apply within {n} {unit} after "
            "the litigation period ends"
        ),
    ),
    # 岳阳楼区 运行流程: 资料不齐全的在5个工作日内补齐
    PeriodRule(
        "supplement-materials",
        "yueyanglou-list",
        article=3,
        figure="deadline.yueyanglou.supplement.working-days",
        what="incomplete materials are completed within {n} {unit}",
    ),
    # 8、结案归档 / 9.结案归档: 承办人应在一个月内将案件卷宗整理装订
    PeriodRule(
        "archive",
        "boshan-list",
        article=15,
        figure="deadline.boshan.archive.months",
        what="the case file is bound within {n} {unit} of closing",
    ),
    PeriodRule(
        "archive",
        "junshan-list",
        article=9,
        figure="deadline.junshan.archive.months",
        what="the case file is bound within {n} {unit} of closing",
    ),
    PeriodRule(
        "archive",
        "longyao-list",
        article=16,
        figure="deadline.longyao.archive.months",
        what="the case file is bound within {n} {unit} of closing",
    ),
    # 民事诉讼法 公告送达: 自发出公告之日起，经过六十日 (三十日 from the 2021 text)，即视为送达
    PeriodRule(
        "public-notice",
        "civil-procedure-law",
        article=84,
        figure="deadline.service.public-notice.days",
        what="service by public notice: deemed served {n} {unit} after publication",
    ),
    PeriodRule(
        "public-notice",
        "civil-procedure-law",
        article=92,
        figure="deadline.service.public-notice.days",
        what="service by public notice: deemed served {n} {unit} after publication",
    ),
    PeriodRule(
        "public-notice",
        "civil-procedure-law",
        article=95,
        figure="deadline.service.public-notice.days",
        what="service by public notice: deemed served {n} {unit} after publication",
    ),
)
"""Every period rule, by step, in the order they are tried."""

TRANSITIONS: tuple[Transition, ...] = (
    # 法释〔2015〕9号 第二十六条第一款: 2015年5月1日前起诉期限尚未届满的，适用修改后的行政诉讼法
    # 关于起诉期限的规定
    Transition(
        "deadline.litigation.months",
        "administrative-litigation-law",
        article=46,
        reading="new-period-if-unexpired",
        rule="deadline.litigation.transition-2015.on",
        why=(
            "a litigation period not yet expired before 2015-05-01 (its last day on or after "
            "that day) follows the amended law: its months are counted again from its own start"
        ),
    ),
    # 行政处罚法 (2021): no transitional article (arts. 85, 86: working days, commencement)
    Transition(
        "deadline.hearing-request.days",
        _APL,
        article=64,
        reading="trigger-version",
        why=(
            "the 2021 text has no transitional rule for periods running on 2021-07-15; the "
            "notice was given, and the period began, under the earlier text, which governs it "
            "(docs/policies.md)"
        ),
    ),
    Transition(
        "deadline.hearing-notice.days",
        _APL,
        article=64,
        reading="trigger-version",
        why=(
            "the period runs backwards from the hearing: the text in force on the hearing date "
            "governs it"
        ),
    ),
    Transition(
        "deadline.service.days",
        _APL,
        article=61,
        reading="trigger-version",
        why=(
            "the 2021 text has no transitional rule; the decision was pronounced under the "
            "earlier text, which governs its service period (docs/policies.md)"
        ),
    ),
    # 民事诉讼法 (2021) 第九十五条: 三十日 instead of 六十日; no transitional rule in the text
    Transition(
        "deadline.service.public-notice.days",
        "civil-procedure-law",
        article=95,
        reading="trigger-version",
        why=(
            "no transitional rule found for notices published before 2022-01-01: the text in "
            "force on the day of publication governs (docs/policies.md)"
        ),
    ),
)
"""How a period straddling a change of its figure is read (see docs/policies.md)."""

WORKING_DAY_RULES: dict[str, Literal["equal", "at-most"]] = {
    # 行政处罚法 (2021) 第八十五条: 本法中“二日”“三日”“五日”“七日”的规定是指工作日
    "deadline.apl.working-days.five": "equal",
    "deadline.apl.working-days.seven": "equal",
    # 行政强制法 第六十九条: 本法中十日以内期限的规定是指工作日
    "deadline.coercion.working-days.up-to": "at-most",
}
"""Working-day rules: which periods each one makes periods of working days."""

BY_STEP: dict[str, tuple[PeriodRule, ...]] = {}
for _r in RULES:
    BY_STEP[_r.step] = (*BY_STEP.get(_r.step, ()), _r)

_TRANSITION_BY_FIGURE = {(t.figure, t.statute_id, t.article): t for t in TRANSITIONS}


def _key(f: Figure) -> tuple[str, str, int]:
    return (f.id, f.provision.statute.id, f.provision.article)


def _states(f: Figure, row: PeriodRule) -> bool:
    p = f.provision
    return (
        p.statute.id == row.statute_id
        and p.article == row.article
        and f.paragraph == row.paragraph
        and f.item == row.item
    )


def is_local(statute_id: str) -> bool:
    """Whether a statute is a county's own list (it binds no other division)."""
    return statutes.get(statute_id).level == "local-list"


@functools.cache  # one entry per step (the rule rows and the registry are immutable)
def _pick_days(step: str) -> tuple[_dt.date, ...]:
    """The days on which a figure of a rule row of ``step`` starts or stops applying:
    between two of them, :func:`pick` gives the same answer in a division."""
    days: set[_dt.date] = set()
    for row in BY_STEP[step]:
        for f in statutes.figure_history(row.figure):
            days.add(f.applies_from)
            if f.applies_until is not None and f.applies_until < _dt.date.max:
                days.add(f.applies_until + _dt.timedelta(days=1))
    return tuple(sorted(days))


# (step, division code, interval between change days) -> the answer: finite (the steps, the
# divisions the registry knows, a few intervals each); errors are raised afresh, never kept
_PICKED: dict[tuple[str, str, int], tuple[PeriodRule, Figure]] = {}


def pick(step: str, on: _dt.date, code: str) -> tuple[PeriodRule, Figure]:
    """The rule of ``step`` that applies on ``on`` in division ``code``, and its figure.

    :raises InvalidInput: every rule of the step is a local list of another division.
    :raises NotInForce: no rule's figure applies on ``on``.
    """
    key = (step, code, bisect.bisect_right(_pick_days(step), on))
    found = _PICKED.get(key)
    if found is None:
        found = _PICKED[key] = _pick(step, on, code)
    return found


def _pick(step: str, on: _dt.date, code: str) -> tuple[PeriodRule, Figure]:
    rows = BY_STEP[step]
    spans: list[tuple[str, _dt.date, _dt.date | None]] = []
    foreign: list[str] = []
    place = statutes.jurisdiction(code)
    for row in rows:
        home = statutes.get(row.statute_id).jurisdiction
        if is_local(row.statute_id) and not place.is_within(home):
            foreign.append(home)
            continue
        history = statutes.figure_history(row.figure)
        for f in history:
            if _states(f, row):
                if f.applies_on(on):
                    return row, f
                spans.append(f.span)
    if foreign and len(foreign) == len(rows):
        if len(foreign) == 1:
            st = statutes.get(rows[0].statute_id)
            j = statutes.jurisdiction(st.jurisdiction)
            raise InvalidInput(
                "jurisdiction",
                code,
                f"{j.code} ({j.name}) or a division inside it: step {step!r} is a local rule "
                f"of 《{st.title}》, which binds no other division",
            )
        raise InvalidInput(
            "jurisdiction",
            code,
            f"one of {', '.join(foreign)} or a division inside them: the {step} rule is only "
            "in those counties' lists",
        )
    texts = "; ".join(
        f"{r.statute_id} 《{statutes.get(r.statute_id).title}》 art. {r.article}"
        for r in rows
        if statutes.get(r.statute_id).jurisdiction not in foreign
    )
    raise NotInForce(f"the {step} period ({texts})", on, sorted(set(spans), key=lambda s: s[1]))


def unit_words(f: Figure) -> str:
    """The unit of a period figure in words (``"working days"``)."""
    one = f.value == 1
    return {
        "days": "day" if one else "days",
        "working-days": "working day" if one else "working days",
        "months": "month" if one else "months",
    }[f.unit]


def working_rule(row: PeriodRule, f: Figure, on: _dt.date) -> Citation:
    """The provision that makes ``f``'s days working days (its own, or the working-day rule)."""
    if row.working_rule is None:
        return f.citation
    return statutes.figure(row.working_rule, on=on).citation


def transition(f: Figure, due_on: _dt.date) -> tuple[Figure, Transition] | None:
    """The next value of ``f``'s figure and how to read it, when the period reaches it.

    ``None`` when the period ends before the figure's next value applies (or
    the next value is the same number and counting).
    """
    history = statutes.figure_history(f.id)
    later = [g for g in history if g.applies_from > f.applies_from]
    if not later:
        return None
    nxt = later[0]
    if due_on < nxt.applies_from or (nxt.value, nxt.unit) == (f.value, f.unit):
        return None
    t = _TRANSITION_BY_FIGURE.get(_key(nxt))
    if t is None:  # pragma: no cover - _check refuses it at import
        raise RulesDataError(f"{f.id}: no transition reading for {nxt.applies_from}")
    return nxt, t


# --------------------------------------------------------------------------- load-time check


def _check() -> None:
    for row in RULES:
        history = statutes.figure_history(row.figure)  # UnknownFigure = a packaging bug
        mine = [f for f in history if _states(f, row)]
        if not mine:
            raise RulesDataError(
                f"rule {row.step}: figure {row.figure} is not stated by {row.statute_id} "
                f"art. {row.article} para. {row.paragraph} item {row.item}"
            )
        for f in mine:
            if f.unit not in COUNTING:
                raise RulesDataError(f"rule {row.step}: figure {f.id} has unit {f.unit}")
            if row.working_rule is not None:
                if f.unit == "working-days":
                    w = statutes.figure(row.working_rule, on=f.applies_from)
                    kind = WORKING_DAY_RULES[row.working_rule]
                    ok = f.value == w.value if kind == "equal" else f.as_int() <= w.as_int()
                    if not ok or w.provision.statute.id != row.statute_id:
                        raise RulesDataError(
                            f"rule {row.step}: {w} does not make {f} a period of working days"
                        )
                else:
                    raise RulesDataError(f"rule {row.step}: {f} is not in working days")
        if row.also is not None:
            for g in statutes.figure_history(row.also):
                f = statutes.figure(row.figure, on=g.applies_from)
                if (f.value, f.unit) != (g.value, g.unit):
                    raise RulesDataError(f"rule {row.step}: {g} differs from {f}")
    for fid in {r.figure for r in RULES}:
        rows = [r for r in RULES if r.figure == fid]
        history = statutes.figure_history(fid)
        for f in history:
            if not any(_states(f, r) for r in rows):
                raise RulesDataError(f"figure {fid}: {f.citation} has no rule row")
        for a, b in itertools.pairwise(history):
            if (a.value, a.unit) != (b.value, b.unit) and _key(b) not in _TRANSITION_BY_FIGURE:
                raise RulesDataError(
                    f"figure {fid} changes on {b.applies_from}: say how a running period is read"
                )
    for t in TRANSITIONS:
        new = [
            f
            for f in statutes.figure_history(t.figure)
            if _key(f) == (t.figure, t.statute_id, t.article)
        ]
        if not new:
            raise RulesDataError(f"transition of {t.figure}: {t.statute_id} art. {t.article}?")
        day = new[0].applies_from
        if (t.rule is None) != (t.reading == "trigger-version"):
            raise RulesDataError(f"transition of {t.figure} on {day}: rule and reading")
        if t.rule is not None and statutes.figure(t.rule, on=day).as_date() != day:
            raise RulesDataError(f"transition rule {t.rule} is not dated {day}")


_check()
