# ruff: noqa: B023  (each lambda is called at once, inside its loop)
"""Every step of every calculator has a Chinese description (``Step.description_zh``).

The calculators run here on representative inputs — every offence on dates in
each of its versions, every levy circumstance in each province, late fees
before and after the 2012 cap with payments and instalments, every deadline
step, every eligibility programme with given and missing facts — and each
step they produce must carry Chinese. A step without it fails here: give its
``Trace.add(...)`` a ``zh=`` argument, or add its pattern to
``familyplan/_zh.py``.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from familyplan import deadlines, eligibility, penalties
from familyplan.cli import main
from familyplan.errors import FamilyPlanError
from familyplan.explain import Step, Trace

CJK = re.compile(r"[\u4e00-\u9fff]")
DIVISIONS = ("430602", "430611", "370304", "130525", "130132")


def _try(fn: Callable[[], Any]) -> Any:
    try:
        return fn()
    except FamilyPlanError:
        return None


def _fines() -> Iterator[Any]:
    for o in penalties.offences():
        where = next(
            (c for c in DIVISIONS if o.id in {x.id for x in penalties.offences(c)}), "430602"
        )
        for year, income, fees, persons in itertools.product(
            (2003, 2010, 2016, 2020, 2023), (None, "500", "4999.99", "12000", "250000"), (None, "3000"), (1, 3)
        ):  # fmt: skip
            act = dt.date(year, 6, 1)
            band = _try(
                lambda: penalties.fine_band(
                    o.id,
                    act_on=act,
                    decided_on=dt.date(year + 1, 6, 1),
                    jurisdiction=where,
                    illegal_income=income,
                    fees_charged=fees,
                    persons=persons,
                )
            )
            if band is None:
                continue
            yield band
            for tier in ("lighter", "ordinary", "heavier", "mitigated"):
                yield _try(lambda: penalties.discretion_tier(band, tier))


def _levies() -> Iterator[Any]:
    bases = {
        "2016": penalties.IncomeBase(urban_disposable="30000", rural_net="12000", year=2016, area="county"),
        "2004": penalties.IncomeBase(urban_disposable="8000", rural_net="3000", year=2004, area="county"),
    }  # fmt: skip
    parties = [
        (penalties.Party("mother", "20000", "urban"), penalties.Party("father", "50000", "rural")),
        (penalties.Party("mother", None, "rural"),),
        (penalties.Party("father", "90000", "urban"),),
    ]
    for code, circ, (birth, decided, base), people, n, heavier in itertools.product(
        DIVISIONS,
        [c.value for c in penalties.Circumstance],
        [("2017-05-01", "2017-09-01", "2016"), ("2005-05-01", "2005-09-01", "2004"), ("2014-05-01", "2015-03-01", "2016")],
        parties,
        (1, 2),
        (False, True),
    ):  # fmt: skip
        yield _try(
            lambda: penalties.assess_levy(
                penalties.LevyCase(
                    jurisdiction=code,
                    birth_on=birth,
                    decided_on=decided,
                    circumstance=circ,
                    children_over_limit=n,
                    parties=people,
                    income_base=bases[base],
                    heavier=heavier,
                )
            )
        )


def _late_fees() -> Iterator[Any]:
    for due, as_of in [("2005-01-31", "2006-03-15"), ("2013-01-31", "2014-01-31"),
                       ("2008-01-31", "2016-01-31"), ("2020-01-01", "2011-12-31")]:  # fmt: skip
        for months, allocation in itertools.product(("completed", "started"), ("principal-first", "fee-first")):  # fmt: skip
            policy = penalties.LateFeePolicy(months=months, allocation=allocation)
            yield _try(lambda: penalties.late_fee("100000", due_on=due, as_of=as_of, policy=policy))
            yield _try(
                lambda: penalties.late_fee(
                    "100000", due_on=due, as_of=as_of, payments=[(due[:4] + "-06-15", "40000")], policy=policy
                )
            )  # fmt: skip
    yield penalties.late_fee(
        "100000", due_on="2013-01-31", as_of="2014-01-31",
        instalments=[("2013-01-31", "50000"), ("2013-06-30", "50000")],
    )  # fmt: skip


def _others() -> Iterator[Any]:
    for act, found, ended, harm in [("2000-01-01", "2001-06-01", None, False),
                                    ("2000-01-01", "2009-06-01", None, False),
                                    ("2018-01-01", "2022-06-01", "2019-01-01", True),
                                    ("2022-01-01", "2024-06-01", None, True)]:  # fmt: skip
        yield _try(
            lambda: penalties.limitation(
                act, discovered_on=found, ended_on=ended, harm_to_life_health_or_finance=harm
            )
        )  # fmt: skip
    for n in (0, 3):
        yield _try(
            lambda: penalties.report_reward(n, reported_on="2016-06-01", jurisdiction="430602")
        )
    for step, code, day in itertools.product(deadlines.STEPS, DIVISIONS, ("2010-10-08", "2019-01-10", "2021-09-30")):  # fmt: skip
        facts: dict[str, object] = {}
        if step == "approval":
            facts["matter"] = "rebirth-approval"
        yield _try(lambda: deadlines.deadline(step, trigger_on=day, jurisdiction=code, **facts))
    for code in DIVISIONS:
        t = _try(
            lambda: deadlines.case_timeline(
                jurisdiction=code,
                notice_served_on="2018-12-03", decided_on="2018-12-20",
                decision_served_on="2019-01-10", hearing_on="2018-12-10",
            )
        )  # fmt: skip
        if t is not None:
            yield from t.deadlines
    for method in ("direct", "left-at-residence", "post", "public-notice"):
        yield _try(
            lambda: deadlines.service_effective_on(
                method, "2019-01-10", signed_on="2019-01-11", receipt_on="2019-01-14"
            )
        )  # fmt: skip


def _eligibility() -> Iterator[Any]:
    e = eligibility
    kids = [None, [], [e.Child("1975-03-01", "male", alive=True)],
            [e.Child("1975-03-01", "female", alive=True), e.Child("1977-03-01", "female", alive=True)],
            [e.Child("1980-03-01", "male", alive=False)],
            [e.Child("1985-03-01", "male", alive=True, disability_grade=2)]]  # fmt: skip
    for prog, code, kid, spouse, births, residence in itertools.product(
        [p.id for p in e.programmes()], DIVISIONS, kids, (None, e.NO_SPOUSE), (None, (), (1980,)), ("rural", "urban")
    ):  # fmt: skip
        applicant = _try(
            lambda: e.Applicant(
                "1950-05-01", "female", residence=residence, registered_in=code,
                spouse=spouse, children=kid, births_against_rules=births,
            )
        )  # fmt: skip
        if applicant is None:
            continue
        for year in (2006, 2010, 2012, 2016):
            yield _try(lambda: e.check(prog, applicant, year=year, jurisdiction=code))
        yield _try(lambda: e.check(prog, applicant, as_of="2017-01-01", jurisdiction=code))
        yield _try(
            lambda: e.entitlement(prog, applicant, period=("2014-01", "2014-12"), jurisdiction=code)
        )
    reward = e.Applicant(
        "1950-05-01", "female", residence="rural", spouse=e.NO_SPOUSE,
        children=[e.Child("1975-03-01", "male", alive=True)], births_against_rules=(),
    )  # fmt: skip
    for rates in (e.LocalRates(top_up="20"), e.LocalRates(monthly_rate="10", reference="区定标准")):
        yield _try(
            lambda: e.entitlement("rural-reward", reward, period=("2013-01", "2013-12"), jurisdiction="430602", rates=rates)
        )  # fmt: skip
        yield _try(
            lambda: e.check("rural-reward", reward, year=2014, jurisdiction="430602", rates=rates)
        )
    for events in (
        [e.Death("2015-04-10")],
        [e.UrbanPension("2015-07-01")],
        [e.Fraud("2015-06-01")],
        [],
    ):
        yield _try(
            lambda: e.verify(
                "rural-reward", reward, year=2015, events=events, jurisdiction="430602",
                payments=[e.Payment(2014, "960"), e.Payment(2015, "960")],
            )
        )  # fmt: skip


def _corners() -> Iterator[Any]:  # fmt: skip
    """The rarer branches: local rates, funding, verification events, rounding, lenity."""
    from fractions import Fraction

    from familyplan.money import YUAN_DOWN
    from tests.eligibility._helpers import bereaved, parent, rural, urban

    e = eligibility
    ten = e.LocalRates(monthly_rate="10")
    for where in ("430602", "430611"):
        yield _try(
            lambda: e.check(
                "only-child-health-allowance",
                parent(),
                as_of="2016-06-01",
                jurisdiction=where,
                rates=ten,
            )
        )
        yield _try(
            lambda: e.check(
                "late-term-termination",
                e.Applicant(
                    "1990-01-01", "female", pregnancy=e.Pregnancy(20, ground="serious-illness")
                ),
                as_of="2017-01-01",
                jurisdiction=where,
            )
        )
        yield _try(
            lambda: e.check(
                "late-term-termination",
                e.Applicant("1990-01-01", "female", pregnancy=e.Pregnancy(20, ground="divorce")),
                as_of="2017-01-01",
                jurisdiction=where,
            )
        )
    yield e.check(
        "only-child-health-allowance", parent(), as_of="2016-06-01", jurisdiction="430602"
    )
    yield e.check("rural-reward", rural(residence=None), year=2014, jurisdiction="430602")
    yield e.check(
        "rural-reward",
        rural(),
        year=2014,
        jurisdiction="430602",
        rates=e.LocalRates(top_up="10", reference="某县文件"),
    )
    for year in (2008, 2010, 2016):
        yield _try(
            lambda: e.check(
                "special-assistance",
                bereaved(),
                year=year,
                jurisdiction="430602",
                rates=e.LocalRates(top_up="20"),
            )
        )
    for unit, retired in (
        ("none", None),
        ("state-organ", True),
        ("public-institution", True),
        ("state-owned-enterprise", True),
        ("other", True),
    ):
        yield _try(
            lambda: e.check(
                "urban-parents-reward",
                urban(born_on="1950-01-01", work_unit=unit, retired=retired),
                as_of="2015-01-01",
                jurisdiction="430602",
            )
        )
    for prog, who, period, rates in (
        ("only-child-health-allowance", parent(), ("2016-11", "2017-12"), ten),
        ("urban-parents-reward", urban(), ("2014-02", "2014-04"), None),
        ("rural-reward", rural(), ("2013-01", "2013-12"), None),
    ):
        for rounding in (None, YUAN_DOWN):
            kw: dict[str, Any] = {} if rounding is None else {"rounding": rounding}
            yield _try(
                lambda: e.entitlement(
                    prog, who, period=period, jurisdiction="430602", rates=rates, **kw
                )
            )
    pays = [e.Payment(2013, "960"), e.Payment(2014, "960"), e.Payment(2015, "960")]
    for where in ("430602", "430611", "370304", "130525"):
        for events in (
            [e.Death("2015-04-10")],
            [e.UrbanPension("2015-07-01")],
            [e.Fraud("2015-06-01")],
            [e.Birth("2015-05-01")],
            [],
        ):
            yield _try(
                lambda: e.verify(
                    "rural-reward",
                    rural(),
                    year=2015,
                    events=events,
                    jurisdiction=where,
                    payments=pays,
                )
            )
            yield _try(
                lambda: e.verify(
                    "special-assistance",
                    bereaved(),
                    year=2015,
                    events=events,
                    jurisdiction=where,
                    payments=pays,
                )
            )
    band = penalties.fine_band(
        "forging-fp-certificates", act_on="2010-06-01", jurisdiction="430602"
    )
    policy = penalties.DiscretionPolicy(
        cuts=(Fraction(3, 10), Fraction(7, 10)), source="某县裁量基准 (example)"
    )
    yield penalties.discretion_tier(band, "ordinary", policy=policy)
    for o in penalties.offences():
        for act, decided in (
            ("2016-06-01", "2021-09-01"),
            ("2016-06-01", "2022-06-01"),
            ("2010-06-01", "2016-06-01"),
            ("2016-06-01", "2021-07-01"),
        ):
            for lenity in penalties.LenityPolicy:
                yield _try(
                    lambda: penalties.fine_band(
                        o.id, act_on=act, decided_on=decided, jurisdiction="430602", lenity=lenity
                    )
                )
                yield _try(
                    lambda: penalties.fine_band(
                        o.id, act_on=act, decided_on=decided, jurisdiction="370304", lenity=lenity
                    )
                )
    yield penalties.late_fee(
        "1000",
        due_on="2012-01-31",
        as_of="2060-01-31",
        policy=penalties.LateFeePolicy(rounding=YUAN_DOWN),
    )
    for harm in (False, True):
        yield _try(
            lambda: penalties.limitation(
                "2005-01-01", discovered_on="2006-06-01", harm_to_life_health_or_finance=harm
            )
        )
    levy = penalties.LevyCase(
        jurisdiction="430602",
        birth_on="2017-05-01",
        decided_on="2017-09-01",
        circumstance="extra-child",
        children_over_limit=1,
        parties=(penalties.Party("mother", "30000", "urban"),),
        income_base=penalties.IncomeBase(
            urban_disposable="30000", rural_net="12000", year=2016, area="county"
        ),
    )
    yield penalties.assess_levy(levy, rounding=YUAN_DOWN)
    yield _try(
        lambda: deadlines.deadline(
            "approval",
            trigger_on="2019-01-10",
            jurisdiction="430602",
            matter="technical-service-licence",
        )
    )


def _all_steps() -> list[Step]:
    steps: list[Step] = []
    for result in itertools.chain(
        _fines(), _levies(), _late_fees(), _others(), _eligibility(), _corners()
    ):
        if result is None:
            continue
        steps.extend(getattr(result, "steps", ()))
        months = getattr(result, "months", ())
        for sub in months if isinstance(months, tuple) else ():
            steps.extend(getattr(sub, "steps", ()))
    return steps


@pytest.fixture(scope="module")
def steps() -> list[Step]:
    return _all_steps()


def test_the_inputs_reach_many_kinds_of_step(steps: list[Step]) -> None:
    shapes = {re.sub(r"[\d.]+", "9", s.description) for s in steps}
    assert len(steps) > 1000
    assert len(shapes) > 150


def test_every_step_has_a_chinese_description(steps: list[Step]) -> None:
    missing = sorted({s.description for s in steps if not CJK.search(s.description_zh)})
    assert not missing, (
        f"{len(missing)} steps have no Chinese description; give their Trace.add() a zh= "
        "argument or add a pattern to familyplan/_zh.py:\n" + "\n".join(missing[:40])
    )


def test_an_explicit_zh_wins_and_an_unknown_step_stays_empty() -> None:
    t = Trace()
    t.add("months counted", 12, zh="月数")
    t.add("something no table knows", 1)
    assert [s.description_zh for s in t.steps] == ["月数", ""]


def test_lang_zh_prints_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    out = io.StringIO()
    argv = ["late-fee", "100000", "--due-on", "2013-01-31", "--as-of", "2014-01-31"]
    assert main(argv, stdout=out) == 0
    lines = [x for x in out.getvalue().splitlines() if re.match(r"\s+\d+\. ", x)]
    assert lines
    for line in lines:
        text = line.split(". ", 1)[1].split(" = ")[0]
        assert CJK.search(text), line
        assert not re.search(r"[a-z]{4,}", text.replace("fen", "")), line  # no English sentence
    assert "每月加收欠缴社会抚养费的千分之二的滞纳金" in out.getvalue()
    assert "= 按届满的整月计算" in out.getvalue()  # the policy value too
    assert "= completed" not in out.getvalue()
    out = io.StringIO()
    assert main([*argv, "--lang", "en"], stdout=out) == 0
    assert "late fee rate per month" in out.getvalue()


def test_one_month_is_singular_in_english_and_translated() -> None:
    # rural reward in 2012: 每人每月不低于80元 (the national standard); one month due: 80
    a = eligibility.Applicant(
        "1952-06-01",
        "female",
        residence="rural",
        spouse=eligibility.NO_SPOUSE,
        births_against_rules=(),
        children=[eligibility.Child("1975-01-01", "female", alive=True)],
    )
    e = eligibility.entitlement(
        "rural-reward", a, period=("2012-03", "2012-03"), jurisdiction="430602"
    )
    assert e.months_due == 1
    assert e.total == 80
    total = e.steps[-1]
    assert total.description.startswith("total of 1 month due, rounded ")
    assert total.description_zh.startswith("应发1个月合计（")
    # born 2022-01-01: the months after the birth month up to the month of the third
    # birthday, counted from 2025-01, are 2025-01 alone (the NHC table: 2022年1月 1个月)
    r = eligibility.check(
        "childcare-subsidy",
        eligibility.ChildcareClaim("2022-01-01"),
        year=2025,
        jurisdiction="430602",
    )
    under_three = next(c for c in r.conditions if c.id == "childcare-subsidy.under-three")
    assert under_three.fact == "born_on=2022-01-01: 1 month due in 2025"
