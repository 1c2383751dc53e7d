"""greeting: addresses the interviewer by name; no generic opener, never the wrong person.

Source: the course articles: use the interviewer's name; a template-like greeting reads as generic.
"""
from __future__ import annotations

from .. import vocabulary
from ..plausible import implausible
from ..people import best_person, fold, name_tokens, person_score, titles
from ._common import finding, first_name

DATA = ("casual_words", "group_phrases", "recipient_min_score", "interviewer_min_score", "formal_levels", "unnamed_ok_kinds")
MESSAGES = ("missing", "generic", "generic_unknown", "wrong_person", "not_interviewer", "casual", "group", "pass",
            "suggest_dear", "suggest_hi", "missing_unknown", "formal_first_name", "junk_name", "unnamed")

_ALWAYS_GENERIC = ("to whom it may concern", "dear sir or madam", "dear sir/madam", "dear sir", "dear madam")


def check(draft, ctx, p):
    known = ctx.recipient or (ctx.interviewers[0] if len(ctx.interviewers) == 1 else None)
    name = first_name(known) or "name"
    panel = ctx.interview_type == "panel" or (len(ctx.interviewers) > 1 and not ctx.recipient)
    g = draft.greeting
    if g is None:
        return [finding(p, "warn", "missing", name=name) if known else finding(p, "warn", "missing_unknown")]
    text = fold(g.text).rstrip(",:!.—–- ")
    gname = draft.greeting_name.text if draft.greeting_name else ""
    gname_low = fold(gname).strip()
    if gname and not ctx.people and implausible(" ".join(t for t in name_tokens(gname) if fold(t).rstrip(".") not in titles()) or gname):
        # "Dear asdf," copied from a field typed to get past it: nobody is greeted
        return [finding(p, "warn", "junk_name", draft.greeting_name.span, quote=gname,
                        name_hint=f" ({known})" if known else "",
                        suggestion=p.message("suggest_dear", name=first_name(known)) if known else None)]

    # group greetings ("Dear all", "Hi everyone") are a judgement call after a panel
    if gname_low in p.words("group_phrases") or text in ("hi team", "hello team", "dear team", "dear panel", "dear all"):
        if panel:
            return [finding(p, "pass", "group", g.span)]
        if known:
            return [finding(p, "warn", "generic", g.span, quote=g.text, name=name)]
        return [finding(p, "pass", "group", g.span)]

    generic = any(text.startswith(phrase) for phrase in vocabulary.items("generic_greetings")) and not name_tokens_specific(gname)
    if generic or not gname_low:
        always = any(text.startswith(x) for x in _ALWAYS_GENERIC)
        if not (always or known or ctx.people) and ctx.effective_kind in p["unnamed_ok_kinds"]:
            return [finding(p, "pass", "unnamed", g.span, quote=g.text.rstrip(",:!. "))]  # nobody to greet by name
        if always or known or not gname_low:
            key = "generic" if known else "generic_unknown"
            return [finding(p, "warn", key, g.span, quote=g.text, name=name,
                            suggestion=p.message("suggest_dear", name=name) if known else None)]
        return [finding(p, "pass", "pass", g.span, quote=g.text)]

    out = []
    people = ctx.people
    if people and name_tokens(gname):
        if ctx.recipient:
            score = person_score(gname, ctx.recipient)
            short = any(fold(t) in fold(r) for t in name_tokens(gname) if len(t) >= 3
                        for r in name_tokens(ctx.recipient))  # "Liz" for Elizabeth, "Beth" too
            if score < p["recipient_min_score"] and not short:
                other, s = best_person(gname, [x for x in people if x != ctx.recipient])
                out.append(finding(p, "fail", "wrong_person", draft.greeting_name.span, quote=gname,
                                   name=ctx.recipient, suggestion=p.message("suggest_dear", name=first_name(ctx.recipient))))
                return out
        else:
            who, s = best_person(gname, people)
            if s < p["interviewer_min_score"]:
                return [finding(p, "warn", "not_interviewer", draft.greeting_name.span, quote=gname,
                                names=", ".join(people))]
    word = text.split()[0] if text.split() else ""
    if word in p.words("casual_words") and not ctx.is_internal:
        return [finding(p, "warn", "casual", g.span, quote=g.text, name=first_name(known) or gname,
                        suggestion=p.message("suggest_hi", name=first_name(known) or gname))]
    if ctx.effective_formality in p["formal_levels"] and known and _first_name_only(gname, known):
        surname = name_tokens(known)[-1]
        return [finding(p, "warn", "formal_first_name", draft.greeting_name.span, where=ctx.where,
                        surname=surname)]
    return [finding(p, "pass", "pass", g.span, quote=gname or g.text)]


def _first_name_only(gname: str, person: str) -> bool:
    """Is the greeting the person's first name alone, with no title ("Priya", not "Ms Raman")?"""
    words = gname.replace(".", " ").split()
    if not words or fold(words[0]) in vocabulary.words("titles"):
        return False
    tokens, parts = name_tokens(gname), name_tokens(person)
    return len(tokens) == 1 and len(parts) >= 2 and fold(tokens[0]) == fold(parts[0])


def name_tokens_specific(gname: str) -> bool:
    """True when the words after a generic phrase still name someone ("Dear Hiring Manager Ms. Lee")."""
    return any(t[:1].isupper() for t in name_tokens(gname)) and fold(gname) not in ("hiring manager", "sir", "madam", "team")
