"""Benchmark: familyplan's batch path beside OpenFisca-Core and plain numpy, same rows.

Not a test, and CI does not run it. Install the ``bench`` extra
(``pip install -e '.[bench]'``: openfisca-core), then from a checkout:

    python benchmarks/bench_openfisca.py                  # 1,000,000 people and cases
    python benchmarks/bench_openfisca.py --rows 100000 --repeat 3

Two rules, on one set of rows generated with a fixed seed, in one process:

* the national rural reward (农村部分计划生育家庭奖励扶助) of 2012, for
  ``--rows`` people: familyplan's ``batch.rural_reward(year=2012)``;
* the late fee (滞纳金) of 357 art. 8 (千分之二 a month) capped at the
  principal from 2012-01-01 (行政强制法 art. 45), for ``--rows`` cases without
  payments: familyplan's ``batch.late_fee``.

Three engines compute both rules:

* **familyplan** (``familyplan.batch``): exact int64 fen, every row's status,
  first failed condition, citation and error column.
* **OpenFisca-Core** with the two rules written as OpenFisca variables, in its
  **best case**: the completed months of default are handed to it
  precomputed (by familyplan's exact month count, not timed), the facts are
  booleans and ints (no enums, no string parsing), and only the two rules'
  outputs are asked for. Its time covers building the simulation, setting
  the inputs and calculating (a simulation caches what it computed, so each
  run builds a fresh one). Money is OpenFisca's ``float`` (float32).
* **plain numpy**: the same two rules written here by hand as the fastest
  exact code we know: int64 fen, calendar lookup tables for the dates,
  64 k-row chunks; it computes only eligibility, amounts, months and fees.

Each is run ``--repeat`` times and the best time kept — wall-clock time, and
the process CPU time (which does not count waiting for a core, so its ratios
hold on a shared machine). The script prints the times, the ratios, how many rows the engines disagree on (eligibility, and
late fees differing by a fen or more), and familyplan's peak traced memory
against the size of the input columns. docs/benchmarks.md quotes the output
with the machine.

Where the OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE variables are set (some
machines set them for old OpenBLAS builds), run with them unset: they slow a
current numpy down. The script prints them when set.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import platform
import time
import tracemalloc
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import numpy as np

from familyplan import batch, eligibility, penalties, statutes

CHUNK = 1 << 16
EPOCH = dt.date(1970, 1, 1)

# -- the rows ----------------------------------------------------------------------------


def people(n: int, seed: int = 17) -> dict[str, np.ndarray]:
    """Applicants with every fact given (so each engine's answer is yes or no):
    birth dates 1925-1974, codes 0 rural / 1 urban, counts of children."""
    rng = np.random.default_rng(seed)
    born = np.datetime64("1925-01-01") + rng.integers(0, 365 * 50, n).astype("timedelta64[D]")
    children = rng.choice(np.array([0, 1, 1, 1, 2, 2, 3]), n)
    dead = np.minimum(children, (rng.random(n) < 0.1).astype(np.int64))
    alive = children - dead
    sons = rng.binomial(alive, 0.5)
    return {
        "born_on": born,
        "sex": rng.integers(0, 2, n).astype(np.int8),  # 0 male, 1 female
        "residence": (rng.random(n) < 0.3).astype(np.int8),  # 0 rural, 1 urban
        "has_spouse": rng.random(n) < 0.8,
        "spouse_residence": (rng.random(n) < 0.2).astype(np.int8),
        "violating_births": (rng.random(n) < 0.1).astype(np.int64),
        "children": children.astype(np.int64),
        "sons_alive": sons.astype(np.int64),
        "daughters_alive": (alive - sons).astype(np.int64),
        "children_dead": dead.astype(np.int64),
    }


def cases(n: int, seed: int = 18) -> dict[str, np.ndarray]:
    """Late-fee cases without payments: principals of 100 to 300,000 yuan in
    int fen, due 2002-2020, assessed from a month before to 20 years after."""
    rng = np.random.default_rng(seed)
    due = np.datetime64("2002-09-01") + rng.integers(0, 6600, n).astype("timedelta64[D]")
    return {
        "case_id": np.arange(n, dtype=np.int64),
        "principal_fen": rng.integers(10_000, 30_000_000, n).astype(np.int64),
        "due_on": due,
        "as_of": due + rng.integers(-30, 7300, n).astype("timedelta64[D]"),
    }


_SEX = ("male", "female")
_RES = ("rural", "urban")


def familyplan_people(p: dict[str, np.ndarray]) -> dict[str, Any]:
    """The people as familyplan reads them: label columns as codes with their labels."""
    out: dict[str, Any] = dict(p)
    labels = getattr(batch, "Labels", None)
    for name, cats in (("sex", _SEX), ("residence", _RES), ("spouse_residence", _RES)):
        if labels is not None:
            out[name] = labels(p[name], cats)
        else:  # an older familyplan: fixed-width strings
            out[name] = np.array(cats)[p[name]]
    # no spouse: no spouse residence (familyplan refuses spouse facts without a spouse)
    if labels is not None:
        codes = np.where(p["has_spouse"], p["spouse_residence"], -1).astype(np.int8)
        out["spouse_residence"] = labels(codes, _RES)
    else:
        out["spouse_residence"] = np.where(p["has_spouse"], out["spouse_residence"], "")
    return out


# -- the law figures, read from familyplan's public API ----------------------------------


def annual_amount_fen(year: int) -> int:
    """The rural reward of ``year`` for one person, from familyplan's scalar path."""
    a = eligibility.Applicant(
        "1940-01-01",
        "male",
        residence="rural",
        spouse=eligibility.NO_SPOUSE,
        children=[eligibility.Child("1970-01-01", "male", alive=True)],
        births_against_rules=(),
    )
    r = eligibility.check("rural-reward", a, year=year, jurisdiction="430602")
    assert r.eligible
    assert r.amount is not None
    return int(r.amount * 100)


YEAR = 2012
# 国办发〔2004〕21号: "1933年1月1日后出生" and "年满60周岁" (by 31 December of the year)
BORN_FROM = np.datetime64("1933-01-01")
AGE = 60
RATE_NUM, RATE_DEN = penalties.RATE_PER_MONTH.as_integer_ratio()  # 2/1000 = 1/500
CAP_FROM = np.datetime64(penalties.CAP_FROM.isoformat())
# the rate article's last day in force (357 ceased 2021-09-09): no month ending later is charged
RATE_UNTIL = np.datetime64(
    statutes.figure_history("late-fee.rate-per-month")[-1].applies_until.isoformat()  # type: ignore[union-attr]
)


# -- plain numpy reference ---------------------------------------------------------------


class Calendar:
    """Day number (since 1970-01-01) -> month index (year * 12 + month - 1), day
    of month and month-end flag, packed in one int32 per day for 1900-2199."""

    def __init__(self) -> None:
        self.lo = (dt.date(1900, 1, 1) - EPOCH).days
        d = np.arange(self.lo, (dt.date(2200, 1, 1) - EPOCH).days + 1).astype("datetime64[D]")
        m = d.astype("datetime64[M]")
        day = (d - m.astype("datetime64[D]")).astype(np.int64) + 1
        last = (d + 1).astype("datetime64[M]") != m
        mi = m.astype(np.int64) + 1970 * 12
        self.table = ((mi << 6) | (day << 1) | last).astype(np.int32)


def numpy_rural_reward(p: dict[str, np.ndarray], amount: int) -> tuple[np.ndarray, np.ndarray]:
    n = len(p["born_on"])
    eligible = np.empty(n, dtype=bool)
    amount_fen = np.empty(n, dtype=np.int64)
    lo_born = BORN_FROM.astype(np.int64)
    hi_born = (np.datetime64(f"{YEAR - AGE + 1}-01-01")).astype(np.int64)
    for a in range(0, n, CHUNK):
        s = slice(a, a + CHUNK)
        born = p["born_on"][s].view(np.int64)
        kids = p["children"][s]
        sons, daughters = p["sons_alive"][s], p["daughters_alive"][s]
        alive = sons + daughters
        # 现存一个子女 / 两个女孩 / 子女死亡现无子女 (living children)
        family = (alive == 1) | ((alive == 2) & (daughters == 2)) | ((kids > 0) & (alive == 0))
        ok = (p["residence"][s] == 0) & (p["violating_births"][s] == 0)
        ok &= ~p["has_spouse"][s] | (p["spouse_residence"][s] == 0)
        ok &= (born >= lo_born) & (born < hi_born) & family
        eligible[s] = ok
        amount_fen[s] = ok * amount
    return eligible, amount_fen


def numpy_late_fee(c: dict[str, np.ndarray], cal: Calendar) -> tuple[np.ndarray, np.ndarray]:
    n = len(c["due_on"])
    months = np.empty(n, dtype=np.int64)
    fee = np.empty(n, dtype=np.int64)
    cap = CAP_FROM.astype(np.int64)
    until = RATE_UNTIL.astype(np.int64)
    for a in range(0, n, CHUNK):
        s = slice(a, a + CHUNK)
        due = c["due_on"][s].view(np.int64)
        as_of = c["as_of"][s].view(np.int64)
        pd_ = cal.table.take(due - cal.lo).astype(np.int64)
        end = np.minimum(as_of, until)
        pa = cal.table.take(end - cal.lo).astype(np.int64)
        m = (pa >> 6) - (pd_ >> 6)
        m -= ((pd_ & 62) > (pa & 62)) & ~(pa & 1).astype(bool)
        m *= end > due
        principal = c["principal_fen"][s]
        capped = (as_of >= cap) & (m * RATE_NUM > RATE_DEN)
        f = (2 * RATE_NUM * principal * m + RATE_DEN) // (2 * RATE_DEN)
        months[s] = m
        fee[s] = np.where(capped, principal, f)
    return months, fee


# -- OpenFisca ---------------------------------------------------------------------------


def openfisca_systems(amount_yuan: float) -> tuple[Any, Any]:
    """Two tax-benefit systems (a person entity each): the rural reward and the late fee."""
    from openfisca_core.entities import build_entity
    from openfisca_core.periods import DateUnit
    from openfisca_core.taxbenefitsystems import TaxBenefitSystem
    from openfisca_core.variables import Variable

    person = build_entity(key="person", plural="persons", label="applicant", is_person=True)
    case = build_entity(key="case", plural="cases", label="late-fee case", is_person=True)

    def inp(name: str, entity: Any, vtype: type, period: Any) -> type:
        return type(
            name,
            (Variable,),
            {"value_type": vtype, "entity": entity, "definition_period": period, "label": name},
        )

    eternal = DateUnit.ETERNITY
    people_inputs = [
        inp("born_on", person, dt.date, eternal),
        inp("rural", person, bool, DateUnit.YEAR),
        inp("has_spouse", person, bool, DateUnit.YEAR),
        inp("spouse_rural", person, bool, DateUnit.YEAR),
        inp("violating_births", person, int, DateUnit.YEAR),
        inp("children", person, int, DateUnit.YEAR),
        inp("sons_alive", person, int, DateUnit.YEAR),
        inp("daughters_alive", person, int, DateUnit.YEAR),
        inp("children_dead", person, int, DateUnit.YEAR),
    ]

    class rural_reward_eligible(Variable):  # noqa: N801 (OpenFisca names variables in snake case)
        value_type = bool
        entity = person
        definition_period = DateUnit.YEAR
        label = "eligible for the national rural reward (国办发〔2004〕21号)"

        def formula(p: Any, period: Any) -> Any:  # noqa: N805 (OpenFisca calls a formula with the population, not self)
            born = p("born_on", period)
            kids = p("children", period)
            sons = p("sons_alive", period)
            daughters = p("daughters_alive", period)
            alive = sons + daughters
            family = (alive == 1) + ((alive == 2) * (daughters == 2)) + ((kids > 0) * (alive == 0))
            spouse_ok = np.logical_not(p("has_spouse", period)) + p("spouse_rural", period)
            aged = born < np.datetime64(f"{period.start.year - AGE + 1}-01-01")
            return (
                p("rural", period)
                * spouse_ok
                * (p("violating_births", period) == 0)
                * family
                * (born >= BORN_FROM)
                * aged
            )

    class rural_reward(Variable):  # noqa: N801
        value_type = float
        entity = person
        definition_period = DateUnit.YEAR
        label = "national rural reward for the year (yuan)"

        def formula(p: Any, period: Any) -> Any:  # noqa: N805 (OpenFisca calls a formula with the population, not self)
            return p("rural_reward_eligible", period) * amount_yuan

    case_inputs = [
        inp("principal", case, float, eternal),
        inp("months_late", case, int, eternal),
        inp("as_of", case, dt.date, eternal),
    ]

    class late_fee(Variable):  # noqa: N801
        value_type = float
        entity = case
        definition_period = DateUnit.YEAR  # formulas need a dated period; the inputs are eternal
        label = "late fee (357 art. 8; capped at the principal from 2012-01-01)"

        def formula(c: Any, period: Any) -> Any:  # noqa: N805 (OpenFisca calls a formula with the population, not self)
            principal = c("principal", period)
            fee = principal * (RATE_NUM / RATE_DEN) * c("months_late", period)
            capped = c("as_of", period) >= CAP_FROM
            return np.where(capped, np.minimum(fee, principal), fee)

    sys_people = TaxBenefitSystem([person])
    for v in [*people_inputs, rural_reward_eligible, rural_reward]:
        sys_people.add_variable(v)
    sys_cases = TaxBenefitSystem([case])
    for v in [*case_inputs, late_fee]:
        sys_cases.add_variable(v)
    return sys_people, sys_cases


def openfisca_run(
    systems: tuple[Any, Any], p: dict[str, np.ndarray], c: dict[str, np.ndarray], months: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    from openfisca_core.simulations import SimulationBuilder

    sys_people, sys_cases = systems
    n = len(p["born_on"])
    sim = SimulationBuilder().build_default_simulation(sys_people, n)
    year = str(YEAR)
    sim.set_input("born_on", "ETERNITY", p["born_on"])
    sim.set_input("rural", year, p["residence"] == 0)
    sim.set_input("has_spouse", year, p["has_spouse"])
    sim.set_input("spouse_rural", year, p["spouse_residence"] == 0)
    for name in ("violating_births", "children", "sons_alive", "daughters_alive", "children_dead"):
        sim.set_input(name, year, p[name])
    eligible = sim.calculate("rural_reward_eligible", year)
    reward = sim.calculate("rural_reward", year)

    m = len(c["due_on"])
    sim2 = SimulationBuilder().build_default_simulation(sys_cases, m)
    sim2.set_input("principal", "ETERNITY", c["principal_fen"] / 100)
    sim2.set_input("months_late", "ETERNITY", months)
    sim2.set_input("as_of", "ETERNITY", c["as_of"])
    fee = sim2.calculate("late_fee", year)
    return eligible, reward, fee


# -- measuring ---------------------------------------------------------------------------


CPU: dict[int, float] = {}  # id(fn) -> best process CPU time of the last best_of(fn)


def best_of(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Best wall-clock time of ``repeat`` runs (and, in ``CPU``, the best process
    CPU time: on a shared machine, time waiting for a core is not counted)."""
    best, cpu, out = float("inf"), float("inf"), None
    for _ in range(repeat):
        gc.collect()
        c0, t0 = time.process_time(), time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    CPU[id(fn)] = cpu
    return best, out


def traced_peak(fn: Callable[[], Any]) -> int:
    gc.collect()
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--rows", type=int, default=1_000_000, help="people, and cases (each)")
    ap.add_argument("--repeat", type=int, default=5, help="runs of each engine; the best counts")
    ap.add_argument("--no-openfisca", action="store_true", help="skip OpenFisca")
    args = ap.parse_args(argv)
    n = args.rows

    p, c = people(n), cases(n)
    fp_people = familyplan_people(p)
    amount = annual_amount_fen(YEAR)
    cal = Calendar()
    input_bytes = sum(_nbytes(v) for v in fp_people.values()) + sum(v.nbytes for v in c.values())

    def fp() -> tuple[Any, Any]:
        return batch.rural_reward(fp_people, year=YEAR), batch.late_fee(c)

    def ref() -> tuple[Any, Any]:
        return numpy_rural_reward(p, amount), numpy_late_fee(c, cal)

    def fp_rr_only() -> Any:
        return batch.rural_reward(fp_people, year=YEAR)

    def fp_lf_only() -> Any:
        return batch.late_fee(c)

    def np_rr_only() -> Any:
        return numpy_rural_reward(p, amount)

    def np_lf_only() -> Any:
        return numpy_late_fee(c, cal)

    t_fp, (fp_rr, fp_lf) = best_of(fp, args.repeat)
    t_np, ((np_elig, np_amount), (np_months, np_fee)) = best_of(ref, args.repeat)
    peak = traced_peak(fp)
    t_fp_rr, _ = best_of(fp_rr_only, args.repeat)
    t_fp_lf, _ = best_of(fp_lf_only, args.repeat)
    t_np_rr, _ = best_of(np_rr_only, args.repeat)
    t_np_lf, _ = best_of(np_lf_only, args.repeat)
    cpu = {name: CPU[id(f)] for name, f in (("fp", fp), ("np", ref))}
    cpu.update(
        fp_rr=CPU[id(fp_rr_only)],
        fp_lf=CPU[id(fp_lf_only)],
        np_rr=CPU[id(np_rr_only)],
        np_lf=CPU[id(np_lf_only)],
    )

    fp_elig = np.asarray(fp_rr["eligible"], dtype=bool)
    fp_fee = np.asarray(fp_lf["amount_fen"], dtype=np.int64)
    fp_months = np.asarray(fp_lf["months"], dtype=np.int64)
    errors = int((np.asarray(fp_rr["status"]) == "error").sum()) + int(
        (np.asarray(fp_lf["error"]) != "").sum()
    )

    print(
        f"{n:,} people and {n:,} late-fee cases; CPython {platform.python_version()}, "
        f"numpy {np.__version__}, {platform.machine()}, {os.cpu_count()} cores (one used)"
    )
    blas = {k: os.environ[k] for k in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE") if k in os.environ}
    if blas:
        print(f"note: {blas} set (unset them to benchmark a current numpy)")
    print()
    print(
        "| engine | best time (s) | best CPU time (s) | rows a second (both rules) "
        "| vs OpenFisca (time) | vs OpenFisca (CPU) |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    t_of = c_of = None
    if not args.no_openfisca:
        systems = openfisca_systems(amount / 100)

        def of() -> Any:
            return openfisca_run(systems, p, c, fp_months)

        t_of, (of_elig, _of_reward, of_fee) = best_of(of, args.repeat)
        c_of = CPU[id(of)]
        print(
            f"| OpenFisca-Core (months precomputed) | {t_of:.3f} | {c_of:.3f} "
            f"| {2 * n / t_of:,.0f} | 1.00 | 1.00 |"
        )

    def rel(t: float, base: float | None) -> str:
        return f"{t / base:.2f}" if base else "-"

    for label, t, ct in (
        ("familyplan batch", t_fp, cpu["fp"]),
        ("plain numpy (int64 fen, calendar tables)", t_np, cpu["np"]),
    ):
        print(
            f"| {label} | {t:.3f} | {ct:.3f} | {2 * n / t:,.0f} "
            f"| {rel(t, t_of)} | {rel(ct, c_of)} |"
        )
    print()
    if t_of and c_of:
        print(
            f"familyplan takes {t_fp / t_of:.2f}x OpenFisca's time ({t_of / t_fp:.1f}x as fast); "
            f"CPU time {cpu['fp'] / c_of:.2f}x"
        )
    print(
        f"familyplan takes {t_fp / t_np:.2f}x the plain-numpy time; "
        f"CPU time {cpu['fp'] / cpu['np']:.2f}x"
    )
    print(
        f"each rule alone: rural reward {t_fp_rr:.3f} s ({n / t_fp_rr:,.0f} rows/s; CPU "
        f"{cpu['fp_rr']:.3f} s, {n / cpu['fp_rr']:,.0f} rows/s; numpy {t_np_rr:.3f} s, CPU "
        f"{cpu['np_rr']:.3f} s)"
    )
    print(
        f"                 late fee {t_fp_lf:.3f} s ({n / t_fp_lf:,.0f} rows/s; CPU "
        f"{cpu['fp_lf']:.3f} s, {n / cpu['fp_lf']:,.0f} rows/s; numpy {t_np_lf:.3f} s, CPU "
        f"{cpu['np_lf']:.3f} s)"
    )
    if hasattr(os, "getloadavg"):
        print(
            f"load average (1 min) at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
        )
    print(
        f"familyplan peak traced memory {peak / 2**20:,.1f} MiB = "
        f"{peak / input_bytes:.2f}x the input columns ({input_bytes / 2**20:,.1f} MiB)"
    )
    print()
    print("agreement:")
    print(f"  familyplan rows in error: {errors}")
    print(
        f"  eligibility, familyplan vs plain numpy: {int((fp_elig != np_elig).sum())} rows differ"
        f" ({int(fp_elig.sum()):,} eligible)"
    )
    print(f"  late fee, familyplan vs plain numpy: {int((fp_fee != np_fee).sum())} rows differ")
    print(f"  months, familyplan vs plain numpy: {int((fp_months != np_months).sum())} rows differ")
    amounts_differ = int((np.asarray(fp_rr["amount_fen"]) != np_amount).sum())
    print(f"  rural reward amount, familyplan vs plain numpy: {amounts_differ} rows differ")
    if not args.no_openfisca:
        of_fen = np.rint(np.asarray(of_fee, dtype=np.float64) * 100).astype(np.int64)
        off = np.abs(of_fen - fp_fee) >= 1
        print(
            f"  eligibility, familyplan vs OpenFisca: "
            f"{int((np.asarray(of_elig, dtype=bool) != fp_elig).sum())} rows differ"
        )
        print(
            f"  late fee, OpenFisca ({np.asarray(of_fee).dtype}) off by >= 1 fen: "
            f"{int(off.sum()):,} rows ({off.mean():.1%}); worst {int(np.abs(of_fen - fp_fee).max()):,} fen"
        )
    _check_sample(fp_people, c, fp_rr, fp_lf)
    return 0


def _nbytes(v: Any) -> int:
    if isinstance(v, np.ndarray):
        return v.nbytes
    codes = getattr(v, "codes", None)
    return int(codes.nbytes) if codes is not None else 0


def _check_sample(
    fp_people: dict[str, Any], c: dict[str, np.ndarray], rr: Any, lf: Any, k: int = 200
) -> None:
    """A few rows recomputed by the scalar path (the batch path must agree with it)."""
    n = len(c["due_on"])
    for i in np.linspace(0, n - 1, min(k, n)).astype(int).tolist():
        due = EPOCH + dt.timedelta(days=int(c["due_on"][i].astype(np.int64)))
        as_of = EPOCH + dt.timedelta(days=int(c["as_of"][i].astype(np.int64)))
        try:
            r = penalties.late_fee(
                Decimal(int(c["principal_fen"][i])).scaleb(-2), due_on=due, as_of=as_of
            )
        except Exception:  # a row the scalar path refuses is an error row in batch
            assert lf["error"][i] != "", i
            continue
        assert int(r.amount * 100) == int(lf["amount_fen"][i]), (i, r.amount, lf["amount_fen"][i])


if __name__ == "__main__":
    raise SystemExit(main())
