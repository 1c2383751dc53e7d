"""The checks: one module per principle, ``followup_edu/checks/<id>.py``, found from the registry.

A module of a single-draft principle (``scope = "email"``) defines ``check(draft, ctx, p) ->
list[Finding]``; one of a panel principle (``scope = "panel"``, such as ``distinct``) defines
``check(reports, ctx, p)``. Each declares what it reads from its registry entry: ``DATA`` (keys)
and ``MESSAGES`` (message keys). Loading the checks validates the registry against them, so a key
nobody reads or a message nobody wrote is an error naming the key, not a silent no-op.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import import_module
from typing import Callable

from .. import registry, vocabulary
from ..errors import RegistryError


def _module(pid: str):
    try:
        module = import_module(f"{__name__}.{pid}")
    except ModuleNotFoundError as exc:
        if exc.name != f"{__name__}.{pid}":
            raise
        raise RegistryError(f"principle '{pid}' has no check: add followup_edu/checks/{pid}.py", key=pid) from None
    for attr in ("check", "DATA", "MESSAGES"):
        if not hasattr(module, attr):
            raise RegistryError(f"followup_edu/checks/{pid}.py defines no {attr}", key=pid)
    registry.validate_uses(pid, tuple(module.DATA), tuple(module.MESSAGES), f"checks/{pid}.py")
    return module


@lru_cache(maxsize=1)
def registered() -> dict[str, Callable]:
    """Every single-draft check, by principle id, in teaching order."""
    vocabulary.load()
    return {pid: _module(pid).check for pid in registry.single_ids()}


@lru_cache(maxsize=1)
def panel_checks() -> dict[str, Callable]:
    """Every check that compares a panel's emails, by principle id."""
    return {pid: _module(pid).check for pid in registry.panel_ids()}


def validate() -> None:
    """Load every check and validate the registry against what they read."""
    registered()
    panel_checks()


def reload() -> None:
    """Read the registry again and rediscover the checks (for tools and tests)."""
    registry.reload()
    registered.cache_clear()
    panel_checks.cache_clear()
