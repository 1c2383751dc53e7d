"""The send-by calculator: interview date and time → when to send, and when to check in again."""
from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

import ipywidgets as w

from ..errors import FollowupError
from ..render.html import render_plan
from ..schedule import SendPlan, plan
from . import _ui


class SendByCalculator(w.VBox):
    """Pick the interview's date and time (and, optionally, when you sent your thank-you)."""

    def __init__(self, interview_at: datetime | None = None, first_sent: datetime | None = None):
        interview_at = interview_at or datetime.combine(date.today(), time(10, 0))
        # Wide enough for a four-digit year in every browser's date format.
        self.day = w.DatePicker(value=interview_at.date(), description="Interview date", style=_ui.LABEL,
                                layout=w.Layout(width="25rem"))
        self.time = w.TimePicker(value=interview_at.time(), description="Interview time", style=_ui.LABEL,
                                 layout=w.Layout(width="20rem"))
        self.sent = w.Checkbox(value=first_sent is not None, description="I have already sent my thank-you",
                               indent=False)
        self.sent_day = w.DatePicker(value=(first_sent or interview_at).date(), description="Sent on",
                                     style=_ui.LABEL, layout=w.Layout(width="25rem"))
        self.sent_time = w.TimePicker(value=(first_sent or interview_at).time(), description="Sent at",
                                      style=_ui.LABEL, layout=w.Layout(width="20rem"))
        self.result = w.HTML()
        self.result.add_class("fe-result")
        for widget, css in ((self.day, "fe-interview-day"), (self.time, "fe-interview-time")):
            widget.add_class(css)
        self.plan: SendPlan | None = None
        super().__init__([self.day, self.time, self.sent, self.sent_day, self.sent_time, self.result])
        self.add_class("fe-send-by")
        for widget in (self.day, self.time, self.sent, self.sent_day, self.sent_time):
            widget.observe(self.update, names="value")
        self.update()

    def update(self, change: Any = None) -> SendPlan | None:
        self.sent_day.disabled = self.sent_time.disabled = not self.sent.value
        if self.day.value is None or self.time.value is None:
            self.plan = None
            self.result.value = _ui.BADGE_CSS + _ui.live(_ui.badge("warn", "Pick a date") +
                                                         " Choose the interview's date and time.")
            return None
        interview = datetime.combine(self.day.value, self.time.value)
        sent = None
        if self.sent.value and self.sent_day.value and self.sent_time.value:
            sent = datetime.combine(self.sent_day.value, self.sent_time.value)
        problem = None
        if sent is not None and sent < interview:
            problem = "Your thank-you is dated before the interview: check the “Sent on” date and time."
        else:
            try:
                self.plan = plan(interview, sent)
            except FollowupError:  # its text is for programmers; say it plainly
                problem = "These dates could not be worked out: check the dates and times above."
        if problem:
            self.plan = None
            self.result.value = _ui.BADGE_CSS + _ui.live(_ui.badge("fail", "Check the dates") + " " + problem)
            return None
        self.result.value = render_plan(self.plan)
        return self.plan
