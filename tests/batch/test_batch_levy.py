"""Batch levy = ``penalties.assess_levy``, row by row, to the fen.

Differential: registers drawn with a fixed seed over every encoded province's
divisions (Hunan 430xxx, Shandong 370xxx, Hebei 130xxx, and the counties with
a local list: 君山区 430611, 隆尧县 130525, 博山区 370304), every circumstance,
counts from none to out of range, birth and decision dates across the version
boundaries and after 2021-08-20, incomes not given / below / above the floor
at fen precision, bases with fen, and cells the scalar path refuses. Every
row's totals, per-party amounts, maximum and citation must be the scalar
path's, and a row must have an error exactly where the scalar path raises.
The hand-worked cases cite their source.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import numpy as np
import pytest

from familyplan import batch, penalties
from familyplan.errors import FamilyPlanError, InvalidInput
from familyplan.money import YUAN_DOWN, Rounding

DIVISIONS = (
    "430602",
    "430611",
    "430600",
    "430000",
    "370304",
    "370300",
    "370000",
    "130525",
    "130132",
    "130100",
    "130500",
)
BAD_DIVISIONS = ("999999", "43060", "100000")
CIRCUMSTANCES = tuple(c.value for c in penalties.Circumstance)
EPOCH = dt.date(1970, 1, 1)


def _choice(rng: np.random.Generator, options: tuple[Any, ...], n: int) -> np.ndarray:
    out = np.empty(n, dtype=object)
    out[:] = [options[i] for i in rng.integers(0, len(options), n)]
    return out


def _register(seed: int, n: int) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    bad = rng.random(n) < 0.03
    division = _choice(rng, DIVISIONS, n)
    division[bad] = _choice(rng, BAD_DIVISIONS, int(bad.sum()))
    birth = (
        np.datetime64("2003-06-01") + rng.integers(0, 18 * 365, n).astype("timedelta64[D]")
    ).astype(object)
    # decisions mostly within four years of the birth; a few before it
    decided = np.array(
        [
            b + dt.timedelta(days=int(d))
            for b, d in zip(birth, rng.integers(-30, 1500, n), strict=True)
        ],
        dtype=object,
    )
    # a few dates right at the boundaries
    edge = rng.random(n) < 0.1
    birth[edge] = _choice(
        rng,
        (
            dt.date(2016, 3, 29),
            dt.date(2016, 3, 30),
            dt.date(2016, 1, 21),
            dt.date(2016, 1, 22),
            dt.date(2014, 5, 29),
            dt.date(2014, 5, 30),
            dt.date(2021, 12, 2),
            dt.date(2021, 12, 3),
        ),
        int(edge.sum()),
    )
    decided[edge] = _choice(
        rng,
        (dt.date(2021, 8, 19), dt.date(2021, 8, 20), dt.date(2021, 12, 31), dt.date(2022, 1, 1)),
        int(edge.sum()),
    )
    nodate = rng.random(n) < 0.01
    birth[nodate] = None
    circ = _choice(rng, CIRCUMSTANCES + ("extra-child",) * 4, n)
    circ[rng.random(n) < 0.01] = "twins"
    count = _choice(rng, (None, None, 1, 1, 1, 1, 2, 2, 3, 5), n)
    odd = rng.random(n) < 0.02
    count[odd] = _choice(rng, (0, 21, "2", 1.5), int(odd.sum()))

    def residence() -> np.ndarray:
        r = _choice(rng, ("urban", "rural", "rural", None), n)
        r[rng.random(n) < 0.01] = "city"
        return r

    def amount(low: int, high: int, missing: float) -> np.ndarray:
        fen = rng.integers(low, high, n)
        out = np.array([f"{f // 100}.{f % 100:02d}" for f in fen], dtype=object)
        whole = rng.random(n) < 0.3
        out[whole] = [str(f // 100) for f in fen[whole]]
        out[rng.random(n) < missing] = None
        out[rng.random(n) < 0.005] = "-5"
        return out

    year = _choice(rng, (2015, 2016, 2017, 2018, 2019, 2020), n)
    year[rng.random(n) < 0.005] = 1900
    # half the rows in the form the law levies on, so that most rows have a figure:
    # a child over the limit (or a partner outside the marriage), a decision within a
    # year, a Hebei party rural (art. 46 reads an urban party's occupation)
    lawful = rng.random(n) < 0.5
    for i in np.flatnonzero(lawful).tolist():
        hebei = str(division[i]).startswith("13")
        start = dt.date(2004, 1, 1) if hebei else dt.date(2016, 4, 1)
        span = 4400 if hebei else 1900
        birth[i] = start + dt.timedelta(days=int(rng.integers(0, span)))
        decided[i] = birth[i] + dt.timedelta(days=int(rng.integers(0, 365)))
        circ[i] = ("extra-child", "bigamy-or-other-partner", "extra-child-ignored-termination")[
            int(rng.integers(0, 3))
        ]
        count[i] = int(rng.integers(1, 4))
    return {
        "case_id": np.arange(n),
        "jurisdiction": division,
        "birth_on": birth,
        "decided_on": decided,
        "circumstance": circ,
        "children_over_limit": count,
        "mother_residence": _lawful_residence(residence(), division, lawful),
        "mother_income": amount(0, 9_000_000, 0.4),
        "father_residence": _lawful_residence(residence(), division, lawful),
        "father_income": amount(0, 9_000_000, 0.4),
        "urban_base": amount(1_500_000, 4_500_000, 0.02),
        "rural_base": amount(600_000, 1_800_000, 0.02),
        "base_year": year,
    }


def _lawful_residence(res: np.ndarray, division: np.ndarray, lawful: np.ndarray) -> np.ndarray:
    hebei = np.array([str(d).startswith("13") for d in division]) & lawful
    res[hebei & (res != None)] = "rural"  # noqa: E711 - an object array: elementwise
    return res


def scalar_row(table: dict[str, np.ndarray], i: int, rounding: Rounding) -> dict[str, Any]:
    """The scalar path's answer for row ``i``, or the error it raises."""
    cell = {k: v[i] for k, v in table.items()}
    try:
        parties = []
        for role in ("mother", "father"):
            if cell[f"{role}_residence"] is not None:
                parties.append(
                    penalties.Party(
                        role,
                        actual_income=cell[f"{role}_income"],
                        residence=cell[f"{role}_residence"],
                    )
                )
        base_cells = (cell["urban_base"], cell["rural_base"], cell["base_year"])
        if all(c is None for c in base_cells):
            base = None
        elif any(c is None for c in base_cells):
            raise InvalidInput("income_base", base_cells, "all three cells or none")
        else:
            base = penalties.IncomeBase(
                urban_disposable=base_cells[0], rural_net=base_cells[1], year=base_cells[2]
            )
        case = penalties.LevyCase(
            jurisdiction=cell["jurisdiction"],
            birth_on=cell["birth_on"],
            decided_on=cell["decided_on"],
            circumstance=cell["circumstance"],
            children_over_limit=cell["children_over_limit"],
            parties=tuple(parties),
            income_base=base,
        )
        r = penalties.assess_levy(case, rounding=rounding)
    except FamilyPlanError as e:
        return {"error": str(e)}
    fen = {"mother_minimum_fen": 0, "mother_maximum_fen": 0}
    fen.update(father_minimum_fen=0, father_maximum_fen=0)
    for p in r.parties:
        fen[f"{p.role}_minimum_fen"] = int(p.minimum * 100)
        fen[f"{p.role}_maximum_fen"] = 0 if p.maximum is None else int(p.maximum * 100)
    top = r.total_maximum
    return {
        "error": "",
        "total_minimum_fen": int(r.total_minimum * 100),
        "total_maximum_fen": 0 if top is None else int(top * 100),
        "has_maximum": top is not None,
        "citation": r.parties[0].citation.english,
        **fen,
    }


