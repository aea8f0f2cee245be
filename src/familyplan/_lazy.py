"""Result fields built on first read (the explanation of a result, issue 17).

A calculator computes its figures eagerly and leaves the fields that only
*explain* them (``steps``, ``citations``, a long ``schedule``) to be built
when first read: the result holds a :class:`Later` in their slots, and
:func:`lazy_fields` puts a descriptor over the attrs slots that builds every
pending field of the result at the first read of any of them, keeps the
values and hands them out from then on.

Nothing else changes: the class keeps its attrs fields, ``__init__``,
``repr``, equality, hashing, pickling and ``to_dict`` (each reads the fields,
so each builds them first); the values are exactly those the calculator
would have built eagerly. Only words are deferred: every check that can
refuse the input runs in the calculator, never in a builder.

>>> import attrs
>>> @lazy_fields("doubled")
... @attrs.frozen
... class R:
...     x: int
...     doubled: int
>>> built = []
>>> r = R(2, build_later(lambda r: built.append(r.x) or {"doubled": 2 * r.x}))
>>> built
[]
>>> r.doubled, r, built
(4, R(x=2, doubled=4), [2])
>>> r == R(2, 4)
True
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from familyplan.explain import Citation, StepValue, Trace

    Writer = Callable[[Trace], None]

__all__ = ["Later", "StepLog", "build_later", "lazy_fields"]

_C = TypeVar("_C", bound=type)


class Later:
    """The pending value of the lazy fields of one result: ``build(result)``
    returns a mapping of each field name to its value."""

    __slots__ = ("build",)

    def __init__(self, build: Callable[[Any], Mapping[str, Any]]) -> None:
        self.build = build

    def __repr__(self) -> str:  # never shown by a result: reading a field builds it
        return "<not built yet>"


def build_later(build: Callable[[Any], Mapping[str, Any]]) -> Any:
    """A :class:`Later` to pass for every lazy field of one result (typed ``Any``
    so it can stand where the field's type is declared)."""
    return Later(build)


class _LazySlot:
    """A data descriptor over an attrs slot: builds the pending fields on first read."""

    __slots__ = ("name", "owner", "slot")

    def __init__(self, name: str, slot: Any, owner: type) -> None:
        self.name = name
        self.slot = slot
        self.owner = owner

    def __get__(self, obj: object, objtype: type | None = None) -> Any:
        if obj is None:
            return self
        value = self.slot.__get__(obj, objtype)
        if type(value) is Later:
            values = value.build(obj)
            for name, v in values.items():
                desc = self.owner.__dict__[name]
                if type(desc.slot.__get__(obj, objtype)) is Later:
                    desc.slot.__set__(obj, v)
            value = values[self.name]
        return value

    def __set__(self, obj: object, value: Any) -> None:
        # reached only through object.__setattr__ (attrs' __init__, unpickling):
        # the class's own __setattr__ keeps a frozen result frozen
        self.slot.__set__(obj, value)

    def __delete__(self, obj: object) -> None:
        self.slot.__delete__(obj)


def lazy_fields(*names: str) -> Callable[[_C], _C]:
    """Class decorator (outside ``@attrs.frozen``): the named slotted fields may
    be given as :func:`build_later` values, built at the first read of any of them."""

    def wrap(cls: _C) -> _C:
        for name in names:
            slot = cls.__dict__.get(name)
            if not hasattr(slot, "__set__") or isinstance(slot, _LazySlot):
                raise TypeError(f"{cls.__name__}.{name} is not a slotted attrs field")
            setattr(cls, name, _LazySlot(name, slot, cls))
        return cls

    return wrap


Describe = str | Callable[[], str]


class StepLog:
    """The steps of one computation, their words left unwritten until read.

    Used like :class:`familyplan.explain.Trace`, but a description may be a
    function returning it (a ``lambda`` over the figures), called only when
    :meth:`trace` builds the steps; a step's Chinese comes from ``zh`` or
    ``familyplan._zh`` then, as in ``Trace.add``.

    >>> log = StepLog()
    >>> log.add(lambda: f"months counted: {3 * 4}", 12)
    >>> [s.description for s in log.trace().steps]
    ['months counted: 12']
    """

    __slots__ = ("entries",)

    def __init__(self) -> None:
        # a step (description, value, citation, zh), or a writer of several steps
        self.entries: list[tuple[Describe, StepValue, Citation | None, str] | Writer] = []

    def add(
        self,
        describe: Describe,
        value: StepValue = None,
        citation: Citation | None = None,
        *,
        zh: str = "",
    ) -> None:
        self.entries.append((describe, value, citation, zh))

    def extend(self, other: StepLog) -> None:
        self.entries.extend(other.entries)

    def add_later(self, write: Writer) -> None:
        """Steps written by ``write(trace)`` when the steps are built, in this place."""
        self.entries.append(write)

    def trace(self) -> Trace:
        """The :class:`~familyplan.explain.Trace` of the logged steps, words written."""
        from familyplan.explain import Trace

        t = Trace()
        for entry in self.entries:
            if isinstance(entry, tuple):
                describe, value, citation, zh = entry
                t.add(describe if isinstance(describe, str) else describe(), value, citation, zh=zh)
            else:
                entry(t)
        return t

    def fields(self, _result: object = None) -> dict[str, Any]:
        """``steps`` and ``citations`` of a result (a :func:`build_later` builder)."""
        t = self.trace()
        return {"steps": t.steps, "citations": t.citations}
