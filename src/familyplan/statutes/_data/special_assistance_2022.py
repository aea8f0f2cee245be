"""财政部 国家卫生健康委关于提高计划生育家庭特别扶助制度扶助标准的通知 (财社〔2022〕49号)."""

from familyplan.statutes._spec import F, P, S, V

_SRC = "web:https://www.bblzh.gov.cn/zfxxgk/public/49531/52377175.html"
_PREAMBLE = "为贯彻落实《中共中央 国务院关于优化生育政策促进人口长期均衡发展的决定》精神以及《财政部 卫生计生委关于进一步完善计划生育投入机制的意见》(财社〔2016〕16号),切实维护好计划生育家庭合法权益,经研究,决定自2022年7月1日起,提高计划生育家庭特别扶助制度扶助标准。现将有关事项通知如下:……"

STATUTE = S(
    id="special-assistance-2022",
    title="财政部 国家卫生健康委关于提高计划生育家庭特别扶助制度扶助标准的通知",
    issuer="财政部、国家卫生健康委",
    level="normative-document",
    jurisdiction="100000",
    document_number="财社〔2022〕49号",
    note="Full text from an official information-disclosure page (蚌埠市龙子湖区卫生健康委员会, published 2025-02-17, 成文日期 2022-04-20, 文号 财社〔2022〕49号, 效力 有效); the same text with the signature 财政部 国家卫生健康委 2022年4月20日 is on rypyw.com (the finance ministry's release of 2022-05-10). Articles 1-3 are the notice's items 一 to 三; each quote starts with the preamble that fixes the start date, joined with ……. Text as stored in the search tool's copy (half-width punctuation). The 'from' figures (450 death, 350 disability; complications 400/300/200) are the standards in force on 2022-06-30; the document and the date that set them were NOT FOUND.",
    versions=(
        V(
            "2022",
            adopted_on="2022-04-20",
            effective_from="2022-07-01",
            effective_until=None,
            source=_SRC,
            note="adopted_on: 成文日期 and signature 2022-04-20; published 2022-05-10. effective_from: 自2022年7月1日起. effective_until None: marked 有效 on the county page in 2025-02; no later national standard was found (searched 2026-12-01).",
        ),
    ),
    provisions=(
        P(
            versions=("2022",),
            article=1,
            quote=_PREAMBLE
            + "一、独生子女死亡家庭特别扶助金标准由每人每月450元提高至每人每月590元;独生子女伤残家庭特别扶助金标准由每人每月350元提高至每人每月460元。",
            summary="From 2022-07-01 special assistance is 590 (only child dead, up from 450) and 460 (disabled, up from 350) yuan a person a month.",
            source=_SRC,
            note="Item 一, with the preamble. One national standard, urban and rural alike.",
        ),
        P(
            versions=("2022",),
            article=2,
            quote=_PREAMBLE
            + "二、一级计划生育手术并发症人员特别扶助金标准由每人每月400元提高至每人每月520元;二级计划生育手术并发症人员特别扶助金标准由每人每月300元提高至每人每月390元;三级计划生育手术并发症人员特别扶助金标准由每人每月200元提高至每人每月260元。",
            summary="From 2022-07-01 special assistance for surgical complications: grade 1 520, grade 2 390, grade 3 260 yuan a person a month.",
            source=_SRC,
            note="Item 二, with the preamble. Complication cases are not a programme of this package.",
        ),
        P(
            versions=("2022",),
            article=3,
            quote="三、调整标准所需资金由中央财政和地方财政共同承担并按规定纳入年度财政预算,中央财政按照事权与支出责任划分改革方案分档安排补助资金。各地要切实落实经费保障责任,加强资金管理,确保及时、足额按照调整后的标准发放特别扶助金。",
            summary="Funding shared by central and local budgets; the new standard paid in full and on time.",
            source=_SRC,
            note="Item 三.",
        ),
    ),
    figures=(
        F(
            "special-assistance.death.amount-per-month",
            "590",
            "yuan-per-month",
            "提高至每人每月590元",
            versions=("2022",),
            article=1,
        ),
        F(
            "special-assistance.disability.amount-per-month",
            "460",
            "yuan-per-month",
            "提高至每人每月460元",
            versions=("2022",),
            article=1,
        ),
    ),
)
