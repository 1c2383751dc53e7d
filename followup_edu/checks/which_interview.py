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
from ._clause import positions, words_of
from ._common import finding

DATA = ("placed_words", "meeting_pattern", "when_pattern")
MESSAGES = ("pass", "missing", "no_when")


def _names_role(text: str, role: str | None) -> bool:
    words = [fold(w) for w in WORD_RE.findall(role or "") if len(w) > 2]
    if not words:
        return False
    have = [fold(w) for w in WORD_RE.findall(text)]
    hits = sum(1 for w in words if any(similarity(w, h) >= 85 for h in have))
    return hits >= max(1, (len(words) + 1) // 2)


def _example(ctx) -> tuple[str, str]:
    when = f"on {ctx.interview_at.day} {ctx.interview_at:%B}" if ctx.interview_at else "on …"
    role = f" for the {ctx.role} role" if ctx.role else ""
    return when, role


def check(draft, ctx, p):
    when_ex, role_ex = _example(ctx)
    if draft.quoted is not None:
        return [finding(p, "pass", "pass", draft.quoted.span, quote=draft.quoted.text.split("\n", 1)[0])]
    meeting, when = p.pattern("meeting_pattern"), p.pattern("when_pattern")
    placed = p.words("placed_words")
    met = [s for s in draft.sentences if meeting.search(s.low) or positions(words_of(s.low), placed)]
    if not met:
        # a subject that names the interview and the role ("Following up – Analyst interview") places it
        if meeting.search(draft.subject.lower()) and ctx.role and _names_role(draft.subject, ctx.role):
            return [finding(p, "pass", "pass", (0, len(draft.subject)), field="subject", quote=draft.subject)]
        return [finding(p, "warn", "missing", when=when_ex, role=role_ex)]
    dated = next((s for s in met if when.search(s.low)), None)
    if dated is None:
        dated = next((s for s in draft.sentences if when.search(s.low)), None)
    role_named = (_names_role(draft.body, ctx.role) or _names_role(draft.subject, ctx.role)) if ctx.role else None
    if dated is not None:
        return [finding(p, "pass", "pass", dated.span, quote=dated.text)]
    if role_named or role_named is None and _any_role(draft):
        return [finding(p, "pass", "pass", met[0].span, quote=met[0].text)]
    return [finding(p, "warn", "no_when", met[0].span, when=when_ex, role=role_ex)]


def _any_role(draft) -> bool:
    """No role in the context: does the email name one itself ("the Marketing Assistant position")?"""
    return bool(re.search(r"\b(?:role|position|post|job|vacancy|opening)\b", draft.lbody))
