"""Small building blocks shared by the widgets: labelled inputs, status badges, the context form."""
from __future__ import annotations

from html import escape
from typing import Any

import ipywidgets as w

from ..context import INTERVIEW_TYPES, Context
from ..errors import ContextError
from ..render.html import STATUS_LABELS

def wide() -> w.Layout:
    """A fresh layout for a full-width input (each widget gets its own Layout model)."""
    return w.Layout(width="100%", max_width="48rem")
LABEL = {"description_width": "11rem"}


def choice() -> w.Layout:
    """A fresh layout for a drop-down wide enough to read its options."""
    return w.Layout(width="100%", max_width="30rem")


def text(label: str, value: str = "", *, placeholder: str = "", tooltip: str | None = None) -> w.Text:
    """A one-line input whose description is its visible, programmatic label."""
    return w.Text(value=value, description=label, placeholder=placeholder, continuous_update=True,
                  tooltip=tooltip or label, style=LABEL, layout=wide())


def area(label: str, value: str = "", *, rows: int = 12, placeholder: str = "", tooltip: str | None = None) -> w.Textarea:
    return w.Textarea(value=value, description=label, placeholder=placeholder, rows=rows, continuous_update=True,
                      tooltip=tooltip or label, style=LABEL, layout=wide())


def badge(status: str, label: str | None = None) -> str:
    """Status as icon + word + colour (colour is never the only signal)."""
    icon, word = STATUS_LABELS[status]
    return (f'<span class="fe-status fe-{status}"><span aria-hidden="true">{icon}</span> '
            f'{escape(label or word)}</span>')


BADGE_CSS = """<style>
.fe-status{display:inline-block;font-weight:600;padding:0 .35em;border-radius:.25em}
.fe-status.fe-pass{color:#0b6b2f;background:#e3f5e9}.fe-status.fe-warn{color:#7a4b00;background:#fff3d6}
.fe-status.fe-fail{color:#9b1c1c;background:#fde6e6}.fe-status.fe-skip{color:#4a4a4a;background:#efefef}
</style>"""


def live(html: str) -> str:
    """Wrap HTML so screen readers announce changes politely."""
    return f'<div role="status" aria-live="polite">{html}</div>'


def _csv(value: str) -> list[str]:
    return [p.strip() for p in value.replace(";", ",").split(",") if p.strip()]


class ContextForm(w.VBox):
    """The optional interview details that sharpen the checks (names, role, topics, dates).

    ``read()`` never raises: it returns the context built from the valid fields and a list of
    one-line errors for the fields that could not be understood.
    """

    FIELDS = ("candidate_name", "recipient", "interviewers", "company", "role", "interview_type", "kind",
              "interview_at", "sent_at", "previous_sent_at", "topics")

    def __init__(self, context: Context | dict[str, Any] | None = None):
        if isinstance(context, Context):
            context = context.to_dict()
        c = dict(context or {})

        def s(key):
            v = c.get(key)
            return "" if v is None else str(v).replace("T", " ") if key.endswith("_at") else str(v)

        self.inputs: dict[str, w.ValueWidget] = {
            "candidate_name": text("Your name", s("candidate_name"), placeholder="e.g. Jordan Lee"),
            "recipient": text("Writing to", s("recipient"), placeholder="the interviewer's full name"),
            "interviewers": text("All interviewers", ", ".join(c.get("interviewers") or ()),
                                 placeholder="names, separated by commas"),
            "company": text("Company", s("company")),
            "role": text("Role", s("role"), placeholder="the job title"),
            "interview_type": w.Dropdown(options=[("(not set)", "")] + [(t, t) for t in INTERVIEW_TYPES],
                                         value=c.get("interview_type") or "", description="Interview type",
                                         style=LABEL, layout=choice(), tooltip="external, internal or panel"),
            "kind": w.Dropdown(options=[("thank-you", "thank_you"), ("second follow-up", "second_follow_up"),
                                        ("after a rejection", "after_rejection")],
                               value=c.get("kind") or "thank_you", description="Kind of email", style=LABEL,
                               layout=choice()),
            "interview_at": text("Interview at", s("interview_at"), placeholder="2026-03-03 10:00"),
            "sent_at": text("Sending at", s("sent_at"), placeholder="2026-03-03 16:00"),
            "previous_sent_at": text("Last email sent at", s("previous_sent_at"),
                                     placeholder="only for a second follow-up"),
            "topics": area("Topics you discussed", "\n".join(c.get("topics") or ()), rows=3,
                           placeholder="one per line"),
        }
        assert set(self.inputs) == set(self.FIELDS)
        self.error = w.HTML()
        super().__init__([*self.inputs.values(), self.error])
        self.add_class("fe-context-form")

    def observe_all(self, handler) -> None:
        for widget in self.inputs.values():
            widget.observe(handler, names="value")

    def raw(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, widget in self.inputs.items():
            value = widget.value
            if key == "interviewers":
                value = _csv(value)
            elif key == "topics":
                value = [t.strip() for t in value.splitlines() if t.strip()]
            elif isinstance(value, str):
                value = value.strip() or None
                if value and key.endswith("_at"):
                    value = value.replace(" ", "T", 1)
            if value:
                out[key] = value
        return out

    def read(self) -> tuple[Context, list[str]]:
        data, errors = self.raw(), []
        while True:
            try:
                ctx = Context.from_dict(data)
                break
            except ContextError as err:
                bad = getattr(err, "key", None) or next((k for k in data if f"'{k}'" in str(err)), None)
                errors.append(str(err))
                if bad is None or bad not in data:
                    ctx = Context()
                    break
                data.pop(bad)
        self.error.value = "".join(f"<div>{badge('warn', 'Check this')} {escape(e)}; it is ignored until fixed.</div>"
                                   for e in errors)
        return ctx, errors
