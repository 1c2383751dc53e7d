"""Is every sentence in the project its own? No run of eight words may be shared with the course
articles in ``../shared/seeds/`` (facts come from them, never their wording).

Project text is every file git knows of (tracked or new, not ignored): code and docstrings, data,
notebooks (their cells), docs and test tables. Words are compared lower-cased, with punctuation,
quotes and escaped line breaks ignored, so re-punctuating a copied sentence does not hide it.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
RUN = 8
WORD = re.compile(r"[a-z0-9]+")
BINARY = (".idx", ".png", ".jpg", ".gif", ".ico", ".woff", ".woff2", ".zip", ".gz", ".whl")
SKIP_DIRS = {".git", ".venv", "node_modules", "__pycache__", "build", "dist", ".ipynb_checkpoints"}


def words(text: str) -> list[str]:
    text = text.replace("\\n", " ").replace("\u2019", "'").replace("\u2018", "'")
    return WORD.findall(text.lower())


def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, list):
        for item in obj:
            yield from _strings(item)
    elif isinstance(obj, dict):
        for key, value in obj.items():
            yield key
            yield from _strings(value)


def pieces(path: Path, text: str) -> list[str]:
    """The runs of prose a file holds: each JSON string on its own, the whole text otherwise."""
    if path.suffix in (".ipynb", ".json"):
        return list(_strings(json.loads(text)))
    if path.suffix == ".jsonl":
        return [s for line in text.splitlines() if line.strip() for s in _strings(json.loads(line))]
    return [text]


def runs(text: str) -> set[tuple[str, ...]]:
    w = words(text)
    return {tuple(w[i:i + RUN]) for i in range(len(w) - RUN + 1)}


def shared_runs(text: str, seed_runs: set[tuple[str, ...]]) -> list[str]:
    """Each stretch of ``text`` made of seed runs, joined where they overlap."""
    w = words(text)
    hits = [i for i in range(len(w) - RUN + 1) if tuple(w[i:i + RUN]) in seed_runs]
    out: list[str] = []
    start = prev = None
    for i in hits + [None]:
        if start is not None and (i is None or i > prev + 1):
            out.append(" ".join(w[start:prev + RUN]))
            start = None
        if i is not None:
            start = i if start is None else start
            prev = i
    return out


def project_files() -> list[Path]:
    try:
        listed = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT, capture_output=True, text=True, check=True).stdout.splitlines()
        files = [ROOT / f for f in listed]
    except (OSError, subprocess.CalledProcessError):  # no git (an unpacked archive): walk the tree
        files = [p for p in ROOT.rglob("*")
                 if p.is_file() and not SKIP_DIRS & set(p.relative_to(ROOT).parts)]
    return [p for p in files if p.is_file() and not p.name.endswith(BINARY)]


@pytest.fixture(scope="module")
def seed_runs() -> set[tuple[str, ...]]:
    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not seeds:
        if os.environ.get("CI"):
            pytest.fail(f"the course articles are missing: expected them in {SEEDS}")
        pytest.skip(f"the course articles are not here ({SEEDS})")
    out: set[tuple[str, ...]] = set()
    for seed in seeds:
        out |= runs(seed.read_text(encoding="utf-8"))
    return out


def test_would_a_sentence_copied_from_an_article_be_found(seed_runs):
    """The control: an article's sentence, re-cased and re-punctuated, is caught."""
    seed = sorted(SEEDS.glob("*.txt"))[0].read_text(encoding="utf-8")
    sentence = " ".join(words(seed)[40:52])
    disguised = '"' + sentence.upper().replace(" ", ",\\n ", 3) + '"'
    assert shared_runs(disguised, seed_runs) == [sentence]
    assert shared_runs("Thank you for the time you gave me on Tuesday afternoon.", seed_runs) == []


def test_does_no_project_text_share_an_eight_word_run_with_the_articles(seed_runs):
    """Is every sentence in code, docstrings, data, notebooks and docs the project's own?"""
    found = []
    files = project_files()
    assert len(files) > 50, "the project's files were not found"
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        for piece in pieces(path, text):
            for run in shared_runs(piece, seed_runs):
                found.append(f"{path.relative_to(ROOT)}: “{run}”")
    assert not found, ("these words are the course articles' own; say it in the project's words:\n"
                       + "\n".join(found))
