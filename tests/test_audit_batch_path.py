"""The audit's batch path (late fees and subsidies through familyplan.batch) gives
the same findings as the scalar path, row for row: same status, figure, reason,
steps and citations for every finding, and the same rows ``ok``.

The registers here are generated with a fixed seed from cells in every form a
register has them: plain, blank (not given), ``none``, badly written, out of
range, and of programmes, years and divisions the batch path does not take.
This is a differential test (scalar path against batch path), not a test of
the figures themselves: those are worked by hand in tests/penalties and
tests/eligibility.
"""

from __future__ import annotations

import csv
import io
import random

import pytest

from familyplan import _audit

HEADER = (
    "case_id,kind,jurisdiction,recorded,birth_on,principal,due_on,as_of,payments,"
    "programme,year,sex,residence,spouse,children,births_against_rules"
)


def _pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


def _cell(rng: random.Random, good: tuple[str, ...], bad: tuple[str, ...] = ()) -> str:
    """A plain value mostly; a badly written one in about one cell of twenty-five."""
    if bad and rng.random() < 0.04:
        return rng.choice(bad)
    return rng.choice(good)


def _day(rng: random.Random, first: int, last: int) -> str:
    return f"{rng.randint(first, last)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _child(rng: random.Random, born: int) -> str:
    day = _cell(
        rng,
        (_day(rng, born + 18, born + 40),),
        (_day(rng, born - 5, born - 1), "1970-02-30", ""),  # before the parent, no such day
    )
    sex = _cell(rng, ("male", "female"), ("", "Male", " male"))
    alive = _cell(rng, ("alive", "alive", "dead"), ("unknown",))
    grade = _cell(rng, ("", "", "", f":{rng.randint(1, 10)}", ":"), (":0", ":11", ":x"))
    return f"{day}:{sex}:{alive}{grade}"


def _subsidy(rng: random.Random, i: int) -> list[str]:
    born = rng.randint(1925, 1975)
    birth_on = _cell(
        rng,
        (_day(rng, born, born), _day(rng, born, born), "1932-12-31", "1933-01-01"),
        ("", "1950-02-30", "1950/01/01", " 1950-01-01"),
    )
    kids = _cell(
        rng,
        (
            "",
            "none",
            "NONE",
            "0",
            "|".join(_child(rng, born) for _ in range(rng.randint(1, 3))),
            "|".join(_child(rng, born) for _ in range(rng.randint(1, 2))),
            _child(rng, born),
            _child(rng, born),
            _child(rng, born),
            # an only child with a disability grade (special assistance: grade 3 or worse)
            f"{_day(rng, born + 20, born + 30)}:male:alive:{rng.randint(1, 5)}",
            f"{_day(rng, born + 20, born + 30)}:female:alive:{rng.randint(1, 5)}",
            # two living children: two daughters (rural reward: 两个女孩) or not
            f"{_day(rng, born + 20, born + 25)}:female:alive|{_day(rng, born + 26, born + 30)}:"
            + _pick(rng, "female:alive", "male:alive", "female:dead"),
        ),
        ("nobody", "1970-01-01:male"),
    )
    years = _cell(
        rng,
        (
            "",
            "none",
            "none",
            "none",
            str(rng.randint(born + 20, born + 45)),
            f"{rng.randint(1970, 2005)};{rng.randint(1970, 2005)}",
            "1980; 1990",
        ),
        ("1980;;1990", "19a0", str(born - 1), "2300"),
    )
    return [
        f"SB{i:05d}",
        "subsidy",
        _cell(rng, ("430602", "430602", "370304", "130525", "100000"), ("999999", "", "43060")),
        "0.00",  # recorded: replaced below
        birth_on,
        "",
        "",
        "",
        "",
        _cell(
            rng,
            ("rural-reward", "rural-reward", "special-assistance", "special-assistance"),
            ("childcare-subsidy", "bogus", ""),
        ),
        _cell(rng, tuple(str(y) for y in range(2003, 2028)), (" 2012", "20x2", "", "+2012")),
        _cell(rng, ("male", "female"), ("", "Male")),
        _cell(rng, ("rural", "rural", "urban"), ("", "city")),
        _cell(rng, ("none", "none", "rural", "urban", ""), ("None", "x")),
        kids,
        years,
    ]


