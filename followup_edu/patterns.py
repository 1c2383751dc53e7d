"""Phrase patterns as the data writes them, and compiled once when first needed.

A pattern in the data is either one regular expression (a string) or, for long ones, a table in
the style of Vale's ``tokens:``: one alternative per line, joined here::

    [principles.tone.stiff_pattern]
    before = '\\b'                  # optional: put before the alternatives
    tokens = [
      'please find (?:attached|enclosed)',   # a space stands for any run of whitespace
      '\\bpursuant to\\b',
    ]
    after = ''                     # optional: put after them

Patterns are written in lowercase and matched on the lowered text unless their key says otherwise.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left
from functools import lru_cache
from operator import itemgetter
from typing import Any

from . import _regex
from ._toml import data_text, text_key

TABLE_KEYS = ("before", "tokens", "after")


def source(spec: Any, where: str = "pattern") -> str:
    """The regular expression a pattern entry stands for."""
    if isinstance(spec, str):
        return spec
    if not isinstance(spec, dict):
        raise ValueError(f"{where} must be a text or a table with tokens")
    unknown = [k for k in spec if k not in TABLE_KEYS]
    if unknown:
        raise ValueError(f"{where}: unknown key '{unknown[0]}' (a pattern table has {', '.join(TABLE_KEYS)})")
    tokens = spec.get("tokens")
    if not isinstance(tokens, list) or not tokens or not all(isinstance(t, str) and t for t in tokens):
        raise ValueError(f"{where}: 'tokens' must be a list of phrases")
    return spec.get("before", "") + "(?:" + "|".join(t.replace(" ", r"\s+") for t in tokens) + ")" + spec.get("after", "")




# -- guards: the literals a pattern cannot match without ----------------------------------------
#
# A draft is scanned once for every literal of every phrase pattern (one Aho-Corasick pass, or
# plain substring tests where pyahocorasick has no wheel, as in the browser). A pattern none of
# whose literals occurs in the draft cannot match it and is not run, or even compiled.

MIN_LITERAL = 3  # a guard with shorter words ("i", "my") would pass nearly every draft; short
# literals without letters or digits ("[", "{", "$") are rare in prose and make good guards


def _class_end(s: str, i: int) -> int:
    """Index just past the character class that starts at s[i] == '['."""
    j = i + 1
    if s[j:j + 1] == "^":
        j += 1
    if s[j:j + 1] == "]":
        j += 1
    while j < len(s) and s[j] != "]":
        j += 2 if s[j] == "\\" else 1
    return j + 1


def _group_end(s: str, i: int) -> int:
    """Index of the ')' that closes the group opening at s[i] == '('."""
    depth, j = 0, i
    while j < len(s):
        c = s[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _class_end(s, j)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j
        j += 1
    raise ValueError("unbalanced parenthesis")


def _branches(s: str) -> list[str]:
    out, depth, start, j = [], 0, 0, 0
    while j < len(s):
        c = s[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _class_end(s, j)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(s[start:j])
            start = j + 1
        j += 1
    out.append(s[start:])
    return out


def _quantifier(s: str, i: int) -> tuple[str, int]:
    """The quantifier at s[i] ('' if none) and the index after it (lazy/possessive suffix too)."""
    c = s[i:i + 1]
    if c in ("?", "*", "+"):
        j = i + 1
    elif c == "{" and (m := _BRACES.match(s, i)) and any(ch.isdigit() for ch in m.group()):
        j = m.end()
    else:
        return "", i
    if s[j:j + 1] in ("?", "+"):
        j += 1
    return s[i:j], j


_BRACES = _regex.compile(r"\{\d*,?\d*\}")


def _optional(q: str) -> bool:
    return q[:1] in ("?", "*") or q.startswith(("{0", "{,"))


def _necessary(s: str) -> frozenset[str] | None:
    """Literals of which every match of ``s`` contains at least one, or None if none are known."""
    branches = _branches(s)
    if len(branches) > 1:
        out: set[str] = set()
        for b in branches:
            got = _necessary(b)
            if got is None:
                return None
            out |= got
        return frozenset(out)
    candidates = _sequence_clauses(s, every=False)
    if not candidates:
        return None
    return max(candidates, key=lambda lits: (min(map(len, lits)), -len(lits)))


def _clauses(s: str) -> list[frozenset[str]]:
    """Every set of literals of which each match of ``s`` contains at least one: in a sequence
    ("thank you for (?:meeting|speaking)") each part that must match gives one ({"thank"},
    {"you"}, {"for"}, {"meeting", "speaking"}), also inside groups that hold one alternative;
    a choice of alternatives gives the one set :func:`_necessary` finds."""
    if len(_branches(s)) > 1:
        got = _necessary(s)
        return [got] if got else []
    return _sequence_clauses(s, every=True)


def _sequence_clauses(s: str, *, every: bool) -> list[frozenset[str]]:
    """The literal sets a sequence (one alternative) needs: its runs of literal characters and its
    groups that must match (with ``every``, a group of one alternative gives each of its own)."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append(frozenset(["".join(run)]))
            run.clear()

    i = 0
    while i < len(s):
        c = s[i]
        lit: str | None = None
        if c == "\\":
            nxt = s[i + 1:i + 2]
            i += 2
            if nxt.isalnum():  # \b \s \w \d, \x20, backreferences: no literal character here
                if nxt == "x":
                    i += 2
                elif nxt in ("u", "U"):
                    i += 4 if nxt == "u" else 8
                while nxt.isdigit() and s[i:i + 1].isdigit():
                    i += 1
                i = _quantifier(s, i)[1]
                flush()
            else:
                lit = nxt
        elif c == "[":
            i = _quantifier(s, _class_end(s, i))[1]
            flush()
        elif c == "(":
            end = _group_end(s, i)
            inner = s[i + 1:end]
            q, i = _quantifier(s, end + 1)
            flush()
            if inner.startswith("?"):
                if inner.startswith("?:"):
                    inner = inner[2:]
                elif inner.startswith("?P<"):
                    inner = inner[inner.index(">") + 1:]
                else:
                    continue  # a lookaround or a flag: consumes nothing
            if not _optional(q):
                if every and len(_branches(inner)) == 1:
                    candidates.extend(_sequence_clauses(inner, every=True))
                else:
                    got = _necessary(inner)
                    if got:
                        candidates.append(got)
            continue
        elif c in ".^$":
            i = _quantifier(s, i + 1)[1]
            flush()
        else:
            lit = c
            i += 1
        if lit is None:
            continue
        q, after = _quantifier(s, i)
        if q:
            i = after
            if _optional(q):
                flush()
                continue
        if lit.isascii() and lit.isprintable() and lit != " ":
            # "x{3,}" needs "xxx": a character repeated at least m times
            times = int(q[1:].split(",")[0].rstrip("}") or 0) if q.startswith("{") else 1
            run.append(lit.lower() * max(times, 1))
        else:
            flush()
        if q:
            flush()  # "ab+" needs "ab"; what follows need not be adjacent
    flush()
    return candidates


