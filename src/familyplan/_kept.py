"""The library's bounded caches of what the immutable registry gives (issue 17).

One bound and one way to keep: a :class:`Kept` is a ``dict`` that starts
afresh when it holds :data:`KEEP` entries. Only answers are kept, never an
error: a lookup that raises is raised afresh on the next call.

>>> kept: Kept[str, int] = Kept()
>>> kept.get("a") is None, kept.keep("a", 1), kept["a"]
(True, 1, 1)
"""

from __future__ import annotations

from typing import TypeVar

__all__ = ["KEEP", "Kept"]

KEEP = 8192
"""Entries a cache holds before it starts afresh: a memory bound, not law."""

K = TypeVar("K")
V = TypeVar("V")


class Kept(dict[K, V]):
    """A cache: ``get`` as a dict, :meth:`keep` to add (cleared when full)."""

    __slots__ = ()

    def keep(self, key: K, value: V) -> V:
        """Keep ``value`` under ``key`` and return it."""
        if len(self) >= KEEP:
            self.clear()
        self[key] = value
        return value
