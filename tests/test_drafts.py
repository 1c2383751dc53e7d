"""Reading drafts: plain text with or without a Subject: line, .eml messages, HTML, stdin, bad input."""
from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

import pytest

from followup_edu import DraftError
from followup_edu.drafts import html_to_text, looks_like_email, looks_like_html, parse_bytes, read_draft

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
BODY = "Dear Priya,\n\nThank you for meeting me today.\n\nBest regards,\nJordan Lee\n"


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# -- plain text ----------------------------------------------------------------------------------
def test_txt_with_subject_line_and_blank_line(tmp_path):
    """Is the first 'Subject:' line the subject, and the blank line after it dropped?"""
    d = read_draft(write(tmp_path, "d.txt", "Subject: Thank you – Analyst interview\n\n" + BODY))
    assert d.subject == "Thank you – Analyst interview"
    assert d.body == BODY
    assert d.notes == ()


def test_txt_subject_without_blank_line(tmp_path):
    """Is the blank line after the subject optional?"""
    d = read_draft(write(tmp_path, "d.txt", "subject:Thanks for today\n" + BODY))
    assert d.subject == "Thanks for today"
    assert d.body == BODY


def test_txt_without_subject_notes_it(tmp_path):
    """Is a draft without a Subject: line read whole, with a note saying the subject is empty?"""
    d = read_draft(write(tmp_path, "d.txt", BODY))
    assert d.subject == ""
    assert d.body == BODY
    assert any("Subject" in n for n in d.notes)


def test_subject_later_in_text_is_body(tmp_path):
    """Is 'Subject:' on a later line left in the body?"""
    text = "Dear Priya,\nSubject: our chat\n"
    d = read_draft(write(tmp_path, "d.txt", text))
    assert d.subject == "" and "Subject: our chat" in d.body


def test_crlf_and_bom(tmp_path):
    """Are a UTF-8 byte order mark and Windows line ends handled?"""
    raw = ("\ufeffSubject: Thank you\r\n\r\n" + BODY.replace("\n", "\r\n")).encode("utf-8")
    d = read_draft(write(tmp_path, "d.txt", raw))
    assert d.subject == "Thank you"
    assert d.body == BODY
    assert "\r" not in d.body and "\ufeff" not in d.subject


def test_utf16_with_bom(tmp_path):
    """Is a UTF-16 file (as some Windows editors save) read?"""
    d = read_draft(write(tmp_path, "d.txt", ("Subject: Merci\n\n" + BODY).encode("utf-16")))
    assert d.subject == "Merci" and d.body == BODY


def test_non_utf8_bytes_are_an_error(tmp_path):
    """Does a Latin-1 file raise one clear DraftError naming the file?"""
    path = write(tmp_path, "latin.txt", "Subject: Caf\xe9\n\nDear Ren\xe9e,\n".encode("latin-1"))
    with pytest.raises(DraftError, match=r"latin\.txt is not UTF-8"):
        read_draft(path)


@pytest.mark.parametrize("text", ["", "   \n\n \t\n", "\ufeff"])
def test_empty_draft_is_an_error(tmp_path, text):
    """Is an empty draft an error rather than a report on nothing?"""
    with pytest.raises(DraftError, match="empty"):
        read_draft(write(tmp_path, "d.txt", text))


def test_subject_only_is_an_error(tmp_path):
    """Is a draft with a subject but no body an error?"""
    with pytest.raises(DraftError, match="no body"):
        read_draft(write(tmp_path, "d.txt", "Subject: Thank you\n\n"))


def test_missing_file_and_folder(tmp_path):
    """Do a missing file and a folder raise DraftError naming the path?"""
    with pytest.raises(DraftError, match="nope.txt"):
        read_draft(tmp_path / "nope.txt")
    with pytest.raises(DraftError, match="folder"):
        read_draft(tmp_path)


def test_pasted_html_in_txt_is_converted_with_a_note(tmp_path):
    """Is an HTML body in a .txt converted to text, and does a note say so?"""
    html = "Subject: Thanks\n\n<div>Dear Priya,</div><div><br></div><div>Thank you &amp; see you.</div>"
    d = read_draft(write(tmp_path, "d.txt", html))
    assert d.subject == "Thanks"
    assert d.body == "Dear Priya,\n\nThank you & see you.\n"
    assert any("HTML" in n for n in d.notes)


