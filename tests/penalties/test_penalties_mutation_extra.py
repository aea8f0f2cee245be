"""Steps and refusals the other hand-worked penalty tests leave out (mutation testing).

Sources as in the neighbouring files: 《湖南省人口与计划生育条例》(2016) 第三十七条 (从重 for
经责令限期终止妊娠未及时终止妊娠; the range 二倍以上六倍以下), 《山东省人口与计划生育条例》(2016)
第三十六条 (农村居民年人均纯收入为基数), 《行政处罚法》第二十九条 (从行为终了之日起计算),
《人口与计划生育法》(2021) 第四十条 (no item 3).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from familyplan.errors import InvalidInput, NotInForce
from familyplan.penalties import (
    HeavierPolicy,
    IncomeBase,
    LevyCase,
    Party,
    assess_levy,
    fine_band,
    limitation,
)

D = Decimal
BASE = IncomeBase(urban_disposable="30000", rural_net="12000", year=2016, area="county")


def _case(jurisdiction: str, circumstance: str, party: Party) -> LevyCase:
    return LevyCase(
        jurisdiction=jurisdiction,
        circumstance=circumstance,  # type: ignore[arg-type]
        children_over_limit=1,
        parties=(party,),
        birth_on="2017-05-01",
        decided_on="2017-09-01",
        income_base=BASE,
    )


def test_heavier_step_without_a_measure_keeps_the_range() -> None:
    # 湖南 art. 37 (二) 从重 says no measure: without a HeavierPolicy the step says so and
    # the range stays 2..6 (二至六倍)
    r = assess_levy(
        _case("430602", "extra-child-ignored-termination", Party("mother", "30000", "urban"))
    )
    step = r.steps[4]
    assert step.description == (
        "mother: 从重 — the article does not say how much heavier: the whole lawful range is "
        "kept (a county's measure is a HeavierPolicy)"
    )
    assert step.description_zh.startswith("女方：从重——条文未规定从重的幅度")
    assert step.value == (D(2), D(6))
    assert step.citation is not None
    assert (step.citation.article, step.citation.paragraph, step.citation.item) == (37, 1, 2)


def test_heavier_step_narrows_to_the_callers_share() -> None:
    # a county's measure, the upper half of 2..6: 6 - (6 - 2) x 0.5 = 4, so 4..6
    r = assess_levy(
        _case("430602", "extra-child-ignored-termination", Party("mother", "30000", "urban")),
        heavier_policy=HeavierPolicy(D("0.5")),
    )
    step = r.steps[4]
    assert step.description == (
        "mother: 从重 — the upper 0.5 of the range (a policy: the article does not say how "
        "much heavier)"
    )
    assert step.value == (D(4), D(6))
    assert r.heavier_policy == HeavierPolicy(D("0.5"))


@pytest.mark.parametrize("share", [D(0), D("1.01"), D(2), D("NaN")])
def test_heavier_share_is_in_0_1(share: Decimal) -> None:
    with pytest.raises(InvalidInput) as e:
        HeavierPolicy(share)
    assert (e.value.field, e.value.allowed) == ("share", "a Decimal in (0, 1]")
    assert HeavierPolicy(D(1)).share == D(1)


def test_shandong_rural_base() -> None:
    # 山东 第三十六条: 农村居民年人均纯收入 of the county, for a rural party
    r = assess_levy(_case("370304", "extra-child", Party("father", "1", "rural")))
    assert r.parties[0].income_reason == (
        "the county's 2016 农村居民人均纯收入 from its statistical bulletin (rural)"
    )
    assert r.parties[0].income_used == D("12000.00")


def test_not_in_force_gives_the_successor_note() -> None:
    # NPFP 2021 art. 40 has no counterpart of art. 36 item 3: an act in 2022 has no rule
    with pytest.raises(NotInForce) as e:
        fine_band(
            "fake-assessment-or-certificate", act_on=dt.date(2022, 1, 1), jurisdiction="430602"
        )
    assert "art. 40 has no counterpart of art. 36 item 3" in e.value.reason


def test_continuing_act_step_cites_article_29() -> None:
    r = limitation(
        dt.date(2014, 1, 1), ended_on=dt.date(2016, 6, 30), discovered_on=dt.date(2018, 7, 1)
    )
    step = r.steps[1]
    assert step.description == "continuing act: the period runs from its end"
    assert step.citation is not None
    assert (step.citation.statute_id, step.citation.article) == ("administrative-penalty-law", 29)


def test_bad_ended_on_is_named() -> None:
    with pytest.raises(InvalidInput) as e:
        limitation(dt.date(2014, 1, 1), ended_on="someday", discovered_on=dt.date(2018, 7, 1))
    assert (e.value.field, e.value.value) == ("ended_on", "someday")


# 《河北省人口与计划生育条例》(2003) 第四十六条: item 1 生育第二个子女 不低于 2.5 倍 (第三个 各加百分之百,
# 以此递进累加), item 2 每提前一年 …; 本人上年度工资总额 for an employee. Bases: urban 8,000, rural 3,000.
HEBEI_BASE = IncomeBase(urban_disposable="8000", rural_net="3000", year=2004, area="county")


def _hebei(circumstance: str, n: int | None, party: Party, **kw: object) -> LevyCase:
    return LevyCase(
        jurisdiction="130525",
        circumstance=circumstance,  # type: ignore[arg-type]
        children_over_limit=n,
        parties=(party,),
        birth_on="2010-03-01",
        decided_on="2010-06-01",
        income_base=HEBEI_BASE,
        **kw,  # type: ignore[arg-type]
    )


def test_hebei_birth_order_assumed_step() -> None:
    # one child over the limit, no birth order: taken as the second child -> 2.5 x 8,000
    r = assess_levy(
        _hebei("extra-child", 1, Party("mother", None, "urban", occupation="unemployed"))
    )
    step = r.steps[4]
    assert step.description == (
        "mother: birth order not given: taken as children_over_limit + 1 (every child from the "
        "second on born against the rules; give birth_order when an earlier child was lawful)"
    )
    assert step.value == 2
    assert step.citation is not None
    assert (step.citation.article, step.citation.item) == (46, 1)
    note = r.steps[6]
    assert note.description.startswith("mother: 凡不符合本条例规定生育子女的")
    assert note.citation is not None
    assert (note.citation.article, note.citation.item) == (46, 1)
    assert r.parties[0].minimum == D("20000.00")


def test_hebei_fourth_child_step() -> None:
    # the fourth child: 2.5 + 2.5 + 2.5 = 7.5 x under the default reading
    r = assess_levy(
        _hebei("extra-child", 1, Party("father", None, "rural", occupation="farmer"), birth_order=4)
    )
    steps = [s for s in r.steps if "by the standard of item 1" in s.description]
    assert [(s.description.split(" — ")[0], s.value) for s in steps] == [
        ("father: child 4 by the standard of item 1", D("7.5"))
    ]
    assert r.parties[0].minimum == D("22500.00")  # 7.5 x 3,000


def test_hebei_refusals() -> None:
    with pytest.raises(InvalidInput) as e:
        assess_levy(
            _hebei("early-second-child", None, Party("father", None, "rural", occupation="farmer"))
        )
    assert (e.value.field, e.value.value, e.value.allowed) == (
        "years_early",
        None,
        "the whole years before the spacing date (hebei-pfp-regulation art. 46 item 2)",
    )
    with pytest.raises(InvalidInput) as e:
        assess_levy(_hebei("extra-child", 1, Party("mother", None, "urban", occupation="employee")))
    assert (e.value.field, e.value.value, e.value.allowed) == (
        "parties[0].actual_income",
        None,
        "the party's previous-year income (Hebei art. 46: 本人上年度…)",
    )


def test_income_base_year_bounds() -> None:
    assert IncomeBase(urban_disposable="1", rural_net="1", year=2100).year == 2100
    with pytest.raises(InvalidInput) as e:
        IncomeBase(urban_disposable="1", rural_net="1", year=2101)
    assert (e.value.field, e.value.value, e.value.allowed) == (
        "income_base.year",
        2101,
        "a calendar year as int",
    )


def test_decision_before_the_birth_is_refused() -> None:
    with pytest.raises(InvalidInput) as e:
        LevyCase(
            jurisdiction="430602",
            circumstance="extra-child",  # type: ignore[arg-type]
            children_over_limit=1,
            parties=(Party("mother", "1", "urban"),),
            birth_on="2017-05-01",
            decided_on="2017-04-30",
        )
    assert (e.value.field, e.value.value, e.value.allowed) == (
        "decided_on",
        dt.date(2017, 4, 30),
        "on or after birth_on (2017-05-01)",
    )


def test_lenity_as_a_string_warns_with_the_policy_to_use() -> None:
    from familyplan.penalties import LenityPolicy

    with pytest.warns(DeprecationWarning, match=r"lenity=LenityPolicy\.CODIFIED_ONLY"):
        b = fine_band(
            "illegal-fp-surgery",
            act_on=dt.date(2016, 5, 1),
            jurisdiction="430602",
            lenity="codified-only",  # type: ignore[arg-type]
        )
    assert b.lenity is LenityPolicy.CODIFIED_ONLY


@pytest.mark.parametrize("parties", [5, "mother"])
def test_parties_not_a_sequence(parties: object) -> None:
    with pytest.raises(InvalidInput) as e:
        LevyCase(
            jurisdiction="430602",
            circumstance="extra-child",  # type: ignore[arg-type]
            children_over_limit=1,
            parties=parties,  # type: ignore[arg-type]
            birth_on="2017-05-01",
            decided_on="2017-09-01",
        )
    assert (e.value.field, e.value.value, e.value.allowed) == (
        "parties",
        parties,
        "one or two Party objects",
    )
