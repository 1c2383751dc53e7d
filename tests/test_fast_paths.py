"""The checks' shortcuts give the very answers of the plain ways they replace: the clause reader's
word positions (a class none of whose words a sentence holds is not looked for word by word), and
which_interview's test that a text names the role (a word written as it is, or whose length rules
out a near match, is not compared letter by letter)."""
from __future__ import annotations

import json
import tomllib
from pathlib import Path

from hypothesis import given, settings, strategies as st

from followup_edu import registry
from followup_edu.checks import which_interview
from followup_edu.checks._clause import _misspelt_as, positions, word_class, words_of
from followup_edu.people import fold, similarity
from followup_edu.text import WORD_RE, parse

ROOT = Path(__file__).resolve().parents[1]


def _bodies() -> list[str]:
    out = []
    with open(ROOT / "tests" / "realworld" / "emails.toml", "rb") as f:
        out += [e["body"] for e in tomllib.load(f)["email"]]
    for path in sorted((ROOT / "tests" / "corpus").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            e = json.loads(line)
            out += [m["body"] for m in e.get("emails", [e])]
    return out


BODIES = _bodies()
SENTENCES = [s.low for body in BODIES for s in parse("", body).sentences]
CLASSES = sorted({key: registry.principle(pid).words(key) for pid in
                  ("next_steps", "interest", "fit", "gratitude", "which_interview", "personalization")
                  for key in registry.principle(pid).data
                  if key.endswith("_words") and isinstance(registry.principle(pid)[key], list)}.items())


def _plain_positions(words, entries, typos=False):
    """positions() as it was first written: every word tested, every run looked for."""
    single, multi = word_class(entries)
    out = [i for i, w in enumerate(words) if w in single or (typos and _misspelt_as(w) & single)]
    for run in multi:
        n = len(run)
        out.extend(i for i in range(len(words) - n + 1) if words[i:i + n] == run)
    return sorted(out)


def test_are_the_word_positions_those_of_the_plain_search_on_every_real_sentence():
    """Does every word class give the same positions as the plain search, in every sentence of
    the real-world emails and the corpus?"""
    assert len(SENTENCES) > 1000 and len(CLASSES) >= 10
    checked = found = 0
    for low in SENTENCES:
        words = words_of(low)
        for _key, entries in CLASSES:
            for typos in (False, True):
                got = positions(words, entries, typos)
                assert got == _plain_positions(words, entries, typos), (low, _key)
                checked += 1
                found += bool(got)
    assert found > 100 and checked > found  # both ways were taken


WORDS = st.sampled_from(["i", "look", "forward", "to", "hearing", "from", "you", "came", "in", "was", "at",
                         "the", "role", "team", "test", "mean", "a", "lot", "in", "touch", "keen", "intrested"])


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=14), st.lists(st.sampled_from(["came in", "was at", "test", "mean a lot", "in touch",
                                                             "keen", "role", "look forward", "a", "in a"]),
                                              max_size=5))
def test_are_the_word_positions_those_of_the_plain_search_on_random_sentences(words, entries):
    """Random runs of words against random classes of single words and runs."""
    words, entries = tuple(words), frozenset(entries)
    for typos in (False, True):
        assert positions(words, entries, typos) == _plain_positions(words, entries, typos)


def _plain_names_role(text, role):
    """which_interview's test as first written: every role word against every word of the text."""
    words = [fold(w) for w in WORD_RE.findall(role or "") if len(w) > 2]
    if not words:
        return False
    have = [fold(w) for w in WORD_RE.findall(text)]
    hits = sum(1 for w in words if any(similarity(w, h) >= 85 for h in have))
    return hits >= max(1, (len(words) + 1) // 2)


ROLES = ["Junior Data Analyst", "Marketing Assistant", "Staff Nurse", "Teaching Assistant", "Operations Coordinator",
         "Software Engineer", "Analyst", "UX Designer", "Customer Service Advisor", "Receptionist", "Café Supervisor"]


def test_does_naming_the_role_come_out_as_the_plain_comparison_on_real_emails():
    """On every real-world and corpus body, for a spread of roles, with and without the folded
    words the check passes for an ASCII body."""
    yes = 0
    for body in BODIES:
        draft = parse("", body)
        have = draft.lwords if draft.body.isascii() else None
        for role in ROLES[::2]:
            want = _plain_names_role(draft.body, role)
            assert which_interview._names_role(draft.body, role, have) == want, (role, body[:60])
            assert which_interview._names_role(draft.body, role) == want
            yes += want
    assert yes > 20


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdeilnorstuyAéDN ", max_size=60), st.sampled_from(ROLES + ["Data", "Nurse Aide"]))
def test_does_naming_the_role_come_out_as_the_plain_comparison_on_random_text(text, role):
    """Random text (near misses, accents, short words) against the roles."""
    assert which_interview._names_role(text, role) == _plain_names_role(text, role)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab.!?:;- \t\u00a0\u2003\x1c\x0b\n")), max_size=12),
       st.sampled_from(["!?", ".!", ".!?:;"]))
