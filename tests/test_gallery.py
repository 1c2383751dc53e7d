"""The example gallery (data/gallery.toml): varied people, and the checker agrees with every label.

The table: every strong email passes with nothing to improve; every weak one is flagged (warn or
fail) on each principle in its ``flags``.
"""
from __future__ import annotations

from collections import Counter

import pytest

from followup_edu import check_email
from followup_edu.gallery import emails, pair_flags, select
from followup_edu import principle_ids
from followup_edu.registry import all_kinds
from followup_edu.widgets import ExampleGallery

STRONG = [e for e in emails() if e.strength == "strong"]
WEAK = [e for e in emails() if e.strength == "weak"]


@pytest.mark.parametrize("e", STRONG, ids=lambda e: e.id)
def test_strong_email_passes_clean(e):
    report = check_email(e.subject, e.body, e.context)
    problems = [(f.check, f.status, f.message) for f in report.findings if f.status in ("warn", "fail")]
    assert not problems, problems


@pytest.mark.parametrize("e", WEAK, ids=lambda e: e.id)
def test_weak_email_is_flagged_on_its_intended_principles(e):
    report = check_email(e.subject, e.body, e.context)
    assert e.flags, "a weak email names the principles it gets wrong"
    for pid in e.flags:
        assert report.status_of(pid) in ("warn", "fail"), (pid, report.status_of(pid))


def test_is_the_gallery_varied_and_well_formed():
    """At least 30 emails, 8 sectors, 4 levels, every kind; career changers, internal moves, non-native
    writers; one strong and one weak per pair; no two people with the same name."""
    all_ = emails()
    assert len(all_) >= 30
    assert len({e.sector for e in all_}) >= 8
    assert len({e.seniority for e in all_}) >= 4
    assert {e.kind for e in all_} == set(all_kinds())
    traits = Counter(t for e in STRONG for t in e.traits)
    assert traits["career_change"] and traits["internal_move"] and traits["non_native"] >= 2
    assert Counter(e.pair for e in all_) == Counter({p: 2 for p in pair_flags()})
    assert len({e.context.candidate_name for e in STRONG}) == len(STRONG)
    assert set(f for flags in pair_flags().values() for f in flags) <= set(principle_ids())
    assert len(set(f for flags in pair_flags().values() for f in flags)) >= 10, "weak emails cover many principles"


def test_do_the_filters_select_by_principle_kind_and_sector():
    names = select(principle="names")
    assert names and all("names" in pair_flags()[e.pair] for e in names)
    assert {e.strength for e in names} == {"strong", "weak"}
    assert all(e.kind == "after_rejection" for e in select(kind="after_rejection"))
    assert all(e.sector == "healthcare" for e in select(sector="healthcare"))
    assert select(principle="timing", sector="healthcare") == []


def test_does_the_gallery_widget_filter_and_show_the_checkers_reports():
    g = ExampleGallery()
    assert len(g.shown) == len(emails()) and g.result.value.count("<article") == len(emails())
    g.principle.value = "signoff"
    assert g.shown == select(principle="signoff") and "Weak" in g.result.value and "Strong" in g.result.value
    g.sector.value = "law"
    assert g.shown == [] and "set one of them back" in g.count.value


def test_do_the_formats_and_stages_have_their_examples():
    """Phone, video, agency, no address, final round, time zones and other countries' conventions each
    have a pair; the format filter and the lesson widget show them with the checker's findings."""
    from followup_edu.gallery import FORMAT_LABELS, pair
    from followup_edu.widgets import show_pair

    formats = {e.format for e in emails()}
    assert {"video", "phone", "agency", "no_address", "final_round", "time_zone", "abroad", "informational",
            "offer"} <= formats
    offers = select(format="offer")
    assert {e.kind for e in offers} == {"offer_reply"} and len(offers) == 8  # accept, decline, time, withdraw
    assert formats <= set(FORMAT_LABELS) | {""}
    assert all(e.format == "agency" for e in select(format="agency"))
    weak, strong = pair("time-zone")
    assert (weak.strength, strong.strength) == ("weak", "strong")
    shown = show_pair("time-zone")
    tabs = shown.children[1]
    assert tabs.titles == ("Weak", "Strong")
    html = "".join(c.value for c in tabs.children)
    assert html.index('data-id="time-zone-weak"') < html.index('data-id="time-zone-strong"')
    assert "across time zones" in html and "Sent 26 hours after the interview" in html
    g = ExampleGallery()
    labels = [label for label, _v in g.kind.options]
    assert len(labels) == len(set(labels)) == len(all_kinds()) + 1, labels  # "any", then one per kind
    assert "after an informational interview after" not in "".join(c.value for c in show_pair("informational").children[1].children)
    g = ExampleGallery(format="no_address")
    assert g.shown == select(format="no_address") and len(g.shown) == 2
    with pytest.raises(KeyError):
        pair("no-such-pair")


def test_the_gallery_size_lesson_11_states_is_the_gallerys():
    """Lesson 11 says how many emails the gallery holds; adding a pair must update it."""
    import json
    import re
    from pathlib import Path

    words = {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80}
    nb = Path(__file__).resolve().parents[1] / "notebooks" / "11-handle-special-cases.ipynb"
    text = " ".join("".join(c["source"]) for c in json.loads(nb.read_text("utf-8"))["cells"])
    said = re.search(r"\b(Thirty|Forty|Fifty|Sixty|Seventy|Eighty)(?:-(\w+))? emails\b", text)
    assert said, "lesson 11 no longer says how many emails the gallery holds"
    units = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
    n = words[said.group(1).lower()] + (units[said.group(2)] if said.group(2) else 0)
    assert n == len(emails())
