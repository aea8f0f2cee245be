"""Levy: published real decisions, and what the library does with their facts.

No published decision inside an encoded version (Hunan births from
2016-03-30, Shandong 2016, Hebei 2003-10-01 to 2016-03-28) was found in the
sources this project could reach; see ``docs/levy.md`` ("Published
decisions"). The three Hunan decisions below were found. Their births fall
before Hunan's first encoded version, so the library must refuse them
(``NotInForce``) rather than apply the 2016 text backwards, and the first one
shows with its own figures why extrapolating would be wrong.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from familyplan.errors import NotInForce
from familyplan.penalties import IncomeBase, LevyCase, Party, assess_levy

D = Decimal
# The three counties are not in the jurisdiction registry (their division
# codes were not checked); the province's code stands in, and the county's
# per-capita figure is passed in ``income_base`` as for any case.
QIYANG = WANGCHENG = CHALING = "430000"  # 祁阳县, 望城县, 茶陵县: Hunan


def _hunan_case(jurisdiction: str, birth_on: str, decided_on: str, n: int = 1) -> LevyCase:
    return LevyCase(
        jurisdiction=jurisdiction,
        birth_on=birth_on,
        decided_on=decided_on,
        circumstance="extra-child",
        children_over_limit=n,
        parties=(Party("father", None, "rural"), Party("mother", None, "rural")),
        income_base=IncomeBase(urban_disposable="1", rural_net="1", year=2011, area="county"),
    )


@pytest.mark.parametrize(
    ("jurisdiction", "birth_on", "decided_on", "n"),
    [
        # 祁阳县人口和计划生育局 祁计生征决(2014)第0018号, reviewed in a
        # judgment published at wap.findlaw.cn/wenshu/a_3693977.html: twins
        # born 2012-08-15, "违法多生育两个孩子", levied under the old Hunan
        # 条例 art. 42: 谢 17,333 x 4 = 69,332; 陈 18,072 x 4 = 72,288.
        (QIYANG, "2012-08-15", "2014-06-30", 2),
        # (2010)望非行执字 enforcement ruling, m.110.com/cpws/12082786.html: a
        # 2009 birth, the township's 2008 rural net income 5,669 x 2 per party.
        (WANGCHENG, "2009-06-30", "2010-03-01", 1),
        # 茶陵县: a 2020-05-28 decision of 31,200 yuan for a 2015 birth, annulled
        # by the court because the provision applied was no longer in force
        # (thepaper.cn/newsDetail_forward_11474985).
        (CHALING, "2015-06-30", "2020-05-28", 1),
    ],
)
def test_births_before_the_2016_text_are_refused(
    jurisdiction: str, birth_on: str, decided_on: str, n: int
) -> None:
    """The day in the month is unknown for two of them; any day that year is refused."""
    with pytest.raises(NotInForce) as e:
        assess_levy(_hunan_case(jurisdiction, birth_on, decided_on, n))
    assert [label for label, _, _ in e.value.versions] == ["2016"]
    assert "2016-03-30" in str(e.value)


def test_the_2016_text_would_contradict_the_qiyang_decision() -> None:
    """Why a version is never extrapolated backwards.

    祁计生征决(2014)第0018号 levied 4x on each parent for twins counted as two
    children over the limit (谢 17,333 x 4 = 69,332). Had the 2016 text's
    依次增加三倍 (2-6x, then 5-9x) been applied to the same facts, the least
    lawful amount would be 5 x 17,333 = 86,665, above what was decided. The
    old article's text was not found, so whether it counted twins, or its
    multiples, differently is unknown; either way the 2016 text cannot stand
    in for it.
    """
    later = LevyCase(
        jurisdiction=QIYANG,
        birth_on="2017-08-15",
        decided_on="2018-06-30",
        circumstance="extra-child",
        children_over_limit=2,
        parties=(Party("father", "17333", "rural"),),
        income_base=IncomeBase(urban_disposable="1", rural_net="1", year=2017, area="county"),
    )
    father = assess_levy(later).parties[0]
    assert (father.multiple_low, father.multiple_high) == (D(5), D(9))
    assert father.minimum == D("86665.00")
    assert D(17333) * 4 == D(69332)  # the decision's own arithmetic
    assert father.minimum > D(69332)
