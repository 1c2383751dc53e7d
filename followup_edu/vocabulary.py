"""The shared vocabulary (``data/vocabulary.toml``): word lists and phrases several parts use.

A check reads its own registry entry and this table, never another principle's entry.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from ._toml import data_text, loads
from .errors import RegistryError
from .patterns import Phrase

#: every key of the table, and what it holds
KEYS: dict[str, type | tuple[type, ...]] = {
    "greeting_words": list, "generic_greetings": list, "closings": list, "closing_sentence_openers": list,
    "titles": list, "role_heads": list,
    "acronyms": list, "slang": list, "profanity": list, "generic_words": list,
    "experience_pattern": (str, dict), "sarcasm_pattern": (str, dict), "flattery_pattern": (str, dict), "bracket_pattern": (str, dict),
    "rejection_cue_pattern": (str, dict), "status_check_cue_pattern": (str, dict),
    "offer_cue_pattern": (str, dict), "informational_cue_pattern": (str, dict),
    "recent_thanks_pattern": (str, dict),
    "junk_values": list, "keyboard_rows": list,
    "mail_tags": list,
}


@lru_cache(maxsize=1)
def table() -> dict[str, Any]:
    raw = loads(data_text("data/vocabulary.toml"), "vocabulary.toml", RegistryError)
    for key, value in raw.items():
        if key not in KEYS:
            raise RegistryError(f"vocabulary.toml: unknown key '{key}'", key=key)
        if not isinstance(value, KEYS[key]):
            raise RegistryError(f"vocabulary.toml: '{key}' has the wrong type", key=key)
    for key in KEYS:
        if key not in raw:
            raise RegistryError(f"vocabulary.toml: missing key '{key}'", key=key)
    return raw


def load() -> None:
    """Read the table and make its phrases (so a draft's literal scan knows their literals)."""
    table()
    for key in KEYS:
        if key.endswith("_pattern"):
            pattern(key)


def items(key: str) -> Any:
    """The entry as written (a list of words or phrases, or a pattern's text)."""
    return table()[key]


@lru_cache(maxsize=None)
def words(key: str) -> frozenset[str]:
    """A word list, lowercased."""
    return frozenset(w.lower() for w in table()[key])


@lru_cache(maxsize=None)
def pattern(key: str, flags: int = 0) -> Phrase:
    """A phrase pattern, compiled on first use and guarded by its literals (written in lowercase,
    matched on lowered text unless said)."""
    try:
        return Phrase(table()[key], flags, f"vocabulary.toml '{key}'")
    except ValueError as exc:
        raise RegistryError(str(exc), key=key) from None


def is_generic(word: str, generic: frozenset[str]) -> bool:
    """Is the word one of the generic words in another number or the possessive ("leaders", "product",
    "team's", "companies")? A short word is not read as a singular ("new" is not one "news")."""
    if word in generic:
        return True
    base = word.split("'")[0].split("’")[0]
    if base in generic or (len(base) >= 4 and base + "s" in generic):
        return True
    if base.endswith("ies"):
        return base[:-3] + "y" in generic
    return base.endswith("s") and not base.endswith("ss") and base[:-1] in generic
