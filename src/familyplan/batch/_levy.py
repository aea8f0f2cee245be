"""The social maintenance fee (社会抚养费) for a whole register, in integer fen.

The scalar calculator is :func:`familyplan.penalties.assess_levy`; this module
gives the same range on every row, exact to the fen, and computes the law only
once per *kind* of case:

* The levy's law depends on the dates only through registry lookups: the
  provincial text in force on ``birth_on`` and its figures (the multiples), and
  on ``decided_on`` the articles the levy rests on (《人口与计划生育法》第四十一条,
  《社会抚养费征收管理办法》第三条) and the local lists. Between two consecutive
  days on which some statute version or figure of the registry starts or ends,
  every lookup gives the same answer. So each date is reduced to the interval
  of those change days it falls in.
* Rows are grouped by (jurisdiction, interval of ``birth_on``, interval of
  ``decided_on``, circumstance, ``children_over_limit``, each party's residence
  and whether its income is given, whether an income base is given). The
  scalar :func:`~familyplan.penalties.assess_levy` runs once per group, on the
  group's first row with neutral amounts (no amount of money changes which
  rule applies): it gives the rule (:class:`~familyplan.penalties.LevyRule`),
  each party's multiples or fixed sum, the citation, or the error every row of
  the group has.
* Each row's amounts are then the income the rule reads (Hunan art. 37: the
  actual income floored at the county's per-capita figure for the party's
  residence, the figure itself when the income is not given; Shandong art. 36:
  the county's figure; Hebei art. 46: a rural party's township figure) times
  the multiple as an exact fraction, rounded once by ``rounding`` — in
  integers, ``(2 * income_fen * p + q) // (2 * q)`` for a multiple ``p / q``
  to the fen, half up.

A row the scalar path refuses (a date or a code that cannot be read,
``decided_on`` before ``birth_on``, a negative amount, a count out of range, a
case outside every encoded text…) is reported in its ``error`` column with the
scalar path's message, with amounts 0; the rest of the batch goes on.
"""

from __future__ import annotations

import datetime as _dt
import functools
from decimal import Decimal
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt

from familyplan import penalties, statutes
from familyplan._validate import MAX_CHILDREN
from familyplan.errors import FamilyPlanError, InvalidInput
from familyplan.money import FEN_HALF_UP, MAX_YUAN, Rounding

from ._table import (
    BAD,
    NULL,
    OK,
    Errors,
    LabelMode,
    Table,
    fen_strings,
    label_mode,
    labels,
    open_table,
    read_choice,
    read_date,
    read_fen,
    read_int,
    read_yuan_as_fen,
    require,
    run_chunks,
)

__all__ = ["LEVY_COLUMNS", "levy"]

LEVY_COLUMNS = (
    "case_id",
    "total_minimum_fen",
    "total_maximum_fen",
    "has_maximum",
    "total_minimum",
    "total_maximum",
    "mother_minimum_fen",
    "mother_maximum_fen",
    "father_minimum_fen",
    "father_maximum_fen",
    "citation",
    "error",
)
"""The output columns of :func:`levy` (``case_id`` when the input has one;
``total_minimum`` and ``total_maximum`` only with ``as_decimal=True``)."""

I64 = npt.NDArray[np.int64]
B = npt.NDArray[np.bool_]

_EPOCH = _dt.date(1970, 1, 1)
_I64_MAX = int(np.iinfo(np.int64).max)
_I64_MIN = int(np.iinfo(np.int64).min)
_FEN = 100  # fen in a yuan
_MAX_FEN = int(MAX_YUAN) * _FEN  # Rounding.apply refuses amounts from 10^14 yuan
_ROLES = ("mother", "father")
_PARTY_COLUMNS = tuple(f"{role}_{end}_fen" for role in _ROLES for end in ("minimum", "maximum"))
_RESIDENCES = ("urban", "rural")
_CIRCUMSTANCES = tuple(c.value for c in penalties.Circumstance)
# neutral amounts for a group's scalar run (no amount changes the rule or the multiples);
# distinct, so that the income the scalar path used tells which one it read (the income
# below both figures: Hunan's floor applies)
_NEUTRAL_INCOME = Decimal(1)
_NEUTRAL_URBAN = Decimal(_FEN)
_NEUTRAL_RURAL = _NEUTRAL_URBAN * _FEN

