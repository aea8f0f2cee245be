"""The fine rules of every offence in the sources, as data.

Each row names its provision (statute, versions, article, paragraph, item)
and the registry figures its amounts come from (``fine.<offence>.threshold``,
``.multiple``, ``.fixed``; ``familyplan.statutes.figure``): the registry
checks at load that each figure's words are in that provision's quote and
state its value, and :func:`_rule` checks here that the figures belong to the
row's provision in every one of its versions. No amount is typed in this
module. Numbering: 《计划生育技术服务管理条例》 was renumbered in 2004 (three
articles inserted before the penalty chapter), so 2001 art. 31 is 2004 art. 34
and so on.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import attrs

from familyplan import statutes
from familyplan.errors import RulesDataError, UnknownFigure
from familyplan.penalties._offences import Basis, FineRule, Offence, Sanctions
from familyplan.statutes import FigureValue

__all__ = ["LENITY_RULE", "LIMITATION_RULES", "OFFENCES", "LimitationRule", "ProvisionRef"]


def _value(
    figure_id: str,
    statute_id: str,
    versions: tuple[str, ...],
    article: int,
    paragraph: int | None,
    item: int | None,
) -> FigureValue | None:
    """The value of a figure in the row's provision (the same in all its versions)."""
    try:
        history = statutes.figure_history(figure_id)
    except UnknownFigure:
        return None
    mine = [
        f for f in history if f.provision.statute.id == statute_id and f.version.label in versions
    ]
    if not mine:
        return None
    where = (article, paragraph, item)
    if (
        {f.version.label for f in mine} != set(versions)
        or len({f.value for f in mine}) != 1
        or any((f.provision.article, f.paragraph, f.item) != where for f in mine)
    ):
        raise RulesDataError(
            f"fine rule {statute_id} {versions} art. {article}: figure {figure_id} is not "
            f"stated once, with one value, in that provision of every version: "
            f"{[(f.version.label, str(f.citation), f.value) for f in mine]}"
        )
    return mine[0].value


def _pair(value: FigureValue | None) -> tuple[Decimal, Decimal] | None:
    return value if isinstance(value, tuple) else None


def _rule(
    statute_id: str,
    *,
    versions: tuple[str, ...],
    article: int,
    basis: Basis,
    sanctions: Sanctions,
    paragraph: int | None = None,
    item: int | None = None,
    band: str | None = None,
    per_person_time: tuple[str, str] | None = None,
    note: str = "",
    missing: str = "",
) -> FineRule:
    """A fine rule whose amounts are the registry figures ``fine.<band>.*``."""
    ids: list[str] = []
    found: dict[str, FigureValue] = {}
    wanted = [f"fine.{band}.{what}" for what in ("threshold", "multiple", "fixed")] if band else []
    wanted += list(per_person_time or ())
    for fid in wanted:
        v = _value(fid, statute_id, versions, article, paragraph, item)
        if v is not None:
            found[fid] = v
            ids.append(fid)
    if band is not None and not ids:
        raise RulesDataError(f"fine rule {statute_id} art. {article}: no figure fine.{band}.*")
    threshold = found.get(f"fine.{band}.threshold")
    people = None
    if per_person_time is not None:
        with_income, without = (found.get(fid) for fid in per_person_time)
        if not isinstance(with_income, Decimal) or not isinstance(without, Decimal):
            raise RulesDataError(f"fine rule {statute_id} art. {article}: per-person amounts")
        people = (with_income, without)
    return FineRule(
        statute_id,
        versions,
        article,
        basis,
        sanctions,
        paragraph=paragraph,
        item=item,
        threshold=threshold if isinstance(threshold, Decimal) else None,
        multiple=_pair(found.get(f"fine.{band}.multiple")),
        fixed=_pair(found.get(f"fine.{band}.fixed")),
        per_person_time=people,
        note=note,
        missing=missing,
        figure_ids=tuple(ids),
    )


def _offence(
    offence_id: str,
    name: str,
    name_en: str,
    rules: tuple[FineRule, ...],
    successor_note: str = "",
) -> Offence:
    """An offence; it applies where its rules' statute governs."""
    return Offence(
        offence_id,
        name,
        name_en,
        rules,
        statutes.get(rules[0].statute_id).jurisdiction,
        successor_note=successor_note,
    )


