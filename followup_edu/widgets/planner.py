"""The follow-up planner: the interview, the date they gave, your time zone → every message on a
timeline, and a calendar file to download."""
from __future__ import annotations

import base64
from datetime import date, datetime, time, timedelta
from typing import Any

import ipywidgets as w

from ..errors import FollowupError
from ..planner import FollowUpPlan, follow_up_plan, to_ics
from ..render.html import render_follow_up_plan
from ..schedule import settings
from . import _ui


def download_link(ics: bytes, filename: str = "follow-ups.ics") -> str:
    """An HTML link that saves the calendar file from the browser (no server needed)."""
    data = base64.b64encode(ics).decode("ascii")
    return (f'<a class="fe-ics-link" download="{filename}" href="data:text/calendar;charset=utf-8;base64,{data}">'
            "⬇ Download the calendar file (follow-ups.ics)</a> · open it to add each step to your calendar.")


def zone_label(name: str) -> str:
    """``America/New_York`` → ``New York (America)``: a place a learner recognises, not a code."""
    region, _, city = name.rpartition("/")
    city = city.replace("_", " ")
    return f"{city} ({region.replace('_', ' ')})" if region else ("UTC (no daylight saving)" if city == "UTC" else city)


class FollowUpPlanner(w.VBox):
    """Pick the interview's date and time, your time zone (and theirs), and the date they gave, if any."""

    def __init__(self, interview_at: datetime | None = None, *, person: str = "", time_zone: str = "Europe/London",
                 employer_time_zone: str | None = None, stated_by: date | None = None):
        interview_at = interview_at or datetime.combine(date.today(), time(10, 0))
        zones = list(settings()["planner"]["zones"])
        for z in (time_zone, employer_time_zone):
            if z and z not in zones:
                zones.append(z)
        self.person = _ui.text("Interviewer", person, placeholder="the name of the person you met")
        self.day = w.DatePicker(value=interview_at.date(), description="Interview date", style=_ui.LABEL,
                                layout=w.Layout(width="25rem"))
        self.time = w.TimePicker(value=interview_at.time(), description="Interview time", style=_ui.LABEL,
                                 layout=w.Layout(width="20rem"))
        options = [(zone_label(z), z) for z in zones]
        self.zone = w.Dropdown(options=options, value=time_zone, description="Your time zone", style=_ui.LABEL,
                               layout=w.Layout(width="25rem"))
        self.their_zone = w.Dropdown(options=options, value=employer_time_zone or time_zone,
                                     description="Their time zone", style=_ui.LABEL, layout=w.Layout(width="25rem"))
        self.stated = w.Checkbox(value=stated_by is not None, indent=False,
                                 description="They told me when they would decide or be in touch")
        self.stated_day = w.DatePicker(value=stated_by or (interview_at.date() + timedelta(days=10)),
                                       description="By this date", style=_ui.LABEL, layout=w.Layout(width="25rem"))
        self.result = w.HTML()
        self.result.add_class("fe-result")
        self.download = w.HTML()
        self.download.add_class("fe-ics")
        self.plan: FollowUpPlan | None = None
        self.ics: bytes | None = None
        super().__init__([self.person, self.day, self.time, self.zone, self.their_zone, self.stated,
                          self.stated_day, self.result, self.download])
        self.add_class("fe-follow-up-planner")
        for widget in (self.person, self.day, self.time, self.zone, self.their_zone, self.stated, self.stated_day):
            widget.observe(self.update, names="value")
        self.update()

    def _say(self, status: str, label: str, text: str) -> None:
        self.plan = self.ics = None
        self.result.value = _ui.BADGE_CSS + _ui.live(_ui.badge(status, label) + " " + text)
        self.download.value = ""

    def update(self, change: Any = None) -> FollowUpPlan | None:
        self.stated_day.disabled = not self.stated.value
        if self.day.value is None or self.time.value is None:
            self._say("warn", "Pick a date", "Choose the interview's date and time.")
            return None
        stated = self.stated_day.value if self.stated.value else None
        if self.stated.value and stated is None:
            self._say("warn", "Pick a date", "Choose the date they gave, or untick the box above it.")
            return None
        try:
            self.plan = follow_up_plan(datetime.combine(self.day.value, self.time.value), time_zone=self.zone.value,
                                       employer_time_zone=self.their_zone.value, stated_by=stated,
                                       person=self.person.value)
        except FollowupError:  # its text is for programmers; say it plainly
            self._say("fail", "Check the dates", "These dates could not be worked out: check the dates above.")
            return None
        self.result.value = render_follow_up_plan(self.plan)
        try:
            self.ics = to_ics(self.plan)
        except ImportError:  # an install without the calendar library (a trimmed in-browser build)
            self.ics = None
            self.download.value = "The calendar file is not available here; copy the dates above into your calendar."
        else:
            self.download.value = download_link(self.ics)
        return self.plan
