"""Late fees (滞纳金) for a whole register, in integer fen.

The scalar calculator is :func:`familyplan.penalties.late_fee`; this module
reads its rate (:data:`~familyplan.penalties.RATE_PER_MONTH`), its cap date
(:data:`~familyplan.penalties.CAP_FROM`) and the period the rate article is in
force from the same sources, and gives the same answer on every row:

* months = completed months of default, counted from ``due_on`` with the day
  clamped to the month's end (``due_on + relativedelta(months=n) <= as_of``);
* fee = principal x 2/1000 x months, exact, rounded once to the fen half up —
  in integers: ``(2 * principal_fen * months * 1 + 500) // 1000``;
* from 2012-01-01 (``as_of``) the fee is at most the principal;
* no month ending after the rate article's last day in force is charged
  (the scalar default ``LateFeePolicy.after_cessation="stop"``).

Rows with payments (a second table keyed by ``case_id``), rows whose principal
is too large for exact int64 arithmetic, and every row when a non-default
:class:`~familyplan.penalties.LateFeePolicy` is given, are computed by the
scalar function itself, one call per row.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections import Counter
from decimal import Decimal
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from familyplan import statutes
from familyplan._validate import SHOWN, choice
from familyplan.errors import FamilyPlanError, InvalidInput
from familyplan.money import MAX_YUAN
from familyplan.penalties import CAP_FROM, RATE_PER_MONTH, LateFeePolicy
from familyplan.penalties import late_fee as scalar_late_fee

from ._table import (
    BAD,
    DAY_MASK,
    MONTH_SHIFT,
    NULL,
    OK,
    Errors,
    LabelMode,
    Table,
    civil,
    day_numbers,
    fen_strings,
    label_mode,
    labels,
    open_table,
    plain,
    read_date,
    read_fen,
    read_yuan_as_fen,
    require,
    run_chunks,
    with_amount,
)

__all__ = ["LATE_FEE_COLUMNS", "late_fee"]

LATE_FEE_COLUMNS = ("case_id", "months", "capped", "amount_fen", "amount", "citation", "error")
"""The output columns of :func:`late_fee` (``case_id`` when the input has one,
``amount`` only with ``as_decimal=True``)."""

_EPOCH = _dt.date(1970, 1, 1)
_MAX_FEN = int(MAX_YUAN) * 100  # the scalar path refuses amounts from 10^14 yuan
_I64_MAX = np.iinfo(np.int64).max
_RATE_NUM, _RATE_DEN = RATE_PER_MONTH.as_integer_ratio()  # 1/500 a month
_CAP_DAY = (CAP_FROM - _EPOCH).days
# the largest principal (fen) for which 2 * num * p * n + den fits int64 at every
# month count the formula meets (n <= den / num + 1: beyond, the cap applies);
# larger principals go to the scalar function (Decimal), with the same answer
_EXACT_LIMIT = (_I64_MAX - _RATE_DEN) // (2 * _RATE_NUM * (_RATE_DEN // _RATE_NUM + 1))

# the provisions the scalar result cites: the rate article, the cap (行政强制法 45(2))
_RATE_REF = ("levy-measures", 8)
_CAP_REF = ("administrative-coercion-law", 45, 2)
RATE_CITATION = f"{_RATE_REF[0]} art. {_RATE_REF[1]}"
CAP_CITATION = f"{_CAP_REF[0]} art. {_CAP_REF[1]} para. {_CAP_REF[2]}"
_CITATIONS = ("", RATE_CITATION, f"{RATE_CITATION}; {CAP_CITATION}")


def _rate_in_force() -> tuple[tuple[int, int], ...]:
    """Day-number spans in which the rate article is in force (the scalar
    function cites it on the first day of default and fails outside)."""
    spans: list[tuple[int, int]] = []
    for v in statutes.get(_RATE_REF[0]).versions:
        try:
            statutes.citation(_RATE_REF[0], _RATE_REF[1], on=v.effective_from)
        except FamilyPlanError:  # pragma: no cover - an article missing from a version
            continue
        until = v.effective_until
        spans.append(
            (
                (v.effective_from - _EPOCH).days,
                (until - _EPOCH).days if until is not None else _I64_MAX,
            )
        )
    return tuple(spans)


_RATE_SPANS = _rate_in_force()
# fee = (2 * num * p * n + den) // (2 * den), the three integers divided by their gcd
_G = math.gcd(2 * _RATE_NUM, _RATE_DEN)
_FEE_MUL, _FEE_ADD, _FEE_DIV = 2 * _RATE_NUM // _G, _RATE_DEN // _G, 2 * _RATE_DEN // _G
# from CAP_FROM the fee is capped at the principal once n * num > den, i.e. n > _CAP_MONTHS
_CAP_MONTHS = _RATE_DEN // _RATE_NUM
_DAY_BITS = 6  # a packed day: month index << _DAY_BITS | day of month (32: a month's last day)
_LAST_DAY = 32


def completed_months(
    due: npt.NDArray[np.int64], as_of: npt.NDArray[np.int64]
) -> npt.NDArray[np.int64]:
    """The largest n >= 0 with ``due + n months (clamped) <= as_of``, per row
    (0 when ``as_of <= due``); day numbers since 1970-01-01 in, int64 out.

    With n0 the difference of the month indexes, ``due + n0 months`` falls in
    as_of's month on day min(due's day, that month's last day); it is after
    as_of exactly when due's day is after as_of's day and as_of is not the
    month's last day — then n = n0 - 1.
    """
    pd_ = civil(due)
    pa = civil(as_of)
    n = (pa >> MONTH_SHIFT) - (pd_ >> MONTH_SHIFT)
    n -= ((pd_ & DAY_MASK) > (pa & DAY_MASK)) & ((pa & 1) == 0)
    out = n.astype(np.int64)
    out *= as_of > due
    return out


def _fee_fen(
    principal: npt.NDArray[np.int64], months: npt.NDArray[np.int64], as_of: npt.NDArray[np.int64]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.bool_]]:
    """Fee in fen (exact, then half up) and whether the 2012 cap bit."""
    capped = (as_of >= _CAP_DAY) & (months * _RATE_NUM > _RATE_DEN)
    n = months * ~capped
    fee = (2 * _RATE_NUM * principal * n + _RATE_DEN) // (2 * _RATE_DEN)
    fee += capped * principal  # capped: the fee is the principal (n was set to 0)
    return fee, capped


def _date_obj(day: int) -> _dt.date:
    return _EPOCH + _dt.timedelta(days=day)


def _read_principal(t: Table, err: Errors) -> npt.NDArray[np.int64]:
    if t.has("principal") and t.has("principal_fen"):
        raise InvalidInput(
            "table", sorted(t.names), "a table with 'principal' or 'principal_fen', not both"
        )
    if t.has("principal_fen"):
        p, st = read_fen(t, "principal_fen")
        # the per-row checks run only when a reduction finds a row that needs one
        if st.any():
            err.add(st == NULL, "principal_fen not given")
            err.add(st == BAD, "principal_fen must be an int number of fen")
        if len(p) and (p.min() <= 0 or p.max() >= _MAX_FEN):
            err.add(p < 0, "principal_fen must be a non-negative amount of fen")
            err.add(p == 0, "principal must be an amount above zero")
            err.add(p >= _MAX_FEN, "principal_fen must be below 10^16 fen (10^14 yuan)")
        return p
    p, st, reasons = read_yuan_as_fen(t, "principal")
    err.add(st == NULL, "principal not given")
    err.add_each(st == BAD, reasons)
    err.add((st == OK) & (p == 0), "principal must be an amount above zero")
    return p


def _read_payments(
    payments: object, policy_field: str = "payments"
) -> dict[Any, list[tuple[Any, Any]] | str]:
    """Payments by case: a list of (paid_on, amount) for the scalar call, or an
    error message for a case with a malformed payment row."""
    pt = open_table(payments, policy_field)
    require(pt, ("case_id", "paid_on"), policy_field)
    if pt.has("amount") == pt.has("amount_fen"):
        raise InvalidInput(
            policy_field, sorted(pt.names), "a table with 'amount' or 'amount_fen' (one of them)"
        )
    ids = pt.column_values("case_id")
    days, dst = read_date(pt, "paid_on")
    if pt.has("amount_fen"):
        fen, ast = read_fen(pt, "amount_fen")
        reasons = np.full(pt.n, "payment amount_fen must be an int number of fen", dtype=object)
        neg = (ast == OK) & (fen < 0)
        ast = np.where(neg, np.int8(BAD), ast).astype(np.int8)
        reasons[neg] = "payment amount_fen must be a non-negative amount of fen"
    else:
        fen, ast, reasons = read_yuan_as_fen(pt, "amount")
    out: dict[Any, list[tuple[Any, Any]] | str] = {}
    for i, cid in enumerate(ids.tolist()):
        prior = out.get(cid)
        if isinstance(prior, str):
            continue
        msg = ""
        if dst[i] == NULL:
            msg = f"payments[{i}].paid_on not given"
        elif dst[i] == BAD:
            msg = f"payments[{i}].paid_on must be a datetime.date or an ISO date string"
        elif ast[i] == NULL:
            msg = f"payments[{i}].amount not given"
        elif ast[i] == BAD:
            msg = f"payments[{i}]: {reasons[i]}"
        if msg:
            out[cid] = msg
            continue
        pay = (_date_obj(int(days[i])), Decimal(int(fen[i])).scaleb(-2))
        if prior is None:
            out[cid] = [pay]
        else:
            prior.append(pay)
    return out


def late_fee(
    table: object,
    *,
    payments: object = None,
    policy: LateFeePolicy | None = None,
    as_decimal: bool = False,
    labels: LabelMode = "category",
    orphan_payments: Literal["error", "ignore"] = "error",
) -> Any:
    """The late fee of every row of a register, as the scalar
    :func:`familyplan.penalties.late_fee` computes it, in integer fen.

    :param table: a pandas DataFrame, a pyarrow Table or a dict of numpy
        arrays with the columns ``due_on``, ``as_of``, and ``principal``
        (yuan: Decimal strings, ``Decimal`` or whole-yuan ints) or
        ``principal_fen`` (int fen); ``case_id`` (needed with ``payments``).
    :param payments: a table of payments (``case_id``, ``paid_on``, ``amount``
        in yuan or ``amount_fen``); rows whose ``case_id`` has payments are
        computed by the scalar function. A ``case_id`` with payments must be
        on one row only (each duplicate row is reported in its ``error``).
    :param orphan_payments: payments of cases not in ``table`` raise
        :class:`~familyplan.errors.InvalidInput` naming them (``"error"``, the
        default); ``"ignore"`` skips them, for a table that is one partition
        of the register (``dask.dataframe.map_partitions``).
    :param policy: a :class:`~familyplan.penalties.LateFeePolicy`; any other
        than the default sends every row to the scalar function.
    :param as_decimal: add an ``amount`` column of Decimal strings ("2400.00").
    :param labels: ``"category"`` (the default): ``citation`` and ``error`` as
        codes with their labels (pandas ``Categorical``, pyarrow dictionary
        array, :class:`~familyplan.batch.Labels` in a dict); ``"str"``: one
        Python ``str`` per row.
    :returns: the same kind of table (a DataFrame keeps the index) with
        ``case_id`` (if given), ``months``, ``capped``, ``amount_fen``,
        [``amount``], ``citation`` and ``error`` ("" unless the row is malformed;
        a malformed row has ``amount_fen`` 0).

    >>> import numpy as np
    >>> out = late_fee({
    ...     "principal_fen": np.array([10_000_000, 100_000, -5]),
    ...     "due_on": np.array(["2013-01-31", "2005-01-31", "2013-01-31"], dtype="datetime64[D]"),
    ...     "as_of": np.array(["2014-01-31", "2013-01-31", "2014-01-31"], dtype="datetime64[D]"),
    ... }, as_decimal=True)
    >>> out["months"].tolist(), out["amount"].tolist(), out["capped"].tolist()
    ([12, 96, 0], ['2400.00', '192.00', '0.00'], [False, False, False])
    >>> out["error"][2]
    'principal_fen must be a non-negative amount of fen'
    """
    if policy is not None and not isinstance(policy, LateFeePolicy):
        raise InvalidInput("policy", policy, "a LateFeePolicy or None")
    if not isinstance(as_decimal, bool):
        raise InvalidInput("as_decimal", as_decimal, "True or False")
    mode = label_mode(labels)
    t = open_table(table)
    require(t, ("due_on", "as_of"))
    if not (t.has("principal") or t.has("principal_fen")):
        raise InvalidInput(
            "table", sorted(t.names), "a table with the column 'principal' or 'principal_fen'"
        )
    if payments is not None and not t.has("case_id"):
        raise InvalidInput("table", sorted(t.names), "a table with 'case_id' when payments given")
    choice(orphan_payments, "orphan_payments", ("error", "ignore"))
    by_case = _read_payments(payments) if payments is not None else None
    if by_case is not None and orphan_payments == "error":
        present = set(t.column_values("case_id").tolist())
        orphans = [cid for cid in by_case if cid not in present]
        if orphans:
            raise InvalidInput(
                "payments",
                orphans[:SHOWN],
                "payments only for case_ids in the table (pass orphan_payments='ignore' "
                "when the table is one partition of the register)",
            )
    pol = None if policy is None or policy == LateFeePolicy() else policy
    fast = _LateFeeFast() if by_case is None and pol is None and _FAST_TABLES else None
    cols = run_chunks(
        t,
        {
            "months": np.int64,
            "capped": np.bool_,
            "amount_fen": np.int64,
            "citation": _CITATIONS,
            "error": ("",),
        },
        lambda part: _late_fee(part, by_case, pol, as_decimal=False),
        fast,
    )
    if as_decimal:
        cols = with_amount(cols)
    if t.has("case_id"):
        cols = {"case_id": t.passthrough("case_id"), **cols}
    return t.output(cols, mode)


def _fast_tables() -> tuple[npt.NDArray[np.int32], npt.NDArray[np.int32], int] | None:
    """The fast path's calendars, from day 0 (1970-01-01) to the last day the
    rate article is in force: for ``due_on``, month index << 6 | day of month;
    for the end of accrual, the same with 32 on a month's last day. Then the
    completed months are ``(end - due) >> 6`` (floor), at least 0: one month
    fewer exactly when due's day is after the end's day and the end is not
    the last day of its month (:func:`completed_months`). None when the rate
    article is in force in more than one span or without an end."""
    if len(_RATE_SPANS) != 1 or _RATE_SPANS[0][1] == _I64_MAX or _RATE_DEN % _RATE_NUM:
        return None  # pragma: no cover - the registry's late-fee rate has one closed span
    hi = _RATE_SPANS[0][1]
    if _RATE_SPANS[0][0] < 1:  # pragma: no cover - a rate in force before 1970
        return None
    packed = civil(np.arange(hi + 1, dtype=np.int64)).astype(np.int32)
    month = (packed >> MONTH_SHIFT) << _DAY_BITS
    day = (packed & DAY_MASK) >> 1
    end_day = np.where((packed & 1) == 1, _LAST_DAY, day)
    return (month | day).astype(np.int32), (month | end_day).astype(np.int32), hi


_FAST_TABLES = _fast_tables()


class _LateFeeFast:
    """The fast path of :func:`late_fee` for a chunk of plain columns:
    ``principal_fen`` integers from 1 fen up to the int64-exact limit,
    ``due_on`` and ``as_of`` as ``datetime64`` at midnight without NaT
    (:func:`~familyplan.batch._table.day_numbers`), every first
    day of default in the span of the rate article, ``as_of`` from
    1970-01-01. The same integers as :func:`_late_fee` (the slow path): months
    from two lookups in :func:`_fast_tables`; a capped row's months taken as
    den / num for the fee, which is then exactly its principal; the rest the
    same formula. Any other chunk goes to the slow path."""

    def __init__(self) -> None:
        self._scratch(0)

    def _scratch(self, m: int) -> None:
        """Buffers for chunks of up to ``m`` rows, reused from chunk to chunk."""
        self.zeros = np.zeros(m, dtype=np.int32)
        self.buf = np.empty(m, dtype=np.int32)
        self.end = np.empty(m, dtype=np.int32)
        self.wide = np.empty(m, dtype=np.int64)

    def __call__(self, t: Table, out: dict[str, npt.NDArray[Any]]) -> bool:
        if _FAST_TABLES is None or t.has("principal") or not t.has("principal_fen"):
            return False  # pragma: no cover - _FAST_TABLES is None: no fast path at all
        due_tab, end_tab, hi = _FAST_TABLES
        p, due = plain(t, "principal_fen", "iu"), day_numbers(t, "due_on")
        if p is None or due is None or not len(p):
            return False
        as_of = day_numbers(t, "as_of")
        if as_of is None:
            return False
        pmin, pmax = int(p.min()), int(p.max())
        if pmin < 1 or pmax > _EXACT_LIMIT:
            return False
        lo = _RATE_SPANS[0][0]
        if int(due.min()) < lo - 1 or int(due.max()) > hi - 1 or int(as_of.min()) < 0:
            return False
        m = len(p)
        if m > len(self.buf):
            self._scratch(m)
        n = due_tab.take(due, out=self.buf[:m])
        # an end of accrual past the rate's last day is that day (the table's last entry)
        end = end_tab.take(as_of, out=self.end[:m], mode="clip")
        np.subtract(end, n, out=n)
        np.right_shift(n, _DAY_BITS, out=n)
        np.maximum(n, self.zeros[:m], out=n)  # as_of before due: 0 months
        np.copyto(out["months"], n, casting="unsafe")
        capped = out["capped"]
        amax = int(as_of.max())
        if amax < _CAP_DAY:
            capped.fill(False)
        else:
            np.greater(n, _CAP_MONTHS, out=capped)
            if int(as_of.min()) < _CAP_DAY:
                capped &= as_of >= _CAP_DAY
            if capped.any():  # months for the fee: den / num, which gives the principal
                over = np.subtract(n, _CAP_MONTHS, out=end)
                over *= capped
                n -= over
        if pmax * _FEE_MUL * int(n.max()) + _FEE_ADD > _I64_MAX:
            return False  # pragma: no cover - beyond int64: the slow path's Decimal
        wide = self.wide[:m]
        np.copyto(wide, n, casting="unsafe")
        fee = np.multiply(p, wide, out=out["amount_fen"], casting="unsafe")
        if _FEE_MUL != 1:
            fee *= _FEE_MUL  # pragma: no cover - the registry's rate: 2 * 1 / gcd = 1
        fee += _FEE_ADD
        fee //= _FEE_DIV
        np.add(capped.view(np.int8), np.int8(1), out=out["citation"])  # rate (+ cap)
        out["error"].fill(0)
        return True


def _late_fee(
    t: Table,
    by_case: dict[Any, list[tuple[Any, Any]] | str] | None,
    policy: LateFeePolicy | None,
    as_decimal: bool,
) -> dict[str, Any]:
    n = t.n
    err = Errors(n)
    principal = _read_principal(t, err)
    due, due_st = read_date(t, "due_on")
    as_of, as_st = read_date(t, "as_of")
    if due_st.any():
        err.add(due_st == NULL, "due_on not given")
        err.add(due_st == BAD, "due_on must be a datetime.date or an ISO date string 'YYYY-MM-DD'")
    if as_st.any():
        err.add(as_st == NULL, "as_of not given")
        err.add(as_st == BAD, "as_of must be a datetime.date or an ISO date string 'YYYY-MM-DD'")
    # the first day of default (due + 1) in a span of the rate article
    # accrual stops on the last day the rate article is in force (the scalar
    # default, LateFeePolicy.after_cessation="stop")
    if len(_RATE_SPANS) == 1:  # one span: rows outside it are errors (amount 0)
        lo, hi = _RATE_SPANS[0]
        in_force = (due >= lo - 1) & (due <= hi - 1)
        accrual_end = np.minimum(as_of, hi)
    else:
        in_force = np.zeros(n, dtype=bool)
        accrual_end = as_of.copy()
        for lo, hi in _RATE_SPANS:
            here = (due >= lo - 1) & (due <= hi - 1)
            in_force |= here
            accrual_end = np.where(here, np.minimum(as_of, hi), accrual_end)
    if not in_force.all():
        err.add(
            ~in_force & (due_st == OK),
            f"no late-fee rate in force on the first day of default ({RATE_CITATION} not in force)",
        )

    scalar_rows = np.zeros(n, dtype=bool)
    ids: npt.NDArray[np.object_] | None = None
    if by_case is not None:
        ids = t.column_values("case_id")
        id_list = ids.tolist()
        has_pay = np.fromiter((cid in by_case for cid in id_list), dtype=bool, count=n)
        scalar_rows |= has_pay
        seen = Counter(cid for cid, paid in zip(id_list, has_pay.tolist(), strict=True) if paid)
        for i, cid in enumerate(id_list):
            if has_pay[i] and seen[cid] > 1:
                err.add_row(
                    i,
                    f"case_id {cid!r} is on {seen[cid]} rows: its payments cannot be "
                    "assigned to one of them (give each case one row)",
                )
    ok = ~err.any
    if policy is not None:  # a non-default policy: the scalar function on every row
        scalar_rows[:] = True

    safe_p = principal * ok
    months = completed_months(due, accrual_end) * ok
    # int64 exactness: 2 * num * p * n + den must fit (else the scalar function, in Decimal)
    # (past den/num months the fee is capped at the principal and n is set to 0)
    scalar_rows |= safe_p > _EXACT_LIMIT
    scalar_rows &= ok
    vec = ok & ~scalar_rows
    months *= vec
    amount, capped = _fee_fen(safe_p * vec, months, as_of)
    capped &= vec

    idx = np.flatnonzero(scalar_rows)
    for i in idx.tolist():
        pays = by_case.get(ids[i]) if by_case is not None and ids is not None else None
        if isinstance(pays, str):
            err.add_row(i, pays)
            continue
        try:
            r = scalar_late_fee(
                Decimal(int(principal[i])).scaleb(-2),
                due_on=_date_obj(int(due[i])),
                as_of=_date_obj(int(as_of[i])),
                payments=pays or (),
                policy=policy,
            )
        except FamilyPlanError as e:
            err.add_row(i, str(e))
            continue
        amount[i] = int(r.amount * 100)
        months[i] = r.months
        capped[i] = r.capped

    bad = err.any
    if bad.any():
        amount[bad] = 0
        months[bad] = 0
        capped[bad] = False
    cite_code = (~bad).view(np.int8) + capped.view(np.int8)  # "", rate, rate + cap
    out: dict[str, Any] = {}
    out["months"] = months.astype(np.int64, copy=False)
    out["capped"] = capped.astype(bool, copy=False)
    out["amount_fen"] = amount.astype(np.int64, copy=False)
    if as_decimal:
        out["amount"] = fen_strings(out["amount_fen"])
    out["citation"] = labels(cite_code, _CITATIONS)
    out["error"] = err.column()
    return out
