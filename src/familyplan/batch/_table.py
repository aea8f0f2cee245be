"""Columnar input and output: pandas, pyarrow or a dict of numpy arrays.

Only numpy is imported here; pandas and pyarrow are imported lazily, and only
when the caller passes one of their objects. Every reader turns one column
into numpy arrays (values and a per-row *state*: ``OK``, ``NULL`` — not given
— or ``BAD`` — malformed) without a Python loop per row for the native
numeric and date types; strings and Python objects take a per-distinct-value
path (documented in docs/batch.md).
"""

from __future__ import annotations

import datetime as _dt
import importlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

import numpy as np
import numpy.typing as npt

from familyplan._dates import as_date
from familyplan.errors import FamilyPlanError, InvalidInput
from familyplan.money import yuan

from ._labels import LABEL_MODES, LabelMode, Labels, _code_dtype, join_labels

__all__ = [
    "BAD",
    "NULL",
    "OK",
    "Errors",
    "LabelMode",
    "Labels",
    "Table",
    "chunked",
    "day_numbers",
    "fen_strings",
    "label_mode",
    "labels",
    "open_table",
    "plain",
    "run_chunks",
    "with_amount",
]

OK = 0
NULL = 1
BAD = 2

I64 = npt.NDArray[np.int64]
I8 = npt.NDArray[np.int8]
B = npt.NDArray[np.bool_]
Obj = npt.NDArray[np.object_]

_EPOCH = _dt.date(1970, 1, 1)
_ALLOWED_TABLE = "a pandas DataFrame, a pyarrow Table or a dict of equal-length numpy arrays"


def _module(name: str) -> Any:
    """pandas / pyarrow, imported only when the caller passed one of their objects."""
    return importlib.import_module(name)


def _is_null_scalar(v: object) -> bool:
    if v is None:
        return True
    if isinstance(v, float) and v != v:
        return True
    name = type(v).__name__
    return name in ("NAType", "NaTType")


class _Raw:
    """One column as numpy: either ``codes`` into ``categories`` (-1 = null) or
    ``values`` with an optional ``null`` mask."""

    __slots__ = ("categories", "codes", "null", "values")

    def __init__(
        self,
        *,
        values: npt.NDArray[Any] | None = None,
        null: B | None = None,
        codes: npt.NDArray[np.integer[Any]] | None = None,
        categories: Sequence[object] | None = None,
    ) -> None:
        self.values = values
        self.null = null
        self.codes = codes
        self.categories = categories

    def plain(self, name: str) -> npt.NDArray[Any]:
        """``values`` of a column that is not categorical."""
        if self.values is None:
            raise InvalidInput(name, "a column without values", "a column of values or categories")
        return self.values


class Table:
    """A columnar input, whatever its library; :meth:`raw` gives a column."""

    def __init__(self, kind: str, obj: Any, n: int, names: Iterable[str]) -> None:
        self.kind = kind
        self.obj = obj
        self.n = n
        self.names = frozenset(names)

    def has(self, name: str) -> bool:
        return name in self.names

    def raw(self, name: str) -> _Raw:
        if self.kind == "pandas":
            return _pandas_raw(self.obj[name])
        if self.kind == "arrow":
            return _arrow_raw(self.obj.column(name))
        return _numpy_raw(self.obj[name])

    def column_values(self, name: str) -> Obj:
        """A column as an object array (used for pass-through ids)."""
        r = self.raw(name)
        if r.codes is not None:
            cats = np.empty(len(r.categories or ()) + 1, dtype=object)
            cats[:-1] = list(r.categories or ())
            cats[-1] = None
            return cats[np.asarray(r.codes, dtype=np.int64)]
        out = np.asarray(r.plain(name)).astype(object)
        if r.null is not None:
            out[r.null] = None
        return out

    def slice(self, start: int, stop: int) -> Table:
        """Rows ``start:stop`` as a table of the same kind (views where possible)."""
        if self.kind == "pandas":
            obj: Any = self.obj.iloc[start:stop]
        elif self.kind == "arrow":
            obj = self.obj.slice(start, stop - start)
        else:
            obj = {k: v[start:stop] for k, v in self.obj.items()}
        return Table(self.kind, obj, stop - start, self.names)

    def passthrough(self, name: str) -> Any:
        """A column unchanged, in the caller's kind (for ids carried to the output)."""
        if self.kind == "pandas":
            return self.obj[name]
        if self.kind == "arrow":
            return self.obj.column(name)
        return self.obj[name]

    def output(self, columns: Mapping[str, Any], mode: LabelMode = "category") -> Any:
        """The result in the caller's kind: DataFrame (same index), Table, or dict.
        Label columns: ``Categorical`` / dictionary array / :class:`Labels`
        (``mode="category"``), or one Python str per row (``mode="str"``)."""
        if mode == "str":
            columns = {k: v.to_numpy() if isinstance(v, Labels) else v for k, v in columns.items()}
        if self.kind == "pandas":
            pd = _module("pandas")
            cols = {
                k: pd.Categorical.from_codes(v.codes, categories=list(v.categories), validate=False)
                if isinstance(v, Labels)
                else v
                for k, v in columns.items()
            }
            return pd.DataFrame(cols, index=self.obj.index, copy=False)
        if self.kind == "arrow":
            pa = _module("pyarrow")
            arrays = {}
            for k, v in columns.items():
                if isinstance(v, Labels):
                    arrays[k] = pa.DictionaryArray.from_arrays(
                        pa.array(v.codes, mask=v.codes < 0),
                        pa.array(list(v.categories), type=pa.string()),
                    )
                elif not isinstance(v, np.ndarray):
                    arrays[k] = v
                elif v.dtype == object:
                    arrays[k] = pa.array(v, type=pa.string())
                else:
                    arrays[k] = pa.array(v)
            return pa.table(arrays)
        return dict(columns)


