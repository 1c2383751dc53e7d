"""names: the interviewer, the company and the role spelled (and capitalised) as in the context.

- A capitalised word one or two slips (by its length) away from a word of a context name is a
  misspelling ("Pryia", "Northwood"); an everyday word ("Dean" near "Dan") only when it stands where
  a name stands: after a title, in the greeting, or beside the person's other name.
- A context name written with other capitals ("LEDGERLINE", "priya") is flagged; an everyday word of
  a company name may be lowercase in a sentence ("the school").
- Another organisation named where this one belongs ("excited about joining Hollis & Grange"), or
  another job title ("the Charge Nurse post" for a Staff Nurse interview), suggests a reused email.
Source: the course articles: proofread, and take most care over the names of the person and the firm.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import compress
from operator import itemgetter, not_, or_

from .. import _regex, fuzzy, lexicon, vocabulary
from ..patterns import fast
from ..people import fold, name_tokens, person_score, similarity, titles
from ..text import WORD_RE
from ._common import finding, skip

DATA = ("min_similarity", "greeting_min_similarity", "recipient_min_score")
MESSAGES = ("misspelled", "capitalisation", "wrong_role", "wrong_company", "wrong_person", "wrong_title", "pass", "skip")

# an organisation's name: up to four capitalised words on one line ("Hollis & Grange", "Contoso Ltd")
_ORG = r"((?:[A-Z][\w'’-]*(?:\.[A-Z][\w'’-]*)*)(?:[ \t]+(?:[A-Z][\w'’-]*(?:\.[A-Z][\w'’-]*)*|&)){0,3})"
_ROLE_PHRASE = fast(
    r"\b(?:the|for|as|this|a|an)\s+((?:[A-Z][\w&/-]*\s+){0,4}?[A-Za-z][\w&/-]*)\s+(?:role|position|job|opening|post|vacancy)\b")
# a match of _ROLE_PHRASE holds only word characters, spaces, "&", "/" and "-", and ends in a role word
_ROLE_END = _regex.compile(r"\s(?:role|position|job|opening|post|vacancy)\b")
_NOT_IN_ROLE_PHRASE = _regex.compile(r"[^\w&/\s-]")
# a role word alone: the engine scans for its first letters, where _ROLE_END tries every space
_ROLE_WORD = _regex.compile(r"(?:role|position|job|opening|post|vacancy)\b")


def _role_ends(body: str):
    """The starts of _ROLE_END's matches (``finditer``): a role word with white space just before it."""
    pos = 0
    while (m := _ROLE_WORD.search(body, pos)) is not None:
        i = m.start()
        if i and body[i - 1].isspace():
            yield i - 1
        pos = m.end()


def _break_before(body: str, end: int) -> int:
    """Where the last character that no role phrase holds stands before ``end`` (-1 for none),
    read back in stretches rather than over the whole body."""
    while end > 0:
        start = max(0, end - 200)
        last = -1
        for m in _NOT_IN_ROLE_PHRASE.finditer(body, start, end):
            last = m.start()
        if last >= 0:
            return last
        end = start
    return -1


def _role_phrases(body: str) -> list[re.Match[str]]:
    """The matches of _ROLE_PHRASE (``finditer``), searched only in the stretches between other
    characters that hold a role word: the same matches, since none can reach outside one."""
    out: list[re.Match[str]] = []
    done = 0
    for r in _role_ends(body):
        if r < done:
            continue
        # (r is a space: no break stands there)
        pos = _break_before(body, r) + 1
        after = _NOT_IN_ROLE_PHRASE.search(body, r)
        done = after.start() if after is not None else len(body)
        while (m := _ROLE_PHRASE.search(body, pos, done)) is not None:
            out.append(m)
            pos = m.end()
    return out


# where the writer would go next: "develop that further at Grant Whitley", "a career with Hollis & Grange"
# (each lead word is an alternative of its own, so the engine can scan for their first letters)
_NEXT_ORG_LEADS = ("further", "grow(?:ing)?", "develop(?:ing)?", "contribut(?:e|ing)", "work(?:ing)?", "career", "future",
                   "role", "position", "opportunity")
_NEXT_ORG = fast(
    r"\b(?:" + "|".join(lead + r"\s+(?:[\w'’-]+\s+){0,3}?(?:at|with|for)" for lead in _NEXT_ORG_LEADS)
    + r"|help(?:ing)?\s+(?:to\s+)?(?:grow|build|expand|shape|support|strengthen))"
    r"\s+" + _ORG.replace("{0,3}", "{1,3}"))
# the interview's own company: "the Junior Data Analyst role at Southwind Analytics"
_ROLE_AT_ORG = fast(
    r"\b(?:role|position|job|post|vacancy|opening|interview|opportunity)\s+(?:here\s+)?(?:at|with)\s+"
    + _ORG)
