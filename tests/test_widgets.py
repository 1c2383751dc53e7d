"""The lesson widgets (followup_edu/widgets/) and their content, driven as a learner would.

Headless, the widgets' HTML lives in ``.value`` of their HTML children, so the tests set input
values (which fires the same callbacks as typing) and read that HTML.
"""
import re
from datetime import date, datetime, time
from pathlib import Path

import pytest

from followup_edu import check_email, principle, principle_ids
from followup_edu.widgets import (FixThisDraft, LiveChecker, PanelPlanner, Quiz, SendByCalculator, SubjectBuilder,
                                  ToneExplorer, content, sample_context, show_examples, show_panel_example)
from followup_edu.widgets.exercise import solved
from followup_edu.widgets.subject import suggest_subjects
from followup_edu.widgets.tone import TONE_CHECKS, check_phrasing

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
PROBLEM = ("warn", "fail")


# -- content: examples, exercises, tone pairs and quizzes are honest about the checker ----------

@pytest.mark.parametrize("ex", content.examples(), ids=lambda e: e.name)
def test_weak_example_is_flagged_on_its_focus(ex):
    """Does the checker flag the weak draft on at least one of the lesson's principles?"""
    r = check_email(ex.weak.subject, ex.weak.body, context=ex.weak.context)
    assert any(r.status_of(p) in PROBLEM for p in ex.focus), {p: r.status_of(p) for p in ex.focus}


@pytest.mark.parametrize("ex", content.examples(), ids=lambda e: e.name)
def test_strong_example_passes_everything(ex):
    """Is the strong draft free of warnings and failures (a false alarm here would teach the wrong thing)?"""
    r = check_email(ex.strong.subject, ex.strong.body, context=ex.strong.context, checks=ex.applies or None)
    assert all(r.status_of(p) == "pass" for p in ex.focus)
    assert not r.problems, [(f.check, f.message) for f in r.problems]


@pytest.mark.parametrize("xid", list(content.exercises()))
def test_exercise_starts_unsolved_and_its_repair_solves_it(xid):
    """Is each exercise a real exercise (unsolved at first) and solvable (the sample repair passes)?"""
    ex = content.exercise(xid)
    start = check_email(ex.draft.subject, ex.draft.body, context=ex.draft.context)
    assert not solved(start, ex.targets)
    assert any(start.status_of(t) in PROBLEM for t in ex.targets)
    repair = check_email(ex.solution.subject, ex.solution.body, context=ex.solution.context)
    assert solved(repair, ex.targets), [(f.check, f.status, f.message) for f in repair.problems]


@pytest.mark.parametrize("pair", content.tone_pairs(), ids=lambda p: p.id)
def test_tone_pairs_weak_is_flagged_and_strong_is_clean(pair):
    weak, strong = check_phrasing(pair.weak), check_phrasing(pair.strong)
    assert any(f.status in PROBLEM for f in weak.findings)
    assert not strong.problems, [(f.check, f.message) for f in strong.problems]
    assert weak.score < strong.score


def test_panel_example_weak_is_near_copies_and_strong_is_distinct():
    from followup_edu import check_emails
    for ex in content.panel_examples():
        assert check_emails(list(ex.weak), context=ex.context).status_of("distinct") == "fail"
        strong = check_emails(list(ex.strong), context=ex.context)
        assert strong.status_of("distinct") == "pass" and strong.ok
        assert all(not r.problems for r in strong.reports)


def test_transposed_letters_in_the_proofread_example_are_flagged():
    d = content.example("proofread-typos").weak
    r = check_email(d.subject, d.body, context=d.context)
    assert any("pnaels" in f.message for f in r.findings if f.check == "spelling")


def lesson_slugs():
    return sorted(p.stem for p in NOTEBOOKS.glob("*.ipynb"))


def test_every_registry_lesson_has_a_notebook_examples_and_a_quiz():
    """Does each principle's `lesson` slug name a notebook, with examples and a quiz for it?"""
    slugs = set(lesson_slugs())
    for pid in principle_ids():
        lesson = principle(pid).lesson
        assert lesson in slugs, f"{pid}: no notebook {lesson}.ipynb"
        assert lesson in content.quizzes()
        assert content.examples(lesson) or content.panel_examples(lesson)