def batch_row(out: Any, i: int, keys: list[str]) -> dict[str, Any]:
    got = {k: out[k][i] for k in keys}
    return {k: (v.item() if isinstance(v, np.generic) else v) for k, v in got.items()}


@pytest.mark.parametrize(
    ("seed", "rounding"),
    [(1, Rounding()), (2, Rounding()), (3, Rounding()), (4, YUAN_DOWN)],
)
def test_batch_levy_equals_scalar(seed: int, rounding: Rounding) -> None:
    n = 2500
    table = _register(seed, n)
    out = batch.levy(table, rounding=rounding)
    errors = out["error"].tolist()
    ok = 0
    for i in range(n):
        want = scalar_row(table, i, rounding)
        if want["error"]:
            assert errors[i], (i, {k: v[i] for k, v in table.items()}, want)
            assert out["total_minimum_fen"][i] == 0
            assert out["citation"][i] == ""
            continue
        assert not errors[i], (i, {k: v[i] for k, v in table.items()}, errors[i])
        assert batch_row(out, i, [k for k in want if k != "error"]) == {
            k: v for k, v in want.items() if k != "error"
        }, (i, {k: v[i] for k, v in table.items()})
        ok += 1
    assert ok > n // 3  # the register is mostly computable


def test_group_errors_name_each_rows_own_date() -> None:
    # two decisions after 2021-08-20 in one interval: each row's NotInForce names its own day
    # (《人口与计划生育法》 2021 text has no art. 41: the scalar path raises NotInForce)
    table = {
        "jurisdiction": np.array(["430602", "430602"]),
        "birth_on": np.array(["2019-05-01", "2019-05-01"], dtype="datetime64[D]"),
        "decided_on": np.array(["2021-08-25", "2021-08-26"], dtype="datetime64[D]"),
        "circumstance": np.array(["extra-child", "extra-child"]),
        "children_over_limit": np.array([1, 1]),
        "mother_residence": np.array(["urban", "urban"]),
        "urban_base": np.array(["28000", "28000"], dtype=object),
        "rural_base": np.array(["11000", "11000"], dtype=object),
        "base_year": np.array([2018, 2018]),
    }
    errors = batch.levy(table)["error"].tolist()
    assert "2021-08-25" in errors[0]
    assert "2021-08-26" in errors[1]


