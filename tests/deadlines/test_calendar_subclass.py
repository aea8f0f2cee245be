"""A caller's subclass of ChinaCalendar (a local rest day, say) is asked day by
day: the index of the State Council's working days is used only for the
library's own calendar."""

from __future__ import annotations

import datetime as dt

from familyplan import deadlines

LOCAL_REST = dt.date(2013, 9, 25)  # a Wednesday, made a rest day by the caller


class LocalCalendar(deadlines.ChinaCalendar):
    def is_workday(self, day: dt.date) -> bool:
        return day != LOCAL_REST and super().is_workday(day)


def test_add_working_days_asks_the_subclass() -> None:
    # 国办发明电〔2013〕2号: Sunday 29 Sept. 2013 a make-up working day, 1–7 Oct. rest.
    # From Mon 23 Sept.: 24, 26, 27, 29 (make-up), 30 are the five working days once
    # the 25th is a rest day; the library's own calendar gives 24–27, 29: the 29th.
    assert deadlines.add_working_days(dt.date(2013, 9, 23), 5) == dt.date(2013, 9, 29)
    got = deadlines.add_working_days(dt.date(2013, 9, 23), 5, calendar=LocalCalendar())
    assert got == dt.date(2013, 9, 30)


def test_working_days_between_asks_the_subclass() -> None:
    start, end = dt.date(2013, 9, 23), dt.date(2013, 9, 29)
    assert deadlines.working_days_between(start, end) == 5
    assert deadlines.working_days_between(start, end, calendar=LocalCalendar()) == 4


def test_roll_forward_asks_the_subclass() -> None:
    assert deadlines.roll_forward(LOCAL_REST) == LOCAL_REST
    assert deadlines.roll_forward(LOCAL_REST, calendar=LocalCalendar()) == dt.date(2013, 9, 26)
