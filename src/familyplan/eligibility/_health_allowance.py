"""独生子女保健费 — the only-child health allowance (Hunan; checked on a date).

《湖南省人口与计划生育条例》(2016) art. 22 (as quoted by seed 004): holders of the
《独生子女父母光荣证》 receive 从领证之月起到子女十四周岁止，每月发给五至二十元的
独生子女保健费, paid half by each spouse's work unit, by the one work unit when
only one spouse has one, and by the township or subdistrict of registration
when neither has. 岳阳楼区's list (yueyanglou-list art. 4, from 2016-11-01)
adds its own conditions for the allowance it pays: 夫妻双方均无工作单位；夫妻双方
或一方为岳阳楼区户籍居民；现有一个子女且未年满十四周岁；持有2015年12月31日前颁发
的《独生子女父母光荣证》.

The monthly rate is the local one, passed by the caller
(``LocalRates(monthly_rate=...)``) and checked against 5–20 yuan. Whether the
sum is paid once per family or to each parent the quoted text does not say;
its split between the two spouses' work units suggests one sum per family, and
the result labels the amount so (docs/eligibility.md).
"""

from __future__ import annotations

import datetime as _dt

from familyplan.errors import InvalidInput

from ._applicant import NO_SPOUSE, Applicant, Spouse
from ._base import Context, Evaluation, applies, day_of, in_division, ref, see_also
from ._conditions import ConditionSpec, Pending, Rate, combine_pending, pending
from ._facts import describe_children
from ._law import (
    HA_CERTIFICATE_BY,
    HA_CHILD_AGE,
    HA_RATE,
    date_value,
    int_value,
    range_value,
)
from ._time import Month, birthday

__all__ = ["CONDITIONS", "evaluate", "last_paid_month", "payer"]

_REG = "hunan-pfp-regulation"
_LIST = "yueyanglou-list"
_LOCAL = "岳阳楼区 (430602), from 2016-11-01"

CERTIFICATE = ConditionSpec(
    "only-child-health-allowance.certificate",
    "holds the 《独生子女父母光荣证》 (its issue date given)",
    _REG,
    article=22,
)
ONE_CHILD = ConditionSpec(
    "only-child-health-allowance.one-child",
    "one child, alive (自愿终身只生育一个子女; 现有一个子女)",
    _REG,
    article=22,
)
PERIOD = ConditionSpec(
    "only-child-health-allowance.in-period",
    "the month is from the month of the certificate to the month the child turns 14",
    _REG,
    article=22,
)
NO_WORK_UNIT = ConditionSpec(
    "only-child-health-allowance.no-work-unit",
    "neither spouse has a work unit (夫妻双方均无工作单位)",
    _LIST,
    article=4,
    where=_LOCAL,
)
REGISTERED = ConditionSpec(
    "only-child-health-allowance.registered-here",
    "one or both spouses registered in the district (夫妻双方或一方为岳阳楼区户籍居民)",
    _LIST,
    article=4,
    where=_LOCAL,
)
CERTIFICATE_BY = ConditionSpec(
    "only-child-health-allowance.certificate-by-2015-12-31",
    "the certificate was issued on or before 2015-12-31 (2015年12月31日前颁发)",
    _LIST,
    article=4,
    where=_LOCAL,
)

CONDITIONS: tuple[ConditionSpec, ...] = (
    CERTIFICATE,
    ONE_CHILD,
    PERIOD,
    NO_WORK_UNIT,
    REGISTERED,
    CERTIFICATE_BY,
)


def last_paid_month(child_born_on: _dt.date, policy: str) -> Month:
    """The last month paid: that of the 14th birthday, or the one before (policy).

    >>> last_paid_month(_dt.date(2002, 5, 31), "birthday-month")
    Month(2016, 5)
    >>> last_paid_month(_dt.date(2002, 5, 31), "month-before-birthday")
    Month(2016, 4)
    """
    m = Month.of(birthday(child_born_on, int_value(HA_CHILD_AGE)))
    return m if policy == "birthday-month" else m.previous()


def _has_unit(unit: str | None) -> bool | None:
    return None if unit is None else unit != "none"


def payer(a: Applicant) -> str | None:
    """Who pays under art. 22, from the spouses' work units (``None`` if unknown)."""
    own = _has_unit(a.work_unit)
    if a.spouse is NO_SPOUSE:
        other: bool | None = False
    elif isinstance(a.spouse, Spouse):
        other = _has_unit(a.spouse.work_unit)
    else:
        other = None
    if own is None or other is None:
        return None
    if own and other:
        return "each spouse's work unit pays half (夫妻双方均有单位的，由双方工作单位各负担一半)"
    if own or other:
        return "the work unit of the spouse who has one (由有工作单位一方的工作单位支付)"
    return (
        "the township government or subdistrict office of the household registration "
        "(由户籍所在地乡（镇）人民政府或者街道办事处支付)"
    )


