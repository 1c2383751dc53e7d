"""Does the checker still say exactly what it said when tests/golden/findings.jsonl was written?

Every finding (check, status, message, span, suggestion, field) and every score, on every draft
of the corpus, the example tables and the benchmark. A deliberate change of output regenerates the
file (``.venv/bin/python tests/golden/snapshot.py``) in the same commit, so the diff shows it.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

GOLDEN = Path(__file__).parent / "golden"


def _snapshot_module():
    spec = importlib.util.spec_from_file_location("golden_snapshot", GOLDEN / "snapshot.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_does_the_checker_reproduce_every_golden_finding_and_score():
    snap = _snapshot_module()
    want = {r["id"]: r for r in map(json.loads, (GOLDEN / "findings.jsonl").read_text(encoding="utf-8").splitlines())}
    records = snap.snapshot()
    got = {r["id"]: r for r in records}
    assert sorted(got) == sorted(want), "the set of drafts changed; regenerate tests/golden/findings.jsonl"
    changed = [did for did in sorted(want) if got[did] != want[did]]
    if changed:
        did = changed[0]
        w, g = want[did], got[did]
        detail = [f"score {w['score']} -> {g['score']}"] if w["score"] != g["score"] else []
        for key in ("findings",):
            for a, b in zip(w[key], g[key]):
                if a != b:
                    detail.append(f"was {a}\n    now {b}")
                    break
            if len(w[key]) != len(g[key]):
                detail.append(f"{len(w[key])} findings -> {len(g[key])}")
        if w.get("emails") != g.get("emails"):
            detail.append("a panel email's report changed")
        raise AssertionError(f"{len(changed)} drafts changed, first {did}:\n  " + "\n  ".join(detail))
    assert snap.dumps(records) == (GOLDEN / "findings.jsonl").read_text(encoding="utf-8")
