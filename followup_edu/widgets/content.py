"""Lesson content as data: examples, exercises, tone pairs, subject templates and quizzes.

Everything a counsellor might want to change lives in ``data/lessons.toml`` and
``data/quizzes.toml``; this module only reads and validates it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

try:
    import tomllib  # type: ignore[import-not-found]
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]


def _load(name: str) -> dict[str, Any]:
    return tomllib.loads(resources.files("followup_edu").joinpath(f"data/{name}").read_text("utf-8"))


@lru_cache(maxsize=1)
def lessons() -> dict[str, Any]:
    return _load("lessons.toml")


@lru_cache(maxsize=1)
def quizzes() -> dict[str, Any]:
    return _load("quizzes.toml")


def context_dict(overrides: dict[str, Any] | None = None, base: str = "default") -> dict[str, Any]:
    """The sample interview used across the lessons, with some fields replaced."""
    out = dict(lessons()["contexts"][base])
    out.update(overrides or {})
    return out


def sample_context(name: str = "default", **overrides: Any) -> dict[str, Any]:
    """The sample interview from lessons.toml (``default``, ``internal`` or ``panel``), as a dict."""
    if name not in lessons()["contexts"]:
        raise KeyError(f"no sample interview {name!r}; known: {', '.join(lessons()['contexts'])}")
    return context_dict(overrides, base=name)


@dataclass(frozen=True)
class Draft:
    """One example email: what it is called, its text and its interview context."""

    label: str
    subject: str
    body: str
    context: dict[str, Any]
    note: str = ""
    #: What the note says the checker finds (principle id -> status); tests hold the checker to it.
    shows: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Example:
    """A weak and a strong draft that show one lesson's principles (``focus``)."""

    lesson: str
    name: str
    focus: tuple[str, ...]
    weak: Draft
    strong: Draft
    intro: str = ""
    #: What the intro says about each side ({"weak": {id: status}, "strong": {...}}).
    shows: dict[str, dict[str, str]] = field(default_factory=dict)
    #: The principles that apply at all, when the text is not a whole email (a LinkedIn note has no
    #: subject or sign-off); empty means every principle.
    applies: tuple[str, ...] = ()


@dataclass(frozen=True)
class Exercise:
    """A weak draft to repair until the ``targets`` pass."""

    id: str
    lesson: str
    title: str
    instructions: str
    targets: tuple[str, ...]
    draft: Draft
    hint: str
    solution: Draft = field(repr=False)


def _draft(raw: dict[str, Any], label: str, base_ctx: dict[str, Any]) -> Draft:
    ctx = dict(base_ctx)
    ctx.update(raw.get("context", {}))
    return Draft(raw.get("label", label), raw.get("subject", ""), raw["body"].strip("\n"), ctx, raw.get("note", ""),
                 dict(raw.get("shows", {})))


def examples(lesson: str | None = None) -> list[Example]:
    """The weak/strong examples, all or those of one lesson (by its slug)."""
    out = []
    for name, raw in lessons()["examples"].items():
        if lesson is not None and raw["lesson"] != lesson:
            continue
        base = context_dict(raw.get("context"), raw.get("base", "default"))
        out.append(Example(raw["lesson"], name, tuple(raw["focus"]),
                           _draft(raw["weak"], "Weak draft", base), _draft(raw["strong"], "Strong draft", base),
                           raw.get("intro", ""), dict(raw.get("shows", {})), tuple(raw.get("applies", ()))))
    return out


def example(name: str) -> Example:
    for ex in examples():
        if ex.name == name:
            return ex
    raise KeyError(f"no example named {name!r}; known: {', '.join(e.name for e in examples())}")


def exercises() -> dict[str, Exercise]:
    out = {}
    for xid, raw in lessons()["exercises"].items():
        base = context_dict(raw.get("context"), raw.get("base", "default"))
        out[xid] = Exercise(xid, raw["lesson"], raw["title"], raw["instructions"].strip(), tuple(raw["targets"]),
                            _draft(raw["draft"], "Draft", base), raw["hint"].strip(),
                            _draft(raw["solution"], "One possible repair", base))
    return out


def exercise(xid: str) -> Exercise:
    try:
        return exercises()[xid]
    except KeyError:
        raise KeyError(f"no exercise {xid!r}; known: {', '.join(exercises())}") from None


@dataclass(frozen=True)
class TonePair:
    id: str
    label: str
    weak: str
    strong: str
    note: str


def tone_pairs() -> list[TonePair]:
    return [TonePair(p["id"], p["label"], p["weak"], p["strong"], p.get("note", "")) for p in lessons()["tone_pairs"]]


@dataclass(frozen=True)
class Choice:
    text: str
    correct: bool
    feedback: str


@dataclass(frozen=True)
class Question:
    prompt: str
    choices: tuple[Choice, ...]

    @property
    def answer(self) -> int:
        return next(i for i, c in enumerate(self.choices) if c.correct)


def quiz(lesson: str) -> list[Question]:
    """The questions of one lesson's quiz, in order."""
    try:
        raw = quizzes()[lesson]
    except KeyError:
        raise KeyError(f"no quiz for lesson {lesson!r}; known: {', '.join(quizzes())}") from None
    return [Question(q["prompt"].strip(), tuple(Choice(c["text"], bool(c.get("correct", False)), c["feedback"].strip())
                                             for c in q["choices"]))
            for q in raw["questions"]]


@dataclass(frozen=True)
class PanelExample:
    """Emails to several interviewers: near-copies (weak) and distinct ones (strong)."""

    name: str
    lesson: str
    intro: str
    context: dict[str, Any]
    weak: tuple[tuple[str, str, str], ...]
    strong: tuple[tuple[str, str, str], ...]


def panel_examples(lesson: str | None = None) -> list[PanelExample]:
    out = []
    for name, raw in lessons()["panel_examples"].items():
        if lesson is not None and raw["lesson"] != lesson:
            continue
        emails = {side: tuple((r, s, b.strip("\n")) for r, s, b in raw[side]) for side in ("weak", "strong")}
        out.append(PanelExample(name, raw["lesson"], raw.get("intro", ""),
                                context_dict(raw.get("context"), raw.get("base", "panel")),
                                emails["weak"], emails["strong"]))
    return out
