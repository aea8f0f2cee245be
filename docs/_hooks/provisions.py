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
    for s in statutes.all_statutes():
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
    if FIGURES_MARKER in markdown:
        markdown = markdown.replace(FIGURES_MARKER, figures_markdown())
    return markdown


FIGURES_MARKER = "<!-- figures-table -->"


def figures_markdown() -> str:
    """Every figure entry: the same data as ``familyplan figures``."""
    from familyplan import statutes

    lines = [
        "| figure | value | unit | words of the quote | provision (version) | applies |",
        "|---|---|---|---|---|---|",
    ]
    for f in statutes.figures():
        v = f.value
        shown = f"{v[0]}–{v[1]}" if isinstance(v, tuple) else str(v)
        until = f.applies_until.isoformat() if f.applies_until else "—"
        lines.append(
            f"| `{f.id}` | {shown} | {f.unit} | {_cell(f.words)} | {f.citation} ({f.version.label}) "
            f"| {f.applies_from.isoformat()} – {until} |"
        )
    return "\n".join(lines)


TRACE_MARKER = "<!-- traceability-table -->"


def _uses() -> tuple[dict[tuple[str, int], set[str]], dict[tuple[str, int], set[str]]]:
    """(statute id, article) -> the modules that use it, and the figure ids they read.

    A static scan of ``src/familyplan`` (data modules excepted):

    * a call or tuple whose items hold a registered statute id and then an
      ``int`` literal (``citation("levy-measures", 8, …)``);
    * a string literal that is a registered figure id (``statutes.figure(
      "late-fee.rate-per-month", on=…)`` or a rule row naming it): the module
      uses the article of every dated value of that figure.
    """
    import ast
    from pathlib import Path

    from familyplan import statutes

    ids = {s.id for s in statutes.all_statutes()}
    figure_ids = set(statutes.figure_ids())
    root = Path(__file__).resolve().parents[2] / "src" / "familyplan"
    found: dict[tuple[str, int], set[str]] = {}
    figs: dict[tuple[str, int], set[str]] = {}
    for path in sorted(root.rglob("*.py")):
        if "_data" in path.parts:
            continue
        module = ".".join(path.relative_to(root.parent).with_suffix("").parts)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and node.value in figure_ids
            ):
                for f in statutes.figure_history(node.value):
                    key = (f.provision.statute.id, f.provision.article)
                    found.setdefault(key, set()).add(module)
                    figs.setdefault(key, set()).add(node.value)
            if not isinstance(node, (ast.Call, ast.Tuple)):
                continue
            items = node.args if isinstance(node, ast.Call) else node.elts
            consts = [a.value for a in items if isinstance(a, ast.Constant)]
            for i, v in enumerate(consts):
                if isinstance(v, str) and v in ids:
                    nums = [c for c in consts[i + 1 :] if type(c) is int]
                    if nums:
                        found.setdefault((v, nums[0]), set()).add(module)
    # rule rows whose articles are computed or given as keywords: read from the rows
    from familyplan import penalties

    rows = "familyplan.penalties._offence_data"
    for o in penalties.offences():
        for r in o.rules:
            found.setdefault((r.statute_id, r.article), set()).add(rows)
            figs.setdefault((r.statute_id, r.article), set()).update(r.figure_ids)
    levy = "familyplan.penalties._levy"  # the calculator that applies the levy rows
    for lr in penalties.levy_rules():
        for article in {lr.article, lr.income_article} - {None}:
            key = (lr.statute_id, int(article or 0))
            found.setdefault(key, set()).add(levy)
            if article == lr.article:
                figs.setdefault(key, set()).update(lr.figure_ids)
    return found, figs


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

    uses, figs = _uses()
    lines = [
        "| provision | versions | calculator module | figures read | tests calling it |",
        "|---|---|---|---|---|",
    ]
    for (statute_id, article), modules in sorted(uses.items()):
        versions = sorted(
            {p.version.label for p in statutes.provisions(statute_id) if p.article == article}
        )
        title = statutes.get(statute_id).title
        for m in sorted(modules):
            tests = ", ".join(f"`{t}`" for t in _tests_for(m)) or "—"
            used = ", ".join(f"`{f}`" for f in sorted(figs.get((statute_id, article), ()))) or "—"
            lines.append(
                f"| 《{title}》 art. {article} (`{statute_id}`) | {', '.join(versions)} | `{m}` "
                f"| {used} | {tests} |"
            )
    return "\n".join(lines)
