"""When to send: the thank-you deadline and the earliest day for a second follow-up.

Pure functions over datetimes (no widgets, no printing). The windows come from the ``timing``
principle in ``data/principles.toml`` (24 h to send, 48 h outer limit, about a week before a
second message), the calendar habits from ``data/schedule.toml``. Weekends are handled with
:mod:`dateutil.rrule`: a suggested day that falls on a weekend moves to the next working day.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any

from dateutil import parser as dateparser
from dateutil.relativedelta import relativedelta
from dateutil.rrule import DAILY, rrule

from . import registry
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
    """Everything the calculator says about one interview."""

    interview_at: datetime
    deadline: datetime            # interview + 24 h: send the thank-you by then
    suggested: datetime           # when we suggest sending it (same day after a morning interview)
    outer_limit: datetime         # interview + 48 h: the latest some advice allows
    first_sent: datetime          # when the thank-you went (or will go) out
    second_earliest: date         # earliest day for a second follow-up (a working day)
    second_ideal: date            # about a week later (a working day)
    notes: list[str] = field(default_factory=list)

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


def previous_workday(d: date) -> date:
    """``d`` itself if it is a working day, otherwise the last one before it."""
    while not is_workday(d):
        d -= timedelta(days=1)
    return d


def _fmt_day(d: date) -> str:
    return f"{d:%A} {d.day} {d:%B}"


def _fmt(dt: datetime) -> str:
    return f"{_fmt_day(dt.date())}, {dt:%H:%M}"


def plan(interview_at: Any, first_sent: Any = None) -> SendPlan:
    """The send-by plan for an interview (and, if given, when the thank-you was actually sent)."""
    interview = parse_when(interview_at, "interview_at")
    sent = parse_when(first_sent, "first_sent") if first_sent not in (None, "") else None
    if sent is not None and sent < interview:
        raise ContextError("first_sent", "the thank-you cannot be sent before the interview")
    timing = registry.principle("timing")
    cfg, msg = settings(), settings()["messages"]
    tz = interview.tzinfo
    deadline = interview + relativedelta(hours=+int(timing["pass_hours"]))
    outer = interview + relativedelta(hours=+int(timing["warn_hours"]))
    end_of_day = datetime.combine(interview.date(), time(cfg["workday_ends_hour"]), tzinfo=tz)
    notes = []
    if interview.hour < cfg["morning_ends_hour"]:
        suggested = max(end_of_day, interview + relativedelta(hours=+1))
        notes.append(msg["morning"].format(time=f"{suggested:%H:%M}", day=_fmt_day(suggested.date())))
    else:
        suggested = deadline
        notes.append(msg["afternoon"].format(deadline=_fmt(deadline)))
    if not is_workday(deadline.date()) and is_workday(interview.date()):
        before = max(end_of_day, interview + relativedelta(hours=+1))
        suggested = min(suggested, before)
        notes.append(msg["weekend"].format(weekday=f"{deadline:%A}", suggested=_fmt(before),
                                           monday=_fmt_day(next_workday(deadline.date()))))
    notes.append(msg["window"].format(outer=_fmt(outer)))
    base = sent or suggested
    raw_earliest = base.date() + relativedelta(days=+int(timing["second_min_days"]))
    raw_ideal = base.date() + relativedelta(days=+int(timing["second_ideal_days"]))
    earliest, ideal = next_workday(raw_earliest), next_workday(raw_ideal)
    notes.append(msg["second"].format(earliest=_fmt_day(earliest), ideal=_fmt_day(ideal)))
    if ideal != raw_ideal:
        notes.append(msg["second_weekend"])
    return SendPlan(interview, deadline, suggested, outer, base, earliest, ideal, notes)
