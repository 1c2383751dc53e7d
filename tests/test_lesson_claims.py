"""Lesson prose against the widget beside it: what the text says about an example must be true.

A learner who reads "Both drafts say thank you" next to "✘ No thanks at all" stops trusting the
checker. So every example's note and intro declares what it claims the checker finds (``shows`` in
lessons.toml), and every count or name the prose states (words, paragraphs, people, emails, typos,
days, who) is compared with the example's data or the checker's output.
"""
from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pytest

from followup_edu import check_email
from followup_edu.widgets import LiveChecker, content

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "a hundred": 100, "a single": 1, "both": 2}
NUM = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a hundred|a single|both)"


def _n(word: str) -> int:
    return int(word) if word.isdigit() else NUMBERS[word.lower()]


def _report(draft: content.Draft):
    return check_email(draft.subject, draft.body, context=draft.context)


def _length_numbers(report) -> tuple[int | None, int | None]:
    """(words, paragraphs) as the length finding states them."""
    text = " ".join(f.message for f in report.findings if f.check == "length")
    words = re.search(r"(\d+) words", text)
    paras = re.search(r"(\d+) paragraph", text)
    return (int(words.group(1)) if words else None), (int(paras.group(1)) if paras else None)


def _all_drafts():
    for ex in content.examples():
        for side in ("weak", "strong"):
            yield ex, side, getattr(ex, side)


# -- what the notes and intros say the checker finds ---------------------------------------------

@pytest.mark.parametrize("ex, side, draft", list(_all_drafts()), ids=lambda x: getattr(x, "name", x)
                         if not isinstance(x, content.Draft) else "")
def test_the_checker_finds_what_the_note_says(ex, side, draft):
    """Does the checker give each principle the status the note (and the intro) says it does?"""
    claims = {**ex.shows.get(side, {}), **draft.shows}
    if side == "weak":
        assert claims, f"{ex.name}: the weak draft's note must say what it shows (shows = {{...}})"
    r = _report(draft)
    got = {pid: r.status_of(pid) for pid in claims}
    assert got == claims, f"{ex.name} ({side}): the text says {claims}, the checker says {got}"


def test_a_false_claim_is_caught():
    """Control: the 'Both drafts say thank you' intro, declared as a claim, fails against the checker."""
    weak = content.example("gratitude-generic").weak
    assert _report(weak).status_of("gratitude") != "pass"


# -- counts and names stated in the prose ----------------------------------------------------------

def _claims(text: str):
    """(kind, number, 'about'?) for each count the text states."""
    for m in re.finditer(rf"\b(about )?{NUM} (?:short )?(words|paragraphs?|people|emails|interviewers|typos|"
                         rf"days (?:later|after))\b", text, re.I):
        yield m.group(3).split()[0].lower().rstrip("s"), _n(m.group(2)), bool(m.group(1))


def _check_counts(text: str, drafts: list[content.Draft], emails: int | None, where: str) -> list[str]:
    errors = []
    for kind, n, about in _claims(text):
        facts = []
        for d in drafts:
            r = _report(d)
            words, paras = _length_numbers(r)
            if kind == "word":
                facts.append(words)
            elif kind == "paragraph":
                facts.append(paras)
            elif kind == "typo":
                facts.append(sum(1 for f in r.findings if f.check == "spelling" and f.status in ("warn", "fail")))
            elif kind == "day":
                start = d.context.get("previous_sent_at") or d.context.get("interview_at")
                facts.append((datetime.fromisoformat(d.context["sent_at"]).date()
                              - datetime.fromisoformat(start).date()).days)
        if kind in ("people", "email", "interviewer"):
            facts = [emails]
        ok = any(f is not None and (abs(f - n) <= 0.2 * n if about else f == n) for f in facts)
        if not ok:
            errors.append(f"{where}: says {'about ' if about else ''}{n} {kind}(s); the data says {facts}")
    return errors


