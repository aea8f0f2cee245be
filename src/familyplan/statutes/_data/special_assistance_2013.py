"""国家卫生计生委 民政部 财政部 人力资源社会保障部 住房城乡建设部关于进一步做好计划生育特殊困难家庭扶助工作的通知 (国卫家庭发〔2013〕41号) — PRIMARY TEXT NOT FOUND; news quote only."""

from familyplan.statutes._spec import F, P, S, V

STATUTE = S(
    id="special-assistance-2013",
    title="国家卫生计生委 民政部 财政部 人力资源社会保障部 住房城乡建设部关于进一步做好计划生育特殊困难家庭扶助工作的通知",
    issuer="国家卫生计生委、民政部、财政部、人力资源社会保障部、住房城乡建设部",
    level="normative-document",
    jurisdiction="100000",
    document_number="国卫家庭发〔2013〕41号",
    note="PRIMARY TEXT NOT FOUND. The one provision quotes a 中新社 report (安徽商报 copy) of what the notice says (《通知》提出…). Article number assigned here. Text as stored in the search tool's copy of the page, whose punctuation is NFKC-normalised (half-width , ; : ( )); kept as retrieved rather than guessed back to full width.",
    versions=(
        V(
            "2013",
            adopted_on="2013-12-26",
            effective_from="2014-01-01",
            effective_until=None,
            source="web:http://ahscb.com/html/2013-12/27/content_146199.htm",
            note="adopted_on: the report says the commission's website published the notice on 12月26日 (2013); the signing date was not found and may be earlier. effective_from: 自2014年起 read as 2014-01-01. effective_until None: no later national figure was found (a 2017 finance-ministry opinion reportedly raised the rural figures to the urban ones; not checked).",
        ),
    ),
    provisions=(
        P(
            versions=("2013",),
            article=1,
            quote="《通知》提出,自2014年起,将女方年满49周岁的独生子女伤残、死亡家庭夫妻的特别扶助金标准分别提高到:城镇每人每月270元、340元,农村每人每月150元、170元,并建立动态增长机制。",
            summary="From 2014 special assistance (woman aged 49): urban 270 (disabled) / 340 (dead), rural 150 / 170 yuan a person a month.",
            source="web:http://ahscb.com/html/2013-12/27/content_146199.htm",
            note="SECONDARY SOURCE: not the document's own text, which was NOT FOUND. 中新社 report of 2013-12-27 quoting the notice. Order: 伤残 then 死亡, so urban 270 disability / 340 death, rural 150 disability / 170 death.",
        ),
    ),
    figures=(
        F(
            "special-assistance.disability.urban.amount-per-month",
            "270",
            "yuan-per-month",
            "城镇每人每月270元",
            versions=("2013",),
            article=1,
            applies_until="2016-12-31",
            note="SECONDARY SOURCE. Restated as the urban standard by 财社〔2016〕16号 (special-assistance-2016). Ends 2016-12-31: the national standard was later raised to 350 (the 'from' figure of 财社〔2022〕49号), by a document and on a date NOT FOUND.",
        ),
        F(
            "special-assistance.death.urban.amount-per-month",
            "340",
            "yuan-per-month",
            "、340元",
            versions=("2013",),
            article=1,
            applies_until="2016-12-31",
            note="SECONDARY SOURCE. Restated as the urban standard by 财社〔2016〕16号 (special-assistance-2016). Ends 2016-12-31: the national standard was later raised to 450 (the 'from' figure of 财社〔2022〕49号), by a document and on a date NOT FOUND.",
        ),
        F(
            "special-assistance.disability.rural.amount-per-month",
            "150",
            "yuan-per-month",
            "农村每人每月150元",
            versions=("2013",),
            article=1,
            applies_until="2015-12-31",
            note="SECONDARY SOURCE. Raised to the urban 270 by 财社〔2016〕16号 (special-assistance-2016) in 2016, on a date NOT FOUND.",
        ),
        F(
            "special-assistance.death.rural.amount-per-month",
            "170",
            "yuan-per-month",
            "、170元",
            versions=("2013",),
            article=1,
            applies_until="2015-12-31",
            note="SECONDARY SOURCE. Raised to the urban 340 by 财社〔2016〕16号 (special-assistance-2016) in 2016, on a date NOT FOUND.",
        ),
    ),
)
