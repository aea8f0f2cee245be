"""The import-time check of the rule rows refuses every kind of wrong row, by name.

Each test corrupts one thing the check guards (a row, a transition, a
working-day rule) and states the exact error. The figures named are the
registry's (行政处罚法 2021 art. 64 (一) 五日, art. 85 “五日”“七日” are working days;
行政强制法 art. 69 十日以内 are working days, art. 53 三个月; 行政复议法 2023 art. 20
六十日; 法释〔2015〕9号 art. 26 dated 2015年5月1日; 博山区 list item 14 送达三个月后,
from 2015-07-01).
"""

from __future__ import annotations

import attrs
import pytest

from familyplan.deadlines import _rules
from familyplan.errors import RulesDataError

APL = "administrative-penalty-law"
HEARING_64 = "deadline.hearing-request.days = 告知后五日内提出 (《中华人民共和国行政处罚法》第六十四条第一项)"
FIVE = "deadline.apl.working-days.five = “五日” (《中华人民共和国行政处罚法》第八十五条)"
SEVEN = "deadline.apl.working-days.seven = “七日” (《中华人民共和国行政处罚法》第八十五条)"


def _rows(monkeypatch: pytest.MonkeyPatch, step: str, article: int, **changes: object) -> None:
    rows = tuple(
        attrs.evolve(r, **changes) if (r.step, r.article) == (step, article) else r
        for r in _rules.RULES
    )
    assert rows != _rules.RULES
    monkeypatch.setattr(_rules, "RULES", rows)


def test_the_real_rows_pass() -> None:
    _rules._check()


def test_a_unit_that_does_not_count(monkeypatch: pytest.MonkeyPatch) -> None:
    # the first row in months is 行政诉讼法 (1989) art. 39's 三个月
    monkeypatch.setattr(
        _rules, "COUNTING", {"days": "calendar-days", "working-days": "working-days"}
    )
    with pytest.raises(RulesDataError) as err:
        _rules._check()
    assert str(err.value) == ("rule litigation: figure deadline.litigation.months has unit months")


def test_an_equal_rule_must_name_the_same_number(monkeypatch: pytest.MonkeyPatch) -> None:
    # art. 85's “七日” does not make art. 64 (一)'s 五日 working days (5 is not 7)
    _rows(monkeypatch, "hearing-request", 64, working_rule="deadline.apl.working-days.seven")
    with pytest.raises(RulesDataError) as err:
        _rules._check()
    assert str(err.value) == (
        f"rule hearing-request: {SEVEN} does not make {HEARING_64} a period of working days"
    )


def test_an_at_most_rule_covers_a_shorter_period(monkeypatch: pytest.MonkeyPatch) -> None:
    # read as "periods of seven days or less", the rule covers 五日
    _rows(monkeypatch, "hearing-request", 64, working_rule="deadline.apl.working-days.seven")
    monkeypatch.setitem(_rules.WORKING_DAY_RULES, "deadline.apl.working-days.seven", "at-most")
    _rules._check()


def test_an_at_most_rule_does_not_cover_a_longer_period(monkeypatch: pytest.MonkeyPatch) -> None:
    # read as "five days or less", the rule does not cover art. 64 (二)'s 七日
    _rows(monkeypatch, "hearing-notice", 64, working_rule="deadline.apl.working-days.five")
    monkeypatch.setitem(_rules.WORKING_DAY_RULES, "deadline.apl.working-days.five", "at-most")
    with pytest.raises(RulesDataError) as err:
        _rules._check()
    assert str(err.value) == (
        f"rule hearing-notice: {FIVE} does not make deadline.hearing-notice.days = "
        "举行听证的七日前 (《中华人民共和国行政处罚法》第六十四条第二项) a period of working days"
    )


def test_a_working_day_rule_of_another_law(monkeypatch: pytest.MonkeyPatch) -> None:
    # 行政强制法 art. 69 (ten days or less) would cover 五日, but binds only its own law
    _rows(monkeypatch, "hearing-request", 64, working_rule="deadline.coercion.working-days.up-to")
    with pytest.raises(RulesDataError) as err:
        _rules._check()
    assert str(err.value) == (
        "rule hearing-request: deadline.coercion.working-days.up-to = 十日以内期限 "
        f"(《中华人民共和国行政强制法》第六十九条) does not make {HEARING_64} a period of "
        "working days"
    )


