"""Citations, steps, and the explained results every calculator returns.

A result says *why*: ``citations`` are the provisions applied, ``steps`` the
ordered trace of what was looked up, which rule applied, and the figure that
came out. ``to_dict()`` turns a result into plain JSON-able data with the
package and rules-data versions, so a stored result can be reproduced by
pinning those versions.

>>> from familyplan.explain import Citation
>>> c = Citation("levy-measures", "社会抚养费征收管理办法", "2002", 8)
>>> str(c)
'《社会抚养费征收管理办法》第八条'
>>> str(Citation("hunan-pfp-regulation", "湖南省人口与计划生育条例", "2016", 37, 1, 2))
'《湖南省人口与计划生育条例》第三十七条第一款第二项'
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any, Literal, Protocol, cast, runtime_checkable

import attrs

from familyplan._kept import Kept
from familyplan._validate import instance, int_in
from familyplan._version import RULES_VERSION, __version__
from familyplan._zh import step_zh
from familyplan.errors import InvalidInput

__all__ = [
    "Citation",
    "Explained",
    "Step",
    "Trace",
    "chinese_numeral",
    "result_dict",
    "to_jsonable",
]

_DIGITS = "零一二三四五六七八九"


def chinese_numeral(n: int) -> str:
    """Write a positive integer below 10,000 the way statutes number articles.

    >>> [chinese_numeral(n) for n in (1, 10, 11, 20, 36, 100, 101, 110, 156, 1000)]
    ['一', '十', '十一', '二十', '三十六', '一百', '一百零一', '一百一十', '一百五十六', '一千']
    """
    if isinstance(n, bool) or not isinstance(n, int) or not 0 < n < 10000:
        raise InvalidInput("n", n, "an int from 1 to 9999")
    if n < 20:
        return ("十" + (_DIGITS[n - 10] if n > 10 else "")) if n >= 10 else _DIGITS[n]
    out = []
    units = ((1000, "千"), (100, "百"), (10, "十"), (1, ""))
    zero_pending = False
    started = False
    for value, unit in units:
        d = (n // value) % 10
        if d == 0:
            if started:
                zero_pending = True
            continue
        if zero_pending:
            out.append("零")
            zero_pending = False
        out.append(_DIGITS[d] + unit)
        started = True
    return "".join(out)


Numbering = Literal["article", "passage"]
"""How a source is cited: by its own articles (条), or — for a document known only
from reports of it — by the passages of the report quoted (报道摘录第N段)."""


def _numbering(_inst: object, _attr: object, value: object) -> None:
    if value not in ("article", "passage"):
        raise InvalidInput("numbering", value, "'article' or 'passage'")


_CITATION_TEXT: Kept[Citation, str] = Kept()
_CITATION_DICT: Kept[Citation, dict[str, Any]] = Kept()  # the to_dict of each, the same size


@attrs.frozen(order=False, cache_hash=True)  # hashed on every use; kept by the registry
class Citation:
    """One provision applied: statute, version, article, paragraph and item.

    :param statute_id: the registry id (``familyplan.statutes.get``).
    :param title: the full Chinese title, without 《》.
    :param version: the label of the statute version (e.g. ``"2016"``).
    :param article: the article number (条).
    :param paragraph: the paragraph (款), or ``None`` for the whole article.
    :param item: the item (项), or ``None``.
    :param numbering: ``"article"``, or ``"passage"`` for a source known only
        from reports of it, whose passages the registry numbers itself: then
        the citation reads 报道摘录第N段, never 第N条.

    >>> str(Citation("childcare-subsidy-rules-2025", "育儿补贴制度管理规范（试行）", "2025", 3,
    ...              numbering="passage"))
    '《育儿补贴制度管理规范（试行）》报道摘录第三段'
    """

    statute_id: str
    title: str
    version: str
    article: int = attrs.field(validator=int_in(1, allowed="a positive int"))
    paragraph: int | None = attrs.field(
        default=None, validator=int_in(1, optional=True, allowed="a positive int or None")
    )
    item: int | None = attrs.field(
        default=None, validator=int_in(1, optional=True, allowed="a positive int or None")
    )
    numbering: Numbering = attrs.field(default="article", validator=_numbering)

    def __str__(self) -> str:
        # the registry hands out the same few citations again and again: their text is kept
        text = _CITATION_TEXT.get(self)
        if text is None:
            text = _CITATION_TEXT.keep(self, self._text())
        return text

    def _text(self) -> str:
        if self.numbering == "passage":
            # the source has no article numbers of its own: ``article`` counts the passages
            # quoted from a report of it, and the citation says so
            return f"《{self.title}》报道摘录第{chinese_numeral(self.article)}段"
        text = f"《{self.title}》第{chinese_numeral(self.article)}条"
        if self.paragraph is not None:
            text += f"第{chinese_numeral(self.paragraph)}款"
        if self.item is not None:
            text += f"第{chinese_numeral(self.item)}项"
        return text

    @property
    def english(self) -> str:
        """A short English rendering, e.g. ``levy-measures (2002) art. 8``."""
        if self.numbering == "passage":
            return f"{self.statute_id} ({self.version}) report excerpt {self.article}"
        text = f"{self.statute_id} ({self.version}) art. {self.article}"
        if self.paragraph is not None:
            text += f" para. {self.paragraph}"
        if self.item is not None:
            text += f" item {self.item}"
        return text

    def to_dict(self) -> dict[str, Any]:
        # the same few citations are written out again and again: a copy of the kept dict
        kept = _CITATION_DICT.get(self)
        if kept is None:
            kept = _CITATION_DICT.keep(self, self._dict())
        return dict(kept)

    def _dict(self) -> dict[str, Any]:
        return {
            "statute_id": self.statute_id,
            "title": self.title,
            "version": self.version,
            "article": self.article,
            "paragraph": self.paragraph,
            "item": self.item,
            "numbering": self.numbering,
            "text": str(self),
        }


StepValue = Decimal | int | str | bool | _dt.date | None | tuple[Any, ...]


@attrs.frozen
class Step:
    """One line of a result's explanation.

    :param description: what was done, in English.
    :param value: the figure it produced (an amount, a date, a count, a flag).
    :param citation: the provision it applied, if any.
    :param description_zh: the same in Chinese, in the statute's terms; when
        not given, the Chinese kept for that step in ``familyplan._zh``.
    """

    description: str = attrs.field(validator=instance(str, "a str describing the step"))
    value: StepValue = None
    citation: Citation | None = None
    description_zh: str = attrs.field(
        default=attrs.Factory(
            lambda self: step_zh(self.description) if isinstance(self.description, str) else "",
            takes_self=True,
        )
    )

    def to_dict(self) -> dict[str, Any]:
        return {
            "description": self.description,
            "description_zh": self.description_zh,
            "value": to_jsonable(self.value),
            "citation": None if self.citation is None else self.citation.to_dict(),
        }


@runtime_checkable
class Explained(Protocol):
    """What every result offers: citations, steps, and ``to_dict()``."""

    @property
    def citations(self) -> tuple[Citation, ...]: ...

    @property
    def steps(self) -> tuple[Step, ...]: ...

    def to_dict(self) -> dict[str, Any]: ...


class Trace:
    """Collects the steps and citations of one computation (private to it).

    Calculators build a ``Trace`` while they work and freeze it into the
    result; citations are kept once each, in the order first applied.

    >>> t = Trace()
    >>> c = Citation("levy-measures", "社会抚养费征收管理办法", "2002", 8)
    >>> t.add("late fee rate per month", Decimal("0.002"), c)
    >>> t.add("months counted", 12, c)
    >>> len(t.steps), len(t.citations)
    (2, 1)
    """

    __slots__ = ("_citations", "_steps")

    def __init__(self) -> None:
        self._steps: list[Step] = []
        self._citations: dict[Citation, None] = {}

    def add(
        self,
        description: str,
        value: StepValue = None,
        citation: Citation | None = None,
        *,
        zh: str = "",
    ) -> None:
        self._steps.append(Step(description, value, citation, zh or step_zh(description)))
        if citation is not None:
            self._citations.setdefault(citation, None)

    def cite(self, *citations: Citation) -> None:
        for c in citations:
            self._citations.setdefault(c, None)

    def extend(self, steps: Iterable[Step]) -> None:
        for s in steps:
            self._steps.append(s)
            if s.citation is not None:
                self._citations.setdefault(s.citation, None)

    @property
    def steps(self) -> tuple[Step, ...]:
        return tuple(self._steps)

    @property
    def citations(self) -> tuple[Citation, ...]:
        return tuple(self._citations)


def to_jsonable(value: object) -> Any:
    """Plain JSON-able data: Decimals as strings, dates ISO, enums by value.

    >>> to_jsonable({"a": Decimal("1.50"), "b": (_dt.date(2020, 1, 2), None)})
    {'a': '1.50', 'b': ['2020-01-02', None]}
    """
    kind = type(value)  # the exact types of nearly every value, first (a subclass goes below)
    if kind in _AS_IS:
        return value
    convert = _CONVERT.get(kind)
    if convert is not None:
        return convert(value)
    return _to_jsonable(value)


def _sequence(value: tuple[object, ...] | list[object]) -> list[Any]:
    return [to_jsonable(v) for v in value]


def _with_to_dict(value: Any) -> Any:
    return value.to_dict()


def _to_jsonable(value: object) -> Any:
    """:func:`to_jsonable` of a value whose exact type is not in :data:`_CONVERT`.

    The conversion an attrs class gets is decided by its type alone (a slotted
    class has no per-instance ``to_dict``), so it is kept in :data:`_CONVERT`.
    """
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, _dt.datetime):
        raise InvalidInput("value", value, "a date, not a datetime")
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return to_jsonable(value.value)
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, tuple | list | frozenset | set):
        return [to_jsonable(v) for v in value]
    kind = type(value)
    slotted = not hasattr(value, "__dict__")
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        if slotted and callable(getattr(kind, "to_dict", None)):
            _CONVERT[kind] = _with_to_dict
        return to_dict()
    if attrs.has(kind):
        names = _public_fields(kind)
        if slotted:
            _CONVERT[kind] = functools.partial(_attrs_dict, names)
        return _attrs_dict(names, value)
    raise InvalidInput("value", value, "JSON-able data (no floats or unknown objects)")


def _attrs_dict(names: tuple[str, ...], value: object) -> dict[str, Any]:
    return {name: to_jsonable(getattr(value, name)) for name in names}


_AS_IS = frozenset({type(None), bool, int, str})

_CONVERT: dict[type, Callable[[Any], Any]] = {
    Decimal: str,
    tuple: _sequence,
    list: _sequence,
    _dt.date: _dt.date.isoformat,
}
"""How a value of exactly this type becomes JSON-able; the attrs result types
are added on first use (one entry per class)."""


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}  # one entry per attrs class


def _public_fields(cls: type) -> tuple[str, ...]:
    """The names of an attrs class's fields, without the private ones (``_x``)."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(
            a.name
            for a in attrs.fields(cast("type[attrs.AttrsInstance]", cls))
            if not a.name.startswith("_")
        )
    return names


def result_dict(result: object, kind: str) -> dict[str, Any]:
    """The ``to_dict()`` of a result object: its fields plus the versions.

    Used by every result class; ``kind`` names the result type so a stored
    dict says what it is.
    """
    if not attrs.has(type(result)):
        raise InvalidInput("result", result, "an attrs result object")
    body: dict[str, Any] = {"kind": kind}
    for name in _public_fields(type(result)):
        body[name] = to_jsonable(getattr(result, name))
    body["familyplan_version"] = __version__
    body["rules_version"] = RULES_VERSION
    return body