def test_does_the_parsers_line_end_test_agree_with_the_pattern_it_replaces(text, marks):
    """The sign-off search's "does this line end in one of these marks" (and its signature
    delimiter test), against the regular expressions they replace, on text with odd spaces."""
    import re

    from followup_edu.text import _ends_in

    assert _ends_in(text, marks) == bool(re.search(f"[{re.escape(marks)}]\\s*$", text))
    assert (text.strip(" \t") == "--") == bool(re.fullmatch(r"[ \t]*--[ \t]*", text))
    assert (f" {text}-- ".strip(" \t") == "--") == bool(re.fullmatch(r"[ \t]*--[ \t]*", f" {text}-- "))


_OTHER_ORG_GROUPED = (r"\b(?:join|joining|(?:become|becoming|be|being)\s+(?:a\s+)?part\s+of|(?:a\s+)?future\s+at|career\s+at"
                      r"|the\s+team\s+at|working\s+at)\s+")
_ORG_TEXT = st.lists(st.sampled_from(["join ", "joining ", "be ", "being ", "become ", "a ", "part ", "of ",
                                              "future ", "at ", "career ", "the ", "team ", "working ", "Hollis ", "& ",
                                              "Grange ", "Ltd", "\n", ".", "Contoso ", "x"]), max_size=25).map("".join)


def test_does_the_other_organisation_phrase_find_what_its_grouped_form_found():
    """names' "joining <another organisation>" phrase, written out for a faster scan, against the
    grouped expression it replaces: the same matches and the same organisation on every body."""
    import re

    from followup_edu.checks import names

    grouped = re.compile(_OTHER_ORG_GROUPED + names._ORG)
    found = 0
    for body in BODIES:
        want = [(m.span(), m.span(1)) for m in grouped.finditer(body)]
        assert [(m.span(), m.span(1)) for m in names._OTHER_ORG.finditer(body)] == want, body[:60]
        found += len(want)
    assert found >= 10


@settings(max_examples=400, deadline=None)
@given(_ORG_TEXT)
def test_does_the_other_organisation_phrase_match_as_its_grouped_form_on_random_text(text):
    """Random runs of the phrase's own words and capitalised names."""
    import re

    from followup_edu.checks import names

    grouped = re.compile(_OTHER_ORG_GROUPED + names._ORG)
    assert [(m.span(), m.span(1)) for m in names._OTHER_ORG.finditer(text)] == \
        [(m.span(), m.span(1)) for m in grouped.finditer(text)]


