"""The audit's levy rows through familyplan.batch.levy give the scalar path's findings.

A register of levy rows is generated with a fixed seed: cells plain, blank,
badly written (commas, signs, spaces, impossible dates, unknown codes and
circumstances), out of range, of every encoded province and of none, decided
after the levy ended; recorded levies at the lawful minimum, maximum, inside,
just outside, and malformed. With and without the batch path the audit gives
the same rows — every ``AuditRow.to_dict()`` and the CLI's ``--json`` output
byte for byte. A differential test (scalar path against batch path); the
figures themselves are worked by hand in tests/penalties and
tests/batch/test_batch_levy.py.
"""

from __future__ import annotations

import csv
import io
import random
from decimal import Decimal
from pathlib import Path

import pytest

from familyplan import _audit
from familyplan.cli import main

HEADER = (
    "case_id,kind,jurisdiction,recorded,birth_on,decided_on,circumstance,children_over_limit,"
    "mother_residence,mother_income,father_residence,father_income,urban_base,rural_base,base_year"
)


def _cell(rng: random.Random, good: tuple[str, ...], bad: tuple[str, ...] = ()) -> str:
    """A plain value mostly; a badly written one in about one cell of thirty."""
    if bad and rng.random() < 0.03:
        return rng.choice(bad)
    return rng.choice(good)


def _money(rng: random.Random, low: int, high: int) -> str:
    fen = rng.randint(low, high)
    return rng.choice((f"{fen // 100}.{fen % 100:02d}", str(fen // 100)))


def _levy(rng: random.Random, i: int) -> list[str]:
    division = _cell(
        rng,
        ("430602", "430611", "430600", "370304", "370300", "130525", "130132"),
        ("999999", "43060", "", "100000"),
    )
    hebei = division.startswith("13")
    year = rng.randint(2004, 2015) if hebei else rng.randint(2016, 2020)
    birth = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    decided = f"{year + rng.choice((0, 0, 1))}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    res = ("rural",) if hebei else ("urban", "rural")
    return [
        f"LV{i:05d}",
        "levy",
        division,
        "0.00",  # recorded: replaced below
        _cell(rng, (birth,), ("", "2017-02-30", "2017/05/01")),
        _cell(
            rng, (decided,) * 6 + ("2021-08-20", "2021-08-19"), ("", " 2018-01-01", "2018-13-01")
        ),
        _cell(
            rng,
            ("extra-child",) * 4 + ("bigamy-or-other-partner", "extra-child-ignored-termination"),
            ("", "Extra-child", "twins", "eligible-no-permit", "early-second-child"),
        ),
        _cell(rng, ("1", "1", "2", "3"), ("", "0", "21", "1.5", "+2", "02")),
        _cell(rng, res * 3 + ("",), ("city", "Urban")),
        _cell(rng, ("", _money(rng, 0, 9_000_000)), ("-5", "1,000.50", "1e3", "12.345")),
        _cell(rng, res * 3 + ("",), ("city",)),
        _cell(rng, ("", _money(rng, 0, 9_000_000)), ("-5", "1,000,000")),
        _cell(rng, (_money(rng, 2_000_000, 4_000_000),), ("", "-1", "30,000")),
        _cell(rng, (_money(rng, 800_000, 1_600_000),), ("", "1e4")),
        _cell(rng, (str(year - 1),), ("", "1900", "20x6", "2200")),
    ]


def _register(seed: int, n: int) -> list[tuple[int, dict[str, str]]]:
    rng = random.Random(seed)
    text = io.StringIO()
    w = csv.writer(text, lineterminator="\n")
    w.writerow(HEADER.split(","))
    for i in range(n):
        w.writerow(_levy(rng, i))
    rows = list(_audit.read_register(io.StringIO(text.getvalue())))
    # recorded: the lawful minimum or maximum, a figure inside or just outside the
    # range, or a badly written one (the scalar path's range, read from its row)
    for line, row in rows:
        shown = _audit.audit_row(line, row).recomputed
        low_text, _, high_text = shown.partition("–")
        low = Decimal(low_text.split(" ")[0]) if low_text else Decimal(1000)
        high = Decimal(high_text) if high_text else low * 2
        cent = Decimal("0.01")
        row["recorded"] = _cell(
            rng,
            (
                str(low),
                str(high),
                str((low + high) // 2),
                str(low - cent),
                str(high + cent),
                f"{low:,}",  # grouping commas: the scalar path reads them
                "0.00",
            ),
            ("", "-1", "1e3", "1.001"),
        )
    return rows


@pytest.mark.parametrize("seed", [1, 2])
def test_levy_batch_path_gives_the_scalar_rows(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = _register(seed, 1500)
    monkeypatch.setattr(_audit, "BATCH_FROM", 10**9)
    scalar = [r.to_dict() for r in _audit.audit_rows(rows)]
    took = _audit._batch_levies(rows)
    monkeypatch.setattr(_audit, "BATCH_FROM", 1)
    batched = [r.to_dict() for r in _audit.audit_rows(rows)]
    assert batched == scalar
    statuses = {r["status"] for r in scalar}
    assert statuses == {"ok", "discrepancy", "malformed"}
    # the batch path took many rows, of every province and with no maximum (Hebei)
    assert len(took) > 300
    assert {rows[i][1]["jurisdiction"][:2] for i in took} == {"43", "37", "13"}
    assert any("no maximum" in r.recomputed for r in took.values())


def test_levy_batch_path_cli_json_is_identical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _register(3, 600)
    path = tmp_path / "levies.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(HEADER.split(","))
        for _, row in rows:
            w.writerow([row[c] for c in HEADER.split(",")])
    outputs = []
    for batch_from in (10**9, 1):
        monkeypatch.setattr(_audit, "BATCH_FROM", batch_from)
        code = main(["audit", str(path), "--json"])
        outputs.append((code, capsys.readouterr().out))
    assert outputs[0] == outputs[1]
    assert '"status": "malformed"' in outputs[0][1]


# 《湖南省人口与计划生育条例》(2016) 第三十七条: 2-6 times each party's 总收入, floored at the
# county's figure (28,000 urban): two urban parties without incomes, 56,000-168,000 each,
# 112,000.00-336,000.00 together (the worked example of the levy module's docstring).
_HUNAN = {
    "kind": "levy",
    "jurisdiction": "430602",
    "birth_on": "2017-05-01",
    "decided_on": "2017-09-01",
    "circumstance": "extra-child",
    "children_over_limit": "1",
    "mother_residence": "urban",
    "father_residence": "urban",
    "urban_base": "28000",
    "rural_base": "11000",
    "base_year": "2016",
}


@pytest.mark.parametrize(
    ("recorded", "status"),
    [
        ("112000.00", "ok"),
        ("336000", "ok"),
        ("200,000.00", "ok"),
        ("111999.99", "discrepancy"),
        ("336000.01", "discrepancy"),
        ("-1", "malformed"),
    ],
)
def test_levy_rows_worked_by_hand(
    recorded: str, status: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = dict.fromkeys(HEADER.split(","), "") | _HUNAN | {"case_id": "X", "recorded": recorded}
    rows = [(2, row)] * 3
    monkeypatch.setattr(_audit, "BATCH_FROM", 1)
    batched = list(_audit.audit_rows(rows))
    assert [r.status for r in batched] == [status] * 3
    assert batched[0].recomputed == ("" if status == "malformed" else "112000.00–336000.00")
    took = _audit._batch_levies(rows)
    # every ok row by the batch path (a recorded amount with grouping commas too: the scalar
    # path reads it so); every finding by the scalar path, for its explanation
    assert len(took) == (3 if status == "ok" else 0)
