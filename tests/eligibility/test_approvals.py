"""再生育审批 (《湖南省人口与计划生育条例》(2016) art. 15) and 中期以上终止妊娠
(湖南省人民政府令第194号 arts. 11, 12, 23; 岳阳楼区 flowchart), worked by hand."""

from __future__ import annotations

import pytest

from familyplan.eligibility import NO_SPOUSE, Applicant, Child, Pregnancy, Spouse, check
from familyplan.errors import InvalidInput

from ._helpers import JUNSHAN, YUEYANGLOU, pregnant

AB = "additional-birth"
LT = "late-term-termination"


def couple(**changes: object) -> Applicant:
    facts: dict[str, object] = {
        "marriage": "remarriage",
        "married_on": "2012-01-01",
        "spouse": Spouse("male", children=[Child("2005-01-01")]),
        "children": [Child("2008-01-01")],
        "disabled_child_appraisal": False,
    }
    facts.update(changes)
    return Applicant("1980-01-01", "female", **facts)  # type: ignore[arg-type]


class TestAdditionalBirth:
    def test_case_2_two_children_before(self) -> None:
        r = check(AB, couple(), as_of="2017-01-01", jurisdiction=YUEYANGLOU)
        assert r.condition(f"{AB}.remarried-two-children").met is True  # 1 + 1 = 两个
        assert r.eligible is True
        assert (
            str(r.condition(f"{AB}.remarried-two-children").citation)
            == "《湖南省人口与计划生育条例》第十五条第二项"
        )

    def test_case_2_excludes_the_same_couple(self) -> None:
        # 再婚（不含复婚）
        r = check(
            AB,
            couple(marriage="remarriage-same-couple"),
            as_of="2017-01-01",
            jurisdiction=YUEYANGLOU,
        )
        assert r.eligible is False

    def test_case_2_three_before(self) -> None:
        r = check(
            AB,
            couple(children=[Child("2008-01-01"), Child("2010-01-01")]),
            as_of="2017-01-01",
            jurisdiction=YUEYANGLOU,
        )
        assert r.condition(f"{AB}.remarried-two-children").met is False

    def test_case_3_none_and_one_then_one(self) -> None:
        a = couple(children=[Child("2013-06-01")])  # the shared child, born after the remarriage
        r = check(AB, a, as_of="2017-01-01", jurisdiction=YUEYANGLOU)
        assert r.condition(f"{AB}.remarried-one-and-none").met is True
        assert r.eligible is True

    def test_case_3_no_child_yet(self) -> None:
        a = couple(children=[])
        assert check(AB, a, as_of="2017-01-01", jurisdiction=YUEYANGLOU).eligible is False

    def test_case_1_disabled_child(self) -> None:
        a = Applicant(
            "1980-01-01",
            "female",
            marriage="first",
            spouse=Spouse("male", children=[]),
            married_on="2004-01-01",
            children=[Child("2005-01-01"), Child("2008-01-01", disability_grade=2)],
            disabled_child_appraisal=True,
        )
        r = check(AB, a, as_of="2017-01-01", jurisdiction=YUEYANGLOU)
        assert r.condition(f"{AB}.disabled-child").met is True
        assert r.eligible is True

    def test_case_1_first_birth_multiples(self) -> None:
        twins = [Child("2005-01-01"), Child("2005-01-01"), Child("2005-01-01")]
        a = couple(marriage="first", children=twins, disabled_child_appraisal=True)
        assert (
            check(AB, a, as_of="2017-01-01", jurisdiction=YUEYANGLOU)
            .condition(f"{AB}.disabled-child")
            .met
            is True
        )

    def test_unknown_facts(self) -> None:
        a = Applicant("1980-01-01", "female")
        r = check(AB, a, as_of="2017-01-01", jurisdiction=YUEYANGLOU)
        assert r.eligible is None
        assert r.amount is None
        assert r.rate is None

    def test_no_spouse(self) -> None:
        a = Applicant(
            "1980-01-01",
            "female",
            spouse=NO_SPOUSE,
            children=[Child("2005-01-01")],
            disabled_child_appraisal=False,
        )
        assert check(AB, a, as_of="2017-01-01", jurisdiction=YUEYANGLOU).eligible is False

    def test_dates_of_the_2016_text(self) -> None:
        with pytest.raises(
            InvalidInput, match="as_of must be within the encoded period of additional-birth"
        ):
            check(AB, couple(), as_of="2015-12-31", jurisdiction=YUEYANGLOU)


