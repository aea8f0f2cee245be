"""JSON in and out, driven by the attrs types: the codec and the schema generator.

Nothing here is written per type. An input type's ``to_dict`` walks its attrs
fields; ``from_dict`` reads them back by the field's type hint (a nested
object for an attrs type, a list for a tuple, an enum's value for an enum) and
hands everything else to the type's own constructor, which validates it as
always. JSON Schema documents are generated from the same hints, so they
cannot drift from the types.

Money is a JSON string (``"1200.50"``) or an integer; dates are ISO strings;
enums are their values; tuples and sets are arrays.
"""

from __future__ import annotations

import collections.abc
import datetime as _dt
import enum
import functools
import inspect
import re
import types
import typing
from collections.abc import Callable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any, Literal, TypeVar, Union, cast

import attrs

from familyplan.errors import InvalidInput
from familyplan.explain import to_jsonable

__all__ = [
    "JSONInput",
    "decode_arguments",
    "from_data",
    "hints_of",
    "schema_for_arguments",
    "schema_for_type",
    "to_data",
]

T = TypeVar("T")

DRAFT = "https://json-schema.org/draft/2020-12/schema"
_MONEY_PATTERN = r"^-?[0-9]+(\.[0-9]+)?$"
_DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"


class JSONInput:
    """Mixin of the input types: ``to_dict()`` and ``from_dict()`` that round-trip.

    ``T.from_dict(x.to_dict()) == x`` for every input ``x``; ``from_dict``
    refuses unknown keys and lets the constructor validate the values, so a
    bad value raises the same :class:`~familyplan.errors.InvalidInput` as a
    bad argument would.
    """

    __slots__ = ()

    @classmethod
    def from_dict(cls: type[T], data: Mapping[str, Any]) -> T:
        """Build the object from plain JSON data (as :meth:`to_dict` gives)."""
        return from_data(cls, data)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data: money and dates as strings, enums by value."""
        return to_data(self)


# --------------------------------------------------------------------------- hints


@functools.cache
def hints_of(obj: Any) -> dict[str, Any]:
    """The resolved type hints of a class or function (``familyplan.types`` names known)."""
    import familyplan.types as fp_types

    target = inspect.unwrap(obj) if callable(obj) and not isinstance(obj, type) else obj
    return typing.get_type_hints(target, localns=vars(fp_types))


def _fields(cls: type) -> tuple[attrs.Attribute[Any], ...]:
    return tuple(
        a
        for a in attrs.fields(cast("type[attrs.AttrsInstance]", cls))
        if not a.name.startswith("_")
    )


def _kind(cls: type) -> str | None:
    """An event-like class's discriminator: a plain ``kind`` class attribute."""
    value = cls.__dict__.get("kind")
    names = {a.name for a in attrs.fields(cast("type[attrs.AttrsInstance]", cls))}
    return value if isinstance(value, str) and "kind" not in names else None


# --------------------------------------------------------------------------- encode


def _encode(value: object) -> Any:
    if isinstance(value, Fraction):
        return str(value)
    if isinstance(value, frozenset | set):
        return sorted((_encode(v) for v in value), key=str)
    if isinstance(value, tuple | list):
        return [_encode(v) for v in value]
    if attrs.has(type(value)) and not callable(getattr(value, "to_dict", None)):
        return to_data(value)
    return to_jsonable(value)


def to_data(obj: object) -> dict[str, Any]:
    """An attrs input object as plain JSON data, field by field."""
    cls = type(obj)
    out: dict[str, Any] = {}
    kind = _kind(cls)
    if kind is not None:
        out["kind"] = kind
    for a in _fields(cls):
        out[a.name] = _encode(getattr(obj, a.name))
    return out


# --------------------------------------------------------------------------- decode


def _init_names(cls: type) -> dict[str, inspect.Parameter]:
    return {
        name: p
        for name, p in inspect.signature(cls).parameters.items()
        if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
    }


