"""The graded course teaches what the lessons teach: no free points, model answers that follow the
course's own advice, practice on every email, and scenario facts the checker can use.

These read the scenarios and the model answers in assignments/tools/build_source.py, and check that
the stored source notebooks are what that script builds from them.
"""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import nbformat
import pytest

from followup_edu import check_email
from followup_edu.grading.cell import verdict
from followup_edu.grading.scenarios import task, task_ids
from followup_edu.registry import principle

ROOT = Path(__file__).resolve().parents[1]


def _builder():
    spec = importlib.util.spec_from_file_location("build_source", ROOT / "assignments" / "tools" / "build_source.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


BUILD = _builder()
EMAILS = [(t, e) for t in task_ids() for e in task(t).emails]


def _answers(task_id: str) -> dict[str, str]:
    return dict(BUILD.MODELS[task_id])


@pytest.mark.parametrize("task_id,email", EMAILS, ids=[f"{t}-{e.key}" for t, e in EMAILS])
def test_does_every_grade_cell_judge_a_principle_that_applies_to_its_email(task_id, email):
    """Is no grade cell free points? A principle the checker skips for this kind would pass any text."""
    kind = email.context.effective_kind
    free = [pid for pid in email.principles if kind not in principle(pid).kinds]
    assert not free, f"{task_id}/{email.key}: {free} skip for a {kind} email, so their cells give points for nothing"


@pytest.mark.parametrize("task_id", task_ids())
def test_does_each_model_answer_earn_every_point(task_id):
    """Is the model answer a full-marks answer, cell by cell?"""
    answers = _answers(task_id)
    short = [(g, v.status, v.message) for g, *_ in task(task_id).grade_cells()
             if (v := verdict(task_id, g, **answers)).status != "pass"]
    assert not short, short


CLOSING = re.compile(r"^[A-Z][\w’' ]{2,40},$")


@pytest.mark.parametrize("task_id,email", [(t, e) for t, e in EMAILS if e.body_var],
                         ids=[f"{t}-{e.key}" for t, e in EMAILS if e.body_var])
def test_does_each_model_email_end_with_one_closing_and_no_apology(task_id, email):
    """Does the model follow lessons 05 and 07: one closing line, and a mended answer without apology?"""
    body = BUILD.MODELS[task_id][email.body_var]
    lines = [ln.strip() for ln in body.strip().splitlines() if ln.strip()]
    closings = [ln for ln in lines[1:] if CLOSING.match(ln)]
    assert len(closings) == 1, f"{email.key}: closings {closings}"
    assert lines[-2] == closings[0], f"{email.key}: the closing should sit just above the name"
    for word in ("rushed", "sorry", "apolog", "nervous", "rambl", "messed up"):
        assert word not in body.lower(), f"{email.key}: “{word}” apologises instead of mending the answer"


@pytest.mark.parametrize("task_id,email", [(t, e) for t, e in EMAILS if e.context.sent_at],
                         ids=[f"{t}-{e.key}" for t, e in EMAILS if e.context.sent_at])
def test_does_the_timing_report_of_each_scenario_describe_its_story(task_id, email):
    """Does the report measure the wait from the right event (the news, the last email, the interview)?"""
    models = BUILD.MODELS[task_id]
    report = check_email(models[email.subject_var], models[email.body_var], email.context)
    timing = [f for f in report.findings if f.check == "timing"]
    assert timing and timing[0].status == "pass", timing
    if email.context.effective_kind == "after_rejection":
        assert email.context.previous_sent_at is not None, "give previous_sent_at: when the news arrived"
        hours = (email.context.sent_at - email.context.previous_sent_at).total_seconds() / 3600
        assert 0 <= hours <= 24, "the assignment asks for a prompt reply to the news"


def test_does_assignment_4_ask_only_for_what_the_lessons_teach():
    """Is 'ask for feedback' gone from the task and its model (the course material never teaches it)?"""
    intro = BUILD.INTRO["tricky_situations"].lower()
    model = BUILD.MODELS["tricky_situations"]["after_rejection_body"].lower()
    assert "feedback" not in intro and "feedback" not in model


@pytest.mark.parametrize("task_id", task_ids())
def test_does_the_practice_cell_cover_every_email_and_is_the_source_what_the_script_builds(task_id):
    """Does 'Try it' check each of the task's emails, and is the stored notebook the built one?"""
    built = BUILD.build(task_id)
    stored = nbformat.read(ROOT / "assignments" / "source" / task_id / f"{task_id}.ipynb", as_version=4)
    assert [c.source for c in built.cells] == [c.source for c in stored.cells], (
        "the source notebook is stale: run (in assignments/) ../.venv/bin/python tools/build_source.py --force")
    t = task(task_id)
    if t.subject_only:
        return
    practice = [c.source for c in built.cells if c.cell_type == "code" and "check_email" in c.source]
    assert len(practice) == 1
    for e in t.emails:
        assert e.subject_var in practice[0] and e.body_var in practice[0], e.key
    # and it runs on the model answers, reporting on each email
    shown: list[str] = []
    namespace = dict(_answers(task_id), print=lambda *a, **k: shown.append(" ".join(map(str, a))))
    exec(practice[0], namespace)  # noqa: S102 - the course's own cell, run on the course's own answers
    scores = [s for s in shown if "core" in s]
    assert len(scores) == len(t.emails), shown
