"""Simulated students for tests and benchmarks: submissions built in code from a released notebook.

Each helper is named after the scenario it stands for (``unchanged``, ``answered``, ``broken_json``,
``cells_deleted``, ``tampering``...). ``submit`` writes a notebook where ``nbgrader autograde``
looks for it: ``submitted/<student>/<assignment>/<notebook>.ipynb`` plus a timestamp.
"""
from __future__ import annotations

import copy
from datetime import datetime, timezone
from pathlib import Path
from typing import Mapping

import nbformat


def _literal(value: str) -> str:
    return repr(value)


def answer_cells(nb: nbformat.NotebookNode) -> list[nbformat.NotebookNode]:
    return [c for c in nb.cells if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("solution")]


def unchanged(release: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The released notebook, handed in untouched."""
    return copy.deepcopy(release)


def answered(release: nbformat.NotebookNode, answers: Mapping[str, str], *, extra: str = "") -> nbformat.NotebookNode:
    """Every answer cell rewritten to assign the given strings (``extra`` code runs after them)."""
    nb = copy.deepcopy(release)
    for cell in answer_cells(nb):
        names = [line.split("=", 1)[0].strip() for line in cell.source.splitlines()
                 if "=" in line and not line.lstrip().startswith("#")]
        lines = [f"{n} = {_literal(answers[n])}" for n in names if n in answers]
        cell.source = "\n".join(lines + ([extra] if extra else []))
    return nb


def with_code(release: nbformat.NotebookNode, code: str, answers: Mapping[str, str] | None = None) -> nbformat.NotebookNode:
    """The answer cells hold ``code`` (in the first one) after the given (or empty) answers."""
    nb = answered(release, answers or {}) if answers else copy.deepcopy(release)
    cells = answer_cells(nb)
    cells[0].source = cells[0].source + "\n" + code
    return nb


def cells_deleted(release: nbformat.NotebookNode, answers: Mapping[str, str]) -> nbformat.NotebookNode:
    """A good answer, but the student deleted every grade cell (nbgrader restores them)."""
    nb = answered(release, answers)
    nb.cells = [c for c in nb.cells if not c.metadata.get("nbgrader", {}).get("grade")]
    return nb


# Code a student might write to get points without writing a better email. Each runs in the
# student's kernel before the grade cells.
TAMPERING = {
    "monkeypatch": (
        "import followup_edu.grading.cell as _c, followup_edu.api as _a, followup_edu\n"
        "_c.expect = lambda *a, **k: None\n"
        "_c.verdict = lambda *a, **k: None\n"
        "_a.check_email = followup_edu.check_email = lambda *a, **k: None\n"),
    "sys_modules": (
        "import sys, types\n"
        "_fake = types.ModuleType('followup_edu.grading.cell')\n"
        "_fake.expect = lambda *a, **k: None\n"
        "sys.modules['followup_edu.grading.cell'] = _fake\n"),
    "builtins": (
        "import builtins\n"
        "class _Quiet(Exception):\n    pass\n"
        "builtins.AssertionError = _Quiet\n"
        "builtins.isinstance = lambda *a: True\n"
        "builtins.print = lambda *a, **k: None\n"),
    "swallow_errors": (
        "import sys\n"
        "sys.excepthook = lambda *a: None\n"
        "_ip = get_ipython()\n"
        "_ip.set_custom_exc((BaseException,), lambda *a, **k: None)\n"
        "_ip.showtraceback = lambda *a, **k: None\n"),
    "fake_str": (
        "class _Str(str):\n"
        "    def strip(self, *a):\n        return 'x'\n"
        "    def __len__(self):\n        return 500\n"
        "subject = _Str('')\nbody = _Str('')\n"),
}


def tampering(release: nbformat.NotebookNode, *kinds: str) -> nbformat.NotebookNode:
    """The untouched answers plus the given tampering code (all kinds when none is named)."""
    code = "\n".join(TAMPERING[k] for k in (kinds or TAMPERING))
    return with_code(release, code)


def submit(course: Path, assignment: str, student: str, nb: nbformat.NotebookNode | str,
           notebook: str | None = None, when: datetime | None = None) -> Path:
    """Put one student's notebook (a NotebookNode, or raw text for broken files) into submitted/."""
    folder = Path(course) / "submitted" / student / assignment
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{notebook or assignment}.ipynb"
    if isinstance(nb, str):
        path.write_text(nb, encoding="utf-8")
    else:
        nbformat.write(nb, path)
    stamp = (when or datetime.now(timezone.utc)).strftime("%Y-%m-%d %H:%M:%S.%f %Z")
    (folder / "timestamp.txt").write_text(stamp, encoding="utf-8")
    return path


def model_answers(source: nbformat.NotebookNode) -> dict[str, str]:
    """The instructor's model answers: the source notebook's answer cells, run as plain Python."""
    ns: dict = {}
    for cell in answer_cells(source):
        exec(compile(cell.source, "<model answer>", "exec"), ns)  # instructor-written code
    return {k: v for k, v in ns.items() if isinstance(v, str) and not k.startswith("__")}


def released(source: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """What ``nbgrader generate_assignment`` hands out, as far as grading cares: each answer cell
    cut back to its stub (the lines above ``### BEGIN SOLUTION``); grade cells keep their hidden
    tests, as they do again at autograde time."""
    nb = copy.deepcopy(source)
    for cell in answer_cells(nb):
        cell.source = cell.source.split("### BEGIN SOLUTION")[0].rstrip()
    return nb
