"""When to send: the thank-you deadline and the earliest day for a second follow-up.

Pure functions over datetimes (no widgets, no printing). The windows come from the ``timing``
principle in ``data/principles.toml`` (24 h to send, 48 h outer limit, about a week before a
second message), the calendar habits from ``data/schedule.toml``. Weekends are handled with
:mod:`dateutil.rrule`: a suggested day that falls on a weekend moves to the next working day.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from importlib import resources
from typing import Any

from dateutil import parser as dateparser
from dateutil.relativedelta import relativedelta
from dateutil.rrule import DAILY, rrule

from . import registry
from .context import next_day_after_morning
from .errors import ContextError

try:
    import tomllib  # type: ignore[import-not-found]
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]


@lru_cache(maxsize=1)
def settings() -> dict[str, Any]:
    """The calendar settings and messages from ``data/schedule.toml``."""
    text = resources.files("followup_edu").joinpath("data/schedule.toml").read_text("utf-8")
    return tomllib.loads(text)


@dataclass(frozen=True)
class SendPlan:
    """Everything the calculator says about one interview.

    Every date and time the calculator shows is one of these fields, written by :func:`when` or
    :func:`day`; the notes are built from the same fields, so the table and the notes cannot
    disagree.
    """

    interview_at: datetime
    deadline: datetime            # interview + 24 h
    suggested: datetime           # when we suggest sending the thank-you (never after the deadline)
    outer_limit: datetime         # interview + 48 h: the latest some advice allows
    first_sent: datetime          # when the thank-you went (or will go) out
    second_earliest: date         # earliest day for a second follow-up (a working day)
    second_ideal: date            # about a week later (a working day)
    notes: list[str] = field(default_factory=list)
    sent_status: str | None = None   # pass / warn / fail for a thank-you already sent, else None
    sent_note: str | None = None     # what that means, in words

    def to_dict(self) -> dict[str, Any]:
        return {k: (v.isoformat() if isinstance(v, (date, datetime)) else v) for k, v in self.__dict__.items()}


def parse_when(value: Any, what: str = "interview_at") -> datetime:
    """A datetime from a datetime, a date or an ISO-like string; a clear ContextError otherwise."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time(9, 0))
    if isinstance(value, str) and value.strip():
        try:
            return dateparser.parse(value.strip(), dayfirst=False, yearfirst=True)
        except (ValueError, OverflowError):
            pass
    raise ContextError(what, f"'{value}' is not a date and time, e.g. 2026-03-03 10:00")


def is_workday(d: date) -> bool:
    return d.weekday() in settings()["workdays"]


def next_workday(d: date) -> date:
    """``d`` itself if it is a working day, otherwise the next one."""
    days = tuple(settings()["workdays"])
    start = datetime.combine(d, time())
    return rrule(DAILY, dtstart=start, byweekday=days, count=1)[0].date()


# -- how dates, times and durations are written (British: day before month, 24-hour clock) --------

def day(d: date) -> str:
    """``Monday 16 March 2026``: the one way the calculator writes a day."""
    return f"{d:%A} {d.day} {d:%B %Y}"


def when(dt: datetime) -> str:
    """``Friday 13 March 2026, 18:45``: the one way the calculator writes a date and time."""
    return f"{day(dt.date())}, {dt:%H:%M}"


