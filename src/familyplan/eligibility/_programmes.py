"""The programmes and :func:`check`."""

from __future__ import annotations

import datetime as _dt
import functools

import attrs

from familyplan import statutes
from familyplan._dates import as_date_or_none
from familyplan._kept import Kept
from familyplan.errors import InvalidInput
from familyplan.explain import Trace
from familyplan.money import quantize_fen
from familyplan.types import DateLike, DivisionCode, JurisdictionLike, ProgrammeId

from . import (
    _additional_birth,
    _childcare,
    _health_allowance,
    _late_term,
    _rural_reward,
    _special_assistance,
    _urban_reward,
)
from ._amounts import RATE_TABLES, LocalRates, NotEncoded, checked, rate_row
from ._applicant import Applicant
from ._base import DEFAULT_POLICY, Context, DeferredTrace, Policy, Programme
from ._conditions import (
    Condition,
    Eligibility,
    Explanation,
    Pending,
    combine_pending,
    deferred_eligibility,
)
from ._law import CONDITION_FIGURES, UR_PAID_FROM, date_value
from ._time import as_year

__all__ = ["PROGRAMMES", "check", "programme", "programmes"]


def _version_span(statute_id: str) -> tuple[_dt.date, _dt.date | None]:
    vs = statutes.get(statute_id).versions
    return vs[0].effective_from, vs[-1].effective_until


def _first_day(programme_id: str) -> _dt.date:
    return min(r.applies_from for r in RATE_TABLES[programme_id])


def _last_day(programme_id: str) -> _dt.date | None:
    """``None`` while the newest row has no end (it runs until replaced)."""
    ends = [r.applies_until for r in RATE_TABLES[programme_id]]
    return None if None in ends else max(e for e in ends if e is not None)


def _checked(programme_id: str) -> _dt.date | None:
    c = checked(programme_id)
    return None if c is None else c.through


_HUNAN_REG = _version_span("hunan-pfp-regulation")
_NATION = statutes.NATION
_HUNAN = statutes.get("hunan-pfp-regulation").jurisdiction  # the Hunan programmes' province
_DECREE_194 = _version_span("hunan-decree-194")

PROGRAMMES: tuple[Programme, ...] = (
    Programme(
        "rural-reward",
        "农村部分计划生育家庭奖励扶助",
        "rural reward for family-planning households",
        "subsidy",
        _NATION,
        "year",
        "year",
        _first_day("rural-reward"),
        _last_day("rural-reward"),
        _rural_reward.CONDITIONS,
        ("death", "urban-pension", "fraud", "birth", "adoption", "recovery"),
        _rural_reward.evaluate,
        "National minimum a person a year; a local top-up is LocalRates(top_up=...) a year.",
        _checked("rural-reward"),
    ),
    Programme(
        "special-assistance",
        "计划生育家庭特别扶助",
        "special assistance for families whose only child died or is disabled",
        "subsidy",
        _NATION,
        "year",
        "month",
        _first_day("special-assistance"),
        _last_day("special-assistance"),
        _special_assistance.CONDITIONS,
        ("death", "urban-pension", "fraud", "birth", "adoption", "recovery"),
        _special_assistance.evaluate,
        "National minimum a person a month (Shandong's own for 2017); the amount for a year is "
        "12 months. 2017 to 2022 are not encoded (the 450 / 350 standard's document and date "
        "were not found), nor rural 2016.",
        _checked("special-assistance"),
    ),
    Programme(
        "only-child-health-allowance",
        "独生子女保健费",
        "only-child health allowance",
        "subsidy",
        _HUNAN,
        "date",
        "month",
        _HUNAN_REG[0],
        _HUNAN_REG[1],
        _health_allowance.CONDITIONS,
        (),
        _health_allowance.evaluate,
        "The local monthly rate (5-20 yuan) is LocalRates(monthly_rate=...).",
    ),
    Programme(
        "urban-parents-reward",
        "城镇独生子女父母奖励",
        "urban only-child parents' reward (Hunan)",
        "subsidy",
        _HUNAN,
        "date",
        "month",
        date_value(UR_PAID_FROM),
        _last_day("urban-parents-reward"),
        _urban_reward.CONDITIONS,
        ("death",),
        _urban_reward.evaluate,
        "80 yuan a person a month from 2014-01-01 (a news report of the rules).",
        _checked("urban-parents-reward"),
    ),
    Programme(
        "additional-birth",
        "再生育审批",
        "approval of an additional birth (birth permit)",
        "approval",
        _HUNAN,
        "date",
        None,
        _HUNAN_REG[0],
        _HUNAN_REG[1],
        _additional_birth.CONDITIONS,
        ("divorce",),
        _additional_birth.evaluate,
    ),
    Programme(
        "late-term-termination",
        "中期以上终止妊娠审批",
        "approval to end a pregnancy of 14 weeks or more",
        "approval",
        _HUNAN,
        "date",
        None,
        _DECREE_194[0],
        _DECREE_194[1],
        _late_term.CONDITIONS,
        (),
        _late_term.evaluate,
    ),
    Programme(
        "childcare-subsidy",
        "育儿补贴",
        "national childcare subsidy (one child's claim for a year)",
        "subsidy",
        _NATION,
        "year",
        "year",
        _first_day("childcare-subsidy"),
        _last_day("childcare-subsidy"),
        _childcare.CONDITIONS,
        (),
        _childcare.evaluate,
        "Checked with a ChildcareClaim (the child and the applicant), not an Applicant. "
        "National base a child a year; born before 2025: the months due (the national health "
        "commission's table). A provincial top-up is LocalRates(top_up=...) a year.",
        _checked("childcare-subsidy"),
    ),
)


