"""Small building blocks shared by the widgets: labelled inputs, status badges, the context form."""
from __future__ import annotations

from datetime import date, datetime, time as dtime
from html import escape
from typing import Any

import ipywidgets as w

from ..context import INTERVIEW_TYPES, Context, all_kinds
from ..registry import formalities, regions
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


#: What the learner sees for each interview detail (messages name these, never the field's key).
FIELD_LABELS = {
    "candidate_name": "Your name", "recipient": "Writing to", "interviewers": "All interviewers",
    "company": "Company", "role": "Role", "interview_type": "Interview type", "kind": "Kind of email",
    "interview_at": "Interview", "sent_at": "Sending", "previous_sent_at": "Last email sent",
    "topics": "Topics you discussed", "region": "Their country", "formality": "How formal",
}


#: the kinds of email, as a learner reads them (a kind the checker does not know is not offered)
KIND_LABELS = {"thank_you": "thank-you", "second_follow_up": "second follow-up", "after_rejection": "after a rejection",
               "offer_reply": "reply to an offer", "after_informational": "after an informational interview"}


def _as_datetime(value: Any) -> datetime | None:
    """A datetime from a datetime or an ISO-like string (how lesson data stores times)."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, dtime(9, 0))
    try:
        return datetime.fromisoformat(str(value).strip().replace(" ", "T", 1))
    except ValueError:
        return None


class DateTimeInput(w.HBox):
    """A date picker and a time picker side by side; ``value`` is a datetime or None.

    Dates are picked, never typed as text, so there is no date format to get wrong. ``problem``
    says in plain words what is missing (a date without a time, or the reverse).
    """

    def __init__(self, label: str, value: Any = None, *, tooltip: str | None = None):
        when = _as_datetime(value)
        self.label = label
        self.day = w.DatePicker(value=when.date() if when else None, description=label, style=LABEL,
                                tooltip=tooltip or f"{label}: date", layout=w.Layout(width="24rem"))
        self.time = w.TimePicker(value=when.time().replace(second=0, microsecond=0) if when else None,
                                 description="at", style={"description_width": "1.5rem"},
                                 tooltip=f"{label}: time", layout=w.Layout(width="11rem"))
        super().__init__([self.day, self.time], layout=w.Layout(flex_flow="row wrap"))
        self.add_class("fe-datetime")

    @property
    def value(self) -> datetime | None:
        if self.day.value is None or self.time.value is None:
            return None
        return datetime.combine(self.day.value, self.time.value)

    @value.setter
    def value(self, value: Any) -> None:
        when = _as_datetime(value)
        with self.hold_trait_notifications():
            self.day.value = when.date() if when else None
            self.time.value = when.time().replace(second=0, microsecond=0) if when else None

    @property
    def problem(self) -> str | None:
        if self.day.value is not None and self.time.value is None:
            return f"{self.label}: pick a time as well as the date."
        if self.day.value is None and self.time.value is not None:
            return f"{self.label}: pick a date as well as the time."
        return None

    def observe_value(self, handler) -> None:
        self.day.observe(handler, names="value")
        self.time.observe(handler, names="value")


class ContextForm(w.VBox):
    """The optional interview details that sharpen the checks (names, role, topics, dates).

    ``read()`` never raises: it returns the context built from the valid fields and a list of
    plain-language messages for the fields that could not be used (shown in ``self.error``).
    """

    FIELDS = tuple(FIELD_LABELS)
    DATES = ("interview_at", "sent_at", "previous_sent_at")

    def __init__(self, context: Context | dict[str, Any] | None = None):
        if isinstance(context, Context):
            context = context.to_dict()
        c = dict(context or {})

        def s(key):
            v = c.get(key)
            return "" if v is None else str(v)

        L = FIELD_LABELS
        self.inputs: dict[str, Any] = {
            "candidate_name": text(L["candidate_name"], s("candidate_name"), placeholder="e.g. Jordan Lee"),
            "recipient": text(L["recipient"], s("recipient"), placeholder="the interviewer's full name"),
            "interviewers": text(L["interviewers"], ", ".join(c.get("interviewers") or ()),
                                 placeholder="names, separated by commas"),
            "company": text(L["company"], s("company")),
            "role": text(L["role"], s("role"), placeholder="the job title"),
            "interview_type": w.Dropdown(options=[("(not set)", "")] + [(t, t) for t in INTERVIEW_TYPES],
                                         value=c.get("interview_type") or "", description=L["interview_type"],
                                         style=LABEL, layout=choice(), tooltip="external, internal or panel"),
            "kind": w.Dropdown(options=[(label, k) for k, label in KIND_LABELS.items() if k in all_kinds()],
                               value=c.get("kind") or "thank_you", description=L["kind"], style=LABEL,
                               layout=choice()),
            "interview_at": DateTimeInput(L["interview_at"], c.get("interview_at"),
                                          tooltip="When the interview took place"),
            "sent_at": DateTimeInput(L["sent_at"], c.get("sent_at"), tooltip="When you will send this email"),
            "previous_sent_at": DateTimeInput(L["previous_sent_at"], c.get("previous_sent_at"),
                                              tooltip="Only for a second follow-up: when your thank-you went out"),
            "topics": area(L["topics"], "\n".join(c.get("topics") or ()), rows=3,
                           placeholder="one per line"),
            "region": w.Dropdown(options=[("(not set)", "")] + [(v["label"], k) for k, v in regions().items()],
                                 value=c.get("region") or "", description=L["region"], style=LABEL, layout=choice(),
                                 tooltip="Where the reader works: greetings and closings differ between countries"),
            "formality": w.Dropdown(options=[("(not set)", "")] + [(f, f) for f in formalities()],
                                    value=c.get("formality") or "", description=L["formality"], style=LABEL,
                                    layout=choice(), tooltip="How formal the company writes to you"),
        }
        assert set(self.inputs) == set(self.FIELDS)
        for key in self.DATES:  # stable hooks for the browser test (CSS classes are not shown)
            self.inputs[key].add_class("fe-" + key.replace("_", "-"))
        self.error = w.HTML()
        self.error.add_class("fe-context-error")
        super().__init__([*self.inputs.values(), self.error])
        self.add_class("fe-context-form")

    def observe_all(self, handler) -> None:
        for widget in self.inputs.values():
            if isinstance(widget, DateTimeInput):
                widget.observe_value(handler)
            else:
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
            if value:
                out[key] = value
        return out

    def problems(self) -> list[str]:
        """Plain-language notes about half-filled dates (a date without a time, or the reverse)."""
        return [p for key in self.DATES if (p := self.inputs[key].problem)]

    def read(self) -> tuple[Context, list[str]]:
        data, errors = self.raw(), self.problems()
        while True:
            try:
                ctx = Context.from_dict(data)
                break
            except ContextError as err:
                bad = getattr(err, "key", None)
                if bad not in data:
                    ctx = Context()
                    errors.append("The interview details could not be used; check them.")
                    break
                # The error's own text is for programmers; the learner gets the box's label.
                errors.append(f"{FIELD_LABELS.get(bad, 'One of the details')}: this could not be understood.")
                data.pop(bad)
        self.error.value = "".join(f"<div>{badge('warn', 'Check this')} {escape(e)} "
                                   "It is left out of the checks until you change it.</div>" for e in errors)
        return ctx, errors
