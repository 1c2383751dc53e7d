"""The principle registry, read once from ``data/principles.toml``."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Mapping

try:
    import tomllib  # type: ignore[import-not-found]
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]


class _Default(dict):
    def __missing__(self, key: str) -> str:
        return ""


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

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def message(self, key: str, **values: Any) -> str:
        """Fill a message template; unknown placeholders become empty."""
        return self.messages[key].format_map(_Default(values))

    def pattern(self, key: str, flags: int = 0) -> re.Pattern[str]:
        """A pattern from the data. Patterns are written in lowercase and matched against the
        lowercased text (``Sentence.low``, ``Draft.lbody``), which is faster than IGNORECASE."""
        return _compile(self.id, key, self.data[key], flags)

    def words(self, key: str) -> frozenset[str]:
        return _words(self.id, key)


@lru_cache(maxsize=None)
def _compile(pid: str, key: str, source: str, flags: int) -> re.Pattern[str]:
    return re.compile(source, flags)


@lru_cache(maxsize=None)
def _words(pid: str, key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in principle(pid).data[key])


@lru_cache(maxsize=1)
def _raw() -> dict[str, Any]:
    return tomllib.loads(resources.files("followup_edu").joinpath("data/principles.toml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _load() -> tuple[tuple[str, ...], dict[str, Principle]]:
    raw = _raw()
    principles: dict[str, Principle] = {}
    for pid in raw["order"]:
        entry = dict(raw["principles"][pid])
        principles[pid] = Principle(
            id=pid,
            title=entry.pop("title"),
            summary=entry.pop("summary"),
            why=" ".join(entry.pop("why").split()),
            lesson=entry.pop("lesson"),
            weight=float(entry.pop("weight")),
            kinds=tuple(entry.pop("kinds")),
            messages=entry.pop("messages"),
            data=entry,
        )
    return tuple(raw["order"]), principles


def principle(pid: str) -> Principle:
    """The principle with this id (KeyError names the known ids)."""
    try:
        return _load()[1][pid]
    except KeyError:
        raise KeyError(f"unknown principle '{pid}'; known: {', '.join(ids())}") from None


def ids() -> tuple[str, ...]:
    """Every principle id, in teaching order."""
    return _load()[0]


def principles() -> list[Principle]:
    return [principle(pid) for pid in ids()]


def detail_chars() -> int:
    """How much of a very long draft is checked in detail (the rest only counts toward length)."""
    return int(_settings()["detail_chars"])


def _settings() -> dict[str, Any]:
    return {k: v for k, v in _raw().items() if k not in ("principles", "order")}


def weights() -> dict[str, float]:
    return {p.id: p.weight for p in principles()}
