"""Can a student gain points by anything other than writing a better email?

Each adversarial submission below is graded by the course's real autograde step
(``IsolatedGrading``: real subprocesses, the real judge). The first test runs a real kernel to show
that the attack does work on grade cells run in the student's kernel, so the others are not
testing a straw man.
"""
from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbgrader.utils import determine_grade, is_grade

from followup_edu.grading import simulate
from followup_edu.grading.preprocessor import IsolatedGrading

COURSE = Path(__file__).resolve().parent.parent / "assignments"
TASK = "thank_you_email"
SOURCE = nbformat.read(COURSE / "source" / TASK / f"{TASK}.ipynb", as_version=4)
RELEASE = simulate.released(SOURCE)
MODEL = simulate.model_answers(SOURCE)
WEAK = {"subject": "Interview", "body": (
    "Hi Priya,\n\nThanks for the interview today. I liked hearing about the dashboards and I think I could "
    "do the job well. I have done some data cleaning before for a food bank.\n\nLet me know.\n\nJordan")}

pytestmark = pytest.mark.slow


def points(nb: nbformat.NotebookNode) -> float:
    return sum(determine_grade(c)[0] or 0 for c in nb.cells if c.cell_type == "code" and is_grade(c))


def regrade(nb: nbformat.NotebookNode, **traits) -> float:
    """Score a submission the way autograde does after the kernel ran: out of the kernel's reach."""
    nb = nbformat.from_dict(nb)
    IsolatedGrading(**traits).preprocess(nb, {"nbgrader": {"notebook": TASK}})
    return points(nb)


@pytest.fixture(scope="module")
def honest_weak() -> float:
    score = regrade(simulate.answered(RELEASE, WEAK))
    assert 0 < score < points_max()
    return score


def points_max() -> float:
    return sum(c.metadata.nbgrader["points"] for c in SOURCE.cells if is_grade(c))


def test_tampering_works_in_the_kernel_but_not_in_grading():
    """Does replacing followup_edu functions fool kernel-run grade cells, yet earn nothing in grading?"""
    from nbclient import NotebookClient

    nb = simulate.tampering(RELEASE, "monkeypatch", "sys_modules")
    NotebookClient(nb, timeout=60, kernel_name="python3", allow_errors=True).execute()
    assert points(nb) == points_max()          # the attack is real against in-kernel grading...
    assert regrade(nb) == 0                     # ...and worthless against isolated grading


@pytest.mark.parametrize("kind", sorted(simulate.TAMPERING))
def test_tampering_alone_earns_nothing(kind):
    """Does tampering code with the untouched answers score zero?"""
    assert regrade(simulate.tampering(RELEASE, kind)) == 0


@pytest.mark.parametrize("kind", sorted(set(simulate.TAMPERING) - {"fake_str"}))
def test_tampering_adds_nothing_to_a_real_email(kind, honest_weak):
    """Does a weak email plus tampering score exactly what the weak email scores?"""
    nb = simulate.answered(RELEASE, WEAK, extra=simulate.TAMPERING[kind])
    assert regrade(nb) == honest_weak


def test_answers_made_at_run_time_count_as_written():
    """Is an email built with ordinary code (join, f-strings) graded like the same text typed out?"""
    code = "parts = {!r}\nsubject = {!r}\nbody = '\\n\\n'.join(parts)".format(MODEL["body"].split("\n\n"), MODEL["subject"])
    nb = simulate.with_code(RELEASE, code)
    assert regrade(nb) == points_max()


def test_infinite_loop_earns_nothing_and_does_not_hang():
    """Is a student cell that never ends stopped, with no points?"""
    nb = simulate.with_code(RELEASE, "while True:\n    pass", MODEL)
    assert regrade(nb, extract_timeout=3) == 0


def test_huge_output_earns_nothing():
    """Does printing tens of megabytes neither crash grading nor earn points?"""
    nb = simulate.with_code(RELEASE, "for _ in range(40):\n    print('x' * 1_000_000)")
    assert regrade(nb) == 0


def test_overlong_answer_is_refused():
    """Is a body padded far beyond an email's length refused rather than judged?"""
    padded = dict(MODEL, body=MODEL["body"] + ("Thank you. " * 5000))
    assert regrade(simulate.answered(RELEASE, padded)) == 0


def test_grade_cell_outputs_show_advice_not_test_code():
    """Do failing grade cells, hidden ones included, show only the checker's advice?"""
    poor = {"subject": "hi", "body": (
        "hey priya thanks for the intervew. hope i get the job lol. let me know asap!!! i think i did ok on the "
        "messy data question but whatever, i can do sql too. anyway tell me soon because i have other offers.\n\njordan")}
    nb = nbformat.from_dict(simulate.answered(RELEASE, poor))
    IsolatedGrading().preprocess(nb, {"nbgrader": {"notebook": TASK}})
    shown = [o for c in nb.cells if is_grade(c) for o in c.outputs]
    assert any(o.output_type == "error" for o in shown)
    for o in shown:
        blob = " ".join([o.get("evalue", ""), *o.get("traceback", []), o.get("text", "")])
        assert "expect(" not in blob and "HIDDEN" not in blob and "File " not in blob
