"""familyplan.deadlines — see docs/deadlines.md. Public names are re-exported here."""

__all__: list[str] = []
