"""The structure of a draft: greeting, body paragraphs, sentences and sign-off, with offsets.

Everything here is measured in offsets into the body string the checks receive, so every
finding's span points at the words it is about.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property, lru_cache, partial
from itertools import accumulate
from operator import itemgetter
from dataclasses import dataclass, field
from typing import NamedTuple

from . import _regex, lexicon, patterns, vocabulary
from .normalize import Cleaned, clean

WORD_RE = _regex.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
# the same words in ASCII text, where a letter is [A-Za-z] (a class the engine tests faster)
_ASCII_WORD_RE = _regex.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")
_ABBREVIATIONS = frozenset("mr mrs ms dr prof st e.g i.e etc vs no jr sr inc ltd co approx dept fig mx".split())
_SENTENCE_END = _regex.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
_BULLET = _regex.compile(r"\s*(?:[-*•·–]|\d{1,2}[.)])\s+")
# emoji and pictographs (colour, symbols, flags, hearts, smileys)
EMOJI_RE = _regex.compile("[\U0001F300-\U0001FAFF\U0001F600-\U0001F64F\u2600-\u26FF\u2700-\u27BF\U0001F1E6-\U0001F1FF\u2764\u263a]")
_BLANK_SPLIT = _regex.compile(r"\n[ \t\u00a0]*\n\s*")


function_words = lexicon.function_words  # the parser's test for prose; kept here for callers


def normalize_newlines(text: str) -> str:
    """Make every line break a ``\\n`` without moving any offset (``\\r\\n`` -> `` \\n``)."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", " \n").replace("\r", "\n")


class Piece(NamedTuple):
    """A stretch of the body: ``text == body[start:end]``."""

    start: int
    end: int
    text: str

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


def lower_keep(text: str) -> str:
    """Lowercase without changing the length (so offsets stay valid); patterns match this form."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low.replace("’", "'") if "’" in low else low  # one apostrophe for the patterns


def lower_word(word: str) -> str:
    """A word as the word lists hold it: lowercase, with one kind of apostrophe."""
    return word.lower().replace("’", "'")


def _is_prose(words: tuple[Piece, ...], function_count: int | None = None, text: str = "") -> bool:
    """False for keyword salads: five or more words with hardly any function words. A short
    sentence that ends like one and lists nothing ("Joining Castleway remains my first choice.")
    is prose with a single function word."""
    n = len(words)
    if n == 0:
        return False
    if function_count is None:
        fw = function_words()
        function_count = sum(1 for w in words if lower_word(w.text) in fw)
    k = function_count
    if n >= 5:
        return k / n >= 0.2 or (n <= 8 and k >= 1 and text.rstrip()[-1:] in ".!?" and text.count(",") < 2)
    return k >= 1 or n <= 2


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence; ``low`` is its lowercased text (same offsets) that the patterns are matched on."""

    start: int
    end: int
    text: str
    words: tuple[Piece, ...] = ()
    low: str = ""
    is_prose: bool = False

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


_new_piece = partial(tuple.__new__, Piece)


def words_in(text: str, offset: int = 0) -> tuple[Piece, ...]:
    """The words of a text as pieces (offsets shifted by ``offset``); built without a Python-level
    loop, since every draft's words pass through here."""
    found = list((_ASCII_WORD_RE if text.isascii() else WORD_RE).finditer(text))
    starts, ends = map(re.Match.start, found), map(re.Match.end, found)
    if offset:
        starts, ends = map(offset.__add__, starts), map(offset.__add__, ends)
    return tuple(map(_new_piece, zip(starts, ends, map(re.Match.group, found))))


def words_of(text: str) -> list[str]:
    """``WORD_RE.findall(text)``: the words of a text, by the faster expression for ASCII text."""
    return (_ASCII_WORD_RE if text.isascii() else WORD_RE).findall(text)


