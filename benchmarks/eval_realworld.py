"""Score the checker on the real-world corpus (tests/realworld/) and preview the graded cases.

    python benchmarks/eval_realworld.py               # both parts, with the context the sources give
    python benchmarks/eval_realworld.py --no-context  # the same emails with no context at all
    python benchmarks/eval_realworld.py --as-draft    # read each email as `followup-edu check` reads a text file
    python benchmarks/eval_realworld.py --quiet       # figures only, no per-principle lists
    python benchmarks/eval_realworld.py --part holdout
    python benchmarks/eval_realworld.py --since REV   # also the figures for the emails already there at git REV
    python benchmarks/eval_realworld.py --only-after REV   # also the figures for the emails added after git REV

The held-out part is never tuned on, so its per-email lists are not printed (only its figures)
unless --show-holdout is given, for reporting.

For each part (tuning, held-out) it prints:

- model emails: the share that get any warn or fail on a principle their labels call fine
  (target <= 10%);
- templates: how many are flagged ``placeholders`` (target: all);
- bad examples: the share of the problems the sources themselves name that are caught, i.e. warn
  or fail on that principle (target >= 90%);
- advice that invents facts: emails where a warn or fail quotes an example holding a name or role
  found in neither the draft nor its context (the demo role, "Your Name", a made-up interviewer);
- per principle, every false alarm (labelled fine, flagged) and every miss (labelled problem, not
  flagged), with the checker's message.

Then it runs the graded cases of the thank-you assignment through the grading code
(``followup_edu.grading.cell.verdict``, the function each grade cell calls) and prints their
points. This previews the scores; the nbgrader end-to-end test is what grades them for real.

Exit status is 0; this script reports figures, it does not gate.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "realworld"))
sys.path.insert(0, str(ROOT))

import realworld_corpus as corpus  # noqa: E402  (tests/realworld/realworld_corpus.py)

FLAGGED = ("warn", "fail")
ORDER = {"skip": 0, "pass": 1, "warn": 2, "fail": 3}
TARGET_MODEL, TARGET_NAMED = 10.0, 90.0


AS_DRAFT = False  # set by --as-draft


def run(email: dict, use_context: bool) -> dict[str, tuple[str, list[str]]]:
    """{principle: (worst status, [messages of that status])} for one corpus email."""
    from followup_edu import check_email

    subject, body = email["subject"], email["body"]
    if AS_DRAFT:  # what the command line does with a plain-text draft file (HTML bodies become text)
        from followup_edu.drafts import parse_text

        draft = parse_text((f"Subject: {subject}\n\n" if subject else "") + body, email["id"])
        subject, body = draft.subject, draft.body
    report = check_email(subject, body, context=email.get("context") if use_context else None)
    out: dict[str, tuple[str, list[str]]] = {}
    for f in report.findings:
        status, msgs = out.get(f.check, ("skip", []))
        if ORDER[f.status] > ORDER[status]:
            out[f.check] = (f.status, [f.message])
        elif f.status == status:
            msgs.append(f.message)
            out[f.check] = (status, msgs)
    return out


_QUOTED = re.compile(r"“([^”]{1,120})”")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
_PLAIN = {"I", "I'd", "I'm", "I'll", "I've", "Dear", "Hi", "Hello", "Thank", "Thanks", "Best", "Kind", "Regards", "Our", "The", "My", "Ms", "Mr",
          "Mrs", "Mx", "Dr", "Prof", "Sincerely", "Yours", "Please", "It", "This", "We", "You", "Your"}
# calendar words: advice that dates a step from the context's interview date ("by 9 March") names no one
_PLAIN |= {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}


def invented(email: dict, messages: list[str]) -> list[str]:
    """Names or roles the advice quotes in an example that appear in neither the draft nor its context."""
    known = " ".join([email["subject"], email["body"], *map(str, email.get("context", {}).values())]).lower()
    out = []
    for msg in messages:
        for example in _QUOTED.findall(msg):
            if example.lower() in known:
                continue  # quoting the draft itself
            words = [w for w in _CAPITALISED.findall(example) if w.rstrip(".") not in _PLAIN]
            strange = [w for w in words if w.lower() not in known]
            if strange:
                out.append(f"“{example}” ({', '.join(strange)})")
    return out


def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:.0f}%" if d else "n/a"


def evaluate(emails: list[dict], use_context: bool) -> dict:
    models = noisy = templates = flagged_templates = named = caught = 0
    false_alarms: dict[str, list[str]] = defaultdict(list)
    misses: dict[str, list[str]] = defaultdict(list)
    template_misses: list[str] = []
    named_misses: list[str] = []
    inventing: list[str] = []
    for e in emails:
        result = run(e, use_context)
        made_up = invented(e if use_context else dict(e, context={}),
                           [m for st, msgs in result.values() if st in FLAGGED for m in msgs])
        if made_up:
            inventing.append(f"{e['id']}: {'; '.join(dict.fromkeys(made_up))}")
        status = {p: result.get(p, ("skip", []))[0] for p in e["labels"]}
        if e["type"] == "model":
            models += 1
            if any(status[p] in FLAGGED for p, lab in e["labels"].items() if lab == "fine"):
                noisy += 1
        if e["type"] == "template":
            templates += 1
            if status["placeholders"] in FLAGGED:
                flagged_templates += 1
            else:
                template_misses.append(f"{e['id']}: placeholders {status['placeholders']}")
        for sp in e.get("source_problems", []):
            named += 1
            if status[sp["principle"]] in FLAGGED:
                caught += 1
            else:
                named_misses.append(f"{e['id']}: {sp['principle']} {status[sp['principle']]} (source: {sp['says']})")
        for p, lab in e["labels"].items():
            st, msgs = result.get(p, ("skip", []))
            if lab == "fine" and st in FLAGGED:
                false_alarms[p].append(f"{e['id']} [{e['type']}] {st}: {' | '.join(msgs)}")
            elif lab == "problem" and st not in FLAGGED:
                why = e.get("label_notes", {}).get(p, "")
                misses[p].append(f"{e['id']} [{e['type']}] {st}" + (f" (label: {why})" if why else ""))
    return {"models": models, "noisy": noisy, "templates": templates, "flagged_templates": flagged_templates,
            "named": named, "caught": caught, "false_alarms": false_alarms, "misses": misses,
            "template_misses": template_misses, "named_misses": named_misses, "inventing": inventing}


def print_part(name: str, emails: list[dict], r: dict, quiet: bool) -> None:
    sites = len({e["site"] for e in emails})
    print(f"\n== {name}: {len(emails)} emails from {sites} sites ==")
    print(f"model emails with a warn/fail their labels don't name: {r['noisy']}/{r['models']} "
          f"({_pct(r['noisy'], r['models'])}; target <= {TARGET_MODEL:.0f}%)")
    print(f"templates flagged placeholders:                        {r['flagged_templates']}/{r['templates']} (target: all)")
    print(f"source-named problems caught:                          {r['caught']}/{r['named']} "
          f"({_pct(r['caught'], r['named'])}; target >= {TARGET_NAMED:.0f}%)")
    print(f"emails whose advice invents a name or role:            {len(r['inventing'])}/{len(emails)} "
          f"(quoted in an example, in neither the draft nor the context; target 0)")
    if quiet:
        return
    for line in r["inventing"]:
        print(f"  invented in advice: {line}")
    for line in r["template_misses"]:
        print(f"  template not flagged: {line}")
    for line in r["named_misses"]:
        print(f"  named problem missed: {line}")
    for p in sorted(set(r["false_alarms"]) | set(r["misses"])):
        for line in r["false_alarms"].get(p, []):
            print(f"  false alarm  {p:15} {line}")
        for line in r["misses"].get(p, []):
            print(f"  miss         {p:15} {line}")


# ------------------------------------------------------------------------------ graded cases

STRONG_SUBJECT = "Thank you – Junior Data Analyst interview"
STRONG_BODY = """Hi Priya,

