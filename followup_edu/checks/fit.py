"""fit: connects a skill, experience or achievement to what the role needs.

Source: the course articles: link a specific skill or past result to a need discussed in the interview;
use the email to mend a weak answer or add what you forgot.
"""
from __future__ import annotations

from .. import vocabulary
from ._common import finding

DATA = ()
MESSAGES = ("missing", "pass")


def check(draft, ctx, p):
    hit = draft.first_match(vocabulary.pattern("experience_pattern"))
    if hit:
        s, _ = hit
        return [finding(p, "pass", "pass", s.span, quote=s.text)]
    return [finding(p, "warn", "missing", example="with …")]
