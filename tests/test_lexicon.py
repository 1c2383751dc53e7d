"""The lexicon: the prebuilt word index is what its script builds, and it answers as pyspellchecker."""
from __future__ import annotations

from pathlib import Path

from followup_edu import lexicon
from conftest import load_script

ROOT = Path(__file__).resolve().parents[1]


def _builder():
    return load_script(ROOT / "tools" / "build_word_index.py")


def test_does_rebuilding_the_word_index_give_the_same_bytes():
    assert _builder().build() == (ROOT / "followup_edu" / "data" / "words.idx").read_bytes(), (
        "words.idx is stale: run .venv/bin/python tools/build_word_index.py")


def test_does_the_index_answer_as_pyspellchecker_does():
    sc = _builder().speller()
    d = lexicon.dictionary()
    assert len(d) == len(sc.word_frequency.dictionary)
    for word in ("the", "interview", "recieve", "teh", "wich", "dashbaords", "managment", "qwzx", "x", "3.5",
                 "untill", "onboardin", "nan", "a" * 60, "résumé", "organisation"):
        assert d.count(word) == (sc.word_frequency[word] if word in sc.word_frequency else 0), word
        assert lexicon.corrections(word) == sc.candidates(word), word
        assert lexicon.rarity(word) > 0


def test_does_a_first_check_stay_light_and_write_nothing_to_home(tmp_path):
    """A fresh process checks a draft without pyspellchecker or dateutil, loads one Snowball
    language, writes nothing under $HOME, and the full snowballstemmer package still works after."""
    import json
    import os
    import subprocess
    import sys

    code = (
        "import json, sys\n"
        "from followup_edu import check_email\n"
        "check_email('Thanks', 'Dear Sam,\\n\\nThank yuo for the talk about dashboards.\\n',"
        " {'topics': ['automated dashboards'], 'interview_at': '2026-03-03T10:00', 'sent_at': '2026-03-03T15:00'})\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('spellchecker', 'dateutil', 'snowballstemmer'))\n"
        "import snowballstemmer\n"
        "print(json.dumps([loaded, snowballstemmer.stemmer('english').stemWord('automating')]))\n"
    )
    home = tmp_path / "home"
    home.mkdir()
    env = dict(os.environ, HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout
    loaded, stem = json.loads(out)
    assert not [m for m in loaded if not m.startswith("snowballstemmer")], loaded
    assert "snowballstemmer.english_stemmer" in loaded and "snowballstemmer.danish_stemmer" not in loaded
    assert stem == lexicon.stem("automating") == "autom"
    assert list(home.iterdir()) == []


def test_does_rebuilding_the_prebuilt_data_give_the_same_bytes():
    assert _builder().build_prebuilt() == (ROOT / "followup_edu" / "data" / "prebuilt.json").read_bytes(), (
        "prebuilt.json is stale: run .venv/bin/python tools/build_word_index.py")


def test_is_an_edited_data_file_read_afresh_not_from_the_prebuilt_copy():
    from followup_edu import _toml

    text = (ROOT / "followup_edu" / "data" / "vocabulary.toml").read_text(encoding="utf-8")
    assert _toml.prebuilt("vocabulary.toml", text) is not None
    edited = text.replace('"hiya"', '"hiya", "howdy-do"', 1)
    assert _toml.prebuilt("vocabulary.toml", edited) is None
    assert "howdy-do" in _toml.loads(edited, "vocabulary.toml")["greeting_words"]


def test_is_the_punctuation_list_the_standard_one():
    import string

    assert lexicon.PUNCTUATION == string.punctuation
