"""The capstone of lesson 12: the whole follow-up sequence in the learner's own scenario.

The learner notes their interview once (the notes form of lesson 13), then writes three emails, each
checked live with details taken from those notes: the thank-you (one email per person after a panel,
or one to all), a check-in about a week later, and the reply to their answer (a rejection or an
offer). Each part asks for a sentence on the judgement call behind it. Everything typed can be saved
to a file beside the notebook and is loaded again next time; what cannot be read is never thrown
away. The texts are data in ``data/lessons.toml`` (``[capstone]``).
"""
from __future__ import annotations

from datetime import datetime, time, timedelta
from html import escape
from pathlib import Path
from typing import Any

import ipywidgets as w

from .checker import LiveChecker
from .content import lessons
from .notes import InterviewNotesForm
from .panel import PanelPlanner
from .saving import SaveBar, as_text as _str, load_work, save_work, set_when as _set_when, when_state as _when
from . import _ui

__all__ = ["FollowUpSequence", "load_work", "save_work"]

#: the file the capstone saves to, in the notebook's folder
STORE = "my-follow-ups.json"


def texts() -> dict[str, Any]:
    return lessons()["capstone"]


def answer_kind(answer: str) -> str:
    """The kind of email a reply to this answer is."""
    return "offer_reply" if answer == "offer" else "after_rejection"


# -- the widget --------------------------------------------------------------------------------------

class Part(w.VBox):
    """One email of the sequence: its dates, a live checker, and the reason for its judgement call."""

    def __init__(self, pid: str, *, dates: dict[str, str]):
        t = texts()["parts"][pid]
        self.pid = pid
        self.intro = w.HTML(f"<p>{escape(t['intro'])}</p>")
        self.dates = {key: _ui.DateTimeInput(label) for key, label in dates.items()}
        for key, d in self.dates.items():  # stable hooks for the browser test
            d.add_class(f"fe-{pid.replace('_', '-')}-{key.replace('_', '-')}")
        self.checker = LiveChecker(show_context=False, rows=12, css_class="fe-live-checker")
        self.checker.add_class(f"fe-part-{pid.replace('_', '-')}")
        self.reason = _ui.area("Your reason", rows=3, placeholder=t["reason_prompt"])
        self.reason.add_class("fe-reason")
        self.reason_status = w.HTML()
        self.reason_status.add_class("fe-reason-status")
        self.prompt = w.HTML(f"<p><strong>{escape(t['reason_title'])}</strong> {escape(t['reason_prompt'])}</p>")
        self.date_note = w.HTML()
        self.date_note.add_class("fe-context-error")
        self.body = w.VBox([self.checker])
        super().__init__([self.intro, *self.dates.values(), self.date_note, self.body, self.prompt, self.reason,
                          self.reason_status])
        self.add_class("fe-sequence-part")
        self.reason.observe(self._reason, names="value")
        self._reason()

    def _reason(self, change: Any = None) -> None:
        msg = texts()["messages"]
        if len(self.reason.value.split()) >= 4:
            self.reason_status.value = _ui.BADGE_CSS + _ui.live(_ui.badge("pass", "Written") + " " + escape(msg["reason_ok"]))
        else:
            self.reason_status.value = _ui.BADGE_CSS + _ui.live(_ui.badge("skip", "Not yet") + " " + escape(msg["reason_missing"]))

    @property
    def written(self) -> bool:
        return len(self.reason.value.split()) >= 4


def _fill(checker: LiveChecker, ctx: dict[str, Any]) -> None:
    """Set a live checker's (hidden) interview details; it re-checks the draft once."""
    checker.form.fill(ctx)


