"""Issue 15 part 1: every bad input the fuzz found answered with the library's
own typed error naming the field, and the silent wrong answers refused.

Each case here failed before the fix (a bare Python exception, a leaked
``decimal.InvalidOperation``, or a wrong value returned).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from familyplan import deadlines, money
from familyplan._dates import as_date
from familyplan.cli import main
from familyplan.eligibility import Child, LocalRates
from familyplan.errors import FamilyPlanError, InvalidInput, InvalidInputs
from familyplan.penalties import (
    HeavierPolicy,
    IncomeBase,
    LateFeePayment,
    LevyCase,
    Party,
    completed_months,
    discretion_tier,
    fine_band,
    is_lighter,
    late_fee,
    report_reward,
)

HUGE = Decimal("1E+999999")
D = Decimal

BARE_EXCEPTIONS: list[tuple[str, Callable[[], object], str]] = [
    ("completed_months((), None)", lambda: completed_months((), None), "due_on"),  # type: ignore[arg-type]
    ("completed_months('', ...)", lambda: completed_months("", "2017-02-17"), "due_on"),  # type: ignore[arg-type]
    ("is_lighter((), ())", lambda: is_lighter((), ()), "a"),  # type: ignore[arg-type]
    ("is_lighter(None, ())", lambda: is_lighter(None, ()), "a"),  # type: ignore[arg-type]
    ("is_lighter(ints, strs)", lambda: is_lighter((1, 2), ("1", "2")), "b"),  # type: ignore[arg-type]
    ("discretion_tier(4, ...)", lambda: discretion_tier(4, "heavier"), "band"),  # type: ignore[arg-type]
    (
        "fine_band(rounding='fen')",
        lambda: fine_band(
            "illegal-fp-surgery",
            act_on="2016-05-01",
            jurisdiction="430602",
            rounding="fen",  # type: ignore[arg-type]
        ),
        "rounding",
    ),
    ("fen('1')", lambda: money.fen("1"), "amount"),  # type: ignore[arg-type]
    ("quantize_fen('1')", lambda: money.quantize_fen("1"), "value"),  # type: ignore[arg-type]
    ("fen(1E+999999)", lambda: money.fen(HUGE), "amount"),
    (
        "add_calendar_days(huge)",
        lambda: deadlines.add_calendar_days(dt.date(2020, 1, 1), 10**9),
        "n",
    ),
    (
        "add_working_days(huge)",
        lambda: deadlines.add_working_days(dt.date(2020, 1, 1), 10**9, allow_provisional=True),
        "n",
    ),
    (
        "add_months(huge)",
        lambda: deadlines.add_months(dt.date(2020, 1, 1), 10**9, allow_provisional=True),
        "n",
    ),
    (
        "roll_forward past 9999-12-31",
        lambda: deadlines.add_calendar_days(
            dt.date(9999, 12, 30), 1, allow_provisional=True, calendar=_NeverWorking()
        ),
        "day",
    ),
]

INVALID_OPERATION: list[tuple[str, Callable[[], object], str]] = [
    ("yuan(1E+999999)", lambda: money.yuan(HUGE), "amount"),
    ("yuan('1e400')", lambda: money.yuan("1e400"), "amount"),
    (
        "late_fee('1e400')",
        lambda: late_fee("1e400", due_on="2000-01-06", as_of="2001-01-01"),
        "principal",
    ),
    (
        "late_fee(1E+999999)",
        lambda: late_fee(HUGE, due_on="2000-01-06", as_of="2001-01-01"),
        "principal",
    ),
    (
        "fine_band(illegal_income=1E+999999)",
        lambda: fine_band(
            "illegal-fp-surgery", act_on="2016-05-01", jurisdiction="430602", illegal_income=HUGE
        ),
        "illegal_income",
    ),
    (
        "report_reward(1E+999999)",
        lambda: report_reward(HUGE, reported_on="2017-01-01", jurisdiction="430602"),
        "verified_reports",
    ),
    ("IncomeBase(1E+999999)", lambda: IncomeBase(HUGE, "1", 2016), "income_base.urban_disposable"),
    ("Party(actual_income=1e400)", lambda: Party("m", actual_income="1e400"), "actual_income"),
    ("LateFeePayment(1e400)", lambda: LateFeePayment("2013-01-01", "1e400"), "payment amount"),
    ("LocalRates(top_up=1E+999999)", lambda: LocalRates(top_up=HUGE), "rates.top_up"),
    ("HeavierPolicy(1E+999999)", lambda: HeavierPolicy(HUGE), "share"),
    ("HeavierPolicy(NaN)", lambda: HeavierPolicy(D("NaN")), "share"),
    (
        "late_fee(due_on=9999-12-31)",
        lambda: late_fee("2005", due_on="9999-12-31", as_of="9999-12-31"),
        "due_on",
    ),
]


class _NeverWorking:
    """A calendar on which no day is a working day (to reach 9999-12-31)."""

    def is_workday(self, day: dt.date) -> bool:
        return False

    def covers(self, day: dt.date) -> bool:
        return True


@pytest.mark.parametrize(("label", "call", "field"), BARE_EXCEPTIONS + INVALID_OPERATION)
def test_typed_error_naming_the_field(label: str, call: Callable[[], object], field: str) -> None:
    with pytest.raises(InvalidInput) as info:
        call()
    assert info.value.field == field, label


# -- silent wrong answers -----------------------------------------------------------------


@pytest.mark.parametrize("text", ["1,50", "1,5000", ",150", "1,,500", "1_500", "1e3", "0x10"])
def test_yuan_refuses_commas_not_grouping_three_digits(text: str) -> None:
    # '1,50' was read as 150.00: a comma is a thousands separator only between
    # groups of three digits; underscores and exponents are not amounts on a form
    with pytest.raises(InvalidInput, match="groups of three digits"):
        money.yuan(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [("1,500", "1500.00"), ("12,345,678.90", "12345678.90"), ("1，500.5", "1500.50")],
)
def test_yuan_keeps_real_thousands_separators(text: str, want: str) -> None:
    assert money.yuan(text) == D(want)


@pytest.mark.parametrize("value", ["-0", "-0.00", D("-0"), D("-0.000")])
def test_yuan_has_no_negative_zero(value: object) -> None:
    got = money.yuan(value, allow_negative=True)
    assert got == 0
    assert not got.is_signed()
    assert str(got) == "0.00"


def test_yuan_bound_is_ten_to_the_fourteen() -> None:
    assert money.yuan("99999999999999.99") == D("99999999999999.99")
    with pytest.raises(InvalidInput, match="below 10"):
        money.yuan("100000000000000")


@pytest.mark.parametrize(
    "call",
    [
        lambda: deadlines.add_months(dt.date(2020, 1, 1), 1, allow_provisional=0),
        lambda: deadlines.add_months(dt.date(2020, 1, 1), 1, roll=0),
        lambda: deadlines.add_calendar_days(dt.date(2020, 1, 1), 1, roll=1),
        lambda: deadlines.is_working_day(dt.date(2020, 1, 1), allow_provisional="yes"),
        lambda: deadlines.add_working_days(dt.date(2020, 1, 1), 1, calendar="china"),
    ],
)
def test_flags_and_calendars_are_not_guessed(call: Callable[[], object]) -> None:
    # allow_provisional=0 and roll=0 were taken as False
    with pytest.raises(InvalidInput) as info:
        call()
    assert info.value.field in {"allow_provisional", "roll", "calendar"}


def test_is_lighter_refuses_floats() -> None:
    # (1.0, 2.0) was compared as money
    with pytest.raises(InvalidInput) as info:
        is_lighter((D(1), D(2)), (1.0, 2.0))  # type: ignore[arg-type]
    assert info.value.field == "b"
    assert is_lighter((1, 2), (D(1), D(3)))  # ints are exact


def test_is_lighter_refuses_an_inverted_band() -> None:
    with pytest.raises(InvalidInput):
        is_lighter((D(5), D(1)), (D(1), D(2)))


@pytest.mark.parametrize(
    "value",
    [dt.datetime(2013, 1, 31, 12), dt.datetime(2013, 1, 31)],
)
def test_datetimes_are_refused_not_cut(value: dt.datetime) -> None:
    # the time was dropped silently
    with pytest.raises(InvalidInput):
        completed_months(value, dt.date(2014, 1, 31))
    with pytest.raises(InvalidInput):
        deadlines.is_provisional(value)


def test_pandas_timestamps_are_refused() -> None:
    pd = pytest.importorskip("pandas")
    with pytest.raises(InvalidInput):
        completed_months(pd.Timestamp("2013-01-31 08:00"), dt.date(2014, 1, 31))
    with pytest.raises(InvalidInput):
        deadlines.is_provisional(pd.Timestamp("2013-01-31"))


def test_is_provisional_still_answers_for_dates() -> None:
    assert deadlines.is_provisional(dt.date(2013, 1, 31)) is False
    late = deadlines.add_calendar_days(
        dt.date(deadlines.LAST_PUBLISHED_YEAR, 12, 20), 30, allow_provisional=True
    )
    assert deadlines.is_provisional(late) is True


@pytest.mark.parametrize(
    "text", ["2013-W01-1", "2013W011", "20130101", "2013-001", " 2013-1-31", "２０１３-０１-３１"]
)
def test_as_date_reads_only_yyyy_mm_dd(text: str) -> None:
    # "2013-W01-1" was read as 2012-12-31
    with pytest.raises(InvalidInput):
        as_date(text, "due_on")


def _levy_case(**kw: Any) -> LevyCase:
    base: dict[str, Any] = {
        "jurisdiction": "430602",
        "birth_on": "2016-03-01",
        "decided_on": "2016-06-01",
        "circumstance": "extra-child",
        "children_over_limit": 1,
        "parties": [Party("mother")],
        "income_base": IncomeBase("28838", "10993", 2015),
    }
    return LevyCase(**{**base, **kw})


def test_income_base_area_must_be_text() -> None:
    # area=b"x" was accepted, and to_dict failed later blaming a field 'value'
    with pytest.raises(InvalidInput) as info:
        IncomeBase("1", "1", 2016, area=b"x")  # type: ignore[arg-type]
    assert info.value.field == "area"


@pytest.mark.parametrize("count", [0, 21, 99999999999999999999, True, 1.0, "2"])
def test_children_over_limit_is_bounded(count: object) -> None:
    # 99999999999999999999 gave a 'lawful range' of 10044299999999999999899557.00
    with pytest.raises(InvalidInput) as info:
        _levy_case(children_over_limit=count)
    assert info.value.field == "children_over_limit"
    with pytest.raises(InvalidInput) as info:
        Party("mother", children_over_limit=count)
    assert info.value.field == "children_over_limit"


def test_children_over_limit_twenty_is_allowed() -> None:
    assert _levy_case(children_over_limit=20).children_over_limit == 20


def test_levy_case_reports_every_bad_field() -> None:
    # LevyCase stopped at the first bad field; Applicant reported all of them
    with pytest.raises(InvalidInputs) as info:
        _levy_case(birth_on="2016-13-01", circumstance="twins", heavier=0, years_early=0)
    fields = [e.field for e in info.value.exceptions]
    assert fields == ["birth_on", "circumstance", "heavier", "years_early"]


def test_party_reports_every_bad_field() -> None:
    with pytest.raises(InvalidInputs) as info:
        Party(b"m", actual_income=0.5, residence="town", occupation="pilot")  # type: ignore[arg-type]
    assert [e.field for e in info.value.exceptions] == [
        "role",
        "actual_income",
        "residence",
        "occupation",
    ]


def test_one_bad_field_is_raised_alone() -> None:
    with pytest.raises(InvalidInput) as info:
        _levy_case(heavier=1)
    assert not isinstance(info.value, InvalidInputs)
    assert str(info.value) == "heavier must be True or False, got 1"


def test_child_still_reports_every_field() -> None:
    with pytest.raises(InvalidInputs) as info:
        Child(born_on="1990-02-30", sex="m", alive=1, adopted=None, disability_grade=0)
    assert [e.field for e in info.value.exceptions] == [
        "born_on",
        "sex",
        "alive",
        "adopted",
        "disability_grade",
    ]


# -- the command line -------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["late-fee", "1e400", "--due-on", "2000-01-06", "--as-of", "2001-01-01"],
        ["late-fee", "2005", "--due-on", "9999-12-31", "--as-of", "9999-12-31"],
        ["late-fee", "1,50", "--due-on", "2000-01-06", "--as-of", "2001-01-01"],
    ],
)
def test_cli_bad_input_exits_2_naming_the_field(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "internal error" not in err
    assert any(f in err for f in ("principal", "due_on", "due-on"))


def test_errors_are_familyplan_errors() -> None:
    for _label, call, _field in BARE_EXCEPTIONS + INVALID_OPERATION:
        with pytest.raises(FamilyPlanError):
            call()
