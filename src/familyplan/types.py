"""The types of public inputs, so a type checker catches a wrong argument.

The calculators validate every input at run time (a bad one raises
:class:`~familyplan.errors.InvalidInput`); these aliases say the same thing
to mypy or pyright in the caller's code, so ``late_fee(0.1, …)`` is flagged
before it runs:

* :data:`YuanLike` — an amount of yuan: ``int``, ``str`` or ``Decimal``, never ``float``;
* :data:`DateLike` — a ``datetime.date`` or an ISO ``"YYYY-MM-DD"`` string;
* :data:`DivisionCode` — a GB/T 2260 division code as the library returns it;
  :data:`JurisdictionLike` — what a caller may pass for one (``"430602"``, ``430602``,
  a :class:`~familyplan.statutes.Jurisdiction`);
* :data:`ProgrammeId`, :data:`StepId` — the closed sets of programme and
  deadline-step ids.

>>> from familyplan.types import StepId, ProgrammeId
>>> import typing
>>> typing.get_args(ProgrammeId)[0]
'rural-reward'
>>> "levy-payment" in typing.get_args(StepId)
True
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Literal, NewType, TypeAlias

from familyplan.statutes import Jurisdiction

__all__ = [
    "DateLike",
    "DivisionCode",
    "JurisdictionLike",
    "ProgrammeId",
    "StepId",
    "YuanLike",
]

YuanLike: TypeAlias = int | str | Decimal
"""An amount of yuan as a caller may give it: ``int``, ``str`` or ``Decimal`` (no ``float``)."""

DateLike: TypeAlias = _dt.date | str
"""A calendar day: a ``datetime.date`` or an ISO ``"YYYY-MM-DD"`` string (no ``datetime``)."""

DivisionCode = NewType("DivisionCode", str)
"""A six-digit GB/T 2260 division code (``"430602"``), as results carry it."""

JurisdictionLike: TypeAlias = str | int | Jurisdiction
"""A division as a caller may name it: its code as ``str`` or ``int``, or a ``Jurisdiction``."""

ProgrammeId = Literal[
    "rural-reward",
    "special-assistance",
    "only-child-health-allowance",
    "urban-parents-reward",
    "additional-birth",
    "late-term-termination",
    "childcare-subsidy",
]
"""The eligibility programme ids (:func:`familyplan.eligibility.programmes`)."""

StepId = Literal[
    "statement",
    "hearing-request",
    "hearing-notice",
    "service",
    "levy-payment",
    "levy-waiver-decision",
    "review",
    "litigation",
    "demand-notice",
    "enforcement-earliest",
    "enforcement-application",
    "approval",
    "supplement-materials",
    "archive",
]
"""The procedural deadline step ids (:data:`familyplan.deadlines.STEPS`), in case order."""
