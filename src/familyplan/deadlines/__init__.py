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

__all__ = [
    "FIRST_YEAR",
    "LAST_PUBLISHED_YEAR",
    "ChinaCalendar",
    "ProvisionalDate",
    "WorkdayCalendar",
    "add_calendar_days",
    "add_months",
    "add_working_days",
    "default_calendar",
    "is_provisional",
    "is_working_day",
    "next_working_day",
    "roll_forward",
    "working_days_between",
]
