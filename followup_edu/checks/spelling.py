"""spelling: misspelled words, using pyspellchecker's bundled English dictionary.

Names from the context are never misspellings; capitalised words inside a sentence are taken to be
names and left alone, as are words with digits, web addresses and e-mail addresses.
Source: the course articles: proofread, more than once, before sending.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import compress, islice
from operator import and_, eq, itemgetter, not_

from .. import _regex, lexicon, vocabulary
from ..patterns import Phrase, fast
from ._common import finding

DATA = ("textspeak", "fail_count", "common_weight", "missing_apostrophe", "max_suggestions", "technical_endings",
        "real_word_slips")
MESSAGES = ("misspelled", "lowercase_i", "lowercase_text", "doubled", "missing_word", "many", "pass")

_SKIP_REGION = _regex.compile(r"(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+|\S*\d\S*")
_AFTER_TITLE = _regex.compile(r"\b(?:mr|mrs|ms|mx|dr|prof|st)\.\s+$", re.IGNORECASE)
_SENTENCE_START = _regex.compile(r"(?:^|[.!?…]\s+|\n\s*|[\"“(]\s*)$")


_SUFFIXES = ("'s", "’s", "s", "es", "r", "er", "ers", "d", "ed", "ing", "ly", "ness", "ment", "ments", "able",
             "ful", "ise", "ize", "ised", "ized", "ising", "izing", "isation", "ization", "ist", "ists", "ism",
             "al", "ally", "ity", "ship", "less", "wise")
_PREFIXES = ("re", "un", "co", "pre", "non", "multi", "sub", "over", "under", "self", "cross", "inter", "micro",
             "mis", "out", "up", "post", "anti", "semi", "mega", "meta", "hyper", "cyber", "e")
_PREFIX_SET = frozenset(_PREFIXES)


# British spellings, by the rules that turn them into American ones the dictionary knows
_BRITISH = tuple((_regex.compile(a), b) for a, b in (
    (r"our(s|ed|ing|able|ably|ite|ites|hood)?$", r"or\1"), (r"is(e|ed|es|ing|ation|ations|ational)$", r"iz\1"),
    (r"ys(e|ed|es|ing)$", r"yz\1"), (r"(?<=[bt])re(s|d)?$", r"er\1"), (r"(?<=[ct])re(s|d)?$", r"er\1"),
    (r"ence$", r"ense"), (r"ae", r"e"), (r"oe", r"e"), (r"ll(ed|ing|er|ers|or|ors)$", r"l\1"), (r"mme(s)?$", r"m\1"),
    (r"ogue(s)?$", r"og\1"), (r"^mould", r"mold"), (r"^smoulder", r"smolder"), (r"eable$", r"able"),
    (r"(?<=dg)ement$", r"ment"), (r"^aero", r"air"), (r"que$", r"ck"), (r"^kerb", r"curb"), (r"^gaol", r"jail"),
))


def _american(word: str, known) -> bool:
    for rule, repl in _BRITISH:
        alt = rule.sub(repl, word)
        if alt != word and (alt in known or any(r.sub(p, alt) in known for r, p in _BRITISH)):
            return True
    return False


def _slips(word: str) -> set[str]:
    """The words one classic slip away: one letter doubled or undoubled, or two neighbours swapped."""
    out = set()
    for i in range(len(word) - 1):
        if word[i] == word[i + 1]:
            out.add(word[:i] + word[i + 1:])
        else:
            out.add(word[:i] + word[i + 1] + word[i] + word[i + 2:])
    out.update(word[:i + 1] + word[i:] for i in range(len(word)) if word[i].isalpha())
    out.discard(word)
    return out


def _moved_doubles(word: str) -> set[str]:
    """The words made by moving a doubled letter's double to another letter: "tommorow" -> "tomorrow"."""
    out: set[str] = set()
    for i in range(len(word) - 1):
        if word[i] == word[i + 1] and word[i].isalpha():
            single = word[:i] + word[i + 1:]
            out.update(single[:j + 1] + single[j:] for j in range(len(single))
                       if j != i and single[j].isalpha() and single[j] not in "aeiouy")
    out.discard(word)
    return out


