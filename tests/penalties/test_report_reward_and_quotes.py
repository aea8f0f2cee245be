"""The reporting reward, and every levy / late-fee figure found in the words it cites."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from familyplan import statutes
from familyplan.errors import InvalidInput, NotInForce
from familyplan.penalties import PER_VERIFIED_REPORT, RATE_PER_MONTH, report_reward


class TestReportReward:
    @pytest.mark.parametrize(("n", "amount"), [(0, "0.00"), (1, "2000.00"), (7, "14000.00")])
    def test_amount(self, n: int, amount: str) -> None:
        # 每举报一例 … 经查实后奖励2000元: n x 2,000
        r = report_reward(n, reported_on="2016-05-01", jurisdiction="430611")
        assert r.amount == Decimal(amount)
        assert r.to_dict()["kind"] == "report-reward"

    @pytest.mark.parametrize(
        ("args", "field"),
        [
            ((-1, "2016-05-01", "430602"), "verified_reports"),
            ((True, "2016-05-01", "430602"), "verified_reports"),
            ((1.0, "2016-05-01", "430602"), "verified_reports"),
            ((1, "2016-05-01", "370304"), "jurisdiction"),
            ((1, dt.datetime(2016, 5, 1), "430602"), "reported_on"),
        ],
    )
    def test_refused(self, args: tuple[object, object, object], field: str) -> None:
        with pytest.raises(InvalidInput) as e:
            report_reward(args[0], reported_on=args[1], jurisdiction=args[2])
        assert e.value.field == field

    def test_before_the_notice(self) -> None:
        with pytest.raises(NotInForce):
            report_reward(1, reported_on="2005-01-01", jurisdiction="430602")


D = dt.date(2017, 5, 1)


@pytest.mark.parametrize(
    ("statute_id", "article", "paragraph", "item", "on", "words"),
    [
        # the amounts and multiples in familyplan.penalties._levy, each in the article it cites
        (
            "hunan-pfp-regulation",
            37,
            None,
            None,
            D,
            ["百分之三十", "二至六倍", "六至八倍", "依次增加三倍", "从重征收"],
        ),
        ("shandong-pfp-regulation", 37, 2, None, D, ["三倍"]),
        ("shandong-pfp-regulation", 38, 1, None, D, ["五分之一", "六十日内"]),
        ("shandong-pfp-regulation", 38, 3, None, D, ["每生育一个子女", "三倍"]),
        ("shandong-pfp-regulation", 37, 1, None, D, ["五千元罚款"]),
        (
            "hebei-pfp-regulation",
            46,
            None,
            1,
            dt.date(2005, 1, 1),
            ["二点五倍", "各加百分之百", "递进累加"],
        ),
        ("hebei-pfp-regulation", 46, None, 2, dt.date(2005, 1, 1), ["每提前一年", "一千五百元"]),
        ("hebei-pfp-regulation", 46, None, 3, dt.date(2005, 1, 1), ["五百元"]),
        ("hebei-pfp-regulation", 46, None, 5, dt.date(2005, 1, 1), ["一千五百元"]),
        ("junshan-list", 2, None, None, D, ["4倍以上"]),
        # the late fee's rate and cap
        ("levy-measures", 8, None, None, D, ["每月", "千分之二"]),
        ("administrative-coercion-law", 45, 2, None, D, ["不得超出金钱给付义务的数额"]),
        ("hunan-report-reward", 3, None, None, D, [f"{PER_VERIFIED_REPORT}元"]),
    ],
)
def test_figures_are_in_the_cited_words(
    statute_id: str,
    article: int,
    paragraph: int | None,
    item: int | None,
    on: dt.date,
    words: list[str],
) -> None:
    quote = statutes.provision(statute_id, article, on=on, paragraph=paragraph, item=item).quote
    for w in words:
        assert w in quote, f"{statute_id} art. {article}: {w!r} not in the quote"


def test_rate_constant_matches_the_words() -> None:
    assert Decimal(2) / 1000 == RATE_PER_MONTH  # 千分之二
