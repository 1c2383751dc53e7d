"""The quizzes (data/quizzes.toml) cannot be answered by guessing from length or position."""
from collections import Counter

import pytest

from followup_edu.widgets import Quiz, content
from followup_edu.widgets.quiz import choice_order


def _questions():
    return [q for lesson in content.quizzes() for q in content.quiz(lesson)]


def test_the_right_answer_is_rarely_the_longest():
    """Is the right answer the longest choice in at most 40% of the questions (it was 32 of 37)?"""
    qs = _questions()
    longest = [q.prompt for q in qs if len(q.choices[q.answer].text) == max(len(c.text) for c in q.choices)]
    assert len(longest) <= 0.4 * len(qs), f"{len(longest)} of {len(qs)}: {longest}"


def test_choices_are_of_similar_length():
    """Is no choice more than about twice as long as another in the same question?"""
    for q in _questions():
        lengths = [len(c.text) for c in q.choices]
        assert max(lengths) <= 2.2 * min(lengths) + 10, (q.prompt, lengths)


def test_the_right_answers_positions_are_spread():
    """Is the right answer spread over the positions in the data (it was last in 1 of 37)?"""
    qs = _questions()
    places = Counter(q.answer for q in qs)
    n = len(qs)
    for place in range(3):
        assert places[place] >= 0.2 * n, places


def test_choices_are_shuffled_per_learner_and_stable(monkeypatch):
    """Does each learner get their own order, the same every time, with the feedback still right?"""
    monkeypatch.delenv("FOLLOWUP_EDU_QUIZ_ORDER", raising=False)
    orders = {learner: [choice_order(3, q.prompt, learner) for q in _questions()] for learner in ("ana", "ben")}
    assert orders["ana"] == [choice_order(3, q.prompt, "ana") for q in _questions()]
    assert orders["ana"] != orders["ben"]
    shown_first = Counter(o[0] for o in orders["ana"])
    assert len(shown_first) == 3
    quiz = Quiz("04-greet-by-name", learner="ana")
    q = quiz.questions[0]
    assert [v for _label, v in q.choices.options] == q.order
    right = q.question.answer
    assert "Right" in quiz.answer(0, right)


def test_tests_see_the_data_order():
    quiz = Quiz("04-greet-by-name")
    assert [v for _label, v in quiz.questions[0].choices.options] == [0, 1, 2]


@pytest.mark.parametrize("lesson, ending", [("12-write-your-own", "On to the next lesson!"),
                                            ("13-keep-notes-and-plan", "finished the course")])
def test_the_last_quiz_ends_the_course(lesson, ending):
    quiz = Quiz(lesson)
    for i, q in enumerate(content.quiz(lesson)):
        quiz.answer(i, q.answer)
    assert ending in quiz.total.value


def test_every_lesson_has_a_which_would_you_send_question():
    """Does each lesson's quiz ask for a judgement between two concrete options (A or B), not only facts?"""
    lessons = [lesson for lesson in content.quizzes() if not lesson.startswith("00-")]
    assert len(lessons) >= 13
    for lesson in lessons:
        assert any("A:" in q.prompt and "B:" in q.prompt and "Which" in q.prompt for q in content.quiz(lesson)), lesson
