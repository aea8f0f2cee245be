"""The amount tables' inputs and what they name in their errors (issue 15, part 4).

Mutation testing: the field and value of each error of ``rate_row``,
``rate_row_on`` and ``LocalRates``, ``LocalRates.to_dict`` and the rows'
supporting citations. Figures as worked in docs/eligibility.md from the texts.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from familyplan.eligibility import RATE_TABLES, LocalRates, rate_row, rate_row_on
from familyplan.errors import InvalidInput


def test_basis_must_be_a_str() -> None:
    with pytest.raises(InvalidInput) as e:
        rate_row("rural-reward", 2015, basis=5)  # type: ignore[arg-type]
    assert (e.value.field, e.value.value) == ("basis", 5)
    assert str(e.value) == "basis must be a str basis, or None, got 5"
    # a str basis is taken: 2015, 80 yuan a person a month (rural-reward-2011)
    assert rate_row("rural-reward", 2015, basis="all").amounts["all"] == Decimal("80")


def test_year_and_day_name_their_field() -> None:
    with pytest.raises(InvalidInput) as e:
        rate_row("rural-reward", "2015x")  # type: ignore[arg-type]
    assert (e.value.field, e.value.value) == ("year", "2015x")
    with pytest.raises(InvalidInput) as e:
        rate_row("rural-reward", "2015x", field="payment_year")  # type: ignore[arg-type]
    assert e.value.field == "payment_year"
    with pytest.raises(InvalidInput) as e:
        rate_row_on("rural-reward", on="2015-02-30")
    assert (e.value.field, e.value.value) == ("as_of", "2015-02-30")
    with pytest.raises(InvalidInput) as e:
        rate_row_on("rural-reward", on="2015-02-30", field="paid_on")
    assert e.value.field == "paid_on"


def test_rate_row_on_a_day() -> None:
    # the rural reward's rows: 2004-2008 a year, 2009-2011 a month, and from 2012-01-01
    # 80 a month (the 2011 notice raising the standard, rural-reward-2011)
    assert rate_row_on("rural-reward", on="2011-12-31").applies_until == dt.date(2011, 12, 31)
    assert rate_row_on("rural-reward", on="2012-01-01").applies_from == dt.date(2012, 1, 1)
    assert rate_row_on("rural-reward", on=dt.date(2012, 1, 1), basis="all").amounts == {
        "all": Decimal("80")
    }
    # the Shandong 2017 row replaces the nation's there (鲁卫家庭发 2017: 500 death)
    row = rate_row_on("special-assistance", on="2017-06-30", jurisdiction="370000")
    assert row.amounts["death"] == Decimal("500")
    assert row.jurisdiction == "370000"


def test_programme_id_checked() -> None:
    with pytest.raises(InvalidInput) as e:
        rate_row_on("nope", on="2015-01-01")
    assert (e.value.field, e.value.value) == ("programme_id", "nope")


@pytest.mark.parametrize(
    ("kw", "field", "value"),
    [
        ({"top_up": "x"}, "rates.top_up", "x"),
        ({"monthly_rate": "x"}, "rates.monthly_rate", "x"),
        ({"reference": 5}, "rates.reference", 5),
    ],
)
def test_local_rates_fields(kw: dict[str, object], field: str, value: object) -> None:
    with pytest.raises(InvalidInput) as e:
        LocalRates(**kw)  # type: ignore[arg-type]
    assert (e.value.field, e.value.value) == (field, value)
    assert str(e.value).startswith(f"{field} must be ")


def test_local_rates_reference_message() -> None:
    with pytest.raises(InvalidInput) as e:
        LocalRates(reference=5)  # type: ignore[arg-type]
    assert str(e.value) == "rates.reference must be a str naming the local document, got 5"


def test_local_rates_to_dict() -> None:
    # 湖南省人口与计划生育条例 art. 22: 5-20 yuan a month; a county paying 10
    r = LocalRates(top_up="20", monthly_rate="10", reference="某县文件")
    assert r.to_dict() == {"top_up": "20.00", "monthly_rate": "10.00", "reference": "某县文件"}
    assert LocalRates().to_dict() == {"top_up": "0.00", "monthly_rate": None, "reference": ""}
    assert LocalRates(top_up=20).top_up == Decimal("20.00")


def test_supporting_citations() -> None:
    # the 2004 pilot notice: art. 4 states the 600 a year; the 2009-2011 row is
    # confirmed by its arts. 3 and 4
    rows = RATE_TABLES["rural-reward"]
    first = rows[0]
    (c,) = first.supporting_citations()
    assert (c.statute_id, c.article) == ("rural-reward-2004", 4)
    assert [(c.statute_id, c.article) for c in rows[1].supporting_citations()] == [
        ("rural-reward-2004", 3),
        ("rural-reward-2004", 4),
    ]
    assert rows[-1].supporting_citations() == ()


def test_row_citation_by_basis() -> None:
    # 2008-2011: 100 (death) / 80 (disability) a month, both in the 2007 pilot plan
    row = rate_row("special-assistance", 2010)
    assert row.citation().statute_id == row.citation("death").statute_id
    assert row.figure("death").as_decimal() == Decimal("100")
    assert row.figure("disability").as_decimal() == Decimal("80")
    assert row.amounts == {"death": Decimal("100"), "disability": Decimal("80")}
