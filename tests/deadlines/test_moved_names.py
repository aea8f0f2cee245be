"""The subsidy calendar names that moved to ``familyplan.eligibility`` (0.2) warn, by name."""

from __future__ import annotations

import pytest

from familyplan import deadlines, eligibility


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("subsidy_calendar", "subsidy_calendar"),
        ("CalendarEntry", "CalendarEntry"),
        ("PROGRAMMES", "CALENDAR_PROGRAMMES"),
    ],
)
def test_a_moved_name_warns_and_gives_the_new_one(old: str, new: str) -> None:
    with pytest.warns(DeprecationWarning, match=f"familyplan.deadlines.{old} moved") as record:
        got = getattr(deadlines, old)
    assert got is getattr(eligibility, new)
    assert [str(w.message) for w in record] == [
        f"familyplan.deadlines.{old} moved to familyplan.eligibility.{new} "
        "(deprecated since 0.2, removed in 0.3)"
    ]


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError) as err:
        deadlines.no_such_name  # noqa: B018
    assert str(err.value) == "module 'familyplan.deadlines' has no attribute 'no_such_name'"
