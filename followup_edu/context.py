"""The interview context: who, what, when. Every field is optional."""
from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Mapping

from . import _regex
from .errors import ContextError
from .registry import all_kinds, formalities, regions

if TYPE_CHECKING:  # pathlib is imported where a file is read: a check without one does without it
    from pathlib import Path

INTERVIEW_TYPES = ("external", "internal", "panel")


_PLAIN_ISO = _regex.compile(r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?\Z")


def _parse_datetime(key: str, value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, str):
        text = value.strip()
        if _PLAIN_ISO.match(text):  # the usual form: the standard library reads it the same way
            try:
                return datetime.fromisoformat(text)
            except ValueError:
                pass  # e.g. 30 February: let dateutil say so
        from dateutil import parser as dateparser  # imported only for the rarer ISO 8601 forms

        try:
            return dateparser.isoparse(text)
        except (ValueError, OverflowError):
            raise ContextError(key, f"'{value}' is not an ISO 8601 date and time, e.g. 2026-03-03T10:00") from None
    raise ContextError(key, f"expected an ISO 8601 date and time, got {type(value).__name__}")


def _text(key: str, value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ContextError(key, f"expected text, got {type(value).__name__}")
    value = " ".join(value.split())
    return value or None


def _note(key: str, value: Any, example: str) -> str | None:
    """A short note in the learner's own words (fields added for the learner's notes): the error says
    what to write, in plain language."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ContextError(key, f"write this as a few words of text, for example “{example}”")
    value = " ".join(value.split())
    return value or None


def _notes(key: str, value: Any, example: str) -> tuple[str, ...]:
    """One or more short notes (text, or a list of texts), with a plain message for anything else."""
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, (list, tuple)) or not all(isinstance(v, str) for v in items):
        raise ContextError(key, f"write this as a few words of text, for example “{example}”")
    return tuple(v for v in (" ".join(item.split()) for item in items) if v)


def _day(key: str, value: Any, example: str) -> datetime | None:
    """A date the learner types (a time of day is optional), with a plain message when it cannot be read."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        text = value.strip()
        if _PLAIN_ISO.match(text):
            try:
                return datetime.fromisoformat(text)
            except ValueError:
                raise ContextError(key, f"“{value}” is not a day of the calendar: check the month and the day, "
                                        f"for example {example}.") from None
    shown = f"“{value}” is" if isinstance(value, str) else "This is"
    raise ContextError(key, f"{shown} not a date the checker can read. Write the day as year-month-day, "
                            f"for example {example}.")


def _listed(key: str, value: Any, choices: tuple[str, ...], what: str) -> str | None:
    """One of a short list the learner picks from, with a plain message naming the choices."""
    if value is None or value == "":
        return None
    text = value.strip().lower() if isinstance(value, str) else None
    if text not in choices:
        shown = f"“{value}” is" if isinstance(value, str) else "This is"
        raise ContextError(key, f"{shown} not a {what} the checker knows. Choose one of: {', '.join(choices)}.")
    return text


def _text_list(key: str, value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)):
        raise ContextError(key, f"expected a list of text, got {type(value).__name__}")
    out = []
    for item in value:
        if not isinstance(item, str):
            raise ContextError(key, f"expected a list of text, found {type(item).__name__}")
        item = " ".join(item.split())
        if item:
            out.append(item)
    return tuple(out)


def _choice(key: str, value: Any, choices: tuple[str, ...]) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or value.strip().lower().replace("-", "_") not in choices:
        raise ContextError(key, f"'{value}' is not one of {', '.join(choices)}")
    return value.strip().lower().replace("-", "_")


_KEYS: dict[type, tuple[str, ...]] = {}  # each context class's field names, read once


@dataclass(frozen=True)
class Context:
    """What is known about the interview. More context makes sharper checks.

    Datetimes may be given as ``datetime`` objects or ISO 8601 strings.
    """

    candidate_name: str | None = None
    interviewers: tuple[str, ...] = ()
    recipient: str | None = None
    company: str | None = None
    role: str | None = None
    interview_type: str | None = None
    kind: str | None = None
    interview_at: datetime | None = None
    sent_at: datetime | None = None
    previous_sent_at: datetime | None = None
    topics: tuple[str, ...] = ()
    #: the answer the learner feels went less well, in a few words ("handling messy data"): the
    #: clarify principle checks that the email mends it briefly; without it, clarify skips
    weak_answer: str | None = None
    #: what the learner said they would send ("a link to my portfolio"): the email must carry a link
    #: or say what is attached (principle materials); without it, that check skips
    promised: tuple[str, ...] = ()
    #: the date the employer said they would decide or be in touch by: a check-in waits until it has
    #: passed (principle timing)
    decision_by: datetime | None = None
    #: where the reader is (a region of the registry: "uk", "us", "de", ...), and how formal the
    #: setting is ("relaxed", "standard", "formal"): they adjust greeting and closing conventions
    region: str | None = None
    formality: str | None = None

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        for key in ("candidate_name", "recipient", "company", "role"):
            set_(self, key, _text(key, getattr(self, key)))
        for key in ("interviewers", "topics"):
            set_(self, key, _text_list(key, getattr(self, key)))
        set_(self, "interview_type", _choice("interview_type", self.interview_type, INTERVIEW_TYPES))
        set_(self, "kind", _choice("kind", self.kind, all_kinds()))
        for key in ("interview_at", "sent_at", "previous_sent_at"):
            set_(self, key, _parse_datetime(key, getattr(self, key)))
        set_(self, "weak_answer", _note("weak_answer", self.weak_answer, "my answer about handling messy data"))
        set_(self, "promised", _notes("promised", self.promised, "a link to my portfolio"))
        set_(self, "decision_by", _day("decision_by", self.decision_by, "2026-03-20"))
        set_(self, "region", _listed("region", self.region, tuple(regions()), "region"))
        set_(self, "formality", _listed("formality", self.formality, formalities(), "level of formality"))

    # -- conveniences -------------------------------------------------
    @property
    def effective_kind(self) -> str:
        return self.kind or "thank_you"

    @property
    def is_internal(self) -> bool:
        return self.interview_type == "internal"

    @property
    def people(self) -> tuple[str, ...]:
        """Every person named in the context (recipient first)."""
        seen: list[str] = []
        for name in (self.recipient, *self.interviewers):
            if name and name not in seen:
                seen.append(name)
        return tuple(seen)

    @property
    def effective_formality(self) -> str:
        """How formal the setting is: as given, else the region's usual level, else "standard"."""
        if self.formality:
            return self.formality
        return regions().get(self.region or "", {}).get("formality", "standard")

    @property
    def where(self) -> str:
        """The setting in words, for messages: "a formal setting", "Germany"..."""
        if self.region and not self.formality:
            return regions()[self.region]["label"]
        return f"a {self.effective_formality} setting"

    def with_recipient(self, recipient: str | None) -> "Context":
        return replace(self, recipient=recipient)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, datetime):
                value = value.isoformat()
            elif isinstance(value, tuple):
                value = list(value)
            if value not in (None, []):
                out[f.name] = value
        return out

    # -- construction ---------------------------------------------------
    @classmethod
    def keys(cls) -> tuple[str, ...]:
        got = _KEYS.get(cls)
        if got is None:
            got = _KEYS[cls] = tuple(f.name for f in fields(cls))
        return got

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Context":
        if not isinstance(data, Mapping):
            raise ContextError("(top level)", "expected a table/object of context keys")
        known = cls.keys()
        unknown = [k for k in data if k not in known]
        if unknown:
            raise ContextError(str(unknown[0]), f"unknown key; the known keys are {', '.join(cls.keys())}")
        return cls(**dict(data))

    @classmethod
    def from_file(cls, path: str | Path) -> "Context":
        """Read a context from a ``.json`` or ``.toml`` file."""
        from pathlib import Path

        path = Path(path)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise ContextError("(file)", f"cannot read {path}: {exc.strerror or exc}") from None
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ContextError("(file)", f"{path} is not UTF-8 text") from None
        if path.suffix.lower() == ".toml":
            try:
                import tomllib  # type: ignore[import-not-found]
            except ModuleNotFoundError:  # Python 3.10
                import tomli as tomllib  # type: ignore[no-redef]
            try:
                data = tomllib.loads(text)
            except tomllib.TOMLDecodeError as exc:
                raise ContextError("(file)", f"{path} is not valid TOML: {exc}") from None
        else:
            try:
                data = json.loads(text)
            except json.JSONDecodeError as exc:
                raise ContextError("(file)", f"{path} is not valid JSON: {exc.msg} at line {exc.lineno}") from None
        return cls.from_dict(data)


def coerce_context(context: Context | Mapping[str, Any] | None) -> Context:
    if context is None:
        return Context()
    if isinstance(context, Context):
        return context
    return Context.from_dict(context)


def hours_between(start: datetime, end: datetime) -> float:
    """Hours from start to end; a naive datetime is taken in the other's zone (UTC if both naive)."""
    if (start.tzinfo is None) != (end.tzinfo is None):
        tz = start.tzinfo or end.tzinfo
        start = start if start.tzinfo else start.replace(tzinfo=tz)
        end = end if end.tzinfo else end.replace(tzinfo=tz)
    return (end - start).total_seconds() / 3600.0


def next_day_after_morning(interview: datetime, sent: datetime, before_hour: int) -> bool:
    """Did a thank-you go out on a later day than a morning interview (an interview starting before
    ``before_hour``), reading the day on the interview's own clock? The checker's timing check and
    the send-by calculator share this rule."""
    if sent.tzinfo is not None and interview.tzinfo is not None:
        sent = sent.astimezone(interview.tzinfo)
    return interview.hour < before_hour and sent.date() > interview.date()


__all__ = ["Context", "coerce_context", "hours_between", "next_day_after_morning", "INTERVIEW_TYPES", "all_kinds"]
