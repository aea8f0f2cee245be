"""Every ``$ familyplan …`` example in the docs' ``console`` blocks runs as shown.

A block holds commands (``$ `` lines, continued with a trailing backslash)
each followed by its expected output; ``...`` stands for left-out text
(doctest's ELLIPSIS). A command exits 0 unless its line ends with
``# exits N``.
"""

from __future__ import annotations

import doctest
import io
import re
import shlex
from pathlib import Path

import pytest

from familyplan.cli import main

ROOT = Path(__file__).resolve().parents[1]
PAGES = ["docs/getting-started.md"]
BLOCK = re.compile(r"^```console\n(.*?)^```", re.M | re.S)


def examples() -> list[tuple[str, str, int, str]]:
    """``(page, command, exit status, expected output)`` of every example."""
    out = []
    for page in PAGES:
        text = (ROOT / page).read_text(encoding="utf-8")
        for block in BLOCK.findall(text):
            lines = block.splitlines()
            i = 0
            while i < len(lines):
                if not lines[i].startswith("$ "):
                    raise AssertionError(f"{page}: output without a command: {lines[i]!r}")
                command = lines[i][2:]
                while command.endswith("\\"):
                    i += 1
                    command = command[:-1] + " " + lines[i].strip()
                i += 1
                expected = []
                while i < len(lines) and not lines[i].startswith("$ "):
                    expected.append(lines[i])
                    i += 1
                m = re.search(r"#\s*exits\s+(\d+)\s*$", command)
                status = int(m.group(1)) if m else 0
                out.append((page, command, status, "\n".join(expected)))
    return out


def test_the_pages_have_examples() -> None:
    commands = [c.split()[1] for _, c, _, _ in examples()]
    for command in ("levy", "eligibility", "timeline"):
        assert command in commands


@pytest.mark.parametrize(
    ("page", "command", "status", "expected"),
    examples(),
    ids=[f"{p}:{c[:60]}" for p, c, _, _ in examples()],
)
def test_example(
    page: str,
    command: str,
    status: int,
    expected: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(ROOT)
    argv = shlex.split(command, comments=True)
    assert argv[0] == "familyplan"
    out = io.StringIO()
    code = main(argv[1:], stdout=out)
    capsys.readouterr()
    assert code == status, command
    got = out.getvalue()
    checker = doctest.OutputChecker()
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    want = expected + "\n" if expected else ""
    assert checker.check_output(want, got, flags), (
        f"{page}: {command}\n--- expected\n{want}--- got\n{got}"
    )
