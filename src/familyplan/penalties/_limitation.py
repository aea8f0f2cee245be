"""The limitation period of administrative penalties (处罚时效).

《行政处罚法》(1996) 第二十九条: 违法行为在二年内未被发现的，不再给予行政处罚 —
counted from the act, or from its end for a continuing act. From 2021-07-15
(2021 text, 第三十六条) the period is five years where life and health safety
or financial security is involved with harmful consequences.

Which text applies: the one in force on the day the act was discovered, the
moment the question "may it still be punished?" is answered (documented
policy). Years end on the corresponding day (a 29 February start ends on
28 February: the shared month-end clamp ``familyplan._dates.add_years``,
《民法典》第二百零二条's rule for a missing corresponding day). No roll-forward to a
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
from familyplan.penalties._offence_data import LIMITATION_RULES

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


def limitation(
    act_on: object,
    *,
    discovered_on: object,
    ended_on: object = None,
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
    rule = None
    for r in LIMITATION_RULES:
        v = statutes.get(r.statute_id).version_on(found)
        if v is not None and v.label in r.versions:
            rule = r
            break
    if rule is None:
        spans = []
        for r in LIMITATION_RULES:
            for label in r.versions:
                ver = statutes.get(r.statute_id).version(label)
                if ver is not None:
                    spans.append(ver.span)
        raise NotInForce("limitation period (处罚时效)", found, spans)
    cite = statutes.citation(rule.statute_id, rule.article, on=found)
    trace.add(f"limitation rule in force on discovery ({found.isoformat()})", str(cite), cite)
    years = rule.years
    if harm_to_life_health_or_finance:
        if rule.harm_years is not None:
            years = rule.harm_years
            trace.add("life/health or financial safety with harmful consequences", years, cite)
        else:
            trace.add(
                "the longer period for harm to life, health or finance does not exist in this text",
                years,
                cite,
            )
    if end is not None:
        trace.add("continuing act: the period runs from its end", runs_from, cite)
    last = add_years(runs_from, years)
    trace.add(f"{years} years from {runs_from.isoformat()} end on", last, cite)
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
