"""Inputs and results as JSON (issue 15 §3): round trips, generated schemas, ``eval --jsonl``.

The schemas are generated from the types at run time (nothing is committed to
go stale); these tests validate real inputs and real outputs against them with
the maintained validator ``jsonschema``.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from familyplan import cli, deadlines, eligibility, penalties, schemas
from familyplan.money import FEN_HALF_UP, YUAN_DOWN, Rounding

D = Decimal


def _check(instance: Any, name: str) -> None:
    doc = schemas.schema(name)
    jsonschema.Draft202012Validator.check_schema(doc)
    validator = jsonschema.Draft202012Validator(doc, format_checker=jsonschema.FormatChecker())
    validator.validate(json.loads(json.dumps(instance)))


# ------------------------------------------------------------------ one instance of every input

HUNAN_CASE = penalties.LevyCase(
    jurisdiction="430602",
    birth_on="2017-05-01",
    decided_on="2017-09-01",
    circumstance="extra-child",
    children_over_limit=1,
    parties=(
        penalties.Party("mother", actual_income="20000", residence="urban"),
        penalties.Party("father", actual_income=None, residence="rural", occupation="farmer"),
    ),
    income_base=penalties.IncomeBase(
        urban_disposable="28000", rural_net="11000", year=2016, area="430602"
    ),
)
APPLICANT = eligibility.Applicant(
    "1950-05-01",
    "female",
    residence="rural",
    registered_in="430602",
    spouse=eligibility.NO_SPOUSE,
    children=[eligibility.Child("1975-03-01", "male", alive=False)],
)
_INSTANCES: dict[str, Any] = {
    "LevyCase": HUNAN_CASE,
    "Party": HUNAN_CASE.parties[0],
    "IncomeBase": HUNAN_CASE.income_base,
    "HeavierPolicy": penalties.HeavierPolicy(D("0.25")),
    "ProgressionPolicy": penalties.ProgressionPolicy(),
    "LateFeePayment": penalties.LateFeePayment("2013-07-15", "40000"),
    "Instalment": penalties.Instalment("2013-01-31", "50000"),
    "LateFeePolicy": penalties.LateFeePolicy(months="started", rounding=YUAN_DOWN),
    "DiscretionPolicy": penalties.DiscretionPolicy(cuts=("1/4", "3/4"), source="某县裁量基准"),
    "Applicant": APPLICANT,
    "Child": APPLICANT.children[0],  # type: ignore[index]
    "Spouse": eligibility.Spouse("male", born_on="1948-01-01", residence="rural"),
    "Pregnancy": eligibility.Pregnancy(weeks=20),
    "ChildcareClaim": eligibility.ChildcareClaim(born_on="2025-03-01"),
    "LocalRates": eligibility.LocalRates(top_up="20", reference="某县文件"),
    "Policy": eligibility.Policy(),
    "Payment": eligibility.Payment(2014, "2040", "2014-06-30"),
    "Death": eligibility.Death("2015-01-01"),
    "UrbanPension": eligibility.UrbanPension("2015-01-01"),
    "Birth": eligibility.Birth("2015-01-01"),
    "Adoption": eligibility.Adoption("2015-01-01"),
    "Recovery": eligibility.Recovery("2015-01-01"),
    "Fraud": eligibility.Fraud("2015-01-01"),
    "Divorce": eligibility.Divorce("2015-01-01", pregnant=False),
    "Rounding": YUAN_DOWN,
}


def test_every_input_type_has_an_instance_here() -> None:
    assert {c.__name__ for c in schemas.INPUT_TYPES} == set(_INSTANCES)


@pytest.mark.parametrize("name", sorted(_INSTANCES))
def test_input_round_trips_through_json_and_validates(name: str) -> None:
    obj = _INSTANCES[name]
    data = json.loads(json.dumps(obj.to_dict()))
    assert type(obj).from_dict(data) == obj
    _check(data, name)


@pytest.mark.parametrize("name", sorted(_INSTANCES))
def test_from_dict_refuses_unknown_keys(name: str) -> None:
    from familyplan.errors import InvalidInput

    data = _INSTANCES[name].to_dict()
    data["colour"] = "blue"
    with pytest.raises(InvalidInput) as err:
        type(_INSTANCES[name]).from_dict(data)
    assert err.value.field.endswith("colour")


def test_from_dict_errors_name_the_nested_field() -> None:
    from familyplan.errors import InvalidInput

    data = HUNAN_CASE.to_dict()
    data["income_base"]["urban_disposable"] = "1.005"
    with pytest.raises(InvalidInput) as err:
        penalties.LevyCase.from_dict(data)
    assert err.value.field == "income_base.urban_disposable"
    with pytest.raises(InvalidInput) as err:
        penalties.LevyCase.from_dict([1, 2])  # type: ignore[arg-type]
    assert err.value.field == "LevyCase"


# ------------------------------------------------------------------ properties

money = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False)
days = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2020, 12, 31))


@given(
    role=st.sampled_from(["mother", "father", "甲"]),
    income=st.none() | money,
    residence=st.sampled_from(["urban", "rural"]),
    occupation=st.none() | st.sampled_from(["employee", "self-employed", "unemployed", "farmer"]),
    n=st.none() | st.integers(1, 9),
)
def test_party_round_trip(
    role: str, income: Decimal | None, residence: str, occupation: str | None, n: int | None
) -> None:
    p = penalties.Party(
        role,
        actual_income=income,
        residence=residence,  # type: ignore[arg-type]
        occupation=occupation,
        children_over_limit=n,
    )  # type: ignore[arg-type]
    assert penalties.Party.from_dict(json.loads(json.dumps(p.to_dict()))) == p


@given(urban=money, rural=money, year=st.integers(1990, 2030), area=st.text(max_size=8))
def test_income_base_round_trip(urban: Decimal, rural: Decimal, year: int, area: str) -> None:
    b = penalties.IncomeBase(urban_disposable=urban, rural_net=rural, year=year, area=area)
    assert penalties.IncomeBase.from_dict(json.loads(json.dumps(b.to_dict()))) == b


@given(paid_on=days, amount=money.filter(lambda d: d > 0))
def test_payment_and_instalment_round_trip(paid_on: dt.date, amount: Decimal) -> None:
    for obj in (penalties.LateFeePayment(paid_on, amount), penalties.Instalment(paid_on, amount)):
        assert type(obj).from_dict(json.loads(json.dumps(obj.to_dict()))) == obj


@given(
    born=days,
    sex=st.sampled_from(["male", "female"]),
    alive=st.none() | st.booleans(),
    adopted=st.booleans(),
    grade=st.none() | st.integers(1, 10),
)
def test_child_round_trip(
    born: dt.date, sex: str, alive: bool | None, adopted: bool, grade: int | None
) -> None:
    c = eligibility.Child(born, sex, alive=alive, adopted=adopted, disability_grade=grade)
    assert eligibility.Child.from_dict(json.loads(json.dumps(c.to_dict()))) == c


@given(
    quantum=st.sampled_from(["0.01", "1"]),
    mode=st.sampled_from(["half-up", "down"]),
    months=st.sampled_from(["completed", "started"]),
    allocation=st.sampled_from(["principal-first", "fee-first"]),
)
def test_policies_round_trip(quantum: str, mode: str, months: str, allocation: str) -> None:
    r = Rounding(quantum=quantum, mode=mode)  # type: ignore[arg-type]
    p = penalties.LateFeePolicy(months=months, allocation=allocation, rounding=r)  # type: ignore[arg-type]
    assert Rounding.from_dict(json.loads(json.dumps(r.to_dict()))) == r
    assert penalties.LateFeePolicy.from_dict(json.loads(json.dumps(p.to_dict()))) == p


@given(top_up=money, rate=st.none() | money, reference=st.text(max_size=10))
def test_local_rates_round_trip(top_up: Decimal, rate: Decimal | None, reference: str) -> None:
    r = eligibility.LocalRates(top_up=top_up, monthly_rate=rate, reference=reference)
    assert eligibility.LocalRates.from_dict(json.loads(json.dumps(r.to_dict()))) == r


@given(n=st.integers(1, 4), heavier=st.booleans(), parties=st.integers(1, 2))
def test_levy_case_round_trip(n: int, heavier: bool, parties: int) -> None:
    import attrs

    c = attrs.evolve(
        HUNAN_CASE, children_over_limit=n, heavier=heavier, parties=HUNAN_CASE.parties[:parties]
    )
    data = json.loads(json.dumps(c.to_dict()))
    assert penalties.LevyCase.from_dict(data) == c
    _check(data, "LevyCase")


# ------------------------------------------------------------------ real outputs


REQUESTS: list[tuple[str, dict[str, Any]]] = [
    ("assess_levy", {"case": HUNAN_CASE.to_dict(), "rounding": FEN_HALF_UP.to_dict()}),
    (
        "late_fee",
        {
            "principal": "100000",
            "due_on": "2013-01-31",
            "as_of": "2014-01-31",
            "payments": [{"paid_on": "2013-07-15", "amount": "40000"}],
            "policy": {
                "months": "started",
                "allocation": "fee-first",
                "rounding": {"quantum": "0.01", "mode": "half-up"},
            },
        },
    ),
    (
        "fine_band",
        {
            "offence_id": "illegal-fp-surgery",
            "illegal_income": "10000",
            "act_on": "2016-05-01",
            "decided_on": "2022-01-01",
            "jurisdiction": "430602",
            "lenity": "codified-only",
        },
    ),
    (
        "report_reward",
        {"verified_reports": 2, "reported_on": "2017-01-01", "jurisdiction": "430602"},
    ),
    ("limitation", {"act_on": "2015-01-01", "discovered_on": "2016-01-01"}),
    ("deadline", {"step_id": "levy-payment", "trigger_on": "2019-01-10"}),
    (
        "deadline",
        {
            "step_id": "approval",
            "trigger_on": "2016-03-01",
            "jurisdiction": "430602",
            "matter": "rebirth-approval",
        },
    ),
    ("case_timeline", {"jurisdiction": "370304", "decision_served_on": "2016-03-01"}),
    ("service_effective_on", {"method": "public-notice", "dispatched_on": "2022-01-01"}),
    (
        "check",
        {
            "programme_id": "special-assistance",
            "applicant": APPLICANT.to_dict(),
            "year": 2014,
            "jurisdiction": "430602",
        },
    ),
    (
        "entitlement",
        {
            "programme_id": "special-assistance",
            "applicant": APPLICANT.to_dict(),
            "period": ["2014-01", "2014-12"],
            "jurisdiction": "430602",
        },
    ),
    (
        "verify",
        {
            "programme_id": "special-assistance",
            "recipient": APPLICANT.to_dict(),
            "year": 2015,
            "jurisdiction": "430602",
            "events": [{"kind": "death", "on": "2015-06-01"}],
            "payments": [{"year": 2015, "amount": "2040"}],
        },
    ),
]


@pytest.mark.parametrize(("calculator", "args"), REQUESTS, ids=[r[0] for r in REQUESTS])
def test_real_results_validate_against_their_schema(calculator: str, args: dict[str, Any]) -> None:
    _check(args, f"{calculator}.input")
    response = schemas.evaluate({"calculator": calculator, "input": args})
    assert response["ok"], response
    _check(response["result"], schemas.result_type(calculator).__name__)
    _check({"line": 1, **response}, "response")


def test_every_calculator_and_result_is_exercised() -> None:
    assert {c for c, _ in REQUESTS} == set(schemas.CALCULATORS)


def test_schemas_are_generated_from_the_types() -> None:
    # a field added to a type appears in its schema with no other change
    party = schemas.schema("Party")
    assert set(party["properties"]) == {
        "role",
        "actual_income",
        "residence",
        "occupation",
        "children_over_limit",
    }
    assert party["additionalProperties"] is False
    levy = schemas.schema("LevyAssessment")
    assert levy["properties"]["kind"] == {"const": "levy-assessment"}
    assert "PartyLevy" in levy["$defs"]
    deadline = schemas.schema("Deadline")
    assert deadline["properties"]["step"]["deprecated"] is True
    for name in schemas.names():
        jsonschema.Draft202012Validator.check_schema(schemas.schema(name))


def test_unknown_schema_name() -> None:
    from familyplan.errors import InvalidInput

    with pytest.raises(InvalidInput) as err:
        schemas.schema("Nope")
    assert err.value.field == "name"


# ------------------------------------------------------------------ the command line


def _run(argv: list[str], stdin: str = "") -> tuple[int, str]:
    out = io.StringIO()
    old = cli.sys.stdin
    cli.sys.stdin = io.StringIO(stdin)
    try:
        code = cli.main(argv, stdout=out)
    finally:
        cli.sys.stdin = old
    return code, out.getvalue()


def test_cli_schema_list_and_name() -> None:
    code, out = _run(["schema", "--list"])
    assert code == 0
    assert out.split() == list(schemas.names())
    code, out = _run(["schema", "LevyCase"])
    assert code == 0
    assert json.loads(out) == schemas.schema("LevyCase")
    code, _ = _run(["schema", "Nope"])
    assert code == 2


GOOD = json.dumps(
    {
        "calculator": "late_fee",
        "id": "a-1",
        "input": {"principal": "100000", "due_on": "2013-01-31", "as_of": "2014-01-31"},
    }
)
GOOD_LEVY = json.dumps({"calculator": "assess_levy", "input": {"case": HUNAN_CASE.to_dict()}})
BAD_LINES = [
    "not json",  # not JSON at all
    "[1, 2]",  # not an object
    json.dumps({"calculator": "nope", "input": {}}),  # unknown calculator
    json.dumps(
        {
            "calculator": "late_fee",
            "input": {"principal": "1.005", "due_on": "2013-01-31", "as_of": "2014-01-31"},
        }
    ),  # sub-fen amount
    json.dumps({"calculator": "late_fee", "input": {"due_on": "2013-01-31"}}),  # missing argument
    json.dumps(
        {
            "calculator": "late_fee",
            "input": {"principal": "1", "due_on": "2013-01-31", "as_of": "2014-01-31", "colour": 1},
        }
    ),
    json.dumps({"calculator": "assess_levy", "input": {"case": {"jurisdiction": "430602"}}}),
    json.dumps(
        {"calculator": "deadline", "input": {"step_id": "levy-payment", "trigger_on": "2022-01-10"}}
    ),  # NotInForce
]


def _lines(out: str) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in out.splitlines()]
    for r in rows:
        _check(r, "response")
    return rows


def test_eval_good_lines(tmp_path: Path) -> None:
    code, out = _run(["eval", "--jsonl"], GOOD + "\n" + GOOD_LEVY + "\n")
    rows = _lines(out)
    assert code == 0
    assert [r["ok"] for r in rows] == [True, True]
    assert rows[0]["id"] == "a-1"
    assert rows[0]["result"]["amount"] == "2400.00"  # 100,000 x 2‰ x 12 months (357 art. 8)
    # Hunan 2016 art. 37: mother 20,000 below the urban floor 28,000 -> 28,000 x 2;
    # father's income unknown -> the rural floor 11,000 x 2: 56,000 + 22,000
    assert rows[1]["result"]["total_minimum"] == "78000.00"
    path = tmp_path / "requests.jsonl"
    path.write_text(GOOD + "\n", encoding="utf-8")
    code, out2 = _run(["eval", "--jsonl", str(path)])
    assert code == 0
    assert _lines(out2)[0]["result"] == rows[0]["result"]


def test_eval_bad_lines_each_get_an_error_object() -> None:
    code, out = _run(["eval", "--jsonl"], "\n".join(BAD_LINES) + "\n")
    rows = _lines(out)
    assert code == 0
    assert [r["ok"] for r in rows] == [False] * len(BAD_LINES)
    assert [r["line"] for r in rows] == list(range(1, len(BAD_LINES) + 1))
    by_field = [r["error"]["field"] for r in rows]
    assert by_field[:7] == [
        "line",
        "request",
        "calculator",
        "principal",
        "principal",
        "colour",
        "case.birth_on",
    ]
    assert rows[3]["error"] == {
        "type": "InvalidInput",
        "message": rows[3]["error"]["message"],
        "field": "principal",
        "value": "1.005",
        "allowed": "an amount with at most 2 decimal places (fen)",
    }
    assert rows[7]["error"]["type"] == "NotInForce"


def test_eval_mixed_lines_lose_nothing() -> None:
    lines = [GOOD, BAD_LINES[0], "", GOOD_LEVY, BAD_LINES[3], GOOD]
    code, out = _run(["eval", "--jsonl"], "\n".join(lines) + "\n")
    rows = _lines(out)
    assert code == 0
    assert [(r["line"], r["ok"]) for r in rows] == [
        (1, True),
        (2, False),
        (4, True),
        (5, False),
        (6, True),
    ]


def test_eval_needs_jsonl() -> None:
    code, _ = _run(["eval"], GOOD)
    assert code == 2


def test_json_numbers_are_read_exactly() -> None:
    # a JSON number with a fraction is read as a Decimal, never a float
    line = json.dumps(
        {"calculator": "late_fee", "input": {"due_on": "2013-01-31", "as_of": "2014-01-31"}}
    )
    line = line[:-2] + ', "principal": 100000.10}}'
    (row,) = _lines("\n".join(schemas.evaluate_lines([line])))
    assert row["result"]["principal"] == "100000.10"


def test_deadline_input_uses_the_step_list() -> None:
    doc = schemas.schema("deadline.input")
    assert doc["properties"]["step_id"]["enum"] == list(deadlines.STEPS)
    assert "calendar" not in doc["properties"]
