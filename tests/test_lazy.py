"""Results whose explanation is written on first read (familyplan._lazy, issue 17).

A result built lazily must be indistinguishable from one whose fields were
all read at once: the same values, equality, hash, repr, pickling, copying,
``attrs.evolve`` and ``to_dict``; and it stays frozen.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import pickle
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from familyplan import penalties
from familyplan._lazy import StepLog, build_later, lazy_fields
from familyplan.explain import Citation, Explained, Step

CASE = penalties.LevyCase(
    jurisdiction="430611",
    birth_on="2017-05-01",
    decided_on="2017-09-01",
    circumstance="extra-child",
    children_over_limit=1,
    parties=(
        penalties.Party("mother", "20000", "urban"),
        penalties.Party("father", "50000", "rural"),
    ),
    income_base=penalties.IncomeBase(urban_disposable="30000", rural_net="12000", year=2016),
)

CALLS: dict[str, Callable[[], Any]] = {
    "fine_band": lambda: penalties.fine_band(
        "illegal-fp-surgery",
        illegal_income="12000",
        act_on="2016-05-01",
        decided_on="2022-01-01",
        jurisdiction="430602",
    ),
    "assess_levy": lambda: penalties.assess_levy(CASE),
    "late_fee": lambda: penalties.late_fee(
        "100000",
        due_on="2013-01-31",
        as_of="2014-01-31",
        payments=[("2013-07-15", "40000")],
    ),
}


def _read_all(r: Any) -> Any:
    for a in attrs.fields(type(r)):
        getattr(r, a.name)
    return r


@pytest.mark.parametrize("name", sorted(CALLS))
def test_a_lazy_result_is_the_result_read_at_once(name: str) -> None:
    call = CALLS[name]
    read = _read_all(call())
    for fresh in (
        call(),
        pickle.loads(pickle.dumps(call())),
        copy.copy(call()),
        copy.deepcopy(call()),
    ):
        assert fresh == read
        assert hash(fresh) == hash(read)
    assert repr(call()) == repr(read)
    assert json.dumps(call().to_dict(), sort_keys=True) == json.dumps(
        read.to_dict(), sort_keys=True
    )
    assert isinstance(call(), Explained)
    assert attrs.evolve(call()) == read


@pytest.mark.parametrize("name", sorted(CALLS))
def test_reading_one_field_builds_the_explanation_once(name: str) -> None:
    r = CALLS[name]()
    steps = r.steps
    assert steps
    assert all(isinstance(s, Step) for s in steps)
    assert r.steps is steps  # kept, not rebuilt
    assert r.citations
    assert all(isinstance(c, Citation) for c in r.citations)
    # every cited provision is the citation of some step, or cited beside them
    assert {s.citation for s in steps if s.citation is not None} <= set(r.citations)


@pytest.mark.parametrize("name", sorted(CALLS))
def test_a_lazy_result_stays_frozen(name: str) -> None:
    r = CALLS[name]()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        r.steps = ()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        r.citations = ()


def test_the_late_fee_schedule_is_built_on_first_read() -> None:
    # the worked example of the late-fee docstring: 5 months on 100000, 7 on 60000
    r = CALLS["late_fee"]()
    assert [str(p.unpaid_principal) for p in r.schedule] == ["100000.00"] * 5 + ["60000.00"] * 7
    assert r.schedule[0].start == dt.date(2013, 2, 1)
    assert r.schedule[-1].end == dt.date(2014, 1, 31)


def test_lazy_fields_on_a_class() -> None:
    @lazy_fields("twice", "words")
    @attrs.frozen
    class R:
        x: int
        twice: int
        words: str

    built: list[int] = []

    def build(r: R) -> dict[str, object]:
        built.append(r.x)
        return {"twice": 2 * r.x, "words": f"{r.x} doubled"}

    pending = build_later(build)
    r = R(3, pending, pending)
    assert built == []
    assert r.words == "3 doubled"
    assert r.twice == 6
    assert built == [3]  # one build for both fields
    assert r == R(3, 6, "3 doubled")
    assert R(1, 2, "w").twice == 2  # plain values still work


def test_lazy_fields_refuses_a_field_without_a_slot() -> None:
    with pytest.raises(TypeError, match="not a slotted attrs field"):

        @lazy_fields("y")
        @attrs.frozen(slots=False)
        class D:
            y: int = 0


def test_step_log_writes_each_step_when_built() -> None:
    log = StepLog()
    calls: list[str] = []

    def words() -> str:
        calls.append("called")
        return "late fee accrued before the cap"

    log.add(words, 1)
    log.add_later(lambda t: t.add("months counted", 12))
    assert calls == []
    t = log.trace()
    assert [s.description for s in t.steps] == ["late fee accrued before the cap", "months counted"]
    # the Chinese comes from familyplan._zh, as Trace.add gives it
    assert t.steps[0].description_zh == "封顶前累计的滞纳金"
    assert calls == ["called"]
