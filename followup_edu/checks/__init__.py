"""The checks: one module per principle, each a pure function ``check(draft, ctx, p) -> list[Finding]``.

A module's name is its principle id. ``distinct`` compares several drafts and lives in
:mod:`followup_edu.checks.distinct` with its own signature.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import import_module
from typing import Callable

SINGLE = (
    "subject", "greeting", "gratitude", "personalization", "interest", "fit",
    "next_steps", "signoff", "length", "tone", "spelling", "names", "placeholders", "timing",
)


@lru_cache(maxsize=1)
def registered() -> dict[str, Callable]:
    """Every single-draft check, by principle id, in teaching order."""
    return {pid: import_module(f"{__name__}.{pid}").check for pid in SINGLE}
