"""TOML reading for the package's data files, with errors that name the file.

The registry, the shared vocabulary and the synonym groups are read on every cold start, and
tomllib (pure Python) takes longer over them than the JSON parser (C). So
``tools/build_word_index.py`` also writes ``data/prebuilt.json``: each file's parsed content under
the SHA-1 of its text. ``loads`` uses that copy only when the text it was given has the same hash,
so an edited file is always read afresh: the prebuilt copy can be stale, never wrong.
"""
from __future__ import annotations

import hashlib
import json
import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any

PREBUILT = "data/prebuilt.json"


def text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def _prebuilt() -> dict[str, Any]:
    try:
        return json.loads(resources.files("followup_edu").joinpath(PREBUILT).read_text("utf-8"))
    except (OSError, ValueError):
        return {}


def prebuilt(kind: str, text: str) -> Any:
    """What was prebuilt for this exact text (None when the text changed since)."""
    entry = _prebuilt().get(kind)
    if isinstance(entry, dict) and entry.get("sha1") == text_key(text):
        return entry.get("data")
    return None


def loads(text: str, name: str = "data", error: type[Exception] | None = None) -> dict[str, Any]:
    """Parse TOML text; with ``error``, a syntax error becomes that error, naming the file."""
    ready = prebuilt(name, text)
    if ready is not None:
        return ready
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        if error is None:
            raise
        raise error(f"{name} is not valid TOML: {exc}") from None
