"""Deprecation shims: a renamed name keeps working, with a warning, for one minor release.

The library follows semantic versioning. A public name that is renamed keeps
working through the next minor release (``0.2``) and emits a
:class:`DeprecationWarning` that names its replacement; it is removed in the
one after (``0.3``). Every rename is listed in the changelog.

>>> import warnings
>>> @renamed_keywords(decision_on="decided_on")
... def f(*, decided_on: int = 0) -> int:
...     return decided_on
>>> with warnings.catch_warnings(record=True) as w:
...     warnings.simplefilter("always")
...     f(decision_on=3), str(w[0].message)
(3, "the keyword 'decision_on' is deprecated since familyplan 0.2 and will be removed in 0.3: use 'decided_on'")
"""

from __future__ import annotations

import functools
import inspect
import warnings
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from familyplan.errors import InvalidInput

__all__ = [
    "FROM_A_HELPER",
    "SINCE",
    "UNTIL",
    "deprecated",
    "keyword_only_shim",
    "renamed_keywords",
]

SINCE = "0.2"
"""The release in which the renames of issue 15 were deprecated."""
UNTIL = "0.3"
"""The release in which the deprecated spellings go."""

FROM_A_HELPER = 4
"""``stacklevel`` for a warning raised in a helper of a public function (points at its caller)."""

P = ParamSpec("P")
R = TypeVar("R")


def deprecated(what: str, instead: str, *, stacklevel: int = 3) -> None:
    """Emit the one DeprecationWarning text every shim uses."""
    warnings.warn(
        f"{what} is deprecated since familyplan {SINCE} and will be removed in {UNTIL}: "
        f"use {instead}",
        DeprecationWarning,
        stacklevel=stacklevel,
    )


def renamed_keywords(**old_to_new: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Accept old keyword names (with a warning) for renamed parameters.

    The wrapped function keeps its new signature for ``inspect`` and type
    checkers; only at run time does the old keyword still work. Giving both
    the old and the new name is refused with ``InvalidInput``.
    """

    old_names = frozenset(old_to_new)

    def wrap(func: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(func)
        def inner(*args: P.args, **kwargs: P.kwargs) -> R:
            if not kwargs or old_names.isdisjoint(kwargs):
                # the call of every current caller: nothing to rename, so nothing else runs
                return func(*args, **kwargs)
            for old, new in old_to_new.items():
                if old in kwargs:
                    value = kwargs.pop(old)
                    if new in kwargs:
                        raise InvalidInput(
                            old, value, f"no value: {old!r} is the old name of {new!r}"
                        )
                    deprecated(f"the keyword {old!r}", repr(new))
                    kwargs[new] = value
            return func(*args, **kwargs)

        return inner

    return wrap


def keyword_only_shim(*names: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Accept, with a warning, keyword-only parameters ``names`` given positionally.

    For a parameter that used to be positional (``version_on(id, day)``) and is
    now keyword-only (``version_on(id, on=day)``).
    """

    def wrap(func: Callable[P, R]) -> Callable[P, R]:
        params = inspect.signature(func).parameters.values()
        n_positional = sum(p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) for p in params)

        @functools.wraps(func)
        def inner(*args: P.args, **kwargs: P.kwargs) -> R:
            if len(args) > n_positional:
                extra = args[n_positional:]
                if len(extra) > len(names):
                    raise InvalidInput(
                        "arguments", args, f"at most {n_positional + len(names)} positional"
                    )
                for name, value in zip(names, extra, strict=False):
                    if name in kwargs:
                        raise InvalidInput(name, value, f"{name!r} given once")
                    deprecated(f"passing {name!r} by position", f"{name}=… (keyword-only)")
                    kwargs[name] = value
                args = args[:n_positional]  # type: ignore[assignment]
            return func(*args, **kwargs)

        return inner

    return wrap
