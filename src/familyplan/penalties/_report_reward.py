"""The reward for reporting sex-selection offences in Hunan (a reward, not a fine).

湘人口发〔2005〕15号 第三条: 奖励标准：每举报一例本办法第二条规定的违法行为，经查实后
奖励2000元。 Seed 004 gives the same amount but attributes it to art. 18 of
省政府令第194号 (errata). The rule for joint reports (二人及二人以上共同举报同一
违法行为的，…) was NOT FOUND: a joint report is the caller's to split.

>>> r = report_reward(3, reported_on="2016-05-01", jurisdiction="430602")
>>> r.amount, str(r.citations[-1])
(Decimal('6000.00'), '《湖南省举报非医学需要鉴定胎儿性别和选择性别终止妊娠行为及相关案件奖励办法》第三条')
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Any

import attrs

from familyplan import statutes
from familyplan._dates import as_date
from familyplan.errors import InvalidInput
from familyplan.explain import Citation, Step, Trace, result_dict
from familyplan.money import FEN_HALF_UP
from familyplan.types import DateLike, DivisionCode, JurisdictionLike

__all__ = ["PER_VERIFIED_REPORT", "ReportReward", "report_reward"]

_AMOUNT = "report-reward.hunan.amount-per-report"
_RULES = "hunan-report-reward"

PER_VERIFIED_REPORT: Decimal = statutes.figure_history(_AMOUNT)[0].as_decimal()
"""每举报一例 … 经查实后奖励2000元 (湘人口发〔2005〕15号 第三条), read from the registry
figure ``report-reward.hunan.amount-per-report``; the calculator looks it up by date."""


@attrs.frozen
class ReportReward:
    """The reward due for a number of verified reports."""

    verified_reports: int
    reported_on: _dt.date
    jurisdiction: DivisionCode
    per_report: Decimal
    amount: Decimal
    citations: tuple[Citation, ...]
    steps: tuple[Step, ...]

    def to_dict(self) -> dict[str, Any]:
        return result_dict(self, "report-reward")


def report_reward(
    verified_reports: int, *, reported_on: DateLike, jurisdiction: JurisdictionLike
) -> ReportReward:
    """2,000 yuan for each verified report of an art. 2 violation, in Hunan.

    :param verified_reports: reports found true on investigation (经查实), ≥ 0.
    :param reported_on: the day of the report: picks the text in force.
    :param jurisdiction: a division of Hunan.
    :raises InvalidInput: a count that is not a whole number ≥ 0, a division outside Hunan.
    :raises NotInForce: a report before the notice (2005-04-13).
    """
    if (
        isinstance(verified_reports, bool)
        or not isinstance(verified_reports, int)
        or verified_reports < 0
    ):
        raise InvalidInput(
            "verified_reports", verified_reports, "a whole number of verified reports, 0 or more"
        )
    day = as_date(reported_on, "reported_on")
    division = statutes.jurisdiction(jurisdiction)
    province = statutes.get(_RULES).jurisdiction
    if not division.is_within(province):
        raise InvalidInput(
            "jurisdiction",
            division.code,
            f"a division of Hunan ({province}): the reward is Hunan's",
        )
    trace = Trace()
    # 湘人口发〔2005〕15号 art. 3: 每举报一例本办法第二条规定的违法行为，经查实后奖励2000元
    per = statutes.figure(_AMOUNT, on=day)
    rule = per.citation
    scope = statutes.citation(_RULES, article=2, on=day)
    trace.add("reports of the violations listed in art. 2 are rewarded", verified_reports, scope)
    trace.add(f"每举报一例 … 经查实后{per.words}", per.as_decimal(), rule)
    amount = FEN_HALF_UP.apply(per.as_decimal() * verified_reports)
    trace.add(f"{verified_reports} verified report(s) x {per.as_decimal()}", amount, rule)
    return ReportReward(
        verified_reports=verified_reports,
        reported_on=day,
        jurisdiction=DivisionCode(division.code),
        per_report=per.as_decimal(),
        amount=amount,
        citations=trace.citations,
        steps=trace.steps,
    )
