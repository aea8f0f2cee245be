"""Who funds the urban reward, and rate_row_on's refusals (issue 15, part 4).

湖南省 urban parents' reward (hunan-urban-reward-2014 art. 3, secondary source):
国家机关…由所在单位筹资，从财政部门核拨的行政运行经费中列支; 国有企业、国有控股企业…按每人
5000元标准一次性筹资 (the rest by the finance department); 其他城镇独生子女父母奖励金由政府筹资.
The reward is paid from 2014-01-01.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from familyplan.eligibility import check, rate_row_on
from familyplan.errors import InvalidInput, NotEncoded

from ._helpers import YUEYANGLOU, urban


@pytest.mark.parametrize(
    ("work_unit", "payer", "once"),
    [
        (
            "state-organ",
            "the work unit, from the administrative budget the finance department allocates "
            "(国家机关…由所在单位筹资，从财政部门核拨的行政运行经费中列支)",
            None,
        ),
        (
            "state-owned-enterprise",
            "the enterprise pays 5000 yuan a person once to the local finance department; the "
            "rest is funded by the finance department (国有企业、国有控股企业…按每人5000元标准一次性筹资)",
            Decimal("5000.00"),
        ),
    ],
)
def test_funding_by_work_unit(work_unit: str, payer: str, once: Decimal | None) -> None:
    r = check(
        "urban-parents-reward",
        urban(work_unit=work_unit, retired=True),
        as_of="2016-01-01",
        jurisdiction=YUEYANGLOU,
    )
    assert r.eligible is True
    assert (r.payer, r.one_off_contribution) == (payer, once)
    assert r.steps[1].description == f"funding: {payer}"
    assert r.rate is not None
    assert (r.rate.basis, r.rate.minimum) == ("all", Decimal("80.00"))


def test_rate_row_on_refusals() -> None:
    with pytest.raises(InvalidInput) as info:
        rate_row_on("rural-reward", on="2015-01-01", basis=5)  # type: ignore[arg-type]
    assert (info.value.field, info.value.value) == ("basis", 5)
    with pytest.raises(NotEncoded) as missing:
        rate_row_on("urban-parents-reward", on="2013-12-31")
    assert missing.value.field == "as_of"
