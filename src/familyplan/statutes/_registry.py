"""The statute registry: build once from the data modules, look up by date."""

from __future__ import annotations

import datetime as _dt
import functools
import itertools
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING

from familyplan._dates import as_date
from familyplan._deprecation import keyword_only_shim, renamed_keywords
from familyplan._kept import KEEP
from familyplan._validate import strict_int
from familyplan.errors import (
    NotInForce,
    NumeralError,
    RegistryDataError,
    UnknownFigure,
    UnknownProvision,
    UnknownStatute,
)
from familyplan.explain import Citation
from familyplan.statutes._data import MATTERS, STATUTES
from familyplan.statutes._jurisdictions import _BY_CODE
from familyplan.statutes._jurisdictions import jurisdiction as _jurisdiction
from familyplan.statutes._model import (
    Figure,
    FigureValue,
    Matter,
    Provision,
    Statute,
    StatuteVersion,
)
from familyplan.statutes._numerals import read_numbers
from familyplan.statutes._spec import INT_UNITS, FigureSpec, MatterSpec, StatuteSpec

if TYPE_CHECKING:  # familyplan.types imports this package: no runtime import back
    from familyplan.types import DateLike, JurisdictionLike

__all__ = [
    "all_statutes",
    "citation",
    "figure",
    "figure_history",
    "figure_ids",
    "figures",
    "get",
    "in_force",
    "matters",
    "provision",
    "provisions",
    "version_on",
]


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
        spec.numbering,
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


def _figure_value(spec: FigureSpec, where: str) -> FigureValue:
    def one(x: str | int) -> Decimal:
        if isinstance(x, bool) or not isinstance(x, str | int):
            raise RegistryDataError(f"{where}: value {x!r} must be a str or int")
        try:
            return Decimal(x)
        except ArithmeticError:
            raise RegistryDataError(f"{where}: value {x!r} is not a decimal") from None

    value = spec.value
    if spec.unit == "date":
        if not isinstance(value, str):
            raise RegistryDataError(f"{where}: a date figure's value must be an ISO string")
        return _iso(value, where)
    if isinstance(value, tuple):
        if spec.unit in INT_UNITS or len(value) != 2:
            raise RegistryDataError(f"{where}: a range must be a (low, high) pair of decimals")
        low, high = one(value[0]), one(value[1])
        if low > high:
            raise RegistryDataError(f"{where}: range {value!r} has low above high")
        return (low, high)
    if spec.unit in INT_UNITS:
        if isinstance(value, bool) or not isinstance(value, int):
            raise RegistryDataError(f"{where}: a {spec.unit} figure's value must be an int")
        return value
    return one(value)


def _check_words(spec: FigureSpec, value: FigureValue, p: Provision, where: str) -> None:
    """The figure's words must be in the quote, and must say exactly its value."""
    if not spec.words or spec.words not in p.quote:
        raise RegistryDataError(
            f"{where}: the words {spec.words!r} are not in the quote of "
            f"{p.citation} ({p.version.label}): {p.quote!r}"
        )
    try:
        said = read_numbers(spec.words)
    except NumeralError as exc:
        raise RegistryDataError(f"{where}: {exc}") from None
    if isinstance(value, tuple):
        wanted: tuple[Decimal | _dt.date, ...] = value
        if value[0] == value[1] and len(said) == 1:
            wanted = (value[0],)
    elif isinstance(value, _dt.date):
        wanted = (value,)
    else:
        wanted = (Decimal(value),)
    same = len(said) == len(wanted) and all(
        type(a) is type(b) and a == b for a, b in zip(said, wanted, strict=True)
    )
    if not same:
        raise RegistryDataError(
            f"{where}: value {value!r} disagrees with its words {spec.words!r}, which say "
            f"{list(said)!r} (quote of {p.citation} ({p.version.label}): {p.quote!r})"
        )


def _build_figures(spec: StatuteSpec, statute: Statute, provs: list[Provision]) -> list[Figure]:
    out: list[Figure] = []
    for f in spec.figures:
        where = f"figure {f.id} ({spec.id} art. {f.article})"
        value = _figure_value(f, where)
        if not f.versions:
            raise RegistryDataError(f"{where}: no versions")
        for label in f.versions:
            version = statute.version(label)
            if version is None:
                raise RegistryDataError(f"{where}: unknown version {label}")
            candidates = [p for p in provs if p.version is version and p.article == f.article]
            p = _most_specific(candidates, f.paragraph, f.item)
            if p is None:
                raise RegistryDataError(
                    f"{where}: version {label} has no provision art. {f.article}"
                    f" para. {f.paragraph} item {f.item}"
                )
            _check_words(f, value, p, f"{where} version {label}")
            start = version.effective_from
            end = version.effective_until
            if f.applies_from is not None:
                start = _iso(f.applies_from, where)
            if f.applies_until is not None:
                end = _iso(f.applies_until, where)
            if end is not None and end < start:
                raise RegistryDataError(f"{where}: applies until {end} before {start}")
            out.append(
                Figure(f.id, value, f.unit, f.words, p, start, end, f.paragraph, f.item, f.note)
            )
    return out


