"""timing: a thank-you within 24 hours (24-48 warns); a second follow-up about a week after the first.

Source: the course articles disagree (24 h vs 24-48 h), so 24-48 h is a warning, not a failure; a second
message after about a week (a week or two) is acceptable. A reply to a job offer is timed from the
offer (``previous_sent_at``), and warns after a few days; a thank-you after an informational
interview follows the thank-you rule.
"""
from __future__ import annotations

from ..context import hours_between
from ..phrasing import duration, plural
from ._common import finding, skip

# second_ideal_days is read by the send-by planner (followup_edu/schedule.py)
DATA = ("pass_hours", "warn_hours", "second_min_days", "second_fail_days", "second_ideal_days", "second_max_days",
        "rejection_max_days", "offer_max_days")
MESSAGES = ("before", "on_time", "late_warn", "late_fail", "second_early", "second_ok", "second_late", "rejection_ok",
            "rejection_late", "no_times", "no_previous", "offer_ok", "offer_late", "no_offer_time")


def _hours(h: float) -> str:
    return duration(h)


def _days(h: float) -> str:
    d = h / 24
    return plural(round(d), "day") if d >= 1 else duration(h)


def check(draft, ctx, p):
    kind = ctx.effective_kind
    if kind == "second_follow_up":
        start = ctx.previous_sent_at or None
        if ctx.sent_at is None or start is None:
            return [skip(p, p.message("no_previous"))]
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
        return [finding(p, "pass", "on_time", hours=_hours(h))]
    if h <= p["warn_hours"]:
        return [finding(p, "warn", "late_warn", hours=_hours(h))]
    return [finding(p, "fail", "late_fail", hours=_hours(h))]
