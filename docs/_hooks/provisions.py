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
    return markdown