# income kinds (LevyRule.income) and how a party's amount is made
_NO_PARTY, _BY_INCOME, _FIXED = range(len(("no party", "by income", "fixed")))
_INCOME_KINDS = ("hunan-total", "county-base", "hebei", "none")
_HUNAN, _COUNTY, _HEBEI, _NONE = range(len(_INCOME_KINDS))


@functools.cache
def change_days() -> I64:
    """Every day (as a day number since 1970-01-01) on which some statute
    version or registry figure starts to apply or stops applying: between two
    consecutive such days every registry lookup gives the same answer."""
    days: set[_dt.date] = set()
    for s in statutes.all_statutes():
        for v in s.versions:
            days.add(v.effective_from)
            if v.effective_until is not None:
                days.add(v.effective_until + _dt.timedelta(days=1))
    for f in statutes.figures():
        days.add(f.applies_from)
        if f.applies_until is not None:
            days.add(f.applies_until + _dt.timedelta(days=1))
    return np.array(sorted((d - _EPOCH).days for d in days), dtype=np.int64)


def _day(n: int) -> _dt.date:
    return _EPOCH + _dt.timedelta(days=n)


def _factorize(t: Table, name: str) -> tuple[I64, list[object]]:
    """Codes (-1: null) into the distinct values of a column."""
    r = t.raw(name)
    if r.codes is not None:
        return np.asarray(r.codes, dtype=np.int64), list(r.categories or ())
    values = r.plain(name)
    if values.dtype.kind in "iuU":
        cats, inv = np.unique(values, return_inverse=True)
        codes = inv.astype(np.int64).reshape(-1)
        out = cats.tolist()
        if values.dtype.kind == "U" and "" in out:
            codes[codes == out.index("")] = -1
    else:
        seen: dict[Any, int] = {}
        out = []
        codes = np.empty(len(values), dtype=np.int64)
        for i, v in enumerate(values.tolist()):
            if v is None or (isinstance(v, float) and v != v):  # float-ok: a NaN null
                codes[i] = -1
                continue
            key = (type(v), v)
            k = seen.get(key)
            if k is None:
                k = seen[key] = len(out)
                out.append(v)
            codes[i] = k
    if r.null is not None:
        codes[r.null] = -1
    return codes, out


def _read_money(
    t: Table, name: str, err: Errors, read: B | None = None
) -> tuple[I64, npt.NDArray[np.int8]]:
    """An amount of yuan (``name``: Decimal strings, ``Decimal``, whole-yuan ints)
    or of fen (``name_fen``: ints) as int fen; null is *not given*. Only the rows
    of ``read`` (all when None) are checked: a party's income is read only when
    the party is there."""
    fen_name = f"{name}_fen"
    if t.has(name) and t.has(fen_name):
        raise InvalidInput("table", sorted(t.names), f"a table with {name!r} or {fen_name!r}")
    if t.has(fen_name):
        vals, st = read_fen(t, fen_name)
        if read is not None:
            st = np.where(read, st, np.int8(NULL)).astype(np.int8)
        if st.any():
            err.add(st == BAD, f"{fen_name} must be an int number of fen")
        ok = st == OK
        if len(vals) and (int(vals.min()) < 0 or int(vals.max()) >= _MAX_FEN):
            err.add(ok & (vals < 0), f"{fen_name} must be a non-negative amount of fen")
            err.add(ok & (vals >= _MAX_FEN), f"{fen_name} must be below 10^16 fen (10^14 yuan)")
        return np.where(ok, vals, 0), st
    vals, st, reasons = read_yuan_as_fen(t, name)
    if read is not None:
        st = np.where(read, st, np.int8(NULL)).astype(np.int8)
    err.add_each(st == BAD, reasons)
    return np.where(st == OK, vals, 0), st


def _fraction(value: Decimal) -> tuple[int, int]:
    p, q = value.as_integer_ratio()
    return p, q


class _Spec(NamedTuple):
    """How one party's amounts are made in a group."""

    how: int = _NO_PARTY
    kind: int = _NONE
    low_p: int = 0  # the lower multiple, low_p / low_q
    low_q: int = 1
    high_p: int = 0  # the upper multiple, high_p / high_q
    high_q: int = 1
    has_high: bool = True
    fixed_min: int = 0  # a fixed sum, fen
    fixed_max: int = 0


