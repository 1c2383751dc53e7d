"""The one graded copy of the nbgrader course that test_course_e2e.py and test_graded_cases.py share.

Autograding is most of both modules' time (a kernel and an isolated judge per notebook), so their
students go into one copy of the course and one ``grade-cohort thank_you_email --jobs 2`` run (the
session fixture ``nbgrader_cohort`` in conftest.py): one course copy, one ``generate_assignment``
per assignment, and the e2e tampering student, whose wrecked kernel sits out the course's 30 s cell
timeout without using the CPU, is graded while the others are, instead of ending a run of its own.
grade-cohort starts students in name order, so the graded cases' names sort after the e2e ones.
"""
from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import sys
from contextlib import redirect_stdout
from pathlib import Path

import nbformat

from conftest import load_script
from followup_edu.cli import main as grading_cli
from followup_edu.grading import simulate
from followup_edu.grading.scenarios import task as get_task

ROOT = Path(__file__).resolve().parent.parent
COURSE = ROOT / "assignments"
TASK = "thank_you_email"
ASSIGNMENTS = (TASK, "panel_followups", "tricky_situations")   # all generated; TASK is graded
WEAK = {"subject": "hi", "body": (
    "hey priya thanks for the intervew. hope i get the job lol. let me know asap!!! i think i did ok on the "
    "messy data question but whatever, i can do sql too. anyway tell me soon because i have other offers."
    "\n\njordan")}

#: The graded cases of issue 8 (case, target, subject, body), as benchmarks/eval_realworld.py previews them.
CASES: list[tuple[str, str, str, str]] = load_script(ROOT / "benchmarks" / "eval_realworld.py").graded_cases()
#: Each case's student id ("zz-" sorts after every e2e student; see the module docstring).
CASE_STUDENT = {case: "zz-case-" + case.split()[0] + "-" + str(n) for n, (case, *_) in enumerate(CASES)}


def nbgrader(course: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
    return subprocess.run([sys.executable, "-m", "nbgrader", *args], cwd=course, env=env, text=True,
                          capture_output=True, timeout=300)


def tree_digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def scores(course: Path, assignment: str) -> dict[str, tuple[float, float]]:
    from nbgrader.api import Gradebook
    out = {}
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        for sub in gb.assignment_submissions(assignment):
            out[sub.student.id] = (sub.score, sub.max_score)
    return out


def e2e_submissions(release, model) -> dict:
    """test_course_e2e's simulated students: strong, weak, unchanged, broken JSON, deleted grade cells, tampering."""
    return {
        "strong": simulate.answered(release, model),
        "weak": simulate.answered(release, WEAK),
        "unchanged": simulate.unchanged(release),
        "broken-json": '{"cells": [ {"cell_type": "code", "source": "subject = ',
        "cells-deleted": simulate.cells_deleted(release, model),
        "tampering": simulate.tampering(release),
    }


def build(root: Path) -> dict:
    """Copy the course into ``root``, generate every assignment, submit both modules' students, grade
    them all with one grade-cohort run. Returns the course, the submitted files' digest before grading,
    the exit code and output of grade-cohort, and the e2e and case student ids."""
    shutil.copy(COURSE / "nbgrader_config.py", root)
    shutil.copytree(COURSE / "source", root / "source")
    for task in ASSIGNMENTS:
        proc = nbgrader(root, "generate_assignment", task)
        assert proc.returncode == 0, proc.stderr[-2000:]
    release = nbformat.read(root / "release" / TASK / f"{TASK}.ipynb", as_version=4)
    model = simulate.model_answers(nbformat.read(root / "source" / TASK / f"{TASK}.ipynb", as_version=4))
    e2e = e2e_submissions(release, model)
    for student, nb in e2e.items():
        simulate.submit(root, TASK, student, nb)
    email = get_task(TASK).emails[0]
    for case, _target, subject, body in CASES:
        nb = simulate.answered(release, {email.subject_var: subject, email.body_var: body})
        simulate.submit(root, TASK, CASE_STUDENT[case], nb)
    before = tree_digest(root / "submitted")
    buf = io.StringIO()
    with redirect_stdout(buf):
        code = grading_cli(["grade-cohort", TASK, "--jobs", "2", "--course-dir", str(root), "--no-progress"])
    return {"course": root, "before": before, "code": code, "out": buf.getvalue(),
            "e2e": sorted(e2e), "cases": sorted(CASE_STUDENT.values())}