CHUNK_ROWS = 1 << 16
"""Rows computed at a time: the temporaries of a chunk stay in the CPU caches."""


def label_mode(value: object) -> LabelMode:
    """The ``labels`` argument of a batch function, checked."""
    for mode in LABEL_MODES:
        if value == mode and isinstance(value, str):
            return mode
    raise InvalidInput("labels", value, "'category' (codes with their labels) or 'str'")


def chunked(t: Table, core: Callable[[Table], Mapping[str, Any]]) -> dict[str, Any]:
    """Run ``core`` on successive slices of ``t`` and join the columns (label
    columns by their codes: no Python object per row)."""
    if t.n <= CHUNK_ROWS:
        return dict(core(t))
    parts = [core(t.slice(a, min(a + CHUNK_ROWS, t.n))) for a in range(0, t.n, CHUNK_ROWS)]
    out: dict[str, Any] = {}
    for k, first in parts[0].items():
        if isinstance(first, Labels):
            out[k] = join_labels([p[k] for p in parts], t.n)
        else:
            out[k] = np.concatenate([p[k] for p in parts])
    return out


def run_chunks(
    t: Table,
    layout: Mapping[str, Any],
    slow: Callable[[Table], Mapping[str, Any]],
    fast: Callable[[Table, dict[str, npt.NDArray[Any]]], bool] | None = None,
) -> dict[str, Any]:
    """Compute the columns of ``layout`` chunk by chunk into arrays allocated
    once (no per-chunk outputs to join, no copy at the end).

    ``layout`` maps each output column to a numpy dtype, or — a label column —
    to its categories (a tuple of str). Each chunk is offered to ``fast`` first, which
    writes the chunk's rows into the slices it is given and returns True, or
    returns False when the chunk needs ``slow`` (what it wrote is then
    overwritten). ``fast`` writes every column of ``layout`` (nothing is
    allocated zeroed); ``slow`` returns every column of ``layout`` for the
    chunk, which is copied in, label codes mapped onto the column's categories
    (extended in order of first appearance, as :func:`join_labels` does)."""
    n = t.n
    out: dict[str, npt.NDArray[Any]] = {}
    cats: dict[str, dict[str, int]] = {}
    for k, spec in layout.items():
        if isinstance(spec, tuple):
            cats[k] = {c: i for i, c in enumerate(spec)}
            out[k] = np.empty(n, dtype=_code_dtype(len(spec)))
        else:
            out[k] = np.empty(n, dtype=spec)
    for a in range(0, n, CHUNK_ROWS):
        b = min(a + CHUNK_ROWS, n)
        part = t if b - a == n else t.slice(a, b)
        if fast is not None and fast(part, {k: v[a:b] for k, v in out.items()}):
            continue
        for k, v in slow(part).items():
            if k not in cats:
                out[k][a:b] = v
                continue
            where = cats[k]
            for c in v.categories:
                where.setdefault(c, len(where))
            dtype = _code_dtype(len(where))
            if np.dtype(dtype).itemsize > out[k].dtype.itemsize:
                out[k] = out[k].astype(dtype)
            lut = np.array([where[c] for c in v.categories] + [-1], dtype=out[k].dtype)
            out[k][a:b] = lut[v.codes]  # -1 (null) indexes the trailing -1
    return {k: Labels._trusted(v, tuple(cats[k])) if k in cats else v for k, v in out.items()}


def with_amount(columns: Mapping[str, Any]) -> dict[str, Any]:
    """``columns`` with ``amount`` (Decimal strings of yuan, :func:`fen_strings`)
    placed after ``amount_fen``."""
    out: dict[str, Any] = {}
    for k, v in columns.items():
        out[k] = v
        if k == "amount_fen":
            out["amount"] = fen_strings(v)
    return out


