"""No statutory number is a literal in calculator code (issue 13, DESIGN rule 2).

Every number a calculator uses comes from ``familyplan.statutes.figure`` (or a
provision row built from figures). This test reads the calculator packages'
source (AST) and names every numeric or date literal other than the
arithmetic ones below. A number that is not law (a chunk size, the days of a
week) is listed in ``NOT_LAW`` with the reason.
"""

from __future__ import annotations

import ast
from decimal import Decimal
from pathlib import Path

import pytest

from familyplan import statutes

SRC = Path(__file__).resolve().parents[1] / "src" / "familyplan"
PACKAGES = ("penalties", "deadlines", "eligibility", "batch")

# Arithmetic, not law: identities, signs, fen per yuan, halves for rounding.
ARITHMETIC = {Decimal(0), Decimal(1), Decimal(-1), Decimal(100)}

# a version label ("2016") names a text of a statute: a reference, like an article number
STATUTE_IDS = {s.id for s in statutes.all_statutes()}
JURISDICTION_CODES = {j.code for j in statutes.jurisdictions()}
REFERENCE_KEYWORDS = {"article", "paragraph", "item", "art", "version", "versions"}
REFERENCE_CALLS = {"citation", "provision", "cite", "_cite"}

# (file relative to src/familyplan, value): why it is not a statutory number.
NOT_LAW: dict[tuple[str, Decimal], str] = {
    ("eligibility/__init__.py", Decimal(2016)): (
        "the value of the removed LAST_ENCODED_YEAR, returned only by its deprecation shim"
    ),
    ("eligibility/__init__.py", Decimal(2)): "warnings.warn stacklevel",
    ("penalties/_late_fee.py", Decimal(2)): "a (day, amount) pair has two elements",
    ("penalties/_levy.py", Decimal(1949)): (
        "the earliest income-base year accepted: input sanity (the PRC's first year), not law"
    ),
    ("penalties/_levy.py", Decimal(2100)): "the latest income-base year accepted: input sanity",
    ("penalties/_levy.py", Decimal(2)): "a couple: at most two parties are assessed",
    ("penalties/_discretion.py", Decimal(2)): (
        "two cut points; 2/3, the upper cut of the library's default equal-thirds split "
        "(a policy, DiscretionPolicy, not law: no statute splits a band)"
    ),
    ("penalties/_discretion.py", Decimal(3)): (
        "three tiers; 1/3, the lower cut of the library's default equal-thirds split "
        "(a policy, DiscretionPolicy, not law)"
    ),
    ("deadlines/__init__.py", Decimal(2)): "stacklevel of a deprecation warning (the caller)",
    # eligibility: input validation ranges, calendar arithmetic and code structure, not law
    ("eligibility/_applicant.py", Decimal(1900)): "earliest year accepted in input (validation)",
    ("eligibility/_applicant.py", Decimal(2200)): "latest year accepted in input (validation)",
    ("eligibility/_applicant.py", Decimal(10)): (
        "disability grades accepted in input run 1-10 (validation; the qualifying grade is the "
        "figure special-assistance.worst-grade)"
    ),
    ("eligibility/_applicant.py", Decimal(45)): "weeks of pregnancy accepted in input (validation)",
    ("eligibility/_applicant.py", Decimal(99)): "physicians accepted in input (validation)",
    ("eligibility/_base.py", Decimal(2)): "GB/T 2260: the first 2 digits name the province",
    ("eligibility/_base.py", Decimal(4)): "GB/T 2260: the first 4 digits name the prefecture",
    ("eligibility/_entitlement.py", Decimal(1200)): "the longest period accepted (100 years)",
    ("eligibility/_entitlement.py", Decimal(2)): "a period is a pair; three totals are indexed",
    ("eligibility/_time.py", Decimal(12)): "months in a year (MONTHS_A_YEAR)",
    ("eligibility/_time.py", Decimal(1900)): "earliest year accepted in input (validation)",
    ("eligibility/_time.py", Decimal(2200)): "latest year accepted in input (validation)",
    ("eligibility/_time.py", Decimal(2)): "the month's group in the 'YYYY-MM' pattern",
    ("batch/_eligibility.py", Decimal(1970)): "the numpy datetime64 epoch",
    ("batch/_levy.py", Decimal(1970)): "the numpy datetime64 epoch",
    ("batch/_levy.py", Decimal(2)): (
        "a couple: two parties; a flag's two values; the read codes -1/-2 (null/bad); "
        "the doubling of half-up rounding in integers, (2 * x * p + q) // (2 * q)"
    ),
    ("batch/_eligibility.py", Decimal(1000)): "the largest count accepted in a column (validation)",
    ("batch/_eligibility.py", Decimal(10)): "disability grades accepted in a column run 1-10",
    ("batch/_eligibility.py", Decimal(2)): (
        "the rank 'met' (0 not met, 1 unknown, 2 met) and the read codes -1/-2 (null/bad)"
    ),
    (
        "batch/_childcare.py",
        Decimal(1900),
    ): "the years a year column may hold (as eligibility.as_year)",
    (
        "batch/_childcare.py",
        Decimal(2200),
    ): "the years a year column may hold (as eligibility.as_year)",
    # batch: numpy plumbing, none of it law (the rate and the cap come from the registry)
    ("batch/_late_fee.py", Decimal(2)): (
        "2 in integer round-half-up ((2·a + b) // 2b), fen to yuan (scaleb(-2)), tuple positions"
    ),
    ("batch/_late_fee.py", Decimal(1970)): "the numpy datetime64 epoch (1970-01-01)",
    ("batch/_late_fee.py", Decimal(6)): "bit shift packing a month index with its day",
    ("batch/_late_fee.py", Decimal(32)): (
        "a month's last day in a packed end of accrual: a day after every day of a month"
    ),
    # the rural reward's fast path: a row's facts as the digits of one table index
    ("batch/_eligibility.py", Decimal(3)): "three codes of a fact: -1 not given, 0, 1",
    ("batch/_eligibility.py", Decimal(9)): "3**2, place value of the third fact's code",
    ("batch/_eligibility.py", Decimal(27)): "3**3, place value of the fourth fact's code",
    ("batch/_eligibility.py", Decimal(81)): "3**4 values of the social digit",
    ("batch/_eligibility.py", Decimal(4)): "values of the born digit (two yes/no tests): 2**2",
    ("batch/_eligibility.py", Decimal(8)): (
        "the family digit's three yes/no flags (2**3); bits in a byte of a packed lookup"
    ),
    ("batch/_eligibility.py", Decimal(16)): (
        "bits of the 16-bit table index; the third byte (<< 16) of a packed lookup"
    ),
    ("batch/_table.py", Decimal(2)): "status codes (BAD = 2, -2) and powers of two of int64 bounds",
    ("batch/_table.py", Decimal(4)): "bytes per UCS-4 character in numpy string arrays",
    ("batch/_table.py", Decimal(6)): "bit shift packing a month index with its day",
    ("batch/_table.py", Decimal(8)): "bytes in an int64 / uint64",
    ("batch/_table.py", Decimal(10)): "the length of an ISO date 'YYYY-MM-DD'",
    ("batch/_table.py", Decimal(12)): "months in a calendar year (datetime64[M] to year and month)",
    ("batch/_table.py", Decimal(16)): "CHUNK_ROWS = 1 << 16: a cache-sized chunk of rows",
    ("batch/_table.py", Decimal(62)): "2**62: a bound that keeps int64 fen arithmetic exact",
    ("batch/_table.py", Decimal(63)): "2**63: the int64 range",
    (
        "batch/_table.py",
        Decimal(1900),
    ): "first day of the civil-calendar lookup table (dates before are refused)",
    (
        "batch/_table.py",
        Decimal(2200),
    ): "end of the civil-calendar lookup table (dates after are refused)",
    ("batch/_table.py", Decimal(1970)): "the numpy datetime64 epoch (1970-01-01)",
}


