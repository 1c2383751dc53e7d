"""The identity guard: every finding and score the checker gives on every draft the project keeps.

    .venv/bin/python tests/golden/snapshot.py        # rewrite tests/golden/findings.jsonl

Drafts: the labelled corpus (tests/corpus/*.jsonl, panels included), every case of the example
tables (tests/examples/*.toml) and the benchmark's drafts (benchmarks/bench_checker.py, with its
1 MB draft). One line per draft, sorted by id; a finding is [check, status, message, span,
suggestion, field]. tests/test_identity.py checks that the checker reproduces the file exactly,
so a change of output is always a visible, deliberate change to this file.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).with_name("findings.jsonl")


def _module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _findings(findings) -> list:
    return [[f.check, f.status, f.message, list(f.span) if f.span else None, f.suggestion, f.field]
            for f in findings]


def _single(subject: str, body: str, context) -> dict:
    from followup_edu import check_email

    report = check_email(subject, body, context=context)
    return {"score": report.score, "findings": _findings(report.findings)}


def _panel(emails, context) -> dict:
    from followup_edu import check_emails

    panel = check_emails(emails, context=context)
    return {"score": panel.score, "findings": _findings(panel.findings),
            "emails": [{"score": r.score, "findings": _findings(r.findings)} for r in panel.reports]}


def drafts():
    """(id, kind, payload) for every draft: kind is "email" or "panel"."""
    for path in sorted((ROOT / "tests" / "corpus").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            e = json.loads(line)
            if "emails" in e:
                yield f"corpus/{path.stem}/{e['id']}", "panel", (
                    [(m.get("recipient"), m["subject"], m["body"]) for m in e["emails"]], e.get("context"))
            else:
                yield f"corpus/{path.stem}/{e['id']}", "email", (e["subject"], e["body"], e.get("context"))
    for path in sorted((ROOT / "tests" / "examples").glob("*.toml")):
        table = tomllib.loads(path.read_text(encoding="utf-8"))
        for section, cases in sorted(table.items()):
            for n, case in enumerate(cases, start=1):
                cid = f"examples/{path.stem}/{section}-{n:02d}"
                if "emails" in case:
                    yield cid, "panel", ([(m.get("recipient"), m.get("subject", ""), m.get("body", ""))
                                          for m in case["emails"]], case.get("context"))
                else:
                    yield cid, "email", (case.get("subject", ""), case.get("body", ""), case.get("context"))
    bench = _module("bench_checker", ROOT / "benchmarks" / "bench_checker.py")
    made = bench.make_drafts(60)
    for n, (subject, body, ctx) in enumerate(made, start=1):
        yield f"bench/{n:02d}", "email", (subject, body, ctx)
    yield "bench/1mb", "email", bench.one_megabyte(made)


def record(did: str, kind: str, payload) -> dict:
    out = _panel(*payload) if kind == "panel" else _single(*payload)
    return {"id": did, **out}


def snapshot() -> list[dict]:
    return sorted((record(*d) for d in drafts()), key=lambda r: r["id"])


def dumps(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in records)


def main() -> int:
    sys.path.insert(0, str(ROOT))
    text = dumps(snapshot())
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {text.count(chr(10))} drafts, {len(text) / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
