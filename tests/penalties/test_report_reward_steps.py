"""report_reward: each step cites its article (湘人口发〔2005〕15号 第二条 scope, 第三条 amount)."""

from __future__ import annotations

from decimal import Decimal

from familyplan.penalties import report_reward


def test_steps_cite_article_2_then_article_3() -> None:
    # 每举报一例本办法第二条规定的违法行为，经查实后奖励2000元: 3 × 2,000 = 6,000
    r = report_reward(3, reported_on="2016-05-01", jurisdiction="430611")
    got = [
        (s.description, s.value, s.citation and (s.citation.statute_id, s.citation.article))
        for s in r.steps
    ]
    assert got[0] == (
        "reports of the violations listed in art. 2 are rewarded",
        3,
        ("hunan-report-reward", 2),
    )
    assert got[1][1:] == (Decimal(2000), ("hunan-report-reward", 3))
    assert got[2] == ("3 verified report(s) x 2000", Decimal("6000.00"), ("hunan-report-reward", 3))
