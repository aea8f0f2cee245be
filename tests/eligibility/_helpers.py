"""Builders for the eligibility tests: a valid applicant of each programme, to vary one fact."""

from __future__ import annotations

from typing import Any

from familyplan.eligibility import NO_SPOUSE, Applicant, Child, Pregnancy, Spouse

YUEYANGLOU = "430602"
JUNSHAN = "430611"
BOSHAN = "370304"
LONGYAO = "130525"


def rural(**changes: Any) -> Applicant:
    """A rural widow born 1950-05-01 with one living son, no violating birth."""
    facts: dict[str, Any] = {
        "residence": "rural",
        "spouse": NO_SPOUSE,
        "births_against_rules": (),
        "children": [Child("1975-03-01", "male", alive=True)],
    }
    facts.update(changes)
    born = facts.pop("born_on", "1950-05-01")
    sex = facts.pop("sex", "female")
    return Applicant(born, sex, **facts)


def bereaved(**changes: Any) -> Applicant:
    """A woman born 1950-05-01 whose only child (a son) has died."""
    facts: dict[str, Any] = {
        "residence": "rural",
        "spouse": NO_SPOUSE,
        "children": [Child("1975-03-01", "male", alive=False)],
    }
    facts.update(changes)
    born = facts.pop("born_on", "1950-05-01")
    sex = facts.pop("sex", "female")
    return Applicant(born, sex, **facts)


def parent(**changes: Any) -> Applicant:
    """A couple without work units registered in 岳阳楼区; one son born 2003-02-28;
    certificate issued 2006-03-10."""
    facts: dict[str, Any] = {
        "work_unit": "none",
        "registered_in": YUEYANGLOU,
        "spouse": Spouse("male", work_unit="none", registered_in=YUEYANGLOU),
        "children": [Child("2003-02-28", "male", alive=True)],
        "certificate_issued_on": "2006-03-10",
    }
    facts.update(changes)
    born = facts.pop("born_on", "1978-01-01")
    sex = facts.pop("sex", "female")
    return Applicant(born, sex, **facts)


def urban(**changes: Any) -> Applicant:
    """An urban woman of 岳阳楼区 born 1959-03-02, no work unit, only-child certificate."""
    facts: dict[str, Any] = {
        "residence": "urban",
        "registered_in": YUEYANGLOU,
        "similar_reward_elsewhere": False,
        "only_child_certificate": True,
        "work_unit": "none",
        "retired": False,
    }
    facts.update(changes)
    born = facts.pop("born_on", "1959-03-02")
    sex = facts.pop("sex", "female")
    return Applicant(born, sex, **facts)


def pregnant(pregnancy: Pregnancy, **changes: Any) -> Applicant:
    return Applicant("1990-01-01", "female", pregnancy=pregnancy, **changes)
