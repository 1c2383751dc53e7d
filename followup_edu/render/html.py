"""Render checker reports as HTML, for widgets, lessons and ``followup-edu --format html``.

Drafts are untrusted text, so the jinja2 environment autoescapes everything; the only markup
added around the draft is our own ``<mark>`` elements. Status is always shown as a word and an
icon as well as a colour, so colour is never the only signal.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Sequence

from .. import _regex, registry
from ..model import Finding, PanelReport, Report, worst

if TYPE_CHECKING:
    from jinja2 import Environment

#: Word and icon shown next to each status (the colour comes from CSS classes ``fe-<status>``).
STATUS_LABELS = {
    "pass": ("✔", "Good"),
    "warn": ("⚠", "Improve"),
    "fail": ("✘", "Fix"),
    "skip": ("–", "Not checked"),
}


@lru_cache(maxsize=1)
def _env() -> Environment:
    # imported here: the text report (the command line's default) uses this module's wording
    # helpers but no template, and jinja2 takes longer to import than a whole check
    from jinja2 import Environment, PackageLoader, select_autoescape

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


def _short(quote: str, limit: int = 80) -> str:
    """A quote on one line; a long one keeps its start and its end (where a match often sits)."""
    quote = " ".join(quote.split())
    if len(quote) <= limit:
        return quote
    head = quote[: limit // 2].rsplit(" ", 1)[0]
    tail = quote[-(limit // 2):].split(" ", 1)[-1]
    return f"{head} … {tail}"


_CUT_QUOTE = _regex.compile(r"“([^”]*?)…”")


def _span_text(report: Report, f: Finding) -> str:
    if not f.span:
        return ""
    text = report.subject if f.field == "subject" else report.body
    return " ".join(text[max(0, f.span[0]):min(len(text), f.span[1])].split())


_EXAMPLE = _regex.compile(r",? (?:for example|such as|e\.g\.|like)(?: this)?:? “([^”]*)”")


def message(report: Report, f: Finding, known: str | None = None) -> str:
    """The finding's message as the learner reads it.

    A quote the checker cut short is shown whole, or trimmed in the middle, so the words that
    matched (often at the end of a sentence) stay visible. An example phrase that names things the
    learner never wrote or gave (a role they did not mention, "Your Name") is left out, with its
    "for example"."""
    full = _span_text(report, f)

    def repl(m: re.Match[str]) -> str:
        cut = " ".join(m.group(1).split())
        return f"“{_short(full)}”" if full and full.startswith(cut) and len(full) > len(cut) else m.group(0)

    text = _CUT_QUOTE.sub(repl, f.message)
    if known is not None:
        low = " ".join(known.split()).lower()

        def drop(m: re.Match[str]) -> str:
            phrase = m.group(1)
            if " ".join(phrase.split()).lower().rstrip("…") in low or grounded(phrase, known):
                return m.group(0)
            return ""

        text = _EXAMPLE.sub(drop, text)
    return text


def _quotes_itself(text: str) -> bool:
    return "“" in text or '"' in text


def grounded(suggestion: str | None, known: str) -> str | None:
    """The suggestion, unless it names something the learner never wrote or gave (an invented role,
    a 'Your Name' left for them to fill in): a capitalised word inside a phrase that appears nowhere
    in ``known`` (the draft and the interview details)."""
    if not suggestion:
        return None
    low = known.lower()
    for part in re.split(r"[–—:;.!?()\[\]]| - ", suggestion):
        words = re.findall(r"[A-Za-z][\w'’-]*", part)
        for word in words[1:]:
            if word[0].isupper() and word != "I" and word.lower() not in low:
                return None
    if re.search(r"[\[\]{}<>]", suggestion):
        return None
    return suggestion


def segments(text: str, notes: Sequence[Note], say=None) -> list[Segment]:
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
            title = " | ".join(f"[{n.number}] {say(n.finding) if say else n.finding.message}" for n in covering)
            ends = tuple(n.number for n in covering if min(len(text), n.finding.span[1]) == b)
            out.append(Segment(text[a:b], tuple(n.number for n in covering), status, title, ends))
        else:
            out.append(Segment(text[a:b]))
    return out


def _principle(pid: str) -> tuple[str, str]:
    try:
        p = registry.principle(pid)
        return p.title, p.lesson
    except KeyError:
        return pid, ""


@lru_cache(maxsize=1)
def lesson_titles() -> dict[str, str]:
    """Lesson slug -> its title, from data/lessons.toml (the notebooks' own headings)."""
    from importlib import resources
    try:
        import tomllib  # type: ignore[import-not-found]
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    data = tomllib.loads(resources.files("followup_edu").joinpath("data/lessons.toml").read_text("utf-8"))
    return dict(data.get("lesson_titles", {}))


def _lesson(slug: str) -> dict[str, str] | None:
    if not slug:
        return None
    title = lesson_titles().get(slug, slug)
    return {"href": f"{slug}.ipynb", "title": f"{slug[:2]} · {title}" if slug[:2].isdigit() else title}


def known_text(report: Report, context: Any) -> str:
    """Everything the learner wrote or gave: a suggestion may name only what appears here."""
    parts = [report.subject, report.body, report.recipient or ""]
    if context is not None:
        ctx = context.to_dict() if hasattr(context, "to_dict") else dict(context)
        for v in ctx.values():
            parts.extend(v if isinstance(v, (list, tuple)) else [str(v)])
    return " ".join(parts)


def _merge_repeats(items: list[dict]) -> list[dict]:
    """Problems that say the very same thing about no particular words (an empty body fails every
    principle with one message) are shown once, naming the principles they cover."""
    merged: list[dict] = []
    seen: dict[tuple, dict] = {}
    for it in items:
        key = (it["finding"].status, it["message"], it["suggestion"])
        if it["number"] is None and it["quote"] is None and key in seen:
            seen[key]["titles"].append(it["title"])
            continue
        it = {**it, "titles": [it["title"]]}
        if it["number"] is None and it["quote"] is None:
            seen[key] = it
        merged.append(it)
    for it in merged:
        titles = it.pop("titles")
        if len(titles) > 3:
            it["title"] = f"{titles[0]} and {len(titles) - 1} more"
        elif len(titles) > 1:
            it["title"] = ", ".join(titles[:-1]) + " and " + titles[-1]
    return merged


def _report_context(report: Report, *, heading: str | None = None, context: Any = None) -> dict:
    """What the report template shows: each problem once (numbered like its highlight), then what
    passes and what was not checked, each folded into one line."""
    subject_notes = _notes(report, "subject")
    body_notes = _notes(report, "body", start=len(subject_notes) + 1)
    notes = subject_notes + body_notes
    numbers = {id(n.finding): n.number for n in notes}
    known = known_text(report, context)
    said = {id(f): message(report, f, known) for f in report.findings}  # each message worked out once
    flagged = {_span_text(report, f) for f in report.problems if f.span}
    flagged = {t for t in flagged if len(t) >= 3}

    def item(f: Finding) -> dict:
        title, lesson = _principle(f.check)
        msg = said[id(f)]
        note = next((n for n in notes if n.finding is f), None)
        quote = note.quote if note and not _quotes_itself(msg) else None
        return {"finding": f, "title": title, "message": msg, "quote": quote, "number": numbers.get(id(f)),
                "suggestion": grounded(f.suggestion, known), "lesson": _lesson(lesson)}

    order = {pid: i for i, pid in enumerate(registry.ids())}
    problems = sorted(report.problems, key=lambda f: (numbers.get(id(f), 10**6), order.get(f.check, 99)))
    by_check = report.by_check()
    good, skipped = [], []
    for pid in sorted(by_check, key=lambda c: order.get(c, 99)):
        fs = by_check[pid]
        status = worst(f.status for f in fs)
        if status == "skip":
            skipped.append({"id": pid, "title": _principle(pid)[0], "message": fs[0].message})
        elif status == "pass":
            # Never praise words that are flagged elsewhere ("Greets Ms Whitfeild" next to a misspelling).
            praise = [said[id(f)] for f in fs if not any(t in said[id(f)] for t in flagged)]
            if praise:
                good.append({"id": pid, "title": _principle(pid)[0], "message": " ".join(praise)})
    items = _merge_repeats([item(f) for f in problems])
    # The counts are of what the list shows, so "2 to fix, 5 to improve" is the list's own length.
    failing = {i["finding"].check for i in items if i["finding"].status == "fail"}
    fails = len(failing)
    warns = len({i["finding"].check for i in items if i["finding"].status == "warn"} - failing)
    overall = "fail" if fails else ("warn" if warns else "pass")
    parts = ([f"{fails} to fix"] if fails else []) + ([f"{warns} to improve"] if warns else [])
    return {
        "report": report,
        "heading": heading,
        "problems": items,
        "good": good,
        "skipped": skipped,
        "summary": ", ".join(parts) if parts else "nothing to fix",
        "subject_segments": segments(report.subject, subject_notes, lambda f: said[id(f)]),
        "body_segments": segments(report.body, body_notes, lambda f: said[id(f)]),
        "overall": overall,
    }


def render_report(report: Report, *, standalone: bool = False, heading: str | None = None,
                  style: bool = True, context: Any = None) -> str:
    """One draft's report as HTML: score, the draft with findings marked, findings per principle.

    ``standalone=True`` wraps it in a complete HTML document with its stylesheet; otherwise the
    fragment carries a ``<style>`` block scoped to ``.fe-report`` so it displays in notebooks.
    ``style=False`` leaves the ``<style>`` block out of a fragment (a live widget that re-renders
    on every keystroke shows :func:`stylesheet` once instead, which keeps the browser quick).
    ``context`` (the interview details) lets suggestions use the learner's own role and name; a
    suggestion naming anything the learner did not write or give is left out.
    """
    ctx = _report_context(report, heading=heading, context=context)
    body = _env().get_template("report.html.j2").render(**ctx)
    return _wrap(body, standalone, title=heading or "Follow-up email report", style=style)


def render_panel(panel_report: PanelReport, *, standalone: bool = False, style: bool = True,
                 context: Any = None) -> str:
    """A panel's reports: the ``distinct`` verdict first, then one section per email, side by side."""
    emails = []
    for i, r in enumerate(panel_report.reports, 1):
        heading = f"Email {i}" + (f" to {r.recipient}" if r.recipient else "")
        emails.append(_env().get_template("report.html.j2").render(**_report_context(r, heading=heading,
                                                                                      context=context)))
    distinct_status = worst(f.status for f in panel_report.findings)
    body = _env().get_template("panel.html.j2").render(
        panel=panel_report, emails=emails, distinct_status=distinct_status,
        fails=sum(1 for r in panel_report.reports if not r.ok) + (distinct_status == "fail"),
        distinct_title=registry.principle("distinct").title,
    )
    return _wrap(body, standalone, title="Follow-up emails to a panel", style=style)


def _wrap(fragment: str, standalone: bool, *, title: str, style: bool = True) -> str:
    return _env().get_template("page.html.j2").render(content=fragment, standalone=standalone, title=title,
                                                      style=style)


def stylesheet() -> str:
    """The ``<style>`` block the fragments use, for pages that show it once."""
    return "<style>\n" + _env().get_template("style.css.j2").render() + "\n</style>"


def render_follow_up_plan(plan) -> str:
    """The whole follow-up sequence (:class:`followup_edu.planner.FollowUpPlan`) as an HTML fragment."""
    body = _env().get_template("follow_up_plan.html.j2").render(plan=plan)
    return _wrap(body, False, title="Your follow-ups")


def render_plan(plan) -> str:
    """A send-by plan (:class:`followup_edu.schedule.SendPlan`) as an HTML fragment."""
    body = _env().get_template("plan.html.j2").render(plan=plan)
    return _wrap(body, False, title="When to send")
