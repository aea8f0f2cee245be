"""Quotes corrected from the statute text (issue 14): Hunan arts. 15 and 37.

Expected words come from the web copies named in each test, not from the library.
"""

from __future__ import annotations

import datetime as dt

from familyplan import statutes

ON = dt.date(2017, 5, 1)  # the 2016 text of the Hunan regulation is in force


def test_hunan_15_is_the_amending_decision_text() -> None:
    # 2016 decision item 二 (www.mayang.gov.cn …/content_39153; 13l.net copy):
    # "符合下列条件之一的夫妻，可以再生育一个子女：（一）… 不能成长为正常劳动力 …"
    p = statutes.provision("hunan-pfp-regulation", 15, on=ON)
    assert p.quote.startswith("符合下列条件之一的夫妻，可以再生育一个子女：（一）")
    assert "不能成长为正常劳动力" in p.quote
    assert "不能成为正常劳动力" not in p.quote  # seed 004's wording
    assert p.quote.endswith(
        "前款所称子女，是指存活的亲生子女。收养的子女、以前婚姻形成的有抚养关系的继子女不计算子女数。"
    )
    assert p.source.startswith("web:")


def test_hunan_37_paragraphs_from_the_two_copies() -> None:
    # 64365.com/ask/14947244.aspx and m.110ask.com/wenda/8257159478299632051.html
    p1 = statutes.provision("hunan-pfp-regulation", 37, on=ON, paragraph=1)
    assert p1.quote.startswith("违法生育子女的，由县级人民政府人口和计划生育行政部门")
    assert "县级以上" not in p1.quote
    assert "符合再生育一个子女的条件未取得生育证生育的" in p1.quote
    assert "征收社会抚养费后补办生育证" in p1.quote
    assert "重婚或者与配偶之外的人生育一个子女的，按照六至八倍征收" in p1.quote
    assert "每再多生育一个子女的，依次增加三倍征收" in p1.quote
    p2 = statutes.provision("hunan-pfp-regulation", 37, on=ON, paragraph=2)
    assert "应当在子女出生前补办结婚登记" in p2.quote
    assert "依子女数量按本条前款第（二）项规定标准征收社会抚养费" in p2.quote
    p3 = statutes.provision("hunan-pfp-regulation", 37, on=ON, paragraph=3)
    assert p3.quote.startswith("本条所称总收入，按违法生育者或者违法收养者的双方实际收入计算。")
    # the floor as far as the copies reach, and the cut marked
    assert "农村居民的实际收入低于本县（市、区）上年度农村居民人均可支配收入" in p3.quote
    assert p3.quote.endswith("……")
    assert "NOT READ" in p3.note
    # the citation of a paragraph names it
    assert str(p3.cite(3, None)) == "《湖南省人口与计划生育条例》第三十七条第三款"


def test_hunan_37_whole_article_still_answers() -> None:
    whole = statutes.provision("hunan-pfp-regulation", 37, on=ON)
    for part in (1, 2, 3):
        quote = statutes.provision("hunan-pfp-regulation", 37, on=ON, paragraph=part).quote
        assert quote in whole.quote


def test_hunan_fourth_amendment_year() -> None:
    # m.1-jiu.com header: 根據2015年1月23日…第四次修正
    note = statutes.get("hunan-pfp-regulation").note
    assert "2015-01-23" in note
    assert "[2015]" not in note


def test_tech_service_regs_end_is_the_abolishing_decision() -> None:
    # 《国务院关于废止部分行政法规的决定》: 本决定自公布之日起施行; 施行日期 2021-09-09
    v = statutes.get("tech-service-regs").version("2004")
    assert v is not None
    assert v.effective_until == dt.date(2021, 9, 8)
    assert "国务院关于废止部分行政法规的决定" in v.note
    v2001 = statutes.get("tech-service-regs").version("2001")
    assert v2001 is not None
    assert "第四十六条" not in v2001.note


def test_levy_income_step_cites_the_total_income_paragraph() -> None:
    # Hunan art. 37 ¶3 (64365.com copy): 本条所称总收入，按违法生育者或者违法收养者的双方实际收入
    # 计算 … 实际收入低于本县（市、区）上年度…人均可支配收入的 — the step choosing the income cites it
    from familyplan.penalties import IncomeBase, LevyCase, Party, assess_levy

    case = LevyCase(
        jurisdiction="430602",
        birth_on="2017-05-01",
        decided_on="2017-09-01",
        circumstance="extra-child",
        children_over_limit=1,
        parties=(Party("mother", actual_income="20000", residence="urban"),),
        income_base=IncomeBase(
            urban_disposable="28000", rural_net="11000", year=2016, area="430602"
        ),
    )
    r = assess_levy(case)
    income_steps = [s for s in r.steps if "income used" in s.description]
    assert income_steps
    for step in income_steps:
        assert step.citation is not None
        assert str(step.citation) == "《湖南省人口与计划生育条例》第三十七条第三款"
    # the multiple comes from ¶1 item (二): 二至六倍
    assert str(r.parties[0].citation) == "《湖南省人口与计划生育条例》第三十七条第一款第二项"
