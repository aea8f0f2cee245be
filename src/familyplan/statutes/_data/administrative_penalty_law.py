"""《中华人民共和国行政处罚法》: the 1996 text, its 2009 and 2017 amendments, the 2021 revision.

LawRefBook/Laws holds only the 2021 text (``行政法/行政处罚法.md``). The 1996,
2009 and 2017 texts are quoted from per-version files of the public repository
Theonefkguy/Chinese-Laws (its 2017 file names 国家法律法规数据库 flk.npc.gov.cn as
its source). The 2009 and 2017 amendments kept every article number of the
1996 text: 2009 only changed art. 42 ¶2 (治安管理处罚条例 → 治安管理处罚法) and
art. 61; 2017 only added a third paragraph to art. 38. The 1996 text's final
article 64 (commencement) is deliberately NOT encoded: article 64 exists in
the registry only for the 2021 text (hearing procedure).
"""

from familyplan.statutes._spec import F, P, S, V

_LRB_2021 = "LawRefBook/Laws:行政法/行政处罚法.md"
_TFK = "web:github.com/Theonefkguy/Chinese-Laws/blob/"
_W1996 = _TFK + "8fa4741380ab7fdc689c1281b1d1a18e6ccac12e/行政法/行政处罚法(1996-03-17).md"
_W2009 = _TFK + "8fa4741380ab7fdc689c1281b1d1a18e6ccac12e/行政法/行政处罚法(2009-08-27).md"
_W2017 = _TFK + "89a557d2a4c29b0680454b13e3c81ff93006972c/行政法/行政处罚法(2017-09-01).md"

_OLD = ("1996", "2009", "2017")
_SAME = (
    "Identical wording in the 1996, 2009 and 2017 files (quoted from the 2017 file, "
    "which cites flk.npc.gov.cn)."
)

