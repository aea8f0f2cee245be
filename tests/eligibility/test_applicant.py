"""The applicant model: converters, validators, several errors at once."""

from __future__ import annotations

import datetime as dt
import pickle

import attrs
import pytest

from familyplan import statutes
from familyplan.eligibility import NO_SPOUSE, Applicant, Child, Pregnancy, Spouse
from familyplan.errors import InvalidInput, InvalidInputs
from familyplan.types import JurisdictionLike


class TestChild:
    def test_iso_strings_become_dates(self) -> None:
        assert Child("1990-05-01").born_on == dt.date(1990, 5, 1)

    def test_unknown_by_default(self) -> None:
        c = Child("1990-05-01")
        assert (c.sex, c.alive, c.adopted, c.disability_grade) == (None, None, False, None)

    @pytest.mark.parametrize("grade", [1, 3, 4, 10])
    def test_grades_1_to_10(self, grade: int) -> None:
        assert Child("1990-05-01", disability_grade=grade).disability_grade == grade

    @pytest.mark.parametrize("grade", [0, 11, -3, True, "3"])  # outside 1-10, a bool, a str
    def test_bad_grades(self, grade: object) -> None:
        with pytest.raises(InvalidInput, match="disability_grade must be an int from 1"):
            Child("1990-05-01", disability_grade=grade)

    def test_datetime_refused(self) -> None:
        with pytest.raises(InvalidInput, match=r"born_on must be a datetime\.date"):
            Child(dt.datetime(1990, 5, 1, 12))

    def test_alive_must_be_bool(self) -> None:
        with pytest.raises(InvalidInput, match="alive must be True, False or None"):
            Child("1990-05-01", alive="yes")

    def test_several_errors_grouped(self) -> None:
        with pytest.raises(InvalidInputs) as info:
            Child("1990-13-01", sex="boy", alive=1)
        assert [e.field for e in info.value.exceptions] == ["born_on", "sex", "alive"]


