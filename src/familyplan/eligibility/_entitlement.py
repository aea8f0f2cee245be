"""Amounts over a period of months: :func:`entitlement`.

Each month of the period is decided on its own:

* annual programmes (rural reward, special assistance): the month is due when
  the applicant qualifies for its year; a rural-reward month is one twelfth of
  the year's amount, a special-assistance month the monthly rate;
* the health allowance: checked on the first day of the month (its period
  runs from the month of the certificate to the 14th-birthday month, see
  :class:`~familyplan.eligibility.Policy`);
* the urban reward: checked on the first (or, by policy, last) day of the month.

Line amounts are shown to the fen; the total is the exact sum, rounded once.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import attrs

from familyplan import statutes
from familyplan.errors import InvalidInput
from familyplan.explain import Citation, Step, Trace, result_dict
from familyplan.money import FEN_HALF_UP, ZERO, Rounding, exact_context
from familyplan.types import DivisionCode, JurisdictionLike, ProgrammeId

from ._amounts import LocalRates
from ._applicant import Applicant
from ._base import DEFAULT_POLICY, Policy, Programme
from ._conditions import Eligibility
from ._programmes import check, programme
from ._time import MONTHS_A_YEAR, Month, MonthLike, as_month, months_between

__all__ = ["Entitlement", "MonthLine", "entitlement", "month_lines"]

_MAX_MONTHS = 1200


@attrs.frozen
class MonthLine:
    """One month of an entitlement.

    :param month: ``"YYYY-MM"``.
    :param eligible: as :attr:`Eligibility.eligible` for that month.
    :param amount: the amount due for the month (to the fen), ``None`` when
        undetermined; ``0`` when not eligible.
    :param note: which check decided it (the year, or the day).
    """

    month: str
    eligible: bool | None
    amount: Decimal | None
    note: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "month": self.month,
            "eligible": self.eligible,
            "amount": None if self.amount is None else str(self.amount),
            "note": self.note,
        }


@attrs.frozen
class Entitlement:
    """The amounts due over a period (:func:`entitlement`).

    :param total: the sum due, rounded once by ``rounding``; ``None`` when some
        month is undetermined (see ``months``).
    :param minimum_total: the part that is the statutory figure.
    :param top_up_total: the part that is the caller's local top-up.
    :param months_due: how many months are due.
    :param checked_through: when a month's amount comes from a standard with no
        end date, the day up to which its sources were checked (see
        :attr:`Eligibility.checked_through`).
    """

    programme_id: str
    jurisdiction: DivisionCode
    first_month: str
    last_month: str
    months: tuple[MonthLine, ...]
    months_due: int
    total: Decimal | None
    minimum_total: Decimal | None
    top_up_total: Decimal | None
    rates: LocalRates | None
    rounding: Rounding
    policies: tuple[tuple[str, str], ...]
    citations: tuple[Citation, ...]
    steps: tuple[Step, ...]
    checked_through: _dt.date | None = None

    @property
    def undetermined(self) -> tuple[MonthLine, ...]:
        return tuple(m for m in self.months if m.eligible is None)

    def to_dict(self) -> dict[str, Any]:
        return result_dict(self, "entitlement")


@attrs.frozen
class _Share:
    eligible: bool | None
    minimum: Decimal | None
    top_up: Decimal | None
    note: str
    result: Eligibility


def _share(prog: Programme, result: Eligibility, note: str) -> _Share:
    if result.eligible is not True:
        zero = ZERO if result.eligible is False else None
        return _Share(result.eligible, zero, zero, note, result)
    rate = result.rate
    if rate is None:
        raise InvalidInput(
            "rates.monthly_rate",
            None,
            f"the local monthly rate for {prog.id} (LocalRates(monthly_rate=...)): "
            "an amount cannot be computed without it",
        )
    with exact_context():
        if rate.per == "year":
            return _Share(
                True, rate.minimum / MONTHS_A_YEAR, rate.top_up / MONTHS_A_YEAR, note, result
            )
        return _Share(True, rate.minimum, rate.top_up, note, result)


def month_lines(
    prog: Programme,
    applicant: Applicant,
    months: Sequence[Month],
    *,
    jurisdiction: JurisdictionLike,
    rates: LocalRates | None,
    policy: Policy,
) -> list[_Share]:
    """The share due for each month (exact, unrounded), with the check that decided it."""
    by_year: dict[int, Eligibility] = {}
    by_day: dict[_dt.date, Eligibility] = {}
    out = []
    for m in months:
        if prog.timing == "year":
            if m.year not in by_year:
                by_year[m.year] = check(
                    prog.id,
                    applicant,
                    year=m.year,
                    jurisdiction=jurisdiction,
                    rates=rates,
                    policy=policy,
                )
            out.append(_share(prog, by_year[m.year], f"year {m.year}"))
        else:
            day: _dt.date = m.first_day
            if prog.id == "urban-parents-reward" and policy.urban_reward_month == "last-day":
                day = m.last_day
            if day not in by_day:
                by_day[day] = check(
                    prog.id,
                    applicant,
                    as_of=day,
                    jurisdiction=jurisdiction,
                    rates=rates,
                    policy=policy,
                )
            out.append(_share(prog, by_day[day], f"as of {day.isoformat()}"))
    return out


def entitlement(
    programme_id: ProgrammeId,
    applicant: Applicant,
    *,
    period: tuple[MonthLike, MonthLike],
    jurisdiction: JurisdictionLike,
    rates: LocalRates | None = None,
    policy: Policy = DEFAULT_POLICY,
    rounding: Rounding = FEN_HALF_UP,
) -> Entitlement:
    """The amount due to one applicant over a period of months (both ends included).

    :param period: ``(first, last)`` months, each ``"YYYY-MM"``, a
        :class:`Month` or a ``date`` (its month).
    :param rates: local figures (:class:`LocalRates`); the health allowance
        needs ``monthly_rate``.
    :raises InvalidInput: an approval programme, a period that runs backwards,
        a missing local rate.
    :raises NotEncoded: a month outside the programme's encoded period.

    >>> from familyplan.eligibility import Applicant, Child, NO_SPOUSE
    >>> a = Applicant("1952-06-01", "female", residence="rural", spouse=NO_SPOUSE,
    ...               births_against_rules=(), children=[Child("1975-01-01", "female", alive=True)])
    >>> e = entitlement("rural-reward", a, period=("2011-07", "2012-06"), jurisdiction="430602")
    >>> e.months_due, e.total  # 2011: under 60; 2012: 960 a year = 80 a month
    (6, Decimal('480.00'))
    """
    prog = programme(programme_id)
    if prog.kind != "subsidy":
        raise InvalidInput(
            "programme_id", programme_id, "a subsidy programme (an approval has no amount)"
        )
    if prog.id == "childcare-subsidy":
        raise InvalidInput(
            "programme_id",
            programme_id,
            "a monthly programme: the childcare subsidy is a yearly claim "
            "(eligibility.childcare_entitlement gives its months and amount)",
        )
    if not isinstance(period, tuple | list) or len(period) != 2:
        raise InvalidInput("period", period, "a pair (first month, last month)")
    first, last = as_month(period[0], "period[0]"), as_month(period[1], "period[1]")
    if last < first:
        raise InvalidInput("period", period, "a first month on or before the last month")
    months = months_between(first, last)
    if len(months) > _MAX_MONTHS:
        raise InvalidInput("period", period, f"at most {_MAX_MONTHS} months")
    if not isinstance(rounding, Rounding):
        raise InvalidInput("rounding", rounding, "a familyplan.money.Rounding")
    j = statutes.jurisdiction(jurisdiction)
    shares = month_lines(prog, applicant, months, jurisdiction=j.code, rates=rates, policy=policy)
    trace = Trace()
    trace.add(f"{prog.id} from {first} to {last} in {j.code} {j.name}", len(months))
    lines = []
    undetermined = False
    minimum = top_up = Decimal(0)
    due = 0
    seen: set[int] = set()
    for m, s in zip(months, shares, strict=True):
        key = id(s.result)
        if key not in seen:
            seen.add(key)
            trace.cite(*s.result.citations)
            trace.add(f"{s.note}: {s.result.status}", s.result.eligible)
        if s.minimum is None or s.top_up is None:
            undetermined = True
            lines.append(MonthLine(str(m), None, None, s.note))
            continue
        with exact_context():
            minimum += s.minimum
            top_up += s.top_up
        if s.eligible:
            due += 1
        lines.append(MonthLine(str(m), s.eligible, FEN_HALF_UP.apply(s.minimum + s.top_up), s.note))
    if undetermined:
        trace.add("some months are undetermined (a fact was not given): no total", None)
        totals: tuple[Decimal | None, Decimal | None, Decimal | None] = (None, None, None)
    else:
        with exact_context():
            total = rounding.apply(minimum + top_up)
        unit = "month" if due == 1 else "months"
        trace.add(f"total of {due} {unit} due, rounded {rounding.label}", total)
        totals = (total, rounding.apply(minimum), rounding.apply(top_up))
    return Entitlement(
        programme_id=prog.id,
        jurisdiction=DivisionCode(j.code),
        first_month=str(first),
        last_month=str(last),
        months=tuple(lines),
        months_due=due,
        total=totals[0],
        minimum_total=totals[1],
        top_up_total=totals[2],
        rates=rates,
        rounding=rounding,
        policies=policy.pairs(),
        citations=trace.citations,
        steps=trace.steps,
        checked_through=max(
            (s.result.checked_through for s in shares if s.result.checked_through is not None),
            default=None,
        ),
    )
