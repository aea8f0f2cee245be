"""Deadlines: the working-day calendar, period arithmetic, procedural time
limits, service dates and case timelines.

The 岳阳楼区 subsidy processing calendar (``subsidy_calendar``,
``CalendarEntry``, ``PROGRAMMES``) moved to :mod:`familyplan.eligibility`
(``eligibility.subsidy_calendar``, ``eligibility.CalendarEntry``,
``eligibility.CALENDAR_PROGRAMMES``); the old names here still work and warn
(``DeprecationWarning``) until 0.3.

>>> import datetime
>>> from familyplan import deadlines
>>> deadlines.add_working_days(datetime.date(2013, 9, 23), 5)
datetime.date(2013, 9, 29)
"""

import warnings as _warnings

from familyplan.deadlines._calendar import (
    FIRST_YEAR,
    LAST_PUBLISHED_YEAR,
    ChinaCalendar,
    ProvisionalDate,
    WorkdayCalendar,
    default_calendar,
    is_provisional,
)
from familyplan.deadlines._periods import (
    add_calendar_days,
    add_months,
    add_working_days,
    is_working_day,
    next_working_day,
    roll_forward,
    working_days_between,
)
from familyplan.deadlines._service import METHODS, ServiceDate, service_effective_on
from familyplan.deadlines._steps import STEPS, Deadline, StepInfo, deadline, steps
from familyplan.deadlines._timeline import Timeline, case_timeline

__all__ = [
    "FIRST_YEAR",
    "LAST_PUBLISHED_YEAR",
    "METHODS",
    "STEPS",
    "ChinaCalendar",
    "Deadline",
    "ProvisionalDate",
    "ServiceDate",
    "StepInfo",
    "Timeline",
    "WorkdayCalendar",
    "add_calendar_days",
    "add_months",
    "add_working_days",
    "case_timeline",
    "deadline",
    "default_calendar",
    "is_provisional",
    "is_working_day",
    "next_working_day",
    "roll_forward",
    "service_effective_on",
    "steps",
    "working_days_between",
]

# name here → its new home in familyplan.eligibility (deprecated since 0.2, removed in 0.3)
_MOVED = {
    "subsidy_calendar": "subsidy_calendar",
    "CalendarEntry": "CalendarEntry",
    "PROGRAMMES": "CALENDAR_PROGRAMMES",
}


def __getattr__(name: str) -> object:
    if name in _MOVED:
        from familyplan import eligibility

        new = _MOVED[name]
        _warnings.warn(
            f"familyplan.deadlines.{name} moved to familyplan.eligibility.{new} "
            "(deprecated since 0.2, removed in 0.3)",
            DeprecationWarning,
            stacklevel=2,
        )
        return getattr(eligibility, new)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