def plain(t: Table, name: str, kinds: str) -> npt.NDArray[Any] | None:
    """A column's values when they are a plain numpy array of one of the dtype
    ``kinds`` (``"iu"``, ``"b"``, ``"M"``) without nulls; else None (for a
    fast path: such a column goes to the general readers)."""
    r = t.raw(name)
    v = r.values
    if r.codes is not None or v is None or v.dtype.kind not in kinds:
        return None
    if r.null is not None and r.null.any():  # an Arrow column always has a null mask
        return None
    return v


def day_numbers(t: Table, name: str) -> I64 | None:
    """A date column as day numbers since 1970-01-01 for a fast path: a
    ``datetime64`` column without NaT whose every value is at midnight (a
    ``[D]`` column is read without a copy; pandas' ``[s]``/``[ns]`` ones are
    divided); else None (the general reader then says what is wrong)."""
    v = plain(t, name, "M")
    if v is None:
        return None
    raw: I64 = v.view(np.int64)
    if not len(raw) or int(raw.min()) == _NAT:
        return None
    unit, count = np.datetime_data(v.dtype)
    if unit == "D" and count == 1:
        return raw
    if unit in ("W", "M", "Y") or count != 1:
        return None  # not whole days, or an unusual unit: the general reader
    per = int(np.array(1, dtype="m8[D]").astype(f"m8[{unit}]").astype(np.int64))
    days, rest = np.divmod(raw, per)
    if rest.any():  # a timestamp is a date only at midnight
        return None
    out: I64 = days
    return out


def open_table(table: object, field: str = "table") -> Table:
    """Recognise the kind of ``table`` (without importing pandas or pyarrow
    unless the object comes from them)."""
    module = type(table).__module__ or ""
    if module.startswith("pandas") and hasattr(table, "columns") and hasattr(table, "index"):
        frame: Any = table
        return Table("pandas", frame, len(frame), [str(c) for c in frame.columns])
    if module.startswith("pyarrow"):
        pa = _module("pyarrow")
        if isinstance(table, pa.RecordBatch):
            table = pa.Table.from_batches([table])
        if isinstance(table, pa.Table):
            return Table("arrow", table, table.num_rows, table.column_names)
        raise InvalidInput(field, type(table).__name__, _ALLOWED_TABLE)
    if isinstance(table, Mapping):
        cols: dict[str, Any] = {}
        n: int | None = None
        for k, v in table.items():
            if not isinstance(k, str):
                raise InvalidInput(f"{field} column name", k, "a str")
            if isinstance(v, Labels):
                if n is not None and len(v) != n:
                    raise InvalidInput(
                        f"{field}[{k!r}]",
                        len(v),
                        f"a column of the same length as the others ({n})",
                    )
                n = len(v)
                cols[k] = v
                continue
            arr = np.asarray(v)
            if arr.ndim != 1:
                raise InvalidInput(f"{field}[{k!r}]", arr.shape, "a one-dimensional array")
            if n is None:
                n = len(arr)
            elif len(arr) != n:
                raise InvalidInput(
                    f"{field}[{k!r}]", len(arr), f"an array of the same length as the others ({n})"
                )
            cols[k] = arr
        return Table("dict", cols, n or 0, cols)
    raise InvalidInput(field, type(table).__name__, _ALLOWED_TABLE)


def require(t: Table, names: Iterable[str], field: str = "table") -> None:
    missing = [c for c in names if not t.has(c)]
    if missing:
        raise InvalidInput(
            field, sorted(t.names), f"a table with the columns {missing} (see docs/batch.md)"
        )


# -- per-library column extraction -------------------------------------------------------


def _object_null(arr: npt.NDArray[Any]) -> B:
    if arr.dtype != object:
        return np.zeros(len(arr), dtype=bool)
    return np.fromiter((_is_null_scalar(v) for v in arr), dtype=bool, count=len(arr))


def _numpy_raw(arr: npt.NDArray[Any] | Labels) -> _Raw:
    if isinstance(arr, Labels):
        return _Raw(codes=arr.codes, categories=arr.categories)
    if arr.dtype == object:
        return _Raw(values=arr, null=_object_null(arr))
    return _Raw(values=arr)


def _pandas_raw(s: Any) -> _Raw:
    pd = _module("pandas")
    dtype = s.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        return _Raw(codes=s.cat.codes.to_numpy(), categories=list(s.cat.categories))
    if isinstance(dtype, np.dtype):
        values = s.to_numpy()
        if values.dtype == object:
            return _Raw(values=values, null=s.isna().to_numpy(dtype=bool))
        return _Raw(values=values)
    # extension dtypes: nullable ints / booleans, strings, arrow-backed, tz-aware...
    null = s.isna().to_numpy(dtype=bool)
    if pd.api.types.is_bool_dtype(dtype):
        return _Raw(values=s.to_numpy(dtype=bool, na_value=False), null=null)
    if pd.api.types.is_integer_dtype(dtype):
        return _Raw(values=s.to_numpy(dtype="int64", na_value=0), null=null)
    if pd.api.types.is_float_dtype(dtype):
        return _Raw(values=s.to_numpy(dtype="float64", na_value=np.nan), null=null)
    if pd.api.types.is_string_dtype(dtype):
        codes, uniques = pd.factorize(s, use_na_sentinel=True)
        return _Raw(codes=np.asarray(codes), categories=list(uniques))
    values = s.to_numpy(dtype=object)
    return _Raw(values=values, null=null)


