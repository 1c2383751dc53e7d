"""Recognising what was discussed: does a sentence refer to one of the context's topics?

Matching is by word stem (Snowball), with groups of words that stand for the same idea
(``data/synonyms.toml``), weighted so that rare words count more than common ones (see
:mod:`followup_edu.lexicon`). So "automating the monthly sales reports" matches the topic "move
month-end sales reporting into automated dashboards".
"""
from __future__ import annotations

from functools import lru_cache

from .lexicon import concept, function_words, rarity
from .text import words_of


def content_words(text: str) -> list[str]:
    fw = function_words()
    return [w for w in words_of(text) if w.lower() not in fw and len(w) > 2]


@lru_cache(maxsize=256)
def _weights(topic: str, ignore: frozenset[str]) -> dict[str, float]:
    """The topic's ideas and the weight of each (worked out once per topic, not per sentence)."""
    want: dict[str, float] = {}
    for w in content_words(topic):
        if w.lower().split("'")[0].split("’")[0] in ignore:
            continue
        c = concept(w)
        want[c] = max(want.get(c, 0.0), rarity(w))
    return want


@lru_cache(maxsize=256)
def _ideas(topic: str, ignore: frozenset[str]) -> int:
    return len({concept(w) for w in content_words(topic) if w.lower() not in ignore})


@lru_cache(maxsize=4)  # a sentence is compared with each topic in turn: its ideas are read once
def _concepts(text: str) -> frozenset[str]:
    return frozenset(concept(w) for w in content_words(text))


def cover(topic: str, text: str, ignore: frozenset[str] = frozenset()) -> tuple[float, int]:
    """Share of the topic's weight that ``text`` mentions, and how many of its ideas it mentions.
    Words in ``ignore`` (the company's and people's names) carry no weight: naming the company
    is not the same as recalling what was discussed."""
    want = _weights(topic, ignore)
    if not want:
        return 0.0, 0
    have = _concepts(text)
    hit = [c for c in want if c in have]
    return sum(want[c] for c in hit) / sum(want.values()), len(hit)


def mentions(topic: str, text: str, min_cover: float = 0.45, ignore: frozenset[str] = frozenset()) -> bool:
    share, hits = cover(topic, text, ignore)
    n = _ideas(topic, ignore)
    return share >= min_cover and (hits >= 2 or (n <= 2 and hits >= 1))
