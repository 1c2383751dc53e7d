"""Is adding a principle really one registry entry plus one check module?

A temporary copy of the package gets a toy principle: an entry in its principles.toml and
checks/toy.py, nothing else. A fresh interpreter then checks a draft with it and must find the
toy discovered, validated, scored, rendered (text and HTML) and listed by the CLI.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "followup_edu"

ENTRY = '''
[principles.toy]
title = "Mention the toy"
summary = "A toy principle that only exists in this test."
why = "It shows that one entry and one module are all a new principle needs."
lesson = "12-write-your-own"
weight = 20
kinds = ["thank_you"]
word = "kazoo"
[principles.toy.messages]
pass = "Mentions the {word}."
missing = "Say “{word}” somewhere."
'''

MODULE = '''"""toy: a principle that only exists in a test."""
from ._common import finding

DATA = ("word",)
MESSAGES = ("pass", "missing")


def check(draft, ctx, p):
    if p["word"] in draft.lbody:
        return [finding(p, "pass", "pass", word=p["word"])]
    return [finding(p, "warn", "missing", word=p["word"])]
'''

SCRIPT = r'''
import io, json, sys
import followup_edu
from followup_edu import check_email, principle_ids, registry
from followup_edu.cli import main
from followup_edu.render.html import render_report as render_html
from followup_edu.render.text import render_report as render_text
body = "Dear Priya,\n\nThank you for your time today. I enjoyed our talk about the new dashboards.\n\nBest regards,\nJordan"
with_toy = check_email("Thank you – interview", body)
plain = check_email("Thank you – interview", body + "\nP.S. I play the kazoo.")
out = io.StringIO(); sys.stdout = out
main(["explain", "--list"])
sys.stdout = sys.__stdout__
print(json.dumps({
    "file": followup_edu.__file__, "ids": list(principle_ids()), "single": list(registry.single_ids()),
    "toy": [f.to_dict() for f in with_toy.findings if f.check == "toy"],
    "toy_passing": [f.status for f in plain.findings if f.check == "toy"],
    "scores": [with_toy.score, plain.score], "text": render_text(with_toy), "html": render_html(with_toy),
    "listed": out.getvalue(),
}))
'''


def test_is_a_new_principle_discovered_scored_rendered_and_listed(tmp_path):
    pkg = tmp_path / "followup_edu"
    shutil.copytree(PKG, pkg, ignore=shutil.ignore_patterns("__pycache__"))
    registry_file = pkg / "data" / "principles.toml"
    registry_file.write_text(registry_file.read_text(encoding="utf-8") + ENTRY, encoding="utf-8")
    (pkg / "checks" / "toy.py").write_text(MODULE, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(tmp_path))
    res = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    got = json.loads(res.stdout)
    assert got["file"].startswith(str(tmp_path))
    assert got["ids"][-1] == "toy" and "toy" in got["single"]
    assert got["toy"] == [{"check": "toy", "status": "warn", "message": "Say “kazoo” somewhere.", "span": None,
                           "suggestion": None, "field": "body"}]
    assert got["toy_passing"] == ["pass"]
    assert got["scores"][1] > got["scores"][0]  # its weight counts in the score
    assert "Say “kazoo” somewhere." in got["text"] and "Mention the toy" in got["html"]
    assert "toy" in got["listed"] and "Mention the toy" in got["listed"]
