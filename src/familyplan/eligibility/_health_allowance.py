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
import functools
from typing import NamedTuple

from familyplan._kept import Kept
from familyplan.errors import InvalidInput
from familyplan.explain import Citation
from familyplan.statutes import Jurisdiction

from ._amounts import LocalRates
from ._applicant import NO_SPOUSE, Applicant, Spouse
from ._base import (
    Call,
    Context,
    DeferredTrace,
    Evaluation,
    applies,
    day_of,
    in_division,
    ref,
    see_also,
)
from ._conditions import ConditionSpec, Pending, Rate, cite
from ._facts import describe_children
from ._law import (
    HA_CERTIFICATE_BY,
    HA_CHILD_AGE,
    HA_RATE,
    date_value,
    int_value,
    range_value,
)
from ._time import _MAX_YEAR, _MIN_YEAR, MONTHS_A_YEAR, Month, birthday

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


class _Local(NamedTuple):
    """岳阳楼区's own conditions (yueyanglou-list art. 4): their citations and day."""

    c_no_unit: Citation
    c_registered: Citation
    c_by: Citation
    by: _dt.date  # 2015年12月31日前颁发


class _Plan(NamedTuple):
    """What a check reads that does not depend on the applicant, for one day,
    division and local rates (kept: the registry is immutable)."""

    local: _Local | None  # where 岳阳楼区's own conditions apply
    also: tuple[Citation, ...]
    c_cert: Citation
    c_one: Citation
    c_period: Citation
    month: Month  # of the day checked
    month_index: int
    not_local_calls: tuple[Call, ...]
    refused: tuple[str, object, str] | None  # the rates refused: (field, value, allowed)
    rate: Rate | None
    rate_calls: tuple[Call, ...]


_PLANS: Kept[tuple[_dt.date, str, LocalRates | None], _Plan] = Kept()


def _plan(ctx: Context) -> _Plan:
    key = (ctx.on, ctx.jurisdiction.code, ctx.rates)
    plan = _PLANS.get(key)
    if plan is None:
        plan = _make_plan(ctx)
        _PLANS.keep(key, plan)
    return plan


def _make_plan(ctx: Context) -> _Plan:
    on = ctx.on
    month = Month.of(day_of(ctx))
    local = None
    also = see_also(ctx, ref(_LIST, article=4))
    c_cert, c_one, c_period = cite(CERTIFICATE, on), cite(ONE_CHILD, on), cite(PERIOD, on)
    trace = DeferredTrace()
    if applies(_LIST, ctx):
        local = _Local(
            cite(NO_WORK_UNIT, on),
            cite(REGISTERED, on),
            cite(CERTIFICATE_BY, on),
            date_value(HA_CERTIFICATE_BY),
        )
    else:
        trace.add(
            f"岳阳楼区's own conditions (yueyanglou-list art. 4) do not apply in {ctx.jurisdiction.code} "
            f"on {on.isoformat()}: only art. 22 is checked"
        )
    not_local_calls = trace.calls

    # the rates, checked on every call (a refusal is raised where the check reaches it)
    citation = CERTIFICATE.cite(on)
    rates = ctx.rates
    refused: tuple[str, object, str] | None = None
    rate = None
    trace = DeferredTrace()
    if rates is not None and rates.top_up:
        refused = (
            "rates.top_up",
            rates.top_up,
            "0 for the health allowance (pass the local rate as rates.monthly_rate)",
        )
    elif rates is None or rates.monthly_rate is None:
        trace.add(
            "no local monthly rate given (LocalRates(monthly_rate=...), 5-20 yuan): no amount",
            None,
            citation,
        )
    else:
        low, high = range_value(HA_RATE)
        if not low <= rates.monthly_rate <= high:
            refused = (
                "rates.monthly_rate",
                rates.monthly_rate,
                f"from {low} to {high} yuan a month (每月发给五至二十元, {citation})",
            )
        else:
            rate = Rate(
                "month", rates.monthly_rate, rates.top_up, "family (local rate)", citation, "caller"
            )
            trace.add(
                f"local monthly rate {rates.monthly_rate} yuan, within {low}-{high} (caller"
                + (f": {rates.reference}" if rates.reference else "")
                + ")",
                rates.monthly_rate,
                citation,
            )
    return _Plan(
        local,
        also,
        c_cert,
        c_one,
        c_period,
        month,
        _index(month.year, month.month),
        not_local_calls,
        refused,
        rate,
        trace.calls,
    )


def _index(year: int, month: int) -> int:
    return year * MONTHS_A_YEAR + month - 1


_new = tuple.__new__  # a Pending without its Python-level __new__


def _last_index(child_born_on: _dt.date, policy: str) -> int | None:
    """:func:`last_paid_month` as a month index, or ``None`` where Month would refuse
    one of its months (the caller then raises that error as before). The birthday
    falls in the birth month, ``HA_CHILD_AGE`` years on (a 29 February birthday
    moves to the 28th, in the same month)."""
    year = child_born_on.year + int_value(HA_CHILD_AGE)
    if year > _MAX_YEAR:
        return None
    birthday_month = _index(year, child_born_on.month)
    last = birthday_month if policy == "birthday-month" else birthday_month - 1
    return last if last >= _FIRST_INDEX else None


_FIRST_INDEX = _index(_MIN_YEAR, 1)
_LAST_INDEX = _index(_MAX_YEAR, MONTHS_A_YEAR)


