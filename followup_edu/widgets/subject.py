"""The subject-line builder and tester."""
from __future__ import annotations

from html import escape
from typing import Any

import ipywidgets as w

from ..api import check_email
from ..model import Report
from . import _ui, content

PURPOSES = {"thank_you": "Thank you after an interview", "second_follow_up": "Checking in a week later",
            "after_rejection": "Replying to a rejection"}


def suggest_subjects(purpose: str, role: str = "", name: str = "", company: str = "") -> list[str]:
    """Subject lines built from the templates in lessons.toml; those needing a missing field are left out."""
    values = {"role": role.strip(), "name": name.strip(), "company": company.strip()}
    out = []
    for template in content.lessons()["subjects"][purpose]:
        needed = [k for k in values if "{" + k + "}" in template]
        if all(values[k] for k in needed):
            line = template.format(**values)
            if line not in out:
                out.append(line)
    return out


def check_subject(subject: str, context: dict[str, Any] | None = None) -> Report:
    """Only the ``subject`` principle, for a subject line on its own.

    The checker treats an empty body as an empty email, so the subject is checked on top of the
    sample body from lessons.toml (the tone explorer's frame); only subject findings are kept.
    """
    frame = content.lessons()["tone_frame"]["body"].strip("\n").replace("{sentence}", "")
    return check_email(subject, frame, context=context, checks=["subject"])


def _words(subject: str) -> int:
    """Words a reader sees (a dash between parts is not a word)."""
    return sum(1 for w in subject.split() if any(c.isalnum() for c in w))


def _row(subject: str, report: Report) -> str:
    st = report.status_of("subject")
    msgs = " ".join(escape(f.message) for f in report.findings if f.status in ("warn", "fail"))
    return (f'<tr class="fe-{st}"><td>{_ui.badge(st)}</td><td><code>{escape(subject) or "(empty)"}</code>'
            f'<br><small>{len(subject)} characters, {_words(subject)} words</small></td><td>{msgs}</td></tr>')


class SubjectBuilder(w.VBox):
    """Fill in the purpose, role and your name → suggested subject lines; test your own below."""

    def __init__(self, role: str = "", name: str = "", company: str = "", purpose: str = "thank_you"):
        self.purpose = w.Dropdown(options=[(v, k) for k, v in PURPOSES.items()], value=purpose,
                                  description="Email is a", style=_ui.LABEL, layout=_ui.choice())
        self.role = _ui.text("Role", role, placeholder="e.g. Junior Data Analyst")
        self.name = _ui.text("Your name", name, placeholder="e.g. Jordan Lee")
        self.company = _ui.text("Company", company, placeholder="optional")
        self.suggestions = w.HTML()
        self.suggestions.add_class("fe-suggestions")
        self.own = _ui.text("Try your own", "", placeholder="type a subject line")
        self.own.add_class("fe-own-subject")
        self.verdict = w.HTML()
        self.verdict.add_class("fe-result")
        super().__init__([self.purpose, self.role, self.name, self.company, self.suggestions, self.own, self.verdict])
        self.add_class("fe-subject-builder")
        for widget in (self.purpose, self.role, self.name, self.company, self.own):
            widget.observe(self.update, names="value")
        self.update()

    def context(self) -> dict[str, Any]:
        ctx: dict[str, Any] = {"kind": self.purpose.value}
        if self.role.value.strip():
            ctx["role"] = self.role.value
        if self.name.value.strip():
            ctx["candidate_name"] = self.name.value
        if self.company.value.strip():
            ctx["company"] = self.company.value
        return ctx

    def update(self, change: Any = None) -> None:
        ctx = self.context()
        lines = suggest_subjects(self.purpose.value, self.role.value, self.name.value, self.company.value)
        if lines:
            rows = "".join(_row(s, check_subject(s, ctx)) for s in lines)
            self.suggestions.value = (_ui.BADGE_CSS + "<p><strong>Suggestions</strong> (each checked):</p>"
                                      f'<table class="fe-subject-table">{rows}</table>')
        else:
            self.suggestions.value = "<p>Fill in the role and your name to see suggestions.</p>"
        own = self.own.value
        if own.strip():
            self.verdict.value = _ui.BADGE_CSS + _ui.live(f'<table class="fe-subject-table">{_row(own, check_subject(own, ctx))}</table>')
        else:
            self.verdict.value = _ui.live("<p>Type a subject line above to test it.</p>")
