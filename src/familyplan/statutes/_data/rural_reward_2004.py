"""国务院办公厅转发人口计生委财政部关于开展对农村部分计划生育家庭实行奖励扶助制度试点工作意见的通知 (国办发〔2004〕21号) — PRIMARY TEXT NOT FOUND; secondary quotes only."""

from familyplan.statutes._spec import F, P, S, V

STATUTE = S(
    id="rural-reward-2004",
    title="国务院办公厅转发人口计生委财政部关于开展对农村部分计划生育家庭实行奖励扶助制度试点工作意见的通知",
    issuer="国务院办公厅",
    level="normative-document",
    jurisdiction="100000",
    document_number="国办发〔2004〕21号",
    note="PRIMARY TEXT NOT FOUND (not in LawRefBook/Laws; no copy of the notice or the opinion among the stored pages). Every provision here quotes a secondary page that describes the national scheme; the article numbers are assigned here, not the document's. Use only with that caveat. Text as stored in the search tool's copy of the page, whose punctuation is NFKC-normalised (half-width , ; : ( )); kept as retrieved rather than guessed back to full width.",
    versions=(
        V(
            "2004",
            adopted_on="2004-01-01",
            effective_from="2004-01-01",
            effective_until=None,
            source="web:https://www.ctrod.com/archives/7769",
            note="PLACEHOLDER dates: the issue date of 国办发〔2004〕21号 was not found. 2004-01-01 is the start of the 600-yuan standard as stated on the ctrod.com page (article 4); the real issue date may be later in 2004, in which case adopted_on is wrong. effective_until None: the scheme continued with higher amounts (720 from 2009 per articles 3-4; 960 from 2012-01-01 per rural-reward-2011).",
        ),
    ),
    provisions=(
        P(
            versions=("2004",),
            article=1,
            quote="农村部分计划生育家庭奖励扶助对象应同时符合以下四个条件:1.本人及配偶均为农业户口或界定为农村居民户口;2.1933年1月1日后出生,1973年至2001年间没有违反计划生育法规、规章或政策规定生育;3.现存一个子女或两个女孩或子女死亡现无子女;4.年满60周岁。",
            summary="Rural reward conditions: rural registration; born 1933-01-01 or later; no birth against the rules 1973-2001; one child or two girls, or children dead; aged 60.",
            source="web:https://www.ctrod.com/archives/7769",
            note="SECONDARY SOURCE: not the document's own text, which was NOT FOUND. ctrod.com page on the national scheme as applied in 肃南县 (Gansu), heading (一)国扶对象确认条件; line breaks between the items removed. Seed 004 (yueyanglou-list art. 7) adds 截至奖励扶助年度12月31日止 for the age and says 1973以来.",
        ),
        P(
            versions=("2004",),
            article=2,
            quote="此项奖励扶助制度的内容是,对响应国家号召,只生育一个子女或两个女孩、年满60周岁的农民夫妻,由国家财政设立专项资金,按人年均不低于600元的标准发放奖励扶助金,直至身故。",
            summary="Rural reward amount: at least 600 yuan a person a year from age 60 until death.",
            source="web:http://news.sina.com.cn/c/p/2005-06-27/18397059555.shtml",
            note="SECONDARY SOURCE: not the document's own text, which was NOT FOUND. Xinhua report of 2005-06-27 (新浪 copy) on the first payments in Guizhou, describing the national scheme.",
        ),
        P(
            versions=("2004",),
            article=3,
            quote="明年起,农村只有一个子女或两个女孩的计划生育家庭,在夫妇年满六十周岁以后,将享受每人每月60元的计划生育奖励扶助。",
            summary="From 2009 the rural reward is 60 yuan a person a month (720 a year), up from 50 (600 a year).",
            source="web:http://news.sina.com.cn/c/2008-10-22/014616498127.shtml",
            note="SECONDARY SOURCE: not the document's own text, which was NOT FOUND. 京华时报 2008-10-22 (新浪 copy), reporting the national population commission; '明年' = 2009. The same article says 此前…每人每月享受50元的奖励扶助. The raising document itself (2009) was NOT FOUND; the primary 财教〔2011〕623号 (rural-reward-2011 art. 1) confirms 每人每月不低于60元 as the standard in force before 2012-01-01.",
        ),
        P(
            versions=("2004",),
            article=4,
            quote="2004年1月1日至2008年12月31日,每人每年600元;2009年1月1日至2011年12月31日,调整为每人每年720元;2012年1月1日至今调整为每人每年960元。",
            summary="Rural reward amounts by period: 600 (2004-2008), 720 (2009-2011), 960 (from 2012) yuan a person a year.",
            source="web:https://www.ctrod.com/archives/7769",
            note="SECONDARY SOURCE: not the document's own text, which was NOT FOUND. LOCAL page (肃南县, Gansu, on ctrod.com), heading (三)奖励标准; line breaks removed. The only source found that dates the 720-yuan standard from 2009-01-01.",
        ),
    ),
    figures=(
        F(
            "rural-reward.born-from",
            "1933-01-01",
            "date",
            "1933年1月1日",
            versions=("2004",),
            article=1,
        ),
        F(
            "rural-reward.rules-window.first-year",
            1973,
            "year",
            "1973年至",
            versions=("2004",),
            article=1,
        ),
        F(
            "rural-reward.rules-window.last-year",
            2001,
            "year",
            "至2001年间",
            versions=("2004",),
            article=1,
        ),
        F("rural-reward.age", 60, "age", "年满60周岁", versions=("2004",), article=1),
        F(
            "rural-reward.amount-per-year",
            "600",
            "yuan-per-year",
            "不低于600元",
            versions=("2004",),
            article=2,
            applies_until="2008-12-31",
            note="SECONDARY SOURCE (a Xinhua report). Replaced from 2009-01-01 by 60 yuan a month (rural-reward.amount-per-month).",
        ),
    ),
)
