"""Batch late fees = ``penalties.late_fee``, row by row, to the fen.

Hypothesis draws registers with every boundary (month ends, 29 February, the
2012 cap date: as_of 2011-12-31 vs 2012-01-01, the first and last day the rate
article is in force, as_of on or before the due day, fees that round half up,
caps after 500 months); payments go through the scalar function per case.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from familyplan import batch
from familyplan.batch._late_fee import completed_months as vec_months
from familyplan.errors import FamilyPlanError, InvalidInput
from familyplan.penalties import LateFeePolicy, completed_months, late_fee
from familyplan.penalties._late_fee import month_end

D = dt.date
EPOCH = D(1970, 1, 1)
RATE = "levy-measures art. 8"
CAP = "administrative-coercion-law art. 45 para. 2"


def days(values: list[dt.date]) -> np.ndarray:
    return np.array(values, dtype="datetime64[D]")


def yuan(fen: int) -> Decimal:
    return Decimal(fen).scaleb(-2)


def scalar_row(
    principal_fen: int, due: dt.date, as_of: dt.date, payments: list[Any] | None = None
) -> dict[str, Any]:
    try:
        r = late_fee(yuan(principal_fen), due_on=due, as_of=as_of, payments=payments or ())
    except (FamilyPlanError, OverflowError) as e:
        return {"error": str(e)}
    cites = {(c.statute_id, c.article, c.paragraph) for c in r.citations}
    assert ("levy-measures", 8, None) in cites
    if r.capped:
        assert ("administrative-coercion-law", 45, 2) in cites
    return {
        "months": r.months,
        "capped": r.capped,
        "amount_fen": int(r.amount * 100),
        "citation": RATE + (f"; {CAP}" if r.capped else ""),
        "error": "",
    }


def batch_row(out: Any, i: int) -> dict[str, Any]:
    if hasattr(out, "to_pydict"):
        out = out.to_pydict()
    get = (lambda k: out[k].iloc[i]) if hasattr(out["error"], "iloc") else (lambda k: out[k][i])
    if get("error"):
        assert int(get("amount_fen")) == 0
        assert int(get("months")) == 0
        assert not bool(get("capped"))
        assert get("citation") == ""
        return {"error": get("error")}
    return {
        "months": int(get("months")),
        "capped": bool(get("capped")),
        "amount_fen": int(get("amount_fen")),
        "citation": get("citation"),
        "error": "",
    }


def compare(out: Any, rows: list[tuple[int, dt.date, dt.date]], pays: Any = None) -> None:
    for i, (p, due, as_of) in enumerate(rows):
        want = scalar_row(p, due, as_of, None if pays is None else pays.get(i))
        got = batch_row(out, i)
        if want["error"]:
            assert got["error"], (i, p, due, as_of, want)
        else:
            assert got == want, (i, p, due, as_of)


# -- the months, alone ---------------------------------------------------------------------

dates = st.one_of(
    st.dates(D(1995, 1, 1), D(2075, 12, 31)),
    st.builds(
        lambda y, m: month_end(D(y, m, 1), 1) - dt.timedelta(days=1),  # a month's last day
        st.integers(1995, 2075),
        st.integers(1, 12),
    ),
    st.sampled_from([D(2011, 12, 31), D(2012, 1, 1), D(2016, 2, 29), D(2013, 1, 31)]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(dates, dates), min_size=1, max_size=50))
@example([(D(2013, 1, 31), D(2013, 2, 28)), (D(2016, 1, 31), D(2016, 2, 28))])
@example([(D(2190, 1, 31), D(2210, 2, 28)), (D(1899, 12, 31), D(1900, 2, 28))])  # off the table
def test_completed_months_match(pairs: list[tuple[dt.date, dt.date]]) -> None:
    due = days([a for a, _ in pairs]).view(np.int64)
    as_of = days([b for _, b in pairs]).view(np.int64)
    got = vec_months(due, as_of).tolist()
    assert got == [completed_months(a, b) for a, b in pairs]


# -- registers -----------------------------------------------------------------------------

due_days = st.one_of(
    st.dates(D(2002, 8, 31), D(2021, 9, 7)),  # first day of default within the rate's span
    st.builds(
        lambda y, m: month_end(D(y, m, 1), 1) - dt.timedelta(days=1),
        st.integers(2003, 2020),
        st.integers(1, 12),
    ),
    st.sampled_from([D(2002, 8, 31), D(2021, 9, 7), D(2002, 8, 30), D(2021, 9, 8), D(2016, 1, 31)]),
)
principals = st.one_of(
    st.integers(1, 10**12),
    st.integers(1, 1000),
    st.sampled_from([1, 100, 33333, 250, 10_000_000, 10**12, 9 * 10**15, 10**17]),
)


@st.composite
def rows(draw: st.DrawFn) -> tuple[int, dt.date, dt.date]:
    due = draw(due_days)
    kind = draw(st.integers(0, 4))
    if kind == 0:
        as_of = draw(st.sampled_from([D(2011, 12, 31), D(2012, 1, 1)]))
    elif kind == 1:
        as_of = month_end(due, draw(st.integers(0, 700))) + dt.timedelta(
            days=draw(st.integers(-2, 2))
        )
    elif kind == 2:
        as_of = due - dt.timedelta(days=draw(st.integers(0, 40)))
    else:
        as_of = draw(st.dates(due, D(2080, 12, 31)))
    return draw(principals), due, as_of


@settings(max_examples=200, deadline=None)
@given(st.lists(rows(), min_size=1, max_size=40), st.booleans())
@example(
    [
        (10_000_000, D(2013, 1, 31), D(2014, 1, 31)),  # the example: 2,400.00
        (100_000, D(2005, 1, 31), D(2011, 12, 31)),  # 83 months, no cap yet
        (100_000, D(2005, 1, 31), D(2012, 1, 1)),  # cap applies, not reached
        (100_000, D(2005, 1, 31), D(2046, 10, 1)),  # 500 months: fee = principal, not capped
        (100_000, D(2005, 1, 31), D(2046, 10, 31)),  # 501 months: capped at the principal
        (33_333, D(2015, 5, 10), D(2015, 8, 10)),  # 1.99998 -> 2.00
        (250, D(2015, 5, 10), D(2015, 6, 10)),  # 0.005 -> 0.01 half up
    ],
    False,
)
def test_batch_equals_scalar(register: list[tuple[int, dt.date, dt.date]], as_yuan: bool) -> None:
    table: dict[str, np.ndarray] = {
        "case_id": np.arange(len(register)),
        "due_on": days([r[1] for r in register]),
        "as_of": days([r[2] for r in register]),
    }
    if as_yuan:
        table["principal"] = np.array([str(yuan(r[0])) for r in register], dtype=object)
    else:
        table["principal_fen"] = np.array([r[0] for r in register], dtype=np.int64)
    out = batch.late_fee(table, as_decimal=True)
    compare(out, register)
    assert [Decimal(a) for a in out["amount"]] == [yuan(int(f)) for f in out["amount_fen"]]


def test_worked_examples() -> None:
    reg = [
        (10_000_000, D(2013, 1, 31), D(2014, 1, 31)),
        (10_000_000, D(2013, 1, 31), D(2014, 1, 30)),
        (1_000_000, D(2016, 1, 31), D(2016, 2, 29)),
        (1_000_000, D(2016, 1, 31), D(2016, 2, 28)),
        (100_000, D(2005, 1, 31), D(2046, 10, 31)),
    ]
    out = batch.late_fee(
        {
            "principal_fen": np.array([r[0] for r in reg]),
            "due_on": days([r[1] for r in reg]),
            "as_of": days([r[2] for r in reg]),
        }
    )
    # row 5: 《社会抚养费征收管理办法》 is in force until 2021-09-08 (abolished by
    # 《国务院关于废止部分行政法规的决定》, in force 2021-09-09): by default no month ending after
    # that day is charged — Feb 2005 .. Aug 2021 = 11 + 15 x 12 + 8 = 199 months,
    # 1000 yuan x 2/1000 x 199 = 398.00 yuan, below the principal (no cap)
    assert out["amount_fen"].tolist() == [240000, 220000, 2000, 0, 39800]
    assert out["months"].tolist() == [12, 11, 1, 0, 199]
    assert out["capped"].tolist() == [False, False, False, False, False]
    assert out["citation"][4] == RATE  # the cap (行政强制法 art. 45 ¶2) is not reached
    compare(out, reg)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(100_000, 10**9),
            st.dates(D(2003, 1, 1), D(2020, 12, 31)),
            st.integers(0, 120),
            st.lists(st.tuples(st.integers(0, 3650), st.integers(1, 50_000)), max_size=3),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_payments_go_through_the_scalar_function(
    cases: list[tuple[int, dt.date, int, list[tuple[int, int]]]],
) -> None:
    reg, pay_rows, pays = [], [], {}
    for i, (p, due, months, plist) in enumerate(cases):
        as_of = month_end(due, months)
        reg.append((p, due, as_of))
        if plist:
            ps = [(due + dt.timedelta(days=d), yuan(a)) for d, a in plist]
            pays[i] = ps
            pay_rows.extend((i, d, str(a)) for d, a in ps)
    payments = {
        "case_id": np.array([r[0] for r in pay_rows], dtype=np.int64),
        "paid_on": days([r[1] for r in pay_rows]),
        "amount": np.array([r[2] for r in pay_rows], dtype=object),
    }
    table = {
        "case_id": np.arange(len(reg)),
        "principal_fen": np.array([r[0] for r in reg], dtype=np.int64),
        "due_on": days([r[1] for r in reg]),
        "as_of": days([r[2] for r in reg]),
    }
    out = batch.late_fee(table, payments=payments)
    compare(out, reg, pays)


_TWO_CASES = {
    "case_id": np.array(["A", "B"], dtype=object),
    "principal": np.array(["100000", "100000"], dtype=object),
    "due_on": np.array(["2013-01-31", "2013-01-31"], dtype=object),
    "as_of": np.array(["2014-01-31", "2014-01-31"], dtype=object),
}
_PAYMENT_A_AND_ORPHAN_Z = {
    "case_id": np.array(["A", "Z"], dtype=object),
    "paid_on": np.array(["2013-07-15", "2013-07-15"], dtype=object),
    "amount": np.array(["40000", "1"], dtype=object),
}


def test_payment_example_and_unknown_cases() -> None:
    out = batch.late_fee(_TWO_CASES, payments=_PAYMENT_A_AND_ORPHAN_Z, orphan_payments="ignore")
    assert out["amount_fen"].tolist() == [184000, 240000]  # 5 x 200 + 7 x 120; no payment
    assert out["case_id"].tolist() == ["A", "B"]


def test_orphan_payments_are_reported() -> None:
    # issue 15: a payment for a case_id not in the table was silently ignored
    with pytest.raises(InvalidInput, match="orphan_payments='ignore'") as info:
        batch.late_fee(_TWO_CASES, payments=_PAYMENT_A_AND_ORPHAN_Z)
    assert info.value.field == "payments"
    assert info.value.value == ["Z"]


def test_duplicate_case_ids_with_payments_are_reported_per_row() -> None:
    # issue 15: both rows of case A had the same 40,000 deducted
    table = {**_TWO_CASES, "case_id": np.array(["A", "A"], dtype=object)}
    pays = {k: v[:1] for k, v in _PAYMENT_A_AND_ORPHAN_Z.items()}
    out = batch.late_fee(table, payments=pays)
    errors = list(out["error"])
    assert all("case_id 'A' is on 2 rows" in e for e in errors)
    assert out["amount_fen"].tolist() == [0, 0]
    # without payments, duplicate ids are harmless: each row is its own levy
    out = batch.late_fee(table)
    assert out["amount_fen"].tolist() == [240000, 240000]


def test_a_huge_principal_is_that_rows_error() -> None:
    # issue 15: a principal of 10^17 yuan raised OverflowError and aborted the batch
    table = {**_TWO_CASES, "principal": np.array(["100000000000000000", "100000"], dtype=object)}
    out = batch.late_fee(table)
    assert "below 10^14 yuan" in out["error"][0]
    assert out["error"][1] == ""
    assert out["amount_fen"].tolist() == [0, 240000]
    fen_table = {k: v for k, v in table.items() if k != "principal"}
    fen_table["principal_fen"] = np.array([10**17, 10_000_000], dtype=np.int64)
    out = batch.late_fee(fen_table)
    assert "below 10^16 fen" in out["error"][0]


def test_malformed_rows_are_reported() -> None:
    out = batch.late_fee(
        {
            "case_id": np.arange(9),
            "principal": np.array(
                ["100000", "-5", "abc", None, "1.005", "0", "100", "100", "100"], dtype=object
            ),
            "due_on": np.array(
                [
                    "2013-01-31",
                    "2013-01-31",
                    "2013-01-31",
                    "2013-01-31",
                    "2013-01-31",
                    "2013-01-31",
                    None,
                    "2001-01-01",  # the rate article is not in force yet
                    "2013-02-30",
                ],
                dtype=object,
            ),
            "as_of": np.array(["2014-01-31"] * 9, dtype=object),
        },
        payments={
            "case_id": np.array([0, 0], dtype=np.int64),
            "paid_on": np.array(["2015-01-01", "2013-05-01"], dtype=object),  # after as_of
            "amount": np.array(["1", "1"], dtype=object),
        },
    )
    err = list(out["error"])
    assert "payments" in err[0]  # a payment after as_of: the scalar function refuses it
    assert "non-negative" in err[1]
    assert "principal" in err[2]
    assert err[3] == "principal not given"
    assert "2 decimal places" in err[4]
    assert "above zero" in err[5]
    assert err[6] == "due_on not given"
    assert "not in force" in err[7]
    assert "due_on must be" in err[8]
    assert (out["amount_fen"] == 0).all()
    assert scalar_row(100, D(2013, 1, 31), D(2014, 1, 31))["error"] == ""
    # every such row is an error for the scalar function too
    for p, due in [(-500, D(2013, 1, 31)), (0, D(2013, 1, 31)), (100, D(2001, 1, 1))]:
        assert scalar_row(p, due, D(2014, 1, 31))["error"]


def test_float_money_and_bad_arguments_are_refused() -> None:
    base = {"due_on": days([D(2013, 1, 31)]), "as_of": days([D(2014, 1, 31)])}
    with pytest.raises(InvalidInput, match="floats are refused"):
        batch.late_fee({**base, "principal": np.array([100000.0])})
    with pytest.raises(InvalidInput, match="floats are refused"):
        batch.late_fee({**base, "principal_fen": np.array([100000.0])})
    with pytest.raises(InvalidInput):
        batch.late_fee(base)
    with pytest.raises(InvalidInput):
        batch.late_fee(
            {**base, "principal": np.array(["1"], dtype=object), "principal_fen": np.array([1])}
        )
    with pytest.raises(InvalidInput):
        batch.late_fee({**base, "principal_fen": np.array([1])}, policy="started")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        batch.late_fee(
            {**base, "principal_fen": np.array([1])},
            payments={"case_id": np.array([1]), "paid_on": days([D(2013, 5, 1)])},
        )


def test_a_float_inside_an_object_fen_column_is_a_row_error() -> None:
    """A whole-valued float (100000.0) in an object column of fen is refused on
    its row, like a float column is refused whole: fen are never read from floats."""
    out = batch.late_fee(
        {
            "principal_fen": np.array([10_000_000, 10_000_000.0], dtype=object),
            "due_on": days([D(2013, 1, 31)] * 2),
            "as_of": days([D(2014, 1, 31)] * 2),
        }
    )
    assert out["error"][0] == ""
    assert out["amount_fen"][0] == 240_000  # 100,000 yuan x 2/1000 x 12 months
    assert "principal_fen" in out["error"][1]


def test_timestamps_at_midnight_only() -> None:
    out = batch.late_fee(
        {
            "principal_fen": np.array([10_000_000, 10_000_000]),
            "due_on": np.array(["2013-01-31T00:00", "2013-01-31T12:00"], dtype="datetime64[s]"),
            "as_of": days([D(2014, 1, 31), D(2014, 1, 31)]),
        }
    )
    assert out["amount_fen"].tolist() == [240000, 0]
    assert "due_on must be" in out["error"][1]


def test_non_default_policy_uses_the_scalar_function() -> None:
    pol = LateFeePolicy(months="started")
    out = batch.late_fee(
        {
            "principal": np.array(["100000"], dtype=object),
            "due_on": days([D(2013, 1, 31)]),
            "as_of": days([D(2014, 2, 1)]),
        },
        policy=pol,
    )
    assert out["amount_fen"].tolist() == [260000]


def test_pandas_and_arrow() -> None:
    pd = pytest.importorskip("pandas")
    pa = pytest.importorskip("pyarrow")
    reg = [
        (10_000_000, D(2013, 1, 31), D(2014, 1, 31)),
        (123_457, D(2011, 3, 31), D(2011, 12, 31)),
        (123_457, D(2011, 3, 31), D(2012, 1, 1)),
    ]
    df = pd.DataFrame(
        {
            "case_id": ["a", "b", "c"],
            "principal": [str(yuan(r[0])) for r in reg],
            "due_on": pd.to_datetime([r[1] for r in reg]),
            "as_of": [r[2] for r in reg],
        },
        index=[7, 8, 9],
    )
    out = batch.late_fee(df)
    assert list(out.index) == [7, 8, 9]
    compare(out, reg)
    tbl = pa.table(
        {
            "case_id": ["a", "b", "c"],
            "principal_fen": pa.array([r[0] for r in reg], type=pa.int64()),
            "due_on": pa.array([r[1] for r in reg], type=pa.date32()),
            "as_of": pa.array([r[2] for r in reg], type=pa.date32()),
        }
    )
    out_pa = batch.late_fee(tbl)
    assert isinstance(out_pa, pa.Table)
    compare(out_pa, reg)
    with_null = pa.table(
        {
            "principal_fen": pa.array([100, None], type=pa.int64()),
            "due_on": pa.array([D(2013, 1, 31), None], type=pa.date32()),
            "as_of": pa.array([D(2014, 1, 31)] * 2, type=pa.date32()),
        }
    )
    assert batch.late_fee(with_null).column("error").to_pylist() == ["", "principal_fen not given"]


def test_chunks_join_exactly(monkeypatch: pytest.MonkeyPatch) -> None:
    """Registers larger than a chunk: the same rows, errors and payments, in order."""
    from familyplan.batch import _table

    reg = [
        (10_000 + 37 * i, D(2004 + i % 15, 1 + i % 12, 28), D(2010 + i % 20, 12, 31))
        for i in range(50)
    ]
    table = {
        "case_id": np.arange(50),
        "principal_fen": np.array([-1 if i % 9 == 0 else r[0] for i, r in enumerate(reg)]),
        "due_on": days([r[1] for r in reg]),
        "as_of": days([r[2] for r in reg]),
    }
    payments = {
        "case_id": np.array([3, 20, 41]),
        "paid_on": days([D(2010, 1, 1)] * 3),
        "amount": np.array(["1", "2", "3"], dtype=object),
    }
    whole = batch.late_fee(table, payments=payments)
    monkeypatch.setattr(_table, "CHUNK_ROWS", 7)
    parts = batch.late_fee(table, payments=payments)
    for k in whole:
        assert list(whole[k]) == list(parts[k]), k
    assert list(parts["case_id"]) == list(range(50))
    for i, r in enumerate(reg):
        pays = [(D(2010, 1, 1), Decimal({3: 1, 20: 2, 41: 3}[i]))] if i in (3, 20, 41) else None
        want = scalar_row(-100 if i % 9 == 0 else r[0], r[1], r[2], pays)
        got = batch_row(parts, i)
        assert bool(want["error"]) == bool(got["error"])
        if not want["error"]:
            assert got == want