# 人口与计划生育法 2001/2015 第三十六条 / 2021 第四十条: 给予警告，没收违法所得 …
# 情节严重的，由原发证机关吊销执业证书；构成犯罪的，依法追究刑事责任
_NPFP_36 = Sanctions(
    order_to_correct=True,
    warning=True,
    confiscate_illegal_income=True,
    revocation_if_serious=True,
    criminal_referral=True,
)


def _npfp36(scope: str, *, item: int, versions: tuple[str, ...]) -> FineRule:
    # 违法所得一万元以上的，处违法所得二倍以上六倍以下的罚款；没有违法所得或者违法所得不足一万元的，
    # 处一万元以上三万元以下的罚款 (figures fine.<scope>.*)
    return _rule(
        "npfp-law",
        versions=versions,
        article=36,
        item=item,
        basis=Basis.FIXED_RANGE,
        sanctions=_NPFP_36,
        band=scope,
    )


def _npfp40(scope: str, item: int) -> FineRule:
    # 2021 text, 第四十条: the same band as the old art. 36
    return _rule(
        "npfp-law",
        versions=("2021",),
        article=40,
        item=item,
        basis=Basis.FIXED_RANGE,
        sanctions=_NPFP_36,
        band=scope,
    )


def _tsr(
    scope: str, *, article: int, basis: Basis, sanctions: Sanctions
) -> tuple[FineRule, FineRule]:
    """The same rule in the 2001 numbering and in the 2004 numbering (``article``).

    The 2001 article is the one the registry gives the same text in the 2001
    version (the 2004 decision inserted arts. 9-11 before the penalty chapter).
    """
    v2001, v2004 = (v.label for v in statutes.get(_TSR).versions)  # oldest first
    quote = {
        p.quote
        for p in statutes.provisions(_TSR)
        if p.version.label == v2004 and p.article == article
    }
    old = [
        p.article
        for p in statutes.provisions(_TSR)
        if p.version.label == v2001 and p.quote in quote
    ]
    if len(old) != 1:
        raise RulesDataError(f"{_TSR} art. {article}: no single 2001 article with its text: {old}")
    band = None if basis is Basis.NO_FINE else scope
    return (
        _rule(_TSR, versions=(v2001,), article=old[0], basis=basis, sanctions=sanctions, band=band),
        _rule(
            _TSR, versions=(v2004,), article=article, basis=basis, sanctions=sanctions, band=band
        ),
    )


_TSR = "tech-service-regs"
_ABOLISHED_2021 = (
    "《计划生育技术服务管理条例》 was abolished in 2021; acts decided after that are "
    "no longer punishable under it (从旧兼从轻)"
)