# -- standard input ------------------------------------------------------------------------------
@pytest.mark.parametrize("stdin", [
    ("Subject: Hi Priya\n\n" + BODY).encode(),
    "Subject: Hi Priya\n\n" + BODY,
    io.BytesIO(("Subject: Hi Priya\n\n" + BODY).encode()),
    io.StringIO("Subject: Hi Priya\n\n" + BODY),
])
def test_dash_reads_stdin(stdin):
    """Does '-' read bytes, text or a stream given as stdin?"""
    d = read_draft("-", stdin=stdin)
    assert (d.subject, d.body, d.source) == ("Hi Priya", BODY, "standard input")


def test_stdin_email_detected_by_headers():
    """Is an email message on stdin recognised by its headers?"""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "jordan@example.com", "Priya Raman <priya@example.com>", "Thank you"
    msg.set_content(BODY)
    d = read_draft("-", stdin=msg.as_bytes())
    assert d.subject == "Thank you" and d.body == BODY and d.recipient == "Priya Raman"


# -- email messages ------------------------------------------------------------------------------
def test_example_eml_prefers_plain_text():
    """Does the multipart/alternative example give its text/plain part, decoded from quoted-printable?"""
    d = read_draft(EXAMPLES / "draft.eml")
    txt = read_draft(EXAMPLES / "draft.txt")
    assert d.subject == txt.subject
    assert d.body == txt.body
    assert d.recipient == "Priya Raman"
    assert d.sent_at == "2026-03-03T16:00:00+00:00"
    assert d.notes == ()


def test_html_only_email_is_converted(tmp_path):
    """Is an HTML-only message turned into text with paragraphs and line breaks, scripts and styles dropped?"""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "j@example.com", "p@example.com", "Thank you – interview"
    msg.set_content(
        "<html><head><style>p { color: red }</style><title>x</title></head><body>"
        "<p>Dear Priya,</p><p>Thank you for today&nbsp;&mdash; I enjoyed it.<br>See you soon.</p>"
        "<script>alert('x')</script><p>Best regards,<br>Jordan Lee</p></body></html>",
        subtype="html",
    )
    d = read_draft(write(tmp_path, "d.eml", msg.as_bytes()))
    assert d.body == "Dear Priya,\n\nThank you for today — I enjoyed it.\nSee you soon.\n\nBest regards,\nJordan Lee\n"
    assert "alert" not in d.body and "color" not in d.body
    assert any("HTML" in n for n in d.notes)


def test_eml_detected_without_extension(tmp_path):
    """Is a .txt file that starts with email headers read as an email?"""
    raw = b"From: j@example.com\nTo: p@example.com\nSubject: Thanks\nMIME-Version: 1.0\n\n" + BODY.encode()
    d = read_draft(write(tmp_path, "saved.txt", raw))
    assert d.subject == "Thanks" and d.body == BODY


def test_odd_charset_and_encoded_subject(tmp_path):
    """Are a Latin-1 body and an RFC 2047 encoded subject decoded?"""
    raw = (b"From: j@example.com\nTo: p@example.com\n"
           b"Subject: =?utf-8?q?Merci_=E2=80=93_Ren=C3=A9e?=\nMIME-Version: 1.0\n"
           b"Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n\n"
           b"Dear Ren\xe9e,\n\nThank you for the caf\xe9 chat.\n")
    d = read_draft(write(tmp_path, "d.eml", raw))
    assert d.subject == "Merci – Renée"
    assert d.body == "Dear Renée,\n\nThank you for the café chat.\n"


def test_unknown_charset_does_not_crash(tmp_path):
    """Does an unknown charset still give text (with a note if bytes were lost)?"""
    raw = (b"From: j@example.com\nSubject: Hi\nContent-Type: text/plain; charset=x-made-up\n\n"
           b"Dear Priya,\n\nThank you \xff.\n")
    d = read_draft(write(tmp_path, "d.eml", raw))
    assert d.body.startswith("Dear Priya,")
    assert any("could not be decoded" in n for n in d.notes)


def test_multipart_mixed_with_attachment(tmp_path):
    """Is the text part of a message with an attachment found?"""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "j@example.com", "p@example.com", "Thank you"
    msg.set_content(BODY)
    msg.add_alternative("<p>Dear Priya,</p><p>HTML version</p>", subtype="html")
    msg.add_attachment(b"%PDF-1.4 fake", maintype="application", subtype="pdf", filename="cv.pdf")
    d = read_draft(write(tmp_path, "d.eml", msg.as_bytes()))
    assert d.body == BODY


