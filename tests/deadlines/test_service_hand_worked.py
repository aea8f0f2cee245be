"""Service dates (送达) by method, with their steps and the article of each 民事诉讼法 text.

The articles (送达 section of 《民事诉讼法》; 1991 and 2007 texts, 2012/2017, 2021/2023):
* 受送达人在送达回证上的签收日期为送达日期: art. 77 (1991, 2007), 84 (2012), 87 (2021);
* 留置送达 — 把诉讼文书留在受送达人的住所，即视为送达: art. 79, 86, 89;
* 邮寄送达的，以回执上注明的收件日期为送达日期: art. 80, 88, 91;
* 公告送达 — 自发出公告之日起，经过六十日，即视为送达: art. 84 (1991, 2007), 92 (2012,
  2017); 经过三十日 in art. 95 (2021, in force 2022-01-01).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from familyplan.deadlines import METHODS, service_effective_on
from familyplan.errors import InvalidInput, NotInForce

day = dt.date

DIRECT = (
    "direct service: the date signed on the proof of service",
    "直接送达：以送达回证上签收的日期为送达日期",
)
LEFT = (
    "service by leaving the document at the residence: the day it was left",
    "留置送达：把文书留在受送达人的住所，即视为送达",
)
POST = (
    "service by post: the date of receipt on the return slip",
    "邮寄送达：以回执上注明的收件日期为送达日期",
)


def _public(n: int, zh: str) -> tuple[str, str]:
    return (
        f"service by public notice: deemed served {n} days after publication "
        "(the day of publication not counted)",
        zh,
    )


@pytest.mark.parametrize(
    ("method", "sent", "facts", "effective", "version", "article", "words"),
    [
        (
            "direct",
            day(1995, 3, 2),
            {"signed_on": day(1995, 3, 3)},
            day(1995, 3, 3),
            "1991",
            77,
            DIRECT,
        ),
        ("left-at-residence", day(1995, 3, 2), {}, day(1995, 3, 2), "1991", 79, LEFT),
        (
            "post",
            day(1995, 3, 2),
            {"receipt_on": day(1995, 3, 4)},
            day(1995, 3, 4),
            "1991",
            80,
            POST,
        ),
        # 1995-03-02 + 60: 29 days to 3/31, 30 to 4/30, 1 to 5/1
        (
            "public-notice",
            day(1995, 3, 2),
            {},
            day(1995, 5, 1),
            "1991",
            84,
            _public(60, "经过六十日，即视为送达"),
        ),
        (
            "direct",
            day(2015, 3, 2),
            {"signed_on": day(2015, 3, 2)},
            day(2015, 3, 2),
            "2012",
            84,
            DIRECT,
        ),
        ("left-at-residence", day(2015, 3, 2), {}, day(2015, 3, 2), "2012", 86, LEFT),
        (
            "post",
            day(2015, 3, 2),
            {"receipt_on": day(2015, 3, 4)},
            day(2015, 3, 4),
            "2012",
            88,
            POST,
        ),
        (
            "public-notice",
            day(2015, 3, 2),
            {},
            day(2015, 5, 1),
            "2012",
            92,
            _public(60, "经过六十日，即视为送达"),
        ),
        (
            "direct",
            day(2022, 3, 2),
            {"signed_on": day(2022, 3, 9)},
            day(2022, 3, 9),
            "2021",
            87,
            DIRECT,
        ),
        ("left-at-residence", day(2022, 3, 2), {}, day(2022, 3, 2), "2021", 89, LEFT),
        (
            "post",
            day(2022, 3, 2),
            {"receipt_on": day(2022, 3, 2)},
            day(2022, 3, 2),
            "2021",
            91,
            POST,
        ),
        # 2022-03-02 + 30: 29 days to 3/31, 1 to 4/1 (a Friday; not rolled anyway)
        (
            "public-notice",
            day(2022, 3, 2),
            {},
            day(2022, 4, 1),
            "2021",
            95,
            _public(30, "经过三十日，即视为送达"),
        ),
        # published on a Saturday, deemed served on a Sunday: not rolled (nothing is due)
        # 2023-12-02 + 30 = 2024-01-01 (元旦): still the 2021 text, dispatched in 2023
        (
            "public-notice",
            day(2023, 12, 2),
            {},
            day(2024, 1, 1),
            "2021",
            95,
            _public(30, "经过三十日，即视为送达"),
        ),
    ],
)
def test_service(
    method: str,
    sent: dt.date,
    facts: dict[str, Any],
    effective: dt.date,
    version: str,
    article: int,
    words: tuple[str, str],
) -> None:
    s = service_effective_on(method, sent, **facts)
    assert (s.method, s.dispatched_on, s.effective_on) == (method, sent, effective)
    [step] = s.steps
    assert (step.description, step.description_zh, step.value) == (*words, effective)
    assert step.citation is not None
    assert (step.citation.statute_id, step.citation.version, step.citation.article) == (
        "civil-procedure-law",
        version,
        article,
    )
    assert s.citations == (step.citation,)
    body = s.to_dict()
    assert body["kind"] == "service-date"
    assert (body["method"], body["dispatched_on"], body["effective_on"]) == (
        method,
        sent.isoformat(),
        effective.isoformat(),
    )


def test_methods() -> None:
    # 直接送达, 留置送达, 邮寄送达, 公告送达
    assert METHODS == ("direct", "left-at-residence", "post", "public-notice")


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        (
            ("fax", day(2015, 3, 2)),
            {},
            "method must be one of direct, left-at-residence, post, public-notice, got 'fax'",
        ),
        (
            (None, day(2015, 3, 2)),
            {},
            "method must be one of direct, left-at-residence, post, public-notice, got None",
        ),
        (
            ("direct", day(2015, 3, 2)),
            {},
            "signed_on must be the date signed on the proof of service, on or after 2015-03-02, got None",
        ),
        (
            ("direct", day(2015, 3, 2)),
            {"signed_on": day(2015, 3, 1)},
            "signed_on must be the date signed on the proof of service, on or after 2015-03-02, "
            "got datetime.date(2015, 3, 1)",
        ),
        (
            ("post", day(2015, 3, 2)),
            {},
            "receipt_on must be the date of receipt on the return slip, on or after 2015-03-02, got None",
        ),
        (
            ("post", day(2015, 3, 2)),
            {"receipt_on": "2015-03-01"},
            "receipt_on must be the date of receipt on the return slip, on or after 2015-03-02, "
            "got datetime.date(2015, 3, 1)",
        ),
    ],
)
def test_refusals(args: tuple[Any, ...], kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidInput) as err:
        service_effective_on(*args, **kwargs)
    assert str(err.value) == message


def test_the_other_dates_are_checked_whatever_the_method() -> None:
    with pytest.raises(InvalidInput) as err:
        service_effective_on("left-at-residence", day(2015, 3, 2), receipt_on="2015-13-01")
    assert err.value.field == "receipt_on"
    with pytest.raises(InvalidInput) as err:
        service_effective_on("left-at-residence", day(2015, 3, 2), signed_on="2015-13-01")
    assert err.value.field == "signed_on"
    with pytest.raises(InvalidInput) as err:
        service_effective_on("post", "2015-02-30", receipt_on=day(2015, 3, 4))
    assert err.value.field == "dispatched_on"


def test_before_the_civil_procedure_law() -> None:
    # 《民事诉讼法》 (1991) in force 1991-04-09 (the day it was adopted and promulgated)
    with pytest.raises(NotInForce):
        service_effective_on("left-at-residence", day(1991, 4, 8))
    assert service_effective_on("left-at-residence", day(1991, 4, 9)).effective_on == day(
        1991, 4, 9
    )
