"""Lesson 13's notes: what a learner writes down after an interview becomes the interview details
of the checker and the planner, and a to-do list before writing."""
from __future__ import annotations

import re
from datetime import date, datetime

from followup_edu.notes import InterviewNotes, Person, parse_people
from followup_edu.widgets import InterviewNotesForm


def test_are_people_read_with_their_topics_and_addresses():
    people = parse_people("Katarzyna Nowak (k.nowak@fernhill.example): the night shelter training\n\n"
                          "  Tomasz   Zieliński : the weekend rota app\nAisha Khan\n(no name)\n")
    assert people == [Person("Katarzyna Nowak", "the night shelter training", "k.nowak@fernhill.example"),
                      Person("Tomasz Zieliński", "the weekend rota app", ""), Person("Aisha Khan")]


def test_do_the_notes_give_the_checker_its_interview_details():
    notes = InterviewNotes(candidate_name="Amara Osei", company="Fernhill Community Trust", role="Volunteer Coordinator",
                           interview_at=datetime(2026, 5, 12, 10, 0),
                           people=(Person("Katarzyna Nowak", "night shelter training"), Person("Tomasz Zieliński")))
    ctx = notes.context()
    assert ctx.recipient == "Katarzyna Nowak" and ctx.interviewers == ("Katarzyna Nowak", "Tomasz Zieliński")
    assert ctx.interview_type == "panel" and ctx.topics == ("night shelter training",)
    assert ctx.interview_at == datetime(2026, 5, 12, 10, 0) and ctx.kind == "thank_you"


def test_does_the_to_do_list_name_what_is_missing_and_what_to_remember():
    notes = InterviewNotes(people=(Person("Katarzyna Nowak", "", "k@x.example"), Person("Aisha Khan", "reports")),
                           weak_answer="the volunteer retention example", promised="my rota spreadsheet",
                           stated_by=date(2026, 5, 22))
    todo = notes.todo()
    missing = [m for kind, m in todo if kind == "missing"]
    assert any("what you talked about with Katarzyna Nowak" in m for m in missing)
    assert any("no email address for Aisha Khan" in m for m in missing) and len(missing) == 2
    text = " ".join(m for _k, m in todo)
    assert "without apologising" in text and "my rota spreadsheet" in text and "Friday 22 May 2026" in text
    assert "ready" not in text
    done = InterviewNotes(people=(Person("Katarzyna Nowak", "night shelter", "k@x.example"),)).todo()
    assert done[-1][0] == "noted" and "ready" in done[-1][1]
    assert InterviewNotes().todo()[0] == ("missing", InterviewNotes().todo()[0][1])


def test_do_the_checker_and_the_planner_follow_the_notes_as_they_change():
    form = InterviewNotesForm(candidate_name="Amara Osei", interview_at=datetime(2026, 5, 12, 10, 0),
                              people="Katarzyna Nowak: the night shelter")
    checker, planner = form.checker(), form.planner()
    assert checker.context.recipient == "Katarzyna Nowak" and planner.person.value == "Katarzyna Nowak"
    form.inputs["people"].value = "Tomasz Zieliński: the weekend rota app"
    assert checker.context.recipient == "Tomasz Zieliński" and checker.context.topics == ("the weekend rota app",)
    assert "Tomasz Zieliński" in planner.result.value
    before = planner.plan.step("checkin").at
    form.stated.value = True
    form.stated_day.value = date(2026, 6, 5)
    assert planner.plan.step("checkin").at > before and planner.plan.step("checkin").at.date() > date(2026, 6, 6)
    form.inputs["interview_at"].value = datetime(2026, 5, 19, 15, 0)
    assert checker.context.interview_at == datetime(2026, 5, 19, 15, 0) and planner.day.value == date(2026, 5, 19)


def test_does_the_form_speak_plainly_about_half_filled_notes():
    form = InterviewNotesForm()
    text = re.sub(r"<[^>]+>", " ", form.result.value)
    assert "Write down who you met" in text
    form.inputs["interview_at"].day.value = date(2026, 5, 12)
    assert "pick a time as well as the date" in form.result.value
