"""《计划生育技术服务管理条例实施细则》第五十二条: what the statute text establishes, and no more.

Source of every expected value: the web copy of the 细则's 罚则
(aiwenku.net/tougao/36084_31.html), which reads, as far as it could be read:
"第五十二条 从事计划生育技术服务的人员违反条例和本细则规定,擅自增加计划生育技术服务项目或在
执业的机构外从事计划生育技术服务的,由原发证部门责令改正,给予警告,没收违法所得;违法所得1000元
以上的,并处违法所得2倍以上" — the rest (upper multiple; band without income) was NOT FOUND.
Seed 004's "1倍以上3倍以下" / "1000元以上3000元以下" is not the statute's text (docs/errata.md).
"""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

from familyplan import statutes
from familyplan.errors import TextNotFound
from familyplan.penalties import Basis, fine_band, offence

YYLQ = "430602"
ACT = dt.date(2016, 6, 1)


def test_quote_is_the_statute_text_not_the_seed() -> None:
    p = statutes.provision("tech-service-rules", 52, on=ACT)
    # aiwenku copy: 或在执业的机构外 … 没收违法所得 … 并处违法所得2倍以上
    assert "或在执业的机构外从事计划生育技术服务的" in p.quote
    assert "没收违法所得；违法所得1000元以上的，并处违法所得2倍以上" in p.quote
    # seed 004's wording is gone from the data
    for seed_words in ("或者职业的", "非法所得", "1倍以上3倍以下", "3000元以下"):
        assert seed_words not in p.quote
    assert p.quote.endswith("……"), "the quote marks where the copy read ends"
    assert p.source.startswith("web:")


@pytest.mark.parametrize("income", ["1500", "999.99", None])
def test_no_band_is_guessed(income: str | None) -> None:
    with pytest.raises(TextNotFound) as info:
        fine_band(
            "staff-exceeding-approved-services",
            illegal_income=income,
            act_on=ACT,
            jurisdiction=YYLQ,
        )
    err = info.value
    assert "2倍以上" in err.known  # the lower multiple that was read
    assert "upper multiple" in err.missing
    assert err.source.startswith("web:aiwenku.net")
    assert "第五十二条" in str(err)
    again = pickle.loads(pickle.dumps(err))
    assert str(again) == str(err)


def test_rule_keeps_what_is_certain() -> None:
    (rule,) = offence("staff-exceeding-approved-services").rules
    assert rule.basis is Basis.TEXT_NOT_FOUND
    # 违法所得1000元以上的 — the threshold is read
    assert str(rule.threshold) == "1000"
    assert rule.multiple is None
    assert rule.fixed is None
    # 由原发证部门责令改正，给予警告，没收违法所得
    s = rule.sanctions
    assert (s.order_to_correct, s.warning, s.confiscate_illegal_income) == (True, True, True)


def test_no_longer_punishable_is_still_answered() -> None:
    # act 2016 under the 细则; decision 2022-06-01: the 条例 and the 细则 ended 2021-09-08
    # (《国务院关于废止部分行政法规的决定》, in force 2021-09-09), so 从旧兼从轻
    # (《行政处罚法》(2021) 第三十七条) answers without the unread band
    band = fine_band(
        "staff-exceeding-approved-services",
        illegal_income="1500",
        act_on=ACT,
        decided_on=dt.date(2022, 6, 1),
        jurisdiction=YYLQ,
    )
    assert band.basis is Basis.NOT_PUNISHABLE
    assert not band.punishable


def test_art_48_and_50_quotes_are_the_web_copy() -> None:
    # aiwenku copy, 第四十八条第二款 and 第五十条第二款 (punctuation normalised to full width)
    p48 = statutes.provision("tech-service-rules", 48, on=ACT, paragraph=2)
    assert "违法所得1000元以上的，并处违法所得1倍以上3倍以下的罚款" in p48.quote
    p50 = statutes.provision("tech-service-rules", 50, on=ACT, paragraph=2)
    assert p50.paragraph == 2
    assert "并处违法所得2倍以上5倍以下的罚款" in p50.quote
    assert "并处1000元以上3000元以下罚款" in p50.quote
