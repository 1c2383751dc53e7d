"""What a learner reads: every widget of every lesson, driven through its ways to go wrong, scanned
for programmer language (field names, format codes, error class names, tracebacks, "(s)" plurals).

The notebooks' code cells are run in this process (they only build widgets), then each widget is
poked the way the tester did: bad and half-filled dates, a thank-you dated before the interview,
every quiz answer, empty drafts. All the text the widgets show is collected and scanned.
"""
from __future__ import annotations

import ast
import json
import re
from datetime import date, datetime, time
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import ipywidgets as w
import pytest

from followup_edu.widgets import (ExampleGallery, FixThisDraft, FollowUpPlanner, InterviewNotesForm, LiveChecker, PanelPlanner, Quiz,
                                  SendByCalculator, SubjectBuilder, ToneExplorer)

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"

#: Words a learner must never see, with why.
JARGON = {
    r"context key": "a programmer's name for the interview details",
    r"ISO ?8601": "a format code",
    r"Traceback|Error\b|Exception\b|KeyError|ValueError": "an error class or a traceback",
    r"\b[a-z]+_[a-z_]+\b": "a field name such as sent_at or thank_you",
    r"\bNone\b(?![:;])|\bnan\b|\bTrue\b|\bFalse\b": "a Python value",
    r"\{[a-z_.]*\}": "a template slot left unfilled",
    r"\b\d+\.\d+ (days|hours)\b": "a machine duration",
    r"mm/dd|yyyy|%[a-zA-Z]": "a format code",
}
#: Wording the checker's own messages still use (its core is rebuilt separately): "(s)" plurals,
#: and any JARGON hit found inside a checker finding's message. Reported by a separate test.
CHECKER_WORDING = {r"\w\(s\)": "a '(s)' plural"}


class _Text(HTMLParser):
    """The text of an HTML fragment as a reader sees it (no tags, attributes, styles or scripts)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self._skip += 1
        for name, value in attrs:
            if name in ("title", "aria-label") and value:
                self.parts.append(value)

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return unescape(" ".join(parser.parts))


def _walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _walk(child)


def widget_texts(widget) -> list[str]:
    """Everything a widget tree shows: HTML, labels, placeholders, tooltips, options, tab titles."""
    out = []
    for x in _walk(widget):
        if isinstance(x, (w.HTML, w.HTMLMath)):
            out.append(visible_text(x.value))
        for attr in ("description", "placeholder", "tooltip"):
            v = getattr(x, attr, None)
            if isinstance(v, str) and v:
                out.append(v)
        if isinstance(x, (w.Dropdown, w.RadioButtons)):
            out.extend(str(label) for label in x._options_labels)
        if isinstance(x, (w.Tab, w.Accordion)):
            out.extend(t for t in x.titles if t)
    return out


def _run_cells(path: Path) -> list:
    """Run a notebook's code cells here; return the widgets its cells display."""
    nb = json.loads(path.read_text("utf-8"))
    ns: dict = {}
    shown = []
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        tree = ast.parse("".join(cell["source"]))
        last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
        exec(compile(tree, str(path), "exec"), ns)
        if last is not None:
            value = eval(compile(ast.Expression(last.value), str(path), "eval"), ns)
            if isinstance(value, w.Widget):
                shown.append(value)
    return shown


def _poke(widget):
    """Drive a widget through what a learner might do wrong (and right); yield after each step."""
    if isinstance(widget, LiveChecker):
        widget.subject.value, widget.body.value = "", ""
        yield
        widget.subject.value, widget.body.value = "hi", "hey,\n\nthx!!! let me know asap\n\njordan"
        yield
        form = widget.form.inputs
        form["interview_at"].day.value = date(2026, 3, 6)
        form["interview_at"].time.value = None            # a date without a time
        yield
        form["sent_at"].time.value = time(17, 45)         # a time without a date
        yield
        form["interview_at"].time.value = time(17, 45)
        yield
        form["sent_at"].day.value = date(2026, 3, 9)
        yield
        form["previous_sent_at"].value = datetime(2026, 3, 1, 9, 0)
        yield
        form["kind"].value = "second_follow_up"
        yield
        form["recipient"].value, form["interviewers"].value = "-", ",,,"
        yield
    elif isinstance(widget, SendByCalculator):
        widget.sent.value = True
        yield
        widget.sent_day.value = widget.day.value.replace(day=1) if widget.day.value.day > 1 else None
        yield
        widget.sent_day.value = date(2026, 3, 9)
        yield
        widget.sent_time.value = time(8, 0)
        yield
        widget.day.value = None
        yield
    elif isinstance(widget, Quiz):
        for i, q in enumerate(widget.questions):
            for j in range(len(q.question.choices)):
                widget.answer(i, j)
                yield
    elif isinstance(widget, FixThisDraft):
        widget.body.value = ""
        yield
        widget.hint_button.value = widget.solution_button.value = True
        yield
        widget.reset()
        yield
    elif isinstance(widget, ToneExplorer):
        for pid in widget.pairs:
            widget.choice.value = pid
            yield
        widget.a.value = ""
        yield
    elif isinstance(widget, SubjectBuilder):
        widget.own.value = "URGENT!!! [Role] interview"
        yield
        widget.role.value = ""
        yield
    elif isinstance(widget, ExampleGallery):
        widget.kind.value = None
        widget.principle.value = "names"
        yield
        widget.sector.value = "law"
        yield
    elif isinstance(widget, InterviewNotesForm):
        widget.inputs["people"].value = ""
        yield
        widget.inputs["people"].value = "Mei Chen\n(no name): ,\nTom Okafor (tom@example.org): the rota"
        yield
        widget.inputs["interview_at"].time.value = None
        yield
        widget.inputs["weak_answer"].value, widget.inputs["promised"].value = "the budget question", "my portfolio"
        widget.stated.value = True
        yield
    elif isinstance(widget, FollowUpPlanner):
        widget.their_zone.value = "America/New_York"
        yield
        widget.stated.value = True
        yield
        widget.stated_day.value = widget.day.value.replace(day=1) if widget.day.value.day > 1 else None
        yield
        widget.stated_day.value = None
        yield
        widget.time.value = None
        yield
    elif isinstance(widget, PanelPlanner):
        widget.add_button.click()
        yield
        widget.new_name.value = "Mei Chen"
        yield
        widget.add_button.click()
        yield


