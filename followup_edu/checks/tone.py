"""tone: professional and warm. Flags shouting, "!!", emoji, texting slang, desperation, hostility,
sarcasm and guilt-tripping; stiff formulas in an internal follow-up.

Source: the course articles: keep the professional tone of the interview, don't sound desperate, and
in an internal context avoid being overly formal or rigid.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import compress
from operator import itemgetter

from .. import _regex, lexicon, vocabulary
from ..people import fold
from ..text import EMOJI_RE, lower_word
from ._clause import body_words, sentence_words, word_class, words_of
from ._common import finding

DATA = ("emoticon_pattern", "desperation_pattern", "hostility_pattern", "lecturing_pattern", "gift_pattern", "guilt_pattern", "apology_pattern", "servile_pattern",
        "personal_pattern", "eager_pattern", "badmouth_pattern", "joke_pattern", "money_pattern", "money_kinds", "stiff_pattern", "exclamation_limit", "exclamation_most", "max_findings",
        "functions")
MESSAGES = ("shouting", "exclamation", "exclamations", "emoji", "slang", "desperation", "hostility", "lecturing", "gift", "sarcasm",
            "guilt", "apology", "servile", "personal", "eager", "badmouth", "joke", "flattery", "money", "stiff", "stiff_letter", "profanity",
            "arrogance", "ultimatum", "demand", "impatience", "bitter", "complaint", "passive", "blunt_reason", "presume", "pass")

_SLANG_TOKEN = _regex.compile(r"(?<![\w/])[\w'’]+(?:/[\w]+)?")
_OPENERS, _CLOSERS = set("<[{"), set(">]}")  # "<TOPIC>" is a placeholder, not shouting
_BANG_RUN = _regex.compile(r"[!?]*![!?]*!+[!?]*|\?!+|!\?+")

# what someone else said, reported ("You said the old rota was a waste of time for the nurses",
# "Common courtesy matters on a ward, as you said"), is not the writer's own tone; the report
# reaches to the end of its clause, so "You told me Friday; clearly you didn't mean it" still counts
_REPORTER = (r"\b(?:you|he|she|they|the (?:[\w'-]+ ){0,2}?(?:team|panel|manager|nurses?|staff|residents?|clients?|customers?))"
             r" (?:\w+ly )?(?:said|say|mentioned|told (?:me|us)|described|explained|noted|pointed out|put it|joked|admitted|warned|felt|thought)\b")
_REPORTED_BEFORE = _regex.compile(_REPORTER + r"(?![^;:!?]*(?:[;:!?]|,\s*(?:and|but|so|yet)\b|\s[-–—]\s))[^\n]*$")
_REPORTED_AFTER = _regex.compile(r"^[^;:.!?\n]*?,\s*(?:as\s+)?(?:you|he|she|they)\s+(?:\w+ly\s+)?(?:said|mentioned|put it|told (?:me|us)|explained|noted)\b")
_SENTENCE_END = _regex.compile(r"[.!?](?:\s|$)|\n")


def _reported(low: str, m) -> bool:
    """Is this match inside a clause that reports what someone else said?"""
    start = max(low.rfind(". ", 0, m.start()), low.rfind("? ", 0, m.start()), low.rfind("! ", 0, m.start()),
                low.rfind("\n", 0, m.start())) + 1
    end = _SENTENCE_END.search(low, m.end())
    return bool(_REPORTED_BEFORE.search(low, start, m.start())
                or _REPORTED_AFTER.match(low[m.end():end.start() if end else len(low)]))


def _own(phrase, low: str, literals):
    """The first match of a phrase pattern that is the writer's own words."""
    return next((m for m in phrase.finditer_in(low, literals) if not _reported(low, m)), None)


# the serious ones fail; the rest warn
_SERIOUS = (("hostility", "hostility_pattern"), ("lecturing", "lecturing_pattern"), ("sarcasm", "sarcasm_pattern"),
            ("guilt", "guilt_pattern"), ("desperation", "desperation_pattern"))


