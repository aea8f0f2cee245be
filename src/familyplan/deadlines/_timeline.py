"""Case timelines: every deadline of a levy or penalty case that the facts allow."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from typing import Any

import attrs

from familyplan import statutes
from familyplan._dates import as_date_or_none
from familyplan._deprecation import renamed_keywords
from familyplan.deadlines._calendar import WorkdayCalendar
from familyplan.deadlines._steps import (
    STEPS,
    Deadline,
    _calendar_arg,
    _code,
    _flag,
    deadline,
)
from familyplan.errors import InvalidInput, NotInForce
from familyplan.explain import Citation, Step, Trace, result_dict
from familyplan.types import DateLike, DivisionCode, JurisdictionLike, StepId

__all__ = ["Timeline", "case_timeline"]


@attrs.frozen
class Timeline:
    """Every deadline of a levy or penalty case that the facts given allow, by date.

    :param deadlines: the deadlines, sorted by ``due_on`` (then by step order).
    :param skipped: one line per step that was not computed, and why.
    """

    jurisdiction: DivisionCode
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
        return tuple(Step(f"{d.step_id}: due", d.due_on) for d in self.deadlines)

    def __iter__(self) -> Iterator[Deadline]:
        return iter(self.deadlines)

    def __len__(self) -> int:
        return len(self.deadlines)

    def to_dict(self) -> dict[str, Any]:
        return result_dict(self, "timeline")


@renamed_keywords(decision_on="decided_on")
def case_timeline(
    *,
    jurisdiction: JurisdictionLike,
    notice_served_on: DateLike | None = None,
    decided_on: DateLike | None = None,
    decision_served_on: DateLike | None = None,
    hearing_on: DateLike | None = None,
    paid: bool = False,
    demand_served_on: DateLike | None = None,
    closed_on: DateLike | None = None,
    calendar: WorkdayCalendar | None = None,
    allow_provisional: bool = False,
) -> Timeline:
    """Every deadline of a levy or penalty case, in date order.

    * ``notice_served_on`` → ``hearing-request``; in 博山区 also ``statement``
      and ``levy-waiver-decision``;
    * ``hearing_on`` → ``hearing-notice``;
    * ``decided_on`` (pronounced, party absent) → ``service`` (the keyword was
      ``decision_on`` before 0.2; it still works, with a warning);
    * ``decision_served_on`` → ``levy-payment`` (while the levy measures are in
      force), ``review``, ``litigation``; unless ``paid``: ``demand-notice``
      (博山区) and ``enforcement-application`` from the later of the review
      and litigation periods' ends;
    * ``demand_served_on`` (unless ``paid``) → ``enforcement-earliest`` (before
      2012-01-01 from the end of the litigation period, which needs
      ``decision_served_on``: 法释〔2000〕8号 art. 88);
    * ``closed_on`` → ``archive`` (where a county list has the rule).

    A step whose law is not in force on its trigger day is listed in
    ``skipped`` with the reason; calendar errors propagate.

    >>> import datetime
    >>> t = case_timeline(jurisdiction="370304", decision_served_on=datetime.date(2016, 3, 1))
    >>> [(d.step_id, d.due_on.isoformat()) for d in t]  # doctest: +NORMALIZE_WHITESPACE
    [('levy-payment', '2016-03-31'), ('review', '2016-05-03'),
     ('demand-notice', '2016-06-02'), ('litigation', '2016-09-01'),
     ('enforcement-application', '2016-12-01')]
    """
    code = _code(jurisdiction)
    notice = as_date_or_none(notice_served_on, "notice_served_on")
    decided = as_date_or_none(decided_on, "decided_on")
    served = as_date_or_none(decision_served_on, "decision_served_on")
    hearing = as_date_or_none(hearing_on, "hearing_on")
    demand = as_date_or_none(demand_served_on, "demand_served_on")
    closed = as_date_or_none(closed_on, "closed_on")
    is_paid = _flag(paid, "paid")
    allow = _flag(allow_provisional, "allow_provisional")
    cal = _calendar_arg(calendar)
    boshan = statutes.jurisdiction(code).is_within(statutes.get("boshan-list").jurisdiction)
    out: list[Deadline] = []
    skipped: list[str] = []

    def add(step: StepId, on: _dt.date, **facts: object) -> Deadline | None:
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
        except InvalidInput as err:
            if err.field != "decision_served_on":
                raise
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
        elif served is not None and not statutes.in_force("administrative-coercion-law", on=demand):
            # before 行政强制法: 法释〔2000〕8号 art. 88 opens the window at the end of the
            # litigation period, counted from the day the decision was served
            add("enforcement-earliest", demand, decision_served_on=served)
        else:
            add("enforcement-earliest", demand)
    if closed is not None:
        try:
            add("archive", closed)
        except InvalidInput as err:
            skipped.append(f"archive: {err}")
    order = {s: i for i, s in enumerate(STEPS)}
    out.sort(key=lambda d: (d.due_on, order[d.step_id]))
    return Timeline(DivisionCode(code), tuple(out), tuple(skipped))
