"""Jurisdictions by GB/T 2260 division code, resolving upward to the nation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import attrs

from familyplan.errors import InvalidInput, UnknownJurisdiction

if TYPE_CHECKING:  # familyplan.types imports this package: no runtime import back
    from familyplan.types import JurisdictionLike

__all__ = ["NATION", "Jurisdiction", "JurisdictionLevel", "jurisdiction", "jurisdictions"]

JurisdictionLevel = Literal["nation", "province", "prefecture", "county"]

NATION = "100000"
"""The code used for national law. GB/T 2260 has no code for the nation as a
whole; ``100000`` is the customary placeholder (it is no province's code)."""


@attrs.frozen
class Jurisdiction:
    """A division of the People's Republic of China that makes or applies rules.

    :param code: the six-digit GB/T 2260 code.
    :param name: the Chinese name.
    :param level: nation, province, prefecture or county (county-level
        districts included).
    :param parent: the code of the division above, ``None`` for the nation.
    """

    code: str
    name: str
    level: JurisdictionLevel
    parent: str | None

    @property
    def chain(self) -> tuple[Jurisdiction, ...]:
        """This division, then each division above it, ending with the nation.

        >>> [j.code for j in jurisdiction("430611").chain]
        ['430611', '430600', '430000', '100000']
        """
        out = [self]
        node = self
        while node.parent is not None:
            node = _BY_CODE[node.parent]
            out.append(node)
        return tuple(out)

    def is_within(self, code: str) -> bool:
        """Whether the rules of division ``code`` apply here (this division or one above it).

        The one place a rule's jurisdiction is matched against a case's.

        >>> jurisdiction("430611").is_within("430000"), jurisdiction("430611").is_within("370000")
        (True, False)
        """
        return code in _CHAIN_CODES[self.code]

    @property
    def province(self) -> Jurisdiction | None:
        """The province this division belongs to (itself for a province)."""
        for j in self.chain:
            if j.level == "province":
                return j
        return None

    def to_dict(self) -> dict[str, str | None]:
        return {"code": self.code, "name": self.name, "level": self.level, "parent": self.parent}


_ALL: tuple[Jurisdiction, ...] = (
    Jurisdiction(NATION, "中华人民共和国", "nation", None),
    Jurisdiction("430000", "湖南省", "province", NATION),
    Jurisdiction("430600", "岳阳市", "prefecture", "430000"),
    Jurisdiction("430602", "岳阳楼区", "county", "430600"),
    Jurisdiction("430611", "君山区", "county", "430600"),
    Jurisdiction("130000", "河北省", "province", NATION),
    Jurisdiction("130100", "石家庄市", "prefecture", "130000"),
    Jurisdiction("130132", "元氏县", "county", "130100"),
    Jurisdiction("130500", "邢台市", "prefecture", "130000"),
    Jurisdiction("130525", "隆尧县", "county", "130500"),
    Jurisdiction("370000", "山东省", "province", NATION),
    Jurisdiction("370300", "淄博市", "prefecture", "370000"),
    Jurisdiction("370304", "博山区", "county", "370300"),
)
_BY_CODE = {j.code: j for j in _ALL}


def _chain_codes(j: Jurisdiction) -> frozenset[str]:
    codes = {j.code}
    while j.parent is not None:
        j = _BY_CODE[j.parent]
        codes.add(j.code)
    return frozenset(codes)


_CHAIN_CODES = {j.code: _chain_codes(j) for j in _ALL}


def _normalise(code: object) -> str:
    if isinstance(code, Jurisdiction):
        return code.code
    if isinstance(code, int) and not isinstance(code, bool):
        code = str(code)
    if not isinstance(code, str) or len(code) != 6 or not code.isdigit():
        raise InvalidInput("jurisdiction", code, "a six-digit GB/T 2260 division code")
    return code


def jurisdiction(code: JurisdictionLike) -> Jurisdiction:
    """Look up a division by its code (``str`` or ``int``).

    :raises InvalidInput: if the code is not six digits.
    :raises UnknownJurisdiction: if the library has no rules for it.

    >>> jurisdiction("430602").name
    '岳阳楼区'
    >>> jurisdiction("110000")
    Traceback (most recent call last):
    ...
    familyplan.errors.UnknownJurisdiction: jurisdiction must be one of 100000, 430000, 430600, 430602, 430611, 130000, 130100, 130132, 130500, 130525, 370000, 370300, 370304, got '110000'
    """
    if type(code) is str:
        known = _BY_CODE.get(code)  # every key is six ASCII digits
        if known is not None:
            return known
    key = _normalise(code)
    try:
        return _BY_CODE[key]
    except KeyError:
        raise UnknownJurisdiction(key, _BY_CODE) from None


def jurisdictions() -> tuple[Jurisdiction, ...]:
    """Every division the library knows, nation first."""
    return _ALL
