"""《湖南省人口与计划生育条例》 (Hunan Population and Family Planning Regulation).

No text of any version is in LawRefBook/Laws (its 地方性法规 folder holds only
上海, 北京, 山东 and 河南). Arts. 15 and 37 of the 2016 text are quoted from
web copies of the statute (see each provision; docs/errata.md compares them
with seed 004's quotes). The other provisions are seed 004's quotes of the
2016 text, copied verbatim with the seed's extraction artefacts (see each
note); no statute copy of them was found. Articles NOT FOUND: art. 44
(强行生育), the collection-procedure / late-fee article if any, and every
article of the pre-2016 texts (incl. the old levy article 42); the end of art.
37's 总收入 paragraph (each web copy read stops inside it). See
docs/_notes/provincial.md.
"""

from familyplan.statutes._spec import F, P, S, V, fine_band_figures

SEED = "seed:004_1091362718d1755b.txt"
# 2016 decision, item 二 (the new art. 15), on a county government site, and a second copy
DECISION_2016 = "web:www.mayang.gov.cn/bsfw/zdbsfw/syfwzbl/xgzc2/content_39153"
ART15_COPY = "web:13l.net/index.php/l/1180089872237558499.html"
# art. 37: two third-party copies; (a) has item (一), (b) starts at item (二)
ART37_A = "web:www.64365.com/ask/14947244.aspx"
ART37_B = "web:m.110ask.com/wenda/8257159478299632051.html"

# 第三十七条 as the two copies read it (they agree where both reach; brackets and
# semicolons from copy (b), which keeps them; item (一) from copy (a) alone)
_37_LEAD = (
    "违法生育子女的，由县级人民政府人口和计划生育行政部门或者受其委托的乡（镇）人民政府、"
    "街道办事处按下列规定对生育者征收社会抚养费："
)
_37_ITEM1 = (
    "（一）符合再生育一个子女的条件未取得生育证生育的，按照上年度总收入的百分之三十征收。"
    "征收社会抚养费后补办生育证。"
)
_37_ITEM2 = (
    "（二）违法多生育一个子女的，按照上年度总收入的二至六倍征收，其中经责令限期终止妊娠未及时"
    "终止妊娠的，应当从重征收；重婚或者与配偶之外的人生育一个子女的，按照六至八倍征收；每再多"
    "生育一个子女的，依次增加三倍征收。"
)
_37_P2 = (
    "符合结婚条件但未办理结婚登记怀孕第一个子女的，应当在子女出生前补办结婚登记。非婚生育和"
    "非法收养子女的，依子女数量按本条前款第（二）项规定标准征收社会抚养费。"
)
_37_P3 = (
    "本条所称总收入，按违法生育者或者违法收养者的双方实际收入计算。县级人民政府计划生育行政部门"
    "调查违法生育者或者违法收养者实际收入需要税务、公安、统计、劳动保障、房产、价格等有关部门"
    "协助的，有关部门应当予以协助。农村居民的实际收入低于本县（市、区）上年度农村居民人均可支配"
    "收入，城市居民的实际收入低于本县（市、区）上年度城镇居民人均可支配收入的，农村居民以本县"
    "（市、区）上年度农村居民人均可支配收入……"
)
_37_NOTE = (
    f"Text of two third-party web copies ({ART37_A}; {ART37_B}), which agree word for word "
    "where both "
    "reach; item (一) is in copy (a) only. Neither shows paragraph breaks: the division "
    "(¶1 lead-in and items, ¶2 from 符合结婚条件, ¶3 from 本条所称总收入) follows "
    "'本条前款第（二）项' and the change of subject, and is not seen in a copy. The "
    "total-income paragraph is cut in both copies after '农村居民以本县（市、区）上年度农村"
    "居民人均可支配收入' (……): its end was NOT READ. Seed 004's quote differs (县级以上, "
    "未取得生育证的, 以后, 重婚或与, 六倍至八倍, 每多生育, extraction artefacts) and omits "
    "¶3: docs/errata.md."
)