def _lines(text: str, start: int, end: int) -> list[Piece]:
    out = []
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        out.append(_new_piece((pos, stop, text[pos:stop])))
        if nl == -1:
            break
        pos = nl + 1
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str, start: int, end: int, low: str | None = None,
                    words: tuple[Piece, ...] | None = None, function_counts: list[int] | None = None) -> list[Sentence]:
    """Sentences of one paragraph, split at end punctuation, bullets and unpunctuated line ends."""
    cuts: list[int] = []
    for m in _SENTENCE_END.finditer(text, start, end):
        before = text[start:m.start()].rsplit(None, 1)
        prev = before[-1].lower().rstrip(".") if before else ""
        if m.group().startswith(".") and len(m.group()) == 1 and (prev in _ABBREVIATIONS or len(prev) == 1):
            continue
        cuts.append(m.end())
    # line breaks inside a paragraph: a bullet, or a line that ends without punctuation
    # followed by one that starts with a capital (a list or a signature, not a hard wrap)
    lines = _lines(text, start, end)
    for above, line in zip(lines, lines[1:]):
        tail = above.text.rstrip()
        nxt = line.text.lstrip()[:1]
        if _BULLET.match(line.text) or tail.endswith(":"):
            cuts.append(line.start)
        elif nxt.isupper() and tail[-1:].isalnum() and len(tail) < 45:
            cuts.append(line.start)  # a short unpunctuated line: a list item or a label, not a wrap
    cuts = sorted(set(c for c in cuts if start < c < end))
    out = []
    pos = start
    for cut in [*cuts, end]:
        s, e = _trim(text, pos, cut)
        if e > s:
            k = None
            if words is not None:
                i, j = bisect_left(words, (s,)), bisect_left(words, (e,))
                ws = words[i:j]
                if function_counts is not None:
                    k = function_counts[j] - function_counts[i]
            else:
                ws = words_in(text[s:e], s)
            lowered = low[s:e] if low is not None else lower_keep(text[s:e])
            out.append(Sentence(s, e, text[s:e], ws, lowered, _is_prose(ws, k, text[s:e])))
        pos = cut
    return out


