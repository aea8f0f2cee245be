"""The ``familyplan`` command: a thin shell over the public API.

Exit codes: 0 success; 1 ``audit`` findings (0 with ``--exit-zero``) or an
internal error; 2 bad input (the message names the flag, no traceback); 141
when the reader of the output went away (``| head``).

The CLI never fills in a fact the user did not give: an omitted
``--spouse``, ``--children`` or ``--birth-against-rules`` stays *not given*,
and a programme that needs it answers "undetermined", never "eligible".
"""

from __future__ import annotations

import argparse
import csv
import datetime as _dt
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Any, TextIO, TypeVar

from familyplan import eligibility, penalties, statutes
from familyplan._version import RULES_VERSION, __version__
from familyplan._zh import step_zh, value_zh
from familyplan.errors import CommandLineError, FamilyPlanError, InvalidInput, NotEncoded
from familyplan.explain import Citation, Step

__all__ = ["build_parser", "main"]

Handler = Callable[[argparse.Namespace, TextIO], int]


AMOUNT_HELP = "yuan, up to two decimals, thousands separators allowed (12000, 12,000.50)"
DATE_HELP = "YYYY-MM-DD"
_AMOUNT = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


_UsageError = CommandLineError


def _amount(text: str) -> str:
    """An argparse type: an amount of yuan as the help states it."""
    if not _AMOUNT.fullmatch(text.strip()):
        raise argparse.ArgumentTypeError(f"must be an amount of {AMOUNT_HELP}, got {text!r}")
    return text.strip()


_SHARE = re.compile(r"0?\.[0-9]{1,4}|1(?:\.0{1,4})?")


def _share(text: str) -> Decimal:
    """An argparse type: a share of a range, a decimal above 0 and at most 1."""
    value = text.strip()
    if not _SHARE.fullmatch(value) or Decimal(value) == 0:
        raise argparse.ArgumentTypeError(
            f"must be a decimal above 0 and at most 1 (e.g. 0.5), got {text!r}"
        )
    return Decimal(value)


def _date(text: str) -> _dt.date:
    """An argparse type: a calendar date written YYYY-MM-DD."""
    try:
        if not _DATE.fullmatch(text.strip()):
            raise ValueError
        return _dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"must be a calendar date written {DATE_HELP}, got {text!r}"
        ) from None


_OCCUPATIONS = ("employee", "self-employed", "unemployed", "farmer")


def _party_arg(text: str) -> tuple[str, str | None, str | None]:
    """An argparse type: ``residence[:income[:occupation]]`` of --mother / --father."""
    residence, sep, rest = text.partition(":")
    income, _, occupation = rest.partition(":")
    if residence not in ("rural", "urban"):
        raise argparse.ArgumentTypeError(
            f"must be rural or urban, then optionally :income in {AMOUNT_HELP} "
            f"(e.g. urban:20000), got {text!r}"
        )
    if sep and income.strip() and not _AMOUNT.fullmatch(income.strip()):
        raise argparse.ArgumentTypeError(
            f"the income after ':' must be an amount of {AMOUNT_HELP}, got {text!r}"
        )
    occupation = occupation.strip()
    if occupation and occupation not in _OCCUPATIONS:
        raise argparse.ArgumentTypeError(
            f"the occupation after the second ':' must be one of {', '.join(_OCCUPATIONS)} "
            f"(Hebei art. 46 item 1), e.g. urban:20000:employee or rural::farmer, got {text!r}"
        )
    return residence, (income.strip() or None), (occupation or None)


def _payment_arg(text: str) -> tuple[str, str]:
    """An argparse type: ``paid_on:amount`` of --payment."""
    day, sep, amount = text.partition(":")
    if not sep or not _DATE.fullmatch(day.strip()) or not _AMOUNT.fullmatch(amount.strip()):
        raise argparse.ArgumentTypeError(
            f"must be paid_on:amount, a {DATE_HELP} date and an amount of {AMOUNT_HELP} "
            f"(e.g. 2013-07-15:40000), got {text!r}"
        )
    _date(day)
    return day.strip(), amount.strip()


