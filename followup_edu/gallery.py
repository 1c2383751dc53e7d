"""The example gallery: strong and weak follow-up emails from many sectors, levels and backgrounds,
as data (``data/gallery.toml``), with the filters the gallery widget offers.

Each strong email has a weak partner (same ``pair``) that differs by one clear mistake; the weak
one's ``flags`` are the principles the checker should flag on it.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .context import Context

try:
    import tomllib  # type: ignore[import-not-found]
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

TRAIT_LABELS = {"career_change": "career changer", "internal_move": "internal move",
                "non_native": "English as a second language"}
#: the interview's format or the stage of the process, when it is more than a face-to-face interview
FORMAT_LABELS = {"video": "after a video interview", "phone": "after a phone screen",
                 "agency": "through a recruitment agency", "no_address": "with no address for the interviewer",
                 "final_round": "after the final round", "time_zone": "across time zones",
                 "abroad": "with another country's conventions", "informational": "after an informational interview",
                 "offer": "at the offer stage"}


@dataclass(frozen=True)
class GalleryEmail:
    id: str
    pair: str
    strength: str          # strong | weak
    sector: str
    seniority: str
    traits: tuple[str, ...]
    flags: tuple[str, ...]
    why: str
    subject: str
    body: str
    context: Context
    format: str = ""       # a key of FORMAT_LABELS, or "" for a face-to-face interview

    @property
    def kind(self) -> str:
        return self.context.effective_kind


@lru_cache(maxsize=1)
def emails() -> tuple[GalleryEmail, ...]:
    text = resources.files("followup_edu").joinpath("data/gallery.toml").read_text("utf-8")
    out = []
    for raw in tomllib.loads(text)["email"]:
        out.append(GalleryEmail(raw["id"], raw["pair"], raw["strength"], raw["sector"], raw["seniority"],
                                tuple(raw["traits"]), tuple(raw["flags"]), raw["why"], raw["subject"],
                                raw["body"].strip("\n"), Context.from_dict(raw["context"]),
                                raw.get("format", "")))
    return tuple(out)


def pair_flags() -> dict[str, tuple[str, ...]]:
    """Each pair's principles: what its weak email gets wrong (and its strong one gets right)."""
    return {e.pair: e.flags for e in emails() if e.strength == "weak"}


def select(principle: str | None = None, kind: str | None = None, sector: str | None = None,
           format: str | None = None) -> list[GalleryEmail]:
    """The emails about a principle (both sides of each pair whose weak email gets it wrong), of a
    kind, from a sector, of an interview format or stage; ``None`` means any."""
    flags = pair_flags()
    return [e for e in emails()
            if (principle is None or principle in flags.get(e.pair, ()))
            and (kind is None or e.kind == kind) and (sector is None or e.sector == sector)
            and (format is None or e.format == format)]


def pair(name: str) -> tuple[GalleryEmail, GalleryEmail]:
    """One pair as (weak, strong)."""
    both = {e.strength: e for e in emails() if e.pair == name}
    if set(both) != {"weak", "strong"}:
        raise KeyError(f"no example pair {name!r} in the gallery")
    return both["weak"], both["strong"]
