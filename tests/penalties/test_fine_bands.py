"""penalties.fine_band: hand-worked bands from the quoted articles.

Expected values are worked from the article text, e.g. 《人口与计划生育法》
(2001) 第三十六条: 违法所得一万元以上的，处违法所得二倍以上六倍以下罚款；没有违法所得
或者不足一万元的，处一万元以上三万元以下罚款 — so 12,345.67 of illegal income gives
2 × 12,345.67 = 24,691.34 to 6 × 12,345.67 = 74,074.02.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from familyplan.errors import InvalidInput, NotInForce, TextNotFound
from familyplan.penalties import Basis, LenityPolicy, fine_band, is_lighter, offence, offences

D = Decimal
YYLQ = "430602"  # 岳阳楼区, Hunan: every national and Hunan offence applies
BOSHAN = "370304"  # 博山区, Shandong
A2005 = dt.date(2005, 6, 1)
A2016 = dt.date(2016, 6, 1)
A2022 = dt.date(2022, 6, 1)


class TestBands:
    @pytest.mark.parametrize(
        ("offence_id", "income", "act_on", "lo", "hi", "basis"),
        [
            # 人口与计划生育法 art. 36 (2001/2015) / art. 40 (2021): threshold 一万元
            ("illegal-fp-surgery", None, A2005, "10000", "30000", "fixed-range"),  # none
            ("illegal-fp-surgery", "0", A2005, "10000", "30000", "fixed-range"),  # 0 = none
            ("illegal-fp-surgery", "9999.99", A2005, "10000", "30000", "fixed-range"),  # 不足一万元
            (
                "illegal-fp-surgery",
                "10000.00",
                A2005,
                "20000",
                "60000",
                "fixed-range",
            ),  # 一万元以上 includes it
            ("illegal-fp-surgery", "12345.67", A2016, "24691.34", "74074.02", "fixed-range"),
            ("non-medical-sex-determination", "10000", A2022, "20000", "60000", "fixed-range"),
            # 山东 2016 art. 47: 一万元以上 2-6x; otherwise 10,000-30,000 (five items)
            ("shandong-fake-medical-assessment", "10000", A2016, "20000", "60000", "fixed-range"),
            ("shandong-unlicensed-fp-surgery", "9999.99", A2016, "10000", "30000", "fixed-range"),
            # item 3: 2015 text drops 实施假节育手术; the 2021 text has no item 3 at all
            ("fake-assessment-or-certificate", "9999.99", A2016, "10000", "30000", "fixed-range"),
            ("fake-sterilisation-surgery", "10000", A2005, "20000", "60000", "fixed-range"),
            # art. 37: 五千元以上 2–10×; otherwise 5,000–20,000
            ("forging-fp-certificates", "4999.99", A2005, "5000", "20000", "fixed-range"),
            ("forging-fp-certificates", "5000", A2016, "10000", "50000", "fixed-range"),
            # 技术服务管理条例 2004 art. 34 (2001 art. 31): 5000以上 2–5×; otherwise 5,000–20,000
            ("unlicensed-fp-technical-services", "4999.99", A2005, "5000", "20000", "fixed-range"),
            ("unlicensed-fp-technical-services", "5000", A2016, "10000", "25000", "fixed-range"),
            (
                "unapproved-prenatal-diagnosis-or-art",
                "6000",
                A2016,
                "12000",
                "30000",
                "fixed-range",
            ),
            ("unapproved-expansion-of-services", None, A2016, "5000", "20000", "fixed-range"),
            (
                "false-certificates-by-service-institution",
                "5000.01",
                A2016,
                "10000.02",
                "25000.05",
                "fixed-range",
            ),
            # art. 37: 3000以上 2–5×; otherwise 3,000–5,000
            ("trading-or-forging-service-licence", "2999.99", A2016, "3000", "5000", "fixed-range"),
            ("trading-or-forging-service-licence", "3000", A2016, "6000", "15000", "fixed-range"),
            # art. 40: 3000以上 1–3×; otherwise 3,000–5,000
            (
                "staff-without-physician-qualification",
                "2999.99",
                A2016,
                "3000",
                "5000",
                "fixed-range",
            ),
            (
                "staff-without-physician-qualification",
                "4000",
                A2016,
                "4000",
                "12000",
                "fixed-range",
            ),
            # 实施细则 art. 48 ¶2: 1000以上 1–3×; otherwise 1,000–3,000
            (
                "staff-without-qualification-certificate",
                "999.99",
                A2016,
                "1000",
                "3000",
                "fixed-range",
            ),
            (
                "staff-without-qualification-certificate",
                "2000",
                A2016,
                "2000",
                "6000",
                "fixed-range",
            ),
            # art. 50: 1000以上 2–5×; otherwise 1,000–3,000
            ("trading-or-forging-staff-certificate", "1000", A2016, "2000", "5000", "fixed-range"),
            ("trading-or-forging-staff-certificate", "500", A2016, "1000", "3000", "fixed-range"),
            # art. 52: band NOT FOUND (tests/penalties/test_rules_art52.py)
            # 湖南条例 (2016) art. 42: 五千元以上 2–10×; otherwise 5,000–20,000
            ("hunan-forging-fp-certificates", "5000", A2016, "10000", "50000", "fixed-range"),
            ("hunan-forging-fp-certificates", "4999.99", A2016, "5000", "20000", "fixed-range"),
            # decree 194 art. 23: 1000元以上3000元以下
            ("unauthorised-late-termination", None, A2016, "1000", "3000", "fixed-range"),
        ],
    )
    def test_band(
        self, offence_id: str, income: str | None, act_on: dt.date, lo: str, hi: str, basis: str
    ) -> None:
        where = BOSHAN if offence_id.startswith("shandong-") else YYLQ
        band = fine_band(offence_id, illegal_income=income, act_on=act_on, jurisdiction=where)
        assert (band.minimum, band.maximum) == (D(lo), D(hi))
        assert band.basis.value == basis
        assert band.law_applied == "act"
        assert band.citations

    def test_multiple_recorded(self) -> None:
        band = fine_band(
            "illegal-fp-surgery", illegal_income="10000", act_on=A2005, jurisdiction=YYLQ
        )
        assert band.multiple == (D(2), D(6))
        below = fine_band(
            "illegal-fp-surgery", illegal_income="9999.99", act_on=A2005, jurisdiction=YYLQ
        )
        assert below.multiple is None

    def test_fees_multiple(self) -> None:
        # 技术服务管理条例 art. 38: 并处所收费用2倍以上5倍以下的罚款; fees of 800 → 1,600–4,000
        band = fine_band(
            "charging-rural-couples-for-services",
            fees_charged="800",
            act_on=A2016,
            jurisdiction=YYLQ,
        )
        assert (band.minimum, band.maximum) == (D("1600"), D("4000"))
        assert band.basis is Basis.MULTIPLE_OF_FEES
        assert band.sanctions.refund_fees
        with pytest.raises(InvalidInput, match="fees_charged"):
            fine_band("charging-rural-couples-for-services", act_on=A2016, jurisdiction=YYLQ)

    @pytest.mark.parametrize(
        ("income", "persons", "amount"),
        [
            ("100", 1, "5000"),  # 有违法所得的 … 每人次处5000元罚款
            ("100", 3, "15000"),
            (None, 1, "2000"),  # 没有违法所得的，每人次处2000元罚款
            (None, 4, "8000"),
        ],
    )
    def test_per_person_time(self, income: str | None, persons: int, amount: str) -> None:
        band = fine_band(
            "organising-sex-selection",
            illegal_income=income,
            persons=persons,
            act_on=A2016,
            jurisdiction=YYLQ,
        )
        assert band.minimum == band.maximum == D(amount)
        assert band.basis is Basis.PER_PERSON_TIME
        assert band.sanctions.disciplinary_sanction

    @pytest.mark.parametrize(
        ("offence_id", "flag"),
        [
            ("failure-to-reverify-licence", "order_to_reverify"),  # 责令限期补办校验手续
            ("hunan-impersonation-in-fp-checks", "cancel_certificates"),  # 取消其计划生育证明
        ],
    )
    def test_no_fine(self, offence_id: str, flag: str) -> None:
        band = fine_band(offence_id, act_on=A2016, jurisdiction=YYLQ)
        assert band.basis is Basis.NO_FINE
        assert band.minimum == band.maximum == D("0.00")
        assert getattr(band.sanctions, flag)
        assert not band.has_fine

    def test_sanctions_of_art_36(self) -> None:
        s = fine_band("illegal-fp-surgery", act_on=A2016, jurisdiction=YYLQ).sanctions
        assert s.warning
        assert s.confiscate_illegal_income
        assert s.revocation_if_serious
        assert s.criminal_referral
        assert not s.refund_fees


class TestCitations:
    @pytest.mark.parametrize(
        ("offence_id", "act_on", "text", "version"),
        [
            (
                "illegal-fp-surgery",
                A2005,
                "《中华人民共和国人口与计划生育法》第三十六条第一项",
                "2001",
            ),
            (
                "illegal-fp-surgery",
                A2016,
                "《中华人民共和国人口与计划生育法》第三十六条第一项",
                "2015",
            ),
            (
                "illegal-fp-surgery",
                A2022,
                "《中华人民共和国人口与计划生育法》第四十条第一项",
                "2021",
            ),
            (
                "non-medical-sex-determination",
                A2022,
                "《中华人民共和国人口与计划生育法》第四十条第二项",
                "2021",
            ),
            (
                "forging-fp-certificates",
                A2005,
                "《中华人民共和国人口与计划生育法》第三十七条",
                "2001",
            ),
            (
                "forging-fp-certificates",
                A2016,
                "《中华人民共和国人口与计划生育法》第三十七条",
                "2015",
            ),
            (
                "unlicensed-fp-technical-services",
                dt.date(2002, 6, 1),
                "《计划生育技术服务管理条例》第三十一条",
                "2001",
            ),
            (
                "unlicensed-fp-technical-services",
                A2005,
                "《计划生育技术服务管理条例》第三十四条",
                "2004",
            ),
            (
                "unlicensed-fp-technical-services",
                A2016,
                "《计划生育技术服务管理条例》第三十四条",
                "2004",
            ),
            (
                "charging-rural-couples-for-services",
                A2016,
                "《计划生育技术服务管理条例》第三十八条",
                "2004",
            ),
            (
                "staff-without-qualification-certificate",
                A2016,
                "《计划生育技术服务管理条例实施细则》第四十八条第二款",
                None,
            ),
            (
                "hunan-forging-fp-certificates",
                A2016,
                "《湖南省人口与计划生育条例》第四十二条",
                "2016",
            ),
            (
                "organising-sex-selection",
                A2016,
                "《湖南省禁止非医学需要鉴定胎儿性别和选择性别终止妊娠规定》第二十条",
                None,
            ),
        ],
    )
    def test_renders(
        self, offence_id: str, act_on: dt.date, text: str, version: str | None
    ) -> None:
        kwargs: dict[str, object] = {}
        if offence_id == "charging-rural-couples-for-services":
            kwargs["fees_charged"] = "100"
        band = fine_band(offence_id, act_on=act_on, jurisdiction=YYLQ, **kwargs)  # type: ignore[arg-type]
        first = band.citations[0]
        assert str(first) == text
        if version is not None:
            assert first.version == version

    def test_forging_not_in_force_for_2022_acts(self) -> None:
        # art. 37 has no counterpart in the 2021 text
        with pytest.raises(NotInForce, match="forging-fp-certificates"):
            fine_band("forging-fp-certificates", act_on=A2022, jurisdiction=YYLQ)


class TestLenity:
    def test_no_longer_punishable(self) -> None:
        # act under the 2015 text, decided after 2021-08-20 when art. 37 had no successor
        band = fine_band(
            "forging-fp-certificates",
            illegal_income="6000",
            act_on=dt.date(2021, 3, 1),
            decided_on=dt.date(2021, 9, 1),
            jurisdiction=YYLQ,
        )
        assert band.basis is Basis.NOT_PUNISHABLE
        assert not band.punishable
        assert band.law_applied == "decision"
        assert (band.minimum, band.maximum) == (D("0.00"), D("0.00"))
        assert any(
            "从旧兼从轻" in s.description or "no longer punishable" in s.description
            for s in band.steps
        )
        assert any(
            c.statute_id == "administrative-penalty-law" and c.article == 37 for c in band.citations
        )

    def test_same_band_keeps_the_law_of_the_act(self) -> None:
        band = fine_band(
            "illegal-fp-surgery",
            act_on=dt.date(2021, 3, 1),
            decided_on=dt.date(2021, 9, 1),
            jurisdiction=YYLQ,
        )
        assert band.law_applied == "act"
        assert str(band.citations[0]) == "《中华人民共和国人口与计划生育法》第三十六条第一项"

    def test_decision_the_same_day_as_a_2022_act(self) -> None:
        band = fine_band("illegal-fp-surgery", act_on=A2022, decided_on=A2022, jurisdiction=YYLQ)
        assert band.law_applied == "act"

    def test_codified_only_policy_before_2021(self) -> None:
        # decided 2021-07-01, before 行政处罚法 2021 took effect: nothing applies lenity under this policy
        band = fine_band(
            "illegal-fp-surgery",
            act_on=dt.date(2015, 3, 1),
            decided_on=dt.date(2021, 7, 1),
            jurisdiction=YYLQ,
            lenity=LenityPolicy.CODIFIED_ONLY,
        )
        assert band.law_applied == "act"

    @pytest.mark.parametrize(
        ("a", "b", "lighter"),
        [
            (("1", "5"), ("2", "6"), True),  # lower maximum
            (("3", "5"), ("2", "6"), True),  # lower maximum wins even with a higher minimum
            (("1", "6"), ("2", "6"), True),  # equal maximum, lower minimum
            (("2", "6"), ("2", "6"), False),  # equal: not lighter
            (("0", "7"), ("2", "6"), False),  # higher maximum
        ],
    )
    def test_is_lighter(self, a: tuple[str, str], b: tuple[str, str], lighter: bool) -> None:
        assert is_lighter((D(a[0]), D(a[1])), (D(b[0]), D(b[1]))) is lighter


class TestBadInput:
    @pytest.mark.parametrize(
        ("kwargs", "field"),
        [
            ({"illegal_income": "-1"}, "illegal_income"),
            ({"illegal_income": 0.5}, "illegal_income"),
            ({"persons": 0}, "persons"),
            ({"persons": True}, "persons"),
            ({"decided_on": dt.date(2016, 5, 31)}, "decided_on"),  # before the act
            ({"act_on": dt.datetime(2016, 6, 1)}, "act_on"),
            (
                {"jurisdiction": BOSHAN, "offence_id": "hunan-forging-fp-certificates"},
                "jurisdiction",
            ),
            ({"offence_id": "no-such-offence"}, "offence_id"),
            ({"lenity": "sometimes"}, "lenity"),
        ],
    )
    def test_refused(self, kwargs: dict[str, object], field: str) -> None:
        args: dict[str, object] = {
            "offence_id": "illegal-fp-surgery",
            "act_on": A2016,
            "jurisdiction": YYLQ,
        }
        args.update(kwargs)
        with pytest.raises(InvalidInput) as info:
            fine_band(**args)  # type: ignore[arg-type]
        assert info.value.field == field

    def test_before_the_law(self) -> None:
        with pytest.raises(NotInForce, match="2002-09-01"):
            fine_band("illegal-fp-surgery", act_on=dt.date(2002, 8, 31), jurisdiction=YYLQ)


class TestCatalogue:
    def test_jurisdiction_filter(self) -> None:
        hunan = {o.id for o in offences("430602")}
        shandong = {o.id for o in offences(BOSHAN)}
        assert "organising-sex-selection" in hunan
        assert "organising-sex-selection" not in shandong
        assert "illegal-fp-surgery" in shandong

    def test_offence_lookup(self) -> None:
        assert offence("illegal-fp-surgery").name.startswith("非法为他人施行计划生育手术")

    def test_to_dict(self) -> None:
        band = fine_band(
            "illegal-fp-surgery", illegal_income="10000", act_on=A2016, jurisdiction=YYLQ
        )
        d = band.to_dict()
        assert d["kind"] == "fine-band"
        assert d["minimum"] == "20000.00"
        assert d["basis"] == "fixed-range"
        assert d["sanctions"]["warning"] is True
        json.dumps(d)


@pytest.mark.parametrize("act_on", [A2005, A2016, A2022], ids=["2005", "2016", "2022"])
@pytest.mark.parametrize("offence_id", [o.id for o in offences()])
def test_every_offence_cites_the_version_of_the_act_date(offence_id: str, act_on: dt.date) -> None:
    """The first citation is the offence's own article in the version in force on the act date."""
    from familyplan import statutes
    from familyplan.penalties import offence

    off = offence(offence_id)
    in_force = [
        r
        for r in off.rules
        if (v := statutes.get(r.statute_id).version_on(act_on)) is not None
        and v.label in r.versions
    ]
    where = BOSHAN if off.jurisdiction == "370000" else YYLQ
    kwargs: dict[str, object] = (
        {"fees_charged": "100"} if any(r.basis is Basis.MULTIPLE_OF_FEES for r in off.rules) else {}
    )
    if not in_force:
        with pytest.raises(NotInForce):
            fine_band(offence_id, act_on=act_on, jurisdiction=where, **kwargs)  # type: ignore[arg-type]
        return
    rule = in_force[0]
    if rule.basis is Basis.TEXT_NOT_FOUND:
        with pytest.raises(TextNotFound):
            fine_band(offence_id, act_on=act_on, jurisdiction=where, **kwargs)  # type: ignore[arg-type]
        return
    band = fine_band(offence_id, act_on=act_on, jurisdiction=where, **kwargs)  # type: ignore[arg-type]
    first = band.citations[0]
    assert (first.statute_id, first.article, first.item) == (
        rule.statute_id,
        rule.article,
        rule.item,
    )
    assert first.version == statutes.get(rule.statute_id).version_on(act_on).label  # type: ignore[union-attr]
