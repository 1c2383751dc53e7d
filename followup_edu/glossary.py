"""The course's glossary: idioms and job-hunting words that can puzzle a learner (``data/glossary.toml``)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

try:
    import tomllib  # type: ignore[import-not-found]
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]


@dataclass(frozen=True)
class Term:
    term: str
    forms: tuple[str, ...]
    means: str
    example: str


@lru_cache(maxsize=1)
def terms() -> tuple[Term, ...]:
    text = resources.files("followup_edu").joinpath("data/glossary.toml").read_text("utf-8")
    raw = tomllib.loads(text)["term"]
    return tuple(sorted((Term(t["term"], tuple(t["forms"]), t["means"], t["example"]) for t in raw),
                        key=lambda t: t.term.lower()))


def lookup(query: str) -> list[Term]:
    """Terms whose name, forms or meaning contain the query (all of them for an empty query)."""
    q = " ".join(query.lower().split())
    if not q:
        return list(terms())
    return [t for t in terms() if q in t.term.lower() or any(q in f for f in t.forms) or q in t.means.lower()]
