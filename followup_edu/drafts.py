"""Read a draft from a file or standard input: a subject, a body and notes about how it was read.

Three shapes are understood:

* plain text, whose first line may be ``Subject: ...`` (then an optional blank line, then the body);
* an email message (``.eml``, or any file that starts with RFC 822 headers such as ``From:``,
  ``To:`` or ``MIME-Version:``), parsed with the standard library :mod:`email` package. The
  ``text/plain`` part is preferred; an HTML-only message is turned into plain text;
* ``-``: the same, read from standard input.

A plain-text draft whose body is really HTML (an email pasted from a web mail client) is also
turned into text, and a note says so. Nothing here prints; problems raise :class:`DraftError`
with one line a person can act on.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, Union

from . import _regex
from .errors import DraftError

if TYPE_CHECKING:
    from email.message import EmailMessage

# the email and html.parser packages are imported when a draft needs them (an .eml message, an
# HTML body): most drafts are plain text, and a command-line check should not wait for them

StdinLike = Union[bytes, str, IO[bytes], IO[str], None]


@dataclass(frozen=True)
class DraftInput:
    """A draft as read from a file: what the checker needs, plus notes for the person."""

    subject: str
    body: str
    notes: tuple[str, ...] = ()
    source: str = "<draft>"
    recipient: str | None = None  # the display name in an email's To: header, if any
    sent_at: str | None = None  # an email's Date: header, ISO 8601, if any
    first_line: int | None = None  # plain text: the file line where the body starts (for line:column)


# -- HTML to text ------------------------------------------------------------------------------
# a <div> is a line, as a browser shows it: mail clients write one a line and mark a blank line
# with <div><br></div>; <p> and the other block tags are paragraphs
_PARAGRAPH_TAGS = frozenset(
    "p h1 h2 h3 h4 h5 h6 ul ol table blockquote pre section article header footer "
    "address figure form fieldset dl hr main nav aside center".split()
)
_LINE_TAGS = frozenset("br div tr li dt dd caption".split())
_SKIP_TAGS = frozenset("script style head title template noscript svg".split())
_HTML_SIGNS = _regex.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|p|div|br|table|span|font|b|i|strong|em|a\s|ul|ol|li)\b[^>]*>",
    re.IGNORECASE,
)
_HTML_START = _regex.compile(r"\A\s*<(?:!doctype\s+html|html|head|body|meta|p|div|table)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _text_extractor() -> type:
    """The HTML-to-text parser class (html.parser is imported on first use)."""
    from html.parser import HTMLParser

    class _TextExtractor(HTMLParser):
        """Collect the visible text of an HTML document, keeping paragraphs and line breaks."""

        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self._skip = 0
            self._pre = 0

        def _newlines(self, n: int) -> None:
            """End the text so far with at least ``n`` line breaks (block tags do not stack up)."""
            have = 0
            for part in reversed(self.parts):
                stripped = part.rstrip(" ")
                have += len(stripped) - len(stripped.rstrip("\n"))
                if stripped.strip("\n"):
                    break
            if not self.parts:
                return
            if have < n:
                self.parts.append("\n" * (n - have))

        def handle_starttag(self, tag: str, attrs) -> None:  # noqa: ANN001 - HTMLParser's signature
            if tag in _SKIP_TAGS:
                self._skip += 1
            elif tag == "pre":
                self._pre += 1
                self._newlines(2)
            elif tag in _PARAGRAPH_TAGS:
                self._newlines(2)
            elif tag == "br":
                self.parts.append("\n")  # two <br> in a row make a blank line
            elif tag == "li":
                self._newlines(1)
                self.parts.append("- ")
            elif tag in _LINE_TAGS:
                self._newlines(1)
            elif tag in ("td", "th"):
                self.parts.append(" ")

        def handle_startendtag(self, tag: str, attrs) -> None:  # noqa: ANN001
            if tag in _SKIP_TAGS:
                return  # <script/> has no content to skip
            self.handle_starttag(tag, attrs)

        def handle_endtag(self, tag: str) -> None:
            if tag in _SKIP_TAGS:
                self._skip = max(0, self._skip - 1)
            elif tag == "pre":
                self._pre = max(0, self._pre - 1)
                self._newlines(2)
            elif tag in _PARAGRAPH_TAGS:
                self._newlines(2)
            elif tag in _LINE_TAGS and tag != "br":
                self._newlines(1)

        def handle_data(self, data: str) -> None:
            if self._skip:
                return
            data = data.replace("\u00a0", " ")
            if not self._pre:
                data = re.sub(r"\s+", " ", data)
            self.parts.append(data)

    return _TextExtractor


def html_to_text(html: str) -> str:
    """The visible text of an HTML email: paragraphs and line breaks kept, scripts and styles dropped,
    entities unescaped."""
    parser = _text_extractor()()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    lines = [line.strip() for line in text.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def looks_like_html(text: str) -> bool:
    """True for text that is an HTML document or fragment rather than prose mentioning a tag."""
    if _HTML_START.match(text):
        return True
    return len(_HTML_SIGNS.findall(text, 0, 20000)) >= 3 and bool(re.search(r"</\w+>", text[:20000]))


# -- decoding ----------------------------------------------------------------------------------
def _decode(raw: bytes, source: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DraftError(
            f"{source} is not UTF-8 text (undecodable byte 0x{raw[exc.start]:02x} at position {exc.start}); "
            "save it as UTF-8 and try again"
        ) from None


# field name: printable ASCII except colon; matched on the line read as Latin-1 (one character a
# byte, so it matches as it would on the bytes) to come from data/regex.bin like the others
_HEADER_LINE = _regex.compile(r"^[!-9;-~]+:[ \t]?.*$")
_EMAIL_HEADERS = (b"from", b"to", b"mime-version", b"message-id", b"date", b"cc", b"content-type", b"received", b"return-path")


def looks_like_email(raw: bytes) -> bool:
    """True when the bytes start with an RFC 822 header block naming more than a subject."""
    head = raw[:8192].lstrip(b"\xef\xbb\xbf")
    lines = head.replace(b"\r\n", b"\n").split(b"\n")
    if lines and lines[0].startswith(b"From "):  # mbox separator line
        lines = lines[1:]
    names: list[bytes] = []
    for line in lines:
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t") and names:
            continue  # a folded header continues
        if not _HEADER_LINE.match(line.decode("latin-1")):
            return False
        names.append(line.split(b":", 1)[0].strip().lower())
    return any(n in _EMAIL_HEADERS for n in names)


# -- the three shapes --------------------------------------------------------------------------
_SUBJECT_LINE = _regex.compile(r"\A[ \t]*subject[ \t]*:[ \t]*(?P<subject>[^\n]*)\n?", re.IGNORECASE)


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_text(text: str, source: str = "<draft>") -> DraftInput:
    """A plain-text draft: an optional ``Subject:`` first line, an optional blank line, the body."""
    text = _normalise(text.lstrip("\ufeff"))
    notes: list[str] = []
    subject = ""
    m = _SUBJECT_LINE.match(text)
    if m:
        subject = m.group("subject").strip()
        body = text[m.end():]
        blank = re.match(r"[ \t]*\n", body)
        if blank:
            body = body[blank.end():]
    else:
        body = text
        if text.strip():
            notes.append(f"{source} has no 'Subject:' first line, so the draft is checked without a subject")
    if looks_like_html(body):
        body = html_to_text(body)
        notes.append(f"the body of {source} is HTML; it was converted to plain text before checking")
        return _finish(subject, body, notes, source)
    draft = _finish(subject, body, notes, source)
    skipped = text[: len(text) - len(body)].count("\n") + (len(body) - len(body.lstrip("\n")))
    return replace(draft, first_line=skipped + 1)


_SURROGATE = _regex.compile(r"[\ud800-\udfff]")  # written as escapes: a lone surrogate is no UTF-8


def _clean(text: str) -> str:
    """Undo the email package's surrogate escapes: raw 8-bit header bytes are read as UTF-8 where they
    are valid, else shown as U+FFFD, so no lone surrogate reaches the checker or the output."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace") if not re.search(
        "[\ud800-\udc7f\udd00-\udfff]", text) else _SURROGATE.sub("\ufffd", text)