_MINE = _regex.compile(r"\b(?:my|previous|former|last|current|past|old|present)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# "work" as the noun of someone's work: "the agency's work for", "your work with", "their recent work at"
_OWNER_BEFORE = _regex.compile(r"(?:\b(?:your|its|their|his|her|my|our)|\w['’]s)\s+(?:[a-z][\w-]*\s+)?$", re.IGNORECASE)
_FORWARD = _regex.compile(r"\b(?:would|will|could|'d|'ll|excited|hope|forward|eager|keen|love)\b", re.IGNORECASE)
# (written out so that every alternative starts with a letter, in the order the grouped form
# "(?:become|becoming|be|being)\s+(?:a\s+)?part\s+of|(?:a\s+)?future\s+at" tries them: the same
# matches, and the engine can scan for their first letters instead of trying every position)
_OTHER_ORG_LEADS = ("join", "joining", *(verb + r"\s+(?:a\s+)?part\s+of" for verb in ("become", "becoming", "be", "being")),
                    r"a\s+future\s+at", r"future\s+at", r"career\s+at", r"the\s+team\s+at", r"working\s+at")
_OTHER_ORG = fast(r"\b(?:" + "|".join(_OTHER_ORG_LEADS) + r")\s+" + _ORG)


_ROLE_WORDS = ("role", "position", "job", "opening", "post", "vacancy")
_OTHER_ORG_WORDS = ("join", "part of", "future at", "career at", "team at", "working at")
_NEXT_ORG_WORDS = ("further", "grow", "develop", "contribut", "work", "career", "future", "role", "position",
                   "opportunity", "help")


@lru_cache(maxsize=256)
def _name_words(ctx) -> dict[str, tuple[str, str]]:
    """Each word of a context name (folded) -> (the word as it should be written, "person"|"company")."""
    out: dict[str, tuple[str, str]] = {}
    for kind, phrases in (("company", [ctx.company or ""]), ("person", ctx.people)):
        for phrase in phrases:
            for w in name_tokens(phrase):
                if len(w) >= 3 and not (kind == "person" and w.islower()):
                    # (a particle written in lower case, "van der Berg", is not a name to match words to)
                    out[fold(w)] = (w, kind)
                    if w.endswith(("'s", "’s")) and len(w) >= 5:
                        out.setdefault(fold(w[:-2]), (w[:-2], kind))  # "Children's": its words lose the 's
    return out


def _ordinary(low: str) -> bool:
    """An everyday English word ("school", "ramen", "dean")."""
    return lexicon.is_word(low)


def _near_miss(low: str, keys: list[str]) -> str | None:
    """The context name word this one is a slip of: one edit for short names, two for longer ones."""
    hit = fuzzy.closest(low, keys, 3)  # as rapidfuzz's extractOne with the OSA distance
    if not hit:
        return None
    key, dist = hit[0], hit[1]
    shortest = min(len(low), len(key))
    allowed = 1 if shortest < 7 else 2 if shortest < 8 or low[:2] != key[:2] else 3
    if dist == 0 or dist > allowed or low[0] != key[0]:
        return None
    return key


def _in_name_position(text: str, start: int, end: int, expected, draft) -> bool:
    """After a title, in the greeting, or beside another word of a context name."""
    if draft.greeting_name and draft.greeting_name.start <= start < draft.greeting_name.end:
        return True
    before = WORD_RE.findall(text[max(0, start - 12):start])
    after = WORD_RE.findall(text[end:end + 20])
    if before and fold(before[-1]) in titles():
        return True
    # spoken to between commas ("and, Danial, your point"): a name in direct address
    if text[max(0, start - 2):start].rstrip().endswith(",") and text[end:end + 1] in (",", ".", "!"):
        return True
    if (before and fold(before[-1]) in expected) or (after and fold(after[0]) in expected):
        return True
    # beside a slip of another word of the same name ("Harbor Insight" for Harbour Insights)
    keys = list(expected)
    return bool(keys) and any(w[:1].isupper() and _near_miss(fold(w), keys) is not None
                              for w in (before[-1:] + after[:1]))


def _judge_case(word: str, right: str, named: bool = False) -> bool:
    """True when the capitals differ in a way worth a note; ``named`` when the word stands where a
    person's name stands (the greeting, after a title, beside their other name)."""
    if word == right:
        return False
    if word.islower() and _ordinary(word) and not named:
        return False  # "the school" for "Oakfield Primary School"; "mark the date" near Mark Ellis
    if word[:1].isupper() and word[1:] == right[1:] and right[:1].islower():
        return False  # a lowercase brand opening a sentence
    return True


def check(draft, ctx, p):
    if not (ctx.people or ctx.company or ctx.role):
        return [skip(p, p.message("skip"))]
    expected = _name_words(ctx)
    keys = list(expected)
    key_initials = {k[:1] for k in keys}  # a slip keeps the name's first letter (see _near_miss)
    out = []
    flagged: set[str] = set()
    sig_start = draft.signature[0].start if draft.signature else len(draft.body)
    # only a capitalised word, a word of a context name, or one with accents can matter here
    n = bisect_left(draft.words, (sig_start,))  # the words before the signature (in order of their starts)
    # (tested with maps over the token table rather than a Python test of every word)
    ws, lws = draft.words[:n], draft.lwords[:n]
    texts = tuple(map(itemgetter(2), ws))
    before_sig = set(lws)
    wanted = before_sig & expected.keys()
    if "'" in draft.lbody:  # (a possessive: "Northwind's")
        wanted |= {low for low in before_sig if low.endswith("'s") and low[:-2] in expected}
    keep = map(or_, map(str.isupper, map(itemgetter(0), texts)), map(wanted.__contains__, lws))
    if not draft.body.isascii():
        keep = map(or_, keep, map(not_, map(str.isascii, texts)))
    body_words = list(compress(ws, keep))
    # the greeting's own word ("Dear" before "Dean") and the closing phrase are not names
    not_names = [(draft.greeting.start, draft.greeting_name.start if draft.greeting_name else draft.greeting.end)] \
        if draft.greeting else []
    if draft.closing:
        not_names.append((draft.closing.start, draft.closing.end))
    for a, b in not_names:  # (the words are in order of their starts)
        del body_words[bisect_left(body_words, (a,)):bisect_left(body_words, (b,))]
    subject_words = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(draft.subject)]
    for field, text, items in (("subject", draft.subject, subject_words), ("body", draft.body, body_words)):
        for start, end, word in items:
            if word.endswith(("'s", "’s")):
                word, end = word[:-2], end - 2
            if len(word) < 3 or word in flagged:
                continue
            low = fold(word)
            if low in expected:
                right, kind = expected[low]
                named = kind == "person" and field == "body" and _in_name_position(text, start, end, expected, draft)
                if _judge_case(word, right, named):
                    flagged.add(word)
                    out.append(finding(p, "warn", "capitalisation", (start, end), field=field, quote=word,
                                       expected=right, suggestion=right))
                continue
            if not word[:1].isupper() or not keys or word.isupper() and len(word) <= 4:
                continue  # only capitalised words can be names; short capitals are acronyms
            key = _near_miss(low, keys) if low[:1] in key_initials else None
            if key is None:
                continue
            right, kind = expected[key]
            if _ordinary(low) and not _in_name_position(text, start, end, expected, draft if field == "body" else _NoGreeting):
                continue  # an everyday word that merely resembles a name
            flagged.add(word)
            out.append(finding(p, "fail", "misspelled", (start, end), field=field, quote=word,
                               expected=f"“{right}”", suggestion=right))
    out.extend(_greeted_name(draft, ctx, p, flagged))
    out.extend(_greeted_title(draft, ctx, p))
    out.extend(_other_names(draft, ctx, p, expected))
    return out[:8] or [finding(p, "pass", "pass")]


