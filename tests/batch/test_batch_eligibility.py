"""Batch eligibility = scalar eligibility, row by row, amounts to the fen.

Populations of scalar ``Applicant`` objects are drawn by hypothesis (with the
boundaries: 31 December birthdays, 1933-01-01 and the day before, disability
grades 3 and 4, unknown facts), turned into columns by ``to_columns`` below
(the documented schema of docs/batch.md), screened by the batch functions and
compared with ``eligibility.check`` on every row.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from familyplan import batch
from familyplan.eligibility import (
    NO_SPOUSE,
    Applicant,
    Child,
    Eligibility,
    LocalRates,
    NotEncoded,
    Spouse,
    check,
)
from familyplan.eligibility._law import RR_RULES_FROM, RR_RULES_UNTIL, int_value
from familyplan.errors import InvalidInput

D = dt.date
PROGRAMMES = {"rural-reward": batch.rural_reward, "special-assistance": batch.special_assistance}
FIRST_YEAR = {"rural-reward": 2004, "special-assistance": 2008}


# -- the schema: scalar facts -> batch columns ----------------------------------------------


def to_columns(applicants: list[Applicant]) -> dict[str, np.ndarray]:
    """The documented columns of each applicant (object arrays, None = not given)."""
    first, last = int_value(RR_RULES_FROM), int_value(RR_RULES_UNTIL)
    cols: dict[str, list[Any]] = {name: [] for name in batch._eligibility.INPUT_COLUMNS}
    for a in applicants:
        cols["born_on"].append(a.born_on)
        cols["sex"].append(a.sex)
        cols["residence"].append(a.residence)
        if isinstance(a.spouse, Spouse):
            cols["has_spouse"].append(True)
            cols["spouse_residence"].append(a.spouse.residence)
            cols["spouse_born_on"].append(a.spouse.born_on)
        else:
            cols["has_spouse"].append(False if a.spouse is NO_SPOUSE else None)
            cols["spouse_residence"].append(None)
            cols["spouse_born_on"].append(None)
        bar = a.births_against_rules
        cols["violating_births"].append(
            None if bar is None else sum(1 for y in bar if first <= y <= last)
        )
        kids = a.children
        if kids is None:
            for name in (
                "children",
                "sons_alive",
                "daughters_alive",
                "children_alive_sex_unknown",
                "children_dead",
                "child_disability_grade",
            ):
                cols[name].append(None)
            continue
        cols["children"].append(len(kids))
        cols["sons_alive"].append(sum(1 for c in kids if c.alive is True and c.sex == "male"))
        cols["daughters_alive"].append(
            sum(1 for c in kids if c.alive is True and c.sex == "female")
        )
        cols["children_alive_sex_unknown"].append(
            sum(1 for c in kids if c.alive is True and c.sex is None)
        )
        cols["children_dead"].append(sum(1 for c in kids if c.alive is False))
        cols["child_disability_grade"].append(kids[0].disability_grade if len(kids) == 1 else None)
    out = {}
    for k, v in cols.items():
        arr = np.empty(len(v), dtype=object)
        arr[:] = v
        out[k] = arr
    return out


def expected(r: Eligibility) -> dict[str, Any]:
    """What the batch row must hold for the scalar result ``r``."""
    if r.eligible is True:
        assert r.amount is not None
        assert r.rate is not None
        c = r.rate.citation
        return {
            "eligible": True,
            "status": "eligible",
            "failed_condition": "",
            "amount_fen": int(r.amount * 100),
            "citation": f"{c.statute_id} art. {c.article}",
            "error": "",
            "checked_through": r.checked_through,
        }
    decisive = r.failed if r.eligible is False else r.unknown
    cond = decisive[0]
    cite = f"{cond.citation.statute_id} art. {cond.citation.article}"
    if cond.citation.item is not None:
        cite += f" item {cond.citation.item}"
    return {
        "eligible": False,
        "status": r.status,
        "failed_condition": cond.id,
        "amount_fen": 0,
        "citation": cite,
        "error": "",
        # the year's standard's checked-through day, in every row, amount or not
        "checked_through": r.checked_through,
    }


def row(out: Any, i: int) -> dict[str, Any]:
    if hasattr(out, "to_pydict"):  # a pyarrow Table
        out = out.to_pydict()
    got = {
        k: (out[k].iloc[i] if hasattr(out[k], "iloc") else out[k][i])
        for k in ("eligible", "status", "failed_condition", "amount_fen", "citation", "error")
    }
    col = out["checked_through"]
    got["checked_through"] = as_day(col.iloc[i] if hasattr(col, "iloc") else col[i])
    return got


def as_day(v: Any) -> dt.date | None:
    """A ``checked_through`` cell (numpy datetime64, pandas Timestamp, arrow date) as a date."""
    if v is None or pd.isna(v):
        return None
    if isinstance(v, np.datetime64):
        day: dt.date = v.astype("datetime64[D]").item()
        return day
    return v.date() if isinstance(v, pd.Timestamp) else v


def assert_same(
    programme_id: str,
    applicants: list[Applicant],
    year: int,
    rates: LocalRates | None = None,
    table: Any = None,
) -> Any:
    fn = PROGRAMMES[programme_id]
    out = fn(to_columns(applicants) if table is None else table, year=year, rates=rates)
    for i, a in enumerate(applicants):
        r = check(programme_id, a, year=year, jurisdiction="430602", rates=rates)
        got = row(out, i)
        got["eligible"] = bool(got["eligible"])
        got["amount_fen"] = int(got["amount_fen"])
        assert got == expected(r), (i, a)
    return out


# -- hypothesis populations, with every boundary ---------------------------------------------

BOUNDARY_BIRTHDAYS = [
    D(1933, 1, 1),
    D(1932, 12, 31),
    D(1933, 12, 31),
    D(1952, 12, 31),
    D(1953, 1, 1),
    D(1954, 12, 31),
    D(1955, 1, 1),
    D(1959, 12, 31),
    D(1960, 1, 1),
    D(1965, 12, 31),
    D(1966, 1, 1),
    D(1956, 2, 29),
]
birthdays = st.one_of(
    st.sampled_from(BOUNDARY_BIRTHDAYS),
    st.integers(1925, 1975).map(lambda y: D(y, 12, 31)),
    st.integers(1925, 1975).map(lambda y: D(y, 1, 1)),
    st.dates(D(1925, 1, 1), D(1975, 12, 31)),
)
sexes = st.sampled_from(["male", "female"])
residences = st.sampled_from([None, "rural", "urban"])
grades = st.one_of(st.none(), st.sampled_from([3, 4]), st.integers(1, 10))


@st.composite
def children(draw: st.DrawFn, parent_born: dt.date) -> tuple[Child, ...] | None:
    if draw(st.integers(0, 9)) == 0:
        return None
    n = draw(st.sampled_from([0, 1, 1, 1, 2, 2, 3, 4]))
    low = parent_born + dt.timedelta(days=365 * 16)
    return tuple(
        Child(
            draw(st.dates(low, D(2016, 12, 31))),
            draw(st.sampled_from(["male", "female", "female", None])),
            draw(st.sampled_from([True, True, False, None])),
            draw(st.booleans()),
            draw(grades),
        )
        for _ in range(n)
    )


@st.composite
def applicants(draw: st.DrawFn) -> Applicant:
    born = draw(birthdays)
    sex = draw(sexes)
    other = "female" if sex == "male" else "male"
    spouse = draw(
        st.one_of(
            st.none(),
            st.just(NO_SPOUSE),
            st.builds(
                Spouse,
                st.just(other),
                st.one_of(st.none(), birthdays),
                residences,
            ),
        )
    )
    bar = draw(
        st.one_of(
            st.none(),
            st.just(()),
            st.lists(st.integers(max(born.year, 1960), 2016), max_size=2).map(tuple),
        )
    )
    return Applicant(
        born,
        sex,
        residence=draw(residences),
        spouse=spouse,
        children=draw(children(born)),
        births_against_rules=bar,
    )


@settings(max_examples=150, deadline=None)
@given(
    programme_id=st.sampled_from(sorted(PROGRAMMES)),
    # every encoded year to 2026, without special assistance's gap (rural 2016, 2017-2022)
    year=st.sampled_from([*range(2004, 2016), *range(2023, 2027)]),
    population=st.lists(applicants(), min_size=1, max_size=25),
    top_up=st.sampled_from([None, "0", "20", "12.34"]),
)
@example(
    programme_id="rural-reward",
    year=2012,
    population=[
        Applicant(
            "1952-12-31",
            "male",
            residence="rural",
            spouse=NO_SPOUSE,
            births_against_rules=(),
            children=[Child("1980-01-01", "male", alive=True)],
        )
    ],
    top_up=None,
)
def test_batch_equals_scalar(
    programme_id: str, year: int, population: list[Applicant], top_up: str | None
) -> None:
    year = max(year, FIRST_YEAR[programme_id])
    rates = None if top_up is None else LocalRates(top_up=top_up)
    assert_same(programme_id, population, year, rates)


# -- worked boundaries ---------------------------------------------------------------------


def _rural(born: str, **kw: Any) -> Applicant:
    facts: dict[str, Any] = {
        "residence": "rural",
        "spouse": NO_SPOUSE,
        "births_against_rules": (),
        "children": [Child("1980-01-01", "male", alive=True)],
    }
    facts.update(kw)
    return Applicant(born, "male", **facts)


def _bereaved(born: str, grade: int | None = None, alive: bool = False, **kw: Any) -> Applicant:
    facts: dict[str, Any] = {
        "residence": "rural",
        "spouse": NO_SPOUSE,
        "children": [Child("1975-03-01", "male", alive=alive, disability_grade=grade)],
    }
    facts.update(kw)
    return Applicant(born, "female", **facts)


def test_rural_reward_boundaries() -> None:
    pop = [
        _rural("1952-12-31"),  # 60 by 2012-12-31
        _rural("1953-01-01"),  # 59
        _rural("1933-01-01"),  # first day that counts
        _rural("1932-12-31"),  # one day too early
        _rural("1950-01-01", residence=None),  # undetermined
        _rural("1950-01-01", spouse=None),  # undetermined
        _rural("1950-01-01", residence="urban"),
    ]
    out = assert_same("rural-reward", pop, 2012)
    assert out["amount_fen"].tolist() == [96000, 0, 96000, 0, 0, 0, 0]
    assert out["status"].tolist()[4:] == ["undetermined", "undetermined", "not eligible"]
    assert out["failed_condition"][3] == "rural-reward.born-1933-or-later"
    assert out["failed_condition"][4] == "rural-reward.rural-registration"
    # 600 a year up to 2008, 60 x 12 in 2009-2011
    assert assert_same("rural-reward", pop, 2008)["amount_fen"][2] == 60000
    assert assert_same("rural-reward", pop, 2011)["amount_fen"][2] == 72000


def test_special_assistance_grades_and_years() -> None:
    pop = [
        _bereaved("1960-12-31"),  # 49 by 31 December 2009
        _bereaved("1961-01-01"),  # 48
        _bereaved("1955-01-01", grade=3, alive=True),
        _bereaved("1955-01-01", grade=4, alive=True),
        _bereaved("1955-01-01", grade=3, alive=None),  # undetermined
        _bereaved("1955-01-01", residence="urban"),
        _bereaved("1955-01-01", residence=None),
    ]
    for year in (2009, 2012, 2014, 2015, 2023, 2026):
        assert_same("special-assistance", pop, year)
    out = assert_same("special-assistance", pop, 2014)
    # 2014: rural death 170, rural disability 150, urban death 340 a month x 12
    assert out["amount_fen"].tolist() == [204000, 204000, 180000, 0, 0, 408000, 0]
    assert out["failed_condition"][6] == "special-assistance.registration-known"
    assert out["status"][6] == "undetermined"
    assert out["citation"][0] == "special-assistance-2013 art. 1"


def test_husband_uses_wife_birth() -> None:
    kids = [Child("1975-03-01", "male", alive=False)]
    pop = [
        Applicant("1950-01-01", "male", residence="rural", children=kids, spouse=NO_SPOUSE),
        Applicant("1950-01-01", "male", residence="rural", children=kids, spouse=Spouse("female")),
        Applicant(
            "1950-01-01",
            "male",
            residence="rural",
            children=kids,
            spouse=Spouse("female", "1960-12-31"),
        ),
    ]
    out = assert_same("special-assistance", pop, 2009)
    assert out["status"].tolist() == ["undetermined", "undetermined", "eligible"]


# -- malformed rows, input kinds, arguments ------------------------------------------------


def test_malformed_rows_are_reported_and_the_rest_goes_on() -> None:
    good = to_columns([_rural("1950-01-01")])
    n = 9
    cols = {k: np.repeat(v, n) for k, v in good.items()}
    cols["born_on"] = np.array(
        [D(1950, 1, 1), None, "1950-02-30", "1950-01-01", D(1950, 1, 1)] + [D(1950, 1, 1)] * 4,
        dtype=object,
    )
    cols["residence"][3] = "town"
    cols["sex"][4] = "f"
    cols["children"][5] = -1
    cols["sons_alive"][6] = 3  # more than children
    cols["child_disability_grade"][7] = 11
    cols["has_spouse"][8] = "yes"
    out = batch.rural_reward(cols, year=2012, as_decimal=True)
    assert out["error"][0] == ""
    assert out["amount"][0] == "960.00"
    assert all(out["error"][1:])
    assert not out["eligible"][1:].any()
    assert (out["amount_fen"][1:] == 0).all()
    assert set(out["status"][1:]) == {"error"}
    assert out["error"][1] == "born_on not given"
    assert "born_on must be" in out["error"][2]
    assert "residence" in out["error"][3]
    assert "sex must be" in out["error"][4]
    assert "children must be" in out["error"][5]
    assert "exceed children" in out["error"][6]
    assert "child_disability_grade" in out["error"][7]
    assert "has_spouse" in out["error"][8]
    assert list(out["amount"][1:]) == ["0.00"] * 8


def test_pandas_and_arrow_give_the_same_answer() -> None:
    pd = pytest.importorskip("pandas")
    pa = pytest.importorskip("pyarrow")
    pop = [
        _rural("1952-12-31"),
        _rural("1953-01-01"),
        _rural("1950-01-01", residence=None, spouse=None, children=None),
        _rural("1940-06-01", spouse=Spouse("female", "1942-01-01", "urban")),
    ]
    cols = to_columns(pop)
    base = batch.rural_reward(cols, year=2012)
    df = pd.DataFrame(cols)
    df.index = [10, 11, 12, 13]
    out_pd = assert_same("rural-reward", pop, 2012, table=df)
    assert list(out_pd.index) == [10, 11, 12, 13]
    # nullable and categorical dtypes
    typed = pd.DataFrame(
        {
            "born_on": pd.to_datetime(pd.Series([a.born_on for a in pop])),
            "sex": pd.Categorical([a.sex for a in pop]),
            "residence": pd.Series(cols["residence"], dtype="string"),
            "has_spouse": pd.Series(cols["has_spouse"], dtype="boolean"),
            "spouse_residence": pd.Series(cols["spouse_residence"], dtype="category"),
            "spouse_born_on": cols["spouse_born_on"],
            **{
                k: pd.Series(cols[k], dtype="Int64")
                for k in (
                    "violating_births",
                    "children",
                    "sons_alive",
                    "daughters_alive",
                    "children_alive_sex_unknown",
                    "children_dead",
                    "child_disability_grade",
                )
            },
        }
    )
    assert_same("rural-reward", pop, 2012, table=typed)
    table = pa.Table.from_pydict({k: v.tolist() for k, v in cols.items()})
    out_pa = assert_same("rural-reward", pop, 2012, table=table)
    assert isinstance(out_pa, pa.Table)
    assert out_pa.column("failed_condition").to_pylist() == list(base["failed_condition"])
    dict_table = pa.table(
        {
            **{k: pa.array(v.tolist()) for k, v in cols.items()},
            "sex": pa.array([a.sex for a in pop]).dictionary_encode(),
        }
    )
    assert_same("rural-reward", pop, 2012, table=dict_table)


def test_numpy_native_columns() -> None:
    pop = [_rural("1952-12-31"), _bereaved("1950-01-01")]
    cols = {
        "born_on": np.array(["1952-12-31", "1950-01-01"], dtype="datetime64[D]"),
        "sex": np.array(["male", "female"]),
        "residence": np.array(["rural", "rural"]),
        "has_spouse": np.array([False, False]),
        "violating_births": np.array([0.0, np.nan]),
        "children": np.array([1, 1], dtype=np.int8),
        "sons_alive": np.array([1, 0]),
        "children_dead": np.array([0, 1]),
    }
    out = assert_same("rural-reward", pop[:1], 2012, table={k: v[:1] for k, v in cols.items()})
    assert out["eligible"].dtype == bool
    assert out["amount_fen"].dtype == np.int64
    sa = batch.special_assistance(cols, year=2014)
    assert sa["amount_fen"].tolist() == [0, 204000]
    assert sa["failed_condition"][0] == "special-assistance.no-living-child"  # the living son
    assert_same("special-assistance", pop, 2014, table=cols)


def test_empty_table() -> None:
    out = batch.special_assistance(
        {"born_on": np.array([], "datetime64[D]"), "sex": np.array([], "U6")}, year=2014
    )
    assert len(out["eligible"]) == 0


def test_bad_arguments_raise_typed_errors() -> None:
    cols = to_columns([_rural("1950-01-01")])
    with pytest.raises(NotEncoded):
        batch.rural_reward(cols, year=2003)
    with pytest.raises(NotEncoded):
        batch.special_assistance(cols, year=2007)
    with pytest.raises(NotEncoded, match="450"):
        batch.special_assistance(cols, year=2019)  # 财社〔2022〕49号's 450 / 350: not found
    with pytest.raises(InvalidInput):
        batch.rural_reward(cols, year="2012")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        batch.rural_reward([1, 2, 3], year=2012)
    with pytest.raises(InvalidInput):
        batch.rural_reward({"sex": cols["sex"]}, year=2012)
    with pytest.raises(InvalidInput):
        batch.rural_reward(cols, year=2012, rates={"top_up": 1})  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        batch.rural_reward({"born_on": np.zeros(2), "sex": np.zeros(3)}, year=2012)


def test_amounts_come_from_the_scalar_tables() -> None:
    from familyplan.eligibility import rate_row

    cols = to_columns([_rural("1940-01-01")])
    for year in range(2004, 2027):
        row = rate_row("rural-reward", year)
        fig = row.amounts["all"] * (1 if row.per == "year" else 12)
        assert batch.rural_reward(cols, year=year)["amount_fen"][0] == int(fig * 100)
    assert Decimal(batch.rural_reward(cols, year=2012, as_decimal=True)["amount"][0]) == 960


def test_chunks_join_exactly(monkeypatch: pytest.MonkeyPatch) -> None:
    from familyplan.batch import _table

    pop = [
        _rural("1952-12-31"),
        _rural("1953-01-01"),
        _rural("1950-01-01", residence=None),
        _bereaved("1950-01-01"),
    ] * 6
    cols = to_columns(pop)
    cols["sex"][5] = "x"  # a malformed row in the second chunk
    whole = batch.special_assistance(cols, year=2014)
    monkeypatch.setattr(_table, "CHUNK_ROWS", 5)
    parts = batch.special_assistance(cols, year=2014)
    for k in whole:
        if k == "checked_through":  # NaT != NaT: compare the days as text
            assert list(whole[k].astype(str)) == list(parts[k].astype(str)), k
            continue
        assert list(whole[k]) == list(parts[k]), k
    assert parts["status"][5] == "error"
    good = [a for i, a in enumerate(pop) if i != 5]
    assert_same("rural-reward", good, 2012, table={k: np.delete(v, 5) for k, v in cols.items()})


def test_rural_2016_special_assistance_rows_are_refused_like_the_scalar() -> None:
    # 财社〔2016〕16号 raised rural to urban in 2016 from a date not found: the scalar
    # check raises NotEncoded for a rural applicant; the batch marks the row an error
    pop = [_bereaved("1955-01-01"), _bereaved("1955-01-01", residence="urban")]
    out = batch.special_assistance(to_columns(pop), year=2016)
    assert out["status"].tolist() == ["error", "eligible"]
    assert "rural amount for 2016 is not encoded" in out["error"][0]
    assert out["amount_fen"].tolist() == [0, 408000]  # urban 340 x 12
    with pytest.raises(NotEncoded):
        check("special-assistance", pop[0], year=2016, jurisdiction="430602")