def _address_name(msg: EmailMessage, header: str) -> str | None:
    from email.headerregistry import Address

    try:
        value = msg[header]
        addresses = getattr(value, "addresses", ()) if value is not None else ()
    except (IndexError, ValueError, TypeError, AttributeError):
        return None
    for addr in addresses:
        if isinstance(addr, Address) and addr.display_name:
            return _clean(addr.display_name)
    return None


def _header_text(msg: EmailMessage, name: str) -> str:
    try:
        value = msg[name]
    except (IndexError, ValueError, TypeError, AttributeError):
        return ""
    return _clean(" ".join(str(value).split())) if value is not None else ""


def parse_email(raw: bytes, source: str = "<draft>") -> DraftInput:
    """An RFC 822 message: the subject header and the text/plain part (or the HTML part as text)."""
    from email import policy
    from email.message import EmailMessage
    from email.parser import BytesParser

    notes: list[str] = []
    raw = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
    if raw.startswith(b"From "):
        raw = raw.split(b"\n", 1)[1] if b"\n" in raw else b""
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(msg, EmailMessage)
    subject = _header_text(msg, "subject")
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        if msg.is_multipart() or msg.get_content_maintype() != "text":
            raise DraftError(f"{source} has no text/plain or text/html part to check")
        part = msg
    content = None
    if part.get_content_charset() in (None, "us-ascii", "ascii"):
        # no charset (or plain ASCII) declared, yet 8-bit bytes: most such files are really UTF-8
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes):
            try:
                content = payload.decode("utf-8")
            except UnicodeDecodeError:
                content = None
    try:
        if content is None:
            content = part.get_content()
    except LookupError:  # a charset Python does not know: read it as UTF-8 and say so
        payload = part.get_payload(decode=True) or b""
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else str(payload)
        notes.append(f"{source} declares an unknown charset ({part.get_content_charset()}); it was read as UTF-8")
    except (UnicodeError, ValueError, AssertionError) as exc:
        raise DraftError(f"{source}: cannot decode the message text ({exc})") from None
    if not isinstance(content, str):
        raise DraftError(f"{source} has no text to check")
    content = _clean(content)
    if not subject:
        notes.append(f"{source} has no Subject: header, so the draft is checked without a subject")
    charset = part.get_content_charset()
    if "\ufffd" in content:
        notes.append(f"some bytes of {source} could not be decoded as {charset or 'ASCII'} and show as �")
    if part.get_content_subtype() == "html":
        content = html_to_text(content)
        notes.append(f"{source} has only an HTML version; it was converted to plain text before checking")
    elif looks_like_html(content):
        content = html_to_text(content)
        notes.append(f"the text part of {source} is HTML; it was converted to plain text before checking")
    sent_at = None
    try:
        date = msg["date"]
        dt = getattr(date, "datetime", None) if date is not None else None
        sent_at = dt.isoformat() if dt is not None else None
    except (IndexError, ValueError, TypeError, AttributeError):
        sent_at = None
    draft = _finish(subject, _normalise(content), notes, source)
    return replace(draft, recipient=_address_name(msg, "to"), sent_at=sent_at)


