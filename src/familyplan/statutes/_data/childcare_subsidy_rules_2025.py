"""育儿补贴制度管理规范（试行） (国家卫生健康委办公厅、财政部办公厅, 2025-09-18) — PRIMARY TEXT NOT FOUND; reports of it only."""

from familyplan.statutes._spec import F, P, S, V

_XINHUA = "web:http://share.ynzx114.cn/wap/thread/view-thread/tid/352594"
_FZNEWS = "web:https://news.fznews.com.cn/dsxw/20251208/j50A089A4S.shtml"

STATUTE = S(
    id="childcare-subsidy-rules-2025",
    title="育儿补贴制度管理规范（试行）",
    issuer="国家卫生健康委办公厅、财政部办公厅",
    level="normative-document",
    jurisdiction="100000",
    numbering="passage",
    note="PRIMARY TEXT NOT FOUND: no stored copy shows the articles. The ARTICLE NUMBERS HERE ARE ASSIGNED BY THIS PACKAGE, NOT THE DOCUMENT'S (its chapters are 总则, 申请和审核, 补贴发放, 信息管理, 监督管理, 附则 per the NHC's 解读; the article numbers of the rules quoted below could not be verified). Each provision quotes a report of what the rules say: Xinhua (新华社微信公众号, 2025-09-18) and 福州新闻网 (2025-12-08). The application rules are confirmed in the same words by an official county guide (yngm.gov.cn).",
    versions=(
        V(
            "2025",
            adopted_on="2025-09-18",
            effective_from="2025-09-18",
            effective_until=None,
            source=_XINHUA,
            note="Issued and in force 2025-09-18 (本规范自发布之日起实施; Xinhua and 经济通 report it that day). effective_until None: 试行 rules, no replacement found (searched 2026-12-01).",
        ),
    ),
    provisions=(
        P(
            versions=("2025",),
            article=1,
            quote="根据规范,补贴对象为从2025年1月1日起,符合法律法规规定生育或收养的3周岁以下婴幼儿,其中,孤儿、事实无人抚养的婴幼儿同样纳入保障范围。育儿补贴按年计算,每年一次性发放。对于2025年1月1日以前出生、不满3周岁的婴幼儿,按应补贴月数折算计发补贴。",
            summary="Covered: children under three born or adopted in accordance with the law from 2025-01-01, orphans included; computed yearly, paid once a year; months due for those born before 2025.",
            source=_XINHUA,
            note="SECONDARY SOURCE (Xinhua's summary). Article number assigned here.",
        ),
        P(
            versions=("2025",),
            article=2,
            quote="规范明确,育儿补贴由婴幼儿父母一方或其他监护人(含儿童福利机构)申领。",
            summary="The applicant is one parent or another guardian (a child welfare institution included).",
            source=_XINHUA,
            note="SECONDARY SOURCE (Xinhua's summary). Article number assigned here.",
        ),
        P(
            versions=("2025",),
            article=3,
            quote="该管理规范明确,申领人按年度申请,申领人应当在婴幼儿出生当年或次年提出首次申请,并在之后的连续两个年度分别提出续领申请。对于2025年1月1日以前出生的婴幼儿,首次申请应当在2025年12月31日前提出。逾期未提交申请的,视为自动放弃当年申请资格。",
            summary="Applications are yearly: the first in the year of birth or the next, then one in each of the two following years; for a child born before 2025 the first by 2025-12-31; a year not applied for is forfeited.",
            source=_FZNEWS,
            note="SECONDARY SOURCE (福州新闻网 2025-12-08). Article number assigned here. The same words are on an official county guide, http://yngm.gov.cn/zfxxgk_gmx_dxx/artview/1175/336511.html, which adds: 2022年出生婴幼儿,可申领1次,应当在2025年提出;2023年出生婴幼儿,可申领2次,应当在2025年和2026年提出;2024年出生婴幼儿,可申领3次.",
        ),
    ),
    figures=(
        F(
            "childcare-subsidy.first-claim-deadline",
            "2025-12-31",
            "date",
            "在2025年12月31日前",
            versions=("2025",),
            article=3,
            applies_from="2025-01-01",
        ),
        F(
            "childcare-subsidy.renewals",
            2,
            "count",
            "连续两个年度",
            versions=("2025",),
            article=3,
            applies_from="2025-01-01",
        ),
    ),
)
