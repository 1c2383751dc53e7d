"""Score the checker against the labelled corpus in tests/corpus/ and print how well it judges.

    python benchmarks/eval_labels.py            # in-process check_email / check_emails (fast)
    python benchmarks/eval_labels.py --cli      # through the real `followup-edu check ... --format json`
    python benchmarks/eval_labels.py --quiet    # figures and confusion table only
    python benchmarks/eval_labels.py --set holdout   # only tests/corpus/holdout.jsonl

Each corpus entry labels every principle that applies to it as "problem" or "fine". A problem is
caught when the check's worst status is warn or fail; a fine point is a false alarm when it is warn
or fail. Targets (held-out set): >= 85% of problems caught, <= 5% of fine points flagged, and no
strong email (all labels fine) failing any check.

Exit status is 0 unless --strict is given and a target is missed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
FLAGGED = ("warn", "fail")
TARGET_CATCH, TARGET_FALSE = 85.0, 5.0


def load_corpus(folder: Path, pattern: str = "*") -> list[dict]:
    entries: list[dict] = []
    for path in sorted(folder.glob(f"{pattern}.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                try:
                    entries.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    sys.exit(f"{path.name}:{n}: not valid JSON ({exc.msg})")
    for path in sorted(folder.glob(f"{pattern}.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        entries.extend(data if isinstance(data, list) else [data])
    return entries


# ------------------------------------------------------------------------------------ running


def _findings_by_check(findings) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for f in findings:
        if isinstance(f, dict):
            out[f["check"]].append((f["status"], f["message"]))
        else:
            out[f.check].append((f.status, f.message))
    return out


def _worst(pairs: list[tuple[str, str]]) -> str:
    from followup_edu.model import worst

    return worst(s for s, _ in pairs)


def run_inprocess(entry: dict) -> list[tuple[str, dict[str, list]]]:
    """Return [(label-owner, {check: [(status, message)]})] for the entry and, for panels, each email."""
    from followup_edu import check_email, check_emails

    if "emails" in entry:
        emails = [(e.get("recipient"), e["subject"], e["body"]) for e in entry["emails"]]
        panel = check_emails(emails, context=entry.get("context"))
        results = [("panel", _findings_by_check(panel.findings))]
        for e, report in zip(entry["emails"], panel.reports):
            results.append((e.get("recipient") or "?", _findings_by_check(report.findings)))
        return results
    report = check_email(entry["subject"], entry["body"], context=entry.get("context"))
    return [("email", _findings_by_check(report.findings))]


def _cli(args: list[str]) -> dict:
    proc = subprocess.run([sys.executable, "-m", "followup_edu", "check", *args, "--format", "json"],
                          capture_output=True, text=True, cwd=ROOT)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"followup-edu check exited {proc.returncode}: {proc.stderr.strip()[:400]}")
    return json.loads(proc.stdout)


def run_cli(entry: dict) -> list[tuple[str, dict[str, list]]]:
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        ctx_file = tmpdir / "context.json"
        ctx_file.write_text(json.dumps(entry.get("context") or {}), encoding="utf-8")

        def draft(name: str, subject: str, body: str) -> str:
            path = tmpdir / name
            path.write_text(f"Subject: {subject}\n\n{body}", encoding="utf-8")
            return str(path)

        if "emails" in entry:
            files = [draft(f"d{i}.txt", e["subject"], e["body"]) for i, e in enumerate(entry["emails"])]
            recipients = [e.get("recipient") or "" for e in entry["emails"]]
            out = _cli([*files, "--context", str(ctx_file), "--panel", "--recipients", *recipients])
            results = [("panel", _findings_by_check(out.get("findings", [])))]
            for e, rep in zip(entry["emails"], out.get("emails", [])):
                results.append((e.get("recipient") or "?", _findings_by_check(rep.get("findings", []))))
            return results
        out = _cli([draft("draft.txt", entry["subject"], entry["body"]), "--context", str(ctx_file)])
        return [("email", _findings_by_check(out.get("findings", [])))]


# ------------------------------------------------------------------------------------ scoring


def evaluate(entries: list[dict], runner) -> dict:
    confusion: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fn": 0, "fp": 0, "tn": 0})
    misses, false_alarms, strong_fails, strong_warns = [], [], [], []
    n_strong = 0
    for entry in entries:
        results = runner(entry)
        units = []  # (unit id, labels, findings-by-check, notes)
        if "emails" in entry:
            units.append((entry["id"], entry.get("labels", {}), results[0][1], entry.get("notes", {})))
            for e, (who, found) in zip(entry["emails"], results[1:]):
                units.append((f"{entry['id']}/{who}", e.get("labels", {}), found, e.get("notes", {})))
        else:
            units.append((entry["id"], entry.get("labels", {}), results[0][1], entry.get("notes", {})))
        for uid, labels, found, notes in units:
            is_strong = bool(labels) and "distinct" not in labels and all(v == "fine" for v in labels.values())
            if is_strong:
                n_strong += 1
                fails = [c for c, pairs in found.items() if _worst(pairs) == "fail"]
                warns = [c for c, pairs in found.items() if _worst(pairs) == "warn"]
                if fails:
                    strong_fails.append((uid, fails))
                if warns:
                    strong_warns.append((uid, warns))
            for check, label in labels.items():
                status = _worst(found.get(check, []))
                flagged = status in FLAGGED
                cell = confusion[check]
                msgs = "; ".join(m for s, m in found.get(check, []) if s in FLAGGED)
                if label == "problem":
                    cell["tp" if flagged else "fn"] += 1
                    if not flagged:
                        misses.append((uid, check, status, notes.get(check, "")))
                elif label == "fine":
                    cell["fp" if flagged else "tn"] += 1
                    if flagged:
                        false_alarms.append((uid, check, status, msgs))
                else:
                    raise SystemExit(f"{uid}: label for {check} must be 'problem' or 'fine', not {label!r}")
    return {"confusion": dict(confusion), "misses": misses, "false_alarms": false_alarms,
            "strong_fails": strong_fails, "strong_warns": strong_warns, "n_strong": n_strong}


def pct(a: int, b: int) -> float:
    return 100.0 * a / b if b else 0.0


def report(result: dict, n_entries: int, quiet: bool) -> bool:
    conf = result["confusion"]
    tp = sum(c["tp"] for c in conf.values())
    fn = sum(c["fn"] for c in conf.values())
    fp = sum(c["fp"] for c in conf.values())
    tn = sum(c["tn"] for c in conf.values())
    catch, false = pct(tp, tp + fn), pct(fp, fp + tn)
    print(f"corpus: {n_entries} entries, {tp + fn} labelled problems, {fp + tn} labelled fine points, "
          f"{result['n_strong']} strong emails")
    print(f"problems caught:      {catch:5.1f}%  ({tp}/{tp + fn})   target >= {TARGET_CATCH:.0f}%")
    print(f"fine points flagged:  {false:5.1f}%  ({fp}/{fp + tn})   target <= {TARGET_FALSE:.0f}%")
    print(f"strong emails with any fail: {len(result['strong_fails'])}/{result['n_strong']}   target 0"
          f"   (with any warn: {len(result['strong_warns'])})")
    print()
    print(f"{'check':<16}{'caught':>8}{'missed':>8}{'false+':>8}{'quiet ok':>10}{'recall':>9}{'false%':>8}")
    for check in sorted(conf):
        c = conf[check]
        rec = f"{pct(c['tp'], c['tp'] + c['fn']):.0f}%" if c["tp"] + c["fn"] else "-"
        fa = f"{pct(c['fp'], c['fp'] + c['tn']):.0f}%" if c["fp"] + c["tn"] else "-"
        print(f"{check:<16}{c['tp']:>8}{c['fn']:>8}{c['fp']:>8}{c['tn']:>10}{rec:>9}{fa:>8}")
    if not quiet:
        print(f"\nMISSES ({len(result['misses'])}): labelled problem, check stayed quiet")
        for uid, check, status, note in result["misses"]:
            print(f"  {uid:<34} {check:<16} got {status:<5} problem: {note}")
        print(f"\nFALSE ALARMS ({len(result['false_alarms'])}): labelled fine, check flagged")
        for uid, check, status, msg in result["false_alarms"]:
            print(f"  {uid:<34} {check:<16} got {status:<5} {msg}")
        if result["strong_fails"]:
            print("\nSTRONG EMAILS WITH A FAIL")
            for uid, checks in result["strong_fails"]:
                print(f"  {uid}: {', '.join(checks)}")
    return catch >= TARGET_CATCH and false <= TARGET_FALSE and not result["strong_fails"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cli", action="store_true", help="run each draft through `followup-edu check --format json`")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of *.jsonl / *.json entries")
    parser.add_argument("--set", default="*", metavar="NAME",
                        help="only corpus files named NAME.jsonl/.json (e.g. emails, holdout); default all")
    parser.add_argument("--quiet", action="store_true", help="figures only, no list of misses and false alarms")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    entries = load_corpus(args.corpus, args.set)
    if not entries:
        print(f"no corpus entries in {args.corpus}", file=sys.stderr)
        return 2
    print(f"mode: {'CLI (followup-edu check --format json)' if args.cli else 'in-process'}")
    ok = report(evaluate(entries, run_cli if args.cli else run_inprocess), len(entries), args.quiet)
    return 1 if (args.strict and not ok) else 0


if __name__ == "__main__":
    sys.exit(main())
