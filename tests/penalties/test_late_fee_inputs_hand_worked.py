"""penalties.late_fee: payments and instalments in both forms, their refusals; completed_months.

《社会抚养费征收管理办法》第八条: 自欠缴之日起每月加收欠缴社会抚养费的千分之二的滞纳金. A month of
default ends on the corresponding day (民法通则 第一百五十四条 for these dates).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from familyplan.errors import InvalidInput, InvalidInputs
from familyplan.penalties import Instalment, LateFeePayment, completed_months, late_fee

D = Decimal
CASE: dict[str, Any] = {"due_on": "2013-01-31", "as_of": "2014-01-31"}


def test_no_payments_given_as_none() -> None:
    # 12 months × 100,000 × 2/1000 = 2,400
    assert late_fee("100000", payments=None, **CASE).amount == D("2400.00")


@pytest.mark.parametrize(
    "payments",
    [[("2013-07-31", "50000")], [LateFeePayment("2013-07-31", "50000")]],
)
def test_payment_as_pair_or_object(payments: Any) -> None:
    # Feb-Jul 2013: 6 × 100,000 × 0.002 = 1,200; then 50,000 unpaid, Aug 2013-Jan 2014:
    # 6 × 50,000 × 0.002 = 600 -> 1,800
    r = late_fee("100000", payments=payments, **CASE)
    assert r.amount == D("1800.00")
    assert r.payments == (LateFeePayment("2013-07-31", "50000"),)
    assert r.principal_paid == D("50000.00")


@pytest.mark.parametrize(
    "instalments",
    [
        [("2013-07-31", "40000"), ("2013-01-31", "60000")],
        [Instalment("2013-01-31", "60000"), Instalment("2013-07-31", "40000")],
    ],
)
def test_instalments_as_pairs_or_objects(instalments: Any) -> None:
    # 60,000 due 2013-01-31: 12 × 60,000 × 0.002 = 1,440; 40,000 due 2013-07-31:
    # 6 × 40,000 × 0.002 = 480 -> 1,920 (the pairs are sorted by due day)
    r = late_fee("100000", instalments=instalments, **CASE)
    assert r.amount == D("1920.00")
    assert r.instalments == (Instalment("2013-01-31", "60000"), Instalment("2013-07-31", "40000"))


def _refusal(**kw: Any) -> tuple[str, object, str]:
    with pytest.raises((InvalidInput, InvalidInputs)) as e:
        late_fee("100000", **CASE, **kw)
    err = e.value
    if isinstance(err, InvalidInputs):
        (err,) = err.exceptions
    assert isinstance(err, InvalidInput)
    return err.field, err.value, err.allowed


@pytest.mark.parametrize(
    ("kw", "expected"),
    [
        (
            {"payments": "2013-07-31"},
            ("payments", "2013-07-31", "a sequence of LateFeePayment or (paid_on, amount) pairs"),
        ),
        ({"payments": [1]}, ("payments", 1, "a LateFeePayment or a (paid_on, amount) pair")),
        (
            {"instalments": "2013-07-31"},
            ("instalments", "2013-07-31", "a sequence of Instalment or (due_on, amount) pairs"),
        ),
        ({"instalments": [1]}, ("instalments", 1, "an Instalment or a (due_on, amount) pair")),
        ({"instalments": []}, ("instalments", [], "at least one instalment, or None")),
    ],
)
def test_refusals(kw: dict[str, Any], expected: tuple[str, object, str]) -> None:
    assert _refusal(**kw) == expected


def test_bad_dates_in_pairs_name_their_field() -> None:
    with pytest.raises((InvalidInput, InvalidInputs)) as e:
        late_fee("100000", payments=[("someday", "1")], **CASE)
    assert "paid_on" in str(e.value) or any(
        x.field == "paid_on" for x in getattr(e.value, "exceptions", ())
    )


@pytest.mark.parametrize(
    ("due_on", "as_of", "months"),
    [
        ("2013-01-31", "2014-01-31", 12),
        ("2013-01-31", "2014-01-30", 11),  # the 12th month ends on 2014-01-31
        ("2013-01-31", "2013-02-28", 1),  # no 31 February: the month's last day
        ("2013-01-31", "2013-02-27", 0),
        ("2013-01-31", "2013-01-31", 0),  # the due day itself
        ("2013-01-31", "2012-12-31", 0),  # before it
    ],
)
def test_completed_months(due_on: str, as_of: str, months: int) -> None:
    assert completed_months(due_on, as_of) == months


@pytest.mark.parametrize(
    ("args", "field"), [(("x", "2014-01-01"), "due_on"), (("2014-01-01", "x"), "as_of")]
)
def test_completed_months_names_the_bad_date(args: tuple[str, str], field: str) -> None:
    with pytest.raises(InvalidInput) as e:
        completed_months(*args)
    assert (e.value.field, e.value.value) == (field, "x")
