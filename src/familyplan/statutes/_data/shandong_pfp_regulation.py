"""《山东省人口与计划生育条例》 (Shandong Population and Family Planning Regulation).

Text: LawRefBook/Laws ``地方性法规/山东/山东省人口与计划生育条例(2016-01-22).md``
(the undated file ``地方性法规/山东/山东省人口与计划生育条例.md`` is the same
text). Its header lists: adopted 2002-09-28 (9th Standing Committee, 31st
session); amended 2013-06-02, 2014-05-30 and 2016-01-22. Only the 2016 text
was found, so every provision below is the 2016 text. The 2002, 2013 and 2014
texts were NOT FOUND (the 2016 decision merged and renumbered articles, so the
earlier levy articles had other numbers). See docs/_notes/provincial.md.
"""

from familyplan.statutes._spec import F, FigureSpec, P, S, V, fine_band_figures

SOURCE_2016 = "LawRefBook/Laws:地方性法规/山东/山东省人口与计划生育条例(2016-01-22).md"


def _band_47(scope: str, item: int) -> tuple[FigureSpec, ...]:
    return fine_band_figures(
        scope,
        versions=("2016",),
        article=47,
        item=item,
        threshold=("10000", "违法所得一万元以上"),
        multiple=(("2", "6"), "二倍以上六倍以下"),
        fixed=(("10000", "30000"), "一万元以上三万元以下"),
    )


