"""Word knowledge: the dictionary, how rare a word is, stems and synonym groups.

Every check that needs to know about English words asks here, through these public functions.

The dictionary is pyspellchecker's English word list with its counts, plus ``data/known_words.txt``,
prebuilt into ``data/words.idx`` by ``tools/build_word_index.py`` so that opening it costs about
a millisecond rather than the quarter second the JSON list takes: a header line, the words sorted
and joined by newlines (UTF-8), the offset of each word, and one count per word (little-endian
32-bit integers). The words stay one block of bytes, never 160,000 Python strings (which would
cost time to make and again to free at exit); the file is memory-mapped and the offsets and counts
are read in place (views of its pages), so opening it reads nothing but the header. A lookup bisects the offsets, and the answers for words seen are kept in a dict.
"""
from __future__ import annotations

import json
import math
import sys
from array import array
from functools import lru_cache
from typing import Any

from ._toml import data_mapped, data_text, loads, prebuilt

INDEX = "data/words.idx"
#: string.punctuation, written out: the string module compiles a pattern as it is imported
PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
_MAGIC = "followup-edu word index"


class Dictionary:
    """The known words (lowercase) and how often each occurs; ``word in dictionary`` works."""

    __slots__ = ("_blob", "_base", "_offsets", "_counts", "_n", "_seen", "_known", "letters", "longest")

    def __init__(self, blob, offsets, counts, letters: str, longest: int, base: int = 0):
        # blob[base:] holds the words; offsets and counts are sequences of ints (arrays, or views
        # of the mapped file)
        self._blob, self._base, self._offsets, self._counts, self._n = blob, base, offsets, counts, len(counts)
        self._seen: dict[str, int] = {}
        self._known: set[str] = set()  # words looked up and found, for set arithmetic
        self.letters, self.longest = letters, longest

    def _find(self, key: bytes) -> int:
        """The count of a word given as UTF-8 (whose byte order is the words' code point order)."""
        blob, off, base = self._blob, self._offsets, self._base
        lo, hi = 0, self._n
        while lo < hi:
            mid = (lo + hi) // 2
            if blob[base + off[mid]:base + off[mid + 1] - 1] < key:
                lo = mid + 1
            else:
                hi = mid
        if lo < self._n and blob[base + off[lo]:base + off[lo + 1] - 1] == key:
            return self._counts[lo]
        return 0

    def count(self, word: str) -> int:
        """How often the word occurs in the word list (0 when unknown). ``word`` is lowercase."""
        seen = self._seen.get(word)
        if seen is None:
            seen = self._find(word.encode("utf-8", "surrogatepass"))
            if len(self._seen) < 200_000:
                self._seen[word] = seen
        return seen

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.count(word) > 0

    def unknown(self, words: set[str]) -> set[str]:
        """The words of a set that are not in the dictionary (lowercase)."""
        known, count = self._known, self.count
        out = set()
        for w in words - known:
            if count(w):
                if len(known) < 200_000:
                    known.add(w)
            else:
                out.add(w)
        return out

    def __len__(self) -> int:
        return self._n


def read_index(data) -> Dictionary:
    """The dictionary in a word index's bytes (kept, not copied)."""
    head_end = data.find(b"\n")
    meta = json.loads(data[:head_end]) if head_end > 0 else {}
    if meta.get("format") != _MAGIC:
        raise ValueError("not a word index")
    size, n = meta["words_bytes"], meta["words"]
    base = head_end + 1
    tables = base + size
    if len(data) - tables != 4 * (2 * n + 1):
        raise ValueError("word index is damaged")
    view = memoryview(data)
    if sys.byteorder == "little" and array("I").itemsize == 4:
        offsets: Any = view[tables:tables + 4 * (n + 1)].cast("I")
        counts: Any = view[tables + 4 * (n + 1):].cast("I")
    else:  # pragma: no cover - big-endian machines read a copy
        offsets, counts = array("I"), array("I")
        offsets.frombytes(view[tables:tables + 4 * (n + 1)])
        counts.frombytes(view[tables + 4 * (n + 1):])
        if sys.byteorder != "little":
            offsets.byteswap()
            counts.byteswap()
    if len(counts) != n or len(offsets) != n + 1 or offsets[-1] != size + 1:
        raise ValueError("word index is damaged")
    return Dictionary(data, offsets, counts, meta["letters"], meta["longest"], base)


def write_index(counts: dict[str, int]) -> bytes:
    """The bytes of a word index for these words and counts (the same input gives the same bytes)."""
    words = sorted(counts)
    letters = "".join(sorted({c for w in words for c in w}))
    encoded = [w.encode("utf-8") for w in words]
    blob = b"\n".join(encoded)
    offsets = array("I", [0])
    for e in encoded:
        offsets.append(offsets[-1] + len(e) + 1)  # each word, then its newline
    values = array("I", (counts[w] for w in words))
    if sys.byteorder != "little":
        values.byteswap()
        offsets.byteswap()
    meta = {"format": _MAGIC, "version": 2, "words": len(words), "words_bytes": len(blob), "letters": letters,
            "longest": max(map(len, words))}
    header = json.dumps(meta, ensure_ascii=True, sort_keys=True).encode()
    return header + b"\n" + blob + offsets.tobytes() + values.tobytes()


