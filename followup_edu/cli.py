"""The ``followup-edu`` command: check a draft, explain a principle.

    followup-edu check draft.txt --context interview.json
    followup-edu check draft.eml --context interview.toml --format json
    cat draft.txt | followup-edu check - --format html > report.html
    followup-edu check --panel priya.txt sam.txt --recipients "Priya Raman" "Sam Ortiz"
    followup-edu explain greeting
    followup-edu explain --list

Exit codes: 0 nothing fails, 1 something fails, 2 bad input (one line on stderr), 130 interrupted.
See docs/cli.md.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import replace
from typing import IO, Any, Sequence

from . import __version__
from .errors import FollowupError

EXIT_OK, EXIT_FAILS, EXIT_BAD_INPUT, EXIT_INTERRUPTED, EXIT_INTERNAL = 0, 1, 2, 130, 70
FORMATS = ("text", "json", "html")
PROG = "followup-edu"


class UsageError(FollowupError):
    """The command line itself is wrong (unknown option, missing argument...)."""


def _columns() -> int:
    """The terminal's width as ``shutil.get_terminal_size().columns`` finds it (COLUMNS, then the
    terminal of standard output, else 80), without importing shutil, which imports the bz2 and
    lzma modules: argparse asks for it whenever it adds an argument."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _Formatter(argparse.HelpFormatter):
    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None):
        super().__init__(prog, indent_increment, max_help_position, _columns() - 2 if width is None else width)


