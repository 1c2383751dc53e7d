"""Build followup_edu/data/words.idx, the checker's dictionary, from the data it is made of.

    .venv/bin/python tools/build_word_index.py           # rewrite the index
    .venv/bin/python tools/build_word_index.py --check   # exit 1 if the index is stale

The words and counts are pyspellchecker's English list (the `test` extra installs it; the
checker itself does not need it) plus followup_edu/data/known_words.txt, loaded the way
pyspellchecker loads extra words. The same inputs always give the same bytes
(tests/test_lexicon.py rebuilds the index and compares).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "followup_edu" / "data" / "words.idx"


def speller():
    """pyspellchecker's English checker with the project's extra words, as the index holds them."""
    from spellchecker import SpellChecker

    sc = SpellChecker(language="en", distance=1)
    extra = (ROOT / "followup_edu" / "data" / "known_words.txt").read_text("utf-8")
    sc.word_frequency.load_words([w for line in extra.splitlines() if not line.startswith("#") for w in line.split()])
    return sc


def build() -> bytes:
    sys.path.insert(0, str(ROOT))
    from followup_edu.lexicon import write_index

    sc = speller()
    counts = dict(sc.word_frequency.dictionary)
    assert min(counts.values()) > 0 and "" not in counts and not any("\n" in w for w in counts)
    return write_index(counts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--check", action="store_true", help="only say whether the index is up to date")
    args = ap.parse_args(argv)
    data = build()
    if args.check:
        same = OUT.exists() and OUT.read_bytes() == data
        print("words.idx is up to date" if same else "words.idx is stale: run tools/build_word_index.py")
        return 0 if same else 1
    OUT.write_bytes(data)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(data) / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