class _Group:
    """What the scalar path gives for one kind of case."""

    __slots__ = ("birth", "citation", "decided", "error", "parties", "verified")

    def __init__(self) -> None:
        self.birth = self.decided = 0  # the days the scalar path ran on (day numbers)
        self.error = ""
        self.citation = ""
        # the scalar path read the income the formulas of _levy read (else: row by row)
        self.verified = True
        self.parties: tuple[_Spec, ...] = (_Spec(), _Spec())  # mother, father


def _names(message: str, day: int) -> bool:
    """Whether an error message names the day (as ISO or as a ``datetime.date``)."""
    d = _day(day)
    return d.isoformat() in message or repr(d) in message


def _yuan(fen: np.int64) -> Decimal:
    return Decimal(int(fen)) / _FEN


def _fen(value: Decimal) -> int:
    return int(value * _FEN)


def _scalar_case(
    division: str,
    birth: int,
    decided: int,
    circumstance: str,
    count: int | None,
    residences: tuple[int, int],
    incomes: tuple[Decimal | None, Decimal | None],
    base: tuple[Decimal, Decimal, int] | None,
) -> penalties.LevyCase:
    parties = [
        penalties.Party(role, actual_income=incomes[k], residence=_RESIDENCES[residences[k]])  # type: ignore[arg-type]  # a code of _RESIDENCES
        for k, role in enumerate(_ROLES)
        if residences[k] >= 0
    ]
    income_base = (
        None
        if base is None
        else penalties.IncomeBase(urban_disposable=base[0], rural_net=base[1], year=base[2])
    )
    return penalties.LevyCase(
        jurisdiction=division,
        birth_on=_day(birth),
        decided_on=_day(decided),
        circumstance=circumstance,
        children_over_limit=count,
        parties=tuple(parties),
        income_base=income_base,
    )


def _neutral_case(
    division: str,
    birth: int,
    decided: int,
    circumstance: str,
    count: int | None,
    residences: tuple[int, int],
    given: tuple[bool, bool],
    year: int | None,
) -> penalties.LevyCase:
    """The group's case with neutral amounts (incomes where given, bases)."""
    return _scalar_case(
        division,
        birth,
        decided,
        circumstance,
        count,
        residences,
        tuple(_NEUTRAL_INCOME if g else None for g in given),  # type: ignore[arg-type]  # two
        None if year is None else (_NEUTRAL_URBAN, _NEUTRAL_RURAL, year),
    )


def _group(case: penalties.LevyCase, rounding: Rounding) -> _Group:
    """Run the scalar path on a group's case; read its rule, multiples and sums."""
    g = _Group()
    try:
        r = penalties.assess_levy(case, rounding=rounding)
    except FamilyPlanError as exc:
        g.error = str(exc)
        return g
    kind = _INCOME_KINDS.index(r.rule.income)
    levies = iter(r.parties)
    specs = []
    for k, role in enumerate(_ROLES):
        if not any(p.role == role for p in case.parties):
            specs.append(_Spec())
            continue
        p = next(levies)
        if p.basis == "fixed":
            hi = p.maximum
            specs.append(
                _Spec(
                    _FIXED,
                    kind,
                    has_high=hi is not None,
                    fixed_min=_fen(p.minimum),
                    fixed_max=0 if hi is None else _fen(hi),
                )
            )
            continue
        # the income the formulas of _levy read, from the neutral amounts
        want = {
            _HUNAN: max(_NEUTRAL_INCOME, _floor(case, k)) if _given(case, k) else _floor(case, k),
            _COUNTY: _floor(case, k),
            _HEBEI: _NEUTRAL_RURAL if _residence(case, k) == "rural" else None,
        }.get(kind)
        if want is None or p.income_used != want or p.multiple_low is None:
            g.verified = False
            specs.append(_Spec())
            continue
        lp, lq = _fraction(p.multiple_low)
        hp, hq = (0, 1) if p.multiple_high is None else _fraction(p.multiple_high)
        specs.append(_Spec(_BY_INCOME, kind, lp, lq, hp, hq, p.multiple_high is not None))
    g.parties = tuple(specs)
    if r.parties:
        g.citation = r.parties[0].citation.english
    return g


def _party(case: penalties.LevyCase, slot: int) -> penalties.Party:
    return next(p for p in case.parties if p.role == _ROLES[slot])


def _residence(case: penalties.LevyCase, slot: int) -> str:
    return _party(case, slot).residence


def _given(case: penalties.LevyCase, slot: int) -> bool:
    return _party(case, slot).actual_income is not None


