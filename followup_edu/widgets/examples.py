"""Weak vs strong examples, each shown with what the checker says about it."""
from __future__ import annotations

from html import escape
from typing import Sequence

import ipywidgets as w

from .. import registry
from ..api import check_email, score
from ..model import Report
from ..render.html import render_report
from . import content


def focused(report: Report, checks: Sequence[str] | None) -> Report:
    """The same report limited to some principles (score recomputed over them)."""
    if not checks:
        return report
    findings = [f for f in report.findings if f.check in checks]
    return Report(report.subject, report.body, findings, score(findings), report.recipient)


def check_draft(draft: content.Draft, checks: Sequence[str] | None = None) -> Report:
    return focused(check_email(draft.subject, draft.body, context=draft.context), checks)


def example_html(ex: content.Example) -> str:
    titles = ", ".join(registry.principle(p).title.lower() for p in ex.focus)
    parts = [f'<p class="fe-example-intro">{escape(ex.intro)}</p>' if ex.intro else "",
             f'<p>The checker\'s findings below are limited to this lesson\'s focus: <em>{escape(titles)}</em>.</p>',
             '<div class="fe-columns">']
    for draft in (ex.weak, ex.strong):
        heading = f"{draft.label}"
        block = render_report(check_draft(draft, ex.focus), heading=heading, context=draft.context)
        note = f'<p class="fe-example-note">{escape(draft.note)}</p>' if draft.note else ""
        parts.append(f"<div>{block}{note}</div>")
    parts.append("</div>")
    return "".join(parts)


def show_example(name: str) -> w.HTML:
    """One named example as a widget (weak and strong side by side)."""
    out = w.HTML(example_html(content.example(name)))
    out.add_class("fe-example")
    return out


def show_examples(lesson: str) -> w.VBox:
    """Every example of a lesson."""
    items = [show_example(ex.name) for ex in content.examples(lesson)]
    if not items:
        raise KeyError(f"no examples for lesson {lesson!r}")
    box = w.VBox(items)
    box.add_class("fe-examples")
    return box


def panel_example_html(ex: content.PanelExample, side: str | None = None) -> str:
    """A panel example as HTML: both sides (weak, then strong), or only ``side``."""
    from ..api import check_emails
    from ..render.html import render_panel

    parts = [f'<p class="fe-example-intro">{escape(ex.intro)}</p>' if ex.intro and side is None else ""]
    for key, label in PANEL_SIDES.items():
        if side in (None, key):
            emails = getattr(ex, key)
            parts.append(f"<h3>{escape(label)}</h3>")
            parts.append(render_panel(check_emails(list(emails), context=ex.context), context=ex.context))
    return "".join(parts)


PANEL_SIDES = {"weak": "Weak: near-copies", "strong": "Strong: each email its own"}


def show_panel_example(name: str | None = None, lesson: str = "10-follow-up-with-a-panel") -> w.VBox:
    """A panel example: its intro, then the weak and the strong set of emails in two tabs (a whole
    set of reports each, so the page stays short)."""
    items = [e for e in content.panel_examples(lesson) if name is None or e.name == name]
    if not items:
        raise KeyError(f"no panel example {name!r} for lesson {lesson!r}")
    boxes = []
    for e in items:
        intro = w.HTML(f'<p class="fe-example-intro">{escape(e.intro)}</p>' if e.intro else "")
        tabs = w.Tab(children=[w.HTML(panel_example_html(e, side)) for side in PANEL_SIDES],
                     titles=tuple(PANEL_SIDES.values()))
        tabs.add_class("fe-panel-sides")
        boxes.append(w.VBox([intro, tabs]))
    out = w.VBox(boxes)
    out.add_class("fe-example")
    return out
