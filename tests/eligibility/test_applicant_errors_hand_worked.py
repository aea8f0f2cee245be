"""Every input error of the applicant model, field by field (issue 15, part 4).

Mutation testing: each field name, refused value and allowed set of
``Applicant``, ``Spouse``, ``Child`` and ``Pregnancy`` is stated here, in the
order the errors are collected (the order of the parameters). The allowed sets
are the vocabularies of docs/eligibility.md; the cross-field rules are those of
the docstrings (a child is born on or after the parent, a certificate is issued
on or after the holder's birth, a marriage needs a spouse…).
"""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.eligibility import NO_SPOUSE, Applicant, Child, Pregnancy, Spouse
from familyplan.errors import InvalidInput, InvalidInputs

DATE = "a datetime.date or an ISO date string 'YYYY-MM-DD'"
FLAG = "True, False or None (not given)"
CODE = "a six-digit GB/T 2260 division code such as '430602'"  # the rest of it may vary
WORK = (
    "one of 'none', 'state-organ', 'public-institution', 'state-owned-enterprise' or 'other' "
    "(or None)"
)


def errors(make: object) -> list[tuple[str, object, str]]:
    with pytest.raises((InvalidInput, InvalidInputs)) as info:
        make()  # type: ignore[operator]
    err = info.value
    found = err.exceptions if isinstance(err, InvalidInputs) else (err,)
    out = []
    for e in found:
        assert isinstance(e, InvalidInput)
        allowed = e.allowed
        if e.field == "registered_in":
            assert allowed.startswith(CODE)
            assert allowed.endswith("or None")
            allowed = CODE
        out.append((e.field, e.value, allowed))
    return out


def test_applicant_every_field_wrong() -> None:
    got = errors(
        lambda: Applicant(
            "1990-02-30",
            "f",
            residence="town",
            registered_in="4306",
            children=[Child("1980-01-01", "male"), "x"],
            spouse="wife",
            work_unit="farm",
            retired="no",
            urban_employee_pension=1,
            births_against_rules=[1850],
            only_child_certificate="yes",
            certificate_issued_on="2000-13-01",
            childless_certified="no",
            similar_reward_elsewhere=0,
            marriage="second",
            married_on="bad",
            disabled_child_appraisal="y",
            pregnancy="p",
        )
    )
    assert got == [
        ("born_on", "1990-02-30", DATE),
        ("sex", "f", "one of 'male' or 'female'"),
        ("residence", "town", "one of 'rural' or 'urban' (or None)"),
        ("registered_in", "4306", CODE),
        ("children[1]", "x", "a Child"),
        ("spouse", "wife", "a Spouse, NO_SPOUSE or None (not given)"),
        ("work_unit", "farm", WORK),
        ("retired", "no", FLAG),
        ("urban_employee_pension", 1, FLAG),
        # with born_on unreadable, years are checked from 1900
        ("births_against_rules[0]", 1850, "an int year from 1900 (the applicant's birth) to 2200"),
        ("only_child_certificate", "yes", FLAG),
        ("certificate_issued_on", "2000-13-01", DATE),
        ("childless_certified", "no", FLAG),
        ("similar_reward_elsewhere", 0, FLAG),
        (
            "marriage",
            "second",
            "one of 'first', 'remarriage' or 'remarriage-same-couple' (or None)",
        ),
        ("married_on", "bad", DATE),
        ("disabled_child_appraisal", "y", FLAG),
        ("pregnancy", "p", "a Pregnancy or None"),
    ]


def test_applicant_facts_that_contradict_each_other() -> None:
    # a man born 1990-02-28: his child, his violating birth, his certificate and his
    # marriage cannot come before him; a certificate date means it was issued; no
    # spouse, no marriage date; a man is never pregnant
    got = errors(
        lambda: Applicant(
            "1990-02-28",
            "male",
            children=[Child("1980-01-01", "male")],
            spouse=NO_SPOUSE,
            births_against_rules=[1989],
            only_child_certificate=False,
            certificate_issued_on="1989-01-01",
            childless_certified=True,
            married_on="1989-05-01",
            pregnancy=Pregnancy(20),
        )
    )
    assert [(f, v) for f, v, _ in got] == [
        ("children[0].born_on", dt.date(1980, 1, 1)),
        ("births_against_rules[0]", 1989),
        ("only_child_certificate", False),
        ("certificate_issued_on", dt.date(1989, 1, 1)),
        ("married_on", dt.date(1989, 5, 1)),
        ("married_on", dt.date(1989, 5, 1)),
        ("pregnancy", Pregnancy(20)),
    ]
    allowed = [a for _, _, a in got]
    assert allowed == [
        "on or after the parent's birth (1990-02-28)",
        "an int year from 1990 (the applicant's birth) to 2200",
        "True or None when certificate_issued_on is given (the certificate was issued)",
        "on or after born_on (1990-02-28)",
        "on or after born_on (1990-02-28)",
        "None when the applicant has no spouse (NO_SPOUSE)",
        "None for a male applicant",
    ]


def test_childless_certificate_with_children() -> None:
    got = errors(
        lambda: Applicant(
            "1950-01-01", "female", children=[Child("1975-01-01", "male")], childless_certified=True
        )
    )
    assert got == [("childless_certified", True, "False or None when children are given")]


