"""Benchmark: median time per call of each calculator, and audit throughput.

Not a test (no timing assertion anywhere in the suite). Run from a checkout:

    python benchmarks/bench_calculators.py            # calculators + audit of 100,000 rows
    python benchmarks/bench_calculators.py --rows 20000

It prints a Markdown table; docs/benchmarks.md quotes the figures with the
machine they were measured on.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import platform
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from familyplan import cli, deadlines, eligibility, penalties, statutes

HERE = Path(__file__).resolve().parent


def median_us(fn: Callable[[], object], repeat: int = 2000) -> float:
    fn()  # warm caches
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter_ns()
        fn()
        times.append(time.perf_counter_ns() - t0)
    return statistics.median(times) / 1000


def calculators() -> list[tuple[str, float]]:
    applicant = eligibility.Applicant(
        "1950-05-01", "female", residence="rural", registered_in="430602", spouse=eligibility.NO_SPOUSE,
        children=[eligibility.Child("1975-03-01", "male", alive=True)],
    )  # fmt: skip
    case = penalties.LevyCase(
        jurisdiction="430611", birth_on="2017-05-01", decided_on="2017-09-01", circumstance="extra-child",
        children_over_limit=1,
        parties=(penalties.Party("mother", "20000", "urban"), penalties.Party("father", "50000", "rural")),
        income_base=penalties.IncomeBase(urban_disposable="30000", rural_net="12000", year=2016),
    )  # fmt: skip
    # one typical eligible applicant of each other programme (tests/eligibility/_helpers.py)
    bereaved = eligibility.Applicant(
        "1950-05-01", "female", residence="rural", spouse=eligibility.NO_SPOUSE,
        children=[eligibility.Child("1975-03-01", "male", alive=False)],
    )  # fmt: skip
    parent = eligibility.Applicant(
        "1978-01-01", "female", work_unit="none", registered_in="430602",
        spouse=eligibility.Spouse("male", work_unit="none", registered_in="430602"),
        children=[eligibility.Child("2003-02-28", "male", alive=True)], certificate_issued_on="2006-03-10",
    )  # fmt: skip
    ten = eligibility.LocalRates(monthly_rate="10")
    urban = eligibility.Applicant(
        "1959-03-02", "female", residence="urban", registered_in="430602", similar_reward_elsewhere=False,
        only_child_certificate=True, work_unit="none", retired=False,
    )  # fmt: skip
    couple = eligibility.Applicant(
        "1980-01-01", "female", marriage="remarriage", married_on="2012-01-01",
        spouse=eligibility.Spouse("male", children=[eligibility.Child("2005-01-01")]),
        children=[eligibility.Child("2008-01-01")], disabled_child_appraisal=False,
    )  # fmt: skip
    pregnant = eligibility.Applicant(
        "1990-01-01", "female",
        pregnancy=eligibility.Pregnancy(20, ground="divorce", documents=["identity-card", "county-certificate", "divorce-certificate"]),
    )  # fmt: skip
    claim = eligibility.ChildcareClaim(
        "2023-08-20", chinese_national=True, lawful=True, applicant="parent", applied_on=dt.date(2025, 3, 1)
    )  # fmt: skip
    start = dt.date(2013, 9, 23)
    rows: list[tuple[str, Callable[[], object]]] = [
        ("statutes.provision", lambda: statutes.provision("levy-measures", 8, on=start)),
        ("penalties.fine_band", lambda: penalties.fine_band("illegal-fp-surgery", illegal_income="12000", act_on="2016-05-01", jurisdiction="430602")),
        ("penalties.assess_levy", lambda: penalties.assess_levy(case)),
        ("penalties.late_fee (12 months)", lambda: penalties.late_fee("100000", due_on="2013-01-31", as_of="2014-01-31")),
        ("penalties.late_fee (8 years, 1 payment)", lambda: penalties.late_fee("100000", due_on="2005-01-31", as_of="2013-01-31", payments=[("2008-01-01", "1000")])),
        ("eligibility.check rural-reward", lambda: eligibility.check("rural-reward", applicant, year=2014, jurisdiction="430602")),
        ("eligibility.check special-assistance", lambda: eligibility.check("special-assistance", bereaved, year=2014, jurisdiction="430602")),
        ("eligibility.check only-child-health-allowance", lambda: eligibility.check("only-child-health-allowance", parent, as_of="2017-01-01", jurisdiction="430602", rates=ten)),
        ("eligibility.check urban-parents-reward", lambda: eligibility.check("urban-parents-reward", urban, as_of="2015-01-01", jurisdiction="430602")),
        ("eligibility.check additional-birth", lambda: eligibility.check("additional-birth", couple, as_of="2017-01-01", jurisdiction="430602")),
        ("eligibility.check late-term-termination", lambda: eligibility.check("late-term-termination", pregnant, as_of="2017-01-01", jurisdiction="430602")),
        ("eligibility.check childcare-subsidy", lambda: eligibility.check("childcare-subsidy", claim, year=2025, jurisdiction="430602")),
        ("deadlines.add_working_days (5)", lambda: deadlines.add_working_days(start, 5)),
        ("deadlines.add_calendar_days (30)", lambda: deadlines.add_calendar_days(start, 30)),
    ]  # fmt: skip
    if hasattr(deadlines, "deadline"):
        rows.append(("deadlines.deadline levy-payment", lambda: deadlines.deadline("levy-payment", trigger_on="2019-01-10", jurisdiction="430602")))  # type: ignore[attr-defined]  # fmt: skip
        rows += [
            ("deadlines.deadline levy-payment, steps read", lambda: deadlines.deadline("levy-payment", trigger_on="2019-01-10", jurisdiction="430602").steps),
            ("deadlines.deadline hearing-request (working days)", lambda: deadlines.deadline("hearing-request", trigger_on="2022-01-28", jurisdiction="430602")),
            ("deadlines.deadline review", lambda: deadlines.deadline("review", trigger_on="2019-03-01", jurisdiction="430602")),
            ("deadlines.deadline litigation (months)", lambda: deadlines.deadline("litigation", trigger_on="2019-03-01", jurisdiction="430602")),
        ]  # fmt: skip
    return [(name, median_us(fn)) for name, fn in rows]


def register(n: int) -> str:
    """``n`` rows cycling through the bundled example register."""
    with open(HERE.parent / "examples" / "cases.csv", encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    header, body = lines[0], lines[1:]
    out = [header]
    out.extend(body[i % len(body)] for i in range(n))
    return "\n".join(out) + "\n"


def audit_throughput(n: int) -> tuple[float, float, float, int]:
    """Rows a second of ``familyplan audit FILE --exit-zero`` run in this process
    (reading the file, decoding, checking the register, recomputing every row
    and writing the report; wall clock and this process's CPU time: on a shared
    machine the CPU figure is the steadier one), peak traced MiB, findings."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "register.csv"
        path.write_text(register(n), encoding="utf-8")
        argv = ["audit", str(path), "--exit-zero"]  # the README's command
        cli.main(argv, stdout=io.StringIO())  # imports and caches warmed on the same rows
        report = io.StringIO()
        t0, c0 = time.perf_counter(), time.process_time()
        cli.main(argv, stdout=report)
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
        head = report.getvalue().split("\n", 1)[0]  # "N rows: A ok, B discrepancies, …"
        found = n - int(head.split(": ", 1)[1].split(" ok", 1)[0])
        # memory in a second pass: tracemalloc slows Python down several times
        tracemalloc.start()
        cli.main(argv, stdout=io.StringIO())
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return n / elapsed, n / cpu, peak / 2**20, found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=100_000)
    args = ap.parse_args(argv)
    print(
        f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}, {platform.system()}"
    )
    print()
    print("| calculator | median per call (µs) |")
    print("|---|---|")
    for name, us in calculators():
        print(f"| {name} | {us:,.1f} |")
    rate, cpu_rate, peak, found = audit_throughput(args.rows)
    print()
    print(
        f"audit of {args.rows:,} rows: {rate:,.0f} rows/s ({cpu_rate:,.0f} rows per CPU second), "
        f"peak traced memory {peak:,.1f} MiB, {found:,} findings"
    )
    csv.field_size_limit(sys.maxsize)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
