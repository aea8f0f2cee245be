"""penalties.assess_levy: each explanation step, with its citation, and the refusals.

Sources: 《人口与计划生育法》(2015) 第四十一条第一款 (应当依法缴纳社会抚养费); 《社会抚养费征收管理办法》
第三条第二款 (national frame); 《湖南省人口与计划生育条例》(2016) 第三十七条 (第一款第二项: 二倍以上六倍
以下; 第三款: 总收入, floored at the county's 上年度 per-capita figures); 《山东省人口与计划生育条例》
(2016) 第三十六条 (the county base), 第三十七条第二款 (每多生育一个子女 … 基数的三倍); 君山区 power
list (seed 000) clauses 2 and 4 (征收社会抚养费取4倍以上的报市卫生计生委备案); 博山区 list (seed 004)
clause 11. Incomes are made-up round numbers (tests/penalties/test_levy.py).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, ClassVar

import pytest

from familyplan.errors import InvalidInput, NotInForce
from familyplan.penalties import IncomeBase, LevyCase, Party, assess_levy

D = Decimal
YYLQ, JUNSHAN, BOSHAN = "430602", "430611", "370304"
BASE = IncomeBase(urban_disposable="30000", rural_net="12000", year=2016, area="county")
HUNAN_37 = ("hunan-pfp-regulation", "2016", 37)


def _case(
    jurisdiction: str, circumstance: str, n: int | None, *parties: Party, **kw: Any
) -> LevyCase:
    args: dict[str, Any] = {
        "birth_on": "2017-05-01",
        "decided_on": "2017-09-01",
        "income_base": BASE,
    }
    args.update(kw)
    return LevyCase(
        jurisdiction=jurisdiction,
        circumstance=circumstance,  # type: ignore[arg-type]
        children_over_limit=n,
        parties=parties or (Party("mother", "20000", "urban"), Party("father", "50000", "rural")),
        **args,
    )


def _steps(r: Any) -> list[tuple[str, object, tuple[Any, ...] | None]]:
    return [
        (
            s.description,
            s.value,
            None
            if s.citation is None
            else (
                s.citation.statute_id,
                s.citation.version,
                s.citation.article,
                s.citation.paragraph,
                s.citation.item,
            ),
        )
        for s in r.steps
    ]


HEAD = [
    (
        "the law requires the levy on the decision date",
        dt.date(2017, 9, 1),
        ("npfp-law", "2015", 41, 1, None),
    ),
    (
        "national frame: per-capita figures as reference base; provinces set the standard",
        None,
        ("levy-measures", "2002", 3, 2, None),
    ),
]


def test_hunan_floor_and_actual_income() -> None:
    # mother urban, actual 20,000 below the 30,000 floor: 30,000 × 2..6 = 60,000..180,000;
    # father rural, actual 50,000 above the 12,000 floor: 50,000 × 2..6 = 100,000..300,000
    r = assess_levy(_case(YYLQ, "extra-child", 1))
    art37_3 = (*HUNAN_37, 3, None)
    art37_1_2 = (*HUNAN_37, 1, 2)
    assert _steps(r) == [
        *HEAD,
        (
            "the birth date picks the 2016 text of 《湖南省人口与计划生育条例》",
            dt.date(2017, 5, 1),
            None,
        ),
        ("income base year (上年度)", 2016, None),
        (
            "mother: income used — actual income 20000.00 below the floor: 2016 城镇居民人均可支配收入",
            D("30000.00"),
            art37_3,
        ),
        ("mother: 2x to 6x", (D("60000.00"), D("180000.00")), art37_1_2),
        (
            "father: income used — actual income 50000.00 (at or above the 2016 农村居民人均可支配收入)",
            D("50000.00"),
            art37_3,
        ),
        ("father: 2x to 6x", (D("100000.00"), D("300000.00")), art37_1_2),
        (
            "the couple together (each party assessed separately)",
            (D("160000.00"), D("480000.00")),
            None,
        ),
        ("amounts rounded once each (fen, half-up)", "fen, half-up", None),
    ]
    assert (r.requires_collective_decision, r.requires_filing, r.collective_decision_from) == (
        None,
        None,
        None,
    )
    assert (r.province, r.statute_id, r.version) == ("430000", "hunan-pfp-regulation", "2016")


def test_hunan_unknown_actual_income_takes_the_floor() -> None:
    r = assess_levy(_case(YYLQ, "extra-child", 1, Party("mother", None, "rural")))
    assert r.parties[0].income_reason == (
        "actual income unknown: the floor, 2016 农村居民人均可支配收入 of county"
    )
    assert r.parties[0].income_used == D("12000.00")
    # 12,000 × 2..6
    assert (r.total_minimum, r.total_maximum) == (D("24000.00"), D("72000.00"))


def test_junshan_filing_threshold() -> None:
    # 30,000 × 2..6: the range reaches 4x -> filing and collective decision (seed 000)
    r = assess_levy(_case(JUNSHAN, "extra-child", 1, Party("mother", "30000", "urban")))
    assert _steps(r)[-3:] == [
        (
            "征收社会抚养费取4倍以上的报市卫生计生委备案: the range reaches 4x",
            True,
            ("junshan-list", "2015", 2, None, None),
        ),
        ("集体讨论决定征收4倍以上报备案", True, ("junshan-list", "2015", 4, None, None)),
        ("amounts rounded once each (fen, half-up)", "fen, half-up", None),
    ]
    assert (r.requires_collective_decision, r.requires_filing, r.collective_decision_from) == (
        True,
        True,
        D(4),
    )


def test_shandong_per_child_and_the_county_base() -> None:
    # 2 children over the limit: 2 × 3 = 6 times the county base 30,000 = 180,000
    r = assess_levy(_case(BOSHAN, "extra-child", 2, Party("mother", "30000", "urban")))
    assert _steps(r)[4:] == [
        (
            "mother: income used — the county's 2016 城镇居民人均可支配收入 from its statistical "
            "bulletin (urban)",
            D("30000.00"),
            ("shandong-pfp-regulation", "2016", 36, None, None),
        ),
        (
            "mother: 6x",
            (D("180000.00"), D("180000.00")),
            ("shandong-pfp-regulation", "2016", 37, 2, None),
        ),
        (
            "the couple together (each party assessed separately)",
            (D("180000.00"), D("180000.00")),
            None,
        ),
        (
            "对情节复杂或重大违法行为给予较大数额征收的，行政机关的负责人应当集体讨论决定: no number set",
            None,
            ("boshan-list", "2015", 11, None, None),
        ),
        ("amounts rounded once each (fen, half-up)", "fen, half-up", None),
    ]
    p = r.parties[0]
    assert (p.basis, p.multiple_low, p.multiple_high) == ("multiple", D(6), D(6))


class TestRefusals:
    def _refused(self, call: Any, field: str, value: object, allowed: str) -> None:
        with pytest.raises(InvalidInput) as e:
            call()
        assert (e.value.field, e.value.value, e.value.allowed) == (field, value, allowed)

    def test_arguments(self) -> None:
        c = _case(YYLQ, "extra-child", 1)
        self._refused(lambda: assess_levy("x"), "case", "x", "a LevyCase")  # type: ignore[arg-type]
        self._refused(
            lambda: assess_levy(c, rounding="fen"),  # type: ignore[arg-type]
            "rounding",
            "fen",
            "a familyplan.money.Rounding",
        )
        self._refused(
            lambda: assess_levy(c, heavier_policy="x"),  # type: ignore[arg-type]
            "heavier_policy",
            "x",
            "a HeavierPolicy, or None",
        )
        self._refused(
            lambda: assess_levy(c, progression_policy="x"),  # type: ignore[arg-type]
            "progression_policy",
            "x",
            "a ProgressionPolicy",
        )

    def test_shandong_no_permit_is_a_fine_not_a_levy(self) -> None:
        # 山东 (2016) 第三十七条第一款: … 对夫妻双方分别处以五千元罚款
        self._refused(
            lambda: assess_levy(_case(BOSHAN, "eligible-no-permit", None)),
            "circumstance",
            "eligible-no-permit",
            "a levy circumstance: in Shandong (2016 art. 37 ¶1) an eligible couple without a "
            "permit is fined (处以五千元罚款 on each spouse), which is not a 社会抚养费",
        )

    def test_a_circumstance_hunan_does_not_know(self) -> None:
        with pytest.raises(InvalidInput) as e:
            assess_levy(_case(YYLQ, "early-second-child", 1))
        assert (e.value.field, e.value.value) == ("circumstance", "early-second-child")
        assert e.value.allowed.startswith("one of eligible-no-permit, extra-child, ")
        assert e.value.allowed.endswith(
            "illegal-adoption (the circumstances of hunan-pfp-regulation 2016 arts. [37])"
        )

    def test_missing_income_base(self) -> None:
        self._refused(
            lambda: assess_levy(_case(YYLQ, "extra-child", 1, income_base=None)),
            "income_base",
            None,
            "an IncomeBase: hunan-pfp-regulation art. 37 reads the local per-capita income",
        )

    def test_missing_count(self) -> None:
        self._refused(
            lambda: assess_levy(_case(YYLQ, "extra-child", None)),
            "children_over_limit",
            None,
            "an int of at least 1: hunan-pfp-regulation (2016) art. 37 para. 1 item 2 depends "
            "on the number of children",
        )

    def test_birth_before_the_encoded_text(self) -> None:
        with pytest.raises(NotInForce) as e:
            assess_levy(_case(YYLQ, "extra-child", 1, birth_on="2001-01-01"))
        assert e.value.what == "hunan-pfp-regulation levy article"
        assert e.value.on == dt.date(2001, 1, 1)
        assert [v[0] for v in e.value.versions] == ["2016"]
        assert e.value.reason == (
            "the levy is chosen by the birth date and no encoded text was in force then"
        )


class TestInputs:
    BASE_CASE: ClassVar[dict[str, Any]] = {
        "jurisdiction": YYLQ,
        "circumstance": "extra-child",
        "children_over_limit": 1,
        "birth_on": "2017-05-01",
        "decided_on": "2017-09-01",
    }

    @pytest.mark.parametrize("n", [0, 3])
    def test_one_or_two_parties(self, n: int) -> None:
        parties = (Party("mother", "1", "urban"),) * n
        with pytest.raises(InvalidInput) as e:
            LevyCase(parties=parties, **self.BASE_CASE)
        assert (e.value.field, e.value.value, e.value.allowed) == (
            "parties",
            parties,
            "one or two Party objects",
        )

    def test_a_single_party_is_taken(self) -> None:
        c = LevyCase(parties=Party("mother", "1", "urban"), **self.BASE_CASE)
        assert c.parties == (Party("mother", "1", "urban"),)
        two = (Party("mother", "1", "urban"), Party("father", "2", "rural"))
        assert LevyCase(parties=two, **self.BASE_CASE).parties == two

    def test_actual_income_is_named(self) -> None:
        with pytest.raises(InvalidInput) as e:
            Party("mother", "abc", "urban")
        assert (e.value.field, e.value.value) == ("actual_income", "abc")
