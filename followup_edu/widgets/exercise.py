"""Fix-this-draft: repair a weak email until the lesson's checks pass."""
from __future__ import annotations

from html import escape
from typing import Any

import ipywidgets as w

from .. import registry
from ..api import check_email
from ..model import Report
from ..render.html import render_report
from . import _ui, content


def progress(report: Report, targets: tuple[str, ...]) -> dict[str, str]:
    """The status of each target principle in a report."""
    return {t: report.status_of(t) for t in targets}


def solved(report: Report, targets: tuple[str, ...]) -> bool:
    """Every target passes and nothing else in the draft fails."""
    return report.ok and all(s == "pass" for s in progress(report, targets).values())


class FixThisDraft(w.VBox):
    """A weak draft to repair; the targets turn to ✔ as you fix them."""

    def __init__(self, exercise_id: str):
        self.exercise = content.exercise(exercise_id)
        ex = self.exercise
        self.intro = w.HTML(f"<h4>{escape(ex.title)}</h4><p>{escape(ex.instructions)}</p>")
        self.subject = _ui.text("Subject", ex.draft.subject)
        self.body = _ui.area("Email body", ex.draft.body, rows=12)
        self.subject.add_class("fe-subject")
        self.body.add_class("fe-body-input")
        self.reset_button = w.Button(description="Start again", icon="undo", tooltip="Put the original draft back",
                                      layout=w.Layout(width="auto"))
        self.hint_button = w.ToggleButton(description="Show a hint", icon="lightbulb-o", tooltip="Show a hint",
                                         layout=w.Layout(width="auto"))
        self.solution_button = w.ToggleButton(description="Show one repair", icon="eye",
                                              tooltip="Show one possible repaired draft",
                                              layout=w.Layout(width="auto"))
        self.hint = w.HTML()
        self.progress = w.HTML()
        self.progress.add_class("fe-progress")
        self.result = w.HTML()
        self.result.add_class("fe-result")
        self.report: Report | None = None
        super().__init__([self.intro, self.subject, self.body,
                          w.HBox([self.reset_button, self.hint_button, self.solution_button]),
                          self.hint, self.progress, self.result])
        self.add_class("fe-fix-draft")
        self.subject.observe(self.update, names="value")
        self.body.observe(self.update, names="value")
        self.reset_button.on_click(lambda _b: self.reset())
        self.hint_button.observe(self._show_hint, names="value")
        self.solution_button.observe(self._show_hint, names="value")
        self.update()

    def reset(self) -> None:
        self.subject.value, self.body.value = self.exercise.draft.subject, self.exercise.draft.body

    def _show_hint(self, change: Any = None) -> None:
        parts = []
        if self.hint_button.value:
            parts.append(f"<p><strong>Hint:</strong> {escape(self.exercise.hint)}</p>")
        if self.solution_button.value:
            sol = self.exercise.solution
            parts.append(f"<p><strong>One possible repair</strong> (yours can differ):</p>"
                         f"<pre style='white-space:pre-wrap'>Subject: {escape(sol.subject)}\n\n{escape(sol.body)}</pre>")
        self.hint.value = "".join(parts)

    @property
    def solved(self) -> bool:
        return self.report is not None and solved(self.report, self.exercise.targets)

    def update(self, change: Any = None) -> Report:
        ex = self.exercise
        report = check_email(self.subject.value, self.body.value, context=ex.draft.context)
        self.report = report
        items = []
        for pid, st in progress(report, ex.targets).items():
            items.append(f"<li>{_ui.badge(st)} {escape(registry.principle(pid).title)}</li>")
        if solved(report, ex.targets):
            head = _ui.badge("pass", "Solved") + " Well done: every target passes and nothing fails."
        else:
            left = sum(1 for s in progress(report, ex.targets).values() if s != "pass")
            n = len(ex.targets)
            head = _ui.badge("warn", "Keep going") + (f" {left} of {n} target{'s' if n != 1 else ''} left."
                                                       if left else " The targets pass, but something else fails.")
        self.progress.value = _ui.BADGE_CSS + _ui.live(f"<p class='fe-progress-head'>{head}</p><ul>{''.join(items)}</ul>")
        self.result.value = render_report(report, context=ex.draft.context)
        return report