@lru_cache(maxsize=256)
def _allowed_caps(ctx) -> frozenset[str]:
    """Acronyms, plus every word of the context's names written in capitals."""
    known = {fold(w).upper() for name in (*ctx.people, ctx.company or "", ctx.role or "", ctx.candidate_name or "")
             for w in name.split()}
    return vocabulary.words("acronyms") | frozenset(a.upper() for a in vocabulary.items("acronyms")) | known


def _first_slang(draft, body: str, slang: frozenset[str]):
    """The first slang word: from the draft's words, or, where digits or slashes could form one
    ("gr8", "b4", "w/e"), from tokens that keep them."""
    if "/" in body or draft.has_digit:
        tokens = ((m.span(), m.group(), lower_word(m.group())) for m in _SLANG_TOKEN.finditer(body))
    elif slang.isdisjoint(draft.lword_set):
        return None
    else:
        tokens = ((w.span, w.text, low) for w, low in zip(draft.words, draft.lwords))
    for span, text, low in tokens:
        if low in slang and (len(low) > 2 or text == low):
            return span, text
    return None


_SERIOUS_KEYS = frozenset(k for k, _ in _SERIOUS)
_LISTS = ("cue", "object", "blocked", "subject", "subject_blocked", "owner", "link", "unless", "also", "not_before")


def _guard(entries: frozenset[str]) -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
    """What a text must hold for the class to occur in it: one of its single words, or every word of
    one of its runs. A sentence without them cannot hold the class, so it need not be read."""
    single, multi = word_class(entries)
    return single, tuple(frozenset(run) for run in multi)


class _Test:
    """Does a set of words hold the guard (one of its single words, or every word of one of its
    runs)? Each run is looked at only when its longest word is there: a set of words without any
    of them holds none of the runs, one test in C for most texts."""

    __slots__ = ("single", "anchors", "runs", "always")

    def __init__(self, guard: tuple[frozenset[str], tuple[frozenset[str], ...]]) -> None:
        self.single, runs = guard
        self.always = any(not run for run in runs)  # (an empty run stands anywhere)
        by_anchor: dict[str, list[frozenset[str]]] = {}
        for run in runs:
            if run:
                by_anchor.setdefault(max(sorted(run), key=len), []).append(run)
        self.anchors = frozenset(by_anchor)
        self.runs = by_anchor

    def __call__(self, words) -> bool:
        if self.always or not self.single.isdisjoint(words):
            return True
        if self.anchors.isdisjoint(words):
            return False
        runs = self.runs
        return any(run <= words for a in self.anchors.intersection(words) for run in runs[a])


@lru_cache(maxsize=None)
def _functions(pid: str) -> tuple[dict, ...]:
    """The problem functions of the data, each word list made a frozenset once, with the words
    that can start a cue (a single word, or the first word of a run) for a quick test."""
    from ..registry import principle

    out = []
    for rule in principle(pid)["functions"]:
        r = {**rule, **{k: frozenset(w.lower() for w in rule[k]) for k in _LISTS if k in rule}}
        r["_cue_words"] = _guard(r["cue"])
        r["_cue_test"] = _Test(r["_cue_words"])
        if "object" in r and not r.get("question"):
            r["_object_words"] = _guard(r["object"])
            r["_object_test"] = _Test(r["_object_words"])
        out.append(r)
    return tuple(out)


