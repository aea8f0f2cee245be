"""The levy rule rows: each names an article the registry holds, and reads its numbers from
registry figures stated in that article (so the traceability page can list them)."""

from __future__ import annotations

import pytest

from familyplan import statutes
from familyplan.penalties import Circumstance, LevyRule, levy_rules

ROWS = levy_rules()


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r.statute_id}-{r.article}-{r.item}")
def test_rows_name_their_article_and_figures(row: LevyRule) -> None:
    for label in row.versions:
        v = statutes.get(row.statute_id).version(label)
        assert v is not None
        p = statutes.provision(
            row.statute_id,
            row.article,
            on=v.effective_from,
            paragraph=row.paragraph,
            item=row.item,
        )
        assert p.version.label == label
        for fid in row.figure_ids:
            f = statutes.figure(fid, on=v.effective_from)
            # the figure is stated in the row's own article, in that version
            assert (f.provision.statute.id, f.provision.article) == (row.statute_id, row.article)
            assert f.words in f.provision.quote
            assert f.words in p.quote or (row.paragraph, row.item) != (f.paragraph, f.item)
        if row.income_article is not None:
            statutes.provision(
                row.statute_id, row.income_article, on=v.effective_from,
                paragraph=row.income_paragraph,
            )  # fmt: skip
    assert (row.basis == "fixed") == (row.income == "none")


def test_the_articles_of_issue_13() -> None:
    # the traceability page must list these (issue 13 acceptance)
    arts = {(r.statute_id, a) for r in ROWS for a in (r.article, r.income_article) if a}
    assert {
        ("hunan-pfp-regulation", 37),
        ("shandong-pfp-regulation", 36),
        ("shandong-pfp-regulation", 37),
        ("shandong-pfp-regulation", 38),
        ("hebei-pfp-regulation", 46),
    } <= arts


def test_one_row_per_circumstance_and_version() -> None:
    seen: set[tuple[str, str, Circumstance]] = set()
    for r in ROWS:
        for label in r.versions:
            for c in r.circumstances:
                assert (r.statute_id, label, c) not in seen
                seen.add((r.statute_id, label, c))
    assert ROWS[0].to_dict()["figures"] == ["levy.hunan.no-permit.rate"]
