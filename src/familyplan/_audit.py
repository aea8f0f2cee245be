"""Re-compute a case register and report every discrepancy (``familyplan audit``).

The register is a CSV file with one row per recorded figure; the columns are
documented in docs/audit.md and in ``examples/cases_template.csv``. Each row
is recomputed with the public calculators; a row that cannot be read is
reported as ``malformed`` with its line number and the reason, and the rest
of the file goes on.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import Any, TextIO

import attrs

from familyplan import eligibility, penalties
from familyplan._dates import as_date
from familyplan.errors import FamilyPlanError, InvalidInput
from familyplan.explain import Step
from familyplan.money import fen, yuan

__all__ = ["KINDS", "AuditRow", "audit_rows", "read_register"]

KINDS = ("levy", "late-fee", "subsidy", "deadline")


@attrs.frozen
class AuditRow:
    """The outcome for one row of the register."""

    line: int
    case_id: str
    kind: str
    status: str  # "ok" | "discrepancy" | "malformed"
    recorded: str
    recomputed: str
    reason: str
    steps: tuple[Step, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "line": self.line,
            "case_id": self.case_id,
            "kind": self.kind,
            "status": self.status,
            "recorded": self.recorded,
            "recomputed": self.recomputed,
            "reason": self.reason,
            "steps": [s.to_dict() for s in self.steps],
        }


def read_register(stream: TextIO) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of the register with their line numbers (the header is line 1)."""
    reader = csv.DictReader(stream)
    for row in reader:
        yield (
            reader.line_num,
            {k.strip(): (v or "").strip() for k, v in row.items() if k is not None},
        )


def _need(row: dict[str, str], field: str) -> str:
    value = row.get(field, "")
    if not value:
        raise InvalidInput(field, value, "a value in this column")
    return value


def _int(row: dict[str, str], field: str) -> int:
    text = _need(row, field)
    try:
        return int(text)
    except ValueError:
        raise InvalidInput(field, text, "a whole number") from None


def _opt(row: dict[str, str], field: str) -> str | None:
    return row.get(field) or None


def _levy(row: dict[str, str]) -> tuple[bool, str, str, tuple[Step, ...]]:
    parties = []
    for role in ("mother", "father"):
        res = _opt(row, f"{role}_residence")
        if res is None:
            continue
        party = penalties.Party(role, actual_income=_opt(row, f"{role}_income"), residence=res)  # type: ignore[arg-type]
        parties.append(party)
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
    shown = f"{r.total_minimum}–{'no maximum' if hi is None else hi}"
    why = "" if ok else f"the recorded levy {recorded} is outside the lawful range {shown}"
    return ok, shown, why, r.steps


def _payments(text: str | None) -> list[tuple[str, str]]:
    if not text:
        return []
    out = []
    for part in text.split(";"):
        day, sep, amount = part.partition(":")
        if not sep:
            raise InvalidInput("payments", part, "paid_on:amount pairs separated by ';'")
        out.append((day.strip(), amount.strip()))
    return out


def _late_fee(row: dict[str, str]) -> tuple[bool, str, str, tuple[Step, ...]]:
    r = penalties.late_fee(
        _need(row, "principal"),
        due_on=_need(row, "due_on"),
        as_of=_need(row, "as_of"),
        payments=_payments(_opt(row, "payments")),
    )
    recorded = yuan(_need(row, "recorded"), field="recorded")
    ok = recorded == r.amount
    why = (
        ""
        if ok
        else f"the recorded late fee {recorded} differs from {r.amount} ({r.months} months)"
    )
    return ok, str(r.amount), why, r.steps


def _children(text: str | None) -> list[eligibility.Child]:
    if not text:
        return []
    out = []
    for part in text.split("|"):
        bits = part.split(":")
        if len(bits) not in (3, 4) or bits[2] not in ("alive", "dead"):
            raise InvalidInput(
                "children", part, "born_on:sex:alive|dead[:disability grade], separated by '|'"
            )
        grade = int(bits[3]) if len(bits) == 4 and bits[3] else None
        out.append(
            eligibility.Child(bits[0], bits[1], alive=bits[2] == "alive", disability_grade=grade)
        )
    return out


