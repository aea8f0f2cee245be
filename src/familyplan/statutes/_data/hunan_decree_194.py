"""《湖南省禁止非医学需要鉴定胎儿性别和选择性别终止妊娠规定》 (湖南省人民政府令第194号).

No text of the decree was found in LawRefBook/Laws or elsewhere the project
may quote from; the provisions are seed 004's quotes, verbatim. Art. 18 is NOT
encoded: seed 004 attributes the 2,000-yuan report reward to it, but that
amount is set by art. 3 of 湘人口发〔2005〕15号 (module ``hunan_report_reward``),
and the decree's own art. 18 text could not be checked. See
docs/_notes/provincial.md.
"""

from familyplan.statutes._spec import F, P, S, V, fine_band_figures

SEED = "seed:004_1091362718d1755b.txt"

STATUTE = S(
    id="hunan-decree-194",
    title="湖南省禁止非医学需要鉴定胎儿性别和选择性别终止妊娠规定",
    issuer="湖南省人民政府",
    level="local-government-rule",
    jurisdiction="430000",
    document_number="湖南省人民政府令第194号",
    note=(
        "Dates from LEGAL_FACTS (adopted 2004-11-30, in force 2005-03-01); 湘人口发〔2005〕15号 "
        "(2005-04-13) cites the decree as 省政府第194号令, which is consistent. Third-party "
        "metadata (a test suite in a public repository) lists this decree as item 50 of "
        "湖南省人民政府令第251号 of 2011-01-30, a decision repealing and amending 55 "
        "provincial rules: the decree was probably amended then (it was still cited in 2016), "
        "but the amended text and its date were NOT verified. Seed 004's quotes (2016) are "
        "the text as then in force, which may be the 2011 text. End of force unknown."
    ),
    versions=(
        V(
            "2004",
            adopted_on="2004-11-30",
            effective_from="2005-03-01",
            effective_until=None,
            source=SEED,
            note=(
                "No statute text found; quotes are from seed 004. A possible amendment by "
                "湖南省人民政府令第251号 (2011-01-30) is unverified, so no separate version is "
                "listed. Repeal date unknown."
            ),
        ),
    ),
    provisions=(
        P(
            versions=("2004",),
            article=11,
            item=4,
            quote="（四）离婚、丧偶等要求终止妊娠的。",
            summary="Mid-term or later termination may be requested on divorce or death of the spouse and similar grounds.",
            source=SEED,
            note="Seed 004 (非医学需要的中期以上终止妊娠审批) quotes only item 4; the lead-in and other items were NOT FOUND.",
        ),
        P(
            versions=("2004",),
            article=12,
            item=2,
            quote="（二)有第十一条第四项规定情形的，提供本人身份证和县级人民政府计划生育行政部门出具的证明。",
            summary="For an art. 11 item 4 termination the woman provides her identity card and a certificate from the county family-planning department.",
            source=SEED,
            note="Seed 004; the mixed brackets '（二)' are as in the seed. Lead-in and other items NOT FOUND.",
        ),
        P(
            versions=("2004",),
            article=20,
            quote="组织、介绍妊娠14周以上妇女进行非医学需要的胎儿性别鉴定或者选择性别的人工终止妊娠，由县级以上人民政府人口和计划生育行政部门责令改正，有违法所得的，没收违法所得，并按组织、介绍人次计算，每人次处5000元罚款；没有违法所得的，每人次处2000元罚款；属国家工作人员、企业事业单位职工的，还应当由所在单位或者主管部门给予降级以上行政处分；构成犯罪的，依法追究刑事责任。",
            summary="Organising or introducing women pregnant 14 weeks or more for non-medical sex determination or sex-selective termination: 5,000 yuan per person-time with illegal income (and confiscation), 2,000 yuan per person-time without.",
            source=SEED,
            note="Seed 004. Fixed amounts per person-time (每人次), not a band.",
        ),
        P(
            versions=("2004",),
            article=23,
            quote="符合法定条件妊娠14周以上的妇女，擅自施行人工终止妊娠或者自报新生儿死亡但不能提供合法证明的，由县级人民政府人口和计划生育行政部门对当事人处以1000元以上3000元以下的罚款。对符合再生育条件，但未领取生育证的，不批准其生育；已领生育证的，注销其生育证；强行生育的，按照《湖南省人口与计划生育条例》第四十四条处理。",
            summary="Woman pregnant 14 weeks or more who terminates without authorisation, or reports a newborn's death without lawful proof: fine of 1,000-3,000 yuan; re-birth permission refused or cancelled.",
            source=SEED,
            note=(
                "Seed 004. The reference to 《湖南省人口与计划生育条例》第四十四条 (强行生育) is "
                "to the regulation's numbering when the decree was made (2004); that article "
                "was NOT FOUND in any version."
            ),
        ),
    ),
    figures=(
        F(
            "late-term-termination.hunan.weeks",
            14,
            "weeks",
            "妊娠14周以上",
            versions=("2004",),
            article=23,
        ),
        # 第二十条: 有违法所得的 … 每人次处5000元罚款；没有违法所得的，每人次处2000元罚款
        F(
            "fine.organising-sex-selection.per-person-time.with-income",
            "5000",
            "yuan-per-person-time",
            "每人次处5000元罚款",
            versions=("2004",),
            article=20,
        ),
        F(
            "fine.organising-sex-selection.per-person-time.without-income",
            "2000",
            "yuan-per-person-time",
            "每人次处2000元罚款",
            versions=("2004",),
            article=20,
        ),
        # 第二十三条: 处以1000元以上3000元以下的罚款
        *fine_band_figures(
            "unauthorised-late-termination",
            versions=("2004",),
            article=23,
            fixed=(("1000", "3000"), "1000元以上3000元以下"),
        ),
    ),
)
