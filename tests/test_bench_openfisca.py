"""benchmarks/bench_openfisca.py imports and runs on 1,000 rows (with the ``bench`` extra).

Skipped unless openfisca-core is installed (``pip install -e '.[bench]'``); CI
does not install it. No timing is asserted: only that the script runs and that
the three engines agree where they must (eligibility everywhere; the late fee
to the fen between familyplan and the plain-numpy reference).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

pytest.importorskip("openfisca_core")

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_openfisca.py"


def test_bench_openfisca_runs_on_1000_rows(capsys: pytest.CaptureFixture[str]) -> None:
    spec = importlib.util.spec_from_file_location("bench_openfisca", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_openfisca"] = module
    try:
        spec.loader.exec_module(module)
        assert module.main(["--rows", "1000", "--repeat", "1"]) == 0
    finally:
        del sys.modules["bench_openfisca"]
    out = capsys.readouterr().out
    assert "familyplan rows in error: 0" in out
    assert "eligibility, familyplan vs plain numpy: 0 rows differ" in out
    assert "late fee, familyplan vs plain numpy: 0 rows differ" in out
    assert "months, familyplan vs plain numpy: 0 rows differ" in out
    assert "eligibility, familyplan vs OpenFisca: 0 rows differ" in out