def test_hunan_module_case_by_hand() -> None:
    # 《湖南省人口与计划生育条例》(2016) 第三十七条第一款第二项: 违法多生育一个子女的，按照上年度
    # 总收入的二至六倍征收; 第三款: actual income below the county's figure counts as that
    # figure. Both parties urban, the figure 28,000 yuan, the mother's income 20,000 (below),
    # the father's not given: each 28,000 x 2 = 56,000 to 28,000 x 6 = 168,000; together
    # 112,000.00-336,000.00 (the worked example of familyplan.penalties' levy module).
    # A mother earning 30,000.05 (above the floor): 60,000.10-180,000.30 for her.
    table = {
        "jurisdiction": np.array(["430602", "430602"]),
        "birth_on": np.array(["2017-05-01", "2017-05-01"], dtype="datetime64[D]"),
        "decided_on": np.array(["2017-09-01", "2017-09-01"], dtype="datetime64[D]"),
        "circumstance": np.array(["extra-child", "extra-child"]),
        "children_over_limit": np.array([1, 1]),
        "mother_residence": np.array(["urban", "urban"]),
        "mother_income": np.array(["20000", "30000.05"], dtype=object),
        "father_residence": np.array(["urban", "urban"]),
        "father_income": np.array([None, None], dtype=object),
        "urban_base": np.array(["28000", "28000"], dtype=object),
        "rural_base": np.array(["11000", "11000"], dtype=object),
        "base_year": np.array([2016, 2016]),
    }
    out = batch.levy(table, as_decimal=True)
    assert out["total_minimum"].tolist() == ["112000.00", "116000.10"]
    assert out["total_maximum"].tolist() == ["336000.00", "348000.30"]
    assert out["mother_minimum_fen"].tolist() == [5_600_000, 6_000_010]
    assert out["mother_maximum_fen"].tolist() == [16_800_000, 18_000_030]
    assert out["has_maximum"].tolist() == [True, True]


def test_shandong_and_hebei_by_hand() -> None:
    # 《山东省人口与计划生育条例》(2016) 第三十七条第二款: 每多生育一个子女，依照第三十六条规定
    # 基数的三倍征收; 第三十六条: the county's figure for the party's residence. Two children
    # over the limit, an urban mother (figure 31,101) and a rural father (10,225):
    # 31,101 x 3 x 2 + 10,225 x 3 x 2 = 186,606 + 61,350 = 247,956.00, one amount.
    # 《河北省人口与计划生育条例》第四十六条第一项: 按不低于 … 二点五倍: a rural party's
    # township figure 9,982.01 x 2.5 = 24,955.025 -> 24,955.03 (half up), no maximum.
    table = {
        "jurisdiction": np.array(["370304", "130525"]),
        "birth_on": np.array(["2018-06-17", "2012-06-17"], dtype="datetime64[D]"),
        "decided_on": np.array(["2018-10-15", "2012-10-15"], dtype="datetime64[D]"),
        "circumstance": np.array(["extra-child", "extra-child"]),
        "children_over_limit": np.array([2, 1]),
        "mother_residence": np.array(["urban", "rural"], dtype=object),
        "father_residence": np.array(["rural", None], dtype=object),
        "urban_base": np.array(["31101", "30000"], dtype=object),
        "rural_base": np.array(["10225", "9982.01"], dtype=object),
        "base_year": np.array([2017, 2011]),
    }
    out = batch.levy(table)
    assert out["error"].tolist() == ["", ""]
    assert out["total_minimum_fen"].tolist() == [24_795_600, 2_495_503]
    assert out["total_maximum_fen"].tolist() == [24_795_600, 0]
    assert out["has_maximum"].tolist() == [True, False]


