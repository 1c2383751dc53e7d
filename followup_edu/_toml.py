"""Reading the package's data files, with TOML errors that name the file.

The registry, the shared vocabulary, the synonym groups, the look-alike characters and the rubric
are read on every cold start, and tomllib (pure Python) takes longer over them than the JSON
parser (C). So ``tools/build_word_index.py`` also writes ``data/prebuilt.json``: each file's
parsed content under the SHA-1 of its text. ``loads`` uses that copy only when the text it was
given has the same hash, so an edited file is always read afresh: the prebuilt copy can be stale,
never wrong. tomllib itself is imported only then.

A fresh process pays for every module it imports, so the files are read straight from the
package's folder (``importlib.resources``, with the tempfile, zipfile and shutil modules it brings,
is used only when the package is not a folder, as inside a zip file), and SHA-1 comes from
CPython's own small module rather than through hashlib, which loads OpenSSL first.
"""
from __future__ import annotations

import json
import os
from functools import lru_cache
from typing import Any

try:  # the same digest as hashlib.sha1, without loading OpenSSL
    from _sha1 import sha1
except ImportError:  # pragma: no cover - other Pythons
    from hashlib import sha1

PREBUILT = "data/prebuilt.json"
#: the files data/prebuilt.json holds, parsed (the synonym stems are prebuilt too, see lexicon)
PREBUILT_FILES = ("principles.toml", "vocabulary.toml", "synonyms.toml", "lookalikes.toml", "rubric.toml")
_HERE = os.path.dirname(os.path.abspath(__file__))


def _resource():
    from importlib import resources

    return resources.files("followup_edu")


def data_text(name: str) -> str:
    """A text file shipped in the package (``name`` such as ``data/principles.toml``), as UTF-8."""
    try:
        with open(os.path.join(_HERE, name), encoding="utf-8") as f:
            return f.read()
    except OSError:
        if os.path.isdir(_HERE):
            raise
        return _resource().joinpath(name).read_text("utf-8")


def data_bytes(name: str) -> bytes:
    """A file shipped in the package, as bytes."""
    try:
        with open(os.path.join(_HERE, name), "rb") as f:
            return f.read()
    except OSError:
        if os.path.isdir(_HERE):
            raise
        return _resource().joinpath(name).read_bytes()


def data_mapped(name: str) -> Any:
    """A file shipped in the package, memory-mapped read-only where it can be (else its bytes): a
    large file, of which a lookup reads a few pages, opens without being read whole."""
    try:
        import mmap

        with open(os.path.join(_HERE, name), "rb") as f:
            return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError, ImportError):  # no such file (a zip), an empty file, no mmap
        return data_bytes(name)


def text_key(text: str) -> str:
    """The SHA-1 of a text (UTF-8), in hex: how the prebuilt files name what they were built from."""
    return sha1(text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def _prebuilt() -> dict[str, Any]:
    try:
        return json.loads(data_text(PREBUILT))
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
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        if error is None:
            raise
        raise error(f"{name} is not valid TOML: {exc}") from None