class _Parser(argparse.ArgumentParser):
    """argparse, but a mistake is one line on stderr and exit code 2, like every other bad input."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see '{self.prog} --help')")


# -- helpers -----------------------------------------------------------------------------------
def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _load_context(args: argparse.Namespace, sent_at: str | None = None, notes: list[str] | None = None):
    from .context import Context
    from .errors import ContextError

    if args.context:
        try:
            ctx = Context.from_file(args.context)
        except ContextError as exc:
            problem = exc.problem
            if exc.key == "(file)":
                raise UsageError(problem) from None
            if exc.key == "(top level)":
                raise UsageError(f"{args.context}: {problem}") from None
            raise ContextError(exc.key, f"{problem} (in {args.context})") from None
    else:
        ctx = Context()
    changes: dict[str, Any] = {}
    if getattr(args, "kind", None):
        changes["kind"] = args.kind
    if getattr(args, "recipient", None):
        changes["recipient"] = args.recipient
    if getattr(args, "sent_at", None):
        changes["sent_at"] = args.sent_at
    elif sent_at and ctx.sent_at is None and ctx.interview_at is not None:
        changes["sent_at"] = sent_at
        if notes is not None:
            notes.append(f"the send time was taken from the email's Date: header ({sent_at})")
    try:
        return replace(ctx, **changes) if changes else ctx
    except ContextError as exc:
        option = "--" + exc.key.replace("_", "-")
        raise UsageError(f"{option}: {exc.problem}") from None


def _html_report(report, context=None) -> str:
    from .render.html import render_report

    return render_report(report, standalone=True, context=context)


def _write(out: IO[str], text: str) -> None:
    out.write(text)
    out.flush()


def _warn_notes(notes: Sequence[str], err: IO[str]) -> None:
    for note in notes:
        err.write(f"{PROG}: note: {note}\n")


# -- check -------------------------------------------------------------------------------------
def cmd_check(args: argparse.Namespace) -> int:
    from .drafts import read_draft
    from .render.text import use_color

    out, err = sys.stdout, sys.stderr
    if args.recipients and not args.panel:
        raise UsageError("--recipients goes with --panel; for one draft use --recipient NAME")
    if len(args.drafts) > 1 and not args.panel:
        raise UsageError("give one draft, or use --panel to check one email per interviewer")
    if args.drafts.count("-") > 1:
        raise UsageError("standard input ('-') can be read only once")
    drafts = [read_draft(path) for path in args.drafts]
    color = args.format == "text" and use_color(out, no_color=args.no_color)
    if args.panel:
        return _check_panel(args, drafts, color, out, err)

    draft = drafts[0]
    notes = list(draft.notes)
    ctx = _load_context(args, draft.sent_at, notes)
    if draft.recipient and ctx.recipient is None:
        ctx = replace(ctx, recipient=draft.recipient)
        notes.append(f"the recipient was taken from the email's To: header ({draft.recipient})")
    from . import check_email

    report = check_email(draft.subject, draft.body, ctx)
    if args.format == "json":
        _warn_notes(notes, err)
        _write(out, _json(report.to_dict()))
    elif args.format == "html":
        html = _html_report(report, ctx)
        _warn_notes(notes, err)
        _write(out, html if html.endswith("\n") else html + "\n")
    else:
        from .render.text import render_report

        _write(out, render_report(report, color=color, notes=notes, brief=args.brief, first_line=draft.first_line or 1,
                                  context=ctx))
    return EXIT_OK if report.ok else EXIT_FAILS


def _check_panel(args, drafts, color: bool, out: IO[str], err: IO[str]) -> int:
    from . import check_emails

    if len(drafts) < 2:
        raise UsageError("--panel needs two or more drafts, one per interviewer")
    recipients = list(args.recipients or [])
    if recipients and len(recipients) != len(drafts):
        raise UsageError(f"--recipients names {len(recipients)} people for {len(drafts)} drafts; give one name per draft")
    notes: list[str] = []
    for d in drafts:
        notes.extend(d.notes)
    ctx = _load_context(args, None, notes)
    if not recipients:
        interviewers = list(ctx.interviewers)
        for i, d in enumerate(drafts):
            if d.recipient:
                recipients.append(d.recipient)
            elif len(interviewers) == len(drafts):
                recipients.append(interviewers[i])
            else:
                recipients.append(None)
        if any(r is None for r in recipients):
            notes.append("some recipients are unknown; pass --recipients with one name per draft for sharper checks")
    panel = check_emails([(r, d.subject, d.body) for r, d in zip(recipients, drafts)], ctx)
    if args.format == "json":
        _warn_notes(notes, err)
        data = panel.to_dict()
        for item, d in zip(data["emails"], drafts):
            item.setdefault("source", d.source)
        _write(out, _json(data))
    elif args.format == "html":
        from .render.html import render_panel as html_panel

        html = html_panel(panel, standalone=True, context=ctx)
        _warn_notes(notes, err)
        _write(out, html if html.endswith("\n") else html + "\n")
    else:
        from .render.text import render_panel

        _write(out, render_panel(panel, color=color, names=[d.source for d in drafts], notes=notes, brief=args.brief,
                                 first_lines=[d.first_line for d in drafts], context=ctx))
    return EXIT_OK if panel.ok else EXIT_FAILS


# -- explain -----------------------------------------------------------------------------------
def cmd_explain(args: argparse.Namespace) -> int:
    from . import explain, principles
    from .registry import ids
    from .render.text import render_principle, render_principle_list, use_color

    out = sys.stdout
    color = args.format == "text" and use_color(out, no_color=args.no_color)
    if args.list or not args.principle:
        if not args.list and not args.principle:
            raise UsageError("name a principle id (e.g. 'explain greeting') or use --list")
        if args.format == "json":
            _write(out, _json([explain(pid) for pid in ids()]))
        else:
            _write(out, render_principle_list(principles(), color=color))
        return EXIT_OK
    pid = args.principle.strip().lower().replace("-", "_")
    if pid not in ids():
        raise UsageError(f"unknown principle '{args.principle}'; known: {', '.join(ids())}")
    info = explain(pid)
    if args.format == "json":
        _write(out, _json(info))
    else:
        _write(out, render_principle(info, color=color))
    return EXIT_OK


# -- the parser --------------------------------------------------------------------------------
COMMANDS = ("check", "explain", "grade-cohort", "class-report")


def _command(argv: Sequence[str] | None) -> str | None:
    """The command a command line names (its first word that is not an option), if it is one."""
    args = sys.argv[1:] if argv is None else argv
    first = next((a for a in args if not a.startswith("-")), None)
    return first if first in COMMANDS else None


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with ``only``, just that command's part (building every
    command's options takes longer than parsing), so ``--help`` and a mistaken command still
    get the whole parser."""
    parser = _Parser(
        prog=PROG,
        description="Check a follow-up email after a job interview, and learn the principle behind each check.",
        epilog="Exit codes: 0 nothing fails, 1 something fails, 2 bad input. Details: docs/cli.md",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    if only in (None, "check"):
        _add_check(sub)
    if only in (None, "explain"):
        _add_explain(sub)
    if only in (None, "grade-cohort", "class-report"):
        from .grading.cli import register as register_grading

        register_grading(sub)  # grade-cohort, class-report
    return parser


def _add_check(sub: Any) -> None:
    from .registry import all_kinds

    check = sub.add_parser(
        "check", help="check a draft and print a report",
        description="Check a draft (.txt with an optional 'Subject:' first line, or an .eml message; '-' reads "
                    "standard input) and print a report. Exit code 1 when something fails.",
    )
    check.add_argument("drafts", nargs="+", metavar="DRAFT", help="draft file (.txt or .eml), or '-' for standard input")
    check.add_argument("-c", "--context", metavar="FILE", help="interview context (.json or .toml): names, role, dates, topics")
    check.add_argument("-f", "--format", choices=FORMATS, default="text", help="output format (default: text)")
    check.add_argument("--kind", choices=all_kinds(), help="kind of email (overrides the context); default thank_you")
    check.add_argument("--recipient", metavar="NAME", help="who the email is to (overrides the context)")
    check.add_argument("--sent-at", metavar="WHEN", help="when it was or will be sent, ISO 8601 (overrides the context)")
    check.add_argument("--panel", action="store_true", help="the drafts are one email per panel interviewer; "
                                                             "also check they differ from each other")
    check.add_argument("--recipients", nargs="+", metavar="NAME", help="with --panel: one name per draft, in order")
    check.add_argument("--no-color", action="store_true", help="never colour the text report (NO_COLOR is honoured too)")
    check.add_argument("-b", "--brief", action="store_true", help="text report: show only what warns or fails")
    check.set_defaults(func=cmd_check)


def _add_explain(sub: Any) -> None:
    exp = sub.add_parser("explain", help="explain the principle behind a check",
                         description="Explain the principle behind a check: what it asks, why it matters, where it is taught.")
    exp.add_argument("principle", nargs="?", metavar="ID", help="principle id, e.g. greeting (see --list)")
    exp.add_argument("--list", action="store_true", help="list every principle id with its title")
    exp.add_argument("-f", "--format", choices=("text", "json"), default="text", help="output format (default: text)")
    exp.add_argument("--no-color", action="store_true", help="never colour the output")
    exp.set_defaults(func=cmd_explain)


def _one_line(message: object) -> str:
    text = " ".join(str(message).split())
    return text or "unexpected error"


def _ensure_utf8(stream: IO[str], errors: str) -> None:
    """Reports contain “quotes” and ✓ marks: write UTF-8 even under a C/ASCII locale, and never fail
    on a character that cannot be encoded (a file name with undecodable bytes, say)."""
    if hasattr(stream, "reconfigure"):
        try:
            stream.reconfigure(encoding="utf-8", errors=errors)
        except (ValueError, OSError, TypeError):
            pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (the console script passes it to ``sys.exit``)."""
    _ensure_utf8(sys.stdout, "replace")
    _ensure_utf8(sys.stderr, "backslashreplace")
    try:
        parser = build_parser(_command(argv))
        args = parser.parse_args(argv)
        if not getattr(args, "func", None):
            raise UsageError("name a command: check, explain, grade-cohort or class-report (see 'followup-edu --help')")
        return int(args.func(args))
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # the reader went away (e.g. `| head`): stop quietly, and keep Python from complaining at exit
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):
            pass
        return EXIT_FAILS
    except (FollowupError, OSError, UnicodeError) as exc:  # bad input; any other exception is a bug
        sys.stderr.write(f"{PROG}: error: {_one_line(exc)}\n")
        return EXIT_BAD_INPUT
    except Exception as exc:  # a bug, not bad input: still one line, with a way to see more
        if os.environ.get("FOLLOWUP_EDU_DEBUG"):
            raise
        sys.stderr.write(f"{PROG}: internal error: {type(exc).__name__}: {_one_line(exc)} "
                         "(please report it; set FOLLOWUP_EDU_DEBUG=1 to see the traceback)\n")
        return EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
