"""Re-compute a case register and report every discrepancy (``familyplan audit``).

The register is a CSV file with one row per recorded figure; the columns are
documented in docs/audit.md and in ``examples/cases_template.csv``.

Before any row is computed the register as a whole is checked: its encoding
(:func:`decode_register`), its delimiter, its header (no missing, duplicate or
unnamed column) and that it has rows (:func:`parse_register`). A register that
fails raises :class:`RegisterError` naming the line and what to do.

Then each row is recomputed with the public calculators. A row that cannot be
read is reported as ``malformed`` with its line number and the reason in an
auditor's words (``due_on is missing``); a subsidy row whose facts are not all
given is ``undetermined``; the rest of the file always goes on.
"""

from __future__ import annotations

import codecs
import csv
import datetime as _dt
import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import Any, TextIO

import attrs

from familyplan import eligibility, penalties, statutes
from familyplan._dates import as_date
from familyplan._lazy import build_later, lazy_fields
from familyplan.errors import FamilyPlanError, InvalidInput, InvalidInputs, RegisterError
from familyplan.explain import Citation, Step
from familyplan.money import MAX_YUAN, yuan

__all__ = [
    "KINDS",
    "STATUSES",
    "AuditRow",
    "Register",
    "RegisterError",
    "audit_row",
    "audit_rows",
    "decode_register",
    "parse_register",
    "read_register",
]

KINDS = ("levy", "late-fee", "subsidy", "deadline")
STATUSES = ("ok", "discrepancy", "undetermined", "malformed")
"""Every status a row can have; all but ``ok`` are findings."""

REQUIRED = ("case_id", "kind", "recorded")
"""Columns every register needs."""

COLUMNS: dict[str, tuple[str, ...]] = {
    "levy": (
        "jurisdiction",
        "birth_on",
        "decided_on",
        "circumstance",
        "children_over_limit",
        "urban_base",
        "rural_base",
        "base_year",
    ),
    "late-fee": ("principal", "due_on", "as_of"),
    "subsidy": (
        "jurisdiction",
        "programme",
        "year",
        "birth_on",
        "sex",
        "residence",
        "spouse",
        "children",
        "births_against_rules",
    ),
    "deadline": ("jurisdiction", "step", "trigger_on"),
}
"""The columns a register needs when it has rows of that kind."""

OPTIONAL = (
    "mother_residence",
    "mother_income",
    "father_residence",
    "father_income",
    "payments",
)

_MONEY: dict[str, tuple[str, ...]] = {
    "levy": ("recorded", "mother_income", "father_income", "urban_base", "rural_base"),
    "late-fee": ("recorded", "principal"),
    "subsidy": ("recorded",),
    "deadline": (),
}
_AMOUNT = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?")
AMOUNT_FORMAT = "yuan with at most two decimals, e.g. 1234.50 or 1,234.50"

_EXTRA = " cells"  # a key no stripped header name can be: the row's cell-count problem


@lazy_fields("steps", "citations")
@attrs.frozen
class AuditRow:
    """The outcome for one row of the register.

    ``steps`` and ``citations`` are built when first read (most rows are
    ``ok`` and their explanation is never shown); the values are those of the
    recomputation, and equality, ``repr`` and ``to_dict`` read them as before.

    :param status: one of :data:`STATUSES`.
    :param recomputed: the figure the law gives (an amount, a range
        ``low–high`` or a single amount when the range is one point, or a date).
    :param reason: why the row is a finding, in words (empty when ``ok``).
    :param citations: the provisions the recomputation applied.
    """

    line: int
    case_id: str
    kind: str
    status: str
    recorded: str
    recomputed: str
    reason: str
    steps: tuple[Step, ...] = ()
    citations: tuple[Citation, ...] = ()

    @property
    def cited(self) -> str:
        """The citations, each once, joined: ``《…》第八条；《…》第四十五条``."""
        return "；".join(dict.fromkeys(str(c) for c in self.citations))

    def to_dict(self) -> dict[str, Any]:
        return {
            "line": self.line,
            "case_id": self.case_id,
            "kind": self.kind,
            "status": self.status,
            "recorded": self.recorded,
            "recomputed": self.recomputed,
            "reason": self.reason,
            "citations": [c.to_dict() for c in self.citations],
            "steps": [s.to_dict() for s in self.steps],
        }


# -- the register as a whole -------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _suggest(data: bytes, tried: str) -> str:
    for candidate in ("utf-8", "gb18030"):
        if codecs.lookup(candidate).name == codecs.lookup(tried).name:
            continue
        try:
            data.decode(candidate)
        except UnicodeDecodeError:
            continue
        if candidate == "gb18030":
            return (
                "--encoding gb18030 (registers from Chinese office software are usually "
                "GB18030 or GBK); if the names then read wrong, the encoding the file was "
                "saved in, e.g. --encoding latin-1"
            )
        return f"--encoding {candidate}"
    return "--encoding with the encoding the file was saved in (e.g. gb18030, gbk, latin-1)"