GUARDS = "data/guards.json"
#: re.IGNORECASE as a plain int: "flags & re.IGNORECASE" with the flag runs enum's Python code,
#: for every phrase made on a first check
_IGNORECASE = int(re.IGNORECASE)


@lru_cache(maxsize=4096)  # (a token's expression is looked up for its guard, needs, split and rest)
def source_key(src: str) -> str:
    """How data/guards.json names a pattern: the SHA-1 of its expression."""
    return text_key(src)


@lru_cache(maxsize=1)
def _prebuilt() -> dict[str, Any]:
    try:
        return json.loads(data_text(GUARDS))
    except (OSError, ValueError):
        return {}


@lru_cache(maxsize=None)
def guard(src: str, flags: int = 0) -> frozenset[str] | None:
    """The literals to look for before running a pattern (None: always run it). Under IGNORECASE
    Unicode case folding can match letters that lowercasing does not give, so no guard there.

    The guards of the shipped patterns are prebuilt in data/guards.json (by
    tools/build_pattern_guards.py), keyed by each expression's hash; an edited pattern is not in
    it and gets its guard derived here instead, so the file can be stale but never wrong."""
    if flags & _IGNORECASE or "(?i" in src:
        return None
    known = _prebuilt()
    key = source_key(src)
    if key in known:
        listed = known[key]
        return frozenset(listed) if listed else None
    return derive_guard(src)


