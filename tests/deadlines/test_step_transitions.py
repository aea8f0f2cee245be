"""A simple step follows a transitional rule when its figure has one.

No simple step (one counted forward from ``trigger_on``) has a transitional
rule today: 行政处罚法 (2021) has none for the hearing request (see
docs/policies.md). The machinery is the one the litigation period uses
(法释〔2015〕9号 art. 26), so it is checked here with a HYPOTHETICAL rule, patched in
for the test only: "a hearing-request period not expired before 2021-07-15 runs
for the 2021 period from its own start".
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from familyplan.deadlines import _rules, deadline

day = dt.date
KEY = ("deadline.hearing-request.days", "administrative-penalty-law", 64)


def test_without_a_transitional_rule_the_trigger_text_governs() -> None:
    # notified Tue 2021-07-13 under the 2017 text (art. 42 (一) 三日, calendar days):
    # 7/13 + 3 = Fri 2021-07-16, a working day
    d = deadline("hearing-request", trigger_on=day(2021, 7, 13))
    assert (d.due_on, d.counting) == (day(2021, 7, 16), "calendar-days")


def test_with_a_transitional_rule_the_new_period_runs_from_the_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hypothetical = attrs.evolve(
        _rules._TRANSITION_BY_FIGURE[KEY],
        reading="new-period-if-unexpired",
        # any figure in force on 2021-07-15 stands in for the rule's text
        rule="deadline.apl.working-days.five",
    )
    monkeypatch.setitem(_rules._TRANSITION_BY_FIGURE, KEY, hypothetical)
    d = deadline("hearing-request", trigger_on=day(2021, 7, 13))
    # the 3-day period would end 7/16, after 2021-07-15: the 2021 text's 五日 (art. 64 (一))
    # in working days (art. 85) from Tue 7/13: Wed 14, Thu 15, Fri 16, Mon 19, Tue 20
    # (no holiday in July 2021)
    assert (d.due_on, d.counting) == (day(2021, 7, 20), "working-days")