def _unit(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def duration(delta: timedelta) -> str:
    """A span of time as a person says it: ``45 minutes``, ``5 hours``, ``2 days and 14 hours``."""
    minutes = max(0, round(delta.total_seconds() / 60))
    if minutes < 60:
        return _unit(minutes, "minute")
    hours, mins = divmod(minutes, 60)
    if hours < 48:
        return _unit(hours, "hour") + (f" and {_unit(mins, 'minute')}" if mins else "")
    days, hours = divmod(hours, 24)
    return _unit(days, "day") + (f" and {_unit(hours, 'hour')}" if hours else "")


def _elapsed(start: datetime, end: datetime) -> timedelta:
    """Real time between two moments (across a clock change too, when they carry a time zone)."""
    if start.tzinfo is not None and end.tzinfo is not None:
        return end.astimezone(timezone.utc) - start.astimezone(timezone.utc)
    return end - start


def _after(start: datetime, hours: int) -> datetime:
    """``hours`` of real time after ``start``, on ``start``'s clock."""
    if start.tzinfo is not None:
        return (start.astimezone(timezone.utc) + timedelta(hours=hours)).astimezone(start.tzinfo)
    return start + timedelta(hours=hours)


def plan(interview_at: Any, first_sent: Any = None) -> SendPlan:
    """The send-by plan for an interview (and, if given, when the thank-you was actually sent)."""
    interview = parse_when(interview_at, "interview_at")
    sent = parse_when(first_sent, "first_sent") if first_sent not in (None, "") else None
    if sent is not None and _elapsed(interview, sent) < timedelta(0):
        raise ContextError("first_sent", "the thank-you cannot be sent before the interview")
    timing = registry.principle("timing")
    cfg, msg = settings(), settings()["messages"]
    pass_hours, warn_hours = int(timing["pass_hours"]), int(timing["warn_hours"])
    deadline, outer = _after(interview, pass_hours), _after(interview, warn_hours)
    # The end of the interview's working day, or an hour after the interview if that is later.
    same_day = max(datetime.combine(interview.date(), time(cfg["workday_ends_hour"]), tzinfo=interview.tzinfo),
                   _after(interview, 1))
    next_morning = datetime.combine(interview.date() + timedelta(days=1),
                                    time(cfg["next_morning_hour"], cfg["next_morning_minute"]),
                                    tzinfo=interview.tzinfo)
    notes = []
    if interview.hour >= cfg["workday_ends_hour"] and next_morning <= deadline:
        # no working time is left that day: never suggest sending late at night
        suggested = next_morning
        notes.append(msg["late"].format(suggested=when(suggested)))
        if not is_workday(suggested.date()):
            notes.append(msg["late_weekend"].format(weekday=f"{suggested:%A}",
                                                    monday=day(next_workday(suggested.date()))))
    elif interview.hour < timing["morning_before_hour"]:
        suggested = same_day
        notes.append(msg["morning"].format(suggested=when(suggested)))
    elif not is_workday(deadline.date()) and is_workday(interview.date()) and same_day.date() == interview.date():
        suggested = same_day
        notes.append(msg["weekend"].format(deadline=when(deadline), weekday=f"{deadline:%A}",
                                           suggested=when(suggested),
                                           monday=day(next_workday(deadline.date()))))
    else:
        suggested = deadline
        notes.append(msg["afternoon"].format(suggested=when(suggested)))
    notes.append(msg["window"].format(outer=when(outer)))
    sent_status = sent_note = None
    if sent is not None:
        took = _elapsed(interview, sent)
        hours = took.total_seconds() / 3600
        sent_status = "pass" if hours <= pass_hours else ("warn" if hours <= warn_hours else "fail")
        key = f"sent_{sent_status}"
        if sent_status == "pass" and next_day_after_morning(interview, sent, timing["morning_before_hour"]):
            # as the timing check judges it: the next day after a morning interview
            sent_status, key = timing["morning_next_day_status"], f"sent_morning_next_day_{timing['morning_next_day_status']}"
        sent_note = msg[key].format(took=duration(took))
    base = sent or suggested
    raw_earliest = base.date() + relativedelta(days=+int(timing["second_min_days"]))
    raw_ideal = base.date() + relativedelta(days=+int(timing["second_ideal_days"]))
    earliest, ideal = next_workday(raw_earliest), next_workday(raw_ideal)
    if earliest == ideal:
        notes.append(msg["second_on"].format(ideal=day(ideal)))
    else:
        notes.append(msg["second"].format(earliest=day(earliest), ideal=day(ideal)))
    if ideal != raw_ideal:
        notes.append(msg["second_weekend"])
    return SendPlan(interview, deadline, suggested, outer, base, earliest, ideal, notes, sent_status, sent_note)
