"""Benchmark: rows a second and peak memory of the batch functions.

Not a test. Run from a checkout (numpy only; the tables are dicts of numpy
arrays, the fastest input kind):

    python benchmarks/bench_batch.py                 # 1,000,000 rows
    python benchmarks/bench_batch.py --rows 10000000

For each function it generates a register of ``--rows`` rows (fixed seed),
runs the function ``--repeat`` times on one core and prints a Markdown table:
the best wall time and process CPU time, rows a second, and the peak memory traced by
``tracemalloc`` during one call (numpy reports its buffers to tracemalloc),
besides the process's peak RSS (``resource.getrusage``). docs/batch.md quotes
the figures with the machine they were measured on.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import numpy as np

from familyplan import batch


def population(n: int, seed: int = 1) -> dict[str, np.ndarray]:
    """Applicants: every column of the schema, with nulls (the undetermined paths)."""
    rng = np.random.default_rng(seed)
    born = np.datetime64("1925-01-01") + rng.integers(0, 365 * 50, n).astype("timedelta64[D]")
    children = rng.integers(0, 4, n)
    dead = np.minimum(children, rng.integers(0, 2, n))
    sons = rng.integers(0, 2, n) * (children - dead)
    return {
        "born_on": born,
        "sex": np.array(["male", "female"])[rng.integers(0, 2, n)],
        "residence": np.array(["rural", "urban", ""])[rng.integers(0, 3, n)],
        "has_spouse": rng.integers(0, 2, n).astype(bool),
        "violating_births": rng.integers(0, 2, n),
        "children": children,
        "sons_alive": sons,
        "daughters_alive": children - dead - sons,
        "children_dead": dead,
        "child_disability_grade": rng.integers(1, 11, n),
    }


def register(n: int, seed: int = 2) -> dict[str, np.ndarray]:
    """Late-fee cases without payments: int fen principals, datetime64[D] dates."""
    rng = np.random.default_rng(seed)
    due = np.datetime64("2002-09-01") + rng.integers(0, 6900, n).astype("timedelta64[D]")
    return {
        "case_id": np.arange(n, dtype=np.int64),
        "principal_fen": rng.integers(1, 10**9, n),
        "due_on": due,
        "as_of": due + rng.integers(-30, 20000, n).astype("timedelta64[D]"),
    }


def levy_register(n: int, seed: int = 3) -> dict[str, np.ndarray]:
    """Levy cases of Hunan, Shandong and Hebei decided before the levy ended (2021-08-20):
    int fen amounts, datetime64[D] dates,
    fixed-width string codes; incomes not given on a third of the rows."""
    rng = np.random.default_rng(seed)
    division = np.array(["430602", "430611", "370304", "370300", "130525"])[rng.integers(0, 5, n)]
    hebei = np.char.startswith(division, "13")
    start = np.where(hebei, np.datetime64("2004-01-01"), np.datetime64("2016-04-01"))
    birth = start + rng.integers(0, 1500, n).astype("timedelta64[D]")  # decided by 2021-05
    income = rng.integers(0, 8_000_000, n)
    return {
        "jurisdiction": division,
        "birth_on": birth,
        "decided_on": birth + rng.integers(0, 365, n).astype("timedelta64[D]"),
        "circumstance": np.array(["extra-child", "bigamy-or-other-partner"])[rng.integers(0, 2, n)],
        "children_over_limit": rng.integers(1, 4, n),
        "mother_residence": np.where(
            hebei, "rural", np.array(["urban", "rural"])[rng.integers(0, 2, n)]
        ),
        "mother_income_fen": income,
        "father_residence": np.where(
            hebei, "rural", np.array(["urban", "rural", ""])[rng.integers(0, 3, n)]
        ),
        "father_income_fen": income // 2,
        "urban_base_fen": rng.integers(2_000_000, 4_000_000, n),
        "rural_base_fen": rng.integers(800_000, 1_600_000, n),
        "base_year": birth.astype("datetime64[Y]").astype(np.int64) + 1969,
    }


def measure(fn: Callable[[], Any], repeat: int) -> tuple[float, float, int]:
    """Best wall time, best process CPU time (not counting waits for a core on a
    shared machine) and the peak traced memory of one call."""
    best = cpu = float("inf")
    for _ in range(repeat):
        gc.collect()
        c0, t0 = time.process_time(), time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    gc.collect()
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return best, cpu, peak


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    n = args.rows
    people = population(n)
    cases = register(n)
    levies = levy_register(n)
    input_mb = (
        sum(a.nbytes for a in people.values()) + sum(a.nbytes for a in cases.values())
    ) / 2**20
    runs: list[tuple[str, Callable[[], Any]]] = [
        ("batch.rural_reward", lambda: batch.rural_reward(people, year=2014)),
        ("batch.special_assistance", lambda: batch.special_assistance(people, year=2014)),
        ("batch.late_fee (no payments)", lambda: batch.late_fee(cases)),
        ("batch.levy", lambda: batch.levy(levies)),
    ]
    print(
        f"{n:,} rows; CPython {platform.python_version()}, numpy {np.__version__}, "
        f"{platform.machine()}, {os.cpu_count()} cores (one used); inputs {input_mb:,.0f} MiB"
    )
    print()
    print(
        "| function | rows | best time (s) | rows a second | best CPU time (s) "
        "| rows a CPU second | peak traced memory (MiB) |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, fn in runs:
        best, cpu, peak = measure(fn, args.repeat)
        print(
            f"| {name} | {n:,} | {best:.3f} | {n / best:,.0f} | {cpu:.3f} | {n / cpu:,.0f} "
            f"| {peak / 2**20:,.0f} |"
        )
        sys.stdout.flush()
    if hasattr(os, "getloadavg"):
        print(f"load average (1 min) at the end: {os.getloadavg()[0]:.1f}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**10
    print()
    print(f"peak RSS of the process (inputs included): {rss:,.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