def test_counts_in_notes_and_intros_match_the_data():
    """Is every number a note or intro states ('about a hundred words', 'two typos') true of its example?"""
    errors = []
    for ex in content.examples():
        for d in (ex.weak, ex.strong):
            errors += _check_counts(d.note, [d], None, f"{ex.name} note")
        errors += _check_counts(ex.intro, [ex.weak, ex.strong], None, f"{ex.name} intro")
    for ex in content.panel_examples():
        for side in ("weak", "strong"):
            errors += _check_counts(ex.intro, [], len(getattr(ex, side)), f"{ex.name} intro ({side})")
    assert not errors, "\n".join(errors)


def _people() -> dict[str, set[str]]:
    """Each person's name parts -> the full names, from every sample interview."""
    out: dict[str, set[str]] = {}
    for ctx in content.lessons()["contexts"].values():
        for full in [ctx.get("candidate_name"), ctx.get("recipient"), *ctx.get("interviewers", [])]:
            for part in (full or "").split():
                out.setdefault(part, set()).add(full)
    return out


def _named(text: str) -> set[str]:
    people = _people()
    return {full for word in re.findall(r"\b[A-Z][a-z]+\b", text) for full in people.get(word, ())}


def _example_people(ctx: dict, emails=()) -> set[str]:
    return {ctx.get("candidate_name"), ctx.get("recipient"), *ctx.get("interviewers", []), *(r for r, _s, _b in emails)}


def test_people_named_in_the_prose_are_in_the_example():
    """Does the prose name only people who are in the example it describes?"""
    errors = []
    for ex in content.examples():
        who = _example_people(ex.weak.context) | _example_people(ex.strong.context)
        for text in (ex.intro, ex.weak.note, ex.strong.note):
            if _named(text) - who:
                errors.append(f"{ex.name}: {sorted(_named(text) - who)} are not in the example")
    for ex in content.panel_examples():
        who = {ex.context.get("candidate_name")} | {r for r, _s, _b in ex.weak + ex.strong}
        if _named(ex.intro) - who:
            errors.append(f"{ex.name}: {sorted(_named(ex.intro) - who)} get no email in the example")
        assert set(ex.context.get("interviewers", [])) == {r for r, _s, _b in ex.weak}, ex.name
    assert not errors, "\n".join(errors)


def _notebook_example_prose():
    """(lesson, markdown of the 'Weak vs strong' section) for every notebook."""
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        cells = json.loads(path.read_text("utf-8"))["cells"]
        text = " ".join("".join(c["source"]) for c in cells
                        if c["cell_type"] == "markdown" and "".join(c["source"]).startswith("## Weak vs strong"))
        yield path.stem, text


@pytest.mark.parametrize("lesson, text", list(_notebook_example_prose()), ids=lambda x: x if isinstance(x, str)
                         and x[:2].isdigit() else "")
def test_notebook_prose_about_its_examples_matches_them(lesson, text):
    """Do the counts and names in a notebook's 'Weak vs strong' text match the examples it shows?"""
    examples = content.examples(lesson)
    panels = content.panel_examples(lesson)
    if lesson == "12-write-your-own":
        examples = [content.example("why-one-line")]
    drafts = [d for ex in examples for d in (ex.weak, ex.strong)]
    who = set().union(*(_example_people(d.context) for d in drafts)) if drafts else set()
    for ex in panels:
        who |= _example_people(ex.context, ex.weak + ex.strong)
    errors = _check_counts(text, drafts, len(panels[0].weak) if panels else None, lesson)
    if _named(text) - who:
        errors.append(f"{lesson}: names {sorted(_named(text) - who)}, who are not in its examples")
    assert not errors, "\n".join(errors)


def test_the_count_check_catches_the_reported_contradictions():
    """Control: the texts from the original report are flagged."""
    panel = content.panel_examples()[0]
    assert _check_counts("Jordan met three people.", [], len(panel.weak), "x")
    strong = content.example("tone-desperate").strong
    assert _check_counts("Warm and confident, in 200 words.", [strong], None, "x")
    assert _named("Here are two ways to thank Priya and Mei.") - {"Priya Raman", "Tom Okafor", "Jordan Lee"}