def derive_guard(src: str) -> frozenset[str] | None:
    """Work out a pattern's guard from its expression."""
    try:
        lits = _necessary(src)
    except (ValueError, IndexError):
        return None
    if not lits or any(len(lit) < MIN_LITERAL and any(c.isalnum() for c in lit) for lit in lits):
        return None
    return lits


NEEDS_PREFIX = "needs:"  # data/guards.json: "needs:<SHA-1 of an expression>" -> its further literal sets


def _worth_a_scan(lits: frozenset[str]) -> bool:
    return not any(len(lit) < MIN_LITERAL and any(c.isalnum() for c in lit) for lit in lits)


@lru_cache(maxsize=None)
def needs(src: str, flags: int = 0) -> tuple[frozenset[str], ...]:
    """Further literal sets a pattern needs beside its guard, each of which a text must hold one
    of (see :func:`derive_needs`): () when none are known. Prebuilt for the shipped patterns in
    data/guards.json, like the guards; a pattern not found there gets them worked out here."""
    if flags & _IGNORECASE or "(?i" in src:
        return ()
    known = _prebuilt()
    key = source_key(src)
    if key in known:
        return tuple(frozenset(n) for n in known.get(NEEDS_PREFIX + key, ()))
    return derive_needs(src)


def derive_needs(src: str) -> tuple[frozenset[str], ...]:
    """Work out the literal sets a pattern needs besides its guard: a match of ``my (?:\\w+ ){0,4}?
    (?:experience|background)`` holds "experience" or "background" (its guard), and also "my".
    Only sets of literals long enough to be worth a scan, and none implied by another."""
    try:
        clauses = _clauses(src)
    except (ValueError, IndexError):
        return ()
    primary = derive_guard(src)
    kept = {c for c in clauses if c and _worth_a_scan(c)}
    if primary is not None:
        kept.add(primary)
    # a set that holds a smaller one is implied by it
    minimal = [c for c in kept if not any(o < c for o in kept)]
    return tuple(sorted((c for c in minimal if c != primary), key=sorted))


SPLIT_PREFIX = "split:"  # data/guards.json: "split:<SHA-1 of a token's expression>" -> its alternatives


def part_sources(spec: Any, *, derive: bool = False) -> list[str]:
    """For a token table, one expression per token (with ``before`` and ``after``); else []. A
    token that would be searched slowly (see :func:`rest_source`) and is one group of
    alternatives after an optional ``\\b`` gives one expression per alternative instead: as
    prebuilt in data/guards.json (reading the expressions takes time at start-up; a token not
    found there is simply not split), or worked out here with ``derive``."""
    if not isinstance(spec, dict):
        return []
    before, after = spec.get("before", ""), spec.get("after", "")
    known = None if derive else _prebuilt()
    out: list[str] = []
    for t in spec["tokens"]:
        src = t.replace(" ", r"\s+")
        whole = before + "(?:" + src + ")" + after
        if derive:
            split = _branch_sources(before, src, after)
        elif src.startswith(("(?:", "\\b(?:")) or "|" in src:  # (only such a token can be split)
            split = known.get(SPLIT_PREFIX + source_key(whole)) if known else None
        else:
            split = None
        out.extend(split or [whole])
    return out


def split_entries(spec: Any) -> dict[str, list[str]]:
    """What data/guards.json records of a token table's split tokens (see :func:`part_sources`)."""
    if not isinstance(spec, dict):
        return {}
    before, after = spec.get("before", ""), spec.get("after", "")
    out = {}
    for t in spec["tokens"]:
        src = t.replace(" ", r"\s+")
        split = _branch_sources(before, src, after)
        if split:
            out[SPLIT_PREFIX + source_key(before + "(?:" + src + ")" + after)] = split
    return out


