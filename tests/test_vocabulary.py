"""One vocabulary across the calculators (issue 15 §2), checked on every public function.

The settled names:

* a date parameter is named ``*_on``, ``on`` or ``as_of``; ``on`` is keyword-only;
* a division is ``jurisdiction`` (never ``jurisdiction_code``);
* rounding is ``rounding=`` (a :class:`familyplan.money.Rounding`), keyword-only,
  on every calculator whose result records a rounding;
* a policy is an object (a class or enum), never a bare string;
* one spelling per thing (``instalments``, ``all_statutes``, ``decided_on``);
* a result has ``steps`` (the trace) and no other attribute named ``step``.

The old spellings still work for one minor release, with a DeprecationWarning.
"""

from __future__ import annotations

import builtins
import datetime as dt
import enum
import importlib
import inspect
import subprocess
import sys
import textwrap
import typing
from pathlib import Path

import attrs
import pytest

import familyplan
from familyplan import deadlines, eligibility, penalties, statutes
from familyplan.errors import InvalidInput
from familyplan.money import Rounding

MODULES = [
    "familyplan.statutes",
    "familyplan.penalties",
    "familyplan.deadlines",
    "familyplan.eligibility",
    "familyplan.money",
    "familyplan.explain",
    "familyplan.batch",
]

# The positional operands of the calendar arithmetic are the dates it moves or
# tests, not facts of a case, and each has one name:
#
# * ``day``: a day tested or rolled (``is_working_day(day)``, ``roll_forward(day)``);
# * ``start``: the day a period runs from, itself not counted
#   (``add_working_days(start, n)``, ``add_months(start, n)``);
# * ``start``, ``end``: a span, first day first (``working_days_between(start, end)``),
#   as in ``LatePeriod(start, end)``.
#
# Any other date parameter follows the ``*_on`` rule.
CALENDAR_OPERANDS = (("day",), ("start",), ("start", "end"))

# Parsers validate whatever a caller holds and say what is wrong with it.
PARSERS = {"familyplan.eligibility.as_year"}

RETIRED_NAMES = {"jurisdiction_code", "decision_on", "installments"}


def _functions() -> list[tuple[str, typing.Callable[..., object]]]:
    out = []
    for name in MODULES:
        mod = importlib.import_module(name)
        for attr in mod.__all__:
            obj = getattr(mod, attr)
            if inspect.isfunction(obj):
                out.append((f"{name}.{attr}", obj))
    return out


FUNCTIONS = _functions()
IDS = [n for n, _ in FUNCTIONS]


def _hints(fn: typing.Callable[..., object]) -> dict[str, object]:
    import familyplan.types

    return typing.get_type_hints(inspect.unwrap(fn), localns=vars(familyplan.types))


def _is_date_type(hint: object) -> bool:
    return dt.date in (typing.get_args(hint) or (hint,))  # date, DateLike, DateLike | None


def _input_classes() -> list[type]:
    from familyplan._json import JSONInput

    return [
        obj
        for name in MODULES
        for obj in (
            getattr(importlib.import_module(name), a) for a in importlib.import_module(name).__all__
        )
        if inspect.isclass(obj) and issubclass(obj, JSONInput)
    ]


@pytest.mark.parametrize("cls", _input_classes(), ids=lambda c: c.__name__)
def test_input_types_are_built_from_typed_arguments(cls: type) -> None:
    # an input's constructor (attrs takes a converter's parameter type) says what it takes
    loose = [
        p.name
        for p in inspect.signature(cls).parameters.values()
        if p.annotation in ("object", object, inspect.Parameter.empty)
    ]
    assert not loose, (cls.__name__, loose)