def _floor(case: penalties.LevyCase, slot: int) -> Decimal:
    return _NEUTRAL_URBAN if _residence(case, slot) == "urban" else _NEUTRAL_RURAL


def _round(x: I64, p: I64, q: I64, rounding: Rounding) -> I64:
    """``x * p / q`` (fen) rounded by ``rounding``, exact in int64 (the caller
    checked ``2 * x * p + 2 * 100 * q`` fits)."""
    num = x * p
    yuan = rounding.quantum != FEN_HALF_UP.quantum
    den = q * _FEN if yuan else q
    if rounding.mode == "half-up":
        out: I64 = (2 * num + den) // (2 * den)
    else:
        out = num // den
    return out * _FEN if yuan else out


def levy(
    table: object,
    *,
    rounding: Rounding = FEN_HALF_UP,
    as_decimal: bool = False,
    labels: LabelMode = "category",
) -> Any:
    """The lawful levy range of every row of a register, as the scalar
    :func:`familyplan.penalties.assess_levy` computes it, in integer fen.

    :param table: a pandas DataFrame, a pyarrow Table or a dict of numpy
        arrays with the columns ``jurisdiction``, ``birth_on``,
        ``decided_on``, ``circumstance``, ``children_over_limit`` and, per
        party, ``mother_residence`` / ``father_residence`` (null: no such
        party), ``mother_income`` / ``father_income`` (yuan; or
        ``mother_income_fen`` / ``father_income_fen``; null: not given); the
        income base ``urban_base``, ``rural_base`` (yuan, or ``…_fen``) and
        ``base_year`` (all three null: no base). See docs/batch.md.
    :param rounding: how each party's amounts are rounded (the scalar
        ``rounding``).
    :param as_decimal: add ``total_minimum`` and ``total_maximum`` columns of
        Decimal strings (``None`` where there is no maximum).
    :param labels: ``"category"`` (codes with their labels) or ``"str"``.
    :returns: the same kind of table, one row per input row, with
        ``total_minimum_fen``, ``total_maximum_fen`` (0 when there is no
        maximum), ``has_maximum`` (False where the article sets only a floor,
        Hebei's 不低于), the per-party ``mother_minimum_fen``,
        ``mother_maximum_fen``, ``father_minimum_fen``, ``father_maximum_fen``,
        ``citation`` (the provincial provision) and ``error`` (``""`` unless
        the scalar path refuses the row; such a row has amounts 0).

    The Hunan case of :mod:`familyplan.penalties` (two urban parties, the
    county's urban figure 28,000 yuan, 2–6 times each):

    >>> import numpy as np
    >>> out = levy({
    ...     "jurisdiction": np.array(["430602", "430602"]),
    ...     "birth_on": np.array(["2017-05-01", "2017-05-01"], dtype="datetime64[D]"),
    ...     "decided_on": np.array(["2017-09-01", "2017-04-01"], dtype="datetime64[D]"),
    ...     "circumstance": np.array(["extra-child", "extra-child"]),
    ...     "children_over_limit": np.array([1, 1]),
    ...     "mother_residence": np.array(["urban", "urban"]),
    ...     "mother_income_fen": np.array([2_000_000, 2_000_000]),
    ...     "father_residence": np.array(["urban", "urban"]),
    ...     "urban_base_fen": np.array([2_800_000, 2_800_000]),
    ...     "rural_base_fen": np.array([1_100_000, 1_100_000]),
    ...     "base_year": np.array([2016, 2016]),
    ... }, as_decimal=True)
    >>> out["total_minimum"].tolist(), out["total_maximum"].tolist()
    (['112000.00', '0.00'], ['336000.00', None])
    >>> out["citation"][0]
    'hunan-pfp-regulation (2016) art. 37 para. 1 item 2'
    >>> out["error"][1]
    'decided_on must be on or after birth_on'
    """
    if not isinstance(rounding, Rounding):
        raise InvalidInput("rounding", rounding, "a familyplan.money.Rounding")
    if not isinstance(as_decimal, bool):
        raise InvalidInput("as_decimal", as_decimal, "True or False")
    mode = label_mode(labels)
    t = open_table(table)
    require(t, ("jurisdiction", "birth_on", "decided_on", "circumstance"))
    if not (t.has("mother_residence") or t.has("father_residence")):
        raise InvalidInput(
            "table", sorted(t.names), "a table with 'mother_residence' or 'father_residence'"
        )
    cache: dict[tuple[object, ...], _Group] = {}  # a kind of case is run once per call
    cols = run_chunks(
        t,
        {
            "total_minimum_fen": np.int64,
            "total_maximum_fen": np.int64,
            "has_maximum": np.bool_,
            **dict.fromkeys(_PARTY_COLUMNS, np.int64),
            "citation": ("",),
            "error": ("",),
        },
        lambda part: _levy(part, rounding, cache),
    )
    if as_decimal:
        cols = _with_decimals(cols)
    if t.has("case_id"):
        cols = {"case_id": t.passthrough("case_id"), **cols}
    return t.output(cols, mode)


