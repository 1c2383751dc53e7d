"""The text the checks read: a draft with disguises and invisible characters taken out.

A zero-width space inside "[Company Name]", a Cyrillic "А" in "ASAP", fullwidth letters or a
no-break space must neither hide a problem from a check nor cause a false alarm. So the parser
reads a cleaned copy of each text:

* invisible characters (zero-width space, joiners, soft hyphen, byte-order mark...) are dropped;
* odd spaces (no-break, thin, ideographic...) become a plain space;
* Unicode compatibility folding (NFKC, from the standard library's ``unicodedata``) turns
  fullwidth letters, ligatures and the like into their plain forms;
* Cyrillic and Greek look-alikes of Latin letters become the Latin letter inside a word that is
  meant as Latin (see ``data/lookalikes.toml``).

The cleaned copy can be shorter or longer than the original, so :class:`Cleaned` keeps, for each
of its characters, where in the original it came from; :meth:`Cleaned.span` maps a span back, so a
highlight always covers the words as the writer typed them. Plain ASCII text (most drafts) is
returned as it is, without building anything.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from . import _regex
from ._toml import data_text, loads
from .errors import RegistryError


@dataclass(frozen=True)
class Table:
    invisible: frozenset[str]
    spaces: frozenset[str]
    keep: frozenset[str]
    latin: dict[str, str]
    #: any character that may need work: a text with none of these, already NFKC, is left alone
    suspect: re.Pattern[str]
    #: a word holding at least one look-alike letter
    lookalike_word: re.Pattern[str]


@lru_cache(maxsize=1)
def table() -> Table:
    """The character lists from ``data/lookalikes.toml`` (read once, on the first non-ASCII text)."""
    return table_from(loads(data_text("data/lookalikes.toml"), "lookalikes.toml", RegistryError))


def table_from(raw: dict) -> Table:
    """The character lists from parsed TOML; a clear error naming the file when they are misshapen."""
    try:
        invisible = frozenset(raw["invisible"])
        spaces = frozenset(raw["spaces"])
        keep = frozenset(raw.get("keep", ()))
        latin = {str(k): str(v) for k, v in raw["latin"].items()}
    except (KeyError, TypeError, AttributeError) as exc:
        raise RegistryError(f"lookalikes.toml is missing or misshapes a list: {exc}") from None
    for name, chars in (("invisible", invisible), ("spaces", spaces), ("keep", keep), ("latin", latin)):
        bad = [c for c in chars if len(c) != 1]
        if bad:
            raise RegistryError(f"lookalikes.toml: every entry under {name} must be one character, not {bad[0]!r}")
    if any(len(v) != 1 for v in latin.values()):
        raise RegistryError("lookalikes.toml: every look-alike must be read as exactly one Latin letter")
    suspect = _regex.compile("[" + "".join(map(re.escape, sorted(invisible | spaces | set(latin)))) + "]")
    letters = "".join(map(re.escape, sorted(latin)))
    lookalike_word = _regex.compile(rf"[^\W\d_]*[{letters}][^\W\d_]*")
    return Table(invisible, spaces, keep, latin, suspect, lookalike_word)


@dataclass(frozen=True)
class Cleaned:
    """A cleaned text and, for each of its characters, the original span it came from."""

    original: str
    text: str
    starts: tuple[int, ...] | None = None  # None: ``text`` is ``original``
    ends: tuple[int, ...] | None = None

    def offset(self, i: int) -> int:
        """Where cleaned offset ``i`` (a start) is in the original."""
        if self.starts is None:
            return i
        return self.starts[i] if i < len(self.starts) else len(self.original)

    def span(self, span: tuple[int, int]) -> tuple[int, int]:
        """A span of the cleaned text as the span of the original it was made from."""
        if self.starts is None or self.ends is None:
            return span
        s, e = span
        if e <= s:
            o = self.offset(s)
            return (o, o)
        return (self.offset(s), self.ends[min(e, len(self.ends)) - 1])


_NON_ASCII = _regex.compile(r"[^\x00-\x7f]+")


def _is_latin(c: str) -> bool:
    return c.isascii() and c.isalpha() or "LATIN" in unicodedata.name(c, "")


def without_invisible(text: str) -> str:
    """``text`` with the invisible characters dropped and nothing else changed (for markup, where
    a zero-width space inside a tag would otherwise hide that the text is HTML)."""
    if text.isascii():
        return text
    invisible = table().invisible
    return "".join(c for c in text if c not in invisible)


def clean(text: str) -> Cleaned:
    """The text the checks read, with the way back to the original (see the module's notes)."""
    c = _clean_characters(text)
    if "*" in text or "__" in text:
        c = _without_emphasis(c)
    return c


def _clean_characters(text: str) -> Cleaned:
    if text.isascii():
        return Cleaned(text, text)
    t = table()
    if unicodedata.is_normalized("NFKC", text) and not t.suspect.search(text):
        return Cleaned(text, text)
    cleaned, starts, ends = _by_cluster(text, t)
    if t.latin:
        cleaned = t.lookalike_word.sub(lambda m: _as_latin(m.group(), t.latin), cleaned)
    return Cleaned(text, cleaned, tuple(starts), tuple(ends))


# markdown emphasis pasted from a web page: "**automated dashboards**", "*very*", "__next steps__"
# (a mark touches a word on its inside and no word on its outside; "5 * 3", "my_file" and a blank
# "______" are left alone)
_EMPHASIS = _regex.compile(r"(?<![\w*])(\*\*?)(?=[^\s*])[^*\n]*?[^\s*]\1(?![\w*])"
                       r"|(?<![\w_])(__?)(?=[^\s_])[^_\n]*?[^\s_]\2(?![\w_])")


def _without_emphasis(c: Cleaned) -> Cleaned:
    """``c`` with the marks of markdown emphasis dropped, so "**Thank you** for" reads as "Thank
    you for" to every check; the words keep their way back to the original."""
    drop: set[int] = set()
    for m in _EMPHASIS.finditer(c.text):
        n = len(m.group(1) or m.group(2))
        drop.update(range(m.start(), m.start() + n))
        drop.update(range(m.end() - n, m.end()))
    if not drop:
        return c
    keep = [i for i in range(len(c.text)) if i not in drop]
    text = "".join(c.text[i] for i in keep)
    if c.starts is None or c.ends is None:
        starts, ends = tuple(keep), tuple(i + 1 for i in keep)
    else:
        starts, ends = tuple(c.starts[i] for i in keep), tuple(c.ends[i] for i in keep)
    return Cleaned(c.original, text, starts, ends)


def _by_cluster(text: str, t: Table) -> tuple[str, list[int], list[int]]:
    """Cleaned a letter and its combining marks at a time (so "e" + acute folds to "é")."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for run in _NON_ASCII.finditer(text):
        a, b = run.span()
        if a > pos:  # a plain stretch is copied whole
            out.append(text[pos:a])
            starts.extend(range(pos, a))
            ends.extend(range(pos + 1, a + 1))
        i = a
        if a > pos and unicodedata.combining(text[a]):  # a mark on a plain letter folds with it
            out[-1] = out[-1][:-1]
            del starts[-1], ends[-1]
            i = a - 1
        while i < b:
            c = text[i]
            j = i + 1
            if c in t.invisible:
                i = j
                continue
            if c in t.spaces:
                piece = " "
            elif c in t.keep:
                piece = c
            else:
                # a letter and the combining marks after it fold together ("e" + acute -> "é")
                while j < b and unicodedata.combining(text[j]):
                    j += 1
                piece = unicodedata.normalize("NFKC", text[i:j])
            out.append(piece)
            starts.extend([i] * len(piece))
            ends.extend([j] * len(piece))
            i = j
        pos = b
    if pos < len(text):
        out.append(text[pos:])
        starts.extend(range(pos, len(text)))
        ends.extend(range(pos + 1, len(text) + 1))
    return "".join(out), starts, ends


def _as_latin(word: str, latin: dict[str, str]) -> str:
    """A word with look-alike letters read as Latin, when it is meant as Latin: it has a Latin
    letter too, or every letter in it looks Latin. (Same length: the offsets stay.)"""
    if any(_is_latin(c) for c in word) or all(c in latin for c in word):
        return "".join(latin.get(c, c) for c in word)
    return word
