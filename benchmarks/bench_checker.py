"""How fast is the checker, beside proselint in the same run? Run by hand; prints figures.

    .venv/bin/python benchmarks/bench_checker.py             # 60 drafts x 5 paired runs
    .venv/bin/python benchmarks/bench_checker.py --per-check # and where the time goes
    .venv/bin/python benchmarks/bench_checker.py --quick     # skip the fresh-process figures
    .venv/bin/python benchmarks/bench_checker.py --quick --instructions  # and count instructions

In one run, on the same drafts (varied ~130-word emails with full context):

* warm check time per email, ``check_email`` against proselint's lint of the same subject + body,
  the two timed in turn on each draft (alternating which goes first) so that a busy machine slows
  both alike; median and p99 of each, and their ratios;
* cold start: a fresh interpreter doing ``import followup_edu`` plus one full check, against
  ``python -c pass`` (medians of interleaved runs, with .pyc files allowed);
* the command line: ``followup-edu check FILE --context CTX`` against ``proselint check FILE``
  over the whole process (hyperfine when it is installed, else a repeated-run loop);
* one 1 MB draft;
* with ``--instructions`` (and valgrind installed): the machine instructions of one warm check,
  ours and proselint's, counted by callgrind. Unlike time, the count does not depend on what else
  the machine is doing, so it shows a change of a few per cent on a busy machine; it is the
  difference between a child process that checks every draft once (the warm-up) and one that
  then checks them all twice more, divided by the extra checks. It takes some minutes.

Targets (issue #7): median <= 0.25x proselint, p99 <= 0.35x; cold start <= 100 ms over
``python -c pass``; the CLI no slower than ``proselint check``; 1 MB in under 0.2 s.
proselint is the optional ``bench`` extra: without it those comparisons are skipped and say so.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]

# -- varied drafts -----------------------------------------------------------------------------
PEOPLE = [
    ("Priya Raman", "Northwind Analytics", "Junior Data Analyst", "move month-end sales reporting into automated dashboards"),
    ("Sam Ortiz", "Bluefin Logistics", "Operations Coordinator", "cut the time it takes to reroute delayed shipments"),
    ("Dr. Helen Okafor", "Riverside Clinic", "Medical Receptionist", "the new online booking system for patients"),
    ("Marco Bianchi", "Lumen Studio", "Junior UX Designer", "the redesign of the checkout flow for the mobile app"),
    ("Aisha Khan", "Greenleaf Foods", "Marketing Assistant", "the spring campaign for the plant-based range"),
    ("Tomás García", "Harbor Bank", "Customer Service Advisor", "reducing call waiting times during the busy season"),
    ("Mei Chen", "Quartz Software", "Junior Backend Developer", "moving the billing service to a message queue"),
    ("Oliver Smith", "City Library Trust", "Events Officer", "the summer reading programme for local schools"),
]
CANDIDATES = ["Jordan Lee", "Alex Morgan", "Sofia Rossi", "Daniel Kim", "Nora Haddad", "Luis Fernández"]
GREETINGS = ["Dear {first},", "Hello {first},", "Hi {first},", "Dear {full},"]
THANKS = [
    "Thank you for taking the time to meet with me {when} about the {role} role at {company}.",
    "Thank you for speaking with me {when} about the {role} position.",
    "I appreciated the chance to talk with you {when} about joining {company} as a {role}.",
    "Many thanks for the conversation {when} about the {role} opening on your team.",
]
WHEN = ["today", "this morning", "yesterday", "this afternoon"]
DETAIL = [
    "I especially enjoyed hearing how your team plans to {topic}, and it made the work feel concrete.",
    "Our discussion about how you want to {topic} has stayed with me since we spoke.",
    "It was interesting to learn about {topic}, and I left with a few ideas of my own.",
]
EXTRA = [
    "I also appreciated your candid answers about the challenges the team is facing this year and how success "
    "in the first six months would be measured.",
    "Hearing about the way the team shares work across departments gave me a clear picture of a typical week, "
    "and it sounds like a place where I could learn a lot.",
    "Your description of the first projects and of the people I would work with most closely answered the "
    "questions I had before we met.",
]
INTEREST = [
    "The conversation made me even more interested in the role and in the way your team works together.",
    "I am very interested in this position and would be glad to contribute to that work.",
    "Everything I heard confirmed my enthusiasm for the job and for {company}.",
]
FIT = [
    "In my last role I built weekly reports from three messy data sources and cut the preparation time by half, "
    "so I believe I could help with that project from the start.",
    "At my previous job I handled a busy front desk and trained two new colleagues on the booking tools, "
    "which is close to what you described for the first months.",
    "During my internship I ran user interviews and turned the findings into clear recommendations, "
    "and I would bring the same care to your team.",
    "My experience organising volunteer events for over two hundred people taught me to plan carefully "
    "and to keep everyone informed when things change.",
]
CLOSE = [
    "Please let me know if I can provide any further information. I look forward to hearing about the next steps.",
    "If anything else would help your decision, I would be happy to send it. I look forward to hearing from you.",
    "Thank you again for your time, and I hope to speak with you again soon.",
]
SIGNOFF = ["Best regards,", "Kind regards,", "Sincerely,", "With thanks,"]
SUBJECTS = [
    "Thank you – {role} interview",
    "Thank you for the interview – {candidate}",
    "Following up on the {role} interview",
    "Thanks for your time today – {role} position",
]


def make_drafts(n: int, seed: int = 7) -> list[tuple[str, str, dict]]:
    """``n`` varied (subject, body, context) triples, about 150 words each, with full context."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        full, company, role, topic = PEOPLE[i % len(PEOPLE)]
        candidate = CANDIDATES[(i // len(PEOPLE) + i) % len(CANDIDATES)]
        first = full.split()[-2] if full.startswith("Dr.") else full.split()[0]
        if full.startswith("Dr."):
            first = full  # "Dear Dr. Helen Okafor,"-style greetings stay formal
        values = dict(first=first, full=full, company=company, role=role, topic=topic, candidate=candidate,
                      when=rng.choice(WHEN))
        paragraphs = [
            rng.choice(THANKS).format(**values) + " " + rng.choice(DETAIL).format(**values) + " "
            + rng.choice(EXTRA),
            rng.choice(INTEREST).format(**values) + " " + rng.choice(FIT).format(**values),
            rng.choice(CLOSE).format(**values),
        ]
        body = "\n\n".join([rng.choice(GREETINGS).format(**values), *paragraphs,
                            f"{rng.choice(SIGNOFF)}\n{candidate}\n"])
        hours = rng.choice([2, 5, 8, 20, 30])
        ctx = {
            "candidate_name": candidate, "interviewers": [full], "recipient": full, "company": company,
            "role": role, "interview_type": rng.choice(["external", "internal"]), "kind": "thank_you",
            "interview_at": "2026-03-03T10:00", "sent_at": f"2026-03-{3 + (10 + hours) // 24:02d}T{(10 + hours) % 24:02d}:00",
            "topics": [topic, "teamwork"],
        }
        out.append((rng.choice(SUBJECTS).format(**values), body, ctx))
    return out


def one_megabyte(drafts: list[tuple[str, str, dict]]) -> tuple[str, str, dict]:
    subject, body, ctx = drafts[0]
    core = "\n\n".join(d[1].split("\n\n", 1)[1].rsplit("\n\n", 1)[0] for d in drafts)
    greeting, rest = body.split("\n\n", 1)
    sign = rest.rsplit("\n\n", 1)[1]
    middle = (core + "\n\n") * (1_000_000 // (len(core) + 2) + 1)
    big = f"{greeting}\n\n{middle[:1_000_000]}\n\n{sign}"
    return subject, big, ctx


# -- timing ------------------------------------------------------------------------------------
def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def time_paired(ours: Callable, theirs: Callable | None, drafts, repeat: int):
    """Time both over all the drafts, in alternating blocks (ours first on even runs, theirs on
    odd), so a busy machine slows both alike while each runs with its own data in cache.
    Returns {"wall": (ours, theirs), "cpu": (ours, theirs)}, seconds per check."""
    wall: tuple[list[float], list[float]] = ([], [])
    cpu: tuple[list[float], list[float]] = ([], [])
    clock, cpu_clock = time.perf_counter, time.process_time
    for r in range(repeat):
        sides = [(ours, 0), (theirs, 1)] if r % 2 == 0 else [(theirs, 1), (ours, 0)]
        for fn, k in sides:
            if fn is None:
                continue
            for subject, body, ctx in drafts:
                t0, c0 = clock(), cpu_clock()
                fn(subject, body, ctx)
                c1, t1 = cpu_clock(), clock()
                wall[k].append(t1 - t0)
                cpu[k].append(c1 - c0)
    return {"wall": wall, "cpu": cpu}


def best_of(samples: list[float], n_drafts: int) -> float:
    """Median over drafts of each draft's fastest run: steadier than the plain median on a busy machine."""
    per_draft = [min(samples[i::n_drafts]) for i in range(n_drafts)]
    return statistics.median(per_draft)


def per_check(drafts, repeat: int) -> list[tuple[str, float]]:
    """Median time of parsing and of each single-draft check on the same drafts (where the time goes).
    What a draft works out once for several checks (its literal scan, a pattern's matches) is
    counted in the first check that asks for it, as in a real check."""
    from followup_edu import registry
    from followup_edu.checks import registered
    from followup_edu.context import coerce_context
    from followup_edu.text import parse

    contexts = [coerce_context(ctx) for _, _, ctx in drafts]
    rows = []
    samples = []
    for _ in range(repeat):
        for subject, body, _ctx in drafts:
            t0 = time.perf_counter()
            parse(subject, body)
            samples.append(time.perf_counter() - t0)
    rows.append(("parse", statistics.median(samples)))
    for pid, check in registered().items():
        p = registry.principle(pid)
        samples = []
        for _ in range(repeat):
            # freshly parsed drafts each run: a draft keeps its literal scan and pattern matches,
            # which a real check of a new draft has to work out
            for draft, ctx in [(parse(subject, body), c) for (subject, body, _), c in zip(drafts, contexts)]:
                t0 = time.perf_counter()
                check(draft, ctx, p)
                samples.append(time.perf_counter() - t0)
        rows.append((pid, statistics.median(samples)))
    return rows


COLD = """
from followup_edu import check_email
check_email({subject!r}, {body!r}, {ctx!r})
"""


def _fresh_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a fair figure uses .pyc files, as an install would
    return env


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cold_start(draft, runs: int) -> dict[str, tuple[list[float], list[float]]]:
    """A fresh process doing import + one full check, and ``python -c pass``, interleaved run by
    run: {"wall": (ours, base), "cpu": (ours, base)} (cpu: the child's user + system time, which
    a busy machine inflates far less than wall time)."""
    code = COLD.format(subject=draft[0], body=draft[1], ctx=draft[2])
    env = _fresh_env()
    wall: tuple[list[float], list[float]] = ([], [])
    cpu: tuple[list[float], list[float]] = ([], [])
    subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd="/")  # writes the .pyc once
    for _ in range(runs):
        for cmd, k in (([sys.executable, "-c", code], 0), ([sys.executable, "-c", "pass"], 1)):
            c0, t0 = _child_cpu(), time.perf_counter()
            subprocess.run(cmd, check=True, env=env, cwd="/", stdout=subprocess.DEVNULL)
            wall[k].append(time.perf_counter() - t0)
            cpu[k].append(_child_cpu() - c0)
    return {"wall": wall, "cpu": cpu}


def cli_times(draft, runs: int) -> tuple[str, float, float | None, str]:
    """``followup-edu check`` against ``proselint check`` on the same file, whole process."""
    import json
    import shutil
    import tempfile

    bindir = Path(sys.executable).parent
    ours_cmd = [str(bindir / "followup-edu"), "check"]
    theirs_exe = shutil.which("proselint", path=str(bindir)) or shutil.which("proselint")
    with tempfile.TemporaryDirectory() as tmp:
        draft_file, ctx_file = Path(tmp) / "draft.txt", Path(tmp) / "interview.json"
        draft_file.write_text(f"Subject: {draft[0]}\n\n{draft[1]}", encoding="utf-8")
        ctx_file.write_text(json.dumps(draft[2]), encoding="utf-8")
        ours = " ".join(ours_cmd + [str(draft_file), "--context", str(ctx_file)])
        theirs = f"{theirs_exe} check {draft_file}" if theirs_exe else None
        env = _fresh_env()
        if shutil.which("hyperfine"):
            out = Path(tmp) / "hf.json"
            cmds = [ours] + ([theirs] if theirs else [])
            subprocess.run(["hyperfine", "-N", "-i", "-w", "2", "-r", str(runs), "--export-json", str(out), *cmds],
                           check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            results = json.loads(out.read_text())["results"]
            med = [r["median"] for r in results]
            cpu = [r["user"] + r["system"] for r in results]
            return ("hyperfine, median", med[0], (med[1] if theirs else None), theirs_exe or "",
                    cpu[0], (cpu[1] if theirs else None))
        times: dict[str, list[float]] = {ours: [], theirs or "": []}
        for _ in range(runs):
            for cmd in filter(None, (ours, theirs)):
                t0 = time.perf_counter()
                subprocess.run(cmd.split(), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                times[cmd].append(time.perf_counter() - t0)
        return ("repeated runs, median", statistics.median(times[ours]),
                statistics.median(times[theirs]) if theirs else None, theirs_exe or "", None, None)


INSTRUCTIONS = """
import sys
sys.path.insert(0, {here!r})
from bench_checker import make_drafts, proselint_linter
drafts = make_drafts({n})
if {ours!r}:
    from followup_edu import check_email as check
else:
    check = proselint_linter()[0]
for _ in range(1 + {rounds}):
    for d in drafts:
        check(*d)
"""


def instructions(n_drafts: int, rounds: int = 2) -> dict[str, float] | str:
    """Instructions per warm check (callgrind), {"ours": ..., "proselint": ...}, or why not."""
    import re
    import shutil
    import tempfile

    if shutil.which("valgrind") is None:
        return "valgrind is not installed; instruction counts skipped"
    have_proselint = proselint_linter()[0] is not None
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for side in ("ours", "proselint") if have_proselint else ("ours",):
            # one run outside callgrind first, which writes any missing .pyc files: else the first
            # counted run alone pays for compiling the modules, and the difference shrinks by it
            warm = INSTRUCTIONS.format(here=str(Path(__file__).resolve().parent), n=n_drafts, ours=side == "ours",
                                       rounds=0)
            subprocess.run([sys.executable, "-c", warm], capture_output=True, env=_fresh_env(), cwd=tmp)
            counts = []
            for r in (0, rounds):
                code = INSTRUCTIONS.format(here=str(Path(__file__).resolve().parent), n=n_drafts, ours=side == "ours",
                                           rounds=r)
                # (run from the temporary folder: with "-c" the working directory comes first on
                # sys.path, and from the repository's root it would hide a tree given on PYTHONPATH)
                done = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.out",
                                       sys.executable, "-c", code], capture_output=True, text=True, env=_fresh_env(),
                                      cwd=tmp)
                m = re.search(r"Collected : (\d+)", done.stderr)
                if done.returncode != 0 or m is None:
                    return f"callgrind did not run ({done.stderr.strip()[-200:]})"
                counts.append(int(m.group(1)))
            out[side] = (counts[1] - counts[0]) / (rounds * n_drafts)
    return out


def proselint_linter() -> tuple[Callable[[str, str, dict], object] | None, str]:
    """A function linting one draft with proselint, and a label (or None and why not)."""
    try:
        import proselint
    except ImportError:
        return None, "proselint is not installed (pip install 'followup-edu[bench]'); comparison skipped"
    version = getattr(proselint, "__version__", None)
    if version is None:
        try:
            from proselint.version import __version__ as version  # type: ignore[no-redef]
        except ImportError:
            version = "?"
    try:
        from proselint.tools import LintFile  # 0.16 API
        from proselint.checks import __register__
        from proselint.registry import CheckRegistry

        CheckRegistry().register_many(__register__)

        def lint(subject: str, body: str, ctx: dict) -> object:
            return LintFile("draft", f"{subject}\n\n{body}").lint()

        return lint, f"proselint {version} (LintFile.lint)"
    except ImportError:
        pass
    try:
        from proselint.tools import lint as old_lint  # 0.10-0.14 API

        def lint(subject: str, body: str, ctx: dict) -> object:
            return old_lint(f"{subject}\n\n{body}")

        return lint, f"proselint {version} (tools.lint)"
    except ImportError:
        return None, f"proselint {version}: no known lint API found; comparison skipped"


def git_commit() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "followup_edu"], cwd=ROOT, capture_output=True,
                               text=True, check=True).stdout.strip()
        return head + (" (+ uncommitted changes under followup_edu/)" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:9.3f} ms"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--drafts", type=int, default=60, help="how many varied drafts (default 60, at least 50)")
    ap.add_argument("--repeat", type=int, default=5, help="timed runs over all drafts (default 5)")
    ap.add_argument("--runs", type=int, default=15, help="fresh processes per cold-start / CLI figure (default 15)")
    ap.add_argument("--per-check", action="store_true", help="also show the median time of parsing and of each check")
    ap.add_argument("--quick", action="store_true", help="skip the fresh-process figures (cold start, CLI)")
    ap.add_argument("--instructions", action="store_true",
                    help="also count the instructions of a warm check, ours and proselint's (callgrind; minutes)")
    args = ap.parse_args(argv)
    if args.drafts < 50:
        ap.error("--drafts must be at least 50")

    from followup_edu import check_email  # imported here: the cold-start figure is a fresh process's

    drafts = make_drafts(args.drafts)
    words = [len(b.split()) for _, b, _ in drafts]
    t0 = time.perf_counter()
    check_email(*drafts[0])
    first = time.perf_counter() - t0
    lint, label = proselint_linter()
    if lint is not None:
        lint(*drafts[0])  # warm-up: proselint compiles its patterns on first use
    for d in drafts:  # one warm-up pass each, so both sides are measured warm
        check_email(*d)
        if lint is not None:
            lint(*d)
    timed = time_paired(check_email, lint, drafts, args.repeat)
    ours, theirs = timed["wall"]
    ours_cpu, theirs_cpu = timed["cpu"]

    big = one_megabyte(drafts)
    t0 = time.perf_counter()
    big_report = check_email(*big)
    big_time = time.perf_counter() - t0

    cold = base = cold_cpu = base_cpu = None
    cli = None
    if not args.quick:
        fresh = cold_start(drafts[0], args.runs)
        cold, base = fresh["wall"]
        cold_cpu, base_cpu = fresh["cpu"]
        cli = cli_times(drafts[0], args.runs)

    print(f"followup-edu checker benchmark — commit {git_commit()}, Python {sys.version.split()[0]}")
    reports = [check_email(*d) for d in drafts]
    print(f"{len(drafts)} drafts ({min(words)}–{max(words)} words, median {statistics.median(words):.0f}), "
          f"full context, {args.repeat} runs each in alternating blocks = {len(ours)} samples per side")
    print(f"the drafts are meant to be good emails: {sum(r.ok for r in reports)}/{len(reports)} pass, "
          f"median score {statistics.median(r.score for r in reports):.0f}")
    print(f"proselint: {label}\n")
    print(f"{'measure':44} {'followup-edu':>12} {'proselint':>12} {'ratio':>7}  {'target':>8}")
    print("-" * 92)

    def row(name: str, value: float, other: float | None = None, target: str = "", ok: bool | None = None) -> None:
        oth = ms(other) if other is not None else ""
        ratio = f"{value / other:6.2f}x" if other else ""
        verdict = "" if ok is None else ("ok" if ok else "OVER")
        print(f"{name:44} {ms(value):>12} {oth:>12} {ratio:>7}  {target:>8} {verdict}")

    med, p99 = statistics.median(ours), percentile(ours, 0.99)
    tmed = statistics.median(theirs) if theirs else None
    tp99 = percentile(theirs, 0.99) if theirs else None
    row("check one email (warm), median", med, tmed, "<=0.25x", med / tmed <= 0.25 if tmed else None)
    row("check one email (warm), p99", p99, tp99, "<=0.35x", p99 / tp99 <= 0.35 if tp99 else None)
    row("check one email, median of each draft's best", best_of(ours, len(drafts)),
        best_of(theirs, len(drafts)) if theirs else None)
    cmed, cp99 = statistics.median(ours_cpu), percentile(ours_cpu, 0.99)
    tcmed = statistics.median(theirs_cpu) if theirs_cpu else None
    tcp99 = percentile(theirs_cpu, 0.99) if theirs_cpu else None
    row("  same, CPU time of the process, median", cmed, tcmed, "<=0.25x", cmed / tcmed <= 0.25 if tcmed else None)
    row("  same, CPU time of the process, p99", cp99, tcp99, "<=0.35x", cp99 / tcp99 <= 0.35 if tcp99 else None)
    row("first call in this process (loads data)", first)
    if cold is not None and base is not None and cold_cpu is not None and base_cpu is not None:
        extra = statistics.median(cold) - statistics.median(base)
        extra_cpu = statistics.median(cold_cpu) - statistics.median(base_cpu)
        row("fresh process: import + one check", statistics.median(cold))
        row("fresh process: python -c pass", statistics.median(base))
        row("  cold start over python -c pass (wall)", extra, None, "<=100 ms", extra <= 0.100)
        row("  cold start over python -c pass (CPU)", extra_cpu, None, "<=100 ms", extra_cpu <= 0.100)
    if cli is not None:
        how, ours_cli, theirs_cli, exe, ours_cpu_cli, theirs_cpu_cli = cli
        row(f"CLI check vs proselint check ({how})", ours_cli, theirs_cli, "<=1x",
            ours_cli <= theirs_cli if theirs_cli else None)
        if ours_cpu_cli is not None:
            row("  same, CPU time (user + system, mean)", ours_cpu_cli, theirs_cpu_cli, "<=1x",
                ours_cpu_cli <= theirs_cpu_cli if theirs_cpu_cli else None)
    row(f"one {len(big[1]) / 1e6:.1f} MB draft ({len(big_report.findings)} findings)", big_time, None, "<0.2 s",
        big_time < 0.2)
    if args.instructions:
        counted = instructions(args.drafts)
        if isinstance(counted, str):
            print(f"\n{counted}")
        else:
            theirs_i = counted.get("proselint")
            ratio = f", {counted['ours'] / theirs_i:.2f}x proselint's {theirs_i / 1e6:.1f} M" if theirs_i else ""
            print(f"\ninstructions per warm check (callgrind, load-independent): {counted['ours'] / 1e6:.2f} M{ratio}")
    if args.per_check:
        print("\nwhere the time goes (median per email):")
        for pid, seconds in per_check(drafts, args.repeat):
            print(f"  {pid:16} {ms(seconds)}")
    try:
        load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
        print(f"\nload average while measuring: {load} on {os.cpu_count()} CPUs (other work inflates every figure)")
    except OSError:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
