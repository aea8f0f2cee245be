"""The embedder's contract, fuzzed (issue 15 part 1): every public name, called
with hostile values, either answers or raises a ``familyplan.errors`` error
that names the field; the command line never prints "internal error" and
exits 2 on bad input.

The callables are every function and class in the ``__all__`` of every public
module, except the ones listed in ``NOT_INPUTS`` with the reason. Each
parameter gets either a hostile value (wrong types, floats, huge and tiny
Decimals, NaN/Infinity strings, full-width digits, dates in many formats,
datetimes, year 1 and 9999, unknown codes and ids, None) or a plausible one,
so that the checks after the first argument are reached too.

Example counts follow the hypothesis profile (``HYPOTHESIS_PROFILE``): ``ci``
(in CI, bounded) or ``fuzz`` (locally, long) — see docs/contributing.md.
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
import inspect
import io
import json
import os
import warnings
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from familyplan import errors
from familyplan.cli import main
from familyplan.errors import FamilyPlanError, InvalidInput, InvalidInputs

MODULES = (
    "familyplan",
    "familyplan.statutes",
    "familyplan.penalties",
    "familyplan.deadlines",
    "familyplan.eligibility",
    "familyplan.batch",
    "familyplan.money",
    "familyplan.explain",
    "familyplan.errors",
    "familyplan.cli",
)

# name: why it is not called with hostile values here
NOT_INPUTS = {
    "familyplan.cli.main": "fuzzed below with argument lists (argv=None would read sys.argv)",
    "familyplan.money.exact_context": "a context manager with no input",
    "familyplan.deadlines.ProvisionalDate": "a datetime.date subclass the library returns",
}

# CI runs a bounded number of examples per callable; HYPOTHESIS_PROFILE=fuzz the profile's
EXAMPLES = (
    settings.default.max_examples
    if os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"
    else min(25, settings.default.max_examples)
)

# -- values ---------------------------------------------------------------------------------

_STRINGS = [
    "",
    " ",
    "NaN",
    "nan",
    "sNaN",
    "Infinity",
    "-Infinity",
    "inf",
    "1e400",
    "1E+999999",
    "-1",
    "0",
    "0.001",
    "1,50",
    "1,500.00",
    "１２３",
    "１２３.４５",
    "一千",
    "2013-01-31",
    "2013-02-30",
    "2013-W01-1",
    "20130131",
    "2013/01/31",
    "31.01.2013",
    "2013-1-31",
    "2013-01-31T00:00:00",
    "0001-01-01",
    "9999-12-31",
    "２０１３-０１-３１",
    "430602",
    "999999",
    "000000",
    "4306020",
    "unknown",
    "levy-measures",
    "completed",
    "x" * 300,
]

_DECIMALS = [
    Decimal("1E+999999"),
    Decimal("-1E+999999"),
    Decimal("1E-999999"),
    Decimal("NaN"),
    Decimal("sNaN"),
    Decimal("Infinity"),
    Decimal("-0"),
    Decimal("0.001"),
    Decimal("100000000000000000"),
]

_DATES = [dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(1949, 10, 1), dt.date(2100, 1, 1)]

HOSTILE: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from([10**20, -(10**20), 2**63, -1, 0]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.sampled_from(_DECIMALS),
    st.sampled_from(_STRINGS),
    st.text(max_size=12),
    st.binary(max_size=4),
    st.dates(),
    st.sampled_from(_DATES),
    st.datetimes(),
    st.tuples(st.floats(), st.floats()),
    st.tuples(st.integers(), st.sampled_from(_STRINGS)),
    st.lists(st.none(), max_size=2),
    st.lists(st.sampled_from(_STRINGS), max_size=2),
    st.dictionaries(st.sampled_from(["a", "case_id", "due_on"]), st.none(), max_size=2),
    st.just(object()),
    st.just(b"x"),
    st.just(dt.timedelta(days=1)),
)

_GOOD_DATES = st.one_of(
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2025, 12, 31)),
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2025, 12, 31)).map(dt.date.isoformat),
)
_GOOD_AMOUNTS = st.one_of(
    st.integers(min_value=0, max_value=10**6),
    st.decimals(min_value=0, max_value=10**6, places=2),
    st.decimals(min_value=0, max_value=10**6, places=2).map(str),
)


def _plausible(name: str) -> st.SearchStrategy[Any]:
    """A value of the right kind for a parameter, by its name."""
    if name == "field":
        return st.just("amount")  # the caller's own label for its error messages
    if name in {"jurisdiction", "code", "jurisdiction_code", "registered_in"}:
        return st.sampled_from(["430602", "430000", "370000", "130000", "110000", "100000"])
    if name.endswith("_on") or name in {"as_of", "day", "start", "a", "b", "on", "born_on"}:
        return _GOOD_DATES
    if name in {"n", "persons", "verified_reports", "children_over_limit", "weeks"}:
        return st.integers(min_value=0, max_value=400)
    if name in {"year"}:
        return st.integers(min_value=1990, max_value=2030)
    if "amount" in name or name in {"principal", "illegal_income", "fees_charged", "value"}:
        return _GOOD_AMOUNTS
    if name in {"offence_id"}:
        from familyplan.penalties import offences

        return st.sampled_from([o.id for o in offences()])
    if name in {"statute_id", "statute"}:
        from familyplan.statutes import all_statutes

        return st.sampled_from([s.id for s in all_statutes()])
    if name in {"programme_id", "programme"}:
        from familyplan.eligibility import programmes

        return st.sampled_from([p.id for p in programmes()])
    if name == "step":
        from familyplan.deadlines import steps

        return st.sampled_from([s.id for s in steps()])
    if name == "article":
        return st.integers(min_value=1, max_value=80)
    return HOSTILE


def _public_callables() -> list[tuple[str, Callable[..., Any]]]:
    out = []
    for modname in MODULES:
        mod = importlib.import_module(modname)
        for name in getattr(mod, "__all__", ()):
            obj = getattr(mod, name)
            qual = f"{modname}.{name}"
            if qual in NOT_INPUTS:
                continue
            if inspect.isclass(obj):
                if issubclass(obj, BaseException | enum.Enum) or getattr(
                    obj, "_is_protocol", False
                ):
                    continue  # errors, enums (Python's own lookup), protocols
            elif not inspect.isfunction(obj):
                continue  # constants and typing aliases
            out.append((qual, obj))
    return out


CALLABLES = _public_callables()


def _arguments(fn: Callable[..., Any]) -> st.SearchStrategy[tuple[list[Any], dict[str, Any]]]:
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):  # pragma: no cover - builtins without a signature
        return st.just(([], {}))
    positional: list[st.SearchStrategy[Any]] = []
    keywords: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    for p in sig.parameters.values():
        if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        values = (
            _plausible(p.name)
            if p.name == "field"
            else st.one_of(HOSTILE, _plausible(p.name), _plausible(p.name))
        )
        if p.default is not p.empty:
            optional[p.name] = values
        elif p.kind == p.KEYWORD_ONLY:
            keywords[p.name] = values
        else:
            positional.append(values)
    return st.tuples(
        st.tuples(*positional).map(list),
        st.fixed_dictionaries(keywords, optional=optional),
    )


def _names_a_field(err: BaseException) -> bool:
    if isinstance(err, InvalidInputs):
        return all(_names_a_field(e) for e in err.exceptions)
    if isinstance(err, InvalidInput):
        return isinstance(err.field, str) and bool(err.field) and err.field in str(err)
    return isinstance(err, FamilyPlanError)


def call_checked(
    qual: str, fn: Callable[..., Any], args: list[Any], kwargs: dict[str, Any]
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # deprecated spellings still answer
        try:
            result = fn(*args, **kwargs)
        except FamilyPlanError as err:
            if not _names_a_field(err):
                pytest.fail(f"{qual}: {err!r} names no field")
            return
        except Exception as err:
            pytest.fail(f"{qual}(*{args!r}, **{kwargs!r}) raised {type(err).__name__}: {err}")
    # a result a function built must be able to say itself (records built by
    # hand from arbitrary values are the caller's own)
    to_dict = getattr(result, "to_dict", None)
    if inspect.isfunction(fn) and callable(to_dict) and not inspect.isclass(result):
        try:
            json.dumps(to_dict())
        except FamilyPlanError:
            pass  # refusing is allowed; a result that cannot say itself must say why
        except Exception as err:
            pytest.fail(f"{qual}(...).to_dict() raised {type(err).__name__}: {err}")


@pytest.mark.parametrize(("qual", "fn"), CALLABLES, ids=[q for q, _ in CALLABLES])
def test_every_public_callable_answers_or_raises_a_typed_error(
    qual: str, fn: Callable[..., Any]
) -> None:
    @settings(
        max_examples=EXAMPLES,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    @given(_arguments(fn))
    def run(call: tuple[list[Any], dict[str, Any]]) -> None:
        call_checked(qual, fn, *call)

    run()


def test_the_harness_covers_every_public_module() -> None:
    covered = {q.rsplit(".", 1)[0] for q, _ in CALLABLES}
    assert covered >= set(MODULES) - {"familyplan", "familyplan.errors", "familyplan.cli"}
    assert errors.FamilyPlanError  # the errors module: its classes are what is asserted


# -- the command line ---------------------------------------------------------------------

_COMMANDS = ["fine", "levy", "late-fee", "eligibility", "deadline", "timeline", "audit"]
_OPTIONS = [
    "--due-on",
    "--as-of",
    "--act-on",
    "--decided-on",
    "--jurisdiction",
    "--payment",
    "--months",
    "--allocation",
    "--json",
    "--lang",
    "--on",
    "--year",
    "--children",
    "--income",
    "--illegal-income",
    "--persons",
    "--trigger-on",
    "--allow-provisional",
    "--residence",
    "--sex",
    "--born-on",
]
_TOKENS = st.one_of(
    st.sampled_from(_STRINGS),
    st.sampled_from(_OPTIONS),
    st.text(max_size=8),
    st.integers().map(str),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    _GOOD_DATES.map(str),
)
ARGV = st.one_of(
    st.tuples(st.sampled_from(_COMMANDS), st.lists(_TOKENS, max_size=8)).map(
        lambda t: [t[0], *t[1]]
    ),
    st.lists(_TOKENS, max_size=6),
    # a late fee with hostile values in well-formed options (the reported crashes)
    st.tuples(
        st.one_of(_GOOD_AMOUNTS.map(str), st.sampled_from(_STRINGS)),
        st.one_of(_GOOD_DATES.map(str), st.sampled_from(_STRINGS)),
        st.one_of(_GOOD_DATES.map(str), st.sampled_from(_STRINGS)),
    ).map(lambda t: ["late-fee", t[0], "--due-on", t[1], "--as-of", t[2]]),
)


@settings(max_examples=EXAMPLES * 8, suppress_health_check=[HealthCheck.too_slow])
@given(ARGV)
def test_cli_never_prints_internal_error(argv: list[str]) -> None:
    out, err = io.StringIO(), io.StringIO()
    import contextlib

    with (
        contextlib.redirect_stderr(err),
        contextlib.redirect_stdout(out),
        warnings.catch_warnings(),
    ):
        warnings.simplefilter("ignore")
        try:
            code = main(argv, stdout=out)
        except SystemExit as exit_:  # argparse's --help and usage errors
            code = exit_.code if isinstance(exit_.code, int) else 2
    text = err.getvalue()
    assert "internal error" not in text, (argv, text)
    assert code in (0, 1, 2), (argv, code, text)
    if code == 2:
        assert text.strip(), (argv, "exit 2 without saying why")
