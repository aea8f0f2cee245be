"""Properties: a living child never creates special assistance, ageing never ends the rural
reward, and every condition of every result carries a citation."""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import example, given, settings
from hypothesis import strategies as st

from familyplan.eligibility import NO_SPOUSE, Applicant, Child, Pregnancy, Spouse, check, programmes
from familyplan.explain import Citation

from ._helpers import YUEYANGLOU, bereaved, rural

D = dt.date

alive = st.sampled_from([True, False, None])
grade = st.one_of(st.none(), st.integers(1, 10))
sex = st.sampled_from(["male", "female"])


@st.composite
def children(draw: st.DrawFn, parent_born: dt.date, max_size: int = 3) -> tuple[Child, ...]:
    n = draw(st.integers(0, max_size))
    out = []
    for _ in range(n):
        born = draw(st.dates(parent_born + dt.timedelta(days=365 * 16), D(2016, 12, 31)))
        out.append(
            Child(
                born, draw(st.one_of(st.none(), sex)), draw(alive), draw(st.booleans()), draw(grade)
            )
        )
    return tuple(out)


@st.composite
def applicants(draw: st.DrawFn) -> Applicant:
    born = draw(st.dates(D(1930, 1, 1), D(1975, 12, 31)))
    s = draw(sex)
    other = "female" if s == "male" else "male"
    spouse = draw(
        st.one_of(
            st.none(),
            st.just(NO_SPOUSE),
            st.builds(
                Spouse,
                st.just(other),
                st.one_of(st.none(), st.dates(D(1930, 1, 1), D(1975, 12, 31))),
                st.one_of(st.none(), st.sampled_from(["rural", "urban"])),
                st.one_of(st.none(), st.sampled_from(["430602", "430611"])),
                st.one_of(st.none(), st.sampled_from(["none", "other", "state-organ"])),
            ),
        )
    )
    return Applicant(
        born,
        s,
        residence=draw(st.one_of(st.none(), st.sampled_from(["rural", "urban"]))),
        registered_in=draw(st.one_of(st.none(), st.sampled_from(["430602", "430611"]))),
        children=draw(st.one_of(st.none(), children(born))),
        spouse=spouse,
        work_unit=draw(
            st.one_of(st.none(), st.sampled_from(["none", "other", "state-owned-enterprise"]))
        ),
        retired=draw(st.one_of(st.none(), st.booleans())),
        births_against_rules=draw(
            st.one_of(st.none(), st.lists(st.integers(born.year + 16, 2016), max_size=2))
        ),
        certificate_issued_on=draw(st.one_of(st.none(), st.dates(D(1990, 1, 1), D(2016, 12, 31)))),
        similar_reward_elsewhere=draw(st.one_of(st.none(), st.booleans())),
        marriage=draw(st.one_of(st.none(), st.sampled_from(["first", "remarriage"])))
        if spouse is not NO_SPOUSE
        else None,
        disabled_child_appraisal=draw(st.one_of(st.none(), st.booleans())),
        pregnancy=draw(
            st.one_of(
                st.none(),
                st.builds(
                    Pregnancy,
                    st.integers(1, 40),
                    st.sampled_from(["divorce", "fetal-defect", "other"]),
                ),
            )
        )
        if s == "female"
        else None,
    )


@st.composite
def families(draw: st.DrawFn) -> Applicant:
    """Families near the lines of the rural reward and special assistance: rural
    registration mostly, one or two children often dead or disabled, ages around 49 and 60."""
    born = draw(st.dates(D(1930, 1, 1), D(1968, 12, 31)))
    s = draw(sex)
    other = "female" if s == "male" else "male"
    spouse = draw(
        st.one_of(
            st.just(NO_SPOUSE),
            st.builds(
                Spouse,
                st.just(other),
                st.one_of(st.none(), st.dates(D(1930, 1, 1), D(1968, 12, 31))),
                st.sampled_from(["rural", "rural", "urban"]),
            ),
        )
    )
    n = draw(st.integers(0, 2))
    kids = []
    for _ in range(n):
        kids.append(
            Child(
                draw(
                    st.dates(born + dt.timedelta(days=365 * 18), born + dt.timedelta(days=365 * 40))
                ),
                draw(st.sampled_from(["female", "female", "male", None])),
                draw(st.sampled_from([True, True, False, None])),
                False,
                draw(st.sampled_from([None, None, 1, 3, 4])),
            )
        )
    return Applicant(
        born,
        s,
        residence=draw(st.sampled_from(["rural", "rural", "rural", "urban", None])),
        children=kids,
        spouse=spouse,
        births_against_rules=draw(st.sampled_from([(), (), (), None, (1980,), (2005,)])),
    )


