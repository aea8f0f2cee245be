"""No package reaches into a sibling package's private modules (issue 13).

``batch`` and ``cli`` use the public names of ``eligibility``, ``penalties``,
``deadlines`` and ``statutes``; a ``from familyplan.<pkg>._x import`` is
allowed only inside ``<pkg>``. Top-level private modules
(``familyplan._dates``) are the package's own shared helpers.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "familyplan"

# A ratchet while the public homes are made: (importing file, module) pairs
# that still exist; the goal (and acceptance) is none.
BASELINE: set[tuple[str, str]] = set()


def _private_cross_imports(root: Path = SRC) -> set[tuple[str, str]]:
    found = set()
    subpackages = {p.name for p in root.iterdir() if (p / "__init__.py").exists()}
    for path in root.rglob("*.py"):
        rel = path.relative_to(root)
        own = rel.parts[0] if len(rel.parts) > 1 else None
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for name in names:
                parts = name.split(".")
                if (
                    len(parts) >= 3
                    and parts[0] == "familyplan"
                    and parts[1] in subpackages
                    and parts[2].startswith("_")
                    and parts[1] != own
                ):
                    found.add((str(rel), name))
    return found


def test_no_private_cross_package_imports() -> None:
    new = _private_cross_imports() - BASELINE
    assert not new, f"import the public names instead: {sorted(new)}"


def test_baseline_is_tight() -> None:
    gone = BASELINE - _private_cross_imports()
    assert not gone, f"remove from BASELINE: {sorted(gone)}"


def test_the_scan_would_notice(tmp_path: Path) -> None:
    for pkg in ("batch", "eligibility"):
        (tmp_path / pkg).mkdir()
        (tmp_path / pkg / "__init__.py").write_text("")
    (tmp_path / "eligibility" / "_x.py").write_text("from familyplan.eligibility._y import A\n")
    (tmp_path / "batch" / "_e.py").write_text("from familyplan.eligibility._x import B\n")
    (tmp_path / "cli.py").write_text("import familyplan.batch._e\n")
    assert _private_cross_imports(tmp_path) == {
        ("batch/_e.py", "familyplan.eligibility._x"),
        ("cli.py", "familyplan.batch._e"),
    }
