"""How alike two short strings are: rapidfuzz's ``fuzz.ratio`` and its OSA edit distance, with the
very same results.

rapidfuzz (C++) answers fastest, but importing it costs about 10 ms, as much as a whole warm
check, while a one-off check (the command line, a fresh grading process) compares only a few
dozen words and names. So the first comparisons of a process are made here, in Python, with the
bit-parallel algorithms rapidfuzz itself uses (Hyyrö's for the longest common subsequence and for
the optimal string alignment distance); a process that goes on comparing (a lesson's live
checker, a benchmark) switches to rapidfuzz after ``SWITCH_AFTER`` of them. tests/test_fuzzy.py
checks that both give identical answers, on random strings and on the corpus's words.
"""
from __future__ import annotations

from typing import Callable, Sequence

SWITCH_AFTER = 3000  # comparisons made here before rapidfuzz takes over

_made = 0
_ratio: Callable[[str, str], float] | None = None
_distance: Callable[[str, str], int] | None = None


def _use_rapidfuzz() -> None:
    global _ratio, _distance
    from rapidfuzz.distance import OSA
    from rapidfuzz.fuzz import ratio as rf_ratio

    _distance, _ratio = OSA.distance, rf_ratio


def _count() -> bool:
    """True while comparisons are still made here (counts this one)."""
    global _made
    _made += 1
    if _made <= SWITCH_AFTER:
        return True
    _use_rapidfuzz()
    return False


def _masks(s: str) -> dict[str, int]:
    masks: dict[str, int] = {}
    for i, c in enumerate(s):
        masks[c] = masks.get(c, 0) | (1 << i)
    return masks


def lcs_length(a: str, b: str) -> int:
    """The length of the longest common subsequence of two strings."""
    if not a or not b:
        return 0
    masks = _masks(a)
    full = (1 << len(a)) - 1
    v = full
    for c in b:
        m = masks.get(c)
        if m:
            u = v & m
            v = ((v + u) | (v - u)) & full
    return len(a) - bin(v).count("1")


def osa_distance(a: str, b: str) -> int:
    """The optimal string alignment distance: insertions, deletions, substitutions and swaps of
    two neighbouring characters, each substring edited once."""
    if not a:
        return len(b)
    if not b:
        return len(a)
    masks = _masks(a)
    full = (1 << len(a)) - 1
    last = 1 << (len(a) - 1)
    vp, vn, d0, pm_old = full, 0, 0, 0
    dist = len(a)
    for c in b:
        pm = masks.get(c, 0)
        tr = (((~d0) & pm) << 1) & pm_old
        d0 = ((((pm & vp) + vp) ^ vp) | pm | vn | tr) & full
        hp = (vn | ~(d0 | vp)) & full
        hn = d0 & vp
        if hp & last:
            dist += 1
        elif hn & last:
            dist -= 1
        hp = ((hp << 1) | 1) & full
        hn = (hn << 1) & full
        vp = (hn | ~(d0 | hp)) & full
        vn = hp & d0
        pm_old = pm
    return dist


def ratio(a: str, b: str) -> float:
    """0-100, as ``rapidfuzz.fuzz.ratio``: 100 x (1 - the indel distance / the total length)."""
    if _ratio is not None or not _count():
        assert _ratio is not None
        return _ratio(a, b)
    total = len(a) + len(b)
    if not total:
        return 100.0
    dist = total - 2 * lcs_length(a, b)
    return (1.0 - dist / total) * 100


def closest(word: str, choices: Sequence[str], limit: int) -> tuple[str, int] | None:
    """The choice nearest to ``word`` by OSA distance, if it is at most ``limit`` away (the first
    one at a tie), and its distance: as ``rapidfuzz.process.extractOne(word, choices,
    scorer=OSA.distance, score_cutoff=limit)``."""
    best: str | None = None
    best_d = limit + 1
    for choice in choices:
        if abs(len(choice) - len(word)) >= best_d:
            continue  # the distance is at least the difference in length
        if _distance is not None or not _count():
            assert _distance is not None
            d = _distance(word, choice)
        else:
            d = osa_distance(word, choice)
        if d < best_d:
            best, best_d = choice, d
            if d == 0:
                break
    return None if best is None else (best, best_d)
