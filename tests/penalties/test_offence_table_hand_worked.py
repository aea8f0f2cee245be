"""The offence table, row by row, worked by hand from the articles it cites.

Each expected row below was read from the statute text (the registry quotes;
the sources are named per block), not from the library: the article,
paragraph and item, the versions in which it reads the same, the threshold,
multiples and fixed range, and the other sanctions its words impose. A wrong
figure, article, item, version or sanction in the table fails here.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from familyplan.errors import RulesDataError
from familyplan.penalties import Basis, FineRule, Sanctions, offence, offences

D = Decimal
FR = Basis.FIXED_RANGE

# 《人口与计划生育法》2001/2015 第三十六条, 2021 第四十条: 责令改正，给予警告，没收违法所得；
# 违法所得一万元以上的，处违法所得二倍以上六倍以下的罚款；没有违法所得或者违法所得不足一万元的，
# 处一万元以上三万元以下的罚款；情节严重的，由原发证机关吊销执业证书；构成犯罪的，依法追究刑事责任
NPFP_36 = (
    "order_to_correct",
    "warning",
    "confiscate_illegal_income",
    "revocation_if_serious",
    "criminal_referral",
)
BAND_1W_2_6_1W_3W = (D(10000), (D(2), D(6)), (D(10000), D(30000)))


def _band(scope: str) -> tuple[str, ...]:
    return tuple(f"fine.{scope}.{what}" for what in ("threshold", "multiple", "fixed"))


def _row(
    statute_id: str,
    versions: tuple[str, ...],
    article: int,
    basis: Basis,
    sanctions: tuple[str, ...],
    figures: tuple[Any, ...] = (None, None, None),
    figure_ids: tuple[str, ...] = (),
    paragraph: int | None = None,
    item: int | None = None,
) -> dict[str, Any]:
    threshold, multiple, fixed = figures
    return {
        "statute_id": statute_id,
        "versions": versions,
        "article": article,
        "paragraph": paragraph,
        "item": item,
        "basis": basis,
        "threshold": threshold,
        "multiple": multiple,
        "fixed": fixed,
        "sanctions": sanctions,
        "figure_ids": figure_ids,
    }


def _npfp(scope: str, item: int, old_versions: tuple[str, ...], *, art40: bool) -> list[Any]:
    rows = [
        _row("npfp-law", old_versions, 36, FR, NPFP_36, BAND_1W_2_6_1W_3W, _band(scope), item=item)
    ]
    if art40:
        rows.append(
            _row("npfp-law", ("2021",), 40, FR, NPFP_36, BAND_1W_2_6_1W_3W, _band(scope), item=item)
        )
    return rows


def _tsr(
    scope: str,
    old: int,
    new: int,
    basis: Basis,
    sanctions: tuple[str, ...],
    figures: tuple[Any, ...] = (None, None, None),
) -> list[Any]:
    """《计划生育技术服务管理条例》: 2001 numbering ``old``, 2004 numbering ``new`` (3 inserted)."""
    ids = (
        ()
        if basis is Basis.NO_FINE
        else tuple(i for i, f in zip(_band(scope), figures, strict=True) if f is not None)
    )
    return [
        _row("tech-service-regs", ("2001",), old, basis, sanctions, figures, ids),
        _row("tech-service-regs", ("2004",), new, basis, sanctions, figures, ids),
    ]


# 《山东省人口与计划生育条例》(2016) 第四十七条 items 1-5: the same words and figures as NPFP art. 36
def _sd(scope: str, item: int) -> list[Any]:
    return [
        _row(
            "shandong-pfp-regulation",
            ("2016",),
            47,
            FR,
            NPFP_36,
            BAND_1W_2_6_1W_3W,
            _band(scope),
            item=item,
        )
    ]


NATIONAL, HUNAN, SHANDONG = "100000", "430000", "370000"

EXPECTED: dict[str, tuple[str, list[Any]]] = {
    "illegal-fp-surgery": (NATIONAL, _npfp("illegal-fp-surgery", 1, ("2001", "2015"), art40=True)),
    "non-medical-sex-determination": (
        NATIONAL,
        _npfp("non-medical-sex-determination", 2, ("2001", "2015"), art40=True),
    ),
    # item 3: 2001 实施假节育手术、进行假医学鉴定、出具假计划生育证明; 2015 drops 实施假节育手术;
    # 2021 art. 40 has no item 3
    "fake-sterilisation-surgery": (
        NATIONAL,
        _npfp("fake-sterilisation-surgery", 3, ("2001",), art40=False),
    ),
    "fake-assessment-or-certificate": (
        NATIONAL,
        _npfp("fake-assessment-or-certificate", 3, ("2001", "2015"), art40=False),
    ),
    # NPFP 2001/2015 第三十七条: 没收违法所得，违法所得五千元以上的，处违法所得二倍以上十倍以下的罚款；
    # 没有违法所得或者违法所得不足五千元的，处五千元以上二万元以下的罚款；构成犯罪的，依法追究刑事责任
    "forging-fp-certificates": (
        NATIONAL,
        [
            _row(
                "npfp-law",
                ("2001", "2015"),
                37,
                FR,
                ("confiscate_illegal_income", "criminal_referral"),
                (D(5000), (D(2), D(10)), (D(5000), D(20000))),
                _band("forging-fp-certificates"),
            ),
        ],
    ),
    # TSR 2004 第三十四条 (2001 第三十一条): 责令改正，给予警告，没收违法所得和有关药品、医疗器械；
    # 违法所得5000元以上的，并处违法所得2倍以上5倍以下的罚款；没有…不足5000元的，并处5000元以上
    # 2万元以下的罚款；造成严重后果，构成犯罪的，依法追究刑事责任
    "unlicensed-fp-technical-services": (
        NATIONAL,
        _tsr(
            "unlicensed-fp-technical-services",
            31,
            34,
            FR,
            (
                "order_to_correct",
                "warning",
                "confiscate_illegal_income",
                "confiscate_drugs_and_devices",
                "criminal_referral",
            ),
            (D(5000), (D(2), D(5)), (D(5000), D(20000))),
        ),
    ),
    # TSR 2004 第三十五条 (2001 第三十二条): as art. 34, 情节严重的，并由原发证部门吊销…执业资格
    "unapproved-prenatal-diagnosis-or-art": (
        NATIONAL,
        _tsr(
            "unapproved-prenatal-diagnosis-or-art",
            32,
            35,
            FR,
            (
                "order_to_correct",
                "warning",
                "confiscate_illegal_income",
                "confiscate_drugs_and_devices",
                "revocation_if_serious",
            ),
            (D(5000), (D(2), D(5)), (D(5000), D(20000))),
        ),
    ),
    # TSR 2004 第三十六条 (2001 第三十三条): 责令限期补办校验手续；拒不校验的，由原发证部门吊销…
    # — no fine; the revocation's condition is the refusal, not 情节严重
    "failure-to-reverify-licence": (
        NATIONAL,
        _tsr(
            "failure-to-reverify-licence",
            33,
            36,
            Basis.NO_FINE,
            ("order_to_reverify", "revocation"),
        ),
    ),
    # TSR 2004 第三十七条 (2001 第三十四条): 责令改正，没收违法所得；违法所得3000元以上的，并处违法所得
    # 2倍以上5倍以下的罚款；…不足3000元的，并处3000元以上5000元以下的罚款；情节严重的，并…吊销
    "trading-or-forging-service-licence": (
        NATIONAL,
        _tsr(
            "trading-or-forging-service-licence",
            34,
            37,
            FR,
            ("order_to_correct", "confiscate_illegal_income", "revocation_if_serious"),
            (D(3000), (D(2), D(5)), (D(3000), D(5000))),
        ),
    ),
    # TSR 2004 第三十八条 (2001 第三十五条): 责令退还所收费用，给予警告，并处所收费用2倍以上5倍以下的
    # 罚款；情节严重的，并对…给予降级或者撤职的行政处分
    "charging-rural-couples-for-services": (
        NATIONAL,
        _tsr(
            "charging-rural-couples-for-services",
            35,
            38,
            Basis.MULTIPLE_OF_FEES,
            ("warning", "refund_fees", "disciplinary_sanction_if_serious"),
            (None, (D(2), D(5)), None),
        ),
    ),
    # TSR 2004 第三十九条 (2001 第三十六条): 责令改正，给予警告，没收违法所得；5000元 / 2倍以上5倍以下 /
    # 5000元以上2万元以下；情节严重的，并…吊销
    "unapproved-expansion-of-services": (
        NATIONAL,
        _tsr(
            "unapproved-expansion-of-services",
            36,
            39,
            FR,
            ("order_to_correct", "warning", "confiscate_illegal_income", "revocation_if_serious"),
            (D(5000), (D(2), D(5)), (D(5000), D(20000))),
        ),
    ),
    # TSR 2004 第四十条 (2001 第三十七条): 责令改正，没收违法所得；3000元 / 1倍以上3倍以下 /
    # 3000元以上5000元以下；情节严重的，并…吊销
    "staff-without-physician-qualification": (
        NATIONAL,
        _tsr(
            "staff-without-physician-qualification",
            37,
            40,
            FR,
            ("order_to_correct", "confiscate_illegal_income", "revocation_if_serious"),
            (D(3000), (D(1), D(3)), (D(3000), D(5000))),
        ),
    ),
    # TSR 2004 第四十一条 (2001 第三十八条): 构成犯罪的，依法追究刑事责任；尚不构成犯罪的，…责令改正，
    # 给予警告，没收违法所得；5000元 / 2倍以上5倍以下 / 5000元以上2万元以下；情节严重的，并…吊销
    "false-certificates-by-service-institution": (
        NATIONAL,
        _tsr(
            "false-certificates-by-service-institution",
            38,
            41,
            FR,
            (
                "order_to_correct",
                "warning",
                "confiscate_illegal_income",
                "revocation_if_serious",
                "criminal_referral",
            ),
            (D(5000), (D(2), D(5)), (D(5000), D(20000))),
        ),
    ),
    # 《计划生育技术服务管理条例实施细则》(2001) 第四十八条第二款: 责令改正，没收违法所得；违法所得
    # 1000元以上的，并处违法所得1倍以上3倍以下的罚款；…不足1000元的，并处1000元以上3000元以下的罚款
    "staff-without-qualification-certificate": (
        NATIONAL,
        [
            _row(
                "tech-service-rules",
                ("2001",),
                48,
                FR,
                ("order_to_correct", "confiscate_illegal_income"),
                (D(1000), (D(1), D(3)), (D(1000), D(3000))),
                _band("staff-without-qualification-certificate"),
                paragraph=2,
            ),
        ],
    ),
    # 细则 第五十条第二款: 责令改正，没收违法所得；1000元 / 2倍以上5倍以下 / 1000元以上3000元以下；
    # 情节严重的，并由原发证部门吊销相关的执业资格
    "trading-or-forging-staff-certificate": (
        NATIONAL,
        [
            _row(
                "tech-service-rules",
                ("2001",),
                50,
                FR,
                ("order_to_correct", "confiscate_illegal_income", "revocation_if_serious"),
                (D(1000), (D(2), D(5)), (D(1000), D(3000))),
                _band("trading-or-forging-staff-certificate"),
                paragraph=2,
            ),
        ],
    ),
    # 细则 第五十二条 (as read, cut after 2倍以上): 责令改正，给予警告，没收违法所得；违法所得1000元
    # 以上的，并处违法所得2倍以上…… — only the threshold is in the text
    "staff-exceeding-approved-services": (
        NATIONAL,
        [
            _row(
                "tech-service-rules",
                ("2001",),
                52,
                Basis.TEXT_NOT_FOUND,
                ("order_to_correct", "warning", "confiscate_illegal_income"),
                (D(1000), None, None),
                ("fine.staff-exceeding-approved-services.threshold",),
            ),
        ],
    ),
    # 《湖南省人口与计划生育条例》(2016) 第四十二条: 没收证件和违法所得，违法所得五千元以上的，处违法所得
    # 二倍以上十倍以下罚款；…不足五千元的，处五千元以上二万元以下罚款
    "hunan-forging-fp-certificates": (
        HUNAN,
        [
            _row(
                "hunan-pfp-regulation",
                ("2016",),
                42,
                FR,
                ("confiscate_illegal_income", "confiscate_certificates"),
                (D(5000), (D(2), D(10)), (D(5000), D(20000))),
                _band("hunan-forging-fp-certificates"),
            ),
        ],
    ),
    # 同条例 第四十三条: …由县级以上人民政府人口和计划生育行政部门取消其计划生育证明 (no fine)
    "hunan-impersonation-in-fp-checks": (
        HUNAN,
        [_row("hunan-pfp-regulation", ("2016",), 43, Basis.NO_FINE, ("cancel_certificates",))],
    ),
    # 湖南省人民政府令第194号 (2004) 第二十条: 责令改正，有违法所得的，没收违法所得，…每人次处5000元
    # 罚款；没有违法所得的，每人次处2000元罚款；属国家工作人员…给予降级以上行政处分；构成犯罪的…
    "organising-sex-selection": (
        HUNAN,
        [
            _row(
                "hunan-decree-194",
                ("2004",),
                20,
                Basis.PER_PERSON_TIME,
                (
                    "order_to_correct",
                    "confiscate_illegal_income",
                    "disciplinary_sanction",
                    "criminal_referral",
                ),
                figure_ids=(
                    "fine.organising-sex-selection.per-person-time.with-income",
                    "fine.organising-sex-selection.per-person-time.without-income",
                ),
            ),
        ],
    ),
    # 第194号令 第二十三条: 对当事人处以1000元以上3000元以下的罚款 (no threshold, no other sanction
    # among the flags)
    "unauthorised-late-termination": (
        HUNAN,
        [
            _row(
                "hunan-decree-194",
                ("2004",),
                23,
                FR,
                (),
                (None, None, (D(1000), D(3000))),
                ("fine.unauthorised-late-termination.fixed",),
            ),
        ],
    ),
    "shandong-illegal-fp-surgery": (SHANDONG, _sd("shandong-illegal-fp-surgery", 1)),
    "shandong-unlicensed-fp-surgery": (SHANDONG, _sd("shandong-unlicensed-fp-surgery", 2)),
    "shandong-non-medical-sex-determination": (
        SHANDONG,
        _sd("shandong-non-medical-sex-determination", 3),
    ),
    "shandong-fake-medical-assessment": (SHANDONG, _sd("shandong-fake-medical-assessment", 4)),
    "shandong-fake-fp-certificates": (SHANDONG, _sd("shandong-fake-fp-certificates", 5)),
}


def _actual(rule: FineRule) -> dict[str, Any]:
    return {
        "statute_id": rule.statute_id,
        "versions": rule.versions,
        "article": rule.article,
        "paragraph": rule.paragraph,
        "item": rule.item,
        "basis": rule.basis,
        "threshold": rule.threshold,
        "multiple": rule.multiple,
        "fixed": rule.fixed,
        "sanctions": rule.sanctions.active(),
        "figure_ids": rule.figure_ids,
    }


def test_the_offence_ids_are_those_worked_here() -> None:
    assert [o.id for o in offences()] == list(EXPECTED)


@pytest.mark.parametrize("offence_id", list(EXPECTED))
def test_each_row_as_read_from_its_article(offence_id: str) -> None:
    jurisdiction, rows = EXPECTED[offence_id]
    o = offence(offence_id)
    assert o.jurisdiction == jurisdiction
    assert [_actual(r) for r in o.rules] == rows


def test_per_person_amounts_of_hunan_decree_194_art_20() -> None:
    # 有违法所得的 … 每人次处5000元罚款；没有违法所得的，每人次处2000元罚款
    (rule,) = offence("organising-sex-selection").rules
    assert rule.per_person_time == (D(5000), D(2000))
    assert all(r.per_person_time is None for o in offences() for r in o.rules if r is not rule)


def test_notes_and_missing_text() -> None:
    # 细则 第五十二条 as read ends 并处违法所得2倍以上……: the note says what was read, ``missing``
    # what was not (the upper multiple; the band below 1000 yuan)
    (rule,) = offence("staff-exceeding-approved-services").rules
    assert "违法所得1000元以上的，并处违法所得2倍以上" in rule.note
    assert "upper multiple" in rule.missing
    assert "1000 yuan" in rule.missing
    others = [r for o in offences() for r in o.rules if r is not rule]
    assert all(r.note == "" and r.missing == "" for r in others)


SUCCESSOR_WORDS = {
    # NPFP 2015 text (in force 2016-01-01) dropped 实施假节育手术 from art. 36 item 3
    "fake-sterilisation-surgery": ("2015", "art. 36 item 3", "实施假节育手术", "2016-01-01"),
    # the 2021 text: art. 40 has no item 3; no counterpart of art. 37
    "fake-assessment-or-certificate": ("2021", "art. 40", "art. 36 item 3"),
    "forging-fp-certificates": ("2021", "art. 37"),
}
TSR_ABOLISHED = ("《计划生育技术服务管理条例》", "abolished in 2021", "从旧兼从轻")


@pytest.mark.parametrize("offence_id", list(EXPECTED))
def test_successor_notes(offence_id: str) -> None:
    o = offence(offence_id)
    rules = o.rules
    if offence_id in SUCCESSOR_WORDS:
        words: tuple[str, ...] = SUCCESSOR_WORDS[offence_id]
    elif rules[0].statute_id == "tech-service-regs":
        words = TSR_ABOLISHED
    else:
        assert o.successor_note == ""
        return
    assert isinstance(o.successor_note, str)
    for w in words:
        assert w in o.successor_note


def test_names_are_the_articles_words() -> None:
    # the Chinese name is the act as the article words it; spot checks, one per source
    assert offence("illegal-fp-surgery").name == "非法为他人施行计划生育手术"  # NPFP art. 36 (一)
    assert offence("fake-sterilisation-surgery").name == "实施假节育手术"  # NPFP 2001 art. 36 (三)
    assert offence("forging-fp-certificates").name == "伪造、变造、买卖计划生育证明"  # art. 37
    assert offence("shandong-fake-medical-assessment").name == "进行假医学鉴定"  # 山东 47 (四)
    assert offence("unlicensed-fp-technical-services").name == "擅自从事计划生育技术服务"
    assert offence("illegal-fp-surgery").name_en == (
        "performing family-planning surgery on others illegally"
    )
    assert all(o.name and o.name_en for o in offences())


class TestFineRuleFigures:
    """``FineRule.figures``: threshold, then the multiple, the fixed range, the per-person pair."""

    def test_all_parts_in_order(self) -> None:
        r = FineRule(
            "npfp-law",
            ("2001",),
            36,
            FR,
            Sanctions(),
            threshold=D(10000),
            multiple=(D(2), D(6)),
            fixed=(D(10000), D(30000)),
            per_person_time=(D(5000), D(2000)),
        )
        assert r.figures() == (D(10000), D(2), D(6), D(10000), D(30000), D(5000), D(2000))

    def test_none_missing_parts(self) -> None:
        r = FineRule("x", ("1",), 1, Basis.NO_FINE, Sanctions())
        assert r.figures() == ()
        r = FineRule("x", ("1",), 1, FR, Sanctions(), fixed=(D(1000), D(3000)))
        assert r.figures() == (D(1000), D(3000))

    def test_of_the_table(self) -> None:
        # NPFP 2001 art. 37: 五千元 / 二倍以上十倍以下 / 五千元以上二万元以下
        (rule,) = offence("forging-fp-certificates").rules
        assert rule.figures() == (D(5000), D(2), D(10), D(5000), D(20000))


def test_offence_to_dict() -> None:
    # NPFP art. 36 item 3 (2001, 2015): the keys an embedder reads
    d = offence("fake-assessment-or-certificate").to_dict()
    assert d == {
        "id": "fake-assessment-or-certificate",
        "name": "进行假医学鉴定、出具假计划生育证明",
        "name_en": "fake medical assessment, fake family-planning certificates",
        "jurisdiction": "100000",
        "rules": [
            {
                "statute_id": "npfp-law",
                "versions": ["2001", "2015"],
                "article": 36,
                "paragraph": None,
                "item": 3,
                "basis": "fixed-range",
            }
        ],
    }
    d = offence("staff-without-qualification-certificate").to_dict()
    assert d["rules"] == [
        {
            "statute_id": "tech-service-rules",
            "versions": ["2001"],
            "article": 48,
            "paragraph": 2,
            "item": None,
            "basis": "fixed-range",
        }
    ]


class TestRegistryChecks:
    """The load-time checks of a row against the registry (``_offence_data``)."""

    def test_a_figure_in_another_article_is_refused(self) -> None:
        from familyplan.penalties._offence_data import _value

        # fine.forging-fp-certificates.* are stated in NPFP art. 37, not art. 36
        with pytest.raises(RulesDataError) as e:
            _value(
                "fine.forging-fp-certificates.threshold",
                "npfp-law",
                ("2001", "2015"),
                36,
                None,
                None,
            )
        msg = str(e.value)
        assert msg.startswith("fine rule npfp-law ('2001', '2015') art. 36: figure ")
        assert (
            "fine.forging-fp-certificates.threshold is not stated once, with one value, "
            "in that provision of every version: "
        ) in msg
        # the figures found, each with its version, citation and value (五千元, art. 37)
        assert "('2001', '《中华人民共和国人口与计划生育法》第三十七条', Decimal('5000'))" in msg

    def test_a_version_the_figure_lacks_is_refused(self) -> None:
        from familyplan.penalties._offence_data import _value

        # NPFP art. 37 has no 2021 text: asking for 2001 and 2021 is refused
        with pytest.raises(RulesDataError, match="is not stated once"):
            _value(
                "fine.forging-fp-certificates.fixed", "npfp-law", ("2001", "2021"), 37, None, None
            )

    def test_the_value_is_read(self) -> None:
        from familyplan.penalties._offence_data import _value

        # NPFP 2001/2015 art. 37: 五千元以上二万元以下
        assert _value(
            "fine.forging-fp-certificates.fixed", "npfp-law", ("2001", "2015"), 37, None, None
        ) == (D(5000), D(20000))
        assert _value("fine.no-such-band.fixed", "npfp-law", ("2001",), 37, None, None) is None
        # a statute that does not state the figure
        assert (
            _value(
                "fine.forging-fp-certificates.fixed", "tech-service-regs", ("2001",), 37, None, None
            )
            is None
        )

    def test_a_band_without_figures_is_refused(self) -> None:
        from familyplan.penalties._offence_data import _rule

        with pytest.raises(RulesDataError) as e:
            _rule(
                "npfp-law",
                versions=("2001",),
                article=37,
                basis=FR,
                sanctions=Sanctions(),
                band="no-such-band",
            )
        assert str(e.value) == "fine rule npfp-law art. 37: no figure fine.no-such-band.*"

    def test_per_person_amounts_must_be_found(self) -> None:
        from familyplan.penalties._offence_data import _rule

        with pytest.raises(RulesDataError) as e:
            _rule(
                "hunan-decree-194",
                versions=("2004",),
                article=20,
                basis=Basis.PER_PERSON_TIME,
                sanctions=Sanctions(),
                per_person_time=(
                    "fine.organising-sex-selection.per-person-time.with-income",
                    "fine.no-such.per-person-time",
                ),
            )
        assert str(e.value) == "fine rule hunan-decree-194 art. 20: per-person amounts"

    def test_a_regulation_article_without_a_2001_twin_is_refused(self) -> None:
        from familyplan.penalties._offence_data import _tsr

        # 《计划生育技术服务管理条例》 has no article 99 in either numbering
        with pytest.raises(RulesDataError) as e:
            _tsr("x", article=99, basis=FR, sanctions=Sanctions())
        assert str(e.value) == (
            "tech-service-regs art. 99: no single 2001 article with its text: []"
        )