@lru_cache(maxsize=None)
def _cue_index(pid: str):
    """The functions by their cue guards: each single cue word with the functions it opens, each
    run's longest word with the (function, run) pairs it may open, and the functions with an empty
    run (read the plain way)."""
    single: dict[str, set[int]] = {}
    anchored: dict[str, list[tuple[int, frozenset[str]]]] = {}
    loose = []
    for n, rule in enumerate(_functions(pid)):
        test = rule["_cue_test"]
        if test.always:
            loose.append(n)
            continue
        for w in test.single:
            single.setdefault(w, set()).add(n)
        for a, runs in test.runs.items():
            anchored.setdefault(a, []).extend((n, run) for run in runs)
    return (frozenset(single), {w: tuple(ns) for w, ns in single.items()}, frozenset(anchored),
            {a: tuple(v) for a, v in anchored.items()}, tuple(loose))


def _cued(pid: str, words: frozenset[str]) -> list[int]:
    """The functions whose cue guard holds in these words, in order (a function with an empty cue
    run, which holds anywhere, only where a word of its cue is there)."""
    singles, by_single, anchors, by_anchor, loose = _cue_index(pid)
    out = {n for w in singles.intersection(words) for n in by_single[w]}
    for a in anchors.intersection(words):
        out.update(n for n, run in by_anchor[a] if run <= words)
    if loose:
        rules = _functions(pid)
        out.update(n for n in loose if not words.isdisjoint(rules[n]["_cue_words"][0].union(*rules[n]["_cue_words"][1])))
    return sorted(out)


def _index(words: tuple[str, ...]) -> dict[str, list[int]]:
    """Each word of a sentence with the places it stands."""
    index: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        index.setdefault(w, []).append(i)
    return index


def _near(words: tuple[str, ...], i: int, within: int, before: frozenset[str], stop: frozenset[str]) -> bool:
    """Does a word of ``before`` stand within ``within`` words before position i, with no ``stop`` word after it?"""
    for k in range(i - 1, max(-1, i - 1 - within), -1):
        if words[k] in stop:
            return False
        if words[k] in before:
            return True
    return False


def _at(words: tuple[str, ...], index: dict[str, list[int]], entries: frozenset[str]) -> list[int]:
    """Where a word of the class (or the first word of one of its runs) stands, found through the
    sentence's index of words (the same as :func:`._clause.positions`, without a scan per run)."""
    single, multi = word_class(entries)
    out = [i for w in single.intersection(index) for i in index[w]]
    for run in multi:
        n = len(run)
        out.extend(i for i in index.get(run[0], ()) if words[i:i + n] == run)
    out.sort()
    return out


def _reads_as(words: tuple[str, ...], index: dict[str, list[int]], text: str, rule: dict,
              company: frozenset[str] = frozenset()) -> bool:
    """Does this sentence do what the rule describes: a cue word near an object word in one clause?"""
    if "unless" in rule and not rule["unless"].isdisjoint(index):
        return False
    if rule.get("ask") and not text.rstrip().endswith("?"):
        return False
    if "also" in rule and not _at(words, index, rule["also"]):
        return False
    cues = _at(words, index, rule["cue"])
    if "subject" in rule:
        cues = [i for i in cues if _near(words, i, 3, rule["subject"], rule.get("subject_blocked", frozenset()))]
    if "not_before" in rule:
        cues = [i for i in cues if not _near(words, i, 2, rule["not_before"], frozenset())]
    if not cues:
        return False
    if "object" not in rule:
        return True
    objects = _at(words, index, rule["object"])
    if company:
        objects = sorted(objects + [i for w in company.intersection(index) for i in index[w]])
    if "owner" in rule:
        objects = [j for j in objects if _near(words, j, 2, rule["owner"], frozenset())]
    if not objects:
        return bool(rule.get("question")) and text.rstrip().endswith("?")
    blocked = _at(words, index, rule["blocked"]) if "blocked" in rule else []
    link = _at(words, index, rule["link"]) if "link" in rule else None
    order = rule.get("order", "")
    for i in cues:
        for j in objects:
            if i == j or abs(i - j) > rule["window"] or (order == "cue_first" and j < i) \
                    or (order == "object_first" and i < j):
                continue
            lo, hi = min(i, j), max(i, j)
            if any(lo < b < hi for b in blocked) or (link is not None and not any(lo < b < hi and b <= lo + 2 for b in link)):
                continue
            return True
    return bool(rule.get("question")) and text.rstrip().endswith("?")


