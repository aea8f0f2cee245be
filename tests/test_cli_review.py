"""Command-line gaps found in review: the Hebei occupation and progression reading,
readable NotEncoded and late-fee refusals, a typed error for an unknown amount table."""

from __future__ import annotations

import io
import json

import pytest

from familyplan import eligibility
from familyplan.cli import main
from familyplan.errors import InvalidInput


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    out = io.StringIO()
    code = main(argv, stdout=out)
    return code, out.getvalue(), capsys.readouterr().err


HEBEI = [
    "levy", "--jurisdiction", "130132", "--birth-on", "2010-05-01", "--decided-on", "2010-09-01",
    "--circumstance", "extra-child", "--urban-base", "15000", "--rural-base", "5000",
    "--base-year", "2009", "--json",
]  # fmt: skip


def test_hebei_occupation_from_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    # 《河北省人口与计划生育条例》第四十六条第（一）项: 国家工作人员、企业职工 → 本人上年度工资总额
    # 二点五倍; 城镇无业居民 → 本市、镇居民上年度人均可支配收入二点五倍; 生育第三个子女的 … 各加百分之百.
    # Third child: 5 x. Mother, employee, 30,000 → 150,000; father, urban, no work, the base
    # 15,000 → 75,000; the couple 225,000 (no maximum: 不低于).
    argv = [*HEBEI, "--birth-order", "3", "--mother", "urban:30000:employee"]
    code, out, err = run([*argv, "--father", "urban::unemployed"], capsys)
    assert (code, err) == (0, "")
    body = json.loads(out)
    assert body["total_minimum"] == "225000.00"
    assert body["total_maximum"] is None


def test_hebei_progression_reading(capsys: pytest.CaptureFixture[str]) -> None:
    # 以此递进累加, a fourth child, a farmer on the rural base 5,000: the default reading adds
    # the second-child amount again (2.5 x 3 = 7.5 x = 37,500); add-previous-amount doubles
    # the third child's 5 x (10 x = 50,000).
    argv = [*HEBEI, "--birth-order", "4", "--mother", "rural::farmer"]
    code, out, _ = run(argv, capsys)
    assert (code, json.loads(out)["total_minimum"]) == (0, "37500.00")
    code, out, _ = run([*argv, "--progression", "add-previous-amount"], capsys)
    assert (code, json.loads(out)["total_minimum"]) == (0, "50000.00")


def test_a_bad_occupation_names_the_choices(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run([*HEBEI, "--mother", "urban:30000:teacher"], capsys)
    assert code == 2
    assert "employee, self-employed, unemployed, farmer" in err


def test_not_encoded_reads_reason_first(capsys: pytest.CaptureFixture[str]) -> None:
    # special assistance 2019: the 450 / 350 standard's document was not found (issue 18)
    code, _, err = run(
        [
            "eligibility",
            "special-assistance",
            "--jurisdiction",
            "430602",
            "--born-on",
            "1955-05-01",
            "--sex",
            "female",
            "--residence",
            "rural",
            "--spouse",
            "rural",
            "--children",
            "1980-03-01:male:dead",
            "--year",
            "2019",
        ],
        capsys,
    )
    assert code == 2
    first = err.splitlines()[0]
    assert first.startswith("familyplan: error: --year: special-assistance has no encoded amount")
    assert "the last encoded year before it is 2016" in first
    assert "    2022-07-01 to now: death 590, disability 460" in err


def test_late_fee_after_the_measures_ceased_says_why(capsys: pytest.CaptureFixture[str]) -> None:
    # due 2021-10-01: default from 2021-10-02, after 《社会抚养费征收管理办法》's last day in force
    # (2021-09-08): no article charges a late fee, and the message says so in words
    code, _, err = run(
        ["late-fee", "10000", "--due-on", "2021-10-01", "--as-of", "2023-01-31"], capsys
    )
    assert code == 2
    assert "late fee" in err
    assert "2021-09-08" in err
    assert "default began on 2021-10-02" in err
    assert "late-fee.rate-per-month" not in err


def test_rate_row_of_a_programme_without_a_table() -> None:
    with pytest.raises(InvalidInput) as e:
        eligibility.rate_row("only-child-health-allowance", 2016)
    assert e.value.field == "programme_id"