def test_unreadable_birth_checks_from_1900() -> None:
    got = errors(
        lambda: Applicant(
            "bad", "male", children=[Child("1899-12-31")], births_against_rules=[1899]
        )
    )
    assert got == [
        ("born_on", "bad", DATE),
        (
            "children[0].born_on",
            dt.date(1899, 12, 31),
            "on or after the parent's birth (1900-01-01)",
        ),
        ("births_against_rules[0]", 1899, "an int year from 1900 (the applicant's birth) to 2200"),
    ]
    # 1900 itself is a year from 1900
    a = Applicant("1900-01-01", "male", children=[Child("1900-01-01")], births_against_rules=[1900])
    assert a.births_against_rules == (1900,)


def test_spouse_of_the_same_sex() -> None:
    assert errors(lambda: Applicant("1990-01-01", "male", spouse=Spouse("male"))) == [
        ("spouse.sex", "male", "the other sex than the applicant's ('male')")
    ]
    # an unreadable sex is not compared
    assert [
        f for f, _, _ in errors(lambda: Applicant("1990-01-01", "x", spouse=Spouse("male")))
    ] == ["sex"]
    # nor is a pregnancy of an applicant whose sex is unreadable refused for it
    assert [
        f for f, _, _ in errors(lambda: Applicant("1990-01-01", "x", pregnancy=Pregnancy(20)))
    ] == ["sex"]


def test_spouse_every_field_wrong() -> None:
    got = errors(
        lambda: Spouse(
            "m",
            born_on="x",
            residence="town",
            registered_in="4306",
            work_unit="farm",
            children=["x"],
        )
    )
    assert got == [
        ("sex", "m", "one of 'male' or 'female'"),
        ("born_on", "x", DATE),
        ("residence", "town", "one of 'rural' or 'urban' (or None)"),
        ("registered_in", "4306", CODE),
        ("work_unit", "farm", WORK),
        ("children[0]", "x", "a Child"),
    ]
    assert errors(
        lambda: Spouse("male", born_on="1990-01-01", children=[Child("1989-12-31", "male")])
    ) == [
        (
            "children[0].born_on",
            dt.date(1989, 12, 31),
            "on or after the parent's birth (1990-01-01)",
        )
    ]


def test_spouse_fields_kept() -> None:
    s = Spouse(
        "male",
        born_on="1960-01-01",
        residence="rural",
        registered_in="430602",
        work_unit="none",
        children=[Child("1985-01-01", "female")],
    )
    assert (s.sex, s.born_on, s.residence, s.registered_in, s.work_unit) == (
        "male",
        dt.date(1960, 1, 1),
        "rural",
        "430602",
        "none",
    )
    assert s.children == (Child("1985-01-01", "female"),)


def test_child_every_field_wrong() -> None:
    got = errors(lambda: Child("x", sex="m", alive="y", adopted=None, disability_grade=11))  # type: ignore[arg-type]
    assert got == [
        ("born_on", "x", DATE),
        ("sex", "m", "one of 'male' or 'female' (or None)"),
        ("alive", "y", FLAG),
        ("adopted", None, "True or False"),
        (
            "disability_grade",
            11,
            "an int from 1 (most severe) to 10, or None (no disability grade)",
        ),
    ]
    c = Child("1990-01-01", "female", alive=True, adopted=True, disability_grade=1)
    assert (c.born_on, c.sex, c.alive, c.adopted, c.disability_grade) == (
        dt.date(1990, 1, 1),
        "female",
        True,
        True,
        1,
    )


def test_pregnancy_every_field_wrong() -> None:
    got = errors(
        lambda: Pregnancy(
            46,
            ground="g",
            compliant="y",
            documents=["passport"],
            diagnosing_physicians=100,
            hospital_county_level_or_above="y",
        )  # type: ignore[arg-type]
    )
    assert got == [
        ("weeks", 46, "an int from 1 to 45"),
        (
            "ground",
            "g",
            "one of 'serious-illness', 'fetal-defect', 'divorce', 'widowhood' or 'other' (or None)",
        ),
        ("compliant", "y", FLAG),
        (
            "documents[0]",
            "passport",
            "one of 'identity-card', 'county-certificate', 'divorce-certificate', "
            "'spouse-death-certificate', 'diagnosis-certificate' or "
            "'prenatal-diagnosis-certificate'",
        ),
        ("diagnosing_physicians", 100, "an int from 0 to 99, or None"),
        ("hospital_county_level_or_above", "y", FLAG),
    ]
    assert errors(lambda: Pregnancy(0, documents="identity-card")) == [  # type: ignore[arg-type]
        ("weeks", 0, "an int from 1 to 45"),
        ("documents", "identity-card", "a list or tuple"),
    ]


def test_pregnancy_fields_kept() -> None:
    # 湖南省人口与计划生育条例: 14 weeks or more; the limits 1 and 45 weeks, 0 and 99 physicians
    p = Pregnancy(
        45,
        ground="fetal-defect",
        compliant=True,
        documents={"identity-card"},
        diagnosing_physicians=0,
        hospital_county_level_or_above=False,
    )
    assert (p.weeks, p.ground, p.compliant, p.diagnosing_physicians) == (
        45,
        "fetal-defect",
        True,
        0,
    )
    assert set(p.documents or ()) == {"identity-card"}
    assert p.hospital_county_level_or_above is False
    assert Pregnancy(1, diagnosing_physicians=99).diagnosing_physicians == 99
