"""The capstone's whole sequence (lesson 12): notes once, three emails checked with them, a reason for
each judgement call, and saved work that comes back and is never lost."""
from __future__ import annotations

import json
import re
from datetime import datetime

import pytest

from followup_edu.widgets import FollowUpSequence
from followup_edu.widgets.sequence import load_work, save_work

JARGON = re.compile(r"Traceback|_at\b|candidate_name|interview_type|previous_sent|recipient|\{|\}|%Y|YYYY")

THANKS = """Dear Mark,

Thank you for meeting me this morning about the Editorial Assistant role. I enjoyed our talk about the spring poetry list and how you choose debut poets.

At the student press I edited two anthologies from first draft to print, and I would be glad to bring that care to Tidewater Books.

I remain very interested in the role and look forward to hearing about the next steps.

Kind regards,
Ana Silva"""


@pytest.fixture
def seq(tmp_path):
    s = FollowUpSequence(store=tmp_path / "work.json")
    n = s.notes.inputs
    n["candidate_name"].value = "Ana Silva"
    n["company"].value = "Tidewater Books"
    n["role"].value = "Editorial Assistant"
    n["interview_at"].value = datetime(2026, 5, 4, 10, 0)
    n["people"].value = "Mark Fenn: the spring poetry list"
    return s


def test_each_part_is_checked_with_the_notes_and_its_own_kind_and_dates(seq):
    ctx = {p.pid: p.checker.context for p in (seq.thank_you, seq.check_in, seq.reply)}
    assert {c.candidate_name for c in ctx.values()} == {"Ana Silva"}
    assert [c.effective_kind for c in ctx.values()][:2] == ["thank_you", "second_follow_up"]
    assert ctx["reply"].effective_kind == "after_rejection"
    # dates start from the interview: the same day after a morning interview, a week later, then the answer
    assert ctx["thank_you"].sent_at == datetime(2026, 5, 4, 14, 0)
    assert ctx["check_in"].previous_sent_at == datetime(2026, 5, 4, 14, 0)
    assert (ctx["check_in"].sent_at - ctx["check_in"].previous_sent_at).days == 6  # 7 calendar days, 09:30
    assert ctx["reply"].previous_sent_at < ctx["reply"].sent_at
    seq.thank_you.checker.subject.value = "Thank you – Editorial Assistant interview – Ana Silva"
    seq.thank_you.checker.body.value = THANKS
    report = seq.thank_you.checker.report
    assert not report.problems, [(f.check, f.message) for f in report.problems]
    # a name changed in the notes is what the checker holds the email to
    seq.notes.inputs["people"].value = "Marc Fenn: the spring poetry list"
    assert seq.thank_you.checker.report.status_of("names") in ("warn", "fail")


def test_a_check_in_sent_too_soon_is_flagged_by_its_dates(seq):
    part = seq.check_in
    part.checker.subject.value = "Editorial Assistant interview on 4 May – Ana Silva"
    part.checker.body.value = ("Dear Mark,\n\nI hope you are well. I am writing to follow up on my interview on 4 May for "
                               "the Editorial Assistant role, which I am still very keen on. I would be grateful for any "
                               "update when you have one.\n\nThank you again for your time.\n\nKind regards,\nAna Silva")
    assert part.checker.report.status_of("timing") == "pass"
    part.dates["sent_at"].value = datetime(2026, 5, 5, 9, 0)
    assert part.checker.report.status_of("timing") == "fail"


def test_a_panel_gets_a_tab_per_person_and_nothing_typed_is_lost(seq):
    assert seq.panel_choice.layout.display == "none" and seq.planner.layout.display == "none"
    people = seq.notes.inputs["people"]
    for i in range(1, len("June Okoro") + 1):  # typed letter by letter: no tab per half-typed name
        people.value = "Mark Fenn: the spring poetry list\n" + "June Okoro"[:i]
    assert [t.recipient.value for t in seq.planner.tabs.children] == ["Mark Fenn", "June Okoro"]
    assert seq.planner.layout.display is None and seq.thank_you.checker.layout.display == "none"
    seq.planner.tabs.children[1].body.value = "Dear June, thank you."
    people.value = "Mark Fenn: the spring poetry list\nJune Okoro-Bell"
    assert "Dear June, thank you." in [t.body.value for t in seq.planner.tabs.children]
    # one email to all: the single checker, no one recipient, and “Dear all” is accepted after a panel
    seq.panel_choice.value = "all"
    assert seq.planner.layout.display == "none" and seq.thank_you.checker.layout.display is None
    c = seq.thank_you.checker
    assert c.context.recipient is None and c.context.interview_type == "panel"
    c.body.value = THANKS.replace("Dear Mark,", "Dear all,")
    assert c.report.status_of("greeting") == "pass"


def test_the_reply_is_checked_as_a_reply_to_an_offer_or_to_a_rejection(seq):
    seq.answer.value = "offer"
    reply = seq.reply.checker
    assert reply.context.kind == "offer_reply"
    reply.subject.value = "Editorial Assistant offer – Ana Silva"
    reply.body.value = ("Dear Mark,\n\nThank you for the offer of the Editorial Assistant role. I am delighted to accept "
                        "it, and I look forward to starting in June.\n\nKind regards,\nAna Silva")
    assert not reply.report.problems, [(f.check, f.message) for f in reply.report.problems]
    assert reply.report.status_of("fit") == "skip"  # accepting an offer needs no pitch
    seq.answer.value = "rejection"
    assert reply.context.kind == "after_rejection"


def test_each_judgement_call_asks_for_a_reason(seq):
    for part in (seq.thank_you, seq.check_in, seq.reply):
        assert "Not yet" in part.reason_status.value
    seq.check_in.reason.value = "They said they would decide by Friday, so I waited until Tuesday."
    assert "Written" in seq.check_in.reason_status.value
    assert "2 · Check-in a week later: no draft yet, reason written" in seq.progress.value