def _births_arg(text: str) -> int | None:
    """An argparse type: a year of a birth against the rules, or none."""
    if text.strip().lower() in ("none", "0"):
        return None
    if not re.fullmatch(r"\d{4}", text.strip()):
        raise argparse.ArgumentTypeError(f"must be a year (e.g. 1985) or none, got {text!r}")
    return int(text)


def _emit_json(data: Any, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2, sort_keys=False)
    out.write("\n")


def _cmd_statutes(args: argparse.Namespace, out: TextIO) -> int:
    items = statutes.all_statutes()
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


def _offence_ids(matter: statutes.Matter) -> tuple[str, ...]:
    """The ids ``familyplan fine`` takes for a penalty matter: the offences whose
    rule cites one of the matter's articles, in the statute version in force
    when the catalogue was listed."""
    basis = set(matter.basis)
    out: list[str] = []
    for o in penalties.offences(matter.jurisdiction):
        for r in o.rules:
            if (r.statute_id, r.article) not in basis:
                continue
            if matter.listed_on is not None:
                try:
                    label = statutes.version_on(r.statute_id, on=matter.listed_on).label
                except FamilyPlanError:
                    continue
                if label not in r.versions:
                    continue
            if o.id not in out:
                out.append(o.id)
    return tuple(out)


def _cmd_matters(args: argparse.Namespace, out: TextIO) -> int:
    items = statutes.matters(args.jurisdiction)
    if args.json:
        _emit_json([{**m.to_dict(), "offence_ids": list(_offence_ids(m))} for m in items], out)
        return 0
    for m in items:
        limit = (
            f"{m.statutory_limit_working_days}个工作日"
            if m.statutory_limit_working_days is not None
            else "—"
        )
        out.write(f"{m.id}\t{m.kind}\t{limit}\t{m.name}\n")
        ids = _offence_ids(m)
        if ids:
            out.write(f"    offences (familyplan fine ID): {', '.join(ids)}\n")
    return 0


def _cmd_offences(args: argparse.Namespace, out: TextIO) -> int:
    items = penalties.offences(args.jurisdiction)
    if args.json:
        _emit_json([o.to_dict() for o in items], out)
        return 0
    for o in items:
        arts = sorted(
            {f"{r.statute_id} art. {r.article} ({'/'.join(r.versions)})" for r in o.rules}
        )
        out.write(f"{o.id}\t{o.jurisdiction}\t{o.name}\n    {o.name_en}; {'; '.join(arts)}\n")
    return 0


def _explain(result: Any, out: TextIO, lang: str, headline: str) -> None:
    """The human-readable form: the headline, then the steps, numbered, then the citations."""
    out.write(headline + "\n")
    steps: tuple[Step, ...] = result.steps
    for i, s in enumerate(steps, start=1):
        text = s.description_zh if lang == "zh" and s.description_zh else s.description
        shown = (value_zh(s.value) if lang == "zh" else None) or _show(s.value)
        value = "" if s.value is None else f" = {shown}"
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
    try:
        penalties.offence(args.offence_id)
    except InvalidInput:
        raise _UsageError(
            f"offence_id {args.offence_id!r} is not an offence id; 'familyplan offences "
            f"--jurisdiction {args.jurisdiction}' lists the ids that apply there"
        ) from None
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


