"""The coverage table: every piece of advice is taught in its lesson, its check exists, every row
without a check or a graded cell names why, and notebooks/README.md shows the table as built."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from followup_edu import principle, principle_ids
from conftest import load_script

ROOT = Path(__file__).resolve().parents[1]


def _tool():
    return load_script(ROOT / "tools" / "build_coverage.py")


TOOL = _tool()
ADVICE = TOOL.advice()


def _lesson_text(slug: str) -> str:
    nb = json.loads((ROOT / "notebooks" / f"{slug}.ipynb").read_text("utf-8"))
    text = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    return " ".join(text.lower().replace("*", "").split())


@pytest.mark.parametrize("a", ADVICE, ids=lambda a: a["text"][:40])
def test_is_each_piece_of_advice_taught_checked_or_a_named_gap(a):
    assert set(a) <= {"text", "lesson", "taught", "check", "gap"}, set(a)
    assert " ".join(a["taught"].lower().split()) in _lesson_text(a["lesson"]), f"lesson {a['lesson']} no longer says “{a['taught']}”"
    check = a.get("check", "")
    if check:
        assert check in principle_ids()
        assert principle(check).lesson == a["lesson"] or check in ("names", "next_steps"), (check, a["lesson"])
    graded = TOOL.graded_cells().get(check) if check else None
    assert graded or a.get("gap"), "advice that no cell grades must say why in `gap`"
    assert not (graded and a.get("gap")), "a graded piece of advice has no gap"


def test_does_every_principle_appear_in_the_table():
    assert set(principle_ids()) <= {a.get("check") for a in ADVICE}


def test_is_the_readme_table_what_the_script_builds():
    readme = (ROOT / "notebooks" / "README.md").read_text("utf-8")
    assert TOOL.render(readme) == readme, "run: .venv/bin/python tools/build_coverage.py"
