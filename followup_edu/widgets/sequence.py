"""The capstone of lesson 12: the whole follow-up sequence in the learner's own scenario.

The learner notes their interview once (the notes form of lesson 13), then writes three emails, each
checked live with details taken from those notes: the thank-you (one email per person after a panel,
or one to all), a check-in about a week later, and the reply to their answer (a rejection or an
offer). Each part asks for a sentence on the judgement call behind it. Everything typed can be saved
to a file beside the notebook and is loaded again next time; what cannot be read is never thrown
away. The texts are data in ``data/lessons.toml`` (``[capstone]``).
"""
from __future__ import annotations

import json
import os
from datetime import date, datetime, time, timedelta
from html import escape
from pathlib import Path
from typing import Any

import ipywidgets as w

from .checker import LiveChecker
from .content import lessons
from .notes import InterviewNotesForm
from .panel import PanelPlanner
from . import _ui

#: the file the capstone saves to, in the notebook's folder
STORE = "my-follow-ups.json"
VERSION = 1


def texts() -> dict[str, Any]:
    return lessons()["capstone"]


def answer_kind(answer: str) -> str:
    """The kind of email a reply to this answer is."""
    return "offer_reply" if answer == "offer" else "after_rejection"


# -- saving and loading: plain data, never lost ----------------------------------------------------

def save_work(path: str | Path, data: dict[str, Any]) -> str:
    """Write the learner's work to ``path`` (via a temporary file, so a failed write never leaves half a
    file); returns a plain message saying what happened."""
    msg = texts()["messages"]
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_text(json.dumps({"version": VERSION, **data}, ensure_ascii=False, indent=1), "utf-8")
        os.replace(tmp, path)
    except OSError:
        return msg["save_failed"].format(file=path.name)
    return msg["saved"].format(file=path.name, when=datetime.now().strftime("%H:%M"))


def load_work(path: str | Path) -> tuple[dict[str, Any], str]:
    """The saved work and a plain message. A file that cannot be read is kept under another name
    (never overwritten by the next save) and the learner starts afresh."""
    msg = texts()["messages"]
    path = Path(path)
    if not path.exists():
        return {}, ""
    try:
        data = json.loads(path.read_text("utf-8"))
        if not isinstance(data, dict):
            raise ValueError
    except (OSError, ValueError):
        kept = path.with_name(f"{path.stem}-unreadable-{datetime.now():%Y%m%d-%H%M%S}{path.suffix}")
        try:
            os.replace(path, kept)
        except OSError:
            return {}, msg["unreadable_kept_in_place"].format(file=path.name)
        return {}, msg["unreadable"].format(file=path.name, kept=kept.name)
    return data, msg["loaded"].format(file=path.name)


def _when(value: Any) -> dict[str, str]:
    """A date-and-time input as text, half-filled ones included."""
    return {"day": value.day.value.isoformat() if value.day.value else "",
            "time": value.time.value.strftime("%H:%M") if value.time.value else ""}


def _set_when(widget: _ui.DateTimeInput, saved: Any) -> None:
    if not isinstance(saved, dict):
        return
    try:
        widget.day.value = date.fromisoformat(saved["day"]) if saved.get("day") else None
    except (TypeError, ValueError):
        pass
    try:
        widget.time.value = time.fromisoformat(saved["time"]) if saved.get("time") else None
    except (TypeError, ValueError):
        pass


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


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
    form = checker.form.inputs
    kinds = [v for _label, v in form["kind"].options]
    wanted: dict[str, Any] = {key: ctx.get(key) or "" for key in ("candidate_name", "recipient", "company", "role")}
    wanted["interviewers"] = ", ".join(ctx.get("interviewers") or ())
    wanted["interview_type"] = ctx.get("interview_type") or ""
    wanted["kind"] = ctx["kind"] if ctx.get("kind") in kinds else form["kind"].value
    wanted["topics"] = "\n".join(ctx.get("topics") or ())
    for key, value in wanted.items():
        if form[key].value != value:  # only what changed, so one keystroke re-checks once
            form[key].value = value
    for key in ("interview_at", "sent_at", "previous_sent_at"):
        if form[key].value != ctx.get(key):
            form[key].value = ctx.get(key)


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
        self.save_button = w.Button(description="Save my work", icon="save", tooltip=f"Save everything to {STORE}",
                                    layout=w.Layout(width="auto", min_width="10rem"))
        self.save_button.add_class("fe-save")
        self.message = w.HTML()
        self.message.add_class("fe-save-message")
        self.progress = w.HTML()
        self.progress.add_class("fe-sequence-progress")
        super().__init__([w.HTML(f"<h4>{escape(t['notes_title'])}</h4>"), self.notes, self.answer, self.tabs,
                          self.progress, w.HBox([self.save_button]), self.message])
        self.add_class("fe-follow-up-sequence")
        self._restoring = False
        self.save_button.on_click(lambda _b: self.save())
        self.notes._followers.append(lambda _n: self.update())
        self.answer.observe(self.update, names="value")
        self.panel_choice.observe(self.update, names="value")
        for part in (self.thank_you, self.check_in, self.reply):
            for d in part.dates.values():
                d.observe_value(self.update)
            part.reason.observe(self._progress, names="value")
            part.checker.body.observe(self._progress, names="value")
        loaded, message = load_work(self.store) if self.store else ({}, "")
        if loaded:
            self.restore(loaded)
        self.message.value = _ui.live(escape(message)) if message else ""
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
        inputs = self.notes.inputs
        notes = {k: (_when(v) if isinstance(v, _ui.DateTimeInput) else v.value) for k, v in inputs.items()}
        notes["stated"] = bool(self.notes.stated.value)
        notes["stated_day"] = self.notes.stated_day.value.isoformat() if self.notes.stated_day.value else ""
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
        notes = data.get("notes") if isinstance(data.get("notes"), dict) else {}
        for key, widget in self.notes.inputs.items():
            if isinstance(widget, _ui.DateTimeInput):
                _set_when(widget, notes.get(key))
            elif key in notes:
                widget.value = _str(notes[key])
        try:
            if notes.get("stated_day"):
                self.notes.stated_day.value = date.fromisoformat(notes["stated_day"])
        except (TypeError, ValueError):
            pass
        self.notes.stated.value = notes.get("stated") is True
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
        message = save_work(self.store, self.state())
        self.message.value = _ui.live(escape(message))
        return message
