"""The command line, through its real entry point ``main(argv)``."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from familyplan.cli import main


def run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    code = main(argv, stdout=out)
    return code, out.getvalue()


class TestStatutes:
    def test_lists_the_registry(self) -> None:
        code, out = run(["statutes"])
        assert code == 0
        assert "levy-measures\t《社会抚养费征收管理办法》" in out
        assert "2002-09-01" in out

    def test_json_round_trip(self) -> None:
        code, out = run(["statutes", "--json"])
        assert code == 0
        data = json.loads(out)
        ids = [s["id"] for s in data["statutes"]]
        assert "levy-measures" in ids
        assert data["rules_version"]


class TestProvision:
    def test_human(self) -> None:
        code, out = run(["provision", "levy-measures", "8", "--on", "2010-01-01"])
        assert code == 0
        assert out.startswith("《社会抚养费征收管理办法》第八条")
        assert "千分之二" in out

    def test_json(self) -> None:
        code, out = run(["provision", "levy-measures", "8", "--on", "2010-01-01", "--json"])
        assert code == 0
        data = json.loads(out)
        assert data["citation"] == "《社会抚养费征收管理办法》第八条"
        assert data["version"]["effective_from"] == "2002-09-01"

    @pytest.mark.parametrize(
        ("argv", "needle"),
        [
            (["provision", "levy-measures", "8", "--on", "2022-01-01"], "not in force"),
            (["provision", "levy-measures", "8", "--on", "2010-13-01"], "--on: must be"),
            (["provision", "nope", "8", "--on", "2010-01-01"], "statute_id must be one of"),
            (["provision", "levy-measures", "999", "--on", "2010-01-01"], "article must be one of"),
        ],
    )
    def test_bad_input_exit_2_no_traceback(
        self, argv: list[str], needle: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, _ = run(argv)
        assert code == 2
        err = capsys.readouterr().err
        assert needle in err
        assert "Traceback" not in err

    def test_usage_error_exit_2(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, _ = run(["provision", "levy-measures", "zero", "--on", "2010-01-01"])
        assert code == 2


def test_python_dash_m_entry_point() -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "familyplan",
            "provision",
            "levy-measures",
            "8",
            "--on",
            "2010-01-01",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "第八条" in proc.stdout


class TestFigures:
    def test_lists_the_late_fee_rate_with_its_words_and_article(self) -> None:
        code, out = run(["figures", "--statute", "levy-measures"])
        assert code == 0
        # 357 art. 8: 每月加收欠缴社会抚养费的千分之二的滞纳金
        line = next(x for x in out.splitlines() if x.startswith("late-fee.rate-per-month"))
        assert "0.002" in line
        assert "「千分之二」" in line
        assert "第八条" in line

    def test_json_round_trips(self) -> None:
        code, out = run(["figures", "--on", "2010-01-01", "--json"])
        assert code == 0
        data = json.loads(out)
        ids = {f["id"] for f in data["figures"]}
        assert "late-fee.rate-per-month" in ids
        assert all(f["words"] in f["quote"] for f in data["figures"])

    def test_no_match_says_so(self) -> None:
        # 357 was no longer in force in 2023: none of its figures applies
        code, out = run(["figures", "--on", "2023-01-01", "--statute", "levy-measures"])
        assert code == 0
        assert "no figure matches" in out

    def test_bad_date_exit_2(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, _ = run(["figures", "--on", "2023-13-01"])
        assert code == 2
        assert "YYYY-MM-DD" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "usage", "wrong"),
    [
        # a wrong option after the command: that command's usage, not the top-level one
        (
            ["late-fee", "100", "--due-on", "2013-01-31", "--as-of", "2014-01-31", "--principal", "5"],
            "usage: familyplan late-fee ",
            "familyplan late-fee: error: unrecognized arguments: --principal 5",
        ),
        (["statutes", "--bogus"], "usage: familyplan statutes ", "unrecognized arguments: --bogus"),
        (["statutes", "extra"], "usage: familyplan statutes ", "unrecognized arguments: extra"),
        (
            ["deadline", "review", "--trigger-on", "2015-03-01", "--due-on", "2015-04-01"],
            "usage: familyplan deadline ",
            "unrecognized arguments: --due-on 2015-04-01",
        ),
        # before the command it is the top level's
        (["--bogus", "statutes"], "usage: familyplan [-h]", "familyplan: error: unrecognized"),
        # a missing or wrong argument of the command was already the command's
        (["late-fee", "--principal", "5"], "usage: familyplan late-fee ", "required"),
    ],
)  # fmt: skip
def test_bad_usage_shows_the_commands_usage(
    argv: list[str], usage: str, wrong: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(argv)
    err = capsys.readouterr().err
    assert code == 2
    assert out == ""
    assert err.startswith(usage), err
    assert wrong in err.splitlines()[-1], err
