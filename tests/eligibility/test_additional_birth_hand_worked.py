"""再生育审批 at the edges: the marriage day, multiples, no children (issue 15, part 4).

《湖南省人口与计划生育条例》(2016) art. 15: 符合下列情形之一的 … 可以再生育一个子女:
(一) 两个子女中一个有残疾或者第一胎系多胞胎均有残疾, 经鉴定不能成长为正常劳动力;
(二) 再婚(不含复婚)夫妻再婚前共生育两个子女; (三) 再婚前一方无子女、另一方有一个
子女, 再婚后生育一个子女. "再婚前": a child born on the day of the marriage is not
born before it.
"""

from __future__ import annotations

from familyplan.eligibility import NO_SPOUSE, Applicant, Child, Spouse, check

AB = "additional-birth"
YUEYANGLOU = "430602"
ON = "2017-01-01"


def couple(**changes: object) -> Applicant:
    # remarried on 2012-01-01; his child of 2005, hers of 2008
    facts: dict[str, object] = {
        "marriage": "remarriage",
        "married_on": "2012-01-01",
        "spouse": Spouse("male", children=[Child("2005-01-01")]),
        "children": [Child("2008-01-01")],
        "disabled_child_appraisal": False,
    }
    facts.update(changes)
    return Applicant("1980-01-01", "female", **facts)  # type: ignore[arg-type]


def conditions(a: Applicant) -> list[tuple[str, bool | None, object]]:
    r = check(AB, a, as_of=ON, jurisdiction=YUEYANGLOU)
    return [(c.id.split(".")[1], c.met, c.value) for c in r.conditions]


def test_her_child_born_on_the_marriage_day_is_born_since() -> None:
    # his one child before, none of hers before, one since: case (三), not (二) (1 ≠ 2)
    a = couple(children=[Child("2012-01-01")])
    r = check(AB, a, as_of=ON, jurisdiction=YUEYANGLOU)
    facts = (
        "marriage=remarriage; married_on=2012-01-01; "
        "applicant's children before=0, spouse's before=1, since=1"
    )
    assert [(c.id.split(".")[1], c.fact, c.met, c.value) for c in r.conditions][1:] == [
        ("remarried-two-children", facts, False, 1),
        ("remarried-one-and-none", facts, True, None),
    ]
    assert r.eligible is True
    step = next(s for s in r.steps if s.description.startswith("approval:"))
    assert step.description == "approval: any one of the three cases of art. 15 is enough"
    assert step.description_zh == "符合下列情形之一"
    assert step.value is True
    assert step.citation is not None
    assert (step.citation.statute_id, step.citation.article) == ("hunan-pfp-regulation", 15)


def test_his_child_born_on_the_marriage_day_is_not_before() -> None:
    a = couple(spouse=Spouse("male", children=[Child("2012-01-01")]))
    r = check(AB, a, as_of=ON, jurisdiction=YUEYANGLOU)
    assert r.conditions[1].fact.endswith(
        "applicant's children before=1, spouse's before=0, since=0"
    )
    assert conditions(a)[1:] == [
        ("remarried-two-children", False, 1),
        ("remarried-one-and-none", False, None),
    ]


def test_two_before_is_case_two() -> None:
    # 1 + 1 = 两个, born before 2012-01-01
    assert conditions(couple())[1] == ("remarried-two-children", True, 2)
    # remarried in 2012, but nothing said of the marriage kind: undetermined
    assert conditions(couple(marriage=None))[1] == ("remarried-two-children", None, 2)


def test_one_disabled_child_is_not_case_one() -> None:
    # (一) needs two children (or multiples of a first birth): one child is not enough
    a = couple(children=[Child("2010-01-01")], disabled_child_appraisal=True)
    assert conditions(a)[0] == ("disabled-child", False, None)
    # no child at all: not (一) either
    assert conditions(couple(children=[], disabled_child_appraisal=True))[0] == (
        "disabled-child",
        False,
        None,
    )


def test_triplets_are_multiples() -> None:
    a = couple(children=[Child("2010-01-01")] * 3, disabled_child_appraisal=True)
    assert conditions(a)[0] == ("disabled-child", True, None)
    # three children of different days are neither two nor multiples
    b = couple(
        children=[Child("2009-01-01"), Child("2010-01-01"), Child("2011-01-01")],
        disabled_child_appraisal=True,
    )
    assert conditions(b)[0] == ("disabled-child", False, None)


def test_children_not_given() -> None:
    a = couple(children=None, spouse=NO_SPOUSE, married_on=None, disabled_child_appraisal=True)
    assert conditions(a) == [
        ("disabled-child", None, None),
        ("remarried-two-children", False, None),  # no spouse: not a remarried couple
        ("remarried-one-and-none", False, None),
    ]
