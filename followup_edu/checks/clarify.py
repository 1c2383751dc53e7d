"""clarify: an answer that went less well is mended briefly (a sentence or two), without apology.

Applies when the context names the answer to mend (``weak_answer``, in the learner's words); with
nothing noted, the check skips, since only the learner knows which answer fell short. The mend is
the first sentence that says it returns to an answer ("I would like to add one example to my answer
about ..."), or failing that the first sentence about the weak answer's subject that offers the
writer's own experience of it. Its paragraph must not apologise for the answer, and the mend (its
sentence and those after it in the paragraph) must stay short.
Source: the course articles: use the follow-up to add what you left out or to strengthen an answer,
briefly and positively, and do not dwell on the weak moment.
"""
from __future__ import annotations

from .. import vocabulary
from ..people import fold
from ..phrasing import plural
from ..text import WORD_RE
from ..topics import mentions
from ._common import finding, skip

DATA = ("min_topic_cover", "max_mend_sentences", "max_mend_words", "mend_pattern", "grovel_pattern")
MESSAGES = ("pass", "no_weak_answer", "missing", "example", "grovel", "long")


def _names(ctx) -> frozenset[str]:
    return frozenset(fold(w) for phrase in (*ctx.people, ctx.company or "", ctx.candidate_name or "")
                     for w in WORD_RE.findall(phrase))


def _mend(draft, ctx, p):
    """The sentence that mends the answer, or None."""
    weak, names = ctx.weak_answer, _names(ctx)
    mend = p.pattern("mend_pattern")
    for s in draft.prose:
        if mend.search(s.low):
            return s
    own = vocabulary.pattern("experience_pattern")
    for s in draft.prose:
        if mentions(weak, s.text, p["min_topic_cover"], names) and own.search(s.low):
            return s
    return None


def check(draft, ctx, p):
    if not ctx.weak_answer:
        return [skip(p, p.message("no_weak_answer"))]
    s = _mend(draft, ctx, p)
    grovel = p.pattern("grovel_pattern")
    if s is None:
        # an apology about that answer, with nothing added: the apology is what needs changing
        names = _names(ctx)
        for t in draft.prose:
            if grovel.search(t.low) and mentions(ctx.weak_answer, t.text, p["min_topic_cover"], names):
                return [finding(p, "warn", "grovel", t.span, quote=t.text)]
        return [finding(p, "warn", "missing", weak=ctx.weak_answer,
                        example=p.message("example", weak=ctx.weak_answer),
                        suggestion=p.message("example", weak=ctx.weak_answer))]
    paragraph = next((para for para in draft.paragraphs if para.span[0] <= s.span[0] < para.span[1]), None)
    around = [t for t in draft.sentences if paragraph and paragraph.span[0] <= t.span[0] < paragraph.span[1]] or [s]
    for t in around:
        m = grovel.search(t.low)
        if m:
            return [finding(p, "warn", "grovel", t.span, quote=t.text)]
    extent = [t for t in around if t.span[0] >= s.span[0]]
    words = sum(len(t.text.split()) for t in extent)
    if len(extent) > p["max_mend_sentences"] and words > p["max_mend_words"]:
        return [finding(p, "warn", "long", (extent[0].span[0], extent[-1].span[1]),
                        sentences=plural(len(extent), "sentence"), words=words)]
    return [finding(p, "pass", "pass", s.span, quote=s.text)]
