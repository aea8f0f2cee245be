"""MkDocs hook: replace ``<!-- registry-table -->`` with the registry's contents.

The table is generated from ``familyplan.statutes`` at build time, so the
page can never disagree with the data the package ships.
"""

from __future__ import annotations

from typing import Any

MARKER = "<!-- registry-table -->"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def registry_markdown() -> str:
    from familyplan import statutes

    lines: list[str] = []
    for s in statutes.all():
        lines.append(f"### {s.id}: 《{s.title}》\n")
        number = f" ({s.document_number})" if s.document_number else ""
        lines.append(f"{s.issuer}{number}; level `{s.level}`; jurisdiction `{s.jurisdiction}`.\n")
        if s.note:
            lines.append(f"{_cell(s.note)}\n")
        lines.append("| version | adopted | in force from | in force until | source |")
        lines.append("|---|---|---|---|---|")
        for v in s.versions:
            until = v.effective_until.isoformat() if v.effective_until else "—"
            lines.append(
                f"| {v.label} | {v.adopted_on.isoformat()} | {v.effective_from.isoformat()} "
                f"| {until} | {_cell(v.source)} |"
            )
        lines.append("")
        lines.append("| article | versions | summary | quote |")
        lines.append("|---|---|---|---|")
        grouped: dict[tuple[int, int | None, int | None, str], list[str]] = {}
        for p in statutes.provisions(s.id):
            key = (p.article, p.paragraph, p.item, p.quote)
            grouped.setdefault(key, []).append(p.version.label)
        summaries = {
            (p.article, p.paragraph, p.item, p.quote): p.summary for p in statutes.provisions(s.id)
        }
        for key, labels in grouped.items():
            article, paragraph, item, quote = key
            where = str(article)
            if paragraph is not None:
                where += f"¶{paragraph}"
            if item is not None:
                where += f"({item})"
            lines.append(
                f"| {where} | {', '.join(labels)} | {_cell(summaries[key])} | {_cell(quote)} |"
            )
        lines.append("")
    return "\n".join(lines)


OFFENCE_MARKER = "<!-- offence-table -->"


def offence_markdown() -> str:
    from familyplan import penalties, statutes

    lines = [
        "| offence | name | article (versions) | basis | threshold | multiple | fixed range |",
        "|---|---|---|---|---|---|---|",
    ]
    for o in penalties.offences():
        for r in o.rules:
            title = statutes.get(r.statute_id).title
            where = f"《{title}》 art. {r.article}"
            if r.paragraph:
                where += f" ¶{r.paragraph}"
            if r.item:
                where += f" item {r.item}"
            mult = f"{r.multiple[0]}–{r.multiple[1]}×" if r.multiple else ""
            fixed = f"{r.fixed[0]}–{r.fixed[1]}" if r.fixed else ""
            if r.per_person_time:
                fixed = f"{r.per_person_time[0]} / {r.per_person_time[1]} per person-time"
            lines.append(
                f"| `{o.id}` | {_cell(o.name)} | {where} ({', '.join(r.versions)}) "
                f"| {r.basis.value} | {r.threshold or ''} | {mult} | {fixed} |"
            )
    return "\n".join(lines)


def on_page_markdown(markdown: str, **_: Any) -> str:
    if MARKER in markdown:
        markdown = markdown.replace(MARKER, registry_markdown())
    if OFFENCE_MARKER in markdown:
        markdown = markdown.replace(OFFENCE_MARKER, offence_markdown())
    if TRACE_MARKER in markdown:
        markdown = markdown.replace(TRACE_MARKER, traceability_markdown())
    return markdown


TRACE_MARKER = "<!-- traceability-table -->"


def _uses() -> dict[tuple[str, int], set[str]]:
    """(statute id, article) -> the modules whose code names that article.

    A static scan: every call in ``src/familyplan`` whose positional arguments
    hold a registered statute id and then an ``int`` literal (``citation(
    "levy-measures", 8, …)``, ``FineRule("npfp-law", ("2015",), 36, …)``).
    """
    import ast
    from pathlib import Path

    from familyplan import statutes

    ids = {s.id for s in statutes.all()}
    root = Path(__file__).resolve().parents[2] / "src" / "familyplan"
    found: dict[tuple[str, int], set[str]] = {}
    for path in sorted(root.rglob("*.py")):
        if "_data" in path.parts:
            continue
        module = ".".join(path.relative_to(root.parent).with_suffix("").parts)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, (ast.Call, ast.Tuple)):
                continue
            items = node.args if isinstance(node, ast.Call) else node.elts
            consts = [a.value for a in items if isinstance(a, ast.Constant)]
            for i, v in enumerate(consts):
                if isinstance(v, str) and v in ids:
                    nums = [c for c in consts[i + 1 :] if type(c) is int]
                    if nums:
                        found.setdefault((v, nums[0]), set()).add(module)
    return found


def _tests_for(module: str) -> list[str]:
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    mod = __import__(module, fromlist=["__all__"])
    names = [n for n in getattr(mod, "__all__", []) if n[:1].islower()]
    if not names:  # a data module: the tests of its package's functions
        parent = __import__(module.rsplit(".", 1)[0], fromlist=["__all__"])
        names = [n for n in getattr(parent, "__all__", []) if n[:1].islower()]
    hits = []
    for path in sorted((root / "tests").rglob("test_*.py")):
        text = path.read_text(encoding="utf-8")
        if any(f"{n}(" in text for n in names):
            hits.append(str(path.relative_to(root)))
    return hits


def traceability_markdown() -> str:
    from familyplan import statutes

    uses = _uses()
    lines = [
        "| provision | versions | calculator module | tests calling it |",
        "|---|---|---|---|",
    ]
    for (statute_id, article), modules in sorted(uses.items()):
        versions = sorted(
            {p.version.label for p in statutes.provisions(statute_id) if p.article == article}
        )
        title = statutes.get(statute_id).title
        for m in sorted(modules):
            tests = ", ".join(f"`{t}`" for t in _tests_for(m)) or "—"
            lines.append(
                f"| 《{title}》 art. {article} (`{statute_id}`) | {', '.join(versions)} | `{m}` | {tests} |"
            )
    return "\n".join(lines)
