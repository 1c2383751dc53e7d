"""materials: what the writer promised to send (a portfolio link, a work sample) is in the email.

Applies when the context notes what was promised (``promised``, in the learner's words); with
nothing noted, the check skips. The email keeps the promise with a link (a web address, or a known
portfolio site) or with a sentence that says something is attached or linked.
Source: the course articles: include the supplementary material you offered, such as a portfolio
or a work sample.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import _regex
from ._common import finding, skip

DATA = ("link_pattern", "attached_pattern")
MESSAGES = ("pass", "missing", "no_promise")


@lru_cache(maxsize=4)
def _link(pattern: str) -> re.Pattern[str]:
    return _regex.compile(pattern, re.IGNORECASE)


def check(draft, ctx, p):
    if not ctx.promised:
        return [skip(p, p.message("no_promise"))]
    link = _link(p["link_pattern"])
    attached = p.pattern("attached_pattern")
    for s in draft.sentences:
        if link.search(s.text) or attached.search(s.low):
            return [finding(p, "pass", "pass", s.span, quote=s.text)]
    # a link on a line of its own below the letter (the signature's portfolio address) keeps it too
    for piece in draft.signature:
        if link.search(piece.text):
            return [finding(p, "pass", "pass", piece.span, quote=piece.text)]
    what = " and ".join(ctx.promised)
    return [finding(p, "warn", "missing", what=what)]