_NOT_A_NAME = frozenset({"the", "and", "of", "ltd", "limited", "inc", "llc", "llp", "plc", "co", "group", "company",
                         "services", "solutions", "partners", "uk", "us"})


@lru_cache(maxsize=256)
def _company_words(company: str | None) -> frozenset[str]:
    """The distinctive words of the context's company ("Harbour Insights" -> harbour, insights)."""
    return frozenset(w for w in words_of((company or "").lower()) if w not in _NOT_A_NAME and len(w) > 2)


def _deferred(where: str, draft) -> bool:
    """Does another principle's pattern ("next_steps.pressure_pattern") match this draft?"""
    from ..registry import principle

    pid, key = where.split(".", 1)
    return principle(pid).pattern(key).search(draft.lbody) is not None


def _function_findings(draft, ctx, p, found: set[str]) -> list:
    """A finding for each problem function a sentence performs that no pattern has found yet."""
    out: list = []
    sentences = None
    kind = ctx.effective_kind
    rules = _functions(p.id)
    words_here = body_words(draft)
    for n in _cued(p.id, words_here):
        rule = rules[n]
        key = rule["key"]
        if key in found or ("kinds" in rule and kind not in rule["kinds"]):
            continue
        cue_test, object_test = rule["_cue_test"], rule.get("_object_test")
        company = _company_words(ctx.company) if rule.get("company_object") else frozenset()
        # (the company's name may stand for the object)
        if object_test is not None and not object_test(words_here) and (not company or company.isdisjoint(words_here)):
            continue
        if sentences is None:  # read only for a draft some function may fit; indexed when first asked
            sentences = [[s, w, frozenset(w), None] for s in draft.prose for w in (sentence_words(draft, s),)]
        for row in sentences:
            s, words, ws, ix = row
            if not cue_test(ws) or (object_test is not None and not object_test(ws)
                                    and (not company or company.isdisjoint(ws))):
                continue
            if ix is None:
                ix = row[3] = _index(words)
            if _reads_as(words, ix, s.text, rule, company):
                if "defer_to" in rule and _deferred(rule["defer_to"], draft):
                    break
                out.append(finding(p, "fail" if key in _SERIOUS_KEYS else "warn", key, s.span, quote=s.text.strip()))
                found.add(key)
                break
    return out


def _crowded(draft, count: int, p) -> bool:
    """Do the exclamation marks crowd the email: two in one paragraph, one ending half the
    sentences or more, or more than exclamation_most in all? One now and then, a paragraph apart
    ("I hope your weekend was a good one!" ... "I'm looking forward to the next steps!"), reads warm."""
    body = draft.body
    return count > p["exclamation_most"] or 2 * count >= max(len(draft.prose), 1) \
        or any(body.count("!", para.start, para.end) >= 2 for para in draft.paragraphs)


