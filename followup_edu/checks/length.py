"""length: concise; at most about three short paragraphs; neither a wall of text nor a bare one-liner.

Source: the course articles: keep it brief, no longer than three short paragraphs, or risk it not being read.
"""
from __future__ import annotations

from .. import _regex, registry
from ..phrasing import plural
from ._clause import positions, sentence_words
from ._common import finding

DATA = ("min_paragraph_words", "substantial_words", "limits", "forgotten_words", "forgotten_list_items",
        "short_complete_words", "short_complete_sentences")
MESSAGES = ("too_short", "long", "truncated", "too_long", "paragraphs", "paragraph_long", "forgotten_list", "pass",
            "short_complete")

_FIRST_PERSON = frozenset({"i", "i'd", "i've", "i'm", "we"})
_LIST_BREAK = _regex.compile(r"[,;]|\band\b")


def _forgotten_list(draft, p):
    """The sentence that adds, as a list, the points the writer did not get to make, if any."""
    cue = p.words("forgotten_words")
    for s in draft.prose:
        if "mention" not in s.low and "said" not in s.low and "say" not in s.low:
            continue
        words = sentence_words(draft, s)
        # the writer's own omission ("I didn't get to mention"), not the reader's ("You didn't mention")
        if not any(w in _FIRST_PERSON for i in positions(words, cue) for w in words[max(0, i - 3):i]):
            continue
        # the items are what follows the cue: count the breaks between them
        if len(_LIST_BREAK.findall(s.low)) + 1 >= p["forgotten_list_items"]:
            return s
    return None


# what a short note must still do to be complete rather than an afterthought (each where it applies)
_SHORT_NOTE_JOBS = ("interest", "next_steps")


def _complete_short_note(draft, ctx, p) -> bool:
    """Does a note under the usual minimum still do its jobs in full sentences: restate interest and
    close forward (as judged by those principles' own checks, where they apply to this kind)?"""
    if len(draft.prose) < p["short_complete_sentences"]:
        return False
    from . import registered

    checks, kind, done = registered(), ctx.effective_kind, 0
    for pid in _SHORT_NOTE_JOBS:
        other = registry.principle(pid)
        if kind not in other.kinds or pid not in checks:
            continue
        if any(f.status in ("warn", "fail") for f in checks[pid](draft, ctx, other)):
            return False
        done += 1
    return done > 0


def check(draft, ctx, p):
    limits = p["limits"][ctx.effective_kind]
    words = draft.total_words or len(draft.core_words)
    paras = [para for para in draft.paragraphs if len(para.text.split()) >= p["min_paragraph_words"]]
    n = max(len(draft.paragraphs), 1 if words else 0)  # what a reader counts, short closing lines too
    span = (draft.core_start, draft.core_end) if words else None
    if words < limits["fail_min_words"]:
        return [finding(p, "fail", "too_short", span, words=plural(words, "word"))]
    if words > limits["fail_words"]:
        return [finding(p, "fail", "too_long", span, words=words, max_words=limits["max_words"])]
    out = []
    if words < limits["min_words"]:
        if words >= p["short_complete_words"] and _complete_short_note(draft, ctx, p):
            return [finding(p, "pass", "short_complete", span, words=plural(words, "word"))]
        out.append(finding(p, "warn", "too_short", span, words=plural(words, "word")))
    elif words > limits["max_words"]:
        out.append(finding(p, "warn", "long", span, words=words, max_words=limits["max_words"]))
    elif sum(len(para.text.split()) >= p["substantial_words"] for para in paras) > limits["max_paragraphs"] \
            or (len(draft.paragraphs) > limits["max_paragraphs"] + 2 and draft.blank_lines):
        # too many substantial paragraphs, or many short ones set apart by blank lines (chopped into
        # pieces); short lines under each other with no blank line between read as one block
        out.append(finding(p, "warn", "paragraphs", span,
                           paragraphs=max(len(paras), len(draft.paragraphs))))
    s = _forgotten_list(draft, p)
    if s is not None:
        out.append(finding(p, "warn", "forgotten_list", s.span, quote=s.text.strip()))
    for para in paras:
        count = len(para.text.split())
        if count > limits["max_paragraph_words"]:
            out.append(finding(p, "warn", "paragraph_long", para.span, words=count))
            break
    return out or [finding(p, "pass", "pass", span, words=plural(words, "word"), paragraphs=plural(n, "paragraph"))]