@pytest.mark.parametrize("lesson", lesson_slugs())
def test_quiz_questions_have_one_answer_and_feedback_everywhere(lesson):
    questions = content.quiz(lesson)
    assert len(questions) >= 2
    for q in questions:
        assert sum(c.correct for c in q.choices) == 1, q.prompt
        assert len(q.choices) >= 3
        assert all(c.feedback.strip() for c in q.choices)


def test_every_example_principle_exists():
    ids = set(principle_ids())
    for ex in content.examples():
        assert set(ex.focus) <= ids
    for ex in content.exercises().values():
        assert set(ex.targets) <= ids


def test_unknown_content_names_give_clear_errors():
    for call in (lambda: content.example("nope"), lambda: content.exercise("nope"), lambda: content.quiz("nope"),
                 lambda: sample_context("nope")):
        with pytest.raises(KeyError, match="known"):
            call()


# -- the live checker ---------------------------------------------------------------------------

def test_live_checker_updates_on_every_change():
    """Does typing change the findings, the highlighted words and the score line?"""
    lc = LiveChecker(context=sample_context())
    assert "Waiting for your draft" in lc.status.value and lc.result.value == ""
    lc.subject.value = "Hi"
    lc.body.value = "Hey there,\n\nThanks. I reallly want this job!!!\n\njordan"
    first_score, first_html = lc.report.score, lc.result.value
    assert "<mark" in first_html and "reallly" in first_html
    assert 'data-tokens="9"' in lc.status.value
    assert "✘" in lc.status.value or "⚠" in lc.status.value
    strong = content.example("why-one-line").strong
    lc.subject.value, lc.body.value = strong.subject, strong.body
    assert lc.report.score > first_score and lc.report.ok and not lc.report.problems
    assert "Ready to send" in lc.status.value and "✔" in lc.status.value
    assert "<mark" not in lc.result.value


def test_live_checker_context_changes_the_verdict():
    """Does entering an interview time in the details form switch the timing check on?"""
    d = content.example("timing-three-days").weak
    lc = LiveChecker(d.subject, d.body)
    assert lc.report.status_of("timing") == "skip"
    lc.form.inputs["interview_at"].value = datetime(2026, 3, 3, 10, 0)
    lc.form.inputs["sent_at"].value = datetime(2026, 3, 6, 11, 0)
    assert lc.report.status_of("timing") == "fail"
    lc.form.inputs["sent_at"].value = datetime(2026, 3, 3, 15, 0)
    assert lc.report.status_of("timing") == "pass"


def test_live_checker_bad_context_is_a_message_not_a_traceback():
    """Is a half-filled date reported in plain words while the rest of the draft is still checked?"""
    lc = LiveChecker("Thank you", "Dear Priya,\n\nThank you.", context=sample_context())
    lc.form.inputs["interview_at"].time.value = None
    assert "Interview: pick a time as well as the date." in lc.form.error.value
    assert "interview_at" not in lc.form.error.value and "ISO" not in lc.form.error.value
    assert lc.report is not None and lc.result.value and lc.report.status_of("timing") == "skip"
    assert lc.form.read()[0].recipient == "Priya Raman"  # the valid fields survive
    lc.form.inputs["interview_at"].value = "2026-03-03 10:00"
    assert lc.form.error.value == "" and lc.report.status_of("timing") == "pass"


def test_context_form_dates_are_pickers():
    """Is every date in the interview details a date picker plus a time picker, never free text?"""
    import ipywidgets as w
    form = LiveChecker(context=sample_context()).form
    for key in form.DATES:
        box = form.inputs[key]
        assert isinstance(box.day, w.DatePicker) and isinstance(box.time, w.TimePicker)
    assert form.inputs["interview_at"].value == datetime(2026, 3, 3, 10, 0)


def test_live_checker_escapes_what_is_typed():
    lc = LiveChecker("x", "<script>alert(1)</script>")
    assert "<script>" not in lc.result.value


def test_live_checker_is_fast_enough_to_follow_typing():
    """Is one re-check of a 150-word draft well under the time between two keystrokes?"""
    strong = content.example("why-one-line").strong
    body = strong.body + "\n" + " ".join(["More detail here."] * 13)
    lc = LiveChecker(strong.subject, body, context=sample_context())
    times = []
    for i in range(5):
        lc.body.value = body + " x" * i
        times.append(lc.last_ms)
    assert len(lc.body.value.split()) >= 150
    assert min(times) < 150, times


