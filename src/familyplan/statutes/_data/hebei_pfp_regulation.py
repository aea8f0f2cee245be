"""《河北省人口与计划生育条例》 (Hebei Population and Family Planning Regulation).

Not in LawRefBook/Laws (its 地方性法规 folder has no 河北 subfolder; the
``DLC/河北地方法规`` archive is a zip the index cannot read) and not quoted by
the Hebei seeds (001, 002 only name the regulation). Art. 46 of the 2003 text
is quoted from a third-party web copy (two independent copies agree word for
word on items 1-3); that store normalises full-width punctuation to ASCII, and
the quotes restore the full-width forms (，：；（）), so their NFKC form equals
the stored text apart from whitespace. Item 6 and later of art. 46 were cut off
in the copy: NOT FOUND. The 2016 text (levy reportedly moved to art. 43) was
NOT FOUND in a quotable form. A page titled 河北 quoting "二至六倍" is really
Chongqing's art. 51 and is not used. See docs/_notes/provincial.md.
"""

from familyplan.statutes._spec import F, P, S, V

WEB_ART46 = "web:http://tastyfever.com/zhuanjia/article-411699.html"
WEB_HEADER = "web:http://gjyxks.com/yxfg/hb/303.html"

_ART46_NOTE = (
    "2003 text, unchanged by the 2014 decision (which only rewrote art. 19 item 3). Quoted "
    "from a Q&A page citing 河北省人口与计划生育条例第四十六条 (items 1-5); "
    "mip.e-fa.cn/know/c164f3e91283b88548d5f1d6e21182cc.html has the same words for the "
    "lead-in and items 1-3, and a third copy (78911.com.cn) gives the same rules with Arabic "
    "numerals (2.5倍, 100%, 1500元). Punctuation restored to full-width."
)