def _with_figures(p: Programme) -> Programme:
    amounts = tuple(
        dict.fromkeys(fid for row in RATE_TABLES.get(p.id, ()) for fid in row.figures.values())
    )
    return attrs.evolve(p, figure_ids=CONDITION_FIGURES[p.id] + amounts)


PROGRAMMES = tuple(_with_figures(p) for p in PROGRAMMES)
_BY_ID = {p.id: p for p in PROGRAMMES}


def programmes() -> tuple[Programme, ...]:
    """Every programme, with where and when it is encoded and its conditions.

    >>> [p.id for p in programmes()]  # doctest: +NORMALIZE_WHITESPACE
    ['rural-reward', 'special-assistance', 'only-child-health-allowance',
     'urban-parents-reward', 'additional-birth', 'late-term-termination',
     'childcare-subsidy']
    """
    return PROGRAMMES


def programme(programme_id: ProgrammeId) -> Programme:
    """The programme with that id.

    :raises InvalidInput: for an unknown id (the message lists the known ones).
    """
    if isinstance(programme_id, str) and programme_id in _BY_ID:
        return _BY_ID[programme_id]
    raise InvalidInput("programme_id", programme_id, f"one of {list(_BY_ID)}")


def _window(prog: Programme, field: str, value: object, day: _dt.date) -> None:
    if day < prog.encoded_from or (prog.encoded_until is not None and day > prog.encoded_until):
        until = prog.encoded_until
        raise NotEncoded(
            prog.id,
            field,
            value,
            day,
            [(prog.id, prog.encoded_from, until)],
            "the texts that create it are not in force then",
        )


def _resolve_when(
    prog: Programme, year: object, as_of: object, code: str
) -> tuple[int | None, _dt.date | None, _dt.date]:
    day = as_date_or_none(as_of, "as_of")
    if prog.timing == "year":
        if year is None and day is None:
            raise InvalidInput(
                "year", None, f"a year (or as_of) for {prog.id}, an annual programme"
            )
        if year is not None:
            y = as_year(year)
        elif day is not None:
            y = day.year
        rate_row(prog.id, y, jurisdiction=code)  # NotEncoded outside the encoded years
        on = day if day is not None else _dt.date(y + 1, 1, 1) - _dt.timedelta(days=1)
        return y, day, on
    if day is None:
        raise InvalidInput(
            "as_of",
            as_of,
            f"a date for {prog.id}, which is checked on a day (year alone is ambiguous)",
        )
    if year is not None and as_year(year) != day.year:
        raise InvalidInput("year", year, f"None or the year of as_of ({day.year})")
    _window(prog, "as_of", day, day)
    return day.year, day, day