@lru_cache(maxsize=1)
def dictionary() -> Dictionary:
    """The dictionary, opened (memory-mapped) on first use."""
    return read_index(data_mapped(INDEX))


def is_word(word: str) -> bool:
    """True for a word in the dictionary (lowercase)."""
    return word in dictionary()


def frequency(word: str) -> int:
    """How often a word (any case) occurs in the word list; 0 for an unknown word."""
    return dictionary().count(word.lower())


def _worth_checking(word: str, longest: int) -> bool:
    """pyspellchecker's rule for which strings it looks up at all."""
    if len(word) == 1 and word in PUNCTUATION:
        return False
    if len(word) > longest + 3:
        return False
    if word.lower() in ("nan", "inf", "infinity"):
        return True
    try:
        float(word)
        return False
    except ValueError:
        return True


def corrections(word: str) -> set[str] | None:
    """Known words one edit (a letter deleted, swapped, replaced or inserted) from a lowercase
    word: the word itself when it is known, None when nothing is one edit away."""
    d = dictionary()
    if word in d and _worth_checking(word, d.longest):
        return {word}
    if not _worth_checking(word, d.longest):
        return {word}
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {L + R[1:] for L, R in splits if R}
    edits.update(L + R[1] + R[0] + R[2:] for L, R in splits if len(R) > 1)
    edits.update(L + c + R[1:] for L, R in splits if R for c in d.letters)
    edits.update(L + c + R for L, R in splits for c in d.letters)
    found = {w for w in edits if w in d and _worth_checking(w, d.longest)}
    return found or None


def technical_term(word: str, endings) -> bool:
    """Does a lowercase word end like a technical term of its field ("statins", "valsartan"): one of
    the given endings, alone or with a plural "s"? Such a word is vocabulary, not a slip of the
    common word one edit away. A word that is a known one with its final g dropped ("restatin",
    "statin" for "stating") is read as that slip all the same."""
    base = word[:-1] if word.endswith("s") else word
    return any(base.endswith(e) for e in endings) and word + "g" not in dictionary()


@lru_cache(maxsize=65536)
def rarity(word: str) -> float:
    """Rarer words weigh more: about log10 of how much rarer than 'the' the word is, 1 to 6."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    count = dictionary().count(word)
    top = 23_000_000  # about the count of the most common word in pyspellchecker's list
    return max(1.0, min(6.0, math.log10(top / (count + 1))))


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """The words that make text prose rather than a list of keywords ("the", "and", "to"...)."""
    text = data_text("data/function_words.txt")
    words = []
    for line in text.splitlines():
        if not line.startswith("#"):
            words.extend(line.split())
    return frozenset(words)


@lru_cache(maxsize=1)
def _stemmer():
    return _english_stemmer_class()()


def _english_stemmer_class():
    """snowballstemmer's English stemmer, imported on first use and on its own: the package's
    __init__ imports all of its thirty languages, which costs more than the rest of a first check.
    The package module is made without running its __init__, only while the English module
    imports, so a later ``import snowballstemmer`` anywhere still gets the whole package."""
    import importlib
    import importlib.util

    if "snowballstemmer" in sys.modules:
        return importlib.import_module("snowballstemmer.english_stemmer").EnglishStemmer
    spec = importlib.util.find_spec("snowballstemmer")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("snowballstemmer")
    package = importlib.util.module_from_spec(spec)
    sys.modules["snowballstemmer"] = package
    try:
        return importlib.import_module("snowballstemmer.english_stemmer").EnglishStemmer
    finally:
        if sys.modules.get("snowballstemmer") is package:
            del sys.modules["snowballstemmer"]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem of a lowercase word."""
    return _stemmer().stemWord(word)


def synonym_stems(text: str) -> dict[str, str]:
    """Each stem of data/synonyms.toml's words -> the stem of its group's first word."""
    raw = loads(text, "synonyms.toml")
    out: dict[str, str] = {}
    for group in raw["groups"]:
        key = stem(group[0].lower())
        for word in group:
            out.setdefault(stem(word.lower()), key)
    return out


@lru_cache(maxsize=1)
def _groups() -> dict[str, str]:
    text = data_text("data/synonyms.toml")
    return prebuilt("synonym stems", text) or synonym_stems(text)  # stemming every word takes a while


@lru_cache(maxsize=65536)
def concept(word: str) -> str:
    """The idea a word stands for: its stem, mapped through the synonym groups (data/synonyms.toml)."""
    s = stem(word.lower().replace("’", "'").split("'")[0])
    return _groups().get(s, s)
