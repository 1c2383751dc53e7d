"""TOML reading for the package's data files, with errors that name the file."""
from __future__ import annotations

import tomllib
from typing import Any

TOMLDecodeError = tomllib.TOMLDecodeError


def loads(text: str, name: str = "data", error: type[Exception] | None = None) -> dict[str, Any]:
    """Parse TOML text; with ``error``, a syntax error becomes that error, naming the file."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        if error is None:
            raise
        raise error(f"{name} is not valid TOML: {exc}") from None
