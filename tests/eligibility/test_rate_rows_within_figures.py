"""A rate row's dates are rules data typed beside figure ids (issue 13): each row must lie
within the period its registry figures apply in, so a row date cannot run past the date
the statute's own figure states (e.g. 财社〔2022〕49号: 自2022年7月1日起)."""

from __future__ import annotations

import pytest

from familyplan import statutes
from familyplan.eligibility import RATE_TABLES, RateRow

ROWS = [(p, r, b) for p, rows in RATE_TABLES.items() for r in rows for b in r.figures]


@pytest.mark.parametrize(
    ("programme_id", "row", "basis"),
    ROWS,
    ids=[f"{p}-{r.applies_from}-{b}" for p, r, b in ROWS],
)
def test_row_within_its_figure(programme_id: str, row: RateRow, basis: str) -> None:
    f = statutes.figure(row.figures[basis], on=row.applies_from)
    assert f.applies_from is not None
    assert f.applies_from <= row.applies_from
    if f.applies_until is not None:
        # a figure with a known end cannot back a row that runs on
        assert row.applies_until is not None
        assert row.applies_until <= f.applies_until
    # the last day of the row is in force for the same figure
    last = row.applies_until
    if last is not None:
        assert statutes.figure(row.figures[basis], on=last).value == f.value