# -- send-by calculator -------------------------------------------------------------------------

def test_send_by_calculator_shows_the_plan_and_reacts():
    s = SendByCalculator(datetime(2026, 3, 3, 10, 0))
    assert "Tuesday 3 March 2026, 18:00" in s.result.value
    s.day.value = date(2026, 3, 6)
    s.time.value = time(15, 30)
    assert s.plan.suggested == datetime(2026, 3, 6, 18, 0)
    assert "Saturday" in s.result.value
    assert s.sent_day.disabled


def test_send_by_calculator_reports_impossible_dates():
    s = SendByCalculator(datetime(2026, 3, 3, 10, 0))
    s.sent.value = True
    s.sent_day.value = date(2026, 3, 1)
    assert s.plan is None and "Check the dates" in s.result.value
    s.day.value = None
    assert "Pick a date" in s.result.value


# -- subject builder ----------------------------------------------------------------------------

def test_subject_suggestions_need_their_fields_and_pass_the_check():
    assert suggest_subjects("thank_you") == []
    lines = suggest_subjects("thank_you", role="Junior Data Analyst", name="Jordan Lee")
    assert lines and all("{" not in s for s in lines)
    assert not any("{company}" in s or " at " in s for s in lines)
    sb = SubjectBuilder(role="Junior Data Analyst", name="Jordan Lee", company="Northwind Analytics")
    assert sb.suggestions.value.count("fe-status fe-pass") == len(
        suggest_subjects("thank_you", "Junior Data Analyst", "Jordan Lee", "Northwind Analytics"))
    assert "fe-status fe-fail" not in sb.suggestions.value
    sb.own.value = "hi"
    assert "does not say what the email is about" in sb.verdict.value
    sb.purpose.value = "second_follow_up"
    assert "Following up" in sb.suggestions.value


# -- tone explorer ------------------------------------------------------------------------------

def test_tone_explorer_loads_pairs_and_checks_custom_text():
    te = ToneExplorer()
    assert te.reports[0].score < te.reports[1].score
    te.choice.value = "casual"
    assert te.a.value == next(p.weak for p in content.tone_pairs() if p.id == "casual")
    te.b.value = "I NEED AN ANSWER TODAY!!!"
    assert any(f.status in PROBLEM for f in te.reports[1].findings)
    assert {f.check for f in te.reports[0].findings} <= set(TONE_CHECKS)


# -- panel planner ------------------------------------------------------------------------------

def test_panel_planner_flags_near_copies_and_accepts_distinct_emails():
    pp = PanelPlanner.from_example("near-copies")
    assert pp.tabs.titles == ("Priya Raman", "Tom Okafor")
    assert pp.panel.status_of("distinct") == "fail" and "Near-copies" in pp.status.value
    words = re.sub(r"<[^>]+>", " ", pp.status.value.split("</style>")[-1]).lower().split()
    assert not any(a == b for a, b in zip(words, words[1:])), words  # not "Near-copies near-copies"
    strong = content.panel_examples()[0].strong
    for tab, (_r, s, b) in zip(pp.tabs.children, strong):
        tab.subject.value, tab.body.value = s, b
    assert pp.panel.status_of("distinct") == "pass" and "Distinct" in pp.status.value


def test_panel_planner_add_and_remove_tabs():
    pp = PanelPlanner()
    assert pp.panel is None and "No emails yet" in pp.status.value
    pp.add_button.click()  # no name typed
    assert "Name needed" in pp.status.value and not pp.tabs.children
    pp.new_name.value = "Mei Chen"
    pp.add_button.click()
    assert pp.tabs.titles == ("Mei Chen",) and pp.new_name.value == ""
    pp.add("Tom Okafor", "Thank you", "Dear Tom,\n\nThank you.")
    assert len(pp.panel.reports) == 2
    pp.tabs.selected_index = 0
    pp.remove_button.click()
    assert pp.tabs.titles == ("Tom Okafor",)


# -- fix this draft -----------------------------------------------------------------------------

