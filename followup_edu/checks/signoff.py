"""signoff: a professional closing followed by the candidate's name; contact details are a plus.

Source: the course articles: end with a formal sign-off and your full name and contact information.
"""
from __future__ import annotations

import re

from .. import _regex
from ..people import fold, name_tokens, person_score
from ..registry import regions
from ..model import Finding
from ._common import finding

DATA = ("casual_closings", "name_min_score", "contact_pattern", "light_closings", "formal_levels",
        "unprofessional_address_words")
MESSAGES = ("missing", "no_name", "casual", "first_name_only", "lowercase_name", "address", "pass", "contact_tip",
            "suggestion", "light", "faithfully_named")


def _name_hint(ctx) -> str:
    """The context's name, to show what "your full name" means; a one-word name is not a full
    name, so it is not offered as one."""
    name = (ctx.candidate_name or "").strip()
    return f" ({name})" if len(name.split()) > 1 else ""


def _has_name(lines, ctx, p) -> bool:
    for ln in lines:
        text = ln.text.lstrip("-–—~ ")
        if ctx.candidate_name:
            if person_score(text, ctx.candidate_name) >= p["name_min_score"]:
                return True
            continue
        words = text.split()
        # a line ending a sentence is not a name, unless it is two to four capitalised words with a
        # stray full stop ("Jenna Gilbert.", as formal letters in Indian English often end)
        ended = re.search(r"[.!?]$", text) and not (2 <= len(words) <= 4 and text.endswith(".") and not text.endswith("..")
                                                    and all(w[:1].isupper() for w in words))
        if 1 <= len(words) <= 5 and not ended and name_tokens(text.rstrip(".")) and text[:1].isupper():
            return True
    return False


def _greets_by_name(draft) -> bool:
    gname = fold(draft.greeting_name.text) if draft.greeting_name else ""
    return bool(gname and name_tokens(gname)) and not any(w in gname.split() for w in ("sir", "madam", "sir/madam"))


_ADDRESS = _regex.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+")
_ADDRESS_PARTS = _regex.compile(r"[a-z]+|\d+")


def _joke_address(draft, ctx, p):
    """A contact address whose words are a nickname or a joke ("chuckles.the.party.clown@...")."""
    if "@" not in draft.body:
        return None
    words = p.words("unprofessional_address_words") - {w.lower() for w in name_tokens(ctx.candidate_name or "")}
    for ln in draft.signature:
        for m in _ADDRESS.finditer(ln.text):
            local = m.group().split("@")[0].lower()
            if any(part in words for part in _ADDRESS_PARTS.findall(local)):
                return (ln.start + m.start(), ln.start + m.end()), m.group()
    return None


def _full_name_below(draft, ctx, p, name_line) -> bool:
    """A first name under the closing and the full name in the signature block below it ("Daniel",
    then "Daniel Mensah" over a phone line): the block gives the full name."""
    first = name_line.text.strip(" -–—~.,\t").lower()
    below = [ln for ln in draft.signature if ln.start > name_line.start]
    return any(len(words := ln.text.split()) >= 2 and words[0].lower() == first and _has_name([ln], ctx, p)
               for ln in below)


def check(draft, ctx, p):
    contact = p.pattern("contact_pattern", re.IGNORECASE)
    if draft.closing is None:
        if draft.signature and _has_name(draft.signature, ctx, p):
            first = draft.signature[0]
            return [finding(p, "warn", "missing", first.span, name_hint=_name_hint(ctx),
                            suggestion=p.message("suggestion"))]
        return [finding(p, "warn", "missing", name_hint=_name_hint(ctx))]
    closing = draft.closing
    phrase = closing.text.rstrip(",.!—–- ").lower()
    if phrase in p.words("casual_closings") and not ctx.is_internal:
        return [finding(p, "warn", "casual", closing.span, quote=closing.text, suggestion=p.message("suggestion"))]
    if ctx.effective_formality in p["formal_levels"] and phrase in p.words("light_closings"):
        return [finding(p, "warn", "light", closing.span, quote=closing.text, where=ctx.where,
                        suggestion=p.message("suggestion"))]
    if phrase == "yours faithfully" and ctx.region and regions()[ctx.region]["warn_faithfully_with_name"] \
            and _greets_by_name(draft):
        return [finding(p, "warn", "faithfully_named", closing.span, where=ctx.where)]
    if not _has_name(draft.signature, ctx, p):
        return [finding(p, "warn", "no_name", closing.span, quote=closing.text, name_hint=_name_hint(ctx))]
    name_line = next((ln for ln in draft.signature if _has_name([ln], ctx, p)), None)
    if name_line is not None and any(c.isalpha() for c in name_line.text) and name_line.text.islower():
        # "daniel price": the one word a reader is sure to copy, written without its capitals
        name = name_line.text.strip(" -–—~")
        return [finding(p, "warn", "lowercase_name", name_line.span, quote=name,
                        expected=ctx.candidate_name or name.title())]
    if name_line is not None and not ctx.is_internal and re.fullmatch(r"[-–—~ ]*[^\W\d_][\w'’-]*[ \t.,]*", name_line.text) \
            and not _full_name_below(draft, ctx, p, name_line):
        # a first name alone: fine between colleagues, too familiar for an interviewer who has met
        # several applicants
        return [finding(p, "warn", "first_name_only", name_line.span, quote=name_line.text.strip(),
                        name_hint=_name_hint(ctx))]
    joke = _joke_address(draft, ctx, p)
    if joke:
        return [finding(p, "warn", "address", joke[0], quote=joke[1])]
    message_key = "pass"
    f = finding(p, "pass", message_key, closing.span, quote=closing.text)
    if not any(contact.search(ln.text) for ln in draft.signature) and not ctx.is_internal:
        f = Finding(f.check, f.status, f.message + p.message("contact_tip"), f.span, f.suggestion, f.field)
    return [f]