def _index_figures(figs: Iterable[Figure]) -> dict[str, tuple[Figure, ...]]:
    by_id: dict[str, list[Figure]] = defaultdict(list)
    for f in figs:
        by_id[f.id].append(f)
    out: dict[str, tuple[Figure, ...]] = {}
    for fid, entries in by_id.items():
        entries.sort(key=lambda f: f.applies_from)
        for a, b in itertools.pairwise(entries):
            if a.applies_until is None or a.applies_until >= b.applies_from:
                raise RegistryDataError(
                    f"figure {fid}: {a.citation} ({a.version.label}) and "
                    f"{b.citation} ({b.version.label}) apply on the same days"
                )
        out[fid] = tuple(entries)
    return out


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
    dict[str, tuple[Figure, ...]],
]:
    """Build and check the registry; :class:`RegistryDataError` on any inconsistency."""
    statutes: dict[str, Statute] = {}
    index: dict[str, dict[int, list[Provision]]] = {}
    figs: list[Figure] = []
    for spec in specs:
        if spec.id in statutes:
            raise RegistryDataError(f"duplicate statute id {spec.id}")
        statute, provs = _build_statute(spec)
        statutes[spec.id] = statute
        by_article: dict[int, list[Provision]] = defaultdict(list)
        for p in provs:
            by_article[p.article].append(p)
        index[spec.id] = dict(by_article)
        figs.extend(_build_figures(spec, statute, provs))
    built_matters = tuple(_build_matter(m) for m in matter_specs)
    ids = [m.id for m in built_matters]
    if len(set(ids)) != len(ids):
        raise RegistryDataError("duplicate matter ids")
    return statutes, index, built_matters, _index_figures(figs)


_STATUTES, _INDEX, _MATTERS, _FIGURES = _build(STATUTES, MATTERS)


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
    checked: int = strict_int(value, field, low=1, allowed="a positive int")
    return checked


@keyword_only_shim("on")
def version_on(statute_id: str, *, on: DateLike) -> StatuteVersion:
    """The version of a statute in force on a date.

    ``on`` is keyword-only (passing it by position is deprecated since 0.2).

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


@keyword_only_shim("on")
def in_force(statute_id: str, *, on: DateLike) -> bool:
    """Whether any version of the statute is in force on ``on`` (keyword-only)."""
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
    on: DateLike,
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
    version = version_on(statute.id, on=day)
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


def citation(
    statute_id: str,
    article: int,
    *,
    on: DateLike,
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


@renamed_keywords(jurisdiction_code="jurisdiction")
def matters(jurisdiction: JurisdictionLike) -> tuple[Matter, ...]:
    """The administrative matters of the power catalogue that apply in a division.

    A division's catalogue plus those of the divisions above it (the library
    holds the 2015–2016 catalogue of 岳阳楼区, seed 004).

    >>> [m.kind for m in matters("430602")][:3]
    ['行政许可', '行政许可', '行政许可']
    """
    j = _jurisdiction(jurisdiction)
    return tuple(m for m in _MATTERS if j.is_within(m.jurisdiction))


# --------------------------------------------------------------------------- figures


def figure_ids() -> tuple[str, ...]:
    """Every registered figure id, sorted."""
    return tuple(sorted(_FIGURES))


def figure_history(figure_id: str) -> tuple[Figure, ...]:
    """Every dated value of one figure, oldest first (the whole parameter).

    :raises UnknownFigure: when no figure has that id.
    """
    try:
        return _FIGURES[figure_id]
    except (KeyError, TypeError):
        raise UnknownFigure(str(figure_id), sorted(_FIGURES)) from None


def figure(figure_id: str, *, on: DateLike) -> Figure:
    """The figure in force on a date, with the provision that states it.

    :raises UnknownFigure: when no figure has that id.
    :raises NotInForce: when it applies on no version in force on ``on``
        (the message names the periods that would work).

    >>> import datetime
    >>> f = figure("late-fee.rate-per-month", on=datetime.date(2010, 1, 1))
    >>> f.value, f.words, str(f.citation)
    (Decimal('0.002'), '千分之二', '《社会抚养费征收管理办法》第八条')
    >>> figure("late-fee.rate-per-month", on=datetime.date(2022, 1, 1))
    Traceback (most recent call last):
    ...
    familyplan.errors.NotInForce: figure late-fee.rate-per-month is not in force on 2022-01-01; versions: 2002 (2002-09-01 to 2021-09-08)
    """
    if type(on) is _dt.date and type(figure_id) is str:
        return _cached_figure(figure_id, on)
    return _figure(figure_id, as_date(on, "on"))


def _figure(figure_id: str, day: _dt.date) -> Figure:
    entries = figure_history(figure_id)
    for f in entries:
        if f.applies_on(day):
            return f
    raise NotInForce(f"figure {figure_id}", day, [f.span for f in entries])


@functools.lru_cache(maxsize=KEEP)
def _cached_figure(figure_id: str, day: _dt.date) -> Figure:
    # the registry is immutable, so a lookup can be kept; errors are not cached
    return _figure(figure_id, day)


def figures(*, on: DateLike | None = None, statute: str | None = None) -> tuple[Figure, ...]:
    """Every figure entry (in force on ``on``, of one ``statute``), sorted by id and date."""
    day = None if on is None else as_date(on, "on")
    if statute is not None:
        get(statute)
    out = []
    for fid in sorted(_FIGURES):
        for f in _FIGURES[fid]:
            if day is not None and not f.applies_on(day):
                continue
            if statute is not None and f.provision.statute.id != statute:
                continue
            out.append(f)
    return tuple(out)
