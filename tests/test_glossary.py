"""The glossary covers the course's idioms, and only words the course really uses."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from followup_edu.glossary import lookup, terms
from followup_edu.widgets import Glossary

ROOT = Path(__file__).resolve().parents[1]


def _course_text() -> str:
    """Every text a learner reads: lesson notebooks, lesson and quiz data, gallery, assignments."""
    parts = []
    for nb in sorted((ROOT / "notebooks").glob("*.ipynb")):
        parts += ["".join(c["source"]) for c in json.loads(nb.read_text("utf-8"))["cells"]]
    data = ROOT / "followup_edu" / "data"
    for name in ("lessons.toml", "quizzes.toml", "gallery.toml", "principles.toml", "schedule.toml", "notes.toml"):
        parts.append((data / name).read_text("utf-8"))
    parts.append((ROOT / "assignments" / "tools" / "build_source.py").read_text("utf-8"))
    return "\n".join(parts).lower()


COURSE = _course_text()


@pytest.mark.parametrize("t", terms(), ids=lambda t: t.term)
def test_is_each_term_used_in_the_course_and_explained(t):
    assert any(f.lower() in COURSE for f in t.forms), f"“{t.term}” is not used in the course"
    assert t.means.endswith(".") and len(t.means.split()) >= 6 and t.example


def test_are_the_idioms_learners_stumble_on_in_the_glossary():
    for phrase in ("placement", "compare notes", "burn a bridge", "keen", "keep the door open", "check-in"):
        assert lookup(phrase), phrase


def test_does_the_widget_look_up_and_say_plainly_when_nothing_matches():
    g = Glossary()
    assert len(g.shown) == len(terms())
    g.query.value = "  Compare   NOTES "
    assert [t.term for t in g.shown] == ["compare notes"] and "panel" in g.result.value
    g.query.value = "xylophone"
    assert g.shown == [] and "Not in the glossary yet" in g.result.value
