"""interest: restates interest in, or enthusiasm for, the role and the team.

Source: the course articles: reiterate your interest; enthusiasm weighs when candidates are close.

What the sentence does: it says the writer wants, is keen on or is committed to the role, the team,
the employer or the work. The interest patterns name the usual phrasings; when none matches, each
sentence is read by its words (:mod:`._clause`): a word of desire, enthusiasm or commitment near a
word for the role, team, employer or work, in one clause, with no detail word between them (wanting
to *know* the salary, being glad to *send* references), no negation, past or other person just
before the desire ("I was happy", "if you want"), and not the writer's own team ("my team").
Interest in their reply ("interested in hearing from you") is not interest in the role.
"""
from __future__ import annotations


from .. import _regex
from ._clause import near_pair, positions, words_of
from ._common import finding

DATA = ("want_window", "want_words", "role_words", "detail_words", "not_want_words", "others_words", "own_words", "interest_pattern")
MESSAGES = ("missing", "missing_second", "pass")

# "I remain interested in hearing from you": interest in their reply, not in the role
_ABOUT_THE_REPLY = _regex.compile(
    r"\s+(?:in|about|to)\s+(?:hear(?:ing)?|receiv(?:e|ing)|get(?:ting)?)\s+(?:back\b|from\s+you|your\s+(?:reply|response|decision|answer|thoughts)|the\s+(?:outcome|decision))"
    r"|\s+(?:in|about)\s+(?:your|the)\s+(?:reply|response|decision|answer|outcome)\b")
_ABOUT_A_DETAIL = _regex.compile(
    r"\s+(?:to\s+(?:hear|learn|see|read|know|find\s+out|discover)|by\s+(?:the|your|how|what))\b"
    # wanting more of the role itself ("excited to learn more about the role") is interest, not a detail
    r"(?!\s+(?:more\s+)?(?:about\s+)?(?:the\s+|this\s+|your\s+)?(?:prospect|possibility|idea|thought|opportunity|chance|role|position|job|team|company|organi[sz]ation|work)\b)")


def wants_role(low: str, p) -> bool:
    """Does this sentence say the writer wants the role, team, employer or work, by its words?"""
    words = words_of(low)
    wants = positions(words, p.words("want_words"), typos=True)
    if not wants:
        return False
    stop, others = p.words("not_want_words"), p.words("others_words")
    wants = [i for i in wants if not any(w in stop or w.endswith("n't") for w in words[max(0, i - 3):i])
             and not any(w in others for w in words[max(0, i - 2):i])]
    own = p.words("own_words")
    roles = [j for j in positions(words, p.words("role_words"), typos=True) if not (j and words[j - 1] in own)]
    return near_pair(words, wants, roles, p["want_window"], positions(words, p.words("detail_words"))) is not None


# excitement, not curiosity: at news of the workplace itself it is enthusiasm for the place
_ENTHUSED = _regex.compile(r"\b(?:excited|thrilled|delighted|enthusiastic|elated)\b")
_NOT_THE_PLACE = frozenset(("application", "candidacy", "work", "working", "join", "joining", "start", "part", "here"))


def _news_of_the_place(rest: str, p) -> bool:
    """Does what follows ("... that the site is adding a second loading dock") name the workplace,
    not the writer's own application or a detail of the process?"""
    words = words_of(rest)
    own = p.words("own_words")
    places = positions(words, p.words("role_words"))
    return any(words[j] not in _NOT_THE_PLACE and not (j and words[j - 1] in own) for j in places)


def check(draft, ctx, p):
    for s, m in draft.matches(p.pattern("interest_pattern")):
        if _ABOUT_THE_REPLY.match(s.low, m.end()):
            continue  # "I remain interested in hearing from you" is about their reply
        if _ABOUT_A_DETAIL.match(s.low, m.end()) and not (
                _ENTHUSED.search(m.group(0)) and _news_of_the_place(s.low[m.end():], p)):
            continue  # "I was interested to hear that ..." is about a detail, not the role
        return [finding(p, "pass", "pass", s.span, quote=s.text)]
    # no pattern names it: read each sentence by what it does
    for s in draft.prose:
        if wants_role(s.low, p):
            return [finding(p, "pass", "pass", s.span, quote=s.text)]
    key = "missing_second" if ctx.effective_kind == "second_follow_up" else "missing"
    return [finding(p, "warn", key, role_phrase=f"the {ctx.role} role" if ctx.role else "the role")]