def _with_decimals(cols: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in cols.items():
        out[k] = v
        if k == "has_maximum":
            out["total_minimum"] = fen_strings(cols["total_minimum_fen"])
            top = fen_strings(cols["total_maximum_fen"])
            top[~cols["has_maximum"]] = None
            out["total_maximum"] = top
    return out


def _levy(t: Table, rounding: Rounding, cache: dict[tuple[object, ...], _Group]) -> dict[str, Any]:
    """The columns of one chunk; ``cache`` keeps each kind of case's scalar run
    from chunk to chunk (its key: the facts of the group key)."""
    n = t.n
    err = Errors(n)

    # -- the cells, checked as the scalar LevyCase checks them -----------------------
    jcodes, jcats = _factorize(t, "jurisdiction")
    division: list[str] = []
    jerror: list[str] = []
    for v in jcats:
        try:
            division.append(statutes.jurisdiction(v).code)  # type: ignore[arg-type]  # checked by the registry
            jerror.append("")
        except FamilyPlanError as exc:
            division.append("")
            jerror.append(str(exc))
    err.add(jcodes < 0, "jurisdiction not given")
    for k, msg in enumerate(jerror):
        if msg:
            err.add(jcodes == k, msg)
    div_ids = {code: i for i, code in enumerate(dict.fromkeys(division))}
    div_of_cat = np.array([div_ids[d] for d in division] + [0], dtype=np.int64)
    div = div_of_cat[np.where(jcodes < 0, len(jcats), jcodes)]
    div_names = list(div_ids)

    birth, bst = read_date(t, "birth_on")
    decided, dst = read_date(t, "decided_on")
    for name, st in (("birth_on", bst), ("decided_on", dst)):
        if st.any():
            err.add(st == NULL, f"{name} not given")
            err.add(st == BAD, f"{name} must be a datetime.date or an ISO date string 'YYYY-MM-DD'")
    circ = read_choice(t, "circumstance", _CIRCUMSTANCES)
    err.add(circ == -1, "circumstance not given")
    err.add(circ == -2, f"circumstance must be one of {', '.join(_CIRCUMSTANCES)}")
    count, cst = read_int(t, "children_over_limit", 1, MAX_CHILDREN)
    err.add(cst == BAD, f"children_over_limit must be an int from 1 to {MAX_CHILDREN}")
    count = np.where(cst == OK, count, 0)

    res = [read_choice(t, f"{role}_residence", _RESIDENCES) for role in _ROLES]
    for role, code in zip(_ROLES, res, strict=True):
        err.add(code == -2, f"{role}_residence must be 'urban' or 'rural'")
    err.add((res[0] == -1) & (res[1] == -1), "parties: one or two parties (no residence given)")
    income = []
    given = []
    for role, code in zip(_ROLES, res, strict=True):
        vals, st = _read_money(t, f"{role}_income", err, code >= 0)
        income.append(vals)
        given.append(st == OK)

    urban, ust = _read_money(t, "urban_base", err)
    rural, rst = _read_money(t, "rural_base", err)
    year, yst = read_int(t, "base_year", _I64_MIN + 1, _I64_MAX)
    err.add(yst == BAD, "income_base.year must be a calendar year as int")
    for y in np.unique(year[yst == OK]).tolist():  # the years IncomeBase accepts
        try:
            penalties.IncomeBase(urban_disposable=_NEUTRAL_URBAN, rural_net=_NEUTRAL_RURAL, year=y)
        except FamilyPlanError as exc:
            err.add((yst == OK) & (year == y), str(exc))
    base_cells = (("urban_base", ust), ("rural_base", rst), ("base_year", yst))
    nulls = sum(((st == NULL).view(np.int8) for _, st in base_cells), np.zeros(n, dtype=np.int8))
    has_base = nulls == 0
    for name, st in base_cells:
        err.add(
            (nulls < len(base_cells)) & (st == NULL),
            f"{name} not given (the income base needs all three)",
        )

    both = (bst == OK) & (dst == OK)
    err.add(both & (decided < birth), "decided_on must be on or after birth_on")

    # -- groups: one scalar run per kind of case -------------------------------------
    ok = ~err.any
    points = change_days()
    bi = np.searchsorted(points, birth, side="right")
    di = np.searchsorted(points, decided, side="right")
    fields = [
        (div, len(div_names) + 1),
        (bi, len(points) + 1),
        (di, len(points) + 1),
        (circ.astype(np.int64), len(_CIRCUMSTANCES) + 2),
        (count, MAX_CHILDREN + 1),
        (res[0].astype(np.int64) + 1, len(_RESIDENCES) + 1),
        (res[1].astype(np.int64) + 1, len(_RESIDENCES) + 1),
        (given[0].view(np.int8).astype(np.int64), 2),
        (given[1].view(np.int8).astype(np.int64), 2),
        (has_base.view(np.int8).astype(np.int64), 2),
    ]
    key = np.zeros(n, dtype=np.int64)
    for values, size in fields:
        key *= size
        key += values
    key = np.where(ok, key, -1)
    uniq, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    inverse = inverse.reshape(-1)

    def args(
        i: int, birth_day: int, decided_day: int
    ) -> tuple[str, int, int, str, int | None, tuple[int, int]]:
        """The scalar case's facts of row ``i`` (on the given days), amounts apart."""
        return (
            div_names[int(div[i])],
            birth_day,
            decided_day,
            _CIRCUMSTANCES[int(circ[i])],
            int(count[i]) or None,
            (int(res[0][i]), int(res[1][i])),
        )

    def neutral(i: int, birth_day: int, decided_day: int) -> _Group:
        try:
            case = _neutral_case(
                *args(i, birth_day, decided_day),
                (bool(given[0][i]), bool(given[1][i])),
                int(year[i]) if has_base[i] else None,
            )
        except FamilyPlanError as exc:
            g = _Group()
            g.error = str(exc)
            return g
        return _group(case, rounding)

    def real(i: int) -> penalties.LevyCase:
        """Row ``i``'s own case, amounts and all (for the rows done one by one)."""
        base = (_yuan(urban[i]), _yuan(rural[i]), int(year[i])) if has_base[i] else None
        return _scalar_case(
            *args(i, int(birth[i]), int(decided[i])),
            tuple(_yuan(income[k][i]) if given[k][i] else None for k in range(len(_ROLES))),  # type: ignore[arg-type]  # two
            base,
        )

    groups = []
    for k, i in zip(uniq.tolist(), first.tolist(), strict=True):
        if k < 0:
            groups.append(_Group())
            continue
        facts = (
            div_names[int(div[i])],
            int(bi[i]),
            int(di[i]),
            int(circ[i]),
            int(count[i]),
            int(res[0][i]),
            int(res[1][i]),
            bool(given[0][i]),
            bool(given[1][i]),
            bool(has_base[i]),
        )
        g = cache.get(facts)
        if g is None:
            g = cache[facts] = neutral(i, int(birth[i]), int(decided[i]))
            g.birth, g.decided = int(birth[i]), int(decided[i])
        groups.append(g)

    # an error message may name the row's date (NotInForce: "not in force on <day>"): then
    # each row's own message, from the scalar path on its own dates (once per group and
    # date named); any other message is the group's
    g_err = np.array([bool(g.error) for g in groups], dtype=bool)
    rows_err = ok & g_err[inverse]
    if rows_err.any():
        named: dict[int, tuple[bool, bool]] = {}
        memo: dict[tuple[int, int, int], str] = {}
        for i in np.flatnonzero(rows_err).tolist():
            gi = int(inverse[i])
            g = groups[gi]
            if gi not in named:
                named[gi] = (_names(g.error, g.birth), _names(g.error, g.decided))
            by_birth, by_decision = named[gi]
            if not (by_birth or by_decision):
                err.add_row(i, g.error)
                continue
            b, d = int(birth[i]), int(decided[i])
            mk = (gi, b if by_birth else -1, d if by_decision else -1)
            msg = memo.get(mk, "")
            if not msg:
                msg = memo[mk] = neutral(i, b, d).error or g.error
            err.add_row(i, msg)
    ok &= ~rows_err

    # -- each row's amounts, in integers ---------------------------------------------
    verified = np.array([g.verified for g in groups], dtype=bool)
    scalar = ok & ~verified[inverse]  # a group whose income the formulas below do not read
    total_min = np.zeros(n, dtype=np.int64)
    total_max = np.zeros(n, dtype=np.int64)
    has_max = np.ones(n, dtype=bool)
    party_cols: dict[str, I64] = {}
    for slot, role in enumerate(_ROLES):
        table = np.array([g.parties[slot] for g in groups], dtype=np.int64)
        per = table.reshape(len(groups), len(_Spec._fields))[inverse]
        field = dict(zip(_Spec._fields, per.T, strict=True))
        how = np.where(ok & ~scalar, field["how"], _NO_PARTY)
        kind = field["kind"]
        lp, lq, hp, hq = field["low_p"], field["low_q"], field["high_p"], field["high_q"]
        high = field["has_high"].astype(bool)
        by_income = how == _BY_INCOME
        floor = np.where(res[slot] == 0, urban, rural)
        inc = np.where(
            kind == _HUNAN,  # the actual income floored at the residence's figure
            np.where(given[slot], np.maximum(income[slot], floor), floor),
            np.where(kind == _HEBEI, rural, floor),  # Hebei: a rural party; the county base
        )
        inc = np.where(by_income, inc, 0)
        # int64 exactness: 2 * inc * p + 200 * q must fit; larger rows: the scalar path
        pmax = np.maximum(np.maximum(lp, hp), 1)
        qmax = np.maximum(lq, hq)
        safe = inc <= (_I64_MAX - 2 * _FEN * qmax) // (2 * pmax)
        scalar |= by_income & ~safe
        x = np.where(safe, inc, 0)
        lo = _round(x, lp, lq, rounding)
        hi = _round(x, hp, hq, rounding)
        # Rounding.apply refuses an amount of 10^14 yuan or more (the scalar path raises)
        too_big = (
            by_income
            & safe
            & (((x * lp) // lq >= _MAX_FEN) | (high & ((x * hp) // hq >= _MAX_FEN)))
        )
        scalar |= too_big  # for the scalar path's message
        fixed = how == _FIXED
        lo = np.where(fixed, field["fixed_min"], np.where(by_income, lo, 0))
        hi = np.where(fixed, field["fixed_max"], np.where(by_income & high, hi, 0))
        has_max &= (how == _NO_PARTY) | high
        party_cols[f"{role}_minimum_fen"] = lo
        party_cols[f"{role}_maximum_fen"] = hi
        total_min += lo
        total_max += hi

    cite_names = [g.citation for g in groups]
    cite_code = np.asarray(inverse, dtype=np.int64)
    extra_cites: dict[str, int] = {}
    for i in np.flatnonzero(scalar).tolist():
        try:
            r = penalties.assess_levy(real(i), rounding=rounding)
        except FamilyPlanError as exc:
            err.add_row(i, str(exc))
            continue
        parties = iter(r.parties)
        top: int | None = 0
        lo_sum = 0
        for slot, role in enumerate(_ROLES):
            lo_col, hi_col = party_cols[f"{role}_minimum_fen"], party_cols[f"{role}_maximum_fen"]
            if res[slot][i] < 0:
                lo_col[i] = hi_col[i] = 0
                continue
            p = next(parties)
            lo_col[i] = _fen(p.minimum)
            hi_col[i] = 0 if p.maximum is None else _fen(p.maximum)
            lo_sum += _fen(p.minimum)
            top = None if top is None or p.maximum is None else top + _fen(p.maximum)
        total_min[i] = lo_sum
        total_max[i] = 0 if top is None else top
        has_max[i] = top is not None
        label = r.parties[0].citation.english if r.parties else ""
        cite_code[i] = len(groups) + 1 + extra_cites.setdefault(label, len(extra_cites))

    bad = err.any
    has_max &= ~bad
    total_max *= has_max
    for col in (total_min, total_max, *party_cols.values()):
        col[bad] = 0
    out: dict[str, Any] = {
        "total_minimum_fen": total_min,
        "total_maximum_fen": total_max,
        "has_maximum": has_max,
        **party_cols,
    }
    cite_code = np.where(bad, len(groups), cite_code)
    out["citation"] = labels(cite_code, [*cite_names, "", *extra_cites])
    out["error"] = err.column()
    return out
