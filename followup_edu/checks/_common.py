"""Helpers shared by the checks: building findings from a principle's messages."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import _regex, vocabulary
from ..model import Finding
from ..people import name_tokens
from ..registry import Principle
from ..text import quote


def finding(p: Principle, status: str, key: str, span=None, *, suggestion: str | None = None,
            field: str = "body", **values) -> Finding:
    if "quote" in values and isinstance(values["quote"], str):
        values["quote"] = quote(values["quote"])
    return Finding(p.id, status, p.message(key, **values), tuple(span) if span else None, suggestion, field)


def skip(p: Principle, message: str) -> Finding:
    return Finding(p.id, "skip", message)


def first_name(full: str | None) -> str:
    """The first name, titles aside ("Dr. Priya Raman" -> "Priya")."""
    tokens = name_tokens(full or "")
    return tokens[0] if tokens else (full or "")


@lru_cache(maxsize=1)
def _mail_tags() -> re.Pattern[str]:
    tags = "|".join(re.escape(t).replace(r"\ ", r"\s*") for t in sorted(vocabulary.items("mail_tags"), key=len, reverse=True))
    one = rf"\[\s*(?:{tags})\s*\]|\*\s*(?:{tags})\s*\*|\(\s*(?:{tags})\s*\)|(?:{tags})\s*:"
    return _regex.compile(rf"\s*(?:(?:{one})\s*)+", re.IGNORECASE)


_REPLY = _regex.compile(r"^\s*(?:(?:re|aw|sv|fw|fwd|tr)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)


def subject_prefix(subject: str) -> tuple[int, bool]:
    """Where the marks before a subject's own words end, and whether one marks a reply or forward:
    a mail system's tags ("[External]", "[EXT]") and "RE:" / "FW:" in any order. The tags are the
    recipient's system's, not the writer's: no placeholder, and no part of what the subject says."""
    pos, reply = 0, False
    while True:
        m = _mail_tags().match(subject, pos)
        pos = m.end() if m else pos
        r = _REPLY.match(subject[pos:])
        if not r or not r.end():
            return pos, reply
        reply, pos = True, pos + r.end()
