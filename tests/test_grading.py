"""The graded course's parts, without running nbgrader: layout, points, verdicts, judge, CLI wiring."""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from followup_edu import principle, principle_ids
from followup_edu.grading import simulate
from followup_edu.grading.cell import expect, verdict
from followup_edu.grading.cli import register
from followup_edu.grading.preprocessor import verdict_outputs
from followup_edu.grading.report import principle_of
from followup_edu.grading.scenarios import task, task_ids

COURSE = Path(__file__).resolve().parent.parent / "assignments"
TASKS = list(task_ids())


def source(task_id: str) -> nbformat.NotebookNode:
    return nbformat.read(COURSE / "source" / task_id / f"{task_id}.ipynb", as_version=4)


def grade_cells(nb):
    return [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade")]


def total(task_id: str, answers: dict) -> tuple[float, float]:
    vs = [verdict(task_id, g, **answers) for g, *_ in task(task_id).grade_cells()]
    return sum(v.points for v in vs), sum(v.max_points for v in vs)


def test_course_has_the_four_assignments():
    """Does source/ hold exactly one notebook per scenario, named after it?"""
    assert set(TASKS) >= {"thank_you_email", "subject_lines", "panel_followups", "tricky_situations"}
    for t in TASKS:
        assert (COURSE / "source" / t / f"{t}.ipynb").is_file()
    assert (COURSE / "nbgrader_config.py").is_file()


@pytest.mark.parametrize("task_id", TASKS)
def test_grade_cells_match_scenarios_and_weights(task_id):
    """Is every grade cell named after its principle and worth that principle's weight?"""
    nb = source(task_id)
    cells = {c.metadata.nbgrader["grade_id"]: c for c in grade_cells(nb)}
    expected = {g: (pid, pts) for g, pid, _, pts in task(task_id).grade_cells()}
    assert set(cells) == set(expected)
    for gid, cell in cells.items():
        pid, pts = expected[gid]
        assert principle_of(gid) == pid and pid in principle_ids()
        assert cell.metadata.nbgrader["points"] == principle(pid).weight == pts
        assert cell.metadata.nbgrader["locked"] is True
        assert cell.source.startswith('"""') and cell.source.splitlines()[0].endswith('?"""')
        assert f'"{gid}"' in cell.source and f'expect("{task_id}"' in cell.source


@pytest.mark.parametrize("task_id", TASKS)
def test_notebooks_are_stored_clean_and_have_hidden_tests(task_id):
    """Are source notebooks stored without outputs, with at least one hidden test?"""
    nb = source(task_id)
    for c in nb.cells:
        if c.cell_type == "code":
            assert c.outputs == [] and c.execution_count is None
    assert any("### BEGIN HIDDEN TESTS" in c.source for c in grade_cells(nb))


@pytest.mark.parametrize("task_id", TASKS)
def test_model_answer_earns_every_point(task_id):
    """Does the instructor's model answer in source/ earn full marks?"""
    got, top = total(task_id, simulate.model_answers(source(task_id)))
    assert got == top > 0


def test_does_a_pasted_soft_hyphen_keep_a_model_answer_an_attempt():
    """Is a model answer whose words carry invisible soft hyphens (pasted from a web page) still an
    attempt that earns the same points, since the checks read the cleaned text?"""
    from followup_edu.grading.cell import attempt_problem

    answers = dict(simulate.model_answers(source("thank_you_email")))
    body_name = next(n for n, v in answers.items() if isinstance(v, str) and len(v.split()) > 40)
    hyphenated = " ".join(w[:1] + "\u00ad" + w[1:] if len(w) > 1 else w for w in answers[body_name].split(" "))
    assert attempt_problem("Thank you", hyphenated) is None
    assert total("thank_you_email", {**answers, body_name: hyphenated}) == total("thank_you_email", answers)


@pytest.mark.parametrize("task_id", TASKS)
def test_starting_stub_earns_nothing(task_id):
    """Does the release's stub (empty strings) score zero on every cell?"""
    stub = {name: "" for name in task(task_id).answer_names}
    assert total(task_id, stub)[0] == 0
    assert total(task_id, {})[0] == 0  # nothing defined at all


WEAK = {"subject": "hi", "body": (
    "hey priya thanks for the interview. hope i get the job lol. let me know asap!!! i think i did ok on the "
    "messy data question but whatever, i can do sql too. anyway tell me soon because i have other offers maybe."
    "\n\njordan")}
SALAD = {"subject": "Thank you – Junior Data Analyst interview", "body": (
    "Priya thank you grateful dashboards messy data mentoring SQL certificate interested excited next steps fit "
    "skills Northwind Analytics analytics data dashboards sales reporting spreadsheets automation mentoring "
    "programme growth learning Best regards Jordan Lee")}
TEMPLATE = {"subject": "Thank you – [Job Title] interview", "body": (
    "Dear [Interviewer Name],\n\nThank you for taking the time to meet with me on [date] about the [Job Title] "
    "position at [Company]. I enjoyed learning about [specific topic].\n\nI am very excited about the opportunity "
    "and confident my [skill] would help the team.\n\nI look forward to hearing from you.\n\nBest regards,\n[Your Name]")}


def test_weak_email_earns_partial_credit():
    """Does a weak but real email earn some points, and fewer than the model answer?"""
    got, top = total("thank_you_email", WEAK)
    assert 0 < got < top


@pytest.mark.parametrize("answers,why", [(SALAD, "keywords"), (TEMPLATE, "placeholders")])
def test_keyword_salad_and_pasted_template_earn_nothing(answers, why):
    """Is a list of keywords, or the lesson's template with its placeholders, worth zero?"""
    assert total("thank_you_email", answers)[0] == 0
    assert why in verdict("thank_you_email", "gratitude", **answers).message


def test_not_a_str_is_refused():
    """Is a str subclass (which could lie about its content) refused with a clear message?"""
    class Sneaky(str):
        pass
    v = verdict("thank_you_email", "greeting", subject=Sneaky("x"), body=Sneaky("y" * 500))
    assert v.status == "fail" and "must be a string" in v.message


def test_expect_raises_the_checkers_advice():
    """Does a failing principle raise AssertionError carrying the checker's message, not code?"""
    no_thanks = ("Dear Priya,\n\nI am writing about the Junior Data Analyst role at Northwind Analytics. The plans for "
                 "the sales dashboards sounded interesting, and I think my survey data work for the campus food bank "
                 "fits well. Please let me know what the next steps are.\n\nBest regards,\nJordan Lee")
    with pytest.raises(AssertionError) as exc:
        expect("thank_you_email", "gratitude", subject="Junior Data Analyst interview – Jordan Lee", body=no_thanks)
    assert str(exc.value) == verdict("thank_you_email", "gratitude", subject="x", body=no_thanks).message
    assert "expect(" not in str(exc.value) and "Thank" in str(exc.value)


def test_panel_copies_fail_distinct():
    """Do three copies of one email lose the `distinct` points but keep the rest?"""
    m = simulate.model_answers(source("panel_followups"))
    copies = dict(m)
    for who in ("marcus", "aisha"):
        copies[f"{who}_subject"], copies[f"{who}_body"] = m["priya_subject"], m["priya_body"]
    assert verdict("panel_followups", "distinct", **copies).status != "pass"
    assert verdict("panel_followups", "distinct", **m).status == "pass"


def test_judge_runs_grade_cells_in_a_fresh_interpreter():
    """Does the judge return verdicts whose text is advice only, never the (hidden) test code?"""
    cells = [{"grade_id": c.metadata.nbgrader["grade_id"], "source": c.source}
             for c in grade_cells(source("thank_you_email"))]
    request = {"answers": WEAK, "cells": cells}
    proc = subprocess.run([sys.executable, "-I", "-m", "followup_edu.grading.judge"], input=json.dumps(request),
                          capture_output=True, text=True, timeout=120, check=True)
    results = json.loads(proc.stdout.strip().splitlines()[-1])
    assert [r["grade_id"] for r in results] == [c["grade_id"] for c in cells]
    assert {r["outcome"] for r in results} >= {"fail", "partial"}
    for r in results:
        assert "expect(" not in r["output"] and "HIDDEN" not in r["output"]


def test_verdict_outputs_score_as_nbgrader_expects():
    """Do the outputs we write give nbgrader full, partial and zero credit as intended?"""
    from nbgrader.utils import determine_grade

    def graded(result):
        cell = nbformat.v4.new_code_cell("", metadata={"nbgrader": {"grade": True, "solution": False,
                                                                    "points": 6, "grade_id": "greeting"}})
        cell.outputs = verdict_outputs(result, 6.0)
        return determine_grade(cell)[0]

    assert graded({"outcome": "pass", "points": None, "output": "Greets Priya by name."}) == 6
    assert graded({"outcome": "partial", "points": 3.0, "output": "Half credit."}) == 3
    assert graded({"outcome": "partial", "points": 99, "output": ""}) == 6  # clamped
    assert graded({"outcome": "fail", "points": 0, "output": "Greet Priya by name."}) == 0


def test_cli_register_adds_both_commands():
    """Does register() add grade-cohort and class-report with handlers that return exit codes?"""
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["grade-cohort", "thank_you_email", "--jobs", "2", "--student", "a"])
    assert args.jobs == 2 and args.student == ["a"] and callable(args.func)
    args = parser.parse_args(["class-report", "thank_you_email", "--out", "x"])
    assert args.out == "x" and callable(args.func)
    with pytest.raises(SystemExit):
        parser.parse_args(["grade-cohort", "thank_you_email", "--jobs", "0"])


