"""placeholders: unfilled template tokens ([Company Name], {role}, XXX, "Interviewer's Name", "Your Name").

Source: the course articles offer templates and warn against copying them word for word.
"""
from __future__ import annotations

import re

from .. import _regex, vocabulary
from ._common import finding, subject_prefix

DATA = ("token_pattern", "label_pattern", "phrase_pattern", "field_words", "caps_field_words", "caps_field_alone")
MESSAGES = ("found", "aside", "pass")

_WORD = _regex.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# r"\b[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){0,2}\b", with the leading word boundary read after the first
# capital (no word character before it): the same matches, and the engine can scan for capitals
# instead of trying every position
_CAPS_RUN = _regex.compile(r"[A-Z](?<!\w[A-Z])[A-Z]+(?:[ \t]+[A-Z]{2,}){0,2}\b")


def _caps_fields(text: str, heads: frozenset[str], alone: frozenset[str]):
    """Spans of template fields written in capitals ("NAME", "COMPANY NAME") inside mixed-case prose:
    two or three words ending in a field word, or a field word that is never stressed by itself; and a
    word beside it on the same line has a lower-case letter (a line in capitals throughout is shouting,
    which tone judges)."""
    for m in _CAPS_RUN.finditer(text):
        words = m.group().lower().split()
        if words[-1] not in (heads if len(words) > 1 else alone):
            continue
        line_start, line_end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        before = _WORD.findall(text[line_start:m.start()])[-1:]
        after = _WORD.findall(text[m.end():line_end if line_end >= 0 else len(text)])[:1]
        if any(any(c.islower() for c in w) for w in before + after):
            yield m.start(), m.end()


def _is_aside(text: str, start: int, end: int, field_words: frozenset[str]) -> bool:
    """A square-bracketed aside in real prose ("in Power BI [updated last week], which"): two or more
    lower-case words, none of them a template field's word (name, company, date...), with prose on
    the same line before it. A template field names what to fill in; an aside says something."""
    if text[start:start + 1] != "[":
        return False
    words = _WORD.findall(text[start + 1:end - 1])
    if len(words) < 2 or any(not w.islower() or w.lower() in field_words for w in words):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = _WORD.findall(text[line_start:start])
    return len(before) >= 3


def check(draft, ctx, p):
    out = []
    seen: set[tuple[str, int, int]] = set()
    from ..text import lower_keep

    tags_end = subject_prefix(draft.subject)[0]  # "[External]": the recipient's mail system wrote it
    for field, text in (("subject", draft.subject), ("body", draft.body)):
        low = draft.lbody if field == "body" else lower_keep(text)
        # brackets, tokens and Title Case labels are matched with case; lowercase phrases on the lowered text
        for key, flags, target in (("bracket_pattern", 0, text), ("token_pattern", 0, text), ("label_pattern", 0, text),
                                   ("phrase_pattern", re.MULTILINE, low)):
            if key == "bracket_pattern" and not any(c in text for c in "[{<$"):
                continue  # the pattern needs one of these characters
            pat = vocabulary.pattern(key) if key == "bracket_pattern" else p.pattern(key, flags)
            if not draft.may_contain(pat):
                continue  # none of the literals it needs is in the subject or body
            for m in pat.finditer_in(target, draft.literals):
                if field == "body" and draft.quoted and draft.quoted.start <= m.start() < draft.quoted.end:
                    continue  # an earlier message quoted below the letter is not the writer's text
                if field == "subject" and m.end() <= tags_end:
                    continue
                if any(f == field and a <= m.start() < b for f, a, b in seen):
                    continue  # inside a placeholder already reported ("Your Name" in "[Your Name]")
                seen.add((field, m.start(), m.end()))
                if key == "bracket_pattern" and _is_aside(text, m.start(), m.end(), frozenset(p["field_words"])):
                    out.append(finding(p, "warn", "aside", (m.start(), m.end()), field=field,
                                       quote=text[m.start():m.end()].strip()))
                    continue
                out.append(finding(p, "fail", "found", (m.start(), m.end()), field=field, quote=text[m.start():m.end()].strip()))
                if len(out) >= 8:
                    return out
        for a, b in _caps_fields(text, p.words("caps_field_words"), p.words("caps_field_alone")) if any(c.isupper() for c in text) else ():
            if field == "body" and draft.quoted and draft.quoted.start <= a < draft.quoted.end:
                continue
            if (field == "subject" and b <= tags_end) or any(f == field and x <= a < y for f, x, y in seen):
                continue
            seen.add((field, a, b))
            out.append(finding(p, "fail", "found", (a, b), field=field, quote=text[a:b]))
            if len(out) >= 8:
                return out
    return out or [finding(p, "pass", "pass")]