def _arrow_raw(col: Any) -> _Raw:
    pa = _module("pyarrow")
    pc = _module("pyarrow.compute")
    typ = col.type
    if pa.types.is_dictionary(typ):
        arr = col.unify_dictionaries().combine_chunks() if col.num_chunks else col.combine_chunks()
        if isinstance(arr, pa.ChunkedArray):  # pragma: no cover - old pyarrow
            arr = arr.combine_chunks()
        idx = arr.indices.fill_null(-1).to_numpy(zero_copy_only=False)
        return _Raw(codes=np.asarray(idx, dtype=np.int64), categories=arr.dictionary.to_pylist())
    if pa.types.is_string(typ) or pa.types.is_large_string(typ):
        enc = pc.dictionary_encode(col).combine_chunks()
        idx = enc.indices.fill_null(-1).to_numpy(zero_copy_only=False)
        return _Raw(codes=np.asarray(idx, dtype=np.int64), categories=enc.dictionary.to_pylist())
    if (
        pa.types.is_date(typ)
        or pa.types.is_timestamp(typ)
        or pa.types.is_floating(typ)
        or pa.types.is_integer(typ)
        or pa.types.is_boolean(typ)
    ):
        null = col.is_null().to_numpy(zero_copy_only=False)
        if pa.types.is_integer(typ):
            values = col.fill_null(0).to_numpy()
        elif pa.types.is_boolean(typ):
            values = col.fill_null(False).to_numpy(zero_copy_only=False)
        else:
            values = col.to_numpy()
        return _Raw(values=np.asarray(values), null=np.asarray(null, dtype=bool))
    values = np.empty(len(col), dtype=object)
    values[:] = col.to_pylist()
    return _Raw(values=values, null=np.asarray(col.is_null().to_numpy(zero_copy_only=False)))


# -- readers: typed arrays and a per-row state -------------------------------------------


def _states_from_lut(codes: npt.NDArray[Any], lut_values: Sequence[Any], lut_states: I8) -> Any:
    """Map category codes (-1 = null) through per-category values and states."""
    k = len(lut_states)
    idx = np.asarray(codes, dtype=np.int64)
    idx = np.where(idx < 0, k, idx)
    states = np.append(lut_states, np.int8(NULL))[idx]
    return idx, states


def _map_objects(
    values: npt.NDArray[Any],
    null: B | None,
    convert: Callable[[object], tuple[Any, int]],
    dtype: Any,
) -> tuple[npt.NDArray[Any], I8]:
    """Convert each distinct object once (memoised); nulls stay NULL."""
    n = len(values)
    out = np.zeros(n, dtype=dtype)
    state = np.zeros(n, dtype=np.int8)
    cache: dict[Any, tuple[Any, int]] = {}
    nulls = null if null is not None else _object_null(values)
    for i in range(n):
        if nulls[i]:
            state[i] = NULL
            continue
        v = values[i]
        try:
            hit = cache.get((type(v), v))
        except TypeError:  # unhashable
            hit = None
            key = None
        else:
            key = (type(v), v)
        if hit is None:
            hit = convert(v)
            if key is not None:
                cache[key] = hit
        out[i], state[i] = hit
    return out, state


def read_choice(t: Table, name: str, options: Sequence[str]) -> I8:
    """Codes 0..k-1 of ``options``; -1 for null or an absent column; -2 for anything else."""
    if not t.has(name):
        return np.full(t.n, -1, dtype=np.int8)
    r = t.raw(name)
    if r.codes is not None:
        cats = list(r.categories or ())
        if r.codes.dtype == np.int8 and cats == list(options[: len(cats)]):
            return np.asarray(r.codes, dtype=np.int8)  # ours already (-1: null); no copy
        lut = np.array(
            [options.index(c) if isinstance(c, str) and c in options else -2 for c in cats] + [-1],
            dtype=np.int8,
        )
        idx = np.asarray(r.codes, dtype=np.int64)
        return lut[np.where(idx < 0, len(cats), idx)]
    values = r.plain(name)
    out = np.full(len(values), -2, dtype=np.int8)
    if values.dtype.kind in "US":
        _fixed_width_choice(values, options, out)
    elif values.dtype == object:
        for i, opt in enumerate(options):
            out[values == opt] = i
        out[r.null if r.null is not None else _object_null(values)] = -1
    elif values.dtype.kind == "f":
        out[np.isnan(values)] = -1
    if r.null is not None and values.dtype != object:
        out[r.null] = -1
    return out


