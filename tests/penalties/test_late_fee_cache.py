"""The late fee keeps what the law gives per (due day, as-of day, after_cessation)
(issue 17): a kept entry must never answer for another day or another policy.

The rule: 《社会抚养费征收管理办法》第八条 — 自欠缴之日起每月加收欠缴社会抚养费的千分之二的
滞纳金 (2 per mille a month, 200 yuan on 100,000); the measures were abolished with
effect from 2021-09-09 (last day in force 2021-09-08); a month of default ends on the
corresponding day (《民法通则》第一百五十四条, from 2017-10-01 《民法总则》第二百零二条,
from 2021-01-01 《民法典》第二百零二条). Each figure is worked by hand next to it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from familyplan.errors import InvalidInput, NotInForce
from familyplan.penalties import LateFeePolicy, late_fee

D = Decimal
CONTINUE = LateFeePolicy(after_cessation="continue")


def _month_rule(r: object) -> tuple[str, int]:
    steps = r.steps  # type: ignore[attr-defined]
    c = next(s.citation for s in steps if s.description.startswith("a month of default ends"))
    return c.statute_id, c.article


def test_the_same_days_under_the_two_cessation_policies() -> None:
    # due 2021-01-31, as of 2021-12-31. 'stop': accrual ends 2021-09-08; months end
    # 02-28, 03-31, 04-30, 05-31, 06-30, 07-31, 08-31 (the 8th, 09-30, is after 09-08):
    # 7 x 200 = 1,400. 'continue': months to 12-31 are 11: 11 x 200 = 2,200.
    for _ in range(2):  # the second round is answered from what the first kept
        stop = late_fee("100000", due_on="2021-01-31", as_of="2021-12-31")
        more = late_fee("100000", due_on="2021-01-31", as_of="2021-12-31", policy=CONTINUE)
        assert (stop.months, stop.amount) == (7, D("1400.00"))
        assert (more.months, more.amount) == (11, D("2200.00"))
        assert stop.schedule[-1].end.isoformat() == "2021-08-31"
        assert more.schedule[-1].end.isoformat() == "2021-12-31"


@pytest.mark.parametrize(
    ("due_on", "as_of", "months", "rule"),
    [
        # due 2017-08-31: month 1 ends 09-30; as of 09-30 民法通则 art. 154 is the rule
        ("2017-08-31", "2017-09-30", 1, ("general-principles-civil-law", 154)),
        # as of 10-01 《民法总则》 (in force 2017-10-01) art. 202; month 2 ends 10-31: still 1
        ("2017-08-31", "2017-10-01", 1, ("general-provisions-civil-law", 202)),
        # due 2020-08-31, as of 2021-01-01: 《民法典》 art. 202; months end 09-30, 10-31,
        # 11-30, 12-31: 4
        ("2020-08-31", "2021-01-01", 4, ("civil-code", 202)),
        # the day before, 2020-12-31: 《民法总则》 still; the same 4 months
        ("2020-08-31", "2020-12-31", 4, ("general-provisions-civil-law", 202)),
    ],
)
def test_the_month_rule_follows_the_as_of_day_after_caching(
    due_on: str, as_of: str, months: int, rule: tuple[str, int]
) -> None:
    for _ in range(2):
        r = late_fee("100000", due_on=due_on, as_of=as_of)
        assert r.months == months
        assert r.amount == D(200) * months  # 200 a month, below the cap
        assert _month_rule(r) == rule


def test_errors_are_raised_afresh() -> None:
    # due 2002-08-30: default starts 08-31, before the measures' 2002-09-01: no rate article
    for _ in range(2):
        with pytest.raises(NotInForce):
            late_fee("100000", due_on="2002-08-30", as_of="2003-01-31")
        with pytest.raises(InvalidInput, match="due_on"):
            late_fee("100000", due_on="2013-02-30", as_of="2014-01-31")
    # the day after: 2002-08-31 due, default from 09-01; months end 09-30 .. 12-31, 01-31: 5
    assert late_fee("100000", due_on="2002-08-31", as_of="2003-01-31").amount == D("1000.00")
