"""The checker's core: context validation, the principle registry, the draft structure, scoring."""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from followup_edu import Context, ContextError, DraftError, check_email, check_emails, explain, principle, principle_ids
from followup_edu import patterns, registry, vocabulary
from followup_edu.api import score
from followup_edu.checks import registered
from followup_edu.context import hours_between
from followup_edu.model import Finding
from followup_edu.registry import detail_chars, principles
from followup_edu.text import lower_keep, parse

SINGLE = registry.single_ids()
EMPTY_MESSAGE = registry.message("empty")
CHECKS = Path(__file__).resolve().parent.parent / "followup_edu" / "checks"

STRONG_SUBJECT = "Thank you – Junior Data Analyst interview – Jordan Lee"
STRONG_BODY = """Dear Priya,

Thank you for taking the time to speak with me this morning. I especially enjoyed hearing about the
team's plan to automate the monthly sales reports with dashboards.

When I cleaned survey data for a campus food bank, I wrote a short script that flagged duplicate
responses and cut the cleanup time in half. I would be glad to bring that to your reporting work.

I remain very excited about joining Northwind Analytics and look forward to hearing about the next steps.

Best regards,
Jordan Lee
555-010-2030"""
CONTEXT = dict(candidate_name="Jordan Lee", interviewers=["Priya Raman"], recipient="Priya Raman",
               company="Northwind Analytics", role="Junior Data Analyst",
               interview_at="2026-03-03T10:00", sent_at="2026-03-03T16:00",
               topics=["move month-end sales reporting into automated dashboards"])


# -- context -------------------------------------------------------------------------------------

def test_is_an_unknown_context_key_named_in_the_error():
    with pytest.raises(ContextError, match="'interviewer'.*unknown key"):
        Context.from_dict({"interviewer": "Priya"})


@pytest.mark.parametrize("key, value, words", [
    ("kind", "thanks", "not one of"),
    ("interview_type", 3, "not one of"),
    ("interview_at", "next Tuesday", "ISO 8601"),
    ("sent_at", 12, "ISO 8601"),
    ("interviewers", "Priya Raman", None),  # a single name is accepted as a list of one
    ("topics", [1, 2], "list of text"),
    ("company", ["Northwind"], "expected text"),
])
def test_are_bad_context_values_reported_with_their_key(key, value, words):
    if words is None:
        assert Context.from_dict({key: value}).interviewers == ("Priya Raman",)
        return
    with pytest.raises(ContextError) as err:
        Context.from_dict({key: value})
    assert f"'{key}'" in str(err.value) and words in str(err.value)


def test_does_the_context_read_json_and_toml(tmp_path):
    (tmp_path / "c.json").write_text('{"kind": "second-follow-up", "sent_at": "2026-03-11T09:00Z"}')
    (tmp_path / "c.toml").write_text('recipient = "Priya Raman"\ninterview_at = 2026-03-03T10:00:00\n')
    assert Context.from_file(tmp_path / "c.json").kind == "second_follow_up"
    assert Context.from_file(tmp_path / "c.toml").interview_at == datetime(2026, 3, 3, 10)
    (tmp_path / "bad.json").write_text("{nope")
    with pytest.raises(ContextError, match="not valid JSON"):
        Context.from_file(tmp_path / "bad.json")
    with pytest.raises(ContextError, match="cannot read"):
        Context.from_file(tmp_path / "missing.json")


def test_are_naive_and_aware_times_compared_in_one_zone():
    aware = datetime(2026, 3, 3, 10, tzinfo=timezone(timedelta(hours=2)))
    assert hours_between(aware, datetime(2026, 3, 3, 16)) == 6
    assert hours_between(datetime(2026, 3, 3, 10), datetime(2026, 3, 4, 10)) == 24


# -- registry ------------------------------------------------------------------------------------

def test_does_every_principle_have_its_parts():
    assert principle_ids()[-1] == "distinct" and set(SINGLE) | {"distinct"} == set(principle_ids())
    for p in principles():
        assert p.title and p.summary and len(p.why) > 80 and p.weight > 0 and p.kinds, p.id
        assert re.fullmatch(r"\d\d-[a-z-]+", p.lesson), p.id
        assert (CHECKS / f"{p.id}.py").exists(), p.id
    assert list(registered()) == list(SINGLE)