def _classic_slip(word: str, known) -> bool:
    """True when a classic slip ("occured", "untill", "recieve") turns a known word into this one."""
    return any(w in known for w in _slips(word))


# no English word is longer than this (the longest in dictionaries has 45 letters): a longer run of
# letters is no word and no slip of one, and is not taken apart (that grows with the square of its
# length: a 20,000-letter paste would take seconds)
_LONGEST_WORD = 45


def _derived(word: str, known) -> bool:
    """A known word with a common suffix or prefix ("influencer", "upskilled", "rebuilt"), a
    compound of two known words ("teamwork", "workstream") or a British spelling of a known word
    ("mould", "organisation", "paediatric"): not a misspelling."""
    if len(word) > _LONGEST_WORD:
        return False
    if "'" in word and word.split("'")[0] in known:
        return True
    if _american(word, known):
        return True
    if _classic_slip(word, known):
        return False  # "occured", "untill", "recieve": a known word with one letter doubled or swapped
    for suf in ("ation", "ations"):
        # the noun of a known verb in -ate ("intubate", "intubation"; "titrate", "titrations")
        if word.endswith(suf) and len(word) - len(suf) >= 3 and word[: -len(suf)] + "ate" in known:
            return True
    for suf in _SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            stem = word[: -len(suf)]
            if suf[0] not in "aeiouy" and stem[-1:] == "e" and stem[:-1] + suf in known:
                return False  # "arguement", "truely": the known word drops the e ("argument", "truly")
            # a final e drops only before a vowel ("managing", but "management", "careful")
            e_dropped = suf[0] in "aeiouy" and stem + "e" in known
            if stem in known or e_dropped or (len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in known):
                return True
    for pre in _PREFIXES:
        if word.startswith(pre) and len(word) - len(pre) >= 4 and (word[len(pre):] in known or _derived(word[len(pre):], known)):
            return True
    for i in range(4, len(word) - 3):
        if word[:i] in known and word[i:] in known and len(word[:i]) >= 4 and len(word[i:]) >= 4:
            return True
    return False


@lru_cache(maxsize=256)
def _context_words(ctx) -> frozenset[str]:
    out: set[str] = set()
    for phrase in (*ctx.people, ctx.company or "", ctx.role or "", ctx.candidate_name or "", *ctx.topics):
        out.update(w.lower() for w in re.findall(r"[^\W\d_]+", phrase))
    return frozenset(out)


@lru_cache(maxsize=256)
def _not_looked_up(ctx) -> frozenset[str]:
    """The context's words and the slang list (slang is tone's business)."""
    return _context_words(ctx) | vocabulary.words("slang")


def _opens_sentence(body: str, start: int, text: str) -> bool:
    """A capitalised word that opens a sentence, not a name, an acronym or a capital inside one."""
    before = body[max(0, start - 6):start]
    return not (text.isupper() or not text[1:].islower() or not _SENTENCE_START.search(before[-4:])
                or _AFTER_TITLE.search(before))