def _cmd_levy(args: argparse.Namespace, out: TextIO) -> int:
    parties = []
    for role in ("mother", "father"):
        given = getattr(args, role)
        if given is not None:
            residence, income, occupation = given
            parties.append(
                penalties.Party(
                    role, actual_income=income, residence=residence, occupation=occupation
                )
            )
    if not parties:
        raise _UsageError(
            "give --mother or --father (or both), each as residence[:income], e.g. "
            "--mother urban:20000 --father rural"
        )
    args.party_flags = [f"--{p.role}" for p in parties]
    case = penalties.LevyCase(
        jurisdiction=args.jurisdiction,
        birth_on=args.birth_on,
        decided_on=args.decided_on,
        circumstance=args.circumstance,
        children_over_limit=args.children_over_limit,
        birth_order=args.birth_order,
        parties=tuple(parties),
        income_base=penalties.IncomeBase(
            urban_disposable=args.urban_base,
            rural_net=args.rural_base,
            year=args.base_year,
            area=args.jurisdiction,
        ),
        heavier=args.heavier,
    )
    progression = (
        None if args.progression is None else penalties.ProgressionPolicy(args.progression)
    )
    heavier = None if args.heavier_share is None else penalties.HeavierPolicy(args.heavier_share)
    r = penalties.assess_levy(case, heavier_policy=heavier, progression_policy=progression)
    if args.json:
        _emit_json(r.to_dict(), out)
        return 0
    hi = "no maximum" if r.total_maximum is None else str(r.total_maximum)
    _explain(r, out, args.lang, f"levy for the couple: {r.total_minimum} – {hi} 元")
    return 0


def _cmd_late_fee(args: argparse.Namespace, out: TextIO) -> int:
    pays = list(args.payment or [])
    policy = penalties.LateFeePolicy(
        months=args.months, allocation=args.allocation, after_cessation=args.after_cessation
    )
    r = penalties.late_fee(
        args.principal, due_on=args.due_on, as_of=args.as_of, payments=pays, policy=policy
    )
    if args.json:
        _emit_json(r.to_dict(), out)
        return 0
    _explain(r, out, args.lang, _late_fee_headline(r, args.lang))
    return 0


def _months(n: int) -> str:
    """``1 month``, ``2 months`` (and ``0 months``)."""
    return f"{n} month" if n == 1 else f"{n} months"


def _late_fee_headline(r: penalties.LateFee, lang: str) -> str:
    """``late fee: 2.00 元 (1 month)`` / ``滞纳金：2.00 元（1个月）``, ``capped`` / ``已达上限`` added."""
    if lang == "zh":
        capped = "，以本金为限" if r.capped else ""
        return f"滞纳金：{r.amount} 元（{r.months}个月{capped}）"
    return f"late fee: {r.amount} 元 ({_months(r.months)}{', capped' if r.capped else ''})"


def _cli_children(text: str | None) -> list[eligibility.Child] | None:
    from familyplan._audit import _children

    if text is not None and not text.strip():
        raise _UsageError("--children is empty: give none, or born_on:sex:alive|dead[:grade]")
    return _children(text)


def _cmd_eligibility(args: argparse.Namespace, out: TextIO) -> int:
    if args.spouse is None:
        spouse: Any = None  # not given
    elif args.spouse == "none":
        spouse = eligibility.NO_SPOUSE
    else:
        spouse = eligibility.Spouse(
            "female" if args.sex == "male" else "male", residence=args.spouse
        )
    births: tuple[int, ...] | None = None
    if args.birth_against_rules is not None:
        years = [y for y in args.birth_against_rules if y is not None]
        if years and len(years) != len(args.birth_against_rules):
            raise _UsageError("--birth-against-rules: give none, or years, not both")
        births = tuple(years)
    applicant = eligibility.Applicant(
        args.born_on,
        args.sex,
        residence=args.residence,
        registered_in=args.jurisdiction,
        spouse=spouse,
        children=_cli_children(args.children),
        births_against_rules=births,
    )
    r = eligibility.check(
        args.programme, applicant, year=args.year, as_of=args.as_of, jurisdiction=args.jurisdiction
    )
    if args.json:
        _emit_json(r.to_dict(), out)
        return 0
    verdict = {True: "eligible", False: "not eligible", None: "undetermined"}[r.eligible]
    if r.eligible:
        out.write(f"{args.programme}: {verdict}; amount {r.amount}\n")
    elif r.eligible is None:
        missing = ", ".join(dict.fromkeys(c.fact for c in r.unknown))
        out.write(f"{args.programme}: {verdict} ({missing})\n")
    else:
        out.write(f"{args.programme}: {verdict}\n")
    for c in r.conditions:
        mark = {True: "✓", False: "✗", None: "?"}[c.met]
        cite = "" if c.citation is None else f"  [{c.citation}]"
        text = f"{c.id}: {c.fact}"
        if args.lang == "zh":
            text = step_zh(f"{c.id}: {c.status} ({c.fact})") or text
        out.write(f"  {mark} {text}{cite}\n")
    if r.eligible is None:
        out.write(
            "  (say what is not given: --spouse none|rural|urban, --children none|…, "
            "--birth-against-rules none|YEAR)\n"
        )
    return 0