def from_data(cls: type[T], data: object, path: str = "") -> T:
    """Build an attrs input object from plain JSON data (the inverse of :func:`to_data`)."""
    where = path.rstrip(".") or cls.__name__
    if not isinstance(data, Mapping):
        raise InvalidInput(where, data, f"a JSON object for {cls.__name__}")
    names = _init_names(cls)
    hints = hints_of(cast("Any", cls))
    kind = _kind(cls)
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        if kind is not None and key == "kind":
            if value != kind:
                raise InvalidInput(f"{path}kind", value, repr(kind))
            continue
        if not isinstance(key, str) or key not in names:
            raise InvalidInput(
                f"{path}{key}", value, f"a key of {cls.__name__}: one of {', '.join(names)}"
            )
        kwargs[key] = decode(hints.get(key, Any), value, f"{path}{key}")
    missing = [
        n for n, p in names.items() if p.default is inspect.Parameter.empty and n not in kwargs
    ]
    if missing:
        raise InvalidInput(
            f"{path}{missing[0]}", None, f"a value: {cls.__name__} needs {', '.join(missing)}"
        )
    return cls(**kwargs)


def _is_attrs(tp: object) -> bool:
    return isinstance(tp, type) and attrs.has(tp)


def _is_enum(tp: object) -> bool:
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


_SEQUENCES = (
    tuple,
    list,
    collections.abc.Sequence,
    collections.abc.Iterable,
    collections.abc.Collection,
)


def decode(tp: Any, value: object, path: str) -> Any:
    """A JSON value as the Python value the type ``tp`` takes (validation is the type's)."""
    if value is None or tp is Any or tp is object:
        return value
    if tp is Decimal and isinstance(value, str):
        try:
            return Decimal(value)
        except ArithmeticError:
            return value  # the type's own check names the field and what is allowed
    if _is_attrs(tp):
        return from_data(tp, value, path + ".") if isinstance(value, Mapping) else value
    if _is_enum(tp):
        if isinstance(value, tp):
            return value
        try:
            return tp(value)
        except ValueError:
            raise InvalidInput(path, value, f"one of {[m.value for m in tp]}") from None
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (Union, types.UnionType):
        options = [a for a in args if a is not type(None)]
        if isinstance(value, Mapping):
            classes = [a for a in options if _is_attrs(a)]
            kinds = {_kind(a): a for a in classes if _kind(a) is not None}
            if kinds:
                chosen = kinds.get(value.get("kind"))
                if chosen is None:
                    raise InvalidInput(f"{path}.kind", value.get("kind"), f"one of {list(kinds)}")
                return decode(chosen, value, path)
            if classes:
                return decode(classes[0], value, path)
        if isinstance(value, list):
            for a in options:
                if typing.get_origin(a) in (*_SEQUENCES, frozenset, set):
                    return decode(a, value, path)
        for a in options:
            if _is_enum(a) and value in [m.value for m in a]:
                return a(value)
        return value
    if origin in (frozenset, set) and isinstance(value, list):
        return frozenset(
            decode(args[0] if args else Any, v, f"{path}[{i}]") for i, v in enumerate(value)
        )
    if origin in _SEQUENCES and isinstance(value, list):
        if origin is tuple and args and args[-1] is not Ellipsis:
            if len(args) != len(value):
                raise InvalidInput(path, value, f"an array of {len(args)} items")
            return tuple(
                decode(a, v, f"{path}[{i}]")
                for i, (a, v) in enumerate(zip(args, value, strict=True))
            )
        item = args[0] if args else Any
        return tuple(decode(item, v, f"{path}[{i}]") for i, v in enumerate(value))
    return value


