"""An audit row's explanation: built when read, the recomputation's own; and an
``ok`` row of a whole register carries none (``ok`` rows are counted, not
reported), by the scalar path as by the batch path.

The figures are checked in tests/penalties, tests/eligibility and
tests/deadlines; here only who carries which explanation.
"""

from __future__ import annotations

import io
import pickle
from pathlib import Path

from familyplan import _audit, penalties

REGISTER = Path(__file__).parent.parent / "examples" / "cases.csv"


def _rows() -> list[tuple[int, dict[str, str]]]:
    return list(_audit.read_register(io.StringIO(REGISTER.read_text(encoding="utf-8"))))


def test_a_rows_explanation_is_its_recomputations() -> None:
    # LF0001: 95859 due 2008-01-29, as of 2008-07-29 (a late-fee row of the example)
    rows = _rows()
    line, row = next((n, r) for n, r in rows if r["case_id"] == "LF0001")
    got = _audit.audit_row(line, row)
    r = penalties.late_fee(row["principal"], due_on=row["due_on"], as_of=row["as_of"])
    assert got.steps == r.steps
    assert got.citations == r.citations
    assert got.steps  # the late fee explains itself in steps
    assert got.to_dict()["steps"] == [s.to_dict() for s in r.steps]
    assert pickle.loads(pickle.dumps(got)) == got


def test_a_register_explains_its_findings_not_its_ok_rows() -> None:
    rows = _rows()
    audited = list(_audit.audit_rows(rows))
    assert len(audited) == len(rows)
    kinds_ok = set()
    for (line, row), a in zip(rows, audited, strict=True):
        one = _audit.audit_row(line, row)
        if a.status == "ok":
            kinds_ok.add(a.kind)
            assert (a.steps, a.citations) == ((), ())
            assert a == attrs_without_explanation(one)
        else:
            assert a == one  # a finding: the same figure, reason, steps and citations
            if a.status != "malformed":
                assert a.citations
    assert kinds_ok == {"levy", "late-fee", "subsidy", "deadline"}


def attrs_without_explanation(row: _audit.AuditRow) -> _audit.AuditRow:
    import attrs

    return attrs.evolve(row, steps=(), citations=())