OFFENCES: tuple[Offence, ...] = (
    _offence(
        "illegal-fp-surgery",
        "非法为他人施行计划生育手术",
        "performing family-planning surgery on others illegally",
        (
            _npfp36("illegal-fp-surgery", item=1, versions=("2001", "2015")),
            _npfp40("illegal-fp-surgery", item=1),
        ),
    ),
    _offence(
        "non-medical-sex-determination",
        "利用超声技术和其他技术手段为他人进行非医学需要的胎儿性别鉴定或者选择性别的人工终止妊娠",
        "non-medical fetal sex determination or sex-selective termination for others",
        (
            _npfp36("non-medical-sex-determination", item=2, versions=("2001", "2015")),
            _npfp40("non-medical-sex-determination", item=2),
        ),
    ),
    # Item 3 changed twice: 2001 "实施假节育手术、进行假医学鉴定、出具假计划生育证明的";
    # 2015 "进行假医学鉴定、出具假计划生育证明的"; 2021 art. 40 has no item 3.
    _offence(
        "fake-sterilisation-surgery",
        "实施假节育手术",
        "fake sterilisation surgery",
        (_npfp36("fake-sterilisation-surgery", item=3, versions=("2001",)),),
        successor_note=(
            "the 2015 text of 《人口与计划生育法》 art. 36 item 3 no longer lists 实施假节育手术 "
            "(in force 2016-01-01)"
        ),
    ),
    _offence(
        "fake-assessment-or-certificate",
        "进行假医学鉴定、出具假计划生育证明",
        "fake medical assessment, fake family-planning certificates",
        (_npfp36("fake-assessment-or-certificate", item=3, versions=("2001", "2015")),),
        successor_note="the 2021 text of 《人口与计划生育法》 art. 40 has no counterpart of art. 36 item 3",
    ),
    _offence(
        "forging-fp-certificates",
        "伪造、变造、买卖计划生育证明",
        "forging, altering or trading family-planning certificates",
        (
            # 违法所得五千元以上的，处违法所得二倍以上十倍以下的罚款；没有违法所得或者违法所得
            # 不足五千元的，处五千元以上二万元以下的罚款
            _rule(
                "npfp-law",
                versions=("2001", "2015"),
                article=37,
                basis=Basis.FIXED_RANGE,
                sanctions=Sanctions(confiscate_illegal_income=True, criminal_referral=True),
                band="forging-fp-certificates",
            ),
        ),
        successor_note="the 2021 text of 《人口与计划生育法》 has no counterpart of art. 37",
    ),
    _offence(
        "unlicensed-fp-technical-services",
        "擅自从事计划生育技术服务",
        "providing family-planning technical services without being a licensed institution",
        _tsr(
            "unlicensed-fp-technical-services",
            article=34,
            basis=Basis.FIXED_RANGE,
            sanctions=Sanctions(
                order_to_correct=True,
                warning=True,
                confiscate_illegal_income=True,
                confiscate_drugs_and_devices=True,
                criminal_referral=True,
            ),
        ),
        successor_note=_ABOLISHED_2021,
    ),
    _offence(
        "unapproved-prenatal-diagnosis-or-art",
        "未经批准擅自从事产前诊断和使用辅助生育技术治疗不育症",
        "prenatal diagnosis or assisted reproduction without approval",
        _tsr(
            "unapproved-prenatal-diagnosis-or-art",
            article=35,
            basis=Basis.FIXED_RANGE,
            sanctions=Sanctions(
                order_to_correct=True,
                warning=True,
                confiscate_illegal_income=True,
                confiscate_drugs_and_devices=True,
                revocation_if_serious=True,
            ),
        ),
        successor_note=_ABOLISHED_2021,
    ),
    _offence(
        "failure-to-reverify-licence",
        "逾期不校验计划生育技术服务执业许可证明文件，继续从事计划生育技术服务",
        "continuing services after failing to have the practice licence re-verified",
        _tsr(
            "failure-to-reverify-licence",
            article=36,
            basis=Basis.NO_FINE,
            # 责令限期补办校验手续；拒不校验的，由原发证部门吊销 — the condition is the refusal,
            # not 情节严重
            sanctions=Sanctions(order_to_reverify=True, revocation=True),
        ),
        successor_note=_ABOLISHED_2021,
    ),
    _offence(
        "trading-or-forging-service-licence",
        "买卖、出借、出租或者涂改、伪造计划生育技术服务执业许可证明文件",
        "trading, lending, renting, altering or forging practice licences",
        _tsr(
            "trading-or-forging-service-licence",
            article=37,
            basis=Basis.FIXED_RANGE,
            sanctions=Sanctions(
                order_to_correct=True, confiscate_illegal_income=True, revocation_if_serious=True
            ),
        ),
        successor_note=_ABOLISHED_2021,
    ),
    _offence(
        "charging-rural-couples-for-services",
        "向农村实行计划生育的育龄夫妻提供避孕、节育技术服务，收取费用",
        "charging rural couples for contraceptive and birth-control services",
        _tsr(
            "charging-rural-couples-for-services",
            article=38,
            basis=Basis.MULTIPLE_OF_FEES,
            sanctions=Sanctions(
                refund_fees=True, warning=True, disciplinary_sanction_if_serious=True
            ),
        ),
        successor_note=_ABOLISHED_2021,
    ),
    _offence(
        "unapproved-expansion-of-services",
        "未经批准擅自扩大计划生育技术服务项目",
        "expanding the range of technical services without approval",
        _tsr(
            "unapproved-expansion-of-services",
            article=39,
            basis=Basis.FIXED_RANGE,
            sanctions=Sanctions(
                order_to_correct=True,
                warning=True,
                confiscate_illegal_income=True,
                revocation_if_serious=True,
            ),
        ),
        successor_note=_ABOLISHED_2021,
    ),
    _offence(
        "staff-without-physician-qualification",
        "使用没有依法取得相应的医师资格的人员从事与计划生育技术服务有关的临床医疗服务",
        "using staff without physician qualification for clinical services",
        _tsr(
            "staff-without-physician-qualification",
            article=40,
            basis=Basis.FIXED_RANGE,
            # 情节严重的，并由原发证部门吊销计划生育技术服务的执业资格
            sanctions=Sanctions(
                order_to_correct=True, confiscate_illegal_income=True, revocation_if_serious=True
            ),
        ),
        successor_note=_ABOLISHED_2021,
    ),
    _offence(
        "false-certificates-by-service-institution",
        "从事计划生育技术服务的机构出具虚假证明文件",
        "a service institution issuing false certificates",
        _tsr(
            "false-certificates-by-service-institution",
            article=41,
            basis=Basis.FIXED_RANGE,
            sanctions=Sanctions(
                order_to_correct=True,
                warning=True,
                confiscate_illegal_income=True,
                revocation_if_serious=True,
                criminal_referral=True,
            ),
        ),
        successor_note=_ABOLISHED_2021,
    ),
    _offence(
        "staff-without-qualification-certificate",
        "计划生育技术服务机构使用没有依法取得《合格证》的人员从事计划生育技术服务",
        "an institution using staff without the qualification certificate",
        (
            _rule(
                "tech-service-rules",
                versions=("2001",),
                article=48,
                paragraph=2,
                basis=Basis.FIXED_RANGE,
                sanctions=Sanctions(order_to_correct=True, confiscate_illegal_income=True),
                band="staff-without-qualification-certificate",
            ),
        ),
    ),
    _offence(
        "trading-or-forging-staff-certificate",
        "买卖、出借、出租或涂改、伪造计划生育技术服务人员合格证明文件",
        "trading, lending, renting, altering or forging staff qualification certificates",
        (
            _rule(
                "tech-service-rules",
                versions=("2001",),
                article=50,
                paragraph=2,
                basis=Basis.FIXED_RANGE,
                sanctions=Sanctions(
                    order_to_correct=True,
                    confiscate_illegal_income=True,
                    revocation_if_serious=True,
                ),
                band="trading-or-forging-staff-certificate",
            ),
        ),
    ),
    _offence(
        "staff-exceeding-approved-services",
        "从事计划生育技术服务的人员擅自增加计划生育技术服务项目或在执业的机构外从事计划生育技术服务",
        "staff adding services or practising outside their institution",
        (
            _rule(
                "tech-service-rules",
                versions=("2001",),
                article=52,
                # 细则 art. 52 as read (web copy, cut after 2倍以上): 违法所得1000元以上的，
                # 并处违法所得2倍以上… — the upper multiple and the no-income band were
                # NOT FOUND; seed 004's 1倍以上3倍以下 / 1000元以上3000元以下 is not the text
                basis=Basis.TEXT_NOT_FOUND,
                sanctions=Sanctions(
                    order_to_correct=True, warning=True, confiscate_illegal_income=True
                ),
                band="staff-exceeding-approved-services",
                note="违法所得1000元以上的，并处违法所得2倍以上… (at least twice the illegal income)",
                missing=(
                    "the upper multiple, and the band for no illegal income or less than 1000 yuan"
                ),
            ),
        ),
    ),
    _offence(
        "hunan-forging-fp-certificates",
        "伪造、变造、买卖生育证、计划生育手术证明、病残儿鉴定证明等计划生育证明",
        "Hunan: forging, altering or trading birth permits and other certificates",
        (
            _rule(
                "hunan-pfp-regulation",
                versions=("2016",),
                article=42,
                basis=Basis.FIXED_RANGE,
                sanctions=Sanctions(confiscate_certificates=True, confiscate_illegal_income=True),
                band="hunan-forging-fp-certificates",
            ),
        ),
    ),
    _offence(
        "hunan-impersonation-in-fp-checks",
        "假冒他人或者组织他人冒名顶替参加孕情检查、病残儿鉴定、计划生育手术及手术并发症鉴定，骗取计划生育证明",
        "Hunan: impersonation in pregnancy checks or assessments to obtain certificates",
        (
            _rule(
                "hunan-pfp-regulation",
                versions=("2016",),
                article=43,
                basis=Basis.NO_FINE,
                sanctions=Sanctions(cancel_certificates=True),
            ),
        ),
    ),
    _offence(
        "organising-sex-selection",
        "组织、介绍妊娠14周以上妇女进行非医学需要的胎儿性别鉴定或者选择性别的人工终止妊娠",
        "Hunan: organising or introducing non-medical sex determination or selection",
        (
            # 有违法所得的 … 每人次处5000元罚款；没有违法所得的，每人次处2000元罚款
            _rule(
                "hunan-decree-194",
                versions=("2004",),
                article=20,
                basis=Basis.PER_PERSON_TIME,
                sanctions=Sanctions(
                    order_to_correct=True,
                    confiscate_illegal_income=True,
                    disciplinary_sanction=True,
                    criminal_referral=True,
                ),
                per_person_time=(
                    "fine.organising-sex-selection.per-person-time.with-income",
                    "fine.organising-sex-selection.per-person-time.without-income",
                ),
            ),
        ),
    ),
    _offence(
        "unauthorised-late-termination",
        "符合法定条件妊娠14周以上的妇女擅自施行人工终止妊娠或者自报新生儿死亡但不能提供合法证明",
        "Hunan: terminating a pregnancy of 14+ weeks without approval",
        (
            # 处以1000元以上3000元以下的罚款
            _rule(
                "hunan-decree-194",
                versions=("2004",),
                article=23,
                basis=Basis.FIXED_RANGE,
                sanctions=Sanctions(),
                band="unauthorised-late-termination",
            ),
        ),
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


def _sd47(scope: str, item: int) -> FineRule:
    return _rule(
        "shandong-pfp-regulation",
        versions=("2016",),
        article=47,
        item=item,
        basis=Basis.FIXED_RANGE,
        sanctions=_SD_47,
        band=scope,
    )


_SHANDONG_47: tuple[Offence, ...] = (  # Shandong 2016 art. 47
    _offence(
        "shandong-illegal-fp-surgery",
        "非法为他人放置或者摘除宫内节育器，非法施行输精管、输卵管复通、终止妊娠等计划生育手术",
        "illegal IUD insertion or removal, reversal or termination surgery (Shandong)",
        (_sd47("shandong-illegal-fp-surgery", item=1),),
    ),
    _offence(
        "shandong-unlicensed-fp-surgery",
        "未取得法定执业许可证的单位或者未取得法定执业资格的人员施行计划生育手术",
        "family-planning surgery by an unlicensed unit or unqualified person (Shandong)",
        (_sd47("shandong-unlicensed-fp-surgery", item=2),),
    ),
    _offence(
        "shandong-non-medical-sex-determination",
        "利用超声技术或者其他技术手段为他人进行非医学需要的胎儿性别鉴定或者选择性别的人工终止妊娠",
        "non-medical fetal sex determination or sex-selective termination (Shandong)",
        (_sd47("shandong-non-medical-sex-determination", item=3),),
    ),
    _offence(
        "shandong-fake-medical-assessment",
        "进行假医学鉴定",
        "fake medical assessment (Shandong)",
        (_sd47("shandong-fake-medical-assessment", item=4),),
    ),
    _offence(
        "shandong-fake-fp-certificates",
        "出具假生育证、假流动人口婚育证明、假独生子女父母光荣证等假计划生育证明",
        "issuing fake birth permits or other fake family-planning certificates (Shandong)",
        (_sd47("shandong-fake-fp-certificates", item=5),),
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


@attrs.frozen
class ProvisionRef:
    """A reference to an article; unpacks as ``(statute_id, article)``."""

    statute_id: str
    article: int

    def __iter__(self) -> Iterator[str | int]:
        return iter((self.statute_id, self.article))


# 《行政处罚法》(2021) 第三十七条: 从旧兼从轻
LENITY_RULE = ProvisionRef("administrative-penalty-law", article=37)
