"""How long does a fresh process take, beside its peers in the same run? Run by hand; prints figures.

    .venv/bin/python benchmarks/bench_startup.py               # 20 interleaved runs of each command
    .venv/bin/python benchmarks/bench_startup.py --rounds 3    # three rounds, to see the spread
    .venv/bin/python benchmarks/bench_startup.py --hyperfine   # and hyperfine's figures beside them
    .venv/bin/python benchmarks/bench_startup.py --imports     # which modules a fresh check imports
    .venv/bin/python benchmarks/bench_startup.py --baseline DIR  # and an older tree beside this one

``--baseline DIR`` (a checkout or ``git archive`` of another commit) also runs the same two
commands with that tree's ``followup_edu`` first on PYTHONPATH, interleaved with the others, so a
before/after comparison is made under the same load.

Two figures of issue #7, each with its peer measured in the same run, the commands interleaved run
by run so that a busy machine slows both alike:

* cold start: ``python FILE`` where FILE does ``from followup_edu import check_email`` and one full
  check of a ~150-word draft with full context, against ``python -c pass``; the figure is the
  difference of the medians (target: at most 100 ms);
* the command line: ``followup-edu check DRAFT --context CTX`` against ``proselint check DRAFT``
  on the same file, whole process (target: ratio at most 1).

Each is reported as wall time (median) and as CPU time (user + system of the child: the median,
and the best run, the least disturbed by other work); CPU time is what other work on a shared
machine inflates least. ``.pyc`` files are allowed, as an installed
package has them. proselint is the optional ``bench`` extra: without it the CLI ratio is skipped.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_checker import make_drafts  # noqa: E402  (the same drafts as the warm benchmark)

COLD = """from followup_edu import check_email
check_email({subject!r}, {body!r}, {ctx!r})
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed package has its .pyc files
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    env["NO_COLOR"] = "1"
    return env


def run_once(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child) for one run of ``cmd``."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd="/", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):  # 1: followup-edu says something fails, still a full run
        raise SystemExit(f"{' '.join(cmd)} exited with {proc.returncode}")
    return wall, usage.ru_utime + usage.ru_stime


def interleaved(cmds: dict[str, list[str]], runs: int, env: dict[str, str],
                envs: dict[str, dict[str, str]] | None = None) -> dict[str, tuple[list[float], list[float]]]:
    """Each command run ``runs`` times, in turn: name -> (wall times, CPU times). ``envs`` gives
    some commands an environment of their own."""
    envs = envs or {}
    out: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name in cmds}
    for name, cmd in cmds.items():  # warm-up: writes .pyc files, fills the page cache
        run_once(cmd, envs.get(name, env))
        run_once(cmd, envs.get(name, env))
    names = list(cmds)
    for i in range(runs):
        for name in names[i % len(names):] + names[:i % len(names)]:  # rotate which goes first
            wall, cpu = run_once(cmds[name], envs.get(name, env))
            out[name][0].append(wall)
            out[name][1].append(cpu)
    return out