def _late_fee(rng: random.Random, i: int) -> list[str]:
    due = _day(rng, 2004, 2020)
    return [
        f"LF{i:05d}",
        "late-fee",
        "430602",
        "0.00",  # recorded: replaced below
        "",
        _cell(
            rng,
            (
                str(rng.randint(1, 300000)),
                "1,000.50",
                f"{rng.randint(1, 9999)}.{rng.randint(0, 99)}",
            ),
            ("-5", "1e3", "", "99999999999999999"),
        ),
        _cell(rng, (due,), ("", "2013-02-30")),
        _cell(rng, (_day(rng, 2004, 2024),), ("2013-13-01", "")),
        _cell(rng, ("", "", "", f"{_day(rng, 2010, 2020)}:100"), ("x",)),
        "",
        "",
        "",
        "",
        "",
        "",
        "",
    ]


MORE = ("1,440.00", "4,320.00", "123.45")


def _register(seed: int, n: int) -> list[tuple[int, dict[str, str]]]:
    rng = random.Random(seed)
    text = io.StringIO()
    w = csv.writer(text, lineterminator="\n")
    w.writerow(HEADER.split(","))
    for i in range(n):
        w.writerow(_subsidy(rng, i) if rng.random() < 0.7 else _late_fee(rng, i))
    rows = list(_audit.read_register(io.StringIO(text.getvalue())))
    # recorded: half the rows get the figure the scalar path recomputes (so that
    # many rows are ok), the rest a wrong, zero, blank or badly written one
    for (_, row), result in zip(rows, _scalar(rows), strict=True):
        figure = result.recomputed if "–" not in result.recomputed else ""
        row["recorded"] = _cell(
            rng,
            # the recomputed figure, or another row's (amounts of several years), or neither
            (
                figure,
                figure,
                figure,
                figure.replace(".00", ""),
                "0.00",
                "0",
                "960.00",
                "720",
                *MORE,
            ),
            ("", "-1", "1e3", "960.001"),
        )
    return rows


def _scalar(rows: list[tuple[int, dict[str, str]]]) -> list[_audit.AuditRow]:
    return [_audit.audit_row(line, row) for line, row in rows]