STATUTE = S(
    id="hunan-pfp-regulation",
    title="湖南省人口与计划生育条例",
    issuer="湖南省人民代表大会常务委员会",
    level="local-regulation",
    jurisdiction="430000",
    note=(
        "Amendment history (header of a third-party web copy of the whole regulation, "
        "m.1-jiu.com/shebao/shengyu/542240.html, traditional characters; lu100.cc has the "
        "same header without the years of the last two): adopted 2002-11-29 (9th Standing "
        "Committee, 32nd session; in force 2003-01-01 per a 2007 Xinhua report); amended "
        "2007-09-29, 2010-07-29, 2012-03-31, 2015-01-23 (fourth amendment, 12th Standing "
        "Committee, 14th session: 根據2015年1月23日…第四次修正; the 单独二孩 amendment) and "
        "2016-03-30 (fifth amendment, 12th Standing Committee, 21st session). Superseded by "
        "the text adopted 2021-12-03 (called a new regulation in LEGAL_FACTS, a 修正 by some "
        "third parties). Only the 2016 text is encoded: arts. 15 and 37 from web copies of "
        "the statute, the others as quoted by seed 004. Seed 004 also quotes 省政府令第194号 "
        "art. 23, which refers to '《湖南省人口与计划生育条例》第四十四条' for 强行生育: that "
        "decree dates from 2004, so the reference is to the pre-2016 numbering."
    ),
    versions=(
        V(
            "2016",
            adopted_on="2016-03-30",
            effective_from="2016-03-30",  # PLACEHOLDER: in-force clause of the 2016 decision not seen
            effective_until="2021-12-02",  # PLACEHOLDER: assumes the 2021 text applied from 2021-12-03
            source=DECISION_2016,
            note=(
                "Fifth amendment: 湖南省人民代表大会常务委员会关于修改《湖南省人口与计划生育条例》"
                "的决定 (2016年3月30日湖南省第十二届人民代表大会常务委员会第二十一次会议通过), "
                "text on " + DECISION_2016 + " (the page drops 年/月: '2016330日'). Its "
                "commencement clause is at the end of the page, beyond what could be read: NOT "
                "FOUND; effective_from assumes force on adoption/publication. Seed 004 (filled in "
                "2015-12 and 2016-11) labels its quotes （2016年修订）. The text was replaced by "
                "the regulation adopted 2021-12-03; a company notice in a public repository says "
                "the new leave rules applied from its publication on 2021-12-03, so "
                "effective_until is set to the day before (not verified against the decision)."
            ),
        ),
    ),
    provisions=(
        P(
            versions=("2016",),
            article=15,
            quote=(
                "符合下列条件之一的夫妻，可以再生育一个子女：（一）经设区的市、自治州或者省计划生育"
                "行政部门确定的病残儿医学鉴定组织鉴定，两个子女中一个有残疾或者第一胎系多胞胎均有残疾，"
                "不能成长为正常劳动力，医学上认为可以再生育的；（二）再婚（不含复婚，下同）夫妻再婚前"
                "生育的子女数量合计为两个的；（三）再婚夫妻再婚前一方无子女，另一方有一个子女，再婚后"
                "生育一个子女的。\n前款所称子女，是指存活的亲生子女。收养的子女、以前婚姻形成的有抚养"
                "关系的继子女不计算子女数。"
            ),
            summary="Re-birth conditions: disabled child among two (or all multiples of a first birth), remarried couples with two children before, or one child on one side and one after remarriage; 'children' are living natural children.",
            source=DECISION_2016,
            note=(
                "Text of the 2016 amending decision, item 二 (将第十五条修改为…), on "
                + DECISION_2016
                + " and, identical, "
                + ART15_COPY
                + " (half-width punctuation on both pages, normalised here). Both paragraphs "
                "(lead-in and items; ¶2 on what counts as a child). Seed 004 (再生育审批) quotes "
                "only the three items and reads 不能成为正常劳动力 for 不能成长为正常劳动力: "
                "docs/errata.md."
            ),
        ),
        P(
            versions=("2016",),
            article=22,
            quote="在国家提倡一对夫妻生育一个子女期间，夫妻自愿终身只生育一个子女的，发给《独生子女父母光荣证》，继续享受下列优待：\n\n   （一）从领证之月起到子女十四周岁止，每月发给五至二十元的独生子女保健费。夫妻双方均有单位的，由双方工作单位各负担一半；一方有工作单位，另一方没有工作单位的，由有工作单位一方的工作单位支付，夫妻双方均无工作单位的由户籍所在地乡（镇）人民政府或者街道办事处支付，所需费用由各级计划生育经费分担。（二）农村集体经济组织分配集体经济收益、征地补偿费时，对独生子女家庭增加一人份额；在划分宅基地、扶持生产、介绍就业等方面，对独生子女家庭给予照顾。（三）有关部门和单位根据实际情况，对独生子女入托、入园、就学、就医、就业以及就业培新等方面给予优待。（四）各级人民政府和独生子女父母所在单位或者村（居）民委员会规定的其他奖励和优待。",
            summary="Only-child parents' certificate: health allowance of 5-20 yuan a month from the month of the certificate until the child is 14, split between the parents' employers; other preferences.",
            source=SEED,
            note=(
                "Seed 004 (独生子女保健费). '就业培新' is as in the seed (presumably 就业培训). "
                "The seed does not say whether the 5-20 yuan is per parent or per family; the "
                "split ('各负担一半') suggests one sum per family. Seed 004's 2016 calendar "
                "pays it only to holders of certificates issued on or before 2015-12-31."
            ),
        ),
        P(
            versions=("2016",),
            article=23,
            quote="获得《独生子女父母光荣证》的夫妻，以及国家提倡一对夫妻生育一个子女期间农村生育两个女孩的夫妻，达到规定的年龄时，按照规定享受相关奖励待遇。",
            summary="Holders of the only-child parents' certificate, and rural parents of two girls from the one-child period, receive the prescribed rewards on reaching the prescribed age.",
            source=SEED,
            note="Seed 004 (城镇独生子女父母奖励), labelled （2016年修订）.",
        ),
        P(
            versions=("2016",),
            article=27,
            quote="城镇居民中的独生子女父母，以及符合国家和省规定条件的农村居民中的独生子女父母或者生育两个女孩的父母，达到国家和省人民政府规定的年龄时，由人民政府发给奖励金。……对独生子女死亡、伤残的家庭和计划生育特困家庭，由人民政府按照有关规定发给救助金。",
            summary="Reward money for urban only-child parents and eligible rural only-child or two-girl parents at the prescribed age; assistance for families whose only child died or is disabled and for family-planning hardship families.",
            source=SEED,
            note=(
                "Seed 004 quotes this article twice, differently: under 农村部分计划生育家庭奖励"
                "扶助金 with the first sentence as above, and under 计划生育家庭特别扶助金 as "
                "'城镇居民中的独生子女父母，达到国家和省人民政府规定的年龄时，由人民政府发给奖励金。"
                "对独生子女死亡、伤残的家庭和计划生育特困家庭，由人民政府按照有关规定发给救助金。'. "
                "The two pieces are joined with …… because their order and adjacency in the "
                "statute are not confirmed. Neither quote is labelled （2016年修订）; the "
                "article number is assumed to be the 2016 one. No amounts: they are set by "
                "national and provincial rules outside this regulation."
            ),
        ),
        P(
            versions=("2016",),
            article=37,
            quote=_37_LEAD + _37_ITEM1 + _37_ITEM2 + "\n" + _37_P2 + "\n" + _37_P3,
            summary="Levy on illegal births: eligible but no permit -> 30% of previous-year total income; one extra child -> 2-6x (heavier if a termination order was ignored); bigamy or child with a non-spouse -> 6-8x; each further child +3x; non-marital births and illegal adoption by number of children under item 2; total income = both parties' actual income, floored at the county's per-capita figures.",
            source=ART37_A,
            note="The whole article (¶3 cut, see below). " + _37_NOTE,
        ),
        P(
            versions=("2016",),
            article=37,
            paragraph=1,
            quote=_37_LEAD + _37_ITEM1 + _37_ITEM2,
            summary="Levy: eligible but no permit -> 30% of previous-year total income; one extra child -> 2-6x (heavier if a termination order was ignored); bigamy or child with a non-spouse -> 6-8x; each further child +3x.",
            source=ART37_A,
            note=_37_NOTE,
        ),
        P(
            versions=("2016",),
            article=37,
            paragraph=2,
            quote=_37_P2,
            summary="Register the marriage before the birth; non-marital births and illegal adoption levied by number of children under para. 1 item 2.",
            source=ART37_A,
            note=_37_NOTE,
        ),
        P(
            versions=("2016",),
            article=37,
            paragraph=3,
            quote=_37_P3,
            summary="Total income: both parties' actual income; below the county's previous-year rural or urban per-capita disposable income it is raised to that figure (end of the paragraph NOT READ).",
            source=ART37_A,
            note=(
                "The copies stop here; the rest of the sentence (what urban residents' income is "
                "taken as) was NOT READ. Read so far: actual income below the county's figure for "
                "the party's residence; rural residents take the rural per-capita disposable "
                "income. " + _37_NOTE
            ),
        ),
        P(
            versions=("2016",),
            article=42,
            quote="伪造、变造、买卖生育证、计划生育手术证明、病残儿鉴定证明等计划生育证明的，由县级以上人民政府人口和计划生育行政部门没收证件和违法所得，违法所得五千元以上的，处违法所得二倍以上十倍以下罚款；没有违法所得或者违法所得不足五千元的，处五千元以上二万元以下罚款。",
            summary="Forging, altering or trading family-planning certificates: confiscation; illegal income >= 5,000 -> 2-10 times; none or < 5,000 -> 5,000-20,000 yuan.",
            source=SEED,
            note="Seed 004, labelled （2016年修订）.",
        ),
        P(
            versions=("2016",),
            article=43,
            quote="违反本条规定，假冒他人或者组织他人冒名顶替参加孕情检查、病残儿鉴定、计划生育手术及手术并发症鉴定，骗取计划生育证明的，由县级以上人民政府人口和计划生育行政部门取消其计划生育证明。",
            summary="Impersonation at pregnancy checks, disabled-child appraisals or surgery to obtain certificates: the certificates are cancelled (no fine).",
            source=SEED,
            note=(
                "Seed 004, labelled （2016年修订）. '违反本条规定' is as in the seed "
                "(presumably 违反本条例规定)."
            ),
        ),
    ),
    figures=(
        F(
            "additional-birth.hunan.children-one-disabled",
            2,
            "count",
            "两个子女中",
            versions=("2016",),
            article=15,
            item=1,
        ),
        F(
            "health-allowance.hunan.child-age",
            14,
            "age",
            "到子女十四周岁止",
            versions=("2016",),
            article=22,
        ),
        F(
            "health-allowance.hunan.rate-per-month",
            ("5", "20"),
            "yuan-per-month",
            "每月发给五至二十元",
            versions=("2016",),
            article=22,
            note="A range: the local rate inside it is the caller's (LocalRates(monthly_rate=...)).",
        ),
        F(
            "additional-birth.hunan.children-before-remarriage",
            2,
            "count",
            "再婚前生育的子女数量合计为两个的",
            versions=("2016",),
            article=15,
            item=2,
        ),
        F(
            "additional-birth.hunan.one-side-children",
            1,
            "count",
            "有一个子女",
            versions=("2016",),
            article=15,
            item=3,
        ),
        F(
            "additional-birth.hunan.children-after-remarriage",
            1,
            "count",
            "再婚后生育一个子女的",
            versions=("2016",),
            article=15,
            item=3,
        ),
        # 第四十二条: 违法所得五千元以上的，处违法所得二倍以上十倍以下罚款；没有违法所得或者违法
        # 所得不足五千元的，处五千元以上二万元以下罚款
        *fine_band_figures(
            "hunan-forging-fp-certificates",
            versions=("2016",),
            article=42,
            threshold=("5000", "违法所得五千元以上"),
            multiple=(("2", "10"), "二倍以上十倍以下"),
            fixed=(("5000", "20000"), "五千元以上二万元以下"),
        ),
        # 第三十七条第一款第（一）项: 符合再生育一个子女的条件未取得生育证生育的，按照上年度总收入的
        # 百分之三十征收
        F(
            "levy.hunan.no-permit.rate",
            "0.3",
            "rate",
            "百分之三十",
            versions=("2016",),
            article=37,
            paragraph=1,
            item=1,
        ),
        # 第（二）项: 违法多生育一个子女的，按照上年度总收入的二至六倍征收
        F(
            "levy.hunan.extra-child.multiple",
            ("2", "6"),
            "multiple",
            "二至六倍",
            versions=("2016",),
            article=37,
            paragraph=1,
            item=2,
        ),
        # 第（二）项: 重婚或者与配偶之外的人生育一个子女的，按照六至八倍征收
        F(
            "levy.hunan.other-partner.multiple",
            ("6", "8"),
            "multiple",
            "六至八倍",
            versions=("2016",),
            article=37,
            paragraph=1,
            item=2,
        ),
        # 第（二）项: 每再多生育一个子女的，依次增加三倍征收
        F(
            "levy.hunan.further-child.multiple",
            "3",
            "multiple",
            "依次增加三倍",
            versions=("2016",),
            article=37,
            paragraph=1,
            item=2,
        ),
    ),
)
