"""The HTML renderer (followup_edu/render/html.py): escaping, marks, status words, panels, plans."""
import re
from html.parser import HTMLParser


from followup_edu import check_email, check_emails
from followup_edu.render.html import STATUS_LABELS, render_panel, render_plan, render_report, segments
from followup_edu.schedule import plan
from followup_edu.widgets import content

CTX = content.sample_context()


class _Collect(HTMLParser):
    """Collect tags and text, and fail on malformed nesting of the tags we emit."""

    def __init__(self):
        super().__init__()
        self.stack, self.marks, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        if tag not in ("meta", "br", "link"):
            self.stack.append(tag)
        if tag == "mark":
            self.marks.append(dict(attrs))

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"unbalanced </{tag}> (open: {self.stack[-3:]})"
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def parse(html):
    p = _Collect()
    p.feed(html)
    p.close()
    assert p.stack == [], f"unclosed tags: {p.stack}"
    return p


def weak():
    return content.example("proofread-typos").weak


def test_untrusted_draft_text_is_escaped():
    """Is markup typed into a draft shown as text, never executed?"""
    r = check_email("<b>hi</b>", "Dear Priya,\n\n<script>alert('x')</script> <img src=x onerror=alert(1)>\n\nJordan")
    html = render_report(r, standalone=True)
    assert "<script>" not in html and "<img" not in html and "<b>hi" not in html
    assert "&lt;script&gt;" in html
    parse(html)


def test_every_flagged_span_is_marked_with_its_message():
    """Does each warn/fail finding with a span become a <mark> whose title carries the message?"""
    d = weak()
    r = check_email(d.subject, d.body, context=d.context)
    html = render_report(r)
    p = parse(html)
    flagged = [f for f in r.findings if f.span and f.status in ("warn", "fail")]
    assert flagged
    titles = " ".join(m["title"] for m in p.marks)
    for f in flagged:
        assert f.message in titles or f.message.replace("'", "&#39;") in titles
        quoted = r.body[f.span[0]:f.span[1]] if f.field == "body" else r.subject[f.span[0]:f.span[1]]
        assert quoted in "".join(p.text)
    # a misspelled word itself sits inside a mark
    assert re.search(r"<mark[^>]*>beleive<sup", html)


def test_the_draft_text_survives_marking_unchanged():
    """Does joining the segments give back exactly the original text (nothing lost, nothing doubled)?"""
    d = weak()
    r = check_email(d.subject, d.body, context=d.context)
    from followup_edu.render.html import _notes
    notes = _notes(r, "body")
    assert "".join(s.text for s in segments(r.body, notes)) == r.body


def test_overlapping_spans_carry_both_notes_and_the_worse_status():
    r = check_email("hi", "Hey there,\n\nThanks. I reallly want this job!!!\n\nJordan")
    from followup_edu.render.html import _notes
    segs = [s for s in segments(r.body, _notes(r, "body")) if len(s.notes) > 1]
    assert segs, "expected at least one piece covered by two findings"
    assert all(s.status in ("warn", "fail") for s in segs)


def test_status_is_word_icon_and_colour_class():
    """Is every status shown with its word and its icon, not only a colour?"""
    d = weak()
    html = render_report(check_email(d.subject, d.body, context=d.context))
    for status in ("pass", "warn", "fail"):
        icon, word = STATUS_LABELS[status]
        assert f'class="fe-status fe-{status}' in html
        assert icon in html and word.lower() in html.lower()


def test_each_principle_appears_once_problems_first_passes_folded():
    """Is every principle shown once: each problem next to its number, what passes folded in one line?"""
    d = weak()
    r = check_email(d.subject, d.body, context=d.context)
    html = render_report(r)
    problems = html.split('<ol class="fe-problems">')[1].split("</ol>")[0]
    good = html.split('<details class="fe-good">')[1].split("</details>")[0]
    problem_ids = re.findall(r'data-check="([a-z_]+)"', problems)
    good_ids = re.findall(r'data-check="([a-z_]+)"', good)
    assert len(problem_ids) == len(r.problems)
    assert set(problem_ids) == {f.check for f in r.problems}
    assert not set(good_ids) & set(problem_ids)
    assert f"{len(good_ids)} things already good</span></summary>" in good
    assert f'data-score="{r.score}"' in html and f"{r.score}</strong>/100" in html
    # each problem's message appears once in the text (the mark's title aside)
    from html import unescape
    from followup_edu.render.html import message
    text = unescape(re.sub(r"<[^>]+>", "", html.split("</style>")[-1]))
    for f in r.problems:
        assert text.count(message(r, f, "")) == 1, f.message


