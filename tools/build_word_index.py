"""Build followup_edu/data/words.idx, the checker's dictionary, data/prebuilt.json (the data
files parsed ahead, see followup_edu/_toml.py) and data/regex.bin (the phrase patterns compiled
ahead for this Python, see followup_edu/_regex.py) from the data they are made of.

    .venv/bin/python tools/build_word_index.py           # rewrite the index
    .venv/bin/python tools/build_word_index.py --check   # exit 1 if the index is stale

The words and counts are pyspellchecker's English list (the `test` extra installs it; the
checker itself does not need it) plus followup_edu/data/known_words.txt, loaded the way
pyspellchecker loads extra words. The same inputs always give the same bytes
(tests/test_lexicon.py rebuilds the index and compares).
"""
from __future__ import annotations

import argparse
import json
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


PREBUILT = ROOT / "followup_edu" / "data" / "prebuilt.json"


def build_prebuilt() -> bytes:
    """data/prebuilt.json: the parsed data files a check reads (registry, vocabulary, synonyms,
    look-alike characters, rubric) and the synonym stems, each under the SHA-1 of the text it came
    from (see followup_edu/_toml.py)."""
    import tomllib

    sys.path.insert(0, str(ROOT))
    from followup_edu._toml import PREBUILT_FILES, text_key
    from followup_edu.lexicon import synonym_stems

    data = ROOT / "followup_edu" / "data"
    out = {}
    for name in PREBUILT_FILES:
        text = (data / name).read_text("utf-8")
        out[name] = {"sha1": text_key(text), "data": tomllib.loads(text)}
    text = (data / "synonyms.toml").read_text("utf-8")
    out["synonym stems"] = {"sha1": text_key(text), "data": dict(sorted(synonym_stems(text).items()))}
    # key order is kept: the registry's order is the teaching order
    return (json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


REGEX = ROOT / "followup_edu" / "data" / "regex.bin"


def pattern_sources() -> list[str]:
    """Every phrase pattern's expression in the registry and the shared vocabulary, whole and
    token by token, and each of these after its leading ``\\b`` where it is searched that way
    (what patterns.Phrase compiles)."""
    sys.path.insert(0, str(ROOT))
    from followup_edu import patterns, registry, vocabulary

    specs = [v for p in registry.principles() for k, v in p.data.items() if k.endswith("_pattern")]
    specs += [vocabulary.items(k) for k in vocabulary.KEYS if k.endswith("_pattern")]
    srcs = {src for spec in specs for src in [patterns.source(spec), *patterns.part_sources(spec)]}
    return sorted(srcs | {rest for src in srcs if (rest := patterns.rest_source(src)) is not None})


#: checked in a fresh process; followup_edu/_regex.py notes every expression it is asked to compile
#: from the package's first import on (the modules' own patterns too), and these runs ask for what
#: a first check and the command line's check need
_SAMPLES = """
import contextlib, io, json, sys
sys.path.insert(0, sys.argv[1])
from followup_edu import _regex, check_email, check_emails
from followup_edu.cli import main
check_email("Thank you", "Dear Priya,\\n\\nThank you for your time today. I enjoyed hearing about [Company] and "
            "would love to help.\\n\\nBest regards,\\nJordan Lee\\njordan@example.com | 555 0100\\n",
            {"interviewers": ["Priya Raman"], "company": "Northwind", "role": "Analyst"})
check_email("", "Hi all,\\n\\nThanks again for your time, Jordan")
drafts, (panel, panel_context) = json.loads(sys.argv[2])
for draft in drafts:
    check_email(*draft)
check_emails(panel, panel_context)
with contextlib.redirect_stdout(io.StringIO()):
    main(["check", sys.argv[1] + "/examples/draft.txt", "--context", sys.argv[1] + "/examples/interview.json"])
print(json.dumps(_regex.recorded()))
"""
#: the drafts tests/test_startup.py checks in a fresh process (subject, body, context): a plain one,
#: and one whose context has every field (so the checks that need one run too)
SAMPLE_DRAFTS = [
    ("Thank you – Junior Data Analyst", "Dear Priya,\n\nThank you for your time today.\n\nBest regards,\nJordan Lee\n",
     {"interviewers": ["Priya Raman"], "company": "Northwind", "interview_at": "2026-03-03T10:00",
      "sent_at": "2026-03-03T15:00"}),
    ("Following up on Tuesday's interview", "Dear Ms Raman,\n\nThank you again for Tuesday's second-round interview. I "
     "enjoyed hearing how the team moved month-end reporting into dashboards, and I have thought more about the window "
     "functions question. As promised, my portfolio is at https://example.com/jordan.\n\nI understand you expect to "
     "decide by 20 March and look forward to hearing from you.\n\nKind regards,\nJordan Lee\n",
     {"candidate_name": "Jordan Lee", "interviewers": ["Priya Raman", "Sam Ortiz"], "recipient": "Priya Raman",
      "company": "Northwind Analytics", "role": "Junior Data Analyst", "interview_type": "panel",
      "kind": "thank_you", "interview_at": "2026-03-03T10:00", "sent_at": "2026-03-03T17:00",
      "topics": ["move month-end sales reporting into automated dashboards"],
      "weak_answer": "the SQL window functions question", "promised": "my portfolio link", "decision_by": "2026-03-20",
      "region": "uk", "formality": "formal"}),
]
#: a panel's emails (recipient, subject, body) and their context, checked the same way
SAMPLE_PANEL = (
    [("Priya Raman", "Thank you", "Dear Priya,\n\nThank you for the conversation about dashboards.\n\nBest,\nJordan"),
     ("Sam Ortiz", "Thank you", "Dear Sam,\n\nThank you for the conversation about data quality.\n\nBest,\nJordan")],
    {"interviewers": ["Priya Raman", "Sam Ortiz"], "company": "Northwind", "interview_type": "panel",
     "topics": ["dashboards", "data quality"]},
)


def regex_entries() -> dict[str, tuple[str, int]]:
    """What data/regex.bin holds, by key: each phrase pattern (flags 0, as the checks mostly use
    them) and whatever else goes through followup_edu/_regex.py while sample drafts are checked,
    by :func:`followup_edu.check_email` and by the command line (the modules' own patterns, the
    parser's greeting and closing patterns, phrases the checks use with flags)."""
    import subprocess

    sys.path.insert(0, str(ROOT))
    from followup_edu import _regex

    out = subprocess.run([sys.executable, "-c", _SAMPLES, str(ROOT), json.dumps([SAMPLE_DRAFTS, SAMPLE_PANEL])], capture_output=True,
                         text=True, check=True)
    asked = [(src, 0) for src in pattern_sources()] + [(src, flags) for src, flags in json.loads(out.stdout)]
    return {_regex.key(src, flags): (src, flags) for src, flags in asked}


def build_regex() -> bytes:
    """data/regex.bin: the expressions of :func:`regex_entries`, compiled by this interpreter."""
    from followup_edu import _regex

    return _regex.encode(regex_entries())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--check", action="store_true", help="only say whether the index is up to date")
    args = ap.parse_args(argv)
    outputs = {OUT: build(), PREBUILT: build_prebuilt(), REGEX: build_regex()}
    if args.check:
        stale = [p.name for p, data in outputs.items() if not p.exists() or p.read_bytes() != data]
        print(f"stale: {', '.join(stale)}; run tools/build_word_index.py" if stale else "up to date")
        return 1 if stale else 0
    for path, data in outputs.items():
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)}: {len(data) / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
