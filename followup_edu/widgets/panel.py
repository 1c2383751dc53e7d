"""The panel planner: one tab per interviewer, checked together for distinct content."""
from __future__ import annotations

from html import escape
from typing import Any, Sequence

import ipywidgets as w

from ..api import check_emails
from ..context import Context
from ..model import PanelReport
from ..render.html import render_panel
from . import _ui


class EmailTab(w.VBox):
    def __init__(self, recipient: str, subject: str = "", body: str = ""):
        self.recipient = _ui.text("To", recipient, placeholder="interviewer's full name")
        self.subject = _ui.text("Subject", subject)
        self.body = _ui.area("Email body", body, rows=9)
        super().__init__([self.recipient, self.subject, self.body])
        self.add_class("fe-panel-email")

    @property
    def email(self) -> tuple[str, str, str]:
        return self.recipient.value.strip(), self.subject.value, self.body.value


class PanelPlanner(w.VBox):
    """Write one email per interviewer; see each email's findings and whether they are distinct enough."""

    def __init__(self, emails: Sequence[tuple[str, str, str]] | Sequence[str] = (),
                 context: Context | dict[str, Any] | None = None):
        if isinstance(context, Context):
            context = context.to_dict()
        self.base_context = dict(context or {})
        self.tabs = w.Tab()
        self.new_name = _ui.text("Add interviewer", placeholder="full name, then press the button")
        self.add_button = w.Button(description="Add a tab", icon="plus", tooltip="Add a tab for this interviewer",
                                   layout=w.Layout(width="auto", min_width="8rem"))
        self.remove_button = w.Button(description="Remove this tab", icon="minus",
                                      tooltip="Remove the tab that is open",
                                      layout=w.Layout(width="auto", min_width="10rem"))
        self.status = w.HTML()
        self.status.add_class("fe-status-line")
        self.result = w.HTML()
        self.result.add_class("fe-result")
        self.panel: PanelReport | None = None
        super().__init__([self.tabs, w.HBox([self.new_name, self.add_button, self.remove_button]),
                          self.status, self.result])
        self.add_class("fe-panel-planner")
        self.add_button.on_click(lambda _b: self.add(self.new_name.value))
        self.remove_button.on_click(lambda _b: self.remove(self.tabs.selected_index))
        for item in emails:
            if isinstance(item, str):
                self.add(item, update=False)
            else:
                self.add(*item, update=False)
        self.update()

    @classmethod
    def from_example(cls, name: str, side: str = "weak") -> "PanelPlanner":
        """A planner pre-filled with one side ("weak" or "strong") of a panel example from lessons.toml."""
        from .content import panel_examples

        for ex in panel_examples():
            if ex.name == name:
                return cls(list(getattr(ex, side)), context=ex.context)
        raise KeyError(f"no panel example {name!r}")

    def add(self, recipient: str, subject: str = "", body: str = "", *, update: bool = True) -> EmailTab | None:
        recipient = " ".join(str(recipient).split())
        if not recipient:
            self.status.value = _ui.BADGE_CSS + _ui.badge("warn", "Name needed") + " Type the interviewer's name first."
            return None
        tab = EmailTab(recipient, subject, body)
        for widget in (tab.recipient, tab.subject, tab.body):
            widget.observe(self.update, names="value")
        self.tabs.children = (*self.tabs.children, tab)
        self.new_name.value = ""
        if update:
            self.tabs.selected_index = len(self.tabs.children) - 1
            self.update()
        return tab

    def remove(self, index: int | None) -> None:
        if index is None or not self.tabs.children:
            return
        children = list(self.tabs.children)
        children.pop(index)
        self.tabs.children = tuple(children)
        self.update()

    @property
    def emails(self) -> list[tuple[str, str, str]]:
        return [tab.email for tab in self.tabs.children]

    def update(self, change: Any = None) -> PanelReport | None:
        emails = self.emails
        self.tabs.titles = tuple(r or f"Email {i}" for i, (r, _s, _b) in enumerate(emails, 1))
        if not emails:
            self.panel = None
            self.status.value = _ui.BADGE_CSS + _ui.badge("skip", "No emails yet") + " Add a tab per interviewer."
            self.result.value = ""
            return None
        ctx = dict(self.base_context)
        ctx["interviewers"] = [r for r, _s, _b in emails if r]
        ctx.setdefault("interview_type", "panel")
        ctx.pop("recipient", None)
        self.panel = check_emails(emails, context=ctx)
        distinct = self.panel.status_of("distinct")
        label, words = {"pass": ("Distinct", "each email has its own detail"),
                        "warn": ("Too similar", "some passages are shared word for word"),
                        "fail": ("Near-copies", "the emails differ little more than in the name"),
                        "skip": ("Not compared", "add a second email to compare")}[distinct]
        self.status.value = _ui.BADGE_CSS + _ui.live(
            f"{len(emails)} email{'s' if len(emails) != 1 else ''} · panel score {self.panel.score}/100 · "
            f"{_ui.badge(distinct, label)} <span class='fe-distinct-word'>{escape(words)}</span>")
        self.result.value = render_panel(self.panel, context=ctx)
        return self.panel