def hyperfine(cmds: dict[str, list[str]], runs: int, env: dict[str, str], tmp: Path) -> dict[str, tuple[float, float]]:
    """hyperfine's median wall time and mean user + system time per command."""
    export = tmp / "hyperfine.json"
    subprocess.run(["hyperfine", "-N", "-i", "-w", "3", "-r", str(runs), "--export-json", str(export),
                    *(" ".join(c) for c in cmds.values())], check=True, env=env, cwd="/",
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    results = json.loads(export.read_text())["results"]
    return {name: (r["median"], r["user"] + r["system"]) for name, r in zip(cmds, results)}


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def imports(cold_file: Path, env: dict[str, str]) -> None:
    """The modules a fresh check imports beyond ``python -c pass``, slowest first (``-X importtime``)."""
    def times(args: list[str]) -> dict[str, int]:
        res = subprocess.run([sys.executable, "-X", "importtime", *args], env=env, cwd="/", capture_output=True, text=True)
        out = {}
        for line in res.stderr.splitlines():
            parts = line.split("|")
            if len(parts) == 3 and parts[0].split(":")[-1].strip().isdigit():
                out[parts[2].strip()] = int(parts[0].split(":")[-1])
        return out

    base = times(["-c", "pass"])
    best: dict[str, int] = {}
    for _ in range(3):
        for mod, us in times([str(cold_file)]).items():
            if mod not in base:
                best[mod] = min(us, best.get(mod, us))
    print(f"\n{len(best)} modules imported beyond 'python -c pass' ({sum(best.values()) / 1000:.1f} ms self time, "
          "best of 3); the slowest:")
    for mod, us in sorted(best.items(), key=lambda kv: -kv[1])[:25]:
        print(f"  {us / 1000:6.1f} ms  {mod}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--runs", type=int, default=20, help="runs of each command per round (default 20)")
    ap.add_argument("--rounds", type=int, default=1, help="rounds, each printed (default 1)")
    ap.add_argument("--hyperfine", action="store_true", help="also time each pair with hyperfine")
    ap.add_argument("--imports", action="store_true", help="list the modules a fresh check imports")
    ap.add_argument("--baseline", metavar="DIR", type=Path,
                    help="also time another tree's followup_edu (DIR/followup_edu), interleaved")
    args = ap.parse_args(argv)
    if args.baseline and not (args.baseline / "followup_edu" / "__init__.py").is_file():
        ap.error(f"--baseline: {args.baseline} has no followup_edu/__init__.py")

    subject, body, ctx = make_drafts(60)[0]
    bindir = Path(sys.executable).parent
    ours = bindir / "followup-edu"
    proselint = shutil.which("proselint", path=str(bindir)) or shutil.which("proselint")
    env = _env()
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs; {args.runs} interleaved runs per command")
    if not proselint:
        print("proselint is not installed (pip install -e '.[bench]'): the CLI ratio is skipped")
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        cold_file, draft_file, ctx_file = tmp / "cold.py", tmp / "draft.txt", tmp / "interview.json"
        cold_file.write_text(COLD.format(subject=subject, body=body, ctx=ctx), encoding="utf-8")
        draft_file.write_text(f"Subject: {subject}\n\n{body}", encoding="utf-8")
        ctx_file.write_text(json.dumps(ctx), encoding="utf-8")
        cold_cmds = {"import + one check": [sys.executable, str(cold_file)], "python -c pass": [sys.executable, "-c", "pass"]}
        cli_cmds = {"followup-edu check": [str(ours), "check", str(draft_file), "--context", str(ctx_file)]}
        if proselint:
            cli_cmds["proselint check"] = [proselint, "check", str(draft_file)]
        envs: dict[str, dict[str, str]] = {}
        if args.baseline:
            base_env = {**env, "PYTHONPATH": str(args.baseline.resolve())}
            cli_code = (f"import sys; from followup_edu.cli import main; "
                        f"sys.exit(main(['check', {str(draft_file)!r}, '--context', {str(ctx_file)!r}]))")
            cold_cmds["baseline: import + one check"] = [sys.executable, str(cold_file)]
            cli_cmds["baseline: followup-edu check"] = [sys.executable, "-c", cli_code]
            envs = {"baseline: import + one check": base_env, "baseline: followup-edu check": base_env}
        summary = []
        for r in range(args.rounds):
            cold = interleaved(cold_cmds, args.runs, env, envs)
            cli = interleaved(cli_cmds, args.runs, env, envs)
            (cw, cc), (bw, bc) = cold["import + one check"], cold["python -c pass"]
            dw = statistics.median(cw) - statistics.median(bw)
            dc = statistics.median(cc) - statistics.median(bc)
            print(f"\nround {r + 1}{' of ' + str(args.rounds) if args.rounds > 1 else ''} "
                  f"(load {os.getloadavg()[0]:.2f})                wall (median)   CPU (median)   CPU (best)")
            for name, (w, c) in {**cold, **cli}.items():
                print(f"  {name:40} {ms(statistics.median(w))}     {ms(statistics.median(c))}     {ms(min(c))}")
            db = min(cc) - min(bc)
            print(f"  {'cold start over python -c pass':40} {ms(dw)}     {ms(dc)}     {ms(db)}    target <= 100 ms")
            rw = rc = None
            if proselint:
                (ow, oc), (tw, tc) = cli["followup-edu check"], cli["proselint check"]
                rw, rc = statistics.median(ow) / statistics.median(tw), statistics.median(oc) / statistics.median(tc)
                rb = min(oc) / min(tc)
                print(f"  {'CLI: followup-edu / proselint':40} {rw:7.2f} x     {rc:7.2f} x     {rb:7.2f} x    target <= 1")
            if args.baseline:
                (xw, xc) = cold["baseline: import + one check"]
                print(f"  {'baseline: cold start over python -c pass':40} {ms(statistics.median(xw) - statistics.median(bw))}"
                      f"     {ms(statistics.median(xc) - statistics.median(bc))}     {ms(min(xc) - min(bc))}")
                if proselint:
                    (yw, yc) = cli["baseline: followup-edu check"]
                    print(f"  {'baseline: CLI / proselint':40} {statistics.median(yw) / statistics.median(tw):7.2f} x"
                          f"     {statistics.median(yc) / statistics.median(tc):7.2f} x     {min(yc) / min(tc):7.2f} x")
            if args.hyperfine and shutil.which("hyperfine"):
                ours_only = ("import + one check", "python -c pass", "followup-edu check", "proselint check")
                hc = hyperfine({k: v for k, v in cold_cmds.items() if k in ours_only}, args.runs, env, tmp)
                hl = hyperfine({k: v for k, v in cli_cmds.items() if k in ours_only}, args.runs, env, tmp)
                print(f"  hyperfine: cold start over python -c pass {ms(hc['import + one check'][0] - hc['python -c pass'][0])}"
                      f" wall, {ms(hc['import + one check'][1] - hc['python -c pass'][1])} CPU (mean)")
                if proselint:
                    print(f"  hyperfine: CLI ratio {hl['followup-edu check'][0] / hl['proselint check'][0]:.2f}x wall, "
                          f"{hl['followup-edu check'][1] / hl['proselint check'][1]:.2f}x CPU (mean)")
            summary.append((dw, dc, rw, rc))
        if args.rounds > 1:
            def span(values, fmt: str) -> str:
                return f"{min(values):{fmt}}–{max(values):{fmt}}"

            print(f"\nover {args.rounds} rounds: cold start {span([s[0] * 1000 for s in summary], '.0f')} ms wall, "
                  f"{span([s[1] * 1000 for s in summary], '.0f')} ms CPU", end="")
            if proselint:
                print(f"; CLI ratio {span([s[2] for s in summary], '.2f')}x wall, "
                      f"{span([s[3] for s in summary], '.2f')}x CPU", end="")
            print()
        if args.imports:
            imports(cold_file, env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
