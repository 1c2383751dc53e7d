"""Notes taken right after an interview, and what they become: the interview details the checker
and the planner use, and a short to-do list before writing.

Pure functions and data (no widgets). The people are noted one per line as
``Name (address): what you talked about``; the address and the topic are optional. Messages are
data in ``data/notes.toml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from importlib import resources
from typing import Any

from .context import Context
from .schedule import day

try:
    import tomllib  # type: ignore[import-not-found]
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

_PERSON = re.compile(r"^\s*(?P<name>[^():]+?)\s*(?:\((?P<address>[^()]*)\))?\s*(?::\s*(?P<topic>.*))?$")
_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


@lru_cache(maxsize=1)
def messages() -> dict[str, str]:
    text = resources.files("followup_edu").joinpath("data/notes.toml").read_text("utf-8")
    return tomllib.loads(text)["messages"]


@dataclass(frozen=True)
class Person:
    name: str
    topic: str = ""
    address: str = ""


def parse_people(text: str) -> list[Person]:
    """One person per non-empty line: ``Priya Raman (priya@northwind.example): the dashboard rollout``."""
    people = []
    for line in text.splitlines():
        if not line.strip():
            continue
        m = _PERSON.match(line)
        if not m or not m.group("name").strip():
            continue
        address = _ADDRESS.search(m.group("address") or "")
        people.append(Person(" ".join(m.group("name").split()), (m.group("topic") or "").strip(),
                             address.group() if address else ""))
    return people


@dataclass(frozen=True)
class InterviewNotes:
    candidate_name: str = ""
    company: str = ""
    role: str = ""
    interview_at: datetime | None = None
    people: tuple[Person, ...] = ()
    weak_answer: str = ""         # the answer that went less well, in a few words (the clarify check looks for its mend)
    promised: str = ""            # materials you said you would send
    stated_by: date | None = None  # when they said they would decide
    region: str = ""              # where the reader works ("uk", "de", ...): the registry's regions
    formality: str = ""           # how formal their setting is ("relaxed", "standard", "formal")
    extra_topics: tuple[str, ...] = field(default_factory=tuple)

    def context(self) -> Context:
        """The interview details as the checker takes them (the first person is the one you write to)."""
        names = tuple(p.name for p in self.people)
        topics = tuple(t for t in (*(p.topic for p in self.people), *self.extra_topics) if t)
        return Context(candidate_name=self.candidate_name or None, interviewers=names,
                       recipient=names[0] if names else None, company=self.company or None,
                       role=self.role or None, interview_type="panel" if len(names) > 1 else "external",
                       kind="thank_you", interview_at=self.interview_at, topics=topics,
                       weak_answer=self.weak_answer.strip() or None,
                       promised=(self.promised.strip(),) if self.promised.strip() else (),
                       decision_by=datetime(self.stated_by.year, self.stated_by.month, self.stated_by.day)
                       if self.stated_by else None, region=self.region or None, formality=self.formality or None)

    def todo(self) -> list[tuple[str, str]]:
        """``(kind, message)`` pairs: ``missing`` (note it before writing), ``remember`` (something to do in
        the email) or ``noted``."""
        msg = messages()
        out: list[tuple[str, str]] = []
        if not self.people:
            out.append(("missing", msg["no_people"]))
        for p in self.people:
            if not p.topic:
                out.append(("missing", msg["no_topic"].format(name=p.name)))
            if not p.address:
                out.append(("missing", msg["no_address"].format(name=p.name)))
        for p in self.people:
            out.append(("remember", msg["spelling"].format(name=p.name)))
        if self.weak_answer.strip():
            out.append(("remember", msg["mend"].format(what=self.weak_answer.strip())))
        if self.promised.strip():
            out.append(("remember", msg["promised"].format(what=self.promised.strip())))
        out.append(("noted", msg["stated"].format(stated=day(self.stated_by)) if self.stated_by else msg["no_stated"]))
        if self.people and all(kind != "missing" for kind, _ in out):
            out.append(("noted", msg["ready"]))
        return out


def notes_from(values: dict[str, Any]) -> InterviewNotes:
    """Notes from the notes form's raw values (strings, a datetime, a date)."""
    return InterviewNotes(candidate_name=(values.get("candidate_name") or "").strip(),
                          company=(values.get("company") or "").strip(), role=(values.get("role") or "").strip(),
                          interview_at=values.get("interview_at"),
                          people=tuple(parse_people(values.get("people") or "")),
                          weak_answer=values.get("weak_answer") or "", promised=values.get("promised") or "",
                          stated_by=values.get("stated_by"), region=values.get("region") or "",
                          formality=values.get("formality") or "")