@pytest.mark.parametrize(("name", "fn"), FUNCTIONS, ids=IDS)
class TestSignatures:
    def test_date_parameters_are_named_on(
        self, name: str, fn: typing.Callable[..., object]
    ) -> None:
        hints = _hints(fn)
        params = list(inspect.signature(fn).parameters.values())
        operands = []
        for p in params:
            if p.name in hints and _is_date_type(hints[p.name]):
                if p.name.endswith("_on") or p.name in ("on", "as_of"):
                    continue
                operands.append(p)
        if not operands:
            return
        # only the calendar arithmetic has operands, named as above, leading and positional
        assert name.startswith("familyplan.deadlines."), (name, [p.name for p in operands])
        assert tuple(p.name for p in operands) in CALENDAR_OPERANDS, (name, operands)
        assert params[: len(operands)] == operands, name
        assert all(p.kind is p.POSITIONAL_OR_KEYWORD for p in operands), name

    def test_on_is_keyword_only(self, name: str, fn: typing.Callable[..., object]) -> None:
        p = inspect.signature(fn).parameters.get("on")
        assert p is None or p.kind is p.KEYWORD_ONLY, name

    def test_no_retired_names(self, name: str, fn: typing.Callable[..., object]) -> None:
        params = set(inspect.signature(fn).parameters)
        assert not params & RETIRED_NAMES, (name, params & RETIRED_NAMES)

    def test_rounding_is_a_keyword_only_rounding(
        self, name: str, fn: typing.Callable[..., object]
    ) -> None:
        p = inspect.signature(fn).parameters.get("rounding")
        if p is None:
            return
        assert p.kind is p.KEYWORD_ONLY, name
        hint = _hints(fn)["rounding"]
        assert Rounding in (typing.get_args(hint) or (hint,)), (name, hint)

    def test_policies_are_objects(self, name: str, fn: typing.Callable[..., object]) -> None:
        hints = _hints(fn)
        for p in inspect.signature(fn).parameters.values():
            if p.name == "lenity" or p.name.endswith("policy"):
                types = list(typing.get_args(hints[p.name]) or (hints[p.name],))
                types = [t for t in types if t is not type(None)]
                assert types, (name, p.name)
                for t in types:
                    assert inspect.isclass(t), (name, p.name, t)
                    assert t is not str, (name, p.name)

    def test_public_inputs_are_typed(self, name: str, fn: typing.Callable[..., object]) -> None:
        # a parameter typed ``object`` lets a caller's type checker pass anything
        if name.startswith(("familyplan.batch.", "familyplan.explain.", "familyplan.money.")):
            return  # tables, results and the money parsers take anything by design
        if name in PARSERS:
            return
        hints = _hints(fn)
        loose = [
            p.name
            for p in inspect.signature(fn).parameters.values()
            if hints.get(p.name) is object and p.kind is not p.VAR_KEYWORD
        ]
        assert not loose, (name, loose)


def test_calculators_with_a_recorded_rounding_take_rounding() -> None:
    for fn in (
        penalties.assess_levy,
        penalties.fine_band,
        penalties.late_fee,
        eligibility.entitlement,
    ):
        assert "rounding" in inspect.signature(fn).parameters, fn.__name__


def test_jurisdiction_is_one_name() -> None:
    for name, fn in FUNCTIONS:
        params = inspect.signature(fn).parameters
        assert not any(p.startswith("jurisdiction_") or p == "division" for p in params), name


def test_no_public_name_shadows_a_builtin() -> None:
    for name in ["familyplan", *MODULES, "familyplan.types"]:
        mod = importlib.import_module(name)
        shadows = [n for n in mod.__all__ if hasattr(builtins, n)]
        assert not shadows, (name, shadows)


def _result_classes() -> list[type]:
    out = []
    for name in MODULES:
        mod = importlib.import_module(name)
        for attr in mod.__all__:
            obj = getattr(mod, attr)
            if inspect.isclass(obj) and attrs.has(obj) and hasattr(obj, "steps"):
                out.append(obj)
    return out


@pytest.mark.parametrize("cls", _result_classes(), ids=lambda c: c.__name__)
def test_no_field_named_step_beside_steps(cls: type) -> None:
    assert "step" not in {a.name for a in attrs.fields(cls)}


def test_step_ids_and_programme_ids_are_the_literals() -> None:
    from familyplan.types import ProgrammeId, StepId

    assert typing.get_args(StepId) == deadlines.STEPS
    assert {p.id for p in eligibility.programmes()} == set(typing.get_args(ProgrammeId))


def test_lenity_is_an_enum() -> None:
    assert issubclass(penalties.LenityPolicy, enum.Enum)


# ------------------------------------------------------------------ the shims


A2015 = dt.date(2015, 3, 1)


