"""国家卫生健康委: 育儿补贴制度的补贴对象是谁?标准是多少? (2025-08-08) — the commission's Q&A with its table of months."""

from familyplan.statutes._spec import F, P, S, V

_SRC = "web:http://www.xam.gov.cn/xam/2025-08/08/article_2025080809521457034.html"

STATUTE = S(
    id="childcare-subsidy-nhc-2025",
    title="育儿补贴制度的补贴对象是谁?标准是多少?",
    issuer="国家卫生健康委员会",
    level="official-publication",
    jurisdiction="100000",
    numbering="passage",
    note="The national health commission's Q&A (来源:国家卫生健康委员会, 2025-08-08) as reposted on an official county site (xam.gov.cn). Not a normative text: it explains the plan (childcare-subsidy-plan-2025) and gives the table by which the months of a child born in 2022-2024 are counted. The stored copy of the table stops at the row 2024年2月; the rows seen are in article 3's note.",
    versions=(
        V(
            "2025",
            adopted_on="2025-08-08",
            effective_from="2025-08-08",
            effective_until=None,
            source=_SRC,
            note="发布时间 2025-08-08 09:51. It describes the subsidy from 2025-01-01.",
        ),
    ),
    provisions=(
        P(
            versions=("2025",),
            article=1,
            quote="答:补贴对象为从2025年1月1日起,符合法律法规规定生育的3周岁以下婴幼儿。补贴对象应当具有中华人民共和国国籍。",
            summary="Covered: children under three born in accordance with the law, from 2025-01-01; the child must have Chinese nationality.",
            source=_SRC,
            note="Article numbers assigned here (the Q&A has one answer).",
        ),
        P(
            versions=("2025",),
            article=2,
            quote="育儿补贴按年发放,育儿补贴国家基础标准为每孩每年3600元,至其年满3周岁。(1)对于2025年1月1日及以后出生的婴幼儿,可连续申领3年补贴,共计10800元。(2)对于2025年1月1日之前出生且未满3周岁的婴幼儿,可按应补贴月数折算补贴金额。具体算法见下表。",
            summary="3,600 yuan a child a year until three: three yearly claims (10,800) for a child born from 2025; months due for one born before.",
            source=_SRC,
        ),
        P(
            versions=("2025",),
            article=3,
            quote="2022-2024年各月份出生婴幼儿 申领育儿补贴金额对照表  单位:元",
            summary="The table of amounts by month of birth (2022-2024): 300 yuan a month; the birth month is not counted, the month of the third birthday is.",
            source=_SRC,
            note="Columns: 出生年月 | 2025补贴金额 | 2026补贴金额 | 2027补贴金额 | 补贴总年(月)数 | 补贴总金额. Rows seen in the stored copy: 2022年1月 300 / 1个月 / 300; 2022年2月 600; … 2022年12月 3600 / 1年; 2023年1月 3600, 300 / 1年1个月 / 3900; … 2023年8月 3600, 2400 / 1年8个月 / 6000; … 2023年12月 3600, 3600 / 2年 / 7200; 2024年1月 3600, 3600, 300 / 2年1个月 / 7500; 2024年2月 3600, 3600, 600 (the copy is cut there). Every row seen fits: months = the months after the birth month up to and including the month of the third birthday, from 2025-01 on.",
        ),
    ),
    figures=(
        F(
            "childcare-subsidy.claim-years",
            3,
            "years",
            "可连续申领3年补贴",
            versions=("2025",),
            article=2,
            applies_from="2025-01-01",
        ),
    ),
)
