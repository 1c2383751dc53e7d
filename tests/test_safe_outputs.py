"""Does SafeOutputs leave nothing that can run, keep a readable form of everything, and cap bytes?"""
from __future__ import annotations

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output, new_raw_cell
from traitlets.config import Config

from followup_edu.grading.safe import SafeOutputs, safe_data

PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
ACTIVE = {"text/html": "<img src=x onerror=alert(1)>", "application/javascript": "alert(1)",
          "image/svg+xml": "<svg onload=alert(1)></svg>", "text/markdown": "<b onclick=alert(1)>x</b>",
          "text/latex": "$x$", "application/vnd.jupyter.widget-view+json": {"model_id": "abc"}}


def run(nb, **limits):
    cfg = Config()
    for k, v in limits.items():
        setattr(cfg.Sandbox, k, v)
    return SafeOutputs(config=cfg).preprocess(nb, {})[0]


def grade_cell(outputs):
    cell = new_code_cell("expect()", metadata={"nbgrader": {"grade": True, "solution": False, "locked": True,
                                                           "grade_id": "greeting", "points": 10}})
    cell.outputs = outputs
    return cell


def test_active_mime_types_leave_only_their_text():
    """Are HTML, JS, SVG, Markdown, LaTeX and widget views dropped, with the plain text kept?"""
    kept = safe_data({**ACTIVE, "text/plain": "<IPython.core.display.HTML object>", "image/png": PNG})
    assert kept == {"text/plain": "<IPython.core.display.HTML object>", "image/png": PNG}
    alone = safe_data({"text/html": "<script>x</script>"})
    assert list(alone) == ["text/plain"] and "removed" in alone["text/plain"] and "<script" not in alone["text/plain"]


def test_a_picture_that_is_not_base64_is_dropped():
    """Can an image/png value break out of the <img src> attribute it lands in? (It is dropped.)"""
    assert "image/png" not in safe_data({"image/png": '"><script>alert(1)</script>', "text/plain": "x"})


def test_student_markdown_is_cleaned_but_course_cells_are_not():
    """Are handlers, scripts and javascript: links stripped from a student's Markdown, raw cells too?"""
    locked = new_markdown_cell("<b>course</b>", metadata={"nbgrader": {"locked": True, "grade": False,
                                                                        "solution": False, "grade_id": "intro"}})
    student = new_markdown_cell("<img src=x onerror=alert(1)> [x](javascript:alert(2)) **ok**")
    raw = new_raw_cell("<script>alert(3)</script>", metadata={"format": "text/html"})
    nb = run(new_notebook(cells=[locked, student, raw], metadata={"widgets": {"state": {}}}))
    assert nb.cells[0].source == "<b>course</b>"
    assert "onerror" not in nb.cells[1].source and "javascript:" not in nb.cells[1].source
    assert "<strong>ok</strong>" in nb.cells[1].source
    assert "<script" not in nb.cells[2].source and "format" not in nb.cells[2].metadata
    assert "widgets" not in nb.metadata


def test_output_is_capped_in_bytes_but_verdicts_never_are():
    """Is a 5 MB line cut with one plain line, while a grade cell's error (its zero) is always kept?"""
    big = new_code_cell("print('y' * 5_000_000)")
    big.outputs = [new_output("stream", name="stdout", text="y" * 5_000_000)]
    filler = new_code_cell("print(...)")
    filler.outputs = [new_output("stream", name="stdout", text="z" * 60_000)]
    verdict = grade_cell([new_output("error", ename="AssertionError", evalue="Greet Priya by name.",
                                     traceback=["Greet Priya by name."])])
    nb = run(new_notebook(cells=[big, filler, verdict]), cell_output_bytes=64_000, notebook_output_bytes=100_000)
    text = "".join(o.get("text", "") for o in nb.cells[0].outputs)
    assert len(text.encode()) < 64_000 and "Output cut here" in text
    assert "Output cut here" in "".join(o.get("text", "") for o in nb.cells[1].outputs)   # notebook budget spent
    assert nb.cells[2].outputs[0].output_type == "error"                                  # the zero stays
    nbformat.validate(nb)
