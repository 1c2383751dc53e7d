"""subject: present, short, names the purpose and the role or the candidate; not vague, not shouting.

Source: the course articles advise a clear, direct subject such as "Thank you – name – role interview".
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import _regex, vocabulary
from ..patterns import fast
from ..people import fold, similarity
from ..text import EMOJI_RE, words_of
from ._common import finding, subject_prefix

DATA = ("max_words", "max_chars", "min_similarity", "purpose_words", "vague_subjects", "urgent_words", "timing_labels",
        "reported_deadline_pattern", "nouns")
MESSAGES = ("missing", "long", "vague", "no_purpose", "no_anchor", "emoji", "shouting", "pass", "pass_reply",
            "suggestion", "example", "example_role_only", "example_who_only", "example_neutral")

@lru_cache(maxsize=1)
def _acronyms() -> frozenset[str]:
    return frozenset(a.upper() for a in vocabulary.items("acronyms"))


@lru_cache(maxsize=4)
def _urgent(words: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((u, _regex.compile(rf"\b{re.escape(u)}\b", re.IGNORECASE)) for u in words)


# "the Marketing Assistant position", "for the associate engineer role": the draft's own role
_ROLE_IN_TEXT = fast(r"\b(?:the|this|for)\s+((?:[A-Za-z][\w&/-]*\s+){0,4}?[A-Za-z][\w&/-]*)\s+"
                           r"(?:position|role|post|job|vacancy|opening|internship|programme|program)\b")
_NOT_ROLE = frozenset("the this that a an your my our open new same available current".split())


def _own_role(draft) -> str | None:
    m = _ROLE_IN_TEXT.search(draft.body[draft.core_start:draft.core_end]) if draft is not None else None
    if not m:
        return None
    words = [w for w in m.group(1).split() if w.lower() not in _NOT_ROLE]
    return " ".join(words) or None


def _own_name(draft) -> str | None:
    """The writer's name as the draft signs it (two or three capitalised words)."""
    for piece in (draft.signature if draft is not None else [])[:2]:
        words = piece.text.split()
        if 2 <= len(words) <= 3 and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words):
            return piece.text
    return None


def example(ctx, p, draft=None) -> str:
    """The subject's example from facts we have: the context's or the draft's own role and name,
    never an invented one (a neutral form where neither gives them)."""
    role = ctx.role or _own_role(draft)
    who = ctx.candidate_name or _own_name(draft)
    noun = p["nouns"].get(ctx.effective_kind, "interview")
    if role and who:
        return p.message("example", role=role, who=who, noun=noun)
    if role:
        return p.message("example_role_only", role=role, noun=noun)
    if who:
        return p.message("example_who_only", who=who, noun=noun)
    return p.message("example_neutral", noun=noun)


def _mentions(subject_words: list[str], phrase: str | None, min_share: float, min_similarity: float) -> bool:
    if not phrase:
        return False
    found = words_of(phrase)
    words = [fold(w) for w in found if len(w) > 2] or [fold(w) for w in found if len(w) == 2]  # "Li Na"
    if not words:
        return False
    hits = sum(1 for w in words if any(similarity(w, s) >= min_similarity for s in subject_words))
    return hits / len(words) >= min_share or hits >= 2


def _names_a_subject(core: str, purpose: frozenset[str]) -> bool:
    """Does the subject name what the conversation was about ("... about hospital pharmacy")?"""
    from ..topics import content_words

    generic = vocabulary.words("generic_words")
    return any(fold(w) not in purpose and fold(w) not in generic for w in content_words(core))


def check(draft, ctx, p):
    raw = draft.subject
    s = raw.strip()
    if not s:
        return [finding(p, "fail", "missing", field="subject", example=example(ctx, p, draft))]
    start = raw.index(s[0])
    span = (start, start + len(s))
    pos, reply = subject_prefix(s)  # "[External] RE: ...": the mail system's marks come off first
    core = s[pos:]
    words = words_of(core)
    low_words = [fold(w) for w in words]
    out = []

    acronyms = _acronyms()
    letters = [c for c in core if c.isalpha()]
    caps = [w for w in words if len(w) >= 4 and w.isupper() and w.upper() not in acronyms]
    urgent = [u for u, rx in _urgent(tuple(p["urgent_words"])) if rx.search(core)]
    if not urgent and any(rx.search(core) for _, rx in _urgent(tuple(p["timing_labels"]))):
        # "Time-sensitive:" is honest only when the letter reports a real deadline from elsewhere
        reported = ctx.effective_kind == "second_follow_up" and \
            p.pattern("reported_deadline_pattern").search(draft.lbody[draft.core_start:draft.core_end])
        if not reported:
            urgent = ["timing"]
    if (len(letters) >= 8 and sum(c.isupper() for c in letters) / len(letters) > 0.7) or len(caps) >= 2 \
            or urgent or "!!" in core or core.count("!") >= 2:
        out.append(finding(p, "fail", "shouting", span, field="subject", quote=s,
                           suggestion=p.message("suggestion", example=example(ctx, p, draft))))
        return out

    emoji = EMOJI_RE.search(core)
    if emoji:
        out.append(finding(p, "warn", "emoji", span, field="subject", quote=emoji.group()))
    normalized = " ".join(low_words)
    if normalized in p.words("vague_subjects") or not words:
        return [finding(p, "warn", "vague", span, field="subject", quote=s, example=example(ctx, p, draft),
                        suggestion=p.message("suggestion", example=example(ctx, p, draft)))]
    # the writer's own name is what it is: a long name does not make a subject long
    own = ctx.candidate_name or _own_name(draft)
    name_at = fold(core).find(fold(own)) if own else -1
    n_words, n_chars = len(words), len(core)
    if name_at >= 0:
        n_words -= max(0, len(words_of(own)) - 2)
        n_chars -= max(0, len(own) - 14)
    if n_words > p["max_words"] or n_chars > p["max_chars"]:
        out.append(finding(p, "warn", "long", span, field="subject", words=len(words)))
    purpose = p.words("purpose_words")
    has_purpose = any(w in purpose or w.rstrip("s") in purpose for w in low_words)
    if not has_purpose and not reply:
        out.append(finding(p, "warn", "no_purpose", span, field="subject"))
    elif not reply:
        sim = p["min_similarity"]
        anchored = (
            _mentions(low_words, ctx.role, 0.5, sim) or _mentions(low_words, ctx.candidate_name, 0.3, sim)
            or _mentions(low_words, ctx.company, 0.5, sim)
            # no role in the context: the role the letter itself names places the email as well
            or (not ctx.role and _mentions(low_words, _own_role(draft), 0.5, sim))
            # no vacancy after an informational interview: what it was about places it
            or (ctx.effective_kind == "after_informational" and _names_a_subject(core, purpose))
        )
        if not (ctx.role or ctx.candidate_name or ctx.company):
            # no context: any specific word (a capitalised name, a title) is an anchor
            # (and the role the letter names, or the name it is signed with, still place it)
            heads = vocabulary.words("role_heads")
            anchored = anchored or any(w[:1].isupper() for w in words[1:] if w.lower() not in purpose and w != "I") \
                or any(w in heads for w in low_words) or _mentions(low_words, _own_name(draft), 0.3, sim)
        if not anchored:
            out.append(finding(p, "warn", "no_anchor", span, field="subject", example=example(ctx, p, draft),
                               suggestion=p.message("suggestion", example=example(ctx, p, draft))))
    if not out:
        out.append(finding(p, "pass", "pass_reply" if reply else "pass", span, field="subject"))
    return out