def candidates(draft, ctx):
    """The words to look up: lowercase words, and capitalised ones that open a sentence."""
    body = draft.body
    skip_ranges = [m.span() for m in _SKIP_REGION.finditer(body)] if "@" in body or draft.has_digit or "www." in body or "://" in body else []
    known = _not_looked_up(ctx)
    sig = draft.signature[0].start if draft.signature else len(body)
    greeting = draft.greeting.span if draft.greeting else (0, 0)
    if not skip_ranges:  # the same test as the loop below, in one pass (most drafts)
        n = bisect_left(draft.words, (sig,))  # the words before the signature
        # (tested with maps over the token table; a Python test only for the capitalised words)
        ws, lws = draft.words[:n], draft.lwords[:n]
        texts = tuple(map(itemgetter(2), ws))
        keep = list(map(and_, map((2).__le__, map(len, texts)), map(not_, map(known.__contains__, lws))))
        gi, gj = bisect_left(ws, (greeting[0],)), bisect_left(ws, (greeting[1],))  # the greeting's words
        keep[gi:gj] = [False] * len(keep[gi:gj])
        for i in compress(range(n), map(str.isupper, map(itemgetter(0), texts))):
            if keep[i] and not _opens_sentence(body, ws[i][0], texts[i]):
                keep[i] = False
        return list(compress(zip(ws, lws), keep))
    out = []
    j = 0
    for w, low in zip(draft.words, draft.lwords):
        start, _, text = w
        if start >= sig:
            break
        if len(text) < 2 or greeting[0] <= start < greeting[1] or start < draft.core_start:
            continue  # the greeting's name is the names principle's business; the address block above it is names
        if skip_ranges:
            while j < len(skip_ranges) and skip_ranges[j][1] <= start:
                j += 1
            if j < len(skip_ranges) and skip_ranges[j][0] <= start < skip_ranges[j][1]:
                continue
        first = text[0]
        if first.isupper():
            before = body[max(0, start - 6):start]
            if text.isupper() or not text[1:].islower() or not _SENTENCE_START.search(before[-4:]) \
                    or _AFTER_TITLE.search(before):
                continue  # a name, an acronym, or a capital inside a sentence ("Ms. Bhat")
        if low in known:
            continue
        out.append((w, low))
    return out


def _typo_of(word: str, known, p) -> str | None:
    """The common word this one is a slip of (one edit away: a letter wrong, missing, extra or
    swapped), or None. Jargon ("cannulation") is unknown too, but its nearest word is rare."""
    if len(word) > 24:
        return None
    count, rarity = known.count, lexicon.rarity
    if len(word) > 4:
        # a classic slip of any known word ("dashbaords", "recieve") is a typo, however rare the word
        slipped = [w for w in _slips(word) if w in known and len(w) >= 5]
        if slipped:
            return max(slipped, key=lambda o: (count(o), o))
    if len(word) <= 4:
        # short unknown words are mostly abbreviations ("app", "tech"); "teh" is still a slip
        slips = {w for w in _slips(word) if w in known and len(w) >= 3}
        common = [w for w in slips if rarity(w) <= p["common_weight"] - 1]
        # or one edit from one of the most common words ("wich", "whit")
        common += [w for w in (lexicon.corrections(word) or ()) if w != word and len(w) >= 3 and rarity(w) <= 1.5]
        return max(common, key=lambda o: (count(o), o)) if common else None
    options = [o for o in lexicon.corrections(word) or () if o != word and rarity(o) <= p["common_weight"]]
    if not options:
        # the double letter on the wrong consonant ("tommorow", "embarrasing"): two edits, so only a
        # common word counts
        options = [o for o in _moved_doubles(word) if o in known and rarity(o) <= p["common_weight"]]
    if not options:
        return None
    return max(options, key=lambda o: (count(o), o))


_DOUBLED = _regex.compile(r"\b([a-z]+)\s+\1\b")
_LOWER_I = fast(r"(?<![\w.'’(-])i(?=['’]?(?:m|ve|d|ll)?\b)(?![.'’]?[a-z]\.)(?![)\]])")
_CAPITAL_I = fast(r"\bI\b")
# "you're" where "your" belongs, before a noun the reader owns ("I appreciate you're time"); every
# word is a real one, so only the phrase shows the slip ("you're time-poor" is right)
_YOURE = fast(r"\byou['’]re (?=(?:time|help|consideration|kindness|insights?|advice|feedback|patience|support|guidance"
                    r"|hospitality|e-?mail|message|call|company|organi[sz]ation|department|office|business|decision|reply"
                    r"|response|letter|invitation)\b(?![-'’]))")
