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
import shutil
import subprocess
import sys
import tempfile
from typing import Any

from nbformat.notebooknode import NotebookNode, from_dict
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbclient.util import run_sync
from nbgrader.preprocessors import Execute, NbGraderPreprocessor
from nbgrader.preprocessors.execute import UnresponsiveKernelError
from nbgrader.utils import is_grade, is_solution
from traitlets import Integer

from ..errors import GradingError
from .sandbox import (
    Sandbox, SandboxedKernelManager, SandboxUnavailable, answer_file, enabled as sandbox_enabled, private_dir,
    problem as sandbox_problem, throwaway_uid,
)
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


def extract_answers(sources: list[str], names: tuple[str, ...], timeout: float, max_chars: int,
                    sandbox: Sandbox | None = None, folder: str | None = None) -> dict[str, str]:
    """The student's answer strings, from their cells run in a throw-away interpreter.

    With ``sandbox`` the interpreter runs in it, from a copy of the student's ``folder``; the
    answers are written to a private folder bound into the sandbox. The interpreter exits as soon
    as they are written, so a thread or child left behind cannot hold them back.
    """
    uid = throwaway_uid() if sandbox else None
    tmp = private_dir("followup-answers-", uid)
    try:
        out = answer_file(tmp, uid)
        argv = [sys.executable, "-I", "-m", "followup_edu.grading.extract", out]
        try:
            if sandbox is None:
                _run("followup_edu.grading.extract", {"cells": sources, "names": list(names)}, timeout,
                     args=(out,), capture=False)
            else:
                subprocess.run(sandbox.command(argv, folder=folder, writable=(out,), uid=uid),
                               input=json.dumps({"cells": sources, "names": list(names)}), text=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=timeout,
                               cwd=tmp, env={"PATH": os.environ.get("PATH", "")})
        except subprocess.TimeoutExpired:
            return {}
        try:
            with open(out, encoding="utf-8") as fh:
                raw = fh.read(max_chars * len(names) * 4 + 1024)
            data = json.loads(raw)
        except (OSError, ValueError):
            return {}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
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

    _kernel_stopped = False

    def preprocess(self, nb: NotebookNode, resources: dict, km=None):
        self._kernel_stopped = False
        try:
            return super().preprocess(nb, resources, km=km)
        except (CellTimeoutError, DeadKernelError, UnresponsiveKernelError, RuntimeError) as exc:
            self._kernel_stopped = True
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            self.log.warning("The student's kernel stopped responding (%s); grading the answer strings "
                             "without it", first)
            return nb, resources


def _require_sandbox(config) -> Sandbox | None:
    """The sandbox to run student code in; None only when grading without one was asked for."""
    if not sandbox_enabled():
        return None
    why = sandbox_problem()
    if why:
        raise SandboxUnavailable(f"cannot sandbox student code: {why}")
    return Sandbox(config=config)