class TestApplicant:
    def test_required_facts_only(self) -> None:
        a = Applicant("1950-01-01", "male")
        assert a.children is None
        assert a.spouse is None
        assert a.residence is None

    def test_child_born_before_the_parent(self) -> None:
        with pytest.raises(
            InvalidInput,
            match=r"children\[0\]\.born_on must be on or after the parent's birth \(1950-01-01\)",
        ):
            Applicant("1950-01-01", "male", children=[Child("1949-12-31")])

    def test_child_born_on_the_parents_birthday_is_possible_in_law(self) -> None:
        # not a meaningful family, but not an impossible date relation either
        assert Applicant("1950-01-01", "male", children=[Child("1950-01-01")]).children

    def test_several_bad_fields_in_one_group(self) -> None:
        with pytest.raises(InvalidInputs) as info:
            Applicant("1950-01-01", "x", residence="town", retired="no", registered_in="4306")
        fields = [e.field for e in info.value.exceptions]
        assert fields == ["sex", "residence", "registered_in", "retired"]
        assert all(isinstance(e, InvalidInput) for e in info.value.exceptions)

    @pytest.mark.parametrize("code", ["430611", 430611, statutes.jurisdiction("430611")])
    def test_registered_in_is_kept_as_its_code(self, code: JurisdictionLike) -> None:
        # a division is named as everywhere else (str, int or Jurisdiction) and kept as a str
        a = Applicant(
            "1950-01-01", "male", registered_in=code, spouse=Spouse("female", registered_in=code)
        )
        assert a.registered_in == "430611"
        assert type(a.registered_in) is str
        assert isinstance(a.spouse, Spouse)
        assert a.spouse.registered_in == "430611"

    def test_registered_in_takes_any_division_of_six_ascii_digits(self) -> None:
        # registration may be outside the divisions the library has rules for (Beijing)
        assert Applicant("1950-01-01", "male", registered_in="110101").registered_in == "110101"

    @pytest.mark.parametrize(
        "code",
        ["４３０６０２", "430602\n", "43060", 43060, 4306020, True, 430602.0, b"430602", ""],
    )
    def test_registered_in_refuses_what_is_not_a_code(self, code: object) -> None:
        for make in (
            lambda: Applicant("1950-01-01", "male", registered_in=code),  # type: ignore[arg-type]
            lambda: Spouse("male", registered_in=code),  # type: ignore[arg-type]
        ):
            with pytest.raises(InvalidInput) as info:
                make()
            assert info.value.field == "registered_in"
            assert info.value.value == code

    def test_group_pickles(self) -> None:
        with pytest.raises(InvalidInputs) as info:
            Applicant("1950-01-01", "x", residence="town")
        again = pickle.loads(pickle.dumps(info.value))
        assert [e.field for e in again.exceptions] == ["sex", "residence"]

    def test_spouse_of_the_same_sex_refused(self) -> None:
        with pytest.raises(InvalidInput, match=r"spouse\.sex must be the other sex"):
            Applicant("1950-01-01", "male", spouse=Spouse("male"))

    def test_spouse_must_be_spouse_or_marker(self) -> None:
        with pytest.raises(InvalidInput, match="spouse must be a Spouse, NO_SPOUSE or None"):
            Applicant("1950-01-01", "male", spouse="none")

    def test_certificate_date_implies_certificate(self) -> None:
        a = Applicant("1970-01-01", "female", certificate_issued_on="1995-01-01")
        assert a.only_child_certificate is True

    def test_certificate_date_contradicting_flag(self) -> None:
        with pytest.raises(InvalidInput, match="only_child_certificate must be True or None"):
            Applicant(
                "1970-01-01",
                "female",
                certificate_issued_on="1995-01-01",
                only_child_certificate=False,
            )

    def test_certificate_before_birth(self) -> None:
        with pytest.raises(InvalidInput, match="certificate_issued_on must be on or after born_on"):
            Applicant("1970-01-01", "female", certificate_issued_on="1969-01-01")

    def test_childless_certificate_with_children(self) -> None:
        with pytest.raises(InvalidInput, match="childless_certified must be False or None"):
            Applicant(
                "1950-01-01", "female", childless_certified=True, children=[Child("1980-01-01")]
            )

    def test_births_against_rules_years(self) -> None:
        assert Applicant(
            "1950-01-01", "female", births_against_rules=[1985, 1979]
        ).births_against_rules == (1979, 1985)
        with pytest.raises(
            InvalidInput, match=r"births_against_rules\[0\] must be an int year from 1950"
        ):
            Applicant("1950-01-01", "female", births_against_rules=[1949])

    def test_pregnancy_of_a_man_refused(self) -> None:
        with pytest.raises(InvalidInput, match="pregnancy must be None for a male applicant"):
            Applicant("1990-01-01", "male", pregnancy=Pregnancy(20))

    def test_married_on_without_spouse(self) -> None:
        with pytest.raises(
            InvalidInput, match="married_on must be None when the applicant has no spouse"
        ):
            Applicant("1990-01-01", "male", spouse=NO_SPOUSE, married_on="2015-01-01")

    def test_evolve_revalidates(self) -> None:
        a = Applicant("1950-01-01", "male")
        assert attrs.evolve(a, residence="rural").residence == "rural"
        with pytest.raises(InvalidInput, match="residence must be one of"):
            attrs.evolve(a, residence="village")

    def test_frozen(self) -> None:
        a = Applicant("1950-01-01", "male")
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            a.residence = "rural"  # type: ignore[misc]

    def test_woman_born_on(self) -> None:
        assert Applicant("1950-01-01", "female").woman_born_on == dt.date(1950, 1, 1)
        husband = Applicant("1948-01-01", "male", spouse=Spouse("female", born_on="1951-02-03"))
        assert husband.woman_born_on == dt.date(1951, 2, 3)
        assert Applicant("1948-01-01", "male", spouse=NO_SPOUSE).woman_born_on is None


class TestPregnancy:
    @pytest.mark.parametrize("weeks", [0, 46, None, "20", True])
    def test_weeks(self, weeks: object) -> None:
        with pytest.raises(InvalidInput, match="weeks must be an int from 1 to 45"):
            Pregnancy(weeks)

    def test_documents(self) -> None:
        p = Pregnancy(20, documents=["identity-card", "county-certificate"])
        assert p.documents == frozenset({"identity-card", "county-certificate"})
        with pytest.raises(InvalidInput, match=r"documents\[1\] must be one of"):
            Pregnancy(20, documents=["identity-card", "passport"])
