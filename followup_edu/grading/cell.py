"""What a grade cell calls: one principle of one email, as points and the checker's advice.

A grade cell reads::

    \"\"\"Does the email greet Priya by name?\"\"\"
    from followup_edu.grading.cell import expect
    expect("thank_you_email", "greeting", subject=subject, body=body)

``expect`` returns ``None`` when the principle passes (full points), prints the advice and returns
the partial points when it half-passes (nbgrader reads a number as partial credit), and raises
``AssertionError`` with the checker's message when it fails. The student never sees test code,
only the message.

In the student's own kernel (the Validate button) this runs in-process. During ``nbgrader
autograde`` the course's ``IsolatedGrading`` preprocessor re-runs every grade cell in a fresh
interpreter (see :mod:`followup_edu.grading.judge`) and the kernel's results are discarded.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import rubric
from ..api import check_email, check_emails
from ..checks import registered
from ..model import credit, worst
from ..normalize import clean
from ..registry import principle
from ..text import function_words, quote, words_in, parse
from .scenarios import Email, Task, attempt_rules, task as get_task



@dataclass(frozen=True)
class Verdict:
    grade_id: str
    status: str          # pass | warn | fail
    points: float
    max_points: float
    message: str


def _read(name: str, answers: dict[str, Any]) -> tuple[str | None, str | None]:
    """The answer as a real ``str`` copy, or the reason it cannot be graded."""
    rules = attempt_rules()["messages"]
    if name not in answers:
        return None, rules["missing"].format(name=name)
    value = answers[name]
    if type(value) is not str:  # noqa: E721 - subclasses could lie about their content
        return None, rules["not_text"].format(name=name, type=type(value).__name__)
    return "".join([value]), None  # a fresh copy, never the student's object


def attempt_problem(subject: str, body: str | None) -> str | None:
    """Why this is not yet an attempt at the email (then nothing earns points), or None."""
    rules = attempt_rules()
    msgs = rules["messages"]
    if len(subject) + len(body or "") > rules["max_chars"]:
        return msgs["too_long"].format(max_chars=rules["max_chars"])
    if not subject.strip():
        return msgs["no_subject"]
    if body is None:
        return None
    words = words_in(clean(body).text)  # as the checks read it: a soft hyphen splits no word
    if len(words) < rules["min_body_words"]:
        return msgs["no_body"]
    fw = function_words()
    share = sum(1 for w in words if w.text.lower().replace("’", "'") in fw) / len(words)
    if share < rules["min_function_word_share"]:
        return msgs["not_prose"]
    draft = parse(subject, body)
    if len([s for s in draft.sentences if s.is_prose]) < rules["min_body_sentences"]:
        return msgs["not_prose"]
    return None


def _email_answers(email: Email, answers: dict[str, Any]) -> tuple[str, str | None, str | None]:
    subject, problem = _read(email.subject_var, answers)
    if problem:
        return "", None, problem
    body = None
    if email.body_var:
        body, problem = _read(email.body_var, answers)
        if problem:
            return "", None, problem
    return subject, body, None


def _verdict(grade_id: str, pid: str, status: str, message: str) -> Verdict:
    weight = float(principle(pid).weight)
    return Verdict(grade_id, status, weight * (credit(status) or 0.0), weight, message)


def _placeholder_gate(subject: str, body: str | None, email: Email) -> str | None:
    if body is None:
        return None
    report = check_email(subject, body, email.context, checks=["placeholders"])
    bad = [f for f in report.findings if f.status == "fail"]
    if not bad:
        return None
    f = bad[0]
    text = report.subject if f.field == "subject" else report.body
    q = quote(text[f.span[0]:f.span[1]]) if f.span else "see the email"
    return attempt_rules()["messages"]["placeholders"].format(quote=q)


def verdict(task_id: str, grade_id: str, **answers: Any) -> Verdict:
    """Grade one grade cell from the student's answer strings."""
    task: Task = get_task(task_id)
    pid, email = task.resolve(grade_id)
    if email is None:  # the panel's `distinct` cell compares every email
        triples = []
        for e in task.emails:
            subject, body, problem = _email_answers(e, answers)
            problem = problem or attempt_problem(subject, body) or _placeholder_gate(subject, body, e)
            if problem:
                who = e.context.recipient or e.key.replace("_", " ")
                return _verdict(grade_id, pid, "fail", f"Your email to {who}: {problem}")
            triples.append((e.context.recipient, subject, body or ""))
        panel = check_emails(triples, context=task.emails[0].context)
        return _summarise(grade_id, pid, panel.findings)
    subject, body, problem = _email_answers(email, answers)
    problem = problem or attempt_problem(subject, body) or _placeholder_gate(subject, body, email)
    if problem:
        return _verdict(grade_id, pid, "fail", problem)
    if task.subject_only:  # a subject line on its own: run just that principle's check on it
        findings = registered()[pid](parse(subject, ""), email.context, principle(pid))
        return _summarise(grade_id, pid, findings)
    report = check_email(subject, body, email.context)  # the whole email: the rubric reads all of it
    return _summarise(grade_id, pid, report.findings, rubric.graded(report, email.context.effective_kind, email.principles)[pid])


def _summarise(grade_id: str, pid: str, findings, graded: tuple[str, str | None] | None = None) -> Verdict:
    mine = [f for f in findings if f.check == pid]
    status = worst((f.status for f in mine), default="pass")
    if status == "skip":
        status = "pass"  # a grade cell cannot drop out of the total: a skipped principle earns its points
    chosen = [f.message for f in mine if f.status == status] or [principle(pid).title]
    if graded is not None:  # the rubric (followup_edu/rubric.py) lowered it: say what the email says, then why
        status, why = graded
        chosen = [f.message for f in mine if f.status not in ("pass", "skip")] or [f.message for f in mine][:1]
        if why:
            chosen.append(why)
    return _verdict(grade_id, pid, status, " ".join(dict.fromkeys(chosen)))


def expect(task_id: str, grade_id: str, **answers: Any) -> float | None:
    """Assert one principle: None on pass, partial points on a half pass, AssertionError on fail."""
    v = verdict(task_id, grade_id, **answers)
    if v.status == "fail":
        raise AssertionError(v.message)
    if v.status == "warn":
        print(f"Half credit ({v.points:g} of {v.max_points:g} points). {v.message}")
        return v.points
    print(v.message)
    return None
