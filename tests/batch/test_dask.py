"""The batch functions per partition on a local Dask cluster = the single-process answer."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from familyplan import batch

pd = pytest.importorskip("pandas")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")


def register(n: int) -> pd.DataFrame:
    rng = np.random.default_rng(8)
    due = np.datetime64("2003-01-31") + rng.integers(0, 6000, n).astype("timedelta64[D]")
    as_of = due + rng.integers(-60, 4000, n).astype("timedelta64[D]")
    principal = rng.integers(1, 10**9, n)
    principal[::97] = -1  # malformed rows travel too
    return pd.DataFrame(
        {
            "case_id": np.arange(n),
            "principal_fen": principal,
            "due_on": due,
            "as_of": as_of,
        }
    )


def population(n: int) -> pd.DataFrame:
    rng = np.random.default_rng(9)
    born = np.datetime64("1930-01-01") + rng.integers(0, 365 * 40, n).astype("timedelta64[D]")
    children = rng.integers(0, 3, n)
    dead = np.minimum(children, rng.integers(0, 2, n))
    return pd.DataFrame(
        {
            "born_on": born,
            "sex": rng.choice(["male", "female"], n),
            "residence": rng.choice(["rural", "urban", None], n),
            "has_spouse": rng.choice([True, False], n),
            "violating_births": rng.integers(0, 2, n),
            "children": children,
            "children_dead": dead,
            "sons_alive": children - dead,
            "child_disability_grade": pd.array(rng.integers(1, 11, n), dtype="Int64"),
        }
    )


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.filterwarnings("ignore:Port 8787 is already in use")  # another run on this machine
def test_map_partitions_on_a_local_cluster() -> None:
    df = register(5_000)
    people = population(5_000)
    payments = pd.DataFrame(
        {
            "case_id": [3, 3, 4000],
            "paid_on": [dt.date(2010, 1, 1), dt.date(2010, 6, 1), dt.date(2004, 1, 1)],
            "amount": ["1", "2.50", "3"],
        }
    )
    single_fee = batch.late_fee(df, payments=payments, as_decimal=True)
    single_rr = batch.rural_reward(people, year=2014)
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster),
    ):
        ddf = dd.from_pandas(df, npartitions=4)
        fee = ddf.map_partitions(
            batch.late_fee,
            payments=payments,
            as_decimal=True,
            orphan_payments="ignore",
            meta=single_fee.iloc[:0],
        ).compute()
        dpeople = dd.from_pandas(people, npartitions=3)
        rr = dpeople.map_partitions(
            batch.rural_reward, year=2014, meta=single_rr.iloc[:0]
        ).compute()
    pd.testing.assert_frame_equal(fee, single_fee)
    pd.testing.assert_frame_equal(rr, single_rr)
    assert (fee["error"] != "").sum() == len(range(0, 5_000, 97))


def test_empty_partition_gives_the_meta() -> None:
    df = register(10)
    empty = batch.late_fee(df.iloc[:0])
    assert list(empty.columns) == ["case_id", "months", "capped", "amount_fen", "citation", "error"]
    assert empty["amount_fen"].dtype == np.int64
