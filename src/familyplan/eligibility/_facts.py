"""Reading the applicant's facts three-valuedly (a fact not given is unknown)."""

from __future__ import annotations

from ._applicant import Child

__all__ = ["describe_children", "living_range"]


def living_range(children: tuple[Child, ...]) -> tuple[int, int]:
    """The fewest and the most children who may be alive now.

    >>> import datetime as dt
    >>> living_range((Child(dt.date(1980, 1, 1), alive=True), Child(dt.date(1982, 1, 1))))
    (1, 2)
    """
    known = sum(1 for c in children if c.alive is True)
    unknown = sum(1 for c in children if c.alive is None)
    return known, known + unknown


def describe_children(children: tuple[Child, ...] | None) -> str:
    """A short description of the children for a condition's ``fact``.

    >>> import datetime as dt
    >>> describe_children((Child(dt.date(1980, 1, 1), "female", alive=False, adopted=True),))
    'children=[1980-01-01 female dead adopted]'
    """
    if children is None:
        return "children not given"
    if not children:
        return "children=[] (none)"
    parts = []
    for c in children:
        alive = {True: "alive", False: "dead", None: "alive?"}[c.alive]
        words = [c.born_on.isoformat(), c.sex or "sex?", alive]
        if c.adopted:
            words.append("adopted")
        if c.disability_grade is not None:
            words.append(f"disability grade {c.disability_grade}")
        parts.append(" ".join(words))
    return "children=[" + "; ".join(parts) + "]"
