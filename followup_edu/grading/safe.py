"""No active content from a student's notebook reaches anyone who looks at it.

The autograded notebook is opened by the instructor in the formgrader (inside their logged-in
Jupyter session) and turned into the feedback page the student reads. Anything a student's cell
displayed as HTML, SVG, JavaScript, Markdown or a widget would run there, with the rights of
whoever is looking: enough to call the Jupyter contents API as the instructor.

``SafeOutputs`` runs before the autograded notebook is saved (and again before feedback is made):

* every output keeps only inert forms: plain text, and PNG/JPEG/GIF pictures whose data really is
  base64; ``text/html``, ``image/svg+xml``, ``application/javascript``, ``text/markdown``,
  ``text/latex``, widget views and anything else are dropped, leaving their plain-text form (or
  one line saying what was removed); output metadata (sizes that land in HTML attributes) goes;
* output is capped in bytes, per cell and per notebook (limits from ``c.Sandbox``);
* the student's own Markdown and raw cells (not the course's locked ones) are rendered and cleaned
  with nh3 (the Ammonia allow-list sanitiser): no scripts, event handlers or ``javascript:`` links;
  their attachments keep only pictures;
* saved widget state is dropped from the notebook's metadata.
"""
from __future__ import annotations

import re
from typing import Any

from nbformat.notebooknode import NotebookNode, from_dict
from nbgrader.preprocessors import NbGraderPreprocessor
from nbgrader.utils import is_grade, is_locked

from .sandbox import Sandbox

SAFE_MIME = ("text/plain", "image/png", "image/jpeg", "image/gif")
_BASE64 = re.compile(r"[A-Za-z0-9+/=\s]*")


def _size(value: Any) -> int:
    if isinstance(value, str):
        return len(value.encode("utf-8", "replace"))
    if isinstance(value, dict):
        return sum(_size(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return sum(_size(v) for v in value)
    return 0


def _text(value: Any) -> str:
    return "".join(value) if isinstance(value, list) else str(value)


def _cut(text: str, room: int) -> str:
    return text.encode("utf-8", "replace")[:max(room, 0)].decode("utf-8", "ignore")


def safe_data(data: dict[str, Any]) -> dict[str, Any]:
    """A display's mime bundle with only inert forms left (always with a plain-text one)."""
    kept: dict[str, Any] = {}
    for mime, value in data.items():
        if mime == "text/plain":
            kept[mime] = _text(value)
        elif mime in SAFE_MIME and _BASE64.fullmatch(_text(value)):
            kept[mime] = _text(value)
    dropped = sorted(set(data) - set(kept))
    if "text/plain" not in kept:
        kept["text/plain"] = f"[{', '.join(dropped) or 'empty'} output removed: feedback shows text and pictures only]"
    return kept


def clean_markup(source: str) -> str:
    """A student's Markdown (or raw) cell as clean HTML: formatting kept, nothing that can run."""
    import nh3
    from nbconvert.filters import markdown2html

    return nh3.clean(markdown2html(source), url_schemes={"http", "https", "mailto"})


class SafeOutputs(NbGraderPreprocessor):
    """Strip active content from outputs and students' cells; cap output bytes (module docstring)."""

    def preprocess(self, nb: NotebookNode, resources: dict) -> tuple[NotebookNode, dict]:
        limits = Sandbox(config=self.config)
        room = limits.notebook_output_bytes
        for cell in nb.cells:
            if cell.cell_type == "code" and is_grade(cell):  # the verdicts: never cut (a lost error = points)
                self._outputs(cell, limits, None)
            elif cell.cell_type == "code":
                room = self._outputs(cell, limits, room)
            elif cell.cell_type in ("markdown", "raw") and not is_locked(cell):
                cell.source = clean_markup(cell.source)
                for key in ("format", "raw_mimetype"):
                    cell.metadata.pop(key, None)
                if "attachments" in cell:
                    cell.attachments = {name: safe_data(bundle) for name, bundle in cell.attachments.items()}
        nb.metadata.pop("widgets", None)
        return nb, resources

    def _outputs(self, cell: NotebookNode, limits: Sandbox, room: int | None) -> int:
        if room is None:
            room = budget = 1 << 62
        else:
            budget = min(limits.cell_output_bytes, room)
        kept = []
        for out in cell.get("outputs", []):
            kind = out.get("output_type")
            if kind in ("display_data", "execute_result"):
                out = from_dict({**out, "data": safe_data(out.get("data", {})), "metadata": {}})
            elif kind == "error":
                out = from_dict({"output_type": "error", "ename": str(out.get("ename", "")),
                                 "evalue": str(out.get("evalue", "")),
                                 "traceback": [str(t) for t in out.get("traceback", [])]})
            elif kind != "stream":
                continue
            size = _size(out)
            if size > budget:
                if kind == "stream" and budget > 200:
                    kept.append(from_dict({**out, "text": _cut(_text(out.text), budget - 200)}))
                kept.append(from_dict({"output_type": "stream", "name": "stderr",
                                       "text": limits.reason("output") + "\n"}))
                budget = 0
                break
            kept.append(out)
            budget -= size
        cell.outputs = kept
        return max(room - (min(limits.cell_output_bytes, room) - budget), 0)
