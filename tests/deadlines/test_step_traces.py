"""Whole traces of deadlines: every step's words (English, Chinese), value and article.

The due dates are worked by hand in the comment of each case (the State Council
holiday notice of the year decides each roll-forward). The step words and the
citations (statute, version, article, paragraph, item) are stated exactly: a
wrong article, version or step in a trace is a wrong answer for an auditor.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from familyplan.deadlines import deadline

day = dt.date

Row = tuple[str, object, tuple[str, str, int, int | None, int | None] | None, str]


CASES = [
    # 行政处罚法 2021 art. 64 (一) 五日, art. 85 working days. 2022 notice: 春节 1/31-2/6 放假,
    # 1/29 (Sat) and 1/30 (Sun) 上班: 29 Jan, 30 Jan, 7, 8, 9 Feb.
    pytest.param(
        "hearing-request",
        day(2022, 1, 28),
        None,
        {},
        day(2022, 2, 9),
        "working-days",
        [
            (
                "step hearing-request: trigger_on is the day the agency notified the right to a hearing",
                day(2022, 1, 28),
                None,
                "步骤“要求听证”的起算日：行政机关告知听证权利之日",
            ),
            (
                "a hearing is requested within 5 working days of the notice",
                5,
                ("administrative-penalty-law", "2021", 64, None, 1),
                "告知后五日内提出",
            ),
            (
                "“五日” means working days, statutory holidays excluded",
                None,
                ("administrative-penalty-law", "2021", 85, None, None),
                "“五日”",
            ),
            (
                "5 working days: the start day 2022-01-28 is not counted; weekends and statutory holidays are skipped, make-up working days (调休上班日) count; the 5th working day after it is the last day",
                day(2022, 2, 9),
                ("administrative-penalty-law", "2021", 85, None, None),
                "按工作日计算5日，开始之日不计入，不含法定节假日",
            ),
        ],
        id="hearing-request-2022-01-28",
    ),
    # art. 64 (二) 七日前, art. 85: back from Wed 9 Feb: 8, 7 Feb (1, 2); 6 Feb-31 Jan 春节;
    # 30 Jan (Sun 上班, 3), 29 Jan (Sat 上班, 4), 28, 27, 26 Jan (5, 6, 7).
    pytest.param(
        "hearing-notice",
        day(2022, 2, 9),
        None,
        {},
        day(2022, 1, 26),
        "working-days",
        [
            (
                "step hearing-notice: trigger_on is the hearing date (the period runs backwards from it)",
                day(2022, 2, 9),
                None,
                "步骤“听证通知”的起算日：听证日期（期间向前倒算）",
            ),
            (
                "trigger_on is the hearing date; the period runs backwards from it",
                day(2022, 2, 9),
                None,
                "起算日为听证日期，期间向前倒算",
            ),
            (
                "the agency notifies the hearing 7 working days before it",
                7,
                ("administrative-penalty-law", "2021", 64, None, 2),
                "举行听证的七日前",
            ),
            (
                "“七日” means working days, statutory holidays excluded",
                None,
                ("administrative-penalty-law", "2021", 85, None, None),
                "“七日”指工作日，不含法定节假日",
            ),
            (
                "7 working days before 2022-02-09: counting back, the 7th working day before it (weekends and statutory holidays skipped)",
                day(2022, 1, 26),
                ("administrative-penalty-law", "2021", 85, None, None),
                "前7个工作日",
            ),
        ],
        id="hearing-notice-2022-02-09",
    ),
    # 行政处罚法 (2017 text) art. 42 (二) 七日前, calendar days: 10-08 - 7 = 10-01, not rolled.
    pytest.param(
        "hearing-notice",
        day(2019, 10, 8),
        None,
        {},
        day(2019, 10, 1),
        "calendar-days",
        [
            (
                "step hearing-notice: trigger_on is the hearing date (the period runs backwards from it)",
                day(2019, 10, 8),
                None,
                "步骤“听证通知”的起算日：听证日期（期间向前倒算）",
            ),
            (
                "trigger_on is the hearing date; the period runs backwards from it",
                day(2019, 10, 8),
                None,
                "起算日为听证日期，期间向前倒算",
            ),
            (
                "the agency notifies the hearing 7 days before it",
                7,
                ("administrative-penalty-law", "2017", 42, None, 2),
                "听证的七日前",
            ),
            (
                "2019-10-08 - 7 days; no roll-forward: the period runs backwards and the agency may always notify earlier",
                day(2019, 10, 1),
                None,
                "2019-10-08前推7日；不顺延：期间向前倒算，行政机关可以提前通知",
            ),
        ],
        id="hearing-notice-2019-10-08",
    ),
    # 社会抚养费征收管理办法 art. 6: 30 days; 1/10 + 30 = 2/9 (Sat). 2019 notice: 春节 2/4-2/10
    # 放假 → Mon 2/11 (民事诉讼法 2017 art. 82).
    pytest.param(
        "levy-payment",
        day(2019, 1, 10),
        None,
        {},
        day(2019, 2, 11),
        "calendar-days",
        [
            (
                "step levy-payment: trigger_on is the day the levy decision was received",
                day(2019, 1, 10),
                None,
                "步骤“缴纳社会抚养费”的起算日：收到征收决定书之日",
            ),
            (
                "the levy is paid within 30 days of receiving the decision",
                30,
                ("levy-measures", "2002", 6, 1, None),
                "自收到征收决定之日起30日内",
            ),
            (
                "30 calendar days: the start day 2019-01-10 is not counted (2019-01-10 + 30 days)",
                day(2019, 2, 9),
                ("civil-procedure-law", "2017", 82, None, None),
                "期间开始的时和日，不计算在期间内",
            ),
            (
                "2019-02-09 is a rest day (weekend or statutory holiday): the period ends on the first working day after it, 2019-02-11",
                day(2019, 2, 11),
                ("civil-procedure-law", "2017", 82, None, None),
                "期间届满的最后一日是节假日的，以节假日后的第一日为期间届满的日期",
            ),
        ],
        id="levy-payment-2019-01-10",
    ),
    # 3/1 + 30 = 3/31 (Sun) → Mon 4/1 (清明 2019 is 4/5).
    pytest.param(
        "levy-payment",
        day(2019, 3, 1),
        None,
        {},
        day(2019, 4, 1),
        "calendar-days",
        [
            (
                "step levy-payment: trigger_on is the day the levy decision was received",
                day(2019, 3, 1),
                None,
                "步骤“缴纳社会抚养费”的起算日：收到征收决定书之日",
            ),
            (
                "the levy is paid within 30 days of receiving the decision",
                30,
                ("levy-measures", "2002", 6, 1, None),
                "自收到征收决定之日起30日内",
            ),
            (
                "30 calendar days: the start day 2019-03-01 is not counted (2019-03-01 + 30 days)",
                day(2019, 3, 31),
                ("civil-procedure-law", "2017", 82, None, None),
                "期间开始的时和日，不计算在期间内",
            ),
            (
                "2019-03-31 is a rest day (weekend or statutory holiday): the period ends on the first working day after it, 2019-04-01",
                day(2019, 4, 1),
                ("civil-procedure-law", "2017", 82, None, None),
                "期间届满的最后一日是节假日的，以节假日后的第一日为期间届满的日期",
            ),
        ],
        id="levy-payment-2019-03-01",
    ),
    # 行政诉讼法 2014 art. 46: 6 months; 3/31 → 9/30 (no 31 Sept); Fri 30 Sept 2016 works (国庆
    # 10/1-7). Before 民法总则 (2017-10-01) the registry has no month-end text: 民法通则 art. 154.
    pytest.param(
        "litigation",
        day(2016, 3, 31),
        None,
        {},
        day(2016, 9, 30),
        "months",
        [
            (
                "step litigation: trigger_on is the day the party knew of the act",
                day(2016, 3, 31),
                None,
                "步骤“提起行政诉讼”的起算日：见英文说明（the day the party knew of the act）",
            ),
            (
                "a suit is filed within 6 months of knowing of the act",
                6,
                ("administrative-litigation-law", "2014", 46, None, None),
                "六个月内提出",
            ),
            (
                "6 month(s) from 2016-03-31: the corresponding day of the final month, or its last day when there is none (the registry holds no text of this rule in force on 2016-03-31; 民法通则 art. 154 only excludes the start day; the same corresponding-day rule is applied)",
                day(2016, 9, 30),
                ("general-principles-civil-law", "2009", 154, None, None),
                "到期月的对应日为期间的最后一日；没有对应日的，月末日",
            ),
            (
                "2016-09-30 is a working day: no roll-forward",
                day(2016, 9, 30),
                ("civil-procedure-law", "2012", 82, None, None),
                "2016-09-30是工作日：期间届满日不顺延",
            ),
            (
                "periods follow the Civil Procedure Law",
                None,
                ("administrative-litigation-law", "2014", 101, None, None),
                "期间的计算依照《中华人民共和国民事诉讼法》的规定",
            ),
        ],
        id="litigation-2016-03-31",
    ),
    # 6 months from 8/31 → 2019-02-28 (Thu; 春节 2019 is 2/4-2/10): 民法总则 art. 202.
    pytest.param(
        "litigation",
        day(2018, 8, 31),
        None,
        {},
        day(2019, 2, 28),
        "months",
        [
            (
                "step litigation: trigger_on is the day the party knew of the act",
                day(2018, 8, 31),
                None,
                "步骤“提起行政诉讼”的起算日：见英文说明（the day the party knew of the act）",
            ),
            (
                "a suit is filed within 6 months of knowing of the act",
                6,
                ("administrative-litigation-law", "2017", 46, None, None),
                "六个月内提出",
            ),
            (
                "6 month(s) from 2018-08-31: the corresponding day of the final month, or its last day when there is none",
                day(2019, 2, 28),
                ("general-provisions-civil-law", "2017", 202, None, None),
                "到期月的对应日为期间的最后一日；没有对应日的，月末日",
            ),
            (
                "2019-02-28 is a working day: no roll-forward",
                day(2019, 2, 28),
                ("civil-procedure-law", "2017", 82, None, None),
                "2019-02-28是工作日：期间届满日不顺延",
            ),
            (
                "periods follow the Civil Procedure Law",
                None,
                ("administrative-litigation-law", "2017", 101, None, None),
                "期间的计算依照《中华人民共和国民事诉讼法》的规定",
            ),
        ],
        id="litigation-2018-08-31",
    ),
    # 1989 law art. 39: 3 months → Mon 2015-06-01, on or after 2015-05-01: 法释〔2015〕9号 art. 26,
    # the 2014 law's 6 months from 3/1 → Tue 2015-09-01 (the 9/3 抗战 holiday is later).
    pytest.param(
        "litigation",
        day(2015, 3, 1),
        None,
        {},
        day(2015, 9, 1),
        "months",
        [
            (
                "step litigation: trigger_on is the day the party knew of the act",
                day(2015, 3, 1),
                None,
                "步骤“提起行政诉讼”的起算日：见英文说明（the day the party knew of the act）",
            ),
            (
                "a suit is filed within 3 months of knowing of the act",
                3,
                ("administrative-litigation-law", "1989", 39, None, None),
                "三个月内提出",
            ),
            (
                "3 month(s) from 2015-03-01: the corresponding day of the final month, or its last day when there is none (the registry holds no text of this rule in force on 2015-03-01; 民法通则 art. 154 only excludes the start day; the same corresponding-day rule is applied)",
                day(2015, 6, 1),
                ("general-principles-civil-law", "2009", 154, None, None),
                "到期月的对应日为期间的最后一日；没有对应日的，月末日",
            ),
            (
                "2015-06-01 is a working day: no roll-forward",
                day(2015, 6, 1),
                ("civil-procedure-law", "2012", 82, None, None),
                "2015-06-01是工作日：期间届满日不顺延",
            ),
            (
                "the period had not expired before 2015-05-01 (its last day is 2015-06-01): a litigation period not yet expired before 2015-05-01 (its last day on or after that day) follows the amended law: its months are counted again from its own start",
                day(2015, 5, 1),
                ("spc-2015-9", "2015", 26, 1, None),
                "2015年5月1日前起诉期限尚未届满的，适用修改后的行政诉讼法关于起诉期限的规定。",
            ),
            (
                "a suit is filed within 6 months of knowing of the act",
                6,
                ("administrative-litigation-law", "2014", 46, None, None),
                "六个月内提出",
            ),
            (
                "6 month(s) from 2015-03-01: the corresponding day of the final month, or its last day when there is none (the registry holds no text of this rule in force on 2015-05-01; 民法通则 art. 154 only excludes the start day; the same corresponding-day rule is applied)",
                day(2015, 9, 1),
                ("general-principles-civil-law", "2009", 154, None, None),
                "到期月的对应日为期间的最后一日；没有对应日的，月末日",
            ),
            (
                "2015-09-01 is a working day: no roll-forward",
                day(2015, 9, 1),
                ("civil-procedure-law", "2012", 82, None, None),
                "2015-09-01是工作日：期间届满日不顺延",
            ),
        ],
        id="litigation-2015-03-01",
    ),
    # notified Tue 2021-07-13 under the 2017 text: 3 days → Fri 7/16; the 2021 text (5 working
    # days from 2021-07-15) has no transitional rule: the trigger text governs.
    pytest.param(
        "hearing-request",
        day(2021, 7, 13),
        None,
        {},
        day(2021, 7, 16),
        "calendar-days",
        [
            (
                "step hearing-request: trigger_on is the day the agency notified the right to a hearing",
                day(2021, 7, 13),
                None,
                "步骤“要求听证”的起算日：行政机关告知听证权利之日",
            ),
            (
                "a hearing is requested within 3 days of the notice",
                3,
                ("administrative-penalty-law", "2017", 42, None, 1),
                "告知后三日内提出",
            ),
            (
                "3 calendar days: the start day 2021-07-13 is not counted (2021-07-13 + 3 days)",
                day(2021, 7, 16),
                ("civil-procedure-law", "2017", 82, None, None),
                "期间开始的时和日，不计算在期间内",
            ),
            (
                "2021-07-16 is a working day: no roll-forward",
                day(2021, 7, 16),
                ("civil-procedure-law", "2017", 82, None, None),
                "2021-07-16是工作日：期间届满日不顺延",
            ),
            (
                "the period runs past 2021-07-15, when 《中华人民共和国行政处罚法》第六十四条第一项 (2021 text) sets 5 working days: the 2021 text has no transitional rule for periods running on 2021-07-15; the notice was given, and the period began, under the earlier text, which governs it (docs/policies.md)",
                day(2021, 7, 16),
                ("administrative-penalty-law", "2017", 42, None, 1),
                "",
            ),
        ],
        id="hearing-request-2021-07-13",
    ),
    # 行政复议法 (2017 text) art. 9: 60 days; 5/6 + 60: 25 to 5/31, 30 to 6/30, 5 → Fri 7/5;
    # art. 40: periods by the Civil Procedure Law.
    pytest.param(
        "review",
        day(2019, 5, 6),
        None,
        {},
        day(2019, 7, 5),
        "calendar-days",
        [
            (
                "step review: trigger_on is the day the party knew of the act",
                day(2019, 5, 6),
                None,
                "步骤“申请行政复议”的起算日：见英文说明（the day the party knew of the act）",
            ),
            (
                "administrative review applied for within 60 days of knowing of the act",
                60,
                ("administrative-review-law", "2017", 9, None, None),
                "六十日内提出",
            ),
            (
                "60 calendar days: the start day 2019-05-06 is not counted (2019-05-06 + 60 days)",
                day(2019, 7, 5),
                ("civil-procedure-law", "2017", 82, None, None),
                "期间开始的时和日，不计算在期间内",
            ),
            (
                "2019-07-05 is a working day: no roll-forward",
                day(2019, 7, 5),
                ("civil-procedure-law", "2017", 82, None, None),
                "2019-07-05是工作日：期间届满日不顺延",
            ),
            (
                "periods are counted by the Civil Procedure Law",
                None,
                ("administrative-review-law", "2017", 40, None, None),
                "期间的计算依照《中华人民共和国民事诉讼法》的规定",
            ),
        ],
        id="review-2019-05-06",
    ),
    # 2023 text art. 20: 60 days → Fri 2024-07-05; art. 88 the same link; 民事诉讼法 2023 art. 85.
    pytest.param(
        "review",
        day(2024, 5, 6),
        None,
        {},
        day(2024, 7, 5),
        "calendar-days",
        [
            (
                "step review: trigger_on is the day the party knew of the act",
                day(2024, 5, 6),
                None,
                "步骤“申请行政复议”的起算日：见英文说明（the day the party knew of the act）",
            ),
            (
                "administrative review applied for within 60 days of knowing of the act",
                60,
                ("administrative-review-law", "2023", 20, None, None),
                "六十日内提出",
            ),
            (
                "60 calendar days: the start day 2024-05-06 is not counted (2024-05-06 + 60 days)",
                day(2024, 7, 5),
                ("civil-procedure-law", "2023", 85, None, None),
                "期间开始的时和日，不计算在期间内",
            ),
            (
                "2024-07-05 is a working day: no roll-forward",
                day(2024, 7, 5),
                ("civil-procedure-law", "2023", 85, None, None),
                "2024-07-05是工作日：期间届满日不顺延",
            ),
            (
                "periods are counted by the Civil Procedure Law",
                None,
                ("administrative-review-law", "2023", 88, None, None),
                "期间的计算依照《中华人民共和国民事诉讼法》的规定",
            ),
        ],
        id="review-2024-05-06",
    ),
    # 行政强制法 art. 53: 3 months (法释〔2018〕1号 art. 156 the same) → 6/1 (Sat) → Mon 6/3
    # (端午 2019 is 6/7).
    pytest.param(
        "enforcement-application",
        day(2019, 3, 1),
        None,
        {},
        day(2019, 6, 3),
        "months",
        [
            (
                "step enforcement-application: trigger_on is the day the litigation (or review) period ended",
                day(2019, 3, 1),
                None,
                "步骤“申请人民法院强制执行”的起算日：见英文说明（the day the litigation (or review) period ended）",
            ),
            (
                "apply within 3 months after the review/litigation period ends",
                3,
                ("administrative-coercion-law", "2011", 53, None, None),
                "自期限届满之日起三个月内",
            ),
            (
                "the same 3 months in 法释〔2018〕1号",
                3,
                ("spc-2018-1", "2018", 156, None, None),
                "届满之日起三个月内提出",
            ),
            (
                "3 month(s) from 2019-03-01: the corresponding day of the final month, or its last day when there is none",
                day(2019, 6, 1),
                ("general-provisions-civil-law", "2017", 202, None, None),
                "到期月的对应日为期间的最后一日；没有对应日的，月末日",
            ),
            (
                "2019-06-01 is a rest day (weekend or statutory holiday): the period ends on the first working day after it, 2019-06-03",
                day(2019, 6, 3),
                ("civil-procedure-law", "2017", 82, None, None),
                "期间届满的最后一日是节假日的，以节假日后的第一日为期间届满的日期",
            ),
        ],
        id="enforcement-application-2019-03-01",
    ),
    # 法释〔2000〕8号 art. 88: 180 days from 2011-10-01: 30 to 10/31, 60 to 11/30, 91 to 12/31,
    # 122 to 1/31, 151 to 2/29 (2012 a leap year), 180 to Thu 3/29; 民事诉讼法 2007 art. 75.
    pytest.param(
        "enforcement-application",
        day(2011, 10, 1),
        None,
        {},
        day(2012, 3, 29),
        "calendar-days",
        [
            (
                "step enforcement-application: trigger_on is the day the litigation (or review) period ended",
                day(2011, 10, 1),
                None,
                "步骤“申请人民法院强制执行”的起算日：见英文说明（the day the litigation (or review) period ended）",
            ),
            (
                "before the Administrative Coercion Law (2012-01-01): apply within 180 days after the litigation period ends",
                180,
                ("spc-2000-8", "2000", 88, None, None),
                "届满之日起180日内提出",
            ),
            (
                "180 calendar days: the start day 2011-10-01 is not counted (2011-10-01 + 180 days)",
                day(2012, 3, 29),
                ("civil-procedure-law", "2007", 75, None, None),
                "期间开始的时和日，不计算在期间内",
            ),
            (
                "2012-03-29 is a working day: no roll-forward",
                day(2012, 3, 29),
                ("civil-procedure-law", "2007", 75, None, None),
                "2012-03-29是工作日：期间届满日不顺延",
            ),
            (
                "the window runs past 2012-01-01, when 《中华人民共和国行政强制法》第五十三条 sets 3 months: no transitional rule; 法释〔2000〕8号 stayed in force (to 2018-02-07), so a window that began under it keeps 180 days (docs/policies.md)",
                day(2012, 3, 29),
                ("spc-2000-8", "2000", 88, None, None),
                "",
            ),
        ],
        id="enforcement-application-2011-10-01",
    ),
    # 行政强制法 art. 54 十日, art. 69 working days: from Fri 3/1: 4-8, 11-15 March → 3/15;
    # the first working day after it: Mon 3/18.
    pytest.param(
        "enforcement-earliest",
        day(2019, 3, 1),
        None,
        {},
        day(2019, 3, 18),
        "working-days",
        [
            (
                "step enforcement-earliest: trigger_on is the day the demand notice (催告书) was served; before 2012-01-01 (法释〔2000〕8号 art. 88) the window opens when the litigation period from decision_served_on ends",
                day(2019, 3, 1),
                None,
                "步骤“最早申请强制执行”的起算日：见英文说明（the day the demand notice (催告书) was served; before 2012-01-01 (法释〔2000〕8号 art. 88) the window opens when the litigation period from decision_served_on ends）",
            ),
            (
                "court enforcement may be applied for 10 working days after the demand is served",
                10,
                ("administrative-coercion-law", "2011", 54, None, None),
                "催告书送达十日后",
            ),
            (
                "十日以内期限 means working days, statutory holidays excluded",
                None,
                ("administrative-coercion-law", "2011", 69, None, None),
                "十日以内期限",
            ),
            (
                "10 working days: the start day 2019-03-01 is not counted; weekends and statutory holidays are skipped, make-up working days (调休上班日) count; the 10th working day after it is the last day",
                day(2019, 3, 15),
                ("administrative-coercion-law", "2011", 69, None, None),
                "按工作日计算10日，开始之日不计入，不含法定节假日",
            ),
            (
                "催告书送达十日后: the earliest day is the first working day after the period ends",
                day(2019, 3, 18),
                None,
                "催告书送达十日后：最早为期间届满后的第一个工作日",
            ),
        ],
        id="enforcement-earliest-2019-03-01",
    ),
    # before 行政强制法: the litigation period from service 2010-12-01 (1989 law art. 39,
    # 3 months → Tue 2011-03-01), then the first working day after it: 3/2.
    pytest.param(
        "enforcement-earliest",
        day(2011, 3, 1),
        None,
        {"decision_served_on": day(2010, 12, 1)},
        day(2011, 3, 2),
        "months",
        [
            (
                "step enforcement-earliest: trigger_on is the day the demand notice (催告书) was served; before 2012-01-01 (法释〔2000〕8号 art. 88) the window opens when the litigation period from decision_served_on ends",
                day(2011, 3, 1),
                None,
                "步骤“最早申请强制执行”的起算日：见英文说明（the day the demand notice (催告书) was served; before 2012-01-01 (法释〔2000〕8号 art. 88) the window opens when the litigation period from decision_served_on ends）",
            ),
            (
                "before the Administrative Coercion Law (2012-01-01) no demand-notice period applies; the application to the court is made from the end of the litigation period",
                None,
                ("spc-2000-8", "2000", 88, None, None),
                "应当自被执行人的法定起诉期限届满之日起…内提出",
            ),
            (
                "the litigation period runs from the day the decision was served",
                day(2010, 12, 1),
                None,
                "",
            ),
            (
                "a suit is filed within 3 months of knowing of the act",
                3,
                ("administrative-litigation-law", "1989", 39, None, None),
                "三个月内提出",
            ),
            (
                "3 month(s) from 2010-12-01: the corresponding day of the final month, or its last day when there is none (the registry holds no text of this rule in force on 2010-12-01; 民法通则 art. 154 only excludes the start day; the same corresponding-day rule is applied)",
                day(2011, 3, 1),
                ("general-principles-civil-law", "2009", 154, None, None),
                "到期月的对应日为期间的最后一日；没有对应日的，月末日",
            ),
            (
                "2011-03-01 is a working day: no roll-forward",
                day(2011, 3, 1),
                ("civil-procedure-law", "2007", 75, None, None),
                "2011-03-01是工作日：期间届满日不顺延",
            ),
            (
                "届满之日起: the earliest day is the first working day after the litigation period ends",
                day(2011, 3, 2),
                None,
                "",
            ),
        ],
        id="enforcement-earliest-2011-03-01",
    ),
    # 博山区 list item 14 送达三个月后: 3/1 + 3 months = 6/1 (Sat) → Mon 6/3; earliest day Tue 6/4.
    pytest.param(
        "demand-notice",
        day(2019, 3, 1),
        "370304",
        {},
        day(2019, 6, 4),
        "months",
        [
            (
                "step demand-notice: trigger_on is the day the levy decision was served",
                day(2019, 3, 1),
                None,
                "步骤“催告”的起算日：见英文说明（the day the levy decision was served）",
            ),
            (
                "if still unpaid, a demand notice is issued 3 months after service",
                3,
                ("boshan-list", "2015", 14, None, None),
                "送达三个月后",
            ),
            (
                "3 month(s) from 2019-03-01: the corresponding day of the final month, or its last day when there is none",
                day(2019, 6, 1),
                ("general-provisions-civil-law", "2017", 202, None, None),
                "到期月的对应日为期间的最后一日；没有对应日的，月末日",
            ),
            (
                "2019-06-01 is a rest day (weekend or statutory holiday): the period ends on the first working day after it, 2019-06-03",
                day(2019, 6, 3),
                ("civil-procedure-law", "2017", 82, None, None),
                "期间届满的最后一日是节假日的，以节假日后的第一日为期间届满的日期",
            ),
            (
                "送达三个月后: the earliest day is the first working day after the period ends",
                day(2019, 6, 4),
                None,
                "送达三个月后：最早为期间届满后的第一个工作日",
            ),
        ],
        id="demand-notice-2019-03-01",
    ),
    # 岳阳楼区 catalogue: 再生育审批 25 working days from Fri 3/1: 4-29 March (20), 1-4 April
    # (24), 5 April 清明 (2019 notice: 4/5-4/7 放假), Mon 8 April (25).
    pytest.param(
        "approval",
        day(2019, 3, 1),
        "430602",
        {"matter": "rebirth-approval"},
        day(2019, 4, 8),
        "working-days",
        [
            (
                "step approval: trigger_on is the day the application was accepted",
                day(2019, 3, 1),
                None,
                "步骤“审批”的起算日：见英文说明（the day the application was accepted）",
            ),
            (
                "statutory time limit of matter rebirth-approval (再生育审批): 25 working days (法定期限, power catalogue seed:004_1091362718d1755b.txt, listed 2015-12-01)",
                25,
                None,
                "事项“再生育审批”的法定期限：25个工作日（权力清单 seed:004_1091362718d1755b.txt，2015-12-01公布）",
            ),
            (
                "25 working days: the start day 2019-03-01 is not counted; weekends and statutory holidays are skipped, make-up working days (调休上班日) count; the 25th working day after it is the last day",
                day(2019, 4, 8),
                None,
                "按工作日计算25日，开始之日不计入，不含法定节假日",
            ),
        ],
        id="approval-2019-03-01",
    ),
]


@pytest.mark.parametrize(("step", "trigger", "where", "facts", "due", "counting", "trace"), CASES)
def test_trace(
    step: str,
    trigger: dt.date,
    where: str | None,
    facts: dict[str, Any],
    due: dt.date,
    counting: str,
    trace: list[Row],
) -> None:
    d = deadline(step, trigger_on=trigger, jurisdiction=where, **facts)
    assert (d.step_id, d.trigger_on, d.due_on, d.counting) == (step, trigger, due, counting)
    assert d.provisional is False
    got = [
        (
            s.description,
            s.value,
            None
            if s.citation is None
            else (
                s.citation.statute_id,
                s.citation.version,
                s.citation.article,
                s.citation.paragraph,
                s.citation.item,
            ),
            s.description_zh,
        )
        for s in d.steps
    ]
    assert got == trace
    # the citations are those of the steps, each once, in order
    cited = []
    for s in d.steps:
        if s.citation is not None and s.citation not in cited:
            cited.append(s.citation)
    assert list(d.citations) == cited
