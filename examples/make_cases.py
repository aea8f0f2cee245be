"""Generate ``examples/cases.csv``: a synthetic case register with planted errors.

Synthetic people, real rules. The recorded figures of the correct rows are
worked out here **independently of the library**, with the arithmetic of the
articles written out by hand (so the audit test is a real cross-check):

* late fee: principal x 0.002 x whole months after the last day to pay
  (357 art. 8), capped at the principal from 2012 (行政强制法 art. 45); no
  month ending after 2021-09-08 is charged (357 ceased: abolished by
  《国务院关于废止部分行政法规的决定》, in force on publication, 2021-09-09);
* levy: Shandong 2016 art. 37 ¶2 (3 x the county base per child), Hunan 2016
  art. 37 (a multiple inside 2-6 x the income floored at the base);
* subsidy: the national rural reward (960 a year from 2012, 财教〔2011〕623号);
* deadline: 30 days to pay a levy (357 art. 6), start day not counted, a last
  day on a rest day moved to the next working day — rest days from the
  independent ``chinesecalendar`` package, not from the library's calendar.

Then a few rows are spoiled on purpose; ``examples/planted.csv`` lists them
with what was done. Run ``python examples/make_cases.py`` to regenerate
(the output is deterministic).
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).parent
COLUMNS = [
    "case_id", "kind", "jurisdiction", "recorded",
    # levy
    "birth_on", "decided_on", "circumstance", "children_over_limit",
    "mother_residence", "mother_income", "father_residence", "father_income",
    "urban_base", "rural_base", "base_year",
    # late fee
    "principal", "due_on", "as_of", "payments",
    # subsidy
    "programme", "year", "sex", "residence", "spouse", "children", "births_against_rules",
    # deadline
    "step", "trigger_on",
]  # fmt: skip
FEN = Decimal("0.01")


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def whole_months(due: dt.date, as_of: dt.date) -> int:
    n = 0
    while add_months(due, n + 1) <= as_of:
        n += 1
    return n


def late_fee_row(rng: random.Random, i: int) -> dict[str, str]:
    principal = Decimal(rng.randrange(5_000, 300_000))
    due = dt.date(2008, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 12))
    as_of = due + dt.timedelta(days=rng.randrange(0, 365 * 8))
    fee = principal * Decimal("0.002") * whole_months(due, min(as_of, dt.date(2021, 9, 8)))
    if as_of >= dt.date(2012, 1, 1):
        fee = min(fee, principal)
    return {
        "case_id": f"LF{i:04d}", "kind": "late-fee", "jurisdiction": "430602",
        "principal": str(principal), "due_on": due.isoformat(), "as_of": as_of.isoformat(),
        "recorded": str(fee.quantize(FEN, ROUND_HALF_UP)),
    }  # fmt: skip


def shandong_levy_row(rng: random.Random, i: int) -> dict[str, str]:
    urban, rural = Decimal(rng.randrange(20_000, 40_000)), Decimal(rng.randrange(8_000, 16_000))
    n = rng.choice([1, 1, 1, 2])
    birth = dt.date(2016, 2, 1) + dt.timedelta(days=rng.randrange(0, 365 * 4))
    mres, fres = rng.choice(["urban", "rural"]), rng.choice(["urban", "rural"])
    base = {"urban": urban, "rural": rural}
    total = 3 * n * base[mres] + 3 * n * base[fres]  # art. 37 ¶2, each spouse
    return {
        "case_id": f"LV{i:04d}", "kind": "levy", "jurisdiction": "370304",
        "birth_on": birth.isoformat(), "decided_on": (birth + dt.timedelta(days=120)).isoformat(),
        "circumstance": "extra-child", "children_over_limit": str(n),
        "mother_residence": mres, "father_residence": fres,
        "urban_base": str(urban), "rural_base": str(rural), "base_year": str(birth.year - 1),
        "recorded": str(total.quantize(FEN)),
    }  # fmt: skip


def hunan_levy_row(rng: random.Random, i: int) -> dict[str, str]:
    urban, rural = Decimal(rng.randrange(20_000, 35_000)), Decimal(rng.randrange(8_000, 14_000))
    birth = dt.date(2016, 4, 1) + dt.timedelta(days=rng.randrange(0, 365 * 5))
    mres, fres = rng.choice(["urban", "rural"]), rng.choice(["urban", "rural"])
    minc, finc = Decimal(rng.randrange(0, 80_000)), Decimal(rng.randrange(0, 80_000))
    base = {"urban": urban, "rural": rural}
    used = max(minc, base[mres]) + max(finc, base[fres])  # 总收入 floored at the base
    multiple = Decimal(rng.choice([2, 3, 4, 5, 6]))  # art. 37 (二): 二至六倍
    return {
        "case_id": f"LV{i:04d}", "kind": "levy", "jurisdiction": "430602",
        "birth_on": birth.isoformat(), "decided_on": min(birth + dt.timedelta(days=200), dt.date(2021, 8, 19)).isoformat(),
        "circumstance": "extra-child", "children_over_limit": "1",
        "mother_residence": mres, "mother_income": str(minc), "father_residence": fres, "father_income": str(finc),
        "urban_base": str(urban), "rural_base": str(rural), "base_year": str(birth.year - 1),
        "recorded": str((used * multiple).quantize(FEN)),
    }  # fmt: skip


def subsidy_row(rng: random.Random, i: int) -> dict[str, str]:
    year = rng.randrange(2012, 2017)
    born = dt.date(1933, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 20))
    if born.year + 60 > year:  # 年满60周岁 by 31 December
        born = born.replace(year=year - 60 - rng.randrange(0, 10))
    child = dt.date(born.year + 25, 6, 1)
    return {
        "case_id": f"SB{i:04d}", "kind": "subsidy", "jurisdiction": "430602", "programme": "rural-reward",
        "year": str(year), "birth_on": born.isoformat(), "sex": rng.choice(["male", "female"]),
        "residence": "rural", "spouse": "none", "children": f"{child.isoformat()}:male:alive",
        "births_against_rules": "none",
        "recorded": "960.00",  # 每人每月不低于80元 from 2012
    }  # fmt: skip


def deadline_row(rng: random.Random, i: int) -> dict[str, str]:
    import chinese_calendar  # the independent oracle (a test extra)

    received = dt.date(2008, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 13))
    last = received + dt.timedelta(days=30)
    while not chinese_calendar.is_workday(last):
        last += dt.timedelta(days=1)
    return {
        "case_id": f"DL{i:04d}", "kind": "deadline", "jurisdiction": "430602",
        "step": "levy-payment", "trigger_on": received.isoformat(), "recorded": last.isoformat(),
    }  # fmt: skip


def main() -> None:
    rng = random.Random(20261124)
    rows: list[dict[str, str]] = []
    for i in range(1, 101):
        rows.append(late_fee_row(rng, i))
    for i in range(101, 161):
        rows.append(shandong_levy_row(rng, i))
    for i in range(161, 221):
        rows.append(hunan_levy_row(rng, i))
    for i in range(221, 301):
        rows.append(subsidy_row(rng, i))
    for i in range(301, 341):
        rows.append(deadline_row(rng, i))
    planted: list[tuple[str, str, str]] = []

    def spoil(case_id: str, status: str, what: str, **changes: str) -> None:
        row = next(r for r in rows if r["case_id"] == case_id)
        row.update(changes)
        planted.append((case_id, status, what))

    lf = [
        r
        for r in rows
        if r["kind"] == "late-fee" and 50 < Decimal(r["recorded"]) < Decimal(r["principal"]) / 2
    ]
    spoil(lf[3]["case_id"], "discrepancy", "late fee charged one more month",
          recorded=str((Decimal(lf[3]["recorded"]) + Decimal(lf[3]["principal"]) * Decimal("0.002")).quantize(FEN)))  # fmt: skip
    spoil(lf[7]["case_id"], "discrepancy", "late fee off by one fen",
          recorded=str(Decimal(lf[7]["recorded"]) + FEN))  # fmt: skip
    day_rate = lf[11]
    days = (
        dt.date.fromisoformat(day_rate["as_of"]) - dt.date.fromisoformat(day_rate["due_on"])
    ).days
    spoil(day_rate["case_id"], "discrepancy", "千分之二 a day (seed 004's flowchart) instead of a month",
          recorded=str((Decimal(day_rate["principal"]) * Decimal("0.002") * days).quantize(FEN)))  # fmt: skip
    taken = {p[0] for p in planted}
    old = [
        r
        for r in rows
        if r["kind"] == "late-fee" and r["as_of"] >= "2013-01-01" and r["case_id"] not in taken
    ]
    spoil(old[0]["case_id"], "discrepancy", "cap ignored: late fee above the principal",
          recorded=str(Decimal(old[0]["principal"]) + 1))  # fmt: skip
    lv = [r for r in rows if r["kind"] == "levy"]
    spoil(lv[2]["case_id"], "discrepancy", "Shandong levy at 4x instead of 3x",
          recorded=str((Decimal(lv[2]["recorded"]) * 4 / 3).quantize(FEN)))  # fmt: skip
    hunan = [r for r in lv if r["jurisdiction"] == "430602"]
    spoil(hunan[4]["case_id"], "discrepancy", "Hunan levy above 6x",
          recorded=str((Decimal(hunan[4]["recorded"]) * 3).quantize(FEN)))  # fmt: skip
    spoil(hunan[9]["case_id"], "discrepancy", "Hunan levy on actual income below the floor",
          mother_income="1000", mother_residence="urban", father_residence="urban", father_income="1000",
          recorded="4000.00")  # fmt: skip
    sb = [r for r in rows if r["kind"] == "subsidy"]
    spoil(sb[5]["case_id"], "discrepancy", "reward paid to a person born before 1933",
          birth_on="1932-12-31")  # fmt: skip
    spoil(sb[12]["case_id"], "discrepancy", "reward paid with a birth against the rules",
          births_against_rules="1980")  # fmt: skip
    spoil(sb[20]["case_id"], "discrepancy", "pre-2012 rate (600) paid", recorded="600.00")
    dl = [r for r in rows if r["kind"] == "deadline"]
    rolled = [
        r
        for r in dl
        if (dt.date.fromisoformat(r["recorded"]) - dt.date.fromisoformat(r["trigger_on"])).days > 30
    ]
    spoil(rolled[0]["case_id"], "discrepancy", "last day to pay left on a rest day (not moved to the next working day)",
          recorded=(dt.date.fromisoformat(rolled[0]["trigger_on"]) + dt.timedelta(days=30)).isoformat())  # fmt: skip
    plain = [
        r
        for r in dl
        if (dt.date.fromisoformat(r["recorded"]) - dt.date.fromisoformat(r["trigger_on"])).days
        == 30
    ]
    spoil(plain[0]["case_id"], "discrepancy", "the day of receipt counted (29 days)",
          recorded=(dt.date.fromisoformat(plain[0]["trigger_on"]) + dt.timedelta(days=29)).isoformat())  # fmt: skip
    spoil(lf[20]["case_id"], "malformed", "missing due date", due_on="")
    spoil(lf[21]["case_id"], "malformed", "negative principal", principal="-5000")
    spoil(sb[30]["case_id"], "malformed", "unknown residence code", residence="城镇")
    with open(HERE / "cases.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        for r in rows:
            w.writerow({c: r.get(c, "") for c in COLUMNS})
    with open(HERE / "planted.csv", "w", encoding="utf-8", newline="") as fh:
        w2 = csv.writer(fh)
        w2.writerow(["case_id", "status", "what"])
        w2.writerows(sorted(planted))
    with open(HERE / "cases_template.csv", "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerow(COLUMNS)


if __name__ == "__main__":
    main()