# -- the live checker's status line and its length finding -----------------------------------------

@pytest.mark.parametrize("name", ["why-one-line", "tone-desperate", "close-pressure"])
def test_status_line_word_count_is_the_length_checks(name):
    """Does the status line's word count equal the one in the length finding (82 vs 76 before)?"""
    d = content.example(name).strong
    lc = LiveChecker(d.subject, d.body, context=d.context)
    words, _paras = _length_numbers(lc.report)
    shown = int(re.search(r'data-words="(\d+)"', lc.status.value).group(1))
    assert f">{shown} words<" in lc.status.value
    assert words == shown


def test_the_checkers_paragraph_count_is_what_a_reader_counts():
    """Does the length finding count the paragraphs a reader sees between greeting and sign-off?"""
    errors = []
    for ex, side, d in _all_drafts():
        blocks = [b for b in d.body.split("\n\n") if b.strip()]
        human = len(blocks) - 2  # the greeting line and the sign-off block
        _words, paras = _length_numbers(_report(d))
        if paras is not None and paras != human:
            errors.append(f"{ex.name} ({side}): {human} paragraphs, the checker says {paras}")
    assert not errors, "\n".join(errors)


# -- days, dates and times stated in the prose ------------------------------------------------------

_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


def _moments(*contexts) -> list[datetime]:
    out = []
    for ctx in contexts:
        for key in ("interview_at", "sent_at", "previous_sent_at"):
            if ctx.get(key):
                out.append(datetime.fromisoformat(str(ctx[key])))
    return out


def _check_when(text: str, moments: list[datetime], where: str) -> list[str]:
    """Every weekday, 'D Month' date and hh:mm time the text states is one of the context's moments."""
    errors = []
    for day in re.findall(rf"\b({'|'.join(_WEEKDAYS)})\b", text):
        if not any(_WEEKDAYS[m.weekday()] == day for m in moments):
            errors.append(f"{where}: says {day}; the example's dates fall on "
                          f"{sorted({_WEEKDAYS[m.weekday()] for m in moments})}")
    for d, month in re.findall(rf"\b(\d{{1,2}}) ({'|'.join(_MONTHS)})\b", text):
        if not any(m.day == int(d) and _MONTHS[m.month - 1] == month for m in moments):
            errors.append(f"{where}: says {d} {month}, which is none of the example's dates")
    for hh, mm in re.findall(r"\b(\d{1,2}):(\d\d)\b", text):
        if not any((m.hour, m.minute) == (int(hh), int(mm)) for m in moments):
            errors.append(f"{where}: says {hh}:{mm}, which is none of the example's times")
    return errors


def test_days_dates_and_times_in_the_prose_are_the_examples():
    """Is 'a Tuesday 10:00 interview', 'sent on Friday', 'It is 11 March' true of the example's context?"""
    errors = []
    for ex in content.examples():
        moments = _moments(ex.weak.context, ex.strong.context)
        errors += _check_when(" ".join((ex.intro, ex.weak.note, ex.strong.note)), moments, ex.name)
    for xid, x in content.exercises().items():
        errors += _check_when(x.instructions + " " + x.hint, _moments(x.draft.context), xid)
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        lesson = path.stem
        cells = json.loads(path.read_text("utf-8"))["cells"]
        text = " ".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown"
                        and "".join(c["source"]).startswith(("## Weak vs strong", "## Try it")))
        contexts = [d.context for ex in content.examples(lesson) for d in (ex.weak, ex.strong)]
        contexts += [x.draft.context for x in content.exercises().values() if x.lesson == lesson]
        if lesson == "02-send-it-on-time":
            continue  # its "Try it" invites the learner to try any day with the calculator
        errors += _check_when(text, _moments(*contexts), lesson)
    assert not errors, "\n".join(errors)


