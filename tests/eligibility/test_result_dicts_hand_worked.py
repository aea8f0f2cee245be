"""The dicts of conditions, rates and verification outcomes, key by key (issue 15, part 4).

Mutation testing found the keys of ``Condition.to_dict``, ``Rate.to_dict`` and
``EventOutcome.to_dict`` unchecked. The values are worked from the texts named.
"""

from __future__ import annotations

from familyplan.eligibility import Death, UrbanPension, check, verify

from ._helpers import JUNSHAN, YUEYANGLOU, bereaved, rural

CONDITION_KEYS = ["id", "description", "fact", "value", "met", "citation", "group", "see_also"]
RATE_KEYS = ["per", "minimum", "top_up", "total", "basis", "citation", "source", "note"]


def test_condition_and_rate_dicts() -> None:
    # 特别扶助, 2014, 岳阳楼区: a rural mother born 1950-05-01 whose only son died.
    # 试点方案 一: 1933年1月1日以后出生; 国卫家庭发〔2013〕41号 (secondary source): from
    # 2014 rural death 170 yuan a person a month, no local top-up given
    r = check("special-assistance", bereaved(), year=2014, jurisdiction=YUEYANGLOU)
    d = r.to_dict()
    first = d["conditions"][0]
    assert list(first) == CONDITION_KEYS
    assert first["id"] == "special-assistance.born-1933-or-later"
    assert first["fact"] == "born_on=1950-05-01"
    assert first["value"] == "1950-05-01"
    assert first["met"] is True
    assert (first["citation"]["statute_id"], first["citation"]["article"]) == (
        "special-assistance-2007",
        1,
    )
    assert list(d["rate"]) == RATE_KEYS
    assert d["rate"]["per"] == "month"
    assert (d["rate"]["minimum"], d["rate"]["top_up"], d["rate"]["total"]) == (
        "170.00",
        "0.00",
        "170.00",
    )
    assert d["rate"]["basis"] == "rural-death"
    assert d["rate"]["source"] == "statute"
    assert d["rate"]["citation"]["statute_id"] == "special-assistance-2013"


def test_outcome_dict_of_a_stop() -> None:
    # 君山区 responsibility list art. 14: payment stops on the death (立即终止)
    v = verify(
        "rural-reward", rural(), year=2015, events=[Death("2015-04-10")], jurisdiction=JUNSHAN
    )
    d = v.outcomes[0].to_dict()
    assert list(d) == ["event", "effect", "effective_on", "citation", "see_also", "note"]
    assert d["event"] == {"kind": "death", "on": "2015-04-10"}
    assert d["effect"] == "stop"
    assert d["effective_on"] == "2015-04-10"
    assert (d["citation"]["statute_id"], d["citation"]["article"]) == ("junshan-list", 14)
    assert d["note"] == ""


def test_outcome_dict_without_a_rule() -> None:
    # 岳阳楼区's list says nothing about an urban pension: no date, no citation
    v = verify(
        "rural-reward",
        rural(),
        year=2016,
        events=[UrbanPension("2016-07-01")],
        jurisdiction=YUEYANGLOU,
    )
    d = v.outcomes[0].to_dict()
    assert d == {
        "event": {"kind": "urban-pension", "on": "2016-07-01"},
        "effect": "not-encoded",
        "effective_on": None,
        "citation": None,
        "see_also": [],
        "note": "no text that applies in 430602 on 2016-12-31 says what urban-pension does "
        "to rural-reward",
    }
