"""Quizzes: questions are data (data/quizzes.toml); every answer gets its own feedback."""
from __future__ import annotations

from html import escape
from typing import Any

import ipywidgets as w

from . import _ui, content


class QuestionView(w.VBox):
    def __init__(self, number: int, question: content.Question):
        self.question = question
        self.prompt = w.HTML(f"<p><strong>{number}.</strong> {escape(question.prompt)}</p>")
        self.choices = w.RadioButtons(options=[(c.text, i) for i, c in enumerate(question.choices)], value=None,
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

    def __init__(self, lesson: str):
        self.lesson = lesson
        self.questions = [QuestionView(i, q) for i, q in enumerate(content.quiz(lesson), 1)]
        self.total = w.HTML()
        self.total.add_class("fe-quiz-total")
        super().__init__([*self.questions, self.total])
        self.add_class("fe-quiz")
        for q in self.questions:
            q.choices.observe(self.update, names="value")
        self.update()

    def answer(self, question: int, choice: int) -> str:
        """Pick an answer (0-based indexes) as a learner would; returns the feedback HTML."""
        self.questions[question].choices.value = choice
        return self.questions[question].feedback.value

    def update(self, change: Any = None) -> None:
        answered = [q for q in self.questions if q.correct is not None]
        right = sum(1 for q in answered if q.correct)
        n = len(self.questions)
        if len(answered) == n and right == n:
            self.total.value = _ui.BADGE_CSS + _ui.badge("pass", "All right") + f" {right} of {n}. On to the next lesson!"
        else:
            self.total.value = f"<p>{len(answered)} of {n} answered, {right} right.</p>"
