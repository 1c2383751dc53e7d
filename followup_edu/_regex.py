"""The phrase patterns' regular expressions, compiled ahead of time for a quick first check.

Python compiles a regular expression in Python code (``re._parser`` and ``re._compiler``), at
about two microseconds per character, and only the last step, which hands the engine its code,
is in C. The phrase patterns a first check needs run to some 15,000 characters, which made
compiling them a third of a fresh process's time. So ``tools/build_word_index.py`` also writes
``data/regex.bin``: for every phrase pattern of ``principles.toml`` and ``vocabulary.toml`` (whole
and token by token), and every other expression this module is asked for while sample drafts are
parsed (the parser's greeting and closing patterns, made from the vocabulary), the engine code
``re.compile`` makes of it. :func:`compile` gives that code
to the engine directly (``_sre.compile``, the call that ends ``re.compile``) and so returns the
very pattern ``re.compile`` would (patterns compare equal when their code is equal, which
tests/test_startup.py checks for every entry).

The engine's code differs between Python versions, so the file names the interpreter and engine
it was built with, and is used only by that same one. Anything else (another Python, a pattern
edited since the file was built, a damaged entry, which the engine refuses) is compiled by
``re.compile`` as usual: the file can be stale or foreign, never wrong.

File layout: a JSON header line (format, interpreter tag, engine MAGIC and CODESIZE, and for each
pattern, keyed by :func:`key`, where its code lies and the rest of what the engine needs), then
each pattern's code as zlib-compressed little-endian unsigned 32-bit words.
"""
from __future__ import annotations

import json
import re
import sys
import zlib
from array import array
from functools import lru_cache
from typing import Any

from ._toml import data_bytes, text_key

FILE = "data/regex.bin"
_MAGIC = "followup-edu compiled patterns"
#: every (expression, flags) :func:`compile` was asked for in this process, from the package's first
#: import on (module-level patterns included): what tools/build_word_index.py stores
_asked: set[tuple[str, int]] = set()


def key(src: str, flags: int) -> str:
    """How data/regex.bin names a pattern: the SHA-1 of its flags and expression."""
    return text_key(f"{int(flags)}:{src}")


def engine() -> dict[str, Any]:
    """What the stored code depends on: the interpreter and its regular expression engine."""
    import _sre

    return {"tag": sys.implementation.cache_tag, "magic": _sre.MAGIC, "codesize": _sre.CODESIZE,
            "maxunicode": sys.maxunicode}


def encode(entries: dict[str, tuple[str, int]]) -> bytes:
    """The bytes of data/regex.bin for these patterns (key -> (expression, flags)), compiled by
    this interpreter; the same input gives the same bytes."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    index: dict[str, list[Any]] = {}
    blob = bytearray()
    for k in sorted(entries):
        src, flags = entries[k]
        parsed = _parser.parse(src, flags)
        code = array("I", _compiler._code(parsed, flags))
        if sys.byteorder != "little":
            code.byteswap()
        packed = zlib.compress(code.tobytes(), 9)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        index[k] = [len(blob), len(packed), flags | parsed.state.flags, parsed.state.groups - 1, groupindex, indexgroup]
        blob += packed
    header = {"format": _MAGIC, "version": 1, **engine(), "patterns": index}
    return json.dumps(header, ensure_ascii=True, sort_keys=True, separators=(",", ":")).encode() + b"\n" + bytes(blob)


@lru_cache(maxsize=1)
def _stored() -> tuple[dict[str, list[Any]], bytes]:
    """The index and code of data/regex.bin, or nothing when it is missing or for another engine."""
    try:
        data = data_bytes(FILE)
        head, _, blob = data.partition(b"\n")
        meta = json.loads(head)
        if meta.get("format") != _MAGIC or any(meta.get(k) != v for k, v in engine().items()):
            return {}, b""
        return meta["patterns"], blob
    except (OSError, ValueError, ImportError, AttributeError):
        return {}, b""


def stored(src: str, flags: int = 0) -> re.Pattern[str] | None:
    """The pattern made from the stored code, or None when there is none (or it is refused)."""
    index, blob = _stored()
    entry = index.get(key(src, flags)) if index else None
    if entry is None:
        return None
    try:
        import _sre

        start, size, final_flags, groups, groupindex, indexgroup = entry
        code = array("I")
        code.frombytes(zlib.decompress(blob[start:start + size]))
        if sys.byteorder != "little":
            code.byteswap()
        return _sre.compile(src, final_flags, code.tolist(), groups, groupindex, tuple(indexgroup))
    except Exception:  # a damaged or foreign entry: the engine refuses it, and re.compile decides
        return None


def compile(src: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(src, flags)``, from the stored code when there is some for this pattern."""
    _asked.add((src, int(flags)))
    return stored(src, flags) or re.compile(src, flags)


def recorded() -> list[tuple[str, int]]:
    """Every (expression, flags) :func:`compile` was asked for in this process, sorted."""
    return sorted(_asked)
