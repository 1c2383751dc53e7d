"""The text the checks read (followup_edu.normalize): invisible characters, odd spaces, NFKC and
look-alike letters neither hide a problem nor raise a false alarm, and every span still points at
the text as written."""
from __future__ import annotations

import tomllib
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from followup_edu import check_email
from followup_edu.normalize import clean
from followup_edu.text import parse

EXAMPLES = Path(__file__).parent / "examples"
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]


def _drafts() -> list[tuple[str, str, str, dict | None]]:
    out = []
    for path in sorted(EXAMPLES.glob("*.toml")):
        table = tomllib.loads(path.read_text("utf-8"))
        for kind in ("flag", "pass", "email"):
            for i, case in enumerate(table.get(kind, [])):
                if "body" in case:
                    out.append((f"{path.stem}-{kind}-{i}", case.get("subject", ""), case["body"], case.get("context")))
    return out


DRAFTS = _drafts()


def test_plain_ascii_is_left_alone_without_a_map():
    c = clean("Dear Priya, thank you.")
    assert c.text == "Dear Priya, thank you." and c.starts is None
    accented = clean("Dear Tomás García,")  # already NFKC, nothing suspect: nothing built either
    assert accented.text == "Dear Tomás García," and accented.starts is None


def test_invisible_characters_are_dropped_and_spans_map_back():
    text = "join [Com\u200bpany\u00ad Name] soon"
    c = clean(text)
    assert c.text == "join [Company Name] soon"
    s = c.text.index("[")
    e = c.text.index("]") + 1
    o = c.span((s, e))
    assert text[o[0]:o[1]] == "[Com\u200bpany\u00ad Name]"
    w = c.text.index("soon")
    assert c.span((w, w + 4)) == (text.index("soon"), len(text))


def test_markdown_emphasis_marks_are_dropped_and_spans_map_back():
    """Is "**Thank you** for *today*", pasted from a web page, read without its marks, with each
    word's span still on the word as written, and are blanks, bullets and arithmetic left alone?"""
    text = "**Thank you** for *today*, and __next steps__ \u00e9."
    c = clean(text)
    assert c.text == "Thank you for today, and next steps \u00e9."
    for word in ("Thank you", "today", "next steps", "\u00e9"):
        s = c.text.index(word)
        o = c.span((s, s + len(word)))
        assert text[o[0]:o[1]] == word
    for plain in ("Dear ______, the ____ role", "5 * 3 * 2", "my_file_name", "* one\n* two", "a**b**c"):
        assert clean(plain).text == plain


def test_odd_spaces_become_plain_spaces_in_place():
    text = "Dear\u00a0Ms\u202fLowe,\u3000thanks"
    c = clean(text)
    assert c.text == "Dear Ms Lowe, thanks"
    assert all(c.span((i, i + 1)) == (i, i + 1) for i in range(len(c.text)))


def test_nfkc_length_changes_map_back_to_the_whole_character():
    text = "the ﬁrst ｓｔｅｐ, caf" + "e\u0301 …"
    c = clean(text)
    assert c.text == "the first step, café …"  # the ellipsis is kept as it is
    f = c.text.index("first")
    o = c.span((f, f + 5))
    assert text[o[0]:o[1]] == "ﬁrst"
    o = c.span((f, f + 1))  # half of a ligature highlights the whole ligature
    assert text[o[0]:o[1]] == "ﬁ"
    k = c.text.index("café")
    o = c.span((k, k + 4))
    assert text[o[0]:o[1]] == "caf" + "e\u0301"


def test_look_alike_letters_are_read_as_latin_only_in_words_meant_as_latin():
    assert clean("Тhank уou, reply АЅАР").text == "Thank you, reply ASAP"
    assert clean("Дмитрий Иванов").text == "Дмитрий Иванов"  # a Cyrillic name stays Cyrillic
    assert clean("Καλημέρα").text == "Καλημέρα"


