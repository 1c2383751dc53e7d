"""Render reports and principles as plain text for a terminal.

Every status is written as a word and a symbol (``✓ pass``, ``! warn``, ``✗ fail``, ``– skip``);
colour is an extra, never the only signal, and only used when the caller asks for it.
"""
from __future__ import annotations

import os
import textwrap
from typing import IO, Any, Iterable, Mapping, Sequence

from ..model import Finding, PanelReport, Report, worst
from ..registry import ids as principle_ids, principle
from ..text import quote

SYMBOLS = {"pass": "✓", "warn": "!", "fail": "✗", "skip": "–"}
WORDS = {"pass": "PASS", "warn": "WARN", "fail": "FAIL", "skip": "SKIP"}
_COLOURS = {"pass": "32", "warn": "33", "fail": "31", "skip": "2"}  # green, yellow, red, dim
_WIDTH = 88
_INDENT = " " * 9


def use_color(stream: IO[str] | None, *, no_color: bool = False, environ: Mapping[str, str] | None = None) -> bool:
    """Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org) or refused."""
    env = os.environ if environ is None else environ
    if no_color or env.get("NO_COLOR") or env.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except (OSError, ValueError):
        return False


def _paint(text: str, code: str, color: bool) -> str:
    return f"\033[{code}m{text}\033[0m" if color else text


def _bold(text: str, color: bool) -> str:
    return _paint(text, "1", color)


