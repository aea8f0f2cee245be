"""familyplan.explain: citations, steps, traces, JSON."""

from __future__ import annotations

import datetime as dt
import enum
import json
from decimal import Decimal

import attrs
import pytest

from familyplan._version import RULES_VERSION, __version__
from familyplan.errors import InvalidInput
from familyplan.explain import (
    Citation,
    Explained,
    Step,
    Trace,
    chinese_numeral,
    result_dict,
    to_jsonable,
)


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (1, "一"),
        (8, "八"),
        (10, "十"),  # not 一十
        (11, "十一"),
        (19, "十九"),
        (20, "二十"),
        (36, "三十六"),
        (99, "九十九"),
        (100, "一百"),
        (101, "一百零一"),  # 零 for the empty tens
        (110, "一百一十"),  # 一十 inside a hundred
        (156, "一百五十六"),
        (1001, "一千零一"),
        (1010, "一千零一十"),
    ],
)
def test_chinese_numeral(n: int, text: str) -> None:
    assert chinese_numeral(n) == text


@pytest.mark.parametrize("bad", [0, -1, 10000, True, "3"])
def test_chinese_numeral_refuses(bad: object) -> None:
    with pytest.raises(InvalidInput):
        chinese_numeral(bad)  # type: ignore[arg-type]


class TestCitation:
    @pytest.mark.parametrize(
        ("args", "text"),
        [
            (
                ("levy-measures", "社会抚养费征收管理办法", "2002", 8),
                "《社会抚养费征收管理办法》第八条",
            ),
            (
                ("administrative-coercion-law", "中华人民共和国行政强制法", "2011", 45, 2),
                "《中华人民共和国行政强制法》第四十五条第二款",
            ),
            (
                ("hunan-pfp-regulation", "湖南省人口与计划生育条例", "2016", 37, 1, 2),
                "《湖南省人口与计划生育条例》第三十七条第一款第二项",
            ),
            (("x", "某法", "1", 12, None, 3), "《某法》第十二条第三项"),
            # a document known only from reports: its passages, never an invented 第N条
            (("x", "某规范", "1", 3, None, None, "passage"), "《某规范》报道摘录第三段"),
        ],
    )
    def test_str(self, args: tuple[object, ...], text: str) -> None:
        assert str(Citation(*args)) == text  # type: ignore[arg-type]

    def test_fields_are_exactly_the_contract(self) -> None:
        assert [a.name for a in attrs.fields(Citation)] == [
            "statute_id",
            "title",
            "version",
            "article",
            "paragraph",
            "item",
            "numbering",  # added in 0.2 with a default: positional construction unchanged
        ]

    def test_numbering_is_checked(self) -> None:
        with pytest.raises(InvalidInput, match="numbering"):
            Citation("x", "某法", "1", 3, numbering="section")  # type: ignore[arg-type]

    def test_no_reported_source_cites_an_article(self) -> None:
        from familyplan import statutes

        for p in statutes.provisions("childcare-subsidy-rules-2025"):
            assert "条" not in str(p.citation)
            assert str(p.citation).endswith("段")

    @pytest.mark.parametrize(
        "kwargs", [{"article": 0}, {"article": 1, "paragraph": 0}, {"article": 1, "item": -2}]
    )
    def test_refuses_non_positive_numbers(self, kwargs: dict[str, int]) -> None:
        with pytest.raises(InvalidInput):
            Citation("x", "某法", "1", **kwargs)

    def test_frozen_and_hashable(self) -> None:
        c = Citation("x", "某法", "1", 2)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            c.article = 3  # type: ignore[misc]
        assert len({c, Citation("x", "某法", "1", 2)}) == 1

    def test_repr_and_english(self) -> None:
        c = Citation("levy-measures", "社会抚养费征收管理办法", "2002", 8)
        assert repr(c) == (
            "Citation(statute_id='levy-measures', title='社会抚养费征收管理办法', "
            "version='2002', article=8, paragraph=None, item=None, numbering='article')"
        )
        assert c.english == "levy-measures (2002) art. 8"


def test_trace_keeps_citations_once_in_order() -> None:
    a = Citation("a", "甲法", "1", 1)
    b = Citation("b", "乙法", "1", 2)
    t = Trace()
    t.add("first", 1, b)
    t.add("second", Decimal("2.00"), a, zh="第二")
    t.add("third", None, b)
    t.add("no citation")
    assert t.citations == (b, a)
    assert [s.description for s in t.steps] == ["first", "second", "third", "no citation"]
    assert t.steps[1] == Step("second", Decimal("2.00"), a, "第二")


class Colour(enum.Enum):
    RED = "red"


def test_to_jsonable() -> None:
    data = {
        "money": Decimal("1.50"),
        "day": dt.date(2020, 2, 29),
        "enum": Colour.RED,
        "nested": (1, [True, None], frozenset()),
        "cite": Citation("a", "甲法", "1", 1),
    }
    out = to_jsonable(data)
    assert out["money"] == "1.50"
    assert out["day"] == "2020-02-29"
    assert out["enum"] == "red"
    assert out["nested"] == [1, [True, None], []]
    assert out["cite"]["text"] == "《甲法》第一条"
    json.dumps(out)  # plain data


@pytest.mark.parametrize("bad", [0.5, dt.datetime(2020, 1, 1), object()])
def test_to_jsonable_refuses(bad: object) -> None:
    with pytest.raises(InvalidInput):
        to_jsonable(bad)


@attrs.frozen
class _Result:
    amount: Decimal
    citations: tuple[Citation, ...]
    steps: tuple[Step, ...]

    def to_dict(self) -> dict[str, object]:
        return result_dict(self, "demo")


def test_result_dict_carries_versions_and_satisfies_protocol() -> None:
    c = Citation("a", "甲法", "1", 1)
    r = _Result(Decimal("3.00"), (c,), (Step("x", Decimal("3.00"), c),))
    assert isinstance(r, Explained)
    d = r.to_dict()
    assert d["kind"] == "demo"
    assert d["amount"] == "3.00"
    assert d["familyplan_version"] == __version__
    assert d["rules_version"] == RULES_VERSION
    assert d["steps"][0]["citation"]["text"] == "《甲法》第一条"
    assert json.loads(json.dumps(d)) == d
