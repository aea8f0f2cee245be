"""The ``familyplan`` command: a thin shell over the public API.

Exit codes: 0 success, 2 bad input (the typed error's message, no
traceback), 1 internal error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from familyplan import statutes
from familyplan._version import RULES_VERSION, __version__
from familyplan.errors import FamilyPlanError

__all__ = ["build_parser", "main"]

Handler = Callable[[argparse.Namespace, TextIO], int]


def _emit_json(data: Any, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2, sort_keys=False)
    out.write("\n")


def _cmd_statutes(args: argparse.Namespace, out: TextIO) -> int:
    items = statutes.all()
    if args.json:
        _emit_json(
            {
                "familyplan_version": __version__,
                "rules_version": RULES_VERSION,
                "statutes": [s.to_dict() for s in items],
            },
            out,
        )
        return 0
    for s in items:
        out.write(f"{s.id}\t《{s.title}》\t{s.issuer}\t{s.jurisdiction}\n")
        for v in s.versions:
            until = v.effective_until.isoformat() if v.effective_until else "—"
            n = len([p for p in statutes.provisions(s.id) if p.version is v])
            out.write(f"    {v.label}\t{v.effective_from.isoformat()} – {until}\t{n} provisions\n")
    return 0


def _cmd_provision(args: argparse.Namespace, out: TextIO) -> int:
    p = statutes.provision(
        args.statute_id, args.article, on=args.on, paragraph=args.paragraph, item=args.item
    )
    if args.json:
        body = p.to_dict()
        body["familyplan_version"] = __version__
        body["rules_version"] = RULES_VERSION
        _emit_json(body, out)
        return 0
    v = p.version
    until = v.effective_until.isoformat() if v.effective_until else "—"
    out.write(f"{p.citation}（{v.label}年版，{v.effective_from.isoformat()} – {until}）\n")
    out.write(p.quote + "\n")
    out.write(f"[{p.summary}]\n")
    out.write(f"source: {p.source}\n")
    return 0


def _cmd_matters(args: argparse.Namespace, out: TextIO) -> int:
    items = statutes.matters(args.jurisdiction)
    if args.json:
        _emit_json([m.to_dict() for m in items], out)
        return 0
    for m in items:
        limit = (
            f"{m.statutory_limit_working_days}个工作日"
            if m.statutory_limit_working_days is not None
            else "—"
        )
        out.write(f"{m.id}\t{m.kind}\t{limit}\t{m.name}\n")
    return 0


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a positive integer, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a positive integer, got {text!r}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="familyplan",
        description="Chinese family-planning statutes as exact, cited, dated calculators.",
    )
    parser.add_argument("--version", action="version", version=f"familyplan {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("statutes", help="list the statute registry")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=_cmd_statutes)

    p = sub.add_parser("provision", help="show an article as in force on a date")
    p.add_argument("statute_id")
    p.add_argument("article", type=_positive_int)
    p.add_argument("--on", required=True, help="date, YYYY-MM-DD")
    p.add_argument("--paragraph", type=_positive_int, default=None)
    p.add_argument("--item", type=_positive_int, default=None)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd_provision)

    p = sub.add_parser("matters", help="the power catalogue (权力清单) of a division")
    p.add_argument("jurisdiction", help="GB/T 2260 code, e.g. 430602")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd_matters)
    return parser


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None) -> int:
    """Run the command line; return the exit code."""
    out = stdout if stdout is not None else sys.stdout
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help
        return int(exc.code) if isinstance(exc.code, int) else 2
    handler: Handler = args.handler
    try:
        return handler(args, out)
    except FamilyPlanError as exc:
        sys.stderr.write(f"familyplan: error: {exc}\n")
        return 2
    except Exception as exc:  # pragma: no cover - the internal-error exit code
        sys.stderr.write(f"familyplan: internal error: {type(exc).__name__}: {exc}\n")
        return 1


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
