"""Re-send good emails as people paste them, and count the warns and fails that appear.

    python benchmarks/eval_layouts.py            # every layout and naming variation
    python benchmarks/eval_layouts.py --list     # also list each new warn or fail

The emails are the strong examples (tests/examples/strong.toml) and the model emails of the
real-world corpus's tuning part (never the held-out part). Each is changed in one way a mail
client, a web page or a writer changes real text: a quoted reply (Gmail, Outlook, iPhone), a
forwarded header, "Sent from my iPhone", a signature block or the "-- " delimiter, a
confidentiality notice, HTML, single line breaks, 72-column wrapping, leading blank lines, CRLF,
curly quotes, a postscript, Apple Mail quoting, Gmail's <div>/&nbsp; HTML, entities, tab or space
indents, trailing spaces, markdown emphasis from a web page, a company footer, two phone numbers,
credentials on their own line, an exclamation mark in the thanks; a subject tagged by a mail
system ("[External]", "RE:", "FW:") or in Title Case; a greeting written "Priya -", "Hi Priya!" or
"Hello Priya,"; or the writer's or interviewer's name from another language, a
surname in capitals, a degree or pronouns after the name. A check that passed on the email and
warns or fails on the changed one is a false alarm: the figure to keep at zero.

Exit status is 0; this script reports figures, it does not gate.
"""
from __future__ import annotations

import argparse
import re
import sys
import textwrap
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "realworld"))
sys.path.insert(0, str(ROOT))

import realworld_corpus as corpus  # noqa: E402

ORDER = {"skip": 0, "pass": 1, "warn": 2, "fail": 3}
CLOSINGS = r"\n(Best regards|Kind regards|Regards|Sincerely|Best wishes|Best),\n"


def _worst(subject: str, body: str, ctx) -> dict[str, tuple[str, str]]:
    from followup_edu import check_email

    out: dict[str, tuple[str, str]] = {}
    for f in check_email(subject, body, context=ctx).findings:
        if ORDER[f.status] > ORDER[out.get(f.check, ("skip", ""))[0]]:
            out[f.check] = (f.status, f.message)
    return out


def _append(text: str):
    return lambda b: b.rstrip("\n") + text


def _html(b: str) -> str:
    paras = [p.strip() for p in re.split(r"\n\s*\n", b.strip())]
    return '<div dir="ltr">' + "".join("<p>" + p.replace("\n", "<br>") + "</p>" for p in paras) + "</div>"


def _html_divs(b: str) -> str:
    """Gmail's compose box: a <div> a line, <div><br></div> for a blank line, &nbsp; after stops."""
    out = []
    for line in b.strip().split("\n"):
        out.append("<div>" + (line.replace(". ", ".&nbsp; ") if line.strip() else "<br>") + "</div>")
    return '<div dir="ltr">' + "".join(out) + "</div>"


def _indent(b: str, pad: str) -> str:
    """Body paragraphs (lines of five words or more) indented, as in a letter typed in a word processor."""
    return "\n".join(pad + ln if len(ln.split()) >= 5 else ln for ln in b.split("\n"))


def _emphasis(mark: str):
    """A phrase of the longest paragraph in emphasis marks, as pasted from a web page."""
    def change(b: str) -> str:
        paras = [p for p in re.split(r"\n\s*\n", b) if len(p.split()) >= 12]
        if not paras:
            return b
        para = max(paras, key=len)
        words = re.findall(r"[A-Za-z][A-Za-z']+", para)
        if len(words) < 8:
            return b
        phrase = " ".join(words[3:6])
        m = re.search(r"\b" + r"\W+".join(map(re.escape, words[3:6])) + r"\b", para)
        if not m or phrase not in para:
            return b
        new = para.replace(phrase, mark + phrase + mark, 1)
        return b.replace(para, new, 1)
    return change


def _wrap(b: str) -> str:
    paras = re.split(r"\n\s*\n", b.strip())
    return "\n\n".join(textwrap.fill(p, 72) if "\n" not in p and len(p) > 72 else p for p in paras) + "\n"


