"""《中华人民共和国行政诉讼法》: 1989 text, 2014 amendment, 2017 amendment.

LawRefBook/Laws holds the 2017 text (``诉讼与非诉讼程序法/行政诉讼法.md``). The
1989 and 2014 texts are quoted from Theonefkguy/Chinese-Laws (1989 file: from
npc.gov.cn; 2014 file: from a 生态环境部 reprint). The 2014 amendment renumbered
the law (75 -> 103 articles). The 2017 amendment kept the 2014 numbers (it
added the procuratorate's public-interest suit as art. 25 ¶4); arts. 45, 46,
48 and 101 read the same in the 2014 and 2017 files.
"""

from familyplan.statutes._spec import F, P, S, V

_LRB_2017 = "LawRefBook/Laws:诉讼与非诉讼程序法/行政诉讼法.md"
_TFK = "web:github.com/Theonefkguy/Chinese-Laws/blob/e4d0afe499e3b5613229e068be441970a0c1c03d/"
_W1989 = _TFK + "诉讼与非诉讼程序法/行政诉讼法(1989-04-04).md"
_W2014 = _TFK + "诉讼与非诉讼程序法/行政诉讼法(2014-11-01).md"

_NEW = ("2014", "2017")
_SAME = "Identical in the 2014 file (Theonefkguy/Chinese-Laws) and the 2017 file (LawRefBook)."

STATUTE = S(
    id="administrative-litigation-law",
    title="中华人民共和国行政诉讼法",
    issuer="全国人民代表大会",
    level="law",
    jurisdiction="100000",
    note="Adopted by the NPC (1989); amended by the NPCSC in 2014 and 2017.",
    versions=(
        V(
            "1989",
            adopted_on="1989-04-04",
            effective_from="1990-10-01",
            effective_until="2015-04-30",
            source=_W1989,
            note=(
                "第七届全国人民代表大会第二次会议通过 1989-04-04; art. 75: 本法自１９９０年１０月１日"
                "起施行. The file's VALID_TO 2015-05-01 is the start of the 2014 text."
            ),
        ),
        V(
            "2014",
            adopted_on="2014-11-01",
            effective_from="2015-05-01",
            effective_until="2017-06-30",
            source=_W2014,
            note=(
                "《关于修改〈中华人民共和国行政诉讼法〉的决定》第一次修正 2014-11-01; the file "
                "header gives EFFECTIVE_FROM 2015-05-01 (amendment_decision_explicit_effective_date) "
                "and VALID_TO 2017-07-01 (start of the 2017 text)."
            ),
        ),
        V(
            "2017",
            adopted_on="2017-06-27",
            effective_from="2017-07-01",
            effective_until=None,
            source=_LRB_2017,
            note=(
                "《关于修改〈中华人民共和国民事诉讼法〉和〈中华人民共和国行政诉讼法〉的决定》第二次修正 "
                "2017-06-27; in force 2017-07-01 per the 2014 file's VALID_TO. No later amendment "
                "found in LawRefBook; treated as in force."
            ),
        ),
    ),
    provisions=(
        P(
            versions=("1989",),
            article=38,
            quote=(
                "公民、法人或者其他组织向行政机关申请复议的，复议机关应当在收到申请书之日起两个月内作出"
                "决定。法律、法规另有规定的除外。\n"
                "申请人不服复议决定的，可以在收到复议决定书之日起十五日内向人民法院提起诉讼。复议机关逾期"
                "不作决定的，申请人可以在复议期满之日起十五日内向人民法院提起诉讼。法律另有规定的除外。"
            ),
            summary=(
                "Review decided within 2 months unless other law provides; suit within 15 days of the "
                "review decision or of the end of the review period."
            ),
            source=_W1989,
            note="From 1999-10-01 the review period itself is set by 行政复议法 art. 31 (60 days).",
        ),
        P(
            versions=("1989",),
            article=39,
            quote=(
                "公民、法人或者其他组织直接向人民法院提起诉讼的，应当在知道作出具体行政行为之日起三个月内"
                "提出。法律另有规定的除外。"
            ),
            summary="A direct suit must be filed within 3 months of learning of the administrative act.",
            source=_W1989,
        ),
        P(
            versions=("1989",),
            article=40,
            quote=(
                "公民、法人或者其他组织因不可抗力或者其他特殊情况耽误法定期限的，在障碍消除后的十日内，"
                "可以申请延长期限，由人民法院决定。"
            ),
            summary="A party delayed by force majeure may ask for an extension within 10 days after the obstacle ends.",
            source=_W1989,
        ),
        P(
            versions=("1989",),
            article=75,
            quote="本法自１９９０年１０月１日起施行。",
            summary="The 1989 text takes effect on 1990-10-01.",
            source=_W1989,
        ),
        P(
            versions=_NEW,
            article=45,
            quote=(
                "公民、法人或者其他组织不服复议决定的，可以在收到复议决定书之日起十五日内向人民法院提起"
                "诉讼。复议机关逾期不作决定的，申请人可以在复议期满之日起十五日内向人民法院提起诉讼。"
                "法律另有规定的除外。"
            ),
            summary="Suit within 15 days of receiving the review decision, or of the end of the review period.",
            source=_LRB_2017,
            note=_SAME,
        ),
        P(
            versions=_NEW,
            article=46,
            quote=(
                "公民、法人或者其他组织直接向人民法院提起诉讼的，应当自知道或者应当知道作出行政行为之日起"
                "六个月内提出。法律另有规定的除外。\n"
                "因不动产提起诉讼的案件自行政行为作出之日起超过二十年，其他案件自行政行为作出之日起超过"
                "五年提起诉讼的，人民法院不予受理。"
            ),
            summary=(
                "A direct suit within 6 months of knowing of the act; never later than 20 years "
                "(real property) or 5 years (other cases) after the act."
            ),
            source=_LRB_2017,
            note=_SAME,
        ),
        P(
            versions=_NEW,
            article=48,
            quote=(
                "公民、法人或者其他组织因不可抗力或者其他不属于其自身的原因耽误起诉期限的，被耽误的时间"
                "不计算在起诉期限内。\n"
                "公民、法人或者其他组织因前款规定以外的其他特殊情况耽误起诉期限的，在障碍消除后十日内，"
                "可以申请延长期限，是否准许由人民法院决定。"
            ),
            summary=(
                "Time lost to force majeure is not counted; other delays: extension request within "
                "10 days after the obstacle ends."
            ),
            source=_LRB_2017,
            note=_SAME,
        ),
        P(
            versions=_NEW,
            article=101,
            quote=(
                "人民法院审理行政案件，关于期间、送达、财产保全、开庭审理、调解、中止诉讼、终结诉讼、"
                "简易程序、执行等，以及人民检察院对行政案件受理、审理、裁判、执行的监督，本法没有规定的，"
                "适用《中华人民共和国民事诉讼法》的相关规定。"
            ),
            summary="Periods, service and other matters not covered here follow the Civil Procedure Law.",
            source=_LRB_2017,
            note=_SAME,
        ),
    ),
    figures=(
        # 1989 第三十九条: 应当在知道作出具体行政行为之日起三个月内提出
        F(
            "deadline.litigation.months",
            3,
            "months",
            "三个月内提出",
            versions=("1989",),
            article=39,
        ),
        # 2014, 2017 第四十六条: 应当自知道或者应当知道作出行政行为之日起六个月内提出
        F(
            "deadline.litigation.months",
            6,
            "months",
            "六个月内提出",
            versions=_NEW,
            article=46,
        ),
    ),
)
