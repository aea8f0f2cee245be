"""Penalties: fine bands and discretion tiers, limitation; the levy
(社会抚养费) and its late fee (滞纳金).

>>> import datetime
>>> from familyplan import penalties
>>> band = penalties.fine_band("forging-fp-certificates", illegal_income="4999.99",
...                            act_on=datetime.date(2010, 6, 1), jurisdiction="430602")
>>> band.basis.value, band.minimum, band.maximum
('fixed-range', Decimal('5000.00'), Decimal('20000.00'))
"""

from familyplan.penalties._discretion import (
    DEFAULT_DISCRETION,
    DiscretionPolicy,
    Tier,
    discretion_tier,
)
from familyplan.penalties._fine_bands import (
    FineBand,
    LenityPolicy,
    fine_band,
    is_lighter,
    offence,
    offences,
)
from familyplan.penalties._late_fee import (
    CAP_FROM,
    RATE_PER_MONTH,
    Instalment,
    LateFee,
    LateFeePayment,
    LateFeePolicy,
    LatePeriod,
    completed_months,
    late_fee,
)
from familyplan.penalties._levy import (
    Circumstance,
    HeavierPolicy,
    IncomeBase,
    LevyAssessment,
    LevyCase,
    Party,
    PartyLevy,
    ProgressionPolicy,
    assess_levy,
)
from familyplan.penalties._levy_rules import LevyRule, levy_rules
from familyplan.penalties._limitation import Limitation, limitation
from familyplan.penalties._offences import Basis, FineRule, Offence, Sanctions
from familyplan.penalties._report_reward import PER_VERIFIED_REPORT, ReportReward, report_reward

__all__ = [
    "CAP_FROM",
    "DEFAULT_DISCRETION",
    "PER_VERIFIED_REPORT",
    "RATE_PER_MONTH",
    "Basis",
    "Circumstance",
    "DiscretionPolicy",
    "FineBand",
    "FineRule",
    "HeavierPolicy",
    "IncomeBase",
    "Instalment",
    "LateFee",
    "LateFeePayment",
    "LateFeePolicy",
    "LatePeriod",
    "LenityPolicy",
    "LevyAssessment",
    "LevyCase",
    "LevyRule",
    "Limitation",
    "Offence",
    "Party",
    "PartyLevy",
    "ProgressionPolicy",
    "ReportReward",
    "Sanctions",
    "Tier",
    "assess_levy",
    "completed_months",
    "discretion_tier",
    "fine_band",
    "is_lighter",
    "late_fee",
    "levy_rules",
    "limitation",
    "offence",
    "offences",
    "report_reward",
]
