"""The provision data: one module per statute (see ``_spec`` for the format).

The list is explicit (no directory scan at import): a new data module is
registered by adding it here.
"""

from familyplan.statutes._data import levy_measures
from familyplan.statutes._spec import MatterSpec, StatuteSpec

__all__ = ["MATTERS", "STATUTES"]

STATUTES: tuple[StatuteSpec, ...] = (levy_measures.STATUTE,)

MATTERS: tuple[MatterSpec, ...] = ()