@dataclass
class Draft:
    """A draft taken apart. ``core_start:core_end`` is the text between the greeting and the sign-off."""

    subject: str
    body: str
    greeting: Piece | None = None
    greeting_name: Piece | None = None
    closing: Piece | None = None
    signature: list[Piece] = field(default_factory=list)
    #: an earlier message quoted below the letter ("On Tue, ... wrote:" and what follows), if any
    quoted: Piece | None = None
    core_start: int = 0
    core_end: int = 0
    paragraphs: list[Piece] = field(default_factory=list)
    #: the writer parts the text between greeting and sign-off into blocks with blank lines
    blank_lines: bool = False
    sentences: list[Sentence] = field(default_factory=list)
    words: tuple[Piece, ...] = ()
    lbody: str = ""
    #: the token table: each word as the word lists hold it (``lower_word``), aligned with
    #: ``words``, and the set of them
    lwords: tuple[str, ...] = ()
    lword_set: frozenset[str] = frozenset()
    prose: list[Sentence] = field(default_factory=list)
    total_words: int | None = None  # set when only the start of a very long body was parsed
    #: the way back from the text the checks read to the text as written (see :mod:`.normalize`)
    cleaned_subject: Cleaned | None = field(default=None, repr=False, compare=False)
    cleaned_body: Cleaned | None = field(default=None, repr=False, compare=False)
    _scan: tuple | None = field(default=None, repr=False, compare=False)
    _in_sentence: dict = field(default_factory=dict, repr=False, compare=False)
    _found: dict = field(default_factory=dict, repr=False, compare=False)
    _keep: list = field(default_factory=list, repr=False, compare=False)
    #: what the checks' readers work out once per draft and share (see :mod:`.checks._clause`)
    _memo: dict = field(default_factory=dict, repr=False, compare=False)

    def original_span(self, span: tuple[int, int], field: str = "body") -> tuple[int, int]:
        """A span of the text the checks read as a span of the text as written."""
        c = self.cleaned_subject if field == "subject" else self.cleaned_body
        return c.span(span) if c is not None else span

    def _scanned(self) -> tuple:
        """(catalogue size, literals in subject or body), from one scan of the lowered text (see
        :mod:`.patterns`); a sentence's own literals are scanned for when first asked."""
        scan = self._scan
        if scan is None or scan[0] != patterns.catalogue_size():
            size = patterns.catalogue_size()
            reach = patterns.literal_reach()
            found = patterns.literals_in(self.lbody) if reach is None or not self.sentences else self._by_sentence(reach)
            if self.subject:
                found = found | patterns.literals_in(lower_keep(self.subject))
            scan = self._scan = (size, found)
            if reach is None or not self.sentences:
                self._in_sentence.clear()  # (the matches in _found stay true: a pattern's matches do
                # not depend on which literals are scanned for)
        return scan

    def _by_sentence(self, reach: int) -> frozenset[str]:
        """The literals of the lowered body, and those of each sentence (kept for
        :meth:`literals_of`): from one scan of the body where the automaton can share its
        occurrences out, else scanned sentence by sentence and between the sentences (the greeting,
        the signature, bullets), each stretch with ``reach`` characters more on either side for a
        literal across its edge (a stretch of spaces alone holds no literal, nor any part of one)."""
        low = self.lbody
        n = len(low)
        cache = self._in_sentence
        cache.clear()
        spans = [(min(s.start, n), min(s.end, n)) for s in self.sentences]
        got = patterns.literals_within(low, spans)
        if got is not None:  # one scan of the whole body, shared out among the sentences
            for s, lits in zip(self.sentences, got[1]):
                cache[s.start] = (s.end, lits)
            return got[0]
        parts = []
        pos = 0
        for s in self.sentences:
            start, end = min(s.start, n), min(s.end, n)
            if start > pos and not low[pos:start].isspace():
                parts.append(patterns.literals_in(low, max(0, pos - reach), min(n, start + reach)))
            lits = patterns.literals_in(low, start, end)
            cache[s.start] = (s.end, lits)
            parts.append(lits)
            pos = max(pos, end)
        if pos < n and not low[pos:].isspace():
            parts.append(patterns.literals_in(low, max(0, pos - reach), n))
        return frozenset().union(*parts)

    @property
    def literals(self) -> frozenset[str]:
        """The phrase patterns' guard literals that occur in the subject or the body (lowercased)."""
        return self._scanned()[1]

    def literals_of(self, s: Sentence) -> frozenset[str]:
        """The guard literals that occur inside one sentence (or any stretch of the body): those
        of the lowered body's occurrences that lie wholly between its start and its end."""
        scan = self._scan
        if scan is None or scan[0] != patterns.catalogue_size():
            self._scanned()  # (forgets the sentences' literals when the catalogue has grown)
        got = self._in_sentence.get(s.start)
        if got is not None and got[0] == s.end:
            return got[1]
        n = len(self.lbody)
        lits = patterns.literals_in(self.lbody, min(s.start, n), min(s.end, n))
        self._in_sentence[s.start] = (s.end, lits)
        return lits

    def may_contain(self, pattern, sentence: Sentence | None = None) -> bool:
        """False when a phrase pattern cannot match anywhere in this draft (or in one of its
        sentences), because none of the literals it needs is there."""
        possible = getattr(pattern, "possible", None)
        if possible is None:
            return True
        return possible(self.literals if sentence is None else self.literals_of(sentence))

    @cached_property
    def has_digit(self) -> bool:
        """Does the body hold a digit (``str.isdigit``)? Asked by several checks, worked out once."""
        body = self.body
        if body.isascii():
            return any(d in body for d in "0123456789")
        return any(map(str.isdigit, body))

    @property
    def core_words(self) -> list[Piece]:
        """The words between the greeting and the sign-off (the words are in order of their starts)."""
        words = self.words
        return list(words[bisect_left(words, (self.core_start,)):bisect_left(words, (self.core_end,))])

    def found_in(self, pattern, s: Sentence) -> list[re.Match[str]]:
        """Every match of a phrase pattern in one sentence (``finditer`` on its lowered text),
        worked out once per draft: several checks ask about the same patterns."""
        key = (id(pattern), s.start, s.end)
        got = self._found.get(key)
        if got is None:
            if type(pattern) is patterns.Phrase:  # (its own guard test comes first)
                got = pattern.finditer_in(s.low, self.literals_of(s))
            elif hasattr(pattern, "finditer_in"):
                literals = self.literals_of(s)
                guard = getattr(pattern, "guard", None)
                got = [] if guard is not None and guard.isdisjoint(literals) else pattern.finditer_in(s.low, literals)
            elif (guard := getattr(pattern, "guard", None)) is not None and guard.isdisjoint(self.literals_of(s)):
                got = []
            else:
                got = list(pattern.finditer(s.low))
            self._found[key] = got
            self._keep.append(pattern)  # the id stays this pattern's while the draft lives
        return got

    def first_in(self, pattern, s: Sentence) -> re.Match[str] | None:
        """The first match of a phrase pattern in one sentence (``search`` on its lowered text)."""
        found = self.found_in(pattern, s)
        return found[0] if found else None

    def first_match(self, pattern, *, prose_only: bool = True) -> tuple[Sentence, re.Match[str]] | None:
        if not self.may_contain(pattern):
            return None
        for s in self.prose if prose_only else self.sentences:
            found = self.found_in(pattern, s)
            if found:
                return s, found[0]
        return None

    def matches(self, pattern, *, prose_only: bool = True):
        if not self.may_contain(pattern):
            return
        for s in self.prose if prose_only else self.sentences:
            for m in self.found_in(pattern, s):
                yield s, m




