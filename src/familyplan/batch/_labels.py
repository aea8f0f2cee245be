"""Label columns as small-int codes into their labels (no Python string per row)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from familyplan.errors import InvalidInput

__all__ = ["LABEL_MODES", "LabelMode", "Labels", "join_labels"]

LabelMode = Literal["category", "str"]
LABEL_MODES: tuple[LabelMode, ...] = ("category", "str")


class Labels:
    """A column of labels stored as small-int ``codes`` into ``categories``
    (``-1``: null), like a ``pandas.Categorical`` — what the batch functions
    return for ``status``, ``failed_condition``, ``citation`` and ``error`` in a
    ``dict`` result (a DataFrame gets a ``Categorical``, a pyarrow Table a
    dictionary array). Read-only. A dict input may hold one too.

    >>> import numpy as np
    >>> s = Labels(np.array([2, 0, 2], dtype=np.int8), ("not eligible", "undetermined", "eligible"))
    >>> s.tolist(), s[1], len(s)
    (['eligible', 'not eligible', 'eligible'], 'not eligible', 3)
    >>> (s == "eligible").tolist()
    [True, False, True]
    >>> s.to_numpy()
    array(['eligible', 'not eligible', 'eligible'], dtype=object)
    """

    __slots__ = ("_categories", "_codes")

    def __init__(self, codes: npt.ArrayLike, categories: Sequence[str]) -> None:
        arr = np.asarray(codes)
        if arr.ndim != 1 or arr.dtype.kind not in "iu":
            raise InvalidInput("codes", arr.dtype, "a one-dimensional array of integer codes")
        cats = tuple(categories)
        if len(set(cats)) != len(cats):
            raise InvalidInput("categories", cats, "distinct labels")
        if not all(isinstance(c, str) for c in cats):
            raise InvalidInput("categories", cats, "labels of type str")
        if len(arr) and (int(arr.min()) < -1 or int(arr.max()) >= len(cats)):
            raise InvalidInput("codes", "out of range", f"codes from -1 (null) to {len(cats) - 1}")
        view = arr.view()
        view.flags.writeable = False
        self._codes = view
        self._categories = cats

    @classmethod
    def _trusted(cls, codes: npt.NDArray[Any], categories: tuple[str, ...]) -> Labels:
        """Without the checks (codes and distinct categories built by this package)."""
        self = cls.__new__(cls)
        view = codes.view()
        view.flags.writeable = False
        self._codes = view
        self._categories = categories
        return self

    @classmethod
    def from_names(cls, codes: npt.NDArray[Any], names: Sequence[str]) -> Labels:
        """Codes into ``names``, which may repeat a label (codes are merged)."""
        unique = tuple(dict.fromkeys(names))
        if len(unique) == len(names):
            return cls._trusted(codes, unique)
        where = {name: i for i, name in enumerate(unique)}
        lut = np.array([where[name] for name in names], dtype=_code_dtype(len(unique)))
        return cls._trusted(lut[codes], unique)

    @property
    def codes(self) -> npt.NDArray[Any]:
        """The codes (read-only)."""
        return self._codes

    @property
    def categories(self) -> tuple[str, ...]:
        """The labels the codes index."""
        return self._categories

    def __len__(self) -> int:
        return len(self._codes)

    def _table(self) -> npt.NDArray[np.object_]:
        table = np.empty(len(self._categories) + 1, dtype=object)
        table[:-1] = self._categories
        table[-1] = None
        return table

    def to_numpy(self) -> npt.NDArray[np.object_]:
        """An object array of the labels (None for null): one Python str per row."""
        out: npt.NDArray[np.object_] = self._table()[self._codes]
        return out

    def __array__(self, dtype: Any = None, copy: bool | None = None) -> npt.NDArray[Any]:
        out = self.to_numpy()
        return out if dtype is None else out.astype(dtype)

    def tolist(self) -> list[str | None]:
        out: list[str | None] = self.to_numpy().tolist()
        return out

    def __iter__(self) -> Iterator[str | None]:
        return iter(self.tolist())

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, int | np.integer):
            code = int(self._codes[key])
            return None if code < 0 else self._categories[code]
        return Labels._trusted(np.asarray(self._codes[key]), self._categories)

    def _code_of(self, other: object) -> int | None:
        try:
            return self._categories.index(other)  # type: ignore[arg-type,unused-ignore]
        except ValueError:
            return None

    def __eq__(self, other: object) -> Any:
        if isinstance(other, str):
            code = self._code_of(other)
            if code is None:
                return np.zeros(len(self), dtype=bool)
            return self._codes == code
        if isinstance(other, Labels):
            return self.to_numpy() == other.to_numpy()
        return NotImplemented

    def __ne__(self, other: object) -> Any:
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else ~eq

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Labels(<{len(self)} rows>, categories={self._categories!r})"


def _code_dtype(k: int) -> Any:
    """The smallest signed integer type for codes into ``k`` labels (and -1)."""
    for dtype in (np.int8, np.int16):
        if k <= np.iinfo(dtype).max:
            return dtype
    return np.int32


def join_labels(parts: Sequence[Labels], n: int) -> Labels:
    """One column from chunks: codes joined, categories merged (in order of first
    appearance), without a Python object per row."""
    first = parts[0].categories
    if all(p.categories == first for p in parts):
        codes = np.concatenate([p.codes for p in parts]) if len(parts) > 1 else parts[0].codes
        return Labels._trusted(codes, first)
    merged: dict[str, int] = {}
    for p in parts:
        for c in p.categories:
            merged.setdefault(c, len(merged))
    dtype = _code_dtype(len(merged))
    out = np.empty(n, dtype=dtype)
    at = 0
    for p in parts:
        lut = np.array([merged[c] for c in p.categories] + [-1], dtype=dtype)
        k = len(p)
        out[at : at + k] = lut[p.codes]  # -1 (null) indexes the trailing -1
        at += k
    return Labels._trusted(out, tuple(merged))
