"""Late fee: 千分之二 a month (357 art. 8), months by 民法典 arts. 201-203, cap from 2012.

Every expected figure below is worked by hand in the comment beside it:
fee = unpaid principal x 0.002 x months; months end on the corresponding day.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from familyplan.errors import InvalidInput, NotInForce
from familyplan.money import YUAN_DOWN
from familyplan.penalties import Instalment, LateFeePayment, LateFeePolicy, late_fee

D = Decimal
day = dt.date


class TestWorkedExamples:
    @pytest.mark.parametrize(
        ("principal", "due", "as_of", "months", "amount"),
        [
            # the example: 2013-02-01 .. 2014-01-31 = 12 whole months; 100000 x 0.002 x 12
            ("100000", day(2013, 1, 31), day(2014, 1, 31), 12, "2400.00"),
            # one day short of the 12th month: 11 x 200
            ("100000", day(2013, 1, 31), day(2014, 1, 30), 11, "2200.00"),
            # 31 January + 1 month = 28 February (2013 not a leap year): 1 month on 28 Feb
            ("10000", day(2013, 1, 31), day(2013, 2, 28), 1, "20.00"),
            ("10000", day(2013, 1, 31), day(2013, 2, 27), 0, "0.00"),
            # leap year: 31 January 2016 + 1 month = 29 February 2016
            ("10000", day(2016, 1, 31), day(2016, 2, 28), 0, "0.00"),
            ("10000", day(2016, 1, 31), day(2016, 2, 29), 1, "20.00"),
            # second month ends 31 March (counted from the due day, not from 29 February)
            ("10000", day(2016, 1, 31), day(2016, 3, 30), 1, "20.00"),
            ("10000", day(2016, 1, 31), day(2016, 3, 31), 2, "40.00"),
            # as_of on or before the due day: nothing overdue
            ("10000", day(2016, 1, 31), day(2016, 1, 31), 0, "0.00"),
            ("10000", day(2016, 1, 31), day(2015, 6, 1), 0, "0.00"),
            # fen rounding once at the end: 333.33 x 0.002 = 0.66666 -> x 3 = 1.99998 -> 2.00
            ("333.33", day(2015, 5, 10), day(2015, 8, 10), 3, "2.00"),
            # 1 yuan x 0.002 = 0.002 -> 0.00 after one month; 3 months 0.006 -> 0.01
            ("1", day(2015, 5, 10), day(2015, 6, 10), 1, "0.00"),
            ("1", day(2015, 5, 10), day(2015, 8, 10), 3, "0.01"),
        ],
    )
    def test_table(
        self, principal: str, due: dt.date, as_of: dt.date, months: int, amount: str
    ) -> None:
        r = late_fee(principal, due_on=due, as_of=as_of)
        assert r.months == months
        assert r.amount == D(amount)
        assert not r.capped

    def test_cap_from_2012(self) -> None:
        # 1000 due 2005-01-31: 2005-02..2011-12 = 83 whole months by 2011-12-31 -> 1000 x 0.002 x 83 = 166
        before = late_fee("1000", due_on="2005-01-31", as_of="2011-12-31")
        assert (before.months, before.amount, before.cap_applies) == (83, D("166.00"), False)
        # 500 whole months (2005-01-31 + 500 months = 2046-09-30) would be 1000; by 2060 the
        # months give 660 x 2 = 1320 > 1000 -> capped at the principal (行政强制法 art. 45 ¶2).
        # Only under the reading that accrual continues after the measures ceased (2021-09-08):
        # by default it stops (see test_accrual_stops_when_the_measures_ceased).
        after = late_fee(
            "1000",
            due_on="2005-01-31",
            as_of="2060-01-31",
            policy=LateFeePolicy(after_cessation="continue"),
        )
        assert after.amount == D("1000.00")
        assert after.capped
        assert after.uncapped_amount == D("1320.000")
        assert any(
            c.statute_id == "administrative-coercion-law" and c.article == 45
            for c in after.citations
        )

    def test_no_cap_before_2012_even_above_principal(self) -> None:
        # 2002-09-30 due; by 2011-12-31: 2002-10..2011-12 = 111 months x 2 = 222 on 1000, below
        # principal; the cap is not applied (as_of before 2012) but says so in a step
        r = late_fee("1000", due_on="2002-09-30", as_of="2011-12-31")
        assert r.months == 111
        assert r.amount == D("222.00")
        assert not r.cap_applies
        assert any("no cap" in s.description for s in r.steps)

    def test_partial_payment(self) -> None:
        # 40,000 paid 2013-07-15, inside month 6 (2013-07-01..07-31): months 1-5 on 100,000
        # (5 x 200 = 1000), months 6-12 on 60,000 (7 x 120 = 840) -> 1840
        r = late_fee(
            "100000", due_on="2013-01-31", as_of="2014-01-31", payments=[("2013-07-15", "40000")]
        )
        assert r.amount == D("1840.00")
        assert r.principal_paid == D("40000")
        assert r.unpaid_principal == D("60000")

    def test_payment_on_a_months_last_day_counts_from_the_next_day(self) -> None:
        # paid in full on 2013-02-28, the last day of month 1: month 1 is still charged (200)
        r = late_fee(
            "100000", due_on="2013-01-31", as_of="2014-01-31", payments=[("2013-02-28", "100000")]
        )
        assert r.amount == D("200.00")
        # a day earlier: no whole month of default on any principal
        r = late_fee(
            "100000", due_on="2013-01-31", as_of="2014-01-31", payments=[("2013-02-27", "100000")]
        )
        assert r.amount == D("0.00")

    def test_fee_first_allocation(self) -> None:
        # by 2013-04-30, 3 months x 200 = 600 accrued; fee-first: 10,600 pays 600 fee + 10,000
        # principal -> months 4..12 on 90,000 = 9 x 180 = 1620; total 600 + 1620 = 2220
        pol = LateFeePolicy(allocation="fee-first")
        r = late_fee(
            "100000",
            due_on="2013-01-31",
            as_of="2014-01-31",
            payments=[("2013-05-01", "10600")],
            policy=pol,
        )
        assert (r.amount, r.fee_paid, r.principal_paid) == (
            D("2220.00"),
            D("600.00000"),
            D("10000.00000"),
        )
        # principal-first: all 10,600 to principal -> 3 x 200 + 9 x 0.002 x 89,400 (178.8) = 600 + 1609.2
        r = late_fee(
            "100000", due_on="2013-01-31", as_of="2014-01-31", payments=[("2013-05-01", "10600")]
        )
        assert r.amount == D("2209.20")

    def test_started_months(self) -> None:
        # 12 whole months by 2014-01-31, and 2014-02-01 starts month 13 -> 13 x 200 under "started"
        pol = LateFeePolicy(months="started")
        r = late_fee("100000", due_on="2013-01-31", as_of="2014-02-01", policy=pol)
        assert (r.months, r.amount) == (13, D("2600.00"))
        assert not r.schedule[-1].complete
        assert r.schedule[-1].end == day(2014, 2, 1)

    def test_instalments(self) -> None:
        # two instalments of 50,000 due 2013-01-31 and 2013-07-31, neither paid; by 2014-01-31:
        # the first has 12 months (12 x 100 = 1200), the second 6 (2013-08..2014-01: 6 x 100 = 600)
        r = late_fee(
            "100000",
            due_on="2013-01-31",
            as_of="2014-01-31",
            instalments=[Instalment("2013-01-31", "50000"), Instalment("2013-07-31", "50000")],
        )
        assert r.amount == D("1800.00")
        assert {p.instalment for p in r.schedule} == {1, 2}

    def test_installments_spelling(self) -> None:
        # the design's entry-point list spelled it "installments": deprecated since 0.2, same argument
        parts = [("2013-01-31", "50000"), ("2013-07-31", "50000")]
        a = late_fee("100000", due_on="2013-01-31", as_of="2014-01-31", instalments=parts)
        with pytest.warns(DeprecationWarning, match="'installments' is deprecated"):
            b = late_fee("100000", due_on="2013-01-31", as_of="2014-01-31", installments=parts)
        assert a.amount == b.amount == D("1800.00")
        with pytest.raises(InvalidInput):
            late_fee(
                "100000",
                due_on="2013-01-31",
                as_of="2014-01-31",
                instalments=parts,
                installments=parts,
            )

    def test_yuan_rounding_policy(self) -> None:
        from familyplan.money import Rounding

        r = late_fee(
            "333.33",
            due_on="2015-05-10",
            as_of="2015-08-10",
            policy=LateFeePolicy(rounding=YUAN_DOWN),
        )
        assert r.amount == D("1")
        assert r.exact_amount == D("1.99998")
        assert isinstance(r.rounding, Rounding)

    def test_accrual_stops_when_the_measures_ceased(self) -> None:
        # Issue 14 item 6. 《社会抚养费征收管理办法》第八条 (每月加收…千分之二) is the only rate
        # article; the measures were abolished by 《国务院关于废止部分行政法规的决定》 (item 二),
        # 本决定自公布之日起施行, in force 2021-09-09: their last day is 2021-09-08.
        # Due 2020-01-31, as of 2023-01-31: months of default end on 2020-02-29, 2020-03-31, …
        # 2021-08-31 (the 19th: Feb-Dec 2020 = 11, Jan-Aug 2021 = 8); the 20th would end on
        # 2021-09-30, after the last day in force -> 19 months, 100000 x 2/1000 x 19 = 3800.00
        # (not 36 months = 7200.00).
        r = late_fee("100000", due_on="2020-01-31", as_of="2023-01-31")
        assert (r.months, r.amount) == (19, D("3800.00"))
        assert r.schedule[-1].end == dt.date(2021, 8, 31)
        assert r.policy.after_cessation == "stop"
        assert any("accrual stops on 2021-09-08" in s.description for s in r.steps)
        # the other reading, a named policy: all 36 months (2020-02 .. 2023-01), 7200.00
        other = late_fee(
            "100000",
            due_on="2020-01-31",
            as_of="2023-01-31",
            policy=LateFeePolicy(after_cessation="continue"),
        )
        assert (other.months, other.amount) == (36, D("7200.00"))
        assert "continues" in other.policy.label
        # months="started": the month running on 2021-09-08 (2021-09-01..) is charged, 20 x 200
        started = late_fee(
            "100000",
            due_on="2020-01-31",
            as_of="2023-01-31",
            policy=LateFeePolicy(months="started"),
        )
        assert (started.months, started.amount) == (20, D("4000.00"))
        assert started.schedule[-1].end == dt.date(2021, 9, 8)
        # before the end nothing changes: as of 2021-08-31, the same 19 months
        assert late_fee("100000", due_on="2020-01-31", as_of="2021-08-31").months == 19
        with pytest.raises(InvalidInput):
            LateFeePolicy(after_cessation="never")  # type: ignore[arg-type]

    def test_to_dict(self) -> None:
        d = late_fee("100000", due_on="2013-01-31", as_of="2014-01-31").to_dict()
        assert d["kind"] == "late-fee"
        assert d["amount"] == "2400.00"
        assert d["months"] == 12
        assert d["policy"]["months"] == "completed"


class TestBadInput:
    @pytest.mark.parametrize(
        ("kwargs", "field"),
        [
            ({"principal": 100.0}, "principal"),
            ({"principal": "-1"}, "principal"),
            ({"principal": "0"}, "principal"),
            ({"principal": "1.001"}, "principal"),
            ({"due_on": dt.datetime(2013, 1, 31)}, "due_on"),
            ({"as_of": "2014/01/31"}, "as_of"),
            ({"payments": [("2014-02-01", "1")]}, "payments"),  # after as_of
            ({"payments": [("2013-06-01", 5.0)]}, "payment amount"),
            ({"payments": [("2013-06-01", "200000")]}, "payments"),  # more than principal + fee
            ({"payments": "x"}, "payments"),
            ({"instalments": [("2013-01-31", "10")]}, "instalments"),  # do not add up
            ({"policy": "completed"}, "policy"),
        ],
    )
    def test_refused(self, kwargs: dict[str, object], field: str) -> None:
        args: dict[str, object] = {
            "principal": "100000",
            "due_on": "2013-01-31",
            "as_of": "2014-01-31",
        }
        args.update(kwargs)
        principal = args.pop("principal")
        with pytest.raises(InvalidInput) as e:
            late_fee(principal, **args)  # type: ignore[arg-type]
        assert e.value.field == field

    def test_policy_values(self) -> None:
        with pytest.raises(InvalidInput, match="months"):
            LateFeePolicy(months="days")  # type: ignore[arg-type]

    def test_before_the_measures(self) -> None:
        with pytest.raises(NotInForce):
            late_fee("1000", due_on="2002-08-01", as_of="2003-01-01")


# -- properties ---------------------------------------------------------------

principals = st.integers(min_value=1, max_value=10**9).map(lambda c: D(c) / 100)
due_days = st.dates(min_value=day(2002, 9, 1), max_value=day(2021, 9, 7))
spans = st.integers(min_value=0, max_value=6000)


@given(principals, due_days, spans, st.integers(min_value=0, max_value=400))
def test_non_decreasing_in_as_of(p: Decimal, due: dt.date, span: int, more: int) -> None:
    a = late_fee(p, due_on=due, as_of=due + dt.timedelta(days=span))
    b = late_fee(p, due_on=due, as_of=due + dt.timedelta(days=span + more))
    assert a.amount <= b.amount


@given(
    principals,
    due_days,
    spans,
    st.integers(min_value=0, max_value=6000),
    st.integers(min_value=1, max_value=100),
)
def test_a_payment_never_raises_the_fee(
    p: Decimal, due: dt.date, span: int, at: int, share: int
) -> None:
    as_of = due + dt.timedelta(days=span)
    paid_on = min(as_of, due + dt.timedelta(days=at))
    amount = max(D("0.01"), (p * share / 100).quantize(D("0.01")))
    without = late_fee(p, due_on=due, as_of=as_of)
    with_ = late_fee(p, due_on=due, as_of=as_of, payments=[LateFeePayment(paid_on, amount)])
    assert with_.amount <= without.amount


@given(principals, due_days, spans)
def test_never_above_principal_from_2012(p: Decimal, due: dt.date, span: int) -> None:
    as_of = due + dt.timedelta(days=span)
    r = late_fee(p, due_on=due, as_of=as_of)
    if as_of >= dt.date(2012, 1, 1):
        assert r.amount <= p


@given(principals, due_days, spans, st.integers(min_value=0, max_value=60))
def test_paid_in_full_by_due_day_is_zero(p: Decimal, due: dt.date, span: int, early: int) -> None:
    r = late_fee(
        p,
        due_on=due,
        as_of=due + dt.timedelta(days=span),
        payments=[(due - dt.timedelta(days=early), p)],
    )
    assert r.amount == 0


@given(
    principals,
    due_days,
    spans,
    st.integers(min_value=0, max_value=6000),
    st.integers(min_value=2, max_value=99),
)
def test_splitting_a_payment_changes_nothing(
    p: Decimal, due: dt.date, span: int, at: int, share: int
) -> None:
    as_of = due + dt.timedelta(days=span)
    paid_on = min(as_of, due + dt.timedelta(days=at))
    whole = (p * share / 100).quantize(D("0.01"))
    part = (whole / 3).quantize(D("0.01"))
    if part == 0 or whole - part <= 0:
        return
    for pol in (LateFeePolicy(), LateFeePolicy(allocation="fee-first")):
        one = late_fee(p, due_on=due, as_of=as_of, payments=[(paid_on, whole)], policy=pol)
        two = late_fee(
            p,
            due_on=due,
            as_of=as_of,
            payments=[(paid_on, part), (paid_on, whole - part)],
            policy=pol,
        )
        assert one.amount == two.amount


@given(
    st.dates(min_value=day(1990, 1, 1), max_value=day(2090, 12, 31)),
    st.integers(min_value=0, max_value=600),
)
def test_month_end_agrees_with_dateutil(due: dt.date, n: int) -> None:
    # dateutil's relativedelta clamps to the month's last day, as 民法典 art. 202 does
    from dateutil.relativedelta import relativedelta

    from familyplan.penalties import completed_months
    from familyplan.penalties._late_fee import month_end

    assert month_end(due, n) == due + relativedelta(months=n)
    assert completed_months(due, due + relativedelta(months=n)) == n


@given(
    due=st.dates(dt.date(2002, 9, 1), dt.date(2021, 9, 7)),
    later=st.integers(0, 20 * 365),
)
def test_nothing_accrues_after_the_measures_ceased(due: dt.date, later: int) -> None:
    # 《社会抚养费征收管理办法》 last in force 2021-09-08: by default the fee as of any later day
    # is the fee as of that day (no article charges a late fee after it)
    last = dt.date(2021, 9, 8)
    a = late_fee("100000", due_on=due, as_of=last)
    b = late_fee("100000", due_on=due, as_of=last + dt.timedelta(days=later))
    assert (b.months, b.exact_amount) == (a.months, a.exact_amount)
