"""Which steps need a jurisdiction, and the refusal's words (deadline's docstring)."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.deadlines import deadline
from familyplan.errors import InvalidInput

day = dt.date


@pytest.mark.parametrize(
    ("step", "where"),
    [
        # a county's own list binds no other county (博山区 370304, 岳阳楼区 430602, …)
        ("statement", "博山区 (370304) only"),
        ("levy-waiver-decision", "博山区 (370304) only"),
        ("demand-notice", "博山区 (370304) only"),
        ("supplement-materials", "岳阳楼区 (430602) only"),
        ("archive", "博山区 (370304), 君山区 (430611), 隆尧县 (130525) only"),
        # the matter's time limit is read from a division's power catalogue
        ("approval", "where the matter is catalogued (岳阳楼区 430602)"),
    ],
)
def test_a_local_step_without_a_jurisdiction(step: str, where: str) -> None:
    facts = {"matter": "rebirth-approval"} if step == "approval" else {}
    with pytest.raises(InvalidInput) as err:
        deadline(step, trigger_on=day(2019, 3, 1), **facts)
    assert str(err.value) == (
        f"jurisdiction must be a GB/T 2260 division code: step {step!r} applies in {where}, "
        "got None"
    )


def test_approval_with_its_catalogue() -> None:
    # 岳阳楼区 catalogue: 再生育审批 25 working days; from Fri 2019-03-01: 4-29 March (20),
    # 1-4 April (24), 5 April 清明 (2019 notice: 4月5日至7日放假), Mon 8 April (25)
    d = deadline(
        "approval", trigger_on=day(2019, 3, 1), jurisdiction="430602", matter="rebirth-approval"
    )
    assert (d.due_on, d.jurisdiction) == (day(2019, 4, 8), "430602")


@pytest.mark.parametrize("step", ["levy-payment", "hearing-request", "service"])
def test_a_national_step_records_the_jurisdiction_given(step: str) -> None:
    assert (
        deadline(step, trigger_on=day(2019, 3, 1), jurisdiction="430602").jurisdiction == "430602"
    )
    assert deadline(step, trigger_on=day(2019, 3, 1)).jurisdiction is None
