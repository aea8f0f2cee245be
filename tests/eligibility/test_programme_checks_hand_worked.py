"""One whole check of each programme: every condition, step and figure (issue 15, part 4).

Mutation testing found facts, values, citations and step texts of the programme
checks unstated. Texts (facts, step wording, citations) are stated as the results
give them; the decisions and figures are worked by hand:

- rural reward 2015 (君山区): a widow born 1950-05-01, 65 by 2015-12-31 (年满60周岁), one
  living son, rural: 80 a month x 12 = 960 (rural-reward-2011) + a top-up of 120 a year =
  1080. In 2008 (岳阳楼区): 58, an urban husband, a birth against the rules in 1980
  (1973-2001 counts, 2010 does not), a daughter whose survival is not given: not eligible;
  600 a year (the 2004 pilot notice).
- special assistance 2015 (君山区): a rural mother of 65 whose only son died: 170 a month
  (2013 notice, secondary source) + 10 top-up = 180 x 12 = 2160.
- special assistance in 博山区 2017: Shandong's own 500 (death) a month x 12 = 6000; 2023 in
  君山区, an urban mother whose son has a grade-2 disability (三级以上): 460 a month (the 2022
  standard, no end date) x 12 = 5520; a son of grade 4 whose survival is not given, the
  registration not given: undetermined, no rate.
- urban parents' reward (岳阳楼区, 2016-01-01): a woman born 1959-03-02, 56 (needs 55), no
  work unit, certificate: 80 a month, paid by the government.
- health allowance (岳阳楼区, 2016-05-01): certificate 2006-03-10, one son born
  2003-02-28: paid 2006-03 to 2017-02 (the month of the 14th birthday), at the local
  10 a month (5-20, 条例 art. 22).
- the same in 2017 (from 2016-11-01 岳阳楼区's list art. 4 applies too: no work unit,
  registered in the district, certificate by 2015-12-31): February 2017 is the month of the
  14th birthday, paid at 20 (the top of 5-20); under the month-before-birthday policy it is
  not. With a husband in a state organ, registered in 君山区 and a certificate of 2016-12-01,
  none of the district's conditions holds and his work unit pays (由有工作单位一方的工作单位支付).
- urban reward with a caller's top-up of 20 a month: 100.
- late-term termination (岳阳楼区, 2017-01-01; 14 weeks or more, 令第194号): 13 weeks is not
  enough; widowhood without the documents given is undetermined; in 君山区 the district
  list does not apply, the decree's divorce/widowhood case with its documents is enough;
  a serious illness with 2 physicians in a county-level hospital (list art. 15), a fetal
  defect with the prenatal diagnosis (art. 17), a pregnancy against the rules with the
  identity card (art. 14) each qualify. 20 weeks, divorce, with the identity card,
  the divorce certificate and the county certificate (令第194号 art. 12 item 2; list art. 16).
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import pytest

from familyplan.eligibility import Child, LocalRates, Policy, Pregnancy, Spouse, check

from ._helpers import BOSHAN, JUNSHAN, YUEYANGLOU, bereaved, parent, pregnant, rural, urban

CASES: dict[str, Any] = {}
CONDITIONS: dict[str, Any] = {}
STEPS: dict[str, Any] = {}
RESULT: dict[str, Any] = {}

CASES["rural_reward_2015"] = (
    "rural-reward",
    lambda: rural(),
    {"year": 2015, "jurisdiction": JUNSHAN, "rates": LocalRates(top_up="120")},
)
CONDITIONS["rural_reward_2015"] = [
    (
        "rural-reward.rural-registration",
        "residence=rural",
        True,
        None,
        ("rural-reward-2004", 1, None),
        (),
        None,
    ),
    (
        "rural-reward.spouse-rural-registration",
        "no spouse",
        True,
        None,
        ("rural-reward-2004", 1, None),
        (),
        None,
    ),
    (
        "rural-reward.no-birth-against-rules",
        "births_against_rules=[]",
        True,
        (),
        ("rural-reward-2004", 1, None),
        (),
        None,
    ),
    (
        "rural-reward.one-living-child",
        "children=[1975-03-01 male alive]",
        True,
        1,
        ("rural-reward-2004", 1, None),
        (),
        "children",
    ),
    (
        "rural-reward.two-living-daughters",
        "children=[1975-03-01 male alive]",
        False,
        None,
        ("rural-reward-2004", 1, None),
        (),
        "children",
    ),
    (
        "rural-reward.children-dead",
        "children=[1975-03-01 male alive]",
        False,
        None,
        ("rural-reward-2004", 1, None),
        (),
        "children",
    ),
    (
        "rural-reward.born-1933-or-later",
        "born_on=1950-05-01",
        True,
        datetime.date(1950, 5, 1),
        ("rural-reward-2004", 1, None),
        (),
        None,
    ),
    (
        "rural-reward.aged-60",
        "born_on=1950-05-01: aged 65 by 2015-12-31",
        True,
        65,
        ("rural-reward-2004", 1, None),
        (),
        None,
    ),
]
STEPS["rural_reward_2015"] = [
    ("rural-reward (农村部分计划生育家庭奖励扶助) in 430611 君山区, year 2015", None, None),
    (
        "national minimum 80 yuan a person a month x 12 = 960 a year (2015)",
        Decimal("960"),
        ("rural-reward-2011", 1, None),
    ),
    ("local top-up 120.00 yuan a person a year (caller)", Decimal("120.00"), None),
    ("the standard has no end date: sources checked through 2026-12-01", None, None),
    (
        "rural-reward.rural-registration: met (residence=rural)",
        True,
        ("rural-reward-2004", 1, None),
    ),
    (
        "rural-reward.spouse-rural-registration: met (no spouse)",
        True,
        ("rural-reward-2004", 1, None),
    ),
    (
        "rural-reward.no-birth-against-rules: met (births_against_rules=[])",
        True,
        ("rural-reward-2004", 1, None),
    ),
    (
        "rural-reward.one-living-child: met (children=[1975-03-01 male alive])",
        True,
        ("rural-reward-2004", 1, None),
    ),
    (
        "rural-reward.two-living-daughters: not met (children=[1975-03-01 male alive])",
        False,
        ("rural-reward-2004", 1, None),
    ),
    (
        "rural-reward.children-dead: not met (children=[1975-03-01 male alive])",
        False,
        ("rural-reward-2004", 1, None),
    ),
    (
        "rural-reward.born-1933-or-later: met (born_on=1950-05-01)",
        True,
        ("rural-reward-2004", 1, None),
    ),
    (
        "rural-reward.aged-60: met (born_on=1950-05-01: aged 65 by 2015-12-31)",
        True,
        ("rural-reward-2004", 1, None),
    ),
    ("all conditions met", True, None),
]
RESULT["rural_reward_2015"] = (
    True,
    Decimal("1080.00"),
    "year",
    ("year", Decimal("960.00"), Decimal("120.00"), "all", "statute", "rural-reward-2011", 1),
    None,
    datetime.date(2026, 12, 1),
)

CASES["rural_reward_2008"] = (
    "rural-reward",
    lambda: rural(
        spouse=Spouse("male", residence="urban"),
        births_against_rules=[1980, 2010],
        children=[
            Child("1975-03-01", "female", alive=True),
            Child("1978-03-01", "female", alive=None),
        ],
    ),
    {"year": 2008, "jurisdiction": YUEYANGLOU},
)
CONDITIONS["rural_reward_2008"] = [
    (
        "rural-reward.rural-registration",
        "residence=rural",
        True,
        None,
        ("rural-reward-2004", 1, None),
        (),
        None,
    ),
    (
        "rural-reward.spouse-rural-registration",
        "spouse.residence=urban",
        False,
        None,
        ("rural-reward-2004", 1, None),
        (),
        None,
    ),
    (
        "rural-reward.no-birth-against-rules",
        "births_against_rules=[1980, 2010]",
        False,
        (1980,),
        ("rural-reward-2004", 1, None),
        (),
        None,
    ),
    (
        "rural-reward.one-living-child",
        "children=[1975-03-01 female alive; 1978-03-01 female alive?]",
        None,
        None,
        ("rural-reward-2004", 1, None),
        (),
        "children",
    ),
    (
        "rural-reward.two-living-daughters",
        "children=[1975-03-01 female alive; 1978-03-01 female alive?]",
        None,
        None,
        ("rural-reward-2004", 1, None),
        (),
        "children",
    ),
    (
        "rural-reward.children-dead",
        "children=[1975-03-01 female alive; 1978-03-01 female alive?]",
        False,
        None,
        ("rural-reward-2004", 1, None),
        (),
        "children",
    ),
    (
        "rural-reward.born-1933-or-later",
        "born_on=1950-05-01",
        True,
        datetime.date(1950, 5, 1),
        ("rural-reward-2004", 1, None),
        (),
        None,
    ),
    (
        "rural-reward.aged-60",
        "born_on=1950-05-01: aged 58 by 2008-12-31",
        False,
        58,
        ("rural-reward-2004", 1, None),
        (),
        None,
    ),
]
STEPS["rural_reward_2008"] = [
    ("rural-reward (农村部分计划生育家庭奖励扶助) in 430602 岳阳楼区, year 2008", None, None),
    (
        "national minimum 600 yuan a person a year (2008)",
        Decimal("600"),
        ("rural-reward-2004", 2, None),
    ),
    ("the figure or its dates are confirmed by", None, ("rural-reward-2004", 4, None)),
    (
        "SECONDARY SOURCE: the document's own text was NOT FOUND; the figure is quoted from a "
        "report of it (see the provision's note).",
        None,
        None,
    ),
    (
        "rural-reward.rural-registration: met (residence=rural)",
        True,
        ("rural-reward-2004", 1, None),
    ),
    (
        "rural-reward.spouse-rural-registration: not met (spouse.residence=urban)",
        False,
        ("rural-reward-2004", 1, None),
    ),
    (
        "rural-reward.no-birth-against-rules: not met (births_against_rules=[1980, 2010])",
        False,
        ("rural-reward-2004", 1, None),
    ),
    (
        "rural-reward.one-living-child: unknown (children=[1975-03-01 female alive; 1978-03-01 "
        "female alive?])",
        None,
        ("rural-reward-2004", 1, None),
    ),
    (
        "rural-reward.two-living-daughters: unknown (children=[1975-03-01 female alive; 1978-03-01 "
        "female alive?])",
        None,
        ("rural-reward-2004", 1, None),
    ),
    (
        "rural-reward.children-dead: not met (children=[1975-03-01 female alive; 1978-03-01 female "
        "alive?])",
        False,
        ("rural-reward-2004", 1, None),
    ),
    (
        "rural-reward.born-1933-or-later: met (born_on=1950-05-01)",
        True,
        ("rural-reward-2004", 1, None),
    ),
    (
        "rural-reward.aged-60: not met (born_on=1950-05-01: aged 58 by 2008-12-31)",
        False,
        ("rural-reward-2004", 1, None),
    ),
    ("a condition is not met", False, None),
]
RESULT["rural_reward_2008"] = (
    False,
    None,
    None,
    ("year", Decimal("600.00"), Decimal("0.00"), "all", "statute", "rural-reward-2004", 2),
    None,
    None,
)

CASES["special_assistance_2015"] = (
    "special-assistance",
    lambda: bereaved(),
    {"year": 2015, "jurisdiction": JUNSHAN, "rates": LocalRates(top_up="10")},
)
CONDITIONS["special_assistance_2015"] = [
    (
        "special-assistance.born-1933-or-later",
        "born_on=1950-05-01",
        True,
        datetime.date(1950, 5, 1),
        ("special-assistance-2007", 1, None),
        (),
        None,
    ),
    (
        "special-assistance.woman-aged-49",
        "applicant born_on=1950-05-01: aged 65 by 2015-12-31",
        True,
        65,
        ("special-assistance-2007", 1, None),
        (),
        None,
    ),
    (
        "special-assistance.one-child",
        "children=[1975-03-01 male dead]",
        True,
        1,
        ("special-assistance-2007", 1, None),
        (),
        None,
    ),
    (
        "special-assistance.no-living-child",
        "children=[1975-03-01 male dead]",
        True,
        None,
        ("special-assistance-2007", 1, None),
        (),
        "child",
    ),
    (
        "special-assistance.child-disabled",
        "children=[1975-03-01 male dead]",
        False,
        None,
        ("special-assistance-2007", 1, None),
        (),
        "child",
    ),
    (
        "special-assistance.registration-known",
        "residence=rural",
        True,
        None,
        ("special-assistance-2013", 1, None),
        (),
        None,
    ),
]
STEPS["special_assistance_2015"] = [
    ("special-assistance (计划生育家庭特别扶助) in 430611 君山区, year 2015", None, None),
    (
        "special assistance table for 2015: urban-death 340, urban-disability 270, rural-death 170, "
        "rural-disability 150 yuan a person a month",
        None,
        ("special-assistance-2013", 1, None),
    ),
    (
        "SECONDARY SOURCE: the document's own text was NOT FOUND; the figure is quoted from a "
        "report of it (see the provision's note).",
        None,
        None,
    ),
    (
        "rate applied: rural-death, 170 yuan a person a month",
        Decimal("170"),
        ("special-assistance-2013", 1, None),
    ),
    ("local top-up 10.00 yuan a person a month (caller)", Decimal("10.00"), None),
    ("amount for 2015: 180.00 x 12 months", Decimal("2160.00"), None),
    (
        "special-assistance.born-1933-or-later: met (born_on=1950-05-01)",
        True,
        ("special-assistance-2007", 1, None),
    ),
    (
        "special-assistance.woman-aged-49: met (applicant born_on=1950-05-01: aged 65 by "
        "2015-12-31)",
        True,
        ("special-assistance-2007", 1, None),
    ),
    (
        "special-assistance.one-child: met (children=[1975-03-01 male dead])",
        True,
        ("special-assistance-2007", 1, None),
    ),
    (
        "special-assistance.no-living-child: met (children=[1975-03-01 male dead])",
        True,
        ("special-assistance-2007", 1, None),
    ),
    (
        "special-assistance.child-disabled: not met (children=[1975-03-01 male dead])",
        False,
        ("special-assistance-2007", 1, None),
    ),
    (
        "special-assistance.registration-known: met (residence=rural)",
        True,
        ("special-assistance-2013", 1, None),
    ),
    ("all conditions met", True, None),
]
RESULT["special_assistance_2015"] = (
    True,
    Decimal("2160.00"),
    "year",
    (
        "month",
        Decimal("170.00"),
        Decimal("10.00"),
        "rural-death",
        "statute",
        "special-assistance-2013",
        1,
    ),
    None,
    None,
)

CASES["urban_reward_2016"] = (
    "urban-parents-reward",
    lambda: urban(),
    {"as_of": "2016-01-01", "jurisdiction": YUEYANGLOU},
)
CONDITIONS["urban_reward_2016"] = [
    (
        "urban-parents-reward.urban-resident",
        "residence=urban; registered_in=430602; division 430602 岳阳楼区",
        True,
        None,
        ("hunan-urban-reward-2014", 1, None),
        (),
        None,
    ),
    (
        "urban-parents-reward.no-similar-reward-elsewhere",
        "similar_reward_elsewhere=False",
        True,
        None,
        ("hunan-urban-reward-2014", 1, None),
        (),
        None,
    ),
    (
        "urban-parents-reward.only-child-certificate",
        "only_child_certificate=True",
        True,
        None,
        ("hunan-urban-reward-2014", 1, None),
        (),
        "certificate",
    ),
    (
        "urban-parents-reward.childless-certified",
        "childless_certified=None",
        None,
        None,
        ("hunan-urban-reward-2014", 1, None),
        (),
        "certificate",
    ),
    (
        "urban-parents-reward.retired",
        "retired=False",
        False,
        None,
        ("hunan-urban-reward-2014", 1, None),
        (),
        "age",
    ),
    (
        "urban-parents-reward.aged-60-or-55",
        "female, aged 56 on 2016-01-01 (needs 55); work_unit=none",
        True,
        56,
        ("hunan-urban-reward-2014", 1, None),
        (),
        "age",
    ),
]
STEPS["urban_reward_2016"] = [
    (
        "urban-parents-reward (城镇独生子女父母奖励) in 430602 岳阳楼区, as of 2016-01-01",
        None,
        None,
    ),
    (
        "funding: the government (其他城镇独生子女父母奖励金由政府筹资)",
        None,
        ("hunan-urban-reward-2014", 3, None),
    ),
    (
        "reward 80 yuan a person a month from 2014-01-01",
        Decimal("80"),
        ("hunan-urban-reward-2014", 2, None),
    ),
    (
        "SECONDARY SOURCE: the document's own text was NOT FOUND; the figure is quoted from a "
        "report of it (see the provision's note). The rules date from August 2014 but pay from "
        "2014-01-01; the citation is of the text in force from 2014-08-01.",
        None,
        None,
    ),
    ("the standard has no end date: sources checked through 2026-12-01", None, None),
    (
        "urban-parents-reward.urban-resident: met (residence=urban; registered_in=430602; division "
        "430602 岳阳楼区)",
        True,
        ("hunan-urban-reward-2014", 1, None),
    ),
    (
        "urban-parents-reward.no-similar-reward-elsewhere: met (similar_reward_elsewhere=False)",
        True,
        ("hunan-urban-reward-2014", 1, None),
    ),
    (
        "urban-parents-reward.only-child-certificate: met (only_child_certificate=True)",
        True,
        ("hunan-urban-reward-2014", 1, None),
    ),
    (
        "urban-parents-reward.childless-certified: unknown (childless_certified=None)",
        None,
        ("hunan-urban-reward-2014", 1, None),
    ),
    (
        "urban-parents-reward.retired: not met (retired=False)",
        False,
        ("hunan-urban-reward-2014", 1, None),
    ),
    (
        "urban-parents-reward.aged-60-or-55: met (female, aged 56 on 2016-01-01 (needs 55); "
        "work_unit=none)",
        True,
        ("hunan-urban-reward-2014", 1, None),
    ),
    ("all conditions met", True, None),
]
RESULT["urban_reward_2016"] = (
    True,
    Decimal("80.00"),
    "month",
    ("month", Decimal("80.00"), Decimal("0.00"), "all", "statute", "hunan-urban-reward-2014", 2),
    "the government (其他城镇独生子女父母奖励金由政府筹资)",
    datetime.date(2026, 12, 1),
)

CASES["health_allowance_2016"] = (
    "only-child-health-allowance",
    lambda: parent(),
    {"as_of": "2016-05-01", "jurisdiction": YUEYANGLOU, "rates": LocalRates(monthly_rate="10")},
)
CONDITIONS["health_allowance_2016"] = [
    (
        "only-child-health-allowance.certificate",
        "certificate_issued_on=2006-03-10",
        True,
        datetime.date(2006, 3, 10),
        ("hunan-pfp-regulation", 22, None),
        (),
        None,
    ),
    (
        "only-child-health-allowance.one-child",
        "children=[2003-02-28 male alive]",
        True,
        1,
        ("hunan-pfp-regulation", 22, None),
        (),
        None,
    ),
    (
        "only-child-health-allowance.in-period",
        "month 2016-05; paid from 2006-03 (certificate 2006-03-10) to 2017-02 (child born "
        "2003-02-28, policy birthday-month)",
        True,
        "2016-05",
        ("hunan-pfp-regulation", 22, None),
        (),
        None,
    ),
]
STEPS["health_allowance_2016"] = [
    (
        "only-child-health-allowance (独生子女保健费) in 430602 岳阳楼区, as of 2016-05-01",
        None,
        None,
    ),
    (
        "岳阳楼区's own conditions (yueyanglou-list art. 4) do not apply in 430602 on 2016-05-01: only "
        "art. 22 is checked",
        None,
        None,
    ),
    (
        "local monthly rate 10.00 yuan, within 5-20 (caller)",
        Decimal("10.00"),
        ("hunan-pfp-regulation", 22, None),
    ),
    (
        "only-child-health-allowance.certificate: met (certificate_issued_on=2006-03-10)",
        True,
        ("hunan-pfp-regulation", 22, None),
    ),
    (
        "only-child-health-allowance.one-child: met (children=[2003-02-28 male alive])",
        True,
        ("hunan-pfp-regulation", 22, None),
    ),
    (
        "only-child-health-allowance.in-period: met (month 2016-05; paid from 2006-03 (certificate "
        "2006-03-10) to 2017-02 (child born 2003-02-28, policy birthday-month))",
        True,
        ("hunan-pfp-regulation", 22, None),
    ),
    ("all conditions met", True, None),
]
RESULT["health_allowance_2016"] = (
    True,
    Decimal("10.00"),
    "month",
    (
        "month",
        Decimal("10.00"),
        Decimal("0.00"),
        "family (local rate)",
        "caller",
        "hunan-pfp-regulation",
        22,
    ),
    "the township government or subdistrict office of the household registration "
    "(由户籍所在地乡（镇）人民政府或者街道办事处支付)",
    None,
)

CASES["health_allowance_2017_yueyanglou"] = (
    "only-child-health-allowance",
    lambda: parent(),
    {
        "as_of": "2017-02-01",
        "jurisdiction": YUEYANGLOU,
        "rates": LocalRates(monthly_rate="20", reference="岳阳楼区文件"),
    },
)
CONDITIONS["health_allowance_2017_yueyanglou"] = [
    (
        "only-child-health-allowance.certificate",
        "certificate_issued_on=2006-03-10",
        True,
        datetime.date(2006, 3, 10),
        ("hunan-pfp-regulation", 22, None),
        (("yueyanglou-list", 4),),
        None,
    ),
    (
        "only-child-health-allowance.one-child",
        "children=[2003-02-28 male alive]",
        True,
        1,
        ("hunan-pfp-regulation", 22, None),
        (("yueyanglou-list", 4),),
        None,
    ),
    (
        "only-child-health-allowance.in-period",
        "month 2017-02; paid from 2006-03 (certificate 2006-03-10) to 2017-02 (child born "
        "2003-02-28, policy birthday-month)",
        True,
        "2017-02",
        ("hunan-pfp-regulation", 22, None),
        (),
        None,
    ),
    (
        "only-child-health-allowance.no-work-unit",
        "work_unit=none; spouse: none",
        True,
        None,
        ("yueyanglou-list", 4, None),
        (),
        None,
    ),
    (
        "only-child-health-allowance.registered-here",
        "registered_in=430602; spouse: 430602; division 430602 岳阳楼区",
        True,
        None,
        ("yueyanglou-list", 4, None),
        (),
        None,
    ),
    (
        "only-child-health-allowance.certificate-by-2015-12-31",
        "certificate_issued_on=2006-03-10",
        True,
        datetime.date(2006, 3, 10),
        ("yueyanglou-list", 4, None),
        (),
        None,
    ),
]
STEPS["health_allowance_2017_yueyanglou"] = [
    (
        "only-child-health-allowance (独生子女保健费) in 430602 岳阳楼区, as of 2017-02-01",
        None,
        None,
    ),
    (
        "local monthly rate 20.00 yuan, within 5-20 (caller: 岳阳楼区文件)",
        Decimal("20.00"),
        ("hunan-pfp-regulation", 22, None),
    ),
    (
        "only-child-health-allowance.certificate: met (certificate_issued_on=2006-03-10)",
        True,
        ("hunan-pfp-regulation", 22, None),
    ),
    (
        "only-child-health-allowance.one-child: met (children=[2003-02-28 male alive])",
        True,
        ("hunan-pfp-regulation", 22, None),
    ),
    (
        "only-child-health-allowance.in-period: met (month 2017-02; paid from 2006-03 (certificate "
        "2006-03-10) to 2017-02 (child born 2003-02-28, policy birthday-month))",
        True,
        ("hunan-pfp-regulation", 22, None),
    ),
    (
        "only-child-health-allowance.no-work-unit: met (work_unit=none; spouse: none)",
        True,
        ("yueyanglou-list", 4, None),
    ),
    (
        "only-child-health-allowance.registered-here: met (registered_in=430602; spouse: 430602; "
        "division 430602 岳阳楼区)",
        True,
        ("yueyanglou-list", 4, None),
    ),
    (
        "only-child-health-allowance.certificate-by-2015-12-31: met "
        "(certificate_issued_on=2006-03-10)",
        True,
        ("yueyanglou-list", 4, None),
    ),
    ("all conditions met", True, None),
    ("local figures from: 岳阳楼区文件 (caller)", None, None),
]
RESULT["health_allowance_2017_yueyanglou"] = (
    True,
    Decimal("20.00"),
    "month",
    (
        "month",
        Decimal("20.00"),
        Decimal("0.00"),
        "family (local rate)",
        "caller",
        "hunan-pfp-regulation",
        22,
    ),
    "the township government or subdistrict office of the household registration "
    "(由户籍所在地乡（镇）人民政府或者街道办事处支付)",
    None,
)

CASES["health_allowance_2017_work_unit"] = (
    "only-child-health-allowance",
    lambda: parent(
        spouse=Spouse("male", work_unit="state-organ", registered_in="430611"),
        registered_in="430611",
        certificate_issued_on="2016-12-01",
    ),
    {"as_of": "2017-05-01", "jurisdiction": YUEYANGLOU, "rates": LocalRates(monthly_rate="5")},
)
CONDITIONS["health_allowance_2017_work_unit"] = [
    (
        "only-child-health-allowance.certificate",
        "certificate_issued_on=2016-12-01",
        True,
        datetime.date(2016, 12, 1),
        ("hunan-pfp-regulation", 22, None),
        (("yueyanglou-list", 4),),
        None,
    ),
    (
        "only-child-health-allowance.one-child",
        "children=[2003-02-28 male alive]",
        True,
        1,
        ("hunan-pfp-regulation", 22, None),
        (("yueyanglou-list", 4),),
        None,
    ),
    (
        "only-child-health-allowance.in-period",
        "month 2017-05; paid from 2016-12 (certificate 2016-12-01) to 2017-02 (child born "
        "2003-02-28, policy birthday-month)",
        False,
        "2017-05",
        ("hunan-pfp-regulation", 22, None),
        (),
        None,
    ),
    (
        "only-child-health-allowance.no-work-unit",
        "work_unit=none; spouse: state-organ",
        False,
        None,
        ("yueyanglou-list", 4, None),
        (),
        None,
    ),
    (
        "only-child-health-allowance.registered-here",
        "registered_in=430611; spouse: 430611; division 430602 岳阳楼区",
        False,
        None,
        ("yueyanglou-list", 4, None),
        (),
        None,
    ),
    (
        "only-child-health-allowance.certificate-by-2015-12-31",
        "certificate_issued_on=2016-12-01",
        False,
        datetime.date(2016, 12, 1),
        ("yueyanglou-list", 4, None),
        (),
        None,
    ),
]
STEPS["health_allowance_2017_work_unit"] = [
    (
        "only-child-health-allowance (独生子女保健费) in 430602 岳阳楼区, as of 2017-05-01",
        None,
        None,
    ),
    (
        "local monthly rate 5.00 yuan, within 5-20 (caller)",
        Decimal("5.00"),
        ("hunan-pfp-regulation", 22, None),
    ),
    (
        "only-child-health-allowance.certificate: met (certificate_issued_on=2016-12-01)",
        True,
        ("hunan-pfp-regulation", 22, None),
    ),
    (
        "only-child-health-allowance.one-child: met (children=[2003-02-28 male alive])",
        True,
        ("hunan-pfp-regulation", 22, None),
    ),
    (
        "only-child-health-allowance.in-period: not met (month 2017-05; paid from 2016-12 "
        "(certificate 2016-12-01) to 2017-02 (child born 2003-02-28, policy birthday-month))",
        False,
        ("hunan-pfp-regulation", 22, None),
    ),
    (
        "only-child-health-allowance.no-work-unit: not met (work_unit=none; spouse: state-organ)",
        False,
        ("yueyanglou-list", 4, None),
    ),
    (
        "only-child-health-allowance.registered-here: not met (registered_in=430611; spouse: "
        "430611; division 430602 岳阳楼区)",
        False,
        ("yueyanglou-list", 4, None),
    ),
    (
        "only-child-health-allowance.certificate-by-2015-12-31: not met "
        "(certificate_issued_on=2016-12-01)",
        False,
        ("yueyanglou-list", 4, None),
    ),
    ("a condition is not met", False, None),
]
RESULT["health_allowance_2017_work_unit"] = (
    False,
    None,
    None,
    (
        "month",
        Decimal("5.00"),
        Decimal("0.00"),
        "family (local rate)",
        "caller",
        "hunan-pfp-regulation",
        22,
    ),
    "the work unit of the spouse who has one (由有工作单位一方的工作单位支付)",
    None,
)

CASES["health_allowance_2017_unknown"] = (
    "only-child-health-allowance",
    lambda: parent(spouse=None, work_unit=None, registered_in=None),
    {
        "as_of": "2017-02-01",
        "jurisdiction": YUEYANGLOU,
        "policy": Policy(health_allowance_last_month="month-before-birthday"),
    },
)
CONDITIONS["health_allowance_2017_unknown"] = [
    (
        "only-child-health-allowance.certificate",
        "certificate_issued_on=2006-03-10",
        True,
        datetime.date(2006, 3, 10),
        ("hunan-pfp-regulation", 22, None),
        (("yueyanglou-list", 4),),
        None,
    ),
    (
        "only-child-health-allowance.one-child",
        "children=[2003-02-28 male alive]",
        True,
        1,
        ("hunan-pfp-regulation", 22, None),
        (("yueyanglou-list", 4),),
        None,
    ),
    (
        "only-child-health-allowance.in-period",
        "month 2017-02; paid from 2006-03 (certificate 2006-03-10) to 2017-01 (child born "
        "2003-02-28, policy month-before-birthday)",
        False,
        "2017-02",
        ("hunan-pfp-regulation", 22, None),
        (),
        None,
    ),
    (
        "only-child-health-allowance.no-work-unit",
        "work_unit=None; spouse: spouse not given",
        None,
        None,
        ("yueyanglou-list", 4, None),
        (),
        None,
    ),
    (
        "only-child-health-allowance.registered-here",
        "registered_in=None; spouse: —; division 430602 岳阳楼区",
        None,
        None,
        ("yueyanglou-list", 4, None),
        (),
        None,
    ),
    (
        "only-child-health-allowance.certificate-by-2015-12-31",
        "certificate_issued_on=2006-03-10",
        True,
        datetime.date(2006, 3, 10),
        ("yueyanglou-list", 4, None),
        (),
        None,
    ),
]
STEPS["health_allowance_2017_unknown"] = [
    (
        "only-child-health-allowance (独生子女保健费) in 430602 岳阳楼区, as of 2017-02-01",
        None,
        None,
    ),
    (
        "no local monthly rate given (LocalRates(monthly_rate=...), 5-20 yuan): no amount",
        None,
        ("hunan-pfp-regulation", 22, None),
    ),
    (
        "only-child-health-allowance.certificate: met (certificate_issued_on=2006-03-10)",
        True,
        ("hunan-pfp-regulation", 22, None),
    ),
    (
        "only-child-health-allowance.one-child: met (children=[2003-02-28 male alive])",
        True,
        ("hunan-pfp-regulation", 22, None),
    ),
    (
        "only-child-health-allowance.in-period: not met (month 2017-02; paid from 2006-03 "
        "(certificate 2006-03-10) to 2017-01 (child born 2003-02-28, policy month-before-birthday))",
        False,
        ("hunan-pfp-regulation", 22, None),
    ),
    (
        "only-child-health-allowance.no-work-unit: unknown (work_unit=None; spouse: spouse not "
        "given)",
        None,
        ("yueyanglou-list", 4, None),
    ),
    (
        "only-child-health-allowance.registered-here: unknown (registered_in=None; spouse: —; "
        "division 430602 岳阳楼区)",
        None,
        ("yueyanglou-list", 4, None),
    ),
    (
        "only-child-health-allowance.certificate-by-2015-12-31: met "
        "(certificate_issued_on=2006-03-10)",
        True,
        ("yueyanglou-list", 4, None),
    ),
    ("a condition is not met", False, None),
]
RESULT["health_allowance_2017_unknown"] = (False, None, None, None, None, None)

CASES["late_term_widowhood_no_documents"] = (
    "late-term-termination",
    lambda: pregnant(Pregnancy(16, ground="widowhood", compliant=True)),
    {"as_of": "2017-01-01", "jurisdiction": YUEYANGLOU},
)
CONDITIONS["late_term_widowhood_no_documents"] = [
    (
        "late-term-termination.pregnancy-14-weeks",
        "weeks=16; ground=widowhood; compliant=True; documents=not given; physicians=None; "
        "county-level hospital=None",
        True,
        16,
        ("hunan-decree-194", 23, None),
        (),
        None,
    ),
    (
        "late-term-termination.divorce-or-widowhood",
        "weeks=16; ground=widowhood; compliant=True; documents=not given; physicians=None; "
        "county-level hospital=None",
        None,
        None,
        ("hunan-decree-194", 12, 2),
        (("hunan-decree-194", 11), ("yueyanglou-list", 16)),
        "ground",
    ),
    (
        "late-term-termination.serious-illness",
        "weeks=16; ground=widowhood; compliant=True; documents=not given; physicians=None; "
        "county-level hospital=None",
        False,
        None,
        ("yueyanglou-list", 15, None),
        (),
        "ground",
    ),
    (
        "late-term-termination.fetal-defect",
        "weeks=16; ground=widowhood; compliant=True; documents=not given; physicians=None; "
        "county-level hospital=None",
        False,
        None,
        ("yueyanglou-list", 17, None),
        (),
        "ground",
    ),
    (
        "late-term-termination.non-compliant-pregnancy",
        "weeks=16; ground=widowhood; compliant=True; documents=not given; physicians=None; "
        "county-level hospital=None",
        False,
        None,
        ("yueyanglou-list", 14, None),
        (),
        "ground",
    ),
]
STEPS["late_term_widowhood_no_documents"] = [
    (
        "late-term-termination (中期以上终止妊娠审批) in 430602 岳阳楼区, as of 2017-01-01",
        None,
        None,
    ),
    (
        "late-term-termination.pregnancy-14-weeks: met (weeks=16; ground=widowhood; compliant=True; "
        "documents=not given; physicians=None; county-level hospital=None)",
        True,
        ("hunan-decree-194", 23, None),
    ),
    (
        "late-term-termination.divorce-or-widowhood: unknown (weeks=16; ground=widowhood; "
        "compliant=True; documents=not given; physicians=None; county-level hospital=None)",
        None,
        ("hunan-decree-194", 12, 2),
    ),
    (
        "late-term-termination.serious-illness: not met (weeks=16; ground=widowhood; "
        "compliant=True; documents=not given; physicians=None; county-level hospital=None)",
        False,
        ("yueyanglou-list", 15, None),
    ),
    (
        "late-term-termination.fetal-defect: not met (weeks=16; ground=widowhood; compliant=True; "
        "documents=not given; physicians=None; county-level hospital=None)",
        False,
        ("yueyanglou-list", 17, None),
    ),
    (
        "late-term-termination.non-compliant-pregnancy: not met (weeks=16; ground=widowhood; "
        "compliant=True; documents=not given; physicians=None; county-level hospital=None)",
        False,
        ("yueyanglou-list", 14, None),
    ),
    ("undetermined: a fact was not given", None, None),
]
RESULT["late_term_widowhood_no_documents"] = (None, None, None, None, None, None)

CASES["late_term_widowhood_junshan"] = (
    "late-term-termination",
    lambda: pregnant(
        Pregnancy(
            16,
            ground="widowhood",
            compliant=True,
            documents=["identity-card", "county-certificate", "spouse-death-certificate"],
        )
    ),
    {"as_of": "2017-01-01", "jurisdiction": JUNSHAN},
)
CONDITIONS["late_term_widowhood_junshan"] = [
    (
        "late-term-termination.pregnancy-14-weeks",
        "weeks=16; ground=widowhood; compliant=True; documents=['county-certificate', "
        "'identity-card', 'spouse-death-certificate']; physicians=None; county-level hospital=None",
        True,
        16,
        ("hunan-decree-194", 23, None),
        (),
        None,
    ),
    (
        "late-term-termination.divorce-or-widowhood",
        "weeks=16; ground=widowhood; compliant=True; documents=['county-certificate', "
        "'identity-card', 'spouse-death-certificate']; physicians=None; county-level hospital=None",
        True,
        None,
        ("hunan-decree-194", 12, 2),
        (("hunan-decree-194", 11),),
        "ground",
    ),
]
STEPS["late_term_widowhood_junshan"] = [
    ("late-term-termination (中期以上终止妊娠审批) in 430611 君山区, as of 2017-01-01", None, None),
    (
        "late-term-termination.pregnancy-14-weeks: met (weeks=16; ground=widowhood; compliant=True; "
        "documents=['county-certificate', 'identity-card', 'spouse-death-certificate']; "
        "physicians=None; county-level hospital=None)",
        True,
        ("hunan-decree-194", 23, None),
    ),
    (
        "late-term-termination.divorce-or-widowhood: met (weeks=16; ground=widowhood; "
        "compliant=True; documents=['county-certificate', 'identity-card', "
        "'spouse-death-certificate']; physicians=None; county-level hospital=None)",
        True,
        ("hunan-decree-194", 12, 2),
    ),
    ("all conditions met", True, None),
]
RESULT["late_term_widowhood_junshan"] = (True, None, None, None, None, None)

CASES["late_term_illness"] = (
    "late-term-termination",
    lambda: pregnant(
        Pregnancy(
            20,
            ground="serious-illness",
            compliant=True,
            documents=["identity-card", "diagnosis-certificate"],
            diagnosing_physicians=2,
            hospital_county_level_or_above=True,
        )
    ),
    {"as_of": "2017-01-01", "jurisdiction": YUEYANGLOU},
)
CONDITIONS["late_term_illness"] = [
    (
        "late-term-termination.pregnancy-14-weeks",
        "weeks=20; ground=serious-illness; compliant=True; documents=['diagnosis-certificate', "
        "'identity-card']; physicians=2; county-level hospital=True",
        True,
        20,
        ("hunan-decree-194", 23, None),
        (),
        None,
    ),
    (
        "late-term-termination.divorce-or-widowhood",
        "weeks=20; ground=serious-illness; compliant=True; documents=['diagnosis-certificate', "
        "'identity-card']; physicians=2; county-level hospital=True",
        False,
        None,
        ("hunan-decree-194", 12, 2),
        (("hunan-decree-194", 11), ("yueyanglou-list", 16)),
        "ground",
    ),
    (
        "late-term-termination.serious-illness",
        "weeks=20; ground=serious-illness; compliant=True; documents=['diagnosis-certificate', "
        "'identity-card']; physicians=2; county-level hospital=True",
        True,
        None,
        ("yueyanglou-list", 15, None),
        (),
        "ground",
    ),
    (
        "late-term-termination.fetal-defect",
        "weeks=20; ground=serious-illness; compliant=True; documents=['diagnosis-certificate', "
        "'identity-card']; physicians=2; county-level hospital=True",
        False,
        None,
        ("yueyanglou-list", 17, None),
        (),
        "ground",
    ),
    (
        "late-term-termination.non-compliant-pregnancy",
        "weeks=20; ground=serious-illness; compliant=True; documents=['diagnosis-certificate', "
        "'identity-card']; physicians=2; county-level hospital=True",
        False,
        None,
        ("yueyanglou-list", 14, None),
        (),
        "ground",
    ),
]
STEPS["late_term_illness"] = [
    (
        "late-term-termination (中期以上终止妊娠审批) in 430602 岳阳楼区, as of 2017-01-01",
        None,
        None,
    ),
    (
        "late-term-termination.pregnancy-14-weeks: met (weeks=20; ground=serious-illness; "
        "compliant=True; documents=['diagnosis-certificate', 'identity-card']; physicians=2; "
        "county-level hospital=True)",
        True,
        ("hunan-decree-194", 23, None),
    ),
    (
        "late-term-termination.divorce-or-widowhood: not met (weeks=20; ground=serious-illness; "
        "compliant=True; documents=['diagnosis-certificate', 'identity-card']; physicians=2; "
        "county-level hospital=True)",
        False,
        ("hunan-decree-194", 12, 2),
    ),
    (
        "late-term-termination.serious-illness: met (weeks=20; ground=serious-illness; "
        "compliant=True; documents=['diagnosis-certificate', 'identity-card']; physicians=2; "
        "county-level hospital=True)",
        True,
        ("yueyanglou-list", 15, None),
    ),
    (
        "late-term-termination.fetal-defect: not met (weeks=20; ground=serious-illness; "
        "compliant=True; documents=['diagnosis-certificate', 'identity-card']; physicians=2; "
        "county-level hospital=True)",
        False,
        ("yueyanglou-list", 17, None),
    ),
    (
        "late-term-termination.non-compliant-pregnancy: not met (weeks=20; ground=serious-illness; "
        "compliant=True; documents=['diagnosis-certificate', 'identity-card']; physicians=2; "
        "county-level hospital=True)",
        False,
        ("yueyanglou-list", 14, None),
    ),
    ("all conditions met", True, None),
]
RESULT["late_term_illness"] = (True, None, None, None, None, None)

CASES["late_term_defect"] = (
    "late-term-termination",
    lambda: pregnant(
        Pregnancy(
            24,
            ground="fetal-defect",
            compliant=True,
            documents=["identity-card", "prenatal-diagnosis-certificate"],
        )
    ),
    {"as_of": "2017-01-01", "jurisdiction": YUEYANGLOU},
)
CONDITIONS["late_term_defect"] = [
    (
        "late-term-termination.pregnancy-14-weeks",
        "weeks=24; ground=fetal-defect; compliant=True; documents=['identity-card', "
        "'prenatal-diagnosis-certificate']; physicians=None; county-level hospital=None",
        True,
        24,
        ("hunan-decree-194", 23, None),
        (),
        None,
    ),
    (
        "late-term-termination.divorce-or-widowhood",
        "weeks=24; ground=fetal-defect; compliant=True; documents=['identity-card', "
        "'prenatal-diagnosis-certificate']; physicians=None; county-level hospital=None",
        False,
        None,
        ("hunan-decree-194", 12, 2),
        (("hunan-decree-194", 11), ("yueyanglou-list", 16)),
        "ground",
    ),
    (
        "late-term-termination.serious-illness",
        "weeks=24; ground=fetal-defect; compliant=True; documents=['identity-card', "
        "'prenatal-diagnosis-certificate']; physicians=None; county-level hospital=None",
        False,
        None,
        ("yueyanglou-list", 15, None),
        (),
        "ground",
    ),
    (
        "late-term-termination.fetal-defect",
        "weeks=24; ground=fetal-defect; compliant=True; documents=['identity-card', "
        "'prenatal-diagnosis-certificate']; physicians=None; county-level hospital=None",
        True,
        None,
        ("yueyanglou-list", 17, None),
        (),
        "ground",
    ),
    (
        "late-term-termination.non-compliant-pregnancy",
        "weeks=24; ground=fetal-defect; compliant=True; documents=['identity-card', "
        "'prenatal-diagnosis-certificate']; physicians=None; county-level hospital=None",
        False,
        None,
        ("yueyanglou-list", 14, None),
        (),
        "ground",
    ),
]
STEPS["late_term_defect"] = [
    (
        "late-term-termination (中期以上终止妊娠审批) in 430602 岳阳楼区, as of 2017-01-01",
        None,
        None,
    ),
    (
        "late-term-termination.pregnancy-14-weeks: met (weeks=24; ground=fetal-defect; "
        "compliant=True; documents=['identity-card', 'prenatal-diagnosis-certificate']; "
        "physicians=None; county-level hospital=None)",
        True,
        ("hunan-decree-194", 23, None),
    ),
    (
        "late-term-termination.divorce-or-widowhood: not met (weeks=24; ground=fetal-defect; "
        "compliant=True; documents=['identity-card', 'prenatal-diagnosis-certificate']; "
        "physicians=None; county-level hospital=None)",
        False,
        ("hunan-decree-194", 12, 2),
    ),
    (
        "late-term-termination.serious-illness: not met (weeks=24; ground=fetal-defect; "
        "compliant=True; documents=['identity-card', 'prenatal-diagnosis-certificate']; "
        "physicians=None; county-level hospital=None)",
        False,
        ("yueyanglou-list", 15, None),
    ),
    (
        "late-term-termination.fetal-defect: met (weeks=24; ground=fetal-defect; compliant=True; "
        "documents=['identity-card', 'prenatal-diagnosis-certificate']; physicians=None; "
        "county-level hospital=None)",
        True,
        ("yueyanglou-list", 17, None),
    ),
    (
        "late-term-termination.non-compliant-pregnancy: not met (weeks=24; ground=fetal-defect; "
        "compliant=True; documents=['identity-card', 'prenatal-diagnosis-certificate']; "
        "physicians=None; county-level hospital=None)",
        False,
        ("yueyanglou-list", 14, None),
    ),
    ("all conditions met", True, None),
]
RESULT["late_term_defect"] = (True, None, None, None, None, None)

CASES["late_term_non_compliant"] = (
    "late-term-termination",
    lambda: pregnant(Pregnancy(14, ground="other", compliant=False, documents=["identity-card"])),
    {"as_of": "2017-01-01", "jurisdiction": YUEYANGLOU},
)
CONDITIONS["late_term_non_compliant"] = [
    (
        "late-term-termination.pregnancy-14-weeks",
        "weeks=14; ground=other; compliant=False; documents=['identity-card']; physicians=None; "
        "county-level hospital=None",
        True,
        14,
        ("hunan-decree-194", 23, None),
        (),
        None,
    ),
    (
        "late-term-termination.divorce-or-widowhood",
        "weeks=14; ground=other; compliant=False; documents=['identity-card']; physicians=None; "
        "county-level hospital=None",
        False,
        None,
        ("hunan-decree-194", 12, 2),
        (("hunan-decree-194", 11), ("yueyanglou-list", 16)),
        "ground",
    ),
    (
        "late-term-termination.serious-illness",
        "weeks=14; ground=other; compliant=False; documents=['identity-card']; physicians=None; "
        "county-level hospital=None",
        False,
        None,
        ("yueyanglou-list", 15, None),
        (),
        "ground",
    ),
    (
        "late-term-termination.fetal-defect",
        "weeks=14; ground=other; compliant=False; documents=['identity-card']; physicians=None; "
        "county-level hospital=None",
        False,
        None,
        ("yueyanglou-list", 17, None),
        (),
        "ground",
    ),
    (
        "late-term-termination.non-compliant-pregnancy",
        "weeks=14; ground=other; compliant=False; documents=['identity-card']; physicians=None; "
        "county-level hospital=None",
        True,
        None,
        ("yueyanglou-list", 14, None),
        (),
        "ground",
    ),
]
STEPS["late_term_non_compliant"] = [
    (
        "late-term-termination (中期以上终止妊娠审批) in 430602 岳阳楼区, as of 2017-01-01",
        None,
        None,
    ),
    (
        "late-term-termination.pregnancy-14-weeks: met (weeks=14; ground=other; compliant=False; "
        "documents=['identity-card']; physicians=None; county-level hospital=None)",
        True,
        ("hunan-decree-194", 23, None),
    ),
    (
        "late-term-termination.divorce-or-widowhood: not met (weeks=14; ground=other; "
        "compliant=False; documents=['identity-card']; physicians=None; county-level hospital=None)",
        False,
        ("hunan-decree-194", 12, 2),
    ),
    (
        "late-term-termination.serious-illness: not met (weeks=14; ground=other; compliant=False; "
        "documents=['identity-card']; physicians=None; county-level hospital=None)",
        False,
        ("yueyanglou-list", 15, None),
    ),
    (
        "late-term-termination.fetal-defect: not met (weeks=14; ground=other; compliant=False; "
        "documents=['identity-card']; physicians=None; county-level hospital=None)",
        False,
        ("yueyanglou-list", 17, None),
    ),
    (
        "late-term-termination.non-compliant-pregnancy: met (weeks=14; ground=other; "
        "compliant=False; documents=['identity-card']; physicians=None; county-level hospital=None)",
        True,
        ("yueyanglou-list", 14, None),
    ),
    ("all conditions met", True, None),
]
RESULT["late_term_non_compliant"] = (True, None, None, None, None, None)

CASES["late_term_13_weeks"] = (
    "late-term-termination",
    lambda: pregnant(
        Pregnancy(
            13,
            ground="divorce",
            compliant=True,
            documents=["identity-card", "county-certificate", "divorce-certificate"],
        )
    ),
    {"as_of": "2017-01-01", "jurisdiction": YUEYANGLOU},
)
CONDITIONS["late_term_13_weeks"] = [
    (
        "late-term-termination.pregnancy-14-weeks",
        "weeks=13; ground=divorce; compliant=True; documents=['county-certificate', "
        "'divorce-certificate', 'identity-card']; physicians=None; county-level hospital=None",
        False,
        13,
        ("hunan-decree-194", 23, None),
        (),
        None,
    ),
    (
        "late-term-termination.divorce-or-widowhood",
        "weeks=13; ground=divorce; compliant=True; documents=['county-certificate', "
        "'divorce-certificate', 'identity-card']; physicians=None; county-level hospital=None",
        True,
        None,
        ("hunan-decree-194", 12, 2),
        (("hunan-decree-194", 11), ("yueyanglou-list", 16)),
        "ground",
    ),
    (
        "late-term-termination.serious-illness",
        "weeks=13; ground=divorce; compliant=True; documents=['county-certificate', "
        "'divorce-certificate', 'identity-card']; physicians=None; county-level hospital=None",
        False,
        None,
        ("yueyanglou-list", 15, None),
        (),
        "ground",
    ),
    (
        "late-term-termination.fetal-defect",
        "weeks=13; ground=divorce; compliant=True; documents=['county-certificate', "
        "'divorce-certificate', 'identity-card']; physicians=None; county-level hospital=None",
        False,
        None,
        ("yueyanglou-list", 17, None),
        (),
        "ground",
    ),
    (
        "late-term-termination.non-compliant-pregnancy",
        "weeks=13; ground=divorce; compliant=True; documents=['county-certificate', "
        "'divorce-certificate', 'identity-card']; physicians=None; county-level hospital=None",
        False,
        None,
        ("yueyanglou-list", 14, None),
        (),
        "ground",
    ),
]
STEPS["late_term_13_weeks"] = [
    (
        "late-term-termination (中期以上终止妊娠审批) in 430602 岳阳楼区, as of 2017-01-01",
        None,
        None,
    ),
    (
        "late-term-termination.pregnancy-14-weeks: not met (weeks=13; ground=divorce; "
        "compliant=True; documents=['county-certificate', 'divorce-certificate', 'identity-card']; "
        "physicians=None; county-level hospital=None)",
        False,
        ("hunan-decree-194", 23, None),
    ),
    (
        "late-term-termination.divorce-or-widowhood: met (weeks=13; ground=divorce; compliant=True; "
        "documents=['county-certificate', 'divorce-certificate', 'identity-card']; physicians=None; "
        "county-level hospital=None)",
        True,
        ("hunan-decree-194", 12, 2),
    ),
    (
        "late-term-termination.serious-illness: not met (weeks=13; ground=divorce; compliant=True; "
        "documents=['county-certificate', 'divorce-certificate', 'identity-card']; physicians=None; "
        "county-level hospital=None)",
        False,
        ("yueyanglou-list", 15, None),
    ),
    (
        "late-term-termination.fetal-defect: not met (weeks=13; ground=divorce; compliant=True; "
        "documents=['county-certificate', 'divorce-certificate', 'identity-card']; physicians=None; "
        "county-level hospital=None)",
        False,
        ("yueyanglou-list", 17, None),
    ),
    (
        "late-term-termination.non-compliant-pregnancy: not met (weeks=13; ground=divorce; "
        "compliant=True; documents=['county-certificate', 'divorce-certificate', 'identity-card']; "
        "physicians=None; county-level hospital=None)",
        False,
        ("yueyanglou-list", 14, None),
    ),
    ("a condition is not met", False, None),
]
RESULT["late_term_13_weeks"] = (False, None, None, None, None, None)

CASES["urban_reward_top_up"] = (
    "urban-parents-reward",
    lambda: urban(),
    {"as_of": "2016-01-01", "jurisdiction": YUEYANGLOU, "rates": LocalRates(top_up="20")},
)
CONDITIONS["urban_reward_top_up"] = [
    (
        "urban-parents-reward.urban-resident",
        "residence=urban; registered_in=430602; division 430602 岳阳楼区",
        True,
        None,
        ("hunan-urban-reward-2014", 1, None),
        (),
        None,
    ),
    (
        "urban-parents-reward.no-similar-reward-elsewhere",
        "similar_reward_elsewhere=False",
        True,
        None,
        ("hunan-urban-reward-2014", 1, None),
        (),
        None,
    ),
    (
        "urban-parents-reward.only-child-certificate",
        "only_child_certificate=True",
        True,
        None,
        ("hunan-urban-reward-2014", 1, None),
        (),
        "certificate",
    ),
    (
        "urban-parents-reward.childless-certified",
        "childless_certified=None",
        None,
        None,
        ("hunan-urban-reward-2014", 1, None),
        (),
        "certificate",
    ),
    (
        "urban-parents-reward.retired",
        "retired=False",
        False,
        None,
        ("hunan-urban-reward-2014", 1, None),
        (),
        "age",
    ),
    (
        "urban-parents-reward.aged-60-or-55",
        "female, aged 56 on 2016-01-01 (needs 55); work_unit=none",
        True,
        56,
        ("hunan-urban-reward-2014", 1, None),
        (),
        "age",
    ),
]
STEPS["urban_reward_top_up"] = [
    (
        "urban-parents-reward (城镇独生子女父母奖励) in 430602 岳阳楼区, as of 2016-01-01",
        None,
        None,
    ),
    (
        "funding: the government (其他城镇独生子女父母奖励金由政府筹资)",
        None,
        ("hunan-urban-reward-2014", 3, None),
    ),
    (
        "reward 80 yuan a person a month from 2014-01-01",
        Decimal("80"),
        ("hunan-urban-reward-2014", 2, None),
    ),
    (
        "SECONDARY SOURCE: the document's own text was NOT FOUND; the figure is quoted from a "
        "report of it (see the provision's note). The rules date from August 2014 but pay from "
        "2014-01-01; the citation is of the text in force from 2014-08-01.",
        None,
        None,
    ),
    ("local top-up 20.00 yuan a person a month (caller)", Decimal("20.00"), None),
    ("the standard has no end date: sources checked through 2026-12-01", None, None),
    (
        "urban-parents-reward.urban-resident: met (residence=urban; registered_in=430602; division "
        "430602 岳阳楼区)",
        True,
        ("hunan-urban-reward-2014", 1, None),
    ),
    (
        "urban-parents-reward.no-similar-reward-elsewhere: met (similar_reward_elsewhere=False)",
        True,
        ("hunan-urban-reward-2014", 1, None),
    ),
    (
        "urban-parents-reward.only-child-certificate: met (only_child_certificate=True)",
        True,
        ("hunan-urban-reward-2014", 1, None),
    ),
    (
        "urban-parents-reward.childless-certified: unknown (childless_certified=None)",
        None,
        ("hunan-urban-reward-2014", 1, None),
    ),
    (
        "urban-parents-reward.retired: not met (retired=False)",
        False,
        ("hunan-urban-reward-2014", 1, None),
    ),
    (
        "urban-parents-reward.aged-60-or-55: met (female, aged 56 on 2016-01-01 (needs 55); "
        "work_unit=none)",
        True,
        ("hunan-urban-reward-2014", 1, None),
    ),
    ("all conditions met", True, None),
]
RESULT["urban_reward_top_up"] = (
    True,
    Decimal("100.00"),
    "month",
    ("month", Decimal("80.00"), Decimal("20.00"), "all", "statute", "hunan-urban-reward-2014", 2),
    "the government (其他城镇独生子女父母奖励金由政府筹资)",
    datetime.date(2026, 12, 1),
)

CASES["special_assistance_shandong_2017"] = (
    "special-assistance",
    lambda: bereaved(),
    {"year": 2017, "jurisdiction": BOSHAN},
)
CONDITIONS["special_assistance_shandong_2017"] = [
    (
        "special-assistance.born-1933-or-later",
        "born_on=1950-05-01",
        True,
        datetime.date(1950, 5, 1),
        ("special-assistance-2007", 1, None),
        (),
        None,
    ),
    (
        "special-assistance.woman-aged-49",
        "applicant born_on=1950-05-01: aged 67 by 2017-12-31",
        True,
        67,
        ("special-assistance-2007", 1, None),
        (),
        None,
    ),
    (
        "special-assistance.one-child",
        "children=[1975-03-01 male dead]",
        True,
        1,
        ("special-assistance-2007", 1, None),
        (),
        None,
    ),
    (
        "special-assistance.no-living-child",
        "children=[1975-03-01 male dead]",
        True,
        None,
        ("special-assistance-2007", 1, None),
        (),
        "child",
    ),
    (
        "special-assistance.child-disabled",
        "children=[1975-03-01 male dead]",
        False,
        None,
        ("special-assistance-2007", 1, None),
        (),
        "child",
    ),
]
STEPS["special_assistance_shandong_2017"] = [
    ("special-assistance (计划生育家庭特别扶助) in 370304 博山区, year 2017", None, None),
    (
        "special assistance table for 2017: death 500, disability 400 yuan a person a month "
        "(370000)",
        None,
        ("shandong-family-assistance-2017", 1, None),
    ),
    (
        "Shandong's standard for the 2017 budget year, as stated by a news item of the Shandong "
        "finance department (not a normative text; the notice that set it was NOT FOUND).",
        None,
        None,
    ),
    (
        "rate applied: death, 500 yuan a person a month",
        Decimal("500"),
        ("shandong-family-assistance-2017", 1, None),
    ),
    ("amount for 2017: 500.00 x 12 months", Decimal("6000.00"), None),
    (
        "special-assistance.born-1933-or-later: met (born_on=1950-05-01)",
        True,
        ("special-assistance-2007", 1, None),
    ),
    (
        "special-assistance.woman-aged-49: met (applicant born_on=1950-05-01: aged 67 by "
        "2017-12-31)",
        True,
        ("special-assistance-2007", 1, None),
    ),
    (
        "special-assistance.one-child: met (children=[1975-03-01 male dead])",
        True,
        ("special-assistance-2007", 1, None),
    ),
    (
        "special-assistance.no-living-child: met (children=[1975-03-01 male dead])",
        True,
        ("special-assistance-2007", 1, None),
    ),
    (
        "special-assistance.child-disabled: not met (children=[1975-03-01 male dead])",
        False,
        ("special-assistance-2007", 1, None),
    ),
    ("all conditions met", True, None),
]
RESULT["special_assistance_shandong_2017"] = (
    True,
    Decimal("6000.00"),
    "year",
    (
        "month",
        Decimal("500.00"),
        Decimal("0.00"),
        "death",
        "statute",
        "shandong-family-assistance-2017",
        1,
    ),
    None,
    None,
)

CASES["special_assistance_disability_2023"] = (
    "special-assistance",
    lambda: bereaved(
        residence="urban", children=[Child("1975-03-01", "male", alive=True, disability_grade=2)]
    ),
    {"year": 2023, "jurisdiction": JUNSHAN},
)
CONDITIONS["special_assistance_disability_2023"] = [
    (
        "special-assistance.born-1933-or-later",
        "born_on=1950-05-01",
        True,
        datetime.date(1950, 5, 1),
        ("special-assistance-2007", 1, None),
        (),
        None,
    ),
    (
        "special-assistance.woman-aged-49",
        "applicant born_on=1950-05-01: aged 73 by 2023-12-31",
        True,
        73,
        ("special-assistance-2007", 1, None),
        (),
        None,
    ),
    (
        "special-assistance.one-child",
        "children=[1975-03-01 male alive disability grade 2]",
        True,
        1,
        ("special-assistance-2007", 1, None),
        (),
        None,
    ),
    (
        "special-assistance.no-living-child",
        "children=[1975-03-01 male alive disability grade 2]",
        False,
        None,
        ("special-assistance-2007", 1, None),
        (),
        "child",
    ),
    (
        "special-assistance.child-disabled",
        "children=[1975-03-01 male alive disability grade 2]",
        True,
        2,
        ("special-assistance-2007", 1, None),
        (),
        "child",
    ),
]
STEPS["special_assistance_disability_2023"] = [
    ("special-assistance (计划生育家庭特别扶助) in 430611 君山区, year 2023", None, None),
    (
        "special assistance table for 2023: death 590, disability 460 yuan a person a month",
        None,
        ("special-assistance-2022", 1, None),
    ),
    (
        "rate applied: disability, 460 yuan a person a month",
        Decimal("460"),
        ("special-assistance-2022", 1, None),
    ),
    ("amount for 2023: 460.00 x 12 months", Decimal("5520.00"), None),
    ("the standard has no end date: sources checked through 2026-12-01", None, None),
    (
        "special-assistance.born-1933-or-later: met (born_on=1950-05-01)",
        True,
        ("special-assistance-2007", 1, None),
    ),
    (
        "special-assistance.woman-aged-49: met (applicant born_on=1950-05-01: aged 73 by "
        "2023-12-31)",
        True,
        ("special-assistance-2007", 1, None),
    ),
    (
        "special-assistance.one-child: met (children=[1975-03-01 male alive disability grade 2])",
        True,
        ("special-assistance-2007", 1, None),
    ),
    (
        "special-assistance.no-living-child: not met (children=[1975-03-01 male alive disability "
        "grade 2])",
        False,
        ("special-assistance-2007", 1, None),
    ),
    (
        "special-assistance.child-disabled: met (children=[1975-03-01 male alive disability grade "
        "2])",
        True,
        ("special-assistance-2007", 1, None),
    ),
    ("all conditions met", True, None),
]
RESULT["special_assistance_disability_2023"] = (
    True,
    Decimal("5520.00"),
    "year",
    (
        "month",
        Decimal("460.00"),
        Decimal("0.00"),
        "disability",
        "statute",
        "special-assistance-2022",
        1,
    ),
    None,
    datetime.date(2026, 12, 1),
)

CASES["special_assistance_unknown"] = (
    "special-assistance",
    lambda: bereaved(
        residence=None, children=[Child("1975-03-01", "male", alive=None, disability_grade=4)]
    ),
    {"year": 2015, "jurisdiction": JUNSHAN},
)
CONDITIONS["special_assistance_unknown"] = [
    (
        "special-assistance.born-1933-or-later",
        "born_on=1950-05-01",
        True,
        datetime.date(1950, 5, 1),
        ("special-assistance-2007", 1, None),
        (),
        None,
    ),
    (
        "special-assistance.woman-aged-49",
        "applicant born_on=1950-05-01: aged 65 by 2015-12-31",
        True,
        65,
        ("special-assistance-2007", 1, None),
        (),
        None,
    ),
    (
        "special-assistance.one-child",
        "children=[1975-03-01 male alive? disability grade 4]",
        True,
        1,
        ("special-assistance-2007", 1, None),
        (),
        None,
    ),
    (
        "special-assistance.no-living-child",
        "children=[1975-03-01 male alive? disability grade 4]",
        None,
        None,
        ("special-assistance-2007", 1, None),
        (),
        "child",
    ),
    (
        "special-assistance.child-disabled",
        "children=[1975-03-01 male alive? disability grade 4]",
        False,
        4,
        ("special-assistance-2007", 1, None),
        (),
        "child",
    ),
    (
        "special-assistance.registration-known",
        "residence=None",
        None,
        None,
        ("special-assistance-2013", 1, None),
        (),
        None,
    ),
]
STEPS["special_assistance_unknown"] = [
    ("special-assistance (计划生育家庭特别扶助) in 430611 君山区, year 2015", None, None),
    (
        "special assistance table for 2015: urban-death 340, urban-disability 270, rural-death 170, "
        "rural-disability 150 yuan a person a month",
        None,
        ("special-assistance-2013", 1, None),
    ),
    (
        "SECONDARY SOURCE: the document's own text was NOT FOUND; the figure is quoted from a "
        "report of it (see the provision's note).",
        None,
        None,
    ),
    (
        "special-assistance.born-1933-or-later: met (born_on=1950-05-01)",
        True,
        ("special-assistance-2007", 1, None),
    ),
    (
        "special-assistance.woman-aged-49: met (applicant born_on=1950-05-01: aged 65 by "
        "2015-12-31)",
        True,
        ("special-assistance-2007", 1, None),
    ),
    (
        "special-assistance.one-child: met (children=[1975-03-01 male alive? disability grade 4])",
        True,
        ("special-assistance-2007", 1, None),
    ),
    (
        "special-assistance.no-living-child: unknown (children=[1975-03-01 male alive? disability "
        "grade 4])",
        None,
        ("special-assistance-2007", 1, None),
    ),
    (
        "special-assistance.child-disabled: not met (children=[1975-03-01 male alive? disability "
        "grade 4])",
        False,
        ("special-assistance-2007", 1, None),
    ),
    (
        "special-assistance.registration-known: unknown (residence=None)",
        None,
        ("special-assistance-2013", 1, None),
    ),
    ("undetermined: a fact was not given", None, None),
]
RESULT["special_assistance_unknown"] = (None, None, None, None, None, None)

CASES["late_term_2017"] = (
    "late-term-termination",
    lambda: pregnant(
        Pregnancy(
            20,
            ground="divorce",
            compliant=True,
            documents=["identity-card", "divorce-certificate", "county-certificate"],
        )
    ),
    {"as_of": "2017-01-01", "jurisdiction": YUEYANGLOU},
)
CONDITIONS["late_term_2017"] = [
    (
        "late-term-termination.pregnancy-14-weeks",
        "weeks=20; ground=divorce; compliant=True; documents=['county-certificate', "
        "'divorce-certificate', 'identity-card']; physicians=None; county-level hospital=None",
        True,
        20,
        ("hunan-decree-194", 23, None),
        (),
        None,
    ),
    (
        "late-term-termination.divorce-or-widowhood",
        "weeks=20; ground=divorce; compliant=True; documents=['county-certificate', "
        "'divorce-certificate', 'identity-card']; physicians=None; county-level hospital=None",
        True,
        None,
        ("hunan-decree-194", 12, 2),
        (("hunan-decree-194", 11), ("yueyanglou-list", 16)),
        "ground",
    ),
    (
        "late-term-termination.serious-illness",
        "weeks=20; ground=divorce; compliant=True; documents=['county-certificate', "
        "'divorce-certificate', 'identity-card']; physicians=None; county-level hospital=None",
        False,
        None,
        ("yueyanglou-list", 15, None),
        (),
        "ground",
    ),
    (
        "late-term-termination.fetal-defect",
        "weeks=20; ground=divorce; compliant=True; documents=['county-certificate', "
        "'divorce-certificate', 'identity-card']; physicians=None; county-level hospital=None",
        False,
        None,
        ("yueyanglou-list", 17, None),
        (),
        "ground",
    ),
    (
        "late-term-termination.non-compliant-pregnancy",
        "weeks=20; ground=divorce; compliant=True; documents=['county-certificate', "
        "'divorce-certificate', 'identity-card']; physicians=None; county-level hospital=None",
        False,
        None,
        ("yueyanglou-list", 14, None),
        (),
        "ground",
    ),
]
STEPS["late_term_2017"] = [
    (
        "late-term-termination (中期以上终止妊娠审批) in 430602 岳阳楼区, as of 2017-01-01",
        None,
        None,
    ),
    (
        "late-term-termination.pregnancy-14-weeks: met (weeks=20; ground=divorce; compliant=True; "
        "documents=['county-certificate', 'divorce-certificate', 'identity-card']; physicians=None; "
        "county-level hospital=None)",
        True,
        ("hunan-decree-194", 23, None),
    ),
    (
        "late-term-termination.divorce-or-widowhood: met (weeks=20; ground=divorce; compliant=True; "
        "documents=['county-certificate', 'divorce-certificate', 'identity-card']; physicians=None; "
        "county-level hospital=None)",
        True,
        ("hunan-decree-194", 12, 2),
    ),
    (
        "late-term-termination.serious-illness: not met (weeks=20; ground=divorce; compliant=True; "
        "documents=['county-certificate', 'divorce-certificate', 'identity-card']; physicians=None; "
        "county-level hospital=None)",
        False,
        ("yueyanglou-list", 15, None),
    ),
    (
        "late-term-termination.fetal-defect: not met (weeks=20; ground=divorce; compliant=True; "
        "documents=['county-certificate', 'divorce-certificate', 'identity-card']; physicians=None; "
        "county-level hospital=None)",
        False,
        ("yueyanglou-list", 17, None),
    ),
    (
        "late-term-termination.non-compliant-pregnancy: not met (weeks=20; ground=divorce; "
        "compliant=True; documents=['county-certificate', 'divorce-certificate', 'identity-card']; "
        "physicians=None; county-level hospital=None)",
        False,
        ("yueyanglou-list", 14, None),
    ),
    ("all conditions met", True, None),
]
RESULT["late_term_2017"] = (True, None, None, None, None, None)


@pytest.mark.parametrize("name", sorted(CASES))
def test_whole_check(name: str) -> None:
    pid, make, kw = CASES[name]
    r = check(pid, make(), **kw)
    conditions = [
        (
            c.id,
            c.fact,
            c.met,
            c.value,
            (c.citation.statute_id, c.citation.article, c.citation.item),
            tuple((x.statute_id, x.article) for x in c.see_also),
            c.group,
        )
        for c in r.conditions
    ]
    assert conditions == CONDITIONS[name]
    steps = [
        (
            s.description,
            s.value,
            s.citation and (s.citation.statute_id, s.citation.article, s.citation.item),
        )
        for s in r.steps
    ]
    assert steps == STEPS[name]
    rate = r.rate and (
        r.rate.per,
        r.rate.minimum,
        r.rate.top_up,
        r.rate.basis,
        r.rate.source,
        r.rate.citation.statute_id,
        r.rate.citation.article,
    )
    assert (r.eligible, r.amount, r.amount_period, rate, r.payer, r.checked_through) == RESULT[name]


@pytest.mark.parametrize(
    ("rates", "field", "value", "allowed"),
    [
        # 条例 art. 22: 每月发给五至二十元 — 4.99 and 20.01 are outside, 5 and 20 inside
        (
            LocalRates(monthly_rate="4.99"),
            "rates.monthly_rate",
            Decimal("4.99"),
            "from 5 to 20 yuan a month (每月发给五至二十元, 《湖南省人口与计划生育条例》第二十二条)",
        ),
        (
            LocalRates(monthly_rate="20.01"),
            "rates.monthly_rate",
            Decimal("20.01"),
            "from 5 to 20 yuan a month (每月发给五至二十元, 《湖南省人口与计划生育条例》第二十二条)",
        ),
        # the allowance has no national minimum to top up
        (
            LocalRates(monthly_rate="10", top_up="1"),
            "rates.top_up",
            Decimal("1.00"),
            "0 for the health allowance (pass the local rate as rates.monthly_rate)",
        ),
    ],
)
def test_health_allowance_rates(rates: LocalRates, field: str, value: object, allowed: str) -> None:
    from familyplan.errors import InvalidInput

    with pytest.raises(InvalidInput) as info:
        check(
            "only-child-health-allowance",
            parent(),
            as_of="2016-05-01",
            jurisdiction=YUEYANGLOU,
            rates=rates,
        )
    assert (info.value.field, info.value.value, info.value.allowed) == (field, value, allowed)
