"""The graded cases of issue 8 through a real nbgrader run: do the grades follow the emails?

The cases (and their targets) are those that benchmarks/eval_realworld.py previews through the grade
cells' code; here nbgrader itself grades them, in the one course copy and `grade-cohort` run that
test_course_e2e.py's students share (tests/nbgrader_course.py). The rubric behind the figures is in
assignments/README.md.
"""
from __future__ import annotations

import re

import pytest

from followup_edu.grading.scenarios import task as get_task
from nbgrader_course import CASE_STUDENT as STUDENT, CASES, TASK, scores

pytestmark = pytest.mark.slow
FULL = sum(points for *_, points in get_task(TASK).grade_cells())  # the assignment's total


@pytest.fixture(scope="module")
def graded(nbgrader_cohort) -> dict[str, float]:
    out = nbgrader_cohort["out"]
    for case in STUDENT.values():
        assert re.search(rf"^{re.escape(case)}\s+graded", out, re.M), out[-2000:]
    got = scores(nbgrader_cohort["course"], TASK)
    top = {s[1] for s in got.values()}
    assert top == {FULL}, got
    return {case: got[STUDENT[case]][0] for case, *_ in CASES}


def test_strong_email_keeps_its_marks(graded):
    assert graded["strong email"] >= 0.8 * FULL


@pytest.mark.parametrize(("case", "share"), [("generic email", 0.50), ("strong email + 1,500 words of filler", 0.60),
                                             ("all caps with emoji", 0.40)])
def test_weak_emails_score_low(graded, case, share):
    """An email with nothing specific, one buried in filler and one shouted earn at most these shares."""
    assert graded[case] <= share * FULL, (case, graded[case])


@pytest.mark.parametrize(("case", "below"), [("wrong company + profanity", 20), ("wrong interviewer", 10)])
def test_wrong_names_and_swearing_cost_marks(graded, case, below):
    assert graded[case] <= graded["strong email"] - below, (case, graded[case], graded["strong email"])


def test_a_bracketed_aside_does_not_zero_the_email(graded):
    assert graded["strong email + bracketed aside"] >= 0.7 * FULL
