"""The statute registry: build once from the data modules, look up by date."""

from __future__ import annotations

import datetime as _dt
import functools
import itertools
from collections import defaultdict
from collections.abc import Iterable

from familyplan._dates import as_date
from familyplan.errors import (
    FamilyPlanError,
    InvalidInput,
    NotInForce,
    UnknownProvision,
    UnknownStatute,
)
from familyplan.explain import Citation
from familyplan.statutes._data import MATTERS, STATUTES
from familyplan.statutes._jurisdictions import _BY_CODE, jurisdiction
from familyplan.statutes._model import Matter, Provision, Statute, StatuteVersion
from familyplan.statutes._spec import MatterSpec, StatuteSpec

__all__ = [
    "all_statutes",
    "citation",
    "get",
    "in_force",
    "matters",
    "provision",
    "provisions",
    "version_on",
]


class RegistryDataError(FamilyPlanError):
    """The bundled provision data are inconsistent (a packaging bug)."""


def _iso(text: str, where: str) -> _dt.date:
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        raise RegistryDataError(f"{where}: {text!r} is not an ISO date") from None


def _build_statute(spec: StatuteSpec) -> tuple[Statute, list[Provision]]:
    where = f"statute {spec.id}"
    if spec.jurisdiction not in _BY_CODE:
        raise RegistryDataError(f"{where}: unknown jurisdiction {spec.jurisdiction}")
    versions = []
    for v in spec.versions:
        start = _iso(v.effective_from, f"{where} version {v.label}")
        end = None if v.effective_until is None else _iso(v.effective_until, where)
        if end is not None and end < start:
            raise RegistryDataError(f"{where} version {v.label}: ends before it starts")
        versions.append(
            StatuteVersion(v.label, _iso(v.adopted_on, where), start, end, v.source, v.note)
        )
    versions.sort(key=lambda v: v.effective_from)
    for a, b in itertools.pairwise(versions):
        if a.effective_until is None or a.effective_until >= b.effective_from:
            raise RegistryDataError(f"{where}: versions {a.label} and {b.label} overlap")
    labels = [v.label for v in versions]
    if len(set(labels)) != len(labels):
        raise RegistryDataError(f"{where}: duplicate version labels {labels}")
    statute = Statute(
        spec.id,
        spec.title,
        spec.issuer,
        spec.level,
        spec.jurisdiction,
        tuple(versions),
        spec.document_number,
        spec.note,
    )
    by_label = {v.label: v for v in versions}
    out: list[Provision] = []
    seen: set[tuple[str, int, int | None, int | None]] = set()
    for p in spec.provisions:
        if not p.versions:
            raise RegistryDataError(f"{where} art. {p.article}: no versions")
        if not p.quote.strip():
            raise RegistryDataError(f"{where} art. {p.article}: empty quote")
        for label in p.versions:
            if label not in by_label:
                raise RegistryDataError(f"{where} art. {p.article}: unknown version {label}")
            key = (label, p.article, p.paragraph, p.item)
            if key in seen:
                raise RegistryDataError(f"{where}: duplicate provision {key}")
            seen.add(key)
            out.append(
                Provision(
                    statute,
                    by_label[label],
                    p.article,
                    p.quote,
                    p.summary,
                    p.source,
                    p.paragraph,
                    p.item,
                    p.note,
                )
            )
    return statute, out


def _build_matter(spec: MatterSpec) -> Matter:
    return Matter(
        spec.id,
        spec.jurisdiction,
        spec.name,
        spec.kind,
        spec.office,
        spec.basis,
        spec.source,
        spec.statutory_limit_working_days,
        spec.promised_limit_working_days,
        None if spec.listed_on is None else _iso(spec.listed_on, f"matter {spec.id}"),
        spec.note,
    )


def _build(
    specs: Iterable[StatuteSpec], matter_specs: Iterable[MatterSpec]
) -> tuple[
    dict[str, Statute],
    dict[str, dict[int, list[Provision]]],
    tuple[Matter, ...],
]:
    statutes: dict[str, Statute] = {}
    index: dict[str, dict[int, list[Provision]]] = {}
    for spec in specs:
        if spec.id in statutes:
            raise RegistryDataError(f"duplicate statute id {spec.id}")
        statute, provs = _build_statute(spec)
        statutes[spec.id] = statute
        by_article: dict[int, list[Provision]] = defaultdict(list)
        for p in provs:
            by_article[p.article].append(p)
        index[spec.id] = dict(by_article)
    built_matters = tuple(_build_matter(m) for m in matter_specs)
    ids = [m.id for m in built_matters]
    if len(set(ids)) != len(ids):
        raise RegistryDataError("duplicate matter ids")
    return statutes, index, built_matters


_STATUTES, _INDEX, _MATTERS = _build(STATUTES, MATTERS)


def get(statute_id: str) -> Statute:
    """The statute registered under ``statute_id``.

    :raises UnknownStatute: when no statute has that id.

    >>> get("levy-measures").title
    '社会抚养费征收管理办法'
    """
    try:
        return _STATUTES[statute_id]
    except (KeyError, TypeError):
        raise UnknownStatute(str(statute_id), sorted(_STATUTES)) from None


def all_statutes() -> tuple[Statute, ...]:
    """Every registered statute, in registry order."""
    return tuple(_STATUTES.values())


def _check_article(value: object, field: str = "article") -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidInput(field, value, "a positive int")
    return value


