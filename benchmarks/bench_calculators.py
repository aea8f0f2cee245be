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
import importlib.util
import io
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from familyplan import deadlines, eligibility, penalties, statutes

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


def distinct_register(n: int, seed: int = 17) -> str:
    """``n`` rows, every one drawn afresh by ``examples/make_cases.py``'s own
    generators (same kinds in the same proportions as the bundled register,
    recorded figures worked out there without the library; no planted errors),
    so no reading, rule or explanation can be reused from an identical row.
    Needs ``chinesecalendar`` (the ``dev`` extra) for the deadline rows."""
    spec = importlib.util.spec_from_file_location(
        "make_cases", HERE.parent / "examples" / "make_cases.py"
    )
    assert spec is not None
    assert spec.loader is not None
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    rng = random.Random(seed)
    kinds = [make.late_fee_row] * 100 + [make.shandong_levy_row] * 60 + [make.hunan_levy_row] * 60
    kinds += [make.subsidy_row] * 80 + [make.deadline_row] * 40
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=make.COLUMNS, lineterminator="\n")
    w.writeheader()
    for i in range(n):
        row = kinds[i % len(kinds)](rng, i)
        w.writerow({c: row.get(c, "") for c in make.COLUMNS})
    return out.getvalue()


_AUDIT_ONCE = """
import io, sys, time, tracemalloc
t = time.perf_counter()
from familyplan import cli, deadlines, eligibility, penalties  # what the audit imports,
import familyplan._audit, familyplan.batch  # before the clock starts (numpy included)
imports = time.perf_counter() - t
path, traced = sys.argv[1], sys.argv[2] == "1"
if traced:
    tracemalloc.start()
report = io.StringIO()
t0, c0 = time.perf_counter(), time.process_time()
cli.main(["audit", path, "--exit-zero"], stdout=report)
wall, cpu = time.perf_counter() - t0, time.process_time() - c0
peak = tracemalloc.get_traced_memory()[1] if traced else 0
print(wall, cpu, peak, imports, report.getvalue().split("\\n", 1)[0])
"""


def audit_throughput(
    n: int, *, distinct: bool = False, runs: int = 3
) -> tuple[float, float, float, int, float]:
    """``familyplan audit FILE --exit-zero`` (the README's command) on ``n`` rows,
    each run in a fresh process as a user runs it: reading the file, decoding,
    checking the register, recomputing every row and writing the report, with
    every cache empty. The imports are done before the clock starts and
    reported apart. Returns the median of ``runs`` of rows a second (wall clock,
    and per CPU second of the process: on a shared machine the steadier
    figure), the peak traced MiB (a further run under ``tracemalloc``, which
    slows Python down), the findings and the import time in seconds.

    The register is :func:`register` (the bundled one, cycled: the issue's
    measure) or, with ``distinct``, :func:`distinct_register`."""
    env = dict(os.environ, PYTHONPATH=str(HERE.parent / "src"))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "register.csv"
        path.write_text(distinct_register(n) if distinct else register(n), encoding="utf-8")

        def once(traced: bool) -> list[str]:
            argv = [sys.executable, "-c", _AUDIT_ONCE, str(path), "1" if traced else "0"]
            done = subprocess.run(argv, env=env, capture_output=True, text=True, check=True)
            return done.stdout.split(" ", 4)

        measured = [once(False) for _ in range(runs)]
        peak = float(once(True)[2])
    wall = statistics.median(float(m[0]) for m in measured)
    cpu = statistics.median(float(m[1]) for m in measured)
    imports = statistics.median(float(m[3]) for m in measured)
    head = measured[0][4]  # "N rows: A ok, B discrepancies, …"
    found = n - int(head.split(": ", 1)[1].split(" ok", 1)[0])
    return n / wall, n / cpu, peak / 2**20, found, imports


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
    print()
    for distinct, what in ((False, "the bundled register cycled"), (True, "distinct rows")):
        rate, cpu_rate, peak, found, imports = audit_throughput(args.rows, distinct=distinct)
        print(
            f"audit of {args.rows:,} rows ({what}), a fresh process each run, median of 3: "
            f"{rate:,.0f} rows/s ({cpu_rate:,.0f} rows per CPU second), peak traced memory "
            f"{peak:,.1f} MiB, {found:,} findings; imports before it {imports:.2f} s"
        )
    csv.field_size_limit(sys.maxsize)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
