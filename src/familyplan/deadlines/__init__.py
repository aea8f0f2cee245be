"""Deadlines: the working-day calendar, period arithmetic, procedural time
limits, service dates and case timelines.

>>> import datetime
>>> from familyplan import deadlines
>>> deadlines.add_working_days(datetime.date(2013, 9, 23), 5)
datetime.date(2013, 9, 29)
"""

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
from familyplan.deadlines._steps import (
    METHODS,
    PROGRAMMES,
    STEPS,
    CalendarEntry,
    Deadline,
    ServiceDate,
    StepInfo,
    Timeline,
    case_timeline,
    deadline,
    service_effective_on,
    steps,
    subsidy_calendar,
)

__all__ = [
    "FIRST_YEAR",
    "LAST_PUBLISHED_YEAR",
    "METHODS",
    "PROGRAMMES",
    "STEPS",
    "CalendarEntry",
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
    "subsidy_calendar",
    "working_days_between",
]
