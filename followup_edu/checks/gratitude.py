"""gratitude: thanks them, and for something (time, conversation, opportunity; after a rejection, the consideration).

Source: every course article lists thanking the interviewer as the first purpose of the email.

What the sentence does: it thanks them for something they gave. Words of thanks ("thank you",
"grateful", "appreciate") are looked for first; with none in the body, a sentence is read by its
words (:mod:`._clause`): a word of their kindness or the writer's debt ("kind of you", "obliged",
"meant a lot") near what they gave (their time, the meeting, a tour) is thanks, and says for what.
"""
from __future__ import annotations


from .. import _regex, vocabulary
from ..people import fold
from ._clause import near_pair, positions, sentence_words
from ._common import finding, skip

DATA = ("kindness_window", "kindness_words", "given_words", "required_kinds", "gratitude_pattern", "specific_pattern", "reply_only_pattern", "reply_only_kinds")
MESSAGES = ("missing", "missing_optional", "missing_offer", "only_signoff", "bare", "reply_only", "already_thanked", "pass")


_REQUEST = _regex.compile(r"(?:would\s+(?:be\s+|really\s+|greatly\s+)?|i'd\s+(?:be\s+)?|be\s+)$")


_NOUN = _regex.compile(r"thank[\s-]you\s+(?:email|e-mail|note|letter|message|card|mail)s?\b")


def _request(low: str, start: int) -> bool:
    """"I would be grateful for any feedback" is a request and "my thank-you email" a noun: not thanks."""
    return bool(_REQUEST.search(low[max(0, start - 20):start]) or _NOUN.match(low, start))


def _thanked_before(draft, ctx, thanks) -> bool:
    """The writer's own earlier message, quoted below the letter, already thanks them: its header
    ("On ..., Ana Petrovic wrote:") names the writer and a line of it says thank you for something."""
    quoted = draft.quoted
    name = ctx.candidate_name or (draft.signature[0].text if draft.signature else "")
    if quoted is None or not name.strip():
        return False
    header = fold(quoted.text.split("\n", 1)[0])
    if not all(fold(w) in header for w in name.split()):
        return False
    return any(thanks.search(ln.lower()) and not _request(ln.lower(), thanks.search(ln.lower()).start())
               for ln in quoted.text.split("\n")[1:])


def check(draft, ctx, p):
    thanks = p.pattern("gratitude_pattern")
    specific = p.pattern("specific_pattern")
    sarcasm = vocabulary.pattern("sarcasm_pattern")
    bare = reply = None
    # after a rejection, thanks for the reply alone ("Thanks for getting back to me.") is not thanks
    # for the consideration; another thanks in the email still counts
    reply_only = p.pattern("reply_only_pattern") if ctx.effective_kind in p["reply_only_kinds"] else None
    can_thank, sarcastic = draft.may_contain(thanks), draft.may_contain(sarcasm)
    for s in draft.prose if can_thank else ():
        if not draft.may_contain(thanks, s):
            continue
        if sarcastic and draft.first_in(sarcasm, s):
            continue  # "Thanks for nothing" is not thanks
        if any(not _request(s.low, m.start()) for m in draft.found_in(thanks, s)):
            if any(not _request(s.low, m.start()) for m in draft.found_in(specific, s)):
                if reply_only is not None and reply_only.search(s.low):
                    reply = reply or s
                    continue
                return [finding(p, "pass", "pass", s.span, quote=s.text)]
            if bare is None:
                bare = s
    if reply is not None:
        return [finding(p, "warn", "reply_only", reply.span, quote=reply.text)]
    if bare is not None:
        # "Thank you!" after a sentence that says what for ("... for your time. Thank you!") is fine
        if len(bare.words) > 4:
            return [finding(p, "pass", "pass", bare.span, quote=bare.text)]
        return [finding(p, "warn", "bare", bare.span, quote=bare.text)]
    for s in draft.prose:  # no word of thanks: read each sentence by what it does
        words = sentence_words(draft, s)
        kind = positions(words, p.words("kindness_words"))
        if kind and near_pair(words, kind, positions(words, p.words("given_words")), p["kindness_window"], []):
            if not (sarcastic and sarcasm.search(s.low)):
                return [finding(p, "pass", "pass", s.span, quote=s.text)]
    if draft.closing and can_thank and thanks.search(draft.closing.text.lower()):
        # a closing word ("Thanks,") is not thanks for anything, in a check-in as much as in a
        # thank-you; only an earlier thank-you quoted below excuses a check-in from it
        if ctx.effective_kind not in p["required_kinds"] and _thanked_before(draft, ctx, thanks):
            return [skip(p, p.message("already_thanked"))]
        return [finding(p, "warn", "only_signoff", draft.closing.span)]
    if ctx.effective_kind not in p["required_kinds"]:
        if _thanked_before(draft, ctx, thanks):
            return [skip(p, p.message("already_thanked"))]
        return [finding(p, "warn", "missing_optional")]
    if ctx.effective_kind == "offer_reply":
        return [finding(p, "fail", "missing_offer")]
    when = "today" if ctx.sent_at and ctx.interview_at and ctx.sent_at.date() == ctx.interview_at.date() else "about the role"
    return [finding(p, "fail", "missing", when=when)]