def test_score_line_says_what_is_left_not_a_verdict_word():
    """'Score: 95/100 ✘ Fix' confused; is it now the number of things left to fix?"""
    d = weak()
    html = render_report(check_email(d.subject, d.body, context=d.context))
    line = re.sub(r"<[^>]+>", "", html.split('<p class="fe-score">')[1].split("</p>")[0])
    assert re.fullmatch(r"Score: \d+/100 · ✘ \d+ to fix(, \d+ to improve)?", " ".join(line.split())), line
    strong = content.example("why-one-line").strong
    html = render_report(check_email(strong.subject, strong.body, context=strong.context))
    assert "✔</span> nothing to fix" in html


def test_no_praise_for_flagged_words():
    """A ✔ 'Greets Ms Whitfeild by name' must not sit next to ✘ 'Whitfeild looks like a misspelling'."""
    ctx = content.sample_context("internal")
    body = content.example("tone-internal").strong.body.replace("Dear Dana,", "Dear Ms Whitfeild,")
    r = check_email("Thank you – Team Lead interview – Sam Carter", body, context=ctx)
    assert r.status_of("names") == "fail" and r.status_of("greeting") == "pass"
    html = render_report(r, context=ctx)
    good = html.split('<details class="fe-good">')[1].split("</details>")[0]
    assert "Whitfeild" not in good
    assert "Whitfeild” looks like a misspelling" in html


def test_a_cut_quote_shows_the_end_of_the_sentence():
    """Does a quote the checker cut short show its end too, where the matched words often are?"""
    d = content.example("why-one-line").strong
    html = render_report(check_email(d.subject, d.body, context=d.context))
    interest = re.search(r'data-check="interest">(.*?)</li>', html).group(1)
    assert "keen to join Northwind Analytics" in interest and "…”" not in interest


def test_suggestions_and_examples_never_invent_a_role_or_a_placeholder():
    """With no interview details, is no 'Junior Analyst' or 'Your Name' offered? With them, are they used?"""
    r = check_email("hi", "Dear Priya,\n\nThanks for the chat about the dashboards.\n\nJordan")
    html = render_report(r)
    text = re.sub(r"<[^>]+>", "", html)
    assert "Your Name" not in text and "Junior Analyst" not in text
    ctx = {"role": "Team Lead", "candidate_name": "Sam Carter"}
    text = re.sub(r"<[^>]+>", "", render_report(check_email("hi", r.body, context=ctx), context=ctx))
    assert "Team Lead" in text and "Sam Carter" in text and "Your Name" not in text


def test_problems_link_to_their_lesson():
    d = weak()
    html = render_report(check_email(d.subject, d.body, context=d.context))
    assert '<a class="fe-lesson" href="09-proofread.ipynb">Lesson 09 · Proofread before you send</a>' in html


def test_lesson_titles_match_the_notebooks():
    import json
    from pathlib import Path
    from followup_edu.render.html import lesson_titles
    for path in sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb")):
        first = "".join(json.loads(path.read_text("utf-8"))["cells"][0]["source"]).splitlines()[0]
        assert first == f"# {path.stem[:2]} · {lesson_titles()[path.stem]}"


def test_standalone_is_a_full_document_and_fragment_is_not():
    r = check_email("Thank you", "Dear Priya,\n\nThank you.\n\nBest regards,\nJordan Lee")
    full, frag = render_report(r, standalone=True), render_report(r)
    assert full.lstrip().startswith("<!DOCTYPE html>") and "<title>" in full
    assert "<html" not in frag and "<style>" in frag
    parse(full)


def test_panel_shows_distinct_verdict_and_each_email():
    ex = content.panel_examples()[0]
    panel = check_emails(list(ex.weak), context=ex.context)
    html = render_panel(panel, standalone=True)
    parse(html)
    assert 'data-check="distinct"' in html
    assert "100% the same" in html
    assert html.count('class="fe-report') == len(ex.weak)
    for recipient, _s, _b in ex.weak:
        assert f"to {recipient}" in html


def test_empty_draft_renders_without_error():
    html = render_report(check_email("", ""))
    assert "(no subject)" in html
    parse(html)


def test_plan_renders_dates_and_notes():
    html = render_plan(plan("2026-03-06 15:30"))
    parse(html)
    assert "Friday 6 March 2026, 18:00" in html and "Saturday" in html


def test_each_note_number_is_shown_once_in_the_draft():
    """Is a long span (e.g. the whole body) numbered once at its end, not on every piece it covers?"""
    r = check_email("hey", "hey,\n\nthx for the chat. I really need this job!!! let me know asap\n\njordan")
    html = render_report(r)
    sups = re.findall(r'<sup aria-label="see note [^"]*">([^<]+)</sup>', html)
    numbers = [n for s in sups for n in s.split(",")]
    assert numbers and len(numbers) == len(set(numbers)), numbers
    notes = re.findall(r'<li value="(\d+)"', html)
    assert sorted(numbers, key=int) == notes


def test_is_one_message_about_an_empty_body_shown_once():
    """With a subject typed and no body yet, does the learner see one problem, not thirteen copies?"""
    html = render_report(check_email("Thank you for the interview", "   "))
    assert html.count("The email is empty") == 1, html
    assert "1 to fix" in html
