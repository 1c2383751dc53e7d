"""Helpers shared by the checks: building findings from a principle's messages."""
from __future__ import annotations

from ..model import Finding
from ..registry import Principle
from ..text import quote


def finding(p: Principle, status: str, key: str, span=None, *, suggestion: str | None = None,
            field: str = "body", **values) -> Finding:
    if "quote" in values and isinstance(values["quote"], str):
        values["quote"] = quote(values["quote"])
    return Finding(p.id, status, p.message(key, **values), tuple(span) if span else None, suggestion, field)


def skip(p: Principle, message: str) -> Finding:
    return Finding(p.id, "skip", message)


def first_name(full: str | None) -> str:
    if not full:
        return ""
    parts = [w for w in full.replace(",", " ").split() if w.rstrip(".").lower() not in {"mr", "mrs", "ms", "mx", "dr", "prof"}]
    return parts[0] if parts else full


def last_name(full: str | None) -> str:
    if not full:
        return ""
    parts = full.split()
    return parts[-1] if parts else full
