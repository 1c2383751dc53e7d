"""Is an interview detail typed only to get past a field ("asdf", "test") kept from being the truth?"""
from __future__ import annotations

import pytest

from followup_edu import check_email
from followup_edu.plausible import implausible

BODY = """Dear asdf,

Thank you for meeting me on Tuesday. I enjoyed hearing about the move to handheld scanners before the winter peak, and I set up the same at Northway Freight.

I am very interested in the role and look forward to hearing from you.

Best regards,
Ana Ruiz
"""


@pytest.mark.parametrize("value", ["asdf", "Asdf Ghjk", "test", "xx", "Jjjj", "sdfg", "qwerty", "Jo3", "n/a", "?"])
def test_is_a_typed_filler_value_implausible(value):
    assert implausible(value)


@pytest.mark.parametrize("value", ["Mark Ellis", "Siobhán Ní Bhriain", "Ng", "Nguyen", "Przybylski", "Krzysztof",
                                   "Rhys Llwyd", "O'Brien", "Li", "Dr. X", "Anna-Lena Schmidt", "张伟", "Thiệu"])
def test_is_a_real_name_plausible(value):
    assert not implausible(value)


@pytest.mark.parametrize("value", ["HSBC", "PwC", "3M", "Smith & Sons Ltd", "Level 2 Support", "Cwm Taf Health"])
def test_is_a_real_company_or_role_plausible(value):
    assert not implausible(value, person=False)


def test_does_the_report_say_plainly_that_a_junk_detail_was_set_aside():
    ctx = {"kind": "thank_you", "candidate_name": "Ana Ruiz", "recipient": "asdf", "interviewers": ["asdf"],
           "company": "qwerty", "role": "Stock Controller"}
    report = check_email("Thank you – Stock Controller interview", BODY, context=ctx)
    assert any("“asdf”" in n and "does not look like a real name" in n for n in report.notes)
    assert any("“qwerty”" in n and "company" in n for n in report.notes)
    assert not any("Stock Controller" in n for n in report.notes)  # a real role stays
    assert report.status_of("greeting") == "warn"  # "Dear asdf," greets nobody, even though it matches the field
    assert "does not look like anyone's name" in next(f.message for f in report.findings if f.check == "greeting")


def test_is_a_real_context_untouched():
    ctx = {"kind": "thank_you", "candidate_name": "Ana Ruiz", "recipient": "Mark Ellis", "interviewers": ["Mark Ellis"]}
    report = check_email("Thank you – interview", BODY.replace("asdf", "Mark"), context=ctx)
    assert report.notes == [] and report.status_of("greeting") == "pass"


@pytest.mark.parametrize("value", ["Liam Doherty", "Ruth Wertheim", "Sean Flaherty", "Ewa Haggerty"])
def test_is_a_name_that_holds_a_run_of_keys_plausible(value):
    assert not implausible(value)


def test_is_a_word_made_of_key_runs_implausible():
    assert implausible("asdfjkl") and implausible("Qwerty Uiop")


THANKS = ("Dear Ms. Patel,\n\nThank you for meeting me this morning. I enjoyed hearing about the move to automated "
          "dashboards, and I rebuilt a weekly report in Power BI at Calder Retail.\n\nI am very excited about the role "
          "and look forward to hearing about the next steps.\n\nBest regards,\nJordan Lee")
REJECTION_REPLY = ("Dear Ms. Patel,\n\nThank you for letting me know about your decision. Although I am disappointed, "
                   "I enjoyed meeting the team, and I would welcome the chance to be considered for future roles.\n\n"
                   "Best regards,\nJordan Lee")
CHECK_IN = ("Dear Ms. Patel,\n\nI am writing to follow up on my interview on 3 March. I haven't heard back yet and "
            "wondered whether there is any update on the Junior Analyst role. I remain very interested.\n\n"
            "Best regards,\nJordan Lee")
ANSWER = ("Dear Mrs. Holbrook,\n\nThank you for your email and for the time you spent interviewing me. I have now "
          "accepted a position elsewhere.\n\nRegards,\nDeborah Quayle")


@pytest.mark.parametrize("body, given, reads_as", [
    (THANKS, "after_rejection", "a thank-you after an interview"),
    (REJECTION_REPLY, "thank_you", "a reply to a rejection"),
    (REJECTION_REPLY, "second_follow_up", "a reply to a rejection"),
    (CHECK_IN, "thank_you", "a check-in on a decision"),
    (CHECK_IN, "after_rejection", "a check-in on a decision"),
])
def test_is_a_kind_that_does_not_fit_the_text_noticed(body, given, reads_as):
    report = check_email("Re: interview", body, context={"kind": given})
    assert any(f"reads as {reads_as}" in n for n in report.notes), report.notes


@pytest.mark.parametrize("body, given", [(THANKS, "thank_you"), (REJECTION_REPLY, "after_rejection"),
                                         (CHECK_IN, "second_follow_up"), (ANSWER, "after_rejection")])
def test_is_a_kind_that_fits_left_alone(body, given):
    assert not any("reads as" in n for n in check_email("Re: interview", body, context={"kind": given}).notes)