def _checker_messages(widget) -> set[str]:
    """The checker's own words in the reports a widget holds (messages and suggestions)."""
    reports = []
    for x in _walk(widget):
        reports.extend(r for r in (getattr(x, "report", None), *(getattr(x, "reports", None) or ())) if r)
        panel = getattr(x, "panel", None)
        if panel is not None:
            reports.append(panel)
            reports.extend(panel.reports)
    return {t for r in reports for f in r.findings for t in (f.message, f.suggestion) if t}


def _learner_texts() -> tuple[list[tuple[str, str]], set[str]]:
    from followup_edu.widgets import content
    from followup_edu.widgets.examples import check_draft

    out, checker = [], set()
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        for widget in _run_cells(path):
            out.extend((path.stem, t) for t in widget_texts(widget))
            for _step in _poke(widget):
                out.extend((path.stem, t) for t in widget_texts(widget))
                checker |= _checker_messages(widget)
    for ex in content.examples():
        for d in (ex.weak, ex.strong):
            checker |= {t for f in check_draft(d).findings for t in (f.message, f.suggestion) if t}
    return out, checker


@pytest.fixture(scope="module")
def scanned():
    return _learner_texts()


@pytest.fixture(scope="module")
def learner_texts(scanned):
    return scanned[0]


def _split(hits_with_match, checker_messages):
    """(hits in the widgets' own words, hits inside the checker's messages)."""
    ours, theirs = [], []
    for hit, matched in hits_with_match:
        (theirs if any(matched in m for m in checker_messages) else ours).append(hit)
    return sorted(set(ours)), sorted(set(theirs))


def _hits(texts, patterns, *, with_match=False):
    hits = []
    for lesson, text in texts:
        for pattern, why in patterns.items():
            for m in re.finditer(pattern, text):
                around = text[max(0, m.start() - 40): m.end() + 40].replace("\n", " ")
                hits.append((f"{lesson}: {why}: …{around}…", m.group()))
    return hits if with_match else sorted({h for h, _m in hits})


def _status_texts(widget) -> list[str]:
    """The one-line verdicts a widget shows: status lines, progress heads, quiz totals, report summaries."""
    out = []
    for x in _walk(widget):
        if isinstance(x, w.HTML):
            if {"fe-status-line", "fe-progress", "fe-quiz-total"} & set(x._dom_classes):
                out.append(visible_text(x.value))
            out += [visible_text(m) for m in re.findall(r'<p class="fe-score">.*?</p>|<summary>.*?</summary>', x.value)]
    return out


def test_status_lines_do_not_repeat_their_words():
    """'✘ Near-copies near-copies', '✘ Fix … Fix': does any verdict line say a word twice in a row?"""
    hits = []
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        for widget in _run_cells(path):
            for _step in [None, *_poke(widget)]:
                for line in _status_texts(widget):
                    words = re.findall(r"[a-z]+(?:-[a-z]+)*", line.lower())
                    hits += [f"{path.stem}: {line}" for a, b in zip(words, words[1:]) if a == b]
    assert not hits, "\n".join(sorted(set(hits))[:20])


def test_scan_sees_the_widgets(learner_texts):
    """Does the scan really read the lessons (reports, quiz feedback, calculator, form messages)?"""
    joined = " ".join(t for _l, t in learner_texts)
    for expected in ("Send your thank-you by", "Not quite", "pick a time as well as the date",
                     "dated before the interview", "Interview type"):
        assert expected in joined, expected
    assert len({lesson for lesson, _t in learner_texts}) == len(list(NOTEBOOKS.glob("*.ipynb")))


def test_no_programmer_language_anywhere_a_learner_reads(scanned):
    """Is every message, report and label the widgets write free of field names, format codes and jargon?"""
    texts, checker = scanned
    ours, _theirs = _split(_hits(texts, JARGON, with_match=True), checker)
    assert not ours, "\n".join(ours[:40])


def test_checker_messages_speak_plainly(scanned):
    """Are the checker's own messages (shown inside the reports) free of jargon and '(s)' plurals?"""
    texts, checker = scanned
    _ours, theirs = _split(_hits(texts, JARGON, with_match=True), checker)
    hits = sorted(set(theirs) | set(_hits(texts, CHECKER_WORDING)))
    assert not hits, "\n".join(hits[:40])


@pytest.mark.parametrize("text, pattern", [
    ("⚠ Check this context key 'sent_at': 'tomorrowT5pm' is not an ISO 8601 date", "context key"),
    ("81 words in 2 paragraph(s)", r"\w\(s\)"),
    ("Sent 3.0 days after", r"\b\d+\.\d+ (days|hours)\b"),
    ("Score: {score}", r"\{[a-z_.]*\}"),
])
def test_the_scan_catches_what_the_tester_saw(text, pattern):
    """Control: do the patterns flag the messages from the original report?"""
    assert _hits([("x", text)], {**JARGON, **CHECKER_WORDING}), text
    assert re.search(pattern, text)
