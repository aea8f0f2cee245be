"""Validation of dates passed in by callers (the library never reads a clock)."""

from __future__ import annotations

import datetime as _dt

from familyplan.errors import InvalidInput

__all__ = ["as_date", "as_date_or_none"]


def as_date(value: object, field: str) -> _dt.date:
    """A ``datetime.date`` (or an ISO ``"YYYY-MM-DD"`` string) as a date.

    A ``datetime`` is refused: the time of day and the time zone would have to
    be guessed away, and which calendar day a timestamp falls on is the
    caller's decision.

    >>> as_date("2013-01-31", "due_on")
    datetime.date(2013, 1, 31)
    >>> as_date(_dt.datetime(2013, 1, 31, 12), "due_on")
    Traceback (most recent call last):
    ...
    familyplan.errors.InvalidInput: due_on must be a datetime.date or an ISO date string 'YYYY-MM-DD' (a datetime is refused: its calendar day would be a guess), got datetime.datetime(2013, 1, 31, 12, 0)
    """
    allowed = "a datetime.date or an ISO date string 'YYYY-MM-DD'"
    if isinstance(value, _dt.datetime):
        raise InvalidInput(
            field, value, allowed + " (a datetime is refused: its calendar day would be a guess)"
        )
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if len(text) == 10:
            try:
                return _dt.date.fromisoformat(text)
            except ValueError:
                pass
        raise InvalidInput(field, value, allowed)
    raise InvalidInput(field, value, allowed)


def as_date_or_none(value: object, field: str) -> _dt.date | None:
    """Like :func:`as_date`, but ``None`` stays ``None``."""
    return None if value is None else as_date(value, field)
