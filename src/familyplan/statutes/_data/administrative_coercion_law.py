"""《中华人民共和国行政强制法》 (adopted 2011-06-30, in force 2012-01-01), never amended."""

from familyplan.statutes._spec import F, P, S, V

_SRC = "LawRefBook/Laws:行政法/行政强制法.md"

STATUTE = S(
    id="administrative-coercion-law",
    title="中华人民共和国行政强制法",
    issuer="全国人民代表大会常务委员会",
    level="law",
    jurisdiction="100000",
    versions=(
        V(
            "2011",
            adopted_on="2011-06-30",
            effective_from="2012-01-01",
            effective_until=None,
            source=_SRC,
            note=(
                "2011年6月30日 第十一届全国人民代表大会常务委员会第二十一次会议通过; art. 71: "
                "本法自2012年1月1日起施行. LawRefBook also holds the same text as "
                "行政法/行政强制法(2011-06-30).md. No amendment found; still in force."
            ),
        ),
    ),
    provisions=(
        P(
            versions=("2011",),
            article=38,
            quote=(
                "催告书、行政强制执行决定书应当直接送达当事人。当事人拒绝接收或者无法直接送达当事人的，"
                "应当依照《中华人民共和国民事诉讼法》的有关规定送达。"
            ),
            summary="Demand notices and enforcement decisions are served directly, otherwise under the Civil Procedure Law.",
            source=_SRC,
        ),
        P(
            versions=("2011",),
            article=45,
            quote=(
                "行政机关依法作出金钱给付义务的行政决定，当事人逾期不履行的，行政机关可以依法加处罚款"
                "或者滞纳金。加处罚款或者滞纳金的标准应当告知当事人。\n"
                "加处罚款或者滞纳金的数额不得超出金钱给付义务的数额。"
            ),
            summary="Late surcharge or late fee on an unpaid money obligation; it may not exceed the obligation itself.",
            source=_SRC,
        ),
        P(
            versions=("2011",),
            article=45,
            paragraph=2,
            quote="加处罚款或者滞纳金的数额不得超出金钱给付义务的数额。",
            summary="A late surcharge or late fee may not exceed the amount of the money obligation.",
            source=_SRC,
        ),
        P(
            versions=("2011",),
            article=46,
            quote=(
                "行政机关依照本法第四十五条规定实施加处罚款或者滞纳金超过三十日，经催告当事人仍不履行的，"
                "具有行政强制执行权的行政机关可以强制执行。\n"
                "行政机关实施强制执行前，需要采取查封、扣押、冻结措施的，依照本法第三章规定办理。\n"
                "没有行政强制执行权的行政机关应当申请人民法院强制执行。但是，当事人在法定期限内不申请"
                "行政复议或者提起行政诉讼，经催告仍不履行的，在实施行政管理过程中已经采取查封、扣押措施"
                "的行政机关，可以将查封、扣押的财物依法拍卖抵缴罚款。"
            ),
            summary=(
                "After more than 30 days of surcharge and a demand notice, agencies with enforcement "
                "power may enforce; others must apply to the court."
            ),
            source=_SRC,
        ),
        P(
            versions=("2011",),
            article=53,
            quote=(
                "当事人在法定期限内不申请行政复议或者提起行政诉讼，又不履行行政决定的，没有行政强制执行权"
                "的行政机关可以自期限届满之日起三个月内，依照本章规定申请人民法院强制执行。"
            ),
            summary=(
                "An agency without enforcement power may apply to the court within 3 months after the "
                "review and litigation periods have expired."
            ),
            source=_SRC,
        ),
        P(
            versions=("2011",),
            article=54,
            quote=(
                "行政机关申请人民法院强制执行前，应当催告当事人履行义务。催告书送达十日后当事人仍未履行"
                "义务的，行政机关可以向所在地有管辖权的人民法院申请强制执行；执行对象是不动产的，向不动产"
                "所在地有管辖权的人民法院申请强制执行。"
            ),
            summary="Demand notice first; the court application may be made 10 (working) days after its service.",
            source=_SRC,
            note="The 10 days are working days by art. 69.",
        ),
        P(
            versions=("2011",),
            article=69,
            quote="本法中十日以内期限的规定是指工作日，不含法定节假日。",
            summary="Periods of ten days or less in this law are working days, excluding statutory holidays.",
            source=_SRC,
        ),
        P(
            versions=("2011",),
            article=71,
            quote="本法自2012年1月1日起施行。",
            summary="The law takes effect on 2012-01-01.",
            source=_SRC,
        ),
    ),
    figures=(
        # 第五十三条: 可以自期限届满之日起三个月内 … 申请人民法院强制执行
        F(
            "deadline.enforcement-application.months",
            3,
            "months",
            "自期限届满之日起三个月内",
            versions=("2011",),
            article=53,
        ),
        # 第五十四条: 催告书送达十日后当事人仍未履行义务的，行政机关可以 … 申请强制执行
        F(
            "deadline.enforcement-earliest.days",
            10,
            "working-days",
            "催告书送达十日后",
            versions=("2011",),
            article=54,
            note="working days by art. 69 (十日以内期限的规定是指工作日)",
        ),
        # 第六十九条: 本法中十日以内期限的规定是指工作日，不含法定节假日
        F(
            "deadline.coercion.working-days.up-to",
            10,
            "working-days",
            "十日以内期限",
            versions=("2011",),
            article=69,
            note="the longest period of this law counted in working days",
        ),
    ),
)