def _finish(subject: str, body: str, notes: list[str], source: str) -> DraftInput:
    subject = " ".join(subject.split())
    body = body.strip("\n")
    if not body.strip():
        if subject:
            raise DraftError(f"{source} has a subject but no body to check")
        raise DraftError(f"{source} is empty; write the email first")
    return DraftInput(subject, body.rstrip() + "\n", tuple(notes), source)


def _read_stdin(stdin: StdinLike) -> bytes:
    if stdin is None:
        if sys.stdin is None:
            raise DraftError("there is no standard input to read the draft from")
        if sys.stdin.isatty():
            sys.stderr.write("Reading the draft from the keyboard; finish with Ctrl-D (Ctrl-Z, Enter on Windows).\n")
        stdin = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else sys.stdin
    if isinstance(stdin, bytes):
        return stdin
    if isinstance(stdin, str):
        return stdin.encode("utf-8", "surrogatepass")
    data = stdin.read()
    if isinstance(data, str):
        return data.encode("utf-8", "surrogatepass")
    return data


def parse_bytes(raw: bytes, source: str = "<draft>", *, email: bool | None = None) -> DraftInput:
    """Read a draft from bytes; ``email`` forces (True) or forbids (False) the message parser."""
    if email is None:
        email = looks_like_email(raw)
    if email:
        return parse_email(raw, source)
    return parse_text(_decode(raw, source), source)


def read_draft(path_or_dash: str | Path, stdin: StdinLike = None) -> DraftInput:
    """Read a draft from a path, or from standard input when given ``-``.

    ``stdin`` may be bytes, text or a stream (for tests); it defaults to ``sys.stdin``.
    Raises :class:`DraftError` for a missing, unreadable, undecodable or empty draft.
    """
    if str(path_or_dash) == "-":
        try:
            raw = _read_stdin(stdin)
        except OSError as exc:
            raise DraftError(f"cannot read standard input: {exc.strerror or exc}") from None
        return parse_bytes(raw, "standard input")
    path = Path(path_or_dash)
    source = str(path)
    try:
        raw = path.read_bytes()
    except IsADirectoryError:
        raise DraftError(f"{source} is a folder, not a draft file") from None
    except OSError as exc:
        raise DraftError(f"cannot read {source}: {exc.strerror or exc}") from None
    is_eml = path.suffix.lower() == ".eml" or None
    return parse_bytes(raw, source, email=is_eml)


__all__ = ["DraftInput", "read_draft", "parse_bytes", "parse_text", "parse_email", "html_to_text",
           "looks_like_html", "looks_like_email"]
