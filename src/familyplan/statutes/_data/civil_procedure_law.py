"""《中华人民共和国民事诉讼法》: periods (期间) and service (送达), 1991 to 2023 texts.

Article numbers: 1991 and 2007 texts arts. 75-84; 2012 and 2017 texts arts.
82-92; 2021 and 2023 texts arts. 85-95. Changes that matter here: the 2012
text lets a refused document be left at the residence with a photo or video
record and adds e-service (art. 87); the 2021 text says 法定休假日 instead of
节假日 in the period rule (art. 85 ¶3), allows e-service of judgments, and
cuts service by public notice from 60 to 30 days (art. 95).

The 2021 and 2023 texts are in LawRefBook/Laws (the undated
``民事诉讼法.md`` is the 2021 text: it has the 30-day public notice but not the
2023 chapter on 指定遗产管理人案件). The older texts are quoted from
Theonefkguy/Chinese-Laws.
"""

from familyplan.statutes._spec import F, P, S, V

_LRB_2021 = "LawRefBook/Laws:诉讼与非诉讼程序法/民事诉讼法.md"
_LRB_2023 = "LawRefBook/Laws:诉讼与非诉讼程序法/民事诉讼法(2023-09-01).md"
_TFK = "web:github.com/Theonefkguy/Chinese-Laws/blob/"
_W1991 = (
    _TFK + "e4d0afe499e3b5613229e068be441970a0c1c03d/诉讼与非诉讼程序法/民事诉讼法(1991-04-09).md"
)
_W2007 = (
    _TFK + "e4d0afe499e3b5613229e068be441970a0c1c03d/诉讼与非诉讼程序法/民事诉讼法(2007-10-28).md"
)
_W2012 = (
    _TFK + "e4d0afe499e3b5613229e068be441970a0c1c03d/诉讼与非诉讼程序法/民事诉讼法(2012-08-31).md"
)
_W2017 = (
    _TFK + "08eb6c2ab240f20873caa2f555a2a232ae16513c/诉讼与非诉讼程序法/民事诉讼法(2017-06-27).md"
)

_V91 = ("1991", "2007")
_V12 = ("2012", "2017")
_V21 = ("2021", "2023")
_S91 = "Identical in the 1991 and 2007 files."
_S12 = "Identical in the 2012 and 2017 files."
_S21 = "Identical in the 2021 (民事诉讼法.md) and 2023 LawRefBook files."

_PERIOD_OLD = (
    "期间包括法定期间和人民法院指定的期间。\n"
    "期间以时、日、月、年计算。期间开始的时和日，不计算在期间内。\n"
    "期间届满的最后一日是节假日的，以节假日后的第一日为期间届满的日期。\n"
    "期间不包括在途时间，诉讼文书在期满前交邮的，不算过期。"
)
_PERIOD_NEW = (
    "期间包括法定期间和人民法院指定的期间。\n"
    "期间以时、日、月、年计算。期间开始的时和日，不计算在期间内。\n"
    "期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期。\n"
    "期间不包括在途时间，诉讼文书在期满前交邮的，不算过期。"
)
_DELAY = (
    "当事人因不可抗拒的事由或者其他正当理由耽误期限的，在障碍消除后的十日内，可以申请顺延期限，"
    "是否准许，由人民法院决定。"
)
_RECEIPT = (
    "送达诉讼文书必须有送达回证，由受送达人在送达回证上记明收到日期，签名或者盖章。\n"
    "受送达人在送达回证上的签收日期为送达日期。"
)
_DIRECT = (
    "送达诉讼文书，应当直接送交受送达人。受送达人是公民的，本人不在交他的同住成年家属签收；"
    "受送达人是法人或者其他组织的，应当由法人的法定代表人、其他组织的主要负责人或者该法人、"
    "组织负责收件的人签收；受送达人有诉讼代理人的，可以送交其代理人签收；受送达人已向人民法院"
    "指定代收人的，送交代收人签收。\n"
    "受送达人的同住成年家属，法人或者其他组织的负责收件的人，诉讼代理人或者代收人在送达回证上"
    "签收的日期为送达日期。"
)
_LEAVE_OLD = (
    "受送达人或者他的同住成年家属拒绝接收诉讼文书的，送达人应当邀请有关基层组织或者所在单位的"
    "代表到场，说明情况，在送达回证上记明拒收事由和日期，由送达人、见证人签名或者盖章，把诉讼"
    "文书留在受送达人的住所，即视为送达。"
)
_LEAVE_NEW = (
    "受送达人或者他的同住成年家属拒绝接收诉讼文书的，送达人可以邀请有关基层组织或者所在单位的"
    "代表到场，说明情况，在送达回证上记明拒收事由和日期，由送达人、见证人签名或者盖章，把诉讼"
    "文书留在受送达人的住所；也可以把诉讼文书留在受送达人的住所，并采用拍照、录像等方式记录"
    "送达过程，即视为送达。"
)
_POST = (
    "直接送达诉讼文书有困难的，可以委托其他人民法院代为送达，或者邮寄送达。邮寄送达的，以回执上"
    "注明的收件日期为送达日期。"
)
_NOTICE_60 = (
    "受送达人下落不明，或者用本节规定的其他方式无法送达的，公告送达。自发出公告之日起，经过六十日，"
    "即视为送达。\n"
    "公告送达，应当在案卷中记明原因和经过。"
)
_NOTICE_30 = (
    "受送达人下落不明，或者用本节规定的其他方式无法送达的，公告送达。自发出公告之日起，经过三十日，"
    "即视为送达。\n"
    "公告送达，应当在案卷中记明原因和经过。"
)