def test_the_date_check_catches_a_wrong_day():
    """Control: 'sent on Thursday' is flagged when the example was sent on a Friday."""
    d = content.example("timing-three-days").weak
    assert _check_when("Sent on Thursday, 4 March, at 11:30.", _moments(d.context), "x")


# -- what the lessons say about limits and phrases, against the registry --------------------------
# Lesson 03 once said "under ten words" while the checker allowed twelve, and lesson 07 called
# "Thanks!" casual while the checker accepted it. Every limit a lesson states is read from its text
# and compared with the registry, and every greeting, closing or phrase a lesson judges is put into
# a good email and checked.

from followup_edu import principle  # noqa: E402

_WORDS = {**NUMBERS, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}


def _markdown(slug: str | None = None) -> str:
    paths = [NOTEBOOKS / f"{slug}.ipynb"] if slug else sorted(NOTEBOOKS.glob("*.ipynb"))
    text = " ".join(" ".join("".join(c["source"]) for c in json.loads(p.read_text("utf-8"))["cells"]
                             if c["cell_type"] == "markdown") for p in paths).split()
    return " ".join(text)


def _subject_texts() -> str:
    from followup_edu.widgets import content as c
    quiz = " ".join(q.prompt + " " + " ".join(ch.text + " " + ch.feedback for ch in q.choices)
                    for q in c.quiz("03-write-a-subject-line"))
    hints = " ".join(x.instructions + " " + x.hint for x in c.exercises().values())
    return " ".join((_markdown("03-write-a-subject-line"), quiz, hints))


def subject_limit_errors(text: str) -> list[str]:
    """Each subject-length limit the text states ("twelve words at most", "under ten words",
    "80 characters") against the subject check's own limits."""
    p = principle("subject")
    errors = []
    for m in re.finditer(r"\b(\w+) words(?: \(about (\d+) characters\))? (?:at most|or fewer)|\bunder (\w+) words", text, re.I):
        n = _WORDS.get((m.group(1) or m.group(3)).lower())
        said = n if m.group(1) else (n - 1 if n else None)
        if said != p["max_words"]:
            errors.append(f"says “{m.group(0)}”; the subject check allows {p['max_words']} words")
        if m.group(2) and int(m.group(2)) != p["max_chars"]:
            errors.append(f"says “{m.group(0)}”; the subject check allows {p['max_chars']} characters")
    return errors


def test_the_subject_length_the_lessons_state_is_the_checkers():
    text = _subject_texts()
    assert re.search(r"\b\w+ words (?:\(about \d+ characters\) )?at most", text), "lesson 03 states the limit"
    assert subject_limit_errors(text) == []
    # ... and the registry's limit is what the check does: max_words words pass, one more warns
    p = principle("subject")
    ctx = content.sample_context()
    body = content.example("close-pressure").strong.body
    words = ["Thank", "you", "for", "the", "Junior", "Data", "Analyst", "interview", "today", "Jordan", "Lee",
             "here", "again", "now"]
    at_limit = " ".join(words[:p["max_words"]])
    assert len(at_limit) < p["max_chars"]
    assert check_email(at_limit, body, context=ctx).status_of("subject") == "pass"
    assert check_email(" ".join(words[:p["max_words"] + 1]), body, context=ctx).status_of("subject") == "warn"


def test_the_subject_limit_check_catches_the_old_text():
    """Control: the old "well under ten words" is a contradiction."""
    assert subject_limit_errors("Keep it short (well under ten words) so it is not cut off.")
    assert subject_limit_errors("Under ten words; no capitals.")