DOCS = ["identity-card", "county-certificate", "divorce-certificate"]


class TestLateTermTermination:
    @pytest.mark.parametrize(("weeks", "met"), [(13, False), (14, True)])  # 妊娠14周以上
    def test_14_weeks(self, weeks: int, met: bool) -> None:
        r = check(
            LT,
            pregnant(Pregnancy(weeks, ground="divorce", documents=DOCS)),
            as_of="2017-01-01",
            jurisdiction=YUEYANGLOU,
        )
        assert r.condition(f"{LT}.pregnancy-14-weeks").met is met
        assert r.eligible is met

    def test_divorce_needs_the_county_certificate(self) -> None:
        p = Pregnancy(20, ground="divorce", documents=["identity-card", "divorce-certificate"])
        r = check(LT, pregnant(p), as_of="2017-01-01", jurisdiction=YUEYANGLOU)
        assert r.condition(f"{LT}.divorce-or-widowhood").met is False

    def test_widowhood_in_yueyanglou_needs_the_death_certificate(self) -> None:
        p = Pregnancy(
            20,
            ground="widowhood",
            compliant=True,
            documents=["identity-card", "county-certificate"],
        )
        assert check(LT, pregnant(p), as_of="2017-01-01", jurisdiction=YUEYANGLOU).eligible is False
        # whether the pregnancy meets the legal conditions decides the township path: unknown
        p_unknown = Pregnancy(
            20, ground="widowhood", documents=["identity-card", "county-certificate"]
        )
        assert (
            check(LT, pregnant(p_unknown), as_of="2017-01-01", jurisdiction=YUEYANGLOU).eligible
            is None
        )
        # the decree alone (君山区) asks for the identity card and the county's certificate
        assert check(LT, pregnant(p), as_of="2017-01-01", jurisdiction=JUNSHAN).eligible is True

    @pytest.mark.parametrize(
        ("physicians", "eligible"),
        [(2, True), (1, False)],  # 两名以上医师共同诊断
    )
    def test_serious_illness(self, physicians: int, eligible: bool) -> None:
        p = Pregnancy(
            22,
            ground="serious-illness",
            compliant=True,
            documents=["diagnosis-certificate"],
            diagnosing_physicians=physicians,
            hospital_county_level_or_above=True,
        )
        r = check(LT, pregnant(p), as_of="2017-01-01", jurisdiction=YUEYANGLOU)
        assert r.eligible is eligible

    def test_fetal_defect(self) -> None:
        p = Pregnancy(
            22, ground="fetal-defect", compliant=True, documents=["prenatal-diagnosis-certificate"]
        )
        assert check(LT, pregnant(p), as_of="2017-01-01", jurisdiction=YUEYANGLOU).eligible is True

    def test_non_compliant_pregnancy(self) -> None:
        p = Pregnancy(18, ground="other", compliant=False, documents=["identity-card"])
        assert check(LT, pregnant(p), as_of="2017-01-01", jurisdiction=YUEYANGLOU).eligible is True

    def test_other_grounds_undetermined_outside_yueyanglou(self) -> None:
        p = Pregnancy(
            22, ground="fetal-defect", compliant=True, documents=["prenatal-diagnosis-certificate"]
        )
        r = check(LT, pregnant(p), as_of="2017-01-01", jurisdiction=JUNSHAN)
        assert r.eligible is None
        assert r.condition(f"{LT}.other-ground-not-encoded").met is None

    def test_no_pregnancy_given(self) -> None:
        r = check(
            LT, Applicant("1990-01-01", "female"), as_of="2017-01-01", jurisdiction=YUEYANGLOU
        )
        assert r.eligible is None

    def test_before_the_decree(self) -> None:
        with pytest.raises(InvalidInput, match="2005-03-01"):
            check(LT, pregnant(Pregnancy(20)), as_of="2005-02-28", jurisdiction=YUEYANGLOU)
