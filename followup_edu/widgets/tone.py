"""The tone explorer: put two phrasings of the same sentence side by side and see what the checker says."""
from __future__ import annotations

from html import escape
from typing import Any

import ipywidgets as w

from ..api import check_email
from ..model import Report
from ..render.html import render_report
from . import _ui, content
from .examples import focused

TONE_CHECKS = ("tone", "next_steps", "spelling")


def in_frame(sentence: str) -> tuple[str, str, dict[str, Any]]:
    """Place a sentence inside the short sample email from lessons.toml (subject, body, context)."""
    frame = content.lessons()["tone_frame"]
    body = frame["body"].strip("\n").replace("{sentence}", sentence.strip())
    return frame["subject"], body, content.context_dict(frame.get("context"))


def check_phrasing(sentence: str) -> Report:
    """What the checker says about one phrasing, placed in the sample email."""
    subject, body, ctx = in_frame(sentence)
    return focused(check_email(subject, body, context=ctx), TONE_CHECKS)


class ToneExplorer(w.VBox):
    """Pick a pair of phrasings (or write your own) and compare the checker's verdicts."""

    def __init__(self, pair: str | None = None):
        self.pairs = {p.id: p for p in content.tone_pairs()}
        first = pair or next(iter(self.pairs))
        self.choice = w.Dropdown(options=[(p.label, p.id) for p in self.pairs.values()], value=first,
                                 description="Situation", style=_ui.LABEL,
                                 layout=_ui.choice())
        self.a = _ui.area("Phrasing A", rows=3)
        self.b = _ui.area("Phrasing B", rows=3)
        self.a.add_class("fe-phrasing-a")
        self.b.add_class("fe-phrasing-b")
        self.note = w.HTML()
        self.result_a, self.result_b = w.HTML(), w.HTML()
        self.result_a.add_class("fe-result-a")
        self.result_b.add_class("fe-result-b")
        self.reports: tuple[Report, Report] | None = None
        columns = w.HBox([self.result_a, self.result_b], layout=w.Layout(flex_flow="row wrap"))
        for r in (self.result_a, self.result_b):
            r.layout = w.Layout(flex="1 1 22rem", min_width="0")
        super().__init__([self.choice, self.a, self.b, self.note, columns])
        self.add_class("fe-tone-explorer")
        self.choice.observe(self._load, names="value")
        self.a.observe(self.update, names="value")
        self.b.observe(self.update, names="value")
        self._load()

    def _load(self, change: Any = None) -> None:
        p = self.pairs[self.choice.value]
        with self.hold_trait_notifications():
            self.a.value, self.b.value = p.weak, p.strong
        self.note.value = f"<p><em>{escape(p.note)}</em></p>" if p.note else ""
        self.update()

    def update(self, change: Any = None) -> None:
        ra, rb = check_phrasing(self.a.value), check_phrasing(self.b.value)
        self.reports = (ra, rb)
        ctx = in_frame("")[2]
        self.result_a.value = render_report(ra, heading="Phrasing A in the sample email", context=ctx)
        self.result_b.value = render_report(rb, heading="Phrasing B in the sample email", context=ctx)
