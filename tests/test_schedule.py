"""The send-by calculator's logic (followup_edu/schedule.py): deadlines, weekends, second follow-ups."""
from datetime import date, datetime

import pytest

from followup_edu import ContextError, check_email, principle
from followup_edu.schedule import next_workday, plan, previous_workday


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
    assert any("Saturday" in n and "Monday 9 March" in n for n in p.notes)


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
    assert previous_workday(date(2026, 3, 8)) == date(2026, 3, 6)


def test_plan_serialises():
    d = plan("2026-03-03T10:00").to_dict()
    assert d["second_ideal"] == "2026-03-10" and isinstance(d["notes"], list)