#: (lesson, the phrase as the lesson writes it, the line that goes into a good email, where it goes,
#:  the principle, what the lesson says of it). The phrase must still be in the lesson's text.
PHRASES = [
    ("07-close-and-sign-off", "*Cheers*", "Cheers,", "closing", "signoff", "flagged"),
    ("07-close-and-sign-off", "*Thanks,*", "Thanks,", "closing", "signoff", "passes"),
    ("07-close-and-sign-off", "*Many thanks,*", "Many thanks,", "closing", "signoff", "passes"),
    ("07-close-and-sign-off", "*Best regards*", "Best regards,", "closing", "signoff", "passes"),
    ("07-close-and-sign-off", "*Kind regards*", "Kind regards,", "closing", "signoff", "passes"),
    ("07-close-and-sign-off", "*Sincerely*", "Sincerely,", "closing", "signoff", "passes"),
    ("07-close-and-sign-off", "*Yours sincerely*", "Yours sincerely,", "closing", "signoff", "passes"),
    ("07-close-and-sign-off", "*Yours faithfully*", "Yours faithfully,", "closing", "tone", "flagged"),
    ("07-close-and-sign-off", "*Dear Sir or Madam*", "Dear Sir or Madam,", "greeting", "greeting", "flagged"),
    ("04-greet-by-name", "*Dear Sir or Madam*", "Dear Sir or Madam,", "greeting", "greeting", "flagged"),
    ("04-greet-by-name", "*Dear Priya Raman,*", "Dear Priya Raman,", "greeting", "greeting", "passes"),
    ("04-greet-by-name", "*Yours sincerely*", "Yours sincerely,", "closing", "signoff", "passes"),
    ("04-greet-by-name", "*sincerely*", "Sincerely,", "closing", "signoff", "passes"),
    ("04-greet-by-name", "*Yours faithfully*", "Yours faithfully,", "closing", "tone", "flagged"),
    ("04-greet-by-name", "*Dear Priya,*", "Dear Priya,", "greeting", "greeting", "passes"),
    ("04-greet-by-name", "*Dear Ms Raman,*", "Dear Ms Raman,", "greeting", "greeting", "passes"),
    ("04-greet-by-name", "*Hi Priya,*", "Hi Priya,", "greeting", "greeting", "passes"),
    ("04-greet-by-name", "*Hey*", "Hey Priya,", "greeting", "greeting", "flagged"),
    ("04-greet-by-name", "*To whom it may concern*", "To whom it may concern,", "greeting", "greeting", "flagged"),
    ("04-greet-by-name", "*Dear Hiring Manager*", "Dear Hiring Manager,", "greeting", "greeting", "flagged"),
    ("06-show-interest-and-fit", "*I really need this job*", "I really need this job.", "sentence", "tone", "flagged"),
    ("06-show-interest-and-fit", "*I will do anything*", "I will do anything.", "sentence", "tone", "flagged"),
    ("08-keep-it-short-and-warm", "*after all the time I spent*",
     "I hope you consider me after all the time I spent preparing.", "sentence", "tone", "flagged"),
    ("09-proofread", "*[Company Name]*", "I would love to join [Company Name].", "sentence", "placeholders", "flagged"),
]

_BASE = content.example("close-pressure").strong


def _with(line: str, where: str) -> str:
    lines = _BASE.body.split("\n")
    if where == "greeting":
        lines[0] = line
    elif where == "closing":
        lines[lines.index("Kind regards,")] = line
    else:
        lines.insert(3, line)
    return "\n".join(lines)


def test_the_base_email_for_phrases_is_clean():
    assert _BASE.body.split("\n")[0] == "Dear Priya," and "Kind regards," in _BASE.body.split("\n")
    r = _report(_BASE)
    assert not r.problems, [(f.check, f.message) for f in r.problems]


@pytest.mark.parametrize("lesson, phrase, line, where, pid, verdict", PHRASES, ids=[p[1] for p in PHRASES])
def test_the_checker_judges_each_phrase_as_the_lesson_does(lesson, phrase, line, where, pid, verdict):
    assert phrase in _markdown(lesson), f"{lesson} no longer says {phrase}: update PHRASES"
    status = check_email(_BASE.subject, _with(line, where), context=_BASE.context).status_of(pid)
    assert (status in ("warn", "fail")) == (verdict == "flagged"), f"{lesson} says {phrase} {verdict}; {pid}: {status}"


