"""Inputs and results as JSON, for callers in any language.

Every input type has ``from_dict`` / ``to_dict`` that round-trip; every result
has ``to_dict``. The JSON Schema documents of all of them — and of each
calculator's arguments — are generated here from the attrs types and the
calculators' signatures (never written by hand), so they always match the
installed version:

>>> from familyplan import schemas
>>> "LevyCase" in schemas.names() and "assess_levy.input" in schemas.names()
True
>>> s = schemas.schema("Party")
>>> s["required"], s["properties"]["residence"]
(['role'], {'enum': ['urban', 'rural']})

:func:`evaluate` answers one request ``{"calculator": ..., "input": {...}}``
with a result or an error object, never an exception; ``familyplan eval
--jsonl`` runs it over one request per line (see docs/json.md).

>>> out = schemas.evaluate({"calculator": "late_fee",
...                         "input": {"principal": "100000", "due_on": "2013-01-31",
...                                   "as_of": "2014-01-31"}})
>>> out["ok"], out["result"]["amount"]
(True, '2400.00')
>>> err = schemas.evaluate({"calculator": "late_fee",
...                         "input": {"principal": "1.005", "due_on": "2013-01-31",
...                                   "as_of": "2014-01-31"}})
>>> err["ok"], err["error"]["type"], err["error"]["field"]
(False, 'InvalidInput', 'principal')
"""

from __future__ import annotations

import functools
import inspect
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from decimal import Decimal
from typing import Any

from familyplan import deadlines, eligibility, errors, money, penalties
from familyplan._json import (
    decode_arguments,
    hints_of,
    schema_for_arguments,
    schema_for_type,
)
from familyplan.explain import Citation, Step, to_jsonable

__all__ = [
    "CALCULATORS",
    "INPUT_TYPES",
    "RESULT_TYPES",
    "error_object",
    "evaluate",
    "evaluate_lines",
    "names",
    "result_type",
    "schema",
]

INPUT_TYPES: tuple[type, ...] = (
    penalties.LevyCase,
    penalties.Party,
    penalties.IncomeBase,
    penalties.HeavierPolicy,
    penalties.ProgressionPolicy,
    penalties.LateFeePayment,
    penalties.Instalment,
    penalties.LateFeePolicy,
    penalties.DiscretionPolicy,
    eligibility.Applicant,
    eligibility.Child,
    eligibility.Spouse,
    eligibility.Pregnancy,
    eligibility.ChildcareClaim,
    eligibility.LocalRates,
    eligibility.Policy,
    eligibility.Payment,
    eligibility.Death,
    eligibility.UrbanPension,
    eligibility.Birth,
    eligibility.Adoption,
    eligibility.Recovery,
    eligibility.Fraud,
    eligibility.Divorce,
    money.Rounding,
)
"""Every input type: each has ``from_dict`` and ``to_dict`` that round-trip."""

CALCULATORS: dict[str, Callable[..., Any]] = {
    "assess_levy": penalties.assess_levy,
    "late_fee": penalties.late_fee,
    "fine_band": penalties.fine_band,
    "report_reward": penalties.report_reward,
    "limitation": penalties.limitation,
    "deadline": deadlines.deadline,
    "case_timeline": deadlines.case_timeline,
    "service_effective_on": deadlines.service_effective_on,
    "check": eligibility.check,
    "entitlement": eligibility.entitlement,
    "verify": eligibility.verify,
}
"""The calculators ``evaluate`` and ``familyplan eval`` run, by name."""

_NOT_JSON = frozenset({"calendar"})  # a WorkdayCalendar object cannot cross a process boundary


def _result_type(fn: Callable[..., Any]) -> type:
    tp = hints_of(fn)["return"]
    if not isinstance(tp, type):  # pragma: no cover - every calculator returns a class
        raise TypeError(f"{fn.__name__} returns {tp!r}")
    return tp


RESULT_TYPES: tuple[type, ...] = tuple(dict.fromkeys(_result_type(f) for f in CALCULATORS.values()))
"""The result type of every calculator in :data:`CALCULATORS`."""


def result_type(calculator: str) -> type:
    """The result type of a calculator in :data:`CALCULATORS`."""
    fn = CALCULATORS.get(calculator) if isinstance(calculator, str) else None
    if fn is None:
        raise errors.InvalidInput("calculator", calculator, f"one of {', '.join(CALCULATORS)}")
    return _result_type(fn)


def _documents() -> dict[str, Callable[[], dict[str, Any]]]:
    docs: dict[str, Callable[[], dict[str, Any]]] = {}
    for cls in INPUT_TYPES:
        docs[cls.__name__] = functools.partial(schema_for_type, cls, "input")
    for cls in (*RESULT_TYPES, Citation, Step):
        docs[cls.__name__] = functools.partial(schema_for_type, cls, "output")
    for name, fn in CALCULATORS.items():
        docs[f"{name}.input"] = functools.partial(
            schema_for_arguments, fn, f"{name}.input", exclude=_NOT_JSON
        )
    docs["request"] = _request_schema
    docs["response"] = _response_schema
    return dict(sorted(docs.items()))


