"""familyplan: Chinese family-planning statutes as exact, cited, dated calculators.

Subpackages: :mod:`familyplan.statutes` (the registry of statutes, versions and
provisions), :mod:`familyplan.penalties`, :mod:`familyplan.deadlines`,
:mod:`familyplan.eligibility`; modules :mod:`familyplan.money`,
:mod:`familyplan.explain`, :mod:`familyplan.errors`.

>>> import familyplan
>>> familyplan.__version__ == familyplan.RULES_VERSION or bool(familyplan.RULES_VERSION)
True
"""

from familyplan import deadlines, eligibility, errors, explain, money, penalties, statutes
from familyplan._version import RULES_VERSION, __version__

__all__ = [
    "RULES_VERSION",
    "__version__",
    "deadlines",
    "eligibility",
    "errors",
    "explain",
    "money",
    "penalties",
    "statutes",
]
