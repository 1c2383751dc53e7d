"""Run the student's cells in a throw-away interpreter and hand back their answer strings.

Run as ``python -I -m followup_edu.grading.extract OUT.json`` with a JSON request on stdin:
``{"cells": [source, ...], "names": ["subject", "body"]}``. Every non-grade code cell runs in
order in one fresh namespace (a cell that raises is skipped, as in the notebook); afterwards each
requested name that holds a real ``str`` is written to OUT.json.

Nothing here needs to be trusted: student code runs in this process and could rewrite anything
in it, but all it can change is which strings come out, and those strings are exactly what gets
judged -- in another fresh interpreter (:mod:`followup_edu.grading.judge`) that never runs
student code. The parent enforces a timeout and a size limit and checks the shape of the result,
and runs this in the grading sandbox (:mod:`followup_edu.grading.sandbox`). Once the answers are
written the process ends at once (``os._exit``): a lingering thread or child changes nothing.
"""
from __future__ import annotations

import json
import os
import sys


def _compile(source: str, index: int):
    try:
        return compile(source, f"<cell {index}>", "exec")
    except SyntaxError:
        try:  # IPython syntax (magics, !shell): translate; the calls then fail harmlessly
            from IPython.core.inputtransformer2 import TransformerManager
            return compile(TransformerManager().transform_cell(source), f"<cell {index}>", "exec")
        except Exception:
            return None


def main() -> int:
    out_path = sys.argv[1]
    request = json.loads(sys.stdin.read())
    names, cells = list(request["names"]), list(request["cells"])
    # Captured before any student code runs, so rebinding builtins cannot break the hand-back.
    _str, _type, _open = str, type, open
    _quote = json.encoder.c_encode_basestring_ascii or json.encoder.py_encode_basestring_ascii
    _join = ",".join
    _exit = os._exit
    ns: dict = {"__name__": "__main__"}
    for i, source in enumerate(cells):
        code = _compile(source, i)
        if code is None:
            continue
        try:
            exec(code, ns)
        except BaseException:  # noqa: BLE001 - a failing student cell must not stop the others
            continue
    pairs = [_quote(n) + ":" + _quote(_str.__str__(ns[n])) for n in names if n in ns and _type(ns[n]) is _str]
    with _open(out_path, "w", encoding="utf-8") as fh:
        fh.write("{" + _join(pairs) + "}")
    # Answers collected: leave at once, so a thread the student left running cannot hold them back.
    _exit(0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
