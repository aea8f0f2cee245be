"""Properties of the working-day arithmetic and the deadlines (hypothesis)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from familyplan.deadlines import (
    LAST_PUBLISHED_YEAR,
    STEPS,
    add_calendar_days,
    add_months,
    add_working_days,
    deadline,
    is_provisional,
    is_working_day,
    working_days_between,
)
from familyplan.errors import CalendarNotAvailable, InvalidInput

# starts well inside the published schedules, so that n up to 300 stays inside too
covered = st.dates(min_value=dt.date(2001, 1, 1), max_value=dt.date(2025, 6, 30))
counts = st.integers(min_value=1, max_value=300)
past = st.dates(
    min_value=dt.date(LAST_PUBLISHED_YEAR + 1, 1, 1),
    max_value=dt.date(LAST_PUBLISHED_YEAR + 5, 12, 31),
)


@given(covered, counts)
def test_lands_on_a_working_day(start: dt.date, n: int) -> None:
    assert is_working_day(add_working_days(start, n))


@given(covered, counts)
def test_strictly_increasing_in_n(start: dt.date, n: int) -> None:
    assert add_working_days(start, n) < add_working_days(start, n + 1)
    assert add_working_days(start, n) > start


@given(covered, st.integers(min_value=0, max_value=300))
def test_inverse_of_working_days_between(start: dt.date, n: int) -> None:
    assert working_days_between(start, add_working_days(start, n)) == n


@given(covered, st.integers(min_value=0, max_value=400))
def test_calendar_days_never_earlier_and_on_a_working_day(start: dt.date, n: int) -> None:
    end = add_calendar_days(start, n)
    assert end >= start + dt.timedelta(days=n)
    assert is_working_day(end)
    # the roll skips only rest days
    d = start + dt.timedelta(days=n)
    while d < end:
        assert not is_working_day(d)
        d += dt.timedelta(days=1)


@given(covered, st.integers(min_value=0, max_value=24))
def test_months_end_on_the_corresponding_day_or_month_end(start: dt.date, n: int) -> None:
    end = add_months(start, n, roll=False)
    assert (end.year * 12 + end.month) - (start.year * 12 + start.month) == n
    assert end.day == start.day or (end.day < start.day and (end + dt.timedelta(days=1)).day == 1)


@given(past, st.integers(min_value=1, max_value=30))
def test_past_the_schedules_raises_unless_provisional(start: dt.date, n: int) -> None:
    with pytest.raises(CalendarNotAvailable):
        add_working_days(start, n)
    with pytest.raises(CalendarNotAvailable):
        add_calendar_days(start, n)
    out = add_working_days(start, n, allow_provisional=True)
    assert is_provisional(out)
    assert is_provisional(add_calendar_days(start, n, allow_provisional=True))


@given(st.dates(min_value=dt.date(2025, 11, 1), max_value=dt.date(2026, 12, 31)), counts)
def test_crossing_into_the_unpublished_year(start: dt.date, n: int) -> None:
    """A result is certain, or provisional; never a silent guess without the flag."""
    try:
        out = add_working_days(start, n)
    except CalendarNotAvailable:
        out = add_working_days(start, n, allow_provisional=True)
        assert is_provisional(out)
        assert out.year > LAST_PUBLISHED_YEAR
    else:
        assert not is_provisional(out)
        assert out.year <= LAST_PUBLISHED_YEAR


@settings(max_examples=50)
@given(st.dates(min_value=dt.date(2021, 7, 15), max_value=dt.date(2026, 6, 30)))
def test_2021_hearing_request_is_five_working_days(t: dt.date) -> None:
    d = deadline("hearing-request", trigger_on=t, jurisdiction="430602")
    assert working_days_between(t, d.due_on) == 5
    assert is_working_day(d.due_on)


@settings(max_examples=50)
@given(st.dates(min_value=dt.date(2002, 9, 1), max_value=dt.date(2021, 9, 8)))
def test_levy_payment_is_thirty_days_rolled(t: dt.date) -> None:
    d = deadline("levy-payment", trigger_on=t, jurisdiction="430602")
    assert d.due_on == add_calendar_days(t, 30)


@given(st.integers(min_value=-1000, max_value=-1))
def test_negative_n_refused(n: int) -> None:
    with pytest.raises(InvalidInput) as err:
        add_working_days(dt.date(2019, 1, 1), n)
    assert err.value.field == "n"


@given(st.text(max_size=20).filter(lambda s: s not in STEPS))
def test_unknown_step_refused(step: str) -> None:
    with pytest.raises(InvalidInput) as err:
        deadline(step, trigger_on=dt.date(2019, 1, 1), jurisdiction="430602")
    assert err.value.field == "step_id"