def check(draft, ctx, p):
    body, low = draft.body, draft.lbody
    out = []
    literals = draft.literals
    found: set[str] = set()  # the message keys already found, so a function reads only what no pattern did
    for key, pat in _SERIOUS:
        phrase = vocabulary.pattern(pat) if pat == "sarcasm_pattern" else p.pattern(pat)
        m = _own(phrase, low, literals)
        if m:
            out.append(finding(p, "fail", key, m.span(), quote=body[m.start():m.end()]))
            found.add(key)
    swear = vocabulary.words("profanity")
    if not swear.isdisjoint(draft.lword_set):
        w = next(w for w, lw in zip(draft.words, draft.lwords) if lw in swear)
        out.append(finding(p, "fail", "profanity", w.span, quote=w.text))
    m = _own(p.pattern("gift_pattern"), low, literals)
    if m:
        out.append(finding(p, "warn", "gift", m.span(), quote=body[m.start():m.end()]))
    # the milder slips warn: an apology for yourself or for writing, an over-familiar invitation, over-eagerness,
    # criticism of a past or present employer, a joke at the writer's own expense, flattery
    for key in ("apology", "servile", "personal", "eager", "badmouth", "joke", "flattery"):
        phrase = vocabulary.pattern("flattery_pattern") if key == "flattery" else p.pattern(key + "_pattern")
        m = _own(phrase, low, literals)
        if m:
            out.append(finding(p, "warn", key, m.span(), quote=body[m.start():m.end()]))
            found.add(key)
    if ctx.effective_kind in p["money_kinds"]:  # salary is for the offer conversation, not a thank-you
        m = _own(p.pattern("money_pattern"), low, literals)
        if m:
            out.append(finding(p, "warn", "money", m.span(), quote=body[m.start():m.end()]))
            found.add("money")
    # no pattern names it: read each sentence by what it does
    out.extend(_function_findings(draft, ctx, p, found))
    g = draft.greeting  # a stiff greeting ("To whom it may concern") is the greeting check's to judge
    m = next((m for m in p.pattern("stiff_pattern").finditer_in(low, literals)
              if g is None or not g.start <= m.start() < g.end), None)
    if m:  # stiff letter formulas read cold after any conversation; more so with a colleague
        out.append(finding(p, "warn", "stiff" if ctx.is_internal else "stiff_letter", m.span(),
                           quote=body[m.start():m.end()]))

    acronyms = _allowed_caps(ctx)
    ordinary = lexicon.dictionary()
    # shouting is an everyday word in capitals ("PLEASE", "VERY"); unknown capitals are acronyms
    capitals = compress(draft.words, map(str.isupper, map(itemgetter(2), draft.words)))
    # a surname in capitals under the closing ("Oluwaseun ADEYEMI") is a way of writing names
    sig = [(ln.start, ln.end) for ln in draft.signature]
    shouted = [w for w in capitals if len(w.text) >= 4
               and fold(w.text).upper() not in acronyms and w.text.lower() in ordinary
               and not any(a <= w.start < b for a, b in sig)
               and body[w.start - 1:w.start] not in _OPENERS and body[w.end:w.end + 1] not in _CLOSERS]
    if shouted and (len(shouted) >= 2 or len(shouted[0].text) >= 5):
        w = shouted[0]
        last = shouted[min(len(shouted), 4) - 1]
        span = (w.start, last.end) if last.end - w.start < 80 else w.span
        out.append(finding(p, "warn", "shouting", span, quote=body[span[0]:span[1]]))

    m = _BANG_RUN.search(body) if "!" in body else None
    if m:
        s = max(0, body.rfind(" ", 0, max(0, m.start() - 20)) + 1)
        out.append(finding(p, "warn", "exclamation", (s, m.end()), quote=body[s:m.end()]))
    else:
        count = body.count("!")
        if g is not None:  # "Hi Zara!" is a way of saying hello, not of raising the voice
            count -= body.count("!", g.start, g.end)
        if count > p["exclamation_limit"] and _crowded(draft, count, p):
            i = body.find("!")
            out.append(finding(p, "warn", "exclamations", (i, i + 1), count=count))

    m = (None if body.isascii() else EMOJI_RE.search(body)) or \
        (p.pattern("emoticon_pattern", 0).search(body) if any(c in body for c in ":;=8<^") or "xD" in body else None)
    if m:
        out.append(finding(p, "warn", "emoji", (m.start(), m.end()), quote=m.group()))

    slang = vocabulary.words("slang")
    hit = _first_slang(draft, body, slang)
    if hit:
        out.append(finding(p, "warn", "slang", hit[0], quote=hit[1]))
    if not out:
        return [finding(p, "pass", "pass")]
    return out[:p["max_findings"]]