def _branch_sources(before: str, token: str, after: str) -> list[str] | None:
    """``before(?:\\b(?:A|B))after`` as ``before(?:\\b(?:A))after``, ``before(?:\\b(?:B))after``,
    and an alternative that opens with an optional group, ``(?:X)?R``, as ``(?:X)R`` then ``R``:
    at any place the first of these to match there is what the engine would match, since what
    comes before the group (at most a ``\\b``) leaves it no other choice to try first. None when
    the token is not of that form, captures a group (its number would change) or is searched
    quickly as it is."""
    if before not in ("", "\\b") or rest_source(before + "(?:" + token + ")" + after) is not None:
        return None
    if len(_branches(token)) > 1:  # alternatives of its own ("a|b"): split as the group "(?:a|b)"
        lead, group = "", "(?:" + token + ")"
    else:
        lead = "\\b" if token.startswith("\\b") and token[2:3] not in _QUANT_START else ""
        group = token[len(lead):]
    if not group.startswith("(?:"):
        return None
    try:
        end = _group_end(group, 0)
        if re.compile(token).groups:
            return None
    except (ValueError, re.error):
        return None
    # one group of alternatives, or (when more follows it) the token as one alternative
    branches = _branches(group[3:end]) if end == len(group) - 1 else [group]
    if not all(branches):
        return None
    out = []
    for b in branches:  # (a \\b that opens an alternative is the same \\b before the group)
        own = b.startswith("\\b") and b[2:3] not in _QUANT_START
        body = b[2:] if own else b
        alternatives = [body]
        if body.startswith("(?:"):
            try:
                close = _group_end(body, 0)
            except ValueError:
                return None
            # a greedy "?" tries the group first, then goes on without it
            if body[close + 1:close + 2] == "?" and body[close + 2:close + 3] not in ("?", "+") and body[close + 2:]:
                alternatives = [body[:close + 1] + body[close + 2:], body[close + 2:]]
        for alt in alternatives:
            out.append(before + "(?:" + ("\\b" if lead or own else "") + "(?:" + alt + "))" + after)
    return out if len(out) >= 2 else None


FEW_PARTS = 3  # up to this many possible tokens without a fast search are searched one by one
MANY_PARTS = 16  # and up to this many in all; more in one scan of the whole expression


# -- a leading word boundary, checked apart ---------------------------------------------------
#
# Python's regular expression engine finds a pattern that starts with a literal ("until\s+then")
# by a fast scan for that literal, but one that starts with ``\b`` it tries at every position of
# the text: the same search is ten to twenty times slower. So a pattern that starts with ``\b``
# and then with a literal (or with a group whose alternatives all start with one) is searched
# without the ``\b``, and each place it matches is kept only where a word boundary is. That finds
# the same leftmost match: ``\b`` takes no characters, so the rest matches at a place exactly
# when it matches there after ``\b``.

_QUANT_START = ("?", "*", "+", "{")


def without_lead_boundary(src: str) -> str | None:
    """``src`` with the ``\\b`` it starts with taken out (also one inside a first group of a single
    alternative, as in ``\\b(?:\\bi ...)``), or None when it does not start with one."""
    s, found = src, False
    while True:
        if s.startswith("\\b") and s[2:3] not in _QUANT_START and len(_branches(s)) == 1:
            s, found = s[2:], True
            continue
        if s.startswith("(?:"):
            try:
                end = _group_end(s, 0)
            except ValueError:
                break
            inner = s[3:end]
            if inner.startswith("\\b") and inner[2:3] not in _QUANT_START and s[end + 1:end + 2] not in _QUANT_START \
                    and len(_branches(inner)) == 1:
                s, found = "(?:" + inner[2:] + s[end:], True
                continue
        break
    return s if found else None


def starts_with_literal(src: str) -> bool:
    """Does every match of ``src`` start with a literal character the engine can scan for (a plain
    letter or digit, or a group whose alternatives each start with one)? A cautious reading of
    the expression: False where unsure."""
    if not src or len(_branches(src)) != 1:
        return False
    c = src[0]
    if c.isascii() and c.isalnum():
        return src[1:2] not in ("?", "*") and not src[1:].startswith(("{0", "{,"))
    if src.startswith("(?:"):
        try:
            end = _group_end(src, 0)
        except ValueError:
            return False
        if src[end + 1:end + 2] in _QUANT_START:
            return False
        branches = _branches(src[3:end])
        if len(branches) == 1:
            return starts_with_literal(branches[0] + src[end + 1:])
        return all(b[:1].isascii() and b[:1].isalnum() and b[1:2] not in ("?", "*") and not b[1:].startswith(("{0", "{,"))
                   for b in branches)
    return False