def status_label(status: str, color: bool = False) -> str:
    """``✓ PASS`` and friends, padded to one width."""
    return _paint(f"{SYMBOLS[status]} {WORDS[status]}", _COLOURS[status], color)


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of an offset into ``text``."""
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def _wrap(text: str, indent: str = _INDENT, width: int = _WIDTH) -> list[str]:
    return textwrap.wrap(" ".join(text.split()), width=width, initial_indent=indent, subsequent_indent=indent,
                         break_long_words=True, break_on_hyphens=False) or [indent.rstrip()]


def _where(report: Report, f: Finding, line_offset: int = 0) -> str | None:
    if not f.span:
        return None
    text = report.subject if f.field == "subject" else report.body
    start, end = f.span
    if not (0 <= start <= end <= len(text)):
        return None
    words = quote(text[start:end], 64)
    if f.field == "subject":
        where = f"in the subject, column {start + 1}"
    else:
        line, col = line_col(text, start)
        where = f"at {line + line_offset}:{col}"
    return f"{where}: “{words}”" if words else where


def _finding_lines(report: Report, f: Finding, color: bool, *, show_status: bool, line_offset: int = 0,
                   known: str | None = None) -> list[str]:
    from .html import grounded, message as say

    lines = []
    message = say(report, f, known)
    if show_status:
        # a finding milder than the principle's worst: say its own status in words too
        first = _wrap(f"({WORDS[f.status].lower()}) {message}", indent="", width=_WIDTH - len(_INDENT))
        lines.append(_INDENT[:-2] + _paint(SYMBOLS[f.status], _COLOURS[f.status], color) + " " + first[0])
        lines.extend(_INDENT + rest for rest in first[1:])
    else:
        lines.extend(_wrap(message))
    where = _where(report, f, line_offset) if f.status in ("warn", "fail") else None  # passes stay short
    if where:
        lines.append(_INDENT + where)  # one line, so it can be found with grep
    suggestion = grounded(f.suggestion, known) if known is not None else f.suggestion
    if suggestion:
        lines.extend(_wrap("→ try: " + suggestion))
    return lines


def _title(pid: str) -> str:
    try:
        return principle(pid).title
    except KeyError:
        return pid


def _ordered(checks: Iterable[str]) -> list[str]:
    order = {pid: i for i, pid in enumerate(principle_ids())}
    return sorted(set(checks), key=lambda c: (order.get(c, len(order)), c))


def _tally(statuses: Iterable[str]) -> str:
    counts = {s: 0 for s in WORDS}
    for s in statuses:
        counts[s] += 1
    parts = []
    if counts["fail"]:
        parts.append(f"{counts['fail']} to fix")
    if counts["warn"]:
        parts.append(f"{counts['warn']} to consider")
    parts.append(f"{counts['pass']} passed")
    if counts["skip"]:
        parts.append(f"{counts['skip']} not applicable")
    return ", ".join(parts)


def _principle_blocks(report: Report, findings: Sequence[Finding], color: bool, *, brief: bool = False,
                     line_offset: int = 0, known: str | None = None) -> list[str]:
    by_check: dict[str, list[Finding]] = {}
    for f in findings:
        by_check.setdefault(f.check, []).append(f)
    out: list[str] = []
    quiet: list[str] = []
    for pid in _ordered(by_check):
        fs = by_check[pid]
        status = worst(f.status for f in fs)
        if brief and status in ("pass", "skip"):
            quiet.append((status, pid))
            continue
        out.append(f"{status_label(status, color)}  {_bold(_title(pid), color)}  [{pid}]")
        shown = [f for f in fs if f.status == status] if status != "skip" else fs[:1]
        others = [f for f in fs if f not in shown and f.status in ("warn", "fail")]
        for f in shown:
            out.extend(_finding_lines(report, f, color, show_status=False, line_offset=line_offset, known=known))
        for f in others:
            out.extend(_finding_lines(report, f, color, show_status=True, line_offset=line_offset, known=known))
    for status, label in (("pass", "Passed"), ("skip", "Not applicable")):
        pids = [pid for s, pid in quiet if s == status]
        if pids:
            out.extend(_wrap(f"{SYMBOLS[status]} {label}: " + ", ".join(pids), indent=""))
    return out


def render_report(report: Report, *, color: bool = False, notes: Sequence[str] = (), title: str | None = None,
                  brief: bool = False, first_line: int = 1, context: Any = None) -> str:
    """A readable report: the score, then each principle with its status, message, quoted words
    (with line:column) and suggestion. ``brief`` shows only the principles that warn or fail.

    Lines are counted from the body's first line, which is line ``first_line`` (pass the file line
    where the body starts, so locations match the file in an editor). A suggestion naming something
    neither the draft nor the ``context`` (the interview details) mentions is left out."""
    from .html import known_text
    statuses = report.statuses
    lines: list[str] = []
    if title:
        lines.append(_bold(title, color))
    for note in [*notes, *report.notes]:
        lines.extend(_wrap("note: " + note, indent=""))
    if report.subject:
        lines.append(f"Subject: {quote(report.subject, 80)}")
    verdict = "nothing fails" if report.ok else "something needs fixing"
    lines.append(_bold(f"Score: {report.score}/100", color) + f" — {verdict} ({_tally(statuses.values())})")
    lines.append("")
    lines.extend(_principle_blocks(report, report.findings, color, brief=brief, line_offset=first_line - 1,
                                   known=known_text(report, context)))
    lines.append("")
    lines.append("To learn the principle behind a check: followup-edu explain <id>")
    return "\n".join(lines) + "\n"


def render_panel(panel: PanelReport, *, color: bool = False, names: Sequence[str] = (),
                 notes: Sequence[str] = (), brief: bool = False, first_lines: Sequence[int | None] = (),
                 context: Any = None) -> str:
    """One report per interviewer, then whether the emails differ from each other."""
    lines: list[str] = []
    for note in notes:
        lines.extend(_wrap("note: " + note, indent=""))
    verdict = "nothing fails" if panel.ok else "something needs fixing"
    lines.append(_bold(f"Panel score: {panel.score}/100", color) + f" — {verdict}, {len(panel.reports)} emails")
    for i, report in enumerate(panel.reports):
        name = names[i] if i < len(names) else f"email {i + 1}"
        to = f" to {report.recipient}" if report.recipient else ""
        lines.append("")
        lines.append(_bold(f"== {name}{to} ==", color))
        first = first_lines[i] if i < len(first_lines) and first_lines[i] else 1
        body = render_report(report, color=color, brief=brief, first_line=first,
                             context=context).rstrip("\n").split("\n")
        lines.extend(body[:-2])  # without the closing hint; it comes once at the end
    lines.append("")
    lines.append(_bold("== Across the emails ==", color))
    if panel.findings:
        fake = Report(subject="", body="", findings=list(panel.findings), score=panel.score)
        for line in _principle_blocks(fake, panel.findings, color):
            lines.append(line)
    else:
        lines.append(_INDENT + "No comparison made.")
    lines.append("")
    lines.append("To learn the principle behind a check: followup-edu explain <id>")
    return "\n".join(lines) + "\n"


def _kinds(kinds: Sequence[str]) -> str:
    return ", ".join(k.replace("_", " ") for k in kinds)


def render_principle(info: Mapping[str, Any] | Any, *, color: bool = False) -> str:
    """The principle behind a check: title, summary, why, what it applies to, weight, lesson.

    ``info`` is the dict from :func:`followup_edu.explain` or a registry ``Principle``.
    """
    if not isinstance(info, Mapping):
        info = {"id": info.id, "title": info.title, "summary": info.summary, "why": info.why,
                "lesson": info.lesson, "weight": info.weight, "applies_to": list(info.kinds)}
    weight = info["weight"]
    weight_text = f"{weight:g}" if isinstance(weight, (int, float)) else str(weight)
    lines = [_bold(f"{info['title']}  [{info['id']}]", color), ""]
    lines.extend(_wrap(info["summary"], indent=""))
    lines.append("")
    lines.append(_bold("Why it matters", color))
    lines.extend(_wrap(info["why"], indent="  "))
    lines.append("")
    lines.append(f"Applies to:  {_kinds(info.get('applies_to', ()))}")
    lines.append(f"Weight:      {weight_text} (relative; principles that apply share the 0-100 score)")
    lines.append(f"Lesson:      {info['lesson']}")
    return "\n".join(lines) + "\n"


def render_principle_list(principles: Iterable[Any], *, color: bool = False) -> str:
    """Every principle id with its title, in teaching order."""
    rows = [(p.id, p.title) for p in principles]
    width = max((len(pid) for pid, _ in rows), default=0)
    lines = [f"{_bold(pid.ljust(width), color)}  {title}" for pid, title in rows]
    lines.append("")
    lines.append("More about one: followup-edu explain <id>")
    return "\n".join(lines) + "\n"


__all__ = ["render_report", "render_panel", "render_principle", "render_principle_list", "status_label",
           "use_color", "line_col", "SYMBOLS", "WORDS"]
