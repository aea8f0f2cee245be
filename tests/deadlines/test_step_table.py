"""The step table (``deadlines.steps()``) states each step's rule, text by text.

The table is built at import from the rule rows and the registry figures, so a
wrong period, article, span or unit would show in these words. Each expected
row is worked from the texts (see /work/shared/LEGAL_FACTS.md for the dates):

* 行政处罚法 1996 (in force 1996-10-01, amended 2009 and 2017 without changing the
  periods): art. 42 (一) 当事人要求听证的，应当在行政机关告知后三日内提出; art. 42 (二)
  听证的七日前; art. 40 当事人不在场的 … 七日内送达. The 2021 text (in force
  2021-07-15): art. 64 (一) 五日, (二) 七日前, art. 61 七日内; art. 85 makes 五日/七日
  working days. So the 1996/2009/2017 span ends 2021-07-14.
* 社会抚养费征收管理办法 art. 6 ¶1: 30日内 (in force 2002-09-01; abolished 2021, the
  registry's last day 2021-09-08).
* 行政复议法 1999 art. 9 (kept 2009, 2017): 六十日; the 2023 revision (in force
  2024-01-01) art. 20: 六十日 — same number, a new article, so two spans.
* 行政诉讼法 1989 (in force 1990-10-01) art. 39: 三个月; 2014 revision (in force
  2015-05-01, kept 2017) art. 46: 六个月; 法释〔2015〕9号 art. 26: a period not yet
  expired on 2015-05-01 follows the new law.
* 行政强制法 (in force 2012-01-01): art. 54 催告书送达十日后, art. 69 ten days or less
  are working days; art. 53 三个月. 法释〔2000〕8号 (in force 2000-03-10) art. 88:
  180日 — applied only before 行政强制法, so its span ends 2011-12-31.
* County lists (the seeds; versions as the registry dates them): 博山区 (370304, from
  2015-07-01) 告知 3个工作日 (item 10), 决定 3个工作日 (12), 催告 送达三个月后 (14),
  归档 一个月 (15); 君山区 (430611, 2015-01-01) 归档 一个月 (9); 隆尧县 (130525,
  2015-01-01) 归档 一个月 (16); 岳阳楼区 (430602, 2016-11-01) 补齐 5个工作日 (3).
"""

from __future__ import annotations

import json

import pytest

from familyplan import deadlines
from familyplan.deadlines import _rules, _steps

APL_OLD = "1996/2009/2017 text, 1996-10-01 to 2021-07-14"
APL_2021 = "2021 text, 2021-07-15 to in force"

TABLE = {
    "statement": (
        "the day the party received the levy notice (告知书)",
        "3 working days (boshan-list art. 10, 2015 text, 2015-07-01 to in force)",
        "博山区 (370304) only",
        (),
    ),
    "hearing-request": (
        "the day the agency notified the right to a hearing",
        f"3 days (administrative-penalty-law art. 42 (1), {APL_OLD}); "
        f"5 working days (administrative-penalty-law art. 64 (1), {APL_2021})",
        "national",
        (),
    ),
    "hearing-notice": (
        "the hearing date (the period runs backwards from it)",
        f"7 days (administrative-penalty-law art. 42 (2), {APL_OLD}); "
        f"7 working days (administrative-penalty-law art. 64 (2), {APL_2021})",
        "national",
        (),
    ),
    "service": (
        "the day the decision was pronounced (宣告), the party being absent",
        f"7 days (administrative-penalty-law art. 40, {APL_OLD}); "
        f"7 working days (administrative-penalty-law art. 61, {APL_2021})",
        "national",
        (),
    ),
    "levy-payment": (
        "the day the levy decision was received",
        "30 days (levy-measures art. 6, 2002 text, 2002-09-01 to 2021-09-08)",
        "national",
        (),
    ),
    "levy-waiver-decision": (
        "the day the levy notice was served with a signed waiver",
        "3 working days (boshan-list art. 12, 2015 text, 2015-07-01 to in force)",
        "博山区 (370304) only",
        (),
    ),
    "review": (
        "the day the party knew of the act",
        "60 days (administrative-review-law art. 9, 1999/2009/2017 text, 1999-10-01 to "
        "2023-12-31); 60 days (administrative-review-law art. 20, 2023 text, 2024-01-01 to "
        "in force)",
        "national",
        (),
    ),
    "litigation": (
        "the day the party knew of the act",
        "3 months (administrative-litigation-law art. 39, 1989 text, 1990-10-01 to "
        "2015-04-30); 6 months (administrative-litigation-law art. 46, 2014/2017 text, "
        "2015-05-01 to in force); a period not expired before 2015-05-01 follows the new "
        "text (spc-2015-9 art. 26)",
        "national",
        (),
    ),
    "demand-notice": (
        "the day the levy decision was served",
        "3 months (boshan-list art. 14, 2015 text, 2015-07-01 to in force)",
        "博山区 (370304) only",
        (),
    ),
    "enforcement-earliest": (
        "the day the demand notice (催告书) was served; before 2012-01-01 (法释〔2000〕8号 "
        "art. 88) the window opens when the litigation period from decision_served_on ends",
        "10 working days (administrative-coercion-law art. 54, 2011 text, 2012-01-01 to in "
        "force); before 行政强制法: the first working day after the litigation period "
        "(spc-2000-8 art. 88; fact decision_served_on)",
        "national",
        ("decision_served_on",),
    ),
    "enforcement-application": (
        "the day the litigation (or review) period ended",
        "3 months (administrative-coercion-law art. 53, 2011 text, 2012-01-01 to in force); "
        "180 days (spc-2000-8 art. 88, 2000 text, 2000-03-10 to 2011-12-31)",
        "national",
        (),
    ),
    "approval": (
        "the day the application was accepted",
        "the matter's statutory limit in working days (power catalogue, seed 004)",
        "where the matter is catalogued (岳阳楼区 430602)",
        ("matter",),
    ),
    "supplement-materials": (
        "the day the applicant was told the materials are incomplete",
        "5 working days (yueyanglou-list art. 3, 2016 text, 2016-11-01 to in force)",
        "岳阳楼区 (430602) only",
        (),
    ),
    "archive": (
        "the day the case was closed (结案)",
        "1 month (boshan-list art. 15, 2015 text, 2015-07-01 to in force); "
        "1 month (junshan-list art. 9, 2015 text, 2015-01-01 to in force); "
        "1 month (longyao-list art. 16, 2015 text, 2015-01-01 to in force)",
        "博山区 (370304), 君山区 (430611), 隆尧县 (130525) only",
        (),
    ),
}


