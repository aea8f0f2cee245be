"""The calculator subcommands and ``audit``, through ``main(argv)`` and a subprocess."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from familyplan.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    out = io.StringIO()
    code = main(argv, stdout=out)
    return code, out.getvalue(), capsys.readouterr().err


FINE = [
    "fine",
    "illegal-fp-surgery",
    "--act-on",
    "2016-05-01",
    "--jurisdiction",
    "430602",
    "--illegal-income",
    "12000",
]
LEVY = [
    "levy", "--jurisdiction", "430611", "--birth-on", "2017-05-01", "--decided-on", "2017-09-01",
    "--circumstance", "extra-child", "--mother", "urban:20000", "--father", "rural:50000",
    "--urban-base", "30000", "--rural-base", "12000", "--base-year", "2016",
]  # fmt: skip
LATE = ["late-fee", "100000", "--due-on", "2013-01-31", "--as-of", "2014-01-31"]
LATE_2023 = ["late-fee", "100000", "--due-on", "2020-01-31", "--as-of", "2023-01-31"]
HEBEI_THIRD = [
    "levy", "--jurisdiction", "130525", "--birth-on", "2010-03-01", "--decided-on", "2010-06-01",
    "--circumstance", "extra-child", "--birth-order", "3", "--father", "rural",
    "--urban-base", "8000", "--rural-base", "3000", "--base-year", "2009",
]  # fmt: skip
ELIG = [
    "eligibility", "rural-reward", "--jurisdiction", "430602", "--born-on", "1950-05-01", "--sex", "female",
    "--residence", "rural", "--spouse", "none", "--birth-against-rules", "none",
    "--children", "1975-03-01:male:alive", "--year", "2014",
]  # fmt: skip


@pytest.mark.parametrize(
    ("argv", "headline", "key", "value"),
    [
        # 12,000 x 2 .. x 6 (npfp 2015 art. 36: 一万元以上 2-6 倍)
        (FINE, "24000.00 – 72000.00", "maximum", "72000.00"),
        # mother floor 30,000 x 2..6, father 50,000 x 2..6
        (LEVY, "160000.00 – 480000.00", "total_minimum", "160000.00"),
        # 12 months x 200
        (LATE, "2400.00", "amount", "2400.00"),
        # due 2020-01-31, as of 2023-01-31: accrual stops on 2021-09-08, when 357 ceased:
        # Feb 2020 .. Aug 2021 = 19 months x 200 (issue 14 item 6); --after-cessation continue: 36
        (LATE_2023, "3800.00", "months", 19),
        ([*LATE_2023, "--after-cessation", "continue"], "7200.00", "months", 36),
        # Hebei (隆尧县) art. 46 item 1, a third child: 2.5 x + 100 % = 5 x the township
        # rural figure 3,000 (farmer) = 15,000, no maximum (不低于)
        (HEBEI_THIRD, "15000.00", "total_minimum", "15000.00"),
        # 每人每月不低于80元 x 12
        (ELIG, "eligible; amount 960.00", "amount", "960.00"),
        # 湖南 art. 37 (二) 从重, no measure given: the whole 2..6 range stays (as LEVY)
        ([*LEVY, "--heavier"], "160000.00 – 480000.00", "total_minimum", "160000.00"),
        # the county's measure, the upper half: 4..6 x (30,000 + 50,000) = 320,000..480,000
        (
            [*LEVY, "--heavier", "--heavier-share", "0.5"],
            "320000.00 – 480000.00",
            "total_minimum",
            "320000.00",
        ),
    ],
)
def test_success_and_json(
    argv: list[str], headline: str, key: str, value: object, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(argv, capsys)
    assert code == 0
    assert headline in out
    code, out, _ = run([*argv, "--json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert data[key] == value
    assert data["rules_version"]


@pytest.mark.parametrize(
    ("argv", "headline"),
    [
        # 1,000 x 千分之二 x 1 completed month (2015-01-10 -> 2015-02-10) = 2.00
        (["1000", "--due-on", "2015-01-10", "--as-of", "2015-02-15", "--lang", "en"],
         "late fee: 2.00 元 (1 month)"),
        (["1000", "--due-on", "2015-01-10", "--as-of", "2015-02-15"], "滞纳金：2.00 元（1个月）"),
        # no month completed by 2015-02-09
        (["1000", "--due-on", "2015-01-10", "--as-of", "2015-02-09", "--lang", "en"],
         "late fee: 0.00 元 (0 months)"),
        # 100,000 x 千分之二 x 12 months = 2,400
        ([*LATE[1:], "--lang", "en"], "late fee: 2400.00 元 (12 months)"),
        ([*LATE[1:], "--lang", "zh"], "滞纳金：2400.00 元（12个月）"),
        # 564 months x 千分之二 = 1.128 x principal > principal: 行政强制法 art. 45 caps it at 1,000
        (["1000", "--due-on", "2013-01-31", "--as-of", "2060-01-31", "--after-cessation",
          "continue", "--lang", "en"], "late fee: 1000.00 元 (564 months, capped)"),
        (["1000", "--due-on", "2013-01-31", "--as-of", "2060-01-31", "--after-cessation",
          "continue"], "滞纳金：1000.00 元（564个月，以本金为限）"),
    ],
)  # fmt: skip
def test_late_fee_headline_counts_months_in_words(
    argv: list[str], headline: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["late-fee", *argv], capsys)
    assert code == 0
    assert out.splitlines()[0] == headline


def test_english_explanation(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run([*LATE, "--lang", "en"], capsys)
    assert code == 0
    assert "levy-measures (2002) art. 8" in out
    code, out, _ = run(LATE, capsys)
    assert "《社会抚养费征收管理办法》第八条" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["fine", "no-such-offence", "--act-on", "2016-05-01", "--jurisdiction", "430602"],
            "offence_id",
        ),
        ([*FINE[:-1], "-1"], "illegal"),
        (["late-fee", "1500.001", "--due-on", "2013-01-31", "--as-of", "2014-01-31"], "principal"),
        (["late-fee", "100", "--due-on", "2013-02-30", "--as-of", "2014-01-31"], "--due-on"),
        ([*LATE, "--payment", "2015-01-01:10"], "payments"),
        ([*LEVY[:-2], "--base-year", "2016", "--decided-on", "2022-01-01"], "not in force"),
        ([*ELIG[:-2], "--year", "2014", "--children", "x"], "children"),
        (["audit", "/no/such/file.csv"], "register"),
        ([*LEVY, "--heavier-share", "0"], "--heavier-share"),
        ([*LEVY, "--heavier-share", "1.5"], "--heavier-share"),
        ([*LEVY, "--heavier-share", "1E+999999"], "--heavier-share"),
        ([*LEVY, "--heavier-share", "０.５"], "--heavier-share"),
    ],
)
def test_bad_input_exit_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(argv, capsys)
    assert code == 2
    assert message in err
    assert "Traceback" not in err


class TestAudit:
    def test_finds_every_planted_error_and_nothing_else(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        findings = tmp_path / "findings.csv"
        code, out, _ = run(["audit", str(EXAMPLES / "cases.csv"), "--out", str(findings)], capsys)
        assert code == 1  # findings: the linters' convention
        with open(EXAMPLES / "planted.csv", encoding="utf-8") as fh:
            planted = {(r["case_id"], r["status"]) for r in csv.DictReader(fh)}
        with open(findings, encoding="utf-8") as fh:
            found = {(r["case_id"], r["status"]) for r in csv.DictReader(fh)}
        assert found == planted
        assert f"{340 - len(planted)} ok" in out

    def test_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, _ = run(["audit", str(EXAMPLES / "cases.csv"), "--json"], capsys)
        assert code == 1
        data = json.loads(out)
        assert data["rows"] == 340
        malformed = [f for f in data["findings"] if f["status"] == "malformed"]
        assert {f["line"] for f in malformed} == {23, 24, 252}
        assert all(f["reason"] for f in malformed)

    def test_a_bad_row_never_stops_the_file(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        reg = tmp_path / "r.csv"
        reg.write_text(
            "case_id,kind,jurisdiction,recorded,principal,due_on,as_of\n"
            "a,late-fee,430602,2400.00,100000,2013-01-31,2014-01-31\n"
            "b,teleport,430602,1,,,\n"
            "c,late-fee,430602,2400.00,100000,2013-01-31,2014-01-31\n",
            encoding="utf-8",
        )
        code, out, _ = run(["audit", str(reg)], capsys)
        assert code == 1
        assert "3 rows: 2 ok, 0 discrepancies, 0 undetermined, 1 malformed" in out
        assert "line 3 b [teleport] malformed" in out


def test_python_dash_m_entry_point() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "familyplan", *LATE, "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["months"] == 12


class TestDeadlineCommands:
    def test_deadline(self, capsys: pytest.CaptureFixture[str]) -> None:
        # received 2019-01-10 + 30 days = Sat 2019-02-09, Spring Festival week -> Mon 2019-02-11
        argv = [
            "deadline",
            "levy-payment",
            "--trigger-on",
            "2019-01-10",
            "--jurisdiction",
            "430602",
        ]
        code, out, _ = run(argv, capsys)
        assert code == 0
        assert "2019-02-11" in out
        code, out, _ = run([*argv, "--json"], capsys)
        assert json.loads(out)["due_on"] == "2019-02-11"

    def test_timeline(self, capsys: pytest.CaptureFixture[str]) -> None:
        argv = ["timeline", "--jurisdiction", "370304", "--decision-served-on", "2019-01-10"]
        code, out, _ = run(argv, capsys)
        assert code == 0
        assert "2019-02-11\tlevy-payment" in out
        code, out, _ = run([*argv, "--json"], capsys)
        assert code == 0
        steps = [d["step_id"] for d in json.loads(out)["deadlines"]]
        assert "levy-payment" in steps

    @pytest.mark.parametrize(
        ("argv", "message"),
        [
            (
                ["deadline", "teleport", "--trigger-on", "2019-01-10", "--jurisdiction", "430602"],
                "argument STEP: invalid choice: 'teleport'",
            ),
            (
                [
                    "deadline",
                    "levy-payment",
                    "--trigger-on",
                    "2019-13-10",
                    "--jurisdiction",
                    "430602",
                ],
                "--trigger-on",
            ),
            (
                [
                    "deadline",
                    "levy-payment",
                    "--trigger-on",
                    "2022-01-10",
                    "--jurisdiction",
                    "430602",
                ],
                "not in force",
            ),
            (
                [
                    "deadline",
                    "review",
                    "--trigger-on",
                    "2019-01-10",
                    "--jurisdiction",
                    "430602",
                    "--fact",
                    "x",
                ],
                "fact",
            ),
            (
                ["timeline", "--jurisdiction", "999999", "--decision-served-on", "2019-01-10"],
                "999999",
            ),
        ],
    )
    def test_bad_input(
        self, argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, _, err = run(argv, capsys)
        assert code == 2
        assert message in err
        assert "Traceback" not in err


def test_audit_batch_path_gives_the_same_findings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Large registers check late fees through familyplan.batch first: same findings, row for row."""
    from familyplan import _audit

    with open(EXAMPLES / "cases.csv", encoding="utf-8") as fh:
        rows = list(_audit.read_register(fh))
    monkeypatch.setattr(_audit, "BATCH_FROM", 10**9)
    scalar = [(r.line, r.status, r.reason) for r in _audit.audit_rows(rows)]
    monkeypatch.setattr(_audit, "BATCH_FROM", 1)
    batched = [(r.line, r.status, r.reason) for r in _audit.audit_rows(rows)]
    assert batched == scalar
    assert sum(1 for _, s, _ in batched if s != "ok") == 15