def test_saved_work_comes_back_half_filled_dates_and_all(seq, tmp_path):
    seq.thank_you.checker.body.value = THANKS
    seq.reply.reason.value = "I kept the door open because I would like to work there one day."
    seq.reply.dates["sent_at"].day.value = datetime(2026, 5, 20).date()
    seq.reply.dates["sent_at"].time.value = None  # half filled: a date with no time yet
    assert "Check this" in seq.reply.date_note.value and not JARGON.search(seq.reply.date_note.value)
    seq.notes.inputs["people"].value = "Mark Fenn: the spring poetry list\nJune Okoro: proofreading"
    seq.planner.tabs.children[1].body.value = "Dear June, thank you for the proofreading test."
    seq.notes.stated.value = True
    seq.notes.stated_day.value = datetime(2026, 5, 15).date()
    message = seq.save()
    assert "Saved at" in message and "work.json" in message
    again = FollowUpSequence(store=tmp_path / "work.json")
    assert "back in place" in again.message.value
    assert again.thank_you.checker.body.value == THANKS
    assert again.reply.reason.value.startswith("I kept the door open")
    assert again.reply.dates["sent_at"].day.value == datetime(2026, 5, 20).date()
    assert again.reply.dates["sent_at"].time.value is None
    assert [t.body.value for t in again.planner.tabs.children][1].startswith("Dear June")
    assert len(again.planner.tabs.children) == 2
    assert again.notes.inputs["interview_at"].value == datetime(2026, 5, 4, 10, 0)
    assert again.notes.stated.value is True and again.notes.stated_day.value == datetime(2026, 5, 15).date()


def test_an_unreadable_file_is_kept_untouched_and_a_failed_save_says_so(tmp_path):
    store = tmp_path / "work.json"
    store.write_text("{half a file", "utf-8")
    s = FollowUpSequence(store=store)
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("work-unreadable-")]
    assert len(kept) == 1 and kept[0].read_text("utf-8") == "{half a file"
    assert "could not be read" in s.message.value and kept[0].name in s.message.value
    assert not JARGON.search(s.message.value)
    # a file of the wrong shape loads what it can
    store.write_text(json.dumps({"parts": {"reply": {"reason": "Because.", "body": 42}}, "answer": "maybe"}), "utf-8")
    s = FollowUpSequence(store=store)
    assert s.reply.reason.value == "Because." and s.reply.checker.body.value == "" and s.answer.value == "rejection"
    # a folder that cannot be written to: a plain message, and the work stays on screen
    message = save_work(tmp_path / "missing-folder" / "work.json", {"parts": {}})
    assert "could not be saved" in message and not JARGON.search(message)
    assert load_work(tmp_path / "nothing-here.json") == ({}, "")


def test_what_the_notes_say_to_mend_send_and_wait_for_reaches_every_part(seq):
    """Do the answer to mend, the promise, their date and the reader's country reach each email's checks?"""
    n = seq.notes.inputs
    n["weak_answer"].value = "my answer about copy-editing tests"
    n["promised"].value = "a link to my reading list"
    n["region"].value = "uk"
    seq.notes.stated.value = True
    seq.notes.stated_day.value = datetime(2026, 5, 15).date()
    for part in (seq.thank_you, seq.check_in, seq.reply):
        ctx = part.checker.context
        assert ctx.weak_answer == "my answer about copy-editing tests" and ctx.promised == ("a link to my reading list",)
        assert ctx.region == "uk" and ctx.decision_by == datetime(2026, 5, 15)
    seq.thank_you.checker.body.value = THANKS
    report = seq.thank_you.checker.report
    assert report.status_of("clarify") != "skip" and report.status_of("materials") in ("warn", "fail")


def test_lesson_13_notes_save_and_come_back_with_the_capstones_mechanism(tmp_path):
    """Do the notes of lesson 13 save to a file and load again, with the capstone's own save bar?"""
    from followup_edu.widgets import InterviewNotesForm
    from followup_edu.widgets.saving import SaveBar

    store = tmp_path / "notes.json"
    notes = InterviewNotesForm(candidate_name="Amara Osei", store=store)
    assert isinstance(notes.saving, SaveBar) and notes.saving.message.value == ""
    notes.inputs["people"].value = "Katarzyna Nowak (k.nowak@fernhill.example): the winter night shelter"
    notes.inputs["weak_answer"].value = "the rota app question"
    notes.inputs["region"].value = "de"
    notes.inputs["interview_at"].day.value = datetime(2026, 5, 12).date()  # half filled: no time yet
    notes.stated.value = True
    assert "Saved at" in notes.save()
    again = InterviewNotesForm(candidate_name="Someone Else", store=store)
    assert "back in place" in again.saving.message.value
    assert again.inputs["candidate_name"].value == "Amara Osei"
    assert again.inputs["people"].value.startswith("Katarzyna Nowak")
    assert again.inputs["weak_answer"].value == "the rota app question" and again.inputs["region"].value == "de"
    assert again.inputs["interview_at"].day.value == datetime(2026, 5, 12).date()
    assert again.inputs["interview_at"].time.value is None and again.stated.value is True
    assert again.context.recipient == "Katarzyna Nowak" and again.context.region == "de"
    # a file that cannot be read is kept, as in the capstone
    store.write_text("not json", "utf-8")
    fresh = InterviewNotesForm(store=store)
    assert "could not be read" in fresh.saving.message.value and not JARGON.search(fresh.saving.message.value)
    assert [p for p in tmp_path.iterdir() if p.name.startswith("notes-unreadable-")]
