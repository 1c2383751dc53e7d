"""Checks that judge what only the context can tell: the answer to mend, the panel's members, and
the grade cells that reward them. Bad values in the new context fields get plain messages."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from followup_edu import Context, ContextError
from followup_edu.grading.cell import verdict

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("build_source", ROOT / "assignments" / "tools" / "build_source.py")
BUILD = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(BUILD)


def _plain(err: ContextError) -> None:
    """The problem a learner sees names no field (a plain word such as "region" may appear as itself),
    no type and no format code."""
    assert "_" not in err.problem and "%" not in err.problem and "ISO" not in err.problem
    assert not any(t in err.problem for t in ("int", "str", "NoneType", "list", "Traceback"))


def test_is_a_bad_weak_answer_refused_in_plain_words():
    """Is a weak answer that is not text refused with a message saying what to write?"""
    with pytest.raises(ContextError) as err:
        Context(weak_answer=["messy data"])
    _plain(err.value)
    assert Context(weak_answer="  handling   messy data ").weak_answer == "handling messy data"


def test_does_the_clarify_cell_reward_the_mend_and_not_the_apology():
    """Does the model answer earn the clarify cell, a draft without the mend or with an apology lose it?"""
    answers = dict(BUILD.MODELS["thank_you_email"])
    assert verdict("thank_you_email", "clarify", **answers).status == "pass"
    body = answers["body"]
    dropped = body.replace("I would like to add one example to my answer about messy data. When I cleaned",
                           "Last year I cleaned").replace("survey data for a campus food bank", "a spreadsheet")
    assert verdict("thank_you_email", "clarify", subject=answers["subject"], body=dropped).points == 0
    sorry = body.replace("I would like to add one example to my answer about messy data.",
                         "I am sorry my answer about messy data was so muddled.")
    v = verdict("thank_you_email", "clarify", subject=answers["subject"], body=sorry)
    assert v.points == 0 and "apolog" in v.message


def test_does_the_panel_cell_notice_a_panellist_left_without_an_email():
    """Does the distinct cell cost points when two emails greet Priya and Marcus gets none?"""
    answers = dict(BUILD.MODELS["panel_followups"])
    assert verdict("panel_followups", "distinct", **answers).status == "pass"
    answers["marcus_body"] = answers["marcus_body"].replace("Dear Marcus,", "Dear Priya,")
    v = verdict("panel_followups", "distinct", **answers)
    assert v.status == "warn" and "Marcus Webb" in v.message


@pytest.mark.parametrize("typed", ["tomorrow 5pm", "next Friday", "2026-02-30", "20/03/2026", 20])
def test_is_a_decision_date_the_checker_cannot_read_refused_in_plain_words(typed):
    """Does a learner who types “tomorrow 5pm” as the employer's date get a message that says how to
    write it, with no field name or format code?"""
    with pytest.raises(ContextError) as err:
        Context(decision_by=typed)
    _plain(err.value)
    assert "for example 2026-03-20" in err.value.problem


def test_are_promised_materials_and_the_decision_date_read_from_text_and_dates():
    """Do the new fields take what a learner or a notes form gives (a text, a list, a date)?"""
    from datetime import date

    ctx = Context(promised="a link to my portfolio", decision_by=date(2026, 3, 20))
    assert ctx.promised == ("a link to my portfolio",) and ctx.decision_by.day == 20
    assert Context(decision_by="2026-03-20").decision_by == Context(decision_by="2026-03-20T00:00").decision_by
    with pytest.raises(ContextError) as err:
        Context(promised=[3])
    _plain(err.value)


def test_do_the_interview_notes_fill_the_new_fields():
    """Do the notes taken after an interview (lesson 13) give the checker the answer to mend, the
    promised material and the employer's date?"""
    from datetime import date

    from followup_edu.notes import InterviewNotes

    ctx = InterviewNotes(weak_answer="handling messy data", promised="my portfolio link",
                         stated_by=date(2026, 3, 20)).context()
    assert ctx.weak_answer == "handling messy data" and ctx.promised == ("my portfolio link",)
    assert ctx.decision_by.date() == date(2026, 3, 20)


def test_does_a_next_day_thank_you_after_a_morning_interview_say_the_same_day_is_better():
    """Does a next-morning send after a morning interview warn gently (the same day is what passes)?"""
    from followup_edu import check_email

    body = "Dear Priya,\n\nThank you for your time yesterday morning and for the talk about dashboards.\n\nBest regards,\nJordan Lee"
    ctx = {"recipient": "Priya Raman", "interview_at": "2026-03-03T09:30", "sent_at": "2026-03-04T08:00"}
    report = check_email("Thank you – interview", body, ctx)
    timing = next(f for f in report.findings if f.check == "timing")
    assert timing.status == "warn" and "same afternoon or evening" in timing.message
    same_day = dict(ctx, sent_at="2026-03-03T16:00")
    assert next(f for f in check_email("Thank you – interview", body, same_day).findings if f.check == "timing").status == "pass"
    late_afternoon = dict(ctx, interview_at="2026-03-03T15:00", sent_at="2026-03-04T10:00")
    timing = next(f for f in check_email("Thank you – interview", body, late_afternoon).findings if f.check == "timing")
    assert "morning" not in timing.message


@pytest.mark.parametrize(("key", "typed"), [("region", "france"), ("region", 44), ("formality", "very formal")])
def test_is_an_unknown_region_or_formality_refused_with_the_choices(key, typed):
    """Does a region or formality the registry does not know get a message listing the choices?"""
    from followup_edu import registry

    with pytest.raises(ContextError) as err:
        Context(**{key: typed})
    _plain(err.value)
    choices = registry.regions() if key == "region" else registry.formalities()
    assert all(c in err.value.problem for c in choices)


def test_does_the_region_set_the_formality_unless_the_context_says():
    """Is Germany formal by default, a given formality stronger than the region, and no profile standard?"""
    assert Context(region="de").effective_formality == "formal"
    assert Context(region="de", formality="relaxed").effective_formality == "relaxed"
    assert Context().effective_formality == "standard" and Context(region="UK").region == "uk"
