"""names: the interviewer, the company and the role spelled (and capitalised) as in the context.

Source: the course articles: proofread, particularly the interviewer's name and the company's.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from ..people import fold, name_tokens
from ..text import WORD_RE
from ._common import finding, skip

_ROLE_PHRASE = re.compile(
    r"\b(?:the|for|as|this|a|an)\s+((?:[A-Z][\w&/-]*\s+){0,4}?[A-Za-z][\w&/-]*)\s+(?:role|position|job|opening|post|vacancy)\b")


@lru_cache(maxsize=256)
def _name_words(ctx) -> dict[str, tuple[str, str]]:
    """Each word of a context name (folded) -> (the word as it should be written, "person"|"company")."""
    out: dict[str, tuple[str, str]] = {}
    for kind, phrases in (("company", [ctx.company or ""]), ("person", ctx.people)):
        for phrase in phrases:
            for w in name_tokens(phrase):
                if len(w) >= 3:
                    out[fold(w)] = (w, kind)
    return out


def _ordinary(low: str) -> bool:
    """An everyday English word ("school", "primary"), which may be lowercase in a sentence."""
    from .spelling import _speller

    return low in _speller().word_frequency.dictionary


def _judge(word: str, expected, keys: list[str], threshold: float):
    """None when the word is fine; else (status, message key, the right spelling, kind)."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    low = fold(word)
    if low in expected:
        right, kind = expected[low]
        if word != right and word[:1].islower() and right[:1].isupper() and not _ordinary(low):
            return ("warn", "capitalisation", right, kind)
        return None
    if not word[:1].isupper() or not keys:
        return None  # only capitalised words can be names
    hit = process.extractOne(low, keys, scorer=fuzz.ratio, score_cutoff=threshold)
    if hit and abs(len(low) - len(hit[0])) <= 2:
        right, kind = expected[hit[0]]
        if _ordinary(low) and kind == "person":
            return None  # "Dean" is a word, not a misspelt "Dan"
        return ("fail", "misspelled", right, kind)
    return None


def check(draft, ctx, p):
    if not (ctx.people or ctx.company or ctx.role):
        return [skip(p, p.message("skip"))]
    expected = _name_words(ctx)
    keys = list(expected)
    threshold = p["min_similarity"]
    out = []
    verdict: dict[str, tuple | None] = {}  # each distinct word is judged once
    flagged: set[str] = set()
    sig_start = draft.signature[0].start if draft.signature else len(draft.body)
    body_words = [(w.start, w.end, w.text) for w in draft.words if w.start < sig_start]
    subject_words = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(draft.subject)]
    for field, items in (("subject", subject_words), ("body", body_words)):
        for start, end, word in items:
            if len(word) < 3 or word in flagged:
                continue
            if word not in verdict:
                verdict[word] = _judge(word, expected, keys, threshold)
            v = verdict[word]
            if v is None:
                continue
            status, key, right, kind = v
            if kind == "company" and key == "misspelled" and _ordinary(fold(word)):
                # an everyday word ("Analytic") is only a misspelt company name next to the rest of it
                text = draft.subject if field == "subject" else draft.body
                near = {fold(w) for w in WORD_RE.findall(text[max(0, start - 30):end + 30])}
                if not (near & set(expected)):
                    continue
            flagged.add(word)
            out.append(finding(p, status, key, (start, end), field=field, quote=word,
                               expected=right if key == "capitalisation" else f"“{right}”",
                               suggestion=right))
    if ctx.role:
        heads = p.words("role_heads")
        role_words = {fold(w) for w in WORD_RE.findall(ctx.role)}
        role_heads = role_words & heads
        for m in _ROLE_PHRASE.finditer(draft.body):
            said = {fold(w) for w in WORD_RE.findall(m.group(1))}
            said_heads = said & heads
            if role_heads and said_heads and not (said_heads & role_heads):
                out.append(finding(p, "fail", "wrong_role", m.span(1), quote=m.group(1), expected=f"“{ctx.role}”"))
                break
    return out[:8] or [finding(p, "pass", "pass")]
