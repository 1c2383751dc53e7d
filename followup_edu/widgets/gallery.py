"""The example gallery widget: pick a principle, a kind of email or a sector; see matching strong
and weak emails, each with the checker's report."""
from __future__ import annotations

from html import escape
from typing import Any

import ipywidgets as w

from ..api import check_email
from ..gallery import FORMAT_LABELS, TRAIT_LABELS, GalleryEmail, emails, pair, pair_flags, select
from ..registry import principle
from ..render.html import render_report, stylesheet
from . import _ui

KIND_LABELS = {"thank_you": "thank-you", "second_follow_up": "second follow-up", "after_rejection": "after a rejection",
               "offer_reply": "reply to an offer", "after_informational": "thank-you after an informational interview"}


def card(e: GalleryEmail) -> str:
    """One email: who, where and why, the draft, and the checker's report on it."""
    traits = ", ".join(TRAIT_LABELS.get(t, t) for t in e.traits)
    who = escape(", ".join(x for x in (e.context.candidate_name, e.context.role) if x))
    who += f" ({escape(e.sector)}, {escape(e.seniority)}"
    who += f"; {escape(traits)})" if traits else ")"
    head = _ui.badge("pass", "Strong") if e.strength == "strong" else _ui.badge("warn", "Weak")
    kind = KIND_LABELS.get(e.kind, "email")
    if e.format in FORMAT_LABELS and e.kind not in ("offer_reply", "after_informational"):  # those labels say it
        kind += f" {FORMAT_LABELS[e.format]}"
    report = render_report(check_email(e.subject, e.body, e.context), style=False, context=e.context)
    return (f'<article class="fe-gallery-card fe-gallery-{e.strength}" data-id="{escape(e.id)}">'
            f"<h4>{head} {escape(kind)}: {who}</h4>"
            f"<p><em>{escape(e.why)}</em></p>"
            f'<pre class="fe-gallery-draft">Subject: {escape(e.subject)}\n\n{escape(e.body)}</pre>{report}</article>')


def show_pair(name: str) -> w.VBox:
    """One pair from the gallery in two tabs, weak then strong, each checked as the cell runs (the
    lesson sections on interview formats and stages show theirs this way; tabs keep the page short)."""
    weak, strong = pair(name)
    cards = [w.HTML(card(e)) for e in (weak, strong)]
    tabs = w.Tab(children=cards, titles=("Weak", "Strong"))
    out = w.VBox([w.HTML(stylesheet() + _ui.BADGE_CSS), tabs])
    out.add_class("fe-gallery-pair")
    return out


def practise_pair(name: str) -> Any:
    """A live checker holding one pair's weak email and its interview details (opened, so the learner
    sees what the checker is told): repair it until the pair's principles pass."""
    from .checker import LiveChecker

    weak, _strong = pair(name)
    checker = LiveChecker(weak.subject, weak.body, weak.context, rows=12)
    for child in checker.children:
        if isinstance(child, w.Accordion):
            child.selected_index = 0
    checker.add_class("fe-practise-" + name)
    return checker


class ExampleGallery(w.VBox):
    """Strong and weak emails, filtered by principle, kind and sector, each checked by the checker."""

    def __init__(self, principle_id: str | None = None, kind: str | None = None, sector: str | None = None,
                 format: str | None = None):
        ids = sorted({p for flags in pair_flags().values() for p in flags})
        sectors = sorted({e.sector for e in emails()})
        kinds = [k for k in KIND_LABELS if any(e.kind == k for e in emails())]
        self.principle = w.Dropdown(options=[("any", None)] + [(principle(p).title, p) for p in ids],
                                    value=principle_id, description="About", style=_ui.LABEL, layout=_ui.choice())
        self.kind = w.Dropdown(options=[("any", None)] + [(KIND_LABELS[k], k) for k in kinds], value=kind,
                               description="Kind of email", style=_ui.LABEL, layout=_ui.choice())
        self.sector = w.Dropdown(options=[("any", None)] + [(s, s) for s in sectors], value=sector,
                                 description="Sector", style=_ui.LABEL, layout=_ui.choice())
        formats = [f for f in FORMAT_LABELS if any(e.format == f for e in emails())]
        self.format = w.Dropdown(options=[("any", None)] + [(FORMAT_LABELS[f], f) for f in formats], value=format,
                                 description="Format or stage", style=_ui.LABEL, layout=_ui.choice())
        self.count = w.HTML()
        self.count.add_class("fe-gallery-count")
        self.result = w.HTML()
        self.result.add_class("fe-gallery-result")
        self.shown: list[GalleryEmail] = []
        super().__init__([w.HTML(stylesheet() + _ui.BADGE_CSS), self.principle, self.kind, self.sector,
                          self.format, self.count, self.result])
        self.add_class("fe-example-gallery")
        for widget in (self.principle, self.kind, self.sector, self.format):
            widget.observe(self.update, names="value")
        self.update()

    def update(self, change: Any = None) -> list[GalleryEmail]:
        self.shown = select(self.principle.value, self.kind.value, self.sector.value, self.format.value)
        n = len(self.shown)
        if not n:
            self.count.value = _ui.live("No example matches all these choices: set one of them back to “any”.")
            self.result.value = ""
            return self.shown
        self.count.value = _ui.live(f"{n} example{'' if n == 1 else 's'}")
        self.result.value = "".join(card(e) for e in self.shown)
        return self.shown
