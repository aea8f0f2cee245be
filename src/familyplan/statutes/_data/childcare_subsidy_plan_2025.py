"""育儿补贴制度实施方案 (中共中央办公厅、国务院办公厅, 2025) — the Xinhua release of its main content."""

from familyplan.statutes._spec import F, P, S, V

_XINHUA = "web:http://www.zi357.cn/2025/0729/c444a258316/page.htm"
_CHINANEWS = "web:https://www.chinanews.com.cn/sh/2025/07-28/10454998.shtml"

STATUTE = S(
    id="childcare-subsidy-plan-2025",
    title="育儿补贴制度实施方案",
    issuer="中共中央办公厅、国务院办公厅",
    level="normative-document",
    jurisdiction="100000",
    note="No document number is published: Xinhua released the text on 2025-07-28 as 《育儿补贴制度实施方案》主要内容如下. No gov.cn copy was found among the stored pages; the quotes are from reprints of that Xinhua release: section 二(一) from 江苏农垦's page (zi357.cn, traditional characters, converted back to simplified — the wording is identical), section 二(二) from chinanews.com.cn (新华社 权威快报). Article = the plan's section (二), item = its numbered paragraph ((一), (二)).",
    versions=(
        V(
            "2025",
            adopted_on="2025-07-28",
            effective_from="2025-07-28",
            effective_until=None,
            source=_XINHUA,
            note="adopted_on: Xinhua (2025-07-28) says the plan was issued 近日, so the signing date may be earlier. The subsidy itself runs 从2025年1月1日起 (section 二(一)): the figures apply from 2025-01-01. effective_until None: the 3,600 yuan is the base standard 现阶段 (at present); no change was found for 2026 (searched 2026-12-01).",
        ),
    ),
    provisions=(
        P(
            versions=("2025",),
            article=2,
            item=1,
            quote="(一)补贴对象。从2025年1月1日起,对符合法律法规规定生育的3周岁以下婴幼儿发放补贴,至其年满3周岁。",
            summary="From 2025-01-01 the subsidy is paid for children under three born in accordance with the law, until they turn three.",
            source=_XINHUA,
        ),
        P(
            versions=("2025",),
            article=2,
            item=2,
            quote="育儿补贴按年发放,现阶段国家基础标准为每孩每年3600元。其中,对2025年1月1日之前出生、不满3周岁的婴幼儿,按应补贴月数折算计发补贴。",
            summary="Paid yearly: 3,600 yuan a child a year (national base); a child born before 2025 and under three is paid for the months due.",
            source=_CHINANEWS,
            note="The heading (二)补贴标准 is on the zi357.cn copy; the text after it is cut there and is quoted from chinanews.com.cn.",
        ),
    ),
    figures=(
        F(
            "childcare-subsidy.start",
            "2025-01-01",
            "date",
            "从2025年1月1日起",
            versions=("2025",),
            article=2,
            item=1,
            applies_from="2025-01-01",
        ),
        F(
            "childcare-subsidy.age",
            3,
            "age",
            "3周岁以下",
            versions=("2025",),
            article=2,
            item=1,
            applies_from="2025-01-01",
        ),
        F(
            "childcare-subsidy.amount-per-year",
            "3600",
            "yuan-per-year",
            "每孩每年3600元",
            versions=("2025",),
            article=2,
            item=2,
            applies_from="2025-01-01",
            note="现阶段国家基础标准: a national base; provinces may pay more (a caller's LocalRates top-up).",
        ),
    ),
)
