"""The send-by calculator's logic (followup_edu/schedule.py): deadlines, weekends, second follow-ups."""
import re
from datetime import date, datetime, time, timedelta, timezone

import pytest
from dateutil import tz
from hypothesis import example, given, settings
from hypothesis import strategies as st

from followup_edu import ContextError, check_email, principle
from followup_edu.render.html import render_plan
from followup_edu.schedule import day, duration, is_workday, next_workday, plan, when
from followup_edu.schedule import settings as schedule_settings


def test_morning_interview_is_sent_the_same_day():
    """Is a thank-you after a Tuesday 10:00 interview suggested for the same day?"""
    p = plan("2026-03-03T10:00")
    assert p.suggested == datetime(2026, 3, 3, 18, 0)
    assert p.deadline == datetime(2026, 3, 4, 10, 0)
    assert p.outer_limit == datetime(2026, 3, 5, 10, 0)
    assert "same day" in p.notes[0]


def test_afternoon_interview_gets_24_hours():
    """Does an afternoon interview get the 24-hour deadline as its suggestion?"""
    p = plan(datetime(2026, 3, 4, 14, 0))
    assert p.suggested == p.deadline == datetime(2026, 3, 5, 14, 0)


def test_friday_afternoon_suggests_before_the_weekend():
    """When the 24-hour mark is a Saturday, is Friday evening suggested and Monday named?"""
    p = plan("2026-03-06 15:30")  # a Friday
    assert p.deadline.weekday() == 5
    assert p.suggested == datetime(2026, 3, 6, 18, 0)
    assert any("Saturday" in n and "Monday 9 March 2026" in n for n in p.notes)


def test_second_follow_up_moves_off_the_weekend():
    """Does a one-week mark on a weekend move to the next working day?"""
    p = plan("2026-03-07 11:00")  # Saturday interview, thank-you the same day
    assert p.second_ideal == date(2026, 3, 16)  # the 14th is a Saturday
    assert p.second_ideal.weekday() < 5 and p.second_earliest.weekday() < 5


def test_second_follow_up_counts_from_when_the_thank_you_was_sent():
    """Is the check-in date counted from the actual send time when it is given?"""
    p = plan("2026-03-03T10:00", first_sent="2026-03-05T09:00")
    assert p.first_sent == datetime(2026, 3, 5, 9, 0)
    assert p.second_ideal == date(2026, 3, 12)
    assert p.second_earliest == date(2026, 3, 10)


def test_windows_come_from_the_timing_principle():
    """Do the calculator's windows match the checker's thresholds, so they never disagree?"""
    t = principle("timing")
    p = plan("2026-03-03T10:00")
    assert (p.deadline - p.interview_at).total_seconds() == t["pass_hours"] * 3600
    assert (p.outer_limit - p.interview_at).total_seconds() == t["warn_hours"] * 3600
    # Sending at the suggested time passes the checker's timing check.
    r = check_email("Thank you", "Dear Priya,", context={"interview_at": p.interview_at, "sent_at": p.suggested},
                    checks=["timing"])
    assert r.status_of("timing") == "pass"


@pytest.mark.parametrize("bad", ["", "next tuesday-ish", "2026-13-45 10:00", None, 42])
def test_bad_dates_raise_one_clear_error(bad):
    """Is an unreadable date a ContextError naming the field, not a traceback from dateutil?"""
    with pytest.raises(ContextError, match="interview_at"):
        plan(bad)


def test_thank_you_before_the_interview_is_rejected():
    with pytest.raises(ContextError, match="first_sent"):
        plan("2026-03-03T10:00", first_sent="2026-03-02T10:00")


def test_workday_helpers():
    assert next_workday(date(2026, 3, 7)) == date(2026, 3, 9)
    assert next_workday(date(2026, 3, 9)) == date(2026, 3, 9)


def test_plan_serialises():
    d = plan("2026-03-03T10:00").to_dict()
    assert d["second_ideal"] == "2026-03-10" and isinstance(d["notes"], list)


# -- one consistent plan: every date shown is a field of the plan, written one way ---------------

_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
DATE_SHOWN = re.compile(rf"\b(?:{_DAYS}) \d{{1,2}} (?:{_MONTHS}) \d{{4}}(?:, \d\d:\d\d)?")
BY = re.compile(rf"\bby ((?:{_DAYS}) \d{{1,2}} (?:{_MONTHS}) \d{{4}}, \d\d:\d\d)")
# dateutil ships its own time-zone data, so this needs no system tzdata
LONDON = tz.gettz("Europe/London")


def _shown(p) -> str:
    """The plan as the learner reads it: the calculator's HTML without tags."""
    html = render_plan(p).split("</style>")[-1]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def _allowed(p) -> set[str]:
    moments = [p.interview_at, p.suggested, p.deadline, p.outer_limit]
    days = [p.second_earliest, p.second_ideal, next_workday(p.deadline.date())]
    return {when(m) for m in moments} | {day(d) for d in days}


interviews = st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31),
                          timezones=st.none()).map(lambda d: d.replace(second=0, microsecond=0))
office_hours = interviews.filter(lambda d: time(7, 0) <= d.time() <= time(21, 0))
delays = st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=6))


def _check_consistent(p):
    text = _shown(p)
    shown = set(DATE_SHOWN.findall(text))
    assert shown <= _allowed(p), shown - _allowed(p)
    # "Send by" means one moment, in the table and in every note.
    assert set(BY.findall(text)) == {when(p.suggested)}, text
    assert text.count(when(p.suggested)) >= 2
    assert "(s)" not in text and not re.search(r"\d\.\d+ (days|hours)", text)
    ideal = day(p.second_ideal)
    assert f"not before {ideal}, ideally on {ideal}" not in text