# a dropped "to" before the verb ("thank you for taking the time interview me", "the chance meet
# you"): every word is spelled right, so only the phrase shows it
# (each way of "taking the time" an alternative of its own, in the same order: the engine can then
# scan for their first letter)
_NO_TO = fast(r"\b(?:taking the time|take the time|took the time|taken the time|taken out the time"
              r"|the (?:chance|opportunity)) (?=(?:interview|meet|speak|talk"
                    r"|chat|walk|explain|answer|share|show|discuss|review|consider|read|sit|tell|introduce|visit|learn)\b)")
_FINE_DOUBLES = frozenset({"that", "had", "is", "do", "very", "bye", "no", "so", "ha", "tut", "knock", "well"})


def _slip_findings(draft, p):
    """A lowercase "i" for the pronoun, an email written without a single capital letter, and a
    word written twice ("built a a report")."""
    out = []
    # no capital anywhere ("good morning kimberly, ... i value ..."): one slip, reported once. A
    # lowercase "i" alone is a slip only where the writer otherwise writes "I"; casual writing
    # that is lowercase in places is a matter of tone
    capital_i = _CAPITAL_I.search(draft.body) is not None
    if not capital_i and len(draft.prose) >= 2 and not any(map(str.isupper, draft.body)):
        s = draft.prose[0]
        end = draft.body.find(" ", s.start)
        end = end if 0 < end < s.end else s.end
        opening = " ".join(s.text.split()[:5]).rstrip(".,;:!?")
        out.append(finding(p, "warn", "lowercase_text", (s.start, end), quote=opening))
    # a doubled word inside a sentence is one in the whole text (sentences end at punctuation
    # before a space or at a line break), so one search over the text says whether to look
    doubled = _may_double(draft) and _DOUBLED.search(draft.lbody) is not None
    for s in draft.prose:
        m = _LOWER_I.search(s.text) if capital_i else None
        if m and not out:
            start = s.start + m.start()
            end = draft.body.find(" ", start)
            end = end if 0 < end < s.end else start + 1
            out.append(finding(p, "warn", "lowercase_i", (start, end), quote=draft.body[start:end]))
        y = _YOURE.search(s.low) if "re " in s.low else None
        if y:
            start = s.start + y.start()
            out.append(finding(p, "warn", "misspelled", (start, s.start + y.end() - 1), quote=s.text[y.start():y.end() - 1],
                               suggestion_hint=" (did you mean “your”?)", suggestion="your"))
        t = _NO_TO.search(s.low) if " the " in s.low else None
        if t:
            start, end = s.start + t.start(), s.start + t.end() - 1
            out.append(finding(p, "warn", "missing_word", (start, end), quote=s.text[t.start():t.end() - 1],
                               fix=s.text[t.start():t.end() - 1] + " to"))
        d = _DOUBLED.search(s.low) if doubled else None
        if d and d.group(1) not in _FINE_DOUBLES:
            out.append(finding(p, "warn", "doubled", (s.start + d.start(), s.start + d.end()),
                               quote=s.text[d.start():d.end()]))
    return out[:3]


def _may_double(draft) -> bool:
    """Can _DOUBLED match? Its two words stand between spaces and \\b: in a text without
    apostrophes, two words of the token table in a row; else (a word may end or begin at one:
    "don't t", "a a's") only the search says."""
    lwords = draft.lwords
    return "'" in draft.lbody or any(map(eq, lwords, islice(lwords, 1, None)))


# a respelled word standing alone ("gr8", "u", "b4"); "R", "U.S." and "2 years" are not
_TEXTSPEAK = _regex.compile(r"(?<![\w'’@/.&-])[a-z0-9]+(?![\w'’@/&-]|\.[a-z])")
# a digit for a word between words: "thnx 4 the interview", "hope 2 hear back"
_DIGIT_WORD = _regex.compile(r"\b(?:(?:thanks|thnx|thx|thank you|thx|cheers) (4) (?:the|your|ur|u|you|all|meeting|having)"
                         r"|(?:hope|want|wanted|like|love|need|going|forward|able|nice|great|good) (2) (?:hear|see|meet|be|talk|join|work|chat|speak|u|you)"
                         r"|(?:really )?think (id|ill) (?:be|love|like|fit|make|bring|enjoy))\b")
