"""Quizzes: questions are data (data/quizzes.toml); every answer gets its own feedback.

The choices of each question are shown in an order shuffled per learner (the same learner sees the
same order every time), so the right answer cannot be found by its place. Set
``FOLLOWUP_EDU_QUIZ_ORDER=fixed`` (the tests do) to show them in the order of the data file.
"""
from __future__ import annotations

import getpass
import os
import random
import socket
from html import escape
from typing import Any

import ipywidgets as w

from . import _ui, content


def learner_id() -> str:
    """Who is taking the quiz: the JupyterHub user, else the account and the machine (on Binder,
    where every account is called jovyan, each session's machine has its own name)."""
    if os.environ.get("JUPYTERHUB_USER"):
        return os.environ["JUPYTERHUB_USER"]
    try:
        user = getpass.getuser()
    except Exception:  # no user name on this system
        user = "learner"
    return f"{user}@{socket.gethostname()}"


def choice_order(n: int, key: str, learner: str | None = None) -> list[int]:
    """The order in which to show ``n`` choices: shuffled per learner and question, or the data's."""
    if os.environ.get("FOLLOWUP_EDU_QUIZ_ORDER", "").lower() == "fixed":
        return list(range(n))
    order = list(range(n))
    random.Random(f"{learner or learner_id()}|{key}").shuffle(order)
    return order


class QuestionView(w.VBox):
    def __init__(self, number: int, question: content.Question, order: list[int] | None = None):
        self.question = question
        self.order = order or list(range(len(question.choices)))
        self.prompt = w.HTML(f"<p><strong>{number}.</strong> {escape(question.prompt)}</p>")
        # Each option's value is its index in the data, whatever place it is shown in.
        self.choices = w.RadioButtons(options=[(question.choices[i].text, i) for i in self.order], value=None,
                                      description="Your answer", style={"description_width": "initial"},
                                      layout=w.Layout(width="auto"),
                                      tooltip=f"Answers to question {number}")
        self.feedback = w.HTML()
        self.feedback.add_class("fe-feedback")
        super().__init__([self.prompt, self.choices, self.feedback])
        self.add_class("fe-question")
        self.choices.observe(self._answer, names="value")

    @property
    def correct(self) -> bool | None:
        if self.choices.value is None:
            return None
        return self.question.choices[self.choices.value].correct

    def _answer(self, change: Any = None) -> None:
        if self.choices.value is None:
            self.feedback.value = ""
            return
        choice = self.question.choices[self.choices.value]
        badge = _ui.badge("pass", "Right") if choice.correct else _ui.badge("fail", "Not quite")
        self.feedback.value = _ui.BADGE_CSS + _ui.live(f"<p>{badge} {escape(choice.feedback)}</p>")


class Quiz(w.VBox):
    """Check yourself: one lesson's questions, feedback on each answer and a running total."""

    def __init__(self, lesson: str, learner: str | None = None):
        self.lesson = lesson
        self.questions = [QuestionView(i, q, choice_order(len(q.choices), f"{lesson}|{q.prompt}", learner))
                          for i, q in enumerate(content.quiz(lesson), 1)]
        self.total = w.HTML()
        self.total.add_class("fe-quiz-total")
        super().__init__([*self.questions, self.total])
        self.add_class("fe-quiz")
        for q in self.questions:
            q.choices.observe(self.update, names="value")
        self.update()

    def answer(self, question: int, choice: int) -> str:
        """Pick an answer as a learner would (0-based: the question, and the choice's place in the
        data file, not on screen); returns the feedback HTML."""
        self.questions[question].choices.value = choice
        return self.questions[question].feedback.value

    def update(self, change: Any = None) -> None:
        answered = [q for q in self.questions if q.correct is not None]
        right = sum(1 for q in answered if q.correct)
        n = len(self.questions)
        if len(answered) == n and right == n:
            last = self.lesson == max(content.quizzes())
            then = ("That was the last lesson: you have finished the course. Good luck with your follow-ups!"
                    if last else "On to the next lesson!")
            self.total.value = _ui.BADGE_CSS + _ui.badge("pass", "All right") + f" {right} of {n}. {then}"
        else:
            self.total.value = f"<p>{len(answered)} of {n} answered, {right} right.</p>"
