"""《中华人民共和国行政复议法》: 1999 text, 2009 and 2017 amendments, 2023 revision.

The 2009 and 2017 amendments kept the 1999 numbering; art. 9 (60 days) reads
the same in the 1999 and 2009 files (Theonefkguy/Chinese-Laws) and in the 2017
file (LawRefBook). The 2023 revision renumbered the law: the 60 days are in
art. 20.
"""

from familyplan.statutes._spec import F, P, S, V

_LRB_2017 = "LawRefBook/Laws:行政法/行政复议法(2017-09-01).md"
_LRB_2023 = "LawRefBook/Laws:诉讼与非诉讼程序法/行政复议法(2023-09-01).md"
_TFK = "web:github.com/Theonefkguy/Chinese-Laws/blob/8fa4741380ab7fdc689c1281b1d1a18e6ccac12e/"
_W1999 = _TFK + "行政法/行政复议法(1999-04-29).md"
_W2009 = _TFK + "行政法/行政复议法(2009-08-27).md"

_OLD = ("1999", "2009", "2017")
_SAME = "Identical in the 1999 and 2009 files (Theonefkguy/Chinese-Laws) and the 2017 file (LawRefBook)."

STATUTE = S(
    id="administrative-review-law",
    title="中华人民共和国行政复议法",
    issuer="全国人民代表大会常务委员会",
    level="law",
    jurisdiction="100000",
    versions=(
        V(
            "1999",
            adopted_on="1999-04-29",
            effective_from="1999-10-01",
            effective_until="2009-08-26",
            source=_W1999,
            note=(
                "第九届全国人民代表大会常务委员会第九次会议通过 1999-04-29, 主席令第十六号; art. 43: "
                "本法自1999年10月1日起施行."
            ),
        ),
        V(
            "2009",
            adopted_on="2009-08-27",
            effective_from="2009-08-27",
            effective_until="2017-12-31",
            source=_W2009,
            note=(
                "《关于修改部分法律的决定》第一次修正 2009-08-27, in force on promulgation (the same "
                "decision that amended 行政处罚法; the 1999 file's EFFECTIVE_TO is 2009-08-27)."
            ),
        ),
        V(
            "2017",
            adopted_on="2017-09-01",
            effective_from="2018-01-01",
            effective_until="2023-12-31",
            source=_LRB_2017,
            note=(
                "《关于修改〈中华人民共和国法官法〉等八部法律的决定》第二次修正 2017-09-01; the "
                "decision took effect on 2018-01-01 (same decision as 行政处罚法 2017). It added the "
                "legal-qualification rule to art. 3; numbering unchanged."
            ),
        ),
        V(
            "2023",
            adopted_on="2023-09-01",
            effective_from="2024-01-01",
            effective_until=None,
            source=_LRB_2023,
            note="第十四届全国人民代表大会常务委员会第五次会议修订 2023-09-01; art. 90: 本法自2024年1月1日起施行.",
        ),
    ),
    provisions=(
        P(
            versions=_OLD,
            article=9,
            quote=(
                "公民、法人或者其他组织认为具体行政行为侵犯其合法权益的，可以自知道该具体行政行为之日起"
                "六十日内提出行政复议申请；但是法律规定的申请期限超过六十日的除外。\n"
                "因不可抗力或者其他正当理由耽误法定申请期限的，申请期限自障碍消除之日起继续计算。"
            ),
            summary="Review must be requested within 60 days of knowing of the act (longer if a law says so).",
            source=_LRB_2017,
            note=_SAME,
        ),
        P(
            versions=_OLD,
            article=31,
            quote=(
                "行政复议机关应当自受理申请之日起六十日内作出行政复议决定；但是法律规定的行政复议期限少于"
                "六十日的除外。情况复杂，不能在规定期限内作出行政复议决定的，经行政复议机关的负责人批准，"
                "可以适当延长，并告知申请人和被申请人；但是延长期限最多不超过三十日。\n"
                "行政复议机关作出行政复议决定，应当制作行政复议决定书，并加盖印章。\n"
                "行政复议决定书一经送达，即发生法律效力。"
            ),
            summary="Review decided within 60 days of acceptance, extendable by at most 30 days.",
            source=_LRB_2017,
            note=_SAME,
        ),
        P(
            versions=_OLD,
            article=40,
            quote=(
                "行政复议期间的计算和行政复议文书的送达，依照民事诉讼法关于期间、送达的规定执行。\n"
                "本法关于行政复议期间有关“五日”、“七日”的规定是指工作日，不含节假日。"
            ),
            summary="Periods and service follow the Civil Procedure Law; the 5 and 7 day periods are working days.",
            source=_LRB_2017,
            note=_SAME,
        ),
        P(
            versions=_OLD,
            article=43,
            quote=(
                "本法自1999年10月1日起施行。1990年12月24日国务院发布、1994年10月9日国务院修订发布的"
                "《行政复议条例》同时废止。"
            ),
            summary="The law takes effect on 1999-10-01 and repeals the State Council review regulation.",
            source=_LRB_2017,
            note=_SAME,
        ),
        P(
            versions=("2023",),
            article=20,
            quote=(
                "公民、法人或者其他组织认为行政行为侵犯其合法权益的，可以自知道或者应当知道该行政行为之日起"
                "六十日内提出行政复议申请；但是法律规定的申请期限超过六十日的除外。\n"
                "因不可抗力或者其他正当理由耽误法定申请期限的，申请期限自障碍消除之日起继续计算。\n"
                "行政机关作出行政行为时，未告知公民、法人或者其他组织申请行政复议的权利、行政复议机关和申请"
                "期限的，申请期限自公民、法人或者其他组织知道或者应当知道申请行政复议的权利、行政复议机关和"
                "申请期限之日起计算，但是自知道或者应当知道行政行为内容之日起最长不得超过一年。"
            ),
            summary=(
                "Review within 60 days of knowing (or when one should have known) of the act; if not "
                "told of the right, at most 1 year from knowing of the act."
            ),
            source=_LRB_2023,
        ),
        P(
            versions=("2023",),
            article=21,
            quote=(
                "因不动产提出的行政复议申请自行政行为作出之日起超过二十年，其他行政复议申请自行政行为作出"
                "之日起超过五年的，行政复议机关不予受理。"
            ),
            summary="Outer limits: 20 years (real property) or 5 years (other cases) after the act.",
            source=_LRB_2023,
        ),
        P(
            versions=("2023",),
            article=62,
            quote=(
                "适用普通程序审理的行政复议案件，行政复议机关应当自受理申请之日起六十日内作出行政复议决定；"
                "但是法律规定的行政复议期限少于六十日的除外。情况复杂，不能在规定期限内作出行政复议决定的，"
                "经行政复议机构的负责人批准，可以适当延长，并书面告知当事人；但是延长期限最多不得超过三十日。\n"
                "适用简易程序审理的行政复议案件，行政复议机关应当自受理申请之日起三十日内作出行政复议决定。"
            ),
            summary="Ordinary review decided within 60 days (plus at most 30); simplified review within 30 days.",
            source=_LRB_2023,
        ),
        P(
            versions=("2023",),
            article=88,
            quote=(
                "行政复议期间的计算和行政复议文书的送达，本法没有规定的，依照《中华人民共和国民事诉讼法》"
                "关于期间、送达的规定执行。\n"
                "本法关于行政复议期间有关“三日”、“五日”、“七日”、“十日”的规定是指工作日，不含法定休假日。"
            ),
            summary="Periods and service follow the Civil Procedure Law; the 3, 5, 7 and 10 day periods are working days.",
            source=_LRB_2023,
        ),
        P(
            versions=("2023",),
            article=90,
            quote="本法自2024年1月1日起施行。",
            summary="The 2023 text takes effect on 2024-01-01.",
            source=_LRB_2023,
        ),
    ),
    figures=(
        # 1999–2017 第九条: 可以自知道该具体行政行为之日起六十日内提出行政复议申请
        F(
            "deadline.review.days",
            60,
            "days",
            "六十日内提出",
            versions=_OLD,
            article=9,
        ),
        # 2023 第二十条: 可以自知道或者应当知道该行政行为之日起六十日内提出行政复议申请.
        # No transitional article (附则 arts. 87–90): the period is the same on both sides
        # of 2024-01-01, so nothing turns on which text a pending period follows.
        F(
            "deadline.review.days",
            60,
            "days",
            "六十日内提出",
            versions=("2023",),
            article=20,
        ),
    ),
)
