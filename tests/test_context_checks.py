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
    """The problem a learner sees names no field, no type and no format code."""
    assert err.key not in err.problem and "_" not in err.problem and "%" not in err.problem
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
