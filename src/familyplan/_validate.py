"""The one place input values are checked: choices, strict ints and bools,
dates, types, and the collector that reports every bad field of an input.

Two forms of each check:

* a plain function ``check(value, field, ...)`` returning the value, for
  hand-written ``__init__`` methods and calculator arguments;
* an attrs-style factory (``choice_of``, ``int_in``, ``bool_flag``,
  ``instance``, ``date_field``) for ``attrs.field(validator=...)`` or
  ``converter=...``.

Every refusal is an :class:`~familyplan.errors.InvalidInput` naming the field,
the value and what is allowed:

>>> choice("town", "residence", ("rural", "urban"))
Traceback (most recent call last):
...
familyplan.errors.InvalidInput: residence must be one of 'rural' or 'urban', got 'town'
>>> strict_int(True, "persons", low=1)
Traceback (most recent call last):
...
familyplan.errors.InvalidInput: persons must be an int of at least 1, got True
>>> strict_bool(0, "allow_provisional")
Traceback (most recent call last):
...
familyplan.errors.InvalidInput: allow_provisional must be True or False, got 0

:func:`collect_errors` makes an attrs class report *every* bad field at once,
as one :class:`~familyplan.errors.InvalidInputs` (a single bad field is raised
as itself).
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import inspect
from collections.abc import Callable, Iterable
from typing import Any, TypeVar, get_args

import attrs

from familyplan._dates import as_date
from familyplan.errors import InvalidInput, InvalidInputs

__all__ = [
    "Collector",
    "bool_flag",
    "choice",
    "choice_of",
    "collect_errors",
    "date_field",
    "instance",
    "int_in",
    "strict_bool",
    "strict_int",
]

_T = TypeVar("_T")
_C = TypeVar("_C", bound=type)

Validator = Callable[[Any, Any, Any], None]


# --------------------------------------------------------------------------- plain checks


def _options(options: object) -> tuple[Any, ...]:
    """The allowed values of a ``Literal``, an ``Enum`` class or a tuple."""
    if isinstance(options, type) and issubclass(options, enum.Enum):
        return tuple(options)
    args = get_args(options)
    if args:
        return tuple(args)
    return tuple(options)  # type: ignore[arg-type]


def _shown(options: tuple[Any, ...]) -> str:
    vals = [o.value if isinstance(o, enum.Enum) else o for o in options]
    if len(vals) == 1:
        return repr(vals[0])
    return ", ".join(repr(v) for v in vals[:-1]) + f" or {vals[-1]!r}"


def choice(value: object, field: str, options: object, *, optional: bool = False) -> Any:
    """``value`` if it is one of ``options`` (a ``Literal``, an ``Enum`` or a tuple).

    An ``Enum`` also accepts its members' values (``"extra-child"`` for
    ``Circumstance.EXTRA_CHILD``) and returns the member. Only hashable exact
    matches count: ``True`` is not ``1``, ``1.0`` is not ``1``.
    """
    if value is None and optional:
        return None
    opts = _options(options)
    for o in opts:
        if isinstance(o, enum.Enum):
            if value is o or (
                isinstance(value, str) and isinstance(o.value, str) and value == o.value
            ):
                return o
        elif (
            isinstance(value, type(o))
            and isinstance(value, bool) == isinstance(o, bool)
            and value == o
        ):
            return o
    allowed = f"one of {_shown(opts)}" + (" (or None)" if optional else "")
    raise InvalidInput(field, value, allowed)


def _int_allowed(low: int | None, high: int | None) -> str:
    if low is not None and high is not None:
        return f"an int from {low} to {high}"
    if low is not None:
        return f"an int of at least {low}"
    if high is not None:
        return f"an int of at most {high}"
    return "an int"


def strict_int(
    value: object,
    field: str,
    *,
    low: int | None = None,
    high: int | None = None,
    optional: bool = False,
    allowed: str | None = None,
) -> Any:
    """``value`` if it is an ``int`` (not a bool, float or str) within the bounds."""
    if value is None and optional:
        return None
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or (low is not None and value < low)
        or (high is not None and value > high)
    ):
        what = allowed or _int_allowed(low, high) + (", or None" if optional else "")
        raise InvalidInput(field, value, what)
    return value


def strict_bool(value: object, field: str, *, optional: bool = False) -> Any:
    """``value`` if it is ``True`` or ``False`` (``0``, ``1``, ``"yes"`` are refused)."""
    if isinstance(value, bool) or (value is None and optional):
        return value
    raise InvalidInput(
        field, value, "True, False or None (not given)" if optional else "True or False"
    )


def sequence(value: object, field: str, allowed: str = "a list or tuple") -> tuple[Any, ...]:
    """A list or tuple (or other iterable, but not a string) as a tuple."""
    if isinstance(value, str | bytes | bytearray | dict) or not isinstance(value, Iterable):
        raise InvalidInput(field, value, allowed)
    return tuple(value)


def pair(value: object, field: str, allowed: str) -> tuple[Any, Any]:
    """A list or tuple of exactly two items."""
    if not isinstance(value, tuple | list) or len(value) != 2:
        raise InvalidInput(field, value, allowed)
    return value[0], value[1]


# --------------------------------------------------------------------------- bounds (not law)

MAX_CHILDREN = 20
"""The largest count of children (over the limit, or a birth order) an input may
give. The levy articles multiply by it; a count above 20 is not a family any
decision has concerned, and would only turn a typing error into a 'lawful
range' of trillions of yuan."""

MAX_YEARS = 20
"""The largest count of whole years an input may give where the law counts a
few (Hebei art. 46 item 2's years before the spacing date)."""