def _fixed_width_choice(values: npt.NDArray[Any], options: Sequence[str], out: I8) -> None:
    """Exact equality of fixed-width strings by comparing their machine words
    (a ``'U5'`` value is two 8-byte words and a 4-byte one): faster than
    numpy's string comparison, and exact (every byte is compared)."""
    n = len(values)
    size = values.dtype.itemsize
    if n == 0 or size == 0:
        out[:] = -1
        return
    n8, rest = divmod(size, 8)
    fields = [(f"w{j}", "<u8") for j in range(n8)]
    if rest:
        fields.append(("tail", f"V{rest}" if rest % 4 else f"<u{rest}"))
    layout = np.dtype(fields)
    rows = np.ascontiguousarray(values).view(layout)
    kind = values.dtype.kind
    for code, opt in [(-1, ""), *enumerate(options)]:
        want: str | bytes = opt.encode("ascii", "replace") if kind == "S" else opt
        pattern = np.array([want], dtype=values.dtype)
        if pattern[0] != want:  # too long for the column's width: no row can hold it
            continue
        pat = pattern.view(layout)[0]
        first, *others = (field for field, _ in fields)  # size > 0: at least one field
        eq: B = rows[first] == pat[first]
        for field in others:
            eq &= rows[field] == pat[field]
        # the patterns are distinct, so at most one matches a row: add, branch-free
        out += eq.view(np.int8) * np.int8(code + 2)


def read_bool(t: Table, name: str) -> I8:
    """1 True, 0 False, -1 null or absent column, -2 not a bool."""
    if not t.has(name):
        return np.full(t.n, -1, dtype=np.int8)
    r = t.raw(name)
    if r.codes is not None:
        cats = list(r.categories or ())
        lut = np.array(
            [(1 if c else 0) if isinstance(c, bool | np.bool_) else -2 for c in cats] + [-1],
            dtype=np.int8,
        )
        idx = np.asarray(r.codes, dtype=np.int64)
        return lut[np.where(idx < 0, len(cats), idx)]
    values = r.plain(name)
    if values.dtype == object:

        def conv(v: object) -> tuple[int, int]:
            if isinstance(v, bool | np.bool_):
                return (1 if v else 0), OK
            return 0, BAD

        vals, st = _map_objects(values, r.null, conv, np.int8)
        return np.where(st == OK, vals, np.where(st == NULL, -1, -2)).astype(np.int8)
    if values.dtype == bool:
        out = values.astype(np.int8)
    elif values.dtype.kind == "f":
        out = np.full(len(values), -2, dtype=np.int8)
        out[np.isnan(values)] = -1
    else:
        out = np.full(len(values), -2, dtype=np.int8)
    if r.null is not None:
        out[r.null] = -1
    return out


def read_int(
    t: Table,
    name: str,
    low: int,
    high: int,
    *,
    absent: int = NULL,
    integral_floats: bool = True,
) -> tuple[I64, I8]:
    """Whole numbers within [low, high]; NaN is null. With ``integral_floats``
    (counts and grades, not money) a float with an integral value is taken;
    without it (fen) every float is refused. An absent column is all
    ``absent`` (``NULL``, or ``OK`` with zeros)."""
    n = t.n
    if not t.has(name):
        return np.zeros(n, dtype=np.int64), np.full(n, absent, dtype=np.int8)
    r = t.raw(name)

    def conv(v: object) -> tuple[int, int]:
        if isinstance(v, bool | np.bool_):
            return 0, BAD
        if isinstance(v, int | np.integer):
            iv = int(v)
            return (iv, OK) if low <= iv <= high else (0, BAD)
        # a count or a grade, never money: read_fen passes integral_floats=False
        if integral_floats and isinstance(v, float | np.floating):  # float-ok: counts only
            if not float(v).is_integer():  # float-ok
                return 0, BAD
            iv = int(v)
            return (iv, OK) if low <= iv <= high else (0, BAD)
        return 0, BAD

    if r.codes is not None:
        cats = list(r.categories or ())
        conv_cats = [conv(c) for c in cats]
        lut_v = np.array([c[0] for c in conv_cats] + [0], dtype=np.int64)
        lut_s = np.array([c[1] for c in conv_cats] + [NULL], dtype=np.int8)
        idx = np.asarray(r.codes, dtype=np.int64)
        idx = np.where(idx < 0, len(cats), idx)
        return lut_v[idx], lut_s[idx]
    values = r.plain(name)
    kind = values.dtype.kind
    if kind in "iu":
        if kind == "u" and values.dtype.itemsize == 8:
            big = values > np.uint64(np.iinfo(np.int64).max)
            vals = np.where(big, 0, values).astype(np.int64)
            state = np.where(big, BAD, OK).astype(np.int8)
        else:
            vals = values.astype(np.int64, copy=False)
            state = np.zeros(n, dtype=np.int8)
        if n and (vals.min() < low or vals.max() > high):  # two reductions, no temporaries
            state[(vals < low) | (vals > high)] = BAD
    elif kind == "f":
        nan = np.isnan(values)
        finite = np.isfinite(values)
        whole = finite & (np.floor(np.where(finite, values, 0)) == np.where(finite, values, 0))
        inrange = whole & (values >= low) & (values <= high)
        vals = np.where(inrange, values, 0).astype(np.int64)
        state = np.where(inrange, OK, BAD).astype(np.int8)
        state[nan] = NULL
    elif values.dtype == object:
        vals, state = _map_objects(values, r.null, conv, np.int64)
    else:
        vals = np.zeros(n, dtype=np.int64)
        state = np.full(n, BAD, dtype=np.int8)
    if r.null is not None:
        state = np.where(r.null, np.int8(NULL), state).astype(np.int8)
    return vals, state


