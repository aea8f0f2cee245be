"""独生子女保健费, worked by hand from 《湖南省人口与计划生育条例》(2016) art. 22
(从领证之月起到子女十四周岁止，每月发给五至二十元) and 岳阳楼区's conditions
(yueyanglou-list art. 4, from 2016-11-01)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from familyplan.eligibility import NO_SPOUSE, Child, LocalRates, NotEncoded, Policy, Spouse, check
from familyplan.errors import InvalidInput

from ._helpers import JUNSHAN, YUEYANGLOU, parent

P = "only-child-health-allowance"
TEN = LocalRates(monthly_rate="10", reference="区定标准")


def run(a, as_of: str, where: str = YUEYANGLOU, **kw):  # type: ignore[no-untyped-def]
    return check(P, a, as_of=as_of, jurisdiction=where, rates=kw.pop("rates", TEN), **kw)


class TestFourteenthBirthday:
    # the son is born 2003-02-28: 14 on 2017-02-28
    @pytest.mark.parametrize(
        ("as_of", "met"),
        [
            ("2017-01-01", True),
            ("2017-02-01", True),  # the month of the 14th birthday is the last paid
            ("2017-02-28", True),
            ("2017-03-01", False),  # the month after
        ],
    )
    def test_birthday_month_paid(self, as_of: str, met: bool) -> None:
        r = run(parent(), as_of)
        assert r.condition(f"{P}.in-period").met is met
        assert r.eligible is met

    def test_policy_month_before(self) -> None:
        policy = Policy(health_allowance_last_month="month-before-birthday")
        assert run(parent(), "2017-02-01", policy=policy).eligible is False
        assert run(parent(), "2017-01-01", policy=policy).eligible is True
        assert ("health_allowance_last_month", "month-before-birthday") in run(
            parent(), "2017-01-01", policy=policy
        ).policies

    def test_29_february_child(self) -> None:
        # born 2004-02-29: 14 on 2018-02-28 (common year) — February is the last month
        a = parent(
            children=[Child("2004-02-29", "female", alive=True)], certificate_issued_on="2005-01-01"
        )
        assert run(a, "2018-02-01").eligible is True
        assert run(a, "2018-03-01").eligible is False

    def test_from_the_month_of_the_certificate(self) -> None:
        a = parent(
            children=[Child("2015-06-01", "male", alive=True)], certificate_issued_on="2015-12-31"
        )
        r = run(a, "2016-12-01")
        assert r.eligible is True


class TestCertificateDate:
    @pytest.mark.parametrize(
        ("issued", "met"),
        [
            ("2015-12-31", True),  # 2015年12月31日前颁发: the day itself counts
            ("2016-01-01", False),  # the next day does not
        ],
    )
    def test_certificate_by_2015_12_31(self, issued: str, met: bool) -> None:
        a = parent(children=[Child("2015-06-01", "male", alive=True)], certificate_issued_on=issued)
        r = run(a, "2017-01-01")
        assert r.condition(f"{P}.certificate-by-2015-12-31").met is met
        assert r.eligible is met

    def test_certificate_not_given(self) -> None:
        r = run(parent(certificate_issued_on=None), "2017-01-01")
        assert r.condition(f"{P}.certificate").met is None
        assert r.eligible is None

    def test_no_certificate(self) -> None:
        r = run(parent(certificate_issued_on=None, only_child_certificate=False), "2017-01-01")
        assert r.condition(f"{P}.certificate").met is False
        assert r.eligible is False


class TestLocalConditions:
    def test_work_unit(self) -> None:
        a = parent(spouse=Spouse("male", work_unit="other", registered_in=YUEYANGLOU))
        r = run(a, "2017-01-01")
        assert r.condition(f"{P}.no-work-unit").met is False
        assert r.payer is not None
        assert "有工作单位一方" in r.payer

    def test_registered_elsewhere(self) -> None:
        a = parent(
            registered_in=JUNSHAN, spouse=Spouse("male", work_unit="none", registered_in=JUNSHAN)
        )
        assert run(a, "2017-01-01").condition(f"{P}.registered-here").met is False

    def test_one_spouse_registered_is_enough(self) -> None:
        a = parent(registered_in=JUNSHAN)
        assert run(a, "2017-01-01").condition(f"{P}.registered-here").met is True

    def test_two_children(self) -> None:
        a = parent(
            children=[
                Child("2003-02-28", "male", alive=True),
                Child("2016-05-01", "male", alive=True),
            ]
        )
        assert run(a, "2017-01-01").condition(f"{P}.one-child").met is False

    def test_single_parent(self) -> None:
        assert run(parent(spouse=NO_SPOUSE), "2017-01-01").eligible is True

    def test_elsewhere_in_hunan_only_art_22(self) -> None:
        # 君山区: the regulation's conditions only; the employer pays
        a = parent(
            work_unit="state-organ", registered_in=JUNSHAN, spouse=Spouse("male", work_unit="other")
        )
        r = run(a, "2017-01-01", JUNSHAN)
        assert [c.id.split(".")[1] for c in r.conditions] == [
            "certificate",
            "one-child",
            "in-period",
        ]
        assert r.eligible is True
        assert r.payer is not None
        assert "各负担一半" in r.payer

    def test_before_the_list(self) -> None:
        # 2016-06: the regulation is in force, 岳阳楼区's list (2016-11) is not yet
        r = run(parent(work_unit="other"), "2016-06-01")
        assert len(r.conditions) == 3
        assert r.eligible is True


class TestRate:
    @pytest.mark.parametrize("rate", ["5", "20", "12.50"])
    def test_within_5_to_20(self, rate: str) -> None:
        r = run(parent(), "2017-01-01", rates=LocalRates(monthly_rate=rate))
        assert (r.amount, r.amount_period) == (Decimal(rate).quantize(Decimal("0.01")), "month")
        assert r.rate.source == "caller"

    @pytest.mark.parametrize("rate", ["4.99", "20.01", "0"])
    def test_outside_5_to_20(self, rate: str) -> None:
        with pytest.raises(
            InvalidInput, match=r"rates\.monthly_rate must be from 5 to 20 yuan a month"
        ):
            run(parent(), "2017-01-01", rates=LocalRates(monthly_rate=rate))

    def test_no_rate_no_amount(self) -> None:
        r = check(P, parent(), as_of="2017-01-01", jurisdiction=YUEYANGLOU)
        assert r.eligible is True
        assert r.amount is None

    def test_top_up_refused(self) -> None:
        with pytest.raises(InvalidInput, match=r"rates\.top_up must be 0 for the health allowance"):
            run(parent(), "2017-01-01", rates=LocalRates(top_up="5", monthly_rate="10"))


class TestWhenAndWhere:
    def test_as_of_required(self) -> None:
        with pytest.raises(
            InvalidInput, match="as_of must be a date for only-child-health-allowance"
        ):
            check(P, parent(), year=2017, jurisdiction=YUEYANGLOU)

    def test_before_the_2016_text(self) -> None:
        with pytest.raises(NotEncoded, match="2016-03-30 to 2021-12-02"):
            run(parent(), "2016-03-29")

    def test_after_the_2016_text(self) -> None:
        with pytest.raises(NotEncoded):
            run(parent(), dt.date(2021, 12, 3))

    def test_outside_hunan(self) -> None:
        with pytest.raises(
            InvalidInput, match=r"jurisdiction must be a division in 湖南省 \(430000\)"
        ):
            run(parent(), "2017-01-01", "370304")