MAX_PERSONS = 1_000_000
"""Person-times in one decision: a per-person-time fine multiplies a fixed
amount by it, and no decision concerns a million people."""

SHOWN = 20
"""How many refused ids an error message lists at most."""


def days_left(day: _dt.date) -> int:
    """Days from ``day`` to 9999-12-31, the last day a ``datetime.date`` can hold."""
    return _dt.date.max.toordinal() - day.toordinal()


def months_left(day: _dt.date) -> int:
    """Whole months from ``day``'s month to December 9999."""
    return (_dt.MAXYEAR - day.year) * 12 + 12 - day.month


# --------------------------------------------------------------------------- attrs factories


def _name(field: str | None, attr: Any) -> str:
    return field if field is not None else str(getattr(attr, "alias", None) or attr.name)


def choice_of(options: object, *, field: str | None = None, optional: bool = False) -> Validator:
    """An attrs validator: the value must be one of ``options``."""

    def check(_inst: object, attr: Any, value: object) -> None:
        choice(value, _name(field, attr), options, optional=optional)

    return check


def int_in(
    low: int | None = None,
    high: int | None = None,
    *,
    field: str | None = None,
    optional: bool = False,
    allowed: str | None = None,
) -> Validator:
    """An attrs validator: a strict ``int`` within ``[low, high]``."""

    def check(_inst: object, attr: Any, value: object) -> None:
        strict_int(
            value, _name(field, attr), low=low, high=high, optional=optional, allowed=allowed
        )

    return check


def bool_flag(*, field: str | None = None, optional: bool = False) -> Validator:
    """An attrs validator: ``True`` or ``False`` (or ``None`` when optional)."""

    def check(_inst: object, attr: Any, value: object) -> None:
        strict_bool(value, _name(field, attr), optional=optional)

    return check


def instance(cls: type | tuple[type, ...], allowed: str, *, field: str | None = None) -> Validator:
    """An attrs validator: an instance of ``cls``."""

    def check(_inst: object, attr: Any, value: object) -> None:
        if not isinstance(value, cls):
            raise InvalidInput(_name(field, attr), value, allowed)

    return check


def date_field(field: str, *, optional: bool = False) -> Callable[[object], Any]:
    """An attrs converter: a ``datetime.date`` or ``"YYYY-MM-DD"`` (see :func:`as_date`)."""

    def convert(value: object) -> _dt.date | None:
        if value is None and optional:
            return None
        return as_date(value, field)

    return convert


# --------------------------------------------------------------------------- collecting


class Collector:
    """Runs each field's conversion and keeps every error.

    >>> c = Collector()
    >>> c.take(lambda: strict_int("2", "year"), 0)
    0
    >>> c.fail("sex", "f", "'male' or 'female'")
    >>> c.raise_if_any("Applicant")
    Traceback (most recent call last):
    ...
    familyplan.errors.InvalidInputs: 2 invalid fields of Applicant (2 sub-exceptions)
    """

    def __init__(self, prefix: str = "") -> None:
        self.prefix = prefix
        self.errors: list[InvalidInput] = []

    def take(self, fn: Callable[[], _T], default: _T) -> _T:
        try:
            return fn()
        except InvalidInputs as group:
            self.errors.extend(e for e in group.exceptions if isinstance(e, InvalidInput))
        except InvalidInput as err:
            self.errors.append(err)
        return default

    def fail(self, field: str, value: object, allowed: str) -> None:
        self.errors.append(InvalidInput(self.prefix + field, value, allowed))

    def raise_if_any(self, what: str) -> None:
        raise_all(self.errors, what)


def raise_all(errors: list[InvalidInput], what: str) -> None:
    """Raise the one error, or all of them as :class:`InvalidInputs`; nothing if none."""
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise InvalidInputs(f"{len(errors)} invalid fields of {what}", errors)


def _field_errors(
    cls: type, init: Any, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> list[InvalidInput]:
    """Every field's own conversion and validation, run one by one."""
    try:
        bound = inspect.signature(init).bind(None, *args, **kwargs)
    except TypeError:
        return []
    found = Collector()
    for a in attrs.fields(cls):
        if not a.init:
            continue
        key = a.alias or a.name
        if key in bound.arguments:
            value = bound.arguments[key]
        elif isinstance(a.default, attrs.Factory):  # type: ignore[arg-type]
            continue
        else:
            value = a.default

        def run(a: Any = a, value: Any = value) -> None:
            v = value
            if callable(a.converter):
                v = a.converter(v)
            if a.validator is not None:
                a.validator(None, a, v)

        try:
            found.take(run, None)
        except Exception:
            continue
    return found.errors


def collect_errors(cls: _C) -> _C:
    """Make an attrs class report every bad field, not only the first.

    The class is built as usual; when its ``__init__`` refuses a value, each
    field's converter and validator is run again on its own and every
    refusal is raised together (one :class:`InvalidInputs`, or the single
    :class:`InvalidInput`). Cross-field checks (``__attrs_post_init__``) run
    once every field is good, as before.
    """
    init: Any = cls.__init__  # type: ignore[misc]

    @functools.wraps(init)
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:  # noqa: N807
        try:
            init(self, *args, **kwargs)
        except (InvalidInput, InvalidInputs):
            errors = _field_errors(cls, init, args, kwargs)
            if len(errors) > 1:
                raise InvalidInputs(
                    f"{len(errors)} invalid fields of {cls.__name__}", errors
                ) from None
            raise

    setattr(cls, "__init__", __init__)  # noqa: B010
    return cls
