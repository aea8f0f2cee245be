"""财政部、人口计生委关于调整全国农村部分计划生育家庭奖励扶助和计划生育家庭特别扶助标准的通知 (财教〔2011〕623号)."""

from familyplan.statutes._spec import F, P, S, V

STATUTE = S(
    id="rural-reward-2011",
    title="财政部、人口计生委关于调整全国农村部分计划生育家庭奖励扶助和计划生育家庭特别扶助标准的通知",
    issuer="财政部、国家人口计生委",
    level="normative-document",
    jurisdiction="100000",
    document_number="财教〔2011〕623号",
    note="Text from 法搜网 (fsou.com), page 1 of 2 (the preamble and items 一 and 二; the rest, including the date line, was not retrieved). Articles 1 and 2 are the notice's items 一 and 二; each quote starts with the preamble sentence that fixes the start date, joined with ……. Text as stored in the search tool's copy of the page, whose punctuation is NFKC-normalised (half-width , ; : ( )); kept as retrieved rather than guessed back to full width. Item 一 also states the national rural reward standard in force before 2012-01-01 (每人每月不低于60元 = 720 yuan a year): the only primary national text found for the 720-yuan figure.",
    versions=(
        V(
            "2011",
            adopted_on="2011-12-27",
            effective_from="2012-01-01",
            effective_until=None,
            source="web:http://www.fsou.com/html/text/chl/1643/164331.html",
            note="Issue date not in the retrieved text. 2011-12-27 is an upper bound: Xinhua reported that day (洛阳日报 2011-12-28, http://lyrb.lyd.com.cn/html/2011-12/28/content_804535.htm) that the notice had been issued 日前. effective_from = 自2012年1月1日起 in the preamble. effective_until None: no repeal found; the special-assistance figures of item 二 were superseded from 2014 by 国卫家庭发〔2013〕41号 (special-assistance-2013); no later national rural-reward figure was found.",
        ),
    ),
    provisions=(
        P(
            versions=("2011",),
            article=1,
            quote="根据《财政部 人口计生委关于建立全国农村部分计划生育家庭奖励扶助和计划生育家庭特别扶助标准动态调整机制的通知》(财教[2011]622号)规定,经研究,决定自2012年1月1日起调整全国农村部分计划生育家庭奖励扶助标准(以下简称奖扶标准)和计划生育家庭特别扶助标准(以下简称特扶标准)。……一、奖扶标准从现在的每人每月不低于60元提高到每人每月不低于80元。",
            summary="From 2012-01-01 the rural reward rises from at least 60 to at least 80 yuan a person a month.",
            source="web:http://www.fsou.com/html/text/chl/1643/164331.html",
            note="Item 一, with the preamble. 80 x 12 = 960 yuan a year; 60 x 12 = 720 before 2012.",
        ),
        P(
            versions=("2011",),
            article=2,
            quote="根据《财政部 人口计生委关于建立全国农村部分计划生育家庭奖励扶助和计划生育家庭特别扶助标准动态调整机制的通知》(财教[2011]622号)规定,经研究,决定自2012年1月1日起调整全国农村部分计划生育家庭奖励扶助标准(以下简称奖扶标准)和计划生育家庭特别扶助标准(以下简称特扶标准)。……二、特扶标准(独生子女死亡家庭)从现在的每人每月不低于100元提高到每人每月不低于135元,特扶标准(独生子女伤残家庭)由现在的每人每月不低于80元提高到每人每月不低于110元,特别扶助(计划生育手术并发症人员)标准暂不调整。",
            summary="From 2012-01-01 special assistance rises to at least 135 (child dead) / 110 (child disabled) yuan a person a month; complication cases unchanged.",
            source="web:http://www.fsou.com/html/text/chl/1643/164331.html",
            note="Item 二, with the preamble. The old figures (100 / 80) are the 2007 scheme's.",
        ),
    ),
    figures=(
        F(
            "rural-reward.amount-per-month",
            "60",
            "yuan-per-month",
            "现在的每人每月不低于60元",
            versions=("2011",),
            article=1,
            applies_from="2009-01-01",
            applies_until="2011-12-31",
            note="The standard this notice calls 现在的 (in force until 2011-12-31). Its start on 2009-01-01 rests on rural-reward-2004 arts. 3-4 (a 2008 news report and a county page); the 2009 national document was NOT FOUND.",
        ),
        F(
            "rural-reward.amount-per-month",
            "80",
            "yuan-per-month",
            "提高到每人每月不低于80元",
            versions=("2011",),
            article=1,
            note="No later national standard was found (searched 2026-12-01); still 80 a month in Shandong's 2017 budget (shandong-family-assistance-2017).",
        ),
        F(
            "special-assistance.death.amount-per-month",
            "135",
            "yuan-per-month",
            "提高到每人每月不低于135元",
            versions=("2011",),
            article=2,
            applies_until="2013-12-31",
        ),
        F(
            "special-assistance.disability.amount-per-month",
            "110",
            "yuan-per-month",
            "提高到每人每月不低于110元",
            versions=("2011",),
            article=2,
            applies_until="2013-12-31",
        ),
    ),
)
