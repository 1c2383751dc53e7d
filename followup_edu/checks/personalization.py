"""personalization: refers to something specific from the interview.

With the context's topics, paraphrases count (stems, synonym groups, rare words weighing more; see
:mod:`followup_edu.topics`). Otherwise a sentence counts when it points back at the conversation
("you mentioned", "your point about", "I was interested to hear that") and the clause that follows
carries specific words of its own; or, failing such a phrase, when it is dense with rare words
(a concrete detail such as "turning the lighthouse walk into a sponsored night hike").
Source: the course articles: mention a particular moment or topic of the conversation you had.

What the sentence does: it refers back to something specific the writer took in at the interview.
Besides the reference phrases and the rare-word density above, a sentence is read by its words: a
word of taking something in (``noticed_words``: seeing, learning, finding out, a tour, a tip) with
enough specific words after it in its clause, unless it looks ahead ("I would love to see ..."),
is about the writer's own experience, or its specific words make only a truism.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..people import fold
from ..text import WORD_RE
from .. import _regex, vocabulary
from ..lexicon import rarity
from ..topics import content_words, mentions
from ._common import finding

DATA = ("min_topic_cover", "min_specific_words", "single_rare_weight", "rare_weight", "min_rare_words",
        "noticed_words", "reference_pattern")
MESSAGES = ("missing", "missing_informational", "generic", "pass_topic", "pass")

# the clause a reference introduces ends at a semicolon or where the writer turns to themself
# ("... about the position and to think of contributing my skills": a second infinitive is the writer's)
_CLAUSE_END = _regex.compile(r"[;:]|,\s*(?:and|but|so|which)\s+(?:i|it|this|that|our|my|we)\b|\band\s+i\b|\bi\s+think\b"
                         r"|\band\s+to\s+(?:think|imagine|picture|consider|bring|contribute|offer|share|apply|use|put|help)\b")


_CLAUSE_START = _regex.compile(r"[;:,]\s*|\bbut\s+")
_BRACKETED = _regex.compile(r"\[[^\]]*\]|\{[^}]*\}|<[^>]*>")  # template text is not a detail
# "I look forward to hearing about the next steps" looks ahead, not back at the conversation
_LOOKING_AHEAD = _regex.compile(r"(?:forward\s+to|hope\s+to|hoping\s+to|wait\s+to|keen\s+to|eager\s+to|wish\s+to|want\s+to|"
                            r"(?:would|'d)\s+(?:like|love)\s+to|(?:chance|opportunity)\s+to)\s+$")
# "I want you to know that I am interested" tells them something; it recalls nothing they said
# "the longer we talked, the more interested I became": the second half of a comparative pair
# reports how the writer's interest grew, not anything that was said
_GREW = _regex.compile(r"^the (?:more|longer|further|better)\b[^,;]*,\s*the (?:more|less|better|stronger|keener|surer)\b")
# a truism about the employer ("how well the grounds and the animals are organised", "how much
# teamwork matters in patient care", "how important safety is"): true of any such place, so no detail
_TRUISM = _regex.compile(r"\bhow (?:well|smoothly|efficiently|professionally|carefully|much|important|vital|essential)\b"
                     r"[^.;:!?]{0,80}?\b(?:(?:is|are|was|were) (?:(?:so|very|all|always) )?(?:run|organi[sz]ed|managed|kept|maintained|"
                     r"looked after|cared for|valued|important|vital|essential|central|key)|matters?|mattered|counts)\b"
                     r"(?: (?:in|to|for|at) [^,.;:!?]*)?")
_TELLING = _regex.compile(r"\b(?:want(?:ed)?|like|let|need(?:ed)?|wish(?:ed)?|would love|'d love) you\s+$")
# "(I appreciate / thank you for) the chance to hear how ...": what they are thanked for, which
# happened in the interview, so it looks back, not ahead
_THANKED_CHANCE = _regex.compile(r"\b(?:thank(?:s|ing)?|appreciat\w*|grateful)\b[^.;:!?]{0,80}\b(?:chance|opportunity) to\s+$")


def _names(ctx) -> frozenset[str]:
    return frozenset(fold(w) for phrase in (*ctx.people, ctx.company or "", ctx.role or "", ctx.candidate_name or "")
                     for w in WORD_RE.findall(phrase))


def _unflattered(text: str, flattery) -> str:
    """The text with its flattery of the reader blanked out: praise of them is no detail of the talk."""
    if flattery is None:
        return text
    low = text.lower()
    if len(low) != len(text):
        return text
    out, last = [], 0
    for m in flattery.finditer(low):
        out.append(text[last:m.start()])
        out.append(" " * (m.end() - m.start()))
        last = m.end()
    return "".join(out) + text[last:] if out else text


def _specific(text: str, names: frozenset[str], generic: frozenset[str]) -> list[str]:
    return [w for w in content_words(text) if not vocabulary.is_generic(fold(w), generic) and fold(w).split("'")[0] not in names]


# "let me know", "you know", "let you see": the word of taking in is the reader's or a request;
# "know if / whether": an open question, nothing taken in
_THANKS = _regex.compile(r"\b(?:thank|thanks|thanking|grateful|appreciate|appreciated|appreciative)\b")
# "I don't understand how the rota works yet": still to be taken in, not taken in
_ASKED = _regex.compile(r"\b(?:me|you|us|them|don't|do not|can't|cannot)\s+$")
# "I find that I work best ...": a clause whose subject is the writer tells of them, not of the talk
_OWN_CLAUSE = _regex.compile(r"\bmy\b|\bi(?: have|'ve)\b|^\s*(?:that\s+)?i\b")
_OPEN_QUESTION = _regex.compile(r"\s+(?:if|whether)\b")


@lru_cache(maxsize=8)
def _noticed(entries: frozenset[str]) -> re.Pattern[str]:
    """The words of taking something in, as one alternation (built once per list)."""
    alts = "|".join(re.escape(e).replace(r"\ ", r"\s+").replace(r"\-", "[- ]") for e in sorted(entries, key=lambda e: (-len(e), e)))
    return _regex.compile(rf"\b(?:{alts})\b")


def _took_in(s, own, names, generic, p) -> bool:
    """Does the sentence name something specific the writer took in, by its words?"""
    for m in _noticed(p.words("noticed_words")).finditer(s.low):
        if _LOOKING_AHEAD.search(s.low, 0, m.start()) or _LOOKING_AHEAD.search(s.low, 0, max(0, m.start() - 1)):
            continue  # "I would love to see the new ward": ahead, not back
        if _ASKED.search(s.low, 0, m.start()) or _OPEN_QUESTION.match(s.low, m.end()):
            continue  # "let me know if you need anything": a request, not something taken in
        end = _CLAUSE_END.search(s.low, m.end())
        clause = s.low[m.end():end.start() if end else len(s.low)]
        if _OWN_CLAUSE.search(clause) or own.search(s.low):
            continue  # the writer's own experience is fit's, not the conversation
        if _THANKS.search(s.low, 0, m.start()):
            continue  # "grateful for the chance to see ...": the formula of thanks, read by the phrases above
        if len(_specific(s.text[m.end():m.end() + len(clause)], names, generic)) >= p["min_specific_words"]:
            return True
    return False


def check(draft, ctx, p):
    # a sentence holding a template token ("Your plan for {{initiative}}") is not a real detail
    token = vocabulary.pattern("bracket_pattern")
    prose = [s for s in draft.prose if not (draft.may_contain(token, s) and token.search(s.text))] \
        if draft.may_contain(token) else draft.prose
    names = _names(ctx)
    if ctx.topics:
        for s in prose:
            for topic in ctx.topics:
                if mentions(topic, s.text, p["min_topic_cover"], names):
                    return [finding(p, "pass", "pass_topic", s.span, quote=s.text)]
    reference = p.pattern("reference_pattern")
    generic = vocabulary.words("generic_words")
    flattery = vocabulary.pattern("flattery_pattern")
    flattery = flattery if flattery.possible(draft.literals) else None
    weakest = None
    for s in prose if draft.may_contain(reference) else ():
        if not draft.may_contain(reference, s):
            continue
        m = next((m for m in draft.found_in(reference, s) if not _TELLING.search(s.low, 0, m.start())
                  and not (_LOOKING_AHEAD.search(s.low, 0, (cut := m.start() + (3 if s.low.startswith("to ", m.start()) else 0)))
                           and not _THANKED_CHANCE.search(s.low, 0, cut))), None)
        if not m:
            continue
        # the clause around the reference: from the previous boundary ("..., which seems relevant to
        # the extension you described") to the next one ("...; I have ...")
        begin = max((b.end() for b in _CLAUSE_START.finditer(s.low, 0, m.start())), default=0)
        end = _CLAUSE_END.search(s.low, m.end())
        stop = end.start() if end else len(s.text)
        grew = _GREW.match(s.low)
        if grew and m.start() < grew.end():  # only its first half can hold what was said
            stop = min(stop, s.low.index(",", m.end()) if "," in s.low[m.end():grew.end()] else stop)
        clause = _unflattered(_TRUISM.sub(" ", _BRACKETED.sub(" ", s.text[begin:stop])), flattery)
        specific = _specific(clause, names, generic)
        if len(specific) >= p["min_specific_words"] or any(rarity(w) >= p["single_rare_weight"] for w in specific):
            return [finding(p, "pass", "pass", s.span, quote=s.text)]
        weakest = weakest or s
    own = vocabulary.pattern("experience_pattern")
    for s in prose:
        if s.low.startswith(("i ", "my ", "i'", "as a")) or draft.first_in(own, s):
            continue  # about the writer's own experience (that is fit), not about the conversation
        rare = [w for w in _specific(_unflattered(_TRUISM.sub(" ", s.text), flattery), names, generic)
                if rarity(w) >= p["rare_weight"]]
        if len(rare) >= p["min_rare_words"]:
            return [finding(p, "pass", "pass", s.span, quote=s.text)]
    for s in prose:  # no phrase names it: read each sentence by what it does
        if _took_in(s, own, names, generic, p):
            return [finding(p, "pass", "pass", s.span, quote=s.text)]
    example = f"“{ctx.topics[0]}”" if ctx.topics else "a project they described or a question they asked"
    if weakest is not None:
        hint = f", such as {example}" if ctx.topics else ""
        return [finding(p, "warn", "generic", weakest.span, quote=weakest.text, example_hint=hint)]
    key = "missing_informational" if ctx.effective_kind == "after_informational" else "missing"
    return [finding(p, "warn", key, example=example)]