def test_a_working_day_rule_on_calendar_days(monkeypatch: pytest.MonkeyPatch) -> None:
    # 行政处罚法 (1996) art. 40's 七日 are calendar days: art. 85 is of the 2021 text only
    _rows(monkeypatch, "service", 40, working_rule="deadline.apl.working-days.seven")
    with pytest.raises(RulesDataError) as err:
        _rules._check()
    assert str(err.value) == (
        "rule service: deadline.service.days = 应当在七日内 (《中华人民共和国行政处罚法》第四十条) "
        "is not in working days"
    )


def test_a_text_cited_beside_must_state_the_same_period(monkeypatch: pytest.MonkeyPatch) -> None:
    # 行政强制法 art. 53's 三个月 beside 行政处罚法 art. 85's “五日”: not the same period
    _rows(monkeypatch, "enforcement-application", 53, also="deadline.apl.working-days.five")
    with pytest.raises(RulesDataError) as err:
        _rules._check()
    assert str(err.value) == (
        f"rule enforcement-application: {FIVE} differs from "
        "deadline.enforcement-application.months = 自期限届满之日起三个月内 "
        "(《中华人民共和国行政强制法》第五十三条)"
    )


def test_every_text_of_a_figure_needs_its_row(monkeypatch: pytest.MonkeyPatch) -> None:
    # without the row of 行政复议法 (2023) art. 20, its 六十日 has no rule
    monkeypatch.setattr(
        _rules, "RULES", tuple(r for r in _rules.RULES if (r.step, r.article) != ("review", 20))
    )
    with pytest.raises(RulesDataError) as err:
        _rules._check()
    assert str(err.value) == (
        "figure deadline.review.days: 《中华人民共和国行政复议法》第二十条 has no rule row"
    )


def _transition(monkeypatch: pytest.MonkeyPatch, t: _rules.Transition) -> None:
    monkeypatch.setattr(_rules, "TRANSITIONS", (*_rules.TRANSITIONS, t))


def test_a_transition_names_a_text_of_its_figure(monkeypatch: pytest.MonkeyPatch) -> None:
    _transition(
        monkeypatch,
        _rules.Transition(
            "deadline.review.days",
            "administrative-review-law",
            article=99,
            reading="trigger-version",
            why="-",
        ),
    )
    with pytest.raises(RulesDataError) as err:
        _rules._check()
    assert str(err.value) == (
        "transition of deadline.review.days: administrative-review-law art. 99?"
    )


def test_a_transition_without_a_rule_reads_the_trigger_version(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _transition(
        monkeypatch,
        _rules.Transition(
            "deadline.review.days",
            "administrative-review-law",
            article=20,
            reading="new-period-if-unexpired",
            why="-",
        ),
    )
    with pytest.raises(RulesDataError) as err:
        _rules._check()
    assert str(err.value) == ("transition of deadline.review.days on 2024-01-01: rule and reading")


def test_a_transition_rule_with_a_trigger_version_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _transition(
        monkeypatch,
        _rules.Transition(
            "deadline.boshan.demand-notice.months",
            "boshan-list",
            article=14,
            reading="trigger-version",
            rule="deadline.litigation.transition-2015.on",
            why="-",
        ),
    )
    with pytest.raises(RulesDataError) as err:
        _rules._check()
    assert str(err.value) == (
        "transition of deadline.boshan.demand-notice.months on 2015-07-01: rule and reading"
    )


def test_a_transition_rule_is_dated_the_first_day_of_the_new_value(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 法释〔2015〕9号 art. 26 is dated 2015-05-01, not 2015-07-01 (the 博山区 list)
    _transition(
        monkeypatch,
        _rules.Transition(
            "deadline.boshan.demand-notice.months",
            "boshan-list",
            article=14,
            reading="new-period-if-unexpired",
            rule="deadline.litigation.transition-2015.on",
            why="-",
        ),
    )
    with pytest.raises(RulesDataError) as err:
        _rules._check()
    assert str(err.value) == (
        "transition rule deadline.litigation.transition-2015.on is not dated 2015-07-01"
    )
