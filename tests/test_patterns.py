"""Phrase patterns: token tables join into the right expression, and the literal guards that let
a draft skip a pattern never skip one that would have matched."""
from __future__ import annotations

import json
import re
import sys
import tomllib
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from followup_edu import patterns, registry, vocabulary
from followup_edu.text import lower_keep, parse
from conftest import load_script

ROOT = Path(__file__).resolve().parents[1]


def _texts() -> list[str]:
    out = []
    for path in sorted((ROOT / "tests" / "corpus").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            e = json.loads(line)
            for m in e.get("emails", [e]):
                out += [m["subject"], m["body"]]
    for path in sorted((ROOT / "tests" / "examples").glob("*.toml")):
        for cases in tomllib.loads(path.read_text(encoding="utf-8")).values():
            for case in cases:
                for m in case.get("emails", [case]):
                    out += [m.get("subject", ""), m.get("body", "")]
    return out


TEXTS = _texts()


def _phrases():
    vocabulary.load()
    for p in registry.principles():
        for key in p.data:
            if key.endswith("_pattern"):
                yield f"{p.id}.{key}", p.pattern(key)
    for key in vocabulary.KEYS:
        if key.endswith("_pattern"):
            yield key, vocabulary.pattern(key)


PHRASES = dict(_phrases())


@lru_cache(maxsize=1)
def _pieces() -> tuple[tuple[str, str, frozenset[str]], ...]:
    """Every text, whole and sentence by sentence: (raw, lowered, guard literals it holds)."""
    out = []
    for text in TEXTS:
        for piece in [text] + [s.text for s in parse("", text).sentences]:
            low = lower_keep(piece)
            out.append((piece, low, patterns.literals_in(low)))
    return tuple(out)


def test_are_most_long_patterns_guarded():
    guarded = [name for name, ph in PHRASES.items() if ph.guard]
    assert len(guarded) >= 13, guarded


@pytest.mark.parametrize("name", sorted(PHRASES))
def test_does_a_guard_never_skip_a_pattern_that_matches(name):
    """Wherever the pattern matches (raw or lowercased text, a whole body or one sentence), one of
    its guard literals is in the text."""
    phrase = PHRASES[name]
    if phrase.guard is None:
        pytest.skip("not guarded: always run")
    for piece, low, literals in _pieces():
        if phrase.compiled.search(piece) or phrase.compiled.search(low):
            assert phrase.possible(literals), (name, piece)


@pytest.mark.parametrize(("rx", "want"), [
    (r"\bdear\s+sir\s*(?:/|or)\s*madam", {"madam"}),
    (r"thanks?\s+a\s+lot", {"thank"}),
    (r"(?:look|looking)\s+forward", {"forward"}),
    (r"(?:hope|wish)\s+to", {"hope", "wish"}),
    (r"(?:very\s+)?keen(?=\s)", {"keen"}),
    (r"my\s+(?:\w+\s+){0,2}(?:experience|background)", {"experience", "background"}),
    (r"a+bcd", {"bcd"}),
    (r"(?i)apology", None),
    (r"i\s+am", None),  # literals too short to be worth a scan
    (r"x{0,3}(?:sorry|apolog)", {"sorry", "apolog"}),
    (r"x{,3}(?:sorry|apolog)", {"sorry", "apolog"}),
    (r"\bX{3,}\b|_{3,}|\bTODO\b", {"xxx", "___", "todo"}),
    (r"\[[^\]\n]{1,60}\]|\{\{?\w+\}|\$\{?[a-z]{3,}", {"[", "{", "$"}),
])
def test_is_the_guard_the_literals_a_match_needs(rx, want):
    got = patterns.guard(rx)
    assert (set(got) if got else None) == want


_PIECES = ["abc", "xyz", "cab", r"\s+", "[a-c]", ".", "(?:abc|zyx)", "(?:xy)?", "(?=ab)", "(?!c)", r"\b", "b",
           "(?:cab|(?:yx|abc)z)"]
_QUANT = ["", "", "?", "*", "+", "{0,2}", "{1,2}", "{2}", "{,2}", "{2,}", "+?"]
_ITEM = st.tuples(st.sampled_from(_PIECES), st.sampled_from(_QUANT))
_SEQUENCE = st.lists(_ITEM, min_size=1, max_size=6)
_ALTERNATIVES = st.lists(st.lists(_ITEM, min_size=1, max_size=4), max_size=2)
_TEXT = st.text(alphabet="abcxyz ", max_size=40)


def _build(items) -> str:
    """A pattern from (piece, quantifier) pairs; assertions take no quantifier."""
    return "".join(p + (q if not p.startswith(("(?=", "(?!", r"\b")) else "") for p, q in items)


@settings(max_examples=400, deadline=None)
@given(_SEQUENCE, _ALTERNATIVES, _TEXT)
def test_is_a_guard_sound_on_arbitrary_patterns(seq, alternatives, text):
    rx = "|".join([_build(seq)] + [_build(a) for a in alternatives])
    try:
        re.compile(rx)
    except re.error:
        return  # "\\s++{0,2}" and the like are not patterns
    got = patterns.guard(rx)
    if got is not None and re.search(rx, text):
        assert any(lit in text for lit in got), (rx, text, got)


@pytest.mark.parametrize(("rx", "want"), [
    (r"my\s+(?:\w+\s+){0,2}(?:experience|background)", []),  # "my" is too short to be worth a scan
    (r"thank\s+you\s+for\s+(?:meeting|speaking)", [{"for"}, {"thank"}, {"you"}]),  # guard: meeting/speaking
    (r"\b(?:since|after)\s+(?:we|i)\s+(?:last\s+)?(?:spoke|met)", [{"met", "spoke"}]),
    (r"(?:just\s+)?(?:wanted|want)\s+to\s+(?:follow\s+up|check)", [{"want", "wanted"}]),  # guard: check/follow
    (r"(?:sorry|apolog)", []),
    (r"(?:abc|xyz)def", [{"abc", "xyz"}]),  # "def" is the guard
    (r"(?i)thanks\s+again", []),
])
def test_are_the_needs_the_other_literal_sets_a_match_holds(rx, want):
    got = patterns.needs(rx)
    assert sorted(map(sorted, got)) == sorted(map(sorted, want))


@settings(max_examples=400, deadline=None)
@given(_SEQUENCE, _ALTERNATIVES, _TEXT)
def test_are_the_needs_sound_on_arbitrary_patterns(seq, alternatives, text):
    """Wherever a pattern matches, the text holds one literal of each set it needs."""
    rx = "(?:" + "|".join([_build(seq)] + [_build(a) for a in alternatives]) + ")" + _build(seq)
    try:
        re.compile(rx)
    except re.error:
        return
    m = re.search(rx, text)
    if m is not None:
        for lits in patterns.derive_needs(rx):
            assert any(lit in m.group() for lit in lits), (rx, text, lits)


def test_does_the_pure_python_scan_find_what_aho_corasick_finds():
    pytest.importorskip("ahocorasick")
    for text in TEXTS[:200]:
        low = lower_keep(text)
        assert patterns.literals_in(low, pure=True) == patterns.literals_in(low)
        assert sorted(patterns.occurrences(low, pure=True)) == sorted(patterns.occurrences(low))


def test_does_the_checker_work_without_pyahocorasick(monkeypatch):
    """Where no wheel exists (Pyodide), the substring fallback gives the same findings."""
    from followup_edu import check_email

    subject, body = "Thank you – interview", TEXTS[1]
    before = check_email(subject, body).to_dict()
    monkeypatch.setitem(sys.modules, "ahocorasick", None)
    patterns.reset_scanner()
    try:
        assert patterns.scanner_kind() == "substring"
        assert check_email(subject, body).to_dict() == before
    finally:
        monkeypatch.undo()
        patterns.reset_scanner()


def test_does_rebuilding_the_prebuilt_guards_give_the_same_bytes():
    module = load_script(ROOT / "tools" / "build_pattern_guards.py")
    assert module.build() == (ROOT / "followup_edu" / "data" / "guards.json").read_bytes(), (
        "guards.json is stale: run .venv/bin/python tools/build_pattern_guards.py")


def test_is_a_prebuilt_guard_the_derived_one():
    for name, phrase in PHRASES.items():
        assert phrase.guard == patterns.derive_guard(phrase.source) or phrase.flags, name


@pytest.mark.parametrize("name", sorted(n for n, ph in PHRASES.items() if isinstance(ph, patterns.Phrase)))
def test_does_searching_only_the_possible_tokens_find_the_same_match(name):
    phrase = PHRASES[name]
    for piece, low, literals in _pieces():
        m, n = phrase.compiled.search(low), phrase.first(low, literals)
        assert (m and m.span()) == (n and n.span()), (name, piece)


# Generated token tables: lists of alternatives built from small regex pieces and quantifiers.
_GENERATED = (st.lists(st.lists(_ITEM, min_size=1, max_size=3),
                       min_size=1, max_size=5),
              st.sampled_from(["", r"\b", "(?<![a-c])"]), st.sampled_from(["", r"\b", "(?!y)"]),
              _TEXT)


def _generated_phrase(tokens, before, after):
    """The Phrase for one generated token table, or None when the pieces do not make a valid pattern."""
    spec = {"before": before, "after": after, "tokens": [_build(t).replace(" ", "") or "a" for t in tokens]}
    try:
        phrase = patterns.Phrase(spec)
        phrase.compiled
        for part in phrase._parts:
            part.compiled
    except ValueError:
        return None
    return phrase


@settings(max_examples=300, deadline=None)
@given(*_GENERATED)
def test_is_a_token_table_search_the_whole_expressions_search(tokens, before, after, text):
    phrase = _generated_phrase(tokens, before, after)
    if phrase is None:
        return
    m, n = phrase.compiled.search(text), phrase.first(text, patterns.literals_in(text))
    assert (m and m.span()) == (n and n.span()), (tokens, before, after, text)


@pytest.mark.parametrize("name", sorted(PHRASES))
def test_do_the_possible_tokens_find_every_match_finditer_finds(name):
    phrase = PHRASES[name]
    for piece, low, literals in _pieces():
        want = [m.span() for m in phrase.compiled.finditer(low)]
        assert [m.span() for m in phrase.finditer_in(low, literals)] == want, (name, piece)
        assert [m.span() for m in phrase.findall_matches(low)] == want, (name, piece)


@settings(max_examples=300, deadline=None)
@given(*_GENERATED)
def test_is_a_token_table_finditer_the_whole_expressions_finditer(tokens, before, after, text):
    phrase = _generated_phrase(tokens, before, after)
    if phrase is None:
        return
    want = [m.span() for m in phrase.compiled.finditer(text)]
    assert [m.span() for m in phrase.finditer_in(text, patterns.literals_in(text))] == want, (tokens, before, after, text)


@settings(max_examples=300, deadline=None)
@given(*_GENERATED, st.integers(0, 45))
def test_is_the_search_after_a_leading_boundary_the_engines_search(tokens, before, after, text, pos):
    """A pattern that starts with \\b is searched without it, and its matches kept at word
    boundaries: the same match as the engine's, from any position."""
    phrase = _generated_phrase(tokens, before, after)
    if phrase is None:
        return
    for ph in [phrase, *phrase._parts]:
        for endpos in (None, max(pos, len(text) - 3)):
            m = ph.compiled.search(text, pos) if endpos is None else ph.compiled.search(text, pos, endpos)
            n = ph.search(text, pos, endpos)
            assert (m and (m.span(), m.groups())) == (n and (n.span(), n.groups())), (ph.source, text, pos, endpos)
        assert [m.span() for m in ph.findall_matches(text)] == [m.span() for m in ph.compiled.finditer(text)]


@pytest.mark.parametrize(("src", "rest"), [
    (r"\b(?:until\s+then)", r"(?:until\s+then)"),
    (r"\b(?:\bi(?:\s+have))", r"(?:i(?:\s+have))"),
    (r"\bfoo|bar", None),  # the \b belongs to the first alternative only
    (r"\b(?:\bfoo|bar)x", r"(?:\bfoo|bar)x"),
    (r"\b?foo", None),
    (r"(?:\bfoo)+", None),
])
def test_is_a_leading_boundary_taken_out_only_where_it_stands_for_the_whole(src, rest):
    assert patterns.without_lead_boundary(src) == rest


def test_are_a_sentences_literals_those_a_scan_of_the_sentence_finds():
    """The draft's one scan, shared out among its sentences, gives each the literals in its text."""
    for text in TEXTS[:400]:
        draft = parse("", text)
        for s in draft.sentences:
            assert draft.literals_of(s) == patterns.literals_in(s.low), (text, s.text)
        assert draft.literals == patterns.literals_in(draft.lbody)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_does_the_ascii_tokenizer_find_the_words_the_unicode_one_finds(text):
    """ASCII text is split into words by a faster expression: the same words, at the same places."""
    from followup_edu.text import WORD_RE, words_in, words_of

    assert [tuple(w) for w in words_in(text)] == [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]
    assert words_of(text) == WORD_RE.findall(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab 7\u00b2\u0663é\n."), max_size=30))
def test_does_a_draft_know_whether_it_holds_a_digit(text):
    draft = parse("", text)
    assert draft.has_digit == any(map(str.isdigit, draft.body))


def test_do_the_checks_fast_expressions_match_as_the_engine_does():
    """Expressions a check writes with patterns.fast() find what re.compile() of them finds."""
    from followup_edu.checks import names, spelling, subject

    textspeak = spelling._textspeak_re(tuple(registry.principle("spelling")["textspeak"]))
    for rx in (names._ROLE_PHRASE, names._ROLE_AT_ORG, subject._ROLE_IN_TEXT, names._NEXT_ORG, spelling._LOWER_I,
               spelling._CAPITAL_I, spelling._YOURE, spelling._NO_TO, textspeak):
        for text in TEXTS:
            for t in (text, lower_keep(text)):
                want = [(m.span(), m.groups()) for m in rx.compiled.finditer(t)]
                assert [(m.span(), m.groups()) for m in rx.finditer(t)] == want, (rx.source, t)
                m, n = rx.compiled.search(t), rx.search(t)
                assert (m and m.span()) == (n and n.span())
    for text in TEXTS:  # and the role phrases searched only where a role word is
        want = [(m.span(), m.groups()) for m in names._ROLE_PHRASE.compiled.finditer(text)]
        assert [(m.span(), m.groups()) for m in names._role_phrases(text)] == want, text


def test_are_a_drafts_core_words_those_between_greeting_and_sign_off():
    for text in TEXTS[:300]:
        draft = parse("", text)
        assert draft.core_words == [w for w in draft.words if draft.core_start <= w.start < draft.core_end]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["", " ", "\t", "— ", "-", "Best regards", "best", "Kind regards, Sam", "Thanks", "Hello",
                        "ſincerely", "Ünd", "Regards", "x"]), st.text(alphabet="abcs ,.!-", max_size=12))
