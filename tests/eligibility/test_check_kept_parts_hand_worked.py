"""A check keeps what does not depend on the applicant per (programme, day or
year, division, rates): calls that differ only in one of these, made in turn,
must each get their own answer. Worked by hand from the texts:

- 岳阳楼区's list (yueyanglou-list) is in force from 2016-11-01: its art. 4
  adds conditions to the health allowance (夫妻双方均无工作单位; 夫妻双方或一方为
  岳阳楼区户籍居民; 持有2015年12月31日前颁发的《独生子女父母光荣证》), its art. 9
  restates the urban reward's conditions, and its flowchart (arts. 14–17)
  allows a late-term termination on serious illness (art. 15: 两名以上医师共同诊断);
  outside it, or before that day, only 湖南省人民政府令第194号's ground is encoded.
- 《湖南省人口与计划生育条例》 art. 22: 每月发给五至二十元 (the caller's local rate).
- special assistance, a rural woman whose only son died: 135 a month in 2012–2013
  (rural-reward-2011 art. 2: 提高到每人每月不低于135元), 170 a month in 2014
  (special-assistance-2013 art. 1: 农村每人每月150元、170元, death the higher);
  in Shandong 500 a month in 2017 (shandong-family-assistance-2017 art. 1:
  每人每月400元、500元), where the national standard of 2017 is not encoded.
- 育儿补贴制度实施方案 二(二) and the national health commission's table: born
  2022年12月 → 3600 in 2025 (12 months); 2022年1月 → 300 (1 month); 2023年8月 → 3600
  in 2025, 2400 in 2026 (8 months); a yearly top-up is pro-rated like the base
  (按应补贴月数折算).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from familyplan.eligibility import ChildcareClaim, LocalRates, NotEncoded, Pregnancy, check
from familyplan.errors import InvalidInput

from ._helpers import BOSHAN, JUNSHAN, YUEYANGLOU, bereaved, parent, pregnant, urban

HA = "only-child-health-allowance"
LOCAL_HA = {
    f"{HA}.no-work-unit",
    f"{HA}.registered-here",
    f"{HA}.certificate-by-2015-12-31",
}


def test_health_allowance_before_and_from_the_list() -> None:
    ten = LocalRates(monthly_rate="10")
    for _ in range(2):  # in turn, twice: each day keeps its own conditions
        before = check(HA, parent(), as_of="2016-10-31", jurisdiction=YUEYANGLOU, rates=ten)
        after = check(HA, parent(), as_of="2016-11-01", jurisdiction=YUEYANGLOU, rates=ten)
        # before 2016-11-01 only art. 22's three conditions; from it, art. 4's three more
        assert {c.id for c in before.conditions} & LOCAL_HA == set()
        assert {c.id for c in after.conditions} >= LOCAL_HA
        assert len(before.conditions) == 3
        assert len(after.conditions) == 6
        # a son born 2003-02-28, certificate 2006-03-10: both months are paid, 10 a month
        assert (before.eligible, before.amount) == (True, Decimal("10.00"))
        assert (after.eligible, after.amount) == (True, Decimal("10.00"))


def test_health_allowance_rates_each_their_own() -> None:
    day = "2017-01-01"
    for _ in range(2):
        for rate, amount in (("10", "10.00"), ("20", "20.00"), ("5", "5.00")):
            r = check(
                HA,
                parent(),
                as_of=day,
                jurisdiction=YUEYANGLOU,
                rates=LocalRates(monthly_rate=rate),
            )
            assert r.amount == Decimal(amount)
        # 五至二十元: 21 is refused on every call, after an accepted one too
        with pytest.raises(InvalidInput) as err:
            check(
                HA,
                parent(),
                as_of=day,
                jurisdiction=YUEYANGLOU,
                rates=LocalRates(monthly_rate="21"),
            )
        assert err.value.field == "rates.monthly_rate"
        # a top-up has no place in the allowance: refused each time
        with pytest.raises(InvalidInput) as err:
            check(
                HA,
                parent(),
                as_of=day,
                jurisdiction=YUEYANGLOU,
                rates=LocalRates(top_up="1", monthly_rate="10"),
            )
        assert err.value.field == "rates.top_up"


def test_urban_reward_list_cited_from_its_day() -> None:
    for _ in range(2):
        before = check("urban-parents-reward", urban(), as_of="2016-10-31", jurisdiction=YUEYANGLOU)
        after = check("urban-parents-reward", urban(), as_of="2016-11-01", jurisdiction=YUEYANGLOU)
        elsewhere = check("urban-parents-reward", urban(), as_of="2016-11-01", jurisdiction=JUNSHAN)
        cond = "urban-parents-reward.urban-resident"
        assert before.condition(cond).see_also == ()
        assert [(c.statute_id, c.article) for c in after.condition(cond).see_also] == [
            ("yueyanglou-list", 9)
        ]
        assert elsewhere.condition(cond).see_also == ()
        # born 1959-03-02, no work unit: 57 in 2016 (55 for a woman), 80 a month
        assert (after.eligible, after.amount) == (True, Decimal("80.00"))
        # registered in 岳阳楼区, not in 君山区: not an urban resident of the division
        assert elsewhere.condition(cond).met is False


def test_late_term_serious_illness_from_the_flowchart() -> None:
    ill = pregnant(
        Pregnancy(
            20,
            ground="serious-illness",
            compliant=True,
            documents=["identity-card", "diagnosis-certificate"],
            diagnosing_physicians=2,
            hospital_county_level_or_above=True,
        )
    )
    lt = "late-term-termination"
    for _ in range(2):
        before = check(lt, ill, as_of="2016-10-31", jurisdiction=YUEYANGLOU)
        after = check(lt, ill, as_of="2016-11-01", jurisdiction=YUEYANGLOU)
        elsewhere = check(lt, ill, as_of="2016-11-01", jurisdiction=JUNSHAN)
        # before the flowchart, and outside 岳阳楼区, the ground is not encoded: undetermined
        assert before.eligible is None
        assert elsewhere.eligible is None
        assert before.condition(f"{lt}.other-ground-not-encoded").met is None
        # from 2016-11-01 in 岳阳楼区: two physicians of a county-level hospital, art. 15
        assert after.eligible is True
        assert after.condition(f"{lt}.serious-illness").met is True


def test_special_assistance_years_and_divisions_each_their_own() -> None:
    sa = "special-assistance"
    for _ in range(2):
        r2013 = check(sa, bereaved(), year=2013, jurisdiction=YUEYANGLOU)
        r2014 = check(sa, bereaved(), year=2014, jurisdiction=YUEYANGLOU)
        shandong = check(sa, bereaved(), year=2017, jurisdiction=BOSHAN)
        assert (r2013.rate.basis, r2013.amount) == ("death", Decimal("1620.00"))  # 135 x 12
        assert (r2014.rate.basis, r2014.amount) == ("rural-death", Decimal("2040.00"))  # 170 x 12
        assert (shandong.rate.basis, shandong.amount) == ("death", Decimal("6000.00"))  # 500 x 12
        with pytest.raises(NotEncoded):  # the national standard of 2017: not encoded
            check(sa, bereaved(), year=2017, jurisdiction=YUEYANGLOU)


def _claim(born: str, year: int) -> ChildcareClaim:
    return ChildcareClaim(
        born,
        chinese_national=True,
        lawful=True,
        applicant="parent",
        applied_on=dt.date(year, 3, 1),
    )


def test_childcare_months_and_years_each_their_own() -> None:
    cc = "childcare-subsidy"
    cases = [
        ("2022-12-10", 2025, None, "3600.00"),  # 2022年12月: 1年, 3600
        ("2022-01-15", 2025, None, "300.00"),  # 2022年1月: 1个月, 300
        ("2023-08-20", 2025, None, "3600.00"),  # 2023年8月: 3600 in 2025
        ("2023-08-20", 2026, None, "2400.00"),  # 2400 in 2026 (8 months)
        # a yearly top-up of 1200 pro-rated like the base: 1200 x 8 / 12 = 800
        ("2023-08-20", 2026, LocalRates(top_up="1200"), "3200.00"),
        ("2022-01-15", 2025, LocalRates(top_up="1200"), "400.00"),  # 300 + 1200 / 12
    ]
    for _ in range(2):
        for born, year, rates, amount in cases:
            r = check(cc, _claim(born, year), year=year, jurisdiction=YUEYANGLOU, rates=rates)
            assert (r.eligible, r.amount) == (True, Decimal(amount)), (born, year, rates)
