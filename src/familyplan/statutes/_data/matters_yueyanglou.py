"""The power catalogue (权力清单) of 岳阳楼区卫计局 (Yueyanglou district, 430602), seed 004.

One ``M(...)`` per administrative matter (事项), in the order of the seed. Names,
kinds and offices are verbatim; ``basis`` lists the (statute, article) pairs the
法定依据 cites, with the article numbers the seed gives, even where the seed is
wrong (the error is then in ``note``). Documents the seed cites without an
article number (岳政发〔2014〕2号, 湘政发〔2014〕27号) are named in ``note``, not in
``basis``: no article number is invented for them. See docs/_notes/matters.md.
"""

from familyplan.statutes._spec import M

SEED = "seed:004_1091362718d1755b.txt"
YUEYANGLOU = "430602"

MATTERS = (
    M(
        id="late-term-termination-approval",
        jurisdiction=YUEYANGLOU,
        name="非医学需要的中期以上终止妊娠审批",
        kind="行政许可",
        office="法规股、乡（街）计生办",
        basis=(("hunan-decree-194", 12), ("hunan-decree-194", 11)),
        source=SEED,
        statutory_limit_working_days=20,
        promised_limit_working_days=20,
        listed_on="2016-11-01",
        note=(
            "Basis as cited: decree 194 art. 12 item (二) and art. 11 item (四) (离婚、丧偶等要求终止"
            "妊娠的), in that order. 受理条件: 中期以上妊娠育龄妇女. 申报材料: 身份信息、产前诊断证明. "
            "办事对象: 全区中期以上妊娠育龄妇女. 收费: 免费. The flowchart lists four routes "
            "(not meeting the legal conditions; serious illness; divorce or widowhood; fetal "
            "defect), encoded as yueyanglou-list provisions."
        ),
    ),
    M(
        id="technical-service-licence",
        jurisdiction=YUEYANGLOU,
        name="计划生育技术服务机构及服务人员执业证书核发",
        kind="行政许可",
        office="科技股",
        basis=(("tech-service-regs", 21),),
        source=SEED,
        statutory_limit_working_days=20,
        promised_limit_working_days=20,
        listed_on="2016-11-01",
        note=(
            "Citation errors: the seed labels 《计划生育技术服务管理条例实施细则》 as "
            "（国务院令第309号）; 309 is the State Council decree that published the 条例 "
            "(tech-service-regs); the 细则 is 国家计生委令第6号, as the seed itself says for "
            "arts. 48, 50 and 52. The quoted text is word for word art. 21 of the 条例 (2004 "
            "text), so the basis is tech-service-regs art. 21. That article concerns approval of institutions by the "
            "设区的市级以上 department, while the materials listed are those for staff "
            "certificates (合格证). Also cited, without an article number and with its "
            "parenthesis unclosed: 《岳阳市人民政府关于公布取消、下放、调整、合并的行政审批项目和"
            "保留的行政许可项目目录的决定》（岳政发〔2014〕2号 (id yueyang-approval-list-2014; "
            "not in basis because no article is cited; not encoded). 受理条件: blank. 申报材料: "
            "1. 计划生育技术服务人员合格证申请表; 2. 县级以上计划生育行政部门组织的人口政策与计划"
            "生育技术基础知识考试和操作技能考核合格的证明; 3. 学历，专业技术职称证明材料. 收费: 免费."
        ),
    ),
    M(
        id="rebirth-approval",
        jurisdiction=YUEYANGLOU,
        name="再生育审批",
        kind="行政许可",
        office="法规股",
        basis=(("npfp-law", 18), ("hunan-pfp-regulation", 15)),
        source=SEED,
        statutory_limit_working_days=25,
        promised_limit_working_days=25,
        listed_on="2015-12-01",
        note=(
            "The only entry dated 2015年12月. Its npfp-law art. 18 quote "
            "(符合法律、法规规定条件的，可以要求安排生育第二个子女) is the 2001 wording; the 2015 "
            "amendment (in force 2016-01-01) reads 可以要求安排再生育子女. Yet the same entry "
            "quotes 湖南省人口与计划生育条例 art. 15 labelled （2016年修订）, a text adopted "
            "2016-03-30, after the entry's date: the entry mixes versions. The art. 15 quote "
            "gives items (一)-(三) without the lead-in. The flowchart calls the regulation "
            "《湖南省计划生育条例》 (sic). 实施机关 printed 区楼区卫计局 (sic). 受理条件: "
            "全区符合再生育条件的育龄妇女. 申报材料: 结婚证; 户口本、夫妻双方居民身份证、2寸免冠近照"
            "2张; 符合再生育条件的证明材料. 收费: 免费."
        ),
    ),
    M(
        id="fine-illegal-surgery-sex-selection",
        jurisdiction=YUEYANGLOU,
        name=(
            "非法为他人施行计划生育手术、利用超声技术和其他技术手段为他人进行非医学需要的胎儿性别"
            "鉴定或者选择性别的人工终止妊娠、实施假节育手术、进行假医学鉴定、出具假计划生育证明的"
            "处罚"
        ),
        kind="行政处罚",
        office="法规股",
        basis=(("npfp-law", 36),),
        source=SEED,
        listed_on="2016-11-01",
        note=(
            "Seed names the law 《中华人民共和国人口和计划生育法》 (和 for 与) and prefixes the "
            "article with a stray '（一）'. Its item (二) reads 非医学需要的性别鉴定, without the "
            "胎儿 that the matter name (and the 2021 art. 40 text) has: probably a dropped word, "
            "to check against the 2001/2015 text. Bands: illegal income ≥10,000 → 2–6×; none "
            "or <10,000 → 10,000–30,000. No time limit given."
        ),
    ),
    M(
        id="fine-forging-fp-certificates",
        jurisdiction=YUEYANGLOU,
        name="伪造、变造、买卖计划生育证明的处罚",
        kind="行政处罚",
        office="法规股",
        basis=(("npfp-law", 37),),
        source=SEED,
        listed_on="2016-11-01",
        note=(
            "Seed names the law 《中华人民共和国人口和计划生育法》 (和 for 与). Bands: illegal "
            "income ≥5,000 → 2–10×; none or <5,000 → 5,000–20,000. The article has no "
            "counterpart in the 2021 text."
        ),
    ),
    M(
        id="fine-unlicensed-technical-services",
        jurisdiction=YUEYANGLOU,
        name="擅自从事计划生育技术服务项目的处罚",
        kind="行政处罚",
        office="法规股",
        basis=(("tech-service-regs", 34),),
        source=SEED,
        listed_on="2016-11-01",
        note=(
            "Seed labels the 条例 （国务院令第309号公布） but cites the 2004 numbering (art. 34; "
            "art. 31 in the 2001 text that decree 309 published). Its quote has artefacts: "
            "违法本条例 (for 违反), 违法所得5000以上 (元 missing), and 5000元以上行政处罚20000元"
            "以下 (a stray 行政处罚). Bands per LEGAL_FACTS: ≥5,000 → 2–5×; otherwise "
            "5,000–20,000."
        ),
    ),
    M(
        id="fine-unapproved-prenatal-diagnosis-art",
        jurisdiction=YUEYANGLOU,
        name="擅自从事产前诊断和使用辅助生育技术治疗不育症的处罚",
        kind="行政处罚",
        office="法规股",
        basis=(("tech-service-regs", 35),),
        source=SEED,
        listed_on="2016-11-01",
        note=(
            "Seed labels the 条例 （国务院令第309号公布） but cites the 2004 numbering (art. 35; "
            "art. 32 in 2001). Bands: ≥5,000 → 2–5×; otherwise 5,000–20,000."
        ),
    ),
    M(
        id="fine-charging-rural-couples",
        jurisdiction=YUEYANGLOU,
        name="向农村实行计划生育的育龄夫妻提供避孕、节育技术服务，收取费用的处罚",
        kind="行政处罚",
        office="法规股",
        basis=(("tech-service-regs", 38),),
        source=SEED,
        listed_on="2016-11-01",
        note=(
            "Seed labels the 条例 （国务院令第309号公布） but cites the 2004 numbering (art. 38; "
            "art. 35 in 2001). The quoted article refers to 本条例第三条第三款 (free services "
            "for rural couples), which the seed does not cite. Fine: 2–5× the fees charged."
        ),
    ),
    M(
        id="fine-unqualified-staff",
        jurisdiction=YUEYANGLOU,
        name="擅自使用没有依法取得《合格证》的人员从事计划生育技术服务的处罚",
        kind="行政处罚",
        office="法规股",
        basis=(("tech-service-rules", 48),),
        source=SEED,
        listed_on="2016-11-01",
        note=(
            "细则 （国家计生委令第6号）. The seed's quote runs ¶1 (未取得执业许可 … 按照条例第三十一"
            "条的规定处罚: the 2001 numbering of 条例 art. 34 of 2004) into ¶2, which carries "
            "this matter's rule: ≥1,000 → 1–3×; otherwise 1,000–3,000."
        ),
    ),
    M(
        id="fine-staff-exceeding-approved-services",
        jurisdiction=YUEYANGLOU,
        name="擅自增加计划生育技术服务项目或在执业的机构外从事计划生育技术服务的处罚",
        kind="行政处罚",
        office="法规股",
        basis=(("tech-service-rules", 52),),
        source=SEED,
        listed_on="2016-11-01",
        note=(
            "细则 （国家计生委令第6号公布）. The quote reads 或者职业的机构外 where the matter name "
            "has 在执业的机构外 (probably 职业 for 执业), and 没收非法所得 where the next clause "
            "says 违法所得: neither checked against a statute text. Bands: ≥1,000 → 1–3×; "
            "otherwise 1,000–3,000."
        ),
    ),
    M(
        id="fine-impersonation-forged-certificates",
        jurisdiction=YUEYANGLOU,
        name=(
            "假冒他人或者组织他人冒名顶替参加孕情检查、病残儿鉴定、计划生育手术及手术并发症鉴定、"
            "伪造计划生育证明的处罚"
        ),
        kind="行政处罚",
        office="法规股",
        basis=(("hunan-pfp-regulation", 42), ("hunan-pfp-regulation", 43)),
        source=SEED,
        listed_on="2016-11-01",
        note=(
            "Both articles labelled （2016年修订）. Art. 42 (forging, altering, trading "
            "certificates): ≥5,000 → 2–10×; otherwise 5,000–20,000. Art. 43 (impersonation): "
            "the certificate obtained is cancelled, no fine; its quote opens 违反本条规定 "
            "(sic, presumably 本条例)."
        ),
    ),
    M(
        id="fine-organising-sex-selection",
        jurisdiction=YUEYANGLOU,
        name="组织、介绍妊娠14周以上妇女进行非医学需要的胎儿性别鉴定或者选择性别的人工终止妊娠的处罚",
        kind="行政处罚",
        office="法规股",
        basis=(("hunan-decree-194", 20),),
        source=SEED,
        listed_on="2016-11-01",
        note=(
            "Fine per person-time organised or introduced: 5,000 yuan with illegal income "
            "(which is also confiscated), 2,000 yuan without."
        ),
    ),
    M(
        id="fine-unauthorised-late-termination",
        jurisdiction=YUEYANGLOU,
        name="符合法定条件妊娠14周以上的妇女进行非医学需要的胎儿性别鉴定或者选择性别的人工终止妊娠的处罚",
        kind="行政处罚",
        office="法规股",
        basis=(("hunan-decree-194", 23),),
        source=SEED,
        listed_on="2016-11-01",
        note=(
            "The matter name speaks of sex determination or sex-selective termination, but "
            "the cited art. 23 punishes a woman with a lawful pregnancy of 14 weeks or more "
            "who 擅自施行人工终止妊娠 or reports a newborn's death without lawful proof: "
            "1,000–3,000 yuan. Art. 23 refers to 《湖南省人口与计划生育条例》第四十四条, which "
            "the seed does not cite (pre-2016 numbering, see hunan-pfp-regulation notes)."
        ),
    ),
    M(
        id="fine-trading-service-licence",
        jurisdiction=YUEYANGLOU,
        name="买卖、出借、出租或者涂改、伪造计划生育技术服务执业许可证明文件的处罚",
        kind="行政处罚",
        office="法规股",
        basis=(("tech-service-regs", 37),),
        source=SEED,
        listed_on="2016-11-01",
        note=(
            "Seed labels the 条例 （国务院令第309号公布） but cites the 2004 numbering (art. 37; "
            "art. 34 in 2001). Bands: ≥3,000 → 2–5×; otherwise 3,000–5,000."
        ),
    ),
    M(
        id="fine-false-certificates",
        jurisdiction=YUEYANGLOU,
        name="出具假计划生育证明的处罚",
        kind="行政处罚",
        office="法规股",
        basis=(("tech-service-regs", 41),),
        source=SEED,
        listed_on="2016-11-01",
        note=(
            "2004 numbering (art. 41; art. 38 in 2001); no decree number given. The cited "
            "article covers institutions issuing false certificates; the same conduct by "
            "others falls under npfp-law art. 36 item (三) (matter "
            "fine-illegal-surgery-sex-selection). Bands: ≥5,000 → 2–5×; otherwise "
            "5,000–20,000."
        ),
    ),
    M(
        id="fine-licence-not-reverified",
        jurisdiction=YUEYANGLOU,
        name="逾期不效验计划生育技术服务执业许可证明文件的处罚",
        kind="行政处罚",
        office="法规股",
        basis=(("tech-service-regs", 36),),
        source=SEED,
        listed_on="2016-11-01",
        note=(
            "2004 numbering (art. 36; art. 33 in 2001). The name and quote write 效验 "
            "(probably for 校验; not checked against the statute text). No fine: order to "
            "complete re-verification, then revocation on refusal."
        ),
    ),
    M(
        id="fine-trading-staff-certificate",
        jurisdiction=YUEYANGLOU,
        name="买卖、出借、出租或涂改、伪造计划生育技术服务人员合格证明文件的处罚",
        kind="行政处罚",
        office="法规股",
        basis=(("tech-service-rules", 50),),
        source=SEED,
        listed_on="2016-11-01",
        note=(
            "细则 （国家计生委令第6号）. LEGAL_FACTS places the rule in art. 50 ¶2; the seed "
            "quotes it without a paragraph. Bands: ≥1,000 → 2–5×; otherwise 1,000–3,000."
        ),
    ),
    M(
        id="fine-unapproved-expansion-of-services",
        jurisdiction=YUEYANGLOU,
        name="从事计划生育技术服务的机构擅自扩大计划生育技术服务项目的处罚",
        kind="行政处罚",
        office="法规股",
        basis=(("tech-service-regs", 39),),
        source=SEED,
        listed_on="2016-11-01",
        note=(
            "2004 numbering (art. 39; art. 36 in 2001); no decree number given. Bands: "
            "≥5,000 → 2–5×; otherwise 5,000–20,000."
        ),
    ),
    M(
        id="levy",
        jurisdiction=YUEYANGLOU,
        name="社会抚养费征收",
        kind="行政征收",
        office="社征局",
        basis=(("npfp-law", 41), ("levy-measures", 3), ("hunan-pfp-regulation", 37)),
        source=SEED,
        listed_on="2016-11-01",
        note=(
            "npfp-law art. 41 ¶1 and levy-measures art. 3 ¶1 quoted. The quote of Hunan art. "
            "37 (2016年修订) has extraction artefacts: 符合再生育一个在你的条件 and 怀孕第一个在你"
            "的 stand for 子女的 (seeds README); 在子女出示前 is presumably 出生前. Multiples: "
            "eligible without permit 30% of 上年度总收入; one extra child 2–6×; bigamy or a "
            "child with someone other than the spouse 6–8×; each further child +3×. "
            "办事对象: 全区违法生育对象."
        ),
    ),
    M(
        id="levy-late-fee",
        jurisdiction=YUEYANGLOU,
        name="未按规定缴纳社会抚养费的加收滞纳金",
        kind="行政强制",
        office="社征局",
        basis=(("npfp-law", 41), ("levy-measures", 8)),
        source=SEED,
        listed_on="2016-11-01",
        note=(
            "npfp-law art. 41 ¶2 and levy-measures （国务院令第357号） art. 8 (千分之二 a month "
            "from the day of default) quoted. Errors: the flowchart's title reads "
            "未按规定缴纳社会抚养费的家属滞纳金 (家属 for 加收), and the flowchart says the fee "
            "runs 自征收决定书下达之日起，每日加收 千分之二, per day from the decision, whereas the "
            "measures it quotes say per month from default (statute wins)."
        ),
    ),
    M(
        id="special-assistance",
        jurisdiction=YUEYANGLOU,
        name="计划生育家庭特别扶助金",
        kind="行政给付",
        office="奖扶办",
        basis=(("npfp-law", 29), ("hunan-pfp-regulation", 27)),
        source=SEED,
        listed_on="2016-11-01",
        note=(
            "npfp-law art. 29 (provinces may set implementing measures for the rewards) and "
            "Hunan art. 27 (no 2016 label; quoted differently from the rural-reward entry). "
            "Neither sets an amount. 受理条件: 符合特扶条件. 申报材料: 户口本、身份证、独身子女证 "
            "(sic, for 独生子女证)、残疾证或死亡证明. The flowchart, titled 计划生育特殊困难家庭"
            "扶助办理流程, gives the conditions (born on or after 1933-01-01; woman 49 by 31 "
            "December; one child; none living or the only child disabled grade 3+) and the "
            "yearly calendar (yueyanglou-list provisions)."
        ),
    ),
    M(
        id="only-child-health-allowance",
        jurisdiction=YUEYANGLOU,
        name="独生子女保健费",
        kind="行政给付",
        office="奖扶办",
        basis=(("hunan-pfp-regulation", 22),),
        source=SEED,
        listed_on="2016-11-01",
        note=(
            "Hunan art. 22 (2016年修订): 5–20 yuan a month from the month of the certificate "
            "until the child is 14. Quote typo: 就业培新 (for 培训). LEGAL_FACTS: the article "
            "number is confirmed only by this seed. 受理条件: 14周岁以下独生子女父母. 申报材料: "
            "户口本、身份证、独生子女证. Flowchart conditions: both spouses without an employer; "
            "certificate issued before 2016-01-01."
        ),
    ),
    M(
        id="rural-reward",
        jurisdiction=YUEYANGLOU,
        name="农村部分计划生育家庭奖励扶助金",
        kind="行政给付",
        office="奖扶办",
        basis=(("npfp-law", 29), ("hunan-pfp-regulation", 27)),
        source=SEED,
        listed_on="2016-11-01",
        note=(
            "Neither cited article sets an amount; the national programme documents "
            "(rural-reward-2004, rural-reward-2011) are not cited. 受理条件 truncated: "
            "符合农村部分计划生育. 申报材料: 户口本、身份证、 (truncated). Flowchart conditions: "
            "rural registration; no birth against the rules since 1973; one child or two "
            "girls; born on or after 1933-01-01 and 60 by 31 December."
        ),
    ),
    M(
        id="urban-parents-reward",
        jurisdiction=YUEYANGLOU,
        name="城镇独生子女父母奖励",
        kind="行政给付",
        office="奖扶办",
        basis=(("hunan-pfp-regulation", 23),),
        source=SEED,
        listed_on="2016-11-01",
        note=(
            "Also cited as a whole, without an article number: 湖南省人民政府关于印发《湖南省完善"
            "城镇独生子女父母奖励办法若干规定》的通知（湘政发[2014]27号） (id "
            "hunan-urban-reward-2014, whose article numbers are assigned by the registry: "
            "not put in basis). 受理条件: 符合城镇独生子女父母奖励. 申报材料: 身份证、户口本、"
            "独生子女证. The flowchart's list of conditions has an empty item '4。'."
        ),
    ),
    M(
        id="report-reward",
        jurisdiction=YUEYANGLOU,
        name="举报非法胎儿性别鉴定、选择性别的终止妊娠手术、非法销售或者使用终止妊娠药品等违法行为的奖励",
        kind="行政奖励",
        office="法规股",
        basis=(("hunan-decree-194", 18),),
        source=SEED,
        listed_on="2016-11-01",
        note=(
            "hunan-decree-194 art. 18 is deliberately not encoded: the seed attributes the "
            "每例2000元 reward to it, but per LEGAL_FACTS the 2,000 yuan is set by art. 3 of "
            "湘人口发〔2005〕15号 (hunan-report-reward art. 3), and the decree's own art. 18 "
            "could not be checked. The seed also misnames the decree 《湖南省禁止医学需要鉴定"
            "胎儿性别…》 (非 missing) and gives no decree number here."
        ),
    ),
    M(
        id="supervision-sex-determination",
        jurisdiction=YUEYANGLOU,
        name="胎儿性别鉴定和施行终止妊娠手术的监督管理",
        kind="其他行政权力",
        office="法规股",
        basis=(("fp-sex-determination-rules", 2),),
        source=SEED,
        listed_on="2016-11-01",
        note=(
            "Cited as 《关于禁止非医学需要的胎儿性别鉴定和选择性别的人工终终止妊娠的规定》"
            "（国家计生委、卫生部、药品监督局令第8号公布） (终 doubled in the title; id "
            "fp-sex-determination-rules). Art. 2: county and higher family-planning, health "
            "and drug departments supervise within their duties."
        ),
    ),
)