class FollowUpSequence(w.VBox):
    """Your interview, then the thank-you, a check-in a week later and the reply to their answer, each
    checked live from your notes, each with the reason for its judgement call; saved to a file."""

    def __init__(self, store: str | Path | None = STORE):
        t = texts()
        self.store = Path(store) if store else None
        self.notes = InterviewNotesForm()
        self.notes.inputs["interview_at"].add_class("fe-notes-interview-at")
        self.notes.inputs["people"].add_class("fe-notes-people")
        self.answer = w.ToggleButtons(options=[(label, key) for key, label in t["answers"].items()],
                                      value="rejection", description="Their answer", style=_ui.LABEL)
        self.answer.add_class("fe-answer-choice")
        self.thank_you = Part("thank_you", dates={"sent_at": "Sending"})
        self.check_in = Part("check_in", dates={"previous_sent_at": "Thank-you sent", "sent_at": "Sending"})
        self.reply = Part("reply", dates={"previous_sent_at": "Their answer came", "sent_at": "Sending"})
        # After a panel: one email each (a tab per person) or one to all (the single checker).
        self.panel_choice = w.ToggleButtons(options=[(label, key) for key, label in t["panel_choices"].items()],
                                            value="each", description="Panel", style=_ui.LABEL)
        self.panel_choice.add_class("fe-panel-choice")
        self.planner = PanelPlanner()
        self.planner.add_class("fe-sequence-panel")
        self.thank_you.body.children = (self.panel_choice, self.planner, self.thank_you.checker)
        self.tabs = w.Tab(children=[self.thank_you, self.check_in, self.reply],
                          titles=tuple(t["parts"][p]["title"] for p in ("thank_you", "check_in", "reply")))
        self.tabs.add_class("fe-sequence-tabs")
        self.saving = SaveBar(self.store or STORE, self.state, self.restore)
        self.save_button, self.message = self.saving.button, self.saving.message
        self.progress = w.HTML()
        self.progress.add_class("fe-sequence-progress")
        super().__init__([w.HTML(f"<h4>{escape(t['notes_title'])}</h4>"), self.notes, self.answer, self.tabs,
                          self.progress, self.saving])
        self.add_class("fe-follow-up-sequence")
        self._restoring = False
        self.notes._followers.append(lambda _n: self.update())
        self.answer.observe(self.update, names="value")
        self.panel_choice.observe(self.update, names="value")
        for part in (self.thank_you, self.check_in, self.reply):
            for d in part.dates.values():
                d.observe_value(self.update)
            part.reason.observe(self._progress, names="value")
            part.checker.body.observe(self._progress, names="value")
        if self.store:
            self.saving.load()
        self.update()

    # -- the details each part is checked with ------------------------------------------------------
    def _defaults(self) -> None:
        """Sensible dates from the interview time, for the ones the learner has not set."""
        at = self.notes.notes.interview_at
        if at is None:
            return
        same_day = at + timedelta(hours=4) if at.hour < 13 else datetime.combine(at.date() + timedelta(days=1), time(9, 0))
        plan = [(self.thank_you.dates["sent_at"], same_day),
                (self.check_in.dates["previous_sent_at"], same_day),
                (self.check_in.dates["sent_at"], datetime.combine(same_day.date() + timedelta(days=7), time(9, 30))),
                (self.reply.dates["previous_sent_at"], datetime.combine(at.date() + timedelta(days=10), time(11, 0))),
                (self.reply.dates["sent_at"], datetime.combine(at.date() + timedelta(days=10), time(15, 0)))]
        for widget, when in plan:
            if widget.day.value is None and widget.time.value is None:
                widget.value = when

    def contexts(self) -> dict[str, dict[str, Any]]:
        """The interview details each part is checked with (plain dicts, as the checker takes them)."""
        notes = self.notes.notes
        names = [p.name for p in notes.people]
        base: dict[str, Any] = {"candidate_name": notes.candidate_name or None, "company": notes.company or None,
                                "role": notes.role or None, "interviewers": names,
                                "interview_type": "panel" if len(names) > 1 else ("external" if names else None),
                                "topics": [p.topic for p in notes.people if p.topic],
                                "interview_at": notes.interview_at}
        # what the notes say to mend, to send and to wait for, and the reader's conventions
        own = self.notes.context
        base.update(weak_answer=own.weak_answer, promised=list(own.promised), decision_by=own.decision_by,
                    region=own.region, formality=own.formality)
        first = names[0] if names else None
        one_to_all = len(names) > 1 and self.panel_choice.value == "all"
        out = {"thank_you": {**base, "kind": "thank_you", "recipient": None if one_to_all else first,
                             "sent_at": self.thank_you.dates["sent_at"].value},
               "check_in": {**base, "kind": "second_follow_up", "recipient": first,
                            "previous_sent_at": self.check_in.dates["previous_sent_at"].value,
                            "sent_at": self.check_in.dates["sent_at"].value},
               "reply": {**base, "kind": answer_kind(self.answer.value), "recipient": first,
                         "previous_sent_at": self.reply.dates["previous_sent_at"].value,
                         "sent_at": self.reply.dates["sent_at"].value}}
        return out

    def update(self, change: Any = None) -> None:
        if self._restoring:
            return
        self._defaults()
        ctx = self.contexts()
        names = list(ctx["thank_you"]["interviewers"])
        panel = len(names) > 1
        each = panel and self.panel_choice.value == "each"
        self.panel_choice.layout.display = None if panel else "none"
        self.planner.layout.display = None if each else "none"
        self.thank_you.checker.layout.display = "none" if each else None
        if each:
            # A tab per person noted. A tab is removed only while it is empty and its name has gone from
            # the notes (a name half typed), so nothing written is ever lost.
            tabs = list(self.planner.tabs.children)
            keep = [tab for tab in tabs if tab.recipient.value.strip() in names
                    or tab.subject.value.strip() or tab.body.value.strip()]
            if len(keep) != len(tabs):
                self.planner.tabs.children = tuple(keep)
            have = {tab.recipient.value.strip() for tab in keep}
            for name in names:
                if name not in have:
                    self.planner.add(name, update=False)
            self.planner.base_context = {k: v for k, v in ctx["thank_you"].items() if v not in (None, [], "")}
            self.planner.update()
        for part, key in ((self.thank_you, "thank_you"), (self.check_in, "check_in"), (self.reply, "reply")):
            _fill(part.checker, ctx[key])
            problems = [p for d in part.dates.values() if (p := d.problem)]
            part.date_note.value = "".join(f"<div>{_ui.badge('warn', 'Check this')} {escape(p)}</div>" for p in problems)
        self._progress()

    def _progress(self, change: Any = None) -> None:
        t = texts()
        done = []
        for part in (self.thank_you, self.check_in, self.reply):
            drafted = bool(part.checker.body.value.strip()) or (
                part is self.thank_you and any(b.strip() for _r, _s, b in self.planner.emails))
            done.append(f"{t['parts'][part.pid]['title']}: "
                        + ("draft" if drafted else "no draft yet") + ", "
                        + ("reason written" if part.written else "no reason yet"))
        self.progress.value = _ui.live("<ul>" + "".join(f"<li>{escape(d)}</li>" for d in done) + "</ul>")

    # -- saving ---------------------------------------------------------------------------------------
    def state(self) -> dict[str, Any]:
        """Everything the learner typed, as text (half-filled dates included)."""
        notes = self.notes.state()
        parts = {}
        for part in (self.thank_you, self.check_in, self.reply):
            parts[part.pid] = {"subject": part.checker.subject.value, "body": part.checker.body.value,
                               "reason": part.reason.value, "dates": {k: _when(d) for k, d in part.dates.items()}}
        parts["thank_you"]["panel"] = [list(e) for e in self.planner.emails]
        return {"notes": notes, "answer": self.answer.value, "panel_choice": self.panel_choice.value, "parts": parts}

    def restore(self, data: dict[str, Any]) -> None:
        """Put saved work back; a value of the wrong shape is skipped, the rest still loads."""
        self._restoring = True
        try:
            self._restore(data)
        finally:
            self._restoring = False

    def _restore(self, data: dict[str, Any]) -> None:
        self.notes.restore(data.get("notes") if isinstance(data.get("notes"), dict) else {})
        if data.get("answer") in dict(self.answer.options).values():
            self.answer.value = data["answer"]
        if data.get("panel_choice") in dict(self.panel_choice.options).values():
            self.panel_choice.value = data["panel_choice"]
        parts = data.get("parts") if isinstance(data.get("parts"), dict) else {}
        for part in (self.thank_you, self.check_in, self.reply):
            saved = parts.get(part.pid) if isinstance(parts.get(part.pid), dict) else {}
            part.checker.subject.value = _str(saved.get("subject"))
            part.checker.body.value = _str(saved.get("body"))
            part.reason.value = _str(saved.get("reason"))
            dates = saved.get("dates") if isinstance(saved.get("dates"), dict) else {}
            for key, widget in part.dates.items():
                _set_when(widget, dates.get(key))
        panel = parts.get("thank_you", {}).get("panel") if isinstance(parts.get("thank_you"), dict) else None
        for item in panel if isinstance(panel, list) else []:
            if isinstance(item, list) and len(item) == 3 and all(isinstance(x, str) for x in item):
                self.planner.add(*item, update=False)

    def save(self) -> str:
        if self.store is None:
            return ""
        return self.saving.save()
