"""The provision data: one module per statute (see ``_spec`` for the format).

The list is explicit (no directory scan at import): a new data module is
registered by adding it here.
"""

from familyplan.statutes._data import (
    administrative_coercion_law,
    administrative_litigation_law,
    administrative_penalty_law,
    administrative_review_law,
    childcare_subsidy_nhc_2025,
    childcare_subsidy_plan_2025,
    childcare_subsidy_rules_2025,
    civil_code,
    civil_procedure_law,
    general_principles_civil_law,
    general_provisions_civil_law,
    hebei_pfp_regulation,
    hunan_decree_194,
    hunan_pfp_regulation,
    hunan_report_reward,
    hunan_urban_reward_2014,
    levy_measures,
    matters_yueyanglou,
    npfp_law,
    rural_reward_2004,
    rural_reward_2011,
    seed_boshan,
    seed_junshan,
    seed_longyao,
    seed_yuanshi,
    seed_yueyanglou,
    shandong_family_assistance_2017,
    shandong_pfp_regulation,
    spc_2000_8,
    spc_2015_9,
    spc_2018_1,
    special_assistance_2007,
    special_assistance_2013,
    special_assistance_2016,
    special_assistance_2022,
    tech_service_regs,
    tech_service_rules,
)
from familyplan.statutes._spec import MatterSpec, StatuteSpec

__all__ = ["MATTERS", "STATUTES"]

STATUTES: tuple[StatuteSpec, ...] = (
    # national family-planning law
    npfp_law.STATUTE,
    levy_measures.STATUTE,
    tech_service_regs.STATUTE,
    tech_service_rules.STATUTE,
    # subsidy policy documents
    rural_reward_2004.STATUTE,
    rural_reward_2011.STATUTE,
    special_assistance_2007.STATUTE,
    special_assistance_2013.STATUTE,
    special_assistance_2016.STATUTE,
    special_assistance_2022.STATUTE,
    childcare_subsidy_plan_2025.STATUTE,
    childcare_subsidy_rules_2025.STATUTE,
    childcare_subsidy_nhc_2025.STATUTE,
    # provinces
    hunan_pfp_regulation.STATUTE,
    hunan_decree_194.STATUTE,
    hunan_report_reward.STATUTE,
    hunan_urban_reward_2014.STATUTE,
    shandong_pfp_regulation.STATUTE,
    shandong_family_assistance_2017.STATUTE,
    hebei_pfp_regulation.STATUTE,
    # administrative procedure and periods
    administrative_penalty_law.STATUTE,
    administrative_coercion_law.STATUTE,
    administrative_litigation_law.STATUTE,
    administrative_review_law.STATUTE,
    spc_2000_8.STATUTE,
    spc_2015_9.STATUTE,
    spc_2018_1.STATUTE,
    civil_procedure_law.STATUTE,
    general_principles_civil_law.STATUTE,
    general_provisions_civil_law.STATUTE,
    civil_code.STATUTE,
    # the seeds: county bureaus' power and responsibility lists
    seed_junshan.STATUTE,
    seed_yuanshi.STATUTE,
    seed_longyao.STATUTE,
    seed_boshan.STATUTE,
    seed_yueyanglou.STATUTE,
)

MATTERS: tuple[MatterSpec, ...] = matters_yueyanglou.MATTERS