_DIGIT_WORDS = {"4": "for", "2": "to", "id": "I'd", "ill": "I'll"}


@lru_cache(maxsize=8)
def _textspeak_re(words: tuple[str, ...]) -> Phrase:
    """The standalone words of _TEXTSPEAK that are in the table, found by the engine alone: a
    match of _TEXTSPEAK is a whole run of letters and digits, so the alternatives (each such a
    run) match exactly where it matches one of them."""
    alts = "|".join(re.escape(w) for w in sorted((w for w in words if re.fullmatch(r"[a-z0-9]+", w)), key=len,
                                                 reverse=True))
    return fast(_TEXTSPEAK.pattern.replace("[a-z0-9]+", f"(?:{alts or '(?!)'})", 1))


@lru_cache(maxsize=8)
def _letters_only(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for w in words if w.isascii() and w.isalpha())


def _textspeak(draft, p) -> list:
    """Texting respellings as spelling slips, each once: "gr8" for great, "u" for you."""
    table = p["textspeak"]
    out, seen = [], set()
    standalone = _textspeak_re(tuple(table))
    # a match is a whole run of letters and digits: with no digit in the body, a word of the
    # token table (one of the table's words made of letters only)
    respelled = draft.has_digit or not _letters_only(tuple(table)).isdisjoint(draft.lword_set)
    # each alternative of _DIGIT_WORD holds " 4 ", " 2 " or "think i"
    digit_words = " 4 " in draft.lbody or " 2 " in draft.lbody or "think i" in draft.lbody
    for s in draft.prose:
        for m in standalone.finditer(s.low) if respelled else ():
            word, written = m.group(), s.text[m.start():m.end()]
            if word in table and word not in seen and not (len(written) == 1 and written.isupper()):
                seen.add(word)
                start = s.start + m.start()
                out.append(finding(p, "warn", "misspelled", (start, start + len(word)), quote=written,
                                   suggestion_hint=f" (did you mean “{table[word]}”?)", suggestion=table[word]))
        for m in _DIGIT_WORD.finditer(s.low) if digit_words else ():
            g = next(i for i in (1, 2, 3) if m.group(i))
            word = m.group(g)
            if word not in seen:
                seen.add(word)
                start = s.start + m.start(g)
                out.append(finding(p, "warn", "misspelled", (start, start + len(word)), quote=s.text[m.start(g):m.end(g)],
                                   suggestion_hint=f" (did you mean “{_DIGIT_WORDS[word]}”?)",
                                   suggestion=_DIGIT_WORDS[word]))
    return out


def _real_word_slips(draft, p) -> list:
    """A real word that is a slip of another beside a word that shows which was meant ("hiring
    manger", "costumer service"): each once."""
    table = p["real_word_slips"]
    if draft.lword_set.isdisjoint(table):
        return []
    out, seen = [], set()
    for s in draft.prose:
        words = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(s.low)]
        for i, (a, b, word) in enumerate(words):
            entry = table.get(word)
            if entry is None or word in seen:
                continue
            beside = {words[j][2] for j in (i - 1, i + 1) if 0 <= j < len(words)}
            if beside.isdisjoint(entry["near"]):
                continue
            seen.add(word)
            out.append(finding(p, "warn", "misspelled", (s.start + a, s.start + b), quote=s.text[a:b],
                               suggestion_hint=f" (did you mean “{entry['right']}”?)", suggestion=entry["right"]))
    return out


_WORD_RE = _regex.compile(r"[a-z]+(?:-[a-z]+)*")


