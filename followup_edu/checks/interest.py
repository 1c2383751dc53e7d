"""interest: restates interest in, or enthusiasm for, the role and the team.

Source: the course articles: reiterate your interest; enthusiasm weighs when candidates are close.
"""
from __future__ import annotations


from .. import _regex
from ._common import finding

DATA = ("interest_pattern",)
MESSAGES = ("missing", "missing_second", "pass")

# "I remain interested in hearing from you": interest in their reply, not in the role
_ABOUT_THE_REPLY = _regex.compile(
    r"\s+(?:in|about|to)\s+(?:hear(?:ing)?|receiv(?:e|ing)|get(?:ting)?)\s+(?:back\b|from\s+you|your\s+(?:reply|response|decision|answer|thoughts)|the\s+(?:outcome|decision))"
    r"|\s+(?:in|about)\s+(?:your|the)\s+(?:reply|response|decision|answer|outcome)\b")
_ABOUT_A_DETAIL = _regex.compile(
    r"\s+(?:to\s+(?:hear|learn|see|read|know|find\s+out|discover)|by\s+(?:the|your|how|what))\b"
    r"(?!\s+(?:prospect|possibility|idea|thought|opportunity|chance|role|position|job)\b)")


def check(draft, ctx, p):
    for s, m in draft.matches(p.pattern("interest_pattern")):
        if _ABOUT_A_DETAIL.match(s.low, m.end()) or _ABOUT_THE_REPLY.match(s.low, m.end()):
            continue  # "I was interested to hear that ..." is about a detail, not the role
        return [finding(p, "pass", "pass", s.span, quote=s.text)]
    key = "missing_second" if ctx.effective_kind == "second_follow_up" else "missing"
    return [finding(p, "warn", key, role_phrase=f"the {ctx.role} role" if ctx.role else "the role")]
