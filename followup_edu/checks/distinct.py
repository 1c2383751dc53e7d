"""distinct: with several interviewers, each email has its own specific detail; no near-copies.

Compared after each email's own names are set aside, so swapping "Priya" for "Sam" does not make
two emails different. Sharing a paragraph (about yourself, say) is fine as long as each email also
has a specific sentence of its own. Source: the course articles: one personalised email per
interviewer, each with a distinct detail (some accept one group email after a panel: a judgement
call).
"""
from __future__ import annotations

import re

from ..normalize import clean
from ..people import fold, name_tokens
from .. import vocabulary
from ..topics import content_words
from ._common import finding, first_name

DATA = ("near_copy_similarity", "similar_similarity", "same_sentence_similarity")
MESSAGES = ("near_copy", "similar", "no_unique", "single", "pass")


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


def check(reports, ctx, p):
    if len(reports) < 2:
        return [finding(p, "skip", "single")]
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
    return out or [finding(p, "pass", "pass", similarity=worst)]