def test_fix_this_draft_tracks_progress_and_resets():
    fx = FixThisDraft("fix-greeting")
    assert not fx.solved and "Keep going" in fx.progress.value
    sol = fx.exercise.solution
    fx.body.value = sol.body
    assert fx.solved and "Solved" in fx.progress.value and "✔" in fx.progress.value
    fx.reset_button.click()
    assert fx.body.value == fx.exercise.draft.body and not fx.solved
    fx.hint_button.value = True
    assert "Priya Raman" in fx.hint.value
    fx.solution_button.value = True
    assert "One possible repair" in fx.hint.value


# -- quizzes ------------------------------------------------------------------------------------

def test_quiz_gives_feedback_on_each_answer():
    q = Quiz("02-send-it-on-time")
    question = content.quiz("02-send-it-on-time")[0]
    for i, choice in enumerate(question.choices):
        html = q.answer(0, i)
        assert choice.feedback[:30] in html.replace("&#x27;", "'")
        assert ("Right" in html) == choice.correct and ("Not quite" in html) != choice.correct
    for i, qq in enumerate(content.quiz("02-send-it-on-time")):
        q.answer(i, qq.answer)
    assert "All right" in q.total.value


# -- accessibility and CSS hooks ----------------------------------------------------------------

def _walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _walk(child)


@pytest.mark.parametrize("factory, css", [
    (lambda: LiveChecker(), "fe-live-checker"),
    (lambda: SendByCalculator(), "fe-send-by"),
    (lambda: SubjectBuilder(), "fe-subject-builder"),
    (lambda: ToneExplorer(), "fe-tone-explorer"),
    (lambda: PanelPlanner(["Priya Raman"]), "fe-panel-planner"),
    (lambda: FixThisDraft("fix-tone"), "fe-fix-draft"),
    (lambda: Quiz("04-greet-by-name"), "fe-quiz"),
])
def test_widgets_have_labels_and_stable_css_classes(factory, css):
    """Does every input carry a visible label (description) or a tooltip, and the widget its CSS class?"""
    import ipywidgets as w
    widget = factory()
    assert css in widget._dom_classes
    inputs = [x for x in _walk(widget) if isinstance(x, (w.Text, w.Textarea, w.Dropdown, w.DatePicker,
                                                         w.TimePicker, w.Checkbox, w.RadioButtons, w.Button,
                                                         w.ToggleButton))]
    assert inputs
    for x in inputs:
        assert (getattr(x, "description", "") or getattr(x, "tooltip", None)), f"unlabelled {type(x).__name__}"


def test_examples_widgets_render():
    for lesson in {e.lesson for e in content.examples()}:
        box = show_examples(lesson)
        assert all("fe-report" in child.value for child in box.children)
    panel = show_panel_example()
    weak, strong = panel.children[0].children[1].children
    assert "100% the same" in weak.value and "nothing to fix" in strong.value


# -- the interview details: every field the checker reads, and plain messages ------------------------

def test_context_form_carries_every_detail_the_checker_reads():
    """Do the answer to mend, the promise, their decision date, the country and the formality typed in
    the interview details reach the checker, and does the form offer every key the context has?"""
    from followup_edu.context import Context
    from followup_edu.widgets._ui import FIELD_LABELS
    assert set(FIELD_LABELS) == set(Context.keys())
    body = content.example("why-one-line").strong.body.rsplit("\n", 1)[0]  # no contact line: nothing linked
    lc = LiveChecker("Thank you – Junior Data Analyst interview", body, context=sample_context())
    form = lc.form.inputs
    assert lc.report.status_of("clarify") == "skip" and lc.report.status_of("materials") == "skip"
    form["weak_answer"].value = "my answer on SQL joins"
    form["promised"].value = "a link to my portfolio"
    form["decision_by"].value = date(2026, 3, 20)
    form["region"].value, form["formality"].value = "de", "formal"
    ctx = lc.context
    assert ctx.weak_answer == "my answer on SQL joins" and ctx.promised == ("a link to my portfolio",)
    assert ctx.decision_by == datetime(2026, 3, 20) and (ctx.region, ctx.formality) == ("de", "formal")
    assert lc.report.status_of("clarify") in PROBLEM and lc.report.status_of("materials") in PROBLEM
    assert lc.report.status_of("greeting") in PROBLEM  # a first name in a formal German setting
    # a value the lists do not offer (saved or sample details) is not a traceback
    other = LiveChecker(context={"region": "atlantis", "kind": "postcard", "formality": "very"}).form.inputs
    assert other["region"].value == "" and other["kind"].value == "thank_you"


