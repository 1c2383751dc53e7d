"""next_steps: a forward-looking close; never demands a timeline or sounds impatient.

Source: the course articles: close by saying you look forward to what comes next, without pressing
for a date or sounding impatient; after a rejection, keep the door open.

What the close does: some sentence of the closing part (the last paragraph of prose, at least its
last two sentences, or the closing line) looks ahead to further contact, to their decision, or to
the writer's own next step towards them. The forward patterns name the usual phrasings; when none
matches, the sentence is read by its words (:mod:`._clause`): a word that looks ahead (a future or
modal verb, a word of anticipation, a request) near a word of contact, decision or process
("Waiting for your kind response", "May I ask how the selection is going?"), in a clause that does
not shut the door. Pressure and chasing are looked for first and are never read as a close.
"""
from __future__ import annotations

from .. import _regex
from ._clause import near_pair, positions, sentence_words, words_of
from ._common import finding

DATA = ("ahead_window", "ahead_words", "contact_words", "shut_words", "past_words", "clause_words", "courtesy_words", "forward_pattern", "pressure_pattern", "chasing_pattern", "hedge_pattern", "recalled_pattern", "asked_pattern",
        "own_answer_pattern")
MESSAGES = ("missing", "missing_rejection", "missing_offer", "missing_informational", "pressure", "pressure_hedged",
            "chasing", "pass", "suggestion")
_MISSING = {"after_rejection": "missing_rejection", "offer_reply": "missing_offer",
            "after_informational": "missing_informational"}


def _own_answer(own, low: str, m) -> bool:
    """Is the date the writer's own, for their answer ("for me to give you my answer by Friday",
    "I will confirm by Monday")? Its phrase must lead straight into the match, in the same clause."""
    window = max(0, m.start() - 30)
    return any(o.end() >= m.start() - 12 and not any(c in low[o.end():m.start()] for c in ",;.")
               for o in own.finditer(low, window, m.end()))


def _closing_part(draft, courtesy: frozenset[str] = frozenset()) -> list:
    """The sentences of prose a close may be in: the last paragraph's, and at least the last two;
    when the last paragraph holds only courtesies ("Thank you again for your time. Please pass on
    my regards to ..."), the sentence before it too."""
    prose = draft.prose
    if not prose:
        return []
    last = prose[-1]
    para = next((g for g in draft.paragraphs if g.start <= last.start < g.end), None)
    start = min(para.start if para else last.start, prose[-2].start if len(prose) > 1 else last.start)
    tail = [s for s in prose if s.start >= (para.start if para else last.start)]
    if courtesy and len(prose) > len(tail) and all(positions(sentence_words(draft, s), courtesy) for s in tail):
        start = min(start, prose[-len(tail) - 1].start)
    return [s for s in prose if s.start >= start]


# the writer's own future ("I'll reach out ...", "I'm going to ..."), which may act on what they said
_OWN_FUTURE = _regex.compile(r"\bi(?:'ll| will| shall| am going to|'m going to| plan to| intend to)\b")


def _only_recalls(low: str, p) -> bool:
    """Does the sentence recall what they said ("You said I would hear by Friday") rather than act
    on it? Their words recalled after the writer's own future ("I'll contact Sam, as you suggested")
    are the advice the writer will act on."""
    recalled = p.pattern("recalled_pattern").search(low)
    if recalled is None:
        return False
    own = _OWN_FUTURE.search(low)
    return own is None or own.start() > recalled.start()


def looks_ahead(low: str, p) -> bool:
    """Does this sentence look ahead to contact, a decision or a next step, by its words?"""
    words = words_of(low)
    if not words or positions(words, p.words("shut_words")) or _only_recalls(low, p):
        return False
    past = p.words("past_words")
    cues = [i for i in positions(words, p.words("ahead_words")) + [i for i, w in enumerate(words) if w.endswith(("'ll", "'d"))]
            if not (i and words[i - 1] in past)]
    if not cues:
        return False
    return near_pair(words, cues, positions(words, p.words("contact_words")), p["ahead_window"],
                     positions(words, p.words("clause_words"))) is not None


def check(draft, ctx, p):
    out = []
    pressure = p.pattern("pressure_pattern")
    hedge, recalled = p.pattern("hedge_pattern"), p.pattern("recalled_pattern")
    invited = None  # whether the reader asked to be kept informed, worked out once when needed
    answered = None  # a polite request for their decision that answers that: itself a forward close
    for s in draft.sentences if draft.may_contain(pressure) else ():
        m = draft.first_in(pressure, s)
        if not m:
            continue
        before = s.low[:m.start()]
        if recalled.search(before):
            continue  # their own timeline, recalled: not pressure
        if _own_answer(p.pattern("own_answer_pattern"), s.low, m) and \
                not any(not _own_answer(p.pattern("own_answer_pattern"), s.low, n) for n in pressure.finditer(s.low, m.end())):
            answered = answered or s  # saying when you will answer looks ahead too
            continue  # the writer sets when they will answer (an offer, say): not pressure on the reader
        if hedge.search(s.low):
            if invited is None:
                invited = p.pattern("asked_pattern").search(draft.lbody) is not None
            if invited:
                answered = answered or s
                continue  # a polite request that answers their own request to be told
            out.append(finding(p, "warn", "pressure_hedged", s.span, quote=s.text))
        else:
            out.append(finding(p, "fail", "pressure", s.span, quote=s.text, suggestion=p.message("suggestion")))
    if out:
        return out[:3]
    hit = draft.first_match(p.pattern("chasing_pattern"), prose_only=False)
    if hit:  # "just checking whether you received my last email?": chasing, however politely
        return [finding(p, "warn", "chasing", hit[0].span, quote=hit[0].text, suggestion=p.message("suggestion"))]
    forward = p.pattern("forward_pattern")
    # the close is usually the last forward-looking sentence (looked for from the end)
    last = next((s for s in reversed(draft.prose) if draft.found_in(forward, s)), None) \
        if draft.may_contain(forward) else None
    if last is not None:
        return [finding(p, "pass", "pass", last.span, quote=last.text)]
    if answered is not None:
        return [finding(p, "pass", "pass", answered.span, quote=answered.text)]
    if draft.closing and draft.may_contain(forward) and forward.search(draft.closing.text.lower()):
        return [finding(p, "pass", "pass", draft.closing.span, quote=draft.closing.text)]
    # no pattern names it: read the closing part by what its sentences do
    ahead = next((s for s in reversed(_closing_part(draft, p.words("courtesy_words"))) if looks_ahead(s.low, p)), None)
    if ahead is not None:
        return [finding(p, "pass", "pass", ahead.span, quote=ahead.text)]
    if draft.closing and looks_ahead(draft.closing.text.lower(), p):
        return [finding(p, "pass", "pass", draft.closing.span, quote=draft.closing.text)]
    return [finding(p, "warn", _MISSING.get(ctx.effective_kind, "missing"))]