def version_on(statute_id: str, on: object) -> StatuteVersion:
    """The version of a statute in force on a date.

    :raises NotInForce: naming every version's dates when none is in force.
    """
    statute = get(statute_id)
    day = as_date(on, "on")
    v = statute.version_on(day)
    if v is None:
        raise NotInForce(
            f"{statute.id} 《{statute.title}》",
            day,
            [x.span for x in statute.versions],
            _ended_reason(statute, day),
        )
    return v


def in_force(statute_id: str, on: object) -> bool:
    """Whether any version of the statute is in force on ``on``."""
    return get(statute_id).version_on(as_date(on, "on")) is not None


def _ended_reason(statute: Statute, day: _dt.date) -> str:
    last = statute.versions[-1]
    if last.effective_until is not None and day > last.effective_until:
        return f"no longer in force after {last.effective_until.isoformat()}: {last.note}".strip(
            ": "
        )
    first = statute.versions[0]
    if day < first.effective_from:
        return f"not yet in force before {first.effective_from.isoformat()}"
    return ""


def provision(
    statute_id: str,
    article: int,
    *,
    on: object,
    paragraph: int | None = None,
    item: int | None = None,
) -> Provision:
    """The text of an article in force on a date.

    Returns the most specific encoded provision that contains the requested
    article (or paragraph, or item): if only the whole article is encoded,
    asking for its paragraph 2 returns the whole article.

    :raises UnknownStatute: unknown ``statute_id``.
    :raises UnknownProvision: no version of the statute has that article encoded.
    :raises NotInForce: the statute, or that article, is not in force on ``on``
        (the message names the dates of the versions that have it).

    >>> import datetime
    >>> p = provision("levy-measures", 8, on=datetime.date(2010, 1, 1))
    >>> "千分之二" in p.quote, str(p.citation)
    (True, '《社会抚养费征收管理办法》第八条')
    """
    statute = get(statute_id)
    art = _check_article(article)
    if paragraph is not None:
        _check_article(paragraph, "paragraph")
    if item is not None:
        _check_article(item, "item")
    day = as_date(on, "on")
    candidates = _INDEX[statute.id].get(art)
    if not candidates:
        raise UnknownProvision(statute.id, art, sorted(_INDEX[statute.id]))
    version = version_on(statute.id, day)
    in_version = [p for p in candidates if p.version is version]
    if not in_version:
        having = sorted({p.version for p in candidates}, key=lambda v: v.effective_from)
        raise NotInForce(
            f"{statute.id} art. {art}",
            day,
            [v.span for v in having],
            f"the version in force then ({version.label}) has no article {art} with this content",
        )
    best = _most_specific(in_version, paragraph, item)
    if best is None:
        raise UnknownProvision(statute.id, art, sorted(_INDEX[statute.id]))
    return best


def _most_specific(
    provs: list[Provision], paragraph: int | None, item: int | None
) -> Provision | None:
    def matches(p: Provision) -> bool:
        if p.paragraph is not None and p.paragraph != paragraph:
            return False
        return not (p.item is not None and p.item != item)

    fitting = [p for p in provs if matches(p)]
    if not fitting:
        return None
    return max(fitting, key=lambda p: (p.paragraph is not None, p.item is not None))


def citation(
    statute_id: str,
    article: int,
    *,
    on: object,
    paragraph: int | None = None,
    item: int | None = None,
) -> Citation:
    """The citation of an article (paragraph, item) in the version in force on ``on``.

    Raises like :func:`provision`: a citation is only made for text the
    registry holds.

    >>> import datetime
    >>> str(citation("levy-measures", 6, on=datetime.date(2010, 1, 1), paragraph=1))
    '《社会抚养费征收管理办法》第六条第一款'
    """
    if (
        type(on) is _dt.date
        and type(article) is int
        and type(statute_id) is str
        and (paragraph is None or type(paragraph) is int)
        and (item is None or type(item) is int)
    ):
        # the hot path of every calculator: the registry is immutable, so a result can be kept
        return _cached_citation(statute_id, article, on, paragraph, item)
    p = provision(statute_id, article, on=on, paragraph=paragraph, item=item)
    return p.cite(paragraph, item)


@functools.lru_cache(maxsize=4096)
def _cached_citation(
    statute_id: str, article: int, on: _dt.date, paragraph: int | None, item: int | None
) -> Citation:
    # exceptions are not cached: a NotInForce is raised afresh each time
    p = provision(statute_id, article, on=on, paragraph=paragraph, item=item)
    return p.cite(paragraph, item)


def provisions(statute_id: str | None = None) -> tuple[Provision, ...]:
    """Every encoded provision (of one statute, or of all), by statute and date."""
    ids = [statute_id] if statute_id is not None else list(_STATUTES)
    out: list[Provision] = []
    for sid in ids:
        get(sid)
        for art in sorted(_INDEX[sid]):
            out.extend(
                sorted(
                    _INDEX[sid][art],
                    key=lambda p: (p.version.effective_from, p.paragraph or 0, p.item or 0),
                )
            )
    return tuple(out)


def matters(jurisdiction_code: object) -> tuple[Matter, ...]:
    """The administrative matters of the power catalogue that apply in a division.

    A division's catalogue plus those of the divisions above it (the library
    holds the 2015–2016 catalogue of 岳阳楼区, seed 004).

    >>> [m.kind for m in matters("430602")][:3]
    ['行政许可', '行政许可', '行政许可']
    """
    j = jurisdiction(jurisdiction_code)
    codes = {x.code for x in j.chain}
    return tuple(m for m in _MATTERS if m.jurisdiction in codes)