_SUM_PERIOD = (
    "Periods: the starting hour and day are not counted; a period ending on a holiday ends on "
    "the first day after it; time in transit is excluded."
)
_SUM_DELAY = "A party delayed by force majeure may ask for an extension within 10 days after the obstacle ends."
_SUM_RECEIPT = "The date signed on the service receipt is the date of service."
_SUM_DIRECT = "Direct service; the date signed by an adult household member, agent or recipient is the date of service."
_SUM_POST = "Service by post: the date of receipt on the return slip is the date of service."

STATUTE = S(
    id="civil-procedure-law",
    title="中华人民共和国民事诉讼法",
    issuer="全国人民代表大会",
    level="law",
    jurisdiction="100000",
    note=(
        "Adopted by the NPC (1991); amended by the NPCSC in 2007, 2012, 2017, 2021 and 2023. "
        "Only the period and service articles are encoded."
    ),
    versions=(
        V(
            "1991",
            adopted_on="1991-04-09",
            effective_from="1991-04-09",
            effective_until="2008-03-31",
            source=_W1991,
            note=(
                "第七届全国人民代表大会第四次会议通过 1991-04-09; art. 270: 本法自公布之日起施行 "
                "(file header: EFFECTIVE_FROM 1991-04-09, VALID_TO 2008-04-01 = start of the next text)."
            ),
        ),
        V(
            "2007",
            adopted_on="2007-10-28",
            effective_from="2008-04-01",
            effective_until="2012-12-31",
            source=_W2007,
            note=(
                "第一次修正 2007-10-28; file header: EFFECTIVE_FROM 2008-04-01 (amendment decision), "
                "VALID_TO 2013-01-01. The period and service articles keep the 1991 numbers and words "
                "(the file's art. 84 has a stray space, 本节 规定, an extraction artefact)."
            ),
        ),
        V(
            "2012",
            adopted_on="2012-08-31",
            effective_from="2013-01-01",
            effective_until="2017-06-30",
            source=_W2012,
            note="第二次修正 2012-08-31; in force 2013-01-01 (the 2007 file's VALID_TO). Renumbered: periods art. 82.",
        ),
        V(
            "2017",
            adopted_on="2017-06-27",
            effective_from="2017-07-01",
            effective_until="2021-12-31",
            source=_W2017,
            note=(
                "第三次修正 2017-06-27 (same decision as 行政诉讼法 2017), in force 2017-07-01 (the "
                "行政诉讼法 2014 file's VALID_TO). Period and service articles unchanged from 2012."
            ),
        ),
        V(
            "2021",
            adopted_on="2021-12-24",
            effective_from="2022-01-01",
            effective_until="2023-12-31",
            source=_LRB_2021,
            note=(
                "第四次修正 2021-12-24; in force 2022-01-01 (Theonefkguy/Chinese-Laws 2021 file header: "
                "EFFECTIVE_FROM 2022-01-01, basis official_flk_sxrq). LawRefBook's undated 民事诉讼法.md "
                "is identified as this text by content."
            ),
        ),
        V(
            "2023",
            adopted_on="2023-09-01",
            effective_from="2024-01-01",
            effective_until=None,
            source=_LRB_2023,
            note=(
                "第五次修正 2023-09-01, 主席令第11号, 自2024年1月1日起施行 (promulgation order as "
                "reproduced on public law sites; the LawRefBook header gives only the adoption date). "
                "Period and service articles unchanged from 2021. No later amendment found."
            ),
        ),
    ),
    provisions=(
        # ---- 1991 / 2007 ---------------------------------------------------------------
        P(
            versions=_V91,
            article=75,
            quote=_PERIOD_OLD,
            summary=_SUM_PERIOD,
            source=_W1991,
            note=_S91,
        ),
        P(versions=_V91, article=76, quote=_DELAY, summary=_SUM_DELAY, source=_W1991, note=_S91),
        P(
            versions=_V91,
            article=77,
            quote=_RECEIPT,
            summary=_SUM_RECEIPT,
            source=_W1991,
            note=_S91,
        ),
        P(versions=_V91, article=78, quote=_DIRECT, summary=_SUM_DIRECT, source=_W1991, note=_S91),
        P(
            versions=_V91,
            article=79,
            quote=_LEAVE_OLD,
            summary="Refusal: with a witness from the local organisation, the document is left at the residence and deemed served.",
            source=_W1991,
            note=_S91,
        ),
        P(versions=_V91, article=80, quote=_POST, summary=_SUM_POST, source=_W1991, note=_S91),
        P(
            versions=_V91,
            article=84,
            quote=_NOTICE_60,
            summary="Service by public notice: deemed served 60 days after the notice is issued.",
            source=_W1991,
            note=_S91 + " (2007 file: stray space in 本节 规定.)",
        ),
        # ---- 2012 / 2017 ---------------------------------------------------------------
        P(
            versions=_V12,
            article=82,
            quote=_PERIOD_OLD,
            summary=_SUM_PERIOD,
            source=_W2012,
            note=_S12,
        ),
        P(versions=_V12, article=83, quote=_DELAY, summary=_SUM_DELAY, source=_W2012, note=_S12),
        P(
            versions=_V12,
            article=84,
            quote=_RECEIPT,
            summary=_SUM_RECEIPT,
            source=_W2012,
            note=_S12,
        ),
        P(versions=_V12, article=85, quote=_DIRECT, summary=_SUM_DIRECT, source=_W2012, note=_S12),
        P(
            versions=_V12,
            article=86,
            quote=_LEAVE_NEW,
            summary="Refusal: the document may be left at the residence with a witness or a photo/video record; deemed served.",
            source=_W2012,
            note=_S12,
        ),
        P(
            versions=_V12,
            article=87,
            quote=(
                "经受送达人同意，人民法院可以采用传真、电子邮件等能够确认其收悉的方式送达诉讼文书，"
                "但判决书、裁定书、调解书除外。\n"
                "采用前款方式送达的，以传真、电子邮件等到达受送达人特定系统的日期为送达日期。"
            ),
            summary="With consent, service by fax or e-mail (not judgments); served on arrival in the recipient's system.",
            source=_W2012,
            note=_S12,
        ),
        P(versions=_V12, article=88, quote=_POST, summary=_SUM_POST, source=_W2012, note=_S12),
        P(
            versions=_V12,
            article=92,
            quote=_NOTICE_60,
            summary="Service by public notice: deemed served 60 days after the notice is issued.",
            source=_W2012,
            note=_S12,
        ),
        # ---- 2021 / 2023 ---------------------------------------------------------------
        P(
            versions=_V21,
            article=85,
            quote=_PERIOD_NEW,
            summary=(
                "Periods: the starting hour and day are not counted; a period ending on a statutory "
                "holiday ends on the first day after it; time in transit is excluded."
            ),
            source=_LRB_2023,
            note=_S21 + " Earlier texts say 节假日 where this one says 法定休假日.",
        ),
        P(versions=_V21, article=86, quote=_DELAY, summary=_SUM_DELAY, source=_LRB_2023, note=_S21),
        P(
            versions=_V21,
            article=87,
            quote=_RECEIPT,
            summary=_SUM_RECEIPT,
            source=_LRB_2023,
            note=_S21,
        ),
        P(
            versions=_V21,
            article=88,
            quote=_DIRECT,
            summary=_SUM_DIRECT,
            source=_LRB_2023,
            note=_S21,
        ),
        P(
            versions=_V21,
            article=89,
            quote=_LEAVE_NEW,
            summary="Refusal: the document may be left at the residence with a witness or a photo/video record; deemed served.",
            source=_LRB_2023,
            note=_S21,
        ),
        P(
            versions=_V21,
            article=90,
            quote=(
                "经受送达人同意，人民法院可以采用能够确认其收悉的电子方式送达诉讼文书。通过电子方式送达的"
                "判决书、裁定书、调解书，受送达人提出需要纸质文书的，人民法院应当提供。\n"
                "采用前款方式送达的，以送达信息到达受送达人特定系统的日期为送达日期。"
            ),
            summary="With consent, electronic service (judgments included); served when the message reaches the recipient's system.",
            source=_LRB_2023,
            note=_S21,
        ),
        P(versions=_V21, article=91, quote=_POST, summary=_SUM_POST, source=_LRB_2023, note=_S21),
        P(
            versions=_V21,
            article=95,
            quote=_NOTICE_30,
            summary="Service by public notice: deemed served 30 days after the notice is issued.",
            source=_LRB_2023,
            note=_S21,
        ),
    ),
    figures=(
        # 1991/2007 第八十四条, 2012/2017 第九十二条: 自发出公告之日起，经过六十日，即视为送达
        F(
            "deadline.service.public-notice.days",
            60,
            "days",
            "经过六十日，即视为送达",
            versions=("1991", "2007"),
            article=84,
        ),
        F(
            "deadline.service.public-notice.days",
            60,
            "days",
            "经过六十日，即视为送达",
            versions=("2012", "2017"),
            article=92,
        ),
        # 2021/2023 第九十五条: 自发出公告之日起，经过三十日，即视为送达
        F(
            "deadline.service.public-notice.days",
            30,
            "days",
            "经过三十日，即视为送达",
            versions=("2021", "2023"),
            article=95,
        ),
    ),
)
