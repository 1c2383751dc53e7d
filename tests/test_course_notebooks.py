"""Do the source notebooks run cleanly in a real kernel, as a student's Validate would run them?"""
from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from followup_edu.grading import simulate
from followup_edu.grading.scenarios import task_ids

COURSE = Path(__file__).resolve().parent.parent / "assignments"

pytestmark = pytest.mark.slow


def run(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    NotebookClient(nb, timeout=120, kernel_name="python3", allow_errors=True).execute()
    return nb


def errors(nb: nbformat.NotebookNode) -> dict[str, str]:
    out = {}
    for c in nb.cells:
        for o in c.get("outputs", []):
            if o.output_type == "error":
                out[c.metadata.get("nbgrader", {}).get("grade_id", c.source[:40])] = o.evalue
    return out


@pytest.mark.parametrize("task_id", list(task_ids()))
def test_model_answer_passes_every_cell_in_the_kernel(task_id):
    """Does the source notebook, model answers in place, run with no failing cell?"""
    nb = nbformat.read(COURSE / "source" / task_id / f"{task_id}.ipynb", as_version=4)
    assert errors(run(nb)) == {}


def test_released_stub_fails_every_visible_check_in_the_kernel():
    """Does the unanswered notebook fail each visible grade cell in the student's own kernel?"""
    source = nbformat.read(COURSE / "source" / "thank_you_email" / "thank_you_email.ipynb", as_version=4)
    nb = simulate.released(source)
    graded = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade")]
    run(nb)
    failed = errors(nb)
    assert set(failed) == {c.metadata.nbgrader["grade_id"] for c in graded}
    assert all("Write your subject line first" in msg for msg in failed.values())
