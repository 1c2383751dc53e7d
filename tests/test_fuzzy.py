"""String similarity: the Python comparisons a fresh process starts with answer exactly as rapidfuzz."""
from __future__ import annotations

import random

import pytest
from rapidfuzz import process
from rapidfuzz.distance import OSA
from rapidfuzz.fuzz import ratio as rf_ratio

from followup_edu import fuzzy


def _pairs(n: int = 4000, seed: int = 11):
    rng = random.Random(seed)
    alphabets = ["ab", "abc", "abcdefghij", "aeiourstln", "priyamsortzhn", "aéeʼ’-'.ñ"]
    words = ["priya", "raman", "priay", "rman", "northwind", "nortwhind", "", "a", "sam", "samantha", "ortiz",
             "dr", "jordan", "jordna", "lee", "okafor", "okafro", "helen", "hlen", "bluefin", "bluefni", "aaaa", "aaab"]
    for w1 in words:
        for w2 in words:
            yield w1, w2
    for _ in range(n):
        alpha = rng.choice(alphabets)
        a = "".join(rng.choice(alpha) for _ in range(rng.randint(0, 14)))
        b = "".join(rng.choice(alpha) for _ in range(rng.randint(0, 14)))
        if rng.random() < 0.3 and len(a) > 1:  # a swap, an edit or two away
            i = rng.randrange(len(a) - 1)
            b = a[:i] + a[i + 1] + a[i] + a[i + 2:]
        yield a, b
    long = "".join(rng.choice("abcdefgh") for _ in range(90))  # longer than one 64-bit word
    yield long, long[::-1]
    yield long, long[:40] + "x" + long[41:]


@pytest.fixture
def fresh_counter(monkeypatch):
    monkeypatch.setattr(fuzzy, "_made", 0)
    monkeypatch.setattr(fuzzy, "_ratio", None)
    monkeypatch.setattr(fuzzy, "_distance", None)


@pytest.fixture
def python_only(fresh_counter, monkeypatch):
    monkeypatch.setattr(fuzzy, "SWITCH_AFTER", 10**9)
    yield
    assert fuzzy._ratio is None and fuzzy._distance is None  # the Python comparisons were the ones tested


def test_is_the_ratio_the_one_rapidfuzz_gives(python_only):
    """Is fuzzy's ratio, float for float, rapidfuzz.fuzz.ratio (the common subsequence underneath)?"""
    for a, b in _pairs():
        assert fuzzy.lcs_length(a, b) == fuzzy.lcs_length(b, a)
        assert fuzzy.ratio(a, b) == rf_ratio(a, b), (a, b)


def test_is_the_osa_distance_the_one_rapidfuzz_gives():
    """Is fuzzy's OSA distance rapidfuzz's OSA.distance, swaps of neighbours included?"""
    for a, b in _pairs():
        assert fuzzy.osa_distance(a, b) == OSA.distance(a, b), (a, b)
    assert fuzzy.osa_distance("priya", "priay") == 1 and fuzzy.osa_distance("ca", "abc") == 3


def test_is_the_closest_choice_the_one_extract_one_gives(python_only):
    """Does closest() pick what process.extractOne picks (lowest distance within the limit, first at a tie)?"""
    rng = random.Random(5)
    pool = [w for pair in _pairs(600) for w in pair if w]
    for _ in range(1500):
        word = rng.choice(pool)
        choices = rng.sample(pool, rng.randint(1, 8))
        limit = rng.choice([0, 1, 2, 3])
        hit = process.extractOne(word, choices, scorer=OSA.distance, score_cutoff=limit)
        assert fuzzy.closest(word, choices, limit) == (None if hit is None else (hit[0], hit[1])), (word, choices)


def test_does_a_process_switch_to_rapidfuzz_after_many_comparisons(fresh_counter, monkeypatch):
    """Are the first comparisons made in Python, and the later ones by rapidfuzz, with equal answers?"""
    monkeypatch.setattr(fuzzy, "SWITCH_AFTER", 3)
    answers = [fuzzy.ratio("priya", "priay") for _ in range(3)]
    assert fuzzy._ratio is None  # still Python
    answers.append(fuzzy.ratio("priya", "priay"))
    assert fuzzy._ratio is rf_ratio and fuzzy._distance is OSA.distance
    assert len(set(answers)) == 1 == len({rf_ratio("priya", "priay"), answers[0]})
    assert fuzzy.closest("raman", ["rman", "ortiz"], 3) == ("rman", 1)