def _greeting_re() -> re.Pattern[str]:
    words = sorted(vocabulary.items("greeting_words"), key=len, reverse=True)
    generic = sorted(vocabulary.items("generic_greetings"), key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    gen = "|".join(re.escape(g) for g in generic)
    return _regex.compile(
        rf"^[ \t]*(?:(?P<generic>{gen})\b[ \t]*[,:!.—–-]?|(?P<word>{alt})\b[ \t,]*(?P<name>(?:(?:mr|mrs|ms|mx|dr|prof|st|sr|sra|fr|rev)\.[ \t]*)?(?:[^\n,:!.;?]|(?:(?<=\bmr)|(?<=\bmrs)|(?<=\bms)|(?<=\bmx)|(?<=\bdr)|(?<=\bprof))\.){{0,60}}?)[ \t]*(?:[,:!—–]|(?=\n)|$|\.(?=\s*$)))",
        re.IGNORECASE,
    )


_GREETING_RE: re.Pattern[str] | None = None


@lru_cache(maxsize=1)
def _greeting_at_line() -> re.Pattern[str]:
    """The greeting pattern anchored at any line's start (for a greeting after an address block)."""
    assert _GREETING_RE is not None
    return _regex.compile(_GREETING_RE.pattern, _GREETING_RE.flags | re.MULTILINE)
_NAME_ONLY_RE = _regex.compile(r"^[ \t]*(?P<name>(?P<title>(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?[ \t]+)?[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2})[ \t]*[,:!—–-][ \t]*$")


def _closing_re() -> re.Pattern[str]:
    closings = sorted(vocabulary.items("closings"), key=len, reverse=True)
    alt = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in closings)
    return _regex.compile(rf"^[ \t—–-]*(?P<closing>{alt})[ \t]*(?:[,.!—–-][ \t]*(?P<name>[^\n]{{0,60}}))?[ \t]*$", re.IGNORECASE)


_CLOSING_RE: re.Pattern[str] | None = None
_CLOSING_FIRST: frozenset[str] = frozenset()  # the letters the closings start with (lowercase)


def _closing_match(text: str) -> re.Match[str] | None:
    """``_CLOSING_RE.match(text)``, not tried on a line whose first letter (an ASCII one) starts
    no closing: most lines of a letter."""
    assert _CLOSING_RE is not None
    first = text.lstrip(" \t—–-")[:1]
    if first.isascii() and first and first.lower() not in _CLOSING_FIRST:
        return None
    return _CLOSING_RE.match(text)
_CLOSING_START_RE: re.Pattern[str] | None = None
# a name run into the end of a closing sentence: ", Daniel Kim" (one to four words, no full stop)
_RUN_IN_NAME = _regex.compile(r",[ \t]*(?P<name>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,3})[ \t]*$")
_LAST_SENTENCE = _regex.compile(r"(?:^|(?<=[.!?])[ \t]+)(?=[^\W\d_])(?P<sentence>[^.!?\n]*)$")


def _closing_start_re() -> re.Pattern[str]:
    """A sentence that opens with a closing phrase ("Thanks again for your time ...")."""
    closings = sorted([*vocabulary.items("closings"), *vocabulary.items("closing_sentence_openers")], key=len, reverse=True)
    alt = "|".join(re.escape(c).replace(r"\ ", r"\s+").replace("'", "['’]") for c in closings)
    return _regex.compile(rf"[ \t]*(?:{alt})\b", re.IGNORECASE)
_POSTSCRIPT = _regex.compile(r"^\s*(?:p\.?\s?s\.?|pps\.?)[\s:.,-]", re.IGNORECASE)
# where the letter ends and the mail client's text begins: a quoted earlier message ("On Tue, ...
# wrote:", "> " lines, "-----Original Message-----", a forwarded header block)
_QUOTE_START = _regex.compile(
    r"^[ \t]*(?:>|On\b.{4,200}\bwrote:[ \t]*$|-{2,}[ \t]*(?:Original Message|Forwarded message)|"
    r"(?:_{5,}|-{5,})[ \t]*$(?=\n[ \t]*(?:From|De|Von):)|"
    r"(?:From|De|Von):[ \t].{1,200}$(?=\n(?:[ \t]*(?:Sent|Date|To|Subject):)))",
    re.IGNORECASE | re.MULTILINE)
