"""The plain-text renderer: status words and symbols, locations, suggestions, colour rules, explain."""
from __future__ import annotations

import io
import re

import pytest

from followup_edu import Finding, Report, explain, principle, principles
from followup_edu.render.text import (SYMBOLS, WORDS, line_col, render_principle, render_principle_list,
                                      render_report, status_label, use_color)

ANSI = re.compile(r"\033\[[0-9;]*m")
BODY = "Hi there,\n\nThanks for the chat about [Project].\n\nJordan\n"


def sample_report() -> Report:
    start = BODY.index("[Project]")
    return Report(
        subject="Following up",
        body=BODY,
        score=40,
        findings=[
            Finding("subject", "warn", "Name the purpose and the role.", (0, 12), "Thank you – Analyst interview", "subject"),
            Finding("greeting", "warn", "“Hi there,” is generic.", (0, 9), "Dear Priya,"),
            Finding("placeholders", "fail", "“[Project]” is a placeholder.", (start, start + 9)),
            Finding("placeholders", "warn", "A second, milder note.", None),
            Finding("tone", "pass", "Professional and warm.", (11, 40)),
            Finding("timing", "skip", "No send time given."),
        ],
    )


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_line_col():
    """Are line and column 1-based and counted from the body's start?"""
    assert line_col("ab\ncd\n", 0) == (1, 1)
    assert line_col("ab\ncd\n", 4) == (2, 2)
    assert line_col("ab\ncd\n", 6) == (3, 1)
    assert line_col("", 5) == (1, 1)  # clamped, never raises


def test_report_shows_score_status_words_locations_and_suggestions():
    """Does the report show the score, each principle with word and symbol, the quoted words at line:column
    and the suggestion?"""
    out = render_report(sample_report())
    assert "Score: 40/100 — something needs fixing (1 to fix, 2 to consider, 1 passed, 1 not applicable)" in out
    assert "! WARN  Write a clear subject line  [subject]" in out
    assert "in the subject, column 1: “Following up”" in out
    assert "→ try: Thank you – Analyst interview" in out
    assert "at 1:1: “Hi there,”" in out
    assert "✗ FAIL  Fill in every placeholder  [placeholders]" in out
    assert "at 3:27: “[Project]”" in out
    assert "! (warn) A second, milder note." in out
    assert "✓ PASS  Sound professional and warm  [tone]" in out
    assert "– SKIP  Send it on time  [timing]" in out
    assert out.index("[subject]") < out.index("[greeting]") < out.index("[placeholders]") < out.index("[timing]")
    assert not ANSI.search(out)


def test_passes_do_not_repeat_quotes():
    """Do passing principles stay to one message line (no location)?"""
    out = render_report(sample_report())
    tone = out.split("[tone]")[1].split("\n")[1:3]
    assert tone[0].strip() == "Professional and warm." and not tone[1].strip().startswith("at ")


def test_colour_is_never_the_only_signal():
    """With colour on, are the status words still there once the colour codes are removed?"""
    plain = render_report(sample_report())
    coloured = render_report(sample_report(), color=True)
    assert ANSI.search(coloured)
    assert ANSI.sub("", coloured) == plain
    for status in WORDS:
        assert ANSI.sub("", status_label(status, True)) == f"{SYMBOLS[status]} {WORDS[status]}"


@pytest.mark.parametrize("stream, env, no_color, expected", [
    (FakeTTY(), {}, False, True),
    (FakeTTY(), {"NO_COLOR": "1"}, False, False),
    (FakeTTY(), {"TERM": "dumb"}, False, False),
    (FakeTTY(), {}, True, False),
    (io.StringIO(), {}, False, False),
    (None, {}, False, False),
])
def test_use_color(stream, env, no_color, expected):
    """Is colour used only on a terminal, without NO_COLOR, TERM=dumb or --no-color?"""
    assert use_color(stream, no_color=no_color, environ=env) is expected


def test_notes_and_long_messages_wrap():
    """Are notes shown first and long messages wrapped under the heading?"""
    long = "word " * 60
    report = Report(subject="", body="x\n", score=0, findings=[Finding("length", "fail", long.strip())])
    out = render_report(report, notes=["draft.txt has no 'Subject:' line"])
    assert out.startswith("note: draft.txt has no 'Subject:' line\n")
    lines = out.splitlines()
    assert all(len(ln) <= 88 for ln in lines)
    assert sum(1 for ln in lines if ln.strip().startswith("word")) >= 3


def test_bad_span_is_ignored_not_fatal():
    """Does a span outside the text (a checker bug) render without a location instead of crashing?"""
    report = Report(subject="", body="short\n", score=0, findings=[Finding("tone", "warn", "Hm.", (3, 999))])
    out = render_report(report)
    assert "Hm." in out and "at " not in out.split("Hm.")[1].split("\n")[1]


def test_render_principle():
    """Does explain show title, id, summary, why, kinds, weight and lesson from the registry?"""
    p = principle("greeting")
    out = render_principle(explain("greeting"))
    assert out.startswith(f"{p.title}  [greeting]\n")
    assert " ".join(p.summary.split()[:5]) in " ".join(out.split())
    assert " ".join(p.why.split()[:6]) in " ".join(out.split())
    assert f"Lesson:      {p.lesson}" in out
    assert f"Weight:      {p.weight:g}" in out
    assert "Applies to:  " + ", ".join(k.replace("_", " ") for k in p.kinds) in out
    assert render_principle(p) == out  # a registry Principle renders the same


def test_render_principle_list():
    """Does the list show every id and title in teaching order?"""
    out = render_principle_list(principles())
    rows = out.splitlines()[: len(principles())]
    assert [r.split()[0] for r in rows] == [p.id for p in principles()]
    for row, p in zip(rows, principles()):
        assert row.endswith(p.title)


def test_brief_shows_only_problems():
    """Does brief mode list only what warns or fails, and name the rest by id?"""
    out = render_report(sample_report(), brief=True)
    assert "[subject]" in out and "[placeholders]" in out
    assert "[tone]" not in out and "[timing]" not in out
    assert "✓ Passed: tone\n" in out and "– Not applicable: timing\n" in out


def test_first_line_shifts_reported_lines():
    """With the body starting on file line 3, is a body line-3 finding reported at line 5?"""
    out = render_report(sample_report(), first_line=3)
    assert "at 5:27: “[Project]”" in out and "at 3:1: “Hi there,”" in out
    assert "in the subject, column 1" in out  # the subject is not shifted


def test_text_report_suggests_only_what_the_learner_gave():
    """Without interview details, no invented role or 'Your Name'; with them, the learner's own."""
    from followup_edu import check_email as _check
    from followup_edu.render.text import render_report as _render

    body = "Hello,\n\nthanks for the chat about the nursing post.\n\nSam"
    plain = _render(_check("hi", body))
    assert "Your Name" not in plain and "Junior Analyst" not in plain
    ctx = {"role": "Staff Nurse", "candidate_name": "Sam Lee"}
    given = _render(_check("hi", body, context=ctx), context=ctx)
    assert "try: Thank you – Staff Nurse interview – Sam Lee" in given
