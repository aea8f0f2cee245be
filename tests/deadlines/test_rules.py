"""The period rules as data: rows name their article and figure, checked at import."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from familyplan import deadlines, statutes
from familyplan._dates import add_months
from familyplan.deadlines import _rules
from familyplan.errors import RulesDataError

day = dt.date
YUEYANGLOU = "430602"


def test_every_step_but_approval_has_rules_and_each_row_states_its_figure() -> None:
    assert set(_rules.BY_STEP) == (set(deadlines.STEPS) - {"approval"}) | {"public-notice"}
    for row in _rules.RULES:
        stated = [
            f
            for f in statutes.figure_history(row.figure)
            if (f.provision.statute.id, f.provision.article) == (row.statute_id, row.article)
        ]
        assert stated, row
        for f in stated:
            # the figure's words are in the article's quote (the registry checked they say it)
            assert f.words in f.provision.quote
            assert f.unit in _rules.COUNTING


def test_a_row_naming_the_wrong_article_fails_the_import_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 行政诉讼法 1989 art. 39 states the 3 months; a row claiming art. 40 must be refused
    wrong = tuple(
        attrs.evolve(r, article=40) if (r.step, r.article) == ("litigation", 39) else r
        for r in _rules.RULES
    )
    monkeypatch.setattr(_rules, "RULES", wrong)
    with pytest.raises(
        RulesDataError, match=r"not stated by administrative-litigation-law art\. 40"
    ):
        _rules._check()


def test_a_change_of_period_without_a_transition_reading_fails(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the litigation period changes on 2015-05-01: a running period needs a reading
    monkeypatch.setattr(
        _rules,
        "_TRANSITION_BY_FIGURE",
        {
            k: v
            for k, v in _rules._TRANSITION_BY_FIGURE.items()
            if k[0] != "deadline.litigation.months"
        },
    )
    with pytest.raises(RulesDataError, match="changes on 2015-05-01"):
        _rules._check()


@given(st.dates(min_value=day(2014, 6, 1), max_value=day(2015, 8, 31)))
def test_litigation_across_2015_is_the_old_or_the_new_period(trigger: dt.date) -> None:
    # 法释〔2015〕9号 art. 26: a 1989-law period (3 months) whose last day is on or after
    # 2015-05-01 runs 6 months from the same start; otherwise it keeps 3 months
    due = deadlines.deadline("litigation", trigger_on=trigger, jurisdiction=YUEYANGLOU).due_on
    three = deadlines.roll_forward(add_months(trigger, 3))
    six = deadlines.roll_forward(add_months(trigger, 6))
    if trigger >= day(2015, 5, 1) or three >= day(2015, 5, 1):
        assert due == six
    else:
        assert due == three
    later = deadlines.deadline(
        "litigation", trigger_on=trigger + dt.timedelta(days=1), jurisdiction=YUEYANGLOU
    ).due_on
    assert later >= due  # a later start never ends earlier