def _request_schema() -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "familyplan:request",
        "title": "request",
        "description": "One line of `familyplan eval --jsonl`: a calculator and its arguments.",
        "type": "object",
        "properties": {
            "calculator": {"enum": list(CALCULATORS)},
            "input": {"type": "object"},
            "id": {"description": "echoed in the response"},
        },
        "required": ["calculator", "input"],
        "additionalProperties": False,
    }


def _response_schema() -> dict[str, Any]:
    error = {
        "type": "object",
        "properties": {
            "type": {"type": "string", "description": "the familyplan.errors class"},
            "message": {"type": "string"},
            "field": {"type": ["string", "null"]},
            "value": {"description": "the value refused, as JSON (repr when not JSON-able)"},
            "allowed": {"type": ["string", "null"]},
            "errors": {"type": "array", "items": {"$ref": "#/$defs/error"}},
        },
        "required": ["type", "message", "field", "value", "allowed"],
        "additionalProperties": False,
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "familyplan:response",
        "title": "response",
        "description": "One output line of `familyplan eval --jsonl`: a result or an error.",
        "type": "object",
        "properties": {
            "line": {"type": "integer", "minimum": 1},
            "id": {},
            "calculator": {"type": ["string", "null"]},
            "ok": {"type": "boolean"},
            "result": {"type": "object", "description": "the result's to_dict()"},
            "error": {"$ref": "#/$defs/error"},
        },
        "required": ["ok"],
        "oneOf": [
            {"properties": {"ok": {"const": True}}, "required": ["result"]},
            {"properties": {"ok": {"const": False}}, "required": ["error"]},
        ],
        "additionalProperties": False,
        "$defs": {"error": error},
    }


@functools.cache
def _registry() -> dict[str, Callable[[], dict[str, Any]]]:
    return _documents()


def names() -> tuple[str, ...]:
    """Every schema document's name: input and result types, ``<calculator>.input``,
    ``request`` and ``response``."""
    return tuple(_registry())


def schema(name: str) -> dict[str, Any]:
    """The JSON Schema document called ``name`` (see :func:`names`).

    :raises InvalidInput: an unknown name.
    """
    build = _registry().get(name) if isinstance(name, str) else None
    if build is None:
        raise errors.InvalidInput("name", name, f"one of {', '.join(names())}")
    return build()


# --------------------------------------------------------------------------- evaluate


def _jsonable(value: object) -> Any:
    try:
        return to_jsonable(value)
    except errors.FamilyPlanError:
        return repr(value)


def error_object(err: BaseException) -> dict[str, Any]:
    """An exception as the JSON error object of ``eval`` (type, field, value, allowed)."""
    out: dict[str, Any] = {
        "type": type(err).__name__,
        "message": str(err),
        "field": getattr(err, "field", None),
        "value": _jsonable(getattr(err, "value", None)),
        "allowed": getattr(err, "allowed", None),
    }
    if isinstance(err, BaseExceptionGroup):
        out["errors"] = [error_object(e) for e in err.exceptions]
    return out


def evaluate(request: object) -> dict[str, Any]:
    """Run one request ``{"calculator": name, "input": {...}}``; never raises for bad input.

    :returns: ``{"ok": True, "calculator": ..., "result": {...}}`` or
        ``{"ok": False, "calculator": ..., "error": {"type", "message", "field",
        "value", "allowed"}}``; an ``"id"`` in the request is echoed.
    """
    out: dict[str, Any] = {}
    if isinstance(request, Mapping) and "id" in request:
        out["id"] = _jsonable(request["id"])
    name = request.get("calculator") if isinstance(request, Mapping) else None
    out["calculator"] = name if isinstance(name, str) else None
    try:
        if not isinstance(request, Mapping):
            raise errors.InvalidInput(
                "request", request, 'a JSON object {"calculator": ..., "input": {...}}'
            )
        extra = set(request) - {"calculator", "input", "id"}
        if extra:
            key = sorted(map(str, extra))[0]
            raise errors.InvalidInput(key, request[key], "only calculator, input and id")
        fn = CALCULATORS.get(name) if isinstance(name, str) else None
        if fn is None:
            raise errors.InvalidInput("calculator", name, f"one of {', '.join(CALCULATORS)}")
        kwargs = decode_arguments(fn, request.get("input"), exclude=_NOT_JSON)
        params = inspect.signature(fn).parameters
        missing = [
            n
            for n, p in params.items()
            if p.default is inspect.Parameter.empty
            and p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL)
            and n not in kwargs
        ]
        if missing:
            raise errors.InvalidInput(
                missing[0], None, f"a value: {name} needs {', '.join(missing)}"
            )
        result = fn(**kwargs)
        out.update(ok=True, result=result.to_dict())
    except errors.FamilyPlanError as err:
        out.update(ok=False, error=error_object(err))
    return out


def _parse(line: str) -> object:
    # numbers with a fraction are read as Decimal, never float: 1.50 stays one yuan fifty
    return json.loads(line, parse_float=Decimal)


def _dump(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=False, default=str)


def evaluate_lines(lines: Iterable[str]) -> Iterator[str]:
    """One JSON response line per non-blank request line; a bad line gets an error object."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            request = _parse(line)
        except ValueError as err:
            bad = errors.InvalidInput("line", line.strip()[:200], f"one JSON object ({err})")
            yield _dump(
                {"line": number, "calculator": None, "ok": False, "error": error_object(bad)}
            )
            continue
        yield _dump({"line": number, **evaluate(request)})