LAYOUTS = {
    "gmail quote": _append("\n\nOn Mon, 2 Mar 2026 at 09:14, Recruiting <jobs@example.com> wrote:\n> Dear candidate,\n"
                           "> We would like to invite you to interview.\n> Kind regards,\n> The Recruiting Team\n"),
    "outlook reply": _append("\n\n________________________________\nFrom: Sam Carter <sam.carter@example.com>\n"
                             "Sent: Monday, March 2, 2026 9:14 AM\nTo: me@example.com\nSubject: Interview\n\n"
                             "Dear [Candidate Name], confirming Tuesday at 10am.\n"),
    "forwarded": _append("\n\n---------- Forwarded message ---------\nFrom: Recruiting <jobs@example.com>\n"
                         "Date: Mon, 2 Mar 2026 at 09:14\nSubject: Interview\n\nHello.\n"),
    "sent from iphone": _append("\n\nSent from my iPhone\n"),
    "signature block": _append("\nMSc Data Science, University of Leeds\nM: +1 (415) 555-0199 | E: name.surname@example.com\n"
                               "Portfolio: https://name-surname.example\n"),
    "signature delimiter": _append("\n-- \nMobile: +44 7700 900 123\nhttps://www.linkedin.com/in/someone-123\n"),
    "legal notice": _append("\n\nThis email and any attachments are confidential and intended solely for the addressee. "
                            "If you have received it in error, please notify the sender and delete it.\n"),
    "postscript": _append("\n\nP.S. I have attached the sample report we discussed.\n"),
    "html": _html,
    "single line breaks": lambda b: re.sub(r"\n\s*\n", "\n", b),
    "72-column wrap": _wrap,
    "leading blank lines": lambda b: "\n\n\n" + b,
    "crlf": lambda b: b.replace("\n", "\r\n"),
    "curly apostrophes": lambda b: b.replace("'", "\u2019"),
    "apple mail quote": _append("\n\n> On 2 Mar 2026, at 09:14, Sam Carter <sam.carter@example.com> wrote:\n>\n"
                                "> Hi, thanks for your time today.\n> Sam\n"),
    "html divs and nbsp": _html_divs,
    "html entities": lambda b: _html(b).replace("'", "&#39;").replace(" and ", " &amp; ", 1),
    "tab indents": lambda b: _indent(b, "\t"),
    "space indents": lambda b: _indent(b, "    "),
    "trailing spaces": lambda b: re.sub(r"(?m)$", "  ", b),
    "markdown bold phrase": _emphasis("**"),
    "markdown italic phrase": _emphasis("*"),
    "markdown underscores": _emphasis("__"),
    "company footer": _append("\n\nNorthbridge Consulting Ltd | Registered in England and Wales No. 01234567\n"
                              "Registered office: 1 Example Street, London EC1A 1AA\n"),
    "two phone numbers": _append("\nMobile: +1 (415) 555-0199\nHome: (415) 555-0123\n"),
    "credentials on a line": _append("\nMBA, PMP\n"),
    "exclamation in thanks": lambda b: re.sub(r"(Thank you[^.!?\n]{3,80})\.", r"\1!", b, count=1),
    "nbsp after full stops": lambda b: b.replace(". ", ".\u00a0 "),
}


def _rename(key: str, new: str):
    def change(subject, body, ctx):
        old = ctx.get(key)
        if not old:
            return None
        if key == "candidate_name":
            if old not in body:
                return None
            return subject.replace(old, new), body.replace(old, new), dict(ctx, candidate_name=new)
        of, ol, nf, nl = old.split()[0], old.split()[-1], new.split()[0], new.split()[-1]
        if of not in body and ol not in body:
            return None
        people = [new if x == old else x for x in ctx.get("interviewers", [])]
        return subject, body.replace(old, new).replace(of, nf).replace(ol, nl), dict(ctx, recipient=new, interviewers=people)
    return change


def _name_line(fmt: str):
    def change(subject, body, ctx):
        name = ctx.get("candidate_name")
        lines = body.split("\n")
        for i in range(len(lines) - 1, -1, -1):
            if name and lines[i].strip() == name:
                first, last = name.split()[0], name.split()[-1]
                lines[i] = fmt.format(n=name, first=first, LAST=last.upper())
                return subject, "\n".join(lines), ctx
        return None
    return change


def _title(s: str) -> str:
    small = {"a", "an", "and", "the", "of", "for", "to", "in", "on", "at", "with"}
    return " ".join(w if i and w.lower() in small else w[:1].upper() + w[1:] for i, w in enumerate(s.split(" ")))


