"""The batch fast paths give the slow paths' answers, column for column.

``rural_reward`` and ``late_fee`` compute a chunk of plain columns (``datetime64[D]``,
integer counts and fen, bool, label codes) by a fast path, and any other chunk
by the general (slow) path, which the other tests check against the scalar
calculators row by row. Here hypothesis draws plain registers — with the
thresholds, nulls, absent columns, counts past every threshold and malformed
rows that send a chunk to the slow path — and every output column of the
fast path (codes, categories and dtypes) must equal the slow path's. Small
chunks mix fast and slow chunks in one call.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from familyplan import batch
from familyplan.batch import _eligibility, _late_fee, _table

D = dt.date
DAY = np.dtype("datetime64[D]")


def _day(d: dt.date) -> int:
    return (d - D(1970, 1, 1)).days


def assert_same(fast: dict[str, Any], slow: dict[str, Any]) -> None:
    assert list(fast) == list(slow)
    for k in fast:
        a, b = fast[k], slow[k]
        if isinstance(a, batch.Labels):
            assert a.categories == b.categories, k
            assert a.codes.dtype == b.codes.dtype, k
            assert a.codes.tolist() == b.codes.tolist(), k
        else:
            assert a.dtype == b.dtype, k
            assert a.tolist() == b.tolist(), k


def both(monkeypatch: pytest.MonkeyPatch, fn: Any, cls: Any, table: Any, **kw: Any) -> list[bool]:
    """Run ``fn`` with its fast path and without; the same columns. Returns
    which chunks the fast path took."""
    taken: list[bool] = []
    call = cls.__call__

    def spy(self: Any, *args: Any) -> bool:
        ok: bool = call(self, *args)
        taken.append(ok)
        return ok

    with monkeypatch.context() as m:
        m.setattr(cls, "__call__", spy)
        fast = fn(table, **kw)
    with monkeypatch.context() as m:
        m.setattr(cls, "__call__", lambda self, *args: False)
        slow = fn(table, **kw)
    assert_same(fast, slow)
    return taken


# -- rural reward ------------------------------------------------------------------------

BORN = [D(1933, 1, 1), D(1932, 12, 31), D(1952, 12, 31), D(1953, 1, 1), D(1960, 6, 1)]
RES = ("rural", "urban")


@st.composite
def people(draw: st.DrawFn) -> dict[str, Any]:
    n = draw(st.integers(1, 40))
    born = draw(
        st.lists(
            st.sampled_from(BORN) | st.dates(D(1925, 1, 1), D(1975, 1, 1)), min_size=n, max_size=n
        )
    )
    # now and then counts past any threshold (1000: the largest accepted)
    big = draw(st.integers(0, 5)) == 0
    counts = st.integers(0, 4) | st.sampled_from([5, 1000]) if big else st.integers(0, 5)

    def col(values: st.SearchStrategy[Any]) -> list[Any]:
        return draw(st.lists(values, min_size=n, max_size=n))

    table: dict[str, Any] = {
        "born_on": np.array(born, dtype=DAY),
        "sex": batch.Labels(np.array(col(st.integers(0, 1)), dtype=np.int8), ("male", "female")),
    }
    if draw(st.booleans()):
        table["residence"] = batch.Labels(np.array(col(st.integers(-1, 1)), dtype=np.int8), RES)
    has = np.array(col(st.booleans()))
    if draw(st.booleans()):
        table["has_spouse"] = has
    if draw(st.booleans()):
        # mostly consistent with has_spouse; now and then a spouse fact without a spouse
        sp = np.array(col(st.integers(-1, 1)), dtype=np.int8)
        if draw(st.integers(0, 3)):
            sp = np.where(has, sp, -1).astype(np.int8)
        table["spouse_residence"] = batch.Labels(sp, RES)
    if draw(st.booleans()):
        table["violating_births"] = np.array(col(counts), dtype=np.int64)
    parts = {}
    for name in ("sons_alive", "daughters_alive", "children_alive_sex_unknown", "children_dead"):
        if draw(st.booleans()):
            parts[name] = np.array(
                col(counts), dtype=draw(st.sampled_from([np.int64, np.int32, np.uint16]))
            )
    listed = sum((v.astype(np.int64) for v in parts.values()), np.zeros(n, dtype=np.int64))
    extra = np.array(col(st.integers(0, 3)), dtype=np.int64)
    if draw(st.integers(0, 4)) == 0:
        extra -= np.array(col(st.integers(0, 1)), dtype=np.int64)  # counts that do not add up
    table.update(parts)
    table["children"] = listed + extra
    if draw(st.integers(0, 5)) == 0:
        table["child_disability_grade"] = np.array(col(st.integers(1, 10)), dtype=np.int64)
    return table


@given(people(), st.sampled_from([2004, 2012, 2016]), st.sampled_from([3, 16, 1 << 16]))
@settings(max_examples=60, deadline=None)
def test_rural_reward_fast_equals_slow(table: dict[str, Any], year: int, chunk: int) -> None:
    with pytest.MonkeyPatch.context() as m:
        m.setattr(_table, "CHUNK_ROWS", chunk)
        both(m, batch.rural_reward, _eligibility._RuralFast, table, year=year, as_decimal=True)


def test_rural_reward_plain_register_takes_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(7)
    n = 5000
    kids = rng.integers(0, 4, n)
    sons = rng.binomial(kids, 0.5)
    table = {
        "born_on": (np.datetime64("1930-01-01") + rng.integers(0, 40 * 365, n)).astype(DAY),
        "sex": np.where(rng.random(n) < 0.5, "male", "female"),
        "residence": batch.Labels(rng.integers(-1, 2, n).astype(np.int8), RES),
        "has_spouse": rng.random(n) < 0.7,
        "violating_births": rng.integers(0, 2, n),
        "children": kids,
        "sons_alive": sons,
        "daughters_alive": kids - sons,
    }
    assert all(both(monkeypatch, batch.rural_reward, _eligibility._RuralFast, table, year=2012))
    # a malformed row sends its chunk (only) to the slow path, which says why
    table["sons_alive"] = sons + (np.arange(n) == 4321)
    monkeypatch.setattr(_table, "CHUNK_ROWS", 1000)
    taken = both(monkeypatch, batch.rural_reward, _eligibility._RuralFast, table, year=2012)
    assert taken == [True, True, True, True, False]
    out = batch.rural_reward(table, year=2012)
    assert out["status"][4321] == "error"
    assert "exceed children" in out["error"][4321]


# -- late fee ----------------------------------------------------------------------------

CAP_DAY = D(2012, 1, 1)
FIRST, LAST = D(2002, 9, 1), D(2021, 9, 8)  # around the span of levy-measures art. 8
DUES = [D(2002, 8, 31), D(2002, 9, 1), D(2002, 8, 30), LAST, D(2021, 9, 9), D(2011, 1, 31)]
AS_OF = [D(2011, 12, 31), CAP_DAY, D(2021, 9, 10), D(2300, 1, 1), D(1969, 12, 31)]


@st.composite
def cases(draw: st.DrawFn) -> dict[str, Any]:
    n = draw(st.integers(1, 40))
    limit = _late_fee._EXACT_LIMIT
    if draw(st.integers(0, 3)) == 0:  # rows the fast path leaves to the slow path, and edges
        due = st.sampled_from(DUES) | st.dates(D(2002, 1, 1), D(2022, 1, 1))
        as_of = st.sampled_from(AS_OF) | st.dates(D(2002, 1, 1), D(2045, 1, 1))
        fen = st.integers(1, 10**9) | st.sampled_from([0, -5, limit, limit + 1])
    else:
        due = st.sampled_from([D(2002, 8, 31), FIRST, LAST, D(2011, 1, 31)]) | st.dates(FIRST, LAST)
        as_of = st.sampled_from(AS_OF[:4]) | st.dates(D(2002, 1, 1), D(2045, 1, 1))
        fen = st.integers(1, 10**9) | st.sampled_from([1, limit])

    def col(values: st.SearchStrategy[Any]) -> list[Any]:
        return draw(st.lists(values, min_size=n, max_size=n))

    d = np.array(col(due), dtype=DAY)
    a = np.array(col(as_of), dtype=DAY)
    if draw(st.integers(0, 7)) == 0:
        a[draw(st.integers(0, n - 1))] = np.datetime64("NaT")
    return {
        "case_id": np.arange(n),
        "principal_fen": np.array(col(fen), dtype=np.int64),
        "due_on": d,
        "as_of": a,
    }


@given(cases(), st.sampled_from([3, 16, 1 << 16]))
@settings(max_examples=60, deadline=None)
def test_late_fee_fast_equals_slow(table: dict[str, Any], chunk: int) -> None:
    with pytest.MonkeyPatch.context() as m:
        m.setattr(_table, "CHUNK_ROWS", chunk)
        both(m, batch.late_fee, _late_fee._LateFeeFast, table, as_decimal=True)


@given(cases())
@settings(max_examples=40, deadline=None)
def test_late_fee_fast_caps_like_the_slow_path(table: dict[str, Any]) -> None:
    # Not the law: a made-up rate of 1/10 a month, so that the cap (10 months) bites
    # inside the rate article's span; fast and slow read the same module figures.
    with pytest.MonkeyPatch.context() as m:
        m.setattr(_late_fee, "_RATE_DEN", 10)
        m.setattr(_late_fee, "_CAP_MONTHS", 10)
        m.setattr(_late_fee, "_FEE_ADD", 5)
        m.setattr(_late_fee, "_FEE_DIV", 10)
        both(m, batch.late_fee, _late_fee._LateFeeFast, table)


def test_late_fee_plain_register_takes_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(8)
    n = 3000
    due = (np.datetime64("2002-09-01") + rng.integers(0, 6600, n)).astype(DAY)
    table = {
        "principal_fen": rng.integers(10_000, 30_000_000, n),
        "due_on": due,
        "as_of": due + rng.integers(-30, 7300, n),
    }
    assert all(both(monkeypatch, batch.late_fee, _late_fee._LateFeeFast, table))
    monkeypatch.setattr(_table, "CHUNK_ROWS", 1000)
    table["principal_fen"][2500] = 0
    taken = both(monkeypatch, batch.late_fee, _late_fee._LateFeeFast, table)
    assert taken == [True, True, False]
    assert batch.late_fee(table)["error"][2500] == "principal must be an amount above zero"


# -- pandas and Arrow tables take the fast paths too ---------------------------------------


def _people(n: int) -> dict[str, Any]:
    rng = np.random.default_rng(9)
    kids = rng.integers(0, 4, n)
    sons = rng.binomial(kids, 0.5)
    return {
        "born_on": (np.datetime64("1930-01-01") + rng.integers(0, 40 * 365, n)).astype(DAY),
        "sex": np.where(rng.random(n) < 0.5, "male", "female"),
        "has_spouse": rng.random(n) < 0.7,
        "violating_births": rng.integers(0, 2, n),
        "children": kids,
        "sons_alive": sons,
        "daughters_alive": kids - sons,
    }


def _cases(n: int) -> dict[str, Any]:
    rng = np.random.default_rng(10)
    due = (np.datetime64("2002-09-01") + rng.integers(0, 6600, n)).astype(DAY)
    return {
        "principal_fen": rng.integers(10_000, 30_000_000, n),
        "due_on": due,
        "as_of": due + rng.integers(-30, 7300, n),
    }


@pytest.mark.parametrize("kind", ["pandas", "arrow"])
@pytest.mark.parametrize("rule", ["rural_reward", "late_fee"])
def test_dataframes_and_arrow_tables_take_the_fast_path(
    monkeypatch: pytest.MonkeyPatch, kind: str, rule: str
) -> None:
    cols = _people(2000) if rule == "rural_reward" else _cases(2000)
    # pandas holds the dates as datetime64[s]; Arrow as date32 with a null mask
    table = pd.DataFrame(cols) if kind == "pandas" else pa.table(cols)
    fn, cls, kw = (
        (batch.rural_reward, _eligibility._RuralFast, {"year": 2012})
        if rule == "rural_reward"
        else (batch.late_fee, _late_fee._LateFeeFast, {})
    )
    taken: list[bool] = []
    call = cls.__call__

    def spy(self: Any, *args: Any) -> bool:
        ok: bool = call(self, *args)
        taken.append(ok)
        return ok

    monkeypatch.setattr(cls, "__call__", spy)
    fast = fn(table, **kw)
    assert taken == [True]
    monkeypatch.setattr(cls, "__call__", lambda self, *args: False)
    slow = fn(table, **kw)
    assert fast.equals(slow)
    amounts = fast.column("amount_fen").to_pylist() if kind == "arrow" else list(fast["amount_fen"])
    assert fn(cols, **kw)["amount_fen"].tolist() == amounts


def test_a_timestamp_not_at_midnight_goes_to_the_slow_path() -> None:
    cols = _cases(10)
    stamps = cols["as_of"].astype("datetime64[s]")
    stamps[3] += np.timedelta64(1, "s")
    out = batch.late_fee({**cols, "as_of": stamps})
    assert out["error"][3].startswith("as_of must be")
    assert (out["error"] == "").sum() == 9