def _cmd_childcare(args: argparse.Namespace, out: TextIO) -> int:
    """``familyplan childcare-subsidy``: one child's claim for a year (issue 18)."""
    yes_no = {None: None, "yes": True, "no": False}
    claim = eligibility.ChildcareClaim(
        args.born_on,
        chinese_national=yes_no[args.chinese_national],
        lawful=yes_no[args.lawful],
        adopted=args.adopted,
        applicant=args.applicant,
        applied_on=args.applied_on,
        first_claim_year=args.first_claim_year,
    )
    r = eligibility.check(
        "childcare-subsidy", claim, year=args.year, jurisdiction=args.jurisdiction
    )
    e = eligibility.childcare_entitlement(
        args.born_on, year=args.year, first_claim_year=args.first_claim_year
    )
    if args.json:
        _emit_json({"eligibility": r.to_dict(), "entitlement": e.to_dict()}, out)
        return 0
    months = "a yearly claim" if e.months is None else _months(e.months)
    verdict = {True: "eligible", False: "not eligible", None: "undetermined"}[r.eligible]
    out.write(f"childcare-subsidy {args.year}: {verdict}; {months}; amount {r.amount}\n")
    for c in r.conditions:
        mark = {True: "✓", False: "✗", None: "?"}[c.met]
        out.write(f"  {mark} {c.id}: {c.fact}  [{c.citation}]\n")
    if r.checked_through is not None:
        out.write(f"  (standard checked through {r.checked_through.isoformat()})\n")
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
    _explain(
        d, out, args.lang, f"{d.step_id}: last day {d.due_on.isoformat()}{flag} ({d.counting})"
    )
    return 0


def _cmd_timeline(args: argparse.Namespace, out: TextIO) -> int:
    from familyplan import deadlines

    if not (args.notice_served_on or args.decided_on or args.decision_served_on):
        raise _UsageError(
            "timeline needs at least one date: --notice-served-on, --decided-on or "
            "--decision-served-on (YYYY-MM-DD)"
        )
    fn = getattr(deadlines, "case_timeline", None)
    if fn is None:  # pragma: no cover
        raise InvalidInput("command", "timeline", "a command this version supports")
    t = fn(
        jurisdiction=args.jurisdiction,
        notice_served_on=args.notice_served_on,
        decided_on=args.decided_on,
        decision_served_on=args.decision_served_on,
    )
    if args.json:
        _emit_json(t.to_dict(), out)
        return 0
    for d in t.deadlines:
        out.write(
            f"{d.due_on.isoformat()}\t{d.step_id}\t{d.counting}\t{'；'.join(str(c) for c in d.citations)}\n"
        )
    return 0


_T = TypeVar("_T")

PROGRESS_FROM = 10_000
"""``audit`` shows a progress bar for registers of more rows than this (on a terminal)."""


def _show_progress(rows: int, *, json_output: bool, stream: TextIO) -> bool:
    """A progress bar only for a large register, on a terminal, and never with ``--json``."""
    return rows > PROGRESS_FROM and not json_output and stream.isatty()


