"""《计划生育技术服务管理条例》 (国务院令第309号), 2001 text and 2004 amendment.

Text: LawRefBook/Laws ``行政法规/计划生育技术服务管理条例(2004-12-10).md`` (the
text as amended on 2004-12-10). The amending decision 《国务院关于修改〈计划生育
技术服务管理条例〉的决定》 took effect on promulgation (自公布之日起施行, 2004-12-10;
web copy at news.060s.com/article/2005/08/13/12810.htm) and inserted arts. 9–11,
so every later article of the 2001 text is numbered three lower (LEGAL_FACTS.md;
seed 004's 细则 art. 48 still cites "条例第三十一条" for what is 2004 art. 34).

The 2001 text itself was NOT FOUND. Its penalty articles are registered under
their 2001 numbers with the 2004 wording, marked as such in each provision's
note: the decision as reproduced on the web page inserts whole articles (9–11)
in its first three items, and no change to the penalty chapter was found; but
the decision did more than insert articles (a garbled copy of the 2001 text,
xiuzhiben.com, shows a different art. 3 ¶2, "国家创造条件，保障公民知情选择安全、
有效、适宜的避孕措施。"), so the 2001 wording of the penalty articles remains
unverified; an auditor who holds the 2001 text should compare (docs/policies.md,
"2001 technical-service text").

Commencement of the 2001 text: the 2004 text's art. 46 reads "本条例自2001年10月1日
起施行。", kept from 2001. Its 2001 number is not 46: the decision inserted arts.
9–11 and art. 44 (which names the decision itself), so it was art. 42 — or art.
41 if art. 43 (which refers to the inserted art. 9) was inserted too. Not
verified in a 2001 copy.

End of force: abolished by 《国务院关于废止部分行政法规的决定》 (一、计划生育技术服务
管理条例…), "本决定自公布之日起施行", in force 2021-09-09 (national-database 施行日期 as
transcribed in Theonefkguy/Chinese-Laws; the 国务院令 number was NOT FOUND). Last
day in force: 2021-09-08.
"""

from familyplan.statutes._spec import FigureSpec, P, ProvisionSpec, S, V, fine_band_figures

SOURCE = "LawRefBook/Laws:行政法规/计划生育技术服务管理条例(2004-12-10).md"
DECISION_2004 = "web:news.060s.com/article/2005/08/13/12810.htm"
REPEAL_2021 = (
    "web:github.com/Theonefkguy/Chinese-Laws/行政法规/国务院关于废止部分行政法规的决定(2021-09-09).md"
    "@08eb6c2ab240f20873caa2f555a2a232ae16513c"
)

