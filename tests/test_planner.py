"""The follow-up planner: the whole sequence after an interview, the employer's stated date, time
zones, and the calendar file it exports."""
from __future__ import annotations

import base64
import re
from datetime import date, datetime, timedelta, timezone

import pytest
from dateutil import tz
from icalendar import Calendar

from followup_edu.errors import ContextError
from followup_edu.planner import follow_up_plan, to_ics
from followup_edu.schedule import is_workday, plan
from followup_edu.widgets import FollowUpPlanner

LONDON = tz.gettz("Europe/London")
ORDER = ["thank_you", "checkin", "last_checkin", "stop"]


@pytest.mark.parametrize("day_offset", range(0, 14))
@pytest.mark.parametrize("hour", [9, 15])
def test_is_the_sequence_in_order_on_working_days_and_built_on_the_send_by_plan(day_offset, hour):
    """Does every interview get thank-you → check-in → last check-in → stop, the first two as schedule.plan says?"""
    interview = datetime(2026, 3, 2, hour, 0) + timedelta(days=day_offset)
    p = follow_up_plan(interview, time_zone="Europe/London", person="Priya Raman")
    assert [s.key for s in p.steps] == ORDER
    times = [s.at for s in p.steps]
    assert times == sorted(times) and times[0] > interview.replace(tzinfo=LONDON)
    base = plan(interview.replace(tzinfo=LONDON))
    assert p.step("thank_you").at == base.suggested
    assert p.step("checkin").at.date() == base.second_ideal
    assert all(is_workday(s.at.date()) for s in p.steps[1:])
    assert "Priya Raman" in p.step("thank_you").title and "Priya Raman" in p.step("checkin").title


@pytest.mark.parametrize("stated_offset", range(-3, 25))
def test_does_the_check_in_wait_until_the_date_they_gave_has_passed(stated_offset):
    """Is the first check-in never before the employer's own date plus a little grace?"""
    interview = datetime(2026, 3, 3, 10, 0)
    stated = interview.date() + timedelta(days=stated_offset)
    p = follow_up_plan(interview, stated_by=stated)
    default = follow_up_plan(interview).step("checkin").at
    checkin = p.step("checkin")
    assert checkin.at >= default, "their date never brings the check-in forward"
    assert checkin.at.date() > stated + timedelta(days=1)
    if checkin.at != default:
        assert "Tuesday" in checkin.note or str(stated.day) in checkin.note  # names their date, in words
    assert bool(p.warnings) == (stated < p.step("thank_you").at.date())


def test_are_check_ins_timed_for_the_employers_morning_across_a_clock_change():
    """London learner, New York employer, with the US clock change between: still 09:30 their time?"""
    p = follow_up_plan(datetime(2026, 3, 3, 10, 0), time_zone="Europe/London", employer_time_zone="America/New_York")
    ny = tz.gettz("America/New_York")
    for s in p.steps[1:]:
        local = s.at.astimezone(ny)
        assert (local.hour, local.minute) == (9, 30), s
        assert s.their_time.endswith("09:30 their time")
    # 8 March 2026 the US moves its clocks, 29 March the UK: the gap in hours changes and the plan follows it
    gaps = {round((s.at.utcoffset() - s.at.astimezone(ny).utcoffset()).total_seconds() / 3600) for s in p.steps}
    assert gaps == {4, 5}
    same = follow_up_plan(datetime(2026, 3, 3, 10, 0), time_zone="Europe/London", employer_time_zone="Europe/London")
    assert all(s.their_time is None for s in same.steps)


def test_is_an_unknown_time_zone_a_plain_error():
    with pytest.raises(ContextError, match="is not a time zone name"):
        follow_up_plan(datetime(2026, 3, 3, 10, 0), time_zone="Mars/Olympus")


def test_does_the_calendar_file_hold_every_step_at_its_moment():
    """Does a calendar read back four events, in UTC, with the plan's titles, and stable ids?"""
    p = follow_up_plan(datetime(2026, 3, 3, 10, 0), employer_time_zone="America/New_York", person="Priya Raman")
    made = datetime(2026, 3, 3, 12, 0, tzinfo=timezone.utc)
    ics = to_ics(p, made_at=made)
    events = Calendar.from_ical(ics).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == [s.title for s in p.steps]
    for e, s in zip(events, p.steps):
        assert e.decoded("dtstart") == s.at.astimezone(timezone.utc)
        assert e.decoded("dtend") - e.decoded("dtstart") == timedelta(minutes=15)
        assert s.note.split(";")[0] in str(e["description"])
    assert len({str(e["uid"]) for e in events}) == 4
    assert to_ics(p, made_at=made) == ics, "the same plan gives the same file"


def test_does_the_widget_offer_the_calendar_file_and_speak_plainly_on_bad_input():
    widget = FollowUpPlanner(datetime(2026, 3, 3, 10, 0), person="Priya Raman")
    assert "Send your thank-you to Priya Raman" in widget.result.value
    href = re.search(r'href="data:text/calendar;charset=utf-8;base64,([^"]+)"', widget.download.value).group(1)
    assert base64.b64decode(href) == widget.ics and b"BEGIN:VCALENDAR" in widget.ics
    assert "New York (America)" in widget.their_zone._options_labels
    widget.stated.value = True
    widget.stated_day.value = date(2026, 3, 20)
    assert "20 March" in widget.result.value and widget.plan.step("checkin").at.date() > date(2026, 3, 21)
    widget.stated_day.value = None
    assert widget.plan is None and "Choose the date they gave" in widget.result.value and widget.download.value == ""
    widget.stated.value = False
    widget.time.value = None
    assert widget.plan is None and "Choose the interview's date and time" in widget.result.value
