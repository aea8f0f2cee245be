"""penalties.limitation: the explanation, the boundaries of the revival rule, the refusals.

Sources: 《行政处罚法》1996/2009/2017 第二十九条 (违法行为在二年内未被发现的，不再给予行政处罚。
…违法行为有连续或者继续状态的，从行为终了之日起计算); 2021 第三十六条 (… 涉及公民生命健康安全、
金融安全且有危害后果的，上述期限延长至五年), in force 2021-07-15; 2021 第三十七条 (适用违法行为
发生时的法律 … 新的规定处罚较轻的，适用新的规定). Years end on the corresponding day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.errors import InvalidInput, NotInForce
from familyplan.penalties import limitation

D = dt.date
LAW = "administrative-penalty-law"


def _where(step: object) -> tuple[str, str, int] | None:
    c = getattr(step, "citation", None)
    return None if c is None else (c.statute_id, c.version, c.article)


def test_plain_two_years() -> None:
    # act 2015-03-10, discovered 2017-03-11 (2009 text, art. 29): 2 years end 2017-03-10; the day
    # after is too late
    r = limitation(D(2015, 3, 10), discovered_on=D(2017, 3, 11))
    assert [(s.description, s.value, _where(s)) for s in r.steps] == [
        (
            "limitation rule in force on discovery (2017-03-11)",
            str(r.steps[0].citation),
            (LAW, "2009", 29),
        ),
        ("2 years from 2015-03-10 end on", D(2017, 3, 10), (LAW, "2009", 29)),
        ("discovered after the period: no penalty may be given", True, (LAW, "2009", 29)),
    ]
    assert r.steps[-1].description_zh == "违法行为在期限内未被发现的，不再给予行政处罚"
    assert str(r.steps[0].citation) == "《中华人民共和国行政处罚法》第二十九条"
    assert (r.act_on, r.ended_on, r.discovered_on, r.runs_from) == (
        D(2015, 3, 10),
        None,
        D(2017, 3, 11),
        D(2015, 3, 10),
    )
    assert r.harm_to_life_health_or_finance is False
    assert {(c.version, c.article) for c in r.citations} == {("2009", 29)}


def test_within_the_period() -> None:
    r = limitation(D(2015, 3, 10), discovered_on=D(2017, 3, 10))
    assert (r.steps[-1].description, r.steps[-1].value) == ("discovered within the period", False)


def test_continuing_act() -> None:
    # 从行为终了之日起计算: 2014-01-01 to 2016-06-30, discovered 2018-07-01 (2017 text):
    # 2016-06-30 + 2 years = 2018-06-30 < 2018-07-01
    r = limitation(D(2014, 1, 1), ended_on=D(2016, 6, 30), discovered_on=D(2018, 7, 1))
    assert [(s.description, s.value) for s in r.steps[1:3]] == [
        ("continuing act: the period runs from its end", D(2016, 6, 30)),
        ("2 years from 2016-06-30 end on", D(2018, 6, 30)),
    ]
    assert (r.ended_on, r.runs_from, r.expired) == (D(2016, 6, 30), D(2016, 6, 30), True)


def test_harm_under_the_2021_text() -> None:
    # 2021 art. 36: five years. Act 2020-01-05, discovered 2022-01-06: 2017 text's two years
    # would end 2022-01-05, after 2021-07-15, so nothing had run out: 2025-01-05
    r = limitation(D(2020, 1, 5), discovered_on=D(2022, 1, 6), harm_to_life_health_or_finance=True)
    assert (r.steps[1].description, r.steps[1].value, _where(r.steps[1])) == (
        "life/health or financial safety with harmful consequences",
        5,
        (LAW, "2021", 36),
    )
    assert r.harm_to_life_health_or_finance is True
    assert (r.period_years, r.last_day, r.expired) == (5, D(2025, 1, 5), False)


def test_harm_under_an_old_text() -> None:
    # 2017 art. 29 has no longer period: two years, and the step says so
    r = limitation(D(2018, 1, 5), discovered_on=D(2019, 1, 6), harm_to_life_health_or_finance=True)
    assert (r.steps[1].description, r.steps[1].value, _where(r.steps[1])) == (
        "the longer period for harm to life, health or finance does not exist in this text",
        2,
        (LAW, "2017", 29),
    )
    assert (r.period_years, r.last_day, r.expired) == (2, D(2020, 1, 5), False)


def test_expired_is_not_revived_explained() -> None:
    # act 2018-06-01 with harm, discovered 2021-09-01: 2017 art. 29's two years ended 2020-06-01,
    # before the 2021 text came into force (2021-07-15)
    r = limitation(D(2018, 6, 1), discovered_on=D(2021, 9, 1), harm_to_life_health_or_finance=True)
    art29 = str(r.steps[3].citation)
    assert art29 == "《中华人民共和国行政处罚法》第二十九条第一款"
    assert [(s.description, s.value, _where(s)) for s in r.steps[3:]] == [
        (
            f"but under the text in force when the period began ({art29}), 2 years from "
            "2018-06-01 ended on 2020-06-01, before the later text came into force (2021-07-15): "
            "the limitation had already run, and a longer later period does not revive it (the "
            "law of the time of the act applies unless the new law is lighter, 2021 art. 37)",
            D(2020, 6, 1),
            (LAW, "2017", 29),
        ),
        (
            "适用违法行为发生时的法律 … 新的规定处罚较轻的，适用新的规定",
            None,
            (LAW, "2021", 37),
        ),
        ("discovered after the period: no penalty may be given", True, (LAW, "2017", 29)),
    ]
    # no step for the harm rule of the earlier text (it is read silently)
    assert sum("harm" in s.description for s in r.steps) == 1


@pytest.mark.parametrize(
    ("act", "found", "years", "last", "expired"),
    [
        # discovered on the first day of the 2021 text: two years from 2019-01-01 ended on
        # 2021-01-01, before 2021-07-15 -> two years, expired
        (D(2019, 1, 1), D(2021, 7, 15), 2, D(2021, 1, 1), True),
        # the two years end on 2021-07-15 itself: not before the 2021 text -> five years
        (D(2019, 7, 15), D(2021, 8, 1), 5, D(2024, 7, 15), False),
        # the two years ended on 2021-07-14, the day before -> not revived
        (D(2019, 7, 14), D(2021, 8, 1), 2, D(2021, 7, 14), True),
    ],
)
def test_revival_boundary(
    act: dt.date, found: dt.date, years: int, last: dt.date, expired: bool
) -> None:
    r = limitation(act, discovered_on=found, harm_to_life_health_or_finance=True)
    assert (r.period_years, r.last_day, r.expired) == (years, last, expired)


def test_refusals_name_field_value_and_what_is_allowed() -> None:
    with pytest.raises(InvalidInput) as e:
        limitation(D(2015, 3, 10), ended_on=D(2015, 3, 9), discovered_on=D(2016, 1, 1))
    assert (e.value.field, e.value.value, e.value.allowed) == (
        "ended_on",
        D(2015, 3, 9),
        "a date on or after act_on (2015-03-10)",
    )
    with pytest.raises(InvalidInput) as e:
        limitation(D(2015, 3, 10), ended_on=D(2015, 6, 1), discovered_on=D(2015, 5, 1))
    assert (e.value.field, e.value.value, e.value.allowed) == (
        "discovered_on",
        D(2015, 5, 1),
        "a date on or after the act (or its end), 2015-06-01",
    )
    with pytest.raises(InvalidInput) as e:
        limitation(D(2015, 3, 10), discovered_on=D(2016, 1, 1), harm_to_life_health_or_finance=1)  # type: ignore[arg-type]
    assert (e.value.field, e.value.value, e.value.allowed) == (
        "harm_to_life_health_or_finance",
        1,
        "a bool",
    )


def test_not_in_force_lists_every_text() -> None:
    # 1996 text in force 1996-10-01; amended 2009-08-27, 2018-01-01; new text 2021-07-15
    with pytest.raises(NotInForce) as e:
        limitation(D(1995, 1, 1), discovered_on=D(1996, 9, 30))
    assert e.value.what == "limitation period (处罚时效)"
    assert e.value.on == D(1996, 9, 30)
    assert [(label, start) for label, start, _ in e.value.versions] == [
        ("1996", D(1996, 10, 1)),
        ("2009", D(2009, 8, 27)),
        ("2017", D(2018, 1, 1)),
        ("2021", D(2021, 7, 15)),
    ]
    # the first day in force is enough
    assert limitation(D(1996, 10, 1), discovered_on=D(1996, 10, 1)).expired is False


def test_to_dict_kind() -> None:
    d = limitation(D(2015, 3, 10), discovered_on=D(2017, 3, 10)).to_dict()
    assert d["kind"] == "limitation"
    assert d["last_day"] == "2017-03-10"