def _progress(items: Iterable[_T], total: int, *, show: bool) -> Iterator[_T]:
    """``items``, drawing a progress bar on standard error with ``rich`` when
    ``show`` (``pip install familyplan[progress]``); without ``rich``, no bar."""
    if not show:
        yield from items
        return
    try:
        from rich.console import Console
        from rich.progress import track
    except ImportError:  # the optional extra is not installed: no bar
        yield from items
        return
    yield from track(
        items,
        total=total,
        description="auditing",
        console=Console(file=sys.stderr),
        transient=True,
    )


def _cmd_audit(args: argparse.Namespace, out: TextIO) -> int:
    import gc
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
    # Reading a register makes one dict of strings per row and no reference
    # cycles: the cyclic collector has nothing to find there, and pausing it
    # saves about a quarter of the reading time of a large register.
    collecting = gc.isenabled()
    gc.disable()
    try:
        register = parse_register(text)
    finally:
        if collecting:
            gc.enable()
    for note in register.notes:
        sys.stderr.write(f"familyplan: note: {note}\n")
    lines = register.rows
    show = _show_progress(len(lines), json_output=args.json, stream=sys.stderr)
    # The register's rows live until the report is written: frozen, they are
    # not rescanned by every collection the audit's work triggers (about a sixth
    # of a large audit's time); unfrozen after, they are collected as before.
    gc.freeze()
    try:
        results = list(_progress(audit_rows(lines), len(lines), show=show))
    finally:
        gc.unfreeze()
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
    import typing

    from familyplan import deadlines

    fmt = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog="familyplan",
        description="Chinese family-planning statutes as exact, cited, dated calculators.",
        epilog=f"dates are {DATE_HELP}; amounts are {AMOUNT_HELP}; jurisdictions are GB/T "
        "2260 division codes (e.g. 430602). Exit status: 0 success; 1 audit findings; "
        "2 bad input. 'familyplan COMMAND --help' for each command.",
    )
    parser.add_argument("--version", action="version", version=f"familyplan {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    jur = "GB/T 2260 division code, e.g. 430602 (岳阳楼区), 430611, 130132, 370304"

    p = sub.add_parser("statutes", help="list the statute registry")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=_cmd_statutes)

    p = sub.add_parser("provision", help="show an article as in force on a date")
    p.add_argument("statute_id", help="a statute id from 'familyplan statutes'")
    p.add_argument("article", type=_positive_int, help="the article number (条)")
    p.add_argument("--on", required=True, type=_date, help=f"the date, {DATE_HELP}")
    p.add_argument("--paragraph", type=_positive_int, default=None, help="paragraph (款)")
    p.add_argument("--item", type=_positive_int, default=None, help="item (项)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
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

    p = sub.add_parser(
        "matters",
        help="the power catalogue (权力清单) of a division, with the offence ids of each penalty",
    )
    p.add_argument("jurisdiction", help=jur)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=_cmd_matters)

    p = sub.add_parser("offences", help="the offence ids 'familyplan fine' takes")
    p.add_argument(
        "--jurisdiction", default=None, help=f"only the offences that apply there: {jur}"
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=_cmd_offences)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--json", action="store_true", help="machine-readable output (the result's to_dict())"
        )
        p.add_argument(
            "--lang",
            choices=("zh", "en"),
            default="zh",
            help="language of the explanation: zh (default) or en",
        )

    p = sub.add_parser("fine", help="the fine band for an offence", formatter_class=fmt)
    p.add_argument("offence_id", help="an offence id: see 'familyplan offences'")
    p.add_argument("--act-on", required=True, type=_date, help=f"date of the act, {DATE_HELP}")
    p.add_argument(
        "--decided-on",
        type=_date,
        default=None,
        help=f"date of the decision, {DATE_HELP} (the lighter later law applies: 从旧兼从轻)",
    )
    p.add_argument("--jurisdiction", required=True, help=jur)
    p.add_argument("--illegal-income", type=_amount, default=None, help=AMOUNT_HELP)
    p.add_argument("--fees-charged", type=_amount, default=None, help=AMOUNT_HELP)
    p.add_argument("--persons", type=_positive_int, default=1, help="persons (default 1)")
    common(p)
    p.set_defaults(handler=_cmd_fine)

    p = sub.add_parser("levy", help="the social maintenance fee (社会抚养费) for a case")
    p.add_argument("--jurisdiction", required=True, help=jur)
    p.add_argument("--birth-on", required=True, type=_date, help=f"date of birth, {DATE_HELP}")
    p.add_argument(
        "--decided-on", required=True, type=_date, help=f"date of the decision, {DATE_HELP}"
    )
    p.add_argument(
        "--circumstance",
        required=True,
        choices=[c.value for c in penalties.Circumstance],
        metavar="CIRCUMSTANCE",
        help="one of: " + ", ".join(c.value for c in penalties.Circumstance),
    )
    p.add_argument("--children-over-limit", type=_positive_int, default=1, help="default 1")
    p.add_argument(
        "--birth-order",
        type=_positive_int,
        default=None,
        help="which child was born against the rules (3 = the third); Hebei counts by it",
    )
    p.add_argument(
        "--progression",
        choices=["add-second-child-amount", "add-previous-amount"],
        default=None,
        help="Hebei art. 46 item 1, 以此递进累加 for a fourth or later child: each adds the "
        "second-child amount again (add-second-child-amount, the default) or doubles the "
        "previous child's (add-previous-amount)",
    )
    p.add_argument(
        "--mother",
        type=_party_arg,
        help=f"residence[:income[:occupation]]: rural or urban, the previous year's income "
        f"in {AMOUNT_HELP} (omitted: not known), and in Hebei the occupation "
        f"({', '.join(_OCCUPATIONS)}), e.g. urban:20000 or urban:20000:employee or "
        "rural::farmer",
    )
    p.add_argument("--father", type=_party_arg, help="residence[:income[:occupation]], as --mother")
    p.add_argument(
        "--urban-base",
        required=True,
        type=_amount,
        help=f"the county's per-capita urban disposable income, {AMOUNT_HELP}",
    )
    p.add_argument(
        "--rural-base",
        required=True,
        type=_amount,
        help=f"the county's per-capita rural net income, {AMOUNT_HELP}",
    )
    p.add_argument(
        "--base-year", type=_positive_int, required=True, help="the year of the bases, e.g. 2016"
    )
    p.add_argument("--heavier", action="store_true", help="the heavier (从重) circumstances apply")
    p.add_argument(
        "--heavier-share",
        type=_share,
        default=None,
        metavar="SHARE",
        help="the county's measure of 从重: the upper part of the range kept, e.g. 0.5 (the "
        "articles give none: without it the whole lawful range is shown)",
    )
    common(p)
    p.set_defaults(handler=_cmd_levy)

    p = sub.add_parser("late-fee", help="the late fee (滞纳金) on an unpaid levy")
    p.add_argument("principal", type=_amount, help=f"the levy unpaid, {AMOUNT_HELP}")
    p.add_argument("--due-on", required=True, type=_date, help=f"the last day to pay, {DATE_HELP}")
    p.add_argument("--as-of", required=True, type=_date, help=f"count the fee up to, {DATE_HELP}")
    p.add_argument(
        "--payment",
        type=_payment_arg,
        action="append",
        help=f"paid_on:amount, {DATE_HELP}:yuan, e.g. 2013-07-15:40000 (repeatable)",
    )
    p.add_argument(
        "--months",
        choices=("completed", "started"),
        default="completed",
        help="how months count: completed (default) or started",
    )
    p.add_argument(
        "--allocation",
        choices=("principal-first", "fee-first"),
        default="principal-first",
        help="a payment pays: principal-first (default) or fee-first",
    )
    p.add_argument(
        "--after-cessation",
        choices=("stop", "continue"),
        default="stop",
        help="after 2021-09-08 (the rate article's last day in force) accrual stops "
        "(default) or continues",
    )
    common(p)
    p.set_defaults(handler=_cmd_late_fee)

    # the childcare subsidy takes a child's claim, not an applicant: its own command below
    programmes = tuple(
        p for p in typing.get_args(eligibility.ProgrammeId) if p != "childcare-subsidy"
    )
    p = sub.add_parser(
        "eligibility",
        help="check a subsidy or approval programme",
        description="Check a programme. A fact not given stays unknown: omit --spouse, "
        "--children or --birth-against-rules and a programme that needs it answers "
        "'undetermined', never 'eligible'. Say 'none' to say none.",
    )
    p.add_argument("programme", choices=programmes, help="one of: " + ", ".join(programmes))
    p.add_argument("--jurisdiction", required=True, help=jur)
    p.add_argument(
        "--born-on", required=True, type=_date, help=f"the applicant's birth date, {DATE_HELP}"
    )
    p.add_argument("--sex", required=True, choices=("male", "female"), help="male or female")
    p.add_argument("--residence", required=True, choices=("rural", "urban"), help="rural or urban")
    p.add_argument(
        "--spouse",
        default=None,
        choices=("none", "rural", "urban"),
        help="none (no spouse), or the spouse's residence rural or urban; omitted: not given",
    )
    p.add_argument(
        "--children",
        default=None,
        help=f"none, or born_on:sex:alive|dead[:disability grade] separated by '|', "
        f"born_on {DATE_HELP}, e.g. 1975-03-01:male:alive; omitted: not given",
    )
    p.add_argument(
        "--birth-against-rules",
        type=_births_arg,
        action="append",
        metavar="YEAR|none",
        help="the year of a birth against the rules (repeatable), or none; omitted: not given",
    )
    p.add_argument("--year", type=_positive_int, default=None, help="the year checked, e.g. 2014")
    p.add_argument("--as-of", type=_date, default=None, help=f"or the day checked, {DATE_HELP}")
    common(p)
    p.set_defaults(handler=_cmd_eligibility)

    p = sub.add_parser(
        "childcare-subsidy",
        help="the national childcare subsidy (育儿补贴) of one child for a year",
        description="One child's claim for a year: the conditions, the months counted "
        "(born before 2025) and the amount. A fact not given stays unknown, never 'eligible'.",
    )
    p.add_argument("--jurisdiction", required=True, help=jur)
    p.add_argument(
        "--born-on", required=True, type=_date, help=f"the child's birth date, {DATE_HELP}"
    )
    p.add_argument("--year", required=True, type=_positive_int, help="the year claimed, e.g. 2026")
    p.add_argument(
        "--chinese-national", choices=("yes", "no"), default=None, help="omitted: not given"
    )
    p.add_argument(
        "--lawful",
        choices=("yes", "no"),
        default=None,
        help="born or adopted in accordance with the law; omitted: not given",
    )
    p.add_argument("--adopted", action="store_true", help="the child is adopted")
    p.add_argument(
        "--applicant",
        choices=("parent", "guardian", "welfare-institution", "other"),
        default=None,
        help="who applies; omitted: not given",
    )
    p.add_argument(
        "--applied-on", type=_date, default=None, help=f"the application day, {DATE_HELP}"
    )
    p.add_argument(
        "--first-claim-year",
        type=_positive_int,
        default=None,
        help="born from 2025: the year of the first claim (the birth year or the next)",
    )
    common(p)
    p.set_defaults(handler=_cmd_childcare)

    p = sub.add_parser("deadline", help="the last lawful day of a procedural step")
    p.add_argument(
        "step",
        choices=deadlines.STEPS,
        metavar="STEP",
        help="one of: " + ", ".join(deadlines.STEPS),
    )
    p.add_argument(
        "--trigger-on",
        required=True,
        type=_date,
        help=f"the day that starts the period (e.g. the day of service), {DATE_HELP}",
    )
    p.add_argument(
        "--jurisdiction", default=None, help=jur + " (needed by a county's own steps only)"
    )
    p.add_argument("--fact", action="append", help="name=value (repeatable)")
    common(p)
    p.set_defaults(handler=_cmd_deadline)

    p = sub.add_parser(
        "timeline", help="every deadline of a levy or penalty case (give at least one date)"
    )
    p.add_argument("--jurisdiction", required=True, help=jur)
    p.add_argument(
        "--notice-served-on", type=_date, default=None, help=f"notice served, {DATE_HELP}"
    )
    p.add_argument(
        "--decided-on",
        "--decision-on",
        dest="decided_on",
        type=_date,
        default=None,
        help=f"decision made, {DATE_HELP}",
    )
    p.add_argument(
        "--decision-served-on", type=_date, default=None, help=f"decision served, {DATE_HELP}"
    )
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

    from familyplan._cli_json import add_commands  # schema, eval (JSON interface)

    add_commands(sub)
    for command in sub.choices.values():  # a wrong option is told with its command's usage
        command.set_defaults(command_parser=command)
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
        args, extras = parser.parse_known_args(argv)
        command_parser: argparse.ArgumentParser = args.command_parser
        del args.command_parser
        if extras:  # argparse would show the top-level usage; the command's is the one to read
            given = list(sys.argv[1:] if argv is None else argv)
            before = given[: given.index(args.command)] if args.command in given else []
            blamed = parser if any(x in before for x in extras) else command_parser
            blamed.error(f"unrecognized arguments: {' '.join(extras)}")
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
        flag = _flag_of(exc, args)
        text = _not_encoded(exc) if isinstance(exc, NotEncoded) else str(exc)
        sys.stderr.write(f"familyplan: error: {flag + ': ' if flag else ''}{_plain(text)}\n")
        return 2
    except Exception as exc:  # pragma: no cover - the internal-error exit code
        sys.stderr.write(f"familyplan: internal error: {type(exc).__name__}: {exc}\n")
        return 1


