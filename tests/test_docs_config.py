"""The docs' configuration: a complete API reference, search that reads Chinese."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PUBLIC = [
    "penalties",
    "deadlines",
    "eligibility",
    "batch",
    "statutes",
    "money",
    "explain",
    "errors",
]


@pytest.mark.parametrize("module", PUBLIC)
def test_every_public_package_is_in_the_api_reference(module: str) -> None:
    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    assert re.search(rf"^::: familyplan\.{module}$", text, re.M)


def test_the_reference_shows_types_and_signatures() -> None:
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "show_signature_annotations: true" in text
    assert "separate_signature: true" in text
    assert "griffe_attrs.py:AttrsInit" in text


def test_search_is_configured_for_chinese() -> None:
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    search = text[text.index("  - search:") :].split("\n  - ")[0]
    assert "lang: [zh, en]" in search
    assert "\\u200b" in search  # the zero-width space jieba's segments are joined with
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    docs_extra = pyproject.split("docs = [")[1].split("\n]")[0]
    assert '"jieba>=' in docs_extra
