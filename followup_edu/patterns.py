"""Phrase patterns as the data writes them, and compiled once when first needed.

A pattern in the data is either one regular expression (a string) or, for long ones, a table in
the style of Vale's ``tokens:``: one alternative per line, joined here::

    [principles.tone.stiff_pattern]
    before = '\\b'                  # optional: put before the alternatives
    tokens = [
      'please find (?:attached|enclosed)',   # a space stands for any run of whitespace
      '\\bpursuant to\\b',
    ]
    after = ''                     # optional: put after them

Patterns are written in lowercase and matched on the lowered text unless their key says otherwise.
"""
from __future__ import annotations

import re
from typing import Any

TABLE_KEYS = ("before", "tokens", "after")


def source(spec: Any, where: str = "pattern") -> str:
    """The regular expression a pattern entry stands for."""
    if isinstance(spec, str):
        return spec
    if not isinstance(spec, dict):
        raise ValueError(f"{where} must be a text or a table with tokens")
    unknown = [k for k in spec if k not in TABLE_KEYS]
    if unknown:
        raise ValueError(f"{where}: unknown key '{unknown[0]}' (a pattern table has {', '.join(TABLE_KEYS)})")
    tokens = spec.get("tokens")
    if not isinstance(tokens, list) or not tokens or not all(isinstance(t, str) and t for t in tokens):
        raise ValueError(f"{where}: 'tokens' must be a list of phrases")
    return spec.get("before", "") + "(?:" + "|".join(t.replace(" ", r"\s+") for t in tokens) + ")" + spec.get("after", "")


def compile_pattern(spec: Any, flags: int = 0, where: str = "pattern") -> re.Pattern[str]:
    try:
        return re.compile(source(spec, where), flags)
    except re.error as exc:
        raise ValueError(f"{where} is not a valid pattern: {exc}") from None
