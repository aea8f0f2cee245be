"""Every figure, rate and condition of the eligibility rules is backed by a quote in the registry,
and the docs page lists every condition with its article."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from pathlib import Path

import pytest

from familyplan import statutes
from familyplan.eligibility import programmes
from familyplan.eligibility._amounts import LAST_ENCODED_YEAR, RATE_TABLES, RateRow
from familyplan.eligibility._law import FIGURES, Figure
from familyplan.explain import chinese_numeral

DOCS = Path(__file__).resolve().parents[2] / "docs" / "eligibility.md"


def _forms(value: int | dt.date) -> set[str]:
    if isinstance(value, dt.date):
        return {f"{value.year}年{value.month}月{value.day}日"}
    return {str(value), chinese_numeral(value), chinese_numeral(value).replace("二", "两")}


@pytest.mark.parametrize("f", FIGURES, ids=lambda f: f.name)
def test_figure_in_quote(f: Figure) -> None:
    p = statutes.provision(f.statute_id, f.article, on=f.on, item=f.item)
    assert f.text in p.quote, f"{f.name}: {f.text!r} not in {p.quote}"
    assert any(form in f.text for form in _forms(f.value)), f"{f.name}: {f.value} not in {f.text!r}"


ROWS = [row for rows in RATE_TABLES.values() for row in rows]


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r.programme_id}-{r.first_year}")
def test_rate_in_quote(row: RateRow) -> None:
    quote = statutes.provision(row.statute_id, row.article, on=row.cite_on).quote
    for basis, amount in row.amounts.items():
        assert f"{int(amount)}元" in quote, f"{basis} {amount} not in {quote}"
    unit = "每人每月" if row.per == "month" else "年"
    assert unit in quote
    row.supporting_citations()


def test_rate_tables_are_contiguous() -> None:
    for rows in RATE_TABLES.values():
        for a, b in itertools.pairwise(rows):
            assert b.first_year == a.last_year + 1
        assert rows[-1].last_year == LAST_ENCODED_YEAR


def test_rural_reward_dates_of_the_rise() -> None:
    # 财教〔2011〕623号: 自2012年1月1日起 … 每人每月不低于80元
    row = RATE_TABLES["rural-reward"][-1]
    assert row.first_year == 2012
    assert (
        "自2012年1月1日起" in statutes.provision(row.statute_id, row.article, on=row.cite_on).quote
    )


SPECS = [(p, c) for p in programmes() for c in p.conditions]


@pytest.mark.parametrize(("prog", "spec"), SPECS, ids=lambda x: getattr(x, "id", ""))
def test_condition_cites_a_provision(prog, spec) -> None:  # type: ignore[no-untyped-def]
    statute = statutes.get(spec.statute_id)
    day = max(prog.encoded_from, statute.versions[0].effective_from)
    assert str(spec.cite(day)).startswith("《")


def _docs_rows() -> dict[str, str]:
    rows = {}
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\|\s*`([a-z0-9.-]+)`\s*\|(.*)$", line)
        if m and "." in m.group(1):
            rows[m.group(1)] = m.group(2)
    return rows


def test_docs_table_lists_every_condition() -> None:
    rows = _docs_rows()
    ids = {spec.id for _, spec in SPECS}
    assert set(rows) == ids
    for _, spec in SPECS:
        row = rows[spec.id]
        assert f"{spec.statute_id}" in row, (
            f"{spec.id}: statute {spec.statute_id} not in the docs row"
        )
        art = f"art. {spec.article}"
        assert art in row, f"{spec.id}: {art} not in the docs row"
        if spec.item is not None:
            assert f"item {spec.item}" in row
