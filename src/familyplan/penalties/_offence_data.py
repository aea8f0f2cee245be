"""The fine rules of every offence in the sources, as data.

Each figure sits beside the article it comes from; the quote of that article
(in ``familyplan.statutes``) must contain it — ``tests/penalties/
test_offence_data.py`` checks every row. Version labels are those of the
registry. Numbering: 《计划生育技术服务管理条例》 was renumbered in 2004
(three articles inserted before the penalty chapter), so 2001 art. 31 is
2004 art. 34 and so on.
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from familyplan.penalties._offences import Basis, FineRule, Offence, Sanctions

__all__ = ["LENITY_RULE", "LIMITATION_RULES", "OFFENCES", "LimitationRule"]

D = Decimal
NATION = "100000"
HUNAN = "430000"
SHANDONG = "370000"

# 人口与计划生育法 2001/2015 第三十六条 / 2021 第四十条: 给予警告，没收违法所得 …
# 情节严重的，由原发证机关吊销执业证书；构成犯罪的，依法追究刑事责任
_NPFP_36 = Sanctions(
    order_to_correct=True,
    warning=True,
    confiscate_illegal_income=True,
    revocation_if_serious=True,
    criminal_referral=True,
)


def _npfp36(item: int, versions: tuple[str, ...] = ("2001", "2015")) -> FineRule:
    # 违法所得一万元以上的，处违法所得二倍以上六倍以下罚款；没有违法所得或者不足一万元的，
    # 处一万元以上三万元以下罚款
    return FineRule(
        "npfp-law",
        versions,
        36,
        Basis.FIXED_RANGE,
        _NPFP_36,
        item=item,
        threshold=D(10000),
        multiple=(D(2), D(6)),
        fixed=(D(10000), D(30000)),
    )


def _npfp40(item: int) -> FineRule:
    # 2021 text, same bands as the old art. 36
    return FineRule(
        "npfp-law",
        ("2021",),
        40,
        Basis.FIXED_RANGE,
        _NPFP_36,
        item=item,
        threshold=D(10000),
        multiple=(D(2), D(6)),
        fixed=(D(10000), D(30000)),
    )


def _tsr(
    article_2004: int,
    basis: Basis,
    sanctions: Sanctions,
    *,
    threshold: Decimal | None = None,
    multiple: tuple[Decimal, Decimal] | None = None,
    fixed: tuple[Decimal, Decimal] | None = None,
) -> tuple[FineRule, FineRule]:
    """The same rule in the 2001 numbering (three lower) and the 2004 numbering."""
    return (
        FineRule(
            "tech-service-regs",
            ("2001",),
            article_2004 - 3,
            basis,
            sanctions,
            threshold=threshold,
            multiple=multiple,
            fixed=fixed,
        ),
        FineRule(
            "tech-service-regs",
            ("2004",),
            article_2004,
            basis,
            sanctions,
            threshold=threshold,
            multiple=multiple,
            fixed=fixed,
        ),
    )


_ABOLISHED_2021 = (
    "《计划生育技术服务管理条例》 was abolished in 2021; acts decided after that are "
    "no longer punishable under it (从旧兼从轻)"
)

OFFENCES: tuple[Offence, ...] = (
    Offence(
        "illegal-fp-surgery",
        "非法为他人施行计划生育手术",
        "performing family-planning surgery on others illegally",
        (_npfp36(1), _npfp40(1)),
        NATION,
    ),
    Offence(
        "non-medical-sex-determination",
        "利用超声技术和其他技术手段为他人进行非医学需要的胎儿性别鉴定或者选择性别的人工终止妊娠",
        "non-medical fetal sex determination or sex-selective termination for others",
        (_npfp36(2), _npfp40(2)),
        NATION,
    ),
    # Item 3 changed twice: 2001 "实施假节育手术、进行假医学鉴定、出具假计划生育证明的";
    # 2015 "进行假医学鉴定、出具假计划生育证明的"; 2021 art. 40 has no item 3.
    Offence(
        "fake-sterilisation-surgery",
        "实施假节育手术",
        "fake sterilisation surgery",
        (_npfp36(3, ("2001",)),),
        NATION,
        successor_note=(
            "the 2015 text of 《人口与计划生育法》 art. 36 item 3 no longer lists 实施假节育手术 "
            "(in force 2016-01-01)"
        ),
    ),
    Offence(
        "fake-assessment-or-certificate",
        "进行假医学鉴定、出具假计划生育证明",
        "fake medical assessment, fake family-planning certificates",
        (_npfp36(3),),
        NATION,
        successor_note="the 2021 text of 《人口与计划生育法》 art. 40 has no counterpart of art. 36 item 3",
    ),
    Offence(
        "forging-fp-certificates",
        "伪造、变造、买卖计划生育证明",
        "forging, altering or trading family-planning certificates",
        (
            # 违法所得五千元以上的，处违法所得二倍以上十倍以下的罚款；没有违法所得或者违法所得
            # 不足五千元的，处五千元以上二万元以下的罚款
            FineRule(
                "npfp-law",
                ("2001", "2015"),
                37,
                Basis.FIXED_RANGE,
                Sanctions(confiscate_illegal_income=True, criminal_referral=True),
                threshold=D(5000),
                multiple=(D(2), D(10)),
                fixed=(D(5000), D(20000)),
            ),
        ),
        NATION,
        successor_note="the 2021 text of 《人口与计划生育法》 has no counterpart of art. 37",
    ),
    Offence(
        "unlicensed-fp-technical-services",
        "擅自从事计划生育技术服务",
        "providing family-planning technical services without being a licensed institution",
        _tsr(
            34,
            Basis.FIXED_RANGE,
            Sanctions(
                order_to_correct=True,
                warning=True,
                confiscate_illegal_income=True,
                confiscate_drugs_and_devices=True,
                criminal_referral=True,
            ),
            threshold=D(5000),
            multiple=(D(2), D(5)),
            fixed=(D(5000), D(20000)),
        ),
        NATION,
        successor_note=_ABOLISHED_2021,
    ),
    Offence(
        "unapproved-prenatal-diagnosis-or-art",
        "未经批准擅自从事产前诊断和使用辅助生育技术治疗不育症",
        "prenatal diagnosis or assisted reproduction without approval",
        _tsr(
            35,
            Basis.FIXED_RANGE,
            Sanctions(
                order_to_correct=True,
                warning=True,
                confiscate_illegal_income=True,
                confiscate_drugs_and_devices=True,
                revocation_if_serious=True,
            ),
            threshold=D(5000),
            multiple=(D(2), D(5)),
            fixed=(D(5000), D(20000)),
        ),
        NATION,
        successor_note=_ABOLISHED_2021,
    ),
    Offence(
        "failure-to-reverify-licence",
        "逾期不校验计划生育技术服务执业许可证明文件，继续从事计划生育技术服务",
        "continuing services after failing to have the practice licence re-verified",
        _tsr(
            36,
            Basis.NO_FINE,
            Sanctions(order_to_reverify=True, revocation_if_serious=True),
        ),
        NATION,
        successor_note=_ABOLISHED_2021,
    ),
    Offence(
        "trading-or-forging-service-licence",
        "买卖、出借、出租或者涂改、伪造计划生育技术服务执业许可证明文件",
        "trading, lending, renting, altering or forging practice licences",
        _tsr(
            37,
            Basis.FIXED_RANGE,
            Sanctions(
                order_to_correct=True, confiscate_illegal_income=True, revocation_if_serious=True
            ),
            threshold=D(3000),
            multiple=(D(2), D(5)),
            fixed=(D(3000), D(5000)),
        ),
        NATION,
        successor_note=_ABOLISHED_2021,
    ),
    Offence(
        "charging-rural-couples-for-services",
        "向农村实行计划生育的育龄夫妻提供避孕、节育技术服务，收取费用",
        "charging rural couples for contraceptive and birth-control services",
        _tsr(
            38,
            Basis.MULTIPLE_OF_FEES,
            Sanctions(refund_fees=True, warning=True, disciplinary_sanction_if_serious=True),
            multiple=(D(2), D(5)),
        ),
        NATION,
        successor_note=_ABOLISHED_2021,
    ),
    Offence(
        "unapproved-expansion-of-services",
        "未经批准擅自扩大计划生育技术服务项目",
        "expanding the range of technical services without approval",
        _tsr(
            39,
            Basis.FIXED_RANGE,
            Sanctions(
                order_to_correct=True,
                warning=True,
                confiscate_illegal_income=True,
                revocation_if_serious=True,
            ),
            threshold=D(5000),
            multiple=(D(2), D(5)),
            fixed=(D(5000), D(20000)),
        ),
        NATION,
        successor_note=_ABOLISHED_2021,
    ),
    Offence(
        "staff-without-physician-qualification",
        "使用没有依法取得相应的医师资格的人员从事与计划生育技术服务有关的临床医疗服务",
        "using staff without physician qualification for clinical services",
        _tsr(
            40,
            Basis.FIXED_RANGE,
            # 情节严重的，并由原发证部门吊销计划生育技术服务的执业资格
            Sanctions(
                order_to_correct=True, confiscate_illegal_income=True, revocation_if_serious=True
            ),
            threshold=D(3000),
            multiple=(D(1), D(3)),
            fixed=(D(3000), D(5000)),
        ),
        NATION,
        successor_note=_ABOLISHED_2021,
    ),
    Offence(
        "false-certificates-by-service-institution",
        "从事计划生育技术服务的机构出具虚假证明文件",
        "a service institution issuing false certificates",
        _tsr(
            41,
            Basis.FIXED_RANGE,
            Sanctions(
                order_to_correct=True,
                warning=True,
                confiscate_illegal_income=True,
                revocation_if_serious=True,
                criminal_referral=True,
            ),
            threshold=D(5000),
            multiple=(D(2), D(5)),
            fixed=(D(5000), D(20000)),
        ),
        NATION,
        successor_note=_ABOLISHED_2021,
    ),
    Offence(
        "staff-without-qualification-certificate",
        "计划生育技术服务机构使用没有依法取得《合格证》的人员从事计划生育技术服务",
        "an institution using staff without the qualification certificate",
        (
            FineRule(
                "tech-service-rules",
                ("2001",),
                48,
                Basis.FIXED_RANGE,
                Sanctions(order_to_correct=True, confiscate_illegal_income=True),
                paragraph=2,
                threshold=D(1000),
                multiple=(D(1), D(3)),
                fixed=(D(1000), D(3000)),
            ),
        ),
        NATION,
    ),
    Offence(
        "trading-or-forging-staff-certificate",
        "买卖、出借、出租或涂改、伪造计划生育技术服务人员合格证明文件",
        "trading, lending, renting, altering or forging staff qualification certificates",
        (
            FineRule(
                "tech-service-rules",
                ("2001",),
                50,
                Basis.FIXED_RANGE,
                Sanctions(
                    order_to_correct=True,
                    confiscate_illegal_income=True,
                    revocation_if_serious=True,
                ),
                paragraph=2,
                threshold=D(1000),
                multiple=(D(2), D(5)),
                fixed=(D(1000), D(3000)),
            ),
        ),
        NATION,
    ),
    Offence(
        "staff-exceeding-approved-services",
        "从事计划生育技术服务的人员擅自增加计划生育技术服务项目或者在执业的机构外从事计划生育技术服务",
        "staff adding services or practising outside their institution",
        (
            FineRule(
                "tech-service-rules",
                ("2001",),
                52,
                # 细则 art. 52 as read (web copy, cut after 2倍以上): 违法所得1000元以上的，
                # 并处违法所得2倍以上… — the upper multiple and the no-income band were
                # NOT FOUND; seed 004's 1倍以上3倍以下 / 1000元以上3000元以下 is not the text
                Basis.TEXT_NOT_FOUND,
                Sanctions(order_to_correct=True, warning=True, confiscate_illegal_income=True),
                threshold=D(1000),
                note="违法所得1000元以上的，并处违法所得2倍以上… (at least twice the illegal income)",
                missing=(
                    "the upper multiple, and the band for no illegal income or less than 1000 yuan"
                ),
            ),
        ),
        NATION,
    ),
    Offence(
        "hunan-forging-fp-certificates",
        "伪造、变造、买卖生育证、计划生育手术证明、病残儿鉴定证明等计划生育证明",
        "Hunan: forging, altering or trading birth permits and other certificates",
        (
            FineRule(
                "hunan-pfp-regulation",
                ("2016",),
                42,
                Basis.FIXED_RANGE,
                Sanctions(confiscate_certificates=True, confiscate_illegal_income=True),
                threshold=D(5000),
                multiple=(D(2), D(10)),
                fixed=(D(5000), D(20000)),
            ),
        ),
        HUNAN,
    ),
    Offence(
        "hunan-impersonation-in-fp-checks",
        "假冒他人或者组织他人冒名顶替参加孕情检查、病残儿鉴定、计划生育手术及手术并发症鉴定，骗取计划生育证明",
        "Hunan: impersonation in pregnancy checks or assessments to obtain certificates",
        (
            FineRule(
                "hunan-pfp-regulation",
                ("2016",),
                43,
                Basis.NO_FINE,
                Sanctions(cancel_certificates=True),
            ),
        ),
        HUNAN,
    ),
    Offence(
        "organising-sex-selection",
        "组织、介绍妊娠14周以上妇女进行非医学需要的胎儿性别鉴定或者选择性别的人工终止妊娠",
        "Hunan: organising or introducing non-medical sex determination or selection",
        (
            # 有违法所得的 … 每人次处5000元罚款；没有违法所得的，每人次处2000元罚款
            FineRule(
                "hunan-decree-194",
                ("2004",),
                20,
                Basis.PER_PERSON_TIME,
                Sanctions(
                    order_to_correct=True,
                    confiscate_illegal_income=True,
                    disciplinary_sanction=True,
                    criminal_referral=True,
                ),
                per_person_time=(D(5000), D(2000)),
            ),
        ),
        HUNAN,
    ),
    Offence(
        "unauthorised-late-termination",
        "符合法定条件妊娠14周以上的妇女擅自施行人工终止妊娠或者自报新生儿死亡但不能提供合法证明",
        "Hunan: terminating a pregnancy of 14+ weeks without approval",
        (
            FineRule(
                "hunan-decree-194",
                ("2004",),
                23,
                Basis.FIXED_RANGE,
                Sanctions(),
                fixed=(D(1000), D(3000)),
            ),
        ),
        HUNAN,
    ),
)


# 《山东省人口与计划生育条例》(2016) 第四十七条: 违法所得一万元以上的，处违法所得二倍以上六倍以下的罚款；
# 没有违法所得或者违法所得不足一万元的，处一万元以上三万元以下的罚款 (five items)
_SD_47 = Sanctions(
    order_to_correct=True,
    warning=True,
    confiscate_illegal_income=True,
    revocation_if_serious=True,
    criminal_referral=True,
)


def _sd47(item: int) -> FineRule:
    return FineRule(
        "shandong-pfp-regulation",
        ("2016",),
        47,
        Basis.FIXED_RANGE,
        _SD_47,
        item=item,
        threshold=D(10000),
        multiple=(D(2), D(6)),
        fixed=(D(10000), D(30000)),
    )


_SHANDONG_47: tuple[Offence, ...] = (  # Shandong 2016 art. 47
    Offence(
        "shandong-illegal-fp-surgery",
        "非法为他人放置或者摘除宫内节育器，非法施行输精管、输卵管复通、终止妊娠等计划生育手术",
        "illegal IUD insertion or removal, reversal or termination surgery (Shandong)",
        (_sd47(1),),
        SHANDONG,
    ),
    Offence(
        "shandong-unlicensed-fp-surgery",
        "未取得法定执业许可证的单位或者未取得法定执业资格的人员施行计划生育手术",
        "family-planning surgery by an unlicensed unit or unqualified person (Shandong)",
        (_sd47(2),),
        SHANDONG,
    ),
    Offence(
        "shandong-non-medical-sex-determination",
        "利用超声技术或者其他技术手段为他人进行非医学需要的胎儿性别鉴定或者选择性别的人工终止妊娠",
        "non-medical fetal sex determination or sex-selective termination (Shandong)",
        (_sd47(3),),
        SHANDONG,
    ),
    Offence(
        "shandong-fake-medical-assessment",
        "进行假医学鉴定",
        "fake medical assessment (Shandong)",
        (_sd47(4),),
        SHANDONG,
    ),
    Offence(
        "shandong-fake-fp-certificates",
        "出具假生育证、假流动人口婚育证明、假独生子女父母光荣证等假计划生育证明",
        "issuing fake birth permits or other fake family-planning certificates (Shandong)",
        (_sd47(5),),
        SHANDONG,
    ),
)
OFFENCES = (*OFFENCES, *_SHANDONG_47)


@attrs.frozen
class LimitationRule:
    """The limitation article of one text, with the figure ids of its periods."""

    statute_id: str
    versions: tuple[str, ...]
    article: int
    years: str
    harm_years: str | None = None


# 《行政处罚法》1996 第二十九条: 违法行为在二年内未被发现的，不再给予行政处罚
# 2021 第三十六条: … 涉及公民生命健康安全、金融安全且有危害后果的，上述期限延长至五年
LIMITATION_RULES: tuple[LimitationRule, ...] = (
    LimitationRule(
        "administrative-penalty-law",
        versions=("1996", "2009", "2017"),
        article=29,
        years="limitation.years",
    ),
    LimitationRule(
        "administrative-penalty-law",
        versions=("2021",),
        article=36,
        years="limitation.years",
        harm_years="limitation.harm.years",
    ),
)

# 《行政处罚法》(2021) 第三十七条: 从旧兼从轻
LENITY_RULE = ("administrative-penalty-law", 37)