def _month_words(i: int) -> str:
    return str(Month(i // MONTHS_A_YEAR, i % MONTHS_A_YEAR + 1))


def _cert_fact(cert: _dt.date) -> str:
    return f"certificate_issued_on={cert.isoformat()}"


def _no_cert_fact(given: bool | None) -> str:
    return f"only_child_certificate={given}; issue date not given"


def _period_fact(
    month: Month, first: int, cert: _dt.date, last: int, born: _dt.date, policy: str
) -> str:
    return (
        f"month {month}; paid from {_month_words(first)} (certificate {cert.isoformat()}) to "
        f"{_month_words(last)} (child born {born.isoformat()}, policy {policy})"
    )


def _no_period_fact(month: Month) -> str:
    return f"month {month}; certificate month or child not known"


def _unit_fact(unit: str | None, spouse: object) -> str:
    sp_unit = (
        spouse.work_unit
        if isinstance(spouse, Spouse)
        else ("no spouse" if spouse is NO_SPOUSE else "spouse not given")
    )
    return f"work_unit={unit}; spouse: {sp_unit}"


def _registered_fact(registered_in: str | None, spouse: object, here: Jurisdiction) -> str:
    return (
        f"registered_in={registered_in}; spouse: "
        + (str(spouse.registered_in) if isinstance(spouse, Spouse) else "—")
        + f"; division {here.code} {here.name}"
    )


def _by_fact(cert: _dt.date | None) -> str:
    return f"certificate_issued_on={None if cert is None else cert.isoformat()}"


def evaluate(a: Applicant, ctx: Context) -> Evaluation:
    p = _plan(ctx)
    also = p.also
    out: list[Pending] = []

    cert = a.certificate_issued_on
    if cert is not None:
        out.append(
            _new(
                Pending,
                (CERTIFICATE, p.c_cert, functools.partial(_cert_fact, cert), True, cert, also),
            )
        )
    else:
        given = a.only_child_certificate
        met = False if given is False else None
        out.append(
            _new(
                Pending,
                (CERTIFICATE, p.c_cert, functools.partial(_no_cert_fact, given), met, None, also),
            )
        )

    kids = a.children
    fact = functools.partial(describe_children, kids)
    child = None
    if kids is None:
        out.append(_new(Pending, (ONE_CHILD, p.c_one, fact, None, None, also)))
    else:
        if len(kids) == 1:
            child = kids[0]
        one = len(kids) == 1 and (None if child is None else child.alive)
        out.append(_new(Pending, (ONE_CHILD, p.c_one, fact, one, len(kids), also)))

    month = p.month
    if child is None or cert is None:
        out.append(
            _new(
                Pending,
                (PERIOD, p.c_period, functools.partial(_no_period_fact, month), None, None, ()),
            )
        )
    else:
        policy = ctx.policy.health_allowance_last_month
        first = _index(cert.year, cert.month)
        if not _FIRST_INDEX <= first <= _LAST_INDEX:
            Month.of(cert)  # a year Month refuses: raised as before
        last = _last_index(child.born_on, policy)
        if last is None:
            last_paid_month(child.born_on, policy)  # a year Month refuses: raised as before
            raise AssertionError("unreachable: Month refused the month")  # pragma: no cover
        out.append(
            _new(
                Pending,
                (
                    PERIOD,
                    p.c_period,
                    functools.partial(
                        _period_fact, month, first, cert, last, child.born_on, policy
                    ),
                    first <= p.month_index <= last,
                    str(month),
                    (),
                ),
            )
        )
    local = p.local
    if local is not None:
        spouse = a.spouse
        unit = a.work_unit
        own = _has_unit(unit)
        if spouse is None:
            none_met: bool | None = None if own is not True else False
        else:
            other = _has_unit(spouse.work_unit) if isinstance(spouse, Spouse) else False
            if own is True or other is True:
                none_met = False
            elif own is None or other is None:
                none_met = None
            else:
                none_met = True
        out.append(
            _new(
                Pending,
                (
                    NO_WORK_UNIT,
                    local.c_no_unit,
                    functools.partial(_unit_fact, unit, spouse),
                    none_met,
                    None,
                    (),
                ),
            )
        )

        here = ctx.jurisdiction
        mine = a.registered_in
        here_too = mine is not None and in_division(mine, here)
        if isinstance(spouse, Spouse):
            theirs = spouse.registered_in
            here_too = here_too or (theirs is not None and in_division(theirs, here))
            known = mine is not None and theirs is not None
        else:
            known = mine is not None and spouse is not None
        reg_met: bool | None = True if here_too else (False if known else None)
        out.append(
            _new(
                Pending,
                (
                    REGISTERED,
                    local.c_registered,
                    functools.partial(_registered_fact, mine, spouse, here),
                    reg_met,
                    None,
                    (),
                ),
            )
        )
        out.append(
            _new(
                Pending,
                (
                    CERTIFICATE_BY,
                    local.c_by,
                    functools.partial(_by_fact, cert),
                    None if cert is None else cert <= local.by,
                    cert,
                    (),
                ),
            )
        )
    else:
        ctx.trace.replay(p.not_local_calls)

    who_pays = payer(a)
    if p.refused is not None:
        raise InvalidInput(*p.refused)
    ctx.trace.replay(p.rate_calls)
    rate = p.rate
    if rate is None:
        return Evaluation(tuple(out), payer=who_pays)
    # the amount is reported only when every condition holds (check() decides)
    return Evaluation(tuple(out), rate, rate.total, "month", payer=who_pays)
