"""Matching the names people write against the names in the context (fuzzy, as rapidfuzz's ratio)."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from . import _regex, fuzzy, vocabulary


def titles() -> frozenset[str]:
    """Titles before a name ("Dr", "Ms"), lowercased: not part of the name when names are compared."""
    return vocabulary.words("titles")

_TOKEN = _regex.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase without accents, so ``José`` and ``Jose`` compare equal."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def name_tokens(name: str) -> list[str]:
    return list(_name_tokens(name))


@lru_cache(maxsize=4096)  # the context's names are taken apart in several checks of every draft
def _name_tokens(name: str) -> tuple[str, ...]:
    return tuple(t for t in _TOKEN.findall(name) if fold(t).rstrip(".") not in titles())


def similarity(a: str, b: str) -> float:
    """0-100: how alike two names are once folded (rapidfuzz's ratio, see :mod:`.fuzzy`)."""
    return fuzzy.ratio(fold(a), fold(b))


def person_score(text: str, person: str) -> float:
    """How well the words of ``text`` (a greeting name, a signature) match ``person`` (0-100).

    The best match of any word of the text against the person's first or last name; so
    "Ms. Raman", "Priya" and "Priya Raman" all match "Priya Raman" at 100.
    """
    words = name_tokens(text)
    parts = name_tokens(person)
    if not words or not parts:
        return 0.0
    best = max(similarity(w, p) for w in words for p in parts)
    if best < 100:
        # a short form of the first name ("Liz" for Elizabeth, "Sam" for Samantha)
        for w in words:
            fw, first = fold(w), fold(parts[0])
            if len(fw) >= 3 and fw != first and (first.startswith(fw) or first.endswith(fw)):
                best = max(best, 90.0)
    return best


def best_person(text: str, people) -> tuple[str | None, float]:
    best, score = None, 0.0
    for person in people:
        s = person_score(text, person)
        if s > score:
            best, score = person, s
    return best, score
