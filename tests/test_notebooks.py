"""The lesson notebooks' shape: numbered names, the shared template, thin cells, no stored outputs.

(Executing them is nbval's job: `pytest` runs notebooks/ with --nbval-lax.)
"""
import json
import re
from pathlib import Path

import pytest

from followup_edu import principle, principle_ids
from followup_edu.widgets import content

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
PATHS = sorted(NOTEBOOKS.glob("*.ipynb"))
LESSONS = [p for p in PATHS if not p.name.startswith("00-")]
TEMPLATE = ["## What you will learn", "## Why it matters", "## Weak vs strong", "## Try it", "## Check yourself",
            "## In practice"]
REQUIRED = {"00-start-here", "01-why-follow-up", "11-handle-special-cases", "12-write-your-own"} | {
    principle(p).lesson for p in principle_ids()}
VERBS = {"find", "understand", "send", "write", "greet", "thank", "show", "close", "keep", "proofread", "follow",
         "handle", "start"}


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_required_lesson_exists_with_a_numbered_name():
    names = {p.stem for p in PATHS}
    assert REQUIRED <= names, REQUIRED - names
    for p in PATHS:
        assert re.fullmatch(r"\d\d-[a-z]+(-[a-z]+)*", p.stem), p.name
    numbers = [int(p.stem[:2]) for p in PATHS]
    assert numbers == list(range(len(PATHS))), "lesson numbers must run 00, 01, ... without gaps"


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_stored_without_outputs(path):
    for cell in load(path)["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None, path.name


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_lesson_follows_the_template_in_order(path):
    """Does each lesson run: learn → why → weak vs strong → try it → check yourself → in practice?"""
    text = "\n".join("".join(c["source"]) for c in load(path)["cells"] if c["cell_type"] == "markdown")
    positions = [text.find(h) for h in TEMPLATE]
    assert all(p >= 0 for p in positions), [h for h, p in zip(TEMPLATE, positions) if p < 0]
    assert positions == sorted(positions)
    assert "- [ ]" in text.split("## In practice", 1)[1], "the In practice section is a checklist"


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_title_has_a_verb_and_the_number(path):
    first = "".join(load(path)["cells"][0]["source"]).splitlines()[0]
    assert first.startswith(f"# {path.stem[:2]} · ")
    words = {w.strip(":,").lower() for w in first.split("·", 1)[1].split()}
    assert words & VERBS, first


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_code_cells_stay_thin(path):
    """Do code cells only import and show widgets from followup_edu (no lesson logic in notebooks)?"""
    for cell in load(path)["cells"]:
        if cell["cell_type"] != "code":
            continue
        src = "".join(cell["source"])
        lines = [l for l in src.splitlines() if l.strip() and not l.strip().startswith("#")]
        assert len(lines) <= 5, src
        for l in lines:
            if l.startswith(("import ", "from ")):
                assert re.match(r"from (followup_edu(\.\w+)*|datetime) import ", l), l
        assert not re.search(r"^\s*(def|class|for|while|with|if)\b.*:\s*$", src, re.M), src


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_lesson_shows_a_quiz_and_its_content_exists(path):
    src = "\n".join("".join(c["source"]) for c in load(path)["cells"] if c["cell_type"] == "code")
    assert f'Quiz("{path.stem}")' in src
    for name in re.findall(r'show_example\("([^"]+)"\)', src):
        content.example(name)
    for lesson in re.findall(r'show_examples\("([^"]+)"\)', src):
        assert lesson == path.stem and content.examples(lesson)
    for xid in re.findall(r'FixThisDraft\("([^"]+)"\)', src):
        assert content.exercise(xid).lesson == path.stem


def test_links_between_notebooks_resolve_and_the_index_lists_every_lesson():
    index = "\n".join("".join(c["source"]) for c in load(NOTEBOOKS / "00-start-here.ipynb")["cells"])
    for p in LESSONS:
        assert f"({p.name})" in index, f"00-start-here does not link {p.name}"
    for p in PATHS:
        text = "\n".join("".join(c["source"]) for c in load(p)["cells"] if c["cell_type"] == "markdown")
        for target in re.findall(r"\]\(([^)#]+\.ipynb)\)", text):
            assert (NOTEBOOKS / target).exists(), f"{p.name} links missing {target}"


def test_readme_lists_every_notebook():
    readme = (NOTEBOOKS / "README.md").read_text(encoding="utf-8")
    for p in PATHS:
        assert f"]({p.name})" in readme, p.name
