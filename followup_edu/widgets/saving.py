"""Saving a learner's work beside the notebook, and loading it again: one mechanism for every form that
keeps work between sessions (lesson 12's whole sequence, lesson 13's notes).

Work is plain JSON. A save goes through a temporary file, so a failed write never leaves half a file;
a file that cannot be read is kept under another name and never overwritten. Messages are data
(``[capstone.messages]`` in ``data/lessons.toml``).
"""
from __future__ import annotations

import json
import os
from datetime import date, datetime, time
from html import escape
from pathlib import Path
from typing import Any, Callable

import ipywidgets as w

from .content import lessons
from . import _ui

VERSION = 1


def messages() -> dict[str, str]:
    return lessons()["capstone"]["messages"]


def save_work(path: str | Path, data: dict[str, Any]) -> str:
    """Write the learner's work to ``path``; returns a plain message saying what happened."""
    msg = messages()
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_text(json.dumps({"version": VERSION, **data}, ensure_ascii=False, indent=1, default=str), "utf-8")
        os.replace(tmp, path)
    except OSError:
        return msg["save_failed"].format(file=path.name)
    return msg["saved"].format(file=path.name, when=datetime.now().strftime("%H:%M"))


def load_work(path: str | Path) -> tuple[dict[str, Any], str]:
    """The saved work and a plain message. A file that cannot be read is kept under another name
    (never overwritten by the next save) and the learner starts afresh."""
    msg = messages()
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


# -- widget values as plain data, and back ---------------------------------------------------------

def when_state(value: Any) -> dict[str, str]:
    """A date-and-time input as text, half-filled ones included."""
    return {"day": value.day.value.isoformat() if value.day.value else "",
            "time": value.time.value.strftime("%H:%M") if value.time.value else ""}


def set_when(widget: _ui.DateTimeInput, saved: Any) -> None:
    """Put a saved date and time back; a part that cannot be read is skipped."""
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


def as_text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def put_back(widget: Any, saved: Any) -> None:
    """Set a text box or a drop-down from saved text; a value the widget cannot take is skipped."""
    if isinstance(widget, w.Dropdown):
        if saved in {v for _label, v in widget.options}:
            widget.value = saved
        return
    widget.value = as_text(saved)


class SaveBar(w.VBox):
    """A *Save my work* button and the message that says what happened (saved, loaded, kept aside).

    ``state`` gives what to save; ``restore`` puts it back. Work already in the file is loaded when the
    bar is made (by :meth:`load`, which the owner calls once its widgets exist)."""

    def __init__(self, store: str | Path, state: Callable[[], dict[str, Any]],
                 restore: Callable[[dict[str, Any]], None]):
        self.store = Path(store)
        self._state, self._restore = state, restore
        self.button = w.Button(description="Save my work", icon="save", tooltip=f"Save everything to {self.store.name}",
                               layout=w.Layout(width="auto", min_width="10rem"))
        self.button.add_class("fe-save")
        self.message = w.HTML()
        self.message.add_class("fe-save-message")
        super().__init__([w.HBox([self.button]), self.message])
        self.button.on_click(lambda _b: self.save())

    def say(self, message: str) -> None:
        self.message.value = _ui.live(escape(message)) if message else ""

    def load(self) -> bool:
        """Put saved work back (True when there was some) and say so."""
        data, message = load_work(self.store)
        if data:
            self._restore(data)
        self.say(message)
        return bool(data)

    def save(self) -> str:
        message = save_work(self.store, self._state())
        self.say(message)
        return message
