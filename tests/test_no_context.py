"""With no context, the checker infers the kind of email from its words and says so, and its
advice uses only what the draft itself gives (never a demo role or a made-up interviewer)."""
from __future__ import annotations

import pytest

from followup_edu import check_email

REJECTION_REPLY = """Hi Maria,

Thank you for letting me know, and for the chance to interview for the Admin Assistant role. I enjoyed learning how your team organises its workflow.

Please keep me in mind for any future openings.

All the best,
Jamie Carter
"""
STATUS_CHECK = """Dear Mr. Hale,

I am following up on my interview for the Site Supervisor position on 12 March. I remain very interested and would be glad to hear of any update on the timeline.

Best regards,
Sam Okafor
"""
THANKS = """Dear Ms. Raman,

Thank you for talking with me this morning about the dashboards project. I rebuilt a weekly stock report in Power BI at Calder Retail.

I look forward to hearing about the next steps.

Best regards,
Jordan Lee
"""
# thanks for this morning's interview outweighs one stray word of disappointment
THANKS_DISAPPOINTED = """Dear Ms. Raman,

Thank you for talking with me this morning about the dashboards project. While I was disappointed to miss the team lunch, I enjoyed meeting Tom and seeing the reporting tools.

I look forward to hearing about the next steps.

Best regards,
Jordan Lee
"""
# a reply to yesterday's rejection: its thanks is for the news, and the cues add up
REJECTION_YESTERDAY = """Dear Ms. Raman,

Thank you for letting me know your decision yesterday. While I was disappointed, I enjoyed meeting the team.

Please keep me in mind for future openings.

Best regards,
Jordan Lee
"""

STRONG = """Hi Priya,

Thank you for taking the time to talk with me this morning. I enjoyed hearing about your plan to move the month-end sales reporting into automated dashboards.

During my placement at Calder Retail I rebuilt our weekly stock report in Power BI, which meant cleaning three inconsistent exports first, so I have a good sense of what that work involves.

I'm very excited about the role and look forward to hearing about the next steps.

Best regards,
Jordan Lee
"""


@pytest.mark.parametrize(("body", "words"), [(REJECTION_REPLY, "reply to a rejection"),
                                            (STATUS_CHECK, "check-in on a decision"),
                                            (THANKS, "thank-you after an interview"),
                                            (THANKS_DISAPPOINTED, "thank-you after an interview"),
                                            (REJECTION_YESTERDAY, "reply to a rejection")])
def test_the_kind_is_inferred_and_the_report_says_so(body, words):
    report = check_email("", body)
    assert any(words in note and "no kind of email was given" in note for note in report.notes), report.notes
    # a given kind is not replaced: at most the report notes that the text reads as another kind
    given = check_email("", body, {"kind": "thank_you"})
    assert not any("no kind of email was given" in note for note in given.notes), given.notes
    assert all(("reads as a " + words) in note for note in given.notes), given.notes


def test_advice_uses_the_drafts_own_role_and_name_or_a_neutral_form():
    report = check_email("Thanks", THANKS.replace("the dashboards project", "the Junior Data Analyst role"))
    advice = " ".join(f.message + (f.suggestion or "") for f in report.problems)
    assert "Junior Data Analyst interview – Jordan Lee" in advice
    blank = check_email("", "Hello,\n\nThank you for your time today. I enjoyed our talk.\n\nBest,\nJ.\n")
    advice = " ".join(f.message + (f.suggestion or "") for f in blank.problems)
    for invented in ("Junior Analyst", "Your Name", "Ms. Lee"):
        assert invented not in advice


def test_the_lessons_bad_draft_scores_low_and_a_strong_one_high():
    """The score a learner sees follows the grading rubric: the lessons' casual, needy draft scores
    at most 35, while a strong email keeps its full score."""
    bad = check_email("hi", "hey\n\nthx for the chat. I really need this job!!! let me know asap\n\njordan\n")
    assert bad.score <= 35, bad.statuses
    strong = check_email("Thank you – Junior Data Analyst interview – Jordan Lee", STRONG)
    assert strong.score >= 90, strong.statuses


@pytest.mark.parametrize(("name", "hint"), [("Chris", False), ("Chris Okoro", True)])
def test_signoff_advice_offers_the_name_only_as_a_full_name(name, hint):
    """Advice to sign with a full name quotes the context's name only when that name is a full
    one: "your full name (Chris)" would offer a first name as the full name."""
    body = "Dear Ms. Hale,\n\nThank you for the interview today for the Site Supervisor role.\n\nBest regards,\nChris\n"
    report = check_email("Thank you – Site Supervisor interview", body, context={"candidate_name": name})
    advice = [f.message for f in report.findings if f.check == "signoff" and f.status != "pass"]
    assert advice, "a first name alone after the closing should get signoff advice"
    assert any(f"({name})" in m for m in advice) is hint, advice
