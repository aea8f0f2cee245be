"""The statute registry: statutes, their dated versions, provisions with quotes,
jurisdictions, and the power catalogue (权力清单).

Every statutory number a calculator uses lives here, beside the verbatim text
it comes from and the dates of the version that says it.

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
from familyplan.statutes._model import Matter, Provision, Statute, StatuteVersion
from familyplan.statutes._registry import (
    all_statutes,
    citation,
    get,
    in_force,
    matters,
    provision,
    provisions,
    version_on,
)
from familyplan.statutes._spec import Level, MatterKind

all = all_statutes

__all__ = [
    "NATION",
    "Jurisdiction",
    "JurisdictionLevel",
    "Level",
    "Matter",
    "MatterKind",
    "Provision",
    "Statute",
    "StatuteVersion",
    "all",
    "all_statutes",
    "citation",
    "get",
    "in_force",
    "jurisdiction",
    "jurisdictions",
    "matters",
    "provision",
    "provisions",
    "version_on",
]
