"""names: the interviewer, the company and the role spelled (and capitalised) as in the context.

Source: the course articles: proofread, particularly the interviewer's name and the company's.
"""
from __future__ import annotations

import re

from ..people import fold, name_tokens, similarity
from ..text import WORD_RE
from ._common import finding, skip

_ROLE_PHRASE = re.compile(
    r"\b(?:the|for|as|this|a|an)\s+((?:[A-Z][\w&/-]*\s+){0,4}?[A-Za-z][\w&/-]*)\s+(?:role|position|job|opening|post|vacancy)\b")


def _name_words(ctx) -> dict[str, str]:
    """Each distinctive word of a context name (lowercase-folded) -> the word as it should be written."""
    out: dict[str, str] = {}
    for phrase in (*ctx.people, ctx.company or ""):
        for w in name_tokens(phrase):
            if len(w) >= 3:
                out[fold(w)] = w
    return out


def check(draft, ctx, p):
    if not (ctx.people or ctx.company or ctx.role):
        return [skip(p, p.message("skip"))]
    expected = _name_words(ctx)
    threshold = p["min_similarity"]
    out = []
    flagged: set[str] = set()
    sig_start = draft.signature[0].start if draft.signature else len(draft.body)
    for field, text, words in (("subject", draft.subject, [m for m in WORD_RE.finditer(draft.subject)]),
                               ("body", draft.body, None)):
        items = [(m.start(), m.end(), m.group()) for m in words] if words is not None else \
                [(w.start, w.end, w.text) for w in draft.words if w.start < sig_start]
        for start, end, word in items:
            if len(word) < 3 or word in flagged:
                continue
            low = fold(word)
            if low in expected:
                right = expected[low]
                if word != right and word[:1].islower() and right[:1].isupper():
                    flagged.add(word)
                    out.append(finding(p, "warn", "capitalisation", (start, end), field=field, quote=word, expected=right))
                continue
            if not word[:1].isupper():
                continue  # only capitalised words can be names
            best = max(expected, key=lambda e: similarity(low, e), default=None)
            if best and similarity(low, best) >= threshold and abs(len(low) - len(best)) <= 2:
                flagged.add(word)
                out.append(finding(p, "fail", "misspelled", (start, end), field=field, quote=word,
                                   expected=f"“{expected[best]}”", suggestion=expected[best]))
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