living_child = st.builds(
    Child,
    st.dates(D(1990, 1, 1), D(2010, 12, 31)),
    st.one_of(st.none(), sex),
    st.just(True),
    st.booleans(),
    st.none(),  # a living child without a disability grade
)


@given(families(), living_child, st.integers(2008, 2015) | st.integers(2023, 2026))
@example(bereaved(), Child("1995-01-01", "female", alive=True), 2014)  # eligible before the child
@example(bereaved(children=[]), Child("1995-01-01", "female", alive=True), 2014)
def test_a_living_child_never_makes_special_assistance(
    a: Applicant, child: Child, year: int
) -> None:
    kids = a.children if a.children is not None else ()
    if child.born_on < a.born_on:
        return
    more = attrs.evolve(a, children=(*kids, child))
    assert (
        check("special-assistance", more, year=year, jurisdiction=YUEYANGLOU).eligible is not True
    )


@given(families(), st.integers(1, 10), st.integers(2008, 2015) | st.integers(2023, 2026))
@example(bereaved(), 1, 2012)
def test_any_further_living_child_ends_special_assistance(a: Applicant, g: int, year: int) -> None:
    # even a disabled one, once the applicant already had a child (只生育一个子女)
    if not a.children:
        return
    child = Child(max(c.born_on for c in a.children), "male", True, False, g)
    more = attrs.evolve(a, children=(*a.children, child))
    assert (
        check("special-assistance", more, year=year, jurisdiction=YUEYANGLOU).eligible is not True
    )


@given(families(), st.integers(2004, 2015))
@example(rural(born_on="1952-12-31"), 2012)  # eligible from its first year
@example(rural(born_on="1944-01-01", children=[Child("1970-01-01", "male", alive=False)]), 2004)
def test_ageing_never_ends_the_rural_reward(a: Applicant, year: int) -> None:
    now = check("rural-reward", a, year=year, jurisdiction=YUEYANGLOU)
    later = check("rural-reward", a, year=year + 1, jurisdiction=YUEYANGLOU)
    if now.eligible is True:
        assert later.eligible is True


WHEN = {
    "rural-reward": {"year": 2016},
    "special-assistance": {"year": 2015},
    "only-child-health-allowance": {"as_of": "2017-01-01"},
    "urban-parents-reward": {"as_of": "2016-12-01"},
    "additional-birth": {"as_of": "2017-01-01"},
    "late-term-termination": {"as_of": "2017-01-01"},
}


@settings(max_examples=100)  # the strategy builds every fact: keep the test near one second
@given(
    applicants(),
    # the childcare subsidy takes a ChildcareClaim: tests/eligibility/test_childcare.py
    st.sampled_from([p.id for p in programmes() if p.id != "childcare-subsidy"]),
    st.sampled_from(["430602", "430611"]),
)
def test_every_condition_carries_a_citation(a: Applicant, pid: str, where: str) -> None:
    r = check(pid, a, jurisdiction=where, **WHEN[pid])  # type: ignore[arg-type]
    assert r.conditions
    for c in r.conditions:
        assert isinstance(c.citation, Citation)
        assert c.citation in r.citations
        assert c.met in (True, False, None)
    # a yes needs every fact: no condition that decides it may be unknown
    if r.eligible is True:
        assert not r.unknown
    if r.eligible is None:
        assert r.unknown
        assert not r.failed
