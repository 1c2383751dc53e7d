"""Interview details that cannot be the truth: what a learner types into a field to get past it.

A name, company or role in the context is what a draft is checked against, so a value such as
"asdf", "test" or "xxxx" would make "Dear asdf," pass as greeting the interviewer by name. Such a
value is set aside, and the report says so in plain words. The word lists are data
(``junk_values`` and ``keyboard_rows`` in vocabulary.toml).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from . import _regex, registry, vocabulary

_TOKEN = _regex.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_VOWELS = set("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœ")


@lru_cache(maxsize=1)
def _runs() -> frozenset[str]:
    """Every stretch of three or more neighbouring keys, either way along a keyboard row."""
    out: set[str] = set()
    for row in vocabulary.items("keyboard_rows"):
        for r in (row, row[::-1]):
            out.update(r[i:j] for i in range(len(r)) for j in range(i + 3, len(r) + 1))
    return frozenset(out)


def _key_runs_only(low: str) -> bool:
    """Is the whole word made of runs of neighbouring keys ("asdf", "asdfjkl")? A name that merely
    holds one ("Doherty", "Wertheim") is not."""
    runs = _runs()
    ends = {0}
    for i in range(len(low) + 1):
        if i in ends:
            ends.update(j for j in range(i + 3, len(low) + 1) if low[i:j] in runs)
    return len(low) >= 4 and len(low) in ends


def _junk_word(word: str, person: bool) -> bool:
    low = word.lower()
    if any(c.isdigit() for c in low):
        return person  # "Jo3"; a company or a role may hold a number ("3M", "Level 2 Support")
    if not low.isascii() or any(c.isupper() for c in word[1:]):
        return False  # another script, accents, or an acronym ("HSBC", "PwC"): not ours to judge
    if re.search(r"(.)\1\1", low):
        return True  # "aaaa", "Jjjj"
    if len(low) >= 4 and not _VOWELS.intersection(low):
        return True  # "sdfg", "jkjk": no vowel at all ("Ltd", "Cwm" are short)
    return _key_runs_only(low)


@lru_cache(maxsize=256)  # the same details come with every draft a learner checks
def implausible(value: str | None, person: bool = True) -> bool:
    """True when a context name (``person``), company or role cannot be a real one ("asdf", "test", "x1")."""
    if not value:
        return False
    folded = " ".join(value.lower().split())
    if folded in vocabulary.words("junk_values"):
        return True
    words = _TOKEN.findall(value)
    if not words:
        return True  # punctuation only
    return any(_junk_word(w, person) for w in words if len(w) > 1 or not w.isalpha())


_FIELDS = (("recipient", "person"), ("candidate_name", "your_name"), ("company", "company"), ("role", "role"))


def trusted(ctx):
    """The context without the values that cannot be real, and a plain note for each one set aside."""
    notes: list[str] = []
    changes: dict = {}
    for key, what in _FIELDS:
        value = getattr(ctx, key)
        if implausible(value, person=what in ("person", "your_name")):
            changes[key] = None
            notes.append(registry.message("untrusted_detail", value=value, what=registry.message("detail_" + what)))
    kept = tuple(n for n in ctx.interviewers if not implausible(n))
    if kept != ctx.interviewers:
        for n in ctx.interviewers:
            if n not in kept and n != ctx.recipient:
                notes.append(registry.message("untrusted_detail", value=n, what=registry.message("detail_person")))
        changes["interviewers"] = kept
    return (replace(ctx, **changes), notes) if changes else (ctx, notes)


# after a rejection the text speaks of the decision or answers their message; a thank-you that does
# neither, and thanks them for a meeting, reads as the thank-you after the interview
_DECISION_WORDS = _regex.compile(
    r"\b(?:decision|decided|outcome|news|letting me know|let me know|informing me|disappointed|disappointing|"
    r"unsuccessful|not selected|another candidate|other candidate|future (?:roles?|opportunit\w*|openings?|positions?|vacanc\w*)|"
    r"feedback|considered again|keep me in mind|rejection|regret|the position has been|filled|"
    r"(?:your|the) (?:email|e-mail|message|reply|note|letter|call)|getting back to me|hearing back|elsewhere)\b")
_THANKS_FOR_MEETING = _regex.compile(
    r"\b(?:thank you|thanks|grateful)\b[^.!?\n]{0,40}?\b(?:for|to)\b[^.!?\n]{0,30}?\b(?:meeting|interview(?:ing)?|speaking|talking|"
    r"taking the time|showing me|the (?:chance|opportunity) to (?:meet|interview|talk|speak))\b")


def thanks_outweigh_rejection(draft) -> bool:
    """The cues are weighed, not taken first come: thanks for a meeting held today or yesterday
    outweighs one stray rejection cue ("While I was disappointed to miss the lunch"), when the
    thanks is not itself part of the cue ("thank you for letting me know yesterday")."""
    cues = list(draft.matches(vocabulary.pattern("rejection_cue_pattern"), prose_only=False))
    if len(cues) != 1:
        return False
    (cue_sentence, cue), = cues
    return any(not (s is cue_sentence and m.start() < cue.end() and cue.start() < m.end())
               for s, m in draft.matches(vocabulary.pattern("recent_thanks_pattern"), prose_only=False))

def kind_doubt(draft, kind: str) -> str | None:
    """A plain note when the kind of email given in the details does not fit the text: a thank-you
    that reads as a reply to a rejection, or the other way round."""
    rejection = draft.first_match(vocabulary.pattern("rejection_cue_pattern"), prose_only=False)
    status = [s for s, _ in draft.matches(vocabulary.pattern("status_check_cue_pattern"), prose_only=False)]
    reads_as = quote = None
    if kind != "after_rejection" and rejection and not thanks_outweigh_rejection(draft):
        reads_as, quote = "after_rejection", rejection[0].text
    elif kind == "thank_you" and len({s.start for s in status}) >= 2:
        reads_as, quote = "second_follow_up", status[0].text
    elif kind == "after_rejection" and not rejection and len({s.start for s in status}) >= 2:
        reads_as, quote = "second_follow_up", status[0].text
    elif kind == "after_rejection" and not rejection and not _DECISION_WORDS.search(draft.lbody):
        m = _THANKS_FOR_MEETING.search(draft.lbody)
        if m:
            reads_as = "thank_you"
            s = next((s for s in draft.sentences if s.start <= m.start() < s.end), None)
            quote = s.text if s else draft.body[m.start():m.end()]
    if reads_as is None:
        return None
    from .text import quote as short

    return registry.message("kind_doubt", given=registry.message("kind_" + kind),
                            reads_as=registry.message("kind_" + reads_as), quote=short(quote or ""))
