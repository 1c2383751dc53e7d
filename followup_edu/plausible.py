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

from . import registry, vocabulary

_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
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
