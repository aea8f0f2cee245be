"""Levy (社会抚养费): worked examples per province, by hand from the quoted articles.

Hunan 2016 art. 37, Shandong 2016 arts. 36-38, Hebei 2003/2014 art. 46. The
income figures are made-up round numbers so the arithmetic can be checked in
one's head; the comment beside each row shows it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from familyplan.errors import InvalidInput, NotInForce
from familyplan.money import YUAN_DOWN
from familyplan.penalties import HeavierPolicy, IncomeBase, LevyCase, Party, assess_levy

D = Decimal
YYLQ = "430602"  # 岳阳楼区, Hunan
JUNSHAN = "430611"  # 君山区, Hunan: 4x threshold (seed 000)
BOSHAN = "370304"  # 博山区, Shandong
LONGYAO = "130525"  # 隆尧县, Hebei
BASE = IncomeBase(urban_disposable="30000", rural_net="12000", year=2016, area="county")
HEBEI_BASE = IncomeBase(urban_disposable="8000", rural_net="3000", year=2004, area="county")


def case(
    jurisdiction: str, circumstance: str, n: int | None = 1, *parties: Party, **kw: object
) -> LevyCase:
    defaults: dict[str, object] = {
        "birth_on": "2017-05-01",
        "decided_on": "2017-09-01",
        "income_base": BASE,
    }
    defaults.update(kw)
    return LevyCase(
        jurisdiction=jurisdiction,
        circumstance=circumstance,
        children_over_limit=n,
        parties=parties or (Party("mother", "20000", "urban"), Party("father", "50000", "rural")),
        **defaults,  # type: ignore[arg-type]
    )


def ranges(r: object) -> list[tuple[str, str, str | None]]:
    return [
        (p.role, str(p.minimum), None if p.maximum is None else str(p.maximum)) for p in r.parties
    ]  # type: ignore[attr-defined]


class TestHunan:
    def test_extra_child_floor_and_actual(self) -> None:
        # mother urban, actual 20,000 < floor 30,000 -> 30,000 x 2..6 = 60,000..180,000
        # father rural, actual 50,000 > floor 12,000 -> 50,000 x 2..6 = 100,000..300,000
        r = assess_levy(case(YYLQ, "extra-child"))
        assert ranges(r) == [
            ("mother", "60000.00", "180000.00"),
            ("father", "100000.00", "300000.00"),
        ]
        assert (r.total_minimum, r.total_maximum) == (D("160000.00"), D("480000.00"))
        assert r.parties[0].income_used == D("30000.00")
        assert "below the floor" in r.parties[0].income_reason
        assert r.version == "2016"

    def test_each_further_child_adds_three(self) -> None:
        # 依次增加三倍: 2 over -> 5..9, 3 over -> 8..12 (both ends shift by 3)
        p = (Party("mother", "30000", "urban"),)
        assert ranges(assess_levy(case(YYLQ, "extra-child", 2, *p))) == [
            ("mother", "150000.00", "270000.00")
        ]
        assert ranges(assess_levy(case(YYLQ, "extra-child", 3, *p))) == [
            ("mother", "240000.00", "360000.00")
        ]
        # bigamy 6..8, then 9..11
        assert ranges(assess_levy(case(YYLQ, "bigamy-or-other-partner", 1, *p))) == [
            ("mother", "180000.00", "240000.00")
        ]
        assert ranges(assess_levy(case(YYLQ, "bigamy-or-other-partner", 2, *p))) == [
            ("mother", "270000.00", "330000.00")
        ]

    def test_no_permit_thirty_percent(self) -> None:
        # 30% of 上年度总收入: mother 30,000 x 0.3 = 9,000; father 50,000 x 0.3 = 15,000
        r = assess_levy(case(YYLQ, "eligible-no-permit", None))
        assert ranges(r) == [("mother", "9000.00", "9000.00"), ("father", "15000.00", "15000.00")]
        # 30% of income whatever the count: a count given would be ignored, so it is refused
        with pytest.raises(InvalidInput, match="children_over_limit"):
            assess_levy(case(YYLQ, "eligible-no-permit", 1))

    def test_unknown_income_uses_the_floor(self) -> None:
        # rural, income unknown -> rural floor 12,000 x 2..6
        r = assess_levy(case(YYLQ, "unmarried-not-eligible", 1, Party("mother", None, "rural")))
        assert ranges(r) == [("mother", "24000.00", "72000.00")]
        assert "unknown" in r.parties[0].income_reason

    def test_ignored_termination_is_heavier(self) -> None:
        # 湖南 art. 37 (二): 二至六倍, 从重 without a measure: with no county measure the
        # whole lawful range stays, 2..6 x 30,000 = 60,000..180,000
        r = assess_levy(
            case(YYLQ, "extra-child-ignored-termination", 1, Party("mother", "30000", "urban"))
        )
        assert ranges(r) == [("mother", "60000.00", "180000.00")]
        assert r.heavier
        assert r.heavier_policy is None
        # a county's measure, the upper half: 4..6 -> 120,000..180,000
        r = assess_levy(
            case(YYLQ, "extra-child-ignored-termination", 1, Party("mother", "30000", "urban")),
            heavier_policy=HeavierPolicy(D("0.5")),
        )
        assert ranges(r) == [("mother", "120000.00", "180000.00")]
        # a county's own policy: the upper quarter -> 5..6
        r = assess_levy(
            case(YYLQ, "extra-child-ignored-termination", 1, Party("mother", "30000", "urban")),
            heavier_policy=HeavierPolicy(D("0.25")),
        )
        assert ranges(r) == [("mother", "150000.00", "180000.00")]

    def test_junshan_threshold(self) -> None:
        # 君山区: 征收社会抚养费取4倍以上的报市卫生计生委备案; 2..6 reaches 4
        r = assess_levy(case(JUNSHAN, "extra-child"))
        assert r.requires_filing is True
        assert r.requires_collective_decision is True
        assert r.collective_decision_from == D(4)
        # 30% never reaches 4x
        r = assess_levy(case(JUNSHAN, "eligible-no-permit", None))
        assert r.requires_filing is False

    def test_hebei_fixed_sum_needs_no_income_base_and_no_count(self) -> None:
        # 河北 art. 46 (三): 分别按五百元的金额征收 — no income and no number of children read
        fixed = LevyCase(
            jurisdiction=LONGYAO,
            birth_on="2010-01-01",
            decided_on="2010-02-01",
            circumstance="eligible-no-permit",
            parties=(Party("mother", None, "rural"), Party("father", None, "rural")),
        )
        r = assess_levy(fixed)
        assert (r.total_minimum, r.total_maximum) == (D("1000.00"), D("1000.00"))
        with pytest.raises(InvalidInput, match="children_over_limit") as e:
            assess_levy(attrs.evolve(fixed, children_over_limit=2))
        assert e.value.value == 2
        # a multiple of the per-capita figures needs them
        with pytest.raises(InvalidInput, match="income_base"):
            assess_levy(attrs.evolve(fixed, circumstance="extra-child", children_over_limit=1))
        # and a count where the article counts the children
        with pytest.raises(InvalidInput, match="children_over_limit"):
            assess_levy(attrs.evolve(fixed, circumstance="extra-child", income_base=HEBEI_BASE))

    def test_birth_before_the_2016_text(self) -> None:
        with pytest.raises(NotInForce) as e:
            assess_levy(case(YYLQ, "extra-child", birth_on="2015-06-01"))
        assert "2016" in str(e.value)


class TestShandong:
    def test_extra_child_each_spouse_by_own_count(self) -> None:
        # art. 37 ¶2: 3 x base per child; mother urban 30,000 x 3 = 90,000;
        # father rural with 2 children over his own limit: 12,000 x 6 = 72,000
        r = assess_levy(
            case(
                BOSHAN,
                "extra-child",
                1,
                Party("mother", "99999", "urban"),
                Party("father", None, "rural", children_over_limit=2),
            )
        )
        assert ranges(r) == [("mother", "90000.00", "90000.00"), ("father", "72000.00", "72000.00")]
        assert "statistical bulletin" in r.parties[0].income_reason  # actual income not used

    def test_unmarried(self) -> None:
        # art. 38 ¶1: 1/5 of base -> 30,000 / 5 = 6,000; 12,000 / 5 = 2,400
        r = assess_levy(case(BOSHAN, "unmarried-eligible-to-marry"))
        assert ranges(r) == [("mother", "6000.00", "6000.00"), ("father", "2400.00", "2400.00")]
        # art. 38 ¶2: 1 x base, whatever the number of children (a count would be ignored)
        r = assess_levy(case(BOSHAN, "unmarried-not-eligible", None))
        assert ranges(r) == [("mother", "30000.00", "30000.00"), ("father", "12000.00", "12000.00")]
        # art. 38 ¶3: 3 x base per child, 2 children -> 6 x
        r = assess_levy(case(BOSHAN, "bigamy-or-other-partner", 2, Party("father", None, "urban")))
        assert ranges(r) == [("father", "180000.00", "180000.00")]

    def test_no_permit_is_a_fine_not_a_levy(self) -> None:
        with pytest.raises(InvalidInput, match="五千元罚款"):
            assess_levy(case(BOSHAN, "eligible-no-permit"))

    def test_boshan_collective_decision_has_no_number(self) -> None:
        r = assess_levy(case(BOSHAN, "extra-child"))
        assert r.requires_collective_decision is None


class TestHebei:
    def test_second_child_at_least_two_and_a_half(self) -> None:
        # item 1: employee, wages 40,000 -> at least 100,000, no maximum (不低于);
        # farmer -> 2.5 x township rural 3,000 = 7,500
        r = assess_levy(
            case(
                LONGYAO,
                "extra-child",
                1,
                Party("mother", "40000", "urban", occupation="employee"),
                Party("father", None, "rural", occupation="farmer"),
                birth_on="2005-03-01",
                decided_on="2005-06-01",
                income_base=HEBEI_BASE,
            )
        )
        assert ranges(r) == [("mother", "100000.00", None), ("father", "7500.00", None)]
        assert r.total_maximum is None
        assert r.version == "2003"

    def test_third_child_adds_one_hundred_percent(self) -> None:
        # 生育第三个子女的，按生育第二个子女的征收金额各加百分之百: 2.5 -> 5 x; unemployed urban 8,000 -> 40,000
        r = assess_levy(
            case(
                LONGYAO,
                "extra-child",
                2,
                Party("mother", None, "urban", occupation="unemployed"),
                birth_on="2015-03-01",
                decided_on="2015-06-01",
                income_base=HEBEI_BASE,
            )
        )
        assert ranges(r) == [("mother", "40000.00", None)]
        assert r.version == "2014"

    def test_birth_order_not_children_over_limit(self) -> None:
        # Issue 14 item 2. 《河北省人口与计划生育条例》第四十六条第（一）项: 不符合本条例规定生育第三个
        # 子女的，按生育第二个子女的征收金额各加百分之百征收. A couple whose second child was lawful
        # and whose third was not: one child over the limit, but it is the THIRD child -> the
        # second-child amount (不低于 2.5 x) plus 100 % = at least 5 x. Urban, no work: 本市、镇居民
        # 上年度人均可支配收入 8,000 -> at least 40,000 (not 2.5 x 8,000 = 20,000).
        mother = Party("mother", None, "urban", occupation="unemployed")
        kw: dict[str, object] = {
            "birth_on": "2010-03-01",
            "decided_on": "2010-06-01",
            "income_base": HEBEI_BASE,
        }
        r = assess_levy(case(LONGYAO, "extra-child", 1, mother, birth_order=3, **kw))
        assert ranges(r) == [("mother", "40000.00", None)]
        assert (r.rule.article, r.rule.item) == (46, 1)
        assert str(r.parties[0].citation) == "《河北省人口与计划生育条例》第四十六条第一项"
        # without the birth order, the old reading: children_over_limit + 1 = the second child,
        # 2.5 x 8,000 = 20,000 — and a step says what was assumed
        r = assess_levy(case(LONGYAO, "extra-child", 1, mother, **kw))
        assert ranges(r) == [("mother", "20000.00", None)]
        assert any("birth order not given" in s.description for s in r.steps)
        # a first child is not item 1 (生育第二个子女 is where it starts)
        with pytest.raises(InvalidInput) as e:
            assess_levy(case(LONGYAO, "extra-child", 1, mother, birth_order=1, **kw))
        assert e.value.field == "birth_order"

    @pytest.mark.parametrize(
        ("reading", "order", "amount"),
        [
            # 以此递进累加, the farmer's base 3,000 (本乡…农村居民上年度人均纯收入):
            # the third child is certain under both readings: 2.5 + 100 % of 2.5 = 5 x = 15,000
            ("add-second-child-amount", 3, "15000.00"),
            ("add-previous-amount", 3, "15000.00"),
            # default: each further child adds 100 % of the second-child amount (2.5 x) again
            ("add-second-child-amount", 4, "22500.00"),  # 2.5 x 3 = 7.5 x 3,000
            ("add-second-child-amount", 5, "30000.00"),  # 2.5 x 4 = 10 x 3,000
            # the other reading: each adds 100 % of the previous child's amount (doubling)
            ("add-previous-amount", 4, "30000.00"),  # 5 x 2 = 10 x 3,000
            ("add-previous-amount", 5, "60000.00"),  # 10 x 2 = 20 x 3,000
        ],
    )
    def test_fourth_and_later_children_follow_the_policy(
        self, reading: str, order: int, amount: str
    ) -> None:
        from familyplan.penalties import ProgressionPolicy

        policy = ProgressionPolicy(reading)  # type: ignore[arg-type]
        r = assess_levy(
            case(
                LONGYAO,
                "extra-child",
                1,
                Party("father", None, "rural", occupation="farmer"),
                birth_on="2012-03-01",
                decided_on="2012-06-01",
                income_base=HEBEI_BASE,
                birth_order=order,
            ),
            progression_policy=policy,
        )
        assert ranges(r) == [("father", amount, None)]
        assert r.progression_policy.reading == reading
        assert r.to_dict()["progression_policy"]["reading"] == reading

    def test_progression_policy_is_checked(self) -> None:
        from familyplan.penalties import ProgressionPolicy

        with pytest.raises(InvalidInput):
            ProgressionPolicy("doubling")  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("circumstance", "kw", "amount", "n"),
        [
            ("eligible-no-permit", {}, "500.00", None),  # item 3: 五百元
            (
                "unmarried-eligible-to-marry",
                {},
                "1500.00",
                1,
            ),  # item 5: 一千五百元, the first child
            ("early-second-child", {"years_early": 2}, "3000.00", None),  # item 2: 1,500 x 2 years
        ],
    )
    def test_fixed_sums(
        self, circumstance: str, kw: dict[str, object], amount: str, n: int | None
    ) -> None:
        r = assess_levy(
            case(
                LONGYAO,
                circumstance,
                n,
                Party("mother", None, "rural"),
                birth_on="2010-01-01",
                decided_on="2010-02-01",
                **kw,
            )
        )
        assert ranges(r) == [("mother", amount, amount)]

    def test_employee_without_income_is_refused(self) -> None:
        with pytest.raises(InvalidInput) as e:
            assess_levy(
                case(
                    LONGYAO,
                    "extra-child",
                    1,
                    Party("mother", None, "urban", occupation="employee"),
                    birth_on="2010-01-01",
                    decided_on="2010-02-01",
                )
            )
        assert e.value.field == "parties[0].actual_income"

    def test_2016_text_not_found(self) -> None:
        with pytest.raises(NotInForce):
            assess_levy(
                case(
                    LONGYAO, "extra-child", 1, Party("mother", None, "rural"), birth_on="2017-01-01"
                )
            )


class TestTimeAndInput:
    def test_decision_after_the_2021_amendment(self) -> None:
        with pytest.raises(NotInForce) as e:
            assess_levy(case(YYLQ, "extra-child", decided_on="2021-08-20"))
        assert "2021-08-20" in str(e.value)
        assess_levy(
            case(YYLQ, "extra-child", decided_on="2021-08-19")
        )  # the day before: still levied

    @pytest.mark.parametrize(
        ("kw", "field"),
        [
            ({"circumstance": "twins"}, "circumstance"),
            ({"children_over_limit": 0}, "children_over_limit"),
            ({"children_over_limit": True}, "children_over_limit"),
            ({"decided_on": "2017-04-01"}, "decided_on"),
            ({"birth_on": dt.datetime(2017, 5, 1)}, "birth_on"),
            ({"parties": ()}, "parties"),
            ({"income_base": {"urban": 1}}, "income_base"),
            ({"jurisdiction": "440000"}, "jurisdiction"),
        ],
    )
    def test_refused(self, kw: dict[str, object], field: str) -> None:
        args: dict[str, object] = {
            "jurisdiction": YYLQ,
            "birth_on": "2017-05-01",
            "decided_on": "2017-09-01",
            "circumstance": "extra-child",
            "children_over_limit": 1,
            "parties": (Party("mother", "1", "urban"),),
            "income_base": BASE,
        }
        args.update(kw)
        with pytest.raises((InvalidInput, Exception)) as e:
            assess_levy(LevyCase(**args))  # type: ignore[arg-type]
        assert getattr(e.value, "field", field) == field

    def test_party_fields(self) -> None:
        with pytest.raises(InvalidInput, match="residence"):
            Party("mother", "1", "city")  # type: ignore[arg-type]
        with pytest.raises(InvalidInput, match="actual_income"):
            Party("mother", 1.5, "urban")

    def test_rounding_recorded(self) -> None:
        # 33,333.33 x 0.3 = 9,999.999 -> 10,000.00 at the fen; 9,999 cut to the yuan
        p = (Party("mother", "33333.33", "urban"),)
        assert ranges(assess_levy(case(YYLQ, "eligible-no-permit", None, *p))) == [
            ("mother", "10000.00", "10000.00")
        ]
        r = assess_levy(case(YYLQ, "eligible-no-permit", None, *p), rounding=YUAN_DOWN)
        assert ranges(r) == [("mother", "9999", "9999")]
        assert r.to_dict()["rounding"]["mode"] == "down"

    def test_to_dict_and_citations(self) -> None:
        r = assess_levy(case(YYLQ, "extra-child"))
        d = r.to_dict()
        assert d["kind"] == "levy-assessment"
        assert d["total_minimum"] == "160000.00"
        rendered = [str(c) for c in r.citations]
        # art. 37 ¶1 item (二) sets the multiple; ¶3 (本条所称总收入…) the income it applies to
        assert "《湖南省人口与计划生育条例》第三十七条第一款第二项" in rendered
        assert "《湖南省人口与计划生育条例》第三十七条第三款" in rendered
        assert "《中华人民共和国人口与计划生育法》第四十一条第一款" in rendered


incomes = st.one_of(st.none(), st.integers(min_value=0, max_value=10**8).map(lambda c: D(c) / 100))


@given(st.integers(min_value=1, max_value=6), incomes, st.sampled_from(["urban", "rural"]))
def test_hunan_each_extra_child_shifts_by_three(n: int, income: Decimal | None, res: str) -> None:
    p = (Party("mother", income, res),)  # type: ignore[arg-type]
    a = assess_levy(case(YYLQ, "extra-child", n, *p)).parties[0]
    b = assess_levy(case(YYLQ, "extra-child", n + 1, *p)).parties[0]
    assert a.multiple_low is not None
    assert b.multiple_low is not None
    assert b.multiple_low - a.multiple_low == 3
    assert b.minimum > a.minimum
    assert a.minimum <= (a.maximum or a.minimum)


class TestEveryCircumstance:
    """The circumstances not covered above, one row each, worked by hand."""

    @pytest.mark.parametrize(
        ("jurisdiction", "circumstance", "n", "expected"),
        [
            # Hunan: 非婚生育和非法收养子女的，依子女数量按本条前款第（二）项 -> 2..6 per first child,
            # mother urban floor 30,000; father rural actual 50,000 (> floor 12,000)
            (YYLQ, "unmarried-eligible-to-marry", 1, [("mother", "60000.00", "180000.00"), ("father", "100000.00", "300000.00")]),
            (YYLQ, "illegal-adoption", 2, [("mother", "150000.00", "270000.00"), ("father", "250000.00", "450000.00")]),
            # Shandong: a termination order ignored is levied as an extra child (art. 37 ¶2: 3x base)
            (BOSHAN, "extra-child-ignored-termination", 1, [("mother", "90000.00", "90000.00"), ("father", "36000.00", "36000.00")]),
        ],
    )  # fmt: skip
    def test_table(
        self, jurisdiction: str, circumstance: str, n: int, expected: list[tuple[str, str, str]]
    ) -> None:
        assert ranges(assess_levy(case(jurisdiction, circumstance, n))) == expected

    def test_hebei_under_age_and_bigamy(self) -> None:
        kw: dict[str, object] = {
            "birth_on": "2006-03-01",
            "decided_on": "2006-06-01",
            "income_base": HEBEI_BASE,
        }
        farmer = Party("mother", None, "rural", occupation="farmer")
        # item 4: under marriage age, first child -> second-child standard 2.5 x 3,000 = 7,500
        r = assess_levy(case(LONGYAO, "unmarried-not-eligible", 1, farmer, **kw))
        assert ranges(r) == [("mother", "7500.00", None)]
        # second child under age -> third-child standard 5 x 3,000 = 15,000
        r = assess_levy(case(LONGYAO, "unmarried-not-eligible", 2, farmer, **kw))
        assert ranges(r) == [("mother", "15000.00", None)]
        # bigamy is not a separate item in art. 46: item 1 by birth order
        r = assess_levy(case(LONGYAO, "bigamy-or-other-partner", 1, farmer, **kw))
        assert ranges(r) == [("mother", "7500.00", None)]
        # item 4 with the birth order given: 生育第二个子女的，比照本条第（一）项规定的第三个子女的
        # 征收标准征收 -> 5 x 3,000 = 15,000, whatever children_over_limit says
        r = assess_levy(case(LONGYAO, "unmarried-not-eligible", 1, farmer, birth_order=2, **kw))
        assert ranges(r) == [("mother", "15000.00", None)]

    @pytest.mark.parametrize("jurisdiction", [BOSHAN, LONGYAO])
    def test_adoption_not_in_shandong_or_hebei(self, jurisdiction: str) -> None:
        kw: dict[str, object] = (
            {"birth_on": "2010-01-01", "decided_on": "2010-02-01"}
            if jurisdiction == LONGYAO
            else {}
        )
        with pytest.raises(InvalidInput) as e:
            assess_levy(
                case(jurisdiction, "illegal-adoption", 1, Party("mother", None, "rural"), **kw)
            )
        assert e.value.field == "circumstance"


def test_a_rule_table_cannot_pair_a_fixed_sum_with_an_income() -> None:
    """assess_levy multiplies an income exactly when the rule is not a fixed sum."""
    from familyplan.penalties._levy import _Rule

    with pytest.raises(ValueError, match="basis 'fixed' with income 'hebei'"):
        _Rule("fixed", D(500), D(500), "hebei", 46)
    with pytest.raises(ValueError, match="basis 'multiple' with income 'none'"):
        _Rule("multiple", D(2), D(6), "none", 37)


@given(order=st.integers(2, 9))
def test_hebei_progression_never_decreases_and_the_default_is_lighter(order: int) -> None:
    # 以此递进累加: each later child costs at least as much as the one before, under both
    # readings; adding 100 % of the second-child amount never exceeds adding 100 % of the
    # previous child's amount (equal up to the third child, 生育第三个子女 … 各加百分之百)
    from familyplan.penalties import ProgressionPolicy

    def minimum(order: int, reading: str) -> Decimal:
        r = assess_levy(
            case(
                LONGYAO,
                "extra-child",
                1,
                Party("father", None, "rural", occupation="farmer"),
                birth_on="2012-03-01",
                decided_on="2012-06-01",
                income_base=HEBEI_BASE,
                birth_order=order,
            ),
            progression_policy=ProgressionPolicy(reading),  # type: ignore[arg-type]
        )
        return r.parties[0].minimum

    for reading in ("add-second-child-amount", "add-previous-amount"):
        assert minimum(order + 1, reading) > minimum(order, reading)
    lighter, heavier = (
        minimum(order, r) for r in ("add-second-child-amount", "add-previous-amount")
    )
    assert lighter <= heavier
    assert (lighter == heavier) == (order <= 3)
