"""The kinds of email: one list in the registry, read by the context, the CLI and every check.

A new kind (offer_reply, after_informational) must be known everywhere from that one list, be
read from the text when the context does not say, and leave each check judging what fits it.
"""
from __future__ import annotations

import pytest

from followup_edu import Context, ContextError, check_email, principle, principle_ids, registry
from followup_edu.cli import build_parser

KINDS = registry.all_kinds()


def test_is_there_one_list_of_kinds_everything_reads():
    """Do the context, the CLI and every registry entry take their kinds from the registry alone?"""
    assert {"offer_reply", "after_informational"} <= set(KINDS)
    for kind in KINDS:
        assert Context(kind=kind).kind == kind
        assert registry.message("kind_" + kind)
    check = next(a for a in build_parser()._subparsers._group_actions[0].choices["check"]._actions
                 if a.dest == "kind")
    assert tuple(check.choices) == KINDS
    for pid in principle_ids():
        assert set(principle(pid).kinds) <= set(KINDS)
    assert set(principle("length")["limits"]) == set(KINDS)  # every kind has its length limits


def test_is_an_unknown_kind_refused_with_the_kinds_to_choose_from():
    """Does a mistyped kind name the kinds there are?"""
    with pytest.raises(ContextError) as err:
        Context(kind="offer")
    assert "offer_reply" in err.value.problem


BODY_OFFER = """Dear Priya,

Thank you for the offer of the Junior Data Analyst role. I am delighted to accept it, and I look forward to starting in April.

Best regards,
Jordan Lee
"""
BODY_WITHDRAW = """Dear Priya,

Thank you for your time last week. I have accepted another position, so I would like to withdraw my application for the analyst role.

I wish you and the team all the best.

Best regards,
Jordan Lee
"""
BODY_INFORMATIONAL = """Dear Dr Mensah,

Thank you for the informational interview yesterday. Your advice to spend my placement on a ward round rather than in the dispensary was exactly what I needed.

I hope we can stay in touch.

Best wishes,
Chloe Barnes
"""
BODY_THANKS_OFFER_OF = """Dear Priya,

Thank you for the offer of a second interview, and for your time this morning. I enjoyed hearing about the dashboard project.

I look forward to the next steps.

Best regards,
Jordan Lee
"""


@pytest.mark.parametrize(("body", "kind"), [
    (BODY_OFFER, "offer_reply"), (BODY_WITHDRAW, "offer_reply"), (BODY_INFORMATIONAL, "after_informational"),
    (BODY_THANKS_OFFER_OF, "thank_you"),
])
def test_is_the_kind_read_from_the_text_when_not_given(body, kind):
    """Without a kind in the context, is an offer reply, a withdrawal or an informational
    thank-you recognised (and "the offer of a second interview" still read as a thank-you)?"""
    report = check_email("Thank you", body)
    assert registry.message("kind_" + kind) in " ".join(report.notes)


def test_do_the_checks_fit_each_new_kind():
    """Does an offer reply need no interest, fit or topic, and an informational thank-you no
    interest or fit, while both are still checked for thanks, greeting and close?"""
    offer = check_email("Accepting the offer – Jordan Lee", BODY_OFFER, {"kind": "offer_reply", "recipient": "Priya Raman"})
    assert {pid: offer.status_of(pid) for pid in ("interest", "fit", "personalization")} == dict.fromkeys(
        ("interest", "fit", "personalization"), "skip")
    assert offer.status_of("gratitude") == "pass" and offer.status_of("next_steps") == "pass"
    info = check_email("Thank you for the advice on hospital pharmacy", BODY_INFORMATIONAL,
                       {"kind": "after_informational", "recipient": "Kofi Mensah"})
    assert info.status_of("interest") == "skip" and info.status_of("fit") == "skip"
    assert info.status_of("personalization") == "pass" and info.status_of("greeting") == "pass"
    bare = check_email("Thank you for the advice", "Dear Dr Mensah,\n\nThank you for the chat yesterday. It was "
                       "really good and I learned a lot from you about the work.\n\nBest wishes,\nChloe Barnes",
                       {"kind": "after_informational", "recipient": "Kofi Mensah"})
    assert bare.status_of("personalization") == "warn"
    assert "advice" in next(f.message for f in bare.findings if f.check == "personalization")
