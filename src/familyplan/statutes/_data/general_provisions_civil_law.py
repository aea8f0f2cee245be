"""《中华人民共和国民法总则》 (adopted 2017-03-15, in force 2017-10-01, repealed 2021-01-01).

Not in LawRefBook/Laws (no 民法总则 file found under 民法商法/). Quoted from
Theonefkguy/Chinese-Laws; the same file name also exists in X-STORAGE/Laws.
"""

from familyplan.statutes._spec import P, S, V

_SRC = (
    "web:github.com/Theonefkguy/Chinese-Laws/blob/08eb6c2ab240f20873caa2f555a2a232ae16513c/"
    "民法商法/民法总则(2017-03-15).md"
)

STATUTE = S(
    id="general-provisions-civil-law",
    title="中华人民共和国民法总则",
    issuer="全国人民代表大会",
    level="law",
    jurisdiction="100000",
    versions=(
        V(
            "2017",
            adopted_on="2017-03-15",
            effective_from="2017-10-01",
            effective_until="2020-12-31",
            source=_SRC,
            note=(
                "Adoption date from the file name; art. 206: 本法自2017年10月1日起施行. Repealed by "
                "民法典 art. 1260 (in force 2021-01-01), so the last day is 2020-12-31. Its period "
                "articles 200-204 have the same words and numbers as 民法典 arts. 200-204."
            ),
        ),
    ),
    provisions=(
        P(
            versions=("2017",),
            article=200,
            quote="民法所称的期间按照公历年、月、日、小时计算。",
            summary="Civil-law periods are counted in Gregorian years, months, days and hours.",
            source=_SRC,
        ),
        P(
            versions=("2017",),
            article=201,
            quote=(
                "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。\n"
                "按照小时计算期间的，自法律规定或者当事人约定的时间开始计算。"
            ),
            summary="A period in years, months or days starts on the day after the starting day.",
            source=_SRC,
        ),
        P(
            versions=("2017",),
            article=202,
            quote="按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。",
            summary="Year or month periods end on the corresponding day of the final month, or its last day if none.",
            source=_SRC,
        ),
        P(
            versions=("2017",),
            article=203,
            quote=(
                "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。\n"
                "期间的最后一日的截止时间为二十四时；有业务时间的，停止业务活动的时间为截止时间。"
            ),
            summary="A last day on a statutory holiday moves to the day after the holiday; the day ends at 24:00.",
            source=_SRC,
        ),
        P(
            versions=("2017",),
            article=204,
            quote="期间的计算方法依照本法的规定，但是法律另有规定或者当事人另有约定的除外。",
            summary="These rules apply unless another law or the parties provide otherwise.",
            source=_SRC,
        ),
        P(
            versions=("2017",),
            article=205,
            quote="民法所称的“以上”“以下”“以内”“届满”，包括本数；所称的“不满”“超过”“以外”，不包括本数。",
            summary="'At least', 'at most', 'within' and 'expiry' include the number; 'under', 'over', 'beyond' exclude it.",
            source=_SRC,
        ),
        P(
            versions=("2017",),
            article=206,
            quote="本法自2017年10月1日起施行。",
            summary="The law takes effect on 2017-10-01.",
            source=_SRC,
        ),
    ),
)