def evaluate(a: Applicant, ctx: Context) -> Evaluation:
    on, month = ctx.on, Month.of(day_of(ctx))
    local = applies(_LIST, ctx)
    also = see_also(ctx, ref(_LIST, article=4))
    out: list[Pending] = []

    cert = a.certificate_issued_on
    if cert is not None:
        out.append(
            pending(
                CERTIFICATE,
                on=on,
                fact=f"certificate_issued_on={cert.isoformat()}",
                met=True,
                value=cert,
                see_also=also,
            )
        )
    else:
        met = False if a.only_child_certificate is False else None
        out.append(
            pending(
                CERTIFICATE,
                on=on,
                fact=f"only_child_certificate={a.only_child_certificate}; issue date not given",
                met=met,
                see_also=also,
            )
        )

    fact = describe_children(a.children)
    child = None
    if a.children is None:
        out.append(pending(ONE_CHILD, on=on, fact=fact, met=None, see_also=also))
    else:
        if len(a.children) == 1:
            child = a.children[0]
        one = len(a.children) == 1 and (None if child is None else child.alive)
        out.append(
            pending(ONE_CHILD, on=on, fact=fact, met=one, value=len(a.children), see_also=also)
        )

    if child is None or cert is None:
        out.append(
            pending(
                PERIOD, on=on, fact=f"month {month}; certificate month or child not known", met=None
            )
        )
    else:
        first, last = (
            Month.of(cert),
            last_paid_month(child.born_on, ctx.policy.health_allowance_last_month),
        )
        out.append(
            pending(
                PERIOD,
                on=on,
                fact=(
                    f"month {month}; paid from {first} (certificate {cert.isoformat()}) to {last} "
                    f"(child born {child.born_on.isoformat()}, policy "
                    f"{ctx.policy.health_allowance_last_month})"
                ),
                met=first <= month <= last,
                value=str(month),
            )
        )

    if local:
        units = [a.work_unit] + ([a.spouse.work_unit] if isinstance(a.spouse, Spouse) else [])
        if a.spouse is None:
            none_met: bool | None = None if _has_unit(a.work_unit) is not True else False
        elif any(_has_unit(u) is True for u in units):
            none_met = False
        elif any(u is None for u in units):
            none_met = None
        else:
            none_met = True
        sp_unit = (
            a.spouse.work_unit
            if isinstance(a.spouse, Spouse)
            else ("no spouse" if a.spouse is NO_SPOUSE else "spouse not given")
        )
        out.append(
            pending(
                NO_WORK_UNIT,
                on=on,
                fact=f"work_unit={a.work_unit}; spouse: {sp_unit}",
                met=none_met,
            )
        )

        here = ctx.jurisdiction
        regs = [a.registered_in] + (
            [a.spouse.registered_in] if isinstance(a.spouse, Spouse) else []
        )
        if any(r is not None and in_division(r, here) for r in regs):
            reg_met: bool | None = True
        elif any(r is None for r in regs) or a.spouse is None:
            reg_met = None
        else:
            reg_met = False
        out.append(
            pending(
                REGISTERED,
                on=on,
                fact=f"registered_in={a.registered_in}; spouse: "
                + (str(a.spouse.registered_in) if isinstance(a.spouse, Spouse) else "—")
                + f"; division {here.code} {here.name}",
                met=reg_met,
            )
        )
        by = date_value(HA_CERTIFICATE_BY)
        out.append(
            pending(
                CERTIFICATE_BY,
                on=on,
                fact=f"certificate_issued_on={None if cert is None else cert.isoformat()}",
                met=None if cert is None else cert <= by,
                value=cert,
            )
        )
    else:
        ctx.trace.add(
            f"岳阳楼区's own conditions (yueyanglou-list art. 4) do not apply in {ctx.jurisdiction.code} "
            f"on {on.isoformat()}: only art. 22 is checked"
        )

    eligible = combine_pending(out)
    who_pays = payer(a)
    citation = CERTIFICATE.cite(on)
    rates = ctx.rates
    if rates is not None and rates.top_up:
        raise InvalidInput(
            "rates.top_up",
            rates.top_up,
            "0 for the health allowance (pass the local rate as rates.monthly_rate)",
        )
    if rates is None or rates.monthly_rate is None:
        ctx.trace.add(
            "no local monthly rate given (LocalRates(monthly_rate=...), 5-20 yuan): no amount",
            None,
            citation,
        )
        return Evaluation(tuple(out), payer=who_pays)
    low, high = range_value(HA_RATE)
    if not low <= rates.monthly_rate <= high:
        raise InvalidInput(
            "rates.monthly_rate",
            rates.monthly_rate,
            f"from {low} to {high} yuan a month (每月发给五至二十元, {citation})",
        )
    rate = Rate(
        "month", rates.monthly_rate, rates.top_up, "family (local rate)", citation, "caller"
    )
    ctx.trace.add(
        f"local monthly rate {rates.monthly_rate} yuan, within {low}-{high} (caller"
        + (f": {rates.reference}" if rates.reference else "")
        + ")",
        rates.monthly_rate,
        citation,
    )
    amount = rate.total if eligible is True else None
    return Evaluation(tuple(out), rate, amount, "month", payer=who_pays)
