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


def test_heavier_step_narrows_to_the_upper_half() -> None:
    # 从重, default policy: the upper half of 2..6 is 4..6 (a policy, not law)
    r = assess_levy(
        _case("430602", "extra-child-ignored-termination", Party("mother", "30000", "urban"))
    )
    step = r.steps[4]
    assert step.description == (
        "mother: 从重 — the upper 0.5 of the range (a policy: the article does not say how "
        "much heavier)"
    )
    assert step.value == (D(4), D(6))
    assert step.citation is not None
    assert (step.citation.article, step.citation.paragraph, step.citation.item) == (37, 1, 2)


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
