"""The ``familyplan`` command: a thin shell over the public API.

Exit codes: 0 success, 2 bad input (the typed error's message, no
traceback), 1 internal error.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from familyplan import eligibility, penalties, statutes
from familyplan._version import RULES_VERSION, __version__
from familyplan.errors import FamilyPlanError, InvalidInput
from familyplan.explain import Citation, Step

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


def _show_figure_value(f: statutes.Figure) -> str:
    v = f.value
    if isinstance(v, tuple):
        return f"{v[0]}–{v[1]}"
    return v.isoformat() if hasattr(v, "isoformat") else str(v)


def _cmd_figures(args: argparse.Namespace, out: TextIO) -> int:
    """Every statutory figure: its value, the words that state it, and its citation."""
    items = statutes.figures(on=args.on, statute=args.statute)
    if args.json:
        _emit_json(
            {
                "familyplan_version": __version__,
                "rules_version": RULES_VERSION,
                "on": args.on,
                "figures": [f.to_dict() for f in items],
            },
            out,
        )
        return 0
    if not items:
        out.write("no figure matches (try without --on or --statute)\n")
    for f in items:
        until = f.applies_until.isoformat() if f.applies_until else "—"
        out.write(
            f"{f.id}\t{_show_figure_value(f)} {f.unit}\t「{f.words}」\t{f.citation}"
            f"（{f.version.label}）\t{f.applies_from.isoformat()} – {until}\n"
        )
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


def _explain(result: Any, out: TextIO, lang: str, headline: str) -> None:
    """The human-readable form: the headline, then the steps, numbered, then the citations."""
    out.write(headline + "\n")
    steps: tuple[Step, ...] = result.steps
    for i, s in enumerate(steps, start=1):
        text = s.description_zh if lang == "zh" and s.description_zh else s.description
        value = "" if s.value is None else f" = {_show(s.value)}"
        cite = (
            ""
            if s.citation is None
            else f"  [{s.citation if lang == 'zh' else s.citation.english}]"
        )
        out.write(f"  {i}. {text}{value}{cite}\n")
    cites: tuple[Citation, ...] = result.citations
    if cites:
        out.write("依据：" if lang == "zh" else "Citations: ")
        out.write("；".join(str(c) for c in cites) + "\n")


def _show(value: object) -> str:
    if isinstance(value, tuple):
        return "(" + ", ".join(_show(v) for v in value) + ")"
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def _cmd_fine(args: argparse.Namespace, out: TextIO) -> int:
    band = penalties.fine_band(
        args.offence_id,
        illegal_income=args.illegal_income,
        fees_charged=args.fees_charged,
        act_on=args.act_on,
        decided_on=args.decided_on,
        jurisdiction=args.jurisdiction,
        persons=args.persons,
    )
    if args.json:
        _emit_json(band.to_dict(), out)
        return 0
    hi = band.maximum
    _explain(
        band, out, args.lang, f"{band.offence_id}: {band.minimum} – {hi} 元 ({band.basis.value})"
    )
    return 0


def _party(text: str, role: str) -> penalties.Party:
    # residence[:income]
    residence, _, income = text.partition(":")
    return penalties.Party(role, actual_income=income or None, residence=residence)  # type: ignore[arg-type]


def _cmd_levy(args: argparse.Namespace, out: TextIO) -> int:
    parties = [_party(args.mother, "mother")] if args.mother else []
    if args.father:
        parties.append(_party(args.father, "father"))
    case = penalties.LevyCase(
        jurisdiction=args.jurisdiction,
        birth_on=args.birth_on,
        decided_on=args.decided_on,
        circumstance=args.circumstance,
        children_over_limit=args.children_over_limit,
        parties=tuple(parties),
        income_base=penalties.IncomeBase(
            urban_disposable=args.urban_base,
            rural_net=args.rural_base,
            year=args.base_year,
            area=args.jurisdiction,
        ),
        heavier=args.heavier,
    )
    r = penalties.assess_levy(case)
    if args.json:
        _emit_json(r.to_dict(), out)
        return 0
    hi = "no maximum" if r.total_maximum is None else str(r.total_maximum)
    _explain(r, out, args.lang, f"levy for the couple: {r.total_minimum} – {hi} 元")
    return 0


def _cmd_late_fee(args: argparse.Namespace, out: TextIO) -> int:
    pays = []
    for text in args.payment or []:
        day, sep, amount = text.partition(":")
        if not sep:
            raise InvalidInput("payment", text, "paid_on:amount, e.g. 2013-07-15:40000")
        pays.append((day, amount))
    policy = penalties.LateFeePolicy(months=args.months, allocation=args.allocation)
    r = penalties.late_fee(
        args.principal, due_on=args.due_on, as_of=args.as_of, payments=pays, policy=policy
    )
    if args.json:
        _emit_json(r.to_dict(), out)
        return 0
    _explain(
        r,
        out,
        args.lang,
        f"late fee: {r.amount} 元 ({r.months} months{', capped' if r.capped else ''})",
    )
    return 0


def _cmd_eligibility(args: argparse.Namespace, out: TextIO) -> int:
    from familyplan._audit import _children

    if args.spouse == "none":
        spouse: Any = eligibility.NO_SPOUSE
    else:
        spouse = eligibility.Spouse(
            "female" if args.sex == "male" else "male", residence=args.spouse
        )
    applicant = eligibility.Applicant(
        args.born_on,
        args.sex,
        residence=args.residence,
        registered_in=args.jurisdiction,
        spouse=spouse,
        children=_children(args.children),
        births_against_rules=tuple(args.birth_against_rules or ()),
    )
    r = eligibility.check(
        args.programme, applicant, year=args.year, as_of=args.as_of, jurisdiction=args.jurisdiction
    )
    if args.json:
        _emit_json(r.to_dict(), out)
        return 0
    verdict = {True: "eligible", False: "not eligible", None: "undetermined"}[r.eligible]
    out.write(f"{args.programme}: {verdict}; amount {r.amount}\n")
    for c in r.conditions:
        mark = {True: "✓", False: "✗", None: "?"}[c.met]
        cite = "" if c.citation is None else f"  [{c.citation}]"
        out.write(f"  {mark} {c.id}: {c.fact}{cite}\n")
    return 0


def _cmd_deadline(args: argparse.Namespace, out: TextIO) -> int:
    from familyplan import deadlines

    facts = {}
    for text in args.fact or []:
        key, sep, value = text.partition("=")
        if not sep:
            raise InvalidInput("fact", text, "name=value")
        facts[key] = value
    fn = getattr(deadlines, "deadline", None)
    if fn is None:  # pragma: no cover
        raise InvalidInput("command", "deadline", "a command this version supports")
    d = fn(args.step, trigger_on=args.trigger_on, jurisdiction=args.jurisdiction, **facts)
    if args.json:
        _emit_json(d.to_dict(), out)
        return 0
    flag = " (provisional)" if d.provisional else ""
    _explain(d, out, args.lang, f"{d.step}: last day {d.due_on.isoformat()}{flag} ({d.counting})")
    return 0


def _cmd_timeline(args: argparse.Namespace, out: TextIO) -> int:
    from familyplan import deadlines

    fn = getattr(deadlines, "case_timeline", None)
    if fn is None:  # pragma: no cover
        raise InvalidInput("command", "timeline", "a command this version supports")
    t = fn(
        jurisdiction=args.jurisdiction,
        notice_served_on=args.notice_served_on,
        decision_on=args.decision_on,
        decision_served_on=args.decision_served_on,
    )
    if args.json:
        _emit_json(t.to_dict(), out)
        return 0
    for d in t.deadlines:
        out.write(
            f"{d.due_on.isoformat()}\t{d.step}\t{d.counting}\t{'；'.join(str(c) for c in d.citations)}\n"
        )
    return 0


def _cmd_audit(args: argparse.Namespace, out: TextIO) -> int:
    import os

    from familyplan._audit import STATUSES, audit_rows, decode_register, parse_register

    try:
        with open(args.register, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise InvalidInput(
            "register", args.register, f"a readable CSV file ({exc.strerror})"
        ) from None
    if args.out and os.path.exists(args.out) and os.path.samefile(args.out, args.register):
        raise InvalidInput("--out", args.out, "a file other than the register itself")
    text, _encoding = decode_register(data, args.encoding)
    register = parse_register(text)
    for note in register.notes:
        sys.stderr.write(f"familyplan: note: {note}\n")
    lines = register.rows
    show = sys.stderr.isatty() and not args.json
    results = []
    for i, row in enumerate(audit_rows(lines), start=1):
        results.append(row)
        if show and (i % 200 == 0 or i == len(lines)):
            width = 30
            done = width * i // max(1, len(lines))
            sys.stderr.write(f"\r[{'#' * done}{'.' * (width - done)}] {i}/{len(lines)}")
    if show:
        sys.stderr.write("\n")
    counts = {s: sum(1 for r in results if r.status == s) for s in STATUSES}
    findings = [r for r in results if r.status != "ok"]
    if args.json:
        _emit_json(
            {
                "familyplan_version": __version__,
                "rules_version": RULES_VERSION,
                "rows": len(results),
                "counts": counts,
                "findings": [r.to_dict() for r in findings],
            },
            out,
        )
    else:
        out.write(
            f"{len(results)} rows: {counts['ok']} ok, {counts['discrepancy']} discrepancies, "
            f"{counts['undetermined']} undetermined, {counts['malformed']} malformed\n"
        )
        for r in findings:
            out.write(f"  line {r.line} {r.case_id} [{r.kind}] {r.status}: {r.reason}\n")
            if r.citations:
                out.write(f"      依据 {r.cited}\n")
    out.flush()
    if args.out:
        try:
            with open(args.out, "w", encoding="utf-8", newline="") as fh:
                w = csv.writer(fh)
                w.writerow(
                    [
                        "line",
                        "case_id",
                        "kind",
                        "status",
                        "recorded",
                        "recomputed",
                        "reason",
                        "citations",
                    ]
                )
                for r in findings:
                    w.writerow(
                        [
                            r.line,
                            r.case_id,
                            r.kind,
                            r.status,
                            r.recorded,
                            r.recomputed,
                            r.reason,
                            r.cited,
                        ]
                    )
        except OSError as exc:
            sys.stderr.write(
                f"familyplan: error: --out {args.out!r} cannot be written ({exc.strerror}); "
                "the report above is complete, the findings CSV was not written\n"
            )
            return 2
    if findings and not args.exit_zero:
        return 1
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

    p = sub.add_parser(
        "figures",
        help="every statutory figure with its value, words and citation",
        description=(
            "List every statutory number the calculators use: its id, typed value and unit, "
            "the words of the quote that state it, the article it comes from, and the period "
            "it applies in. The registry checks each value against its words when it loads."
        ),
    )
    p.add_argument(
        "--on", default=None, help="only the figures that apply on this date, YYYY-MM-DD"
    )
    p.add_argument("--statute", default=None, help="only the figures of this statute id")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=_cmd_figures)

    p = sub.add_parser("matters", help="the power catalogue (权力清单) of a division")
    p.add_argument("jurisdiction", help="GB/T 2260 code, e.g. 430602")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd_matters)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--json", action="store_true", help="machine-readable output (the result's to_dict())"
        )
        p.add_argument(
            "--lang", choices=("zh", "en"), default="zh", help="language of the explanation"
        )

    p = sub.add_parser("fine", help="the fine band for an offence")
    p.add_argument("offence_id")
    p.add_argument("--act-on", required=True, help="date of the act, YYYY-MM-DD")
    p.add_argument("--decided-on", default=None)
    p.add_argument("--jurisdiction", required=True)
    p.add_argument("--illegal-income", default=None)
    p.add_argument("--fees-charged", default=None)
    p.add_argument("--persons", type=_positive_int, default=1)
    common(p)
    p.set_defaults(handler=_cmd_fine)

    p = sub.add_parser("levy", help="the social maintenance fee for a case")
    p.add_argument("--jurisdiction", required=True)
    p.add_argument("--birth-on", required=True)
    p.add_argument("--decided-on", required=True)
    p.add_argument("--circumstance", required=True)
    p.add_argument("--children-over-limit", type=_positive_int, default=1)
    p.add_argument("--mother", help="residence[:income], e.g. urban:20000")
    p.add_argument("--father", help="residence[:income]")
    p.add_argument("--urban-base", required=True)
    p.add_argument("--rural-base", required=True)
    p.add_argument("--base-year", type=_positive_int, required=True)
    p.add_argument("--heavier", action="store_true")
    common(p)
    p.set_defaults(handler=_cmd_levy)

    p = sub.add_parser("late-fee", help="the late fee on an unpaid levy")
    p.add_argument("principal")
    p.add_argument("--due-on", required=True)
    p.add_argument("--as-of", required=True)
    p.add_argument("--payment", action="append", help="paid_on:amount (repeatable)")
    p.add_argument("--months", choices=("completed", "started"), default="completed")
    p.add_argument(
        "--allocation", choices=("principal-first", "fee-first"), default="principal-first"
    )
    common(p)
    p.set_defaults(handler=_cmd_late_fee)

    p = sub.add_parser("eligibility", help="check a subsidy or approval programme")
    p.add_argument("programme")
    p.add_argument("--jurisdiction", required=True)
    p.add_argument("--born-on", required=True)
    p.add_argument("--sex", required=True, choices=("male", "female"))
    p.add_argument("--residence", required=True, choices=("rural", "urban"))
    p.add_argument("--spouse", default="none", help="none, rural or urban")
    p.add_argument(
        "--children", default="", help="born_on:sex:alive|dead[:grade], separated by '|'"
    )
    p.add_argument("--birth-against-rules", type=_positive_int, action="append")
    p.add_argument("--year", type=_positive_int, default=None)
    p.add_argument("--as-of", default=None)
    common(p)
    p.set_defaults(handler=_cmd_eligibility)

    p = sub.add_parser("deadline", help="the last lawful day of a procedural step")
    p.add_argument("step")
    p.add_argument("--trigger-on", required=True)
    p.add_argument("--jurisdiction", required=True)
    p.add_argument("--fact", action="append", help="name=value (repeatable)")
    common(p)
    p.set_defaults(handler=_cmd_deadline)

    p = sub.add_parser("timeline", help="every deadline of a levy or penalty case")
    p.add_argument("--jurisdiction", required=True)
    p.add_argument("--notice-served-on", default=None)
    p.add_argument("--decision-on", default=None)
    p.add_argument("--decision-served-on", default=None)
    common(p)
    p.set_defaults(handler=_cmd_timeline)

    p = sub.add_parser(
        "audit",
        help="recompute a case register and report every finding",
        description="Recompute every row of a case register (CSV, see docs/audit.md) and "
        "report each row the law does not bear out, with the article.",
        epilog="exit status: 0 no findings; 1 findings (a discrepancy, an undetermined or a "
        "malformed row; 0 with --exit-zero); 2 bad input (the register cannot be read: "
        "encoding, delimiter, header, no rows; or --out cannot be written).",
    )
    p.add_argument("register", help="CSV file, UTF-8 unless --encoding says (see docs/audit.md)")
    p.add_argument(
        "--encoding",
        default=None,
        help="the register's encoding, e.g. utf-8 (default), gb18030, gbk, big5, latin-1; "
        "a byte-order mark (UTF-8/16/32) is detected and wins",
    )
    p.add_argument("--out", default=None, help="also write the findings as CSV here")
    p.add_argument(
        "--exit-zero",
        action="store_true",
        help="exit 0 even when there are findings (bad input still exits 2)",
    )
    p.add_argument("--json", action="store_true", help="machine-readable output, with the steps")
    p.set_defaults(handler=_cmd_audit)
    return parser


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None) -> int:
    """Run the command line; return the exit code.

    0 success (``audit``: no findings), 1 ``audit`` findings or an internal
    error, 2 bad input (the typed error's message, no traceback). Output cut
    short by the reader (``familyplan … | head -3``) ends quietly with 141,
    as a command killed by SIGPIPE does.
    """
    out = stdout if stdout is not None else sys.stdout
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help
        return int(exc.code) if isinstance(exc.code, int) else 2
    handler: Handler = args.handler
    try:
        code = handler(args, out)
        out.flush()
        return code
    except BrokenPipeError:
        _silence(out)
        return 141
    except FamilyPlanError as exc:
        sys.stderr.write(f"familyplan: error: {exc}\n")
        return 2
    except Exception as exc:  # pragma: no cover - the internal-error exit code
        sys.stderr.write(f"familyplan: internal error: {type(exc).__name__}: {exc}\n")
        return 1


def _silence(out: TextIO) -> None:
    """After a broken pipe: send what is left to /dev/null so the interpreter's
    final flush does not complain (the recipe of the Python docs, "SIGPIPE")."""
    import os

    try:
        fd = out.fileno()
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