@settings(max_examples=150, deadline=None)
@given(office_hours, st.one_of(st.none(), delays))
def test_every_date_shown_is_one_of_the_plans_and_send_by_is_one_moment(interview, delay):
    """Over any weekday and time of day: do the table and the notes name the same send-by moment?"""
    p = plan(interview, None if delay is None else interview + delay)
    assert p.interview_at < p.suggested <= p.deadline < p.outer_limit
    assert p.deadline - p.interview_at == timedelta(hours=24)
    ends = schedule_settings()["workday_ends_hour"]
    if is_workday(interview.date()) and interview.hour < ends:
        assert is_workday(p.suggested.date()), p.suggested  # never "send it on Saturday" after a weekday
    # never a suggestion to send late at night: after an evening interview, the next morning
    assert time(7, 0) <= p.suggested.time() <= time(21, 0), p.suggested
    assert p.second_earliest <= p.second_ideal
    assert is_workday(p.second_earliest) and is_workday(p.second_ideal)
    assert (p.second_earliest - p.first_sent.date()).days >= principle("timing")["second_min_days"]
    _check_consistent(p)


@settings(max_examples=100, deadline=None)
@given(office_hours, delays)
# the next morning after a morning interview, and the same afternoon: both always tried
@example(datetime(2026, 3, 3, 9, 30), timedelta(hours=22, minutes=30))
@example(datetime(2026, 3, 3, 9, 30), timedelta(hours=6))
def test_a_sent_thank_you_is_judged_as_the_checker_judges_it(interview, delay):
    """Does the calculator's verdict on a sent thank-you match the checker's timing check?"""
    sent = interview + delay
    p = plan(interview, sent)
    r = check_email("Thank you", "Dear Priya,\n\nThank you.", checks=["timing"],
                    context={"interview_at": interview, "sent_at": sent})
    assert p.sent_status == r.status_of("timing")
    assert duration(delay) in p.sent_note


@settings(max_examples=60, deadline=None)
@given(st.sampled_from([datetime(2026, 3, 28), datetime(2026, 3, 29), datetime(2026, 10, 24),
                        datetime(2026, 10, 25)]), st.integers(0, 23 * 60 + 59))
def test_clock_changes_keep_24_real_hours(midnight, minutes):
    """Around the spring and autumn clock changes, is 'within 24 hours' 24 real hours?"""
    interview = (midnight + timedelta(minutes=minutes)).replace(tzinfo=LONDON)
    p = plan(interview)
    utc = timezone.utc
    assert p.deadline.astimezone(utc) - interview.astimezone(utc) == timedelta(hours=24)
    assert p.outer_limit.astimezone(utc) - interview.astimezone(utc) == timedelta(hours=48)
    assert p.interview_at < p.suggested <= p.deadline
    _check_consistent(p)


@given(st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=60)))
def test_durations_read_like_speech(delta):
    """Is every duration whole units with proper plurals ('2 days and 14 hours', never '2.6 days')?"""
    text = duration(delta)
    assert re.fullmatch(r"\d+ (minute|hour|day)s?( and \d+ (minute|hour)s?)?", text), text
    assert not re.search(r"\b1 (minute|hour|day)s\b", text), text
    assert not re.search(r"\b(?!1\b)\d+ (minute|hour|day)\b(?!s)", text), text


def test_friday_evening_has_one_send_by_time():
    """The tester's case: a Friday 17:45 interview. Is the send-by time the same in table and notes?"""
    p = plan(datetime(2026, 3, 13, 17, 45))
    assert p.suggested == datetime(2026, 3, 13, 18, 45)
    text = _shown(p)
    assert set(BY.findall(text)) == {"Friday 13 March 2026, 18:45"}
    assert "by Saturday" not in text


def test_a_thank_you_62_hours_later_is_flagged():
    p = plan(datetime(2026, 3, 3, 10, 0), datetime(2026, 3, 6, 0, 0))
    assert p.sent_status == "fail" and "2 days and 14 hours" in p.sent_note
    assert "2 days and 14 hours" in _shown(p)


def test_second_follow_up_day_is_said_once_when_both_days_agree():
    """The tester's 'not before Monday 23 March, ideally on Monday 23 March'."""
    p = plan(datetime(2026, 3, 16, 10, 0))  # a Monday: +5 days is a Saturday, so both land on Monday
    assert p.second_earliest == p.second_ideal == date(2026, 3, 23)
    text = _shown(p)
    assert "on Monday 23 March 2026" in text and "not before" not in text


def test_dates_are_written_the_british_way():
    assert when(datetime(2026, 3, 3, 9, 5)) == "Tuesday 3 March 2026, 09:05"
    assert day(date(2026, 12, 25)) == "Friday 25 December 2026"
    assert duration(timedelta(hours=1)) == "1 hour" and duration(timedelta(minutes=90)) == "1 hour and 30 minutes"


def test_an_evening_interview_is_answered_the_next_morning_not_at_midnight():
    """After a Friday 22:45 interview, is the suggestion the next morning (as lesson 12's quiz teaches), not 23:45?"""
    p = plan("2026-03-06T22:45")
    assert when(p.suggested) == "Saturday 7 March 2026, 08:30"
    assert "schedule it to arrive at Saturday 7 March 2026, 08:30" in " ".join(p.notes)
    assert "Monday 9 March 2026" in " ".join(p.notes)
    assert when(plan("2026-03-10T19:30").suggested) == "Wednesday 11 March 2026, 08:30"
