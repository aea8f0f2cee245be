"""familyplan.eligibility — see docs/eligibility.md. Public names are re-exported here."""

__all__: list[str] = []
