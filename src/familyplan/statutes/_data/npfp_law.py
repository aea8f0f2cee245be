"""《中华人民共和国人口与计划生育法》: the 2001 text and its 2015 and 2021 amendments.

Texts: the public repository Theonefkguy/Chinese-Laws (one file per version,
transcribed from the national database flk.npc.gov.cn); LawRefBook/Laws holds
only the 2021 text. Findings while encoding (see docs/errata.md):

* the 2015 amendment rewrote art. 36 item 3: the 2001 text reads
  "实施假节育手术、进行假医学鉴定、出具假计划生育证明的", the 2015 text
  "进行假医学鉴定、出具假计划生育证明的" — fake sterilisation surgery is no
  longer in the list from 2016-01-01;
* the 2021 amendment moved items 1 and 2 to art. 40 and dropped item 3
  altogether, and art. 37 (forged certificates) and art. 41 (社会抚养费) have no
  counterpart: the 2021 text does not mention 社会抚养费 at all.
"""

from familyplan.statutes._spec import FigureSpec, P, S, V, fine_band_figures

_REPO = "web:github.com/Theonefkguy/Chinese-Laws/"
SOURCE_2001 = (
    _REPO + "行政法/人口与计划生育法(2001-12-29).md@8fa4741380ab7fdc689c1281b1d1a18e6ccac12e"
)
SOURCE_2015 = (
    _REPO + "行政法/人口与计划生育法(2015-12-27).md@08eb6c2ab240f20873caa2f555a2a232ae16513c"
)
SOURCE_2021 = (
    _REPO + "行政法/人口与计划生育法(2021-08-20).md@89a557d2a4c29b0680454b13e3c81ff93006972c"
)

_ART36_LEAD = (
    "违反本法规定，有下列行为之一的，由计划生育行政部门或者卫生行政部门依据职权责令改正，"
    "给予警告，没收违法所得；违法所得一万元以上的，处违法所得二倍以上六倍以下的罚款；"
    "没有违法所得或者违法所得不足一万元的，处一万元以上三万元以下的罚款；情节严重的，"
    "由原发证机关吊销执业证书；构成犯罪的，依法追究刑事责任："
)
_ART40_LEAD_2021 = (
    "违反本法规定，有下列行为之一的，由卫生健康主管部门责令改正，给予警告，没收违法所得；"
    "违法所得一万元以上的，处违法所得二倍以上六倍以下的罚款；没有违法所得或者违法所得不足"
    "一万元的，处一万元以上三万元以下的罚款；情节严重的，由原发证机关吊销执业证书；"
    "构成犯罪的，依法追究刑事责任:"
)
_ITEM_SURGERY = "（一）非法为他人施行计划生育手术的；"
_ITEM_SEX = "（二）利用超声技术和其他技术手段为他人进行非医学需要的胎儿性别鉴定或者选择性别的人工终止妊娠的；"
_ITEM_SEX_2021 = "（二）利用超声技术和其他技术手段为他人进行非医学需要的胎儿性别鉴定或者选择性别的人工终止妊娠的。"
_ART36_SUMMARY = (
    "Illegal income >= 10,000: fine 2-6x; none or < 10,000: 10,000-30,000; warning, "
    "confiscation, revocation if serious, criminal referral."
)
_ART37 = (
    "伪造、变造、买卖计划生育证明，由计划生育行政部门没收违法所得，违法所得五千元以上的，"
    "处违法所得二倍以上十倍以下的罚款；没有违法所得或者违法所得不足五千元的，处五千元以上"
    "二万元以下的罚款；构成犯罪的，依法追究刑事责任。"
)
_ART41_1 = "不符合本法第十八条规定生育子女的公民，应当依法缴纳社会抚养费。"
_ART41_2 = (
    "未在规定的期限内足额缴纳应当缴纳的社会抚养费的，自欠缴之日起，按照国家有关规定加收"
    "滞纳金；仍不缴纳的，由作出征收决定的计划生育行政部门依法向人民法院申请强制执行。"
)


def _band_36(
    scope: str, versions: tuple[str, ...], article: int, item: int
) -> tuple[FigureSpec, ...]:
    return fine_band_figures(
        scope,
        versions=versions,
        article=article,
        item=item,
        threshold=("10000", "违法所得一万元以上"),
        multiple=(("2", "6"), "二倍以上六倍以下"),
        fixed=(("10000", "30000"), "一万元以上三万元以下"),
    )