Thank you for taking the time to talk with me this morning. I enjoyed hearing about your plan to move the month-end sales reporting into automated dashboards, and it was reassuring to hear that the team treats messy data as a shared problem rather than a personal failing.

During my placement at Calder Retail I rebuilt our weekly stock report in Power BI, which meant cleaning three inconsistent exports first, so I have a good sense of what that work involves.

I'm very excited about the role and look forward to hearing about the next steps.

Best regards,
Jordan Lee
07700 900111
"""

FILLER_SENTENCES = [
    "In my spare time I have been reading widely about many different subjects.",
    "There are lots of things that I think are important to mention here as well.",
    "I would also like to say a few more words about my general background and hobbies.",
    "Over the years I have done many activities that taught me a great deal about life.",
    "It is always good to keep learning, and I try to do that every single day.",
]


def _filler(words: int) -> str:
    out, n, i = [], 0, 0
    while n < words:
        s = FILLER_SENTENCES[i % len(FILLER_SENTENCES)]
        out.append(s)
        n += len(s.split())
        i += 1
    paras = [" ".join(out[k:k + 6]) for k in range(0, len(out), 6)]
    return "\n\n".join(paras)


def graded_cases() -> list[tuple[str, str, str, str]]:
    """(case, target, subject, body) for the thank-you assignment (Priya Raman, Northwind Analytics)."""
    parts = STRONG_BODY.split("\n\n")
    filler = parts[0] + "\n\n" + "\n\n".join(parts[1:3]) + "\n\n" + _filler(1500) + "\n\n" + "\n\n".join(parts[3:])
    return [
        ("strong email", ">= 80%", STRONG_SUBJECT, STRONG_BODY),
        ("generic email", "<= 50%", "Thank you",
         "Hello,\n\nThank you for your time today. I enjoyed our conversation and learning more about the "
         "position and the company.\n\nI believe my skills and experience make me a strong candidate, and I "
         "look forward to hearing from you.\n\nBest regards,\nJordan Lee\n"),
        ("strong email + 1,500 words of filler", "<= 60%", STRONG_SUBJECT, filler),
        ("all caps with emoji", "<= 40%", "THANK YOU!!! 🎉🎉",
         "HI PRIYA!!! 😀😀😀\n\nTHANK YOU SO MUCH FOR THE INTERVIEW TODAY!!! I LOVED HEARING ABOUT THE "
         "DASHBOARDS 🎉🎉🎉 AND I REALLY WANT THIS JOB!!!\n\nI CLEANED DATA AT CALDER RETAIL SO I AM PERFECT "
         "FOR IT 💪💪\n\nCAN'T WAIT TO HEAR BACK!!! 🙏🙏🙏\n\nJORDAN\n"),
        ("wrong company + profanity", ">= 20 points below strong", STRONG_SUBJECT,
         STRONG_BODY.replace("I enjoyed hearing", "I bloody loved hearing").replace(
             "I'm very excited about the role", "I'm damn excited about joining Southbank Data, and the shit-hot team")),
        ("wrong interviewer", ">= 10 points below strong", STRONG_SUBJECT, STRONG_BODY.replace("Hi Priya,", "Hi Sam,")),
        ("strong email + bracketed aside", ">= 70%", STRONG_SUBJECT,
         STRONG_BODY.replace("in Power BI,", "in Power BI [updated last week],")),
    ]


def grade(subject: str, body: str) -> tuple[float, float, list[str]]:
    from followup_edu.grading.cell import verdict
    from followup_edu.grading.scenarios import task

    t = task("thank_you_email")
    email = t.emails[0]
    got = total = 0.0
    lost = []
    for pid in email.principles:
        grade_id = email.prefix + pid
        v = verdict("thank_you_email", grade_id, **{email.subject_var: subject, email.body_var: body})
        got += v.points
        total += v.max_points
        if v.status != "pass":
            lost.append(f"{pid} {v.status}")
    return got, total, lost


def print_graded() -> None:
    print("\n== graded cases: thank_you_email through the grade cells' code (preview, not nbgrader) ==")
    strong = None
    for case, target, subject, body in graded_cases():
        got, total, lost = grade(subject, body)
        strong = got if strong is None else strong
        delta = "" if case == "strong email" else f"  ({got - strong:+g} vs strong)"
        print(f"{case:38} {got:6.1f}/{total:g} = {100 * got / total:3.0f}%  target {target}{delta}")
        if lost:
            print(f"{'':38} not full marks: {', '.join(lost)}")


def _ids_at(rev: str) -> set[str]:
    """The ids of the corpus emails as it stood at a git revision."""
    import subprocess
    import tomllib

    text = subprocess.run(["git", "show", f"{rev}:tests/realworld/emails.toml"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout
    return {e["id"] for e in tomllib.loads(text).get("email", [])}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-context", action="store_true", help="check every email with no context at all")
    ap.add_argument("--as-draft", action="store_true",
                    help="read each email as the command line reads a text draft (HTML converted) before checking")
    ap.add_argument("--part", choices=("tuning", "holdout", "both"), default="both")
    ap.add_argument("--quiet", action="store_true", help="figures only")
    ap.add_argument("--no-graded", action="store_true", help="skip the graded-case preview")
    ap.add_argument("--since", metavar="REV",
                    help="also print each part's figures for the emails the corpus held at git revision REV "
                         "(to tell a round's new emails from the old set)")
    ap.add_argument("--only-after", metavar="REV",
                    help="also print each part's figures for the emails added after git revision REV "
                         "(a round's new emails alone, e.g. for its first-run figures)")
    ap.add_argument("--show-holdout", action="store_true",
                    help="also list the held-out part's false alarms and misses (to report them, never to tune on)")
    args = ap.parse_args(argv)
    global AS_DRAFT
    AS_DRAFT = args.as_draft
    emails = corpus.load()
    print(f"real-world corpus: {len(emails)} emails, {len({e['site'] for e in emails})} sites; "
          f"context: {'none' if args.no_context else 'as the sources give it'}"
          f"{'; read as draft files' if args.as_draft else ''}")
    old = _ids_at(args.since) if args.since else None
    before_round = _ids_at(args.only_after) if args.only_after else None
    for part in ("tuning", "holdout"):
        if args.part in (part, "both"):
            chosen = [e for e in emails if corpus.part_of(e) == part]
            quiet = args.quiet or (part == "holdout" and not args.show_holdout)
            print_part(part, chosen, evaluate(chosen, not args.no_context), quiet)
            if old is not None:
                before = [e for e in chosen if e["id"] in old]
                print_part(f"{part}, only the emails there at {args.since}", before,
                           evaluate(before, not args.no_context), True)
            if before_round is not None:
                added = [e for e in chosen if e["id"] not in before_round]
                print_part(f"{part}, only the emails added after {args.only_after}", added,
                           evaluate(added, not args.no_context), quiet)
    if not args.no_graded:
        print_graded()
    return 0


if __name__ == "__main__":
    sys.exit(main())