# a legal notice a work account appends below the signature ("This email is confidential and intended
# solely for the addressee ... If you have received it in error ...")
_DISCLAIMER = _regex.compile(
    r"^[ \t]*(?:(?:disclaimer|confidentiality notice|legal notice)[ \t]*[:.–-]|[^\n]{0,300}?\b(?:intended (?:solely |only )?"
    r"for the (?:(?:exclusive |sole )?use of the )?(?:addressee|named (?:addressee|recipient)|intended recipient|individual|"
    r"person|recipient)s?\b|receive[ds]? (?:this|it|the) (?:e-?mail |message |communication |transmission )?(?:in error|by mistake))"
    # a company's legal footer: "Registered in England and Wales No. 0123", "Registered office: ..."
    r"|[^\n]{0,200}?\b(?:registered in (?:england|scotland|wales|northern ireland|ireland)\b|registered office[ \t]*:"
    r"|(?:company|vat)[ \t]+(?:reg(?:istration|\.)?[ \t]+)?(?:no\.?|number)[ \t:]*(?:[a-z]{2}[ \t]?)?\d))",
    re.IGNORECASE | re.MULTILINE)
# a notice's match holds one of these; in ASCII text (where ignoring case is plain lowercasing)
# the pattern, slow to try at every line, need not run when none of them is there
_DISCLAIMER_WORDS = ("disclaimer", "confidentiality notice", "legal notice", "intended ", "receive", "registered", "company",
                     "vat")
# what a phone or mail client appends ("Sent from my iPhone", "Get Outlook for Android")
_CLIENT_LINE = _regex.compile(r"^[ \t]*(?:Sent from (?:my )?\S.{0,40}|Get Outlook for \S+.{0,20})[ \t]*$", re.IGNORECASE)
# a line that ends a sentence ("... next steps." / "... this morning!"): where pasted text puts one
# paragraph per line with single line breaks
_LINE_ENDS_SENTENCE = _regex.compile(r"[.!?…:][\"'”’)\]]*[ \t]*$")
# a line holding more than one sentence ("... on Tuesday. I enjoyed ..."): a paragraph of its own
_TWO_SENTENCES = _regex.compile(r"[a-z0-9)][.!?…][\"'”’)\]]*[ \t]+[\"'“‘(]?[A-Z]")


# a signature block's contact line: an email address, a phone number, a web or profile link
_CONTACT = _regex.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+|\+?\d[\d \t().-]{6,}\d|linkedin\.com|github\.com|https?://|www\.", re.IGNORECASE)


def _ends_in(text: str, marks: str) -> bool:
    """Does the text end in one of these marks, white space aside? (``re.search(r"[marks]\\s*$")``,
    without the pattern cache's look-up: the sign-off search asks it of every final line)"""
    t = text.rstrip()
    return bool(t) and t[-1] in marks


def _bare_markers(body: str, start: int) -> bool:
    """Are the '>' lines from ``start`` on mostly bare marks (">" alone)? A quoted message's '>'
    lines hold its text; a column of bare marks between unmarked lines is a copied page's layout."""
    marked = [ln.lstrip()[1:].strip() for ln in body[start:].split("\n") if ln.lstrip().startswith(">")]
    return 2 * sum(1 for t in marked if t) < len(marked)


def _sig_line(text: str, most: int) -> bool:
    """Short enough to be a signature line under a closing, or a contact line of a signature block."""
    n = len(text.split())
    return n <= most or (n <= 14 and _CONTACT.search(text) is not None)


def _paragraph_pieces(body: str, start: int, end: int, blank_lines: bool = False) -> list[Piece]:
    """A blank-line block as paragraphs: one, or one per line when every line but the last ends a
    sentence (paragraphs pasted with single line breaks; a hard-wrapped paragraph breaks mid-sentence).
    A bulleted list, with the line that introduces it ("As we agreed:"), stays one paragraph.
    Where the writer sets paragraphs apart with blank lines (``blank_lines``), a block whose lines
    are one sentence each is one paragraph with each sentence on its own line, not one per line."""
    lines = [ln for ln in _lines(body, start, end) if ln.text.strip()]
    if blank_lines and not any(_TWO_SENTENCES.search(ln.text) for ln in lines):
        lines = []  # one paragraph, read below
    runs: list[list[Piece]] = []  # the lines of each paragraph
    for k, ln in enumerate(lines):
        if _BULLET.match(ln.text) and runs and (_BULLET.match(runs[-1][-1].text) or runs[-1][-1].text.rstrip().endswith(":")):
            runs[-1].append(ln)  # the list goes on, or begins under its introducing line
        elif k + 1 < len(lines) and not (_LINE_ENDS_SENTENCE.search(ln.text) and len(ln.text.split()) >= 4):
            break  # a line that stops mid-sentence: a hard-wrapped paragraph, not one per line
        else:
            runs.append([ln])
    else:
        if len(runs) >= 2:
            return [Piece(*_trim(body, r[0].start, r[-1].end), body[r[0].start:r[-1].end].strip()) for r in runs]
    s, e = _trim(body, start, end)
    return [Piece(s, e, body[s:e])] if e > s else []


