"""Chinese descriptions of the calculators' steps, kept in one place.

A calculator states each step in English (``Trace.add(description, ...)``) and
may give the Chinese itself (``zh=...``). When it does not, :func:`step_zh`
finds the Chinese here: an ordered table of patterns over the English
description, each with its Chinese in the statutes' own terms (滞纳金, 欠缴,
违法所得, 工作日, 法定节假日, 送达, 行政复议…). Keeping the table here means the
calculators' files need not change for the Chinese, and one test
(``tests/test_zh_steps.py``) runs every calculator and fails on any step that
has no Chinese: a new step needs a ``zh=`` argument or a row here.

>>> step_zh("2013-02-01 to 2013-02-28: 100000.00 unpaid x 0.002")
'2013-02-01至2013-02-28：欠缴 100000.00 元 × 0.002'
>>> step_zh("months of default charged as of 2014-01-31")
'截至2014-01-31应加收滞纳金的月数'
>>> step_zh("no such step")
''
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

__all__ = ["late_fee_month_zh", "step_zh", "value_zh"]

_STATUS = {"met": "符合", "not met": "不符合", "unknown": "无法判断（事实未给出）"}
_VERDICT = {
    "eligible": "符合条件",
    "not eligible": "不符合条件",
    "undetermined": "无法判断（有事实未给出）",
}
_ROUNDING = {
    "fen, half-up": "四舍五入到分",
    "yuan, down": "舍去角分、取整到元",
    "yuan, half-up": "四舍五入到元",
    "fen, down": "舍去到分",
}
_POLICY = {
    "completed months": "按届满的整月计算",
    "started months": "不满一个月的按一个月计算",
    "principal-first": "缴款先抵欠缴的社会抚养费",
    "fee-first": "缴款先抵滞纳金",
}
_EVENT = {
    "stop": "停止发放",
    "stop-and-recover": "停止发放并追回",
    "recheck": "重新审核",
    "continue": "继续发放",
    "not-encoded": "未编码（无适用的条文）",
}
_RATE_KIND = {
    "death": "独生子女死亡",
    "disability": "独生子女伤残",
    "urban-death": "城镇独生子女死亡",
    "urban-disability": "城镇独生子女伤残",
    "rural-death": "农村独生子女死亡",
    "rural-disability": "农村独生子女伤残",
}
_PARTY = {"mother": "女方", "father": "男方", "wife": "女方", "husband": "男方"}
_PROVINCE = {"Shandong": "山东省", "Hunan": "湖南省", "Hebei": "河北省"}
_WHO = r"(?P<who>mother|father|wife|husband)"
_PROGRAMME = {
    "rural-reward": "农村部分计划生育家庭奖励扶助",
    "special-assistance": "计划生育家庭特别扶助",
    "only-child-health-allowance": "独生子女保健费",
    "urban-parents-reward": "城镇独生子女父母奖励",
    "additional-birth": "再生育审批",
    "late-term-termination": "中期以上终止妊娠审批",
}
_CONDITION = {
    "rural-reward.rural-registration": "本人为农业户口或界定为农村居民户口",
    "rural-reward.spouse-rural-registration": "本人及配偶均为农业户口或界定为农村居民户口",
    "rural-reward.no-birth-against-rules": "1973年至2001年间没有违反计划生育法律法规和政策规定生育",
    "rural-reward.one-living-child": "现存一个子女",
    "rural-reward.two-living-daughters": "现存两个女孩",
    "rural-reward.children-dead": "子女死亡现无子女",
    "rural-reward.born-1933-or-later": "1933年1月1日以后出生",
    "rural-reward.aged-60": "当年年满60周岁",
    "special-assistance.born-1933-or-later": "1933年1月1日以后出生",
    "special-assistance.woman-aged-49": "女方年满49周岁",
    "special-assistance.one-child": "只生育一个子女或合法收养一个子女",
    "special-assistance.no-living-child": "现无存活子女",
    "special-assistance.child-disabled": "独生子女经依法鉴定为三级以上残疾",
    "special-assistance.registration-known": "城镇或农村户籍已知（决定扶助标准）",
    "only-child-health-allowance.certificate": "领取《独生子女父母光荣证》",
    "only-child-health-allowance.one-child": "自愿终身只生育一个子女，现有一个子女",
    "only-child-health-allowance.in-period": "自领证之月起至子女满十四周岁之月",
    "only-child-health-allowance.no-work-unit": "夫妻双方均无工作单位",
    "only-child-health-allowance.registered-here": "夫妻双方或一方为岳阳楼区户籍居民",
    "only-child-health-allowance.certificate-by-2015-12-31": "2015年12月31日前颁发光荣证",
    "urban-parents-reward.urban-resident": "本行政区域户籍的城镇居民",
    "urban-parents-reward.no-similar-reward-elsewhere": "未在外省市区享受同类奖励",
    "urban-parents-reward.only-child-certificate": "持《独生子女证》或《独生子女父母光荣证》",
    "urban-parents-reward.childless-certified": "终身未生育未收养子女，持《无子女证明》",
    "urban-parents-reward.retired": "办理正式退休手续的职工",
    "urban-parents-reward.aged-60-or-55": "其他城镇居民：男年满60周岁、女年满55周岁",
    "additional-birth.disabled-child": "第一种情形：子女经鉴定为残疾，不能成长为正常劳动力",
    "additional-birth.remarried-two-children": "第二种情形：再婚夫妻再婚前共生育两个子女",
    "additional-birth.remarried-one-and-none": "第三种情形：再婚前一方无子女、另一方有一个子女，再婚后生育一个子女",
    "late-term-termination.pregnancy-14-weeks": "妊娠14周以上（中期以上）",
    "late-term-termination.divorce-or-widowhood": "离婚、丧偶",
    "late-term-termination.serious-illness": "孕妇患严重疾病，经二名以上医师会诊",
    "late-term-termination.fetal-defect": "胎儿先天性缺陷，持产前诊断证明",
    "late-term-termination.non-compliant-pregnancy": "不符合法定生育条件的妊娠",
    "late-term-termination.other-ground-not-encoded": "离婚、丧偶以外的理由（岳阳楼区以外未编码）",
}
_STEPS = {
    "statement": "陈述申辩",
    "hearing-request": "要求听证",
    "hearing-notice": "听证通知",
    "levy-waiver-decision": "放弃陈述申辩后作出决定",
    "service": "送达决定书",
    "levy-payment": "缴纳社会抚养费",
    "review": "申请行政复议",
    "litigation": "提起行政诉讼",
    "demand-notice": "催告",
    "enforcement-earliest": "最早申请强制执行",
    "enforcement-application": "申请人民法院强制执行",
    "approval": "审批",
    "supplement-materials": "补正材料",
    "archive": "立卷归档",
}


def _rounding(text: str) -> str:
    return _ROUNDING.get(text.strip(), text)


def _m(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern + r"\Z", re.S)


Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]


def late_fee_month_zh(start: str, end: str, instalment: str | None, unpaid: str, rate: str) -> str:
    """The Chinese of a late fee's month line (``2013-02-01 to 2013-02-28: 100000.00
    unpaid x 0.002``); the late fee writes it at once for its many months.

    >>> late_fee_month_zh("2013-02-01", "2013-02-28", None, "100000.00", "0.002")
    '2013-02-01至2013-02-28：欠缴 100000.00 元 × 0.002'
    """
    return (
        f"{start}至{end}"
        + (f"（第{instalment}期）" if instalment else "")
        + f"：欠缴 {unpaid} 元 × {rate}"
    )


_RULES: list[Rule] = [
    # -- late fee (滞纳金): 《社会抚养费征收管理办法》第八条, 《行政强制法》第四十五条
    (
        _m(
            r"(?P<a>\d{4}-\d\d-\d\d) to (?P<b>\d{4}-\d\d-\d\d)(?: \(instalment (?P<i>\d+)\))?: "
            r"(?P<p>[\d.]+) unpaid x (?P<r>[\d.]+)"
        ),
        lambda m: late_fee_month_zh(m["a"], m["b"], m["i"], m["p"], m["r"]),
    ),
    (
        _m(r"months of default charged as of (?P<d>\S+)"),
        lambda m: f"截至{m['d']}应加收滞纳金的月数",
    ),
    (
        _m(r"as of (?P<d>\S+) nothing is overdue yet \(last day to pay (?P<due>\S+)\)"),
        lambda m: f"截至{m['d']}尚未欠缴（缴纳期限最后一日为{m['due']}），不加收滞纳金",
    ),
    (
        _m(r"late fee rate per month of the unpaid levy.*"),
        lambda m: "每月加收欠缴社会抚养费的千分之二的滞纳金",
    ),
    (_m(r"late fee rate per month.*"), lambda m: "每月加收滞纳金的比例"),
    (_m(r"months counted"), lambda m: "计算的月数"),
    (
        _m(r"a month of default ends on the corresponding day.*?; policy: (?P<p>.*)"),
        lambda m: (
            "欠缴一个月至对应日届满，没有对应日的至该月末日；采用的政策："
            + "；".join(
                _POLICY.get(x.strip(), _ROUNDING.get(x.strip(), x.strip()))
                for x in re.split(r";\s*(?=completed|started|principal|fee|fen|yuan)", m["p"])
            )
        ),
    ),
    (_m(r"late fee accrued before the cap"), lambda m: "封顶前累计的滞纳金"),
    (
        _m(
            r"(?P<q>滞纳金的数额不得超出金钱给付义务的数额): the fee is at most the principal \((?P<w>.*)\)"
        ),
        lambda m: (
            f"{m['q']}：滞纳金以欠缴本金为限（"
            + ("已达上限，按本金计" if "applies" in m["w"] else "未达上限")
            + "）"
        ),
    ),
    (
        _m(r"as of (?P<d>\S+) no cap: 《行政强制法》 is in force from (?P<f>\S+)"),
        lambda m: f"截至{m['d']}不设上限：《中华人民共和国行政强制法》自{m['f']}起施行",
    ),
    (
        _m(r"rounded once at the end \((?P<r>.*)\)"),
        lambda m: f"最后一次性取整（{_rounding(m['r'])}）",
    ),
    # -- levy (社会抚养费)
    (
        _m(r"the law requires the levy on the decision date"),
        lambda m: "征收决定之日的法律规定征收社会抚养费",
    ),
    (
        _m(r"national frame: .*"),
        lambda m: (
            "国家规定：以当地城镇居民年人均可支配收入和农村居民年人均纯收入为计征的参考基本标准，具体标准由省级规定"
        ),
    ),
    (
        _m(r"the birth date picks the (?P<v>\S+) text of (?P<t>《[^》]+》)"),
        lambda m: f"按出生之日适用{m['t']}{m['v']}年文本",
    ),
    (_m(r"income base year \(上年度\)"), lambda m: "计征基数的年度（上年度）"),
    (
        _m(_WHO + r": 从重 — the upper (?P<f>[\d.]+) of the range .*"),
        lambda m: f"{_PARTY[m['who']]}：从重——取幅度的上部{m['f']}（政策：条文未规定从重的幅度）",
    ),
    (
        _m(_WHO + r": 从重 — the article does not say how much heavier: .*"),
        lambda m: (
            f"{_PARTY[m['who']]}：从重——条文未规定从重的幅度，保留法定幅度（县级的幅度由 HeavierPolicy 给出）"
        ),
    ),
    (
        _m(
            _WHO
            + r": income used — actual income (?P<a>[\d.]+) below the floor: (?P<y>\d{4}) (?P<b>\S+)"
        ),
        lambda m: f"{_PARTY[m['who']]}：实际收入{m['a']}元低于{m['y']}年{m['b']}，按{m['b']}计征",
    ),
    (
        _m(
            _WHO
            + r": income used — actual income (?P<a>[\d.]+) \(at or above the (?P<y>\d{4}) (?P<b>\S+)\)"
        ),
        lambda m: f"{_PARTY[m['who']]}：按实际收入{m['a']}元计征（不低于{m['y']}年{m['b']}）",
    ),
    (
        _m(
            _WHO
            + r": income used — actual income unknown: the floor, (?P<y>\d{4}) (?P<b>\S+) of \S+"
        ),
        lambda m: f"{_PARTY[m['who']]}：实际收入不明，按当地{m['y']}年{m['b']}计征",
    ),
    (
        _m(
            _WHO
            + r": income used — the county's (?P<y>\d{4}) (?P<b>\S+) from its statistical bulletin.*"
        ),
        lambda m: f"{_PARTY[m['who']]}：按统计公报公布的当地{m['y']}年{m['b']}计征",
    ),
    (
        _m(_WHO + r": (?P<q>[^a-z]*[\u4e00-\u9fff][^a-z]*): the base itself"),
        lambda m: f"{_PARTY[m['who']]}：{m['q']}：按基数本身计征",
    ),
    (
        _m(_WHO + r": birth order not given: taken as children_over_limit \+ 1 .*"),
        lambda m: (
            f"{_PARTY[m['who']]}：未给出生育次序，按超生子女数加一计（第二个起的子女均为"
            "不符合规定生育；前一个子女合法生育的，应给出 birth_order）"
        ),
    ),
    (
        _m(
            _WHO
            + r": birth order not given: taken as children_over_limit, as the child's birth order"
        ),
        lambda m: f"{_PARTY[m['who']]}：未给出生育次序，以超生子女数作为该子女的生育次序",
    ),
    (
        _m(
            _WHO
            + r": (?P<q>[^a-z]*[\u4e00-\u9fff][^a-z]*): item (?P<i>\d+) by birth order(?P<r> \(.*\))?"
        ),
        lambda m: (
            f"{_PARTY[m['who']]}：{m['q']}：按生育次序适用{_art(m['i'], '项')}"
            + ("（重婚没有单独的项）" if m["r"] and "bigamy" in m["r"] else "")
        ),
    ),
    (
        _m(_WHO + r": (?P<q>[^a-z]*[\u4e00-\u9fff][^a-z]*)"),
        lambda m: f"{_PARTY[m['who']]}：{m['q']}",
    ),
    (
        _m(_WHO + r": (?P<lo>[\d.]+)x to (?P<hi>[\d.]+)x"),
        lambda m: f"{_PARTY[m['who']]}：{m['lo']}倍以上{m['hi']}倍以下",
    ),
    (
        _m(_WHO + r": (?P<x>[\d.]+) ?yuan"),
        lambda m: f"{_PARTY[m['who']]}：{m['x']}元",
    ),
    (
        _m(_WHO + r": (?P<x>[\d.]+)x"),
        lambda m: f"{_PARTY[m['who']]}：{m['x']}倍",
    ),
    (
        _m(_WHO + r": income used — own previous-year (?P<b>\S+) \((?P<k>[^)]*)\)"),
        lambda m: f"{_PARTY[m['who']]}：按本人上年度{m['b']}计征",
    ),
    (
        _m(_WHO + r": income used — (?P<y>\d{4}) township rural per-capita net income.*"),
        lambda m: f"{_PARTY[m['who']]}：按{m['y']}年乡（镇）农民人均纯收入计征",
    ),
    (
        _m(_WHO + r": income used — (?P<y>\d{4}) urban per-capita disposable income.*"),
        lambda m: f"{_PARTY[m['who']]}：按{m['y']}年城镇居民人均可支配收入计征",
    ),
    (
        _m(_WHO + r": income used — a fixed sum: no income used"),
        lambda m: f"{_PARTY[m['who']]}：定额征收，不以收入计征",
    ),
    (
        _m(_WHO + r": (?P<lo>[\d.]+)x to no maximum"),
        lambda m: f"{_PARTY[m['who']]}：{m['lo']}倍以上（未规定上限）",
    ),
    (
        _m(r"the couple together \(each party assessed separately\)"),
        lambda m: "夫妻双方合计（男女双方分别计征）",
    ),
    (
        _m(r"amounts rounded once each \((?P<r>.*)\)"),
        lambda m: f"各项金额各取整一次（{_rounding(m['r'])}）",
    ),
    (
        _m(r"(?P<q>[^a-z]*[\u4e00-\u9fff][^a-z]*): the range reaches (?P<x>\d+)x"),
        lambda m: f"{m['q']}：幅度达到{m['x']}倍",
    ),
    (
        _m(r"(?P<q>[^a-z]*[\u4e00-\u9fff][^a-z]*): no number set"),
        lambda m: f"{m['q']}：未规定具体数额",
    ),
    # -- fines (罚款)
    (
        _m(r"law in force on (?P<d>\S+): (?P<s>\S+) \((?P<v>[^)]+)\) art\. (?P<a>\d+)(?P<rest>.*)"),
        lambda m: (
            f"{m['d']}施行的规定：{_title(m['s'])}（{m['v']}年）{_art(m['a'])}"
            + re.sub(
                r" (para|item)\.? (\d+)",
                lambda x: _art(x[2], "款" if x[1] == "para" else "项"),
                m["rest"],
            )
        ),
    ),
    (
        _m(r"fine is (?P<lo>[\d.]+)–(?P<hi>[\d.]+) times the fees charged"),
        lambda m: f"处所收费用{m['lo']}倍以上{m['hi']}倍以下的罚款",
    ),
    (
        _m(r"amount per person-time (?P<w>with|without) illegal income"),
        lambda m: (
            "有违法所得的，每人次罚款数额" if m["w"] == "with" else "没有违法所得的，每人次罚款数额"
        ),
    ),
    (_m(r"person-times organised or introduced"), lambda m: "组织或者介绍的人次"),
    (
        _m(
            r"illegal income (?P<i>[\d.]+) is at or above (?P<t>[\d.]+) \(以上 includes it\): (?P<lo>[\d.]+)–(?P<hi>[\d.]+) times the illegal income"
        ),
        lambda m: (
            f"违法所得{m['i']}元，在{m['t']}元以上（以上包括本数）：处违法所得{m['lo']}倍以上{m['hi']}倍以下的罚款"
        ),
    ),
    (
        _m(r"no illegal income: fixed range"),
        lambda m: "没有违法所得：按规定的罚款数额幅度",
    ),
    (
        _m(r"illegal income (?P<i>[\d.]+) below (?P<t>[\d.]+): fixed range"),
        lambda m: f"违法所得{m['i']}元，不足{m['t']}元：按规定的罚款数额幅度",
    ),
    (
        _m(
            r"从旧兼从轻 applied as a principle \(policy (?:lenity=)?'?(?P<p>[^')]+)'?\): no statute in the registry codified it before (?P<d>\S+)"
        ),
        lambda m: f"从旧兼从轻作为原则适用（政策 {m['p']}）：{m['d']}前登记的法律未明文规定",
    ),
    (
        _m(r"the law on the decision date is not lighter: the law of the act applies"),
        lambda m: "作出处罚决定时的规定并不更轻：适用违法行为发生时的规定（从旧兼从轻）",
    ),
    (_m(r"fine band \((?P<r>.*)\)"), lambda m: f"罚款幅度（{_rounding(m['r'])}）"),
    (
        _m(r"the band is a single amount: nothing to split"),
        lambda m: "罚款幅度为单一数额：无需划分裁量档次",
    ),
    # -- limitation (追责时效): 《行政处罚法》
    (
        _m(r"limitation rule in force on discovery \((?P<d>\S+)\)"),
        lambda m: f"发现之日（{m['d']}）施行的追责时效规定",
    ),
    (
        _m(r"life/health or financial safety with harmful consequences"),
        lambda m: "涉及公民生命健康安全、金融安全且有危害后果",
    ),
    (
        _m(r"the longer period for harm to life, health or finance does not exist in this text"),
        lambda m: "该文本没有涉及生命健康安全、金融安全的较长期限",
    ),
    (
        _m(r"continuing act: the period runs from its end"),
        lambda m: "违法行为有连续或者继续状态的，从行为终了之日起计算",
    ),
    (
        _m(r"(?P<n>\d+) years from (?P<d>\S+) end on"),
        lambda m: f"自{m['d']}起{m['n']}年，届满之日",
    ),
    (_m(r"discovered within the period"), lambda m: "在期限内发现"),
    (
        _m(r"discovered after the period: .*"),
        lambda m: "违法行为在期限内未被发现的，不再给予行政处罚",
    ),
    # -- report reward (举报奖励)
    (
        _m(r"reports of the violations listed in art\. (?P<a>\d+) are rewarded"),
        lambda m: f"举报{_art(m['a'])}所列违法行为的，给予奖励",
    ),
    (
        _m(r"(?P<n>\d+) verified report\(s\) x (?P<x>[\d.]+)"),
        lambda m: f"经查实的举报{m['n']}例 × {m['x']}元",
    ),
    # -- deadlines (期限): 工作日, 法定节假日, 送达
    (
        _m(r"(?P<d>\d{4}-\d\d-\d\d) is a working day: no roll-forward"),
        lambda m: f"{m['d']}是工作日：期间届满日不顺延",
    ),
    (
        _m(r"statement and defence within (?P<n>\d+) working days of receiving the notice"),
        lambda m: f"收到告知书之日起{m['n']}个工作日内陈述申辩",
    ),
    (
        _m(r"after a waiver, the decision within (?P<n>\d+) working days of the notice"),
        lambda m: f"当事人放弃陈述申辩的，告知后{m['n']}个工作日内作出决定",
    ),
    (
        _m(r"hearing requested within (?P<n>\d+) days of the notice(?P<c> \(calendar days\))?"),
        lambda m: (
            f"当事人在被告知后{m['n']}日内提出听证要求" + ("（按日历日计算）" if m["c"] else "")
        ),
    ),
    (
        _m(r"“(?P<q>[^”]+)” means working days, statutory holidays excluded"),
        lambda m: f"“{m['q']}”指工作日，不含法定节假日",
    ),
    (
        _m(r"trigger_on is the hearing date; the period runs backwards from it"),
        lambda m: "起算日为听证日期，期间向前倒算",
    ),
    (
        _m(r"the agency notifies the hearing (?P<n>\d+) days before it(?P<c> \(calendar days\))?"),
        lambda m: (
            f"行政机关应当在听证的{m['n']}日前通知当事人举行听证的时间、地点"
            + ("（按日历日计算）" if m["c"] else "")
        ),
    ),
    (
        _m(r"(?P<d>\S+) - (?P<n>\d+) days; no roll-forward: .*"),
        lambda m: f"{m['d']}前推{m['n']}日；不顺延：期间向前倒算，行政机关可以提前通知",
    ),
    (
        _m(r"the party being absent, the decision is served within (?P<n>\d+) days"),
        lambda m: f"当事人不在场的，行政机关应当在{m['n']}日内将决定书送达当事人",
    ),
    (
        _m(r"the levy is paid within (?P<n>\d+) days of receiving the decision"),
        lambda m: f"当事人应当自收到征收决定书之日起{m['n']}日内缴纳社会抚养费",
    ),
    (
        _m(r"administrative review applied for within (?P<n>\d+) days of knowing of the act"),
        lambda m: f"自知道该具体行政行为之日起{m['n']}日内提出行政复议申请",
    ),
    (
        _m(r"periods (?:are counted by|follow) the Civil Procedure Law"),
        lambda m: "期间的计算依照《中华人民共和国民事诉讼法》的规定",
    ),
    (
        _m(r"a suit is filed within (?P<n>\d+) months of knowing of the act"),
        lambda m: f"自知道作出行政行为之日起{m['n']}个月内提起诉讼",
    ),
    (
        _m(r"if still unpaid, a demand notice is issued (?P<n>\d+) months after service"),
        lambda m: f"送达后{m['n']}个月仍未缴纳的，催告当事人履行",
    ),
    (
        _m(r"(?P<q>\S+后): the earliest day is the first working day after the .*"),
        lambda m: f"{m['q']}：最早为期间届满后的第一个工作日",
    ),
    (
        _m(r"court enforcement may be applied for (?P<n>\d+) days after the demand is served"),
        lambda m: f"催告书送达{m['n']}日后当事人仍未履行的，可以申请人民法院强制执行",
    ),
    (
        _m(r"periods of ten days or less are working days"),
        lambda m: "十日以内的期限指工作日，不含法定节假日",
    ),
    (
        _m(
            r"before the Administrative Coercion Law \((?P<d>\S+)\): apply within (?P<n>\d+) days after the litigation period ends"
        ),
        lambda m: (
            f"《中华人民共和国行政强制法》施行（{m['d']}）前：起诉期限届满之日起{m['n']}日内申请强制执行"
        ),
    ),
    (
        _m(r"apply within (?P<n>\d+) months after the review/litigation period ends"),
        lambda m: f"自复议、起诉期限届满之日起{m['n']}个月内申请人民法院强制执行",
    ),
    (
        _m(r"the same (?P<n>\d+) months in the (?P<y>\d{4}) interpretation"),
        lambda m: f"{m['y']}年司法解释同为{m['n']}个月",
    ),
    (
        _m(
            r"statutory time limit of matter (?P<id>\S+) \((?P<name>[^)]+)\): (?P<n>\d+) working days \(法定期限, power catalogue (?P<src>[^,]+), listed (?P<d>\S+)\)"
        ),
        lambda m: (
            f"事项“{m['name']}”的法定期限：{m['n']}个工作日（权力清单 {m['src']}，{m['d']}公布）"
        ),
    ),
    (
        _m(r"incomplete materials are completed within (?P<n>\d+) working days"),
        lambda m: f"材料不齐全的，{m['n']}个工作日内补正",
    ),
    (
        _m(r"the case file is bound within one month of closing"),
        lambda m: "结案后一个月内立卷归档",
    ),
    (
        _m(r"step (?P<s>\S+): trigger_on is (?P<w>.*)"),
        lambda m: f"步骤“{_STEPS.get(m['s'], m['s'])}”的起算日：{_trigger(m['w'])}",
    ),
    (
        _m(r"direct service: the date signed on the proof of service"),
        lambda m: "直接送达：以送达回证上签收的日期为送达日期",
    ),
    (
        _m(r"service by leaving the document at the residence: the day it was left"),
        lambda m: "留置送达：把文书留在受送达人的住所，即视为送达",
    ),
    (
        _m(r"service by post: the date of receipt on the return slip"),
        lambda m: "邮寄送达：以回执上注明的收件日期为送达日期",
    ),
    (
        _m(r"service by public notice: deemed served (?P<n>\d+) days after publication.*"),
        lambda m: f"公告送达：自发出公告之日起，经过{m['n']}日，即视为送达（公告之日不计入）",
    ),
    # -- eligibility (奖励扶助, 特别扶助, 保健费, 奖励, 审批)
    (
        _m(r"(?P<id>[a-z-]+) \((?P<name>[^)]+)\) in (?P<code>\d{6}) (?P<j>\S+), (?P<when>.*)"),
        lambda m: f"{m['name']}（{m['id']}），{m['j']}（{m['code']}），{_when(m['when'])}",
    ),
    (
        _m(r"(?P<id>[a-z-]+\.[a-z0-9-]+): (?P<st>met|not met|unknown) \((?P<fact>.*)\)"),
        lambda m: f"{_CONDITION.get(m['id'], m['id'])}：{_STATUS[m['st']]}（{m['fact']}）",
    ),
    (_m(r"all conditions met"), lambda m: "各项条件均符合"),
    (_m(r"a condition is not met"), lambda m: "有条件不符合"),
    (_m(r"undetermined: a fact was not given"), lambda m: "无法判断：有事实未给出"),
    (
        _m(r"local figures from: (?P<r>.*) \(caller\)"),
        lambda m: f"地方标准来源：{m['r']}（调用者提供）",
    ),
    (
        _m(
            r"(?P<id>[a-z-]+) from (?P<a>\d{4}-\d\d) to (?P<b>\d{4}-\d\d) in (?P<code>\d{6}) (?P<j>\S+)"
        ),
        lambda m: (
            f"{_PROGRAMME.get(m['id'], m['id'])}：{m['a']}至{m['b']}，{m['j']}（{m['code']}）"
        ),
    ),
    (
        _m(r"year (?P<y>\d{4}): (?P<v>eligible|not eligible|undetermined)"),
        lambda m: f"{m['y']}年：{_VERDICT[m['v']]}",
    ),
    (
        _m(r"as of (?P<d>\d{4}-\d\d-\d\d): (?P<v>eligible|not eligible|undetermined)"),
        lambda m: f"截至{m['d']}：{_VERDICT[m['v']]}",
    ),
    (
        _m(r"some months are undetermined \(a fact was not given\): no total"),
        lambda m: "部分月份无法判断（有事实未给出）：不计合计数",
    ),
    (
        _m(r"total of (?P<n>\d+) months? due, rounded (?P<r>.*)"),
        lambda m: f"应发{m['n']}个月合计（{_rounding(m['r'])}）",
    ),
    (
        _m(
            r"(?P<j>\S+)'s own conditions \((?P<s>\S+) art\. (?P<a>\d+)\) do not apply in (?P<code>\d{6}) on (?P<d>\S+): only art\. (?P<b>\d+) is checked"
        ),
        lambda m: (
            f"{m['j']}自定的条件（{_title(m['s'])}{_art(m['a'])}）{m['d']}在{m['code']}不适用：只审查{_art(m['b'])}"
        ),
    ),
    (
        _m(r"no local monthly rate given .*"),
        lambda m: "未给出地方每月标准（每月5至20元，由当地确定）：不计算金额",
    ),
    (
        _m(
            r"local monthly rate (?P<r>[\d.]+) yuan, within (?P<lo>\d+)-(?P<hi>\d+) \(caller(?::\s*(?P<s>[^)]*))?\)"
        ),
        lambda m: (
            f"地方每月标准{m['r']}元，在{m['lo']}至{m['hi']}元之间（调用者提供"
            + (f"：{m['s']}" if m["s"] else "")
            + "）"
        ),
    ),
    (
        _m(
            r"only the decree's ground \(divorce, widowhood\) is encoded for (?P<code>\d{6}) on (?P<d>\S+); .*"
        ),
        lambda m: (
            f"{m['d']}在{m['code']}只编码了规章规定的理由（离婚、丧偶）；其他理由见岳阳楼区流程图"
        ),
    ),
    (
        _m(
            r"national minimum (?P<m>\d+) yuan a person a month x 12 = (?P<y>\d+) a year \((?P<yr>\d{4})\)"
        ),
        lambda m: f"全国标准每人每月不低于{m['m']}元 × 12 = 每年{m['y']}元（{m['yr']}年）",
    ),
    (
        _m(r"national minimum (?P<y>\d+) yuan a person a year \((?P<yr>\d{4})\)"),
        lambda m: f"全国标准每人每年不低于{m['y']}元（{m['yr']}年）",
    ),
    (
        _m(r"the figure or its dates are confirmed by"),
        lambda m: "该数额或其日期的佐证",
    ),
    (
        _m(r"SECONDARY SOURCE: .*"),
        lambda m: "二手来源：未找到文件原文，数额引自对该文件的报道（见条文注释）",
    ),
    (
        _m(r"The national document that raised the reward in (?P<y>\d{4}) was NOT FOUND\..*"),
        lambda m: (
            f"{m['y']}年提高奖励扶助标准的国家文件未找到；该数额为财教〔2011〕623号所称“现在的”标准"
        ),
    ),
    (
        _m(r"local top-up (?P<r>[\d.]+) yuan a person a (?P<p>year|month) \(caller\)"),
        lambda m: f"地方提高标准每人每{'年' if m['p'] == 'year' else '月'}{m['r']}元（调用者提供）",
    ),
    (
        _m(
            r"special assistance table for (?P<y>\d{4}): (?P<t>.*) yuan a person a month"
            r"(?: \((?P<code>\d{6})\))?"
        ),
        lambda m: (
            f"{m['y']}年特别扶助标准：{_rate_table(m['t'])}元（每人每月）"
            + (f"（{m['code']}）" if m["code"] else "")
        ),
    ),
    (
        _m(r"rate applied: (?P<k>\S+), (?P<r>\d+) yuan a person a month"),
        lambda m: f"适用标准：{_RATE_KIND.get(m['k'], m['k'])}，每人每月{m['r']}元",
    ),
    (
        _m(r"amount for (?P<y>\d{4}): (?P<r>[\d.]+) x (?P<n>\d+) months"),
        lambda m: f"{m['y']}年金额：{m['r']}元 × {m['n']}个月",
    ),
    (
        _m(r"funding: (?P<w>.*?) \((?P<q>[^()]*[\u4e00-\u9fff][^()]*)\)"),
        lambda m: f"资金来源：{m['q']}",
    ),
    (
        _m(r"reward (?P<r>\d+) yuan a person a month from (?P<d>\S+)"),
        lambda m: f"奖励标准每人每月{m['r']}元，自{m['d']}起",
    ),
    (
        _m(
            r"verification of (?P<id>\S+) for (?P<y>\d{4}) in (?P<code>\d{6}) (?P<j>\S+), as of (?P<d>\S+)"
        ),
        lambda m: (
            f"核查{_PROGRAMME.get(m['id'], m['id'])}{m['y']}年，{m['j']}（{m['code']}），截至{m['d']}"
        ),
    ),
    (
        _m(r"(?P<e>[a-z-]+) on (?P<d>\d{4}-\d\d-\d\d): (?P<o>[a-z-]+)(?P<rest>.*)"),
        lambda m: (
            f"{_event(m['e'])}（{m['d']}）：{_EVENT.get(m['o'], m['o'])}"
            + ("；无适用条文说明其后果" if m["rest"].strip() else "")
        ),
    ),
    (
        _m(r"fraud: everything paid is recovered \((?P<q>[^)]*)\)"),
        lambda m: f"骗取：{m['q']}",
    ),
    (
        _m(r"due for (?P<y>\d{4})(?:, up to (?P<d>\S+))?"),
        lambda m: f"{m['y']}年应发" + (f"，至{m['d']}止" if m["d"] else ""),
    ),
    (
        _m(r"paid beyond what was due .*"),
        lambda m: "超出应发数额发放（予以报告；除骗取外，清单未规定追回）",
    ),
    (
        _m(
            r"(?P<p>Shandong|Hunan|Hebei)'s standard for the (?P<y>\d{4}) budget year, as stated by a news item.*"
        ),
        lambda m: (
            f"{_PROVINCE[m['p']]}{m['y']}年度预算的标准，据省财政厅的新闻稿（非规范性文件；设定该标准的通知未找到）"
        ),
    ),
    (
        _m(r"the standard has no end date: sources checked through (?P<d>\S+)"),
        lambda m: f"该标准没有截止日期：已核查来源至{m['d']}",
    ),
    (
        _m(
            r"but under the text in force when the period began \((?P<c>[^)]*)\), (?P<n>\d+) years "
            r"from (?P<a>\S+) ended on (?P<b>\S+), before the later text came into force "
            r"\((?P<d>\S+)\): .*"
        ),
        lambda m: (
            f"但按期间开始时施行的文本（{m['c']}），自{m['a']}起{m['n']}年于{m['b']}届满，"
            f"早于新文本施行之日（{m['d']}）：追责时效已经届满，新法较长的期限不使其恢复"
            "（适用行为时的法律，新法较轻的除外）"
        ),
    ),
    (
        _m(
            r"(?P<t>《[^》]+》) is in force until (?P<d>\S+) \(.*\): after that day no article in "
            r"force charges a late fee, so accrual stops on (?P<s>\S+) "
            r"\(policy after_cessation='(?P<p>[^']+)'.*\)"
        ),
        lambda m: (
            f"{m['t']}施行至{m['d']}：此后没有施行中的条文规定加收滞纳金，"
            f"滞纳金计至{m['s']}为止（政策 after_cessation='{m['p']}'）"
        ),
    ),
    # a description that is the statute's own words already
    (_m(r"[^A-Za-z]*[\u4e00-\u9fff][^A-Za-z]*"), lambda m: m[0]),
]


def _art(number: str, unit: str = "条") -> str:
    """第三十六条 (or 款, 项) for ``"36"``."""
    from familyplan.explain import chinese_numeral

    return f"第{chinese_numeral(int(number))}{unit}"


def _title(statute_id: str) -> str:
    """《title》 of a registry statute id (the id itself when it is not one)."""
    try:
        from familyplan import statutes

        return f"《{statutes.get(statute_id).title}》"
    except Exception:  # an id outside the registry: show it as given
        return statute_id


def _trigger(text: str) -> str:
    table = {
        "the day the agency notified the right to a hearing": "行政机关告知听证权利之日",
        "the day the levy decision was received": "收到征收决定书之日",
        "the hearing date (the period runs backwards from it)": "听证日期（期间向前倒算）",
        "the day the party received the levy notice (告知书)": "当事人收到告知书之日",
        "the day the levy notice was served with a signed waiver": "送达告知书并签署放弃声明之日",
    }
    if text in table:
        return table[text]
    if text.startswith("the day the decision was pronounced"):
        return "宣告决定之日（当事人不在场）"
    return f"见英文说明（{text}）"


def _when(text: str) -> str:
    m = re.fullmatch(r"year (\d{4})", text)
    if m:
        return f"{m[1]}年"
    m = re.fullmatch(r"as of (\S+)", text)
    if m:
        return f"截至{m[1]}"
    return text


def _rate_table(text: str) -> str:
    parts = []
    for part in text.split(","):
        kind, _, rate = part.strip().rpartition(" ")
        parts.append(f"{_RATE_KIND.get(kind, kind)}{rate}")
    return "，".join(parts)


def _event(name: str) -> str:
    return {
        "death": "死亡",
        "urban-pension": "领取城镇养老保险",
        "fraud": "骗取",
        "birth": "生育",
        "divorce": "离婚",
        "adoption": "收养",
    }.get(name, name)


@functools.lru_cache(maxsize=4096)
def step_zh(description: str) -> str:
    """The Chinese of a step's English description, or ``""`` when none is known."""
    text = description.strip()
    for pattern, make in _RULES:
        m = pattern.match(text)
        if m:
            return make(m)
    return ""


def value_zh(value: object) -> str | None:
    """A step's value in Chinese when it is a flag or a policy word, else ``None``.

    >>> value_zh(True), value_zh("completed"), value_zh("fen, half-up"), value_zh(3)
    ('是', '按届满的整月计算', '四舍五入到分', None)
    """
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, str):
        return _POLICY.get(value) or _POLICY.get(f"{value} months") or _ROUNDING.get(value)
    return None