@pytest.mark.parametrize("key,value", [("decision_by", "tomorrow 5pm"), ("interview_at", "tomorrow 5pm"),
                                       ("sent_at", "next Friday"), ("region", "atlantis"), ("formality", "very"),
                                       ("kind", "postcard"), ("weak_answer", 42), ("promised", {"a": 1}),
                                       ("company", 3), ("decision_by", "2026-02-30")])
def test_a_value_the_checker_cannot_read_gets_a_plain_message(key, value):
    """Does a bad value give the learner a specific plain message: no key, no type, no format code?"""
    from followup_edu.context import Context
    from followup_edu.errors import ContextError
    from followup_edu.widgets._ui import FIELD_LABELS, plain_problem
    with pytest.raises(ContextError) as err:
        Context.from_dict({key: value})
    said = plain_problem(err.value.key, err.value.problem)
    assert said.startswith(FIELD_LABELS[key] + ":")
    assert not re.search(r"_|ISO|8601|%|YYYY|expected|got|\bstr\b|\bint\b|dict|Traceback", said), said
    if key == "decision_by":  # the checker's own words, which say how to write it
        assert err.value.problem in said and "for example" in said


def test_html_report_shows_the_checkers_notes():
    """Are the checker's notes (the kind it inferred, a kind that does not fit, a junk detail) shown in
    the HTML report and the live checker, escaped?"""
    from followup_edu.render.html import render_report
    strong = content.example("why-one-line").strong
    inferred = check_email(strong.subject, strong.body)
    assert inferred.notes and "fe-notes" in render_report(inferred)
    assert inferred.notes[0].split("(")[0].strip() in render_report(inferred)
    lc = LiveChecker(strong.subject, strong.body, context=sample_context(recipient="asdf", interviewers=["asdf"]))
    assert "asdf" in lc.result.value and "fe-notes" in lc.result.value
    assert any("asdf" in n for n in lc.report.notes)
    rejection = content.example("rejection-reply").strong
    doubt = check_email(rejection.subject, rejection.body, context=sample_context(kind="thank_you"))
    html = render_report(doubt)
    assert doubt.notes and 'class="fe-notes"' in html
    junk = LiveChecker("x", "Dear <b>x</b>,", context=sample_context(company="<i>asdf</i>"))
    assert "<i>asdf</i>" not in junk.result.value and "&lt;i&gt;asdf&lt;/i&gt;" in junk.result.value
    panel = PanelPlanner([("asdf", strong.subject, strong.body)], context=sample_context())
    assert "fe-notes" in panel.result.value


@pytest.mark.parametrize("name", ["materials-portfolio", "which-interview", "formal-profile"])
def test_each_practice_pair_starts_flagged_and_the_strong_repair_passes(name):
    """Does the practice checker of lessons 04, 05 and 11 start on the weak email, flagged on the pair's
    principles, with its details (the promise, the dates, the country) in the form, and pass once the
    strong email is typed in?"""
    from followup_edu.gallery import pair
    from followup_edu.widgets import practise_pair
    weak, strong = pair(name)
    lc = practise_pair(name)
    assert all(lc.report.status_of(p) in PROBLEM for p in weak.flags)
    assert lc.context == weak.context
    lc.subject.value, lc.body.value = strong.subject, strong.body
    assert not lc.report.problems, [(f.check, f.message) for f in lc.report.problems]
    if name == "materials-portfolio":  # the invented address lesson 05 suggests keeps the promise
        lc.body.value = weak.body.replace("As promised, I will send you my portfolio when I get a chance.",
                                          "My portfolio is here: inesnavarro.design/work.")
        assert lc.report.status_of("materials") == "pass"
    if name == "formal-profile":  # what lesson 04 says: relaxed, a first name and “Best,” are fine
        lc.subject.value, lc.body.value = weak.subject, weak.body
        lc.form.inputs["formality"].value = "relaxed"
        assert lc.report.status_of("greeting") == "pass" and lc.report.status_of("signoff") == "pass"
