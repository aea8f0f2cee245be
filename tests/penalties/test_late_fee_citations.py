"""A late fee's citations read alone (without writing its steps) are the citations
of its steps: the same provisions, each once, in the order the steps apply them.

A differential test of the two ways the result gives them (``_cited`` and the
steps' trace), over the dates where the cited texts change: the rate article
(357 art. 8, 2002-09-01 to 2021-09-08), the civil-law month rule's versions and
the cap (行政强制法 art. 45, from 2012-01-01); with payments and instalments.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from familyplan import penalties
from familyplan.errors import FamilyPlanError

DAYS = st.dates(dt.date(2002, 8, 1), dt.date(2024, 12, 31))


def _both(principal: str, due: dt.date, as_of: dt.date, **kw: object) -> None:
    try:
        alone = penalties.late_fee(principal, due_on=due, as_of=as_of, **kw)  # type: ignore[arg-type]
    except FamilyPlanError:
        return
    explained = penalties.late_fee(principal, due_on=due, as_of=as_of, **kw)  # type: ignore[arg-type]
    assert explained.steps  # the steps first: the citations then come from them
    cited_alone = alone.citations  # read first: written without the steps
    assert cited_alone == explained.citations
    assert cited_alone == tuple(dict.fromkeys(s.citation for s in explained.steps if s.citation))
    assert alone == explained


@given(due=DAYS, days=st.integers(-40, 6000), cents=st.integers(1, 30_000_000))
def test_citations_alone_are_the_steps_citations(due: dt.date, days: int, cents: int) -> None:
    principal = f"{cents // 100}.{cents % 100:02d}"
    _both(principal, due, due + dt.timedelta(days=days))
    later = due + dt.timedelta(days=days)
    _both(principal, due, later, policy=penalties.LateFeePolicy(after_cessation="continue"))


@given(due=DAYS, days=st.integers(1, 4000), paid_after=st.integers(1, 900))
def test_with_a_payment_or_instalments(due: dt.date, days: int, paid_after: int) -> None:
    as_of = due + dt.timedelta(days=days)
    _both("100000", due, as_of, payments=[(due + dt.timedelta(days=paid_after), "1000")])
    parts = [(due, "60000"), (due + dt.timedelta(days=paid_after), "40000")]
    _both("100000", due, as_of, instalments=parts)


def test_at_the_cap_and_cessation_boundaries() -> None:
    # 行政强制法 (in force 2012-01-01) art. 45 cited from that day on; 357 stops 2021-09-08
    for due, as_of in [
        (dt.date(2005, 1, 31), dt.date(2011, 12, 31)),
        (dt.date(2005, 1, 31), dt.date(2012, 1, 1)),
        (dt.date(2019, 1, 31), dt.date(2021, 9, 8)),
        (dt.date(2019, 1, 31), dt.date(2021, 9, 9)),
        (dt.date(2013, 1, 31), dt.date(2013, 1, 31)),
    ]:
        _both("100000", due, as_of)
