"""育儿补贴 (the national childcare subsidy), worked by hand from the texts.

Sources (quotes in the registry):
- 育儿补贴制度实施方案 二(一): 从2025年1月1日起,对符合法律法规规定生育的3周岁以下婴幼儿发放补贴,
  至其年满3周岁; 二(二): 现阶段国家基础标准为每孩每年3600元。其中,对2025年1月1日之前出生、
  不满3周岁的婴幼儿,按应补贴月数折算计发补贴.
- 国家卫生健康委 Q&A (2025-08-08): 补贴对象应当具有中华人民共和国国籍; 对于2025年1月1日及以后
  出生的婴幼儿,可连续申领3年补贴,共计10800元; the table 2022-2024年各月份出生婴幼儿申领育儿补贴
  金额对照表 (rows seen: 2022年1月 300 / 1个月; 2022年12月 3600 / 1年; 2023年1月 3600, 300;
  2023年8月 3600, 2400 / 1年8个月 / 6000; 2023年12月 3600, 3600; 2024年1月 3600, 3600, 300;
  2024年2月 3600, 3600, 600).
- 管理规范 (as reported): 申领人应当在婴幼儿出生当年或次年提出首次申请,并在之后的连续两个年度
  分别提出续领申请; 逾期未提交申请的,视为自动放弃当年申请资格.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from familyplan import batch
from familyplan.eligibility import (
    ChildcareClaim,
    LocalRates,
    NotEncoded,
    check,
    childcare_entitlement,
    entitlement,
    months_due,
    programme,
)
from familyplan.errors import InvalidInput
from tests.batch.test_batch_eligibility import expected, row

P = "childcare-subsidy"
HUNAN = "430602"


def claim(born: str, year: int, **kw: object) -> ChildcareClaim:
    facts: dict[str, object] = {
        "chinese_national": True,
        "lawful": True,
        "applicant": "parent",
        "applied_on": dt.date(year, 3, 1),
    }
    facts.update(kw)
    return ChildcareClaim(born, **facts)  # type: ignore[arg-type]


class TestTheTableRows:
    @pytest.mark.parametrize(
        ("born", "y2025", "y2026", "y2027", "total"),
        [
            ("2022-01-15", 1, 0, 0, 1),  # 2022年1月 | 300 | | | 1个月 | 300
            ("2022-02-01", 2, 0, 0, 2),  # 2022年2月 | 600
            ("2022-12-31", 12, 0, 0, 12),  # 2022年12月 | 3600 | | | 1年
            ("2023-01-10", 12, 1, 0, 13),  # 2023年1月 | 3600 | 300 | | 1年1个月 | 3900
            ("2023-08-20", 12, 8, 0, 20),  # 2023年8月 | 3600 | 2400 | | 1年8个月 | 6000
            ("2023-12-01", 12, 12, 0, 24),  # 2023年12月 | 3600 | 3600 | | 2年 | 7200
            ("2024-01-31", 12, 12, 1, 25),  # 2024年1月 | 3600 | 3600 | 300 | 2年1个月 | 7500
            ("2024-02-29", 12, 12, 2, 26),  # 2024年2月 | 3600 | 3600 | 600
        ],
    )
    def test_months(self, born: str, y2025: int, y2026: int, y2027: int, total: int) -> None:
        b = dt.date.fromisoformat(born)
        got = [months_due(b, y) for y in (2025, 2026, 2027)]
        assert got == [y2025, y2026, y2027]
        assert sum(got) == total
        assert months_due(b, 2028) == 0


class TestHandWorkedCases:
    def test_born_2023_08_20(self) -> None:
        # months 2023-09 … 2026-08; turns three on 2026-08-20 (August 2026 counted):
        # 2025: 12 months = 3600; 2026: 8 months = 2400 (table 2023年8月: 3600 / 2400 / 6000)
        r25 = check(P, claim("2023-08-20", 2025), year=2025, jurisdiction=HUNAN)
        r26 = check(P, claim("2023-08-20", 2026), year=2026, jurisdiction=HUNAN)
        assert (r25.eligible, r25.amount) == (True, Decimal("3600.00"))
        assert (r26.eligible, r26.amount) == (True, Decimal("2400.00"))
        assert r26.rate is not None
        assert r26.rate.basis == "8 months"
        r27 = check(P, claim("2023-08-20", 2027), year=2027, jurisdiction=HUNAN)
        assert r27.eligible is False
        assert r27.failed[0].id == "childcare-subsidy.under-three"
        e = childcare_entitlement("2023-08-20", year=2026)
        assert (e.months, e.amount, e.due) == (8, Decimal("2400.00"), True)

    def test_born_2025_04_11(self) -> None:
        # 2025年1月1日及以后出生…可连续申领3年补贴,共计10800元: 3600 in each claim year,
        # the first in the year of birth or the next; the birth year is not pro-rated
        c = claim("2025-04-11", 2025, first_claim_year=2025)
        years = {
            y: check(
                P, claim("2025-04-11", y, first_claim_year=2025), year=y, jurisdiction=HUNAN
            ).amount
            for y in (2025, 2026, 2027)
        }
        assert years == {y: Decimal("3600.00") for y in (2025, 2026, 2027)}
        assert sum(years.values()) == Decimal("10800.00")
        assert check(P, c, year=2025, jurisdiction=HUNAN).rate.basis == "claim year"  # type: ignore[union-attr]
        late = claim("2025-04-11", 2028, first_claim_year=2025)
        assert check(P, late, year=2028, jurisdiction=HUNAN).eligible is False
        # first claim in 2026: 2026, 2027, 2028
        assert check(
            P, claim("2025-04-11", 2028, first_claim_year=2026), year=2028, jurisdiction=HUNAN
        ).amount == Decimal("3600.00")
        # first claim year not given: 2026 and 2027 are claim years either way; 2025 is not known
        assert check(P, claim("2025-04-11", 2026), year=2026, jurisdiction=HUNAN).eligible is True
        assert check(P, claim("2025-04-11", 2025), year=2025, jurisdiction=HUNAN).eligible is None
        assert childcare_entitlement("2025-04-11", year=2025).due is None
        assert childcare_entitlement("2025-04-11", year=2025).months is None

    def test_born_2022_01_01_turns_three_on_2025_01_01(self) -> None:
        # table 2022年1月: 300 / 1个月 — January 2025, the month of the third birthday, counts
        r = check(P, claim("2022-01-01", 2025), year=2025, jurisdiction=HUNAN)
        assert (r.eligible, r.amount) == (True, Decimal("300.00"))
        assert months_due(dt.date(2022, 1, 1), 2025) == 1
        # one day earlier: three on 2024-12-31, before the subsidy began
        r = check(P, claim("2021-12-31", 2025), year=2025, jurisdiction=HUNAN)
        assert r.eligible is False

    def test_twins_born_2024_06_30(self) -> None:
        # each twin is a child (每孩): months 2024-07 … 2027-06 → 12, 12, 6 = 3600, 3600, 1800
        # (the 2024年6月 row was not in the stored copy; the rule of every row seen gives 30)
        per_child = [
            check(P, claim("2024-06-30", y), year=y, jurisdiction=HUNAN).amount
            for y in (2025, 2026, 2027)
        ]
        assert per_child == [Decimal("3600.00"), Decimal("3600.00"), Decimal("1800.00")]
        family = {y: 2 * a for y, a in zip((2025, 2026, 2027), per_child, strict=True)}  # type: ignore[operator]
        assert family == {
            2025: Decimal("7200.00"),
            2026: Decimal("7200.00"),
            2027: Decimal("3600.00"),
        }


class TestConditions:
    @pytest.mark.parametrize(
        ("facts", "eligible", "decisive"),
        [
            ({"chinese_national": None}, None, "childcare-subsidy.chinese-nationality"),
            ({"chinese_national": False}, False, "childcare-subsidy.chinese-nationality"),
            ({"lawful": None}, None, "childcare-subsidy.lawful-birth"),
            ({"lawful": False}, False, "childcare-subsidy.lawful-birth"),
            ({"applicant": None}, None, "childcare-subsidy.applicant"),
            ({"applicant": "other"}, False, "childcare-subsidy.applicant"),
            ({"applicant": "guardian"}, True, None),
            ({"applicant": "welfare-institution"}, True, None),
            ({"applied_on": None}, None, "childcare-subsidy.applied-in-the-year"),
            # 逾期未提交申请的,视为自动放弃当年申请资格
            ({"applied_on": dt.date(2026, 1, 5)}, False, "childcare-subsidy.applied-in-the-year"),
        ],
    )
    def test_unknown_never_eligible(
        self, facts: dict[str, object], eligible: bool | None, decisive: str | None
    ) -> None:
        r = check(P, claim("2024-03-01", 2025, **facts), year=2025, jurisdiction=HUNAN)
        assert r.eligible is eligible
        if eligible is True:
            assert r.amount == Decimal("3600.00")
            return
        assert r.amount is None
        assert (r.failed if eligible is False else r.unknown)[0].id == decisive

    def test_every_condition_cites_its_text(self) -> None:
        r = check(P, claim("2025-04-11", 2026), year=2026, jurisdiction=HUNAN)
        cited = {c.id: c.citation.statute_id for c in r.conditions}
        assert cited["childcare-subsidy.under-three"] == "childcare-subsidy-plan-2025"
        assert cited["childcare-subsidy.chinese-nationality"] == "childcare-subsidy-nhc-2025"
        assert cited["childcare-subsidy.applicant"] == "childcare-subsidy-rules-2025"
        assert r.rate is not None
        assert r.rate.citation.statute_id == "childcare-subsidy-plan-2025"
        assert r.checked_through == dt.date(2026, 12, 1)
        json.dumps(r.to_dict())

    def test_before_2025_is_not_encoded(self) -> None:
        with pytest.raises(NotEncoded):
            check(P, claim("2023-08-20", 2024), year=2024, jurisdiction=HUNAN)

    def test_top_up_pro_rated_for_months(self) -> None:
        # a provincial yearly top-up (caller's) follows 按应补贴月数折算 for a pre-2025 birth
        r = check(
            P,
            claim("2023-08-20", 2026),
            year=2026,
            jurisdiction=HUNAN,
            rates=LocalRates(top_up="1200", reference="某省方案"),
        )
        assert r.amount == Decimal("3200.00")  # (3600 + 1200) x 8 / 12

    def test_applicant_type(self) -> None:
        from familyplan.eligibility import Applicant

        with pytest.raises(InvalidInput, match="ChildcareClaim"):
            check(P, Applicant("1990-01-01", "female"), year=2025, jurisdiction=HUNAN)
        with pytest.raises(InvalidInput):
            entitlement(
                P,
                claim("2023-08-20", 2025),
                period=("2025-01", "2025-12"),  # type: ignore[arg-type]
                jurisdiction=HUNAN,
            )

    def test_programme(self) -> None:
        p = programme(P)
        assert (p.encoded_from, p.encoded_until) == (dt.date(2025, 1, 1), None)
        assert p.checked_through == dt.date(2026, 12, 1)


# -- the batch path gives the scalar answer ---------------------------------------------------

births = st.one_of(
    st.dates(dt.date(2021, 11, 1), dt.date(2027, 2, 1)),
    st.sampled_from(
        [
            dt.date(2022, 1, 1),
            dt.date(2021, 12, 31),
            dt.date(2025, 1, 1),
            dt.date(2024, 12, 31),
            dt.date(2024, 2, 29),
        ]
    ),
)
tri = st.sampled_from([None, True, False])


@st.composite
def claims(draw: st.DrawFn) -> ChildcareClaim:
    born = draw(births)
    return ChildcareClaim(
        born,
        chinese_national=draw(tri),
        lawful=draw(tri),
        applicant=draw(
            st.sampled_from([None, "parent", "guardian", "welfare-institution", "other"])
        ),
        applied_on=draw(st.one_of(st.none(), st.dates(dt.date(2025, 1, 1), dt.date(2028, 12, 31)))),
        first_claim_year=draw(st.one_of(st.none(), st.integers(born.year - 1, born.year + 2))),
    )


def _columns(cs: list[ChildcareClaim]) -> dict[str, np.ndarray]:  # type: ignore[type-arg]
    cols: dict[str, list[object]] = {k: [] for k in batch.CHILDCARE_COLUMNS}
    for c in cs:
        cols["born_on"].append(c.born_on)
        cols["chinese_national"].append(c.chinese_national)
        cols["lawful"].append(c.lawful)
        cols["applicant"].append(c.applicant)
        cols["applied_on"].append(c.applied_on)
        cols["first_claim_year"].append(c.first_claim_year)
    out = {}
    for k, v in cols.items():
        arr = np.empty(len(v), dtype=object)
        arr[:] = v
        out[k] = arr
    return out


@settings(max_examples=120, deadline=None)
@given(
    st.lists(claims(), min_size=1, max_size=20),
    st.integers(2025, 2028),
    st.sampled_from([None, "0", "1200", "12.34"]),
)
def test_batch_equals_scalar(cs: list[ChildcareClaim], year: int, top_up: str | None) -> None:
    rates = None if top_up is None else LocalRates(top_up=top_up)
    out = batch.childcare_subsidy(_columns(cs), year=year, rates=rates)
    for i, c in enumerate(cs):
        r = check(P, c, year=year, jurisdiction=HUNAN, rates=rates)
        got = row(out, i)
        got["eligible"] = bool(got["eligible"])
        got["amount_fen"] = int(got["amount_fen"])
        assert got == expected(r), (i, c)


def test_batch_hand_worked() -> None:
    cs = [
        claim("2023-08-20", 2026),
        claim("2022-01-01", 2026),
        claim("2024-06-30", 2026),
        claim("2024-06-30", 2026),
        claim("2025-04-11", 2026),
    ]
    out = batch.childcare_subsidy(_columns(cs), year=2026)
    # 2400 (8 months), 0 (three in 2025), 3600 and 3600 (twins), 3600 (a claim year)
    assert out["amount_fen"].tolist() == [240000, 0, 360000, 360000, 360000]
    with pytest.raises(NotEncoded):
        batch.childcare_subsidy(_columns(cs), year=2024)


@given(st.dates(dt.date(2022, 1, 1), dt.date(2024, 12, 31)))
def test_months_follow_the_table_formula(born: dt.date) -> None:
    # every row of the commission's table seen fits: total months = (Y - 2022) x 12 + M
    # (2022年1月 → 1个月, 2023年8月 → 1年8个月 = 20, 2024年1月 → 2年1个月 = 25)
    total = sum(months_due(born, y) for y in range(2025, 2029))
    assert total == (born.year - 2022) * 12 + born.month
    # and the whole years first: 2025 is full for every child born from 2022-12
    if born >= dt.date(2022, 12, 1):
        assert months_due(born, 2025) == 12


def test_amounts_table_of_the_docs() -> None:
    # the generated programme x year table (docs/_hooks/amounts.py) has every year to 2026
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "docs" / "_hooks" / "amounts.py"
    spec = importlib.util.spec_from_file_location("amounts_hook", path)
    assert spec is not None
    assert spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    table = mod.amounts_markdown()
    assert "| `childcare-subsidy` | nation | 2026 | all 3600 a year |" in table
    assert "| `special-assistance` | nation | 2019 | **not encoded** |" in table
    assert (
        "| `special-assistance` | Shandong | 2017 | death 500 a month, disability 400 a month |"
        in table
    )
    for year in range(2012, 2027):
        assert f"| `rural-reward` | nation | {year} | all 80 a month |" in table
