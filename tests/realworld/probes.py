"""Load the sentence probes (tests/realworld/probes_pass.toml, probes_flag.toml) and split them.

A probe is one short email that differs from a good one by a single sentence taken, in our own
words, from a real published page: a way of closing, of showing interest, of thanking, or a
mistake a page warns about. ``pass`` probes must leave their check quiet; ``flag`` probes must make
it warn or fail. Whole published emails (emails.toml) are few and come with many sentences at
once; probes test one sentence's function at a time, across many more real wordings.

The split is by the page a probe's sentence comes from, like the corpus split by site: a page is
untouched when ``int(sha256(SALT + page).hexdigest(), 16) % 3 == 0``. Untouched probes are never
tuned on; only their figures are reported (benchmarks/eval_probes.py).
"""
from __future__ import annotations

import hashlib
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = {"pass": HERE / "probes_pass.toml", "flag": HERE / "probes_flag.toml"}
SALT = "probe-41:"
KEYS = {"id", "check", "page", "why", "subject", "body", "context", "xfail"}


def untouched(page: str) -> bool:
    """Is every probe from this page kept out of tuning?"""
    return int(hashlib.sha256((SALT + page).encode("utf-8")).hexdigest(), 16) % 3 == 0


def part_of(probe: dict) -> str:
    return "untouched" if untouched(probe["page"]) else "tuning"


def load(kind: str) -> list[dict]:
    """The probes of one kind ("pass" or "flag"); none when the file does not exist yet."""
    path = FILES[kind]
    if not path.exists():
        return []
    with path.open("rb") as fh:
        return tomllib.load(fh).get("probe", [])