def test_the_table_lists_every_step_in_case_order() -> None:
    assert [s.id for s in deadlines.steps()] == list(TABLE)
    assert tuple(TABLE) == deadlines.STEPS


@pytest.mark.parametrize("step", list(TABLE))
def test_each_step_states_its_rule_text_by_text(step: str) -> None:
    info = {s.id: s for s in deadlines.steps()}[step]
    trigger, rule, where, facts = TABLE[step]
    assert info.trigger == trigger
    assert info.rule == rule
    assert info.where == where
    assert info.facts == facts


def test_a_step_row_as_json() -> None:
    info = {s.id: s for s in deadlines.steps()}["archive"]
    body = info.to_dict()
    trigger, rule, where, _facts = TABLE["archive"]
    assert body["kind"] == "deadline-step"
    assert {k: body[k] for k in ("id", "trigger", "rule", "where", "facts")} == {
        "id": "archive",
        "trigger": trigger,
        "rule": rule,
        "where": where,
        "facts": [],
    }
    assert json.loads(json.dumps(body, ensure_ascii=False)) == body
    approval = {s.id: s for s in deadlines.steps()}["approval"].to_dict()
    assert approval["facts"] == ["matter"]


def test_a_row_tried_after_another_applies_only_before_that_one_starts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the words of a step with two national rows, the second tried after the first
    # (as 法释〔2000〕8号 art. 88 after 行政强制法 art. 53): the second row's span is cut
    # at the day before the first row starts (行政复议法 2023 art. 20: 2024-01-01), and
    # only then; a span ending earlier keeps its own end.
    row = {(r.step, r.article): r for r in _rules.RULES}
    monkeypatch.setitem(_steps.BY_STEP, "levy-payment", (row["review", 20], row["levy-payment", 6]))
    assert _steps._describe("levy-payment") == (
        "60 days (administrative-review-law art. 20, 2023 text, 2024-01-01 to in force); "
        # 社会抚养费征收管理办法: abolished 2021, before 2024: not cut
        "30 days (levy-measures art. 6, 2002 text, 2002-09-01 to 2021-09-08)"
    )
    monkeypatch.setitem(_steps.BY_STEP, "levy-payment", (row["review", 20], row["litigation", 46]))
    assert _steps._describe("levy-payment") == (
        "60 days (administrative-review-law art. 20, 2023 text, 2024-01-01 to in force); "
        # 行政诉讼法 art. 46, in force from 2015-05-01 with no end: cut at 2023-12-31
        "6 months (administrative-litigation-law art. 46, 2014/2017 text, 2015-05-01 to "
        "2023-12-31); a period not expired before 2015-05-01 follows the new text "
        "(spc-2015-9 art. 26)"
    )


def test_a_row_starting_the_day_an_earlier_row_starts_is_not_cut(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 行政强制法 art. 54 and art. 53 both start on 2012-01-01 (the law's commencement,
    # art. 71): the second row tried is not cut before the first one's start
    row = {(r.step, r.article): r for r in _rules.RULES}
    monkeypatch.setitem(
        _steps.BY_STEP,
        "levy-payment",
        (row["enforcement-earliest", 54], row["enforcement-application", 53]),
    )
    assert _steps._describe("levy-payment") == (
        "10 working days (administrative-coercion-law art. 54, 2011 text, 2012-01-01 to in "
        "force); 3 months (administrative-coercion-law art. 53, 2011 text, 2012-01-01 to in "
        "force)"
    )
