"""Eligibility screening of whole registers: the rural reward and special assistance.

The conditions are those of the scalar programmes
(``eligibility.programme(id).conditions``): their ids, groups and citations
come from the same ``ConditionSpec`` catalogues, the thresholds from the same
registry figures (:func:`familyplan.statutes.figure`) and the amounts from the
same rate rows (:func:`familyplan.eligibility.rate_row`). Every condition is
three-valued per row (rank 0 not met, 1 unknown, 2 met): alternatives of a
group take the maximum, the required conditions the minimum — exactly as the
scalar ``check`` combines them.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, cast

import numpy as np
import numpy.typing as npt

from familyplan import statutes
from familyplan.eligibility import (
    MONTHS_A_YEAR,
    ConditionSpec,
    LocalRates,
    NotEncoded,
    RateRow,
    as_year,
    programme,
    rate_row,
)
from familyplan.errors import InvalidInput
from familyplan.money import ZERO, quantize_fen
from familyplan.types import ProgrammeId

from ._table import (
    BAD,
    NULL,
    OK,
    Errors,
    LabelMode,
    Labels,
    Table,
    chunked,
    day_numbers,
    fen_strings,
    label_mode,
    labels,
    open_table,
    plain,
    read_bool,
    read_choice,
    read_date,
    read_int,
    require,
    run_chunks,
    with_amount,
)

__all__ = [
    "ELIGIBILITY_COLUMNS",
    "INPUT_COLUMNS",
    "rural_reward",
    "special_assistance",
]

ELIGIBILITY_COLUMNS = (
    "eligible",
    "status",
    "failed_condition",
    "amount_fen",
    "amount",
    "citation",
    "error",
    "checked_through",
)
"""The output columns of :func:`rural_reward` and :func:`special_assistance`
(``amount`` only with ``as_decimal=True``). ``checked_through`` (a date, the
same in every row of a call) is the day up to which the sources of the year's
amount were checked when that amount has no known end, else null (issue 18)."""

INPUT_COLUMNS = (
    "born_on",
    "sex",
    "residence",
    "has_spouse",
    "spouse_residence",
    "spouse_born_on",
    "violating_births",
    "children",
    "sons_alive",
    "daughters_alive",
    "children_alive_sex_unknown",
    "children_dead",
    "child_disability_grade",
)
"""The input columns read (only ``born_on`` and ``sex`` are required; see docs/batch.md)."""

RR_CONDITIONS = programme("rural-reward").conditions
SA_CONDITIONS = programme("special-assistance").conditions

I8 = npt.NDArray[np.int8]
I64 = npt.NDArray[np.int64]
B = npt.NDArray[np.bool_]

_EPOCH = _dt.date(1970, 1, 1)
_MAX_COUNT = 1000
_MAX_GRADE = 10

# rank of a condition per row: 0 not met, 1 unknown, 2 met (min = all_of, max = any_of)
NOT_MET = np.int8(0)
UNKNOWN = np.int8(1)
MET = np.int8(2)
_STATUS = ("not eligible", "undetermined", "eligible", "error")
_DATE_ALLOWED = "a datetime.date, a datetime64 at midnight or an ISO date string 'YYYY-MM-DD'"


def _tri(met: B, not_met: B | None = None) -> I8:
    """Rank per row (2 met, 0 not met, 1 unknown: neither), branch-free."""
    if not_met is None:
        not_met = ~met
    out: I8 = met.view(np.int8) << 1
    out += (~(met | not_met)).view(np.int8)
    return out


def _pick(mask: B, a: Any, b: Any) -> I64:
    """``np.where(mask, a, b)`` for integers, branch-free (np.where is slow on
    random masks)."""
    out: I64 = b + mask * (np.asarray(a, dtype=np.int64) - b)
    return out


def cite(spec: ConditionSpec | RateRow) -> str:
    """The citation id of a condition or a rate row, e.g. ``"rural-reward-2011 art. 1"``."""
    if isinstance(spec, RateRow):
        return spec.cite_id
    text = f"{spec.statute_id} art. {spec.article}"
    return text if spec.item is None else f"{text} item {spec.item}"


class _Facts:
    """The applicant facts of every row, validated; malformed rows in ``err``."""

    def __init__(self, t: Table) -> None:
        n = t.n
        self.n = n
        err = Errors(n)
        # each check looks at its rows only when a cheap test (a reduction) finds
        # a row that is not plain OK: a clean register costs no per-row masks
        self.born, born_st = read_date(t, "born_on")
        if born_st.any():
            err.add(born_st == NULL, "born_on not given")
            err.add(born_st == BAD, f"born_on must be {_DATE_ALLOWED}")
        self.sex = read_choice(t, "sex", ("male", "female"))
        if _below(self.sex, 0):
            err.add(self.sex == -1, "sex not given (one of 'male' or 'female')")
            err.add(self.sex == -2, "sex must be one of 'male' or 'female'")
        self.residence = read_choice(t, "residence", ("rural", "urban"))
        if _below(self.residence, -1):
            err.add(self.residence == -2, "residence must be one of 'rural' or 'urban' (or null)")
        has_spouse = read_bool(t, "has_spouse")
        if _below(has_spouse, -1):
            err.add(has_spouse == -2, "has_spouse must be True, False or null (not given)")
        self.spouse_residence = read_choice(t, "spouse_residence", ("rural", "urban"))
        if _below(self.spouse_residence, -1):
            err.add(
                self.spouse_residence == -2,
                "spouse_residence must be one of 'rural' or 'urban' (or null)",
            )
        self.spouse_born, sp_st = read_date(t, "spouse_born_on")
        if _below(-sp_st, -1):  # a BAD state (2) among OK (0) and NULL (1)
            err.add(sp_st == BAD, f"spouse_born_on must be {_DATE_ALLOWED} (or null)")
        spouse_facts = (self.spouse_residence >= 0) | (sp_st == OK)
        err.add(
            (has_spouse == 0) & spouse_facts,
            "spouse facts given for an applicant with has_spouse=False (no spouse)",
        )
        # a spouse: has_spouse True, or not given but a fact about the spouse is
        self.spouse = (has_spouse == 1) | ((has_spouse == -1) & spouse_facts)
        self.no_spouse = has_spouse == 0
        self.spouse_born_known = sp_st == OK

        self.violating, v_st = read_int(t, "violating_births", 0, _MAX_COUNT)
        if v_st.any():
            err.add(v_st == BAD, "violating_births must be an int count from 0, or null")
        self.violating_known = v_st == OK

        children, c_st = read_int(t, "children", 0, _MAX_COUNT)
        if c_st.any():
            err.add(c_st == BAD, "children must be an int count from 0, or null (not given)")
        self.children_known = c_st == OK
        self.children = _known_int16(children, c_st)
        parts = []
        for name in (
            "sons_alive",
            "daughters_alive",
            "children_alive_sex_unknown",
            "children_dead",
        ):
            v, st = read_int(t, name, 0, _MAX_COUNT, absent=OK)
            if st.any():
                err.add(st == BAD, f"{name} must be an int count from 0, or null (0)")
            parts.append(_known_int16(v, st))
        self.sons, self.daughters, self.alive_other, self.dead = parts
        listed = self.sons + self.daughters + self.alive_other + self.dead
        if c_st.any():
            err.add(
                ~self.children_known & (listed > 0),
                "sons_alive/daughters_alive/children_alive_sex_unknown/children_dead "
                "given but children not given",
            )
        err.add(
            self.children_known & (listed > self.children),
            "sons_alive + daughters_alive + children_alive_sex_unknown + children_dead "
            "exceed children",
        )
        # living children: at least `low` (known alive), at most `high` (+ alive not given)
        self.low = self.sons + self.daughters + self.alive_other
        self.unknown_alive = (self.children - listed) * self.children_known
        self.high = self.low + self.unknown_alive
        self.grade, g_st = read_int(t, "child_disability_grade", 1, 10)
        err.add(
            g_st == BAD,
            "child_disability_grade must be an int from 1 (most severe) to 10, or null",
        )
        self.grade_known = g_st == OK
        self.err = err


def _below(codes: I8, low: int) -> bool:
    """Whether any code is below ``low`` (one reduction, no temporary)."""
    return bool(len(codes)) and int(codes.min()) < low


def _known_int16(values: I64, state: I8) -> npt.NDArray[np.int16]:
    """Counts (0 to _MAX_COUNT when OK) as int16, 0 where not OK."""
    out = values.astype(np.int16)
    if state.any():
        out[state != OK] = 0
    return out


def _day(d: _dt.date) -> int:
    return (d - _EPOCH).days


def _decide(specs: Sequence[ConditionSpec], ranks: Sequence[I8]) -> tuple[I8, I8]:
    """Three-valued combination (rank: 0 / 1 / 2) and the index of the first
    decisive condition (``len(specs)`` when eligible): a grouped condition
    counts only when its group as a whole has the result's value
    (``Eligibility.failed`` / ``Eligibility.unknown``)."""
    groups: dict[str, I8] = {}
    required: list[I8] = []
    for spec, r in zip(specs, ranks, strict=True):
        if spec.group is None:
            required.append(r)
        else:
            prev = groups.get(spec.group)
            groups[spec.group] = r if prev is None else np.maximum(prev, r)
    result = required[0].copy() if required else np.full(len(ranks[0]), MET, dtype=np.int8)
    for r in required[1:] + list(groups.values()):
        np.minimum(result, r, out=result)
    k = len(specs)
    first = np.full(len(result), k, dtype=np.int8)
    if (result == MET).all():
        return result, first
    group_hit = {g: r == result for g, r in groups.items()}
    undecided = result != MET
    for i in range(k - 1, -1, -1):
        spec, r = specs[i], ranks[i]
        hit = r == result
        hit &= undecided
        if spec.group is not None:
            hit &= group_hit[spec.group]
        first -= hit.view(np.int8) * (first - np.int8(i))  # first = i where hit
    return result, first


def with_checked_through(columns: dict[str, Any], row: RateRow, n: int) -> dict[str, Any]:
    """Add the ``checked_through`` column: the day up to which the sources of
    ``row``'s amount were checked, when the amount has no known end (as the
    scalar result's ``checked_through``), else null (``NaT``). One value for
    every row: in a dict result a read-only view of it (no memory per row)."""
    pid = cast(ProgrammeId, row.programme_id)
    through = programme(pid).checked_through if row.applies_until is None else None
    value = "NaT" if through is None else through.isoformat()
    columns["checked_through"] = np.broadcast_to(np.datetime64(value, "D"), (n,))
    return columns


def _check_args(year: object, rates: object, as_decimal: object, programme_id: str) -> RateRow:
    y = as_year(year)
    row = rate_row(programme_id, y)  # raises NotEncoded outside the encoded years (national rows)
    if rates is not None and not isinstance(rates, LocalRates):
        raise InvalidInput("rates", rates, "a LocalRates or None")
    if not isinstance(as_decimal, bool):
        raise InvalidInput("as_decimal", as_decimal, "True or False")
    return row


def _fen(amount: Decimal) -> int:
    return int(quantize_fen(amount) * 100)


_RADIX = int(MET) + 1  # a row's ranks as the digits of one number: one table lookup decides


class _Decision:
    """:func:`_decide` for every combination of ranks, computed once per
    catalogue and rate citation: a row's ranks, read as the digits of a number
    in base 3, index the status, failed condition and citation tables (the
    last entry is a malformed row). The tables are :func:`_decide`'s own
    answers, so a row is decided exactly as there."""

    def __init__(self, specs: Sequence[ConditionSpec], rate_citation: str) -> None:
        k = len(specs)
        combos = np.arange(_RADIX**k, dtype=np.int64)
        ranks = [((combos // _RADIX**i) % _RADIX).astype(np.int8) for i in range(k)]
        result, first = _decide(specs, ranks)
        status = np.append(result, np.int8(len(_STATUS) - 1))  # malformed: "error"
        first = np.append(first, np.int8(k + 1))
        # failed_condition: the first decisive condition, "" when eligible or malformed
        failed = labels(first, [s.id for s in specs] + ["", ""])
        # citation: the decisive condition's, the rate's when eligible, "" when malformed
        cited = labels(first, [cite(s) for s in specs] + [rate_citation, ""])
        self.weights = [np.int16(_RADIX**i) for i in range(k)]
        self.error_code = np.int16(_RADIX**k)
        self.status: I8 = status.astype(np.int8)
        self.failed, self.failed_names = failed.codes.copy(), failed.categories
        self.cited, self.cited_names = cited.codes.copy(), cited.categories


_DECISIONS: dict[tuple[tuple[str, ...], str], _Decision] = {}


def _decision(specs: Sequence[ConditionSpec], rate_citation: str) -> _Decision:
    key = (tuple(s.id for s in specs), rate_citation)
    hit = _DECISIONS.get(key)
    if hit is None:
        hit = _DECISIONS[key] = _Decision(specs, rate_citation)
    return hit


def _finish(
    facts: _Facts,
    specs: Sequence[ConditionSpec],
    ranks: Sequence[I8],
    amount_fen: I64 | int,
    rate_citation: str,
    as_decimal: bool,
) -> dict[str, Any]:
    table = _decision(specs, rate_citation)
    code = ranks[0].astype(np.int16)
    for w, r in zip(table.weights[1:], ranks[1:], strict=True):
        code += r * w
    if facts.err.code.any():
        code[facts.err.any] = table.error_code
    idx = code.astype(np.intp)  # once, for the three lookups
    status = table.status.take(idx)
    eligible = status == MET
    amount = eligible * np.asarray(amount_fen, dtype=np.int64)
    out: dict[str, Any] = {
        "eligible": eligible,
        "status": Labels._trusted(status, _STATUS),
        "failed_condition": Labels._trusted(table.failed.take(idx), table.failed_names),
        "amount_fen": amount,
    }
    if as_decimal:
        out["amount"] = fen_strings(amount)
    out["citation"] = Labels._trusted(table.cited.take(idx), table.cited_names)
    out["error"] = facts.err.column()
    return out


def rural_reward(
    table: object,
    *,
    year: int,
    rates: LocalRates | None = None,
    as_decimal: bool = False,
    labels: LabelMode = "category",
) -> Any:
    """Screen a register for the rural reward (农村部分计划生育家庭奖励扶助) of ``year``.

    The same answer, row by row, as ``eligibility.check("rural-reward", ...,
    year=year)``: ``eligible``, ``status`` (``"eligible"``, ``"not eligible"``,
    ``"undetermined"`` or ``"error"``), ``failed_condition`` (the first failed
    condition — or, when undetermined, the first unknown one), ``amount_fen``
    (the year's amount with the caller's top-up; 0 unless eligible),
    ``citation``, ``error`` and ``checked_through`` (the day up to which the
    sources of the year's amount were checked when it has no known end, else
    null, as the scalar result's). Input columns: docs/batch.md.

    The label columns (``status``, ``failed_condition``, ``citation``,
    ``error``) are codes with their labels: a pandas ``Categorical``, a pyarrow
    dictionary array or, for a dict, a :class:`~familyplan.batch.Labels`; with
    ``labels="str"`` they hold one Python ``str`` per row instead.

    :raises InvalidInput: a bad argument or a table without ``born_on``/``sex``.
    :raises NotEncoded: a year outside the encoded years.

    >>> import numpy as np
    >>> out = rural_reward({
    ...     "born_on": np.array(["1952-12-31", "1953-01-01"], dtype="datetime64[D]"),
    ...     "sex": np.array(["male", "female"]), "residence": np.array(["rural", "rural"]),
    ...     "has_spouse": np.array([False, False]), "violating_births": np.array([0, 0]),
    ...     "children": np.array([1, 1]), "sons_alive": np.array([1, 0]),
    ...     "daughters_alive": np.array([0, 1]),
    ... }, year=2012, as_decimal=True)
    >>> out["amount"].tolist(), out["failed_condition"].tolist()
    (['960.00', '0.00'], ['', 'rural-reward.aged-60'])
    >>> out["citation"].tolist()
    ['rural-reward-2011 art. 1', 'rural-reward-2004 art. 1']
    """
    row = _check_args(year, rates, as_decimal, "rural-reward")
    mode = label_mode(labels)
    t = open_table(table)
    require(t, ("born_on", "sex"))
    y = as_year(year)
    # the figures of the year, read once for every chunk
    on = _dt.date(y, 1, 1)
    # rural-reward-2004 art. 1: 2.1933年1月1日后出生; 4.年满60周岁 (registry figures)
    born_from = _day(statutes.figure("rural-reward.born-from", on=on).as_date())
    # aged A by 31 December of y  <=>  born before 1 January of y - A + 1
    age = statutes.figure("rural-reward.age", on=on).as_int()
    born_before = _day(_dt.date(y - age + 1, 1, 1))
    # rural-reward-2004 art. 1: 3.现存一个子女或两个女孩
    daughters = statutes.figure("rural-reward.living-daughters", on=on).as_int()
    figure = row.amounts["all"]
    per_year = figure if row.per == "year" else figure * MONTHS_A_YEAR
    top_up = rates.top_up if rates is not None else ZERO
    total = _fen(quantize_fen(per_year) + quantize_fen(top_up))
    citation = cite(row)
    decision = _decision(RR_CONDITIONS, citation)
    fast = _rural_fast(born_from, born_before, daughters, citation)
    columns = run_chunks(
        t,
        {
            "eligible": np.bool_,
            "status": _STATUS,
            "failed_condition": decision.failed_names,
            "amount_fen": np.int64,
            "citation": decision.cited_names,
            "error": ("",),
        },
        lambda part: _rural_reward(
            part, born_from, born_before, daughters, total, citation, as_decimal=False
        ),
        lambda part, out: fast(part, out, total),
    )
    if as_decimal:
        columns = with_amount(columns)
    return t.output(with_checked_through(columns, row, t.n), mode)


def _rural_reward(
    t: Table,
    born_from_day: int,
    born_before: int,
    d: int,
    total: int,
    citation: str,
    as_decimal: bool,
) -> dict[str, Any]:
    f = _Facts(t)
    ranks = _rural_ranks(f, born_from_day, born_before, d)
    return _finish(f, RR_CONDITIONS, ranks, total, citation, as_decimal)


def _rural_ranks(f: _Facts, born_from_day: int, born_before: int, d: int) -> list[I8]:
    """The rank of each rural-reward condition (in ``RR_CONDITIONS`` order) per row."""
    reg = _tri(f.residence == 0, f.residence == 1)
    spouse = _tri(
        (f.spouse & (f.spouse_residence == 0)) | f.no_spouse,
        f.spouse & (f.spouse_residence == 1),
    )
    known = f.children_known
    viol = _tri(f.violating_known & (f.violating == 0), f.violating_known & (f.violating > 0))
    low, high = f.low, f.high
    one_no = known & ((low > 1) | (high < 1))
    one = _tri(known & (low == 1) & (high == 1), one_no)
    two_no = known & ((low > d) | (high < d) | (f.sons > 0))
    two = _tri(known & ~two_no & (low == d) & (high == d) & (f.alive_other == 0), two_no)
    dead_no = known & ((f.children == 0) | (low >= 1))
    dead = _tri(known & ~dead_no & (high == 0), dead_no)
    born_from = _tri(f.born >= born_from_day)
    aged = _tri(f.born < born_before)
    by_spec = {
        _REGISTRATION: reg,
        _SPOUSE: spouse,
        _NO_VIOLATION: viol,
        _ONE_CHILD: one,
        _TWO_DAUGHTERS: two,
        _CHILDREN_DEAD: dead,
        _BORN_FROM: born_from,
        _AGED: aged,
    }
    return [by_spec[s.id] for s in RR_CONDITIONS]  # KeyError = a condition not encoded here


_REGISTRATION = "rural-reward.rural-registration"
_SPOUSE = "rural-reward.spouse-rural-registration"
_NO_VIOLATION = "rural-reward.no-birth-against-rules"
_ONE_CHILD = "rural-reward.one-living-child"
_TWO_DAUGHTERS = "rural-reward.two-living-daughters"
_CHILDREN_DEAD = "rural-reward.children-dead"
_BORN_FROM = "rural-reward.born-1933-or-later"
_AGED = "rural-reward.aged-60"
# the conditions each digit of the fast path's key decides
_DIGIT_CONDITIONS = {
    "social": (_REGISTRATION, _SPOUSE, _NO_VIOLATION),
    "born": (_BORN_FROM, _AGED),
    "family": (_ONE_CHILD, _TWO_DAUGHTERS, _CHILDREN_DEAD),
}
_RES = ("rural", "urban")


def _small_count(t: Table, name: str, high: int) -> npt.NDArray[np.int16] | None:
    """An integer column whose every value is in 0..high, as int16 (else None)."""
    v = plain(t, name, "iu")
    if v is None or not len(v):
        return None
    # one reduction: viewed unsigned, a negative value is larger than any count
    if int(v.view(f"u{v.dtype.itemsize}").max()) > high:
        return None
    return v.astype(np.int16)


class _RuralFast:
    """The rural reward of a chunk of plain columns with one table lookup per
    row: the fast path of :func:`rural_reward`, the same answers as
    :func:`_rural_reward` (the slow path) by construction.

    Each row is reduced to three digits, small ints computed from its facts:

    * *social*: residence, has_spouse, spouse_residence and whether
      violating_births is 0 (the registration, spouse and no-violation
      conditions);
    * *born*: whether born_on is on or after the born-from day and before the
      day that makes the applicant 60 in the year (two conditions);
    * *family*: the living children counted up to ``top`` (the figure of
      living daughters plus one: any larger count fails or passes every
      family condition alike), the children not known to be dead counted up
      to ``top``, and whether any son is alive, whether a child of unknown sex
      is alive and whether there are any children (the three family
      conditions).

    The tables from digits to ranks are the slow path's own ranks on rows
    that give every value of each digit (checked: rows with the same digit
    have the same ranks, and a digit moves no other condition), and the table
    from ranks to the row's status, failed condition and citation is
    :class:`_Decision`. A digit no such row gave, or a row the slow path would
    call malformed, looks up the status "error": the chunk then goes to the
    slow path, which gives the reason. Plain columns (numpy, pandas or Arrow
    without nulls where none are allowed): ``born_on`` as ``datetime64`` at
    midnight without NaT; ``sex``, ``residence`` and
    ``spouse_residence`` as codes (or strings); ``has_spouse`` bool without
    nulls; the counts integers without nulls, with ``children`` given; no
    ``spouse_born_on``; ``child_disability_grade`` absent or integers 1-10.
    Anything else is the slow path's."""

    def __init__(self, born_from: int, born_before: int, d: int, rate_citation: str) -> None:
        self.born_from, self.born_before, self.d = born_from, born_before, d
        self.top = max(d, 1) + 1
        radix = self.top + 1
        self.r1, self.r2 = radix, radix * radix
        # family digit: low + r1*high + r2*(a son) + 2*r2*(a child of unknown sex)
        #   + 4*r2*(any children) < 8*r2; the key must fit 16 bits
        self.family_size = 8 * self.r2
        self.usable = self.family_size * 81 * 4 <= 1 << 16
        self._top = self._one = np.zeros(0, dtype=np.int16)
        if self.usable:
            self._build(_decision(RR_CONDITIONS, rate_citation))

    # -- the digits of a chunk (None: the chunk is not plain) -----------------------

    def digits(self, t: Table) -> tuple[I8, I8, npt.NDArray[np.int16]] | None:
        if t.has("spouse_born_on") or not t.has("children"):
            return None
        days = day_numbers(t, "born_on")
        if days is None:
            return None
        if read_choice(t, "sex", ("male", "female")).min() < 0:
            return None
        res = read_choice(t, "residence", _RES)
        sp_res = read_choice(t, "spouse_residence", _RES)
        if res.min() < -1 or sp_res.min() < -1:
            return None
        if t.has("child_disability_grade"):
            grade = plain(t, "child_disability_grade", "iu")
            if grade is None or grade.min() < 1 or grade.max() > _MAX_GRADE:
                return None
        kids = _small_count(t, "children", _MAX_COUNT)
        if kids is None:
            return None
        counts: list[npt.NDArray[np.int16] | None] = []
        for name in (
            "sons_alive",
            "daughters_alive",
            "children_alive_sex_unknown",
            "children_dead",
        ):
            if not t.has(name):
                counts.append(None)
                continue
            c = _small_count(t, name, _MAX_COUNT)
            if c is None:
                return None
            counts.append(c)
        sons, daughters, other, dead = counts
        # social: res + 3*sp_res + 9*(has_spouse + 1) + 27*(violating > 0, or 2 not given)
        # + 1 + 3 (codes from -1): 0..80
        social: I8 = sp_res * np.int8(3)
        social += res
        const = 4
        if t.has("has_spouse"):
            has = plain(t, "has_spouse", "b")
            if has is None:
                return None
            social += has.view(np.int8) * np.int8(9)
            const += 9
        if t.has("violating_births"):
            viol = _small_count(t, "violating_births", _MAX_COUNT)
            if viol is None:
                return None
            social += (viol > 0).view(np.int8) * np.int8(27)
        else:
            const += 2 * 27
        social += np.int8(const)
        # born: (born_on >= born-from) + 2*(born_on < the aged-60 day)
        born_digit: I8 = (days < self.born_before).view(np.int8)
        born_digit += born_digit
        born_digit += (days >= self.born_from).view(np.int8)
        # family: living children (at least), not known dead (at most), counted to `top`
        low = None
        for c in (sons, daughters, other):
            if c is not None:
                low = c if low is None else low + c
        if low is None:
            low = np.zeros(len(kids), dtype=np.int16)
        listed = low if dead is None else low + dead
        if (listed > kids).any():  # counts that do not add up: the slow path says so
            return None
        high = kids if dead is None else kids - dead
        top, one = self._constants(len(kids))
        family = np.minimum(high, top)
        family *= np.int16(self.r1)
        family += np.minimum(low, top)
        for count, weight in ((sons, self.r2), (other, 2 * self.r2), (kids, 4 * self.r2)):
            if count is not None:  # whether the count is above 0
                flag = np.minimum(count, one)
                flag *= np.int16(weight)
                family += flag
        return social, born_digit, family

    def _constants(self, m: int) -> tuple[npt.NDArray[np.int16], npt.NDArray[np.int16]]:
        """``top`` and 1 in arrays of ``m`` (read-only: numpy's minimum is fastest
        between two arrays)."""
        if len(self._top) < m:
            self._top = np.full(m, self.top, dtype=np.int16)
            self._one = np.ones(m, dtype=np.int16)
            self._top.flags.writeable = self._one.flags.writeable = False
        return self._top[:m], self._one[:m]

    def key(self, social: I8, born: I8, family: npt.NDArray[np.int16]) -> npt.NDArray[np.intp]:
        """family + family_size * (born + 4 * social), as an index (computed in
        16 bits: at most 81 * 4 * family_size <= 2**16)."""
        k = social.astype(np.int16)
        k *= np.int16(4)
        k += born.astype(np.int16)
        k *= np.int16(self.family_size)  # may wrap past 2**15: read back as uint16
        k += family
        return k.view(np.uint16).astype(np.intp)

    def __call__(self, t: Table, out: dict[str, npt.NDArray[Any]], total: int) -> bool:
        if not self.usable:
            return False
        digits = self.digits(t)
        if digits is None:
            return False
        # one lookup: status | failed condition << 8 | citation << 16; each code is a
        # byte of it (a cast to int8 keeps the lowest byte: numpy integer casts wrap)
        packed = self.packed.take(self.key(*digits))
        status = out["status"]
        np.copyto(status, packed, casting="unsafe")
        if int(status.max()) > MET:  # a malformed row or a digit not in the tables
            return False
        packed >>= 8
        np.copyto(out["failed_condition"], packed, casting="unsafe")
        packed >>= 8
        np.copyto(out["citation"], packed, casting="unsafe")
        out["error"].fill(0)  # code 0: ""
        eligible = np.equal(status, MET, out=out["eligible"])
        amount = out["amount_fen"]
        np.copyto(amount, eligible, casting="unsafe")
        amount *= np.int64(total)
        return True

    # -- the tables, from the slow path's ranks -------------------------------------------

    def _build(self, decision: _Decision) -> None:
        pos = {s.id: i for i, s in enumerate(RR_CONDITIONS)}
        covered = [c for conds in _DIGIT_CONDITIONS.values() for c in conds]
        if sorted(covered) != sorted(pos):  # pragma: no cover - a condition not encoded here
            raise AssertionError(f"the fast path's digits cover {covered}, not {list(pos)}")
        sizes = {"social": 81, "born": 4, "family": self.family_size}
        parts = {}
        for name, tables in self._candidates().items():
            parts[name] = self._digit_table(name, tables, sizes[name], pos)
        invalid = np.int64(-1)
        s, b, f = parts["social"], parts["born"], parts["family"]
        code = s[:, None, None] + b[None, :, None] + f[None, None, :]
        bad = (s[:, None, None] == invalid) | (b[None, :, None] == invalid)
        bad = bad | (f[None, None, :] == invalid)
        code = np.where(bad, np.int64(decision.error_code), code).reshape(-1)
        status = decision.status[code].astype(np.int32)
        failed = decision.failed[code].astype(np.int32)
        cited = decision.cited[code].astype(np.int32)
        if (
            min(status.min(), failed.min(), cited.min()) < 0
            or max(failed.max(), cited.max()) > np.iinfo(np.int8).max
        ):  # pragma: no cover - codes are small and non-negative
            raise AssertionError("decision codes do not fit a byte")
        self.packed = status | (failed << 8) | (cited << 16)

    def _digit_table(
        self, name: str, tables: list[dict[str, Any]], size: int, pos: dict[str, int]
    ) -> I64:
        which = {"social": 0, "born": 1, "family": 2}[name]
        conds = _DIGIT_CONDITIONS[name]
        table = np.full(size, -2, dtype=np.int64)  # -2: no row gave it; -1: malformed
        for cols in tables:
            t = open_table(cols)
            digits = self.digits(t)
            if digits is None:  # pragma: no cover - the candidates are plain
                raise AssertionError(f"fast-path candidates for {name} are not plain")
            f = _Facts(t)
            ranks = _rural_ranks(f, self.born_from, self.born_before, self.d)
            bad = f.err.any
            part = np.zeros(t.n, dtype=np.int64)
            for c in conds:
                part += ranks[pos[c]].astype(np.int64) * _RADIX ** pos[c]
            part[bad] = -1
            for i, s in enumerate(RR_CONDITIONS):  # a digit moves only its own conditions
                if s.id not in conds and len(np.unique(ranks[i][~bad])) > 1:
                    raise AssertionError(f"{s.id} varies with the {name} digit")  # pragma: no cover
            for dgt, value in zip(digits[which].tolist(), part.tolist(), strict=True):
                prior = int(table[dgt])
                if prior not in (-2, value):  # pragma: no cover - a digit too coarse
                    raise AssertionError(f"the {name} digit {dgt} has two answers")
                table[dgt] = value
        table[table == -2] = -1
        return table

    def _candidates(self) -> dict[str, list[dict[str, Any]]]:
        """Rows giving every value of each digit (the others held at one value)."""
        day = np.dtype("datetime64[D]")

        def base(n: int) -> dict[str, Any]:
            return {
                "born_on": np.full(n, self.born_from, dtype=np.int64).view(day),
                "sex": Labels._trusted(np.zeros(n, dtype=np.int8), ("male", "female")),
                "children": np.ones(n, dtype=np.int64),
                "sons_alive": np.ones(n, dtype=np.int64),
            }

        # social: every residence, spouse residence, has_spouse and violating_births,
        # each column also absent
        social = []
        codes = np.array([-1, 0, 1], dtype=np.int8)
        res, sp, has, viol = np.meshgrid(codes, codes, [False, True], [0, 1, 2], indexing="ij")
        for with_has in (True, False):
            for with_viol in (True, False):
                cols = base(res.size)
                cols["residence"] = Labels._trusted(res.ravel().copy(), _RES)
                cols["spouse_residence"] = Labels._trusted(sp.ravel().copy(), _RES)
                if with_has:
                    cols["has_spouse"] = has.ravel().copy()
                if with_viol:
                    cols["violating_births"] = viol.ravel().astype(np.int64)
                social.append(cols)
        # born: the days either side of both thresholds
        near = [self.born_from - 1, self.born_from, self.born_before - 1, self.born_before]
        born = base(len(near))
        born["born_on"] = np.array(near, dtype=np.int64).view(day)
        # family: every count 0..top + 1, and children not accounted for 0..top + 1
        span = np.arange(self.top + 2, dtype=np.int64)
        grid = [g.ravel() for g in np.meshgrid(span, span, span, span, span, indexing="ij")]
        sons, daughters, other, dead, extra = grid
        family = base(len(sons))
        family.update(
            sons_alive=sons,
            daughters_alive=daughters,
            children_alive_sex_unknown=other,
            children_dead=dead,
            children=sons + daughters + other + dead + extra,
        )
        bare = base(len(span))  # no breakdown columns: the children's fate not given
        del bare["sons_alive"]
        bare["children"] = span.copy()
        return {"social": social, "born": [born], "family": [family, bare]}


_FAST: dict[tuple[int, int, int, str], _RuralFast] = {}


def _rural_fast(born_from: int, born_before: int, d: int, rate_citation: str) -> _RuralFast:
    key = (born_from, born_before, d, rate_citation)
    hit = _FAST.get(key)
    if hit is None:
        hit = _FAST[key] = _RuralFast(born_from, born_before, d, rate_citation)
    return hit


def special_assistance(
    table: object,
    *,
    year: int,
    rates: LocalRates | None = None,
    as_decimal: bool = False,
    labels: LabelMode = "category",
) -> Any:
    """Screen a register for special assistance (计划生育家庭特别扶助) of ``year``.

    The same answer, row by row, as ``eligibility.check("special-assistance",
    ..., year=year)``; the output columns are those of :func:`rural_reward`
    (``amount_fen``: twelve months of the death or disability rate — urban or
    rural from 2014 — with the caller's monthly top-up).

    >>> import numpy as np
    >>> out = special_assistance({
    ...     "born_on": np.array(["1950-05-01", "1950-05-01"], dtype="datetime64[D]"),
    ...     "sex": np.array(["female", "female"]), "residence": np.array(["rural", "urban"]),
    ...     "children": np.array([1, 1]), "children_dead": np.array([1, 0]),
    ...     "sons_alive": np.array([0, 1]), "child_disability_grade": np.array([-1, 4]),
    ... }, year=2014)
    >>> out["amount_fen"].tolist(), out["status"].tolist()
    ([0, 0], ['error', 'not eligible'])
    >>> out["error"][0]
    'child_disability_grade must be an int from 1 (most severe) to 10, or null'
    """
    row = _check_args(year, rates, as_decimal, "special-assistance")
    mode = label_mode(labels)
    t = open_table(table)
    require(t, ("born_on", "sex"))
    y = as_year(year)
    columns = chunked(t, lambda part: _special_assistance(part, y, row, rates, as_decimal))
    return t.output(with_checked_through(columns, row, t.n), mode)


def _special_assistance(
    t: Table, y: int, row: RateRow, rates: LocalRates | None, as_decimal: bool
) -> dict[str, Any]:
    f = _Facts(t)
    on = _dt.date(y, 1, 1)
    # special-assistance-2007 art. 1: 1933年1月1日以后出生; 女方年满49周岁; 伤病残达到三级以上
    born = statutes.figure("special-assistance.born-from", on=on).as_date()
    born_from = _tri(f.born >= _day(born))
    female = f.sex == 1
    woman_known = female | (f.spouse & f.spouse_born_known)
    woman_born = _pick(female, f.born, f.spouse_born)
    # aged 49 by 31 December of y  <=>  born before 1 January of y - 49 + 1
    woman_age = statutes.figure("special-assistance.woman-age", on=on).as_int()
    woman_by = _day(_dt.date(y - woman_age + 1, 1, 1))
    young = woman_born >= woman_by
    woman = _tri(woman_known & ~young, woman_known & young)
    known, n_kids = f.children_known, f.children
    one = _tri(known & (n_kids == 1), known & (n_kids != 1))
    dead_no = known & ((n_kids == 0) | (f.low >= 1))
    dead = _tri(known & ~dead_no & (f.dead == n_kids), dead_no)
    worst = statutes.figure("special-assistance.worst-grade", on=on).as_int()
    grade_ok = f.grade_known & (f.grade <= worst)
    dis_no = known & ((n_kids != 1) | (f.dead == 1) | ~grade_ok)
    disabled = _tri(known & ~dis_no & (f.unknown_alive == 0), dis_no)
    urban_rural = "urban-death" in row.figures
    by_spec = {
        "special-assistance.born-1933-or-later": born_from,
        "special-assistance.woman-aged-49": woman,
        "special-assistance.one-child": one,
        "special-assistance.no-living-child": dead,
        "special-assistance.child-disabled": disabled,
    }
    specs = [s for s in SA_CONDITIONS if s.id in by_spec]
    if urban_rural:
        by_spec["special-assistance.registration-known"] = _tri(
            f.residence >= 0, np.zeros(t.n, dtype=bool)
        )
        specs = list(SA_CONDITIONS)
    ranks = [by_spec[s.id] for s in specs]

    top_up = rates.top_up if rates is not None else ZERO

    def year_fen(basis: str) -> int:
        return _fen((quantize_fen(row.amounts[basis]) + quantize_fen(top_up)) * MONTHS_A_YEAR)

    is_dead = dead == MET
    if urban_rural and "rural-death" not in row.figures:
        # a year whose rural figure is not encoded (2016): rural rows are refused, as the
        # scalar check refuses them (NotEncoded, with the same reason)
        rural_rows = f.residence == 0
        try:
            rate_row("special-assistance", y, basis="rural-death")
        except NotEncoded as exc:
            f.err.add(rural_rows, f"not encoded: {exc.reason}")
        return _finish(
            f,
            specs,
            [by_spec[s.id] for s in specs],
            _pick(
                f.residence == 1,
                _pick(is_dead, year_fen("urban-death"), year_fen("urban-disability")),
                0,
            ),
            cite(row),
            as_decimal,
        )
    if urban_rural:
        # residence code 0 rural, 1 urban; kind death / disability
        rural_death, rural_dis = year_fen("rural-death"), year_fen("rural-disability")
        urban_death, urban_dis = year_fen("urban-death"), year_fen("urban-disability")
        urban = f.residence == 1
        amount = _pick(urban, _pick(is_dead, urban_death, urban_dis), 0)
        amount += _pick(~urban, _pick(is_dead, rural_death, rural_dis), 0)
    else:
        amount = _pick(is_dead, year_fen("death"), year_fen("disability"))
    return _finish(f, specs, ranks, amount, cite(row), as_decimal)
