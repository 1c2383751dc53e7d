"""The instructor's workflow end to end with real nbgrader, on a temporary copy of the course.

generate_assignment -> simulated students submit (strong, weak, unchanged, broken JSON, deleted
grade cells, tampering) -> `grade-cohort --jobs 2` (parallel `nbgrader autograde`) ->
generate_feedback -> export CSV -> class-report. The other assignments are generated (nbgrader
accepts them) and their grading is covered by test_grading.py. The course copy and its one
grade-cohort run are shared with test_graded_cases.py, whose students are graded alongside these
(tests/nbgrader_course.py); the counts below include them.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

import nbformat
import pytest

from followup_edu.cli import main as grading_cli
from followup_edu.grading.scenarios import task as get_task
from nbgrader_course import TASK, nbgrader, scores, tree_digest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def course(nbgrader_cohort) -> Path:
    return nbgrader_cohort["course"]


@pytest.fixture(scope="module")
def graded(nbgrader_cohort):
    """(course, submitted/ digest before grading, grade-cohort's exit code, its output)."""
    c = nbgrader_cohort
    return c["course"], c["before"], c["code"], c["out"]


@pytest.fixture(scope="module")
def valid(nbgrader_cohort) -> list[str]:
    """Every student whose notebook can be graded: all but broken-json, graded cases included."""
    return [s for s in nbgrader_cohort["e2e"] + nbgrader_cohort["cases"] if s != "broken-json"]


def run_cli(capsys, *argv: str) -> tuple[int, str]:
    code = grading_cli(list(argv))
    return code, capsys.readouterr().out


def test_each_student_gets_the_score_their_email_earns(graded):
    """Do strong and weak emails score as written, and unanswered or tampered ones zero?"""
    course, _, code, out = graded
    s = scores(course, TASK)
    top = s["strong"][1]
    assert top == sum(points for *_, points in get_task(TASK).grade_cells())  # every cell's points
    assert s["strong"][0] == top
    assert s["cells-deleted"][0] == top          # deleted grade cells are restored, not skipped
    assert 0 < s["weak"][0] < top
    assert s["unchanged"][0] == 0                 # the untouched release earns nothing
    assert s["tampering"][0] == 0


def test_broken_notebook_is_reported_without_stopping_the_others(graded, valid):
    """Is the broken file listed as a failure with a reason, while everyone else is graded?"""
    course, _, code, out = graded
    assert code == 1
    assert "broken-json: the notebook file is not valid JSON" in out
    assert f"{len(valid)} graded, 0 already up to date, 1 failed" in out
    assert {"strong", "weak", "unchanged", "cells-deleted", "tampering"} <= set(valid)
    for student in valid:
        assert (course / "autograded" / student / TASK / f"{TASK}.ipynb").is_file()


def test_submissions_are_left_intact(graded):
    """Is every submitted file byte-for-byte what the student handed in?"""
    course, before, *_ = graded
    assert tree_digest(course / "submitted") == before


def test_rerunning_grades_only_what_is_missing(graded, valid, capsys):
    """Does a second run skip the up-to-date students and retry only the failure?"""
    course = graded[0]
    code, out = run_cli(capsys, "grade-cohort", TASK, "--jobs", "2", "--course-dir", str(course), "--no-progress")
    assert code == 1
    assert f"0 graded, {len(valid)} already up to date, 1 failed" in out


def test_a_changed_resubmission_without_a_timestamp_is_regraded(graded, valid, capsys):
    """Is a resubmission placed by hand, with no timestamp.txt, graded again rather than skipped?"""
    course = graded[0]
    folder = course / "submitted" / "weak" / TASK
    (folder / "timestamp.txt").unlink()
    nb = nbformat.read(folder / f"{TASK}.ipynb", as_version=4)
    nb.cells.append(nbformat.v4.new_markdown_cell("Resubmitted."))
    nbformat.write(nb, folder / f"{TASK}.ipynb")
    code, out = run_cli(capsys, "grade-cohort", TASK, "--jobs", "2", "--course-dir", str(course), "--no-progress",
                        "--feedback")
    assert f"1 graded, {len(valid) - 1} already up to date, 1 failed" in out
    assert re.search(r"^weak\s+graded", out, re.M)
    assert f"feedback: {len(valid)} page(s)" in out                     # one page per graded student, for hand-out
    assert (course / "feedback" / "weak" / TASK / f"{TASK}.html").is_file()


def test_guide_commands_print_no_warning_and_stay_in_the_course(course):
    """Does releasing through the exchange keep it inside the course, with no 'not absolute' warning?"""
    system = Path("/usr/local/share/nbgrader/exchange")
    existed = system.exists()
    proc = nbgrader(course, "release_assignment", TASK)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "is not absolute" not in proc.stderr + proc.stdout
    assert (course / "exchange" / "followup-edu" / "outbound" / TASK / f"{TASK}.ipynb").is_file()
    assert system.exists() == existed


def test_feedback_shows_advice_and_hides_hidden_tests(graded):
    """Does the feedback show the checker's advice, and never the hidden tests' code?"""
    course = graded[0]
    proc = nbgrader(course, "generate_feedback", TASK)
    assert proc.returncode == 0, proc.stderr[-2000:]
    weak = (course / "feedback" / "weak" / TASK / f"{TASK}.html").read_text(encoding="utf-8")
    unchanged = (course / "feedback" / "unchanged" / TASK / f"{TASK}.html").read_text(encoding="utf-8")
    assert "Write your subject line first" in unchanged
    assert "does not say what the email is about" in weak        # the checker's subject advice
    for html in (weak, unchanged):
        assert "BEGIN HIDDEN TESTS" not in html
        for hidden in ("spelling", "names", "placeholders"):
            assert f'&quot;{hidden}&quot;, subject=subject' not in html and f'"{hidden}", subject=subject' not in html
        assert "Traceback (most recent call last)" not in html


def test_export_writes_every_graded_student(graded):
    """Does nbgrader export a CSV whose scores match the gradebook?"""
    course = graded[0]
    proc = nbgrader(course, "export", "--to", "grades.csv")
    assert proc.returncode == 0, proc.stderr[-2000:]
    with open(course / "grades.csv", newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["assignment"] == TASK]
    got = {r["student_id"]: float(r["score"]) for r in rows}
    expected = {k: v[0] for k, v in scores(course, TASK).items()}
    assert got == pytest.approx(expected)


def test_class_report_shows_pass_rates_per_principle(graded, valid, capsys):
    """Does class-report write a CSV, PNG and HTML with one row per graded principle?"""
    course = graded[0]
    code, out = run_cli(capsys, "class-report", TASK, "--course-dir", str(course))
    assert code == 0
    folder = course / "reports" / TASK
    with open(folder / "principles.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["principle"] for r in rows} == {pid for _, pid, _, _ in get_task(TASK).grade_cells()}
    assert all(r["students"] == str(len(valid)) for r in rows)
    assert (folder / "principles.png").read_bytes()[:4] == b"\x89PNG"
    assert "broken-json" in (folder / "index.html").read_text(encoding="utf-8")