class TestDeprecatedSpellings:
    """Each old spelling gives the new one's answer, with a DeprecationWarning naming it."""

    def test_statutes_all(self) -> None:
        with pytest.warns(DeprecationWarning, match="all_statutes"):
            assert statutes.all() == statutes.all_statutes()  # type: ignore[attr-defined]
        assert "all" not in statutes.__all__

    def test_positional_on(self) -> None:
        day = dt.date(2010, 1, 1)
        with pytest.warns(DeprecationWarning, match="keyword-only"):
            old = statutes.version_on("levy-measures", day)  # type: ignore[misc]
        assert old == statutes.version_on("levy-measures", on=day)

    def test_jurisdiction_code(self) -> None:
        with pytest.warns(DeprecationWarning, match="'jurisdiction'"):
            old = statutes.matters(jurisdiction_code="430602")  # type: ignore[call-arg]
        assert old == statutes.matters(jurisdiction="430602") == statutes.matters("430602")

    def test_decision_on(self) -> None:
        new = deadlines.case_timeline(jurisdiction="430602", decided_on=A2015)
        with pytest.warns(DeprecationWarning, match="'decided_on'"):
            old = deadlines.case_timeline(jurisdiction="430602", decision_on=A2015)  # type: ignore[call-arg]
        assert old == new
        assert [d.step_id for d in new] == ["service"]

    def test_old_and_new_together_refused(self) -> None:
        with pytest.raises(InvalidInput) as err:
            deadlines.case_timeline(
                jurisdiction="430602",
                decided_on=A2015,
                decision_on=A2015,  # type: ignore[call-arg]
            )
        assert err.value.field == "decision_on"

    def test_installments(self) -> None:
        parts = [("2013-01-31", "50000"), ("2013-07-31", "50000")]
        new = penalties.late_fee(
            "100000", due_on="2013-01-31", as_of="2014-01-31", instalments=parts
        )
        with pytest.warns(DeprecationWarning, match="'instalments'"):
            old = penalties.late_fee(
                "100000",
                due_on="2013-01-31",
                as_of="2014-01-31",
                installments=parts,  # type: ignore[call-arg]
            )
        assert old == new

    def test_lenity_string(self) -> None:
        args = {
            "act_on": A2015,
            "decided_on": dt.date(2021, 7, 1),
            "jurisdiction": "430602",
        }
        new = penalties.fine_band(
            "illegal-fp-surgery", lenity=penalties.LenityPolicy.CODIFIED_ONLY, **args
        )
        with pytest.warns(DeprecationWarning, match="LenityPolicy.CODIFIED_ONLY"):
            old = penalties.fine_band("illegal-fp-surgery", lenity="codified-only", **args)  # type: ignore[arg-type]
        assert old == new
        assert new.lenity is penalties.LenityPolicy.CODIFIED_ONLY
        with pytest.raises(InvalidInput) as err:
            penalties.fine_band("illegal-fp-surgery", lenity="sometimes", **args)  # type: ignore[arg-type]
        assert err.value.field == "lenity"

    def test_working_days_between_a_b(self) -> None:
        start, end = dt.date(2013, 9, 23), dt.date(2013, 9, 29)
        # 24-27 Sept. and the make-up Sunday 29 Sept. (Sat. 28 Sept. a rest day): 5
        assert deadlines.working_days_between(start, end) == 5  # positional: unchanged
        with pytest.warns(DeprecationWarning, match="deprecated since") as caught:
            old = deadlines.working_days_between(a=start, b=end)  # type: ignore[call-arg]
        assert old == deadlines.working_days_between(start=start, end=end) == 5
        messages = [str(w.message) for w in caught]
        assert any("'a'" in m and "'start'" in m for m in messages), messages
        assert any("'b'" in m and "'end'" in m for m in messages), messages
        with pytest.raises(InvalidInput) as err:
            deadlines.working_days_between(start=start, end=end, a=start)  # type: ignore[call-arg]
        assert err.value.field == "a"

    def test_deadline_step(self) -> None:
        d = deadlines.deadline("review", trigger_on=A2015)
        with pytest.warns(DeprecationWarning, match="step_id"):
            assert d.step == d.step_id == "review"


def test_late_fee_rounding_keyword_and_policy_agree() -> None:
    from familyplan.money import YUAN_DOWN
    from familyplan.penalties import LateFeePolicy

    by_kw = penalties.late_fee(
        "333.33", due_on="2015-05-10", as_of="2015-08-10", rounding=YUAN_DOWN
    )
    by_policy = penalties.late_fee(
        "333.33", due_on="2015-05-10", as_of="2015-08-10", policy=LateFeePolicy(rounding=YUAN_DOWN)
    )
    # 333.33 x 0.002 x 3 months = 1.99998 -> cut to the yuan: 1
    assert by_kw.amount == by_policy.amount == 1
    assert by_kw.rounding == by_kw.policy.rounding == YUAN_DOWN
    with pytest.raises(InvalidInput) as err:
        penalties.late_fee(
            "333.33",
            due_on="2015-05-10",
            as_of="2015-08-10",
            policy=LateFeePolicy(rounding=YUAN_DOWN),
            rounding=Rounding(quantum="1", mode="half-up"),
        )
    assert err.value.field == "rounding"


# ------------------------------------------------------------------ static types


