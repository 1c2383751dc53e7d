"""The data a check returns: findings and reports. No rendering here."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

# The one status vocabulary. Every layer (scoring, grading, rendering, widgets, benchmarks) uses
# these names rather than writing its own table.
STATUSES = ("pass", "warn", "fail", "skip")
#: worst-of order: a principle's status is the most severe of its findings
SEVERITY = {"skip": 0, "pass": 1, "warn": 2, "fail": 3}
#: share of a principle's weight each status earns; ``skip`` earns none because it does not
#: count at all (the principle drops out of the score and the other weights rescale)
CREDIT = {"pass": 1.0, "warn": 0.5, "fail": 0.0}
#: the statuses that ask the writer to change something
PROBLEMS = ("warn", "fail")


@dataclass(frozen=True)
class Finding:
    """One verdict of one principle about one draft.

    ``span`` is ``(start, end)`` into the text named by ``field`` (``"body"`` or
    ``"subject"``), or ``None`` when the finding is about the draft as a whole.
    """

    check: str
    status: str
    message: str
    span: tuple[int, int] | None = None
    suggestion: str | None = None
    field: str = "body"

    def __init__(self, check: str, status: str, message: str, span: tuple[int, int] | None = None,
                 suggestion: str | None = None, field: str = "body") -> None:
        # (written out, not generated: every check builds findings on every draft, and filling the
        # instance's dictionary is cheaper than the frozen class's guarded assignments)
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        d = self.__dict__
        d["check"], d["status"], d["message"], d["span"], d["suggestion"], d["field"] = \
            check, status, message, span, suggestion, field

    def to_dict(self) -> dict[str, Any]:
        return {
            "check": self.check,
            "status": self.status,
            "message": self.message,
            "span": list(self.span) if self.span else None,
            "suggestion": self.suggestion,
            "field": self.field,
        }


def worst(statuses: Iterable[str], default: str = "skip") -> str:
    """The most severe of some statuses (``default`` when there are none)."""
    return max(statuses, key=SEVERITY.__getitem__, default=default)


def credit(status: str) -> float | None:
    """The share of a principle's weight a status earns, or None for ``skip`` (it does not count)."""
    return CREDIT.get(status)


def is_problem(status: str) -> bool:
    return status in PROBLEMS


def score(statuses: Mapping[str, str], weights: Mapping[str, float]) -> int:
    """0-100 from each principle's status and weight: credit times weight over the weights that
    count (skipped principles drop out); 0 when nothing counts."""
    counted = {pid: s for pid, s in statuses.items() if s in CREDIT}
    total = sum(weights[pid] for pid in counted)
    if not total:
        return 0
    return round(100 * sum(weights[pid] * CREDIT[s] for pid, s in counted.items()) / total)


@dataclass
class Report:
    """Everything the checker says about one draft."""

    subject: str
    body: str
    findings: list[Finding]
    score: int
    recipient: str | None = None
    #: what the checker assumed (the kind of email it inferred from the text), in plain words
    notes: list[str] = field(default_factory=list)

    def status_of(self, check: str) -> str:
        """The worst status among the findings of one principle."""
        return worst(f.status for f in self.findings if f.check == check)

    def by_check(self) -> dict[str, list[Finding]]:
        out: dict[str, list[Finding]] = {}
        for f in self.findings:
            out.setdefault(f.check, []).append(f)
        return out

    @property
    def statuses(self) -> dict[str, str]:
        """Each principle's worst status (the first of equals), in the order the findings come."""
        out: dict[str, str] = {}
        severity = SEVERITY
        for f in self.findings:
            seen = out.get(f.check)
            if seen is None or severity[f.status] > severity[seen]:
                out[f.check] = f.status
        return out

    @property
    def problems(self) -> list[Finding]:
        return [f for f in self.findings if f.status in PROBLEMS]

    @property
    def ok(self) -> bool:
        """True when no finding fails."""
        return all(f.status != "fail" for f in self.findings)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "score": self.score,
            "ok": self.ok,
            "statuses": self.statuses,
            "findings": [f.to_dict() for f in self.findings],
        }
        if self.recipient is not None:
            out["recipient"] = self.recipient
        if self.notes:
            out["notes"] = list(self.notes)
        return out


@dataclass
class PanelReport:
    """Reports for several emails to several interviewers, plus the ``distinct`` findings."""

    reports: list[Report]
    findings: list[Finding]
    score: int

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.reports) and all(f.status != "fail" for f in self.findings)

    def status_of(self, check: str) -> str:
        if check == "distinct":
            return worst(f.status for f in self.findings)
        return worst(r.status_of(check) for r in self.reports)

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "ok": self.ok,
            "findings": [f.to_dict() for f in self.findings],
            "emails": [r.to_dict() for r in self.reports],
        }