_CAPS_TEXT = st.lists(st.sampled_from(["COMPANY", "NAME", "A", "Hi", "x", "_", "9", " ", "\t", "\n", "é", "É", ".", "IT"]),
                      max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(_CAPS_TEXT)
def test_do_fields_in_capitals_match_as_the_plain_expression(text):
    """placeholders' run of capitals, its word boundary read after the first capital, against the
    plain expression: on random runs of capitals, letters, digits, underscores and accents."""
    import re

    from followup_edu.checks import placeholders

    plain = re.compile(r"\b[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){0,2}\b")
    assert [m.span() for m in placeholders._CAPS_RUN.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_do_fields_in_capitals_match_as_the_plain_expression_on_real_emails():
    """The same on every real-world and corpus body."""
    import re

    from followup_edu.checks import placeholders

    plain = re.compile(r"\b[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){0,2}\b")
    found = 0
    for body in BODIES:
        want = [m.span() for m in plain.finditer(body)]
        assert [m.span() for m in placeholders._CAPS_RUN.finditer(body)] == want
        found += len(want)
    assert found > 50


def _plain_role_phrases(body):
    """names' role phrases as first found: every break of the body listed, every space tried."""
    from bisect import bisect_left

    from followup_edu.checks import names

    out, breaks, done = [], None, 0
    for r in names._ROLE_END.finditer(body):
        if r.start() < done:
            continue
        if breaks is None:
            breaks = [m.start() for m in names._NOT_IN_ROLE_PHRASE.finditer(body)]
        k = bisect_left(breaks, r.start())
        pos = breaks[k - 1] + 1 if k else 0
        done = breaks[k] if k < len(breaks) else len(body)
        while (m := names._ROLE_PHRASE.search(body, pos, done)) is not None:
            out.append(m)
            pos = m.end()
    return out


_ROLE_TEXT = st.lists(st.sampled_from(["the ", "a ", "for ", "Staff ", "Nurse ", "role", "roles", "post", "xpost",
                                       " ", "\n", "\u00a0", ".", ",", "-", "&", "Data ", "position ", "job"]),
                      max_size=20).map("".join)


@settings(max_examples=400, deadline=None)
@given(_ROLE_TEXT, st.integers(0, 3))
def test_are_the_role_phrases_those_of_the_plain_search_on_random_text(text, repeat):
    """Random runs of role words, determiners, names, odd spaces and breaks (long ones too, so
    that a break is read back over more than one stretch)."""
    from followup_edu.checks import names

    text = (text + " " * 150 * repeat) * (1 + repeat)
    got = [(m.span(), m.span(1)) for m in names._role_phrases(text)]
    assert got == [(m.span(), m.span(1)) for m in _plain_role_phrases(text)]


def test_are_the_role_phrases_those_of_the_plain_search_on_real_emails():
    """On every real-world and corpus body."""
    from followup_edu.checks import names

    found = 0
    for body in BODIES:
        want = [(m.span(), m.span(1)) for m in _plain_role_phrases(body)]
        assert [(m.span(), m.span(1)) for m in names._role_phrases(body)] == want
        found += len(want)
    assert found > 100


def test_are_fits_generic_words_those_it_built_for_every_draft():
    """fit's words of a generic claim, joined once per context, are the set it built per draft."""
    from followup_edu import vocabulary
    from followup_edu.checks import fit
    from followup_edu.context import Context

    p = registry.principle("fit")
    for ctx in (Context(), Context(role="Junior Data Analyst", company="Northwind Analytics"),
                Context(role="Café Supervisor", company="Zoë & Co")):
        want = frozenset(p["generic_claim_words"]) | vocabulary.words("generic_words") | frozenset(
            fold(w) for name in (ctx.role or "", ctx.company or "") for w in name.split())
        assert fit._ignored(tuple(p["generic_claim_words"]), vocabulary.words("generic_words"),
                            ctx.role or "", ctx.company or "") == want


def _plain_holds(guard, words):
    """tone's guard test as first written: a single word of the guard, or every word of a run."""
    single, runs = guard
    return not single.isdisjoint(words) or any(run <= words for run in runs)


def _plain_function_findings(draft, ctx, p, found):
    """tone's problem-function reader as first written: every function any word of whose cue the
    body holds, each guard tested run by run, every prose sentence indexed."""
    from followup_edu.checks import tone

    out = []
    sentences = None
    rules = tone._functions(p.id)
    index: dict[str, set[int]] = {}
    for n, rule in enumerate(rules):
        single, runs = rule["_cue_words"]
        for w in single.union(*runs):
            index.setdefault(w, set()).add(n)
    words_here = frozenset(words_of(draft.lbody))
    for n in sorted({n for w in words_here.intersection(index) for n in index[w]}):
        rule = rules[n]
        key = rule["key"]
        if key in found or ("kinds" in rule and ctx.effective_kind not in rule["kinds"]):
            continue
        cue_words, object_words = rule["_cue_words"], rule.get("_object_words")
        company = tone._company_words(ctx.company) if rule.get("company_object") else frozenset()
        if company and object_words is not None:
            object_words = (object_words[0] | company, object_words[1])
        if not _plain_holds(cue_words, words_here) or (object_words is not None and not _plain_holds(object_words, words_here)):
            continue
        if sentences is None:
            sentences = [(s, w, tone._index(w)) for s in draft.prose for w in (words_of(s.low),)]
        for s, words, ix in sentences:
            if _plain_holds(cue_words, ix.keys()) and (object_words is None or _plain_holds(object_words, ix.keys())) \
                    and tone._reads_as(words, ix, s.text, rule, company):
                if "defer_to" in rule and tone._deferred(rule["defer_to"], draft):
                    break
                out.append(tone.finding(p, "fail" if key in tone._SERIOUS_KEYS else "warn", key, s.span, quote=s.text.strip()))
                found.add(key)
                break
    return out


def _example_drafts():
    from followup_edu.context import coerce_context

    out = []
    for path in sorted((ROOT / "tests" / "examples").glob("*.toml")):
        with open(path, "rb") as f:
            rows = tomllib.load(f)
        for kind in ("flag", "pass"):
            for row in rows.get(kind, []):
                if "body" in row:
                    out.append((parse(row.get("subject", ""), row["body"]), coerce_context(row.get("context") or {})))
    return out


def test_does_tones_function_reader_find_what_the_plain_reader_finds():
    """On every example row (with its context, under every kind of email) and every real-world and
    corpus body (with a company whose name is a word some sentences hold), do the cue index, the
    guard tests by a run's longest word and the sentences indexed only when a guard holds give
    the very findings of the plain reader?"""
    import dataclasses

    from followup_edu.checks import tone
    from followup_edu.context import coerce_context

    p = registry.principle("tone")
    cases = _example_drafts()
    company = coerce_context({"company": "Harbour Team Insights"})
    cases += [(parse("", body), company) for body in BODIES]
    kinds = sorted({k for rule in tone._functions("tone") for k in rule.get("kinds", ())})
    assert len(cases) > 1000 and kinds
    found = 0
    for draft, ctx in cases:
        for c in [ctx] + [dataclasses.replace(ctx, kind=k) for k in kinds]:
            for seen in (set(), {"apology"}):
                want = _plain_function_findings(draft, c, p, set(seen))
                assert tone._function_findings(draft, c, p, set(seen)) == want, draft.body[:80]
                found += bool(want)
    assert found > 50


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["my", "best", "at", "not", "i", "came", "across", "a", "mess", "nervous", "poor",
                                 "sorry", "x"]), max_size=10))