def _hyphened_prefix(draft, w, low: str) -> bool:
    """A prefix written with a hyphen ("pre-arrival", "co-ordinated", "post-stay") belongs to the word
    after it: it is not a misspelt word of its own."""
    return low in _PREFIX_SET and draft.body[w.end:w.end + 1] in ("-", "\u2010", "\u2011")


def _own_terms(unknown: set[str]) -> set[str]:
    """Unknown words the draft itself builds on: the word, or its singular, ends or begins a longer
    unknown word of the same draft ("statins" beside "simvastatin" and "atorvastatin"). A writer's
    domain term comes back inside its compounds; a typo is a one-off slip of a common word (and a
    cut-off word, "manag", beside the known word it was cut from, is still a slip)."""
    words = unknown
    out = set()
    for u in unknown:
        stems = {u, u[:-1]} if u.endswith("s") and not u.endswith("ss") else {u}
        stems |= {u[:-2]} if u.endswith("es") else set()
        if any(len(stem) >= 5 and any(len(w) >= len(stem) + 3 and (w.endswith(stem) or w.startswith(stem))
                                      for w in words) for stem in stems):
            out.add(u)
    return out


def check(draft, ctx, p):
    proofreading = _slip_findings(draft, p) + _textspeak(draft, p) + _real_word_slips(draft, p)
    words = candidates(draft, ctx)
    if not words:
        return proofreading or [finding(p, "pass", "pass")]
    contractions = p["missing_apostrophe"]
    lows = {low for _, low in words}
    no_apostrophe = [(w, contractions[low]) for w, low in words if low in contractions] \
        if not lows.isdisjoint(contractions) else []
    # the words to look up: of three letters or more, no contraction, no prefix written with a hyphen
    good = {low for low in lows if len(low) >= 3}.difference(contractions)
    hyphened = not good.isdisjoint(_PREFIX_SET)
    if hyphened:
        words = [(w, low) for w, low in words if low in good
                 and not (low in _PREFIX_SET and _hyphened_prefix(draft, w, low))]
        good = {low for _, low in words}
    lookup = {part for low in good for part in low.split("-")} if "-" in draft.lbody else good
    known = lexicon.dictionary()
    unknown = {u for u in known.unknown(lookup) if not _derived(u, known)}
    if unknown:  # a term of a field's own vocabulary ("statins") is no slip of the word one edit away
        unknown = {u for u in unknown if not lexicon.technical_term(u, p["technical_endings"])}
    if unknown:
        unknown.difference_update(_own_terms(unknown))
    if unknown and not hyphened:
        words = [(w, low) for w, low in words if low in good]
    out = []
    flagged: set[str] = set()
    judged: dict[str, str | None] = {}
    for w, low in words if unknown else ():  # (with no unknown word, nothing below can flag one)
        if low in flagged or not any(part in unknown for part in low.split("-")):
            continue
        if len(judged) >= 3 * p["max_suggestions"]:
            break
        if low not in judged:
            judged[low] = _typo_of(low, known, p)
        fix = judged[low]
        if fix is None:
            continue  # unknown, but no common word is one slip away: jargon or a name, not a typo
        flagged.add(low)
        if len(out) < p["max_suggestions"]:
            out.append(finding(p, "warn", "misspelled", w.span, quote=w.text,
                               suggestion_hint=f" (did you mean “{fix}”?)", suggestion=fix))
    for w, right in no_apostrophe:
        if w.text.lower() not in flagged and len(out) < p["max_suggestions"]:
            flagged.add(w.text.lower())
            out.append(finding(p, "warn", "misspelled", w.span, quote=w.text,
                               suggestion_hint=f" (did you mean “{right}”?)", suggestion=right))
    out.extend(proofreading)
    out.sort(key=lambda f: f.span or (0, 0))
    if not out:
        return [finding(p, "pass", "pass")]
    if len(flagged) >= p["fail_count"]:
        out = [type(f)(f.check, "fail", f.message, f.span, f.suggestion, f.field) for f in out]
        out.append(finding(p, "fail", "many", count=len(flagged)))
    return out
