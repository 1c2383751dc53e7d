"""Helpers shared by the checks: building findings from a principle's messages."""
from __future__ import annotations

from ..model import Finding
from ..people import name_tokens
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
    """The first name, titles aside ("Dr. Priya Raman" -> "Priya")."""
    tokens = name_tokens(full or "")
    return tokens[0] if tokens else (full or "")