def test_is_a_closing_line_found_as_the_closing_pattern_finds_it(head, tail):
    _same_closing([head + tail])


def test_is_every_corpus_line_found_as_the_closing_pattern_finds_it():
    _same_closing([ln for t in TEXTS for ln in t.splitlines()])


def _same_closing(lines):
    from followup_edu import text as text_module

    parse("", "Hi,\n\nThanks.\n\nBest,\nSam")  # the parser's patterns are made on first use
    for line in lines:
        m, n = text_module._CLOSING_RE.match(line), text_module._closing_match(line)
        assert (m and m.span()) == (n and n.span()), line


def test_is_a_prebuilt_fast_search_the_derived_one():
    prebuilt = patterns._prebuilt()
    for name, phrase in PHRASES.items():
        for ph in phrase._parts or [phrase]:
            key = patterns.FAST_PREFIX + patterns.source_key(ph.source)
            assert key in prebuilt, name
            assert prebuilt[key] == patterns.rest_source(ph.source), (name, ph.source)


def test_does_every_legal_notice_hold_one_of_the_words_that_let_its_pattern_run():
    """The legal-notice pattern runs on ASCII text only when one of _DISCLAIMER_WORDS is there: does
    every notice it finds in the example tables and the real-world corpus hold one of them?"""
    import glob

    from followup_edu import text

    bodies = []
    for path in glob.glob(str(Path(__file__).parent / "examples" / "*.toml")):
        with open(path, "rb") as f:
            data = tomllib.load(f)
        bodies += [row["body"] for rows in data.values() if isinstance(rows, list) for row in rows if "body" in row]
    with open(Path(__file__).parent / "realworld" / "emails.toml", "rb") as f:
        bodies += [e["body"] for e in tomllib.load(f)["email"]]
    found = 0
    for body in bodies:
        for m in text._DISCLAIMER.finditer(body):
            found += 1
            assert any(w in m.group().lower() for w in text._DISCLAIMER_WORDS), m.group()
    assert found >= 3  # the tables hold confidentiality notices and company footers
