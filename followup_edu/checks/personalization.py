"""personalization: refers to something specific from the interview.

With the context's topics, paraphrases count (stems, synonym groups, rare words weighing more; see
:mod:`followup_edu.topics`). Without topics, a sentence that points back at the conversation
("you mentioned", "our discussion about") and carries specific words of its own counts.
Source: the course articles: reference specific conversations or points from the interview.
"""
from __future__ import annotations

from ..people import fold
from ..text import WORD_RE
from ..topics import content_words, mentions
from ._common import finding


def _specific_words(sentence: str, ctx, generic: frozenset[str]) -> list[str]:
    names = {fold(w) for phrase in (*ctx.people, ctx.company or "", ctx.role or "", ctx.candidate_name or "")
             for w in WORD_RE.findall(phrase)}
    return [w for w in content_words(sentence) if fold(w) not in generic and fold(w) not in names]


def check(draft, ctx, p):
    prose = draft.prose
    if ctx.topics:
        names = frozenset(fold(w) for phrase in (*ctx.people, ctx.company or "", ctx.candidate_name or "")
                          for w in WORD_RE.findall(phrase))
        for s in prose:
            for topic in ctx.topics:
                if mentions(topic, s.text, p["min_topic_cover"], names):
                    return [finding(p, "pass", "pass_topic", s.span, quote=s.text)]
    reference = p.pattern("reference_pattern")
    generic = p.words("generic_words")
    weakest = None
    for s in prose:
        if reference.search(s.low):
            if len(_specific_words(s.text, ctx, generic)) >= p["min_specific_words"]:
                return [finding(p, "pass", "pass", s.span, quote=s.text)]
            weakest = weakest or s
    example = f"“{ctx.topics[0]}”" if ctx.topics else "a project they described or a question they asked"
    if weakest is not None:
        hint = f", such as {example}" if ctx.topics else ""
        return [finding(p, "warn", "generic", weakest.span, quote=weakest.text, example_hint=hint)]
    return [finding(p, "warn", "missing", example=example)]
