"""Load the real-world corpus (tests/realworld/emails.toml) and split it into tuning and held-out parts.

The split is by source site, so every email from one site falls on the same side and the held-out
part really is text the checker was never tuned on. A site is held out when
``int(sha256(SALT + site).hexdigest(), 16) % 3 == 0``. The salt was fixed once, before the checker
was first run on the corpus, so that about a third of the emails are held out; it never changes.
"""
from __future__ import annotations

import hashlib
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
EMAILS = HERE / "emails.toml"
SALT = "holdout-31:"
TYPES = ("model", "template", "bad")
LABELS = ("problem", "fine", "n/a")
COPY = ("paraphrased", "verbatim")


def held_out(site: str) -> bool:
    """Is every email from this site in the held-out part?"""
    return int(hashlib.sha256((SALT + site).encode("utf-8")).hexdigest(), 16) % 3 == 0


def part_of(email: dict) -> str:
    return "holdout" if held_out(email["site"]) else "tuning"


def load(path: Path = EMAILS) -> list[dict]:
    with path.open("rb") as fh:
        return tomllib.load(fh).get("email", [])
