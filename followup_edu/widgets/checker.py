"""The live draft checker: type a subject and a body, see the findings update as you type."""
from __future__ import annotations

import time
from typing import Any, Sequence

import ipywidgets as w

from ..api import check_email
from ..context import Context
from ..model import Report
from ..render.html import render_report, stylesheet
from . import _ui


def word_count(subject: str, body: str) -> int:
    """Words as the length check counts them (the greeting and sign-off aside), so the status line
    and the length finding give the same number."""
    from ..text import parse

    draft = parse(subject, body)
    return draft.total_words or len(draft.core_words)


def summary_html(report: Report, words: int, ms: float | None = None, tokens: int | None = None) -> str:
    """The one-line verdict above the findings: words and status, as text and icon (the score is in
    the report just below, said once).

    ``tokens`` (every whitespace-separated piece typed) is a hook for tests that follow typing."""
    # The counts and the score are in the report just below; this line only says where you stand.
    if not report.ok:
        state = _ui.badge("fail", "Not ready to send")
    elif report.problems:
        state = _ui.badge("warn", "Nearly there")
    else:
        state = _ui.badge("pass", "Ready to send")
    # How long the check took is for benchmarks and tests (data-ms), not something a learner needs.
    timing = f'<span class="fe-ms" data-ms="{ms:.1f}" hidden></span>' if ms is not None else ""
    return _ui.live(f'<span class="fe-wordcount" data-words="{words}" data-tokens="{tokens if tokens is not None else words}">'
                    f'{words} word{"s" if words != 1 else ""}</span>'
                    f' · {state}{timing}')


_WARM = False


def warm_up() -> None:
    """Load the checker's word lists once, so the first keystroke is as quick as the rest."""
    global _WARM
    if not _WARM:
        from .content import lessons
        frame = lessons()["tone_frame"]
        render_report(check_email(frame["subject"], frame["body"].replace("{sentence}", "")))
        _WARM = True


class LiveChecker(w.VBox):
    """Subject + body (+ optional interview details) → findings with the exact words highlighted.

    Every keystroke re-checks the draft (the checker takes a few milliseconds, so no debounce is
    needed). The result is in ``self.result.value`` (HTML) and ``self.report``.
    """

    def __init__(self, subject: str = "", body: str = "", context: Context | dict[str, Any] | None = None, *,
                 checks: Sequence[str] | None = None, show_context: bool = True, rows: int = 14,
                 css_class: str = "fe-live-checker"):
        self.checks = tuple(checks) if checks else None
        self.subject = _ui.text("Subject", subject, placeholder="what it is, the role and your name (lesson 03)")
        self.body = _ui.area("Email body", body, rows=rows, placeholder="Dear ...,\n\nThank you for ...")
        self.subject.add_class("fe-subject")
        self.body.add_class("fe-body-input")
        self.form = _ui.ContextForm(context)
        details = w.Accordion(children=[self.form], titles=("Interview details (optional: they sharpen the checks)",))
        details.selected_index = None
        self.status = w.HTML()
        self.status.add_class("fe-status-line")
        self.result = w.HTML()
        self.result.add_class("fe-result")
        self.report: Report | None = None
        self.last_ms: float | None = None
        # The stylesheet is shown once; the result re-renders without it on every keystroke.
        self.styles = w.HTML(stylesheet() + _ui.BADGE_CSS)
        children = ([self.styles, self.subject, self.body] + ([details] if show_context else [])
                    + [self.status, self.result])
        super().__init__(children)
        self.add_class(css_class)
        self.subject.observe(self.update, names="value")
        self.body.observe(self.update, names="value")
        self.form.observe_all(self.update)
        warm_up()
        self.update()

    @property
    def context(self) -> Context:
        return self.form.read()[0]

    def update(self, change: Any = None) -> Report:
        start = time.perf_counter()
        ctx, _errors = self.form.read()
        report = check_email(self.subject.value, self.body.value, context=ctx, checks=self.checks)
        self.report = report
        self.result.value = render_report(report, style=False, context=ctx)
        self.last_ms = (time.perf_counter() - start) * 1000
        if not (self.subject.value.strip() or self.body.value.strip()):
            self.status.value = _ui.live(
                '<span class="fe-wordcount" data-words="0" data-tokens="0">0 words</span> · '
                + _ui.badge("skip", "Waiting for your draft") + " Type a subject and a body above.")
            self.result.value = ""
        else:
            self.status.value = summary_html(report, word_count(self.subject.value, self.body.value), self.last_ms,
                                             tokens=len(self.body.value.split()))
        return report