def test_does_every_message_a_check_uses_exist_in_the_registry():
    """A typo in a message key would only show when that branch runs; read the calls instead."""
    call = re.compile(r"""finding\(\s*p\s*,\s*"(?:pass|warn|fail|skip)"\s*,\s*"(\w+)"|p\.message\("(\w+)"|key\s*=\s*"(\w+)"|"(missing_\w+)"\s+if""")
    for path in CHECKS.glob("*.py"):
        if path.stem.startswith("_") or path.stem == "__init__":
            continue
        text = path.read_text()
        keys = {k for m in call.finditer(text) for k in m.groups() if k}
        assert keys, path.stem
        missing = keys - set(principle(path.stem).messages)
        assert not missing, f"{path.stem}: {missing}"


def test_do_all_patterns_compile_and_match_lowercase_text():
    for p in principles():
        for key, value in p.data.items():
            if key.endswith("_pattern"):
                assert p.pattern(key).pattern == patterns.source(value)
    for key in vocabulary.KEYS:
        if key.endswith("_pattern"):
            assert vocabulary.pattern(key).pattern == patterns.source(vocabulary.items(key))


def test_does_explain_give_the_rationale():
    data = explain("timing")
    assert data["id"] == "timing" and "24" in data["why"] and data["lesson"] == "02-send-it-on-time"
    with pytest.raises(KeyError, match="known:"):
        explain("punctuation")


# -- draft structure -----------------------------------------------------------------------------

@pytest.mark.parametrize("opening, name", [
    ("Dear Priya,", "Priya"), ("Dear Mr. Okafor:", "Mr. Okafor"), ("Hi Sam —", "Sam"),
    ("Good afternoon Ms. Chen,", "Ms. Chen"), ("Priya,", "Priya"), ("Hello,", None),
])
def test_is_the_greeting_and_its_name_found(opening, name):
    d = parse("", f"{opening}\n\nThank you for your time today.\n\nBest,\nJo")
    assert d.greeting is not None
    assert (d.greeting_name.text if d.greeting_name else None) == name


@pytest.mark.parametrize("ending, closing", [
    ("Best regards,\nJordan Lee", "Best regards,"),
    ("Thanks again, Jordan", "Thanks again, Jordan"),
    ("Kind regards,\nJordan Lee\n07700 900123\n\nP.S. The slides are attached.", "Kind regards,"),
    ("Thank you again for your time,\nJordan", "Thank you again for your time,"),
])
def test_is_the_sign_off_found(ending, closing):
    d = parse("", f"Dear Priya,\n\nThank you for the conversation about dashboards.\n\n{ending}")
    assert d.closing is not None and d.closing.text == closing
    assert d.signature


def test_do_offsets_survive_windows_line_ends_and_odd_case():
    body = "Dear Priya,\r\n\r\nThank you \u0130stanbul team.\r\n\r\nBest,\r\nJo"
    report = check_email("Thanks", body)
    assert lower_keep("\u0130x’") == "\u0130x'" and len(lower_keep("\u0130")) == 1
    for f in report.findings:
        if f.span and f.field == "body":
            assert 0 <= f.span[0] <= f.span[1] <= len(report.body)


def test_does_a_keyword_salad_not_pass_as_an_email():
    report = check_email("Thank you", "Thank you interest excited fit experience next steps regards")
    for pid in ("gratitude", "interest", "fit", "next_steps", "length"):
        assert report.status_of(pid) in ("warn", "fail"), pid


# -- reports and scores --------------------------------------------------------------------------

def test_does_a_strong_email_pass_clean_with_full_context():
    report = check_email(STRONG_SUBJECT, STRONG_BODY, CONTEXT)
    assert report.problems == [] and report.score == 100 and report.ok
    assert {f.check for f in report.findings} == set(SINGLE)


