"""fit: connects a skill, experience or achievement to what the role needs.

A sentence that claims experience but names nothing in it ("my skills and experience make me a
strong candidate") is a generic claim: it warns, since any applicant could write it.
Source: the course articles: link a specific skill or past result to a need discussed in the interview;
use the email to mend a weak answer or add what you forgot.

What the sentence does: it tells of something the writer did, was in charge of or is used to, and
names it. The experience patterns name the usual phrasings; when none matches, a sentence is read
by its words (:mod:`._clause`): a first-person word and a word of doing or having charge
(``did_words``), with something specific after it ("For three years I looked after the payroll of
a factory"). A claim made of the words every applicant uses stays generic.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import _regex, vocabulary
from ..people import fold
from ..topics import content_words
from ._clause import positions, sentence_words, words_of
from ._common import finding

DATA = ("generic_claim_words", "did_words")
_FIRST_PERSON = frozenset(("i", "i'm", "i've", "i'd", "me", "my"))
_CLAUSE_END = _regex.compile(r"[,;:]|\s(?:and|but|so)\s(?:i|i'm|i am|we)\b", re.IGNORECASE)
MESSAGES = ("missing", "generic", "pass")
# a subject that is the writer's own thing ("My forklift licence means I could ..."), not a frame
# ("I was glad to think of ...")
_OWN_SUBJECT = _regex.compile(r"(?:my|our|this|that|these|those|having)\b", re.IGNORECASE)
_PRONOUN_END = _regex.compile(r"\b(?:it|this|that|these|those|them)$", re.IGNORECASE)
_CLAUSE_START = _regex.compile(r"[,;:]\s*|\b(?:and|but|so|because|since|as)\s+(?=(?:i|my)\b)", re.IGNORECASE)


@lru_cache(maxsize=8)
def _generic_claims(claim_words: tuple[str, ...], generic: frozenset[str]) -> frozenset[str]:
    """The words a claim may hold and still be generic: the principle's and the shared generic words."""
    return frozenset(claim_words) | generic


@lru_cache(maxsize=256)
def _ignored(claim_words: tuple[str, ...], generic: frozenset[str], role: str, company: str) -> frozenset[str]:
    """Those, and the words of the role and the company (the lists joined once, not per draft;
    the context's words added once per context, as the other checks' context tables are)."""
    return _generic_claims(claim_words, generic) | frozenset(fold(w) for name in (role, company) for w in name.split())


def _specific(text: str, ignore: frozenset[str]) -> bool:
    """Does the sentence name something beyond the words every applicant uses?"""
    return any(not vocabulary.is_generic(fold(w), ignore) for w in content_words(text))


def check(draft, ctx, p):
    pattern = vocabulary.pattern("experience_pattern")
    generic = None
    ignore = _ignored(tuple(p["generic_claim_words"]), vocabulary.words("generic_words"), ctx.role or "", ctx.company or "")
    for s, m in draft.matches(pattern):
        # the claim's own clause: from its subject ("My forklift licence means I could help") to the
        # next comma, semicolon or colon
        begin = max((b.end() for b in _CLAUSE_START.finditer(s.text, 0, m.start())), default=0)
        subject = s.text[begin:m.start()]
        start = begin if _OWN_SUBJECT.match(subject) else m.start()
        clause = _CLAUSE_END.split(s.text[start:], 1)[0]
        if _PRONOUN_END.search(m.group(0)) and begin and _FIRST_PERSON.intersection(words_of(s.low[:begin])):
            # "... is what I did every month at Dunmore Care, and I would be glad to bring it": what
            # 'it' brings is the writer's own clause before
            clause = s.text[:m.end()]
        if _specific(clause, ignore):
            return [finding(p, "pass", "pass", s.span, quote=s.text)]
        generic = generic or s
    for s in draft.prose:  # no pattern names it: read each sentence by what it does
        words = sentence_words(draft, s)
        if not _FIRST_PERSON.intersection(words):
            continue
        for i in positions(words, p.words("did_words")):
            if _specific(" ".join(words[i + 1:]), ignore):
                return [finding(p, "pass", "pass", s.span, quote=s.text)]
    if generic is not None:
        return [finding(p, "warn", "generic", generic.span, quote=generic.text)]
    return [finding(p, "warn", "missing", example="with …")]
