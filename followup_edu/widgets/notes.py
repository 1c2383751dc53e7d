"""The notes form of lesson 13: write down the interview right after it; the live checker and the
follow-up planner below it take their details from these notes as you type."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from html import escape
from pathlib import Path
from typing import Any

import ipywidgets as w

from ..context import Context
from ..notes import InterviewNotes, notes_from
from .checker import LiveChecker
from .planner import FollowUpPlanner
from .saving import SaveBar, put_back, set_when, when_state
from . import _ui

#: the file lesson 13 saves the notes to, in the notebook's folder
STORE = "my-interview-notes.json"


#: the interview details that come from the notes
NOTED = ("candidate_name", "recipient", "interviewers", "company", "role", "interview_type", "interview_at",
         "topics", "weak_answer", "promised", "decision_by", "region", "formality")

BADGES = {"missing": ("warn", "Missing"), "remember": ("skip", "Remember"), "noted": ("pass", "Noted")}


class InterviewNotesForm(w.VBox):
    """Who you met (and their topics and addresses), the answer to mend, what you promised, their date."""

    def __init__(self, *, candidate_name: str = "", company: str = "", role: str = "",
                 interview_at: datetime | None = None, people: str = "", weak_answer: str = "", promised: str = "",
                 region: str = "", formality: str = "", store: str | Path | None = None):
        self.inputs = {
            "candidate_name": _ui.text("Your name", candidate_name, placeholder="as you sign your emails"),
            "company": _ui.text("Company", company),
            "role": _ui.text("Role", role, placeholder="the job title, as they wrote it"),
            "interview_at": _ui.DateTimeInput("Interview", interview_at, tooltip="When the interview took place"),
            "people": _ui.area("People you met", people, rows=4,
                               placeholder="One line each: Name (email address): what you talked about"),
            "weak_answer": _ui.area("An answer to improve", weak_answer, rows=2,
                                    placeholder="An answer that went less well, in a few words"),
            "promised": _ui.text("You promised to send", promised, placeholder="e.g. a link to your portfolio"),
            "region": _ui.profile_dropdown("region", region),
            "formality": _ui.profile_dropdown("formality", formality),
        }
        self.stated = w.Checkbox(value=False, indent=False, description="They said when they would decide")
        start = interview_at.date() if interview_at else datetime.now().date()
        self.stated_day = w.DatePicker(value=start + timedelta(days=10), description="By this date",
                                       style=_ui.LABEL, layout=w.Layout(width="25rem"))
        self.result = w.HTML()
        self.result.add_class("fe-notes-todo")
        # saved notes come back when the cell runs again (lesson 13; the capstone saves them with its emails)
        self.saving = SaveBar(store, self.state, self.restore) if store else None
        super().__init__([*self.inputs.values(), self.stated, self.stated_day, self.result,
                          *([self.saving] if self.saving else [])])
        self.add_class("fe-interview-notes")
        self._followers: list[Any] = []
        self._restoring = False
        for widget in self.inputs.values():
            if isinstance(widget, _ui.DateTimeInput):
                widget.observe_value(self.update)
            else:
                widget.observe(self.update, names="value")
        self.stated.observe(self.update, names="value")
        self.stated_day.observe(self.update, names="value")
        if self.saving:
            self.saving.load()
        self.update()

    # -- saving: everything typed, as text (half-filled dates included) ------------------------------
    def state(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: (when_state(v) if isinstance(v, _ui.DateTimeInput) else v.value)
                               for k, v in self.inputs.items()}
        out["stated"] = bool(self.stated.value)
        out["stated_day"] = self.stated_day.value.isoformat() if self.stated_day.value else ""
        return out

    def restore(self, saved: dict[str, Any]) -> None:
        """Put saved notes back; a value of the wrong shape is skipped, the rest still loads. Saved work
        from the capstone has its notes under ``notes``."""
        if isinstance(saved.get("notes"), dict) and "people" not in saved:
            saved = saved["notes"]
        self._restoring = True
        try:
            for key, widget in self.inputs.items():
                if isinstance(widget, _ui.DateTimeInput):
                    set_when(widget, saved.get(key))
                elif key in saved:
                    put_back(widget, saved[key])
            try:
                if saved.get("stated_day"):
                    self.stated_day.value = date.fromisoformat(saved["stated_day"])
            except (TypeError, ValueError):
                pass
            self.stated.value = saved.get("stated") is True
        finally:
            self._restoring = False
        self.update()

    def save(self) -> str:
        return self.saving.save() if self.saving else ""

    @property
    def notes(self) -> InterviewNotes:
        values = {k: v.value for k, v in self.inputs.items()}
        values["stated_by"] = self.stated_day.value if self.stated.value else None
        return notes_from(values)

    @property
    def context(self) -> Context:
        return self.notes.context()

    def update(self, change: Any = None) -> None:
        if self._restoring:
            return
        self.stated_day.disabled = not self.stated.value
        notes = self.notes
        problems = [p for p in (self.inputs["interview_at"].problem,) if p]
        items = [("missing", p) for p in problems] + notes.todo()
        self.result.value = _ui.BADGE_CSS + _ui.live("<ul>" + "".join(
            f"<li>{_ui.badge(*BADGES[kind])} {escape(m)}</li>" for kind, m in items) + "</ul>")
        for follow in self._followers:
            follow(notes)

    def checker(self) -> LiveChecker:
        """A live checker whose interview details follow these notes."""
        checker = LiveChecker(context=self.context)

        def follow(notes: InterviewNotes) -> None:
            # every detail the notes hold (an emptied one clears it); the send dates and the kind of
            # email are the learner's choice in the checker's own form
            ctx = notes.context()
            checker.form.fill({key: getattr(ctx, key) for key in NOTED})

        self._followers.append(follow)
        return checker

    def planner(self) -> FollowUpPlanner:
        """A follow-up planner whose interview, first person and stated date follow these notes."""
        notes = self.notes
        planner = FollowUpPlanner(notes.interview_at, person=notes.people[0].name if notes.people else "",
                                  stated_by=notes.stated_by)

        def follow(n: InterviewNotes) -> None:
            with planner.hold_trait_notifications():
                planner.person.value = n.people[0].name if n.people else ""
                if n.interview_at is not None:
                    planner.day.value, planner.time.value = n.interview_at.date(), n.interview_at.time()
                planner.stated.value = n.stated_by is not None
                if n.stated_by is not None:
                    planner.stated_day.value = n.stated_by

        self._followers.append(follow)
        return planner
