"""法释〔2015〕9号: 最高人民法院关于适用《中华人民共和国行政诉讼法》若干问题的解释.

Text: LawRefBook/Laws ``司法解释/最高人民法院关于适用《行政诉讼法》若干问题的解释(2015-04-22).md``
(no header dates in that file; the date in its name is the day of publication).
A second copy, Theonefkguy/Chinese-Laws (same path, transcribed from the national
database flk.npc.gov.cn), has the same words and records ``EFFECTIVE_FROM:
2015-05-01`` and ``EFFECTIVE_TO: 2018-02-08`` (已废止). The interpretation has
no commencement article of its own; it applies the amended 行政诉讼法, in force
2015-05-01. Its document number is confirmed by 法释〔2018〕1号 art. 163, which
repeals it by that number from 2018-02-08, so its last day in force is 2018-02-07.

Art. 26 ¶1 is the transitional rule for the 起诉期限 (litigation period) across
2015-05-01: a period not yet expired before that day follows the amended law
(6 months, 2014 text art. 46) instead of the 3 months of the 1989 text art. 39.
"""

from familyplan.statutes._spec import F, P, S, V

_SRC = "LawRefBook/Laws:司法解释/最高人民法院关于适用《行政诉讼法》若干问题的解释(2015-04-22).md"
_FLK = (
    "web:github.com/Theonefkguy/Chinese-Laws/blob/08eb6c2ab240f20873caa2f555a2a232ae16513c/"
    "司法解释/最高人民法院关于适用《行政诉讼法》若干问题的解释(2015-04-22).md"
)

STATUTE = S(
    id="spc-2015-9",
    title="最高人民法院关于适用〈中华人民共和国行政诉讼法〉若干问题的解释",
    issuer="最高人民法院",
    level="judicial-interpretation",
    jurisdiction="100000",
    document_number="法释〔2015〕9号",
    versions=(
        V(
            "2015",
            adopted_on="2015-04-22",
            effective_from="2015-05-01",
            effective_until="2018-02-07",
            source=_SRC,
            note=(
                "adopted_on is the day of publication (the date in the LawRefBook file name); the "
                "审判委员会 session date was NOT FOUND in any copy read. In force 2015-05-01 "
                "(EFFECTIVE_FROM in " + _FLK + ", the day the amended 行政诉讼法 took effect); "
                "repealed by 法释〔2018〕1号 art. 163 (本解释施行后，…（法释〔2015〕9号）同时废止) "
                "from 2018-02-08, so the last day in force is 2018-02-07."
            ),
        ),
    ),
    provisions=(
        P(
            versions=("2015",),
            article=4,
            quote=(
                "公民、法人或者其他组织依照行政诉讼法第四十七条第一款的规定，对行政机关不履行法定职责"
                "提起诉讼的，应当在行政机关履行法定职责期限届满之日起六个月内提出。"
            ),
            summary=(
                "A suit against an agency's failure to perform a statutory duty: within 6 months "
                "of the end of the agency's time to perform."
            ),
            source=_SRC,
        ),
        P(
            versions=("2015",),
            article=26,
            paragraph=1,
            quote="2015年5月1日前起诉期限尚未届满的，适用修改后的行政诉讼法关于起诉期限的规定。",
            summary=(
                "A litigation period not yet expired before 2015-05-01 follows the amended law's "
                "period (6 months)."
            ),
            source=_SRC,
        ),
        P(
            versions=("2015",),
            article=26,
            paragraph=2,
            quote=(
                "2015年5月1日前尚未审结案件的审理期限，适用修改前的行政诉讼法关于审理期限的规定。"
                "依照修改前的行政诉讼法已经完成的程序事项，仍然有效。"
            ),
            summary="Trial time limits of cases pending on 2015-05-01 follow the old law.",
            source=_SRC,
        ),
        P(
            versions=("2015",),
            article=27,
            quote="最高人民法院以前发布的司法解释与本解释不一致的，以本解释为准。",
            summary="Earlier interpretations yield to this one where they differ.",
            source=_SRC,
        ),
    ),
    figures=(
        # 第二十六条第一款: 2015年5月1日前起诉期限尚未届满的，适用修改后的行政诉讼法关于起诉期限的规定
        F(
            "deadline.litigation.transition-2015.on",
            "2015-05-01",
            "date",
            "2015年5月1日",
            versions=("2015",),
            article=26,
            paragraph=1,
            note=(
                "a litigation period whose last day is on or after this day had not expired "
                "before it, and runs for the amended law's months from its own start"
            ),
        ),
    ),
)
