"""Levy: published real decisions, and what the library does with their facts.

One published decision falls inside an encoded version and is reproduced to
the fen: 成武县, Shandong, 2017 (below). The Hunan decisions that were found
concern births before Hunan's first encoded version, so the library must
refuse them (``NotInForce``) rather than apply the 2016 text backwards; the
祁阳 one shows with its own figures why extrapolating would be wrong. See
``docs/levy.md`` ("Published decisions").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from familyplan.errors import NotInForce
from familyplan.penalties import IncomeBase, LevyCase, Party, assess_levy

D = Decimal
CHENGWU = "370000"  # 成武县 (371723, 菏泽市) is not in the registry; Shandong's rules apply
# The three Hunan counties are not in the jurisdiction registry (their division
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
        # Decided in 2014 (the number's year); the day is not published.
        (QIYANG, "2012-08-15", "2014-12-31", 2),
        # (2010)望非行执字 enforcement ruling, m.110.com/cpws/12082786.html: a
        # 2009 birth, the township's 2008 rural net income 5,669 x 2 per party.
        # Only the years are published: the first and last day of each.
        (WANGCHENG, "2009-01-01", "2010-01-01", 1),
        (WANGCHENG, "2009-12-31", "2010-12-31", 1),
        # 茶陵县: a 2020-05-28 decision of 31,200 yuan for a 2015 birth, annulled
        # by the court because the provision applied was no longer in force
        # (thepaper.cn/newsDetail_forward_11474985). Birth day not published.
        (CHALING, "2015-01-01", "2020-05-28", 1),
        (CHALING, "2015-12-31", "2020-05-28", 1),
    ],
)
def test_births_before_the_2016_text_are_refused(
    jurisdiction: str, birth_on: str, decided_on: str, n: int
) -> None:
    """Every birth before 2016-03-30 is outside the only Hunan version encoded."""
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
    assert father.minimum > D(69332)  # 谢's published amount


def test_chengwu_2017_third_child_reproduced_to_the_fen() -> None:
    """成武县原卫生和计划生育局, decision of 2017-11-12 (published figures).

    The 成武县人民法院 notice of 2019-02-10, as reported by 南方都市报
    (m.sohu.com/a/294261226_161795) and 界面新闻 (user.guancha.cn/main/content?id=79095):
    a couple (王某华 and 刘某花) had a third child against the rules on
    2017-01-05; the bureau, applying 人口与计划生育法 art. 41 and 山东省人口与计划生育条例
    art. 37 para. 2, levied 32,313 yuan on each, 64,626 in all; enforcement
    case filed 2019-01-10. The base, reconstructed in a commentary
    (bhc.hebei.com.cn/system/2019/02/20/019461325.shtml), is the county's 2016
    statistical bulletin's rural per-capita figure, 10,771 yuan:
    10,771 x 3 = 32,313 per spouse (art. 36: each spouse by own count; art. 37
    para. 2: 3x the base per child over the limit). Worked by hand, not copied
    from the library's output.
    """
    r = assess_levy(
        LevyCase(
            jurisdiction=CHENGWU,
            birth_on="2017-01-05",
            decided_on="2017-11-12",
            circumstance="extra-child",
            children_over_limit=1,
            parties=(Party("husband", None, "rural"), Party("wife", None, "rural")),
            income_base=IncomeBase(
                urban_disposable="1", rural_net="10771", year=2016, area="成武县"
            ),
        )
    )
    assert r.version == "2016"
    assert [(p.minimum, p.maximum) for p in r.parties] == [(D("32313.00"), D("32313.00"))] * 2
    assert (r.total_minimum, r.total_maximum) == (D("64626.00"), D("64626.00"))
    # the provisions the court's notice names are the ones the result cites
    assert {str(c) for c in r.citations} >= {
        "《中华人民共和国人口与计划生育法》第四十一条第一款",
        "《山东省人口与计划生育条例》第三十七条第二款",
    }