CALLER = """
import datetime
from decimal import Decimal
from familyplan import deadlines, eligibility, money, penalties, statutes
from familyplan.types import DivisionCode

penalties.late_fee("100000", due_on="2013-01-31", as_of=datetime.date(2014, 1, 31))
penalties.late_fee(Decimal("1"), due_on=datetime.date(2013, 1, 31), as_of="2014-01-31")
deadlines.deadline("levy-payment", trigger_on="2019-01-10")
statutes.version_on("levy-measures", on="2010-01-01")
penalties.fine_band("illegal-fp-surgery", act_on="2016-05-01", jurisdiction=430602)
penalties.late_fee(0.1, due_on="2013-01-31", as_of="2014-01-31")  # E: float yuan
penalties.late_fee("1", due_on=20130131, as_of="2014-01-31")  # E: int date
deadlines.deadline("appeal", trigger_on="2019-01-10")  # E: unknown step id
statutes.version_on("levy-measures", "2010-01-01")  # E: positional on
penalties.fine_band("illegal-fp-surgery", act_on="2016-05-01", jurisdiction=430602, lenity="always")  # E: policy string
penalties.IncomeBase(urban_disposable=28000.0, rural_net="1", year=2016)  # E: float yuan
penalties.LateFeePayment("2013-07-15", 1.5)  # E: float yuan
eligibility.Applicant("1950-05-01", "woman")  # E: not a Sex
eligibility.Child(datetime.datetime(1975, 3, 1, 8), "male", alive="no")  # E: alive is a bool
eligibility.Applicant("1950-05-01", "female", residence="rural", spouse=eligibility.NO_SPOUSE)
eligibility.Applicant("1950-05-01", "female", registered_in=430602)
eligibility.Spouse("male", registered_in=statutes.jurisdiction("430602"))
eligibility.Applicant("1950-05-01", "female", registered_in=430602.0)  # E: float code
eligibility.Spouse("male", registered_in=datetime.date(2000, 1, 1))  # E: a date, not a code
reg: DivisionCode | None = eligibility.Applicant("1950-05-01", "male").registered_in
where: DivisionCode = deadlines.case_timeline(jurisdiction=430602).jurisdiction
county: int = penalties.report_reward(1, reported_on="2010-05-01", jurisdiction="430602").jurisdiction  # E: a str code
eligibility.rate_row("rural-reward", 2012, jurisdiction=430602)
eligibility.rate_row_on("rural-reward", on="2012-05-01", jurisdiction=statutes.jurisdiction("430000"))
eligibility.rate_row("rural-reward", 2012, jurisdiction=None)  # E: no division
A = eligibility.Applicant("1952-06-01", "female")
eligibility.entitlement("rural-reward", A, period=("2011-07", datetime.date(2012, 6, 1)), jurisdiction="430602")
eligibility.entitlement("rural-reward", A, period=(eligibility.Month(2011, 7), "2012-06"), jurisdiction="430602")
eligibility.entitlement("rural-reward", A, period=(201107, 201206), jurisdiction="430602")  # E: int months
eligibility.entitlement("rural-reward", A, period="2011-07", jurisdiction="430602")  # E: not a pair
eligibility.Death(on="2020-01-01")
eligibility.Death(on=20200101)  # E: int date
eligibility.Divorce("2020-01-01", pregnant="no")  # E: pregnant is a bool
eligibility.Payment(2020, "1.50", paid_on="2020-03-01")
eligibility.Payment(2020, 1.5)  # E: float yuan
eligibility.Payment("2020", "1.50")  # E: year is an int
eligibility.LocalRates(top_up="20", monthly_rate=10, reference="某县文件")
eligibility.LocalRates(top_up=0.5)  # E: float yuan
eligibility.LocalRates(reference=None)  # E: reference is a str
eligibility.ChildcareClaim("2023-08-20", applied_on="2025-09-01", first_claim_year=None)
eligibility.ChildcareClaim(20230820)  # E: int date
eligibility.ChildcareClaim("2023-08-20", first_claim_year="2025")  # E: year is an int
penalties.DiscretionPolicy(cuts=(0.3, 0.6))  # E: float cuts
money.Rounding(quantum="1")
money.Rounding(quantum=0.01)  # E: float quantum
penalties.completed_months("2013-01-31", datetime.date(2014, 1, 31))
eligibility.months_due("2022-01-01", 2025)
"""


def test_a_type_checker_catches_wrong_inputs_in_a_callers_code(tmp_path: Path) -> None:
    pytest.importorskip("mypy")
    src = Path(familyplan.__file__).parent.parent
    caller = tmp_path / "caller.py"
    caller.write_text(textwrap.dedent(CALLER), encoding="utf-8")
    expected = {i for i, line in enumerate(caller.read_text().splitlines(), 1) if "# E:" in line}
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / "cache"),
            str(caller),
        ],
        capture_output=True,
        text=True,
        env={"MYPYPATH": str(src), "PATH": ""},
        check=False,
    )
    flagged = {
        int(line.split(":")[1])
        for line in run.stdout.splitlines()
        if line.startswith(str(caller)) and ": error:" in line
    }
    assert flagged == expected, run.stdout
