"""Every figure of every fine rule appears in the quote of the article it cites."""

from __future__ import annotations

import pytest

from familyplan import statutes
from familyplan.penalties import Basis, FineRule, offences
from familyplan.penalties._offence_data import LENITY_RULE, LIMITATION_RULES

from ._numbers import amount_forms, multiple_forms

ROWS = [(o.id, r, label) for o in offences() for r in o.rules for label in r.versions]


def _quote(rule: FineRule, label: str) -> str:
    v = statutes.get(rule.statute_id).version(label)
    assert v is not None, f"{rule.statute_id} has no version {label}"
    p = statutes.provision(
        rule.statute_id, rule.article, on=v.effective_from, paragraph=rule.paragraph, item=rule.item
    )
    assert p.version.label == label
    return p.quote


@pytest.mark.parametrize(
    ("offence_id", "rule", "label"), ROWS, ids=lambda x: x if isinstance(x, str) else ""
)
def test_figures_are_in_the_quote(offence_id: str, rule: FineRule, label: str) -> None:
    quote = _quote(rule, label)
    if rule.threshold is not None:
        assert amount_forms(rule.threshold) & {
            f for f in amount_forms(rule.threshold) if f in quote
        }, f"{offence_id}: threshold {rule.threshold} not in {quote}"
    if rule.fixed is not None:
        for amount in rule.fixed:
            assert any(f in quote for f in amount_forms(amount)), (
                f"{offence_id}: {amount} not in {quote}"
            )
    if rule.multiple is not None:
        for m in rule.multiple:
            assert any(f in quote for f in multiple_forms(m)), f"{offence_id}: {m}倍 not in {quote}"
    if rule.per_person_time is not None:
        assert "每人次" in quote
        for amount in rule.per_person_time:
            assert any(f in quote for f in amount_forms(amount))
    if rule.basis is Basis.NO_FINE:
        assert "罚款" not in quote, f"{offence_id}: the article fines, yet the rule says no fine"
    if rule.basis is Basis.MULTIPLE_OF_FEES:
        assert "所收费用" in quote


@pytest.mark.parametrize(
    ("offence_id", "rule", "label"), ROWS, ids=lambda x: x if isinstance(x, str) else ""
)
def test_sanction_flags_match_the_words(offence_id: str, rule: FineRule, label: str) -> None:
    quote = _quote(rule, label)
    s = rule.sanctions
    words = {
        "warning": "警告",
        "confiscate_drugs_and_devices": "药品",
        "refund_fees": "退还",
        "criminal_referral": "刑事责任",
        "cancel_certificates": "取消",
    }
    for flag, word in words.items():
        assert getattr(s, flag) == (word in quote), f"{offence_id}: {flag} vs '{word}' in quote"
    assert s.confiscate_illegal_income == (
        "没收违法所得" in quote or "没收证件和违法所得" in quote or "没收非法所得" in quote
    )
    assert (s.revocation_if_serious or s.revocation or s.order_to_reverify) == ("吊销" in quote)


def test_limitation_and_lenity_provisions_exist() -> None:
    for r in LIMITATION_RULES:
        for label in r.versions:
            v = statutes.get(r.statute_id).version(label)
            assert v is not None
            quote = statutes.provision(r.statute_id, r.article, on=v.effective_from).quote
            assert "二年" in quote
            if r.harm_years:
                assert "五年" in quote
    statute_id, article = LENITY_RULE
    v = statutes.get(statute_id).version("2021")
    assert v is not None
    assert (
        "从轻" in statutes.provision(statute_id, article, on=v.effective_from).quote
        or "处罚较轻" in statutes.provision(statute_id, article, on=v.effective_from).quote
    )
