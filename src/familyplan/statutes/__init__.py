"""The statute registry: statutes, their dated versions, provisions with quotes,
jurisdictions, and the power catalogue (权力清单).

Every statutory number a calculator uses lives here as a :class:`Figure`:
a typed, dated value beside the words of the verbatim quote that state it,
checked when the registry loads (a value its words do not say is refused).

>>> import datetime
>>> from familyplan import statutes
>>> f = statutes.figure("late-fee.rate-per-month", on=datetime.date(2010, 1, 1))
>>> f.value, f.words, f.unit
(Decimal('0.002'), '千分之二', 'rate-per-month')

>>> import datetime
>>> from familyplan import statutes
>>> p = statutes.provision("levy-measures", 8, on=datetime.date(2010, 1, 1))
>>> str(p.citation)
'《社会抚养费征收管理办法》第八条'
>>> statutes.provision("levy-measures", 8, on=datetime.date(2022, 1, 1))
Traceback (most recent call last):
...
familyplan.errors.NotInForce: levy-measures 《社会抚养费征收管理办法》 is not in force on 2022-01-01; ...
"""

from familyplan.statutes._jurisdictions import (
    NATION,
    Jurisdiction,
    JurisdictionLevel,
    jurisdiction,
    jurisdictions,
)
from familyplan.statutes._model import (
    Figure,
    FigureValue,
    Matter,
    Provision,
    Statute,
    StatuteVersion,
)
from familyplan.statutes._numerals import read_numbers
from familyplan.statutes._registry import (
    all_statutes,
    citation,
    figure,
    figure_history,
    figure_ids,
    figures,
    get,
    in_force,
    matters,
    provision,
    provisions,
    version_on,
)
from familyplan.statutes._spec import Level, MatterKind, Unit


def __getattr__(name: str) -> object:
    # ``statutes.all`` shadowed the builtin; deprecated in 0.2 for ``all_statutes``
    if name == "all":
        from familyplan._deprecation import deprecated

        deprecated("familyplan.statutes.all", "familyplan.statutes.all_statutes")
        return all_statutes
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "NATION",
    "Figure",
    "FigureValue",
    "Jurisdiction",
    "JurisdictionLevel",
    "Level",
    "Matter",
    "MatterKind",
    "Provision",
    "Statute",
    "StatuteVersion",
    "Unit",
    "all_statutes",
    "citation",
    "figure",
    "figure_history",
    "figure_ids",
    "figures",
    "get",
    "in_force",
    "jurisdiction",
    "jurisdictions",
    "matters",
    "provision",
    "provisions",
    "read_numbers",
    "version_on",
]
