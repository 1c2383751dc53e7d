"""The principle registry, read once from ``data/principles.toml`` and validated as it loads.

The registry is the one list of principles: check discovery, scoring, reports, the CLI's list,
the test tables and the corpus tools all take their ids from here, in the file's order.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Mapping

from ._toml import data_text, loads
from .errors import RegistryError
from .patterns import Phrase

#: the fields every entry has, besides its check's own keys and ``messages``
REQUIRED = ("title", "summary", "why", "lesson", "weight", "kinds")
OPTIONAL = ("scope", "needs")
SCOPES = ("email", "panel")
SETTINGS = ("detail_chars", "messages", "kinds", "formalities", "regions")


class _Default(dict):
    def __missing__(self, key: str) -> str:
        return ""


def fill(template: str, values: Mapping[str, Any]) -> str:
    """Fill a message template; unknown placeholders become empty."""
    return template.format_map(_Default(values))


@dataclass(frozen=True)
class Principle:
    """One principle: its id, its words, its thresholds and its messages."""

    id: str
    title: str
    summary: str
    why: str
    lesson: str
    weight: float
    kinds: tuple[str, ...]
    messages: Mapping[str, str]
    data: Mapping[str, Any] = field(repr=False)
    scope: str = "email"
    #: context fields without which the check skips (only the learner can give them: the answer to
    #: mend, say); corpora that never give them leave the principle unlabelled
    needs: tuple[str, ...] = ()

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def message(self, key: str, **values: Any) -> str:
        """Fill a message template; unknown placeholders become empty."""
        return fill(self.messages[key], values)

    def pattern(self, key: str, flags: int = 0) -> Phrase:
        """A pattern from the data, compiled on first use and guarded by its literals (see
        :mod:`.patterns`). Patterns are written in lowercase and matched against the lowercased
        text (``Sentence.low``, ``Draft.lbody``), which is faster than IGNORECASE."""
        return _compile(self.id, key, flags)

    def words(self, key: str) -> frozenset[str]:
        return _words(self.id, key)


@lru_cache(maxsize=None)
def _compile(pid: str, key: str, flags: int) -> Phrase:
    principle(pid)  # (loads the registry, which makes its phrases)
    if not flags and (pid, key) in _made:
        return _made[pid, key]  # the one made on loading: making it again costs a first check time
    where = f"principles.toml [principles.{pid}] '{key}'"
    try:
        return Phrase(principle(pid).data[key], flags, where)
    except ValueError as exc:
        raise RegistryError(str(exc), key=key) from None


@lru_cache(maxsize=None)
def _words(pid: str, key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in principle(pid).data[key])


def read_text() -> str:
    return data_text("data/principles.toml")


@lru_cache(maxsize=1)
def _raw() -> dict[str, Any]:
    return loads(read_text(), "principles.toml", RegistryError)


def _entry(pid: str, raw: Any) -> Principle:
    where = f"principles.toml [principles.{pid}]"
    if not re.fullmatch(r"[a-z][a-z0-9_]*", pid):
        raise RegistryError(f"{where}: an id is lowercase letters, digits and _", key=pid)
    if not isinstance(raw, dict):
        raise RegistryError(f"{where} is not a table", key=pid)
    entry = dict(raw)
    for key in REQUIRED:
        if key not in entry:
            raise RegistryError(f"{where}: missing key '{key}'", key=key)
    messages = entry.pop("messages", None)
    if not isinstance(messages, dict) or not all(isinstance(v, str) for v in messages.values()):
        raise RegistryError(f"{where}: 'messages' must be a table of texts", key="messages")
    kinds = entry.pop("kinds")
    if not isinstance(kinds, list) or not kinds or set(kinds) - set(all_kinds()):
        raise RegistryError(f"{where}: 'kinds' must list some of {', '.join(all_kinds())}", key="kinds")
    weight = entry.pop("weight")
    if isinstance(weight, bool) or not isinstance(weight, (int, float)) or weight <= 0:
        raise RegistryError(f"{where}: 'weight' must be a positive number", key="weight")
    scope = entry.pop("scope", "email")
    if scope not in SCOPES:
        raise RegistryError(f"{where}: 'scope' must be one of {', '.join(SCOPES)}", key="scope")
    needs = entry.pop("needs", [])
    if not isinstance(needs, list) or not all(isinstance(n, str) for n in needs):
        raise RegistryError(f"{where}: 'needs' must list context keys", key="needs")
    return Principle(
        id=pid, title=entry.pop("title"), summary=entry.pop("summary"), why=" ".join(entry.pop("why").split()),
        lesson=entry.pop("lesson"), weight=float(weight), kinds=tuple(kinds), messages=messages, data=entry,
        scope=scope, needs=tuple(needs),
    )


@lru_cache(maxsize=1)
def _load() -> dict[str, Principle]:
    raw = _raw()
    unknown = sorted(set(raw) - {"principles", *SETTINGS})
    if unknown:
        raise RegistryError(f"principles.toml: unknown top-level key '{unknown[0]}'", key=unknown[0])
    entries = raw.get("principles")
    if not isinstance(entries, dict) or not entries:
        raise RegistryError("principles.toml has no [principles.<id>] entries", key="principles")
    loaded = {pid: _entry(pid, entry) for pid, entry in entries.items()}
    # make every phrase now (cheap: not compiled yet), so that a draft's one literal scan knows
    # the literals of all of them; they are kept, as Principle.pattern gives them (see _compile)
    made: dict[tuple[str, str], Phrase] = {}
    for p in loaded.values():
        for key in p.data:
            if key.endswith("_pattern"):
                try:
                    made[p.id, key] = Phrase(p.data[key], 0, f"principles.toml [principles.{p.id}] '{key}'")
                except ValueError as exc:
                    raise RegistryError(str(exc), key=key) from None
    global _made
    _made = made
    return loaded


#: the phrases :func:`_load` made (without flags), by (principle id, key)
_made: dict[tuple[str, str], Phrase] = {}


@lru_cache(maxsize=1)
def all_kinds() -> tuple[str, ...]:
    """The kinds of email the checker knows (``kinds`` in the registry), each labelled by its
    ``kind_<id>`` message; the one list the context, the CLI and the entries take them from."""
    raw = _raw()
    kinds = raw.get("kinds")
    if not isinstance(kinds, list) or not kinds or not all(isinstance(k, str) and re.fullmatch(r"[a-z][a-z0-9_]*", k)
                                                            for k in kinds):
        raise RegistryError("principles.toml: 'kinds' must list the kinds of email (lowercase ids)", key="kinds")
    for k in kinds:
        if f"kind_{k}" not in raw.get("messages", {}):
            raise RegistryError(f"principles.toml: kind '{k}' has no label 'kind_{k}' in [messages]", key=k)
    return tuple(kinds)


@lru_cache(maxsize=1)
def formalities() -> tuple[str, ...]:
    """The formality levels, least to most formal (``formalities`` in the registry)."""
    return tuple(_raw().get("formalities", ("standard",)))


@lru_cache(maxsize=1)
def regions() -> dict[str, dict[str, Any]]:
    """The regions with their letter conventions (``[regions.<id>]`` in the registry)."""
    raw = _raw().get("regions", {})
    for rid, entry in raw.items():
        if not isinstance(entry, dict) or not {"label", "formality", "warn_faithfully_with_name"} <= set(entry) \
                or entry["formality"] not in formalities():
            raise RegistryError(f"principles.toml [regions.{rid}] needs label, formality (one of "
                                f"{', '.join(formalities())}) and warn_faithfully_with_name", key=rid)
    return raw


def validate_uses(pid: str, data_keys: tuple[str, ...], message_keys: tuple[str, ...], module: str) -> None:
    """Check an entry against what its check declares it reads (``DATA`` and ``MESSAGES``):
    a key nobody reads, or a message the check needs and the entry lacks, is an error."""
    p = principle(pid)
    where = f"principles.toml [principles.{pid}]"
    for key in p.data:
        if key not in data_keys:
            raise RegistryError(f"{where}: key '{key}' is not used by {module} (unknown or misspelled?)", key=key)
    for key in data_keys:
        if key not in p.data:
            raise RegistryError(f"{where}: missing key '{key}' that {module} reads", key=key)
    for key in message_keys:
        if key not in p.messages:
            raise RegistryError(f"{where}: missing message '{key}' that {module} uses", key=key)
    for key in p.messages:
        if key not in message_keys:
            raise RegistryError(f"{where}: message '{key}' is not used by {module}", key=key)


def principle(pid: str) -> Principle:
    """The principle with this id (KeyError names the known ids)."""
    try:
        return _load()[pid]
    except KeyError:
        raise KeyError(f"unknown principle '{pid}'; known: {', '.join(ids())}") from None


def ids() -> tuple[str, ...]:
    """Every principle id, in teaching order (the order of the registry file)."""
    return tuple(_load())


def single_ids() -> tuple[str, ...]:
    """The principles checked on one draft at a time (``scope = "email"``), in order."""
    return tuple(pid for pid, p in _load().items() if p.scope == "email")


def panel_ids() -> tuple[str, ...]:
    """The principles that compare the emails of a panel (``scope = "panel"``), in order."""
    return tuple(pid for pid, p in _load().items() if p.scope == "panel")


def principles() -> list[Principle]:
    return list(_load().values())


def detail_chars() -> int:
    """How much of a very long draft is checked in detail (the rest only counts toward length)."""
    return int(_raw()["detail_chars"])


def message(key: str, **values: Any) -> str:
    """A message of the checker as a whole (``[messages]`` in the registry)."""
    return fill(_raw()["messages"][key], values)


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    return {p.id: p.weight for p in principles()}


def reload() -> None:
    """Forget what was read, so the next call reads the registry file again (for tools and tests;
    the checks module keeps its own table: call ``followup_edu.checks.reload()`` too)."""
    for fn in (_raw, _load, weights, _words, _compile, all_kinds, formalities, regions):
        fn.cache_clear()