_GREETING = re.compile(r"(?m)^(Dear|Hi|Hello)\s+((?:(?:Mr|Ms|Mrs|Dr|Mx)\.?\s+)?[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?)[,:]\s*$")


def _greeting(fmt: str):
    """The greeting line written another way people write it, with the same name."""
    def change(subject, body, ctx):
        m = _GREETING.search(body)
        if not m:
            return None
        return subject, body[:m.start()] + fmt.format(name=m.group(2)) + body[m.end():], ctx
    return change


NAMES = {
    "writer: Vietnamese name": _rename("candidate_name", "Nguyễn Thị Minh Khai"),
    "writer: long Yoruba name": _rename("candidate_name", "Oluwadamilare Adeyemi-Oyelaran"),
    "writer: two-letter names": _rename("candidate_name", "Li Na"),
    "writer: Irish name": _rename("candidate_name", "Siobhán Ó Súilleabháin"),
    "interviewer: Dutch particles": _rename("recipient", "Joost van der Berg"),
    "interviewer: Arabic name": _rename("recipient", "Abdulrahman Al-Farsi"),
    "interviewer: named Dean": _rename("recipient", "Dean Walsh"),
    "name line: surname in capitals": _name_line("{first} {LAST}"),
    "name line: degree": _name_line("{n}, MBA"),
    "name line: pronouns": _name_line("{n} (she/her)"),
    "name line: after a dash": _name_line("- {n}"),
    "subject: [External] tag": lambda s, b, c: ("[External] " + s, b, c) if s else None,
    "subject: [EXTERNAL] tag": lambda s, b, c: ("[EXTERNAL] " + s, b, c) if s else None,
    "subject: RE: reply": lambda s, b, c: ("RE: " + s, b, c) if s else None,
    "subject: FW: forward": lambda s, b, c: ("FW: " + s, b, c) if s else None,
    "subject: Title Case": lambda s, b, c: (_title(s), b, c) if s else None,
    "greeting: name and dash": _greeting("{name} -"),
    "greeting: name and em dash": _greeting("{name} \u2014"),
    "greeting: Hi name!": _greeting("Hi {name}!"),
    "greeting: Hello name,": _greeting("Hello {name},"),
    "closing: With best regards": lambda s, b, c: (s, re.sub(CLOSINGS, "\nWith best regards,\n", b), c)
    if re.search(CLOSINGS, b) else None,
}


def emails():
    with (ROOT / "tests" / "examples" / "strong.toml").open("rb") as fh:
        for i, e in enumerate(tomllib.load(fh)["email"], start=1):
            if "body" in e:
                yield f"strong-{i}", e["subject"], e["body"], dict(e.get("context") or {})
    for e in corpus.load():
        if e["type"] == "model" and corpus.part_of(e) == "tuning" and "<html" not in e["body"]:
            yield e["id"], e["subject"], e["body"], dict(e["context"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", action="store_true", help="list each new warn or fail")
    args = ap.parse_args(argv)
    tried: dict[str, int] = {}
    found: dict[str, list[str]] = {}
    n = 0
    for eid, subject, body, ctx in emails():
        n += 1
        base = _worst(subject, body, ctx)
        variants = [(name, (subject, fn(body), ctx)) for name, fn in LAYOUTS.items()]
        variants += [(name, fn(subject, body, ctx)) for name, fn in NAMES.items()]
        for name, changed in variants:
            if changed is None or changed == (subject, body, ctx):
                continue
            tried[name] = tried.get(name, 0) + 1
            for check, (status, message) in _worst(*changed).items():
                if status in ("warn", "fail") and base.get(check, ("pass", ""))[0] not in ("warn", "fail"):
                    found.setdefault(name, []).append(f"{eid}: {check} {status}: {message[:100]}")
    print(f"{n} good emails (strong examples and tuning-part models), each re-sent in each way below")
    print(f"{'variation':34} {'emails':>6}  new warn/fail")
    for name in [*LAYOUTS, *NAMES]:
        if name in tried:
            print(f"{name:34} {tried[name]:6}  {len(found.get(name, []))}")
    total = sum(len(v) for v in found.values())
    print(f"total new warns/fails: {total} (target 0)")
    if args.list:
        for name, lines in found.items():
            for line in lines:
                print(f"  [{name}] {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
