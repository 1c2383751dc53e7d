"""Properties of the checker that must hold for ANY input (hypothesis).

Whatever the text — odd Unicode, lone surrogates, control characters, right-to-left marks,
emoji, combining marks, huge lines — ``check_email`` returns a report; every span lies inside
its field's text; the same input gives the same report; the report is JSON-serialisable; and
the text renderer can show it.
"""
from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, example, given, settings, strategies as st

from followup_edu import Context, check_email, check_emails, principle_ids
from followup_edu.render.text import render_report

# FOLLOWUP_PROPERTY_EXAMPLES=5000 hunts longer by hand; CI keeps the default small
EXAMPLES = int(os.environ.get("FOLLOWUP_PROPERTY_EXAMPLES", "120"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# every code point, surrogates and control characters included (plain st.text() leaves surrogates out)
ANY_CHAR = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=())
ODD = st.sampled_from([
    "\u202e", "\u202d", "\u200f", "\u200e", "\u2066", "\u2069",  # bidi overrides, marks and isolates
    "\u0301", "\u0308", "\u20dd", "e\u0301", "\u1100\u1161\u11a8",  # combining marks, jamo
    "👩🏽‍💻", "🇬🇧", "❤️", "\U0001f600", "\ufe0f", "\u200d",  # emoji, flags, ZWJ, variation selector
    "\x00", "\x07", "\x1b[31m", "\x7f", "\x85", "\u2028", "\u2029", "\x0b", "\x0c", "\r", "\r\n", "\t",
    "\ud800", "\udfff", "\udc80",  # lone surrogates: impossible in JSON, possible in a Python str
    "\ufeff", "\ufffd", "\u00a0", "\u3000", "İ", "ß", "ǅ", "ﬁ", "Ⅻ", "٣", "𝔇𝔢𝔞𝔯",
    "مرحبا", "שלום", "こんにちは", "Привет",
])
EMAILISH = st.sampled_from([
    "Dear Priya,", "Hi there,", "Hello Dr. Okafor,", "To whom it may concern,", "Priya,",
    "Thank you for meeting me today.", "I enjoyed our talk about dashboards.", "I am very interested in the role.",
    "My experience with SQL would help.", "I look forward to hearing from you.", "Please reply ASAP!!!",
    "[Company]", "{name}", "<Interviewer Name>", "XX", "Best regards,", "Sincerely,", "Cheers", "Jordan Lee",
    "Subject:", "- a bullet", "1. a list item", "e.g.", "Mr.", "...", "!!!", "?", ":", "—", "–", "“", "’",
    "\n", "\n\n", " ", "  ", "\n \n",
])
PIECE = st.one_of(
    st.text(ANY_CHAR, max_size=30),
    ODD,
    EMAILISH,
    st.builds(lambda s, n: s * n, EMAILISH | ODD, st.integers(1, 400)),  # very long lines and repeats
)
TEXT = st.lists(PIECE, max_size=40).map("".join)
NAME = st.one_of(st.none(), st.sampled_from(["Priya Raman", "Dr. Helen Okafor", "José Núñez", "李伟", "O'Brien",
                                             "Anne-Marie Lefèvre", "X"]), st.text(ANY_CHAR, max_size=20))
WHEN = st.one_of(st.none(), st.sampled_from(["2026-03-03T10:00", "2026-03-03T16:00+01:00", "2026-03-05",
                                             "2026-02-28T23:59:59Z", "2020-01-01T00:00"]))
CONTEXT = st.one_of(
    st.none(),
    st.builds(
        lambda cand, rec, others, company, role, itype, kind, at, sent, prev, topics: Context(
            candidate_name=cand, recipient=rec, interviewers=[n for n in (rec, *others) if n],
            company=company, role=role, interview_type=itype, kind=kind,
            interview_at=at, sent_at=sent, previous_sent_at=prev, topics=topics),
        NAME, NAME, st.lists(NAME.filter(bool), max_size=3), NAME, NAME,
        st.sampled_from([None, "external", "internal", "panel"]),
        st.sampled_from([None, "thank_you", "second_follow_up", "after_rejection"]),
        WHEN, WHEN, WHEN, st.lists(TEXT, max_size=3),
    ),
)


def assert_report_sound(report, subject: str, body: str) -> None:
    texts = {"body": report.body, "subject": report.subject}
    # the checker may normalise line ends, but never changes lengths (offsets stay true)
    assert len(report.body) == len(body) and len(report.subject) == len(subject)
    assert 0 <= report.score <= 100
    ids = set(principle_ids())
    for f in report.findings:
        assert f.check in ids
        assert f.status in ("pass", "warn", "fail", "skip")
        assert f.field in texts
        assert isinstance(f.message, str) and f.message
        if f.span is not None:
            start, end = f.span
            assert 0 <= start <= end <= len(texts[f.field]), (f, len(texts[f.field]))
    data = report.to_dict()
    dumped = json.dumps(data, ensure_ascii=False)
    assert json.loads(dumped) == data


@SETTINGS
@given(subject=TEXT, body=TEXT, context=CONTEXT)
# found by this test: a recipient with no letters (a "-" placeholder) made the names check call max() on nothing
@example(subject="Thank you", body="Dear Priya,\n\nThank you for today.\n\nBest regards,\nJordan",
         context=Context(recipient="-"))
def test_check_email_never_raises_and_spans_fit(subject, body, context):
    """Does any subject/body/context give a sound report, with every span inside its field?"""
    report = check_email(subject, body, context)
    assert_report_sound(report, subject, body)
    render_report(report)
    render_report(report, color=True, notes=["a note with \ud800 in it"])


@SETTINGS
@given(subject=TEXT, body=TEXT, context=CONTEXT)
def test_check_email_is_deterministic(subject, body, context):
    """Does the same input always give the same report?"""
    assert check_email(subject, body, context).to_dict() == check_email(subject, body, context).to_dict()


@settings(max_examples=max(10, EXAMPLES // 3), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(emails=st.lists(st.tuples(NAME, TEXT, TEXT), min_size=1, max_size=4), context=CONTEXT)
def test_check_emails_never_raises(emails, context):
    """Does a panel of any emails give sound reports and JSON?"""
    panel = check_emails(emails, context)
    assert len(panel.reports) == len(emails)
    for report, (_, subject, body) in zip(panel.reports, emails):
        assert_report_sound(report, subject, body)
    for f in panel.findings:
        assert f.check == "distinct"
    data = panel.to_dict()
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    assert 0 <= panel.score <= 100


def test_one_megabyte_draft_completes():
    """Does a 1 MB draft complete and give a sound report? (timed in benchmarks/, not here)"""
    paragraph = ("I enjoyed hearing how your team plans to automate the month-end reports, and my experience "
                 "with SQL and dashboards would help with that work. ")
    body = "Dear Priya,\n\n" + "\n\n".join([paragraph * 5] * (1_000_000 // (len(paragraph) * 5) + 1)) + "\n\nBest regards,\nJordan Lee\n"
    assert len(body) > 1_000_000
    report = check_email("Thank you – interview", body, {"recipient": "Priya Raman"})
    assert_report_sound(report, "Thank you – interview", body)
    assert report.status_of("length") in ("warn", "fail")


def test_one_line_megabyte_draft_completes():
    """Does a single 1 MB line (no paragraphs, no sentence ends) complete?"""
    body = "word " * 200_000
    report = check_email("", body)
    assert_report_sound(report, "", body)


# -- reading drafts: any bytes give a draft or one DraftError, never anything else -----------------
HEADERISH = st.sampled_from([
    b"From: a@b.c\n", b"To: Priya Raman <p@b.c>\n", b"To: P\xe9 \xff <p@b.c>\n", b"Cc: \xc3\xa9 <c@d.e>\n", b"Subject: =?utf-8?q?Merci_=E2=80=93?=\n", b"Subject: \xff\xfe\n",
    b"MIME-Version: 1.0\n", b"Content-Type: text/html; charset=utf-8\n", b"Content-Type: text/plain; charset=x-nope\n",
    b"Content-Type: multipart/alternative; boundary=b\n", b"Content-Transfer-Encoding: base64\n",
    b"Content-Transfer-Encoding: quoted-printable\n", b"Date: not a date\n", b"Date: Tue, 03 Mar 2026 16:00:00 +0000\n",
    b"--b\n", b"--b--\n", b"\n", b"\r\n", b"<p>", b"</p>", b"<br>", b"<script>", b"&amp;", b"&#0;", b"&#xD800;",
    b"\xef\xbb\xbf", b"\xff\xfe", b"=E2=80=93", b"=\n", b"Dear Priya,\n", b"From nobody\n",
])
RAW = st.lists(st.one_of(st.binary(max_size=40), HEADERISH), max_size=30).map(b"".join)


@SETTINGS
@given(raw=RAW, email=st.sampled_from([None, True, False]))
def test_reading_any_bytes_gives_a_draft_or_a_draft_error(raw, email):
    """Do arbitrary bytes, forced or detected as email or text, give a draft or one clear DraftError?"""
    from followup_edu import DraftError
    from followup_edu.drafts import parse_bytes

    try:
        draft = parse_bytes(raw, "x", email=email)
    except DraftError as exc:
        assert "\n" not in str(exc)
        return
    assert draft.body.strip() and "\r" not in draft.body
    for text in (draft.subject, draft.body, draft.recipient or "", *draft.notes):
        text.encode("utf-8")  # no lone surrogates: the CLI must be able to print whatever it read
    json.dumps(check_email(draft.subject, draft.body).to_dict(), ensure_ascii=False).encode("utf-8")


@SETTINGS
@given(html=st.lists(st.one_of(st.text(ANY_CHAR, max_size=20), st.sampled_from(
    ["<p>", "</p>", "<br>", "<br/>", "<div>", "</div>", "<li>", "<ul>", "</ul>", "<pre>", "</pre>", "<script>",
     "</script>", "<style>", "</style>", "<!--", "-->", "&nbsp;", "&amp;", "&#x1F600;", "&bogus;", "<", ">",
     "<![CDATA[", "]]>", "<svg/>", "<td>", "<tr>"])), max_size=40).map("".join))
def test_html_to_text_never_raises(html):
    """Does any HTML-ish text convert without error, with no blank-line runs left over?"""
    from followup_edu.drafts import html_to_text

    text = html_to_text(html)
    assert "\n\n\n" not in text and text == text.strip()