_GREETING = re.compile(r"(?<!\*)\*((?:Dear|Hi|Hey|Hello|To whom)\b[^*]*)\*")
_CLOSING = re.compile(r"(?<!\*)\*([^*]*(?:regards|sincerely|faithfully|thanks|cheers|wishes)[^*]*)\*(?!\*)", re.I)


def test_every_greeting_and_closing_a_lesson_names_has_a_verdict():
    """Sweep: a greeting or closing newly named in a lesson must be added to PHRASES (and so checked)."""
    known = {(lesson, phrase) for lesson, phrase, *_ in PHRASES}
    missing = []
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        text = _markdown(path.stem)
        for rx in (_GREETING, _CLOSING):
            for m in rx.finditer(text):
                if len(m.group(1).split()) <= 5 and (path.stem, m.group(0)) not in known:
                    missing.append(f"{path.stem}: {m.group(0)}")
    assert not missing, missing


def test_the_hours_days_and_paragraphs_the_lessons_state_are_the_checkers():
    timing, length = principle("timing"), principle("length")["limits"]["thank_you"]
    text = _markdown()
    hours = {int(h) for h in re.findall(r"\b(\d+)[ -]hours?\b", text)} | {
        int(h) for a, b in re.findall(r"\b(\d+) to (\d+) hours?\b", text) for h in (a, b)}
    assert hours and hours <= {timing["pass_hours"], timing["warn_hours"]}, hours
    for n in re.findall(r"\b(\w+) short paragraphs at most", text, re.I):
        assert _WORDS[n.lower()] == length["max_paragraphs"], n
    if "about a week" in text:
        assert timing["second_ideal_days"] == 7 and timing["second_min_days"] <= 7 <= timing["second_max_days"]
    if "within a day or two of the offer" in text:  # lesson 11: the timing check warns only after offer_max_days
        assert timing["offer_max_days"] >= 2


_LINE = re.compile(r"(?:Dear|Hi|Hey|Hello|To whom)\b[^.]*[,!]|(?:Cheers|Best|Kind|Warm|Many thanks|Thanks|Sincerely|Yours)\b[^.]*,")


def test_quiz_choices_of_greetings_and_closings_are_judged_as_the_checker_does():
    """A quiz question whose choices are all greetings or closings: the right one passes the checker, and
    every wrong one is flagged (greeting, sign-off or tone), so the quiz and the widget agree."""
    asked = 0
    for lesson in content.quizzes():
        for q in content.quiz(lesson):
            if not all(_LINE.fullmatch(c.text) for c in q.choices):
                continue
            asked += 1
            for c in q.choices:
                where = "greeting" if re.match(r"Dear|Hi|Hey|Hello|To whom", c.text) else "closing"
                r = check_email(_BASE.subject, _with(c.text, where), context=_BASE.context)
                flagged = any(r.status_of(p) in ("warn", "fail") for p in ("greeting", "signoff", "tone"))
                assert flagged != c.correct, f"{lesson}: “{c.text}” is {'right' if c.correct else 'wrong'} in the quiz"
    assert asked >= 2


def test_the_german_greeting_question_agrees_with_the_checker():
    """Lesson 04's quiz: for a German interviewer with a doctorate, only “Dear Dr Schneider,” is right; the
    checker, given her country, agrees."""
    from followup_edu.gallery import pair

    strong = pair("abroad-formal")[1]
    question = next(q for q in content.quiz("04-greet-by-name") if "German" in q.prompt)
    for c in question.choices:
        greeting = re.search(r"“(Dear [^”]+,)”", c.text).group(1)
        r = check_email(strong.subject, strong.body.replace("Dear Dr Schneider,", greeting), strong.context)
        assert (r.status_of("greeting") == "pass") == c.correct, (greeting, r.status_of("greeting"))
