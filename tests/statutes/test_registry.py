"""familyplan.statutes: lookup by date, NotInForce, citations, jurisdictions."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan import statutes
from familyplan.errors import (
    InvalidInput,
    NotInForce,
    UnknownJurisdiction,
    UnknownProvision,
    UnknownStatute,
)

D = dt.date


class TestProvision:
    def test_levy_measures_art_8_in_force_2010(self) -> None:
        p = statutes.provision("levy-measures", 8, on=D(2010, 1, 1))
        assert p.statute.id == "levy-measures"
        assert p.article == 8
        assert "每月加收欠缴社会抚养费的千分之二的滞纳金" in p.quote
        assert str(p.citation) == "《社会抚养费征收管理办法》第八条"

    def test_levy_measures_not_in_force_after_abolition(self) -> None:
        with pytest.raises(NotInForce) as info:
            statutes.provision("levy-measures", 8, on=D(2022, 1, 1))
        err = info.value
        assert err.on == D(2022, 1, 1)
        assert err.versions[0][1] == D(2002, 9, 1)
        assert "2002-09-01" in str(err)
        # the message names the abolition
        assert "废止" in str(err)

    @pytest.mark.parametrize(
        ("day", "ok"),
        [
            (D(2002, 8, 31), False),  # the day before art. 15's commencement
            (D(2002, 9, 1), True),  # 本办法自2002年9月1日起施行
        ],
    )
    def test_levy_measures_commencement(self, day: dt.date, ok: bool) -> None:
        if ok:
            assert statutes.provision("levy-measures", 8, on=day).version.label
        else:
            with pytest.raises(NotInForce):
                statutes.provision("levy-measures", 8, on=day)

    def test_penalty_law_1996_hearing_three_days(self) -> None:
        p = statutes.provision("administrative-penalty-law", 42, on=D(2020, 1, 1))
        assert "三日内" in p.quote

    def test_penalty_law_2021_hearing_five_days(self) -> None:
        p = statutes.provision("administrative-penalty-law", 64, on=D(2022, 1, 1))
        assert "五日内" in p.quote
        assert p.version.effective_from == D(2021, 7, 15)

    def test_penalty_law_2021_article_not_in_force_in_2020(self) -> None:
        with pytest.raises(NotInForce) as info:
            statutes.provision("administrative-penalty-law", 64, on=D(2020, 1, 1))
        assert "2021-07-15" in str(info.value)

    def test_paragraph_of_a_whole_article_falls_back_to_the_article(self) -> None:
        p = statutes.provision("levy-measures", 8, on=D(2010, 1, 1), paragraph=1)
        assert p.article == 8
        c = statutes.citation("levy-measures", 8, on=D(2010, 1, 1), paragraph=1)
        assert str(c) == "《社会抚养费征收管理办法》第八条第一款"

    @pytest.mark.parametrize(
        ("args", "kwargs", "error"),
        [
            (("no-such-law", 1), {"on": D(2010, 1, 1)}, UnknownStatute),
            (("levy-measures", 999), {"on": D(2010, 1, 1)}, UnknownProvision),
            (("levy-measures", 0), {"on": D(2010, 1, 1)}, InvalidInput),
            (("levy-measures", True), {"on": D(2010, 1, 1)}, InvalidInput),
            (("levy-measures", 8), {"on": dt.datetime(2010, 1, 1)}, InvalidInput),
            (("levy-measures", 8), {"on": "2010/01/01"}, InvalidInput),
            (("levy-measures", 8), {"on": D(2010, 1, 1), "paragraph": 0}, InvalidInput),
        ],
    )
    def test_bad_input(
        self, args: tuple[object, ...], kwargs: dict[str, object], error: type
    ) -> None:
        with pytest.raises(error):
            statutes.provision(*args, **kwargs)  # type: ignore[arg-type]

    def test_iso_string_date_accepted(self) -> None:
        assert statutes.provision("levy-measures", 8, on="2010-01-01").article == 8


class TestGet:
    def test_get_and_all(self) -> None:
        s = statutes.get("levy-measures")
        assert s.title == "社会抚养费征收管理办法"
        assert s in statutes.all_statutes()
        with pytest.warns(DeprecationWarning, match="all_statutes"):
            assert statutes.all() == statutes.all_statutes()

    def test_unknown_lists_known(self) -> None:
        with pytest.raises(UnknownStatute, match="levy-measures"):
            statutes.get("levy")

    def test_version_on(self) -> None:
        assert statutes.version_on("levy-measures", on=D(2010, 1, 1)).label
        assert statutes.in_force("levy-measures", on=D(2010, 1, 1))
        assert not statutes.in_force("levy-measures", on=D(2001, 1, 1))
        # ``on`` by position: deprecated since 0.2, still the same answer
        with pytest.warns(DeprecationWarning, match="keyword-only"):
            assert statutes.in_force("levy-measures", D(2010, 1, 1))  # type: ignore[misc]


class TestJurisdictions:
    @pytest.mark.parametrize(
        ("code", "chain"),
        [
            ("430602", ["430602", "430600", "430000", "100000"]),  # 岳阳楼区
            ("430611", ["430611", "430600", "430000", "100000"]),  # 君山区
            ("130132", ["130132", "130100", "130000", "100000"]),  # 元氏县
            ("130525", ["130525", "130500", "130000", "100000"]),  # 隆尧县
            ("370304", ["370304", "370300", "370000", "100000"]),  # 博山区
            (370000, ["370000", "100000"]),  # int accepted
            ("100000", ["100000"]),
        ],
    )
    def test_chain(self, code: object, chain: list[str]) -> None:
        assert [j.code for j in statutes.jurisdiction(code).chain] == chain

    def test_province(self) -> None:
        j = statutes.jurisdiction("370304")
        assert j.province is not None
        assert j.province.name == "山东省"
        assert statutes.jurisdiction("100000").province is None

    @pytest.mark.parametrize(
        ("code", "error"),
        [("110000", UnknownJurisdiction), ("4306", InvalidInput), (True, InvalidInput)],
    )
    def test_unknown(self, code: object, error: type) -> None:
        with pytest.raises(error):
            statutes.jurisdiction(code)


class TestMatters:
    def test_yueyanglou_catalogue(self) -> None:
        ms = statutes.matters("430602")
        assert ms
        kinds = {m.kind for m in ms}
        assert {"行政许可", "行政处罚", "行政征收", "行政强制", "行政给付", "行政奖励"} <= kinds
        by_name = {m.name: m for m in ms}
        # seed 004: 再生育审批 法定期限 25个工作日, 承诺期限 25个工作日
        rebirth = by_name["再生育审批"]
        assert rebirth.statutory_limit_working_days == 25
        assert rebirth.promised_limit_working_days == 25
        # seed 004: 非医学需要的中期以上终止妊娠审批 20个工作日
        assert by_name["非医学需要的中期以上终止妊娠审批"].statutory_limit_working_days == 20

    def test_other_divisions_have_no_catalogue(self) -> None:
        assert statutes.matters("370304") == ()
