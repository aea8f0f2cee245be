"""湘人口发〔2005〕15号: 《湖南省举报非医学需要鉴定胎儿性别和选择性别终止妊娠行为及相关案件奖励办法》.

Not in LawRefBook/Laws and not in any seed. The only copy found is a
third-party web transcription (lygzb.net) of the provincial commission's
notice; the provisions quote it (source ``web:``). That store normalises
full-width punctuation to ASCII; the quotes restore the full-width forms
(，：；（）) and are otherwise character for character, i.e. their NFKC form
equals the stored text. The copy is cut inside art. 3, so the rule for joint
reports (二人及二人以上共同举报同一违法行为的，…) and every later article were
NOT FOUND. See docs/_notes/provincial.md.
"""

from familyplan.statutes._spec import F, P, S, V

WEB = "web:http://www.lygzb.net/html/text/lar/168698/16869815.html"

STATUTE = S(
    id="hunan-report-reward",
    title="湖南省举报非医学需要鉴定胎儿性别和选择性别终止妊娠行为及相关案件奖励办法",
    issuer="湖南省人口和计划生育委员会",
    level="normative-document",
    jurisdiction="430000",
    document_number="湘人口发〔2005〕15号",
    note=(
        "Issued with 湖南省人口计生委关于印发《湖南省举报非医学需要鉴定胎儿性别和选择性别终止妊娠"
        "行为及相关案件奖励办法》的通知, dated 2005-04-13. Art. 1 says it is made under "
        "省政府第194号令 (hunan-decree-194). Seed 004 (岳阳楼区, 2016) states the "
        "2,000-yuan reward but attributes it to art. 18 of decree 194."
    ),
    versions=(
        V(
            "2005",
            adopted_on="2005-04-13",
            effective_from="2005-04-13",  # PLACEHOLDER: commencement article not in the web copy
            effective_until=None,
            source=WEB,
            note=(
                "Date of the notice (二○○五年四月十三日). The document's own commencement "
                "clause was NOT FOUND (the web copy stops inside art. 3), so effective_from "
                "assumes force on issue. End of force unknown (no repeal was found)."
            ),
        ),
    ),
    provisions=(
        P(
            versions=("2005",),
            article=2,
            quote="举报下列违法行为的，给予奖励：\n（一）利用超声技术和其他技术手段为他人进行非医学需要的胎儿性别鉴定和选择性别终止妊娠的；\n（二）个体诊所、非法行医机构和个人鉴定胎儿性别、施行终止妊娠手术和使用药物为孕妇终止妊娠的；\n（三）组织、介绍他人进行非医学需要的胎儿性别鉴定和选择性别终止妊娠的；\n（四）违法使用B超的；\n（五）违法施行计划生育手术的；\n（六）违法销售终止妊娠药品的；\n（七）伪造、变造、买卖有关计划生育证明材料的（仅限于省政府第194号令中规定的计划生育证明材料）；\n（八）违法制作、出版、印刷、复制、进口、发行和销售有关非医学需要选择胎儿性别出版物和资料性印刷复制品的；\n（九）违法制作、发布有关非医学需要选择胎儿性别广告的；\n（十）符合法定条件妊娠14周以上的妇女，擅自施行终止妊娠手术或者自报新生儿死亡但不能提供合法证明的。",
            summary="Reports of ten kinds of violation (non-medical sex determination and sex-selective termination, illegal B-ultrasound use, illegal surgery or drug sales, false certificates, advertising, unauthorised late termination) are rewarded.",
            source=WEB,
            note="Punctuation restored to full-width; NFKC-identical to the web copy.",
        ),
        P(
            versions=("2005",),
            article=3,
            quote="奖励标准：每举报一例本办法第二条规定的违法行为，经查实后奖励2000元。",
            summary="Reward of 2,000 yuan for each verified report of an art. 2 violation.",
            source=WEB,
            note=(
                "First sentence of art. 3 only: the web copy stops in the next sentence "
                "(joint reports), which was NOT FOUND. Punctuation restored to full-width; "
                "NFKC-identical to the web copy. Seed 004 gives the same amount as "
                "'按照每例2000元的标准给予奖励' and attributes it to decree 194 art. 18."
            ),
        ),
    ),
    figures=(
        # 第三条: 每举报一例本办法第二条规定的违法行为，经查实后奖励2000元
        F(
            "report-reward.hunan.amount-per-report",
            "2000",
            "yuan",
            "奖励2000元",
            versions=("2005",),
            article=3,
        ),
    ),
)
