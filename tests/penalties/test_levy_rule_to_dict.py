"""``LevyRule.to_dict``: every field under its documented key (the embedder's contract)."""

from __future__ import annotations

from familyplan.penalties import Circumstance, LevyRule, levy_rules
from familyplan.penalties._levy_rules import IncomeRef


def test_every_field_under_its_key() -> None:
    # a made-up row: the key names and the conversions (enums to values, tuples to lists,
    # the income reference split into article / paragraph) are what is checked
    row = LevyRule(
        "x-regulation",
        ("2002", "2010"),
        37,
        (Circumstance.NO_PERMIT, Circumstance.EXTRA_CHILD),
        "multiple",
        "county-base",
        "levy.x.amount",
        paragraph=2,
        item=3,
        step="levy.x.step",
        count="further-child",
        open_ended=True,
        first_child_only=True,
        heavier_allowed=True,
        income_defined_in=IncomeRef(36, paragraph=1),
        note="a note",
    )
    assert row.to_dict() == {
        "statute_id": "x-regulation",
        "versions": ["2002", "2010"],
        "article": 37,
        "paragraph": 2,
        "item": 3,
        "circumstances": ["eligible-no-permit", "extra-child"],
        "basis": "multiple",
        "income": "county-base",
        "figures": ["levy.x.amount", "levy.x.step"],
        "count": "further-child",
        "open_ended": True,
        "first_child_only": True,
        "heavier_allowed": True,
        "income_article": 36,
        "income_paragraph": 1,
        "note": "a note",
    }


def test_defaults() -> None:
    row = LevyRule("x", ("1",), 1, (Circumstance.ILLEGAL_ADOPTION,), "fixed", "none", None)
    d = row.to_dict()
    assert d["figures"] == []
    assert (d["paragraph"], d["item"], d["income_article"], d["income_paragraph"]) == (None,) * 4
    assert (d["count"], d["open_ended"], d["first_child_only"], d["heavier_allowed"]) == (
        "once",
        False,
        False,
        False,
    )
    assert d["note"] == ""


def test_the_registry_rows_serialise_with_the_same_keys() -> None:
    for r in levy_rules():
        d = r.to_dict()
        assert d["statute_id"] == r.statute_id
        assert d["versions"] == list(r.versions)
        assert d["article"] == r.article
        assert d["circumstances"] == [c.value for c in r.circumstances]