def test_eml_without_text_part_is_an_error(tmp_path):
    """Does a message with only an attachment raise a clear error?"""
    msg = EmailMessage()
    msg["From"], msg["Subject"] = "j@example.com", "CV"
    msg.add_attachment(b"\x00\x01", maintype="application", subtype="octet-stream", filename="cv.bin")
    with pytest.raises(DraftError, match="no text"):
        read_draft(write(tmp_path, "d.eml", msg.as_bytes()))


def test_eml_with_empty_body_is_an_error(tmp_path):
    """Is an email with headers but no body an error?"""
    with pytest.raises(DraftError, match="no body"):
        read_draft(write(tmp_path, "d.eml", b"From: j@example.com\nSubject: Thanks\n\n\n"))


# -- the detectors -------------------------------------------------------------------------------
@pytest.mark.parametrize("raw, expected", [
    (b"From: a@b.c\nTo: x@y.z\n\nbody", True),
    (b"MIME-Version: 1.0\nSubject: x\n\nbody", True),
    (b"From nobody Mon Jan  1 00:00:00 2026\nFrom: a@b.c\n\nbody", True),
    (b"Subject: Thank you\n\nDear Priya,", False),  # the plain-text draft format
    (b"Dear Priya,\nTo: be honest, I enjoyed it.", False),
    (b"Note: to self\n\nDear Priya", False),
])
def test_looks_like_email(raw, expected):
    """Are only real header blocks taken for email messages?"""
    assert looks_like_email(raw) is expected


@pytest.mark.parametrize("text, expected", [
    ("<html><body><p>Hi</p></body></html>", True),
    ("<p>Dear Priya,</p><p>Thanks</p>", True),
    ("Dear Priya,\n\nI used <b>bold</b> once in a sentence.", False),
    ("Dear Priya,\n\nI like Python's list[int] < dict syntax.", False),
])
def test_looks_like_html(text, expected):
    """Is prose that mentions a tag left alone?"""
    assert looks_like_html(text) is expected


def test_html_to_text_lists_and_pre():
    """Do list items become '- ' lines and <pre> keep its spacing?"""
    assert html_to_text("<ul><li>one</li><li>two</li></ul><pre>a   b\nc</pre>") == "- one\n- two\n\na   b\nc"


def test_parse_bytes_can_force_text():
    """Can the caller force plain text even when the first line looks like a header?"""
    d = parse_bytes(b"To: the team\n\nDear Priya,\n", email=False)
    assert d.body.startswith("To: the team")


def test_raw_utf8_without_charset(tmp_path):
    """Are raw UTF-8 bytes in headers and an undeclared-charset body read as UTF-8?"""
    raw = ("From: j@example.com\nTo: Renée Dubois <r@example.com>\nSubject: Merci – Renée\n\n"
           "Dear Renée,\n\nThank you for the café chat.\n").encode("utf-8")
    d = read_draft(write(tmp_path, "d.eml", raw))
    assert (d.recipient, d.subject) == ("Renée Dubois", "Merci – Renée")
    assert d.body == "Dear Renée,\n\nThank you for the café chat.\n" and d.notes == ()


def test_undecodable_header_bytes_leave_no_surrogates(tmp_path):
    """Do stray 8-bit bytes in headers become U+FFFD, so the output can always be written as UTF-8?"""
    raw = b"From: a@b.c\nTo: P\xe9 <p@b.c>\nSubject: Thanks \xff caf\xe9\n\nDear P,\n\nThank you caf\xe9.\n"
    d = read_draft(write(tmp_path, "d.eml", raw))
    for text in (d.subject, d.body, d.recipient):
        text.encode("utf-8")  # raises on a lone surrogate
    assert "\ufffd" in d.recipient and "\ufffd" in d.body


@pytest.mark.parametrize("text, first_line", [
    ("Subject: x\n\nDear P,\n", 3),
    ("Subject: x\nDear P,\n", 2),
    ("Dear P,\n", 1),
    ("\n\n\nDear P,\n", 4),
    ("Subject: x\r\n\r\n\r\nDear P,\r\n", 4),
])
def test_first_line_points_into_the_file(tmp_path, text, first_line):
    """Is the file line where the body starts recorded, so reported lines match the file?"""
    d = read_draft(write(tmp_path, "d.txt", text))
    assert d.first_line == first_line
    assert text.replace("\r\n", "\n").splitlines()[first_line - 1] == "Dear P,"


def test_first_line_unknown_for_email_and_html(tmp_path):
    """Are converted or parsed bodies (no simple line mapping) left without a file line?"""
    assert read_draft(EXAMPLES / "draft.eml").first_line is None
    assert read_draft(write(tmp_path, "d.txt", "<p>Dear P,</p><p>Thanks</p>")).first_line is None
