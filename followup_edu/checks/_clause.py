"""Recognise what a sentence does from its words, not from one fixed phrasing.

A check that warns when something is missing (no forward-looking close, no word of interest) must
not warn because the writer said it in words nobody listed. These helpers read a sentence as a run
of lower-case words and ask whether a word of one class (a cue: anticipation, desire) and a word of
another (what it is about: contact, the role) stand close together in the same clause, with nothing
between them that turns the clause to something else ("glad to *send* references for the role").
The word classes are data in principles.toml; an entry of several words ("mean a lot") matches
those words in a row.
"""
from __future__ import annotations

from functools import lru_cache

from .. import _regex, lexicon

_WORD = _regex.compile(r"[a-z0-9]+(?:'[a-z]+)?")


@lru_cache(maxsize=4096)
def words_of(low: str) -> tuple[str, ...]:
    """The words of a lower-cased sentence, curly apostrophes made straight ("i’ll" -> "i'll")."""
    return tuple(_WORD.findall(low.replace("’", "'").replace("‘", "'")))


def body_words(draft) -> frozenset[str]:
    """The set of :func:`words_of` the draft's lowered body, worked out once per draft."""
    memo = draft._memo
    got = memo.get("body")
    if got is None:
        got = memo["body"] = frozenset(words_of(draft.lbody))
    return got


def sentence_words(draft, s) -> tuple[str, ...]:
    """:func:`words_of` one sentence of the draft (its ``low``), worked out once per draft for all checks."""
    memo = draft._memo
    key = (s.start, s.end)
    got = memo.get(key)
    if got is None or got[0] != s.low:
        got = memo[key] = (s.low, words_of(s.low))
    return got[1]


@lru_cache(maxsize=None)
def word_class(entries: frozenset[str]) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """A word class as single words and runs of words (built once per list)."""
    return _classes(entries)[:2]


@lru_cache(maxsize=None)
def _classes(entries: frozenset[str]) -> tuple[frozenset[str], tuple[tuple[str, ...], ...], frozenset[str] | None]:
    """:func:`word_class`, and the first words of its runs (a sentence without any of them holds
    no run; None when a run is empty, which stands anywhere)."""
    multi = tuple(tuple(e.split()) for e in entries if " " in e)
    firsts = None if not all(multi) else frozenset(run[0] for run in multi)
    return frozenset(e for e in entries if " " not in e), multi, firsts


@lru_cache(maxsize=4096)
def _misspelt_as(word: str) -> frozenset[str]:
    """The known words a misspelt word is one edit from; nothing for a known or short word."""
    if len(word) < 5 or not word.isalpha() or lexicon.is_word(word):
        return frozenset()
    return frozenset(lexicon.corrections(word) or ())


def positions(words: tuple[str, ...], entries: frozenset[str], typos: bool = False) -> list[int]:
    """Where a word (or the first word of a run) of the class stands in the sentence. With
    ``typos``, a misspelt word one edit from a word of the class counts as it ("intrested"): the
    spelling check flags the slip, and what the sentence does is unchanged by it."""
    single, multi, firsts = _classes(entries)
    if typos:
        out = [i for i, w in enumerate(words) if w in single or _misspelt_as(w) & single]
    elif single.isdisjoint(words):  # (most sentences hold no word of a class: one test in C)
        out = []
    else:
        out = [i for i, w in enumerate(words) if w in single]
    if not multi or firsts is not None and firsts.isdisjoint(words):
        return out  # (in order already)
    for run in multi:
        n = len(run)
        out.extend(i for i in range(len(words) - n + 1) if words[i:i + n] == run)
    return sorted(out)


def near_pair(words: tuple[str, ...], cues: list[int], objects: list[int], window: int,
              blocked: list[int]) -> tuple[int, int] | None:
    """The first cue and object within ``window`` words of each other, either way round, with no
    blocking word (a clause break, a verb that turns the clause elsewhere) strictly between them."""
    for i in cues:
        for j in objects:
            if i == j or abs(i - j) > window:
                continue
            lo, hi = min(i, j), max(i, j)
            if not any(lo < b < hi for b in blocked):
                return i, j
    return None
