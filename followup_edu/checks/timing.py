"""timing: a thank-you within 24 hours (24-48 warns); a second follow-up about a week after the first.

Source: the course articles disagree (24 h vs 24-48 h), so 24-48 h is a warning, not a failure; a second
message after about a week (a week or two) is acceptable. A reply to a job offer is timed from the
offer (``previous_sent_at``), and warns after a few days; a thank-you after an informational
interview follows the thank-you rule. After a morning interview, a thank-you sent the next day
gets a note that the same day is better (its status is data: pass by default, since most advice
accepts 24 hours); a check-in before the date the employer gave for their
decision (``decision_by``) warns.
"""
from __future__ import annotations

from datetime import datetime

from ..context import hours_between, next_day_after_morning
from ..errors import RegistryError
from ..phrasing import duration, plural
from ._common import finding, skip

# second_ideal_days is read by the send-by planner (followup_edu/schedule.py)
DATA = ("pass_hours", "warn_hours", "second_min_days", "second_fail_days", "second_ideal_days", "second_max_days",
        "rejection_max_days", "offer_max_days", "morning_before_hour", "morning_next_day_status",
        "timeline_wait_days")
MESSAGES = ("before", "on_time", "late_warn", "late_fail", "second_early", "second_early_interview", "second_ok", "second_late", "rejection_ok",
            "rejection_late", "no_times", "no_previous", "offer_ok", "offer_late", "no_offer_time", "morning_next_day",
            "timeline_early", "timeline_ok")


def _hours(h: float) -> str:
    return duration(h)


def _days(h: float) -> str:
    d = h / 24
    return plural(round(d), "day") if d >= 1 else duration(h)


def _day(d) -> str:
    """``Friday 20 March 2026``, as the send-by calculator writes a day (schedule.day, which is not
    imported here: it loads dateutil)."""
    return f"{d:%A} {d.day} {d:%B %Y}"


def _local(when: datetime, like: datetime) -> datetime:
    """``when`` on the clock of ``like`` (both aware: converted; otherwise as given)."""
    if when.tzinfo is not None and like.tzinfo is not None:
        return when.astimezone(like.tzinfo)
    return when


def _timeline(ctx, p) -> list:
    """A check-in against the date the employer gave: wait until it has passed."""
    if ctx.decision_by is None or ctx.sent_at is None:
        return []
    stated = ctx.decision_by.date()
    shown = _day(stated)
    if (_local(ctx.sent_at, ctx.decision_by).date() - stated).days < p["timeline_wait_days"]:
        return [finding(p, "warn", "timeline_early", date=shown)]
    return [finding(p, "pass", "timeline_ok", date=shown)]


def check(draft, ctx, p):
    kind = ctx.effective_kind
    if kind == "second_follow_up":
        start = ctx.previous_sent_at or None
        stated = _timeline(ctx, p)
        if stated and stated[0].status == "warn":
            return stated
        if start is None and ctx.sent_at is not None and ctx.interview_at is not None:
            # no first email given: it can only have gone after the interview, so a check-in
            # sooner than the wait after the interview is early whatever it follows
            h = hours_between(ctx.interview_at, ctx.sent_at)
            if 0 <= h < p["second_min_days"] * 24:
                return [finding(p, "fail" if h < p["second_fail_days"] * 24 else "warn", "second_early_interview",
                                days=_days(h))]
        if ctx.sent_at is None or start is None:
            return stated or [skip(p, p.message("no_previous"))]
        h = hours_between(start, ctx.sent_at)
        if h < 0:
            return [finding(p, "fail", "before", sent=ctx.sent_at.isoformat(), interview=start.isoformat())]
        if h < p["second_min_days"] * 24:
            return [finding(p, "fail" if h < p["second_fail_days"] * 24 else "warn", "second_early", days=_days(h))]
        if h > p["second_max_days"] * 24:
            return [finding(p, "pass", "second_late", days=_days(h))]
        return [finding(p, "pass", "second_ok", days=_days(h))]
    if kind == "offer_reply":  # timed from when the offer arrived (previous_sent_at), not the interview
        if ctx.sent_at is None or ctx.previous_sent_at is None:
            return [skip(p, p.message("no_offer_time"))]
        h = hours_between(ctx.previous_sent_at, ctx.sent_at)
        if h < 0:
            return [skip(p, p.message("no_offer_time"))]
        if h > p["offer_max_days"] * 24:
            return [finding(p, "warn", "offer_late", days=_days(h))]
        return [finding(p, "pass", "offer_ok", days=_days(h))]
    if ctx.sent_at is None or ctx.interview_at is None:
        return [skip(p, p.message("no_times"))]
    if kind == "after_rejection":
        start = ctx.previous_sent_at or ctx.interview_at
        h = hours_between(start, ctx.sent_at)
        if h < 0:
            return [skip(p, p.message("no_times"))]
        key = "rejection_ok" if h <= p["rejection_max_days"] * 24 else "rejection_late"
        return [finding(p, "pass", key, days=_days(h))]
    h = hours_between(ctx.interview_at, ctx.sent_at)
    if h < 0:
        return [finding(p, "fail", "before", sent=ctx.sent_at.isoformat(sep=" ", timespec="minutes"),
                        interview=ctx.interview_at.isoformat(sep=" ", timespec="minutes"))]
    if h <= p["pass_hours"]:
        if next_day_after_morning(ctx.interview_at, ctx.sent_at, p["morning_before_hour"]):
            status = p["morning_next_day_status"]
            if status not in ("pass", "warn"):
                raise RegistryError("principles.toml [principles.timing] 'morning_next_day_status' must be "
                                    "\"pass\" or \"warn\"", "morning_next_day_status")
            return [finding(p, status, "morning_next_day", hours=_hours(h))]
        return [finding(p, "pass", "on_time", hours=_hours(h))]
    if h <= p["warn_hours"]:
        return [finding(p, "warn", "late_warn", hours=_hours(h))]
    return [finding(p, "fail", "late_fail", hours=_hours(h))]
