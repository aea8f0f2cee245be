"""The exception hierarchy of familyplan.

Every error the library raises on purpose derives from :class:`FamilyPlanError`.
Leaves also derive from the builtin a caller would expect (``ValueError`` for
bad input, ``LookupError`` for unknown identifiers), so ``except ValueError``
keeps working for callers who do not know this package. Every error pickles
(results and errors cross process boundaries in batch jobs) and its message
names the field, the value and what is allowed:

>>> from familyplan.errors import InvalidInput
>>> err = InvalidInput("principal", -1, "a non-negative amount of yuan")
>>> str(err)
'principal must be a non-negative amount of yuan, got -1'
>>> isinstance(err, ValueError), err.field, err.value
(True, 'principal', -1)

Being ineligible for a subsidy is a *result*, never an exception.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from typing import Any

__all__ = [
    "CalendarNotAvailable",
    "CommandLineError",
    "FamilyPlanError",
    "InvalidInput",
    "InvalidInputs",
    "NotEncoded",
    "NotInForce",
    "NumeralError",
    "RegisterError",
    "RegistryDataError",
    "RulesDataError",
    "TextNotFound",
    "UnknownFigure",
    "UnknownJurisdiction",
    "UnknownProvision",
    "UnknownStatute",
]


class FamilyPlanError(Exception):
    """Root of every error raised on purpose by familyplan."""


class InvalidInput(FamilyPlanError, ValueError):
    """A value given by the caller is not allowed.

    :param field: the name of the argument or attribute (dotted for nested
        values, e.g. ``"parties[0].actual_income"``).
    :param value: the value that was refused.
    :param allowed: what would have been accepted, phrased to follow
        "must be", e.g. ``"an int, str or Decimal amount of yuan"``.
    """

    field: str
    value: object
    allowed: str

    def __init__(self, field: str, value: object, allowed: str) -> None:
        self.field = field
        self.value = value
        self.allowed = allowed
        super().__init__(f"{field} must be {allowed}, got {value!r}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.field, self.value, self.allowed))


class InvalidInputs(ExceptionGroup[InvalidInput], FamilyPlanError):
    """Several fields of one input were refused at once.

    Raised by the domain types' validators so that a caller fixing a row sees
    every problem, not just the first. Each member is an :class:`InvalidInput`.
    """

    def __new__(cls, message: str, exceptions: Sequence[InvalidInput]) -> InvalidInputs:
        return super().__new__(cls, message, exceptions)

    def derive(self, excs: Sequence[InvalidInput]) -> InvalidInputs:  # type: ignore[override]
        return InvalidInputs(self.message, excs)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.message, list(self.exceptions)))


def _fmt_versions(versions: Iterable[tuple[str, _dt.date, _dt.date | None]]) -> str:
    parts = []
    for label, start, end in versions:
        parts.append(f"{label} ({start.isoformat()} to {end.isoformat() if end else 'now'})")
    return ", ".join(parts) if parts else "none"


class NotInForce(FamilyPlanError, LookupError):
    """No version of a rule is in force on the date asked.

    :param what: the statute or rule asked for (e.g. ``"levy-measures art. 8"``).
    :param on: the date asked.
    :param versions: ``(label, effective_from, effective_until)`` of every
        version that exists, so the caller sees which dates would work.
    :param reason: an optional sentence (e.g. the abolition that ended it).
    """

    what: str
    on: _dt.date
    versions: tuple[tuple[str, _dt.date, _dt.date | None], ...]
    reason: str

    def __init__(
        self,
        what: str,
        on: _dt.date,
        versions: Iterable[tuple[str, _dt.date, _dt.date | None]],
        reason: str = "",
    ) -> None:
        self._set_rule(what, on, versions, reason)
        msg = (
            f"{what} is not in force on {on.isoformat()}; versions: {_fmt_versions(self.versions)}"
        )
        super().__init__(self._with_reason(msg))

    def _set_rule(
        self,
        what: str,
        on: _dt.date,
        versions: Iterable[tuple[str, _dt.date, _dt.date | None]],
        reason: str,
    ) -> None:
        """The attributes every not-in-force error has (this class and :class:`NotEncoded`)."""
        self.what = what
        self.on = on
        self.versions = tuple(versions)
        self.reason = reason

    def _with_reason(self, msg: str) -> str:
        return f"{msg}; {self.reason}" if self.reason else msg

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.what, self.on, self.versions, self.reason))


class _UnknownId(FamilyPlanError, LookupError):
    kind = "identifier"
    value: str
    known: tuple[str, ...]

    def __init__(self, value: str, known: Iterable[str] = ()) -> None:
        self.value = value
        self.known = tuple(known)
        shown = ", ".join(self.known[:40]) + (", ..." if len(self.known) > 40 else "")
        super().__init__(
            f"{self.kind} must be one of {shown or 'the registered ones'}, got {value!r}"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.value, self.known))


class UnknownStatute(_UnknownId):
    """No statute with that id is registered."""

    kind = "statute_id"


class UnknownFigure(_UnknownId):
    """No figure with that id is registered (``familyplan.statutes.figure``)."""

    kind = "figure id"


class RegistryDataError(FamilyPlanError):
    """The bundled law data are inconsistent: a packaging bug, raised at import.

    For example a figure whose value its words do not state, or two versions
    of a statute that overlap. CI fails on it, naming the figure and the quote.
    """


class UnknownJurisdiction(_UnknownId):
    """A division code that the library does not know (GB/T 2260)."""

    kind = "jurisdiction"


class UnknownProvision(FamilyPlanError, LookupError):
    """The statute exists but no version of it has that article encoded."""

    statute_id: str
    article: int
    known: tuple[int, ...]

    def __init__(self, statute_id: str, article: int, known: Iterable[int] = ()) -> None:
        self.statute_id = statute_id
        self.article = article
        self.known = tuple(known)
        super().__init__(
            f"article must be one of {list(self.known)} for {statute_id}, got {article!r}"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.statute_id, self.article, self.known))


class CalendarNotAvailable(FamilyPlanError, LookupError):
    """The working-day calendar has no published schedule for that date.

    :param on: the date asked.
    :param first_year: first year the calendar covers.
    :param last_year: last year whose schedule the State Council has published
        (as far as this package version knows).
    """

    on: _dt.date
    first_year: int
    last_year: int

    def __init__(self, on: _dt.date, first_year: int, last_year: int) -> None:
        self.on = on
        self.first_year = first_year
        self.last_year = last_year
        super().__init__(
            f"date must be within the published holiday schedules {first_year}-{last_year}, "
            f"got {on.isoformat()} (pass allow_provisional=True to compute from weekends "
            "and fixed-date holidays, marked provisional)"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.on, self.first_year, self.last_year))


class TextNotFound(FamilyPlanError, LookupError):
    """The statute words that would fix the answer were not found in any copy read.

    Nothing is guessed: the message says what the text that was read
    establishes, what is missing, and where the text was read.

    :param what: the rule asked for, e.g. ``"fine of offence staff-exceeding-approved-services"``.
    :param known: what the text read establishes.
    :param missing: what could not be read.
    :param source: where the text was read.

    >>> err = TextNotFound("fine of art. 52", "at least 2x", "the upper multiple", "web:x")
    >>> print(err)
    fine of art. 52 is not encoded: the upper multiple NOT FOUND in the statute text (read: at least 2x; source web:x)
    >>> isinstance(err, LookupError)
    True
    """

    what: str
    known: str
    missing: str
    source: str

    def __init__(self, what: str, known: str, missing: str, source: str) -> None:
        self.what = what
        self.known = known
        self.missing = missing
        self.source = source
        super().__init__(
            f"{what} is not encoded: {missing} NOT FOUND in the statute text "
            f"(read: {known}; source {source})"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.what, self.known, self.missing, self.source))


class NotEncoded(NotInForce, InvalidInput):
    """A year or date outside the period a programme is encoded for.

    Both a :class:`~familyplan.errors.NotInForce` (it names the encoded periods)
    and an :class:`~familyplan.errors.InvalidInput` (``field``, ``value``,
    ``allowed``), so either ``except`` catches it.

    >>> import datetime as _dt
    >>> err = NotEncoded("rural-reward", "year", 2017, _dt.date(2017, 1, 1),
    ...                  [("960 yuan a year", _dt.date(2012, 1, 1), _dt.date(2016, 12, 31))],
    ...                  "no source for later years")
    >>> print(err)
    year must be within the encoded period of rural-reward (960 yuan a year (2012-01-01 to 2016-12-31)), got 2017; no source for later years
    >>> isinstance(err, ValueError), isinstance(err, LookupError)
    (True, True)
    """

    def __init__(
        self,
        what: str,
        field: str,
        value: object,
        on: _dt.date,
        versions: Iterable[tuple[str, _dt.date, _dt.date | None]],
        reason: str = "",
    ) -> None:
        self._set_rule(what, on, versions, reason)
        self.field = field
        self.value = value
        self.allowed = f"within the encoded period of {what} ({_fmt_versions(self.versions)})"
        Exception.__init__(
            self, self._with_reason(f"{field} must be {self.allowed}, got {value!r}")
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            type(self),
            (self.what, self.field, self.value, self.on, self.versions, self.reason),
        )


# Raised by, and documented in, familyplan.eligibility: its name there is the
# one tracebacks and doctests have always shown, and pickling resolves it.
NotEncoded.__module__ = "familyplan.eligibility"


class NumeralError(FamilyPlanError, ValueError):
    """Words that cannot be read as numbers (a data bug, reported by the registry)."""


class RegisterError(FamilyPlanError, ValueError):
    """The register as a whole cannot be audited (encoding, delimiter, header, no rows).

    The message says where (the line) and what to do.
    """


class CommandLineError(FamilyPlanError, ValueError):
    """Bad command-line input that no library function sees (exit status 2)."""


class RulesDataError(RegistryDataError):
    """A rule of the deadlines no longer matches the quote it comes from (a packaging bug)."""
