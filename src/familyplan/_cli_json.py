"""The JSON commands of the ``familyplan`` command line: ``schema`` and ``eval``.

Kept apart from :mod:`familyplan.cli` (which registers them) so the JSON
interface and the human-facing commands change independently.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from familyplan import schemas
from familyplan.errors import InvalidInput

__all__ = ["add_commands"]


def _cmd_schema(args: argparse.Namespace, out: TextIO) -> int:
    if args.list or args.name is None:
        for name in schemas.names():
            out.write(name + "\n")
        return 0
    out.write(json.dumps(schemas.schema(args.name), ensure_ascii=False, indent=2) + "\n")
    return 0


def _cmd_eval(args: argparse.Namespace, out: TextIO) -> int:
    if not args.jsonl:
        raise InvalidInput("--jsonl", False, "--jsonl (one request per line; the only format)")
    if args.file in (None, "-"):
        source: Any = sys.stdin
        close = False
    else:
        try:
            source = open(args.file, encoding="utf-8")  # noqa: SIM115 - closed below
        except OSError as err:
            raise InvalidInput("file", args.file, f"a readable file ({err.strerror})") from None
        close = True
    try:
        for line in schemas.evaluate_lines(source):
            out.write(line + "\n")
            out.flush()
    finally:
        if close:
            source.close()
    return 0


def add_commands(sub: Any) -> None:
    """Register ``schema`` and ``eval`` on the command line's subparsers."""
    p = sub.add_parser(
        "schema",
        help="print the JSON Schema of an input, a result or a calculator's arguments",
        description="JSON Schema documents generated from the library's types "
        "(see docs/json.md). Without NAME, or with --list, list the names.",
    )
    p.add_argument("name", nargs="?", default=None, help="a name from 'familyplan schema --list'")
    p.add_argument("--list", action="store_true", help="list the schema names")
    p.set_defaults(handler=_cmd_schema)

    p = sub.add_parser(
        "eval",
        help="run calculator requests given as JSON lines",
        description='Read one request per line, {"calculator": "assess_levy", "input": {...}}, '
        "from FILE or standard input; write one JSON line per request: "
        '{"line": n, "ok": true, "result": {...}} or {"line": n, "ok": false, "error": '
        '{"type", "message", "field", "value", "allowed"}}. A bad line gets an error object '
        "and the rest go on (exit 0). 'familyplan schema request' and "
        "'familyplan schema response' describe the lines.",
    )
    p.add_argument("file", nargs="?", default=None, help="the requests (default: standard input)")
    p.add_argument("--jsonl", action="store_true", help="JSON lines in and out (required)")
    p.set_defaults(handler=_cmd_eval)
