"""《中华人民共和国民法通则》 (adopted 1986-04-12, in force 1987-01-01, repealed 2021-01-01).

Not in LawRefBook/Laws. Quoted from Theonefkguy/Chinese-Laws (files for the
1986 text and the 2009 amendment). Art. 154 (periods) and art. 155 read the
same in both; the 2009 amendment (《关于修改部分法律的决定》) did not touch them.
"""

from familyplan.statutes._spec import P, S, V

_TFK = "web:github.com/Theonefkguy/Chinese-Laws/blob/"
_W1986 = _TFK + "e4d0afe499e3b5613229e068be441970a0c1c03d/民法商法/民法通则(1986-04-12).md"
_W2009 = _TFK + "2c4bb614c9e07aad1072b93426033840661e104c/民法商法/民法通则(2009-08-27).md"

_BOTH = ("1986", "2009")
_SAME = "Identical in the 1986 and 2009 files."

STATUTE = S(
    id="general-principles-civil-law",
    title="中华人民共和国民法通则",
    issuer="全国人民代表大会",
    level="law",
    jurisdiction="100000",
    versions=(
        V(
            "1986",
            adopted_on="1986-04-12",
            effective_from="1987-01-01",
            effective_until="2009-08-26",
            source=_W1986,
            note="Adoption date from the file name; art. 156: 本法自1987年1月1日起施行.",
        ),
        V(
            "2009",
            adopted_on="2009-08-27",
            effective_from="2009-08-27",
            effective_until="2020-12-31",
            source=_W2009,
            note=(
                "Amended by the NPCSC decision 关于修改部分法律的决定 of 2009-08-27, in force on "
                "promulgation (the same decision as 行政处罚法 2009). Repealed by 民法典 art. 1260 "
                "from 2021-01-01. From 2017-10-01 to 2020-12-31 it coexisted with 民法总则."
            ),
        ),
    ),
    provisions=(
        P(
            versions=_BOTH,
            article=154,
            quote=(
                "民法所称的期间按照公历年、月、日、小时计算。\n"
                "规定按照小时计算期间的，从规定时开始计算。规定按照日、月、年计算期间的，开始的当天不算入，"
                "从下一天开始计算。\n"
                "期间的最后一天是星期日或者其他法定休假日的，以休假日的次日为期间的最后一天。\n"
                "期间的最后一天的截止时间为二十四点。有业务时间的，到停止业务活动的时间截止。"
            ),
            summary=(
                "Periods start the day after the starting day; a last day on a Sunday or statutory "
                "holiday moves to the next day; the day ends at 24:00."
            ),
            source=_W1986,
            note=_SAME + " No rule for a missing corresponding day in month periods.",
        ),
        P(
            versions=_BOTH,
            article=155,
            quote="民法所称的“以上”、“以下”、“以内”、“届满”，包括本数；所称的“不满”、“以外”，不包括本数。",
            summary="'At least', 'at most', 'within' and 'expiry' include the number; 'under' and 'beyond' exclude it.",
            source=_W1986,
            note=_SAME,
        ),
        P(
            versions=_BOTH,
            article=156,
            quote="本法自1987年1月1日起施行。",
            summary="The law takes effect on 1987-01-01.",
            source=_W1986,
            note=_SAME,
        ),
    ),
)
