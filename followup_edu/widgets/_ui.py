"""Small building blocks shared by the widgets: labelled inputs, status badges, the context form."""
from __future__ import annotations

import re
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


def _option(options: list[tuple[str, str]], value: Any, default: str = "") -> str:
    """``value`` when the drop-down offers it, else ``default`` (saved or sample details may hold a value
    the list no longer has; the form then says so instead of failing)."""
    return value if value in {v for _label, v in options} else default


def _items(value: Any) -> list[str]:
    """A list of texts from one text or a list of them."""
    if value is None:
        return []
    return [value] if isinstance(value, str) else [str(v) for v in value]


def _csv(value: str) -> list[str]:
    return [p.strip() for p in value.replace(";", ",").split(",") if p.strip()]


#: What the learner sees for each interview detail (messages name these, never the field's key).
FIELD_LABELS = {
    "candidate_name": "Your name", "recipient": "Writing to", "interviewers": "All interviewers",
    "company": "Company", "role": "Role", "interview_type": "Interview type", "kind": "Kind of email",
    "interview_at": "Interview", "sent_at": "Sending", "previous_sent_at": "Last email sent",
    "topics": "Topics you discussed", "weak_answer": "An answer to improve", "promised": "You promised to send",
    "decision_by": "They decide by", "region": "Their country", "formality": "How formal",
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


def profile_choices() -> dict[str, list[tuple[str, str]]]:
    """The drop-downs of the region and formality profile, as a learner reads them."""
    return {"region": [("(not set)", "")] + [(v["label"], k) for k, v in regions().items()],
            "formality": [("(not set)", "")] + [(f, f) for f in formalities()]}


def profile_dropdown(key: str, value: Any = "") -> w.Dropdown:
    """"Their country" or "How formal": the profile that adjusts greeting and closing conventions."""
    options = profile_choices()[key]
    tip = ("Where the reader works: greetings and closings differ between countries" if key == "region"
           else "How formal the company writes to you")
    return w.Dropdown(options=options, value=_option(options, value), description=FIELD_LABELS[key], style=LABEL,
                      layout=choice(), tooltip=tip)


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


class DateInput(w.HBox):
    """A date picker alone (a day, no time), with a box to say the date is known; ``value`` is a date
    or None. Like :class:`DateTimeInput`, it is picked, never typed as text."""

    def __init__(self, label: str, value: Any = None, *, tooltip: str | None = None):
        when = _as_datetime(value)
        self.label = label
        self.day = w.DatePicker(value=when.date() if when else None, description=label, style=LABEL,
                                tooltip=tooltip or label, layout=w.Layout(width="24rem"))
        super().__init__([self.day], layout=w.Layout(flex_flow="row wrap"))
        self.add_class("fe-date")

    @property
    def value(self) -> date | None:
        return self.day.value

    @value.setter
    def value(self, value: Any) -> None:
        when = _as_datetime(value)
        self.day.value = when.date() if when else None

    problem = None  # one picker: nothing can be half filled

    def observe_value(self, handler) -> None:
        self.day.observe(handler, names="value")


#: what marks a message written for programmers (a field's key, a type, a format's name or code)
_JARGON = re.compile(r"\b(?:iso|8601|expected|got|key|context|yyyy|mm|dd|hh|traceback|str|int|float|nonetype|"
                     r"list|tuple|dict)\b|%|_|\{|\}", re.IGNORECASE)


def plain_problem(key: str, problem: str | None) -> str:
    """What the learner reads about a value the checker could not use: the checker's own message when
    it is written for people, else a plain sentence for that field. Never a key, a type or a format."""
    label = FIELD_LABELS.get(key, "One of the details")
    if problem and not _JARGON.search(problem):
        return f"{label}: {problem}"
    if key in ("interview_at", "sent_at", "previous_sent_at", "decision_by"):
        return f"{label}: this is not a date the checker can read. Pick the day from the calendar next to it."
    if key in ("interview_type", "kind", "region", "formality"):
        return f"{label}: pick one of the choices in the list."
    return f"{label}: this could not be used. Write it as a few plain words."


class ContextForm(w.VBox):
    """The optional interview details that sharpen the checks (names, role, topics, dates).

    ``read()`` never raises: it returns the context built from the valid fields and a list of
    plain-language messages for the fields that could not be used (shown in ``self.error``).
    """

    FIELDS = tuple(FIELD_LABELS)
    DATES = ("interview_at", "sent_at", "previous_sent_at")
    #: dropdowns, and the text a learner reads for "not set"
    CHOICES = ("interview_type", "kind", "region", "formality")

    def __init__(self, context: Context | dict[str, Any] | None = None):
        if isinstance(context, Context):
            context = context.to_dict()
        c = dict(context or {})

        def s(key):
            v = c.get(key)
            return "" if v is None else str(v)

        L = FIELD_LABELS
        types = [("(not set)", "")] + [(t, t) for t in INTERVIEW_TYPES]
        kinds = [(label, k) for k, label in KIND_LABELS.items() if k in all_kinds()]
        self.inputs: dict[str, Any] = {
            "candidate_name": text(L["candidate_name"], s("candidate_name"), placeholder="e.g. Jordan Lee"),
            "recipient": text(L["recipient"], s("recipient"), placeholder="the interviewer's full name"),
            "interviewers": text(L["interviewers"], ", ".join(c.get("interviewers") or ()),
                                 placeholder="names, separated by commas"),
            "company": text(L["company"], s("company")),
            "role": text(L["role"], s("role"), placeholder="the job title"),
            "interview_type": w.Dropdown(options=types, value=_option(types, c.get("interview_type")),
                                         description=L["interview_type"],
                                         style=LABEL, layout=choice(), tooltip="external, internal or panel"),
            "kind": w.Dropdown(options=kinds, value=_option(kinds, c.get("kind"), "thank_you"),
                               description=L["kind"], style=LABEL,
                               layout=choice()),
            "interview_at": DateTimeInput(L["interview_at"], c.get("interview_at"),
                                          tooltip="When the interview took place"),
            "sent_at": DateTimeInput(L["sent_at"], c.get("sent_at"), tooltip="When you will send this email"),
            "previous_sent_at": DateTimeInput(L["previous_sent_at"], c.get("previous_sent_at"),
                                              tooltip="Only for a second follow-up: when your thank-you went out"),
            "topics": area(L["topics"], "\n".join(c.get("topics") or ()), rows=3,
                           placeholder="one per line"),
            "weak_answer": area(L["weak_answer"], s("weak_answer"), rows=2,
                                placeholder="an answer that went less well, in a few words (lesson 05)",
                                tooltip="The checker looks for one calm sentence that mends it"),
            "promised": text(L["promised"], "; ".join(_items(c.get("promised"))),
                             placeholder="e.g. a link to my portfolio (several: separate them with ;)",
                             tooltip="What you said you would send: the checker looks for the link or attachment"),
            "decision_by": DateInput(L["decision_by"], c.get("decision_by"),
                                     tooltip="The date they said they would decide or be in touch by"),
            "region": profile_dropdown("region", c.get("region")),
            "formality": profile_dropdown("formality", c.get("formality")),
        }
        assert set(self.inputs) == set(self.FIELDS)
        for key in self.FIELDS:  # stable hooks for the browser test (CSS classes are not shown)
            self.inputs[key].add_class("fe-" + key.replace("_", "-"))
        self.error = w.HTML()
        self.error.add_class("fe-context-error")
        super().__init__([*self.inputs.values(), self.error])
        self.add_class("fe-context-form")

    def observe_all(self, handler) -> None:
        for widget in self.inputs.values():
            if isinstance(widget, (DateTimeInput, DateInput)):
                widget.observe_value(handler)
            else:
                widget.observe(handler, names="value")

    def fill(self, ctx: dict[str, Any]) -> None:
        """Set the fields named in ``ctx`` (the interview details another widget holds: notes, a
        capstone's interview); a key that is absent is left as it is, a None clears it. Only the fields
        that change are set, so the checker re-checks once per change; a kind or a choice the list does
        not offer leaves the one chosen."""
        form = self.inputs
        for key, value in ctx.items():
            if key not in form:
                continue
            if key == "interviewers":
                value = ", ".join(value or ())
            elif key == "topics":
                value = "\n".join(value or ())
            elif key == "promised":
                value = "; ".join(_items(value))
            elif key in self.CHOICES:
                value = _option(list(form[key].options), value or "", form[key].value)
            elif key in self.DATES:
                value = _as_datetime(value)
            elif key == "decision_by":
                value = _as_datetime(value)
                value = value.date() if value else None
            else:
                value = "" if value is None else str(value)
            if form[key].value != value:
                form[key].value = value

    def raw(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, widget in self.inputs.items():
            value = widget.value
            if key == "interviewers":
                value = _csv(value)
            elif key == "topics":
                value = [t.strip() for t in value.splitlines() if t.strip()]
            elif key == "promised":
                value = [t.strip() for t in value.split(";") if t.strip()]
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
                # The checker's own message when it is written for people; the box keeps what was typed.
                errors.append(plain_problem(bad, getattr(err, "problem", None)))
                data.pop(bad)
        self.error.value = "".join(f"<div>{badge('warn', 'Check this')} {escape(e)} "
                                   "It is left out of the checks until you change it.</div>" for e in errors)
        return ctx, errors
