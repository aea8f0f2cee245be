"""The bundled provision data: dates, sources, references, and seed quotes."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from familyplan import statutes
from tests.conftest import SEEDS

PROVISIONS = statutes.provisions()


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", "", text)


def test_registry_is_not_empty() -> None:
    assert len(statutes.all_statutes()) >= 15
    assert len(PROVISIONS) >= 60


@pytest.mark.parametrize("statute", statutes.all_statutes(), ids=lambda s: s.id)
def test_statute_versions(statute: statutes.Statute) -> None:
    assert statute.versions, "a statute needs at least one dated version"
    for v in statute.versions:
        assert v.adopted_on <= v.effective_from or statute.level == "local-list", v
        assert v.source
    assert statutes.jurisdiction(statute.jurisdiction)


@pytest.mark.parametrize(
    "p", PROVISIONS, ids=lambda p: f"{p.statute.id}-{p.version.label}-{p.article}"
)
def test_provision_fields(p: statutes.Provision) -> None:
    assert p.quote.strip() == p.quote
    assert p.summary, "every provision has a one-line English summary"
    assert p.summary.isascii(), "summary is one line of English"
    assert "\n" not in p.summary
    assert p.source.startswith(("seed:", "LawRefBook/Laws:", "web:")), p.source


SEED_QUOTED = [p for p in PROVISIONS if p.source.startswith("seed:")]


@pytest.mark.parametrize(
    "p", SEED_QUOTED, ids=lambda p: f"{p.statute.id}-{p.version.label}-{p.article}-{p.paragraph}"
)
def test_seed_quotes_are_verbatim(p: statutes.Provision) -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"the source documents are not at {SEEDS} (set FAMILYPLAN_SEEDS)")
    name = p.source.removeprefix("seed:")
    path = Path(SEEDS, name)
    assert path.is_file(), f"{p.source}: no such seed file"
    haystack = _norm(path.read_text(encoding="utf-8"))
    # a quote may be cut into pieces with "……" where the seed's text runs on
    for piece in p.quote.split("……"):
        assert _norm(piece) in haystack, f"not verbatim in {name}: {piece[:60]}"


@pytest.mark.parametrize("m", statutes.matters("430602"), ids=lambda m: m.id)
def test_matter_basis_is_registered_or_explained(m: statutes.Matter) -> None:
    for statute_id, article in m.basis:
        try:
            statutes.get(statute_id)
        except LookupError:
            assert statute_id in m.note or "not encoded" in m.note, (
                f"{m.id}: basis {statute_id} art. {article} is neither registered nor explained"
            )
            continue
        arts = {p.article for p in statutes.provisions(statute_id)}
        assert article in arts or "not encoded" in m.note, (
            f"{m.id}: {statute_id} art. {article} is not encoded"
        )
