"""How fast is the checker? Run by hand; prints a table of figures against the targets.

    .venv/bin/python benchmarks/bench_checker.py            # 60 drafts x 5 runs each
    .venv/bin/python benchmarks/bench_checker.py --drafts 200 --repeat 10

It measures, in one run and on the same drafts:

* ``check_email`` time per email (median and p99) over varied ~150-word drafts with full context,
  after one warm-up call (the first call, which loads the word lists, is reported on its own);
* proselint's lint time on the same drafts, side by side (proselint is the optional ``bench`` extra;
  the comparison is skipped with a message when it is not installed);
* ``import followup_edu`` in a fresh interpreter (median of 5);
* one 1 MB draft.

Targets: median <= 1 ms, p99 <= 5 ms, import <= 300 ms, 1 MB well under 1 s.
"""
from __future__ import annotations

import argparse
import os
import random
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


def time_each(fn: Callable[[str, str, dict], object], drafts, repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        for subject, body, ctx in drafts:
            t0 = time.perf_counter()
            fn(subject, body, ctx)
            samples.append(time.perf_counter() - t0)
    return samples


def best_of(samples: list[float], n_drafts: int) -> float:
    """Median over drafts of each draft's fastest run: steadier than the plain median on a busy machine."""
    per_draft = [min(samples[i::n_drafts]) for i in range(n_drafts)]
    return statistics.median(per_draft)


def per_check(drafts, repeat: int) -> list[tuple[str, float]]:
    """Median time of parsing and of each single-draft check on the same drafts (where the time goes)."""
    from followup_edu import registry
    from followup_edu.checks import registered
    from followup_edu.context import coerce_context
    from followup_edu.text import parse

    prepared = [(parse(subject, body), coerce_context(ctx)) for subject, body, ctx in drafts]
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
            for draft, ctx in prepared:
                t0 = time.perf_counter()
                check(draft, ctx, p)
                samples.append(time.perf_counter() - t0)
        rows.append((pid, statistics.median(samples)))
    return rows


def import_time(runs: int = 5) -> list[float]:
    code = "import time; t = time.perf_counter(); import followup_edu; print(time.perf_counter() - t)"
    out = []
    for _ in range(runs):
        res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd="/", check=True)
        out.append(float(res.stdout.strip()))
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
    ap.add_argument("--per-check", action="store_true", help="also show the median time of parsing and of each check")
    args = ap.parse_args(argv)
    if args.drafts < 50:
        ap.error("--drafts must be at least 50")

    from followup_edu import check_email  # imported here so the import time above stays a fresh-process figure

    drafts = make_drafts(args.drafts)
    words = [len(b.split()) for _, b, _ in drafts]
    t0 = time.perf_counter()
    check_email(*drafts[0])
    cold = time.perf_counter() - t0

    ours = time_each(check_email, drafts, args.repeat)
    lint, label = proselint_linter()
    theirs = None
    if lint is not None:
        lint(*drafts[0])  # warm-up: proselint compiles its patterns on first use
        theirs = time_each(lint, drafts, args.repeat)

    imports = import_time(5)
    big = one_megabyte(drafts)
    t0 = time.perf_counter()
    big_report = check_email(*big)
    big_time = time.perf_counter() - t0

    def verdict(value: float, target: float) -> str:
        return "ok" if value <= target else "OVER"

    print(f"followup-edu checker benchmark — commit {git_commit()}, Python {sys.version.split()[0]}")
    reports = [check_email(*d) for d in drafts]
    print(f"{len(drafts)} drafts ({min(words)}–{max(words)} words, median {statistics.median(words):.0f}), "
          f"full context, {args.repeat} timed runs each = {len(ours)} samples")
    print(f"the drafts are meant to be good emails: {sum(r.ok for r in reports)}/{len(reports)} pass, "
          f"median score {statistics.median(r.score for r in reports):.0f}\n")
    print(f"{'measure':50} {'followup-edu':>12}  {'target':>10}  {'':4}  {'proselint':>12}")
    print("-" * 96)
    med, p99 = statistics.median(ours), percentile(ours, 0.99)
    rows = [
        ("check one email, median", med, 0.001, statistics.median(theirs) if theirs else None),
        ("check one email, p99", p99, 0.005, percentile(theirs, 0.99) if theirs else None),
        ("check one email, median of each draft's best", best_of(ours, len(drafts)), None,
         best_of(theirs, len(drafts)) if theirs else None),
        ("check one email, mean", statistics.fmean(ours), None, statistics.fmean(theirs) if theirs else None),
        ("check one email, max", max(ours), None, max(theirs) if theirs else None),
        ("first call in the process (loads data)", cold, None, None),
        ("import followup_edu, fresh process (median of 5)", statistics.median(imports), 0.300, None),
        (f"one {len(big[1]) / 1e6:.1f} MB draft ({len(big_report.findings)} findings)", big_time, 1.0, None),
    ]
    for name, value, target, other in rows:
        tgt = ms(target).strip() if target is not None else ""
        ok = verdict(value, target) if target is not None else ""
        oth = ms(other) if other is not None else ""
        print(f"{name:50} {ms(value):>12}  {tgt:>10}  {ok:4}  {oth:>12}")
    print()
    if theirs is None:
        print(f"proselint: {label}")
    else:
        print(f"proselint column: {label}, linting the same subject + body text "
              f"(ratio of medians {statistics.median(theirs) / med:.1f}x)")
    print(f"import times: {', '.join(f'{t * 1000:.0f}' for t in imports)} ms")
    if args.per_check:
        print("\nwhere the time goes (median per email):")
        for pid, seconds in per_check(drafts, args.repeat):
            print(f"  {pid:16} {ms(seconds)}")
    try:
        load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
        print(f"load average while measuring: {load} on {os.cpu_count()} CPUs (other work inflates every figure)")
    except OSError:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
