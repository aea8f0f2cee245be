"""docs/errata.md, "Seed quotes against the statute text": every seed quote has its row.

A provision quoted from a seed (``source="seed:…"``) that is not a county's
own list must be compared with the statute's text on the errata page; a row
that says the seed *differs* must leave the library quoting the statute.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from familyplan import statutes

ERRATA = Path(__file__).resolve().parents[2] / "docs" / "errata.md"
SECTION = "## Seed quotes against the statute text"
RESULTS = {"exact", "differs", "no statute text found"}
_CELL = re.compile(r"^`([a-z0-9-]+)` art\. (\d+)$")


def _rows() -> dict[tuple[str, int], str]:
    text = ERRATA.read_text(encoding="utf-8")
    assert SECTION in text, f"{ERRATA} has no section {SECTION!r}"
    body = text.split(SECTION, 1)[1].split("\n## ", 1)[0]
    rows: dict[tuple[str, int], str] = {}
    for line in body.splitlines():
        if not line.startswith("| `"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        m = _CELL.match(cells[0])
        assert m, f"first cell must read `statute-id` art. N: {cells[0]!r}"
        assert len(cells) == 5, f"five cells expected: {line[:80]}"
        assert cells[3] in RESULTS, f"{cells[0]}: result {cells[3]!r} not one of {sorted(RESULTS)}"
        key = (m.group(1), int(m.group(2)))
        assert key not in rows, f"two rows for {cells[0]}"
        rows[key] = cells[3]
    return rows


ROWS = _rows()
SEED_QUOTED = sorted(
    {
        (p.statute.id, p.article)
        for p in statutes.provisions()
        if p.source.startswith("seed:") and p.statute.level != "local-list"
    }
)


@pytest.mark.parametrize("key", SEED_QUOTED, ids=lambda k: f"{k[0]}-{k[1]}")
def test_every_seed_quote_has_a_comparison_row(key: tuple[str, int]) -> None:
    assert key in ROWS, f"{key[0]} art. {key[1]} is quoted from a seed: add its row to {SECTION}"


@pytest.mark.parametrize("key", sorted(ROWS), ids=lambda k: f"{k[0]}-{k[1]}")
def test_rows_name_encoded_provisions(key: tuple[str, int]) -> None:
    statute_id, article = key
    assert article in {p.article for p in statutes.provisions(statute_id)}


@pytest.mark.parametrize(
    "key", sorted(k for k, v in ROWS.items() if v == "differs"), ids=lambda k: f"{k[0]}-{k[1]}"
)
def test_where_the_seed_differs_the_statute_is_quoted(key: tuple[str, int]) -> None:
    statute_id, article = key
    sources = {p.source for p in statutes.provisions(statute_id) if p.article == article}
    assert not any(s.startswith("seed:") for s in sources), (
        f"{statute_id} art. {article}: the seed differs from the statute, yet the data quote the seed"
    )


def test_no_statute_text_rows_are_still_seed_quotes() -> None:
    # a row saying no statute text was found must describe a provision still quoted from the seed
    for (statute_id, article), result in ROWS.items():
        if result == "no statute text found":
            assert (statute_id, article) in SEED_QUOTED, (statute_id, article)