def rest_source(src: str) -> str | None:
    """What to search for instead of ``src`` (the expression after the zero-width assertions it
    starts with: a ``\\b``, a lookbehind; see :func:`lead_assertions`), or None when ``src`` is
    best searched as it is."""
    got = lead_assertions(src)
    return got[1] if got is not None and starts_with_literal(got[1]) else None


def _zero_width(s: str) -> int:
    """The length of the zero-width assertion ``s`` starts with: ``\\b``, a lookaround, or a group
    whose alternatives are each such assertions (``(?:(?<!x)|(?<=oh ))``); 0 for none, or for one
    that is quantified or captures a group (its number would change in the rest)."""
    if s.startswith("\\b"):
        n = 2
    elif s.startswith(("(?<=", "(?<!", "(?=", "(?!")):
        try:
            n = _group_end(s, 0) + 1
            if _regex.compile(s[:n]).groups:
                return 0
        except (ValueError, re.error):
            return 0
    elif s.startswith("(?:"):
        try:
            n = _group_end(s, 0) + 1
        except ValueError:
            return 0
        branches = _branches(s[3:n - 1])
        if not all(b and _zero_width(b) == len(b) and len(_branches(b)) == 1 for b in branches):
            return 0
    else:
        return 0
    return 0 if s[n:n + 1] in _QUANT_START else n


def lead_assertions(src: str) -> tuple[str, str] | None:
    """The zero-width assertions every match of ``src`` starts with, joined, and the expression
    after them; None when it starts with none. They take no characters, so the rest matches at a
    place exactly when ``src`` does there and they hold there: ``\\b(?:(?<!x)ab)`` is ``(?:ab)``
    where ``\\b(?<!x)`` holds. Taken from the front and from inside a first group of a single
    alternative, as long as they stand for the whole expression (not in ``(?<!x)a|b``)."""
    s, leads = src, []
    while len(_branches(s)) == 1:
        n = _zero_width(s)
        if n:
            leads.append(s[:n])
            s = s[n:]
            continue
        if not s.startswith("(?:"):
            break
        try:
            end = _group_end(s, 0)
        except ValueError:
            break
        if s[end + 1:end + 2] in _QUANT_START:
            break
        got = lead_assertions(s[3:end])
        if got is None:
            break
        leads.append(got[0])
        s = "(?:" + got[1] + s[end:]
    return ("".join(leads), s) if leads else None


