"""MkDocs hook: replace ``<!-- amounts-table -->`` with programme x year -> amount.

Generated at build time from the eligibility rate rows and the registry
figures they name (``familyplan.eligibility.rate_row``), so the page can never
disagree with the data the package ships. Each cell cites the provision that
states the figure; a year the package refuses says why (``NotEncoded``).
"""

from __future__ import annotations

from typing import Any

MARKER = "<!-- amounts-table -->"
LAST_YEAR = 2026  # the table runs to the year the issue asked for (amounts run on until replaced)

# (programme, division shown, GB/T 2260 code used for the lookup)
ROWS = (
    ("rural-reward", "nation", "100000"),
    ("special-assistance", "nation", "100000"),
    ("special-assistance", "Shandong", "370000"),
    ("urban-parents-reward", "Hunan", "430000"),
    ("childcare-subsidy", "nation", "100000"),
)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def amounts_markdown() -> str:
    from familyplan import eligibility
    from familyplan.errors import NotEncoded

    lines = [
        "| programme | division | year | amount (yuan a person) | cited provision | checked through |",
        "|---|---|---|---|---|---|",
    ]
    for pid, where, code in ROWS:
        prog = eligibility.programme(pid)
        first = prog.encoded_from.year
        checked = prog.checked_through.isoformat() if prog.checked_through else "—"
        for year in range(first, LAST_YEAR + 1):
            try:
                row = eligibility.rate_row(pid, year, jurisdiction=code)
            except NotEncoded as exc:
                if where != "nation":
                    continue  # a province without its own figure follows the nation's row
                lines.append(
                    f"| `{pid}` | {where} | {year} | **not encoded** | {_cell(exc.reason)} | — |"
                )
                continue
            if where != "nation" and row.jurisdiction == "100000":
                continue
            parts = [f"{basis} {row.figure(basis).value} a {row.per}" for basis in row.figures]
            cites = sorted({str(row.figure(b).citation) for b in row.figures})
            words = sorted({row.figure(b).words for b in row.figures})
            split = pid == "special-assistance" and "urban-death" in row.figures
            if split and "rural-death" not in row.figures:
                parts.append("rural: **not encoded** (see errata)")
            open_row = row.applies_until is None
            lines.append(
                f"| `{pid}` | {where} | {year} | {_cell(', '.join(parts))} | "
                f"{_cell('; '.join(cites))} ({row.cite_id}: {_cell(' / '.join(words))}) | "
                f"{checked if open_row else '—'} |"
            )
    return "\n".join(lines)


def on_page_markdown(markdown: str, **_: Any) -> str:
    if MARKER in markdown:
        markdown = markdown.replace(MARKER, amounts_markdown())
    return markdown