@pytest.mark.parametrize("seed", [1, 2])
def test_batch_path_gives_the_scalar_findings(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = _register(seed, 800)
    monkeypatch.setattr(_audit, "BATCH_FROM", 1)
    batched = list(_audit.audit_rows(rows))
    scalar = _scalar(rows)
    assert len(batched) == len(scalar)
    for b, s in zip(batched, scalar, strict=True):
        if s.status == "ok":
            # an ok row is not reported, so the batch path gives it no steps
            assert (b.line, b.case_id, b.kind, b.status, b.recorded, b.recomputed, b.reason) == (
                s.line,
                s.case_id,
                s.kind,
                s.status,
                s.recorded,
                s.recomputed,
                s.reason,
            )
        else:
            assert b == s
    # the generated rows reach every status, and the batch path took many rows
    statuses = {r.status for r in scalar}
    assert statuses == {"ok", "discrepancy", "undetermined", "malformed"}
    for kind in ("subsidy", "late-fee"):
        assert sum(1 for b in batched if b.kind == kind and b.status == "ok" and not b.steps) > 50


def _one(cells: dict[str, str]) -> dict[str, str]:
    row = dict.fromkeys(HEADER.split(","), "")
    row.update(cells)
    return row


# rural-reward-2004 art. 1, item 3: 现存一个子女或两个女孩; rural-reward-2011 art. 1:
# 每人每月不低于80元 = 960.00 a year (2012). special-assistance-2007 art. 1: an only child
# 伤病残达到三级以上 (grade 1-3), the woman aged 49 or more.
_RR = {"kind": "subsidy", "jurisdiction": "430602", "programme": "rural-reward", "year": "2012"}
_RR |= {"birth_on": "1950-03-01", "sex": "male", "residence": "rural", "spouse": "none"}
_RR |= {"births_against_rules": "none"}
_SA = {"kind": "subsidy", "jurisdiction": "430602", "programme": "special-assistance"}
_SA |= {"year": "2014", "birth_on": "1950-05-01", "sex": "female", "residence": "rural"}
_SA |= {"spouse": "none", "births_against_rules": "none"}
TWO_DAUGHTERS = "1975-01-01:female:alive|1978-01-01:female:alive"
SON_AND_DAUGHTER = "1975-01-01:male:alive|1978-01-01:female:alive"


@pytest.mark.parametrize(
    ("cells", "status"),
    [
        (_RR | {"children": TWO_DAUGHTERS, "recorded": "960.00"}, "ok"),
        (_RR | {"children": TWO_DAUGHTERS, "recorded": "0.00"}, "discrepancy"),
        (_RR | {"children": SON_AND_DAUGHTER, "recorded": "960.00"}, "discrepancy"),
        (_RR | {"children": SON_AND_DAUGHTER, "recorded": "0"}, "ok"),
        (_RR | {"children": "1975-01-01:male:dead", "recorded": "960"}, "ok"),  # 子女死亡现无子女
        (_RR | {"children": "", "recorded": "960.00"}, "undetermined"),  # not given
        (_RR | {"children": TWO_DAUGHTERS, "births_against_rules": "", "recorded": "960.00"}, "undetermined"),
        (_RR | {"children": TWO_DAUGHTERS, "births_against_rules": "1980", "recorded": "0.00"}, "ok"),
        (_RR | {"children": TWO_DAUGHTERS, "births_against_rules": "2005", "recorded": "960.00"}, "ok"),
        (_RR | {"children": TWO_DAUGHTERS, "spouse": "urban", "recorded": "0.00"}, "ok"),
        (_SA | {"children": "1975-01-01:male:alive:4", "recorded": "0.00"}, "ok"),  # grade 4
        (_SA | {"children": "1975-01-01:male:alive:2", "recorded": "0.00"}, "discrepancy"),
        (_SA | {"children": "1975-01-01:male:alive:2|1976-01-01:male:dead", "recorded": "0"}, "ok"),
        (_SA | {"children": "1945-01-01:male:alive:2", "recorded": "0.00"}, "malformed"),
    ],
)  # fmt: skip
def test_batch_path_rows_worked_by_hand(
    cells: dict[str, str], status: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [(2, _one({"case_id": "X"} | cells))] * 3
    monkeypatch.setattr(_audit, "BATCH_FROM", 1)
    batched = list(_audit.audit_rows(rows))
    scalar = _scalar(rows)
    assert [r.status for r in batched] == [r.status for r in scalar] == [status] * 3
    if status != "ok":
        assert batched == scalar


# -- reading the register: the cells csv.reader gives, without its cost ------------------

_PIECES = ("a", "1", "é", ",", ",", ",", '"', '"a,b"', '""', " ", "\t", "\u3000")
_PIECES += ("\r\n", "\n", "\r", "\x0c", "\x85", "\u2028", "\0")


@pytest.mark.parametrize("seed", range(4))
def test_records_are_what_csv_reader_reads(seed: int) -> None:
    """Each record's cells (stripped, and as read) and its first and last line
    are those of csv.reader over the same lines, for text of commas, quotes,
    spaces and every line end str.splitlines knows."""
    rng = random.Random(seed)
    for _ in range(300):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 60)))
        reader = csv.reader(text.splitlines(keepends=True))
        expected = []
        end = 0
        try:
            for cells in reader:
                expected.append((end + 1, reader.line_num, [c.strip() for c in cells], cells))
                end = reader.line_num
        except csv.Error:
            with pytest.raises(csv.Error):
                list(_audit._records(text))
            continue
        got = list(_audit._records(text))
        blank = [r for r in got if not any(r[2])]
        # a blank line is [] for csv.reader and [""] split on commas: both are skipped
        assert [r for r in got if r not in blank] == [r for r in expected if any(r[2])]
        assert [(r[0], r[1]) for r in got] == [(r[0], r[1]) for r in expected]


def test_extra_cells_are_shown_as_written() -> None:
    # the message lists the extra cells as the file has them (spaces kept), as it always did
    reg = _audit.parse_register("case_id,kind,recorded\nA,bogus,1, x ,\t\n")
    assert reg.rows[0][1][" cells"] == (
        "the row has 5 cells but the header has 3 columns; extra cells [' x ']"
    )
