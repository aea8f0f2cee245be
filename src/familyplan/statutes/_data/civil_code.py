"""《中华人民共和国民法典》 (adopted 2020-05-28, in force 2021-01-01): computation of periods."""

from familyplan.statutes._spec import P, S, V

_SRC = "LawRefBook/Laws:民法商法/民法典.md"

STATUTE = S(
    id="civil-code",
    title="中华人民共和国民法典",
    issuer="全国人民代表大会",
    level="law",
    jurisdiction="100000",
    versions=(
        V(
            "2020",
            adopted_on="2020-05-28",
            effective_from="2021-01-01",
            effective_until=None,
            source=_SRC,
            note=(
                "Adopted 2020-05-28 by the NPC (date as in the Theonefkguy/Chinese-Laws file name "
                "民法典(2020-05-28).md; the LawRefBook file's header was not read); art. 1260: "
                "本法自2021年1月1日起施行, repealing 民法通则 and 民法总则 among others."
            ),
        ),
    ),
    provisions=(
        P(
            versions=("2020",),
            article=200,
            quote="民法所称的期间按照公历年、月、日、小时计算。",
            summary="Civil-law periods are counted in Gregorian years, months, days and hours.",
            source=_SRC,
        ),
        P(
            versions=("2020",),
            article=201,
            quote=(
                "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。\n"
                "按照小时计算期间的，自法律规定或者当事人约定的时间开始计算。"
            ),
            summary="A period in years, months or days starts on the day after the starting day.",
            source=_SRC,
        ),
        P(
            versions=("2020",),
            article=202,
            quote="按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。",
            summary="Year or month periods end on the corresponding day of the final month, or its last day if none.",
            source=_SRC,
        ),
        P(
            versions=("2020",),
            article=203,
            quote=(
                "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。\n"
                "期间的最后一日的截止时间为二十四时；有业务时间的，停止业务活动的时间为截止时间。"
            ),
            summary="A last day on a statutory holiday moves to the day after the holiday; the day ends at 24:00.",
            source=_SRC,
        ),
        P(
            versions=("2020",),
            article=204,
            quote="期间的计算方法依照本法的规定，但是法律另有规定或者当事人另有约定的除外。",
            summary="These rules apply unless another law or the parties provide otherwise.",
            source=_SRC,
        ),
        P(
            versions=("2020",),
            article=1259,
            quote="民法所称的“以上”、“以下”、“以内”、“届满”，包括本数；所称的“不满”、“超过”、“以外”，不包括本数。",
            summary="'At least', 'at most', 'within' and 'expiry' include the number; 'under', 'over', 'beyond' exclude it.",
            source=_SRC,
        ),
        P(
            versions=("2020",),
            article=1260,
            quote=(
                "本法自2021年1月1日起施行。《中华人民共和国婚姻法》、《中华人民共和国继承法》、"
                "《中华人民共和国民法通则》、《中华人民共和国收养法》、《中华人民共和国担保法》、"
                "《中华人民共和国合同法》、《中华人民共和国物权法》、《中华人民共和国侵权责任法》、"
                "《中华人民共和国民法总则》同时废止。"
            ),
            summary="In force from 2021-01-01; repeals the General Principles, the General Provisions and other civil laws.",
            source=_SRC,
        ),
    ),
)
