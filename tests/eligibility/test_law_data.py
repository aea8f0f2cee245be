"""Every figure, rate and condition of the eligibility rules is backed by a quote in the registry,
and the docs page lists every condition with its article."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from pathlib import Path

import pytest

from familyplan import statutes
from familyplan.eligibility import GAPS, RATE_TABLES, RateRow, programmes
from familyplan.eligibility._law import FIGURE_IDS

DOCS = Path(__file__).resolve().parents[2] / "docs" / "eligibility.md"


@pytest.mark.parametrize("fid", FIGURE_IDS)
def test_condition_figure_is_in_the_registry(fid: str) -> None:
    # every entry was checked against its quote when the registry loaded
    for f in statutes.figure_history(fid):
        assert f.words in f.provision.quote


ROWS = [row for rows in RATE_TABLES.values() for row in rows]


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r.programme_id}-{r.applies_from}")
def test_rate_row_figures_apply_on_the_whole_row(row: RateRow) -> None:
    # a row names figure ids; each applies on the row's first and last day
    last = row.applies_until or dt.date(2200, 12, 31)
    for basis, fid in row.figures.items():
        for day in (row.applies_from, last):
            f = statutes.figure(fid, on=day)
            assert f is row.figure(basis)
        unit = "yuan-per-month" if row.per == "month" else "yuan-per-year"
        assert row.figure(basis).unit == unit
    row.supporting_citations()


def test_rate_tables_never_overlap_in_one_division() -> None:
    for rows in RATE_TABLES.values():
        by_code: dict[str, list[RateRow]] = {}
        for r in rows:
            by_code.setdefault(r.jurisdiction, []).append(r)
        for same in by_code.values():
            for a, b in itertools.pairwise(same):
                assert a.applies_until is not None
                assert a.applies_until < b.applies_from


def test_every_national_day_is_a_row_or_a_gap() -> None:
    # from the first row on, each day is covered by a row or by a gap: no amount is
    # carried silently, no year is left out without a reason
    for pid, rows in RATE_TABLES.items():
        national = [r for r in rows if r.jurisdiction == "100000"]
        gaps = [g for g in GAPS.get(pid, ()) if g.bases is None]
        spans = sorted(
            [(r.applies_from, r.applies_until) for r in national]
            + [(g.applies_from, g.applies_until) for g in gaps]
        )
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert end is not None, (pid, start)
            assert end + dt.timedelta(days=1) == start, (pid, end, start)


def test_rural_reward_dates_of_the_rise() -> None:
    # 财教〔2011〕623号: 自2012年1月1日起 … 每人每月不低于80元
    row = RATE_TABLES["rural-reward"][-1]
    assert row.applies_from == dt.date(2012, 1, 1)
    assert "自2012年1月1日起" in row.figure("all").provision.quote


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
