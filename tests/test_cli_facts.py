"""The CLI never fills in a fact, lists what it takes, and exits 2 on every bad input."""

from __future__ import annotations

import argparse
import io
import json

import pytest

from familyplan import penalties, statutes
from familyplan.cli import build_parser, main


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    out = io.StringIO()
    code = main(argv, stdout=out)
    return code, out.getvalue(), capsys.readouterr().err


# a rural woman born 1950 with two living daughters, checked for 2014 (the example)
TWO_DAUGHTERS = [
    "eligibility", "rural-reward", "--jurisdiction", "430602", "--born-on", "1950-05-01",
    "--sex", "female", "--residence", "rural", "--year", "2014",
    "--children", "1975-03-01:female:alive|1977-03-01:female:alive",
]  # fmt: skip


class TestEligibilityFacts:
    def test_omitted_facts_stay_unknown(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, _ = run([*TWO_DAUGHTERS, "--json"], capsys)
        assert code == 0
        data = json.loads(out)
        assert data["eligible"] is None  # never True on facts nobody gave
        unknown = {c["id"] for c in data["conditions"] if c["met"] is None}
        assert "rural-reward.spouse-rural-registration" in unknown
        code, out, _ = run(TWO_DAUGHTERS, capsys)
        assert out.startswith("rural-reward: undetermined (")
        assert "eligible;" not in out
        assert "--spouse none" in out  # says how to give the facts

    @pytest.mark.parametrize("none", ["none", "0"])
    def test_none_is_sayable(self, none: str, capsys: pytest.CaptureFixture[str]) -> None:
        # 每人每月不低于80元 x 12 = 960 (财教〔2011〕623号): two daughters qualify (国办发〔2004〕21号)
        argv = [*TWO_DAUGHTERS, "--spouse", "none", "--birth-against-rules", none]
        code, out, _ = run(argv, capsys)
        assert code == 0
        assert out.startswith("rural-reward: eligible; amount 960.00")

    def test_a_birth_against_the_rules(self, capsys: pytest.CaptureFixture[str]) -> None:
        argv = [*TWO_DAUGHTERS, "--spouse", "none", "--birth-against-rules", "1985"]
        code, out, _ = run(argv, capsys)
        assert code == 0
        assert out.startswith("rural-reward: not eligible")

    def test_children_none(self, capsys: pytest.CaptureFixture[str]) -> None:
        argv = [*TWO_DAUGHTERS[:-2], "--children", "none", "--spouse", "none"]
        code, out, _ = run([*argv, "--birth-against-rules", "none", "--json"], capsys)
        assert code == 0
        assert json.loads(out)["eligible"] is False  # no child: not a family of the programme

    def test_none_and_a_year_together_is_refused(self, capsys: pytest.CaptureFixture[str]) -> None:
        argv = [*TWO_DAUGHTERS, "--birth-against-rules", "none", "--birth-against-rules", "1985"]
        code, _, err = run(argv, capsys)
        assert code == 2
        assert "--birth-against-rules" in err


class TestOffences:
    def test_lists_the_ids_fine_takes(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, _ = run(["offences", "--json"], capsys)
        assert code == 0
        ids = [o["id"] for o in json.loads(out)]
        assert ids == [o.id for o in penalties.offences()]
        for i in ids:
            assert penalties.offence(i).id == i

    def test_by_jurisdiction(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, _ = run(["offences", "--jurisdiction", "370304"], capsys)
        assert code == 0
        assert "shandong-illegal-fp-surgery\t370000" in out
        assert "hunan-forging-fp-certificates" not in out
        assert "illegal-fp-surgery\t100000" in out  # national offences apply everywhere

    def test_matters_link_their_offences(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, _ = run(["matters", "430602", "--json"], capsys)
        assert code == 0
        matters = {m["id"]: m for m in json.loads(out)}
        # 岳阳楼区's list: 伪造、变造、买卖计划生育证明的处罚, basis 人口与计划生育法第三十七条
        assert matters["fine-forging-fp-certificates"]["offence_ids"] == ["forging-fp-certificates"]
        known = {o.id for o in penalties.offences("430602")}
        linked = [i for m in matters.values() for i in m["offence_ids"]]
        assert linked
        assert set(linked) <= known
        for m in statutes.matters("430602"):
            if m.kind == "行政处罚":
                assert matters[m.id]["offence_ids"], m.id
        code, out, _ = run(["matters", "430602"], capsys)
        assert "offences (familyplan fine ID): forging-fp-certificates" in out


def _subparser(name: str) -> argparse.ArgumentParser:
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action.choices[name]  # type: ignore[no-any-return]
    raise AssertionError(name)


def _commands() -> list[str]:
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    raise AssertionError


class TestHelp:
    @pytest.mark.parametrize("command", _commands())
    def test_every_date_flag_gives_its_format(self, command: str) -> None:
        for action in _subparser(command)._actions:
            if action.dest.endswith("_on") or action.dest in ("on", "as_of"):
                assert action.help is not None
                assert "YYYY-MM-DD" in action.help, (command, action.dest)

    @pytest.mark.parametrize("command", ["fine", "levy", "late-fee"])
    def test_amount_flags_state_the_format(self, command: str) -> None:
        for action in _subparser(command)._actions:
            if action.dest in (
                "illegal_income",
                "fees_charged",
                "urban_base",
                "rural_base",
                "principal",
                "mother",
            ):
                assert action.help is not None
                assert "yuan, up to two decimals, thousands separators" in action.help

    def test_choices_are_listed(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("COLUMNS", "1000")  # no wrapping inside hyphenated ids
        assert main(["levy", "--help"]) == 0
        text = " ".join(capsys.readouterr().out.split())
        for c in penalties.Circumstance:
            assert c.value in text
        assert main(["eligibility", "--help"]) == 0
        text = " ".join(capsys.readouterr().out.split())
        assert "rural-reward" in text
        assert "special-assistance" in text
        assert "omitted: not given" in text
        assert main(["deadline", "--help"]) == 0
        assert "levy-payment" in capsys.readouterr().out
        assert main(["fine", "--help"]) == 0
        assert "familyplan offences" in capsys.readouterr().out


LEVY = [
    "levy", "--jurisdiction", "430611", "--birth-on", "2017-05-01", "--decided-on", "2017-09-01",
    "--circumstance", "extra-child", "--rural-base", "12000", "--base-year", "2016",
]  # fmt: skip
LATE = ["late-fee", "100000", "--due-on", "2013-01-31", "--as-of", "2014-01-31"]
FINE = ["fine", "illegal-fp-surgery", "--act-on", "2016-05-01", "--jurisdiction", "430602"]


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        ([*LEVY, "--urban-base", "30000"], "give --mother or --father"),
        ([*LEVY, "--urban-base", "1e400", "--mother", "urban"], "--urban-base"),
        ([*LEVY, "--urban-base", "30000", "--mother", "urban:1e400"], "--mother"),
        ([*LEVY, "--urban-base", "30000", "--mother", "town"], "--mother"),
        ([*LEVY, "--urban-base", "30000", "--mother", "urban", "--circumstance", "x"], "x"),
        (["late-fee", "1e400", *LATE[2:]], "principal"),
        (["late-fee", "12.345", *LATE[2:]], "principal"),
        ([*LATE, "--payment", "2013-05-01"], "--payment"),
        ([*LATE, "--payment", "2013-05-01:1e400"], "--payment"),
        ([*LATE, "--as-of", "31/01/2014"], "--as-of"),
        ([*FINE, "--illegal-income", "1e400"], "--illegal-income"),
        ([*FINE, "--illegal-income", "-5"], "--illegal-income"),
        ([*FINE[:2], "--act-on", "2016-5-1", *FINE[4:]], "--act-on"),
        (["fine", "nope", *FINE[2:]], "familyplan offences"),
        ([*TWO_DAUGHTERS, "--children", ""], "--children"),
        ([*TWO_DAUGHTERS[:-2], "--children", "x"], "children"),
        ([*TWO_DAUGHTERS, "--birth-against-rules", "85"], "--birth-against-rules"),
        ([*TWO_DAUGHTERS, "--spouse", "maybe"], "--spouse"),
        (["eligibility", "nope", *TWO_DAUGHTERS[2:]], "invalid choice"),
        (["timeline", "--jurisdiction", "430602"], "at least one date"),
        (["timeline", "--jurisdiction", "430602", "--decision-on", "2019-02-30"], "--decision-on"),
        (["offences", "--jurisdiction", "12"], "--jurisdiction"),
        (["matters", "999999"], "999999"),
        (["provision", "levy-measures", "8", "--on", "2010-1-1"], "--on"),
        (["audit", "/no/such/register.csv"], "register"),
        (["no-such-command"], "invalid choice"),
        # a child born before the parent: the message shows the date as typed, not a Python repr
        ([*TWO_DAUGHTERS[:-2], "--children", "1940-01-01:male:alive"], "got 1940-01-01"),
    ],
)
def test_every_bad_input_exits_2(
    argv: list[str], needle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(argv, capsys)
    assert code == 2, err
    assert out == ""
    assert needle in err
    assert "Traceback" not in err
    assert "internal error" not in err
    assert "Party objects" not in err
    assert "datetime." not in err