STATUTE = S(
    id="administrative-penalty-law",
    title="中华人民共和国行政处罚法",
    issuer="全国人民代表大会",
    level="law",
    jurisdiction="100000",
    note=(
        "Adopted by the NPC (1996); amended by the NPCSC in 2009 and 2017 and revised by "
        "the NPCSC in 2021. Only the 2021 text is in LawRefBook/Laws; older texts are "
        "quoted from Theonefkguy/Chinese-Laws (source prefix web:)."
    ),
    versions=(
        V(
            "1996",
            adopted_on="1996-03-17",
            effective_from="1996-10-01",
            effective_until="2009-08-26",
            source=_W1996,
            note=(
                "第八届全国人民代表大会第四次会议通过 1996-03-17; art. 64: 本法自1996年10月1日"
                "起施行 (file uses full-width digits). Ends the day before the 2009 amendment."
            ),
        ),
        V(
            "2009",
            adopted_on="2009-08-27",
            effective_from="2009-08-27",
            effective_until="2017-12-31",
            source=_W2009,
            note=(
                "全国人大常委会《关于修改部分法律的决定》第一次修正, in force on promulgation "
                "(file header: EFFECTIVE_FROM 2009-08-27, presidential order no. 18). Changed "
                "only art. 42 ¶2 and art. 61. The file's VALID_TO 2018-01-01 is the start of the "
                "next text."
            ),
        ),
        V(
            "2017",
            adopted_on="2017-09-01",
            effective_from="2018-01-01",
            effective_until="2021-07-14",
            source=_W2017,
            note=(
                "《关于修改〈中华人民共和国法官法〉等八部法律的决定》第二次修正, adopted "
                "2017-09-01, in force 2018-01-01 (the 2009 file's VALID_TO basis: "
                "successor_amendment_decision_explicit_effective_date). Added art. 38 ¶3 (legal "
                "review before decisions); no renumbering. Ends the day before the 2021 text."
            ),
        ),
        V(
            "2021",
            adopted_on="2021-01-22",
            effective_from="2021-07-15",
            effective_until=None,
            source=_LRB_2021,
            note=(
                "第十三届全国人民代表大会常务委员会第二十五次会议修订 2021-01-22; art. 86: "
                "本法自2021年7月15日起施行. Whole renumbering (86 articles)."
            ),
        ),
    ),
    provisions=(
        # ---- 1996 / 2009 / 2017 texts -------------------------------------------------
        P(
            versions=_OLD,
            article=29,
            quote=(
                "违法行为在二年内未被发现的，不再给予行政处罚。法律另有规定的除外。\n"
                "前款规定的期限，从违法行为发生之日起计算；违法行为有连续或者继续状态的，"
                "从行为终了之日起计算。"
            ),
            summary=(
                "Limitation: no penalty if the act is not discovered within 2 years, counted "
                "from the act or from the end of a continuing act."
            ),
            source=_W2017,
            note=_SAME,
        ),
        P(
            versions=_OLD,
            article=31,
            quote=(
                "行政机关在作出行政处罚决定之前，应当告知当事人作出行政处罚决定的事实、"
                "理由及依据，并告知当事人依法享有的权利。"
            ),
            summary="Before deciding, the agency must tell the party the facts, reasons, basis and rights.",
            source=_W2017,
            note=_SAME + " No time limit for the party's statement is fixed by the law.",
        ),
        P(
            versions=_OLD,
            article=32,
            quote=(
                "当事人有权进行陈述和申辩。行政机关必须充分听取当事人的意见，对当事人提出的"
                "事实、理由和证据，应当进行复核；当事人提出的事实、理由或者证据成立的，"
                "行政机关应当采纳。\n"
                "行政机关不得因当事人申辩而加重处罚。"
            ),
            summary="Right to state and defend; the agency must review it and may not increase the penalty for it.",
            source=_W2017,
            note=_SAME,
        ),
        P(
            versions=("1996", "2009"),
            article=38,
            quote=(
                "调查终结，行政机关负责人应当对调查结果进行审查，根据不同情况，分别作出如下决定：\n"
                "（一）确有应受行政处罚的违法行为的，根据情节轻重及具体情况，作出行政处罚决定；\n"
                "（二）违法行为轻微，依法可以不予行政处罚的，不予行政处罚；\n"
                "（三）违法事实不能成立的，不得给予行政处罚；\n"
                "（四）违法行为已构成犯罪的，移送司法机关。\n"
                "对情节复杂或者重大违法行为给予较重的行政处罚，行政机关的负责人应当集体讨论决定。"
            ),
            summary="Decision after investigation; heavier penalties for complex or serious cases need a collective decision.",
            source=_W1996,
            note="Identical in the 2009 file. The 2017 amendment added a third paragraph (separate entry).",
        ),
        P(
            versions=("2017",),
            article=38,
            quote=(
                "调查终结，行政机关负责人应当对调查结果进行审查，根据不同情况，分别作出如下决定：\n"
                "（一）确有应受行政处罚的违法行为的，根据情节轻重及具体情况，作出行政处罚决定；\n"
                "（二）违法行为轻微，依法可以不予行政处罚的，不予行政处罚；\n"
                "（三）违法事实不能成立的，不得给予行政处罚；\n"
                "（四）违法行为已构成犯罪的，移送司法机关。\n"
                "对情节复杂或者重大违法行为给予较重的行政处罚，行政机关的负责人应当集体讨论决定。\n"
                "在行政机关负责人作出决定之前，应当由从事行政处罚决定审核的人员进行审核。"
                "行政机关中初次从事行政处罚决定审核的人员，应当通过国家统一法律职业资格考试"
                "取得法律职业资格。"
            ),
            summary="As 1996 art. 38, plus a legal review of the decision before the head of the agency decides.",
            source=_W2017,
        ),
        P(
            versions=_OLD,
            article=38,
            paragraph=2,
            quote="对情节复杂或者重大违法行为给予较重的行政处罚，行政机关的负责人应当集体讨论决定。",
            summary="Heavier penalties for complex or serious violations are decided collectively by the agency heads.",
            source=_W2017,
            note=_SAME,
        ),
        P(
            versions=_OLD,
            article=40,
            quote=(
                "行政处罚决定书应当在宣告后当场交付当事人；当事人不在场的，行政机关应当在七日内"
                "依照民事诉讼法的有关规定，将行政处罚决定书送达当事人。"
            ),
            summary=(
                "Decision handed over on the spot after announcement; if the party is absent, "
                "served within 7 days under the Civil Procedure Law."
            ),
            source=_W2017,
            note=_SAME
            + " The 1996-2017 texts do not say whether the 7 days are working days (2021: art. 85).",
        ),
        P(
            versions=("1996",),
            article=42,
            quote=(
                "行政机关作出责令停产停业、吊销许可证或者执照、较大数额罚款等行政处罚决定之前，"
                "应当告知当事人有要求举行听证的权利；当事人要求听证的，行政机关应当组织听证。"
                "当事人不承担行政机关组织听证的费用。听证依照以下程序组织：\n"
                "（一）当事人要求听证的，应当在行政机关告知后三日内提出；\n"
                "（二）行政机关应当在听证的七日前，通知当事人举行听证的时间、地点；\n"
                "（三）除涉及国家秘密、商业秘密或者个人隐私外，听证公开举行；\n"
                "（四）听证由行政机关指定的非本案调查人员主持；当事人认为主持人与本案有直接利害"
                "关系的，有权申请回避；\n"
                "（五）当事人可以亲自参加听证，也可以委托一至二人代理；\n"
                "（六）举行听证时，调查人员提出当事人违法的事实、证据和行政处罚建议；当事人进行"
                "申辩和质证；\n"
                "（七）听证应当制作笔录；笔录应当交当事人审核无误后签字或者盖章。\n"
                "当事人对限制人身自由的行政处罚有异议的，依照治安管理处罚条例有关规定执行。"
            ),
            summary=(
                "Hearing: request within 3 days of being told of the right; notice of the "
                "hearing 7 days before it."
            ),
            source=_W1996,
        ),
        P(
            versions=("2009", "2017"),
            article=42,
            quote=(
                "行政机关作出责令停产停业、吊销许可证或者执照、较大数额罚款等行政处罚决定之前，"
                "应当告知当事人有要求举行听证的权利；当事人要求听证的，行政机关应当组织听证。"
                "当事人不承担行政机关组织听证的费用。听证依照以下程序组织：\n"
                "（一）当事人要求听证的，应当在行政机关告知后三日内提出；\n"
                "（二）行政机关应当在听证的七日前，通知当事人举行听证的时间、地点；\n"
                "（三）除涉及国家秘密、商业秘密或者个人隐私外，听证公开举行；\n"
                "（四）听证由行政机关指定的非本案调查人员主持；当事人认为主持人与本案有直接利害"
                "关系的，有权申请回避；\n"
                "（五）当事人可以亲自参加听证，也可以委托一至二人代理；\n"
                "（六）举行听证时，调查人员提出当事人违法的事实、证据和行政处罚建议；当事人进行"
                "申辩和质证；\n"
                "（七）听证应当制作笔录；笔录应当交当事人审核无误后签字或者盖章。\n"
                "当事人对限制人身自由的行政处罚有异议的，依照治安管理处罚法有关规定执行。"
            ),
            summary=(
                "Hearing: request within 3 days of being told of the right; notice of the "
                "hearing 7 days before it."
            ),
            source=_W2017,
            note="Identical in the 2009 file; differs from 1996 only in the last paragraph (条例 -> 法).",
        ),
        P(
            versions=_OLD,
            article=46,
            quote=(
                "作出罚款决定的行政机关应当与收缴罚款的机构分离。\n"
                "除依照本法第四十七条、第四十八条的规定当场收缴的罚款外，作出行政处罚决定的"
                "行政机关及其执法人员不得自行收缴罚款。\n"
                "当事人应当自收到行政处罚决定书之日起十五日内，到指定的银行缴纳罚款。"
                "银行应当收受罚款，并将罚款直接上缴国库。"
            ),
            summary="Fines are paid at the designated bank within 15 days of receiving the decision.",
            source=_W2017,
            note=_SAME,
        ),
        P(
            versions=_OLD,
            article=51,
            quote=(
                "当事人逾期不履行行政处罚决定的，作出行政处罚决定的行政机关可以采取下列措施：\n"
                "（一）到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款；\n"
                "（二）根据法律规定，将查封、扣押的财物拍卖或者将冻结的存款划拨抵缴罚款；\n"
                "（三）申请人民法院强制执行。"
            ),
            summary="Unpaid fine: surcharge of 3 percent of the fine per day; auction or transfer; court enforcement.",
            source=_W2017,
            note=(
                _SAME
                + " No cap on the surcharge in these texts; from 2012-01-01 行政强制法 art. 45 "
                "caps it at the principal."
            ),
        ),
        # ---- 2021 text ----------------------------------------------------------------
        P(
            versions=("2021",),
            article=36,
            quote=(
                "违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有"
                "危害后果的，上述期限延长至五年。法律另有规定的除外。\n"
                "前款规定的期限，从违法行为发生之日起计算；违法行为有连续或者继续状态的，"
                "从行为终了之日起计算。"
            ),
            summary=(
                "Limitation: 2 years, 5 years where life and health safety or financial security "
                "is involved with harmful consequences; from the act or the end of a continuing act."
            ),
            source=_LRB_2021,
        ),
        P(
            versions=("2021",),
            article=37,
            quote=(
                "实施行政处罚，适用违法行为发生时的法律、法规、规章的规定。但是，作出行政处罚决定时，"
                "法律、法规、规章已被修改或者废止，且新的规定处罚较轻或者不认为是违法的，适用新的规定。"
            ),
            summary="Law at the time of the act applies, unless the law at decision time is lighter or no longer punishes it.",
            source=_LRB_2021,
        ),
        P(
            versions=("2021",),
            article=44,
            quote=(
                "行政机关在作出行政处罚决定之前，应当告知当事人拟作出的行政处罚内容及事实、理由、依据，"
                "并告知当事人依法享有的陈述、申辩、要求听证等权利。"
            ),
            summary="Before deciding, the agency must tell the party the intended penalty, facts, reasons, basis and rights.",
            source=_LRB_2021,
        ),
        P(
            versions=("2021",),
            article=45,
            quote=(
                "当事人有权进行陈述和申辩。行政机关必须充分听取当事人的意见，对当事人提出的事实、"
                "理由和证据，应当进行复核；当事人提出的事实、理由或者证据成立的，行政机关应当采纳。\n"
                "行政机关不得因当事人陈述、申辩而给予更重的处罚。"
            ),
            summary="Right to state and defend; the agency must review it and may not impose a heavier penalty for it.",
            source=_LRB_2021,
        ),
        P(
            versions=("2021",),
            article=57,
            quote=(
                "调查终结，行政机关负责人应当对调查结果进行审查，根据不同情况，分别作出如下决定：\n"
                "（一）确有应受行政处罚的违法行为的，根据情节轻重及具体情况，作出行政处罚决定；\n"
                "（二）违法行为轻微，依法可以不予行政处罚的，不予行政处罚；\n"
                "（三）违法事实不能成立的，不予行政处罚；\n"
                "（四）违法行为涉嫌犯罪的，移送司法机关。\n"
                "对情节复杂或者重大违法行为给予行政处罚，行政机关负责人应当集体讨论决定。"
            ),
            summary="Decision after investigation; penalties for complex or serious violations need a collective decision.",
            source=_LRB_2021,
        ),
        P(
            versions=("2021",),
            article=57,
            paragraph=2,
            quote="对情节复杂或者重大违法行为给予行政处罚，行政机关负责人应当集体讨论决定。",
            summary="Penalties for complex or serious violations are decided collectively by the agency heads.",
            source=_LRB_2021,
        ),
        P(
            versions=("2021",),
            article=60,
            quote=(
                "行政机关应当自行政处罚案件立案之日起九十日内作出行政处罚决定。"
                "法律、法规、规章另有规定的，从其规定。"
            ),
            summary="The decision is due within 90 days of opening the case, unless other rules provide otherwise.",
            source=_LRB_2021,
        ),
        P(
            versions=("2021",),
            article=61,
            quote=(
                "行政处罚决定书应当在宣告后当场交付当事人；当事人不在场的，行政机关应当在七日内依照"
                "《中华人民共和国民事诉讼法》的有关规定，将行政处罚决定书送达当事人。\n"
                "当事人同意并签订确认书的，行政机关可以采用传真、电子邮件等方式，将行政处罚决定书等"
                "送达当事人。"
            ),
            summary=(
                "Decision handed over on the spot; if the party is absent, served within 7 (working) "
                "days under the Civil Procedure Law; fax or e-mail with written consent."
            ),
            source=_LRB_2021,
            note="The 7 days are working days by art. 85.",
        ),
        P(
            versions=("2021",),
            article=63,
            quote=(
                "行政机关拟作出下列行政处罚决定，应当告知当事人有要求听证的权利，当事人要求听证的，"
                "行政机关应当组织听证：\n"
                "（一）较大数额罚款；\n"
                "（二）没收较大数额违法所得、没收较大价值非法财物；\n"
                "（三）降低资质等级、吊销许可证件；\n"
                "（四）责令停产停业、责令关闭、限制从业；\n"
                "（五）其他较重的行政处罚；\n"
                "（六）法律、法规、规章规定的其他情形。\n"
                "当事人不承担行政机关组织听证的费用。"
            ),
            summary="Penalties that carry a right to a hearing (large fines, large confiscations, revocations, closures...).",
            source=_LRB_2021,
            note="较大数额 is not defined by the law (set by departmental or local rules).",
        ),
        P(
            versions=("2021",),
            article=64,
            quote=(
                "听证应当依照以下程序组织：\n"
                "（一）当事人要求听证的，应当在行政机关告知后五日内提出；\n"
                "（二）行政机关应当在举行听证的七日前，通知当事人及有关人员听证的时间、地点；\n"
                "（三）除涉及国家秘密、商业秘密或者个人隐私依法予以保密外，听证公开举行；\n"
                "（四）听证由行政机关指定的非本案调查人员主持；当事人认为主持人与本案有直接利害关系的，"
                "有权申请回避；\n"
                "（五）当事人可以亲自参加听证，也可以委托一至二人代理；\n"
                "（六）当事人及其代理人无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证"
                "权利，行政机关终止听证；\n"
                "（七）举行听证时，调查人员提出当事人违法的事实、证据和行政处罚建议，当事人进行申辩和"
                "质证；\n"
                "（八）听证应当制作笔录。笔录应当交当事人或者其代理人核对无误后签字或者盖章。"
                "当事人或者其代理人拒绝签字或者盖章的，由听证主持人在笔录中注明。"
            ),
            summary=(
                "Hearing: request within 5 (working) days of being told of the right; notice of the "
                "hearing 7 (working) days before it."
            ),
            source=_LRB_2021,
            note="The 5 and 7 days are working days by art. 85.",
        ),
        P(
            versions=("2021",),
            article=67,
            quote=(
                "作出罚款决定的行政机关应当与收缴罚款的机构分离。\n"
                "除依照本法第六十八条、第六十九条的规定当场收缴的罚款外，作出行政处罚决定的行政机关及其"
                "执法人员不得自行收缴罚款。\n"
                "当事人应当自收到行政处罚决定书之日起十五日内，到指定的银行或者通过电子支付系统缴纳罚款。"
                "银行应当收受罚款，并将罚款直接上缴国库。"
            ),
            summary="Fines are paid at the designated bank or electronically within 15 days of receiving the decision.",
            source=_LRB_2021,
        ),
        P(
            versions=("2021",),
            article=72,
            quote=(
                "当事人逾期不履行行政处罚决定的，作出行政处罚决定的行政机关可以采取下列措施：\n"
                "（一）到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的"
                "数额；\n"
                "（二）根据法律规定，将查封、扣押的财物拍卖、依法处理或者将冻结的存款、汇款划拨抵缴罚款；\n"
                "（三）根据法律规定，采取其他行政强制执行方式；\n"
                "（四）依照《中华人民共和国行政强制法》的规定申请人民法院强制执行。\n"
                "行政机关批准延期、分期缴纳罚款的，申请人民法院强制执行的期限，自暂缓或者分期缴纳罚款"
                "期限结束之日起计算。"
            ),
            summary=(
                "Unpaid fine: surcharge of 3 percent per day capped at the fine; court enforcement; "
                "after deferral the enforcement period runs from the end of the deferral."
            ),
            source=_LRB_2021,
        ),
        P(
            versions=("2021",),
            article=73,
            quote=(
                "当事人对行政处罚决定不服，申请行政复议或者提起行政诉讼的，行政处罚不停止执行，"
                "法律另有规定的除外。\n"
                "当事人对限制人身自由的行政处罚决定不服，申请行政复议或者提起行政诉讼的，可以向作出决定的"
                "机关提出暂缓执行申请。符合法律规定情形的，应当暂缓执行。\n"
                "当事人申请行政复议或者提起行政诉讼的，加处罚款的数额在行政复议或者行政诉讼期间不予计算。"
            ),
            summary="Review or litigation does not suspend the penalty; the daily surcharge does not accrue during them.",
            source=_LRB_2021,
        ),
        P(
            versions=("2021",),
            article=85,
            quote="本法中“二日”“三日”“五日”“七日”的规定是指工作日，不含法定节假日。",
            summary="The law's 2, 3, 5 and 7 day periods are working days, excluding statutory holidays.",
            source=_LRB_2021,
        ),
        P(
            versions=("2021",),
            article=86,
            quote="本法自2021年7月15日起施行。",
            summary="The 2021 text takes effect on 2021-07-15.",
            source=_LRB_2021,
        ),
    ),
    figures=(
        # 1996/2009/2017 art. 29 ¶1: 违法行为在二年内未被发现的，不再给予行政处罚
        F("limitation.years", 2, "years", "二年", versions=_OLD, article=29, paragraph=1),
        # 2021 art. 36 ¶1: 违法行为在二年内未被发现的，不再给予行政处罚
        F("limitation.years", 2, "years", "二年", versions=("2021",), article=36, paragraph=1),
        # 2021 art. 36 ¶1: 涉及公民生命健康安全、金融安全且有危害后果的，上述期限延长至五年
        F(
            "limitation.harm.years",
            5,
            "years",
            "延长至五年",
            versions=("2021",),
            article=36,
            paragraph=1,
        ),
        # 1996–2017 第四十二条（一）: 当事人要求听证的，应当在行政机关告知后三日内提出
        F(
            "deadline.hearing-request.days",
            3,
            "days",
            "告知后三日内提出",
            versions=("1996", "2009", "2017"),
            article=42,
            item=1,
        ),
        # 2021 第六十四条（一）: …应当在行政机关告知后五日内提出; 第八十五条: “五日” … 是指工作日
        F(
            "deadline.hearing-request.days",
            5,
            "working-days",
            "告知后五日内提出",
            versions=("2021",),
            article=64,
            item=1,
            note="working days by art. 85 (“五日” … 是指工作日，不含法定节假日)",
        ),
        # 1996–2017 第四十二条（二）: 行政机关应当在听证的七日前，通知当事人
        F(
            "deadline.hearing-notice.days",
            7,
            "days",
            "听证的七日前",
            versions=("1996", "2009", "2017"),
            article=42,
            item=2,
        ),
        # 2021 第六十四条（二）: 行政机关应当在举行听证的七日前，通知当事人及有关人员
        F(
            "deadline.hearing-notice.days",
            7,
            "working-days",
            "举行听证的七日前",
            versions=("2021",),
            article=64,
            item=2,
            note="working days by art. 85 (“七日” … 是指工作日，不含法定节假日)",
        ),
        # 1996–2017 第四十条: 当事人不在场的，行政机关应当在七日内 … 送达当事人
        F(
            "deadline.service.days",
            7,
            "days",
            "应当在七日内",
            versions=("1996", "2009", "2017"),
            article=40,
        ),
        # 2021 第六十一条: 当事人不在场的，行政机关应当在七日内 … 送达当事人
        F(
            "deadline.service.days",
            7,
            "working-days",
            "应当在七日内",
            versions=("2021",),
            article=61,
            note="working days by art. 85 (“七日” … 是指工作日，不含法定节假日)",
        ),
        # 2021 第八十五条: 本法中“二日”“三日”“五日”“七日”的规定是指工作日，不含法定节假日
        F(
            "deadline.apl.working-days.five",
            5,
            "working-days",
            "“五日”",
            versions=("2021",),
            article=85,
        ),
        F(
            "deadline.apl.working-days.seven",
            7,
            "working-days",
            "“七日”",
            versions=("2021",),
            article=85,
        ),
    ),
)
