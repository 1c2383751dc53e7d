"""interest: restates interest in, or enthusiasm for, the role and the team.

Source: the course articles: reiterate your interest; enthusiasm weighs when candidates are close.
"""
from __future__ import annotations

from ._common import finding


def check(draft, ctx, p):
    hit = draft.first_match(p.pattern("interest_pattern"))
    if hit:
        s, _ = hit
        return [finding(p, "pass", "pass", s.span, quote=s.text)]
    key = "missing_second" if ctx.effective_kind == "second_follow_up" else "missing"
    return [finding(p, "warn", key, role_phrase=f"the {ctx.role} role" if ctx.role else "the role")]
