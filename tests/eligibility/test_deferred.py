"""A check's conditions, steps and citations are written out when first read
(issue 17): the result is the same object either way — equal, hashed, copied,
pickled, printed and serialised as one built with them, and frozen."""

from __future__ import annotations

import copy
import pickle
import threading

import attrs
import pytest

from familyplan.eligibility import NO_SPOUSE, Applicant, Child, Eligibility, check

from ._helpers import YUEYANGLOU, bereaved, rural


def _pair(programme: str, a: Applicant, **kw: object) -> tuple[Eligibility, Eligibility]:
    """Two results of one check: the first written out (read), the second not yet."""
    first = check(programme, a, jurisdiction=YUEYANGLOU, **kw)  # type: ignore[arg-type]
    first.to_dict()
    return first, check(programme, a, jurisdiction=YUEYANGLOU, **kw)  # type: ignore[arg-type]


CASES = [
    ("rural-reward", rural(), {"year": 2014}),
    ("rural-reward", rural(children=None, spouse=None), {"year": 2010}),
    ("special-assistance", bereaved(), {"year": 2014}),
    ("urban-parents-reward", rural(residence="urban"), {"as_of": "2015-06-30"}),
]


@pytest.mark.parametrize(("programme", "a", "kw"), CASES)
def test_equal_to_the_eager_result(programme: str, a: Applicant, kw: dict[str, object]) -> None:
    done, fresh = _pair(programme, a, **kw)
    assert fresh == done
    assert hash(fresh) == hash(check(programme, a, jurisdiction=YUEYANGLOU, **kw))  # type: ignore[arg-type]
    # attrs.evolve builds an eager result with every field
    assert attrs.evolve(check(programme, a, jurisdiction=YUEYANGLOU, **kw)) == done  # type: ignore[arg-type]


@pytest.mark.parametrize(("programme", "a", "kw"), CASES)
def test_copies_repr_and_dict(programme: str, a: Applicant, kw: dict[str, object]) -> None:
    done, _ = _pair(programme, a, **kw)
    _, fresh = _pair(programme, a, **kw)
    assert pickle.loads(pickle.dumps(fresh)) == done
    _, fresh = _pair(programme, a, **kw)
    assert copy.deepcopy(fresh) == done
    _, fresh = _pair(programme, a, **kw)
    assert repr(fresh) == repr(done)
    _, fresh = _pair(programme, a, **kw)
    assert fresh.to_dict() == done.to_dict()


def test_steps_read_first_match_conditions_read_first() -> None:
    a = rural()
    r1 = check("rural-reward", a, year=2014, jurisdiction=YUEYANGLOU)
    r2 = check("rural-reward", a, year=2014, jurisdiction=YUEYANGLOU)
    steps, conditions = r1.steps, r1.conditions
    assert r2.conditions == conditions
    assert r2.steps == steps
    # the header, then the amount, then a step a condition, then the verdict
    assert (
        steps[0].description
        == "rural-reward (农村部分计划生育家庭奖励扶助) in 430602 岳阳楼区, year 2014"
    )
    assert [s.citation for s in steps[-1 - len(conditions) : -1]] == [
        c.citation for c in conditions
    ]
    assert steps[-1].description == "all conditions met"


def test_frozen_before_and_after_reading() -> None:
    r = check("rural-reward", rural(), year=2014, jurisdiction=YUEYANGLOU)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        r.conditions = ()  # type: ignore[misc]
    assert len(r.conditions) == 8
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        r.steps = ()  # type: ignore[misc]
    with pytest.raises(AttributeError):
        r.no_such_field  # type: ignore[attr-defined]  # noqa: B018


def test_read_from_several_threads() -> None:
    a = Applicant("1950-05-01", "female", residence="rural", spouse=NO_SPOUSE,
                  births_against_rules=(), children=[Child("1975-03-01", "female", alive=True)])  # fmt: skip
    expected = check("rural-reward", a, year=2014, jurisdiction=YUEYANGLOU).to_dict()
    for _ in range(20):
        r = check("rural-reward", a, year=2014, jurisdiction=YUEYANGLOU)
        out: list[object] = []

        def read(r: Eligibility = r, out: list[object] = out) -> None:
            out.append(r.to_dict())

        threads = [threading.Thread(target=read) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert out == [expected] * 4
