"""The limitation period of administrative penalties (处罚时效).

《行政处罚法》(1996) 第二十九条: 违法行为在二年内未被发现的，不再给予行政处罚 —
counted from the act, or from its end for a continuing act. From 2021-07-15
(2021 text, 第三十六条) the period is five years where life and health safety
or financial security is involved with harmful consequences.

Which text applies: the one in force on the day the act was discovered, the
moment the question "may it still be punished?" is answered (documented
policy) — except that an expired limitation stays expired: when the period of
the text in force when it began to run had already ended before the later text
came into force, no later (longer) period revives it. 《行政处罚法》(2021)
第三十七条 applies the law in force when the act was committed unless the new
law is lighter; a longer period is not lighter. Years end on the corresponding
day (a 29 February start ends on 28 February: the month-end clamp of
《民法典》第二百零二条, ``familyplan._dates.add_years``). No roll-forward to a
working day: discovery is not an act a party must perform by a deadline.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

import attrs

from familyplan import statutes
from familyplan._dates import add_years, as_date, as_date_or_none
from familyplan.errors import InvalidInput, NotInForce
from familyplan.explain import Citation, Step, Trace, result_dict
from familyplan.penalties._offence_data import LENITY_RULE, LIMITATION_RULES, LimitationRule
from familyplan.types import DateLike

__all__ = ["Limitation", "limitation"]


@attrs.frozen
class Limitation:
    """Whether the limitation period had run when the act was discovered.

    :param expired: ``True`` when the act may no longer be punished.
    :param period_years: the period that applied (2 or 5).
    :param runs_from: the act's day, or the end of a continuing act.
    :param last_day: the last day on which discovery keeps the act punishable.
    """

    act_on: _dt.date
    ended_on: _dt.date | None
    discovered_on: _dt.date
    harm_to_life_health_or_finance: bool
    period_years: int
    runs_from: _dt.date
    last_day: _dt.date
    expired: bool
    citations: tuple[Citation, ...]
    steps: tuple[Step, ...]

    def to_dict(self) -> dict[str, Any]:
        return result_dict(self, "limitation")


def _years_after(day: _dt.date, years: int, field: str) -> _dt.date:
    """``years`` years after ``day``, or our error when that is past 9999-12-31."""
    try:
        return add_years(day, years)
    except ValueError:  # date() refuses a year past 9999, the last a date can hold
        raise InvalidInput(
            field, day, f"a date whose {years}-year limitation period ends by 9999-12-31"
        ) from None


def limitation(
    act_on: DateLike,
    *,
    discovered_on: DateLike,
    ended_on: DateLike | None = None,
    harm_to_life_health_or_finance: bool = False,
) -> Limitation:
    """Whether an act could still be punished when it was discovered.

    :param act_on: the day of the act (its first day, for a continuing act).
    :param discovered_on: the day the agency discovered it.
    :param ended_on: the day a continuing or repeated act ended.
    :param harm_to_life_health_or_finance: the act involved life and health
        safety or financial security with harmful consequences (5 years from
        2021-07-15).
    :raises NotInForce: discovery before 1996-10-01 (no text encoded).

    >>> import datetime
    >>> r = limitation(datetime.date(2019, 3, 10), discovered_on=datetime.date(2021, 3, 10))
    >>> r.last_day, r.expired
    (datetime.date(2021, 3, 10), False)
    >>> limitation(datetime.date(2019, 3, 10), discovered_on=datetime.date(2021, 3, 11)).expired
    True
    """
    act = as_date(act_on, "act_on")
    found = as_date(discovered_on, "discovered_on")
    end = as_date_or_none(ended_on, "ended_on")
    if not isinstance(harm_to_life_health_or_finance, bool):
        raise InvalidInput(
            "harm_to_life_health_or_finance", harm_to_life_health_or_finance, "a bool"
        )
    if end is not None and end < act:
        raise InvalidInput("ended_on", end, f"a date on or after act_on ({act.isoformat()})")
    runs_from = end if end is not None else act
    if found < runs_from:
        raise InvalidInput(
            "discovered_on",
            found,
            f"a date on or after the act (or its end), {runs_from.isoformat()}",
        )
    trace = Trace()
    rule = _rule_on(found)
    if rule is None:
        spans = []
        for r in LIMITATION_RULES:
            for label in r.versions:
                ver = statutes.get(r.statute_id).version(label)
                if ver is not None:
                    spans.append(ver.span)
        raise NotInForce("limitation period (处罚时效)", found, spans)
    rule_cite = statutes.citation(rule.statute_id, article=rule.article, on=found)
    trace.add(
        f"limitation rule in force on discovery ({found.isoformat()})", str(rule_cite), rule_cite
    )
    years, cite = _period(rule, found, harm_to_life_health_or_finance, trace)
    if end is not None:
        trace.add("continuing act: the period runs from its end", runs_from, cite)
    last = _years_after(runs_from, years, "ended_on" if end is not None else "act_on")
    trace.add(f"{years} years from {runs_from.isoformat()} end on", last, cite)

    # an expired limitation stays expired: the text in force when the period began
    earlier = _rule_on(runs_from)
    if earlier is not None and earlier is not rule:
        then_years, then_cite = _period(earlier, runs_from, harm_to_life_health_or_finance, None)
        then_last = _years_after(runs_from, then_years, "ended_on" if end is not None else "act_on")
        later_from = _first_day(rule, found)
        if then_last < later_from:
            lenity = statutes.citation(LENITY_RULE.statute_id, LENITY_RULE.article, on=later_from)
            trace.add(
                f"but under the text in force when the period began ({then_cite}), "
                f"{then_years} years from {runs_from.isoformat()} ended on "
                f"{then_last.isoformat()}, before the later text came into force "
                f"({later_from.isoformat()}): the limitation had already run, and a longer "
                "later period does not revive it (the law of the time of the act applies "
                "unless the new law is lighter, 2021 art. 37)",
                then_last,
                then_cite,
            )
            trace.add("适用违法行为发生时的法律 … 新的规定处罚较轻的，适用新的规定", None, lenity)
            years, last, cite = then_years, then_last, then_cite

    expired = found > last
    trace.add(
        "discovered after the period: no penalty may be given"
        if expired
        else "discovered within the period",
        expired,
        cite,
        zh="违法行为在期限内未被发现的，不再给予行政处罚" if expired else "",
    )
    return Limitation(
        act_on=act,
        ended_on=end,
        discovered_on=found,
        harm_to_life_health_or_finance=harm_to_life_health_or_finance,
        period_years=years,
        runs_from=runs_from,
        last_day=last,
        expired=expired,
        citations=trace.citations,
        steps=trace.steps,
    )


def _rule_on(day: _dt.date) -> LimitationRule | None:
    for r in LIMITATION_RULES:
        v = statutes.get(r.statute_id).version_on(day)
        if v is not None and v.label in r.versions:
            return r
    return None


def _first_day(rule: LimitationRule, day: _dt.date) -> _dt.date:
    """The first day of the run of versions of ``rule`` that includes ``day``."""
    statute = statutes.get(rule.statute_id)
    return min(
        v.effective_from
        for v in statute.versions
        if v.label in rule.versions and v.effective_from <= day
    )


def _period(
    rule: LimitationRule, day: _dt.date, harm: bool, trace: Trace | None
) -> tuple[int, Citation]:
    """The period in years under ``rule`` on ``day``, and the provision stating it."""
    # 违法行为在二年内未被发现的，不再给予行政处罚
    base = statutes.figure(rule.years, on=day)
    if not harm:
        return base.as_int(), base.citation
    if rule.harm_years is not None:
        # 涉及公民生命健康安全、金融安全且有危害后果的，上述期限延长至五年
        longer = statutes.figure(rule.harm_years, on=day)
        if trace is not None:
            trace.add(
                "life/health or financial safety with harmful consequences",
                longer.as_int(),
                longer.citation,
            )
        return longer.as_int(), longer.citation
    if trace is not None:
        trace.add(
            "the longer period for harm to life, health or finance does not exist in this text",
            base.as_int(),
            base.citation,
        )
    return base.as_int(), base.citation
