"""Who pays the health allowance, and 岳阳楼区's own conditions (issue 15, part 4).

《湖南省人口与计划生育条例》 art. 22: 夫妻双方均有单位的，由双方工作单位各负担一半; 一方有
工作单位的，由有工作单位一方的工作单位支付; 双方均无工作单位的，由户籍所在地乡（镇）人民政府
或者街道办事处支付. 岳阳楼区's list art. 4 (from 2016-11-01) pays only families without a
work unit. The urban reward's conditions there cite the list's art. 9 as well.
"""

from __future__ import annotations

import pytest

from familyplan.eligibility import NO_SPOUSE, Spouse, check

from ._helpers import YUEYANGLOU, parent, urban

TOWNSHIP = (
    "the township government or subdistrict office of the household registration "
    "(由户籍所在地乡（镇）人民政府或者街道办事处支付)"
)
HALF = "each spouse's work unit pays half (夫妻双方均有单位的，由双方工作单位各负担一半)"


@pytest.mark.parametrize(
    ("spouse", "work_unit", "no_unit", "payer"),
    [
        # her own unit is enough to fail 无工作单位, even with the husband not given
        (None, "state-organ", False, None),
        # no spouse, no unit: the township pays
        (NO_SPOUSE, "none", True, TOWNSHIP),
        # the husband not given: his unit is not known, nor who pays
        (None, "none", None, None),
        # both have one: half each
        (Spouse("male", work_unit="other", registered_in=YUEYANGLOU), "state-organ", False, HALF),
    ],
)
def test_payer_and_work_units(
    spouse: object, work_unit: str, no_unit: bool | None, payer: str | None
) -> None:
    r = check(
        "only-child-health-allowance",
        parent(spouse=spouse, work_unit=work_unit),
        as_of="2017-02-01",
        jurisdiction=YUEYANGLOU,
    )
    cond = r.condition("only-child-health-allowance.no-work-unit")
    assert cond.met is no_unit
    assert r.payer == payer


def test_urban_reward_cites_the_district_list() -> None:
    r = check("urban-parents-reward", urban(), as_of="2017-01-01", jurisdiction=YUEYANGLOU)
    for c in r.conditions:
        assert [(x.statute_id, x.article) for x in c.see_also] == [("yueyanglou-list", 9)], c.id
