"""distinct: with several interviewers, each email has its own specific detail; no near-copies.

Compared after each email's own names are set aside, so swapping "Priya" for "Sam" does not make
two emails different. Sharing a paragraph (about yourself, say) is fine as long as each email also
has a specific sentence of its own. Source: the course articles: one personalised email per
interviewer, each with a distinct detail (some accept one group email after a panel: a judgement
call). Every member of the panel (the context's interviewers) must get an email, unless one email
greets the whole panel ("Dear all,"): an email covers the people its greeting names, or, when the
greeting names no member, its recipient.
"""
from __future__ import annotations

import re

from ..normalize import clean
from ..people import best_person, fold, name_tokens
from ..text import parse
from .. import _regex, vocabulary
from ..topics import content_words
from ._common import finding, first_name

DATA = ("near_copy_similarity", "similar_similarity", "same_sentence_similarity", "group_words", "member_min_score")
MESSAGES = ("near_copy", "similar", "no_unique", "single", "pass", "uncovered")
_NAME_LIST = _regex.compile(r"\s*(?:,|&|\band\b|/)\s*", re.IGNORECASE)


def _neutral(report, ctx) -> str:
    text = clean(report.body).text  # as the other checks read it: no invisible characters or look-alikes
    names: set[str] = set()
    for person in (*ctx.people, report.recipient or ""):
        names.update(t for t in name_tokens(person) if len(t) >= 2)
    if names:
        text = re.sub(r"\b(?:%s)\b" % "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)),
                      "NAME", text, flags=re.IGNORECASE)
    return " ".join(text.split()).lower()


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 5]


def _specific(sentence: str, generic: frozenset[str]) -> bool:
    return len([w for w in content_words(sentence) if fold(w) not in generic and w != "name"]) >= 2


def _covers(report, members, p) -> set[str] | None:
    """The panel members an email is to (None: the whole panel)."""
    if not report.body.strip():
        return set()
    draft = parse(report.subject, report.body)
    name = draft.greeting_name.text if draft.greeting_name else ""
    if name and fold(name) in {fold(w) for w in p["group_words"]}:
        return None
    named = set()
    for piece in _NAME_LIST.split(name):
        who, score = best_person(piece, members) if piece.strip() else (None, 0.0)
        if who and score >= p["member_min_score"]:
            named.add(who)
    if named:
        return named
    who, score = best_person(report.recipient or "", members)
    return {who} if who and score >= p["member_min_score"] else set()


def _coverage(reports, ctx, p) -> list:
    """A finding when a member of the panel has no email of their own (and none greets them all)."""
    members = list(dict.fromkeys(ctx.interviewers))
    if len(members) < 2:
        return []
    covered: set[str] = set()
    for r in reports:
        got = _covers(r, members, p)
        if got is None:
            return []
        covered |= got
    missing = [m for m in members if m not in covered]
    if not missing:
        return []
    names = ", ".join(missing[:-1]) + " and " + missing[-1] if len(missing) > 1 else missing[0]
    return [finding(p, "warn", "uncovered", names=names)]


def check(reports, ctx, p):
    if len(reports) < 2:
        return _coverage(reports, ctx, p) or [finding(p, "skip", "single")]
    from rapidfuzz import fuzz  # imported on first use

    texts = [_neutral(r, ctx) for r in reports]
    labels = [first_name(r.recipient) or f"email {i + 1}" for i, r in enumerate(reports)]
    generic = vocabulary.words("generic_words")
    sents = [_sentences(t) for t in texts]
    own_detail = []
    for i, own in enumerate(sents):
        others = [s for k, ss in enumerate(sents) if k != i for s in ss]
        unique = [s for s in own if all(fuzz.ratio(s, o) < p["same_sentence_similarity"] for o in others)]
        own_detail.append(any(_specific(s, generic) for s in unique))
    out = []
    worst = 0
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            sim = round(fuzz.ratio(texts[i], texts[j]))
            worst = max(worst, sim)
            if sim >= p["near_copy_similarity"]:
                out.append(finding(p, "fail", "near_copy", a=labels[i], b=labels[j], similarity=sim))
            elif sim >= p["similar_similarity"] and not (own_detail[i] and own_detail[j]):
                a, b = (labels[i], labels[j]) if not own_detail[i] else (labels[j], labels[i])
                out.append(finding(p, "warn", "similar", a=a, b=b, similarity=sim))
    if not out:
        out = [finding(p, "warn", "no_unique", a=labels[i]) for i, ok in enumerate(own_detail) if not ok]
    out += _coverage(reports, ctx, p)
    return out or [finding(p, "pass", "pass", similarity=worst)]
