"""Batch results carry how current the year's amount is (issue 18: "Put that date in
every result that relies on it"), as the scalar results' ``checked_through`` do."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from familyplan import batch, eligibility

RURAL = {
    "born_on": np.array(["1950-01-01"], dtype="datetime64[D]"),
    "sex": np.array(["male"]),
    "residence": np.array(["rural"]),
    "has_spouse": np.array([False]),
    "violating_births": np.array([0]),
    "children": np.array([1]),
    "sons_alive": np.array([1]),
    "daughters_alive": np.array([0]),
}
BEREAVED = {
    "born_on": np.array(["1950-05-01"], dtype="datetime64[D]"),
    "sex": np.array(["female"]),
    "residence": np.array(["urban"]),
    "children": np.array([1]),
    "children_dead": np.array([1]),
    "sons_alive": np.array([0]),
}
CHILD = {
    "born_on": np.array(["2023-08-20"], dtype="datetime64[D]"),
    "chinese_national": np.array([True]),
    "lawful": np.array([True]),
    "applicant": np.array(["parent"]),
    "applied_on": np.array(["2026-03-01"], dtype="datetime64[D]"),
}


def _through(programme_id: str) -> dt.date:
    day = eligibility.programme(programme_id).checked_through
    assert day is not None
    return day


@pytest.mark.parametrize(
    ("fn", "table", "year", "open_ended"),
    [
        # rural-reward-2011 art. 1: 80 a month from 2012-01-01, no end -> checked-through day
        (batch.rural_reward, RURAL, 2023, True),
        # 60 a month, 2009-2011: replaced from 2012 -> no checked-through day
        (batch.rural_reward, RURAL, 2010, False),
        # special-assistance-2022 art. 1: 590 / 460 from 2022-07-01, no end
        (batch.special_assistance, BEREAVED, 2024, True),
        # special-assistance-2013: 2014-2015 -> closed
        (batch.special_assistance, BEREAVED, 2014, False),
        # childcare-subsidy-plan-2025: 3600 a year from 2025, no end
        (batch.childcare_subsidy, CHILD, 2026, True),
    ],
)
def test_every_row_carries_the_checked_through_day(
    fn: Any, table: dict[str, Any], year: int, open_ended: bool
) -> None:
    out = fn(table, year=year)
    programme_id = {
        batch.rural_reward: "rural-reward",
        batch.special_assistance: "special-assistance",
        batch.childcare_subsidy: "childcare-subsidy",
    }[fn]
    cell = out["checked_through"][0]
    if open_ended:
        assert cell == np.datetime64(_through(programme_id), "D")
    else:
        assert np.isnat(cell)


def test_every_kind_of_table_carries_it() -> None:
    day = _through("rural-reward")
    frame = batch.rural_reward(pd.DataFrame(RURAL), year=2023)
    assert frame["checked_through"].iloc[0].date() == day
    arrow = batch.rural_reward(pa.table(RURAL), year=2023)
    assert arrow.column("checked_through").to_pylist() == [day]
    closed = batch.rural_reward(pa.table(RURAL), year=2010)
    assert closed.column("checked_through").to_pylist() == [None]