def check(
    programme_id: ProgrammeId,
    applicant: Applicant | _childcare.ChildcareClaim,
    *,
    year: int | None = None,
    as_of: DateLike | None = None,
    jurisdiction: JurisdictionLike,
    rates: LocalRates | None = None,
    policy: Policy = DEFAULT_POLICY,
) -> Eligibility:
    """Whether an applicant qualifies, condition by condition, with the amount.

    :param programme_id: one of :func:`programmes` (``"rural-reward"``,
        ``"special-assistance"``, ``"only-child-health-allowance"``,
        ``"urban-parents-reward"``, ``"additional-birth"``,
        ``"late-term-termination"``, ``"childcare-subsidy"``).
    :param applicant: the :class:`Applicant` (for ``"childcare-subsidy"``: a
        :class:`ChildcareClaim`, one child's claim).
    :param year: the year of an annual programme (rural reward, special
        assistance): ages are reached by 31 December of it.
    :param as_of: the day of the check; required for the programmes checked on
        a date (health allowance, urban reward, approvals); for an annual
        programme it is the day whose texts are cited (default 31 December).
    :param jurisdiction: the GB/T 2260 code of the deciding division.
    :param rates: local figures (:class:`LocalRates`): a top-up on the national
        minimum, the local health-allowance rate.
    :param policy: the interpretations used (:class:`Policy`).
    :raises InvalidInput: unknown programme, a division the programme does not
        apply in, a missing or ambiguous date, a local rate outside the law's range.
    :raises NotEncoded: a year or date outside the programme's encoded period.

    Being ineligible is a result: ``eligible`` is ``True``, ``False``, or
    ``None`` when a needed fact was not given.

    >>> from familyplan.eligibility import Applicant, Child, NO_SPOUSE
    >>> a = Applicant("1952-12-31", "male", residence="rural", spouse=NO_SPOUSE,
    ...               births_against_rules=(),
    ...               children=[Child("1980-01-01", "male", alive=True)])
    >>> r = check("rural-reward", a, year=2012, jurisdiction="430602")
    >>> r.eligible, r.amount
    (True, Decimal('960.00'))
    >>> check("rural-reward", a, year=2011, jurisdiction="430602").failed[0].id
    'rural-reward.aged-60'
    """
    prog = _BY_ID.get(programme_id) if type(programme_id) is str else None
    if prog is None:
        prog = programme(programme_id)
    if prog.id == "childcare-subsidy":
        if not isinstance(applicant, _childcare.ChildcareClaim):
            raise InvalidInput("applicant", applicant, "a ChildcareClaim for childcare-subsidy")
    elif not isinstance(applicant, Applicant):
        raise InvalidInput("applicant", applicant, "an Applicant")
    if rates is not None and not isinstance(rates, LocalRates):
        raise InvalidInput("rates", rates, "a LocalRates or None")
    if not isinstance(policy, Policy):
        raise InvalidInput("policy", policy, "a Policy")
    j = _where(prog, jurisdiction)
    if (year is None or type(year) is int) and (as_of is None or type(as_of) in _DAY_TYPES):
        key = (prog.id, year, as_of, j.code)
        known = _WHEN.get(key)
        if known is None:
            known = _resolve_when(prog, year, as_of, j.code)
            _WHEN.keep(key, known)  # the rate tables and the registry are immutable
        y, day, on = known
    else:
        y, day, on = _resolve_when(prog, year, as_of, j.code)
    trace = DeferredTrace()
    annual = prog.timing == "year"
    trace.later(_header, prog, j, y if annual else None, on)
    ctx = Context(prog, j, y if annual else None, day, on, rates, policy, trace)
    ev = prog.evaluate(applicant, ctx)
    eligible = combine_pending(ev.conditions)
    paid = eligible is True and ev.amount is not None
    return deferred_eligibility(
        prog.id,
        DivisionCode(j.code),
        y if annual else None,
        day,
        eligible,
        quantize_fen(ev.amount) if paid and ev.amount is not None else None,
        ev.amount_period if paid else None,
        ev.rate,
        ev.payer,
        ev.one_off_contribution,
        _DEFAULT_PAIRS if policy is DEFAULT_POLICY else policy.pairs(),
        ev.checked_through,
        functools.partial(_explain, ev.conditions, trace, eligible, rates),
    )


_DAY_TYPES = (_dt.date, str)  # exactly these: a datetime is refused afresh each time
_When = tuple[int | None, _dt.date | None, _dt.date]
_WHEN: Kept[tuple[str, int | None, object, str], _When] = Kept()
_WHERE: dict[tuple[str, str], statutes.Jurisdiction] = {}
_DEFAULT_PAIRS = DEFAULT_POLICY.pairs()


def _where(prog: Programme, jurisdiction: object) -> statutes.Jurisdiction:
    """The division, checked to lie where the programme is encoded (kept per code)."""
    key = (prog.id, jurisdiction) if type(jurisdiction) is str else None
    if key is not None:
        known = _WHERE.get(key)
        if known is not None:
            return known
    j = statutes.jurisdiction(jurisdiction)  # type: ignore[arg-type]
    if not j.is_within(prog.jurisdiction):
        home = statutes.jurisdiction(prog.jurisdiction)
        raise InvalidInput(
            "jurisdiction",
            jurisdiction,
            f"a division in {home.name} ({home.code}), where {prog.id} is encoded",
        )
    if key is not None:
        _WHERE[key] = j  # only valid codes are kept: a few dozen at most
    return j


def _header(
    trace: Trace, prog: Programme, j: statutes.Jurisdiction, y: int | None, on: _dt.date
) -> None:
    when = f"year {y}" if y is not None else f"as of {on.isoformat()}"
    trace.add(f"{prog.id} ({prog.name_zh}) in {j.code} {j.name}, {when}")


_VERDICT = {
    True: "all conditions met",
    False: "a condition is not met",
    None: "undetermined: a fact was not given",
}


def _verdict(
    trace: Trace,
    conditions: tuple[Condition, ...],
    eligible: bool | None,
    rates: LocalRates | None,
) -> None:
    for c in conditions:
        trace.add(f"{c.id}: {c.status} ({c.fact})", c.met, c.citation)
        trace.cite(*c.see_also)
    trace.add(_VERDICT[eligible], eligible)
    if rates is not None and rates.reference:
        trace.add(f"local figures from: {rates.reference} (caller)")


def _explain(
    pendings: tuple[Pending, ...],
    trace: DeferredTrace,
    eligible: bool | None,
    rates: LocalRates | None,
) -> Explanation:
    """The conditions, steps and citations of a check, written out when first read:
    the header and the programme's own steps, then one step a condition and the verdict."""
    conditions = tuple(p.condition() for p in pendings)
    out = trace.write(Trace())
    _verdict(out, conditions, eligible, rates)
    return conditions, out.steps, out.citations