def _subsidy(row: dict[str, str]) -> tuple[bool, str, str, tuple[Step, ...]]:
    spouse_text = _need(row, "spouse")
    sex = _need(row, "sex")
    if spouse_text == "none":
        spouse: Any = eligibility.NO_SPOUSE
    elif spouse_text in ("rural", "urban"):
        spouse = eligibility.Spouse("female" if sex == "male" else "male", residence=spouse_text)
    else:
        raise InvalidInput("spouse", spouse_text, "'none', 'rural' or 'urban'")
    births = [int(y) for y in (row.get("births_against_rules") or "").split(";") if y]
    applicant = eligibility.Applicant(
        _need(row, "birth_on"),
        sex,
        residence=_need(row, "residence"),
        registered_in=_need(row, "jurisdiction"),
        spouse=spouse,
        children=_children(_opt(row, "children")),
        births_against_rules=tuple(births),
    )
    r = eligibility.check(
        _need(row, "programme"),
        applicant,
        year=_int(row, "year"),
        jurisdiction=_need(row, "jurisdiction"),
    )
    recorded = yuan(_need(row, "recorded"), field="recorded")
    expected = r.amount if r.eligible and r.amount is not None else Decimal("0.00")
    ok = recorded == expected
    if ok:
        why = ""
    elif not r.eligible:
        failed = [c.id for c in r.failed]
        why = f"paid {recorded} but not eligible"
        if r.eligible is None:
            why = f"paid {recorded} but eligibility is undetermined"
        elif failed:
            why += f" (first failed: {failed[0]})"
    else:
        why = f"paid {recorded}, entitled to {expected}"
    return ok, str(expected), why, r.steps


def _deadline(row: dict[str, str]) -> tuple[bool, str, str, tuple[Step, ...]]:
    from familyplan import deadlines

    fn = getattr(deadlines, "deadline", None)
    if fn is None:  # pragma: no cover - the deadlines module always has it once shipped
        raise InvalidInput("kind", "deadline", "a kind this version can recompute")
    facts = {k.removeprefix("fact_"): v for k, v in row.items() if k.startswith("fact_") and v}
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
        else f"the recorded last day {recorded.isoformat()} differs from {d.due_on.isoformat()}"
    )
    return ok, d.due_on.isoformat(), why, tuple(d.steps)


_HANDLERS: dict[str, Callable[[dict[str, str]], tuple[bool, str, str, tuple[Step, ...]]]] = {
    "levy": _levy,
    "late-fee": _late_fee,
    "subsidy": _subsidy,
    "deadline": _deadline,
}


BATCH_FROM = 5_000
"""From this many rows, late fees without payments go through :mod:`familyplan.batch` first."""


def _batch_late_fees(rows: list[tuple[int, dict[str, str]]]) -> dict[int, int]:
    """Line -> late fee in fen, for the late-fee rows without payments the batch path could read.

    A row it could not read is left out: the scalar path then reports it with
    its typed error. The batch path gives the scalar path's figures exactly
    (tests/batch), so a row whose recorded fee matches needs no second look.
    """
    import numpy as np

    from familyplan import batch

    picked = [
        (line, row)
        for line, row in rows
        if row.get("kind") == "late-fee" and not row.get("payments") and row.get("principal")
    ]
    if not picked:
        return {}
    table = {
        "principal": np.array([r["principal"] for _, r in picked], dtype=object),
        "due_on": np.array([r.get("due_on", "") for _, r in picked], dtype=object),
        "as_of": np.array([r.get("as_of", "") for _, r in picked], dtype=object),
    }
    try:
        out = batch.late_fee(table)
    except FamilyPlanError:
        return {}
    return {
        line: int(fen)
        for (line, _), fen, err in zip(picked, out["amount_fen"], out["error"], strict=True)
        if not err
    }


def audit_rows(rows: Iterable[tuple[int, dict[str, str]]]) -> Iterator[AuditRow]:
    """Recompute each row; never stop on a bad one.

    Large registers (:data:`BATCH_FROM` rows and more) check late fees through
    the batch path first; only rows that differ are recomputed one by one, for
    their explanation.
    """
    rows = list(rows)
    fast = _batch_late_fees(rows) if len(rows) >= BATCH_FROM else {}
    for line, row in rows:
        case_id = row.get("case_id", "")
        kind = row.get("kind", "")
        recorded = row.get("recorded", "")
        if line in fast:
            try:
                matches = fen(yuan(recorded, field="recorded")) == fast[line]
            except FamilyPlanError:
                matches = False
            if matches:
                yield AuditRow(line, case_id, kind, "ok", recorded, recorded, "")
                continue
        handler = _HANDLERS.get(kind)
        if handler is None:
            yield AuditRow(
                line,
                case_id,
                kind,
                "malformed",
                recorded,
                "",
                f"kind must be one of {list(KINDS)}, got {kind!r}",
            )
            continue
        try:
            ok, recomputed, why, steps = handler(row)
        except (FamilyPlanError, ValueError, TypeError) as exc:
            yield AuditRow(line, case_id, kind, "malformed", recorded, "", str(exc))
            continue
        yield AuditRow(
            line, case_id, kind, "ok" if ok else "discrepancy", recorded, recomputed, why, steps
        )