STATUTE = S(
    id="hebei-pfp-regulation",
    title="河北省人口与计划生育条例",
    issuer="河北省人民代表大会常务委员会",
    level="local-regulation",
    jurisdiction="130000",
    note=(
        "Versions: adopted 2003-07-18, in force 2003-10-01 (河北省第十届人大常委会公告第7号); "
        "amended 2014-05-30, in force on publication (公告第28号; only art. 19 item 3 "
        "changed); amended 2016-03-29 (12th Standing Committee, 20th session; universal two "
        "children). Dates of 2003 and 2014 from a web transcription of the two "
        "announcements; 2014 also reported by Xinhua on www.gov.cn (2014-05-31). A "
        "2016-05-30 local news report (traditional-character copy, not quotable) says the "
        "2016 text levies under art. 43: 2.5 times the previous-year wages / net income / "
        "local per-capita income for a third child. Later amendments (a 2021-11 revision is "
        "mentioned by third parties) were not checked."
    ),
    versions=(
        V(
            "2003",
            adopted_on="2003-07-18",
            effective_from="2003-10-01",
            effective_until="2014-05-29",
            source=WEB_HEADER,
            note="河北省第十届人民代表大会常务委员会公告（第7号）: adopted 2003-07-18 at the 4th session, in force 2003-10-01.",
        ),
        V(
            "2014",
            adopted_on="2014-05-30",
            effective_from="2014-05-30",
            effective_until="2016-03-28",  # PLACEHOLDER: depends on the 2016 in-force day
            source=WEB_HEADER,
            note=(
                "河北省第十二届人民代表大会常务委员会公告（第28号）: the decision (12th Standing "
                "Committee, 8th session) is in force on publication, 2014-05-30; it only "
                "rewrote art. 19 item 3 (夫妻一方为独生子女，只有一个子女的), so art. 46 is "
                "unchanged."
            ),
        ),
        V(
            "2016",
            adopted_on="2016-03-29",
            effective_from="2016-03-29",  # PLACEHOLDER: in-force clause of the 2016 decision not seen
            effective_until=None,
            source="web:http://hongweilanqiujulebu.com/shebao/shengyu/585503.html",
            note=(
                "Amendment of 2016-03-29 (12th Standing Committee, 20th session), date from "
                "the header of a traditional-character web copy. Text NOT FOUND in a "
                "quotable form; commencement clause not seen (effective_from assumed = "
                "adoption day). End unknown."
            ),
        ),
    ),
    provisions=(
        P(
            versions=("2003", "2014"),
            article=46,
            item=1,
            quote="凡不符合本条例规定生育子女的，对生育双方按以下标准各一次性征收社会抚养费：（一）不符合第十九条规定生育第二个子女，是国家工作人员、企业职工的，按不低于本人上年度工资总额二点五倍的金额征收；是民营企业经营者和个体劳动者的，按不低于本人上年度纯收入二点五倍的金额征收；是城镇无业居民的，按不低于本市、镇居民上年度人均可支配收入二点五倍的金额征收；是农村居民的，按不低于本乡、民族乡、镇农村居民上年度人均纯收入二点五倍的金额征收。不符合本条例规定生育第三个子女的，按生育第二个子女的征收金额各加百分之百征收；生育第四个以上子女的，征收金额以此递进累加。",
            summary="One-off levy on each spouse: a second child outside art. 19 -> at least 2.5x own previous-year wages (employees) or net income (self-employed), or 2.5x the local urban per-capita disposable income (urban unemployed) / township rural per-capita net income (rural); third child +100%, further children cumulative.",
            source=WEB_ART46,
            note="Quote includes the article's lead-in. " + _ART46_NOTE,
        ),
        P(
            versions=("2003", "2014"),
            article=46,
            item=2,
            quote="（二）不符合第二十条规定而提前生育第二个子女的，从生育年度起至法定年度止，每提前一年分别按一千五百元的金额征收。",
            summary="Second child born before the art. 20 spacing date: 1,500 yuan on each spouse for each year early.",
            source=WEB_ART46,
            note=_ART46_NOTE,
        ),
        P(
            versions=("2003", "2014"),
            article=46,
            item=3,
            quote="（三）符合第十九条、第二十条规定但未办理《第二个子女生育证》而生育的，分别按五百元的金额征收。",
            summary="Eligible second child born without the second-child birth permit: 500 yuan on each spouse.",
            source=WEB_ART46,
            note=_ART46_NOTE,
        ),
        P(
            versions=("2003", "2014"),
            article=46,
            item=4,
            quote="（四）未达到法定结婚年龄生育第一个子女的，分别比照本条第（一）项规定的第二个子女的征收标准征收；生育第二个子女的，比照本条第（一）项规定的第三个子女的征收标准征收；生育第三个以上子女的，以此类推。",
            summary="Child born below the legal marriage age: levied as if one birth order higher under item 1.",
            source=WEB_ART46,
            note="Items 4-5 are in the Q&A page and, with Arabic numerals, in the 78911.com.cn copy; the e-fa copy stops at item 3. "
            + _ART46_NOTE,
        ),
        P(
            versions=("2003", "2014"),
            article=46,
            item=5,
            quote="（五）达到法定结婚年龄但未办理《结婚证》而生育第一个子女的，分别按一千五百元的金额征收。",
            summary="First child born at marriageable age without a marriage certificate: 1,500 yuan on each spouse.",
            source=WEB_ART46,
            note="Items 4-5 are in the Q&A page and, with Arabic numerals, in the 78911.com.cn copy; the e-fa copy stops at item 3. "
            + _ART46_NOTE,
        ),
    ),
    figures=(
        # 第四十六条第（一）项: 按不低于本人上年度工资总额二点五倍的金额征收 (the second child)
        F(
            "levy.hebei.second-child.multiple",
            "2.5",
            "multiple",
            "二点五倍",
            versions=("2003", "2014"),
            article=46,
            item=1,
        ),
        # 第（一）项: the amounts are stated for the second child; later children count from it
        F(
            "levy.hebei.base-order",
            2,
            "count",
            "生育第二个子女",
            versions=("2003", "2014"),
            article=46,
            item=1,
        ),
        # 第（一）项: 生育第三个子女的，按生育第二个子女的征收金额各加百分之百征收
        F(
            "levy.hebei.further-child.increase",
            "1",
            "rate",
            "各加百分之百",
            versions=("2003", "2014"),
            article=46,
            item=1,
        ),
        # 第（二）项: 每提前一年分别按一千五百元的金额征收
        F(
            "levy.hebei.early-second-child.amount-per-year",
            "1500",
            "yuan-per-year",
            "按一千五百元",
            versions=("2003", "2014"),
            article=46,
            item=2,
        ),
        # 第（三）项: 未办理《第二个子女生育证》而生育的，分别按五百元的金额征收
        F(
            "levy.hebei.no-permit.amount",
            "500",
            "yuan",
            "按五百元",
            versions=("2003", "2014"),
            article=46,
            item=3,
        ),
        # 第（五）项: 未办理《结婚证》而生育第一个子女的，分别按一千五百元的金额征收
        F(
            "levy.hebei.unmarried-eligible.amount",
            "1500",
            "yuan",
            "按一千五百元",
            versions=("2003", "2014"),
            article=46,
            item=5,
        ),
    ),
)