def _lead_check(src: str, rest: str, flags: int):
    """What :meth:`Phrase.search` tests at the start of each match of ``rest``: the assertions
    ``src`` starts with (most often a word boundary alone)."""
    cut = len(src) - len(rest)
    if cut in (2, 4) and src.replace("\\b", "", cut // 2) == rest:
        return _boundary(flags).match  # (the usual case, told apart without reading the expression)
    known, key = _prebuilt(), source_key(src)
    if known.get(FAST_PREFIX + key) == rest:  # prebuilt: a lead other than \\b is listed
        lead = known.get(LEAD_PREFIX + key, "\\b")
    else:
        got = lead_assertions(src)
        lead = got[0] if got is not None and got[1] == rest else "\\b"
    return _boundary(flags).match if lead == "\\b" else _regex.compile(lead, flags).match


FAST_PREFIX = "fast:"  # data/guards.json: "fast:<SHA-1 of an expression>" -> rest_source(expression)
LEAD_PREFIX = "lead:"  # and "lead:<SHA-1>" -> the assertions before that rest, when not a \\b alone


def fast_entries(src: str) -> dict[str, str | None]:
    """What data/guards.json records of how an expression is searched (see :func:`rest_source`)."""
    key = source_key(src)
    rest = rest_source(src)
    out: dict[str, str | None] = {FAST_PREFIX + key: rest}
    if rest is not None:
        got = lead_assertions(src)
        if got is not None and got[0].replace("\\b", ""):
            out[LEAD_PREFIX + key] = got[0]
    return out


@lru_cache(maxsize=None)
def _boundary(flags: int) -> re.Pattern[str]:
    return _regex.compile(r"\b", flags)


class Phrase:
    """A pattern from the data: compiled on first use, with the guard literals it needs.

    A token table also keeps one pattern per token, each with its own guard, so that
    :meth:`first` can search only the tokens whose literals a text holds."""

    __slots__ = ("source", "flags", "where", "guard", "needs", "_needy", "_compiled", "_parts", "_rest", "_rest_src", "_index",
                 "_keys", "_free", "_at_boundary", "_by_mask")

    def __init__(self, spec: Any, flags: int = 0, where: str = "pattern", *, guarded: bool = True):
        self.source = source(spec, where)
        self.flags, self.where = flags, where
        self.guard = guard(self.source, flags) if guarded else None
        # further literal sets a match needs, each of which the text must hold one of
        self.needs = needs(self.source, flags) if guarded else ()
        self._compiled: re.Pattern[str] | None = None
        self._parts = [Phrase(src, flags, where) for src in part_sources(spec)]
        # the expression after a leading \b, when searching for it is the faster way (see above);
        # worked out on first use ("" until then: reading the expression costs time at start-up)
        # (a token table's whole expression starts with a group of tokens, which the engine
        # cannot scan for: it is searched as it is, and its tokens the faster way)
        self._rest_src: str | None = None if self._parts else ""
        self._rest: re.Pattern[str] | None = None
        self._at_boundary: Any = None
        # which tokens each guard literal makes possible (bit k: token k), and the tokens that
        # have no guard (always possible)
        self._index: dict[str, int] = {}
        self._free = 0
        self._needy = 0  # the tokens with further needs
        for k, part in enumerate(self._parts):
            if part.guard is None:
                self._free |= 1 << k
            else:
                for lit in part.guard:
                    self._index[lit] = self._index.get(lit, 0) | 1 << k
            if part.needs:
                self._needy |= 1 << k
        self._keys = frozenset(self._index)
        self._by_mask: dict[int, list[Phrase] | None] = {}  # which tokens, for each set of possible ones
        if self.guard:
            _LITERALS.update(self.guard)
        for lits in self.needs:
            _LITERALS.update(lits)

    def _rest_source(self) -> str | None:
        """The expression after the leading \\b, or None when this one is searched as it is."""
        src = self._rest_src
        if src == "":
            if self.flags & _IGNORECASE:
                src = None
            else:  # prebuilt for the shipped patterns (data/guards.json), else read here
                src = _prebuilt().get(FAST_PREFIX + source_key(self.source), "")
                if src == "":
                    src = rest_source(self.source)
            self._rest_src = src
        return src

    def _possible_parts(self, literals: frozenset[str]) -> list[Phrase] | None:
        """The tokens that can match a text holding these literals, in their order; None when one
        scan of the whole expression is the cheaper way (no tokens, or many slow ones)."""
        if not self._parts:
            return None
        mask, index = self._free, self._index
        for lit in self._keys.intersection(literals):
            mask |= index[lit]
        needy = mask & self._needy
        if needy:
            parts = self._parts
            while needy:
                bit = needy & -needy
                for lits in parts[bit.bit_length() - 1].needs:
                    if lits.isdisjoint(literals):
                        mask ^= bit
                        break
                needy ^= bit
        if mask in self._by_mask:
            return self._by_mask[mask]
        parts, out = self._parts, []
        slow, bits = 0, mask
        while bits:
            bit = bits & -bits
            part = parts[bit.bit_length() - 1]
            out.append(part)
            slow += part._rest_source() is None
            bits ^= bit
        got = None if slow > FEW_PARTS or len(out) > MANY_PARTS else out  # else one scan is cheaper
        if len(self._by_mask) > 512:
            self._by_mask.clear()
        self._by_mask[mask] = got
        return got

    def first(self, text: str, literals: frozenset[str]) -> re.Match[str] | None:
        """The same match as ``search(text)``, found by searching only the tokens that can match
        a text holding these literals: the leftmost match, and at a tie the earlier token, which
        is how the regular expression engine chooses among alternatives."""
        if not self.possible(literals):
            return None
        parts = self._possible_parts(literals)
        if parts is None:
            return self.search(text)
        best = None
        for part in parts:
            m = part.search(text)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best

    def finditer_in(self, text: str, literals: frozenset[str]) -> list[re.Match[str]]:
        """The same matches as ``finditer(text)``: with few possible tokens, found as repeated
        :meth:`first` searches from the end of the previous match (what finditer does for
        matches that are not empty; an empty one sends it back to the whole expression)."""
        if not self.possible(literals):
            return []
        parts = self._possible_parts(literals)
        if parts is None:
            return self.findall_matches(text)
        if len(parts) < 2:  # (most often none or one: no choosing among the tokens' matches)
            return parts[0].findall_matches(text) if parts else []
        out: list[re.Match[str]] = []
        pos = 0
        # each token's next match from pos; one found from an earlier pos still is, if it starts
        # at or after pos (nothing of that token matched in between)
        ahead: list[re.Match[str] | None] = [None] * len(parts)
        while True:
            best = None
            for k, part in enumerate(parts):
                m = ahead[k]
                if m is _NEVER:
                    continue
                if m is None or m.start() < pos:
                    m = part.search(text, pos)
                    if m is None:
                        ahead[k] = _NEVER
                        continue
                    ahead[k] = m
                if best is None or m.start() < best.start():
                    best = m
            if best is None:
                return out
            if best.end() == best.start():
                return list(self.compiled.finditer(text))
            out.append(best)
            pos = best.end()

    def findall_matches(self, text: str) -> list[re.Match[str]]:
        """``list(finditer(text))``, by the faster search where there is one."""
        if self._rest_source() is None:
            return list(self.compiled.finditer(text))
        out: list[re.Match[str]] = []
        pos = 0
        while True:
            m = self.search(text, pos)
            if m is None:
                return out
            if m.end() == m.start():  # what finditer does after an empty match is its own
                return list(self.compiled.finditer(text))
            out.append(m)
            pos = m.end()

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            try:
                self._compiled = _regex.compile(self.source, self.flags)
            except re.error as exc:
                raise ValueError(f"{self.where} is not a valid pattern: {exc}") from None
        return self._compiled

    @property
    def pattern(self) -> str:
        return self.source

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The leftmost match, as ``re.Pattern.search`` finds it."""
        rest = self._rest
        if rest is None:
            src = self._rest_source()
            if src is None:
                whole = self._compiled or self.compiled
                return whole.search(text, pos) if endpos is None else whole.search(text, pos, endpos)
            try:
                rest = self._rest = _regex.compile(src, self.flags)
            except re.error:
                self.compiled  # an invalid pattern is reported as one, under its own text
                raise
            self._at_boundary = _lead_check(self.source, src, self.flags)
        if endpos is None:
            endpos = len(text)
        m = rest.search(text, pos, endpos)
        if m is None:
            return None
        at_boundary = self._at_boundary
        while not at_boundary(text, m.start(), endpos):
            m = rest.search(text, m.start() + 1, endpos)
            if m is None:
                return None
        return m

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        return self.compiled.match(text, *args)

    def finditer(self, text: str, *args: int):
        if not args and self._rest_source() is not None:
            return iter(self.findall_matches(text))
        return self.compiled.finditer(text, *args)

    def possible(self, literals: frozenset[str]) -> bool:
        """False when the pattern cannot match a text that holds only these guard literals."""
        if self.guard is not None and self.guard.isdisjoint(literals):
            return False
        for lits in self.needs:
            if lits.isdisjoint(literals):
                return False
        return True


#: the expressions of :func:`fast` made so far (tools/build_pattern_guards.py prebuilds their rests)
CODE_SOURCES: set[str] = set()


def fast(src: str, flags: int = 0) -> Phrase:
    """An expression written in the code (not the data), with the same matches as
    ``re.compile(src, flags)``, searched the faster way where it starts with ``\\b`` (see above)."""
    CODE_SOURCES.add(src)
    return Phrase(src, flags, guarded=False)


_NEVER = _regex.compile("x").match("x")  # stands for "this token has no match further on"


# every guard literal of every phrase made so far; a scan looks for all of them
_LITERALS: set[str] = set()
_scanner: tuple[int, Any, frozenset[str]] | None = None
_second = itemgetter(1)


def _build_scanner(literals: frozenset[str]):
    if not literals:
        return None  # an automaton with no words cannot scan
    try:
        import ahocorasick  # C extension: one pass over the text for all literals
    except ImportError:
        return None
    automaton = ahocorasick.Automaton()
    for lit in literals:
        automaton.add_word(lit, lit)
    automaton.make_automaton()
    return automaton


def reset_scanner() -> None:
    """Build the literal scanner again on the next scan (after pyahocorasick appears or goes)."""
    global _scanner
    _scanner = None


def scanner_kind() -> str:
    """"aho-corasick" (pyahocorasick) or "substring" (the pure-Python fallback)."""
    return "substring" if _current()[1] is None else "aho-corasick"


def catalogue_size() -> int:
    """How many guard literals are known (grows when new phrases are made)."""
    return len(_LITERALS)


def _current() -> tuple[int, Any, frozenset[str]]:
    """The scanner for the literals known now (rebuilt when new phrases brought new literals)."""
    global _scanner
    if _scanner is None or _scanner[0] != len(_LITERALS):
        lits = frozenset(_LITERALS)
        _scanner = (len(lits), _build_scanner(lits), lits)
    return _scanner


_reach: tuple[int, int | None] = (-1, None)


def literal_reach() -> int | None:
    """How far a literal reaches past one of its characters (the longest literal's length less
    one), or None when no literal scan can be pieced together from stretches: the scanner is the
    substring fallback, or a literal holds a space (then a space between two stretches could lie
    inside one). Without spaces, a literal never covers a run of spaces, so the literals of a
    text are those of the stretches between its runs of spaces."""
    global _reach
    size, automaton, lits = _current()
    if _reach[0] != size:
        spaced = automaton is None or not lits or any(not lit.isprintable() or " " in lit for lit in lits)
        _reach = (size, None if spaced else max(map(len, lits)) - 1)
    return _reach[1]


def occurrences(text: str, *, pure: bool = False) -> list[tuple[int, int, str]]:
    """Every occurrence of every guard literal in a (lowercased) text: (start, end, literal), in
    order of their ends. ``pure`` uses the substring fallback even where pyahocorasick is installed."""
    _, automaton, lits = _current()
    if pure or automaton is None:
        out = []
        for lit in lits:
            i = text.find(lit)
            while i != -1:
                out.append((i, i + len(lit), lit))
                i = text.find(lit, i + 1)
        out.sort(key=_second)
        return out
    return [(end - len(lit) + 1, end + 1, lit) for end, lit in automaton.iter(text)]


def literals_in(text: str, start: int = 0, end: int | None = None, *, pure: bool = False) -> frozenset[str]:
    """The guard literals that occur in a (lowercased) text, or in ``text[start:end]`` (without
    making the slice: the automaton scans just that stretch)."""
    _, automaton, lits = _current()
    if pure or automaton is None:
        if start or end is not None:
            text = text[start:end]
        return frozenset(lit for lit in lits if lit in text)
    if start or end is not None:
        return frozenset(map(_second, automaton.iter(text, start, len(text) if end is None else end)))
    return frozenset(map(_second, automaton.iter(text)))


_first = itemgetter(0)
_longest: tuple[int, int] = (-1, 0)  # (catalogue size, the longest literal's length)


def literals_within(text: str, spans: list[tuple[int, int]]) -> tuple[frozenset[str], list[frozenset[str]]] | None:
    """The guard literals of a (lowercased) text, and those lying wholly inside each of some
    spans of it, from one scan of the whole text; None where there is no automaton (the
    substring fallback scans each span on its own)."""
    global _longest
    size, automaton, lits = _current()
    if automaton is None or not lits:
        return None
    if _longest[0] != size:
        _longest = (size, max(map(len, lits)))
    reach = _longest[1] - 1
    found = list(automaton.iter(text))  # (index of the last character, literal), in order of ends
    ends = list(map(_first, found))
    out = []
    for start, end in spans:
        # a literal ending at e is inside when e < end and it starts at or after start, as every
        # one ending at start + reach or later does
        i, k, j = bisect_left(ends, start), bisect_left(ends, start + reach), bisect_left(ends, end)
        if k > j:
            k = j
        near = [lit for e, lit in found[i:k] if e - len(lit) + 1 >= start] if k > i else ()
        out.append(frozenset((*near, *map(_second, found[k:j]))) if near else frozenset(map(_second, found[k:j])))
    return frozenset(map(_second, found)), out
