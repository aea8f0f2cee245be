"""``familyplan audit`` on hostile registers (tests/fixtures/registers, see make_registers.py).

The good late-fee row in every fixture: 100,000 yuan due 2013-01-31, as of
2014-01-31 = 12 completed months x 千分之二 x 100,000 = 2,400.00
(《社会抚养费征收管理办法》第八条).
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from familyplan.cli import main

ROOT = Path(__file__).resolve().parents[1]
REG = ROOT / "tests" / "fixtures" / "registers"
EXAMPLES = ROOT / "examples"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    out = io.StringIO()
    code = main(argv, stdout=out)
    return code, out.getvalue(), capsys.readouterr().err


@pytest.mark.parametrize(
    ("fixture", "needles"),
    [
        ("empty.csv", ["empty"]),
        ("header_only.csv", ["no rows"]),
        ("missing_recorded.csv", ["no 'recorded' column"]),
        ("missing_kind.csv", ["no 'kind' column"]),
        ("missing_principal.csv", ["late-fee rows", "'principal'"]),
        ("duplicate_column.csv", ["'recorded' twice", "columns 4 and 8"]),
        ("semicolon.csv", ["delimited by ';'", "comma-separated"]),
        ("gbk.csv", ["line 2", "not valid utf-8", "--encoding gb18030"]),
        ("gb18030.csv", ["line 2", "--encoding gb18030"]),
        ("latin1.csv", ["line 2", "--encoding latin-1"]),
    ],
)
def test_a_register_that_cannot_be_audited_exits_2_before_any_row(
    fixture: str, needles: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["audit", str(REG / fixture)], capsys)
    assert code == 2
    assert out == ""  # no row was computed, no summary printed
    assert err.startswith("familyplan: error: ")
    for needle in needles:
        assert needle in err
    assert "Traceback" not in err
    assert "Error:" not in err  # no Python class names


@pytest.mark.parametrize(
    ("fixture", "encoding"),
    [
        ("gbk.csv", "gb18030"),
        ("gbk.csv", "gbk"),
        ("gb18030.csv", "gb18030"),
        ("latin1.csv", "latin-1"),
        ("utf8_bom.csv", None),
        ("utf16_bom.csv", None),
        ("utf8_bom.csv", "gb18030"),  # the BOM wins
    ],
)
def test_encodings(
    fixture: str, encoding: str | None, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    argv = ["audit", str(REG / fixture), "--json"]
    if encoding:
        argv += ["--encoding", encoding]
    code, out, err = run(argv, capsys)
    assert code == 0, err
    data = json.loads(out)
    assert data["counts"]["ok"] == data["rows"] >= 1


def test_gb18030_only_characters_need_gb18030(capsys: pytest.CaptureFixture[str]) -> None:
    # 㐀 (U+3400) is in GB18030 but not in GBK: asked for gbk, the message names line 2
    code, _, err = run(["audit", str(REG / "gb18030.csv"), "--encoding", "gbk"], capsys)
    assert code == 2
    assert "line 2" in err
    assert "--encoding gb18030" in err


def test_gbk_case_ids_are_read(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out_csv = tmp_path / "f.csv"
    reg = tmp_path / "r.csv"
    text = (REG / "gbk.csv").read_bytes().decode("gbk").replace("2400.00", "2400.01", 1)
    reg.write_bytes(text.encode("gbk"))
    code, out, _ = run(["audit", str(reg), "--encoding", "gbk", "--out", str(out_csv)], capsys)
    assert code == 1
    assert "岳楼罚字〔2014〕1号" in out
    assert "岳楼罚字〔2014〕1号" in out_csv.read_text(encoding="utf-8")


def test_unknown_encoding(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["audit", str(REG / "gbk.csv"), "--encoding", "klingon"], capsys)
    assert code == 2
    assert "--encoding 'klingon'" in err


def test_a_huge_number_loses_only_its_own_row(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["audit", str(REG / "huge_number.csv"), "--json"], capsys)
    assert code == 1, err
    data = json.loads(out)
    assert data["rows"] == 7
    assert data["counts"] == {"ok": 2, "discrepancy": 0, "undetermined": 0, "malformed": 5}
    reasons = {f["case_id"]: f["reason"] for f in data["findings"]}
    # the case_id of each bad row names the column that holds the 1e400
    for column in ("principal", "recorded", "mother_income", "urban_base"):
        assert reasons[column].startswith(f"{column} is '1e400', not an amount")
    assert "'1e400', not an amount" in reasons["payments"]


def test_extra_cells_are_reported_per_row(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["audit", str(REG / "extra_cells.csv")], capsys)
    assert code == 1
    assert "3 rows: 2 ok, 0 discrepancies, 0 undetermined, 1 malformed" in out
    assert "line 3 b [late-fee] malformed: the row has 9 cells" in out
    assert "'surplus'" in out


def test_an_unclosed_quote_names_the_lines_it_swallows(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(["audit", str(REG / "unclosed_quote.csv")], capsys)
    assert code == 1
    # a, b (which swallowed c up to the end of the file), nothing silently lost
    assert "line 3 b [late-fee] malformed: a quoted cell runs from line 3 to line 5" in out
    assert "lines 4–5 were read into this row and not audited" in out


def test_a_cell_beyond_the_csv_limit_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    reg = tmp_path / "r.csv"
    reg.write_text(
        "case_id,kind,recorded,principal,due_on,as_of\n"
        "a,late-fee,2400.00,100000,2013-01-31,2014-01-31\n"
        f"b,late-fee,{'9' * 200_000},100000,2013-01-31,2014-01-31\n",
        encoding="utf-8",
    )
    code, _, err = run(["audit", str(reg)], capsys)
    assert code == 2
    assert "line 3 of the register cannot be read as CSV" in err


def test_blank_children_is_not_given(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["audit", str(REG / "blank_children.csv")], capsys)
    assert code == 1
    assert "2 rows: 1 ok, 0 discrepancies, 1 undetermined, 0 malformed" in out
    assert "line 2 blank [subsidy] undetermined" in out
    assert "children not given" in out


def test_unwritable_out_keeps_the_summary(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        ["audit", str(EXAMPLES / "cases.csv"), "--out", str(REG / "out_is_a_directory")], capsys
    )
    assert code == 2
    assert out.startswith("340 rows: 325 ok")
    assert "--out" in err
    assert "the report above is complete" in err


def test_out_must_not_overwrite_the_register(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    reg = tmp_path / "r.csv"
    reg.write_bytes((REG / "utf8_bom.csv").read_bytes())
    code, _, err = run(["audit", str(reg), "--out", str(reg)], capsys)
    assert code == 2
    assert "other than the register" in err
    assert reg.read_bytes() == (REG / "utf8_bom.csv").read_bytes()


class TestExitStatus:
    def test_clean_register_exits_0(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert run(["audit", str(REG / "utf8_bom.csv")], capsys)[0] == 0

    def test_findings_exit_1_or_0_with_exit_zero(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert run(["audit", str(EXAMPLES / "cases.csv")], capsys)[0] == 1
        assert run(["audit", str(EXAMPLES / "cases.csv"), "--exit-zero"], capsys)[0] == 0

    def test_exit_zero_does_not_hide_bad_input(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert run(["audit", str(REG / "empty.csv"), "--exit-zero"], capsys)[0] == 2

    def test_documented_in_help(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["audit", "--help"]) == 0
        text = " ".join(capsys.readouterr().out.split())
        assert "exit status: 0 no findings; 1 findings" in text
        assert "--exit-zero" in text
        assert "gb18030" in text


@pytest.fixture(scope="module")
def report() -> str:
    out = io.StringIO()
    main(["audit", str(EXAMPLES / "cases.csv")], stdout=out)
    return out.getvalue()


class TestTextReport:
    def test_each_finding_cites_its_article(self, report: str) -> None:
        lines = report.splitlines()
        for i, line in enumerate(lines):
            if " discrepancy: " in line:
                assert lines[i + 1].strip().startswith("依据 《"), line
        # LF0005: late fee by 《社会抚养费征收管理办法》第八条 (千分之二 a month)
        at = next(i for i, x in enumerate(lines) if "LF0005" in x)
        assert "《社会抚养费征收管理办法》第八条" in lines[at + 1]

    def test_the_recomputed_figure_once(self, report: str) -> None:
        # LV0103: Shandong 2016 art. 37 para. 2 gives one amount, 3 x the base per spouse
        line = next(x for x in report.splitlines() if "LV0103" in x)
        assert line.count("247956.00") == 1
        assert "247956.00–247956.00" not in report
        assert "recomputed" not in report

    def test_malformed_reasons_in_words(self, report: str) -> None:
        assert "line 23 LF0022 [late-fee] malformed: due_on is missing" in report
        assert "must be a value in this column" not in report
        assert "None" not in report

    def test_out_csv_carries_the_citation(self, tmp_path: Path) -> None:
        path = tmp_path / "f.csv"
        main(["audit", str(EXAMPLES / "cases.csv"), "--out", str(path)], stdout=io.StringIO())
        with open(path, encoding="utf-8") as fh:
            rows = {r["case_id"]: r for r in csv.DictReader(fh)}
        assert "《社会抚养费征收管理办法》第八条" in rows["LF0005"]["citations"]
        assert rows["LV0103"]["recomputed"] == "247956.00"
        assert rows["LF0022"]["citations"] == ""  # malformed: nothing was computed


def test_broken_pipe_is_quiet() -> None:
    # ``familyplan audit … | head -3``: the reader goes away after three lines
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    with subprocess.Popen(
        [sys.executable, "-m", "familyplan", "audit", str(EXAMPLES / "cases.csv"), "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    ) as proc:
        assert proc.stdout is not None
        assert proc.stderr is not None
        proc.stdout.readline()
        proc.stdout.close()
        err = proc.stderr.read().decode()
        proc.wait(timeout=60)
    assert err == ""
    assert proc.returncode == 141
