"""The autograde step that makes grading unreachable from the student's kernel.

nbgrader scores a grade cell from its outputs after running the whole notebook in one kernel, so
anything the student's code did to that kernel (replacing functions, builtins, sys.modules, the
traceback display) could change what the grade cells print. ``IsolatedGrading`` runs right after
nbgrader's ``Execute`` and throws those outputs away:

1. the student's code cells run again in a throw-away interpreter (:mod:`.extract`) that only
   hands back the answer strings (timeout, size limit, shape checked here);
2. the grade cells, as restored from the gradebook, run in another fresh interpreter
   (:mod:`.judge`) that sees nothing but those strings;
3. each grade cell's outputs are replaced by the verdict: nothing extra for full points, the
   advice plus a number for partial credit, an error whose only line is the advice for none.

If the judge itself cannot run, the notebook's autograde fails loudly instead of guessing.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from typing import Any

from nbformat.notebooknode import NotebookNode, from_dict
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbgrader.preprocessors import Execute, NbGraderPreprocessor
from nbgrader.preprocessors.execute import UnresponsiveKernelError
from nbgrader.utils import is_grade, is_solution
from traitlets import Integer

from ..errors import GradingError
from .scenarios import task as get_task, task_ids


def _run(module: str, request: dict[str, Any], timeout: float, args: tuple[str, ...] = (),
         capture: bool = True) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory(prefix="followup-grade-") as cwd:
        return subprocess.run(
            [sys.executable, "-I", "-m", module, *args], input=json.dumps(request), text=True,
            stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
            stderr=subprocess.PIPE if capture else subprocess.DEVNULL,
            cwd=cwd, timeout=timeout, env={"PATH": os.environ.get("PATH", ""), "PYTHONIOENCODING": "utf-8",
                                          "MPLBACKEND": "Agg"})


def extract_answers(sources: list[str], names: tuple[str, ...], timeout: float, max_chars: int) -> dict[str, str]:
    """The student's answer strings, from their cells run in a throw-away interpreter."""
    with tempfile.TemporaryDirectory(prefix="followup-answers-") as tmp:
        out = os.path.join(tmp, "answers.json")
        try:
            _run("followup_edu.grading.extract", {"cells": sources, "names": list(names)}, timeout,
                 args=(out,), capture=False)
        except subprocess.TimeoutExpired:
            return {}
        try:
            with open(out, encoding="utf-8") as fh:
                raw = fh.read(max_chars * len(names) * 4 + 1024)
            data = json.loads(raw)
        except (OSError, ValueError):
            return {}
    if not isinstance(data, dict):
        return {}
    return {n: data[n][: max_chars + 1] for n in names if isinstance(data.get(n), str)}


def judge(answers: dict[str, str], cells: list[dict[str, str]], timeout: float) -> list[dict[str, Any]]:
    try:
        proc = _run("followup_edu.grading.judge", {"answers": answers, "cells": cells}, timeout)
    except subprocess.TimeoutExpired:
        raise GradingError(f"the judge took longer than {timeout:g} s") from None
    if proc.returncode != 0:
        tail = (proc.stderr or "").strip().splitlines()[-1:] or ["no message"]
        raise GradingError(f"the judge stopped with exit code {proc.returncode}: {tail[0]}")
    results = json.loads(proc.stdout.strip().splitlines()[-1])
    if [r.get("grade_id") for r in results] != [c["grade_id"] for c in cells]:
        raise GradingError("the judge answered for different grade cells than it was asked about")
    return results


def verdict_outputs(result: dict[str, Any], max_points: float) -> list[NotebookNode]:
    """The outputs nbgrader will score: none extra = full, a number = partial, an error = zero."""
    text = result.get("output") or ""
    if result["outcome"] == "fail":
        return [from_dict({"output_type": "error", "ename": "AssertionError", "evalue": text,
                           "traceback": [text]})]
    outputs = []
    if text:
        outputs.append(from_dict({"output_type": "stream", "name": "stdout", "text": text + "\n"}))
    if result["outcome"] == "partial":
        points = max(0.0, min(float(result["points"]), max_points))
        outputs.append(from_dict({"output_type": "execute_result", "execution_count": None, "metadata": {},
                                  "data": {"text/plain": f"{points:g}"}}))
    return outputs


class ResilientExecute(Execute):
    """nbgrader's ``Execute``, except that a kernel the student's code broke does not stop grading.

    Code that wrecks its own kernel (redefining builtins the kernel relies on, killing the
    process) makes nbgrader's ``Execute`` raise and the whole notebook go ungraded. Here the
    notebook keeps the outputs it got so far, and ``IsolatedGrading`` grades the answer strings,
    which never depended on that kernel anyway.
    """

    def preprocess(self, nb: NotebookNode, resources: dict, km=None):
        try:
            return super().preprocess(nb, resources, km=km)
        except (CellTimeoutError, DeadKernelError, UnresponsiveKernelError, RuntimeError) as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            self.log.warning("The student's kernel stopped responding (%s); grading the answer strings "
                             "without it", first)
            return nb, resources


class IsolatedGrading(NbGraderPreprocessor):
    """Re-grade every grade cell out of the student's reach (see the module docstring)."""

    extract_timeout = Integer(30, help="seconds for re-running the student's cells").tag(config=True)
    judge_timeout = Integer(120, help="seconds for judging one notebook").tag(config=True)
    max_answer_chars = Integer(20000, help="longest answer string that is kept").tag(config=True)

    def preprocess(self, nb: NotebookNode, resources: dict) -> tuple[NotebookNode, dict]:
        name = resources.get("nbgrader", {}).get("notebook")
        if name not in task_ids():
            self.log.warning("IsolatedGrading: %r is not a course task; keeping the kernel's results", name)
            return nb, resources
        task = get_task(name)
        # The student's code: answer cells and any cells they added; not the course's own locked cells.
        sources = [c.source for c in nb.cells if c.cell_type == "code" and not is_grade(c)
                   and (is_solution(c) or not c.metadata.get("nbgrader", {}).get("locked"))]
        answers = extract_answers(sources, task.answer_names, self.extract_timeout, self.max_answer_chars)
        graded = [c for c in nb.cells if c.cell_type == "code" and is_grade(c)]
        requests = [{"grade_id": c.metadata.nbgrader["grade_id"], "source": c.source} for c in graded]
        results = judge(answers, requests, self.judge_timeout)
        for cell, result in zip(graded, results):
            cell.outputs = verdict_outputs(result, float(cell.metadata.nbgrader.get("points", 0)))
        self.log.info("IsolatedGrading: judged %d grade cells of %s out of the kernel's reach", len(graded), name)
        return nb, resources
