"""length: concise; at most about three short paragraphs; neither a wall of text nor a bare one-liner.

Source: the course articles: keep it brief, no longer than three short paragraphs, or risk it not being read.
"""
from __future__ import annotations

from .. import _regex
from ..phrasing import plural
from ._clause import positions, words_of
from ._common import finding

DATA = ("min_paragraph_words", "substantial_words", "limits", "forgotten_words", "forgotten_list_items")
MESSAGES = ("too_short", "long", "truncated", "too_long", "paragraphs", "paragraph_long", "forgotten_list", "pass")

_FIRST_PERSON = frozenset({"i", "i'd", "i've", "i'm", "we"})
_LIST_BREAK = _regex.compile(r"[,;]|\band\b")


def _forgotten_list(draft, p):
    """The sentence that adds, as a list, the points the writer did not get to make, if any."""
    cue = p.words("forgotten_words")
    for s in draft.prose:
        if "mention" not in s.low and "said" not in s.low and "say" not in s.low:
            continue
        words = words_of(s.low)
        # the writer's own omission ("I didn't get to mention"), not the reader's ("You didn't mention")
        if not any(w in _FIRST_PERSON for i in positions(words, cue) for w in words[max(0, i - 3):i]):
            continue
        # the items are what follows the cue: count the breaks between them
        if len(_LIST_BREAK.findall(s.low)) + 1 >= p["forgotten_list_items"]:
            return s
    return None


_BLANK = _regex.compile(r"\n[ \t]*\n")


def _block_words(draft) -> list[int]:
    """The words of each paragraph as the writer laid them out: where blank lines part paragraphs,
    lines within one blank-line block (single line breaks, as some sources print them) are one
    paragraph; with no blank line between any two, each line is one, as pasted."""
    paras = draft.paragraphs
    counts = [len(para.text.split()) for para in paras]
    gaps = [_BLANK.search(draft.body, a.end, b.start) is not None for a, b in zip(paras, paras[1:])]
    if not any(gaps):
        return counts
    out = counts[:1]
    for n, blank in zip(counts[1:], gaps):
        if blank:
            out.append(n)
        else:
            out[-1] += n
    return out


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
    blocks = _block_words(draft)
    if words < limits["min_words"]:
        out.append(finding(p, "warn", "too_short", span, words=plural(words, "word")))
    elif words > limits["max_words"]:
        out.append(finding(p, "warn", "long", span, words=words, max_words=limits["max_words"]))
    elif sum(n >= p["substantial_words"] for n in blocks) > limits["max_paragraphs"] \
            or len(blocks) > limits["max_paragraphs"] + 2:
        # too many substantial paragraphs, or many one-line ones (chopped into pieces)
        out.append(finding(p, "warn", "paragraphs", span,
                           paragraphs=max(sum(n >= p["min_paragraph_words"] for n in blocks), len(blocks))))
    s = _forgotten_list(draft, p)
    if s is not None:
        out.append(finding(p, "warn", "forgotten_list", s.span, quote=s.text.strip()))
    for para in paras:
        count = len(para.text.split())
        if count > limits["max_paragraph_words"]:
            out.append(finding(p, "warn", "paragraph_long", para.span, words=count))
            break
    return out or [finding(p, "pass", "pass", span, words=plural(words, "word"), paragraphs=plural(n, "paragraph"))]