def _literals(path: Path) -> list[tuple[int, Decimal | str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    # article, paragraph and item numbers are references to a provision, not figures
    references: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg in REFERENCE_KEYWORDS:
            # the value and all in it (versions=("2001", "2015") names two texts)
            references.update(id(n) for n in ast.walk(node.value))
        if isinstance(node, ast.Call):
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name in REFERENCE_CALLS and len(node.args) >= 2:
                references.update(id(a) for a in node.args[1:])
        # ("hunan-pfp-regulation", 22) or Row("npfp-law", ("2015",), 36, …): the ints after a
        # registered statute id name its article (paragraph, item)
        if isinstance(node, ast.Call | ast.Tuple):
            items = node.args if isinstance(node, ast.Call) else node.elts
            for i, a in enumerate(items):
                if isinstance(a, ast.Constant) and a.value in STATUTE_IDS:
                    ints = [
                        b
                        for b in items[i + 1 :]
                        if isinstance(b, ast.Constant) and type(b.value) is int
                    ]
                    references.update(id(b) for b in ints[:3])
    found: list[tuple[int, Decimal | str]] = []
    for node in ast.walk(tree):
        if id(node) in docstrings or id(node) in references:
            continue
        if isinstance(node, ast.Constant) and not isinstance(node.value, bool):
            v = node.value
            if isinstance(v, int | float):
                found.append((node.lineno, Decimal(str(v))))
            elif isinstance(v, str):
                if v in JURISDICTION_CODES:  # a division's id, not a number
                    continue
                # Decimal("0.3"), Decimal("1500"): a number written as a string
                try:
                    d = Decimal(v)
                except ArithmeticError:
                    continue
                if d.is_finite():
                    found.append((node.lineno, d))
    return found


def _offenders() -> list[str]:
    out = []
    for pkg in PACKAGES:
        for path in sorted((SRC / pkg).glob("*.py")):
            rel = str(path.relative_to(SRC))
            for line, value in _literals(path):
                if isinstance(value, Decimal) and value in ARITHMETIC:
                    continue
                if (rel, value) in NOT_LAW:
                    continue
                out.append(f"{rel}:{line}: {value}")
    return out


def test_no_statutory_literal_in_calculators() -> None:
    offenders = _offenders()
    assert not offenders, (
        "statutory numbers as literals (move them to the registry as figures, or list a "
        "number that is not law in NOT_LAW with the reason):\n" + "\n".join(offenders)
    )


def test_not_law_entries_are_used() -> None:
    # an entry whose number no longer appears in its file is stale: remove it
    used = set()
    for pkg in PACKAGES:
        for path in sorted((SRC / pkg).glob("*.py")):
            rel = str(path.relative_to(SRC))
            used.update((rel, v) for _, v in _literals(path) if isinstance(v, Decimal))
    assert not set(NOT_LAW) - used, sorted(set(NOT_LAW) - used)


@pytest.mark.parametrize("value", ["1500", "0.3", "2012"])
def test_the_scan_would_notice(value: str, tmp_path: Path) -> None:
    # the scan is not vacuous: a literal of each kind is found
    f = tmp_path / "x.py"
    f.write_text(f'from decimal import Decimal\nX = Decimal("{value}")\nY = {value}\n')
    assert [v for _, v in _literals(f)] == [Decimal(value), Decimal(value)]
