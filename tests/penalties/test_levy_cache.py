"""``assess_levy`` keeps what the law gives a case (issue 17): per (division, decision
day, birth day, circumstance) the citations, the version and the rule row, and with
them each party's multiples per (count, years early, birth order, progression). A
kept entry must never answer for another version, count or reading.

Sources: 《河北省人口与计划生育条例》 (2003 text in force to 2014-05-29, 2014 text
from 2014-05-30) art. 46; 《湖南省人口与计划生育条例》 (2016) art. 37;
《人口与计划生育法》 art. 41 (2001 text to 2015-12-31, 2015 text from 2016-01-01;
the 2021 text, from 2021-08-20, has no levy). Each figure is worked by hand next to it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from familyplan.errors import InvalidInput, NotInForce
from familyplan.penalties import (
    IncomeBase,
    LevyCase,
    Party,
    ProgressionPolicy,
    assess_levy,
)

D = Decimal
LONGYAO = "130525"  # 隆尧县, Hebei
YUEYANGLOU = "430602"  # 岳阳楼区, Hunan
HUNAN_BASE = IncomeBase(urban_disposable="30000", rural_net="12000", year=2016)
HEBEI_BASE = IncomeBase(urban_disposable="8000", rural_net="3000", year=2004)


def _no_permit(birth_on: str, decided_on: str, n: int | None = None) -> LevyCase:
    # Hebei art. 46 item 3: 未办理《第二个子女生育证》而生育的，分别按五百元的金额征收
    return LevyCase(
        jurisdiction=LONGYAO,
        birth_on=birth_on,
        decided_on=decided_on,
        circumstance="eligible-no-permit",
        children_over_limit=n,
        parties=(Party("mother", None, "rural"), Party("father", None, "rural")),
    )


def test_the_birth_day_picks_the_version_after_caching() -> None:
    # the same decision day; born 2014-05-29 -> the 2003 text, born 05-30 -> the 2014 text;
    # 500 yuan each under both: 1,000 for the couple
    for _ in range(2):
        old = assess_levy(_no_permit("2014-05-29", "2014-09-01"))
        new = assess_levy(_no_permit("2014-05-30", "2014-09-01"))
        assert (old.version, new.version) == ("2003", "2014")
        assert old.parties[0].citation.version == "2003"
        assert new.parties[0].citation.version == "2014"
        assert old.total_minimum == new.total_minimum == D("1000.00")


def test_the_decision_day_picks_the_national_law_after_caching() -> None:
    # art. 41 of the 2001 text for a decision on 2015-12-31, of the 2015 text on 2016-01-01;
    # on 2021-08-20 the law has no levy article: NotInForce, every time
    for _ in range(2):
        before = assess_levy(_no_permit("2010-01-01", "2015-12-31"))
        after = assess_levy(_no_permit("2010-01-01", "2016-01-01"))
        assert before.steps[0].citation is not None
        assert after.steps[0].citation is not None
        assert (before.steps[0].citation.version, after.steps[0].citation.version) == (
            "2001",
            "2015",
        )
        with pytest.raises(NotInForce):
            assess_levy(_no_permit("2016-03-01", "2021-08-20"))


def test_a_refused_count_is_refused_again() -> None:
    # item 3 does not read the number of children: a count is refused, each time, even
    # after the same case without one was answered (and kept)
    for _ in range(2):
        assert assess_levy(_no_permit("2010-01-01", "2010-02-01")).total_minimum == D("1000.00")
        with pytest.raises(InvalidInput, match="children_over_limit") as e:
            assess_levy(_no_permit("2010-01-01", "2010-02-01", n=2))
        assert e.value.value == 2


def _hunan(n: int) -> LevyCase:
    return LevyCase(
        jurisdiction=YUEYANGLOU,
        birth_on="2017-05-01",
        decided_on="2017-09-01",
        circumstance="extra-child",
        children_over_limit=n,
        parties=(Party("mother", "20000", "urban"),),
        income_base=HUNAN_BASE,
    )


@pytest.mark.parametrize(
    ("n", "low", "high"),
    [
        # art. 37 ¶1 (二): 二至六倍; actual 20,000 below the urban floor 30,000 -> 30,000
        (1, "60000.00", "180000.00"),
        # 每再多生育一个子女的，依次增加三倍: 5-9 x 30,000
        (2, "150000.00", "270000.00"),
        # 8-12 x 30,000
        (3, "240000.00", "360000.00"),
    ],
)
def test_the_count_picks_the_multiples_after_caching(n: int, low: str, high: str) -> None:
    for _ in range(2):
        for other in (1, 2, 3):  # the same case with another count, answered first
            assess_levy(_hunan(other))
        r = assess_levy(_hunan(n))
        assert (str(r.total_minimum), str(r.total_maximum)) == (low, high)


def _hebei_fourth(order: int) -> LevyCase:
    return LevyCase(
        jurisdiction=LONGYAO,
        birth_on="2006-03-01",
        decided_on="2006-06-01",
        circumstance="extra-child",
        children_over_limit=1,
        birth_order=order,
        parties=(Party("mother", None, "rural", occupation="farmer"),),
        income_base=HEBEI_BASE,
    )


def test_the_birth_order_and_the_reading_pick_the_multiple_after_caching() -> None:
    # item 1: 不低于…二点五倍 of the farmer's township rural income 3,000 = 7,500 for the
    # second child; the third 各加百分之百: 5 x 3,000 = 15,000; the fourth 以此递进累加:
    # 7.5 x 3,000 = 22,500 (adding the second-child amount again) or 10 x 3,000 = 30,000
    # (adding the previous amount)
    doubling = ProgressionPolicy("add-previous-amount")
    for _ in range(2):
        assert assess_levy(_hebei_fourth(2)).total_minimum == D("7500.00")
        assert assess_levy(_hebei_fourth(3)).total_minimum == D("15000.00")
        assert assess_levy(_hebei_fourth(4)).total_minimum == D("22500.00")
        r = assess_levy(_hebei_fourth(4), progression_policy=doubling)
        assert r.total_minimum == D("30000.00")
        assert r.total_maximum is None  # 不低于: a floor only
