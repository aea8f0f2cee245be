"""全国独生子女伤残死亡家庭扶助制度试点方案 (国人口发〔2007〕78号) — PRIMARY TEXT NOT FOUND; conditions from seed 004, amounts from a news report."""

from familyplan.statutes._spec import F, P, S, V

STATUTE = S(
    id="special-assistance-2007",
    title="全国独生子女伤残死亡家庭扶助制度试点方案",
    issuer="国家人口计生委、财政部",
    level="normative-document",
    jurisdiction="100000",
    document_number="国人口发〔2007〕78号",
    note="PRIMARY TEXT NOT FOUND. Article 1 quotes the conditions as reproduced by seed 004 (Yueyanglou); article 2 quotes a 2008 news report for the amounts. Article numbers are assigned here. The primary 财教〔2011〕623号 (rural-reward-2011 art. 2) confirms 100 (death) / 80 (disability) yuan a person a month as the standard in force before 2012-01-01. Text as stored in the search tool's copy of the page, whose punctuation is NFKC-normalised (half-width , ; : ( )); kept as retrieved rather than guessed back to full width.",
    versions=(
        V(
            "2007",
            adopted_on="2007-08-01",
            effective_from="2007-08-01",
            effective_until=None,
            source="web:http://news.sina.com.cn/c/2008-10-22/014616498127.shtml",
            note="Month only: 京华时报 2008-10-22 says the scheme was issued 去年8月 (August 2007); day 01 stands for the month. It was a pilot: national roll-out during 2008 (中国发展门户网 2008-04-11, http://cn.chinagate.cn/population/2008-04/11/content_14894983.htm: 2008年内,我国将全面实施计划生育家庭特别扶助制度). effective_until None: no repeal found; amounts raised from 2012-01-01 (rural-reward-2011 art. 2) and from 2014 (special-assistance-2013).",
        ),
    ),
    provisions=(
        P(
            versions=("2007",),
            article=1,
            quote="扶助对象应同时具备以下条件：1.1933年1月1日以后出生；2.女方年满49周岁（截至奖励扶助年度12月31日止）；3.只生育一个子女或合法收养一个子女；4.现无存活子女或独生子女被依法鉴定为残疾（伤病残达到三级以上）。",
            summary="Special assistance conditions: born 1933-01-01 or later; woman aged 49 by 31 December; one child born or adopted; no living child or the only child disabled grade 3 or worse.",
            source="seed:004_1091362718d1755b.txt",
            note="Local reproduction of the national conditions in seed 004 (also yueyanglou-list art. 1); the words 截至奖励扶助年度12月31日止 are the seed's. The 'no further birth or adoption' condition is in article 2's quote (未再生育或合法收养子女).",
        ),
        P(
            versions=("2007",),
            article=2,
            quote="去年8月出台的计划生育家庭特别扶助制度,是对独生子女伤、病残或死亡后未再生育或合法收养子女的夫妻,满四十九周岁后,由政府给予每人每月不低于80元或100元人民币的扶助金,直至亡故或子女康复为止。",
            summary="Special assistance: at least 80 (child disabled) or 100 (child dead) yuan a person a month from age 49, until death or the child's recovery.",
            source="web:http://news.sina.com.cn/c/2008-10-22/014616498127.shtml",
            note="SECONDARY SOURCE: not the document's own text, which was NOT FOUND. 京华时报 2008-10-22 (新浪 copy). The pairing 80 = disability, 100 = death follows the word order and is confirmed by 财教〔2011〕623号 item 二.",
        ),
    ),
    figures=(
        F(
            "special-assistance.born-from",
            "1933-01-01",
            "date",
            "1933年1月1日",
            versions=("2007",),
            article=1,
        ),
        F(
            "special-assistance.woman-age",
            49,
            "age",
            "女方年满49周岁",
            versions=("2007",),
            article=1,
        ),
        F(
            "special-assistance.worst-grade",
            3,
            "grade",
            "伤病残达到三级以上",
            versions=("2007",),
            article=1,
        ),
        F(
            "special-assistance.death.amount-per-month",
            "100",
            "yuan-per-month",
            "或100元",
            versions=("2007",),
            article=2,
            applies_from="2008-01-01",
            applies_until="2011-12-31",
            note="SECONDARY SOURCE (a news report); 2008 is the first year of the national roll-out. Confirmed as the standard before 2012 by rural-reward-2011 art. 2 (从现在的每人每月不低于100元).",
        ),
        F(
            "special-assistance.disability.amount-per-month",
            "80",
            "yuan-per-month",
            "不低于80元",
            versions=("2007",),
            article=2,
            applies_from="2008-01-01",
            applies_until="2011-12-31",
            note="SECONDARY SOURCE (a news report); confirmed by rural-reward-2011 art. 2 (由现在的每人每月不低于80元).",
        ),
    ),
)