_CIVIL_FROM = _dt.date(1900, 1, 1)
_CIVIL_UNTIL = _dt.date(2200, 1, 1)
_CIVIL_LO = (_CIVIL_FROM - _EPOCH).days
_civil_table: npt.NDArray[np.int32] | None = None
MONTH_SHIFT = 6
"""A packed date (:func:`civil`): month index << MONTH_SHIFT | day of month << 1 | last day."""
DAY_MASK = ((1 << MONTH_SHIFT) - 1) ^ 1
"""The bits of a packed date that hold the day of month (shifted left by one)."""


def _civil_packed() -> npt.NDArray[np.int32]:
    """For each day of 1900-2199: month index (year * 12 + month - 1) << 6,
    day of month << 1, and 1 on a month's last day — one lookup per date."""
    global _civil_table
    if _civil_table is None:
        d = np.arange(_CIVIL_LO, (_CIVIL_UNTIL - _EPOCH).days + 1, dtype=np.int64)
        mi, day = _civil_slow(d)
        _, next_day = _civil_slow(d + 1)
        packed = (mi << MONTH_SHIFT) | (day << 1) | (next_day == 1)
        _civil_table = packed.astype(np.int32)
    return _civil_table


def _civil_slow(days: I64) -> tuple[I64, I64]:
    m = days.view("datetime64[D]").astype("datetime64[M]")
    day = (days.view("datetime64[D]") - m.astype("datetime64[D]")).view(np.int64) + 1
    mi = m.view(np.int64) + 1970 * 12
    return mi, day


def civil(days: I64) -> npt.NDArray[np.int32] | I64:
    """Each day number (since 1970-01-01) packed as month index (year * 12 +
    month - 1) << MONTH_SHIFT | day of month << 1 | 1 on a month's last day:
    one lookup in a table of 1900-2199 (computed by numpy's calendar outside)."""
    table = _civil_packed()
    if len(days) and days.min() >= _CIVIL_LO and days.max() - _CIVIL_LO < len(table) - 1:
        return table.take(days - _CIVIL_LO)
    mi, day = _civil_slow(days)
    _, nxt = _civil_slow(days + 1)
    out: I64 = (mi << MONTH_SHIFT) | (day << 1) | (nxt == 1)
    return out


def month_day(days: I64) -> tuple[I64, I64, B]:
    """Month index (year * 12 + month - 1), day of month, and whether it is the
    month's last day, for day numbers since 1970-01-01 (vectorised)."""
    packed = civil(days).astype(np.int64)
    return packed >> MONTH_SHIFT, (packed & DAY_MASK) >> 1, (packed & 1).astype(bool)


def _date_obj(v: object) -> tuple[int, int]:
    if isinstance(v, np.datetime64):
        if np.isnat(v):
            return 0, NULL
        d = v.astype("datetime64[D]")
        if d != v:
            return 0, BAD
        return int(d.astype(np.int64)), OK
    try:
        day = as_date(v, "date")
    except (InvalidInput, OverflowError, ValueError):
        return 0, BAD
    return (day - _EPOCH).days, OK


_NAT = np.iinfo(np.int64).min


def _dates_from_datetime64(values: npt.NDArray[Any]) -> tuple[I64, I8]:
    if values.dtype == np.dtype("datetime64[D]"):
        # day numbers already: the caller's memory, read-only here (no copy)
        days = values.view(np.int64)
        nat = days == _NAT
        if not nat.any():
            return days, np.zeros(len(values), dtype=np.int8)
        return np.where(nat, 0, days), nat.view(np.int8) * np.int8(NULL)
    nat = np.isnat(values)
    days = values.astype("datetime64[D]")
    state = np.zeros(len(values), dtype=np.int8)
    if np.datetime_data(values.dtype)[0] not in ("D", "W", "M", "Y"):
        # a timestamp is a date only at midnight (its calendar day is not a guess then)
        state[(days.astype(values.dtype) != values) & ~nat] = BAD
    state[nat] = NULL
    out = days.view(np.int64).copy()
    out[nat] = 0
    return out, state


