"""Griffe extension: show doctest examples in docstrings as code blocks.

Sphinx-style docstrings (``:param:``) carry runnable ``>>>`` examples; without
this, Markdown would read them as prose. Each run of example lines is wrapped
in a fenced ``pycon`` block before rendering. The docstrings themselves stay
plain doctests, so ``pytest --doctest-modules`` runs them unchanged.
"""

from __future__ import annotations

from typing import Any

import griffe


def fence_examples(text: str) -> str:
    out: list[str] = []
    in_block = False
    for line in text.splitlines():
        stripped = line.strip()
        if not in_block and stripped.startswith(">>>"):
            out.append("```pycon")
            in_block = True
        elif in_block and not stripped:
            out.append("```")
            in_block = False
        out.append(line)
    if in_block:
        out.append("```")
    return "\n".join(out)


class DoctestFences(griffe.Extension):
    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = fence_examples(obj.docstring.value)
