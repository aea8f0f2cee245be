"""法释〔2000〕8号: 最高人民法院关于执行《中华人民共和国行政诉讼法》若干问题的解释.

Not in LawRefBook/Laws (no file found under 司法解释/). Quoted from
Theonefkguy/Chinese-Laws, whose file reproduces a government reprint
(吉林省卫生健康委员会) of the full text and records its repeal by 法释〔2018〕1号.
That reprint has stray line breaks inside some articles (e.g. arts. 41, 42);
art. 88 is intact.
"""

from familyplan.statutes._spec import F, P, S, V

_SRC = (
    "web:github.com/Theonefkguy/Chinese-Laws/blob/e4d0afe499e3b5613229e068be441970a0c1c03d/"
    "司法解释/最高人民法院关于执行《中华人民共和国行政诉讼法》若干问题的解释(2000-03-08).md"
)

STATUTE = S(
    id="spc-2000-8",
    title="最高人民法院关于执行〈中华人民共和国行政诉讼法〉若干问题的解释",
    issuer="最高人民法院",
    level="judicial-interpretation",
    jurisdiction="100000",
    document_number="法释〔2000〕8号",
    versions=(
        V(
            "2000",
            adopted_on="2000-03-08",
            effective_from="2000-03-10",
            effective_until="2018-02-07",
            source=_SRC,
            note=(
                "adopted_on is the date in the source file's name (publication); the adoption "
                "meeting date is not in the source. EFFECTIVE_FROM 2000-03-10 is the file header's "
                "(basis: explicit_effective_clause), although art. 98 as reproduced reads "
                "本解释自发布之日起施行. Repealed by 法释〔2018〕1号 art. 163 from 2018-02-08, so "
                "the last day in force is 2018-02-07 (header: EFFECTIVE_TO 2018-02-07)."
            ),
        ),
    ),
    provisions=(
        P(
            versions=("2000",),
            article=88,
            quote=(
                "行政机关申请人民法院强制执行其具体行政行为，应当自被执行人的法定起诉期限届满之日起"
                "180日内提出。逾期申请的，除有正当理由外，人民法院不予受理。"
            ),
            summary=(
                "The agency must apply for court enforcement within 180 days after the party's "
                "statutory litigation period has expired."
            ),
            source=_SRC,
            note=(
                "From 2012-01-01 行政强制法 art. 53 (a law) gives 3 months for agencies without "
                "enforcement power; this 180-day rule stayed formally in force until 2018-02-07."
            ),
        ),
    ),
    figures=(
        # 第八十八条: 应当自被执行人的法定起诉期限届满之日起180日内提出
        F(
            "deadline.enforcement-application.spc-2000.days",
            180,
            "days",
            "届满之日起180日内提出",
            versions=("2000",),
            article=88,
        ),
    ),
)