def decode_arguments(
    fn: Callable[..., Any], data: object, *, exclude: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """A function's keyword arguments from a JSON object, each decoded by its hint."""
    if not isinstance(data, Mapping):
        raise InvalidInput("input", data, "a JSON object of the calculator's arguments")
    params = inspect.signature(fn).parameters
    hints = hints_of(fn)
    takes_more = any(p.kind is p.VAR_KEYWORD for p in params.values())
    named = [n for n, p in params.items() if p.kind is not p.VAR_KEYWORD and n not in exclude]
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key in named:
            out[key] = decode(hints.get(key, Any), value, key)
        elif takes_more and isinstance(key, str) and key not in params:
            out[key] = value
        else:
            raise InvalidInput(
                key, value, f"an argument of {fn.__name__}: one of {', '.join(named)}"
            )
    return out


# --------------------------------------------------------------------------- schema


class _Schemas:
    """Builds one schema document; named object types go to ``$defs``."""

    def __init__(self, mode: Literal["input", "output"]) -> None:
        self.mode = mode
        self.defs: dict[str, Any] = {}

    def ref(self, cls: type) -> dict[str, Any]:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # placeholder against recursion
            self.defs[name] = self.object(cls)
        return {"$ref": f"#/$defs/{name}"}

    def object(self, cls: type) -> dict[str, Any]:
        hints = hints_of(cls)
        props: dict[str, Any] = {}
        required: list[str] = []
        kind = _kind(cls)
        if kind is not None:
            props["kind"] = {"const": kind}
            required.append("kind")
        if self.mode == "input":
            for name, p in _init_names(cls).items():
                props[name] = self.type(hints.get(name, Any))
                if p.default is inspect.Parameter.empty:
                    required.append(name)
        else:
            result_kind = _result_kind(cls)
            if result_kind is not None:
                props["kind"] = {"const": result_kind}
                required.append("kind")
            for a in _fields(cls):
                props[a.name] = self.type(hints.get(a.name, Any))
                required.append(a.name)
            for name, spec in _EXTRA_OUTPUT.get(cls.__name__, {}).items():
                props[name] = spec
                required.append(name)
            for old, new in getattr(cls, "__deprecated_keys__", {}).items():
                props[old] = {**props[new], "deprecated": True, "description": f"use {new!r}"}
                required.append(old)
            if result_kind is not None:
                props["familyplan_version"] = {"type": "string"}
                props["rules_version"] = {"type": "string"}
                required += ["familyplan_version", "rules_version"]
            elif "to_dict" in cls.__dict__ and cls.__name__ not in _MIRRORS_FIELDS:
                # its own to_dict writes its own shape: the fields' types, none required
                return {
                    "type": "object",
                    "title": cls.__name__,
                    "description": (inspect.getdoc(cls) or "").split("\n\n")[0],
                    "properties": props,
                }
        doc = (inspect.getdoc(cls) or "").split("\n\n")[0]
        return {
            "type": "object",
            "title": cls.__name__,
            "description": doc,
            "properties": props,
            "required": required,
            "additionalProperties": False,
        }

    def type(self, tp: Any) -> dict[str, Any]:
        if tp is Any or tp is object:
            return {}
        if tp is type(None):
            return {"type": "null"}
        if tp is bool:
            return {"type": "boolean"}
        if tp is int:
            return {"type": "integer"}
        if tp is str:
            return {"type": "string"}
        if tp is Decimal:
            money = {"type": "string", "pattern": _MONEY_PATTERN}
            return money if self.mode == "output" else {"anyOf": [money, {"type": "integer"}]}
        if tp is Fraction:
            return {"type": "string", "pattern": r"^-?[0-9]+(/[0-9]+)?$"}
        if tp is _dt.date:
            return {"type": "string", "format": "date", "pattern": _DATE_PATTERN}
        if getattr(tp, "__supertype__", None) is str:  # a NewType of str
            return {"type": "string", "pattern": r"^[0-9]{6}$"}
        if _is_enum(tp):
            return {"enum": [m.value for m in tp]}
        if _is_attrs(tp):
            if self.mode == "input" and tp.__name__ == "Jurisdiction":
                return {"type": "string", "pattern": r"^[0-9]{6}$"}
            return self.ref(tp)
        if isinstance(tp, type) and not typing.get_origin(tp):
            return {}  # a protocol or another non-JSON type: anything
        origin, args = typing.get_origin(tp), typing.get_args(tp)
        if origin is Literal:
            return {"enum": list(args)}
        if origin in (Union, types.UnionType):
            parts = []
            for a in args:
                s = self.type(a)
                if s not in parts:
                    parts.append(s)
            return parts[0] if len(parts) == 1 else {"anyOf": parts}
        if origin in (frozenset, set):
            return {
                "type": "array",
                "items": self.type(args[0] if args else Any),
                "uniqueItems": True,
            }
        if origin in _SEQUENCES:
            if origin is tuple and args and args[-1] is not Ellipsis:
                return {
                    "type": "array",
                    "prefixItems": [self.type(a) for a in args],
                    "items": False,
                    "minItems": len(args),
                }
            return {"type": "array", "items": self.type(args[0] if args else Any)}
        if origin in (dict, collections.abc.Mapping):
            return {"type": "object"}
        return {}

    def document(self, body: dict[str, Any], title: str, description: str) -> dict[str, Any]:
        doc: dict[str, Any] = {"$schema": DRAFT, "$id": f"familyplan:{title}", "title": title}
        doc["description"] = description
        doc.update({k: v for k, v in body.items() if k not in ("title", "description")})
        if self.defs:
            doc["$defs"] = dict(sorted(self.defs.items()))
        return doc


# Outputs whose to_dict adds a key beyond the fields (written in the class's to_dict).
_EXTRA_OUTPUT: dict[str, dict[str, Any]] = {
    "Citation": {"text": {"type": "string", "description": "the citation in Chinese"}},
}

# Outputs whose own to_dict writes exactly their fields (plus _EXTRA_OUTPUT).
_MIRRORS_FIELDS = frozenset({"Citation", "Step", "Rounding", "LateFeePolicy", "LocalRates"})

_KIND = re.compile(r'result_dict\(self, "([a-z-]+)"\)')


def _result_kind(cls: type) -> str | None:
    """The ``kind`` a result's ``to_dict`` writes (read from its code, where it is set)."""
    fn = cls.__dict__.get("to_dict")
    if fn is None:
        return None
    try:
        found = _KIND.search(inspect.getsource(fn))
    except (OSError, TypeError):  # pragma: no cover - source always shipped
        return None
    return None if found is None else found.group(1)


def schema_for_type(cls: type, mode: Literal["input", "output"]) -> dict[str, Any]:
    """The JSON Schema of an attrs type as ``to_dict`` writes it (output) or ``from_dict`` reads it."""
    s = _Schemas(mode)
    ref = s.ref(cls)
    body = dict(s.defs.pop(cls.__name__))
    # nested references to the top type stay valid through $defs
    if any(ref == v for v in s.defs.values()):  # pragma: no cover
        s.defs[cls.__name__] = body
    doc = (inspect.getdoc(cls) or "").split("\n\n")[0]
    return s.document(body, cls.__name__, doc)


def schema_for_arguments(
    fn: Callable[..., Any], name: str, *, exclude: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """The JSON Schema of a calculator's arguments as a JSON object."""
    s = _Schemas("input")
    hints = hints_of(fn)
    props: dict[str, Any] = {}
    required: list[str] = []
    more = False
    for pname, p in inspect.signature(fn).parameters.items():
        if p.kind is p.VAR_KEYWORD:
            more = True
            continue
        if pname in exclude:
            continue
        props[pname] = s.type(hints.get(pname, Any))
        if p.default is inspect.Parameter.empty:
            required.append(pname)
    body = {
        "type": "object",
        "properties": props,
        "required": required,
        "additionalProperties": more,
    }
    doc = (inspect.getdoc(fn) or "").split("\n\n")[0]
    return s.document(body, name, doc)