def test_does_the_score_weigh_pass_warn_and_fail_and_drop_skips():
    w = {p.id: p.weight for p in principles()}
    found = [Finding("subject", "pass", ""), Finding("greeting", "warn", ""), Finding("gratitude", "fail", ""),
             Finding("timing", "skip", ""), Finding("greeting", "pass", "")]
    expected = round(100 * (w["subject"] + 0.5 * w["greeting"]) / (w["subject"] + w["greeting"] + w["gratitude"]))
    assert score(found) == expected


def test_is_an_empty_draft_scored_zero_with_one_clear_message():
    report = check_email("", "  \n ")
    assert report.score == 0 and {f.message for f in report.findings if f.check != "subject"} == {EMPTY_MESSAGE}
    subject_only = check_email(STRONG_SUBJECT, "", CONTEXT)
    assert subject_only.status_of("subject") == "pass" and subject_only.score == 0


def test_is_a_very_long_draft_checked_quickly_and_said_to_be_truncated():
    body = STRONG_BODY.replace("Best regards", "More.\n\nBest regards") * (detail_chars() // len(STRONG_BODY) + 3)
    report = check_email(STRONG_SUBJECT, body, CONTEXT)
    truncated = [f for f in report.findings if f.check == "length" and "characters long" in f.message]
    assert truncated and truncated[0].span[1] <= detail_chars()


def test_are_non_text_drafts_a_clear_error():
    with pytest.raises(DraftError, match="must be text"):
        check_email("Thanks", 42)
    with pytest.raises(DraftError, match="UTF-8"):
        check_email("Thanks", b"\xff\xfe")


def test_does_the_kind_of_email_change_what_applies():
    report = check_email("Re: outcome", "Dear Priya,\n\nThank you for letting me know. I wish the team well.\n\nBest,\nJordan",
                         {"kind": "after_rejection"})
    assert report.status_of("personalization") == "skip" and report.status_of("fit") == "skip"


def test_are_near_copies_for_a_panel_flagged_and_distinct_emails_not():
    people = ["Priya Raman", "Sam Ortiz"]
    ctx = {**CONTEXT, "interviewers": people, "interview_type": "panel", "recipient": None}
    copies = [(p, STRONG_SUBJECT, STRONG_BODY.replace("Priya", p.split()[0])) for p in people]
    assert check_emails(copies, ctx).status_of("distinct") == "fail"
    own = [copies[0], ("Sam Ortiz", STRONG_SUBJECT,
           "Dear Sam,\n\nThank you for your questions about messy survey data and duplicate records.\n\n"
           "I remain very interested in the role and look forward to hearing from you.\n\nBest regards,\nJordan Lee")]
    panel = check_emails(own, ctx)
    assert panel.status_of("distinct") == "pass" and [r.recipient for r in panel.reports] == people


@pytest.mark.parametrize("text", ["2026-03-03T10:00", "2026-03-03T10:00:30", "2026-03-03", "2026-12-31T23:59",
                                  "2026-03-03T10:00Z", "2026-03-03T10:00+01:00", "2026-03-03T10:00:00.250"])
def test_does_the_standard_library_read_plain_iso_times_as_dateutil_does(text):
    from dateutil.parser import isoparse

    assert Context.from_dict({"interview_at": text}).interview_at == isoparse(text)


def test_is_an_impossible_date_still_a_context_error():
    with pytest.raises(ContextError, match="interview_at"):
        Context.from_dict({"interview_at": "2026-02-30T10:00"})


@pytest.mark.parametrize(("hours", "said"), [(0.2, "12 minutes"), (1, "1 hour"), (30, "30 hours"), (55, "2 days and 7 hours"),
                                             (72, "3 days"), (200, "8 days")])
def test_are_durations_said_as_a_person_would(hours, said):
    from followup_edu.phrasing import duration

    assert duration(hours) == said


def test_does_a_one_paragraph_email_say_paragraph_not_paragraphs():
    body = ("Dear Priya,\n\nThank you for meeting me today to talk about the analyst role and the dashboards your "
            "team is building for the sales managers; I enjoyed hearing how you plan to automate the month-end "
            "reports, and I look forward to hearing about the next steps.\n\nBest regards,\nJordan Lee\n")
    msg = [f.message for f in check_email("Thank you – analyst interview", body).findings if f.check == "length"][0]
    assert "in 1 paragraph." in msg and "(s)" not in msg