def test_does_tones_guard_test_agree_with_the_plain_one(words):
    """Each function's cue and object guard, tested by a run's longest word first, against the
    plain test, on random sets of the words its runs are made of."""
    from followup_edu.checks import tone

    ws = frozenset(words)
    for rule in tone._functions("tone"):
        assert tone._Test(rule["_cue_words"])(ws) == _plain_holds(rule["_cue_words"], ws)
        if "_object_words" in rule:
            assert tone._Test(rule["_object_words"])(ws) == _plain_holds(rule["_object_words"], ws)


def _plain_which_interview(draft, ctx, p):
    """which_interview as first written: every sentence read for the meeting before any for the day."""
    from followup_edu.checks._common import finding

    meeting, when = p.pattern("meeting_pattern"), p.pattern("when_pattern")
    met = [s for s in draft.sentences if meeting.search(s.low) or positions(words_of(s.low), p.words("placed_words"))]
    if not met or draft.quoted is not None:
        return None  # (the quoted and unplaced drafts take the same early answers in both)
    dated = next((s for s in met if when.search(s.low)), None) or next((s for s in draft.sentences if when.search(s.low)), None)
    return [finding(p, "pass", "pass", dated.span, quote=dated.text)] if dated is not None else None


def test_does_which_interview_stop_at_the_first_placed_and_dated_sentence_as_the_plain_reading_would():
    """The check answers at the first sentence that places the meeting and gives its day, without
    reading the rest: on every example row and every real and corpus body, the same finding as
    reading every sentence for the meeting first."""
    from followup_edu.context import coerce_context

    p = registry.principle("which_interview")
    ctx = coerce_context({"kind": "second_follow_up", "role": "Data Analyst"})
    cases = [(d, c) for d, c in _example_drafts()] + [(parse("", body), ctx) for body in BODIES]
    dated = 0
    for draft, c in cases:
        want = _plain_which_interview(draft, c, p)
        if want is not None:
            dated += 1
            assert which_interview.check(draft, c, p) == want, draft.body[:80]
    assert dated > 100


def test_are_the_drafts_shared_words_those_of_reading_each_sentence_again():
    """The words a draft keeps for its checks (each sentence's, and the set of the body's) are
    those :func:`words_of` reads from the text, asked once or many times."""
    from followup_edu.checks._clause import body_words, sentence_words

    for body in BODIES[:400]:
        draft = parse("", body)
        for s in draft.sentences:
            first = sentence_words(draft, s)
            assert first == words_of(s.low) and sentence_words(draft, s) is first
        assert body_words(draft) == frozenset(words_of(draft.lbody)) and body_words(draft) is body_words(draft)