def test_pandas_and_arrow_give_the_dict_answers() -> None:
    pd = pytest.importorskip("pandas")
    pa = pytest.importorskip("pyarrow")
    table = _register(7, 400)
    want = batch.levy(table, labels="str")
    frame = pd.DataFrame(table)
    got = batch.levy(frame, labels="str")
    arrow = batch.levy(pa.Table.from_pandas(frame, preserve_index=False), labels="str")
    for k in ("total_minimum_fen", "total_maximum_fen", "has_maximum", "citation", "error"):
        assert got[k].tolist() == list(want[k]), k
        assert arrow.column(k).to_pylist() == list(want[k]), k
    assert isinstance(batch.levy(frame)["error"].dtype, pd.CategoricalDtype)


def test_fen_columns_and_bad_arguments() -> None:
    table = _register(8, 300)
    fen_table = dict(table)
    for name in ("mother_income", "father_income", "urban_base", "rural_base"):
        col = table[name]
        valid = np.array([v is not None and v != "-5" for v in col])
        fen_table.pop(name)
        fen_table[f"{name}_fen"] = np.array(
            [int(Decimal(v) * 100) if ok else -1 for v, ok in zip(col, valid, strict=True)],
            dtype=np.int64,
        )
        # null (not given) as a masked pandas column is for the pandas test; here: keep rows
        # whose cells are all given, comparing against the yuan table's answers
    keep = np.ones(300, dtype=bool)
    for name in ("mother_income", "father_income", "urban_base", "rural_base"):
        keep &= fen_table[f"{name}_fen"] >= 0
    sub = {k: v[keep] for k, v in table.items()}
    fen_sub = {k: v[keep] for k, v in fen_table.items()}
    a, b = batch.levy(sub), batch.levy(fen_sub)
    for k in ("total_minimum_fen", "total_maximum_fen", "mother_minimum_fen", "error"):
        assert list(a[k]) == list(b[k]), k
    with pytest.raises(InvalidInput):
        batch.levy({"jurisdiction": np.array(["430602"])})
    with pytest.raises(InvalidInput):
        batch.levy(table, rounding="fen")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        batch.levy({**table, "mother_income_fen": np.zeros(300, dtype=np.int64)})


def test_chunks_give_the_whole_table_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    # the register computed 97 rows at a time: each kind of case's scalar run is kept from
    # chunk to chunk, and an error naming a date still names the row's own date
    from familyplan.batch import _table

    table = _register(9, 1500)
    whole = batch.levy(table, labels="str")
    monkeypatch.setattr(_table, "CHUNK_ROWS", 97)
    chunked = batch.levy(table, labels="str")
    for k in whole:
        assert list(chunked[k]) == list(whole[k]), k
    assert any("not in force on" in e for e in whole["error"])


@pytest.mark.parametrize(
    "income",
    ["99999999999999.99", "16666666666666.66", "16666666666666.67", "3000000000000.01", "0"],
)
def test_huge_incomes_as_the_scalar_path(income: str) -> None:
    # amounts near 10^14 yuan: a product the scalar path refuses (Rounding.apply: below
    # 10^14 yuan) is an error row; one below is exact (the int64 bound sends larger rows
    # to the scalar path). Hunan 2-6x (x2 for two children over: 5-9x), Shandong 3x.
    n = 4
    table = {
        "jurisdiction": np.array(["430602", "430602", "370304", "370304"], dtype=object),
        "birth_on": np.array([dt.date(2018, 5, 1)] * n, dtype=object),
        "decided_on": np.array([dt.date(2018, 9, 1)] * n, dtype=object),
        "circumstance": np.array(["extra-child"] * n, dtype=object),
        "children_over_limit": np.array([1, 2, 1, 2], dtype=object),
        "mother_residence": np.array(["urban"] * n, dtype=object),
        "mother_income": np.array([income] * n, dtype=object),
        "father_residence": np.array([None] * n, dtype=object),
        "father_income": np.array([None] * n, dtype=object),
        "urban_base": np.array([income] * n, dtype=object),
        "rural_base": np.array(["1"] * n, dtype=object),
        "base_year": np.array([2017] * n, dtype=object),
    }
    out = batch.levy(table)
    for i in range(n):
        want = scalar_row(table, i, Rounding())
        if want["error"]:
            assert out["error"][i], i
        else:
            assert out["error"][i] == "", (i, out["error"][i])
            assert out["total_minimum_fen"][i] == want["total_minimum_fen"]
            assert out["total_maximum_fen"][i] == want["total_maximum_fen"]
