"""The course's scenarios (scenarios.toml) as checker contexts, and the grade-cell layout they imply."""
from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from ..context import Context
from ..registry import principle

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


@dataclass(frozen=True)
class Email:
    """One email a task asks for: its key, the context the checker gets, the answer variable names."""

    key: str
    context: Context
    principles: tuple[str, ...]
    subject_var: str
    body_var: str | None     # None for subject-only tasks
    prefix: str              # "" or "<key>-" in grade ids


@dataclass(frozen=True)
class Task:
    id: str
    title: str
    emails: tuple[Email, ...]
    panel: bool
    subject_only: bool

    def email(self, key: str) -> Email:
        for e in self.emails:
            if e.key == key:
                return e
        raise KeyError(f"task {self.id!r} has no email {key!r}")

    @property
    def answer_names(self) -> tuple[str, ...]:
        out: list[str] = []
        for e in self.emails:
            out.append(e.subject_var)
            if e.body_var:
                out.append(e.body_var)
        return tuple(out)

    def grade_cells(self) -> list[tuple[str, str, str | None, int]]:
        """``(grade_id, principle_id, email_key, points)`` for every grade cell, in order."""
        cells = []
        for e in self.emails:
            for pid in e.principles:
                cells.append((e.prefix + pid, pid, e.key, principle(pid).weight))
        if self.panel:
            cells.append(("distinct", "distinct", None, principle("distinct").weight))
        return cells

    def resolve(self, grade_id: str) -> tuple[str, Email | None]:
        """The principle id and email a grade id names."""
        if grade_id == "distinct" and self.panel:
            return "distinct", None
        for e in self.emails:
            if e.prefix and grade_id.startswith(e.prefix):
                pid = grade_id[len(e.prefix):]
            elif not e.prefix:
                pid = grade_id
            else:
                continue
            if pid in e.principles:
                return pid, e
        raise KeyError(f"task {self.id!r} has no grade cell {grade_id!r}")


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    text = resources.files("followup_edu.grading").joinpath("scenarios.toml").read_text("utf-8")
    return tomllib.loads(text)


def attempt_rules() -> dict[str, Any]:
    return _data()["attempt"]


def task_ids() -> tuple[str, ...]:
    return tuple(k for k in _data() if k != "attempt")


@lru_cache(maxsize=None)
def task(task_id: str) -> Task:
    data = _data()
    if task_id not in data or task_id == "attempt":
        raise KeyError(f"unknown task {task_id!r}; known: {', '.join(task_ids())}")
    t = data[task_id]
    shared = dict(t.get("context", {}))
    keys = list(t["emails"])
    single = len(keys) == 1
    subject_only = bool(t.get("subject_only", False))
    emails = []
    for key in keys:
        spec = t["emails"][key] or {}
        ctx = dict(shared)
        ctx.update(spec.get("context", {}))
        if "recipient" in spec:
            ctx["recipient"] = spec["recipient"]
        prefix = "" if single else f"{key}-"
        subject_var = "subject" if single else f"{key}_subject"
        body_var = None if subject_only else ("body" if single else f"{key}_body")
        pids = tuple(spec.get("principles", t["principles"]))
        emails.append(Email(key, Context.from_dict(ctx), pids, subject_var, body_var, prefix))
    return Task(task_id, t["title"], tuple(emails), bool(t.get("panel", False)), subject_only)