def _not_encoded(exc: NotEncoded) -> str:
    """A NotEncoded for a reader: why first (with the last encoded year), then the
    encoded periods one a line."""
    head = f"{exc.what} has no encoded amount for {exc.value}"
    lines = [f"{head}: {exc.reason}" if exc.reason else head, "  encoded periods:"]
    for label, a, b in exc.versions:
        lines.append(f"    {a.isoformat()} to {b.isoformat() if b else 'now'}: {label}")
    return "\n".join(lines)


_FIELD_FLAGS = {
    "income_base.urban_disposable": "--urban-base",
    "income_base.rural_net": "--rural-base",
    "income_base.year": "--base-year",
    "payments": "--payment",
    "registered_in": "--jurisdiction",
    "births_against_rules": "--birth-against-rules",
    "programme_id": "programme",
}


def _flag_of(exc: BaseException, args: argparse.Namespace) -> str:
    """The flag (or argument) a library error is about, when the field names one."""
    field = getattr(exc, "field", None)
    if not isinstance(field, str) or field.startswith("-"):
        return ""
    m = re.match(r"parties\[(\d+)\]", field)
    flags = getattr(args, "party_flags", None)
    if m and flags and int(m.group(1)) < len(flags):
        return str(flags[int(m.group(1))])
    if field in _FIELD_FLAGS:
        return _FIELD_FLAGS[field]
    root = re.split(r"[.\[]", field.removeprefix("applicant."))[0]
    if root in _FIELD_FLAGS:
        return _FIELD_FLAGS[root]
    if root in (
        "principal",
        "offence_id",
        "step",
        "register",
        "statute_id",
        "article",
        "programme",
    ):
        return root
    if root and hasattr(args, root):
        return "--" + root.replace("_", "-")
    return ""


def _plain(message: str) -> str:
    """A library message as a command-line user writes values: dates ISO, amounts bare.

    >>> _plain("got datetime.date(1940, 1, 1) and Decimal('5.00')")
    "got 1940-01-01 and '5.00'"
    """
    message = re.sub(
        r"datetime\.date\((\d+), (\d+), (\d+)\)",
        lambda m: f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}",
        message,
    )
    return re.sub(r"Decimal\(('[^']*')\)", r"\1", message)


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