def test_the_highlight_is_the_placeholder_as_written():
    body = ("Dear Ms. Clarke,\n\nThank you for meeting me yesterday. I am excited about the chance "
            "to join [Com\u200bpany Name] and its travel team.\n\nBest regards,\nHolly Stevens")
    report = check_email("Thank you – Marketing Assistant interview", body)
    found = [f for f in report.findings if f.check == "placeholders" and f.status == "fail"]
    assert found, "the zero-width space hid the placeholder"
    s, e = found[0].span
    assert body[s:e] == "[Com\u200bpany Name]"
    assert "“[Company Name]”" in found[0].message  # the message quotes what the reader sees


def test_subject_spans_point_into_the_subject_as_written():
    subject = "Thank you – please reply АЅАР"
    report = check_email(subject, "Dear Priya,\n\nThank you for the talk today about the role.\n\nBest,\nJordan")
    spans = [f.span for f in report.findings if f.field == "subject" and f.span]
    assert spans
    for s, e in spans:
        assert 0 <= s <= e <= len(subject)


def test_every_span_covers_what_the_checks_read():
    """On every example-table draft with invisible characters sprinkled in, each body span of the
    original, cleaned, is the text the checks read at the cleaned span."""
    for name, subject, body, ctx in DRAFTS:
        noisy = "".join(ch + (INVISIBLE[i % len(INVISIBLE)] if i % 7 == 3 else "") for i, ch in enumerate(body))
        draft = parse(subject, noisy)
        assert draft.body == parse(subject, body).body, name
        for w in draft.words:
            o = draft.original_span(w.span)
            assert clean(noisy[o[0]:o[1]]).text == w.text, name


def _sprinkle(text: str, cuts: list[tuple[int, int]]) -> str:
    out = text
    for pos, k in sorted(cuts, reverse=True):
        p = pos % (len(out) + 1)
        out = out[:p] + INVISIBLE[k] + out[p:]
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(DRAFTS),
       st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, len(INVISIBLE) - 1)), min_size=1, max_size=12),
       st.lists(st.tuples(st.integers(0, 200), st.integers(0, len(INVISIBLE) - 1)), max_size=3))
def test_zero_width_characters_anywhere_change_no_status(draft, body_cuts, subject_cuts):
    name, subject, body, ctx = draft
    want = check_email(subject, body, ctx)
    got = check_email(_sprinkle(subject, subject_cuts), _sprinkle(body, body_cuts), ctx)
    assert [(f.check, f.status) for f in got.findings] == [(f.check, f.status) for f in want.findings], name
    assert got.score == want.score, name
    for f in got.findings:
        if f.span:
            text = got.subject if f.field == "subject" else got.body
            assert 0 <= f.span[0] <= f.span[1] <= len(text), (name, f)


def test_a_misshapen_character_list_is_a_clear_error():
    import pytest

    from followup_edu.errors import RegistryError
    from followup_edu.normalize import table_from

    good = {"invisible": ["\u200b"], "spaces": ["\u00a0"], "keep": [], "latin": {"а": "a"}}
    assert table_from(good).latin == {"а": "a"}
    for bad in ({**good, "invisible": ["ab"]}, {**good, "latin": {"а": "aa"}}, {"spaces": []}):
        with pytest.raises(RegistryError, match="lookalikes.toml"):
            table_from(bad)


def test_does_an_invisible_character_inside_a_tag_still_read_as_html():
    """Is an HTML email with a zero-width space inside its first tag judged as the text it shows
    (a case the property test above found)?"""
    body = ("<\u200bdiv>Hi Priya,</div><div><br></div><div>Thank you for taking the time to talk with me "
            "this morning.</div><div><br></div><div>Best regards,</div><div>Jordan Lee</div>")
    plain = body.replace("\u200b", "")
    ctx = {"recipient": "Priya Raman", "candidate_name": "Jordan Lee"}
    got = check_email("Thank you – interview – Jordan Lee", body, ctx)
    want = check_email("Thank you – interview – Jordan Lee", plain, ctx)
    assert got.status_of("greeting") == want.status_of("greeting") == "pass"
    assert [(f.check, f.status) for f in got.findings] == [(f.check, f.status) for f in want.findings]
