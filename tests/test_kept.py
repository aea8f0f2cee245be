"""The one bounded cache every calculator keeps its lookups in."""

from __future__ import annotations

from familyplan._kept import KEEP, Kept


def test_a_full_cache_starts_afresh_and_never_passes_its_bound() -> None:
    kept: Kept[int, int] = Kept()
    for i in range(KEEP):
        assert kept.keep(i, -i) == -i
    assert len(kept) == KEEP
    kept.keep(KEEP, 0)  # full: cleared first, then kept
    assert dict(kept) == {KEEP: 0}
