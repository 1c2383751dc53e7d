"""Render checker reports as HTML, for widgets, lessons and ``followup-edu --format html``.

Drafts are untrusted text, so the jinja2 environment autoescapes everything; the only markup
added around the draft is our own ``<mark>`` elements. Status is always shown as a word and an
icon as well as a colour, so colour is never the only signal.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from jinja2 import Environment, PackageLoader, select_autoescape

from .. import registry
from ..model import Finding, PanelReport, Report, worst

#: Word and icon shown next to each status (the colour comes from CSS classes ``fe-<status>``).
STATUS_LABELS = {
    "pass": ("✔", "Good"),
    "warn": ("⚠", "Improve"),
    "fail": ("✘", "Fix"),
    "skip": ("–", "Not checked"),
}


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("followup_edu", "render/templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["STATUS_LABELS"] = STATUS_LABELS
    from ..schedule import day, when  # one way of writing dates, shared with the calculator's notes

    env.filters["when"] = when
    env.filters["day"] = day
    return env


@dataclass(frozen=True)
class Segment:
    """A run of draft text; ``notes`` are the footnote numbers of the findings covering it."""

    text: str
    notes: tuple[int, ...] = ()
    status: str = "pass"
    title: str = ""
    ends: tuple[int, ...] = ()  # notes whose span ends here: their number is shown once, at the end


@dataclass(frozen=True)
class Note:
    """A finding that points at words in the draft, numbered for the footnotes."""

    number: int
    finding: Finding
    quote: str


def _notes(report: Report, field: str, start: int = 1) -> list[Note]:
    text = report.subject if field == "subject" else report.body
    marked = []
    for f in report.findings:
        if f.field != field or not f.span or f.status not in ("warn", "fail"):
            continue
        a, b = max(0, f.span[0]), min(len(text), f.span[1])
        if b > a:
            marked.append((a, -b, f))
    # Number the notes in reading order, so footnote 1 is the first marked place in the draft.
    marked.sort(key=lambda t: (t[0], t[1]))
    return [Note(start + i, f, _short(text[a:-nb])) for i, (a, nb, f) in enumerate(marked)]


def _short(quote: str, limit: int = 60) -> str:
    quote = " ".join(quote.split())
    return quote if len(quote) <= limit else quote[: limit - 1].rstrip() + "…"


def segments(text: str, notes: Sequence[Note]) -> list[Segment]:
    """Split ``text`` at every span boundary; each piece knows which findings cover it.

    Overlapping spans are fine: a piece covered by two findings carries both numbers and the
    worse status.
    """
    cuts = {0, len(text)}
    for n in notes:
        cuts.update((max(0, n.finding.span[0]), min(len(text), n.finding.span[1])))
    bounds = sorted(cuts)
    out: list[Segment] = []
    for a, b in zip(bounds, bounds[1:]):
        covering = [n for n in notes if n.finding.span[0] <= a and b <= n.finding.span[1]]
        if covering:
            status = worst(n.finding.status for n in covering)
            title = " | ".join(f"[{n.number}] {n.finding.message}" for n in covering)
            ends = tuple(n.number for n in covering if min(len(text), n.finding.span[1]) == b)
            out.append(Segment(text[a:b], tuple(n.number for n in covering), status, title, ends))
        else:
            out.append(Segment(text[a:b]))
    return out


def _groups(report: Report, numbers: dict[int, int] | None = None) -> list[dict]:
    """Findings grouped per principle, in registry order, with the principle's title."""
    by_check = report.by_check()
    order = [pid for pid in registry.ids() if pid in by_check] + [c for c in by_check if c not in registry.ids()]
    groups = []
    for pid in order:
        fs = by_check[pid]
        try:
            p = registry.principle(pid)
            title, lesson = p.title, p.lesson
        except KeyError:
            title, lesson = pid, ""
        groups.append({"id": pid, "title": title, "lesson": lesson,
                       "status": worst(f.status for f in fs),
                       "entries": [(f, (numbers or {}).get(id(f))) for f in fs]})
    return groups


def _report_context(report: Report, *, heading: str | None = None) -> dict:
    subject_notes = _notes(report, "subject")
    body_notes = _notes(report, "body", start=len(subject_notes) + 1)
    numbers = {id(n.finding): n.number for n in subject_notes + body_notes}
    groups = _groups(report, numbers)
    counts = {s: sum(1 for g in groups if g["status"] == s) for s in STATUS_LABELS}
    return {
        "report": report,
        "heading": heading,
        "groups": groups,
        "counts": counts,
        "subject_segments": segments(report.subject, subject_notes),
        "body_segments": segments(report.body, body_notes),
        "notes": subject_notes + body_notes,
        "overall": "pass" if report.ok and not report.problems else ("warn" if report.ok else "fail"),
    }


def render_report(report: Report, *, standalone: bool = False, heading: str | None = None,
                  style: bool = True) -> str:
    """One draft's report as HTML: score, the draft with findings marked, findings per principle.

    ``standalone=True`` wraps it in a complete HTML document with its stylesheet; otherwise the
    fragment carries a ``<style>`` block scoped to ``.fe-report`` so it displays in notebooks.
    ``style=False`` leaves the ``<style>`` block out of a fragment (a live widget that re-renders
    on every keystroke shows :func:`stylesheet` once instead, which keeps the browser quick).
    """
    ctx = _report_context(report, heading=heading)
    body = _env().get_template("report.html.j2").render(**ctx)
    return _wrap(body, standalone, title=heading or "Follow-up email report", style=style)


def render_panel(panel_report: PanelReport, *, standalone: bool = False, style: bool = True) -> str:
    """A panel's reports: the ``distinct`` verdict first, then one section per email."""
    emails = []
    for i, r in enumerate(panel_report.reports, 1):
        heading = f"Email {i}" + (f" to {r.recipient}" if r.recipient else "")
        emails.append(_env().get_template("report.html.j2").render(**_report_context(r, heading=heading)))
    distinct_status = worst(f.status for f in panel_report.findings)
    body = _env().get_template("panel.html.j2").render(
        panel=panel_report, emails=emails, distinct_status=distinct_status,
        distinct_title=registry.principle("distinct").title,
    )
    return _wrap(body, standalone, title="Follow-up emails to a panel", style=style)


def _wrap(fragment: str, standalone: bool, *, title: str, style: bool = True) -> str:
    return _env().get_template("page.html.j2").render(content=fragment, standalone=standalone, title=title,
                                                      style=style)


def stylesheet() -> str:
    """The ``<style>`` block the fragments use, for pages that show it once."""
    return "<style>\n" + _env().get_template("style.css.j2").render() + "\n</style>"


def render_plan(plan) -> str:
    """A send-by plan (:class:`followup_edu.schedule.SendPlan`) as an HTML fragment."""
    body = _env().get_template("plan.html.j2").render(plan=plan)
    return _wrap(body, False, title="When to send")