def decode_register(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text of a register and the encoding it was read with.

    A byte-order mark decides (UTF-8, UTF-16, UTF-32) whatever ``encoding``
    says; otherwise ``encoding`` (default UTF-8) is used. ``gbk`` files read
    as ``gb18030`` too (GB18030 contains GBK).

    :raises RegisterError: for an unknown encoding, or bytes the encoding
        cannot read: the message names the line and the encoding to try.

    >>> decode_register("编号".encode("gb18030"), "gb18030")
    ('编号', 'gb18030')
    >>> decode_register(codecs.BOM_UTF8 + b"case_id")
    ('case_id', 'utf-8-sig')
    >>> decode_register("编号".encode("gbk"))
    Traceback (most recent call last):
    ...
    familyplan.errors.RegisterError: line 1 of the register is not valid utf-8 (byte 0xb1 at column 1); try --encoding gb18030 (registers from Chinese office software are usually GB18030 or GBK); if the names then read wrong, the encoding the file was saved in, e.g. --encoding latin-1
    """
    chosen = encoding or "utf-8"
    try:
        codecs.lookup(chosen)
    except LookupError:
        raise RegisterError(
            f"--encoding {chosen!r} is not an encoding Python knows; "
            "try utf-8, gb18030, gbk, big5 or latin-1"
        ) from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            chosen = name
            break
    try:
        return data.decode(chosen), chosen
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        bad = data[exc.start : exc.start + 1].hex()
        raise RegisterError(
            f"line {line} of the register is not valid {chosen} "
            f"(byte 0x{bad} at column {column}); try {_suggest(data, chosen)}"
        ) from None


@attrs.frozen
class Register:
    """A register whose structure was checked: its columns and its rows.

    :param rows: ``(line, row)`` pairs; a row with more or fewer cells than
        the header carries the problem, and is reported ``malformed``.
    :param notes: what the reader noticed but did not refuse (unknown
        columns, which are ignored).
    """

    columns: tuple[str, ...]
    rows: tuple[tuple[int, dict[str, str]], ...]
    notes: tuple[str, ...] = ()


def _known(column: str) -> bool:
    if column.startswith("fact_"):
        return True
    return column in REQUIRED or column in OPTIONAL or any(column in c for c in COLUMNS.values())


_SPACE = re.compile(r"\s")
_SPACE_IN_LINE = re.compile(r"[^\S\r\n]")  # whitespace other than line ends
_LINE_ENDS = ("\r\n", "\n", "\r")


def _records(text: str) -> Iterator[tuple[int, int, list[str], list[str]]]:
    """``(first line, last line, stripped cells, cells)`` of each CSV record of ``text``.

    A line without a quote (or a NUL, or longer than csv's field limit) is
    split on its commas: that is what :func:`csv.reader` reads it as, without
    its cost. Any other line starts a record read by :func:`csv.reader`, which
    takes as many following lines as the record runs over; its
    :class:`csv.Error` propagates.
    """
    limit = csv.field_size_limit()
    strip = str.strip
    # one scan of the whole text: when no line has a space (the usual export),
    # no cell needs stripping and the per-line test is skipped
    spaced = _SPACE_IN_LINE.search(text) is not None
    it = iter(text.splitlines(keepends=True))
    n = 0
    for raw in it:
        n += 1
        if '"' in raw or "\0" in raw or len(raw) > limit:
            reader = csv.reader(itertools.chain((raw,), it))
            cells = next(reader, [])
            first, n = n, n + reader.line_num - 1
            yield first, n, list(map(strip, cells)), cells
            continue
        for ending in _LINE_ENDS:
            if raw.endswith(ending):
                raw = raw[: -len(ending)]
                break
        cells = raw.split(",")
        yield n, n, (list(map(strip, cells)) if spaced and _SPACE.search(raw) else cells), cells


def parse_register(text: str) -> Register:
    """Check the structure of a register's text and split it into rows.

    :raises RegisterError: for an empty register, a header without rows, a
        file delimited by something other than commas, a missing, duplicate
        or unnamed column, or a kind of row whose columns are missing.

    >>> parse_register("case_id;kind;recorded\\n")
    Traceback (most recent call last):
    ...
    familyplan.errors.RegisterError: the register's header is delimited by ';', not by commas: save it as comma-separated CSV
    """
    if not text.strip():
        raise RegisterError("the register is empty: it has no header row and no rows")
    records = _records(text)
    header = next(records, None)
    while header is not None and not any(h.strip() for h in header[2]):
        header = next(records, None)  # blank lines before the header
    if header is None:  # pragma: no cover - text.strip() was not empty
        raise RegisterError("the register is empty: it has no header row")
    names = [h.strip() for h in header[2]]
    while names and not names[-1]:
        names.pop()  # trailing empty cells of a spreadsheet export
    if len(names) == 1:
        for sep in (";", "\t", "|"):
            if sep in names[0]:
                shown = "a tab" if sep == "\t" else repr(sep)
                raise RegisterError(
                    f"the register's header is delimited by {shown}, not by commas: "
                    "save it as comma-separated CSV"
                )
    seen: dict[str, int] = {}
    for i, name in enumerate(names, start=1):
        if not name:
            raise RegisterError(f"column {i} of the header (line 1) has no name")
        if name in seen:
            raise RegisterError(
                f"the header names column {name!r} twice (columns {seen[name]} and {i}); "
                "the register is ambiguous: keep one"
            )
        seen[name] = i
    missing = [c for c in REQUIRED if c not in seen]
    if missing:
        raise RegisterError(
            f"the register has no {', '.join(repr(c) for c in missing)} column"
            f"{'s' if len(missing) > 1 else ''} (the header has {', '.join(names)}); "
            "see docs/audit.md for the columns"
        )
    rows: list[tuple[int, dict[str, str]]] = []
    kinds: dict[str, int] = {}
    end = header[1]
    width = len(names)
    while True:
        try:
            record = next(records, None)
        except csv.Error as exc:
            raise RegisterError(
                f"line {end + 1} of the register cannot be read as CSV ({exc})"
            ) from None
        if record is None:
            break
        line, end, cells, raw = record
        if not any(cells):  # the cells are stripped
            continue
        n_cells = len(cells)
        row = dict(zip(names, cells, strict=False))  # to the header's width
        if end == line and n_cells == width:  # the common case: nothing to report
            rows.append((line, row))
            if row["kind"] not in kinds:
                kinds[row["kind"]] = line
            continue
        for name in names[n_cells:]:
            row[name] = ""
        extra = [c for c in raw[width:] if c.strip()]
        if end > line:
            row[_EXTRA] = (
                f"a quoted cell runs from line {line} to line {end}: an unclosed quote? "
                + (f"line {end} was" if end == line + 1 else f"lines {line + 1}–{end} were")
                + " read into this row and not audited; close the quote and audit again"
            )
        elif extra:
            row[_EXTRA] = (
                f"the row has {n_cells} cells but the header "
                f"has {width} columns; extra cells {extra}"
            )
        elif n_cells < width:
            row[_EXTRA] = f"the row has {n_cells} cells but the header has {width} columns"
        rows.append((line, row))
        kinds.setdefault(row["kind"], line)
    if not rows:
        raise RegisterError("the register has a header but no rows: nothing to audit")
    for kind, first in kinds.items():
        lack = [c for c in COLUMNS.get(kind, ()) if c not in seen]
        if lack:
            raise RegisterError(
                f"the register has {kind} rows (first on line {first}) but no "
                f"{', '.join(repr(c) for c in lack)} column{'s' if len(lack) > 1 else ''}"
            )
    if "levy" in kinds and "mother_residence" not in seen and "father_residence" not in seen:
        raise RegisterError(
            "the register has levy rows but neither a 'mother_residence' nor a "
            "'father_residence' column"
        )
    notes = tuple(
        f"column {n!r} is not one the audit reads; ignored" for n in names if not _known(n)
    )
    return Register(tuple(names), tuple(rows), notes)


def read_register(stream: TextIO) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of the register with their line numbers (the header is line 1).

    The structure is checked first (:func:`parse_register`).
    """
    yield from parse_register(stream.read()).rows


# -- one row --------------------------------------------------------------------------------


class _Malformed(Exception):
    """A row the audit cannot read; the message is the reason, in words."""


def _reason(exc: BaseException) -> str:
    """An error of the library, in an auditor's words."""
    if isinstance(exc, InvalidInputs):
        return "; ".join(_reason(e) for e in exc.exceptions)
    if isinstance(exc, InvalidInput):
        if exc.value is None or (isinstance(exc.value, str) and not exc.value.strip()):
            return f"{exc.field} is missing"
        allowed = exc.allowed.replace(" (or None)", "").replace(", or None", "")
        return f"{exc.field} is {exc.value!r}, but it must be {allowed}"
    if isinstance(exc, FamilyPlanError):
        return str(exc)
    return f"the row could not be recomputed ({type(exc).__name__}: {exc})"


def _need(row: dict[str, str], field: str) -> str:
    value = row.get(field, "")
    if not value:
        raise _Malformed(f"{field} is missing")
    return value


def _int(row: dict[str, str], field: str) -> int:
    text = _need(row, field)
    try:
        return int(text)
    except ValueError:
        raise _Malformed(f"{field} is {text!r}, not a whole number") from None


def _opt(row: dict[str, str], field: str) -> str | None:
    return row.get(field) or None


def _amount_problem(field: str, text: str) -> str | None:
    if not text or _AMOUNT.fullmatch(text):
        return None
    if text.startswith("-") and _AMOUNT.fullmatch(text[1:]):
        return f"{field} is negative ({text}); amounts of yuan are 0 or more"
    return f"{field} is {text!r}, not an amount ({AMOUNT_FORMAT})"


def _check_amounts(row: dict[str, str], kind: str) -> None:
    problems = [p for f in _MONEY.get(kind, ()) if (p := _amount_problem(f, row.get(f, "")))]
    if kind == "late-fee":
        for part in (row.get("payments") or "").split(";"):
            _, sep, amount = part.partition(":")
            if sep and (p := _amount_problem("a payment's amount", amount.strip())):
                problems.append(p)
    if problems:
        raise _Malformed("; ".join(problems))


Outcome = tuple[str, str, str, tuple[Step, ...], tuple[Citation, ...]]
"""status, recomputed, reason, steps, citations (each may be pending: :func:`_explained`)"""


def _explained(
    steps: Callable[[], tuple[Step, ...]], citations: Callable[[], tuple[Citation, ...]]
) -> tuple[Any, Any]:
    """``steps`` and ``citations`` of an :class:`AuditRow`, each read from the
    recomputation's result only when it is read (a report that only cites a
    finding does not write out its steps)."""
    return (
        build_later(lambda _row: {"steps": steps()}),
        build_later(lambda _row: {"citations": citations()}),
    )


def _span(low: Decimal, high: Decimal | None) -> str:
    if high is None:
        return f"{low} or more (no maximum)"
    return str(low) if low == high else f"{low}–{high}"


def _levy(row: dict[str, str]) -> Outcome:
    parties = []
    for role in ("mother", "father"):
        res = _opt(row, f"{role}_residence")
        if res is None:
            continue
        party = penalties.Party(role, actual_income=_opt(row, f"{role}_income"), residence=res)  # type: ignore[arg-type]
        parties.append(party)
    if not parties:
        raise _Malformed("mother_residence and father_residence are both missing")
    case = penalties.LevyCase(
        jurisdiction=_need(row, "jurisdiction"),
        birth_on=_need(row, "birth_on"),
        decided_on=_need(row, "decided_on"),
        circumstance=_need(row, "circumstance"),
        children_over_limit=_int(row, "children_over_limit"),
        parties=tuple(parties),
        income_base=penalties.IncomeBase(
            urban_disposable=_need(row, "urban_base"),
            rural_net=_need(row, "rural_base"),
            year=_int(row, "base_year"),
            area=row.get("jurisdiction", ""),
        ),
    )
    r = penalties.assess_levy(case)
    recorded = yuan(_need(row, "recorded"), field="recorded")
    hi = r.total_maximum
    ok = recorded >= r.total_minimum and (hi is None or recorded <= hi)
    shown = _span(r.total_minimum, hi)
    if ok:
        why = ""
    elif r.total_minimum == hi:
        why = f"the recorded levy {recorded} is not the lawful levy {shown}"
    else:
        why = f"the recorded levy {recorded} is outside the lawful range {shown}"
    steps, cites = _explained(lambda: r.steps, lambda: r.citations)
    return ("ok" if ok else "discrepancy"), shown, why, steps, cites


def _payments(text: str | None) -> list[tuple[str, str]]:
    if not text:
        return []
    out = []
    for part in text.split(";"):
        day, sep, amount = part.partition(":")
        if not sep:
            raise _Malformed(
                f"payments has {part.strip()!r}, not a payment written YYYY-MM-DD:amount "
                "(payments separated by ';')"
            )
        out.append((day.strip(), amount.strip()))
    return out


def _late_fee(row: dict[str, str]) -> Outcome:
    r = penalties.late_fee(
        _need(row, "principal"),
        due_on=_need(row, "due_on"),
        as_of=_need(row, "as_of"),
        payments=_payments(_opt(row, "payments")),
    )
    recorded = yuan(_need(row, "recorded"), field="recorded")
    ok = recorded == r.amount
    capped = ", capped at the principal" if r.capped else ""
    why = (
        ""
        if ok
        else f"the recorded late fee {recorded} is not the lawful {r.amount} "
        f"({r.months} months{capped})"
    )
    steps, cites = _explained(lambda: r.steps, lambda: r.citations)
    return ("ok" if ok else "discrepancy"), str(r.amount), why, steps, cites


_CHILDREN_FORMAT = "born_on:sex:alive|dead[:disability grade], separated by '|'"


def _children(text: str | None) -> list[eligibility.Child] | None:
    """Children from ``born_on:sex:alive|dead[:grade]`` separated by ``|``.

    Blank means *not given* (``None``); ``none`` means no children.
    """
    if text is None or not text.strip():
        return None
    if text.strip().lower() in ("none", "0"):
        return []
    out = []
    for part in text.split("|"):
        bits = [b.strip() for b in part.split(":")]
        if len(bits) not in (3, 4) or bits[2] not in ("alive", "dead"):
            raise InvalidInput("children", part, f"'none' or {_CHILDREN_FORMAT}")
        grade: int | None = None
        if len(bits) == 4 and bits[3]:
            try:
                grade = int(bits[3])
            except ValueError:
                raise InvalidInput("children", part, f"'none' or {_CHILDREN_FORMAT}") from None
        out.append(
            eligibility.Child(bits[0], bits[1], alive=bits[2] == "alive", disability_grade=grade)  # type: ignore[arg-type]  # a CSV cell, checked at run time
        )
    return out


def _spouse(text: str | None, sex: str) -> Any:
    """``none``, ``rural`` or ``urban``; blank means *not given* (``None``)."""
    if text is None or not text.strip():
        return None
    if text == "none":
        return eligibility.NO_SPOUSE
    if text in ("rural", "urban"):
        return eligibility.Spouse("female" if sex == "male" else "male", residence=text)  # type: ignore[arg-type]
    raise InvalidInput("spouse", text, "'none', 'rural' or 'urban'")


def _births(text: str | None, sep: str = ";") -> tuple[int, ...] | None:
    """Years of births against the rules; blank means *not given*, ``none`` none."""
    if text is None or not text.strip():
        return None
    if text.strip().lower() in ("none", "0"):
        return ()
    years = []
    for part in text.split(sep):
        part = part.strip()
        if not part:
            continue
        if not part.isdigit() or len(part) != 4:
            raise InvalidInput(
                "births_against_rules", part, f"'none' or four-digit years separated by {sep!r}"
            )
        years.append(int(part))
    return tuple(years)


def _subsidy(row: dict[str, str]) -> Outcome:
    sex = _need(row, "sex")
    applicant = eligibility.Applicant(
        _need(row, "birth_on"),
        sex,  # type: ignore[arg-type]
        residence=_need(row, "residence"),  # type: ignore[arg-type]
        registered_in=_need(row, "jurisdiction"),
        spouse=_spouse(_opt(row, "spouse"), sex),
        children=_children(_opt(row, "children")),
        births_against_rules=_births(_opt(row, "births_against_rules")),
    )
    r = eligibility.check(
        _need(row, "programme"),  # type: ignore[arg-type]  # checked at run time
        applicant,
        year=_int(row, "year"),
        jurisdiction=_need(row, "jurisdiction"),
    )
    recorded = yuan(_need(row, "recorded"), field="recorded")
    if r.eligible is None:
        unknown = "; ".join(f"{c.id} ({c.fact})" for c in r.unknown) or "a fact"
        why = f"paid {recorded}, but eligibility cannot be decided: not given: {unknown}"
        steps, cites = _explained(
            lambda: r.steps,
            lambda: tuple(dict.fromkeys(c.citation for c in r.unknown)) or r.citations,
        )
        return "undetermined", "", why, steps, cites
    expected = r.amount if r.eligible and r.amount is not None else Decimal("0.00")
    if recorded == expected:
        steps, cites = _explained(lambda: r.steps, lambda: r.citations)
        return "ok", str(expected), "", steps, cites
    if not r.eligible:
        failed = r.failed
        why = f"paid {recorded} but not eligible"
        if failed:
            why += f" ({failed[0].id}: {failed[0].fact})"
        steps, cites = _explained(
            lambda: r.steps,
            lambda: tuple(dict.fromkeys(c.citation for c in failed)) or r.citations,
        )
        return "discrepancy", str(expected), why, steps, cites
    steps, cites = _explained(lambda: r.steps, lambda: r.citations)
    return "discrepancy", str(expected), f"paid {recorded}, entitled to {expected}", steps, cites


def _deadline(row: dict[str, str]) -> Outcome:
    from familyplan import deadlines

    facts = {k.removeprefix("fact_"): v for k, v in row.items() if k.startswith("fact_") and v}
    fn: Any = deadlines.deadline  # facts are keyword arguments named by the columns
    d = fn(
        _need(row, "step"),
        trigger_on=_need(row, "trigger_on"),
        jurisdiction=_need(row, "jurisdiction"),
        **facts,
    )
    recorded = as_date(_need(row, "recorded"), "recorded")
    ok = recorded == d.due_on
    why = (
        ""
        if ok
        else f"the recorded last day {recorded.isoformat()} is not the lawful "
        f"{d.due_on.isoformat()} ({d.counting})"
    )
    steps, cites = _explained(lambda: tuple(d.steps), lambda: tuple(d.citations))
    return ("ok" if ok else "discrepancy"), d.due_on.isoformat(), why, steps, cites


_HANDLERS: dict[str, Callable[[dict[str, str]], Outcome]] = {
    "levy": _levy,
    "late-fee": _late_fee,
    "subsidy": _subsidy,
    "deadline": _deadline,
}


def audit_row(line: int, row: dict[str, str], *, explain_ok: bool = True) -> AuditRow:
    """Recompute one row. Never raises: a row that cannot be read is ``malformed``.

    With ``explain_ok=False`` an ``ok`` row carries no steps or citations
    (:func:`audit_rows`: ``ok`` rows are counted, not reported, and keeping
    every row's explanation would hold a whole register's results in memory).
    """
    case_id = row.get("case_id", "")
    kind = row.get("kind", "")
    recorded = row.get("recorded", "")
    handler = _HANDLERS.get(kind)
    try:
        if _EXTRA in row:
            raise _Malformed(row[_EXTRA])
        if handler is None:
            if not kind:
                raise _Malformed("kind is missing")
            raise _Malformed(f"kind is {kind!r}, but it must be one of {', '.join(KINDS)}")
        _check_amounts(row, kind)
        status, recomputed, why, steps, cites = handler(row)
    except _Malformed as exc:
        return AuditRow(line, case_id, kind, "malformed", recorded, "", str(exc))
    except Exception as exc:  # one row must never end the audit
        return AuditRow(line, case_id, kind, "malformed", recorded, "", _reason(exc))
    if status == "ok" and not explain_ok:
        return AuditRow(line, case_id, kind, status, recorded, recomputed, why)
    return AuditRow(line, case_id, kind, status, recorded, recomputed, why, steps, cites)


_CELLS_KEPT = 65_536
"""Distinct cells whose reading is kept (a memory bound, not law)."""

BATCH_FROM = 5_000
"""From this many rows, late fees without payments, subsidy rows and levy rows go through
:mod:`familyplan.batch` first (see :func:`audit_rows`)."""

_ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_YEAR = re.compile(r"[0-9]{4}")
_CODE = re.compile(r"[0-9]{6}")
_GRADE = re.compile(r"[1-9]|10")


@functools.lru_cache(maxsize=_CELLS_KEPT)  # cells repeat down a register
def _fen_text(text: str) -> int | None:
    """Fen of a recorded amount the audit accepts (:data:`_AMOUNT`), None otherwise."""
    if not _AMOUNT.fullmatch(text):
        return None
    whole, _, cents = text.replace(",", "").partition(".")
    if int(whole) >= MAX_YUAN:  # the scalar path refuses it: malformed
        return None
    return int(whole) * 100 + int(cents.ljust(2, "0") or 0)


@functools.lru_cache(maxsize=_CELLS_KEPT)  # cells repeat down a register
def _fen_shown(value: int) -> str:
    """Fen as the scalar path shows an amount of yuan: ``960.00``."""
    return f"{value // 100}.{value % 100:02d}"


@functools.lru_cache(maxsize=_CELLS_KEPT)  # cells repeat down a register
def _iso(text: str) -> _dt.date | None:
    if not _ISO.fullmatch(text):
        return None
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        return None


def _ok(line: int, row: dict[str, str], shown: str) -> AuditRow:
    """An ``ok`` row found by the batch path (no explanation: ``ok`` rows are not reported)."""
    return AuditRow(
        line, row.get("case_id", ""), row.get("kind", ""), "ok", row.get("recorded", ""), shown, ""
    )


def _batch_late_fees(rows: list[tuple[int, dict[str, str]]]) -> dict[int, AuditRow]:
    """Index -> ``ok`` row, for the late-fee rows without payments the batch path
    could read and whose recorded fee is the lawful one.

    Any other row is left out: the scalar path then reports it with its
    reason. The batch path gives the scalar path's figures exactly
    (tests/batch), so a row whose recorded fee matches needs no second look.
    """
    import numpy as np

    from familyplan import batch

    picked: list[int] = []
    principal: list[int] = []
    due_on: list[str] = []
    as_of: list[str] = []
    for i, (_, row) in enumerate(rows):
        if row.get("kind") != "late-fee" or _EXTRA in row or row.get("payments"):
            continue
        # the plain forms only (digits, ISO days): the columns go in as int fen and
        # datetime64 days, read in C; any other row is the scalar path's to read
        fen = _plain_fen(row.get("principal", ""))
        due, day = row.get("due_on", ""), row.get("as_of", "")
        if fen is None or _iso(due) is None or _iso(day) is None:
            continue
        picked.append(i)
        principal.append(fen)
        due_on.append(due)
        as_of.append(day)
    if not picked:
        return {}
    table = {
        "principal_fen": np.array(principal, dtype=np.int64),
        "due_on": np.array(due_on, dtype="datetime64[D]"),
        "as_of": np.array(as_of, dtype="datetime64[D]"),
    }
    try:
        out = batch.late_fee(table)
    except Exception:  # the scalar path then reports each row
        return {}
    found = {}
    for i, fee, err in zip(picked, out["amount_fen"].tolist(), out["error"].tolist(), strict=True):
        line, row = rows[i]
        if not err and _fen_text(row.get("recorded", "")) == fee:
            found[i] = _ok(line, row, _fen_shown(fee))
    return found


_SUBSIDY_BATCH = ("rural-reward", "special-assistance")
"""The subsidy programmes :mod:`familyplan.batch` screens (the others, e.g. the
childcare subsidy, need facts the register's columns do not give it)."""


class _Facts:
    """The batch columns of the subsidy rows of one (programme, year, division)."""

    def __init__(self) -> None:
        self.index: list[int] = []
        self.recorded: list[int] = []
        self.born: list[str] = []
        self.sex: list[str] = []
        self.residence: list[str] = []
        self.has_spouse: list[bool | None] = []
        self.spouse_residence: list[str] = []
        self.violating: list[float] = []  # float-ok: counts
        self.children: list[float] = []  # float-ok: counts
        self.sons: list[int] = []
        self.daughters: list[int] = []
        self.dead: list[int] = []
        self.grade: list[float] = []  # float-ok: counts

    def table(self) -> dict[str, Any]:
        import numpy as np

        has_spouse = np.empty(len(self.has_spouse), dtype=object)
        has_spouse[:] = self.has_spouse
        return {
            "born_on": np.array(self.born, dtype="datetime64[D]"),
            "sex": np.array(self.sex, dtype="U6"),
            "residence": np.array(self.residence, dtype="U5"),
            "has_spouse": has_spouse,
            "spouse_residence": np.array(self.spouse_residence, dtype="U5"),
            "violating_births": np.array(self.violating, dtype=np.float64),  # float-ok
            "children": np.array(self.children, dtype=np.float64),  # float-ok
            "sons_alive": np.array(self.sons, dtype=np.int64),
            "daughters_alive": np.array(self.daughters, dtype=np.int64),
            "children_dead": np.array(self.dead, dtype=np.int64),
            "child_disability_grade": np.array(self.grade, dtype=np.float64),  # float-ok
        }


# Counts and grades for the batch columns, never money: a float64 column so
# that NaN can stand for "not given" (the batch reads integral floats as counts).
_NAN = float("nan")  # float-ok


def _subsidy_facts(row: dict[str, str], facts: _Facts, window: tuple[int, int]) -> bool:
    """Add the row's facts to ``facts`` when every cell is in the plain form the
    scalar path reads exactly as the batch path does; False (nothing added)
    for any other row, which the scalar path then audits.

    Blank ``spouse``, ``children`` or ``births_against_rules`` stay *not
    given* (null), never "none".
    """
    born = _iso(row.get("birth_on", ""))
    sex = row.get("sex", "")
    residence = row.get("residence", "")
    if born is None or sex not in ("male", "female") or residence not in ("rural", "urban"):
        return False
    spouse = row.get("spouse", "")
    if spouse not in ("", "none", "rural", "urban"):
        return False
    years = row.get("births_against_rules", "")
    violating = _NAN
    if years.lower() in ("none", "0"):
        violating = 0.0
    elif years:
        listed = years.split(";")
        if not all(_YEAR.fullmatch(y) for y in listed):
            return False
        # a year before the applicant's birth (or an odd one) is the scalar path's to refuse
        year = int(row["year"])
        if not all(born.year <= int(y) <= year for y in listed):
            return False
        n_violating = sum(1 for y in listed if window[0] <= int(y) <= window[1])
        violating = float(n_violating)  # float-ok: a count (NaN = not given)
    kids = row.get("children", "")
    children = grade = _NAN
    sons = daughters = dead = 0
    if kids.lower() in ("none", "0"):
        children = 0.0
    elif kids:
        parts = kids.split("|")
        for part in parts:
            bits = part.split(":")
            if len(bits) not in (3, 4) or bits[1] not in ("male", "female"):
                return False
            child_born = _iso(bits[0])
            if child_born is None or child_born < born:
                return False
            if len(bits) == 4 and bits[3] and not _GRADE.fullmatch(bits[3]):
                return False
            if bits[2] == "alive":
                if bits[1] == "male":
                    sons += 1
                else:
                    daughters += 1
            elif bits[2] == "dead":
                dead += 1
            else:
                return False
        children = float(len(parts))  # float-ok: a count (NaN = not given)
        if len(parts) == 1 and len(bits) == 4 and bits[3]:
            grade = float(int(bits[3]))  # float-ok: a grade (NaN = not given)
    facts.born.append(born.isoformat())
    facts.sex.append(sex)
    facts.residence.append(residence)
    facts.has_spouse.append(None if not spouse else spouse != "none")
    facts.spouse_residence.append(spouse if spouse in ("rural", "urban") else "")
    facts.violating.append(violating)
    facts.children.append(children)
    facts.sons.append(sons)
    facts.daughters.append(daughters)
    facts.dead.append(dead)
    facts.grade.append(grade)
    return True


def _subsidy_group_ok(programme_id: str, year: int, division: str) -> bool:
    """Whether the batch path applies to this programme, year and division as
    the scalar check does: a division the programme applies in, an encoded
    year, and the national rate row (the batch path reads no provincial row)."""
    try:
        prog = eligibility.programme(programme_id)  # type: ignore[arg-type]
        if not statutes.jurisdiction(division).is_within(prog.jurisdiction):
            return False
        national = eligibility.rate_row(programme_id, year)
        return bool(eligibility.rate_row(programme_id, year, jurisdiction=division) == national)
    except FamilyPlanError:
        return False


def _batch_subsidies(rows: list[tuple[int, dict[str, str]]]) -> dict[int, AuditRow]:
    """Index -> ``ok`` row, for the subsidy rows :func:`familyplan.batch.rural_reward`
    and :func:`~familyplan.batch.special_assistance` decide and whose recorded
    amount is the lawful one (the year's amount when eligible, 0.00 when not).

    Left to the scalar path: rows of other programmes, rows with a cell not in
    its plain form (:func:`_subsidy_facts`), undetermined rows (their finding
    names every fact not given), malformed rows and every discrepancy (for its
    explanation).
    """
    from familyplan import batch

    groups: dict[tuple[str, int, str], _Facts] = {}
    windows: dict[int, tuple[int, int] | None] = {}
    for i, (_, row) in enumerate(rows):
        if row.get("kind") != "subsidy" or _EXTRA in row:
            continue
        programme_id = row.get("programme", "")
        year_text = row.get("year", "")
        division = row.get("jurisdiction", "")
        if (
            programme_id not in _SUBSIDY_BATCH
            or not _YEAR.fullmatch(year_text)
            or not _CODE.fullmatch(division)
        ):
            continue
        recorded = _fen_text(row.get("recorded", ""))
        if recorded is None:
            continue
        year = int(year_text)
        if year not in windows:
            windows[year] = _rules_window(year)
        window = windows[year]
        if window is None:
            continue
        facts = groups.get((programme_id, year, division))
        if facts is None:
            facts = groups[(programme_id, year, division)] = _Facts()
        if _subsidy_facts(row, facts, window):
            facts.index.append(i)
            facts.recorded.append(recorded)
    found: dict[int, AuditRow] = {}
    screens = {"rural-reward": batch.rural_reward, "special-assistance": batch.special_assistance}
    for (programme_id, year, division), facts in groups.items():
        if not facts.index or not _subsidy_group_ok(programme_id, year, division):
            continue
        try:
            out = screens[programme_id](facts.table(), year=year)
        except Exception:  # the scalar path then reports each row
            continue
        status = out["status"]
        eligible = status == "eligible"
        decided = eligible | (status == "not eligible")  # not undetermined, not malformed
        amounts = out["amount_fen"].tolist()
        for i, recorded, is_eligible, is_decided, amount in zip(
            facts.index, facts.recorded, eligible.tolist(), decided.tolist(), amounts, strict=True
        ):
            expected = amount if is_eligible else 0
            if is_decided and recorded == expected:
                line, row = rows[i]
                found[i] = _ok(line, row, _fen_shown(expected))
    return found


def _rules_window(year: int) -> tuple[int, int] | None:
    """The years in which a birth against the rules bars the rural reward
    (registry figures, on 31 December of ``year`` as the scalar check reads
    them); None when they are not in force then."""
    on = _dt.date(year, 12, 31)
    try:
        return (
            statutes.figure("rural-reward.rules-window.first-year", on=on).as_int(),
            statutes.figure("rural-reward.rules-window.last-year", on=on).as_int(),
        )
    except FamilyPlanError:
        return None


_PLAIN_AMOUNT = re.compile(r"[0-9]+(?:\.[0-9]{1,2})?")
_COUNT = re.compile(r"[1-9][0-9]?")
_LEVY_CIRCUMSTANCES = frozenset(c.value for c in penalties.Circumstance)


def _plain_fen(text: str) -> int | None:
    """Fen of an amount written without grouping commas, below MAX_YUAN; else None."""
    if not _PLAIN_AMOUNT.fullmatch(text):
        return None
    return _fen_text(text)


_LEVY_CELL_NAMES = (
    "recorded", "jurisdiction", "birth_on", "decided_on", "circumstance",
    "children_over_limit", "base_year", "urban_base", "rural_base",
    "mother_residence", "mother_income", "father_residence", "father_income",
)  # fmt: skip
_LEVY_CELLS = operator.itemgetter(*_LEVY_CELL_NAMES)
_RESIDENCES = frozenset({"", "urban", "rural"})


class _LevyFacts:
    """The batch columns of the levy rows in their plain form."""

    def __init__(self) -> None:
        self.index: list[int] = []
        self.recorded: list[int] = []
        self.jurisdiction: list[str] = []
        self.birth: list[str] = []
        self.decided: list[str] = []
        self.circumstance: list[str] = []
        self.count: list[int] = []
        self.residence: dict[str, list[str]] = {"mother": [], "father": []}
        self.income: dict[str, list[int | None]] = {"mother": [], "father": []}
        self.urban: list[int] = []
        self.rural: list[int] = []
        self.year: list[int] = []
        # fen of each distinct cell, parsed once (amounts repeat: bases, recorded levies)
        self._plain: dict[str, int | None] = {}
        self._recorded: dict[str, int | None] = {}
        self._days: dict[str, bool] = {}

    def _fen(self, text: str) -> int | None:
        hit = self._plain.get(text, -1)
        if hit == -1:
            hit = self._plain[text] = _plain_fen(text)
        return hit

    def _day(self, text: str) -> bool:
        """Whether ``text`` is a plain ISO date (days repeat: each is read once)."""
        ok = self._days.get(text)
        if ok is None:
            ok = self._days[text] = _iso(text) is not None
        return ok

    def add(self, i: int, row: dict[str, str]) -> bool:
        """Add the row when every cell is in the plain form the scalar path reads
        as the batch path does; False (nothing added) for any other row."""
        try:
            cells = _LEVY_CELLS(row)  # every column there: the usual register
        except KeyError:
            cells = tuple(row.get(name, "") for name in _LEVY_CELL_NAMES)
        (text, division, birth, decided, circumstance, count, year, urban_text, rural_text,
         m_res, m_income, f_res, f_income) = cells  # fmt: skip
        recorded = self._recorded.get(text, -1)
        if recorded == -1:
            recorded = self._recorded[text] = _fen_text(text)
        urban = self._fen(urban_text)
        rural = self._fen(rural_text)
        if (
            recorded is None
            or urban is None
            or rural is None
            or not _CODE.fullmatch(division)
            or not self._day(birth)
            or not self._day(decided)
            or circumstance not in _LEVY_CIRCUMSTANCES
            or not _COUNT.fullmatch(count)
            or not _YEAR.fullmatch(year)
            or m_res not in _RESIDENCES
            or f_res not in _RESIDENCES
        ):
            return False
        m_fen = None if not m_income else self._fen(m_income)
        f_fen = None if not f_income else self._fen(f_income)
        if (m_income and m_fen is None) or (f_income and f_fen is None):
            return False
        self.residence["mother"].append(m_res)
        self.income["mother"].append(m_fen)
        self.residence["father"].append(f_res)
        self.income["father"].append(f_fen)
        self.index.append(i)
        self.recorded.append(recorded)
        self.jurisdiction.append(division)
        self.birth.append(birth)
        self.decided.append(decided)
        self.circumstance.append(circumstance)
        self.count.append(int(count))
        self.urban.append(urban)
        self.rural.append(rural)
        self.year.append(int(year))
        return True

    def table(self) -> dict[str, Any]:
        import numpy as np

        out: dict[str, Any] = {
            "jurisdiction": np.array(self.jurisdiction),
            "birth_on": np.array(self.birth, dtype="datetime64[D]"),
            "decided_on": np.array(self.decided, dtype="datetime64[D]"),
            "circumstance": np.array(self.circumstance),
            "children_over_limit": np.array(self.count, dtype=np.int64),
            "urban_base_fen": np.array(self.urban, dtype=np.int64),
            "rural_base_fen": np.array(self.rural, dtype=np.int64),
            "base_year": np.array(self.year, dtype=np.int64),
        }
        for role in ("mother", "father"):
            out[f"{role}_residence"] = np.array(self.residence[role], dtype="U5")
            income = np.empty(len(self.index), dtype=object)
            income[:] = self.income[role]
            out[f"{role}_income_fen"] = income
        return out


def _batch_levies(rows: list[tuple[int, dict[str, str]]]) -> dict[int, AuditRow]:
    """Index -> ``ok`` row, for the levy rows :func:`familyplan.batch.levy`
    computes whose recorded levy lies in the lawful range (shown as
    :func:`_levy` shows it).

    Left to the scalar path: rows with a cell not in its plain form
    (:meth:`_LevyFacts.add`), rows the batch path finds malformed, and every
    discrepancy (for its explanation).
    """
    from familyplan import batch

    facts = _LevyFacts()
    for i, (_, row) in enumerate(rows):
        if row.get("kind") == "levy" and _EXTRA not in row:
            facts.add(i, row)
    if not facts.index:
        return {}
    try:
        out = batch.levy(facts.table())
    except Exception:  # the scalar path then reports each row
        return {}
    found: dict[int, AuditRow] = {}
    shown: dict[tuple[int, int | None], str] = {}  # a range is shown once
    for i, recorded, low, high, has_high, bad in zip(
        facts.index,
        facts.recorded,
        out["total_minimum_fen"].tolist(),
        out["total_maximum_fen"].tolist(),
        out["has_maximum"].tolist(),
        (out["error"] != "").tolist(),
        strict=True,
    ):
        if bad or recorded < low or (has_high and recorded > high):
            continue
        line, row = rows[i]
        key = (low, high if has_high else None)
        text = shown.get(key)
        if text is None:
            top = Decimal(_fen_shown(high)) if has_high else None
            text = shown[key] = _span(Decimal(_fen_shown(low)), top)
        found[i] = _ok(line, row, text)
    return found


_SCREENS: tuple[
    tuple[str, Callable[[list[tuple[int, dict[str, str]]]], dict[int, AuditRow]]], ...
] = (
    ("late-fee", _batch_late_fees),
    ("subsidy", _batch_subsidies),
    ("levy", _batch_levies),
)
"""The kinds of row the batch path screens first, each by its function."""


def audit_rows(rows: Iterable[tuple[int, dict[str, str]]]) -> Iterator[AuditRow]:
    """Recompute each row; never stop on a bad one.

    Large registers (:data:`BATCH_FROM` rows and more) check late fees,
    subsidies and levies through :mod:`familyplan.batch` first: a row it finds ``ok`` is
    reported ``ok``; every other row is recomputed one by one, for its
    explanation. The findings are the same either way. An ``ok`` row carries
    no steps or citations, by either path (``ok`` rows are counted, not
    reported); :func:`audit_row` explains one.
    """
    rows = list(rows)
    fast: dict[int, AuditRow] = {}
    if len(rows) >= BATCH_FROM:
        at: dict[str, list[int]] = {}  # the rows of each kind, in one pass
        for i, (_, row) in enumerate(rows):
            at.setdefault(row.get("kind", ""), []).append(i)
        for kind, screen in _SCREENS:
            where = at.get(kind, [])
            if where:
                found = screen([rows[i] for i in where])
                fast.update((where[j], hit) for j, hit in found.items())
    for i, (line, row) in enumerate(rows):
        hit = fast.get(i)
        yield hit if hit is not None else audit_row(line, row, explain_ok=False)