def parse(subject: str, body: str) -> Draft:
    """Take a draft apart. Never raises on any string.

    The parts are taken from the cleaned text (:func:`.normalize.clean`): ``draft.subject`` and
    ``draft.body`` are that text, and :meth:`Draft.original_span` maps a span back to the text
    as written."""
    global _GREETING_RE, _CLOSING_RE, _CLOSING_START_RE, _CLOSING_FIRST
    cleaned_subject, cleaned_body = clean(subject), clean(body)
    subject, body = cleaned_subject.text, cleaned_body.text
    if _GREETING_RE is None:
        _GREETING_RE = _greeting_re()
        _CLOSING_RE = _closing_re()
        # (a closing that does not start with an ASCII letter leaves every line to the pattern)
        firsts = {c.strip()[:1].lower() for c in vocabulary.items("closings")}
        _CLOSING_FIRST = frozenset(firsts) if all(f.isascii() and f.isalpha() for f in firsts) else frozenset(
            chr(i) for i in range(128))
        _CLOSING_START_RE = _closing_start_re()
    assert _CLOSING_RE is not None and _CLOSING_START_RE is not None
    words = words_in(body)
    lwords = tuple(map(str.lower, map(itemgetter(2), words)))
    if "’" in body:
        lwords = tuple(w.replace("’", "'") for w in lwords)
    draft = Draft(subject=subject, body=body, words=words, lbody=lower_keep(body), lwords=lwords,
                  lword_set=frozenset(lwords), cleaned_subject=cleaned_subject, cleaned_body=cleaned_body)
    lines = [ln for ln in _lines(body, 0, len(body))]
    nonblank = [ln for ln in lines if ln.text.strip()]
    if not nonblank:
        draft.core_start = draft.core_end = len(body)
        return draft

    # a quoted earlier message and the mail client's own lines are not part of the letter
    # (every alternative of the pattern holds ">", ":", "--" or "_____")
    q = _QUOTE_START.search(body) if ">" in body or ":" in body or "--" in body or "_____" in body else None
    while q and body[q.start():q.end()].lstrip().startswith(">") and _bare_markers(body, q.start()):
        q = _QUOTE_START.search(body, q.end())  # a column of bare '>' marks between the lines: not a quote
    if q and q.start() > nonblank[0].start:
        nonblank = [ln for ln in nonblank if ln.start < q.start()]
        qs, qe = _trim(body, q.start(), len(body))
        draft.quoted = Piece(qs, qe, body[qs:qe])
    while len(nonblank) > 2 and _CLIENT_LINE.match(nonblank[-1].text):
        nonblank = nonblank[:-1]
    # the signature delimiter ("-- " on its own line): what follows is the signature block
    sig_block: list[Piece] = []
    for k in range(max(1, len(nonblank) - 10), len(nonblank)):
        if nonblank[k].text.strip(" \t") == "--":  # (re.fullmatch(r"[ \t]*--[ \t]*"))
            sig_block, nonblank = nonblank[k + 1:], nonblank[:k]
            break
    lo, hi = max(nonblank[0].end, nonblank[-1].end - 1500), nonblank[-1].end
    d = _DISCLAIMER.search(body, lo, hi) if not body.isascii() or any(
        draft.lbody.find(w, lo, hi) >= 0 for w in _DISCLAIMER_WORDS) else None
    if d and len(nonblank) > 3:
        nonblank = [ln for ln in nonblank if ln.end <= d.start()]
        while len(nonblank) > 2 and _CLIENT_LINE.match(nonblank[-1].text):
            nonblank = nonblank[:-1]

    core_start = nonblank[0].start
    first = nonblank[0]
    gm = _greeting_at_line().match(body, first.start, first.end) if len(first.text) < 4000 else None
    if not gm:
        # a letter's address blocks and date come first: short lines, then the greeting
        for k, ln in enumerate(nonblank[1:16], start=1):
            n = len(ln.text.split())
            # (a short greeting line may end in "!": "Hi Dr. Walker!")
            m = _greeting_at_line().match(body, ln.start, ln.end) if n <= 10 else None
            if m and m.group("word") and k + 1 < len(nonblank) and n <= 5:
                gm, first = m, ln
                break
            if n > 10 or _ends_in(ln.text, "!?") or (n > 5 and _LINE_ENDS_SENTENCE.search(ln.text)
                                                             and not ln.text.rstrip().endswith(":")):
                break  # a sentence: the letter has begun without a greeting
            if m and m.group("word") and k + 1 < len(nonblank):
                gm, first = m, ln
                break
            # a formal salutation without "Dear" under the address block: "Ms. Alvarez:"; or a name
            # alone with a dash ("Henry –"), which no address line ends with
            if k + 1 < len(nonblank) and (nm := _NAME_ONLY_RE.match(ln.text)) \
                    and (nm.group("title") or ln.text.rstrip()[-1:] in "—–-"):
                first = ln
                break
    if gm and (gm.group("generic") or len(gm.group("name") or "") < 60):
        gs, ge = _trim(body, gm.start(), gm.end())
        draft.greeting = Piece(gs, ge, body[gs:ge])
        if gm.group("name") and gm.group("name").strip():
            ns, ne = _trim(body, gm.start("name"), gm.end("name"))
            draft.greeting_name = Piece(ns, ne, body[ns:ne])
        core_start = gm.end()
    else:
        nm = _NAME_ONLY_RE.match(first.text)
        # a name alone, then a comma, a dash or "!" ("Priya,", "Priya -", "Priya —"): the name is the greeting
        if nm and len(nonblank) > 1 and (nm.group("title") or first.text.rstrip()[-1:] in ",!—–-"):
            draft.greeting = Piece(first.start, first.end, first.text.strip())
            ns = first.start + nm.start("name")
            draft.greeting_name = Piece(ns, first.start + nm.end("name"), nm.group("name"))
            core_start = first.end

    # the sign-off: the last closing line among the final lines, and the short lines after it
    # a postscript after the signature ("P.S. ...") is not where the sign-off is looked for
    # (a postscript wrapped over several lines, as plain-text mail clients send it, goes with it)
    cut = True
    while cut:
        cut = False
        for k in range(len(nonblank) - 1, max(2, len(nonblank) - 6) - 1, -1):
            if _POSTSCRIPT.match(nonblank[k].text):
                nonblank, cut = nonblank[:k], True
                break
    core_end = nonblank[-1].end
    tail = [ln for ln in nonblank[-8:] if ln.start >= core_start]
    for i in range(len(tail) - 1, -1, -1):
        ln = tail[i]
        if i == len(tail) - 1 and ln is nonblank[-1] and not _closing_match(ln.text[:200]):
            # a sign-off run into the last line: "... next steps. Thanks again for your time, Daniel Kim"
            off = max(0, len(ln.text) - 160)
            end_text = ln.text[off:]
            rm = _RUN_IN_NAME.search(end_text)
            sm = _LAST_SENTENCE.search(end_text, 0, rm.start()) if rm else None
            if rm and sm and (off == 0 or sm.start("sentence") > 0) and _CLOSING_START_RE.match(sm.group("sentence")) \
                    and all(w[:1].isupper() for w in rm.group("name").split()) and len(sm.group("sentence").split()) <= 14:
                base = ln.start + off
                cs, ce = _trim(body, base + sm.start("sentence"), base + rm.start() + 1)
                draft.closing = Piece(cs, ce, body[cs:ce])
                ns, ne = _trim(body, base + rm.start("name"), base + rm.end("name"))
                draft.signature = [Piece(ns, ne, body[ns:ne])]
                core_end = ns  # the closing sentence still belongs to the last paragraph
                break
        after = tail[i + 1:]
        # the same closing sentence ending the last paragraph, the name on the lines below it
        # ("... Thank you for your time; I look forward to hearing from you.\n\nMatthew Long")
        if after and _ends_in(ln.text, ".!") \
                and all(_sig_line(a.text, 6) for a in after) \
                and not _ends_in(after[0].text, ".!?:;") and after[0].text.strip(" \t-–—~")[:1].isupper():
            # the paragraph may be wrapped over several lines: read back to its first line
            ps = ln.start
            while ps > core_start and body.rfind("\n", 0, ps - 1) >= 0 and body[ps - 1] == "\n" \
                    and body[body.rfind("\n", 0, ps - 1) + 1:ps - 1].strip():
                ps = body.rfind("\n", 0, ps - 1) + 1
            ps = max(ps, core_start, ln.end - 400)
            last_para = body[ps:ln.end].replace("\n", " ")
            sm = _LAST_SENTENCE.search(last_para.rstrip(" \t.!"))
            if sm and sm.start("sentence") > 0 and _CLOSING_START_RE.match(sm.group("sentence")) \
                    and len(sm.group("sentence").split()) <= 14:
                cs, ce = _trim(body, ps + sm.start("sentence"), ln.end)
                draft.closing = Piece(cs, ce, body[cs:ce])
                draft.signature = [Piece(*_trim(body, a.start, a.end), a.text.strip()) for a in after]
                core_end = ln.end
                break
        if len(ln.text) > 200:
            break
        cm = _closing_match(ln.text)
        if cm and all(_sig_line(a.text, 12) for a in after):
            cs, ce = _trim(body, ln.start, ln.end)
            draft.closing = Piece(cs, ce, body[cs:ce])
            draft.signature = [Piece(*_trim(body, a.start, a.end), a.text.strip()) for a in after]
            if cm.group("name") and cm.group("name").strip():
                ns = ln.start + cm.start("name")
                draft.signature.insert(0, Piece(*_trim(body, ns, ln.end), cm.group("name").strip()))
            core_end = ln.start
            break
        # a sentence ending in a comma right before the signature ("Thank you again for your time,")
        if ln.text.rstrip().endswith(",") and after and all(_sig_line(a.text, 6) for a in after) and len(ln.text.split()) <= 14:
            cs, ce = _trim(body, ln.start, ln.end)
            draft.closing = Piece(cs, ce, body[cs:ce])
            draft.signature = [Piece(*_trim(body, a.start, a.end), a.text.strip()) for a in after]
            core_end = ln.end  # a prose closing still counts as part of the letter
            break
        # a short closing sentence on its own line before the name ("Thank you again for your time.")
        # (not when it is the whole letter: a one-line email has no closing, only a sentence)
        if i > 0 and _ends_in(ln.text, ".!") and _CLOSING_START_RE.match(ln.text) and len(ln.text.split()) <= 14 \
                and after and all(_sig_line(a.text, 6) for a in after) \
                and not _ends_in(after[0].text, ".!?:;") and after[0].text.strip(" \t-–—~")[:1].isupper():
            cs, ce = _trim(body, ln.start, ln.end)
            draft.closing = Piece(cs, ce, body[cs:ce])
            draft.signature = [Piece(*_trim(body, a.start, a.end), a.text.strip()) for a in after]
            core_end = ln.end
            break
    if draft.closing is None:
        # no closing phrase: a bare name on the last line(s) still is a signature
        trailing: list[Piece] = []
        for ln in reversed(tail):
            line_words = ln.text.split()
            if _CONTACT.search(ln.text) and len(line_words) <= 14 and ln.start > core_start and len(trailing) < 6:
                trailing.insert(0, ln)  # a contact line of a signature block under the name
            elif 1 <= len(line_words) <= 4 and not _ends_in(ln.text, ".!?:;") and ln.text.strip()[:1].isupper() and ln.start > core_start and len(trailing) < 4:
                trailing.insert(0, ln)
            else:
                break
        while trailing and _CONTACT.search(trailing[0].text):
            trailing.pop(0)  # the signature starts at the name, not at a contact line
        if trailing and len(trailing) < len([n for n in nonblank if n.start >= core_start]):
            draft.signature = [Piece(*_trim(body, t.start, t.end), t.text.strip()) for t in trailing]
            core_end = trailing[0].start

    if sig_block and (draft.signature or draft.closing):
        draft.signature.extend(Piece(*_trim(body, a.start, a.end), a.text.strip()) for a in sig_block)
    core_start, core_end = _trim(body, core_start, max(core_start, core_end))
    draft.core_start, draft.core_end = core_start, core_end
    pos, blocks = core_start, []
    for m in _BLANK_SPLIT.finditer(body, core_start, core_end):
        blocks.append((pos, m.start()))
        pos = m.end()
    blocks.append((pos, core_end))
    draft.blank_lines = sum(1 for b in blocks if body[b[0]:b[1]].strip()) >= 2
    for b in blocks:
        draft.paragraphs.extend(_paragraph_pieces(body, *b, blank_lines=draft.blank_lines))
    # a list whose items are set apart by blank lines (as HTML mail turns them into text) is still one list
    for k in range(len(draft.paragraphs) - 1, 0, -1):
        above, item = draft.paragraphs[k - 1], draft.paragraphs[k]
        if _BULLET.match(item.text) and (_BULLET.match(above.text) or above.text.rstrip().endswith(":")):
            draft.paragraphs[k - 1:k + 1] = [Piece(above.start, item.end, body[above.start:item.end])]
    # running count of function words, so each sentence's share is one subtraction
    fw = function_words()
    counts = [0, *accumulate(map(fw.__contains__, lwords))]
    for para in draft.paragraphs:
        draft.sentences.extend(split_sentences(body, para.start, para.end, draft.lbody, draft.words, counts))
    draft.prose = [s for s in draft.sentences if s.is_prose]
    return draft


def quote(text: str, limit: int = 90) -> str:
    """A short, single-line rendering of some text for a message."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"
