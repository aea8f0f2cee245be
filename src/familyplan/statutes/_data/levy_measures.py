"""《社会抚养费征收管理办法》 (国务院令第357号).

Text: LawRefBook/Laws ``行政法规/社会抚养费征收管理办法(2002-08-02).md``.

End of force: abolished by 《国务院关于废止部分行政法规的决定》 (item 二: "社会抚养费
征收管理办法（2002年8月2日中华人民共和国国务院令第357号公布）"), whose last
sentence reads "本决定自公布之日起施行". Text read in the national-database
transcription Theonefkguy/Chinese-Laws ``行政法规/国务院关于废止部分行政法规的决定(2021-09-09).md``
(commit 08eb6c2ab240f20873caa2f555a2a232ae16513c; ``EFFECTIVE_FROM: 2021-09-09``,
the flk database's 施行日期); the same repository's file of these measures has
``EFFECTIVE_TO: 2021-09-09``. So the measures are in force through 2021-09-08
and not from 2021-09-09. Not verified: the 国务院令 number of the decision and a
printed publication date (an English news item of 2021-09-27 says only that the
Premier "recently" signed it). The levy's statutory basis, 《人口与计划生育法》
art. 41, had already gone with the amendment in force 2021-08-20 (see
``npfp_law``): the levy calculator refuses decisions from that day; the late
fee stops accruing after 2021-09-08 by default (``LateFeePolicy.after_cessation``).
"""

from familyplan.statutes._spec import F, P, S, V

SOURCE = "LawRefBook/Laws:行政法规/社会抚养费征收管理办法(2002-08-02).md"
END_SOURCE = (
    "web:github.com/Theonefkguy/Chinese-Laws/行政法规/国务院关于废止部分行政法规的决定(2021-09-09).md"
    "@08eb6c2ab240f20873caa2f555a2a232ae16513c"
)

STATUTE = S(
    id="levy-measures",
    title="社会抚养费征收管理办法",
    issuer="国务院",
    level="administrative-regulation",
    jurisdiction="100000",
    document_number="国务院令第357号",
    versions=(
        V(
            "2002",
            adopted_on="2002-08-02",
            effective_from="2002-09-01",
            effective_until="2021-09-08",
            source=SOURCE,
            note=(
                "第十五条 本办法自2002年9月1日起施行。Abolished by 《国务院关于废止部分行政法规的"
                "决定》 (item 二; 本决定自公布之日起施行), in force 2021-09-09 per the national "
                "database's 施行日期 as transcribed in " + END_SOURCE + "; so the last day in "
                "force is 2021-09-08. The decision's 国务院令 number was NOT FOUND."
            ),
        ),
    ),
    provisions=(
        P(
            versions=("2002",),
            article=3,
            paragraph=1,
            quote="不符合人口与计划生育法第十八条的规定生育子女的公民，应当依照本办法的规定缴纳社会抚养费。",
            summary="Births not conforming to the law's art. 18 owe the social maintenance fee.",
            source=SOURCE,
        ),
        P(
            versions=("2002",),
            article=3,
            paragraph=2,
            quote=(
                "社会抚养费的征收标准，分别以当地城镇居民年人均可支配收入和农村居民年人均纯收入为"
                "计征的参考基本标准，结合当事人的实际收入水平和不符合法律、法规规定生育子女的情节，"
                "确定征收数额。社会抚养费的具体征收标准由省、自治区、直辖市规定。"
            ),
            summary=(
                "Base: local urban per-capita disposable income / rural per-capita net income, "
                "combined with actual income and circumstances; provinces set the standard."
            ),
            source=SOURCE,
        ),
        P(
            versions=("2002",),
            article=4,
            quote=(
                "社会抚养费的征收，由县级人民政府计划生育行政部门作出书面征收决定；县级人民政府计划"
                "生育行政部门可以委托乡(镇)人民政府或者街道办事处作出书面征收决定。"
            ),
            summary="The county family-planning department decides in writing (may delegate to townships).",
            source=SOURCE,
        ),
        P(
            versions=("2002",),
            article=6,
            paragraph=1,
            quote=(
                "社会抚养费的征收决定，自送达当事人之日起生效。当事人应当自收到征收决定之日起30日内"
                "一次性缴纳社会抚养费。"
            ),
            summary="The decision takes effect on service; pay in one sum within 30 days of receiving it.",
            source=SOURCE,
        ),
        P(
            versions=("2002",),
            article=6,
            paragraph=2,
            quote=(
                "当事人一次性缴纳社会抚养费确有实际困难的，应当自收到征收决定之日起30日内向作出征收"
                "决定的县级人民政府计划生育行政部门提出分期缴纳的书面申请，并提供有关证明材料。县级"
                "人民政府计划生育行政部门应当自收到当事人的申请之日起30日内作出批准或者不批准分期"
                "缴纳的决定，并书面通知当事人。"
            ),
            summary="Instalments: request within 30 days of receipt; the department answers within 30 days.",
            source=SOURCE,
        ),
        P(
            versions=("2002",),
            article=7,
            quote="社会抚养费的具体征收、缴纳方式，由省、自治区、直辖市根据当地实际情况规定。",
            summary="Provinces set the collection and payment methods.",
            source=SOURCE,
        ),
        P(
            versions=("2002",),
            article=8,
            quote=(
                "当事人未在规定的期限内缴纳社会抚养费的，自欠缴之日起每月加收欠缴社会抚养费的千分之二"
                "的滞纳金；仍不缴纳的，由作出征收决定的计划生育行政部门依法申请人民法院强制执行。"
            ),
            summary="Late fee of 2 per mille a month of the unpaid levy from the day of default; then court enforcement.",
            source=SOURCE,
        ),
        P(
            versions=("2002",),
            article=9,
            paragraph=1,
            quote="当事人对征收决定不服的，可以依法申请行政复议或者提起行政诉讼。",
            summary="Review or litigation against the decision.",
            source=SOURCE,
        ),
        P(
            versions=("2002",),
            article=15,
            quote="本办法自2002年9月1日起施行。",
            summary="In force 2002-09-01.",
            source=SOURCE,
        ),
    ),
    figures=(
        # 第八条: 自欠缴之日起每月加收欠缴社会抚养费的千分之二的滞纳金
        F(
            "late-fee.rate-per-month",
            "0.002",
            "rate-per-month",
            "千分之二",
            versions=("2002",),
            article=8,
        ),
        # 第六条第一款: 当事人应当自收到征收决定之日起30日内一次性缴纳社会抚养费
        F(
            "levy.payment-days",
            30,
            "days",
            "自收到征收决定之日起30日内",
            versions=("2002",),
            article=6,
            paragraph=1,
        ),
        # 第六条第二款: 应当自收到征收决定之日起30日内 … 提出分期缴纳的书面申请
        F(
            "levy.instalment-request-days",
            30,
            "days",
            "应当自收到征收决定之日起30日内",
            versions=("2002",),
            article=6,
            paragraph=2,
        ),
        # 第六条第二款: 应当自收到当事人的申请之日起30日内作出批准或者不批准分期缴纳的决定
        F(
            "levy.instalment-answer-days",
            30,
            "days",
            "自收到当事人的申请之日起30日内",
            versions=("2002",),
            article=6,
            paragraph=2,
        ),
    ),
)
