"""How long do the lessons take to execute, and how quick is the live checker's update? Run by hand.

    .venv/bin/python benchmarks/bench_notebooks.py              # every notebook, one after another
    .venv/bin/python benchmarks/bench_notebooks.py --only 12    # notebooks whose name starts with 12

Prints, per notebook, the wall time of a full nbclient execution (kernel start included, as under
nbval), then the total against the target (< 60 s for all notebooks together), and the kernel-side
cost of one live-checker update (check + HTML render) for a ~150-word draft (median and p95 of 200).
Notebooks run over a temporary copy so nothing is written back.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
TARGET_TOTAL_S = 60.0


def run_notebooks(only: str | None) -> list[tuple[str, float]]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for src in sorted((ROOT / "notebooks").glob("*.ipynb")):
            if only and not src.name.startswith(only):
                continue
            path = Path(tmp) / src.name
            shutil.copy2(src, path)
            nb = nbformat.read(path, as_version=4)
            start = time.perf_counter()
            NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": tmp}}).execute()
            rows.append((src.name, time.perf_counter() - start))
            print(f"  {src.name:<40} {rows[-1][1]:6.2f} s", flush=True)
    return rows


def live_update_cost(n: int = 200) -> tuple[float, float, int]:
    from followup_edu.widgets import LiveChecker, content, sample_context

    strong = content.example("why-one-line").strong
    body = strong.body + "\n" + " ".join(["I also kept notes on every request."] * 7)
    lc = LiveChecker(strong.subject, body, context=sample_context())
    times = []
    for i in range(n):
        lc.body.value = body + " ok" * (i % 5) + ("." if i % 2 else "")
        times.append(lc.last_ms)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))], len(lc.body.value.split())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="run only notebooks whose file name starts with this")
    args = ap.parse_args(argv)
    print("Executing notebooks with nbclient (kernel start included):")
    rows = run_notebooks(args.only)
    total = sum(t for _, t in rows)
    verdict = "OK" if total < TARGET_TOTAL_S else "OVER TARGET"
    print(f"total: {total:.1f} s for {len(rows)} notebooks (target < {TARGET_TOTAL_S:.0f} s): {verdict}")
    if rows:
        print(f"mean per notebook: {total / len(rows):.2f} s; slowest: {max(rows, key=lambda r: r[1])[0]}")
    med, p95, words = live_update_cost()
    print(f"live checker update (check + render), {words}-word draft: median {med:.1f} ms, p95 {p95:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