# 2004 numbering -> (quote, summary)
_ARTICLES: dict[int, tuple[str, str]] = {
    34: (
        "计划生育技术服务机构或者医疗、保健机构以外的机构或者人员违反本条例的规定，擅自从事计划生育"
        "技术服务的，由县级以上地方人民政府计划生育行政部门依据职权，责令改正，给予警告，没收违法所得"
        "和有关药品、医疗器械；违法所得5000元以上的，并处违法所得2倍以上5倍以下的罚款；没有违法所得"
        "或者违法所得不足5000元的，并处5000元以上2万元以下的罚款；造成严重后果，构成犯罪的，依法追究"
        "刑事责任。",
        "Unlicensed technical services: income >= 5,000 -> 2-5x; otherwise 5,000-20,000.",
    ),
    35: (
        "计划生育技术服务机构违反本条例的规定，未经批准擅自从事产前诊断和使用辅助生育技术治疗不育症的，"
        "由县级以上地方人民政府卫生行政部门会同计划生育行政部门依据职权，责令改正，给予警告，没收违法"
        "所得和有关药品、医疗器械；违法所得5000元以上的，并处违法所得2倍以上5倍以下的罚款；没有违法"
        "所得或者违法所得不足5000元的，并处5000元以上2万元以下的罚款；情节严重的，并由原发证部门吊销"
        "计划生育技术服务的执业资格。",
        "Unapproved prenatal diagnosis or assisted reproduction: >= 5,000 -> 2-5x; otherwise 5,000-20,000.",
    ),
    36: (
        "违反本条例的规定，逾期不校验计划生育技术服务执业许可证明文件，继续从事计划生育技术服务的，"
        "由原发证部门责令限期补办校验手续；拒不校验的，由原发证部门吊销计划生育技术服务的执业资格。",
        "Licence not re-verified: order to re-verify; revocation on refusal. No fine.",
    ),
    37: (
        "违反本条例的规定，买卖、出借、出租或者涂改、伪造计划生育技术服务执业许可证明文件的，由原发证"
        "部门责令改正，没收违法所得；违法所得3000元以上的，并处违法所得2倍以上5倍以下的罚款；没有"
        "违法所得或者违法所得不足3000元的，并处3000元以上5000元以下的罚款；情节严重的，并由原发证部门"
        "吊销相关的执业资格。",
        "Trading or forging practice licences: >= 3,000 -> 2-5x; otherwise 3,000-5,000.",
    ),
    38: (
        "从事计划生育技术服务的机构违反本条例第三条第三款的规定，向农村实行计划生育的育龄夫妻提供避孕、"
        "节育技术服务，收取费用的，由县级地方人民政府计划生育行政部门责令退还所收费用，给予警告，并处"
        "所收费用2倍以上5倍以下的罚款；情节严重的，并对该机构的正职负责人、直接负责的主管人员和其他"
        "直接责任人员给予降级或者撤职的行政处分。",
        "Charging rural couples: refund, warning, fine 2-5x the fees charged.",
    ),
    39: (
        "从事计划生育技术服务的机构违反本条例的规定，未经批准擅自扩大计划生育技术服务项目的，由原发证"
        "部门责令改正，给予警告，没收违法所得；违法所得5000元以上的，并处违法所得2倍以上5倍以下的罚款；"
        "没有违法所得或者违法所得不足5000元的，并处5000元以上2万元以下的罚款；情节严重的，并由原发证"
        "部门吊销计划生育技术服务的执业资格。",
        "Unapproved expansion of services: >= 5,000 -> 2-5x; otherwise 5,000-20,000.",
    ),
    40: (
        "从事计划生育技术服务的机构违反本条例的规定，使用没有依法取得相应的医师资格的人员从事与计划生育"
        "技术服务有关的临床医疗服务的，由县级以上人民政府卫生行政部门依据职权，责令改正，没收违法所得；"
        "违法所得3000元以上的，并处违法所得1倍以上3倍以下的罚款；没有违法所得或者违法所得不足3000元的，"
        "并处3000元以上5000元以下的罚款；情节严重的，并由原发证部门吊销计划生育技术服务的执业资格。",
        "Staff without physician qualification: >= 3,000 -> 1-3x; otherwise 3,000-5,000.",
    ),
    41: (
        "从事计划生育技术服务的机构出具虚假证明文件，构成犯罪的，依法追究刑事责任；尚不构成犯罪的，由原"
        "发证部门责令改正，给予警告，没收违法所得；违法所得5000元以上的，并处违法所得2倍以上5倍以下的"
        "罚款；没有违法所得或者违法所得不足5000元的，并处5000元以上2万元以下的罚款；情节严重的，并由"
        "原发证部门吊销计划生育技术服务的执业资格。",
        "False certificates by an institution: >= 5,000 -> 2-5x; otherwise 5,000-20,000.",
    ),
}

_NOTE_2001 = (
    "2001 numbering (2004 art. {a2004} less three). Wording quoted from the 2004 text: the 2001 "
    "text was NOT FOUND; the 2004 decision inserted arts. 9-11 and no change to this article "
    "was found (it did change other articles, e.g. art. 3: unverified)."
)


def _provisions() -> tuple[ProvisionSpec, ...]:
    out: list[ProvisionSpec] = [
        P(
            versions=("2004",),
            article=21,
            quote=(
                "设立计划生育技术服务机构，由设区的市级以上地方人民政府计划生育行政部门批准，发给"
                "《计划生育技术服务机构执业许可证》，并在《计划生育技术服务机构执业许可证》上注明获准"
                "开展的计划生育技术服务项目。"
            ),
            summary="Institutions are licensed by the department of a districted city or above.",
            source=SOURCE,
        ),
    ]
    for a2004, (quote, summary) in _ARTICLES.items():
        out.append(
            P(versions=("2004",), article=a2004, quote=quote, summary=summary, source=SOURCE)
        )
        out.append(
            P(
                versions=("2001",),
                article=a2004 - 3,
                quote=quote,
                summary=summary,
                source=SOURCE,
                note=_NOTE_2001.format(a2004=a2004),
            )
        )
    return tuple(out)


