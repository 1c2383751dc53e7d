"""TOML reading for the package's data files: the one place that picks tomllib or, on Python 3.10,
its backport tomli."""
from __future__ import annotations

import sys
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10
    import tomli as tomllib

TOMLDecodeError = tomllib.TOMLDecodeError


def loads(text: str, name: str = "data", error: type[Exception] | None = None) -> dict[str, Any]:
    """Parse TOML text; with ``error``, a syntax error becomes that error, naming the file."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        if error is None:
            raise
        raise error(f"{name} is not valid TOML: {exc}") from None
