"""A deprecation warning points at the caller's line, not inside the library
(``warnings`` shows that file and line, and ``-W error`` filters by module)."""

from __future__ import annotations

import warnings

from familyplan import deadlines, penalties


def test_hearing_on_warning_points_at_the_caller() -> None:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        deadlines.deadline(
            "hearing-notice",
            trigger_on="2019-01-10",
            jurisdiction="430602",
            hearing_on="2019-01-10",
        )
    assert [x.filename for x in w] == [__file__]


def test_lenity_string_warning_points_at_the_caller() -> None:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        penalties.fine_band(
            "illegal-fp-surgery",
            illegal_income="12000",
            act_on="2016-05-01",
            jurisdiction="430602",
            lenity="always",  # type: ignore[arg-type]
        )
    assert [x.filename for x in w] == [__file__]


def test_a_renamed_keyword_warning_points_at_the_caller() -> None:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        deadlines.working_days_between(a="2019-01-10", b="2019-01-20")  # type: ignore[call-arg]
    assert w
    assert {x.filename for x in w} == {__file__}
