"""Service dates (送达): the day a document counts as served.

By the 《民事诉讼法》 text in force on the day the document was dispatched:
the date signed on the proof of service, the day it was left at the
residence, the date on the postal return slip, or a number of days after a
public notice (the registry figure ``deadline.service.public-notice.days``).
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

import attrs

from familyplan import statutes
from familyplan._dates import as_date, as_date_or_none
from familyplan.deadlines._rules import pick, unit_words
from familyplan.deadlines._steps import _find
from familyplan.errors import InvalidInput
from familyplan.explain import Citation, Step, Trace, result_dict
from familyplan.types import DateLike

__all__ = ["METHODS", "ServiceDate", "service_effective_on"]

METHODS: tuple[str, ...] = ("direct", "left-at-residence", "post", "public-notice")
"""Methods of service: 直接送达, 留置送达, 邮寄送达, 公告送达."""


@attrs.frozen
class ServiceDate:
    """The day a document counts as served, by the Civil Procedure Law in force.

    :param method: one of :data:`METHODS`.
    :param dispatched_on: the day the document was sent, left or the notice published.
    :param effective_on: the day of service.
    """

    method: str
    dispatched_on: _dt.date
    effective_on: _dt.date
    citations: tuple[Citation, ...]
    steps: tuple[Step, ...]

    def to_dict(self) -> dict[str, Any]:
        return result_dict(self, "service-date")


def service_effective_on(
    method: str,
    dispatched_on: DateLike,
    *,
    signed_on: DateLike | None = None,
    receipt_on: DateLike | None = None,
) -> ServiceDate:
    """The day of service under 《民事诉讼法》 (version in force on ``dispatched_on``).

    * ``direct``: the day signed on the proof of service (``signed_on``, required);
    * ``left-at-residence`` (留置送达): the day the document was left (``dispatched_on``);
    * ``post``: the day of receipt on the return slip (``receipt_on``, required);
    * ``public-notice``: 60 days after publication, 30 days for a notice
      published on or after 2022-01-01 (民事诉讼法 2021 第九十五条). The day is
      not rolled off a rest day: nothing has to be done on it.

    >>> import datetime
    >>> service_effective_on("public-notice", datetime.date(2021, 12, 31)).effective_on
    datetime.date(2022, 3, 1)
    >>> service_effective_on("public-notice", datetime.date(2022, 1, 1)).effective_on
    datetime.date(2022, 1, 31)
    """
    if not isinstance(method, str) or method not in METHODS:
        raise InvalidInput("method", method, f"one of {', '.join(METHODS)}")
    sent = as_date(dispatched_on, "dispatched_on")
    signed = as_date_or_none(signed_on, "signed_on")
    receipt = as_date_or_none(receipt_on, "receipt_on")
    trace = Trace()
    statutes.version_on("civil-procedure-law", on=sent)  # NotInForce before 1991-04-09
    if method == "direct":
        if signed is None or signed < sent:
            raise InvalidInput(
                "signed_on", signed, f"the date signed on the proof of service, on or after {sent}"
            )
        # 受送达人在送达回证上的签收日期为送达日期
        cit = _find("civil-procedure-law", sent, "签收日期为送达日期")
        trace.add("direct service: the date signed on the proof of service", signed, cit)
        effective = signed
    elif method == "left-at-residence":
        # 把诉讼文书留在受送达人的住所，即视为送达
        cit = _find("civil-procedure-law", sent, "留在受送达人的住所")
        trace.add(
            "service by leaving the document at the residence: the day it was left", sent, cit
        )
        effective = sent
    elif method == "post":
        if receipt is None or receipt < sent:
            raise InvalidInput(
                "receipt_on", receipt, f"the date of receipt on the return slip, on or after {sent}"
            )
        # 邮寄送达的，以回执上注明的收件日期为送达日期
        cit = _find("civil-procedure-law", sent, "以回执上注明的收件日期为送达日期")
        trace.add("service by post: the date of receipt on the return slip", receipt, cit)
        effective = receipt
    else:
        # 自发出公告之日起，经过六十日 (三十日 from 2022-01-01)，即视为送达: the text in force
        # on the day of publication (no transitional rule found; see docs/policies.md)
        row, f = pick("public-notice", sent, statutes.get("civil-procedure-law").jurisdiction)
        days = f.as_int()
        effective = sent + _dt.timedelta(days=days)
        trace.add(
            row.what.format(n=days, unit=unit_words(f)) + " (the day of publication not counted)",
            effective,
            f.citation,
            zh=f.words,
        )
    return ServiceDate(method, sent, effective, trace.citations, trace.steps)