STATUTE = S(
    id="npfp-law",
    title="中华人民共和国人口与计划生育法",
    issuer="全国人民代表大会常务委员会",
    level="law",
    jurisdiction="100000",
    document_number="主席令第六十三号",
    note=(
        "Penalty articles keep their numbers in 2015; in 2021 the surgery and sex-determination "
        "items move to art. 40 and art. 37 (forged certificates), art. 36 item 3 and art. 41 "
        "(社会抚养费) have no counterpart."
    ),
    versions=(
        V(
            "2001",
            adopted_on="2001-12-29",
            effective_from="2002-09-01",
            effective_until="2015-12-31",
            source=SOURCE_2001,
            note="第四十七条 本法自2002年9月1日起施行。Amended by the decision of 2015-12-27, in force 2016-01-01.",
        ),
        V(
            "2015",
            adopted_on="2015-12-27",
            effective_from="2016-01-01",
            effective_until="2021-08-19",
            source=SOURCE_2015,
            note="关于修改〈中华人民共和国人口与计划生育法〉的决定 (2015-12-27), in force 2016-01-01.",
        ),
        V(
            "2021",
            adopted_on="2021-08-20",
            effective_from="2021-08-20",
            effective_until=None,
            source=SOURCE_2021,
            note="Second amendment, adopted and in force 2021-08-20 (three children; no 社会抚养费).",
        ),
    ),
    provisions=(
        P(
            versions=("2001",),
            article=18,
            paragraph=1,
            quote=(
                "国家稳定现行生育政策，鼓励公民晚婚晚育，提倡一对夫妻生育一个子女；符合法律、法规"
                "规定条件的，可以要求安排生育第二个子女。具体办法由省、自治区、直辖市人民代表大会"
                "或者其常务委员会规定。"
            ),
            summary="One child per couple; a second child where law allows; provinces set the rules.",
            source=SOURCE_2001,
        ),
        P(
            versions=("2015",),
            article=18,
            paragraph=1,
            quote="国家提倡一对夫妻生育两个子女。",
            summary="Two children per couple.",
            source=SOURCE_2015,
        ),
        P(
            versions=("2021",),
            article=18,
            paragraph=1,
            quote="国家提倡适龄婚育、优生优育。一对夫妻可以生育三个子女。",
            summary="Three children per couple.",
            source=SOURCE_2021,
        ),
        P(
            versions=("2001", "2015"),
            article=29,
            quote=(
                "本章规定的奖励措施，省、自治区、直辖市和较大的市的人民代表大会及其常务委员会或者"
                "人民政府可以依据本法和有关法律、行政法规的规定，结合当地实际情况，制定具体实施办法。"
            ),
            summary="Provinces and larger cities may set implementing measures for the chapter's rewards.",
            source=SOURCE_2015,
        ),
        P(
            versions=("2001", "2015"),
            article=36,
            quote=_ART36_LEAD,
            summary=_ART36_SUMMARY,
            source=SOURCE_2015,
        ),
        P(
            versions=("2001", "2015"),
            article=36,
            item=1,
            quote=_ART36_LEAD + _ITEM_SURGERY,
            summary="Item 1: performing family-planning surgery on others illegally. "
            + _ART36_SUMMARY,
            source=SOURCE_2015,
        ),
        P(
            versions=("2001", "2015"),
            article=36,
            item=2,
            quote=_ART36_LEAD + _ITEM_SEX,
            summary="Item 2: non-medical fetal sex determination or sex-selective termination. "
            + _ART36_SUMMARY,
            source=SOURCE_2015,
        ),
        P(
            versions=("2001",),
            article=36,
            item=3,
            quote=_ART36_LEAD + "（三）实施假节育手术、进行假医学鉴定、出具假计划生育证明的。",
            summary="Item 3 (2001): fake sterilisation surgery, fake medical assessment, fake certificates. "
            + _ART36_SUMMARY,
            source=SOURCE_2001,
        ),
        P(
            versions=("2015",),
            article=36,
            item=3,
            quote=_ART36_LEAD + "（三）进行假医学鉴定、出具假计划生育证明的。",
            summary="Item 3 (2015): fake medical assessment, fake certificates (fake sterilisation dropped). "
            + _ART36_SUMMARY,
            source=SOURCE_2015,
        ),
        P(
            versions=("2001", "2015"),
            article=37,
            quote=_ART37,
            summary="Forging, altering, trading certificates: income >= 5,000 -> 2-10x; otherwise 5,000-20,000.",
            source=SOURCE_2015,
        ),
        P(
            versions=("2001", "2015"),
            article=41,
            paragraph=1,
            quote=_ART41_1,
            summary="Births not conforming to art. 18 owe the social maintenance fee.",
            source=SOURCE_2015,
        ),
        P(
            versions=("2001", "2015"),
            article=41,
            paragraph=2,
            quote=_ART41_2,
            summary="Late fee per national rules from the day of default; then court enforcement.",
            source=SOURCE_2015,
        ),
        P(
            versions=("2021",),
            article=40,
            quote=_ART40_LEAD_2021,
            summary=_ART36_SUMMARY + " (2021 text: two items only)",
            source=SOURCE_2021,
        ),
        P(
            versions=("2021",),
            article=40,
            item=1,
            quote=_ART40_LEAD_2021 + _ITEM_SURGERY,
            summary="Item 1: performing family-planning surgery on others illegally. "
            + _ART36_SUMMARY,
            source=SOURCE_2021,
        ),
        P(
            versions=("2021",),
            article=40,
            item=2,
            quote=_ART40_LEAD_2021 + _ITEM_SEX_2021,
            summary="Item 2: non-medical fetal sex determination or sex-selective termination. "
            + _ART36_SUMMARY,
            source=SOURCE_2021,
        ),
    ),
    figures=(
        # 2001/2015 第三十六条 and 2021 第四十条 (lead-in, one band for every item):
        # 违法所得一万元以上的，处违法所得二倍以上六倍以下的罚款；没有违法所得或者违法所得不足
        # 一万元的，处一万元以上三万元以下的罚款
        *_band_36("illegal-fp-surgery", ("2001", "2015"), 36, 1),
        *_band_36("illegal-fp-surgery", ("2021",), 40, 1),
        *_band_36("non-medical-sex-determination", ("2001", "2015"), 36, 2),
        *_band_36("non-medical-sex-determination", ("2021",), 40, 2),
        *_band_36("fake-sterilisation-surgery", ("2001",), 36, 3),
        *_band_36("fake-assessment-or-certificate", ("2001", "2015"), 36, 3),
        # 第三十七条: 违法所得五千元以上的，处违法所得二倍以上十倍以下的罚款；没有违法所得或者
        # 违法所得不足五千元的，处五千元以上二万元以下的罚款
        *fine_band_figures(
            "forging-fp-certificates",
            versions=("2001", "2015"),
            article=37,
            threshold=("5000", "违法所得五千元以上"),
            multiple=(("2", "10"), "二倍以上十倍以下"),
            fixed=(("5000", "20000"), "五千元以上二万元以下"),
        ),
    ),
)