def _greeted_name(draft, ctx, p, flagged):
    """The name in the greeting must be one of the context's names: a different name that starts
    the same way ("Ms. Farrow" for Farrell, "Shivon" for Siobhán) is a misspelling."""
    if not draft.greeting_name or not ctx.people:
        return []
    parts = {fold(t): t for person in ctx.people for t in name_tokens(person)}
    if not parts:
        return []  # the context's names have no letters to compare with
    for m in re.finditer(r"[^\W\d_][\w'’-]*", draft.greeting_name.text):
        word = m.group()
        low = fold(word)
        if word in flagged or low in parts or fold(word).rstrip(".") in titles() or len(low) < 3:
            continue
        if any(k.startswith(low) or k.endswith(low) for k in parts):
            continue  # a short form ("Liz", "Sam")
        best = max(parts, key=lambda k: similarity(low, k))
        if low[0] == best[0] and similarity(low, best) >= p["greeting_min_similarity"]:
            start = draft.greeting_name.start + m.start()
            return [finding(p, "fail", "misspelled", (start, start + len(word)), quote=word,
                            expected=f"“{parts[best]}”", suggestion=parts[best])]
    # someone else's name in the greeting ("Hi Sam," to Priya): the email was reused or misaddressed
    gname = draft.greeting_name.text
    named = [t for t in name_tokens(gname) if t[:1].isupper() and fold(t).rstrip(".") not in titles()]
    # (a template field such as "{Interviewer Name}" is the placeholders check's to judge; a word
    # inside one of their names is theirs, "Liz" for Elizabeth, and is tested before the scoring)
    if ctx.recipient and named and not flagged and not any(c in gname for c in "[{<(") \
            and not any(fold(t) in k for t in named for k in parts) \
            and person_score(gname, ctx.recipient) < p["recipient_min_score"]:
        return [finding(p, "fail", "wrong_person", draft.greeting_name.span, quote=gname, expected=ctx.recipient)]
    return []


