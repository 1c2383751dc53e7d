"""Recognising what was discussed: does a sentence refer to one of the context's topics?

Matching is by word stem (Snowball), with groups of words that stand for the same idea
(``data/synonyms.toml``), weighted so that rare words count more than common ones
(frequencies from pyspellchecker's bundled English word list). So "automating the monthly
sales reports" matches the topic "move month-end sales reporting into automated dashboards".
"""
from __future__ import annotations

import math
from functools import lru_cache
from importlib import resources

from .text import WORD_RE, function_words

try:
    import tomllib  # type: ignore[import-not-found]
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=1)
def _groups() -> dict[str, str]:
    raw = tomllib.loads(resources.files("followup_edu").joinpath("data/synonyms.toml").read_text("utf-8"))
    out: dict[str, str] = {}
    for group in raw["groups"]:
        key = _stem_word(group[0].lower())
        for word in group:
            out.setdefault(_stem_word(word.lower()), key)
    return out


@lru_cache(maxsize=65536)
def _stem_word(word: str) -> str:
    return _stemmer().stemWord(word)


@lru_cache(maxsize=65536)
def concept(word: str) -> str:
    """The idea a word stands for: its stem, mapped through the synonym groups."""
    s = _stem_word(word.lower().replace("’", "'").split("'")[0])
    return _groups().get(s, s)


@lru_cache(maxsize=65536)
def weight(word: str) -> float:
    """Rarer words weigh more: about log10 of how much rarer than 'the' the word is, 1 to 6."""
    from .checks.spelling import _speller

    freq = _speller().word_frequency
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    count = freq[word] if word in freq else 0
    top = 23_000_000  # about the count of the most common word in pyspellchecker's list
    return max(1.0, min(6.0, math.log10(top / (count + 1))))


def content_words(text: str) -> list[str]:
    fw = function_words()
    return [w for w in WORD_RE.findall(text) if w.lower() not in fw and len(w) > 2]


def cover(topic: str, text: str, ignore: frozenset[str] = frozenset()) -> tuple[float, int]:
    """Share of the topic's weight that ``text`` mentions, and how many of its ideas it mentions.
    Words in ``ignore`` (the company's and people's names) carry no weight: naming the company
    is not the same as recalling what was discussed."""
    want: dict[str, float] = {}
    for w in content_words(topic):
        if w.lower().split("'")[0].split("’")[0] in ignore:
            continue
        c = concept(w)
        want[c] = max(want.get(c, 0.0), weight(w))
    if not want:
        return 0.0, 0
    have = {concept(w) for w in content_words(text)}
    hit = [c for c in want if c in have]
    return sum(want[c] for c in hit) / sum(want.values()), len(hit)


def mentions(topic: str, text: str, min_cover: float = 0.45, ignore: frozenset[str] = frozenset()) -> bool:
    share, hits = cover(topic, text, ignore)
    n = len({concept(w) for w in content_words(topic) if w.lower() not in ignore})
    return share >= min_cover and (hits >= 2 or (n <= 2 and hits >= 1))
