"""湖南省完善城镇独生子女父母奖励办法若干规定 (湘政发〔2014〕27号) — PRIMARY TEXT NOT FOUND; conditions and funding from seed 004, amount from a Xinhua report."""

from familyplan.statutes._spec import F, P, S, V

STATUTE = S(
    id="hunan-urban-reward-2014",
    title="湖南省完善城镇独生子女父母奖励办法若干规定",
    issuer="湖南省人民政府",
    level="normative-document",
    jurisdiction="430000",
    document_number="湘政发〔2014〕27号",
    note="PRIMARY TEXT NOT FOUND. Articles 1 and 3 quote seed 004 (Yueyanglou), which reproduces the rules (with 岳阳楼区城镇居民 where the province-wide text reportedly says 本省城镇居民); article 2 quotes the Xinhua report for the amount. Article numbers are assigned here. Text as stored in the search tool's copy of the page, whose punctuation is NFKC-normalised (half-width , ; : ( )); kept as retrieved rather than guessed back to full width.",
    versions=(
        V(
            "2014",
            adopted_on="2014-08-01",
            effective_from="2014-08-01",
            effective_until=None,
            source="web:https://news.sohu.com/20140822/n403672104.shtml",
            note="Month only: Xinhua (2014-08-22) says the rules were issued 近日, and a county reply says 2014年8月出台; day 01 stands for the month. The reward is paid retroactively 从2014年1月1日起 (article 2): calculators must apply 80 yuan a month from 2014-01-01 although the document dates from August 2014. effective_until None: no repeal found.",
        ),
    ),
    provisions=(
        P(
            versions=("2014",),
            article=1,
            quote="奖励对象应同时具备以下条件：1.岳阳楼区城镇居民且未在外省市区享受同类奖励的人员；2.持有《独生子女证》或《独生子女父母光荣证》等有效证明的独生子女父母，或持有《无子女证明》的终身未生育也未收养子女的人员；3.符合国家法定退休条件并办理正式退休手续的职工，或男性年满60周岁、女性年满55周岁的其他城镇居民。",
            summary="Urban only-child parents' reward: urban resident without a similar reward elsewhere; only-child or no-child certificate; retired, or man 60 / woman 55.",
            source="seed:004_1091362718d1755b.txt",
            note="Seed 004's reproduction (also yueyanglou-list art. 9). Xinhua's summary of the province-wide text: 必须是本省城镇居民且未在外省区市享受同类奖励的人员.",
        ),
        P(
            versions=("2014",),
            article=2,
            quote="《湖南省完善城镇独生子女父母奖励办法若干规定》近日出台,从2014年1月1日起,对符合奖励条件的城镇独生子女父母,每人每月发放奖励金80元,直至亡故。",
            summary="From 2014-01-01 each eligible urban only-child parent receives 80 yuan a month until death.",
            source="web:https://news.sohu.com/20140822/n403672104.shtml",
            note="SECONDARY SOURCE: not the document's own text, which was NOT FOUND. Xinhua, 新华网长沙8月22日电 (2014), 搜狐 copy. A county government reply (copy at http://bc0550.com/petition/7613590, an apparently hijacked mirror) quotes the rule as 从2014年1月1日起,符合奖励条件的城镇独生子女父母,每人每月发放奖励金80元,直至亡故 and adds that the former 5% pension supplement stops.",
        ),
        P(
            versions=("2014",),
            article=3,
            quote="1．国家机关退休的独生子女父母奖励金由所在单位筹资，从财政部门核拨的行政运行经费中列支；2．事业单位退休的独生子女父母奖励金由所在单位筹资，从单位经费中列支；3．国有企业、国有控股企业独生子女父母奖励金由所在单位按每人5000元标准一次性筹资，上交当地财政部门，由当地非税收入征收管理机构收缴，其余部分由财政部门筹资；4．其他城镇独生子女父母奖励金由政府筹资。",
            summary="Funding: government agencies and public institutions pay from their budgets; state-owned enterprises pay 5000 yuan a person once to the treasury; others are paid by government.",
            source="seed:004_1091362718d1755b.txt",
            note="Seed 004's reproduction (also yueyanglou-list art. 11). 衡东县 (hengdong.gov.cn, 2014-09-24) confirms items 1-2 as the rule of 湘政发[2014]27号; a secondary copy reads 其余部分由财政部门统筹 where the seed reads 筹资 (unconfirmed).",
        ),
    ),
    figures=(
        F(
            "urban-parents-reward.man-age",
            60,
            "age",
            "男性年满60周岁",
            versions=("2014",),
            article=1,
        ),
        F(
            "urban-parents-reward.woman-age",
            55,
            "age",
            "女性年满55周岁",
            versions=("2014",),
            article=1,
        ),
        F(
            "urban-parents-reward.paid-from",
            "2014-01-01",
            "date",
            "从2014年1月1日起",
            versions=("2014",),
            article=2,
        ),
        F(
            "urban-parents-reward.amount-per-month",
            "80",
            "yuan-per-month",
            "每人每月发放奖励金80元",
            versions=("2014",),
            article=2,
            applies_from="2014-01-01",
            note="Paid from 2014-01-01 (从2014年1月1日起) under rules of August 2014. No later Hunan standard was found (searched 2026-12-01); a county reply of 2019-01-28 still quotes 每人每月发放奖励金80元.",
        ),
        F(
            "urban-parents-reward.soe-contribution",
            "5000",
            "yuan",
            "按每人5000元标准",
            versions=("2014",),
            article=3,
            note="Item 3 of the quote.",
        ),
    ),
)