# the titles that say whether the person is a man or a woman ("Dr", "Prof" and "Mx" say neither)
_GENDERED = {"mr": "mr", "mister": "mr", "mrs": "ms", "ms": "ms", "miss": "ms", "madam": "ms"}
def _greeted_title(draft, ctx, p):
    """The greeting's title against the one the context gives the person ("Dear Mr. Alvarez" to
    "Ms. Rosa Alvarez"): only where both are written, so a title is never guessed from a name."""
    if not draft.greeting_name:
        return []
    gname = draft.greeting_name.text
    words = gname.split()
    said = _GENDERED.get(fold(words[0]).rstrip(".")) if len(words) >= 2 else None
    if said is None:
        return []
    # every person the greeted name can be has a title, and another one ("Dear Mr. Alvarez" fits
    # Luis Alvarez on the same panel, whose title is not given)
    matches = [person for person in ctx.people if person_score(gname, person) >= p["recipient_min_score"]]
    given = [_GENDERED.get(fold(person.split()[0]).rstrip(".")) for person in matches]
    if matches and all(g is not None and g != said for g in given):
        return [finding(p, "warn", "wrong_title", draft.greeting_name.span, quote=gname, expected=matches[0])]
    return []


class _NoGreeting:
    greeting_name = None


def _other_names(draft, ctx, p, expected):
    """Another organisation or another job title where this interview's belong."""
    out = []
    body = draft.body
    if ctx.company:
        company = [fold(w) for w in name_tokens(ctx.company)]
        initials = "".join(w[0] for w in company if w)
        people = {fold(w) for person in ctx.people for w in name_tokens(person)}
        low = draft.lbody
        # each pattern needs one of a few words; skip the scan when none is there
        found = list(_OTHER_ORG.finditer(body)) if any(w in low for w in _OTHER_ORG_WORDS) else []
        for m in _ROLE_AT_ORG.finditer(body) if any(w in low for w in _ROLE_WORDS + ("interview", "opportunity")) else ():
            before = body[max(0, m.start() - 40):m.start()]
            if not _MINE.search(before):  # "my previous role at Boots" is the writer's history
                found.append(m)
        for m in _NEXT_ORG.finditer(body) if any(w in low for w in _NEXT_ORG_WORDS) else ():
            sentence_start = max(body.rfind(".", 0, m.start()), body.rfind("\n", 0, m.start())) + 1
            if body.startswith("work", m.start()) and _OWNER_BEFORE.search(body, sentence_start, m.start()):
                continue  # "the agency's work for Norland Bank": a client of the company, not another employer
            if _FORWARD.search(body, sentence_start, m.start()):
                found.append(m)
        for m in found:
            said = [fold(w) for w in WORD_RE.findall(m.group(1))]
            if not said or fold(m.group(1)).replace(" ", "").replace("&", "") == initials:
                continue
            # the same company: its first word, or only words of its name ("Northwind" for
            # "Northwind Analytics"); "Hartley's Hardware" is not "Hunt's Hardware"
            same_start = similarity(said[0], company[0]) >= p["min_similarity"] if company else False
            subset = all(any(similarity(w, c) >= p["min_similarity"] for c in company) for w in said)
            if same_start or subset or set(said) & people:
                continue
            out.append(finding(p, "fail", "wrong_company", m.span(1), quote=m.group(1), expected=ctx.company))
            break
    if ctx.role:
        heads = vocabulary.words("role_heads")
        role_words = {fold(w) for w in WORD_RE.findall(ctx.role)}
        company_words = {fold(w) for w in WORD_RE.findall(ctx.company or "")}
        for m in _role_phrases(body) if any(w in draft.lbody for w in _ROLE_WORDS) else ():
            words = WORD_RE.findall(m.group(1))
            said = {fold(w) for w in words}
            said_heads = said & heads
            if not said_heads:
                continue
            other_head = not (said_heads & role_words)
            # a capitalised qualifier the role does not have ("Charge Nurse" for "Staff Nurse")
            other_qualifier = any(w[:1].isupper() and fold(w) not in role_words and fold(w) not in company_words
                                  and fold(w) not in heads for w in words)
            if other_head or other_qualifier:
                out.append(finding(p, "fail", "wrong_role", m.span(1), quote=m.group(1), expected=f"“{ctx.role}”"))
                break
    return out
