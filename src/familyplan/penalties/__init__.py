"""familyplan.penalties — see docs/penalties.md. Public names are re-exported here."""

__all__: list[str] = []
