"""法释〔2018〕1号: 最高人民法院关于适用《中华人民共和国行政诉讼法》的解释.

Quoted from the full text reproduced in the public repository Fungwingwaa/cee
(a Markdown page that links the original at court.gov.cn/fabu-xiangqing-80342.html);
its HTML markup (paragraph tags, em-spaces) is dropped, the words are verbatim.
LawRefBook/Laws does hold it, at
``司法解释/最高人民法院关于适用《行政诉讼法》的解释(2018-02-06).md`` (commit
669f05b3; header "2017年11月13日 最高人民法院审判委员会第1726次会议通过 / 2018年2月8日
施行"); arts. 48, 64, 156 and 163 read there word for word as quoted here.
(An earlier note said LawRefBook lacked it: that was wrong, issue 14 item 8.)
"""

from familyplan.statutes._spec import F, P, S, V

_SRC = (
    "web:github.com/Fungwingwaa/cee/blob/4298737c8475c1b9eaedc57dc2e0dcfe2e285d99/"
    "docs/posts/P6/zgrmfygysyzhrmghgxzssfdjs.md"
)

STATUTE = S(
    id="spc-2018-1",
    title="最高人民法院关于适用〈中华人民共和国行政诉讼法〉的解释",
    issuer="最高人民法院",
    level="judicial-interpretation",
    jurisdiction="100000",
    document_number="法释〔2018〕1号",
    versions=(
        V(
            "2018",
            adopted_on="2017-11-13",
            effective_from="2018-02-08",
            effective_until=None,
            source=_SRC,
            note=(
                "（2017年11月13日最高人民法院审判委员会第1726次会议通过，自2018年2月8日起施行）; "
                "art. 163 repeals 法释〔2000〕8号 and 法释〔2015〕9号. No later amendment found; "
                "treated as in force."
            ),
        ),
    ),
    provisions=(
        P(
            versions=("2018",),
            article=48,
            quote=(
                "期间包括法定期间和人民法院指定的期间。\n"
                "期间以时、日、月、年计算。期间开始的时和日，不计算在期间内。\n"
                "期间届满的最后一日是节假日的，以节假日后的第一日为期间届满的日期。\n"
                "期间不包括在途时间，诉讼文书在期满前交邮的，视为在期限内发送。"
            ),
            summary=(
                "Periods: the starting day is not counted; a period ending on a holiday ends on the "
                "next day after it; mailing before expiry is in time."
            ),
            source=_SRC,
        ),
        P(
            versions=("2018",),
            article=64,
            quote=(
                "行政机关作出行政行为时，未告知公民、法人或者其他组织起诉期限的，起诉期限从公民、法人或者"
                "其他组织知道或者应当知道起诉期限之日起计算，但从知道或者应当知道行政行为内容之日起最长"
                "不得超过一年。\n"
                "复议决定未告知公民、法人或者其他组织起诉期限的，适用前款规定。"
            ),
            summary=(
                "If the party was not told of the litigation period, it runs from when they learn it, "
                "but at most 1 year from knowing of the act."
            ),
            source=_SRC,
        ),
        P(
            versions=("2018",),
            article=156,
            quote=(
                "没有强制执行权的行政机关申请人民法院强制执行其行政行为，应当自被执行人的法定起诉期限"
                "届满之日起三个月内提出。逾期申请的，除有正当理由外，人民法院不予受理。"
            ),
            summary=(
                "An agency without enforcement power must apply for court enforcement within 3 months "
                "after the party's statutory litigation period has expired."
            ),
            source=_SRC,
        ),
        P(
            versions=("2018",),
            article=163,
            quote=(
                "本解释自2018年2月8日起施行。\n"
                "本解释施行后，《最高人民法院关于执行〈中华人民共和国行政诉讼法〉若干问题的解释》"
                "（法释〔2000〕8号）、《最高人民法院关于适用〈中华人民共和国行政诉讼法〉若干问题的解释》"
                "（法释〔2015〕9号）同时废止。最高人民法院以前发布的司法解释与本解释不一致的，不再适用。"
            ),
            summary="In force from 2018-02-08; repeals Fashi 2000 No. 8 and Fashi 2015 No. 9.",
            source=_SRC,
        ),
    ),
    figures=(
        # 第一百五十六条: 应当自被执行人的法定起诉期限届满之日起三个月内提出
        F(
            "deadline.enforcement-application.spc-2018.months",
            3,
            "months",
            "届满之日起三个月内提出",
            versions=("2018",),
            article=156,
        ),
    ),
)
