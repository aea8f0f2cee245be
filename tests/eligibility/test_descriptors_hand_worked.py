"""What the eligibility results say about themselves, stated in full (issue 15, part 4).

Mutation testing (docs/contributing.md) found these untested: the keys and values
of ``Programme.to_dict``, the steps and citations of :func:`childcare_entitlement`,
the wording of the processing calendar and of input errors, the dict kinds.
Each expected value is read from the source named beside it, not from the output.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from familyplan.eligibility import (
    CALENDAR_PROGRAMMES,
    Checked,
    ChildcareClaim,
    Divorce,
    Gap,
    MonthLine,
    RateRow,
    childcare_entitlement,
    programme,
    subsidy_calendar,
)
from familyplan.errors import InvalidInput, NotInForce

# CHECKED_THROUGH (rules data): "Searched on 2026-12-01 … none was found"
SEARCHED_ON = dt.date(2026, 12, 1)


class TestProgrammeToDict:
    def test_health_allowance_every_key(self) -> None:
        # 湖南省人口与计划生育条例, the 2016 version: 2016-03-30 (fifth amendment) to
        # 2021-12-02 (the day before the 2021 amendment); no amount table, so no
        # checked-through day; the figures: 第…条 child age 14, 5-20 yuan a month,
        # and 岳阳楼区's certificate deadline
        p = programme("only-child-health-allowance")
        assert p.to_dict() == {
            "id": "only-child-health-allowance",
            "name_zh": "独生子女保健费",
            "name": "only-child health allowance",
            "kind": "subsidy",
            "jurisdiction": "430000",
            "timing": "date",
            "per": "month",
            "encoded_from": "2016-03-30",
            "encoded_until": "2021-12-02",
            "conditions": [c.id for c in p.conditions],
            "events": [],
            "note": "The local monthly rate (5-20 yuan) is LocalRates(monthly_rate=...).",
            "checked_through": None,
            "figure_ids": [
                "health-allowance.hunan.child-age",
                "health-allowance.hunan.rate-per-month",
                "health-allowance.yueyanglou.certificate-by",
            ],
        }

    def test_rural_reward_open_ended(self) -> None:
        # 农村部分计划生育家庭奖励扶助: from 2004-01-01 (the pilot notice), the 2012
        # standard (80 a month) has no end date, sources searched on 2026-12-01;
        # terminated by death, an urban pension, fraud, a birth, an adoption, recovery
        d = programme("rural-reward").to_dict()
        assert d["encoded_from"] == "2004-01-01"
        assert d["encoded_until"] is None
        assert d["checked_through"] == "2026-12-01"
        assert d["events"] == ["death", "urban-pension", "fraud", "birth", "adoption", "recovery"]
        assert d["per"] == "year"
        assert d["timing"] == "year"
        assert d["jurisdiction"] == "100000"
        assert d["figure_ids"][-3:] == [
            "rural-reward.living-daughters",
            "rural-reward.amount-per-year",  # 2004-2008: 600 a year
            "rural-reward.amount-per-month",  # from 2009: a month
        ]

    def test_figure_ids_end_with_the_amounts(self) -> None:
        # the childcare subsidy reads its start, age and claim years, then 3600 a year
        assert programme("childcare-subsidy").figure_ids == (
            "childcare-subsidy.start",
            "childcare-subsidy.age",
            "childcare-subsidy.claim-years",
            "childcare-subsidy.amount-per-year",
        )
        # the urban reward: the ages and start, then 80 a month
        assert programme("urban-parents-reward").figure_ids[-1] == (
            "urban-parents-reward.amount-per-month"
        )

    def test_checked_through_and_encoded_until(self) -> None:
        for pid in ("rural-reward", "special-assistance", "urban-parents-reward"):
            p = programme(pid)
            assert p.checked_through == SEARCHED_ON, pid
            assert p.encoded_until is None, pid  # the newest standard has no end date
        assert programme("late-term-termination").checked_through is None


class TestChildcareEntitlementTrace:
    def test_born_2023_08_20_in_2026(self) -> None:
        # table 2023年8月: 2026补贴金额 2400 — 8 months (2026-01 … 2026-08, the third
        # birthday's month); 二(二) states the 3600 a year, the table is the Q&A's 3rd passage
        e = childcare_entitlement("2023-08-20", year=2026)
        assert (e.born_on, e.year, e.months, e.amount, e.due, e.basis) == (
            dt.date(2023, 8, 20),
            2026,
            8,
            Decimal("2400.00"),
            True,
            "8 months",
        )
        assert [(s.description, s.value) for s in e.steps] == [
            ("childcare subsidy for a child born 2023-08-20, year 2026: 8 months", 8),
            (
                "months: after the birth month to the month of the third birthday, from 2025-01",
                8,
            ),
        ]
        cites = [(c.statute_id, c.article, c.item) for c in e.citations]
        assert cites == [
            ("childcare-subsidy-plan-2025", 2, 2),
            ("childcare-subsidy-nhc-2025", 3, None),
        ]
        assert [s.citation for s in e.steps] == list(e.citations)
        assert e.checked_through == SEARCHED_ON
        d = e.to_dict()
        assert d["kind"] == "childcare-entitlement"
        assert d["months"] == 8
        assert d["checked_through"] == "2026-12-01"

    def test_born_2025_04_11_in_2025(self) -> None:
        # 可连续申领3年补贴 (the Q&A's 2nd passage); the first claim year not given, so
        # 2025 is undetermined
        e = childcare_entitlement("2025-04-11", year=2025)
        assert (e.months, e.amount, e.due, e.basis) == (None, None, None, "claim year")
        assert [(s.description, s.value) for s in e.steps] == [
            ("childcare subsidy for a child born 2025-04-11, year 2025: claim year", None),
            ("born from 2025: three consecutive yearly claims (可连续申领3年补贴)", None),
        ]
        cites = [(c.statute_id, c.article, c.item) for c in e.citations]
        assert cites == [
            ("childcare-subsidy-plan-2025", 2, 2),
            ("childcare-subsidy-nhc-2025", 2, None),
        ]
        assert [s.citation for s in e.steps] == list(e.citations)
        assert e.checked_through == SEARCHED_ON

    def test_claim_to_dict(self) -> None:
        c = ChildcareClaim("2024-06-30", applied_on="2025-03-01", first_claim_year=None)
        assert c.to_dict() == {
            "born_on": "2024-06-30",
            "chinese_national": None,
            "lawful": None,
            "adopted": False,
            "applicant": None,
            "applied_on": "2025-03-01",
            "first_claim_year": None,
        }


class TestProcessingCalendar:
    def test_unknown_programme(self) -> None:
        with pytest.raises(InvalidInput) as e:
            subsidy_calendar("childcare-subsidy", 2020)
        assert e.value.field == "programme"
        assert e.value.value == "childcare-subsidy"
        assert str(e.value) == (
            "programme must be one of rural-reward, special-assistance, "
            "only-child-health-allowance, urban-parents-reward, got 'childcare-subsidy'"
        )
        assert set(CALENDAR_PROGRAMMES) == {
            "rural-reward",
            "special-assistance",
            "only-child-health-allowance",
            "urban-parents-reward",
        }

    def test_bad_year(self) -> None:
        with pytest.raises(InvalidInput) as e:
            subsidy_calendar("rural-reward", "2020")  # type: ignore[arg-type]
        assert (e.value.field, e.value.value) == ("year", "2020")
        assert str(e.value) == "year must be an int year, got '2020'"

    def test_first_and_last_years_are_years(self) -> None:
        # year 1 is a year: the list (in force from 2016-11-01) is not, so NotInForce
        with pytest.raises(NotInForce):
            subsidy_calendar("rural-reward", 1)
        # the list has no end date: year 9999 is a year like any other (每年1月15日前)
        assert subsidy_calendar("rural-reward", 9999)[0].on == dt.date(9999, 1, 15)

    def test_yearly_entries(self) -> None:
        # seed 004 art. 8: 于每年1月15日前到村委会申请
        e = subsidy_calendar("rural-reward", 2020)[0]
        assert (e.programme, e.on, e.what, e.what_zh, e.starts_on) == (
            "rural-reward",
            dt.date(2020, 1, 15),
            "apply at the village committee",
            "于每年1月15日前到村委会申请",
            None,
        )
        assert (e.citation.statute_id, e.citation.article) == ("yueyanglou-list", 8)
        assert e.to_dict()["kind"] == "calendar-entry"

    def test_monthly_windows_in_february_and_march(self) -> None:
        # seed 004 art. 10: 每月1-5日 apply; 每月16-30日 township check (February 2021 has 28 days)
        es = subsidy_calendar("urban-parents-reward", 2021)
        assert len(es) == 12 * 5
        feb = [e for e in es if e.on.month == 2]
        mar = [e for e in es if e.on.month == 3]
        apply = feb[0]
        assert (apply.programme, apply.starts_on, apply.on) == (
            "urban-parents-reward",
            dt.date(2021, 2, 1),
            dt.date(2021, 2, 5),
        )
        assert apply.what == "apply (to the employer or the village/community)"
        assert apply.what_zh == "每月1-5日"
        assert (apply.citation.statute_id, apply.citation.article) == ("yueyanglou-list", 10)
        check_feb = feb[2]
        assert (check_feb.starts_on, check_feb.on) == (dt.date(2021, 2, 16), dt.date(2021, 2, 28))
        assert check_feb.what == (
            "township check, notice, report to the district "
            "(the list says day 30; the month ends earlier)"
        )
        assert check_feb.what_zh == "每月16-30日由国有单位或乡（街道）组成评审组"
        check_mar = mar[2]
        assert check_mar.on == dt.date(2021, 3, 30)
        assert check_mar.what == "township check, notice, report to the district"
        assert check_mar.to_dict()["kind"] == "calendar-entry"
        assert check_mar.to_dict()["citation"]["article"] == 10
        # the first window of the year starts on 1 January, the last ends on 25 December
        assert es[0].starts_on == dt.date(2021, 1, 1)
        assert es[-1].on == dt.date(2021, 12, 25)


class TestInputErrors:
    def test_divorce_pregnant(self) -> None:
        with pytest.raises(InvalidInput) as e:
            Divorce("2020-01-01", pregnant="yes")  # type: ignore[arg-type]
        assert (e.value.field, e.value.value) == ("Divorce.pregnant", "yes")
        assert str(e.value) == "Divorce.pregnant must be True, False or None (not given), got 'yes'"
        assert Divorce("2020-01-01", pregnant=True).pregnant is True
        assert Divorce("2020-01-01").pregnant is None

    @pytest.mark.parametrize(
        ("make", "field"),
        [
            (lambda: RateRow("x", "2020-02-30", None, "year", {}), "applies_from"),
            (lambda: RateRow("x", "2020-01-01", "2020-02-30", "year", {}), "applies_until"),
            (lambda: Gap("x", "2020-02-30", "2020-12-31", "m"), "applies_from"),
            (lambda: Gap("x", "2020-01-01", "2020-02-30", "m"), "applies_until"),
            (lambda: Checked("2020-02-30", "n"), "through"),
        ],
    )
    def test_rate_data_dates(self, make: object, field: str) -> None:
        with pytest.raises(InvalidInput) as e:
            make()  # type: ignore[operator]
        assert (e.value.field, e.value.value) == (field, "2020-02-30")
        assert str(e.value).startswith(f"{field} must be a datetime.date")

    def test_rate_row_dates_kept(self) -> None:
        r = RateRow("x", "2020-01-01", "2020-12-31", "year", {})
        assert (r.applies_from, r.applies_until) == (dt.date(2020, 1, 1), dt.date(2020, 12, 31))
        assert RateRow("x", "2020-01-01", None, "year", {}).applies_until is None
        assert Checked("2026-12-01", "n").through == SEARCHED_ON

    def test_gap_covers_both_ends(self) -> None:
        g = Gap("special-assistance", "2017-01-01", "2022-12-31", "the 450 / 350 standard")
        assert g.covers(dt.date(2017, 1, 1))
        assert g.covers(dt.date(2022, 12, 31))
        assert not g.covers(dt.date(2016, 12, 31))
        assert not g.covers(dt.date(2023, 1, 1))


def test_month_line_to_dict() -> None:
    line = MonthLine("2020-01", True, Decimal("80.00"), "year 2020")
    assert line.to_dict() == {
        "month": "2020-01",
        "eligible": True,
        "amount": "80.00",
        "note": "year 2020",
    }
    assert MonthLine("2020-01", None, None, "undetermined").to_dict()["amount"] is None
