"""The dated parameter model: figures checked against their words at load."""

from __future__ import annotations

import datetime as _dt
import itertools
import json
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from familyplan import statutes
from familyplan.errors import NotInForce, RegistryDataError, UnknownFigure
from familyplan.explain import chinese_numeral
from familyplan.statutes._data import MATTERS, STATUTES
from familyplan.statutes._registry import _build
from familyplan.statutes._spec import FigureSpec, StatuteSpec

D = Decimal


class TestReadNumbers:
    @pytest.mark.parametrize(
        ("words", "expected"),
        [
            ("千分之二", (D("0.002"),)),  # 357 art. 8
            ("百分之三十", (D("0.3"),)),  # Hunan art. 37 (一)
            ("各加百分之百", (D(1),)),  # Hebei art. 46 (一): 百分之百 is the whole
            ("五分之一", (D("0.2"),)),  # A分之B is B/A
            ("二至六倍", (D(2), D(6))),  # a range written with 至
            ("二倍以上六倍以下", (D(2), D(6))),  # a range written with 以上/以下
            ("一万元以上三万元以下", (D(10000), D(30000))),  # 万
            ("一千五百元", (D(1500),)),
            ("三日", (D(3),)),
            ("六个月", (D(6),)),  # 个 is not a numeral
            ("十四周岁", (D(14),)),  # 十 at the start means one ten
            ("一百八十日", (D(180),)),
            ("一百零一", (D(101),)),  # 零 holds a place
            ("两名以上", (D(2),)),  # 两 is two
            ("届满之日起180日内", (D(180),)),  # Arabic
            ("2.5倍", (D("2.5"),)),
            ("１２", (D(12),)),  # full-width digits
            ("1.5万", (D(15000),)),
            ("从2014年1月1日起", (_dt.date(2014, 1, 1),)),
            ("1973年至2001年间", (D(1973), D(2001))),  # years without a day are numbers
            ("每月", ()),
        ],
    )
    def test_table(self, words: str, expected: tuple[object, ...]) -> None:
        assert statutes.read_numbers(words) == expected

    @given(st.integers(min_value=1, max_value=9999))
    def test_reads_what_the_article_writer_writes(self, n: int) -> None:
        # explain.chinese_numeral writes numbers as statutes number articles
        assert statutes.read_numbers(chinese_numeral(n)) == (D(n),)

    @given(st.integers(min_value=0, max_value=10**9))
    def test_arabic(self, n: int) -> None:
        assert statutes.read_numbers(f"{n}元") == (D(n),)


class TestFigureLookup:
    def test_late_fee_rate(self) -> None:
        f = statutes.figure("late-fee.rate-per-month", on=_dt.date(2010, 1, 1))
        # 357 art. 8: 每月加收欠缴社会抚养费的千分之二的滞纳金
        assert f.as_decimal() == D("0.002")
        assert f.unit == "rate-per-month"
        assert str(f.citation) == "《社会抚养费征收管理办法》第八条"
        assert f.words in f.provision.quote

    def test_string_date_accepted(self) -> None:
        assert statutes.figure("late-fee.rate-per-month", on="2010-01-01").value == D("0.002")

    def test_not_in_force_names_the_periods(self) -> None:
        with pytest.raises(NotInForce, match=r"2002 \(2002-09-01 to 2021-09-08\)"):
            statutes.figure("late-fee.rate-per-month", on=_dt.date(2002, 8, 31))

    def test_unknown_id(self) -> None:
        # the message lists the known ids (the first 40 of them, sorted)
        with pytest.raises(UnknownFigure, match=r"figure id must be one of .*no-such-figure"):
            statutes.figure("no-such-figure", on=_dt.date(2010, 1, 1))
        with pytest.raises(UnknownFigure):
            statutes.figure(None, on=_dt.date(2010, 1, 1))  # type: ignore[arg-type]

    def test_typed_accessors_refuse_the_wrong_type(self) -> None:
        f = statutes.figure("late-fee.rate-per-month", on=_dt.date(2010, 1, 1))
        with pytest.raises(RegistryDataError):
            f.as_int()
        with pytest.raises(RegistryDataError):
            f.as_date()
        with pytest.raises(RegistryDataError):
            f.as_range()

    def test_frozen(self) -> None:
        f = statutes.figure("late-fee.rate-per-month", on=_dt.date(2010, 1, 1))
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            f.value = D(1)  # type: ignore[misc]

    def test_every_figure_to_dict_is_json(self) -> None:
        for f in statutes.figures():
            data = f.to_dict()
            assert json.loads(json.dumps(data, ensure_ascii=False)) == data
            assert data["words"] in data["quote"]

    def test_figures_filters(self) -> None:
        day = _dt.date(2010, 1, 1)
        assert all(f.applies_on(day) for f in statutes.figures(on=day))
        assert all(
            f.provision.statute.id == "levy-measures"
            for f in statutes.figures(statute="levy-measures")
        )
        assert set(statutes.figure_ids()) == {f.id for f in statutes.figures()}

    def test_history_is_ordered_and_disjoint(self) -> None:
        for fid in statutes.figure_ids():
            h = statutes.figure_history(fid)
            for a, b in itertools.pairwise(h):
                assert a.applies_until is not None
                assert a.applies_until < b.applies_from


def _with_figure(statute_id: str, change: dict[str, object]) -> tuple[StatuteSpec, ...]:
    """The bundled specs with one figure of one statute altered."""
    out = []
    for spec in STATUTES:
        if spec.id == statute_id:
            first: FigureSpec = attrs.evolve(spec.figures[0], **change)  # type: ignore[arg-type]
            spec = attrs.evolve(spec, figures=(first, *spec.figures[1:]))
        out.append(spec)
    return tuple(out)


class TestCheckedAtLoad:
    """Changing a figure's value without its quote fails when the registry loads."""

    def test_bundled_data_load(self) -> None:
        _build(STATUTES, MATTERS)

    def test_a_value_its_words_do_not_say(self) -> None:
        # 千分之三 is not what 357 art. 8 says
        specs = _with_figure("levy-measures", {"value": "0.003"})
        with pytest.raises(RegistryDataError, match=r"late-fee.rate-per-month.*0\.003.*千分之二"):
            _build(specs, MATTERS)

    def test_words_not_in_the_quote(self) -> None:
        specs = _with_figure("levy-measures", {"value": "0.003", "words": "千分之三"})
        with pytest.raises(RegistryDataError, match="not in the quote"):
            _build(specs, MATTERS)

    def test_unknown_version(self) -> None:
        specs = _with_figure("levy-measures", {"versions": ("1999",)})
        with pytest.raises(RegistryDataError, match="unknown version"):
            _build(specs, MATTERS)

    def test_missing_provision(self) -> None:
        specs = _with_figure("levy-measures", {"article": 14})
        with pytest.raises(RegistryDataError, match="no provision"):
            _build(specs, MATTERS)

    def test_wrong_value_type(self) -> None:
        specs = _with_figure("levy-measures", {"unit": "days"})
        with pytest.raises(RegistryDataError, match="must be an int"):
            _build(specs, MATTERS)

    def test_two_values_on_the_same_day(self) -> None:
        out = []
        for spec in STATUTES:
            if spec.id == "levy-measures":
                spec = attrs.evolve(spec, figures=(spec.figures[0], spec.figures[0]))
            out.append(spec)
        with pytest.raises(RegistryDataError, match="apply on the same days"):
            _build(tuple(out), MATTERS)
