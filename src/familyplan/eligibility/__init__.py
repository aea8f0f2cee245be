"""Eligibility: subsidies and approvals, explained condition by condition.

Each programme says yes, no or *undetermined* (a fact it needs was not given),
lists every condition with the fact it used, whether it was met and the
article that states it, and gives the amount for the year or month. Amounts
are national (or provincial) minimums by year; a local top-up is the caller's
(:class:`LocalRates`). Annual verification (:func:`verify`) applies the
terminations and claw-backs of the county lists. See docs/eligibility.md.

>>> from familyplan import eligibility
>>> a = eligibility.Applicant("1950-05-01", "female", residence="rural", spouse=eligibility.NO_SPOUSE,
...                           children=[eligibility.Child("1975-03-01", "male", alive=False)])
>>> r = eligibility.check("special-assistance", a, year=2014, jurisdiction="430602")
>>> r.eligible, r.amount, r.rate.basis
(True, Decimal('2040.00'), 'rural-death')
"""

from familyplan.eligibility._amounts import (
    CHECKED_THROUGH,
    GAPS,
    RATE_TABLES,
    Checked,
    Gap,
    LocalRates,
    NotEncoded,
    RateRow,
    rate_row,
    rate_row_on,
)
from familyplan.eligibility._applicant import (
    NO_SPOUSE,
    Applicant,
    Child,
    Document,
    Ground,
    Marriage,
    NoSpouse,
    Pregnancy,
    Residence,
    Sex,
    Spouse,
    WorkUnit,
)
from familyplan.eligibility._base import DEFAULT_POLICY, Policy, Programme, ProgrammeId
from familyplan.eligibility._childcare import (
    ChildcareClaim,
    ChildcareEntitlement,
    Relation,
    childcare_entitlement,
    months_due,
)
from familyplan.eligibility._conditions import Condition, ConditionSpec, Eligibility, Rate
from familyplan.eligibility._entitlement import Entitlement, MonthLine, entitlement
from familyplan.eligibility._processing_calendar import (
    CALENDAR_PROGRAMMES,
    CalendarEntry,
    subsidy_calendar,
)
from familyplan.eligibility._programmes import check, programme, programmes
from familyplan.eligibility._time import MONTHS_A_YEAR, Month, MonthLike, as_year
from familyplan.eligibility._verify import (
    Adoption,
    Birth,
    Death,
    Divorce,
    Event,
    EventOutcome,
    Fraud,
    Payment,
    Recovery,
    UrbanPension,
    Verification,
    verify,
)

__all__ = [
    "CALENDAR_PROGRAMMES",
    "CHECKED_THROUGH",
    "DEFAULT_POLICY",
    "GAPS",
    "MONTHS_A_YEAR",
    "NO_SPOUSE",
    "RATE_TABLES",
    "Adoption",
    "Applicant",
    "Birth",
    "CalendarEntry",
    "Checked",
    "Child",
    "ChildcareClaim",
    "ChildcareEntitlement",
    "Condition",
    "ConditionSpec",
    "Death",
    "Divorce",
    "Document",
    "Eligibility",
    "Entitlement",
    "Event",
    "EventOutcome",
    "Fraud",
    "Gap",
    "Ground",
    "LocalRates",
    "Marriage",
    "Month",
    "MonthLike",
    "MonthLine",
    "NoSpouse",
    "NotEncoded",
    "Payment",
    "Policy",
    "Pregnancy",
    "Programme",
    "ProgrammeId",
    "Rate",
    "RateRow",
    "Recovery",
    "Relation",
    "Residence",
    "Sex",
    "Spouse",
    "UrbanPension",
    "Verification",
    "WorkUnit",
    "as_year",
    "check",
    "childcare_entitlement",
    "entitlement",
    "months_due",
    "programme",
    "programmes",
    "rate_row",
    "rate_row_on",
    "subsidy_calendar",
    "verify",
]


def __getattr__(name: str) -> object:
    # moved or removed public names keep working, with a warning (issue 13/18)
    if name == "LAST_ENCODED_YEAR":
        import warnings

        warnings.warn(
            "familyplan.eligibility.LAST_ENCODED_YEAR is deprecated: amounts now run until "
            "replaced; see Programme.encoded_until and Programme.checked_through",
            DeprecationWarning,
            stacklevel=2,
        )
        return _LAST_ENCODED_YEAR_OLD
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_LAST_ENCODED_YEAR_OLD = 2016  # the value before issue 18 (deprecated shim only)
