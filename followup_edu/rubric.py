"""What each principle of a graded email earns: the checker's status, limited by what the whole
email is like (the rules and their reasons are data: ``data/rubric.toml``).

The checker judges each principle on its own; a counsellor marking an email reads all of it first.
So a principle with nothing to judge earns nothing, a missing detail is not half right, an email in
capitals or padded with filler earns at most half anywhere, and an email that says nothing specific
earns at most half for its polish. The rules only lower a status, never raise one.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from typing import Any

from . import vocabulary
from ._toml import data_text, loads
from .errors import RegistryError
from .model import SEVERITY, Report
from .model import score as weighted
from .registry import principle, weights
from .text import EMOJI_RE, parse


@lru_cache(maxsize=1)
def rules() -> dict[str, Any]:
    text = data_text("data/rubric.toml")
    return loads(text, "rubric.toml", RegistryError)


def _lower(status: str, cap: str) -> str:
    return cap if SEVERITY[cap] > SEVERITY[status] else status


def _traits(report: Report, kind: str, draft=None) -> set[str]:
    """What the whole email is like: shouted, filler, tone_capped (emoji runs, slang, shouting, filler)."""
    r = rules()
    draft = draft if draft is not None else parse(report.subject, report.body)
    i, j = bisect_left(draft.words, (draft.core_start,)), bisect_left(draft.words, (draft.core_end,))
    texts = tuple(map(itemgetter(2), draft.words[i:j]))
    words = list(compress(texts, map((2).__le__, map(len, texts))))
    out = set()
    if words and sum(map(str.isupper, words)) / len(words) >= r["shouted_share"]:
        out.add("shouted")
    limits = principle("length")["limits"].get(kind, {})
    if "fail_words" in limits and (draft.total_words or j - i) > limits["fail_words"]:
        out.add("filler")
    if out:
        out.add("tone_capped")
    elif not report.body.isascii() and len(EMOJI_RE.findall(report.body)) >= r["emoji_run"]:
        out.add("tone_capped")
    else:
        slang = vocabulary.words("slang")
        if not slang.isdisjoint(draft.lword_set) and sum(w in slang for w in draft.lwords) >= r["slang_words"]:
            out.add("tone_capped")
    return out


def graded(report: Report, kind: str, pids: list[str] | tuple[str, ...], *,
           skip_earns: bool = False, draft=None) -> dict[str, tuple[str, str | None]]:
    """{principle: (status it is graded at, the reason it was lowered or None)} for one email's
    report (checked against every principle). A grade cell cannot drop out of the total, so a
    skipped principle fails there; for the checker's own score (``skip_earns``) it drops out."""
    r = rules()
    msgs = r["messages"]
    statuses = report.statuses
    out: dict[str, tuple[str, str | None]] = {}
    for pid in pids:
        s = statuses.get(pid, "skip")
        if s == "skip" and skip_earns:
            continue
        if s == "skip":  # a principle that does not apply to this kind is not judged: it keeps its points
            out[pid] = ("fail", msgs["skipped"]) if kind in principle(pid).kinds else ("pass", None)
        else:
            out[pid] = (s, None)
    for pid in r["absent_when_warned"]:
        if pid in out and out[pid][0] == "warn":
            out[pid] = ("fail", msgs["absent"])
    # an interest line that names another organisation ("excited about joining Southbank Data")
    other = [f.span[0] for f in report.findings if f.check == "names" and f.status == "fail" and f.span
             and _carries(f, "wrong_company")]
    if other and out.get("interest", ("", None))[0] == "pass":
        line = next((f.span for f in report.findings if f.check == "interest" and f.status == "pass" and f.span), None)
        if line is not None and any(line[0] <= a < line[1] for a in other):
            out["interest"] = ("fail", msgs["other_company"])
    traits = _traits(report, kind, draft)

    def cap(pid: str, status: str, key: str) -> None:
        old, why = out[pid]
        new = _lower(old, status)
        if new != old:
            out[pid] = (new, why or msgs[key])

    for key in ("shouted", "filler"):
        if key in traits:
            for pid in out:
                cap(pid, "warn", key)
    if "filler" in traits:
        for pid in r["filler_fails"]:
            if pid in out:
                cap(pid, "fail", "filler")
    if "tone_capped" in traits:
        for pid in ("tone", "length"):
            if pid in out:
                cap(pid, "fail", "tone_capped")
    empty = [pid for pid in r["empty_principles"] if pid in out]
    if empty and all(out[pid][0] == "fail" for pid in empty):
        for pid in out:
            if pid not in empty:
                cap(pid, "warn", "empty")
    return out


def _carries(f, key: str) -> bool:
    """Does a finding carry its principle's message ``key``? (Every literal piece of that message's
    template is in the finding's text.)"""
    template = principle(f.check).messages.get(key, "")
    pieces = [piece for piece in re.split(r"\{[^}]*\}", template) if piece.strip()]
    return bool(pieces) and all(piece in f.message for piece in pieces)


def score(report: Report, kind: str, draft=None) -> int:
    """The checker's 0-100 score with the rubric applied (skipped principles drop out), so the
    score a learner sees follows the same rules as the grade."""
    got = graded(report, kind, tuple(report.statuses), skip_earns=True, draft=draft)
    return weighted({pid: status for pid, (status, _) in got.items()}, weights())