def _band(
    scope: str,
    article_2004: int,
    threshold: str,
    multiple: tuple[str, str],
    fixed: tuple[str, str],
    fixed_words: str,
) -> tuple[FigureSpec, ...]:
    """One band, in the 2001 numbering (2004 number less three) and the 2004 one."""
    out: list[FigureSpec] = []
    for versions, article in ((("2001",), article_2004 - 3), (("2004",), article_2004)):
        out.extend(
            fine_band_figures(
                scope,
                versions=versions,
                article=article,
                threshold=(threshold, f"违法所得{threshold}元以上"),
                multiple=(multiple, f"{multiple[0]}倍以上{multiple[1]}倍以下"),
                fixed=(fixed, fixed_words),
            )
        )
    return tuple(out)


def _figures() -> tuple[FigureSpec, ...]:
    # 违法所得N元以上的，并处违法所得a倍以上b倍以下的罚款；没有违法所得或者违法所得不足N元的，
    # 并处…元以上…元以下的罚款
    return (
        *_band(
            "unlicensed-fp-technical-services",
            34,
            "5000",
            ("2", "5"),
            ("5000", "20000"),
            "5000元以上2万元以下",
        ),
        *_band(
            "unapproved-prenatal-diagnosis-or-art",
            35,
            "5000",
            ("2", "5"),
            ("5000", "20000"),
            "5000元以上2万元以下",
        ),
        *_band(
            "trading-or-forging-service-licence",
            37,
            "3000",
            ("2", "5"),
            ("3000", "5000"),
            "3000元以上5000元以下",
        ),
        *_band(
            "unapproved-expansion-of-services",
            39,
            "5000",
            ("2", "5"),
            ("5000", "20000"),
            "5000元以上2万元以下",
        ),
        *_band(
            "staff-without-physician-qualification",
            40,
            "3000",
            ("1", "3"),
            ("3000", "5000"),
            "3000元以上5000元以下",
        ),
        *_band(
            "false-certificates-by-service-institution",
            41,
            "5000",
            ("2", "5"),
            ("5000", "20000"),
            "5000元以上2万元以下",
        ),
        # 2004 第三十八条 (2001 第三十五条): 并处所收费用2倍以上5倍以下的罚款
        *fine_band_figures(
            "charging-rural-couples-for-services",
            versions=("2001",),
            article=35,
            multiple=(("2", "5"), "所收费用2倍以上5倍以下"),
        ),
        *fine_band_figures(
            "charging-rural-couples-for-services",
            versions=("2004",),
            article=38,
            multiple=(("2", "5"), "所收费用2倍以上5倍以下"),
        ),
    )


STATUTE = S(
    id="tech-service-regs",
    title="计划生育技术服务管理条例",
    issuer="国务院",
    level="administrative-regulation",
    jurisdiction="100000",
    document_number="国务院令第309号",
    note="Renumbered in 2004 (arts. 9-11 inserted): 2001 art. N = 2004 art. N+3 from the old art. 9 on.",
    versions=(
        V(
            "2001",
            adopted_on="2001-06-13",
            effective_from="2001-10-01",
            effective_until="2004-12-09",
            source=SOURCE,
            note=(
                "In force 2001-10-01: 本条例自2001年10月1日起施行 (2004 text art. 46, kept from "
                "2001). In the 2001 numbering that clause is art. 42 (the 2004 decision inserted "
                "arts. 9-11 and 44), or art. 41 if art. 43 was inserted too: not verified, the "
                "2001 text itself was NOT FOUND (see module notes)."
            ),
        ),
        V(
            "2004",
            adopted_on="2004-12-10",
            effective_from="2004-12-10",
            effective_until="2021-09-08",
            source=SOURCE,
            note=(
                "Amended by 《国务院关于修改〈计划生育技术服务管理条例〉的决定》, 自公布之日起施行 "
                f"({DECISION_2004}). Abolished by 《国务院关于废止部分行政法规的决定》, 本决定自公布"
                f"之日起施行, in force 2021-09-09 ({REPEAL_2021}): last day in force 2021-09-08."
            ),
        ),
    ),
    provisions=_provisions(),
    figures=_figures(),
)
