"""One of each shared mechanism (issue 13): the month-end clamp and the division check.

``familyplan._dates`` holds the package's one month-end clamp (no ``monthrange``
or ``relativedelta`` elsewhere) and ``Jurisdiction.is_within`` is the one place a
rule's division is matched against a case's (no ``{j.code for j in x.chain}``).
"""

from __future__ import annotations

import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "familyplan"

CHAIN_SET = re.compile(r"\{\s*\w+\.code\s+for\s+\w+\s+in\s+[\w.]+\.chain\s*\}")
CLAMP = re.compile(r"\b(monthrange|relativedelta)\s*\(")


def _code(path: Path) -> str:
    # comments, doctests and ``literals`` in docstrings may mention the mechanism; code may not
    return "\n".join(
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if not line.lstrip().startswith(("#", ">>>", "...")) and "``" not in line
    )


def _found(pattern: re.Pattern[str], home: str) -> list[str]:
    return [
        str(p.relative_to(SRC))
        for p in sorted(SRC.rglob("*.py"))
        if str(p.relative_to(SRC)) != home and pattern.search(_code(p))
    ]


def test_division_checks_use_is_within() -> None:
    assert _found(CHAIN_SET, "statutes/_jurisdictions.py") == []


def test_one_month_end_clamp() -> None:
    assert _found(CLAMP, "_dates.py") == []


def test_the_patterns_would_notice() -> None:
    assert CHAIN_SET.search("codes = {x.code for x in j.chain}")
    assert CLAMP.search("d + relativedelta(months=1)")
    assert CLAMP.search("calendar.monthrange(2016, 2)")