@pytest.mark.parametrize("command", ["grade-cohort", "class-report"])
def test_commands_outside_a_course_say_so_clearly(tmp_path, capsys, command):
    """Outside a course directory, is there one clear line and exit code 2, not a traceback?"""
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args([command, "thank_you_email", "--course-dir", str(tmp_path)])
    assert args.func(args) == 2
    err = capsys.readouterr().err
    assert command in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_a_stalled_autograde_is_stopped_with_its_children(tmp_path, monkeypatch):
    """Is a student whose autograde outlives --timeout reported as failed, with no process left behind?"""
    import time

    from followup_edu.grading import cohort

    marker = tmp_path / "child.pid"
    script = ("import subprocess, sys, time; "
              f"p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)']); "
              f"open({str(marker)!r}, 'w').write(str(p.pid)); time.sleep(60)")
    real_popen = cohort.subprocess.Popen
    monkeypatch.setattr(cohort.subprocess, "Popen",
                        lambda cmd, **kw: real_popen([sys.executable, "-c", script], **kw))
    (tmp_path / "autograded").mkdir()
    start = time.perf_counter()
    out = cohort.autograde_one(tmp_path, "thank_you_email", "slow", tmp_path, timeout=3)
    assert out.status == "failed" and "stopped" in out.reason
    assert time.perf_counter() - start < 30
    child = int(marker.read_text())
    time.sleep(0.5)
    stat = Path(f"/proc/{child}/stat")
    gone = not stat.exists() or stat.read_text().rsplit(")", 1)[1].split()[0] in ("Z", "X")  # dead or zombie
    assert gone
