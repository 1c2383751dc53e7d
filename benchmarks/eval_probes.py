"""Score the checker on the sentence probes (tests/realworld/probes_*.toml). Run by hand.

    python benchmarks/eval_probes.py            # figures for both parts, and the tuning part's misses
    python benchmarks/eval_probes.py --quiet    # figures only

For each kind and part it prints how many probes the checker gets right: a ``pass`` probe is right
when its check passes or skips, a ``flag`` probe when its check warns or fails. The untouched part
is never tuned on, so its misses are never listed. Exit status is 0: this reports, it does not gate.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "realworld"))
sys.path.insert(0, str(ROOT))

import probes  # noqa: E402  (tests/realworld/probes.py)

RIGHT = {"pass": ("pass", "skip"), "flag": ("warn", "fail")}


def judge(probe: dict) -> tuple[str, str]:
    """The check's status on one probe, and its messages of that status."""
    from followup_edu import check_email

    report = check_email(probe.get("subject", ""), probe["body"], context=probe.get("context") or None)
    status = report.status_of(probe["check"])
    said = " | ".join(f.message for f in report.findings if f.check == probe["check"] and f.status == status)
    return status, said


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quiet", action="store_true", help="figures only")
    args = ap.parse_args(argv)
    for kind in ("pass", "flag"):
        rows = probes.load(kind)
        if not rows:
            print(f"{kind} probes: none yet ({probes.FILES[kind].name})")
            continue
        for part in ("tuning", "untouched"):
            mine = [r for r in rows if probes.part_of(r) == part]
            if not mine:
                continue
            misses, by_check = [], Counter()
            for r in mine:
                status, said = judge(r)
                if status not in RIGHT[kind]:
                    misses.append((r, status, said))
                    by_check[r["check"]] += 1
            right = len(mine) - len(misses)
            pages = len({r["page"] for r in mine})
            print(f"{kind} probes, {part}: {right}/{len(mine)} right ({100 * right / len(mine):.0f}%) "
                  f"from {pages} pages; wrong by check: {dict(sorted(by_check.items())) or '-'}")
            if part == "tuning" and not args.quiet:
                for r, status, said in misses:
                    print(f"    {r['id']} {r['check']} {status}: {said or 'no findings'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
