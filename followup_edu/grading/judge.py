"""Judge grade cells in a fresh interpreter that student code never touches.

Run as ``python -I -m followup_edu.grading.judge`` with a JSON request on stdin::

    {"answers": {"subject": "...", "body": "..."},
     "cells": [{"grade_id": "greeting", "source": "<the grade cell's code>"}, ...]}

Each grade cell's source (restored by nbgrader from the gradebook, hidden tests included) runs
in its own namespace holding only the answer strings. The last line of stdout is a JSON list,
one entry per cell: ``{"grade_id", "outcome": "pass"|"partial"|"fail", "points", "output"}``
where ``output`` is what the student may see (the checker's advice; never test code).
"""
from __future__ import annotations

import ast
import contextlib
import io
import json
import sys


def _compile_cell(source: str):
    tree = ast.parse(source, "<grade cell>", "exec")
    if tree.body and isinstance(tree.body[-1], ast.Expr):  # keep the value, as a notebook would show it
        last = tree.body[-1]
        tree.body[-1] = ast.Assign(targets=[ast.Name("__value__", ast.Store())], value=last.value)
        ast.fix_missing_locations(tree)
    return compile(tree, "<grade cell>", "exec")


def judge_cell(source: str, answers: dict[str, str]) -> dict:
    from .scenarios import attempt_rules
    ns: dict = {"__name__": "__grade__"}
    ns.update({k: "".join([v]) for k, v in answers.items()})
    buf = io.StringIO()
    try:
        code = _compile_cell(source)
        with contextlib.redirect_stdout(buf):
            exec(code, ns)
    except AssertionError as exc:
        return {"outcome": "fail", "points": 0.0, "output": str(exc) or "This test did not pass."}
    except NameError as exc:
        name = getattr(exc, "name", None) or "an answer variable"
        return {"outcome": "fail", "points": 0.0,
                "output": attempt_rules()["messages"]["missing"].format(name=name)}
    value = ns.get("__value__")
    text = buf.getvalue().strip()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return {"outcome": "partial", "points": float(value), "output": text}
    return {"outcome": "pass", "points": None, "output": text}


def main() -> int:
    request = json.loads(sys.stdin.read())
    answers = {k: v for k, v in request.get("answers", {}).items() if isinstance(k, str) and isinstance(v, str)}
    results = []
    for cell in request["cells"]:
        r = judge_cell(cell["source"], answers)
        r["grade_id"] = cell["grade_id"]
        results.append(r)
    sys.stdout.write("\n" + json.dumps(results) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
