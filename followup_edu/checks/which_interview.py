"""which_interview: a check-in says which interview it follows, and when (or for which role).

The email must point back at the interview ("my interview", "when we spoke") and give either the
day (a date, a weekday, "two weeks ago") or the role; a subject line that names the interview and
the role counts. A check-in
replying in the same thread, with the earlier message quoted below, is placed by that message.
Source: the course articles: in a second follow-up, remind them of the interview and its date.

What the sentence does: it places the writer's meeting with them. Besides the meeting phrases, a
sentence is read by its words (:mod:`._clause`): a word for a stage of the selection the writer
went through (``placed_words``: a visit, a test, a screening, being shortlisted) counts as the
meeting, and still needs its day or the role ("my application" alone places nothing).
"""
from __future__ import annotations

import re

from ..people import fold, similarity
from ..text import WORD_RE
from ._clause import positions, sentence_words
from ._common import finding

DATA = ("placed_words", "meeting_pattern", "when_pattern")
MESSAGES = ("pass", "missing", "no_when")


def _names_role(text: str, role: str | None, have: tuple[str, ...] | None = None) -> bool:
    """Does the text name the role: at least half its words (of three letters or more), each
    written as it is or nearly (``have``: the text's words already folded, when the caller has them)."""
    words = [fold(w) for w in WORD_RE.findall(role or "") if len(w) > 2]
    if not words:
        return False
    if have is None:
        have = tuple(fold(w) for w in WORD_RE.findall(text))
    need, hits = max(1, (len(words) + 1) // 2), 0
    present = frozenset(have)
    for w in words:
        # (a word written as it is scores 100; one whose length differs by more than 15% of the
        # two lengths together cannot reach 85, since each letter of difference is an edit)
        # (each different word compared once: a word the text repeats cannot score otherwise)
        if w in present or any(similarity(w, h) >= 85 for h in present if 100 * abs(len(h) - len(w)) <= 15 * (len(h) + len(w))):
            hits += 1
            if hits >= need:
                return True
    return False


def _example(ctx) -> tuple[str, str]:
    when = f"on {ctx.interview_at.day} {ctx.interview_at:%B}" if ctx.interview_at else "on …"
    role = f" for the {ctx.role} role" if ctx.role else ""
    return when, role


def check(draft, ctx, p):
    if draft.quoted is not None:
        return [finding(p, "pass", "pass", draft.quoted.span, quote=draft.quoted.text.split("\n", 1)[0])]
    meeting, when = p.pattern("meeting_pattern"), p.pattern("when_pattern")
    placed = p.words("placed_words")
    met = []
    for s in draft.sentences:
        if draft.first_in(meeting, s) or positions(sentence_words(draft, s), placed):
            if draft.first_in(when, s):  # the first sentence that places the meeting and gives its day:
                return [finding(p, "pass", "pass", s.span, quote=s.text)]  # (the later ones need not be read)
            met.append(s)
    if not met:
        # a subject that names the interview and the role ("Following up – Analyst interview") places it
        if meeting.search(draft.subject.lower()) and ctx.role and _names_role(draft.subject, ctx.role):
            return [finding(p, "pass", "pass", (0, len(draft.subject)), field="subject", quote=draft.subject)]
        when_ex, role_ex = _example(ctx)
        return [finding(p, "warn", "missing", when=when_ex, role=role_ex)]
    # no sentence that places it gives the day: another may ("It was on Tuesday")
    dated = next((s for s in draft.sentences if draft.first_in(when, s)), None)
    if dated is not None:
        return [finding(p, "pass", "pass", dated.span, quote=dated.text)]
    # (an ASCII body's words, lowercased, are its folded words)
    have = draft.lwords if draft.body.isascii() else None
    role_named = (_names_role(draft.body, ctx.role, have) or _names_role(draft.subject, ctx.role)) if ctx.role else None
    if role_named or role_named is None and _any_role(draft):
        return [finding(p, "pass", "pass", met[0].span, quote=met[0].text)]
    when_ex, role_ex = _example(ctx)
    return [finding(p, "warn", "no_when", met[0].span, when=when_ex, role=role_ex)]


def _any_role(draft) -> bool:
    """No role in the context: does the email name one itself ("the Marketing Assistant position")?"""
    return bool(re.search(r"\b(?:role|position|post|job|vacancy|opening)\b", draft.lbody))
