"""The audit's progress bar: large registers on a terminal only, never with --json or piped."""

from __future__ import annotations

import io

import pytest

from familyplan import cli


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_when_the_bar_is_shown() -> None:
    big = cli.PROGRESS_FROM + 1
    assert cli._show_progress(big, json_output=False, stream=_Tty())
    assert not cli._show_progress(cli.PROGRESS_FROM, json_output=False, stream=_Tty())
    assert not cli._show_progress(big, json_output=True, stream=_Tty())
    assert not cli._show_progress(big, json_output=False, stream=io.StringIO())  # piped


def test_progress_yields_every_item_in_order() -> None:
    items = list(range(25))
    assert list(cli._progress(iter(items), len(items), show=False)) == items
    pytest.importorskip("rich")
    assert list(cli._progress(iter(items), len(items), show=True)) == items


def test_audit_writes_nothing_to_a_pipe(capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["audit", "examples/cases.csv", "--exit-zero"])
    assert code == 0
    err = capsys.readouterr().err
    assert "auditing" not in err
    assert "\r" not in err