def read_date(t: Table, name: str) -> tuple[I64, I8]:
    """Days since 1970-01-01 (int64). Accepted: datetime64 (at midnight),
    ``datetime.date``, ISO ``'YYYY-MM-DD'`` strings (as :func:`familyplan._dates.as_date`)."""
    n = t.n
    if not t.has(name):
        return np.zeros(n, dtype=np.int64), np.full(n, NULL, dtype=np.int8)
    r = t.raw(name)
    if r.codes is not None:
        cats = list(r.categories or ())
        conv_cats = [_date_obj(c) for c in cats]
        lut_v = np.array([c[0] for c in conv_cats] + [0], dtype=np.int64)
        lut_s = np.array([c[1] for c in conv_cats] + [NULL], dtype=np.int8)
        idx = np.asarray(r.codes, dtype=np.int64)
        idx = np.where(idx < 0, len(cats), idx)
        return lut_v[idx], lut_s[idx]
    values = r.plain(name)
    if values.dtype.kind == "M":
        out, state = _dates_from_datetime64(values)
    elif values.dtype.kind == "U":
        out, state = _dates_from_strings(values)
    elif values.dtype == object:
        out, state = _map_objects(values, r.null, _date_obj, np.int64)
    else:
        out = np.zeros(n, dtype=np.int64)
        state = np.full(n, BAD, dtype=np.int8)
    if r.null is not None:
        state = np.where(r.null, np.int8(NULL), state).astype(np.int8)
    return out, state


def _dates_from_strings(values: npt.NDArray[np.str_]) -> tuple[I64, I8]:
    n = len(values)
    out = np.zeros(n, dtype=np.int64)
    state = np.zeros(n, dtype=np.int8)
    empty = values == ""
    state[empty] = NULL
    todo = ~empty
    if values.dtype.itemsize // 4 >= 10:
        # fast path: 'YYYY-MM-DD' parsed by numpy, kept only where it round-trips exactly
        lengths = np.char.str_len(values)
        cand = todo & (lengths == 10)
        if cand.any():
            sub = values[cand]
            try:
                parsed = sub.astype("datetime64[D]")
            except ValueError:
                parsed = None
            if parsed is not None:
                exact = parsed.astype("U10") == sub
                idx = np.flatnonzero(cand)[exact]
                out[idx] = parsed[exact].view(np.int64)
                todo[idx] = False
    idx = np.flatnonzero(todo)
    if len(idx):
        vals, st = _map_objects(values[idx].astype(object), None, _date_obj, np.int64)
        out[idx] = vals
        state[idx] = st
    return out, state


_YUAN_REASONS: dict[str, int] = {}


def read_yuan_as_fen(t: Table, name: str) -> tuple[I64, I8, Obj]:
    """Amounts of yuan (Decimal strings, ``Decimal`` or whole-yuan ints; never floats)
    as int fen, parsed by :func:`familyplan.money.yuan` once per distinct value.
    Returns values, state and the reason for each BAD row (else "")."""
    n = t.n
    reasons = np.full(n, "", dtype=object)
    if not t.has(name):
        return np.zeros(n, dtype=np.int64), np.full(n, NULL, dtype=np.int8), reasons
    r = t.raw(name)
    messages: dict[int, str] = {}
    vals: npt.NDArray[Any]
    st64: npt.NDArray[Any]

    def conv(v: object) -> tuple[int, int]:
        if isinstance(v, np.integer):
            v = int(v)
        try:
            d = yuan(v, field=name)
        except FamilyPlanError as err:
            code = BAD + 1 + len(messages)
            messages[code] = str(err)
            return 0, code
        return int(d * 100), OK

    if r.codes is not None:
        cats = list(r.categories or ())
        conv_cats = [conv(c) for c in cats]
        lut_v = np.array([c[0] for c in conv_cats] + [0], dtype=np.int64)
        lut_s = np.array([c[1] for c in conv_cats] + [NULL], dtype=np.int64)
        idx = np.asarray(r.codes, dtype=np.int64)
        idx = np.where(idx < 0, len(cats), idx)
        vals, st64 = lut_v[idx], lut_s[idx]
    else:
        values = r.plain(name)
        if values.dtype.kind == "f":
            raise InvalidInput(
                name,
                str(values.dtype),
                "a column of Decimal strings, Decimal or whole-yuan ints (floats are refused: "
                "they cannot hold fen exactly); or give integer fen in 'principal_fen'",
            )
        if values.dtype.kind in "iu":
            st64 = np.zeros(n, dtype=np.int64)
            if values.dtype.kind == "u" and values.dtype.itemsize == 8:
                vals = np.where(values > np.uint64(2**62), 0, values).astype(np.int64)
                st64[values > np.uint64(2**62)] = BAD
            else:
                vals = values.astype(np.int64)
            neg = vals < 0
            big = np.abs(vals) > (2**62) // 100
            st64[neg] = BAD
            messages_neg = f"{name} must be a non-negative amount of yuan"
            vals = np.where(neg | big, 0, vals * 100)
            for i in np.flatnonzero(neg):
                reasons[i] = messages_neg
            for i in np.flatnonzero(big & ~neg):
                st64[i] = BAD
                reasons[i] = f"{name} is too large for int64 fen"
        else:
            obj = values.astype(object) if values.dtype != object else values
            vals, st64 = _map_objects(obj, r.null, conv, np.int64)
        if r.null is not None:
            st64 = np.where(r.null, NULL, st64)
    bad = st64 > BAD
    if bad.any():
        msg = np.array([""] * (BAD + 1) + [messages[k] for k in sorted(messages)], dtype=object)
        reasons[bad] = msg[st64[bad]]
    state = np.where(st64 > BAD, BAD, st64).astype(np.int8)
    return np.asarray(vals, dtype=np.int64), state, reasons


