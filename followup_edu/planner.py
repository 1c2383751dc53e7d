"""The follow-up planner: every message after one interview on a timeline, and a calendar file of it.

Pure functions over datetimes. The thank-you and the first check-in come from
:func:`followup_edu.schedule.plan` (the one place that works out send-by dates); this module adds
what comes after it: the employer's stated decision date, a last check-in, the day to stop waiting,
and time zones (yours and, if different, the employer's). Habits and wording are data in
``data/schedule.toml`` under ``[planner]``.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import Any

from dateutil import tz as dateutil_tz

from .errors import ContextError
from .schedule import day, next_workday, parse_when, plan, settings, when


@dataclass(frozen=True)
class Step:
    """One message (or the decision to stop) on the timeline."""

    key: str              # thank_you | checkin | last_checkin | stop
    title: str
    at: datetime          # on the learner's clock (time-zone aware)
    note: str
    their_time: str | None = None   # the same moment on the employer's clock, when that differs


@dataclass(frozen=True)
class FollowUpPlan:
    interview_at: datetime
    zone: str
    employer_zone: str
    stated_by: date | None
    steps: tuple[Step, ...]
    warnings: tuple[str, ...] = ()

    def step(self, key: str) -> Step:
        return next(s for s in self.steps if s.key == key)


def zone(name: str | None, what: str = "time_zone") -> tzinfo:
    """A time zone from its IANA name ("Europe/London"); a clear ContextError for an unknown one."""
    found = dateutil_tz.gettz(name) if name else None
    if found is None:
        raise ContextError(what, f"'{name}' is not a time zone name, e.g. Europe/London")
    return found


def _cfg() -> dict[str, Any]:
    return settings()["planner"]


def _on_their_morning(d: date, theirs: tzinfo, mine: tzinfo) -> datetime:
    """The check-in hour on day ``d`` of the employer's clock, as a moment on the learner's clock."""
    cfg = _cfg()
    return datetime.combine(d, time(cfg["checkin_hour"], cfg["checkin_minute"]), tzinfo=theirs).astimezone(mine)


def _plural_days(n: int) -> str:
    word = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}.get(n, str(n))
    return f"{word} working day{'' if n == 1 else 's'}"


def _workdays_after(d: date, n: int) -> date:
    for _ in range(n):
        d = next_workday(d + timedelta(days=1))
    return d


def follow_up_plan(interview_at: Any, *, time_zone: str = "Europe/London", employer_time_zone: str | None = None,
                   stated_by: Any = None, person: str = "", first_sent: Any = None) -> FollowUpPlan:
    """The sequence after an interview held at ``interview_at`` (on the learner's clock, ``time_zone``).

    ``stated_by`` is the day the employer said they would decide (or be in touch), if they said one;
    ``first_sent`` is when the thank-you actually went, if it has.
    """
    cfg, msg = _cfg(), _cfg()["messages"]
    mine = zone(time_zone)
    theirs = zone(employer_time_zone, "employer_time_zone") if employer_time_zone else mine
    interview = parse_when(interview_at, "interview_at")
    interview = interview.replace(tzinfo=mine) if interview.tzinfo is None else interview.astimezone(mine)
    sent = parse_when(first_sent, "first_sent") if first_sent not in (None, "") else None
    if sent is not None:
        sent = sent.replace(tzinfo=mine) if sent.tzinfo is None else sent.astimezone(mine)
    stated = parse_when(stated_by, "stated_by").date() if stated_by not in (None, "") else None
    base = plan(interview, sent)
    who = person.strip() or "the interviewer"
    warnings: list[str] = []

    thank_you = Step("thank_you", msg["thank_you"].format(person=who), base.first_sent, msg["thank_you_note"])
    checkin_day, note = base.second_ideal, msg["checkin_note"]
    if stated is not None:
        if stated < base.first_sent.date():
            warnings.append(msg["stated_passed"].format(stated=day(stated)))
        after_stated = _workdays_after(stated, int(cfg["grace_workdays"]))
        if after_stated > checkin_day:
            checkin_day = after_stated
            note = msg["checkin_stated_note"].format(stated=day(stated), grace=_plural_days(int(cfg["grace_workdays"])))
    checkin_at = _on_their_morning(checkin_day, theirs, mine)
    last_day = next_workday(checkin_day + timedelta(days=int(cfg["last_checkin_days"])))
    last_at = _on_their_morning(last_day, theirs, mine)
    stop_day = next_workday(last_day + timedelta(days=int(cfg["stop_days"])))
    stop_at = _on_their_morning(stop_day, theirs, mine)
    steps = [thank_you,
             Step("checkin", msg["checkin"].format(person=who), checkin_at, note),
             Step("last_checkin", msg["last_checkin"], last_at, msg["last_checkin_note"]),
             Step("stop", msg["stop"], stop_at, msg["stop_note"])]
    if theirs is not mine and employer_time_zone != time_zone:
        steps = [Step(s.key, s.title, s.at, s.note,
                      msg["their_time"].format(time=when(s.at.astimezone(theirs)))) for s in steps]
    return FollowUpPlan(interview, time_zone, employer_time_zone or time_zone, stated, tuple(steps), tuple(warnings))


def to_ics(p: FollowUpPlan, *, made_at: datetime | None = None) -> bytes:
    """The plan as an iCalendar file (one short event per step, in UTC so every calendar agrees)."""
    from icalendar import Calendar, Event

    cfg = _cfg()
    stamp = (made_at or datetime.now(timezone.utc)).astimezone(timezone.utc)
    cal = Calendar()
    cal.add("prodid", "-//followup-edu//follow-up planner//EN")
    cal.add("version", "2.0")
    for s in p.steps:
        ev = Event()
        start = s.at.astimezone(timezone.utc)
        ev.add("uid", f"{s.key}-{p.interview_at.astimezone(timezone.utc):%Y%m%dT%H%M%SZ}@followup-edu")
        ev.add("dtstamp", stamp)
        ev.add("dtstart", start)
        ev.add("dtend", start + timedelta(minutes=int(cfg["reminder_minutes"])))
        ev.add("summary", s.title)
        ev.add("description", s.note + (f" ({s.their_time})" if s.their_time else ""))
        cal.add_component(ev)
    return cal.to_ical()
