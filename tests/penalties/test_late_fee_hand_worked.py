"""Hand-worked late-fee cases that the mutation run showed untested (issue 15 part 4).

The rule: 《社会抚养费征收管理办法》第八条 — 自欠缴之日起每月加收欠缴社会抚养费的千分之二的
滞纳金 (2 per mille of the unpaid levy per month of default); a month of
default ends on the corresponding day of the next month, or its last day
(《民法典》/《民法总则》第二百零二条, before them 《民法通则》第一百五十四条);
from 2012-01-01 the fee is capped at the principal (《行政强制法》第四十五条第二款).
Every expected figure below is worked by hand in the comment next to it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from familyplan.errors import InvalidInput
from familyplan.penalties import LateFeePolicy, late_fee

D = Decimal
FEE_FIRST = LateFeePolicy(allocation="fee-first")
STARTED = LateFeePolicy(months="started")


class TestOutstandingFee:
    def test_principal_first_pays_no_fee(self) -> None:
        # 100,000 due 2013-01-31; 40,000 paid 2013-07-15, all to principal.
        # months 1-5 (to 06-30) x 200 = 1,000; months 6-12 x 60,000 x 0.002 = 7 x 120 = 840
        r = late_fee(
            "100000", due_on="2013-01-31", as_of="2014-01-31", payments=[("2013-07-15", "40000")]
        )
        assert r.amount == D("1840.00")
        assert r.fee_paid == D("0.00")
        assert r.outstanding_fee == D("1840.00")
        assert r.principal_paid == D("40000.00")
        assert r.unpaid_principal == D("60000.00")

    def test_fee_first_pays_the_accrued_fee_first(self) -> None:
        # fee-first: on 07-15 the fee accrued is months 1-5 = 5 x 200 = 1,000;
        # 1,000 pays it, 39,000 the principal -> 61,000 unpaid;
        # months 6-12: 7 x 61,000 x 0.002 = 7 x 122 = 854; total 1,854, outstanding 854
        r = late_fee(
            "100000",
            due_on="2013-01-31",
            as_of="2014-01-31",
            payments=[("2013-07-15", "40000")],
            policy=FEE_FIRST,
        )
        assert r.amount == D("1854.00")
        assert r.fee_paid == D("1000.00")
        assert r.outstanding_fee == D("854.00")
        assert r.unpaid_principal == D("61000.00")

    def test_never_negative(self) -> None:
        # 10,000 due 2013-01-31; month 1 (to 02-28): 20. 10,020 paid on 2013-03-15:
        # principal-first, 10,000 to the principal and 20 to the fee; nothing left unpaid
        r = late_fee(
            "10000", due_on="2013-01-31", as_of="2014-01-31", payments=[("2013-03-15", "10020")]
        )
        assert r.amount == D("20.00")
        assert r.fee_paid == D("20.00")
        assert r.outstanding_fee == D("0.00")


class TestOverpayment:
    def test_beyond_principal_and_fee_is_refused(self) -> None:
        # as above, but 10,020.01: 0.01 more than principal + the fee accrued by then
        with pytest.raises(InvalidInput) as info:
            late_fee(
                "10000",
                due_on="2013-01-31",
                as_of="2014-01-31",
                payments=[("2013-03-15", "10020.01")],
            )
        assert info.value.field == "payments"
        assert info.value.value == "10020.01"

    def test_beyond_principal_before_any_fee_is_refused(self) -> None:
        # paid on 2013-02-10, before month 1 ends: no fee yet, so 10,000.01 is 0.01 too much
        with pytest.raises(InvalidInput, match="at most principal plus late fee"):
            late_fee(
                "10000",
                due_on="2013-01-31",
                as_of="2014-01-31",
                payments=[("2013-02-10", "10000.01")],
            )


class TestPeriods:
    def test_start_end_and_complete(self) -> None:
        # 10,000 due 2013-01-31, as of 2013-04-15, months "started":
        # 02-01..02-28, 03-01..03-31 complete; 04-01..04-15 running (incomplete); 20 each
        r = late_fee("10000", due_on="2013-01-31", as_of="2013-04-15", policy=STARTED)
        got = [(p.start, p.end, p.complete, p.fee) for p in r.schedule]
        assert got == [
            (dt.date(2013, 2, 1), dt.date(2013, 2, 28), True, D("20.000")),
            (dt.date(2013, 3, 1), dt.date(2013, 3, 31), True, D("20.000")),
            (dt.date(2013, 4, 1), dt.date(2013, 4, 15), False, D("20.000")),
        ]
        assert r.amount == D("60.00")
        assert [p.instalment for p in r.schedule] == [None, None, None]

    def test_completed_months_leave_the_running_month_out(self) -> None:
        r = late_fee("10000", due_on="2013-01-31", as_of="2013-04-15")
        assert [(p.start, p.end) for p in r.schedule] == [
            (dt.date(2013, 2, 1), dt.date(2013, 2, 28)),
            (dt.date(2013, 3, 1), dt.date(2013, 3, 31)),
        ]
        assert all(p.complete for p in r.schedule)
        assert r.amount == D("40.00")

    @pytest.mark.parametrize(
        ("as_of", "months"),
        [
            # as_of is the last day of a month of default: no month has started after it
            ("2013-02-28", 1),
            ("2013-03-31", 2),
            # one day later a month has started
            ("2013-04-01", 3),
        ],
    )
    def test_started_when_as_of_is_a_month_end(self, as_of: str, months: int) -> None:
        r = late_fee("10000", due_on="2013-01-31", as_of=as_of, policy=STARTED)
        assert r.months == months
        assert r.amount == D(20 * months)
        assert r.schedule[-1].complete is (as_of != "2013-04-01")

    def test_nothing_due_on_the_due_day(self) -> None:
        r = late_fee("10000", due_on="2013-01-31", as_of="2013-01-31", policy=STARTED)
        assert r.schedule == ()
        assert r.amount == D("0.00")


class TestCapBoundary:
    # 《行政强制法》 is in force from 2012-01-01: the cap applies from that day on
    def test_day_before(self) -> None:
        r = late_fee("10000", due_on="2011-10-31", as_of="2011-12-31")
        assert r.cap_applies is False
        assert "administrative-coercion-law" not in {c.statute_id for c in r.citations}
        assert r.amount == D("40.00")  # 2 months (to 11-30, 12-31) x 20

    def test_first_day(self) -> None:
        r = late_fee("10000", due_on="2011-10-31", as_of="2012-01-01")
        assert r.cap_applies is True
        assert r.capped is False  # 40 is far below 10,000
        cap = [c for c in r.citations if c.statute_id == "administrative-coercion-law"]
        assert [(c.article, c.paragraph) for c in cap] == [(45, 2)]
        assert r.amount == D("40.00")

    def test_the_longest_default_stays_below_the_cap(self) -> None:
        # the rate article is in force 2002-09-01 to 2021-09-08; due 2002-09-30, the
        # months ending by 2021-09-08 end 2002-10-30 ... 2021-08-30: (2021-2002) x 12 + (8-9)
        # = 227 months x 20 = 4,540 (45.4 % of the principal): the cap is never reached
        r = late_fee("10000", due_on="2002-09-30", as_of="2021-09-08")
        assert r.months == 227
        assert r.uncapped_amount == D("4540.000")
        assert r.capped is False
        assert r.cap_applies is True


class TestMonthRuleCitation:
    @pytest.mark.parametrize(
        ("due_on", "as_of", "statute", "article"),
        [
            # 《民法典》 from 2021-01-01, art. 202
            ("2020-12-31", "2021-03-01", "civil-code", 202),
            # 《民法总则》 2017-10-01 to 2020-12-31, art. 202
            ("2020-10-31", "2020-12-31", "general-provisions-civil-law", 202),
            # before: 《民法通则》 art. 154
            ("2011-10-31", "2011-12-31", "general-principles-civil-law", 154),
        ],
    )
    def test_cites_the_article_in_force_on_as_of(
        self, due_on: str, as_of: str, statute: str, article: int
    ) -> None:
        r = late_fee("10000", due_on=due_on, as_of=as_of)
        civil = [
            (c.statute_id, c.article)
            for c in r.citations
            if c.statute_id.startswith("general-") or c.statute_id == "civil-code"
        ]
        assert civil == [(statute, article)]


class TestInputMessages:
    def test_policy_to_dict(self) -> None:
        assert FEE_FIRST.to_dict() == {
            "months": "completed",
            "allocation": "fee-first",
            "rounding": {"quantum": "0.01", "mode": "half-up"},
            "after_cessation": "stop",
        }

    def test_zero_payment(self) -> None:
        with pytest.raises(InvalidInput) as info:
            late_fee(
                "10000", due_on="2013-01-31", as_of="2014-01-31", payments=[("2013-03-15", "0")]
            )
        assert str(info.value) == "payment amount must be an amount above zero, got '0'"
        assert info.value.value == "0"

    def test_zero_instalment(self) -> None:
        with pytest.raises(InvalidInput) as info:
            late_fee(
                "10000",
                due_on="2013-01-31",
                as_of="2014-01-31",
                instalments=[("2013-01-31", "10000"), ("2013-06-30", "0")],
            )
        assert str(info.value) == "instalment amount must be an amount above zero, got '0'"
        assert info.value.value == "0"

    def test_bad_instalment_amount_names_it(self) -> None:
        with pytest.raises(InvalidInput) as info:
            late_fee(
                "10000",
                due_on="2013-01-31",
                as_of="2014-01-31",
                instalments=[("2013-01-31", "10000.001")],
            )
        assert info.value.field == "instalment amount"