def read_fen(t: Table, name: str) -> tuple[I64, I8]:
    """Integer fen (int64); floats refused (the column is rejected)."""
    n = t.n
    if not t.has(name):
        return np.zeros(n, dtype=np.int64), np.full(n, NULL, dtype=np.int8)
    r = t.raw(name)
    if r.codes is None and r.values is not None and r.values.dtype.kind == "f":
        raise InvalidInput(
            name,
            str(r.values.dtype),
            "a column of integer fen (floats are refused: they cannot hold fen exactly)",
        )
    # floats inside object or categorical columns are refused row by row
    vals, state = read_int(t, name, -(2**63) + 1, 2**63 - 1, integral_floats=False)
    return vals, state


# -- output helpers -----------------------------------------------------------------------


def labels(codes: npt.NDArray[np.integer[Any]], names: Sequence[str]) -> Labels:
    """A label column from small integer codes into ``names`` (which may repeat)."""
    return Labels.from_names(codes, names)


def fen_strings(amount_fen: I64) -> Obj:
    """Decimal strings of yuan with two places ("960.00") for int fen (one
    formatting per distinct value)."""
    out = np.empty(len(amount_fen), dtype=object)
    cache: dict[int, str] = {}
    for i, v in enumerate(amount_fen.tolist()):
        s = cache.get(v)
        if s is None:
            sign = "-" if v < 0 else ""
            a = abs(v)
            s = f"{sign}{a // 100}.{a % 100:02d}"
            cache[v] = s
        out[i] = s
    return out


def as_decimal_fen(amount: Decimal) -> int:
    """A Decimal amount at fen precision as int fen."""
    return int(amount * 100)


class Errors:
    """The first error of each row, in the order the checks are added."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.code = np.zeros(n, dtype=np.int16)
        self.messages: list[str] = ["", ""]  # 0: no error; 1: a message of its own (rows)
        self.custom: list[tuple[B, Obj]] = []
        self.rows: dict[int, str] = {}

    def add(self, mask: B, message: str) -> None:
        """Rows of ``mask`` without an earlier error fail with ``message``."""
        if not mask.any():
            return
        self.messages.append(message)
        k = len(self.messages) - 1
        self.code[mask & (self.code == 0)] = k

    def add_each(self, mask: B, reasons: Obj) -> None:
        """Rows of ``mask`` fail with their own reason (from ``reasons``)."""
        if not mask.any():
            return
        self.messages.append("")
        k = len(self.messages) - 1
        fresh = mask & (self.code == 0)
        self.custom.append((fresh, reasons))
        self.code[fresh] = k

    def add_row(self, i: int, message: str) -> None:
        """Row ``i`` fails with ``message`` (unless it already failed)."""
        if self.code[i] == 0:
            self.code[i] = 1
            self.rows[i] = message

    @property
    def any(self) -> B:
        out: B = self.code != 0
        return out

    def column(self) -> Labels:
        """The ``error`` column: "" or the row's first error."""
        if self.messages == ["", ""] and not self.rows:
            return Labels._trusted(np.zeros(self.n, dtype=np.int8), ("",))
        names = list(self.messages)
        code = self.code
        extra: dict[str, int] = {}
        if self.custom or self.rows:
            code = code.copy()
            for mask, reasons in self.custom:
                for i in np.flatnonzero(mask).tolist():
                    code[i] = extra.setdefault(str(reasons[i]), len(names) + len(extra))
            for i, msg in self.rows.items():
                code[i] = extra.setdefault(msg, len(names) + len(extra))
        return Labels.from_names(code, names + list(extra))
