"""penalties.fine_band: each explanation step, the 从旧兼从轻 paths, every refusal.

Sources: 《人口与计划生育法》2001/2015 第三十六条 (违法所得一万元以上的，处违法所得二倍以上六倍以下的
罚款；没有违法所得或者违法所得不足一万元的，处一万元以上三万元以下的罚款), 2021 第四十条 (the same
band, in force 2021-08-20); 《计划生育技术服务管理条例》(2004) 第三十四条, 第三十八条 (并处所收费用
2倍以上5倍以下的罚款); 湖南省人民政府令第194号 第二十条 (有违法所得的 … 每人次处5000元罚款；没有违法
所得的，每人次处2000元罚款); 《行政处罚法》(2021) 第三十七条 (从旧兼从轻, in force 2021-07-15).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from familyplan.errors import InvalidInput, NotInForce, TextNotFound
from familyplan.money import FEN_HALF_UP
from familyplan.penalties import (
    Basis,
    LenityPolicy,
    Sanctions,
    fine_band,
    is_lighter,
    offence,
    offences,
)

D = Decimal
YYLQ = "430602"  # 岳阳市岳阳楼区, Hunan
BOSHAN = "370304"  # 淄博市博山区, Shandong
BAND = f"fine band ({FEN_HALF_UP.label})"


def _steps(b: Any) -> list[tuple[str, object, tuple[str, str, int] | None]]:
    return [
        (
            s.description,
            s.value,
            None
            if s.citation is None
            else (s.citation.statute_id, s.citation.version, s.citation.article),
        )
        for s in b.steps
    ]


NPFP_2015_36 = ("npfp-law", "2015", 36)


def _law(b: Any, day: str) -> tuple[str, object, tuple[str, str, int]]:
    c = b.citations[0]
    return (f"law in force on {day}: {c.english}", str(c), (c.statute_id, c.version, c.article))


class TestFixedRangeAndThreshold:
    def test_below_the_threshold(self) -> None:
        b = fine_band(
            "illegal-fp-surgery",
            act_on=dt.date(2016, 5, 1),
            jurisdiction=YYLQ,
            illegal_income="9999.99",
        )
        assert _steps(b) == [
            _law(b, "2016-05-01"),
            ("illegal income 9999.99 below 10000: fixed range", D("9999.99"), NPFP_2015_36),
            (BAND, (D("10000.00"), D("30000.00")), None),
        ]
        assert b.citations[0].english == "npfp-law (2015) art. 36 item 1"
        assert (b.multiple, b.illegal_income, b.law_applied) == (None, D("9999.99"), "act")

    def test_at_the_threshold(self) -> None:
        # 一万元以上 includes 10,000: 2 × 10,000 to 6 × 10,000
        b = fine_band(
            "illegal-fp-surgery",
            act_on=dt.date(2016, 5, 1),
            jurisdiction=YYLQ,
            illegal_income="10000",
        )
        assert _steps(b)[1:] == [
            (
                "illegal income 10000.00 is at or above 10000 (以上 includes it): "
                "2–6 times the illegal income",
                D("10000.00"),
                NPFP_2015_36,
            ),
            (BAND, (D("20000.00"), D("60000.00")), None),
        ]
        assert b.multiple == (D(2), D(6))

    def test_no_income_and_zero_income(self) -> None:
        for income in (None, "0"):
            b = fine_band(
                "illegal-fp-surgery",
                act_on=dt.date(2016, 5, 1),
                jurisdiction=YYLQ,
                illegal_income=income,
            )
            assert _steps(b)[1] == ("no illegal income: fixed range", None, NPFP_2015_36)
            assert b.illegal_income is None
            assert (b.minimum, b.maximum) == (D("10000.00"), D("30000.00"))

    def test_a_range_without_threshold_adds_no_income_step(self) -> None:
        # 第194号令 第二十三条: 处以1000元以上3000元以下的罚款
        b = fine_band(
            "unauthorised-late-termination", act_on=dt.date(2010, 1, 1), jurisdiction=YYLQ
        )
        assert [s[0] for s in _steps(b)] == [_law(b, "2010-01-01")[0], BAND]
        assert (b.minimum, b.maximum) == (D("1000.00"), D("3000.00"))


class TestOtherBases:
    def test_multiple_of_fees(self) -> None:
        # TSR (2004) 第三十八条: 1,000 yuan charged → 2,000 to 5,000
        b = fine_band(
            "charging-rural-couples-for-services",
            act_on=dt.date(2010, 1, 1),
            jurisdiction=YYLQ,
            fees_charged="1000",
        )
        assert _steps(b)[1:] == [
            ("fine is 2–5 times the fees charged", D("1000.00"), ("tech-service-regs", "2004", 38)),
            (BAND, (D("2000.00"), D("5000.00")), None),
        ]
        assert (b.multiple, b.fees_charged, b.basis) == (
            (D(2), D(5)),
            D("1000.00"),
            Basis.MULTIPLE_OF_FEES,
        )

    def test_multiple_of_fees_needs_the_fees(self) -> None:
        with pytest.raises(InvalidInput) as e:
            fine_band(
                "charging-rural-couples-for-services",
                act_on=dt.date(2010, 1, 1),
                jurisdiction=YYLQ,
            )
        assert (e.value.field, e.value.value, e.value.allowed) == (
            "fees_charged",
            None,
            "the fees charged, in yuan (the fine is a multiple of them)",
        )

    @pytest.mark.parametrize(
        ("income", "each", "words"),
        [("1", D(5000), "with illegal income"), (None, D(2000), "without illegal income")],
    )
    def test_per_person_time(self, income: str | None, each: Decimal, words: str) -> None:
        # three person-times: 3 × 5,000 or 3 × 2,000
        b = fine_band(
            "organising-sex-selection",
            act_on=dt.date(2010, 1, 1),
            jurisdiction=YYLQ,
            illegal_income=income,
            persons=3,
        )
        where = ("hunan-decree-194", "2004", 20)
        assert _steps(b)[1:] == [
            (f"amount per person-time {words}", each, where),
            ("person-times organised or introduced", 3, where),
            (BAND, (3 * each, 3 * each), None),
        ]
        assert b.persons == 3

    def test_no_fine(self) -> None:
        # TSR (2004) 第三十六条: 责令限期补办校验手续；拒不校验的 … 吊销 — no fine
        b = fine_band("failure-to-reverify-licence", act_on=dt.date(2010, 1, 1), jurisdiction=YYLQ)
        step = b.steps[1]
        assert (step.description, step.value, step.description_zh) == (
            "the article imposes no fine",
            D(0),
            "该条未规定罚款",
        )
        assert (b.minimum, b.maximum, b.has_fine, b.punishable) == (D(0), D(0), False, True)

    def test_text_not_found(self) -> None:
        # 细则 第五十二条 as read ends 2倍以上……: no band is guessed
        with pytest.raises(TextNotFound) as e:
            fine_band(
                "staff-exceeding-approved-services", act_on=dt.date(2010, 6, 1), jurisdiction=YYLQ
            )
        assert "第五十二条" in str(e.value)
        assert "违法所得1000元以上的，并处违法所得2倍以上" in str(e.value)


class TestLenity:
    def test_no_longer_punishable_before_2021(self) -> None:
        # NPFP 2015 text (in force 2016-01-01) no longer lists 实施假节育手术; before 2021-07-15
        # no statute in the registry codified 从旧兼从轻: applied as a principle, and said so
        b = fine_band(
            "fake-sterilisation-surgery",
            act_on=dt.date(2015, 6, 1),
            decided_on=dt.date(2016, 6, 1),
            jurisdiction=YYLQ,
        )
        assert _steps(b)[2:] == [
            (
                "从旧兼从轻 applied as a principle (policy LenityPolicy.ALWAYS): no statute in "
                "the registry codified it before 2021-07-15",
                dt.date(2016, 6, 1),
                None,
            ),
            (
                "no rule punishes the act on the decision date 2016-06-01: the act is no "
                "longer punishable (从旧兼从轻)",
                dt.date(2016, 6, 1),
                None,
            ),
            (BAND, (D(0), D(0)), None),
        ]
        assert b.steps[3].description_zh == "作出处罚决定时的规定不认为是违法的，适用该规定"
        assert (b.basis, b.law_applied, b.sanctions, b.multiple) == (
            Basis.NOT_PUNISHABLE,
            "decision",
            Sanctions(),
            None,
        )
        assert (b.punishable, b.has_fine, b.decided_on) == (False, False, dt.date(2016, 6, 1))

    def test_codified_only_keeps_the_law_of_the_act_before_2021(self) -> None:
        b = fine_band(
            "fake-sterilisation-surgery",
            act_on=dt.date(2015, 6, 1),
            decided_on=dt.date(2016, 6, 1),
            jurisdiction=YYLQ,
            lenity=LenityPolicy.CODIFIED_ONLY,
        )
        assert (b.minimum, b.maximum, b.law_applied) == (D("10000.00"), D("30000.00"), "act")
        assert b.basis is Basis.FIXED_RANGE
        assert b.lenity is LenityPolicy.CODIFIED_ONLY
        assert len(b.steps) == 3

    def test_abolished_after_2021_cites_article_37(self) -> None:
        # TSR abolished in 2021; decided 2022-06-01 under 《行政处罚法》(2021) 第三十七条
        b = fine_band(
            "unlicensed-fp-technical-services",
            act_on=dt.date(2019, 6, 1),
            decided_on=dt.date(2022, 6, 1),
            jurisdiction=YYLQ,
            lenity=LenityPolicy.CODIFIED_ONLY,
        )
        assert _steps(b)[2] == (
            "no rule punishes the act on the decision date 2022-06-01: the act is no longer "
            "punishable (从旧兼从轻)",
            dt.date(2022, 6, 1),
            ("administrative-penalty-law", "2021", 37),
        )
        assert b.basis is Basis.NOT_PUNISHABLE

    def test_the_same_band_later_is_not_lighter(self) -> None:
        # 2015 art. 36 and 2021 art. 40 give the same band: the law of the act stays
        b = fine_band(
            "illegal-fp-surgery",
            act_on=dt.date(2020, 6, 1),
            decided_on=dt.date(2022, 6, 1),
            jurisdiction=YYLQ,
        )
        assert _steps(b)[2] == (
            "the law on the decision date is not lighter: the law of the act applies",
            None,
            ("administrative-penalty-law", "2021", 37),
        )
        assert (b.law_applied, b.citations[0].version) == ("act", "2015")

    def test_decided_on_the_act_day_adds_nothing(self) -> None:
        b = fine_band(
            "fake-sterilisation-surgery",
            act_on=dt.date(2015, 6, 1),
            decided_on=dt.date(2015, 6, 1),
            jurisdiction=YYLQ,
        )
        assert len(b.steps) == 3
        assert b.law_applied == "act"

    def test_unread_band_but_no_longer_punishable(self) -> None:
        # 细则 第五十二条 was never read in full, yet a decision after 细则 ceased to punish
        # needs no band (从旧兼从轻)
        off = offence("staff-exceeding-approved-services")
        assert off.rules[0].basis is Basis.TEXT_NOT_FOUND


class TestRefusals:
    def _refused(self, field: str, value: object, allowed: str, **kw: Any) -> None:
        args: dict[str, Any] = {
            "offence_id": "illegal-fp-surgery",
            "act_on": dt.date(2016, 5, 1),
            "jurisdiction": YYLQ,
        }
        args.update(kw)
        with pytest.raises(InvalidInput) as e:
            fine_band(**args)
        assert (e.value.field, e.value.value, e.value.allowed) == (field, value, allowed)

    def test_offence_of_another_province(self) -> None:
        self._refused(
            "jurisdiction",
            BOSHAN,
            "a division within 湖南省 (430000), where offence hunan-forging-fp-certificates "
            "is encoded",
            offence_id="hunan-forging-fp-certificates",
            jurisdiction=BOSHAN,
        )

    def test_decision_before_the_act(self) -> None:
        self._refused(
            "decided_on",
            dt.date(2016, 4, 30),
            "a date on or after act_on (2016-05-01)",
            decided_on=dt.date(2016, 4, 30),
        )

    def test_rounding(self) -> None:
        self._refused("rounding", "fen", "a familyplan.money.Rounding", rounding="fen")

    def test_persons(self) -> None:
        from familyplan._validate import MAX_PERSONS

        allowed = f"an int from 1 to {MAX_PERSONS} (person-times)"
        self._refused("persons", 0, allowed, persons=0)
        self._refused("persons", MAX_PERSONS + 1, allowed, persons=MAX_PERSONS + 1)
        b = fine_band(
            "organising-sex-selection",
            act_on=dt.date(2010, 1, 1),
            jurisdiction=YYLQ,
            persons=MAX_PERSONS,
        )
        assert b.persons == MAX_PERSONS

    def test_lenity(self) -> None:
        self._refused(
            "lenity",
            "sometimes",
            "LenityPolicy.ALWAYS or LenityPolicy.CODIFIED_ONLY",
            lenity="sometimes",
        )

    def test_unknown_offence(self) -> None:
        with pytest.raises(InvalidInput) as e:
            offence("no-such-offence")
        assert (e.value.field, e.value.value) == ("offence_id", "no-such-offence")
        assert e.value.allowed == f"one of {sorted(o.id for o in offences())}"

    def test_before_the_first_text(self) -> None:
        # NPFP 2001 in force 2002-09-01; 2015 text 2016-01-01; 2021 text 2021-08-20
        with pytest.raises(NotInForce) as e:
            fine_band("illegal-fp-surgery", act_on=dt.date(2001, 6, 1), jurisdiction=YYLQ)
        assert e.value.what == "offence illegal-fp-surgery"
        assert [(n, s) for n, s, _ in e.value.versions] == [
            ("npfp-law 2001 art. 36", dt.date(2002, 9, 1)),
            ("npfp-law 2015 art. 36", dt.date(2016, 1, 1)),
            ("npfp-law 2021 art. 40", dt.date(2021, 8, 20)),
        ]


class TestIsLighter:
    @pytest.mark.parametrize(
        ("a", "b", "lighter"),
        [
            ((1, 5), (2, 6), True),  # lower maximum
            ((3, 5), (2, 6), True),  # lower maximum, even with a higher minimum
            ((1, 6), (2, 6), True),  # same maximum, lower minimum
            ((2, 6), (2, 6), False),  # equal: not lighter
            ((3, 6), (2, 6), False),
            ((0, 7), (2, 6), False),
        ],
    )
    def test_order(self, a: tuple[int, int], b: tuple[int, int], lighter: bool) -> None:
        assert is_lighter(a, b) is lighter  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        "bad",
        [(D(5), D(4)), (True, D(4)), (D("NaN"), D(4)), (D(1), D("Infinity")), ("1", "2")],
    )
    def test_refused(self, bad: object) -> None:
        with pytest.raises(InvalidInput) as e:
            is_lighter(bad, (D(1), D(2)))  # type: ignore[arg-type]
        assert (e.value.field, e.value.value, e.value.allowed) == (
            "a",
            bad,
            "a (minimum, maximum) pair of Decimal or int amounts of yuan, minimum <= maximum",
        )
        with pytest.raises(InvalidInput) as e:
            is_lighter((D(1), D(2)), bad)  # type: ignore[arg-type]
        assert e.value.field == "b"

    def test_equal_ends_accepted(self) -> None:
        assert is_lighter((D(4), D(4)), (D(4), D(5))) is True