def _content_bytes(value: Any) -> int:
    if isinstance(value, str):
        return len(value.encode("utf-8", "replace"))
    if isinstance(value, dict):
        return sum(_content_bytes(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return sum(_content_bytes(v) for v in value)
    return 0


_LIMIT_ERRORS = [  # (exception name, words in its message) -> which limit was hit
    ("MemoryError", "", "memory"),
    ("", "Resource temporarily unavailable", "processes"),
    ("", "can't start new thread", "processes"),
    ("", "File too large", "file"),
    ("", "No space left on device", "file"),
]


class SandboxedExecute(ResilientExecute):
    """nbgrader's execution of the submission, in a kernel inside the grading sandbox.

    On top of :class:`ResilientExecute`: the kernel is a :class:`SandboxedKernelManager` (unless
    grading without a sandbox was asked for), output is capped in bytes per cell and per notebook
    as it arrives, the kernel is killed as soon as the last cell is done (nothing the student left
    running can delay or change anything), and a cell that hit a limit shows one plain line saying
    which.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("shutdown_kernel", "immediate")
        super().__init__(*args, **kwargs)
        self.sandbox = _require_sandbox(self.config)
        if self.sandbox is not None:
            self.kernel_manager_class = SandboxedKernelManager
        self.limits = self.sandbox or Sandbox(config=self.config)

    def preprocess(self, nb: NotebookNode, resources: dict, km=None):
        self._cell_bytes: dict[int, int] = {}
        self._total_bytes = 0
        self._cut: set[int] = set()
        self._running: int | None = None
        nb, resources = super().preprocess(nb, resources, km=km)
        if self._kernel_stopped and self._running is not None:
            nb.cells[self._running].outputs.append(self._note("cpu", error=True))
        for cell in nb.cells:
            if cell.cell_type == "code":
                self._explain_limits(cell)
        if self.sandbox is None:
            self.log.warning("UNSANDBOXED: the student's code ran with the grader's rights (%s=off)", "FOLLOWUP_EDU_SANDBOX")
        return nb, resources

    async def async_start_new_kernel_client(self):
        kc = await super().async_start_new_kernel_client()
        if hasattr(self.km, "seal"):  # the kernel has made its sockets; nothing else may be added
            self.km.seal()
        return kc

    start_new_kernel_client = run_sync(async_start_new_kernel_client)  # what nbconvert's sync path calls

    async def async_execute_cell(self, cell, cell_index, *args, **kwargs):
        self._running = cell_index
        return await super().async_execute_cell(cell, cell_index, *args, **kwargs)

    execute_cell = run_sync(async_execute_cell)

    def output(self, outs, msg, display_id, cell_index):
        if is_grade(self.nb.cells[cell_index]):  # the course's cells; IsolatedGrading replaces them anyway
            return super().output(outs, msg, display_id, cell_index)
        size = _content_bytes(msg.get("content"))
        used = self._cell_bytes.get(cell_index, 0)
        if used + size > self.limits.cell_output_bytes or self._total_bytes + size > self.limits.notebook_output_bytes:
            if cell_index not in self._cut:
                self._cut.add(cell_index)
                outs.append(self._note("output"))
            return None
        self._cell_bytes[cell_index] = used + size
        self._total_bytes += size
        return super().output(outs, msg, display_id, cell_index)

    def _note(self, kind: str, error: bool = False) -> NotebookNode:
        line = self.limits.reason(kind)
        if error:
            return from_dict({"output_type": "error", "ename": "GradingLimit", "evalue": line, "traceback": [line]})
        return from_dict({"output_type": "stream", "name": "stderr", "text": line + "\n"})

    def _explain_limits(self, cell: NotebookNode) -> None:
        outputs = cell.get("outputs", [])
        if any(o.get("ename") == "CellTimeoutError" for o in outputs):  # the interrupt's traceback says nothing more
            cell.outputs = outputs = [o for o in outputs if o.get("ename") != "KeyboardInterrupt"]
        for i, out in enumerate(outputs):
            if out.get("output_type") != "error":
                continue
            for ename, words, kind in _LIMIT_ERRORS:
                if (ename and out.get("ename") == ename) or (words and words in str(out.get("evalue", ""))):
                    cell.outputs[i] = self._note(kind, error=True)
                    break


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
        sandbox = _require_sandbox(self.config)
        folder = resources.get("metadata", {}).get("path") or None
        answers = extract_answers(sources, task.answer_names, self.extract_timeout, self.max_answer_chars,
                                  sandbox=sandbox, folder=folder)
        graded = [c for c in nb.cells if c.cell_type == "code" and is_grade(c)]
        requests = [{"grade_id": c.metadata.nbgrader["grade_id"], "source": c.source} for c in graded]
        results = judge(answers, requests, self.judge_timeout)
        for cell, result in zip(graded, results):
            cell.outputs = verdict_outputs(result, float(cell.metadata.nbgrader.get("points", 0)))
        self.log.info("IsolatedGrading: judged %d grade cells of %s out of the kernel's reach", len(graded), name)
        return nb, resources