STATUTE = S(
    id="shandong-pfp-regulation",
    title="山东省人口与计划生育条例",
    issuer="山东省人民代表大会常务委员会",
    level="local-regulation",
    jurisdiction="370000",
    note=(
        "Levy: base = county's previous-year per-capita income from the statistical "
        "bulletin (art. 36), multiples in arts. 37-38, each spouse separately by own "
        "number of children. Procedure: arts. 40-44 (30 days to pay, 2 per mille a "
        "month late fee). Amendment dates come from the header of the LawRefBook "
        "file; later amendments (a decision of 2022-07-28 and one of 2025-01-18 are "
        "reported by third-party web copies) were not found as text, so the end of "
        "the 2016 text is unknown. Seed 003 (Boshan, 2015-07) quotes the 2014 text "
        "as art. 57 with the wording of the national law's art. 40; see the errata."
    ),
    versions=(
        V(
            "2002",
            adopted_on="2002-09-28",
            effective_from="2002-09-28",  # PLACEHOLDER: art. 53 says 自公布之日起施行; publication day not seen
            effective_until="2013-06-01",  # PLACEHOLDER: day before the 2013 amendment
            source=SOURCE_2016,
            note=(
                "Adoption date from the header of the LawRefBook 2016 file. Text NOT FOUND. "
                "Art. 53 (kept in 2016): 本条例自公布之日起施行; the publication day was not "
                "seen, so effective_from is assumed to be the adoption day."
            ),
        ),
        V(
            "2013",
            adopted_on="2013-06-02",
            effective_from="2013-06-02",  # PLACEHOLDER: in-force day of the 2013 decision not seen
            effective_until="2014-05-29",
            source=SOURCE_2016,
            note=(
                "First amendment (12th Standing Committee, 2nd session), date from the header "
                "of the LawRefBook 2016 file. Text and in-force day NOT FOUND; effective_from "
                "assumed to be the adoption day."
            ),
        ),
        V(
            "2014",
            adopted_on="2014-05-30",
            effective_from="2014-05-30",
            effective_until="2016-01-21",  # PLACEHOLDER: depends on the 2016 in-force day
            source="web:https://m.23xiu.com/shengyubaoxian/205457.html",
            note=(
                "Second amendment (12th Standing Committee, 8th session; single-child-parent "
                "two-child policy). 山东省人民代表大会常务委员会公告第48号 says the decision is "
                "in force on publication (自公布之日起施行); seen only in a third-party web copy "
                "whose year digits are garbled, dates cross-checked with the LawRefBook header. "
                "Text NOT FOUND in LawRefBook. Seed 003 (2015-07) cites this text."
            ),
        ),
        V(
            "2016",
            adopted_on="2016-01-22",
            effective_from="2016-01-22",  # PLACEHOLDER: in-force clause of the 2016 decision not seen
            effective_until=None,
            source=SOURCE_2016,
            note=(
                "Third amendment (12th Standing Committee, 18th session; universal two "
                "children). The decision's own commencement clause was not found; "
                "effective_from is assumed to be the adoption day (the 2014 decision was in "
                "force on publication). End unknown: later amendments are reported "
                "(2022-07-28, 13th Standing Committee 36th session; 2025-01-18) but their "
                "texts and dates were not verified, and the national levy ended in 2021."
            ),
        ),
    ),
    provisions=(
        P(
            versions=("2016",),
            article=20,
            quote="具有下列情形之一，经批准可以再生育子女：\n（一）夫妻生育两个子女，有子女经依法鉴定为病残儿，不能成长为正常劳动力，医学上认为可以再生育的；\n（二）夫妻曾患不孕不育症，依法收养两个子女后女方又怀孕的；\n（三）再婚夫妻一方已生育两个子女，另一方未生育或者生育一个子女，再婚后无共同生育子女的；\n（四）再婚夫妻一方已生育一个子女，另一方未生育，再婚后已共同生育一个子女的；\n（五）再婚夫妻各生育一个子女，再婚后已共同生育一个子女的；\n（六）省人民政府卫生和计划生育行政部门认定的其他情形。",
            summary="Re-birth with approval: six cases (sick/disabled child among two, adoption after infertility, four remarriage cases, others set by the province).",
            source=SOURCE_2016,
        ),
        P(
            versions=("2016",),
            article=36,
            quote="对不符合本条例规定生育子女的公民，由县（市、区）人民政府卫生和计划生育行政部门以所在地的县（市、区）人民政府上一年度统计公报公布的城镇居民年人均可支配收入或者农村居民年人均纯收入为基数，按照男女双方各自的子女数分别计征社会抚养费。",
            summary="Levy base: the county's previous-year urban per-capita disposable income or rural per-capita net income from its statistical bulletin; levied on each spouse separately by that spouse's own number of children.",
            source=SOURCE_2016,
        ),
        P(
            versions=("2016",),
            article=37,
            paragraph=1,
            quote="对符合本条例第二十条规定情形之一，妊娠前未申请办理生育证的，由乡镇人民政府或者街道办事处责令其妊娠后补办生育证；生育时仍未申请补办生育证的，由县（市、区）人民政府卫生和计划生育行政部门对夫妻双方分别处以五千元罚款。",
            summary="Eligible for re-birth but no permit before pregnancy: ordered to obtain one; still none at birth -> fine of 5,000 yuan on each spouse.",
            source=SOURCE_2016,
            note="This is a fine (处以五千元罚款) imposed by the county health and family-planning department, not a 社会抚养费 levy.",
        ),
        P(
            versions=("2016",),
            article=37,
            paragraph=2,
            quote="对不符合本条例第二十条规定，每多生育一个子女，依照第三十六条规定基数的三倍征收社会抚养费。",
            summary="Each child beyond art. 20: levy of 3 times the art. 36 base.",
            source=SOURCE_2016,
        ),
        P(
            versions=("2016",),
            article=38,
            paragraph=1,
            quote="对符合法定结婚条件未办理结婚登记而生育第一个子女的，应当自生育之日起六十日内补办结婚登记；逾期未补办的，依照第三十六条规定基数的五分之一征收社会抚养费。",
            summary="Eligible to marry, first child born without marriage registration: register within 60 days of the birth; otherwise levy of one fifth of the art. 36 base.",
            source=SOURCE_2016,
            note="The 60 days run from the day of birth (自生育之日起六十日内).",
        ),
        P(
            versions=("2016",),
            article=38,
            paragraph=2,
            quote="对不符合法定结婚条件而生育子女的，依照第三十六条规定基数征收社会抚养费。",
            summary="Child born by a couple not meeting the legal conditions for marriage: levy of 1 times the art. 36 base.",
            source=SOURCE_2016,
        ),
        P(
            versions=("2016",),
            article=38,
            paragraph=3,
            quote="有配偶者与他人生育子女或者明知他人有配偶而与之生育子女的，每生育一个子女，依照第三十六条规定基数的三倍征收社会抚养费。",
            summary="Married person having a child with someone else (or with a person known to be married): levy of 3 times the art. 36 base per child.",
            source=SOURCE_2016,
        ),
        P(
            versions=("2016",),
            article=39,
            quote="对不符合法律、法规规定生育子女的流动人口征收社会抚养费，依照国家有关规定执行。",
            summary="Levy on the floating population follows national rules.",
            source=SOURCE_2016,
        ),
        P(
            versions=("2016",),
            article=40,
            quote="社会抚养费的征收，由县（市、区）人民政府卫生和计划生育行政部门作出书面征收决定；县（市、区）人民政府卫生和计划生育行政部门可以委托乡镇人民政府或者街道办事处作出书面征收决定。",
            summary="The county health and family-planning department decides the levy in writing; it may entrust the township government or sub-district office.",
            source=SOURCE_2016,
        ),
        P(
            versions=("2016",),
            article=41,
            quote="县（市、区）人民政府卫生和计划生育行政部门决定对当事人征收社会抚养费，应当向男女双方当事人分别送达征收决定书。当事人收到征收决定书，应当在送达回证上记明收到日期并签名或者盖章。\n征收决定书必须盖有征收机关印章，并载明下列事项：\n（一）当事人的姓名、性别、年龄和地址；\n（二）违法生育的事实和证据；\n（三）对男女双方当事人分别征收社会抚养费的法律依据和征收数额；\n（四）缴纳社会抚养费的方式、地点和期限；\n（五）不服征收决定申请行政复议、提起行政诉讼的途径和期限；\n（六）作出征收决定的县（市、区）人民政府卫生和计划生育行政部门名称和征收决定日期。",
            summary="The decision is served on each spouse separately and must state the listed particulars (facts, legal basis, amount per spouse, payment method/place/term, review and litigation routes, deciding body and date).",
            source=SOURCE_2016,
        ),
        P(
            versions=("2016",),
            article=42,
            paragraph=1,
            quote="社会抚养费征收决定书自送达当事人之日起生效。当事人应当自收到征收决定书之日起三十日内一次性缴纳社会抚养费。",
            summary="The decision takes effect on service; pay in one sum within 30 days of receiving it.",
            source=SOURCE_2016,
        ),
        P(
            versions=("2016",),
            article=42,
            paragraph=2,
            quote="当事人实际收入水平过低，一次性缴纳社会抚养费确有实际困难的，应当自收到征收决定书之日起三十日内向作出征收决定的县（市、区）人民政府卫生和计划生育行政部门提出分期缴纳的书面申请，并提供有关证明材料。县（市、区）人民政府卫生和计划生育行政部门应当自收到当事人的申请之日起三十日内作出批准或者不批准分期缴纳的决定，并书面通知当事人。",
            summary="Instalments: written request within 30 days of receipt; the department decides within 30 days of receiving the request and notifies in writing.",
            source=SOURCE_2016,
        ),
        P(
            versions=("2016",),
            article=43,
            quote="当事人应当到县（市、区）级人民政府财政部门指定的金融机构缴纳社会抚养费。指定金融机构收到社会抚养费，应当向当事人出具由省人民政府财政部门统一印制的社会抚养费收据。",
            summary="Payment at the financial institution designated by the county finance department, against a provincial levy receipt.",
            source=SOURCE_2016,
        ),
        P(
            versions=("2016",),
            article=44,
            quote="当事人未在规定的期限内缴纳社会抚养费的，自欠缴之日起每月加收欠缴社会抚养费的千分之二的滞纳金；仍不缴纳的，由作出征收决定的卫生和计划生育行政部门依法申请人民法院强制执行。",
            summary="Late fee of 2 per mille a month of the unpaid levy from the day of default; then the deciding department applies to the court for enforcement.",
            source=SOURCE_2016,
        ),
        P(
            versions=("2016",),
            article=47,
            quote="违反本条例规定，有下列行为之一的，由卫生和计划生育行政部门依据职权责令改正，给予警告，没收违法所得；违法所得一万元以上的，处违法所得二倍以上六倍以下的罚款；没有违法所得或者违法所得不足一万元的，处一万元以上三万元以下的罚款；情节严重的，由原发证机关吊销执业证书；构成违反治安管理行为的，依法给予治安管理处罚；构成犯罪的，依法追究刑事责任：\n（一）非法为他人放置或者摘除宫内节育器，非法施行输精管、输卵管复通、终止妊娠等计划生育手术的；\n（二）未取得法定执业许可证的单位或者未取得法定执业资格的人员施行计划生育手术的；\n（三）利用超声技术或者其他技术手段为他人进行非医学需要的胎儿性别鉴定或者选择性别的人工终止妊娠的；\n（四）进行假医学鉴定的；\n（五）出具假生育证、假流动人口婚育证明、假独生子女父母光荣证等假计划生育证明的。",
            summary="Illegal family-planning surgery, unlicensed surgery, non-medical sex determination or sex-selective termination, false medical appraisal, false certificates: illegal income >= 10,000 -> 2-6 times; none or < 10,000 -> 10,000-30,000 yuan.",
            source=SOURCE_2016,
        ),
        P(
            versions=("2016",),
            article=48,
            paragraph=1,
            quote="伪造、变造、买卖计划生育证明的，由卫生和计划生育行政部门没收违法所得，违法所得五千元以上的，处违法所得二倍以上十倍以下的罚款；没有违法所得或者违法所得不足五千元的，处五千元以上二万元以下的罚款；构成犯罪的，依法追究刑事责任。",
            summary="Forging, altering or trading family-planning certificates: illegal income >= 5,000 -> 2-10 times; none or < 5,000 -> 5,000-20,000 yuan.",
            source=SOURCE_2016,
        ),
        P(
            versions=("2016",),
            article=48,
            paragraph=2,
            quote="以不正当手段取得计划生育证明的，由卫生和计划生育行政部门取消其计划生育证明；出具证明的单位有过错的，对直接负责的主管人员和其他直接责任人员依法给予处分。",
            summary="Certificates obtained by improper means are cancelled; the issuing unit's responsible staff are disciplined if at fault.",
            source=SOURCE_2016,
        ),
        P(
            versions=("2016",),
            article=50,
            quote="违反本条例规定，不履行协助计划生育管理义务的，由有关人民政府责令改正，并给予通报批评；对直接负责的主管人员和其他直接责任人员依法给予处分。",
            summary="Failure to fulfil the duty to assist family-planning management: ordered to correct, circulated criticism, sanctions on responsible staff.",
            source=SOURCE_2016,
            note="Counterpart of the article that seed 003 cites as 《山东省人口与计划生育条例》（2014年5月修订）第五十七条; see the module note.",
        ),
    ),
    figures=(
        # 第四十七条 (lead-in, one band for the five items): 违法所得一万元以上的，处违法所得二倍以上
        # 六倍以下的罚款；没有违法所得或者违法所得不足一万元的，处一万元以上三万元以下的罚款
        *_band_47("shandong-illegal-fp-surgery", 1),
        *_band_47("shandong-unlicensed-fp-surgery", 2),
        *_band_47("shandong-non-medical-sex-determination", 3),
        *_band_47("shandong-fake-medical-assessment", 4),
        *_band_47("shandong-fake-fp-certificates", 5),
        # 第三十七条第二款: 每多生育一个子女，依照第三十六条规定基数的三倍征收社会抚养费
        F(
            "levy.shandong.extra-child.multiple",
            "3",
            "multiple",
            "基数的三倍",
            versions=("2016",),
            article=37,
            paragraph=2,
        ),
        # 第三十八条第一款: 逾期未补办的，依照第三十六条规定基数的五分之一征收社会抚养费
        F(
            "levy.shandong.unmarried-eligible.fraction",
            "0.2",
            "rate",
            "基数的五分之一",
            versions=("2016",),
            article=38,
            paragraph=1,
        ),
        # 第三十八条第三款: 每生育一个子女，依照第三十六条规定基数的三倍征收社会抚养费
        F(
            "levy.shandong.other-partner.multiple",
            "3",
            "multiple",
            "基数的三倍",
            versions=("2016",),
            article=38,
            paragraph=3,
        ),
    ),
)
