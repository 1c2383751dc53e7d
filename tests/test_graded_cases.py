"""The graded cases of issue 8 through a real nbgrader run: do the grades follow the emails?

One course copy, one `generate_assignment`, one `grade-cohort` run for all the cases. The cases
(and their targets) are those that benchmarks/eval_realworld.py previews through the grade cells'
code; here nbgrader itself grades them. The rubric behind the figures is in assignments/README.md.
"""
from __future__ import annotations

import io
import shutil
from contextlib import redirect_stdout
from pathlib import Path

import nbformat
import pytest

from followup_edu.cli import main as grading_cli
from followup_edu.grading import simulate
from followup_edu.grading.scenarios import task as get_task

from test_course_e2e import COURSE, TASK, nbgrader, scores
from conftest import load_script

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[1]


def _cases() -> list[tuple[str, str, str, str]]:
    return load_script(ROOT / "benchmarks" / "eval_realworld.py").graded_cases()


CASES = _cases()
FULL = sum(points for *_, points in get_task(TASK).grade_cells())  # the assignment's total
STUDENT = {case: "case-" + case.split()[0] + "-" + str(n) for n, (case, *_ ) in enumerate(CASES)}


@pytest.fixture(scope="module")
def graded(tmp_path_factory) -> dict[str, float]:
    root = tmp_path_factory.mktemp("graded-cases")
    shutil.copy(COURSE / "nbgrader_config.py", root)
    shutil.copytree(COURSE / "source", root / "source")
    proc = nbgrader(root, "generate_assignment", TASK)
    assert proc.returncode == 0, proc.stderr[-2000:]
    release = nbformat.read(root / "release" / TASK / f"{TASK}.ipynb", as_version=4)
    email = get_task(TASK).emails[0]
    for case, _target, subject, body in CASES:
        nb = simulate.answered(release, {email.subject_var: subject, email.body_var: body})
        simulate.submit(root, TASK, STUDENT[case], nb)
    buf = io.StringIO()
    with redirect_stdout(buf):
        code = grading_cli(["grade-cohort", TASK, "--jobs", "2", "--course-dir", str(root), "--no-progress"])
    assert code == 0, buf.getvalue()[-2000:]
    got = scores(root, TASK)
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
