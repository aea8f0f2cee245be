"""Rows with payments in ``batch.late_fee``, against schedules worked by hand.

Not scalar against scalar: each expected figure below is worked from the text.
《社会抚养费征收管理办法》(357) 第八条: 自欠缴之日起每月加收欠缴社会抚养费的千分之二的
滞纳金 — 2/1000 of the unpaid levy for each month of default. A month of
default ends on due_on's day number one, two, ... months later (the month's
last day when there is none), and is charged on the principal still unpaid on
its last day; a payment reduces the unpaid principal from the day after it is
made (docs/late-fee.md, default policy: completed months, principal first).
From 2012-01-01 the fee may not exceed the principal (行政强制法 第四十五条第二款:
加处罚款或者滞纳金的数额不得超出金钱给付义务的数额); at 2/1000 a month that takes
500 months, more than the 228 months 357 was in force, so no case here is capped.
"""

from __future__ import annotations

import numpy as np

from familyplan import batch

CASES = {
    "case_id": np.array(["A", "B", "C", "D", "E"], dtype=object),
    "principal": np.array(["100000", "1000", "50000", "100000", "5000"], dtype=object),
    "due_on": np.array(
        ["2013-01-31", "2005-01-31", "2016-03-31", "2013-01-31", "2013-01-31"],
        dtype="datetime64[D]",
    ),
    "as_of": np.array(
        ["2014-01-31", "2013-01-31", "2016-09-30", "2014-01-31", "2014-01-31"],
        dtype="datetime64[D]",
    ),
}
PAYMENTS = {
    "case_id": np.array(["A", "B", "C", "C", "E"], dtype=object),
    "paid_on": np.array(
        ["2013-07-15", "2008-01-01", "2016-05-10", "2016-05-31", "2015-01-01"],
        dtype="datetime64[D]",
    ),
    "amount": np.array(["40000", "100", "10000", "5000", "100"], dtype=object),
}

# A: 100,000 due 2013-01-31, 40,000 paid 2013-07-15 (effective from 07-16).
#    Months end 02-28, 03-31, 04-30, 05-31, 06-30 | 07-31, 08-31, 09-30, 10-31,
#    11-30, 12-31, 2014-01-31: 12 months.
#    months 1-5 on 100,000: 5 x 200.00 = 1,000.00
#    months 6-12 on 60,000: 7 x 120.00 =   840.00      total 1,840.00
# B: 1,000 due 2005-01-31, 100 paid 2008-01-01 (effective from 01-02).
#    Month 35 ends 2007-12-31 (before the payment), month 36 ends 2008-01-31,
#    month 96 ends 2013-01-31.
#    months 1-35 on 1,000: 35 x 2.00 =  70.00
#    months 36-96 on 900:  61 x 1.80 = 109.80          total 179.80
# C: 50,000 due 2016-03-31; 10,000 paid 05-10, 5,000 paid 05-31 (effective 06-01).
#    Months end 04-30, 05-31, 06-30, 07-31, 08-31, 09-30: 6 months.
#    month 1 on 50,000:            100.00
#    month 2 on 40,000 (05-31 payment not yet effective on 05-31): 80.00
#    months 3-6 on 35,000: 4 x 70.00 = 280.00          total 460.00
# D: no payments: 12 months on 100,000: 12 x 200.00 = 2,400.00
# E: a payment after as_of is refused (docs/late-fee.md): an error row, amount 0.
WANT_FEN = [184_000, 17_980, 46_000, 240_000, 0]
WANT_MONTHS = [12, 96, 6, 12, 0]


def test_rows_with_payments_match_the_hand_worked_schedules() -> None:
    out = batch.late_fee(CASES, payments=PAYMENTS, as_decimal=True)
    assert out["amount_fen"].tolist() == WANT_FEN
    assert out["months"].tolist() == WANT_MONTHS
    assert out["amount"].tolist() == ["1840.00", "179.80", "460.00", "2400.00", "0.00"]
    assert out["capped"].tolist() == [False] * 5
    errors = out["error"].tolist()
    assert errors[:4] == ["", "", "", ""]
    assert errors[4]  # the payment after as_of
    assert out["citation"][0] == "levy-measures art. 8"


def test_payments_in_fen_and_in_a_later_chunk() -> None:
    # the same cases past the first chunk (64 k rows), payments given in fen
    n = 70_000
    reps = -(-n // len(CASES["case_id"]))
    big = {k: np.tile(v, reps)[:n] for k, v in CASES.items()}
    big["case_id"] = np.arange(n)
    k = n - len(CASES["case_id"])  # the last five rows are A..E again
    ids = {"A": k, "B": k + 1, "C": k + 2, "E": k + 4}
    pays = {
        "case_id": np.array([ids[c] for c in PAYMENTS["case_id"]]),
        "paid_on": PAYMENTS["paid_on"],
        "amount_fen": np.array([4_000_000, 10_000, 1_000_000, 500_000, 10_000]),
    }
    out = batch.late_fee(big, payments=pays)
    assert out["amount_fen"][k:].tolist() == WANT_FEN
    assert out["months"][k:].tolist() == WANT_MONTHS
    # a row without payments elsewhere: 12 x 200.00 (case A's figures, unpaid)
    assert out["amount_fen"][0] == 240_000
