"""Offences and the structure of their fine rules.

An :class:`Offence` is an act the sources punish; each of its
:class:`FineRule` rows says, for one statute and the versions in which the
article reads the same, how the fine is fixed (:class:`Basis`), the figures,
and the other sanctions (:class:`Sanctions`). Every figure of a row must
appear in the quote of the provision the row cites — a test checks it.
"""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import Any

import attrs

__all__ = ["Basis", "FineRule", "Offence", "Sanctions"]


class Basis(enum.Enum):
    """How a fine is fixed."""

    FIXED_RANGE = "fixed-range"
    """A range in yuan (e.g. 一万元以上三万元以下)."""
    MULTIPLE_OF_ILLEGAL_INCOME = "multiple-of-illegal-income"
    """A multiple of the illegal income (违法所得二倍以上六倍以下)."""
    MULTIPLE_OF_FEES = "multiple-of-fees"
    """A multiple of the fees charged (所收费用2倍以上5倍以下)."""
    PER_PERSON_TIME = "per-person-time"
    """A fixed amount for each person-time organised or introduced (每人次)."""
    NO_FINE = "no-fine"
    """The article imposes no fine (an order, a cancellation, a revocation)."""
    NOT_PUNISHABLE = "not-punishable"
    """No law in force punishes the act any more (从旧兼从轻)."""
    TEXT_NOT_FOUND = "text-not-found"
    """The article fines, but its fine could not be read in full in any copy:
    no band is encoded and :func:`fine_band` raises
    :class:`~familyplan.errors.TextNotFound` (what was read, what is missing)."""


@attrs.frozen
class Sanctions:
    """The sanctions an article imposes besides (or instead of) the fine.

    ``*_if_serious`` flags apply only 情节严重; the others come with every
    penalty under the article.
    """

    order_to_correct: bool = False  # 责令改正
    warning: bool = False  # 给予警告
    confiscate_illegal_income: bool = False  # 没收违法所得
    confiscate_drugs_and_devices: bool = False  # 没收有关药品、医疗器械
    confiscate_certificates: bool = False  # 没收证件
    refund_fees: bool = False  # 责令退还所收费用
    order_to_reverify: bool = False  # 责令限期补办校验手续
    revocation: bool = False  # 吊销 (without a seriousness condition, e.g. 拒不校验)
    revocation_if_serious: bool = False  # 情节严重的，吊销
    cancel_certificates: bool = False  # 取消其计划生育证明
    disciplinary_sanction: bool = False  # 行政处分 for state employees / staff
    disciplinary_sanction_if_serious: bool = False  # 情节严重的 ... 降级或者撤职
    criminal_referral: bool = False  # 构成犯罪的，依法追究刑事责任

    def active(self) -> tuple[str, ...]:
        """The names of the sanctions that apply, in declaration order."""
        return tuple(a.name for a in attrs.fields(Sanctions) if getattr(self, a.name))

    def to_dict(self) -> dict[str, Any]:
        return {a.name: getattr(self, a.name) for a in attrs.fields(Sanctions)}


@attrs.frozen
class FineRule:
    """How one article (in the versions where it reads the same) fines an offence.

    :param statute_id: registry id of the statute.
    :param versions: the version labels in which the article has this text.
    :param article: 条; ``paragraph`` 款 and ``item`` 项 locate the offence.
    :param basis: how the fine is fixed.
    :param threshold: 违法所得 *threshold* 以上 → multiples; below → fixed range.
    :param multiple: ``(low, high)`` multiple of illegal income or fees.
    :param fixed: ``(low, high)`` range in yuan when below the threshold (or
        the only range).
    :param per_person_time: ``(with illegal income, without)`` amounts.
    :param missing: for :attr:`Basis.TEXT_NOT_FOUND`, what of the fine was
        not found (``note`` says what was read).
    :param figure_ids: the registry figures (``familyplan.statutes.figure``)
        the amounts above are read from; each states its value in the quote
        of this row's provision, checked when the registry loads.
    """

    statute_id: str
    versions: tuple[str, ...]
    article: int
    basis: Basis
    sanctions: Sanctions
    paragraph: int | None = None
    item: int | None = None
    threshold: Decimal | None = None
    multiple: tuple[Decimal, Decimal] | None = None
    fixed: tuple[Decimal, Decimal] | None = None
    per_person_time: tuple[Decimal, Decimal] | None = None
    note: str = ""
    missing: str = ""
    figure_ids: tuple[str, ...] = ()

    def figures(self) -> tuple[Decimal, ...]:
        """Every statutory figure of the row (for the quote check)."""
        out: list[Decimal] = []
        if self.threshold is not None:
            out.append(self.threshold)
        for pair in (self.multiple, self.fixed, self.per_person_time):
            if pair is not None:
                out.extend(pair)
        return tuple(out)


@attrs.frozen
class Offence:
    """An act the sources punish, with its fine rules over time.

    :param id: a stable id (``"illegal-fp-surgery"``).
    :param name: the Chinese name, as the power list or article words it.
    :param name_en: a short English name.
    :param rules: the fine rules, oldest first; the one whose statute version
        is in force on a date applies.
    :param jurisdiction: where the rules apply (the statute's division).
    :param successor_note: what became of the offence after its last rule.
    """

    id: str
    name: str
    name_en: str
    rules: tuple[FineRule, ...]
    jurisdiction: str
    successor_note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "name_en": self.name_en,
            "jurisdiction": self.jurisdiction,
            "rules": [
                {
                    "statute_id": r.statute_id,
                    "versions": list(r.versions),
                    "article": r.article,
                    "paragraph": r.paragraph,
                    "item": r.item,
                    "basis": r.basis.value,
                }
                for r in self.rules
            ],
        }
