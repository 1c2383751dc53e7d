"""The public entry points: check one draft, check a set of panel emails, explain a principle."""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Iterable, Mapping, Sequence

from . import registry, rubric
from .checks import panel_checks, registered
from .context import Context, coerce_context
from .errors import DraftError
from .plausible import kind_doubt, trusted
from . import model
from .model import Finding, PanelReport, Report, worst
from .text import normalize_newlines, parse



def _text_arg(name: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            raise DraftError(f"the {name} is not UTF-8 text") from None
    if not isinstance(value, str):
        raise DraftError(f"the {name} must be text, not {type(value).__name__}")
    return value


def score(findings: Iterable[Finding]) -> int:
    """0-100: each principle's weight times the credit of its worst status (see :mod:`.model`)."""
    by_check: dict[str, list[str]] = {}
    for f in findings:
        by_check.setdefault(f.check, []).append(f.status)
    return model.score({c: worst(s) for c, s in by_check.items()}, registry.weights())


def check_email(subject: str | None, body: str | None, context: Context | Mapping[str, Any] | None = None,
                *, checks: Sequence[str] | None = None) -> Report:
    """Check one draft against every principle (or only ``checks``) and return a :class:`Report`."""
    subject = normalize_newlines(_text_arg("subject", subject))
    body = normalize_newlines(_text_arg("body", body))
    if "<" in body:  # HTML pasted from a web mail client: judged as the text it shows (the command line reads drafts the same way)
        from .drafts import html_to_text, looks_like_html
        from .normalize import without_invisible

        markup = without_invisible(body)  # an invisible character inside a tag must not hide the HTML
        if looks_like_html(markup):
            body = html_to_text(markup)
    ctx = coerce_context(context)
    findings: list[Finding] = []
    if not body.strip():
        # nothing to judge but the subject line, which stands on its own
        draft = parse(subject, body)
        for pid, check in registered().items():
            if checks is None or pid in checks:
                findings.extend(_as_written(draft, check(draft, ctx, registry.principle(pid))) if pid == "subject"
                                else [Finding(pid, "fail", registry.message("empty"))])
        return Report(subject=subject, body=body, findings=findings, score=0, recipient=ctx.recipient)
    limit = registry.detail_chars()
    if len(body) > limit:
        cut = body.rfind(" ", limit - 2000, limit)
        cut = cut if cut > 0 else limit
        draft = parse(subject, body[:cut])
        draft.total_words = len(body.split())
        findings.append(Finding("length", "fail", registry.principle("length").message(
            "truncated", chars=f"{len(body):,}", limit=f"{cut:,}"), (0, cut)))
    else:
        draft = parse(subject, body)
    ctx, notes = trusted(ctx)  # "asdf" typed into a name field is not the truth to check against
    if ctx.kind is None:  # no kind given: read it from the text, and say so
        inferred = infer_kind(draft, ctx)
        ctx = replace(ctx, kind=inferred)
        notes.append(registry.message("inferred_kind", kind=registry.message("kind_" + inferred)))
    elif (doubt := kind_doubt(draft, ctx.kind)) is not None:  # the kind given does not fit the text
        notes.append(doubt)
    kind = ctx.effective_kind
    for pid, check in registered().items():
        if checks is not None and pid not in checks:
            continue
        p = registry.principle(pid)
        if kind not in p.kinds:
            findings.append(Finding(pid, "skip", registry.message("not_applicable", kind=kind.replace("_", " "))))
            continue
        findings.extend(_as_written(draft, check(draft, ctx, p)))
    report = Report(subject=subject, body=body, findings=findings, score=0, recipient=ctx.recipient, notes=notes)
    report.score = rubric.score(report, kind, draft) if checks is None else score(findings)
    return report


def _as_written(draft, found: Iterable[Finding]) -> list[Finding]:
    """Findings with their spans moved from the text the checks read to the text as written."""
    out = list(found)
    if (draft.cleaned_body is None or draft.cleaned_body.starts is None) and \
            (draft.cleaned_subject is None or draft.cleaned_subject.starts is None):
        return out
    return [replace(f, span=draft.original_span(f.span, f.field)) if f.span is not None else f for f in out]


def _days_after_interview(ctx: Context | None) -> float | None:
    """How many days after the interview the draft is sent, when the context gives both times."""
    if ctx is None or ctx.interview_at is None or ctx.sent_at is None:
        return None
    from .context import hours_between

    return hours_between(ctx.interview_at, ctx.sent_at) / 24


def infer_kind(draft, ctx: Context | None = None) -> str:
    """The kind of email a draft is, from its text: a reply to a rejection, a status check, or
    (the default) a thank-you. Cue phrases are data (vocabulary.toml). A draft sent within a thank-you's
    own window after the interview (timing's ``warn_hours``) is not read as a status check, which comes
    about a week after the thank-you."""
    from . import vocabulary
    from .plausible import thanks_outweigh_rejection

    days = _days_after_interview(ctx)
    soon = days is not None and 0 <= days * 24 <= registry.principle("timing")["warn_hours"]

    for kind, key in (("offer_reply", "offer_cue_pattern"), ("after_rejection", "rejection_cue_pattern"),
                      ("after_informational", "informational_cue_pattern"),
                      ("second_follow_up", "status_check_cue_pattern")):
        if draft.first_match(vocabulary.pattern(key), prose_only=False):
            if kind == "second_follow_up" and (soon or draft.first_match(vocabulary.pattern("recent_thanks_pattern"), prose_only=False)):
                break  # thanks for a meeting held today or yesterday: a thank-you that also follows up a point
            if kind == "after_rejection" and thanks_outweigh_rejection(draft):
                continue
            return kind
    return "thank_you"



def check_emails(emails: Sequence[tuple[str | None, str, str]], context: Context | Mapping[str, Any] | None = None) -> PanelReport:
    """Check one email per interviewer: ``[(recipient, subject, body), ...]``.

    Each email is checked with the context's ``recipient`` set to its own recipient; the
    ``distinct`` findings compare the emails with each other.
    """
    ctx = coerce_context(context)
    reports = []
    for item in emails:
        if not isinstance(item, (tuple, list)) or len(item) != 3:
            raise DraftError("each email must be a (recipient, subject, body) triple")
        recipient, subject, body = item
        reports.append(check_email(subject, body, ctx.with_recipient(recipient or ctx.recipient)))
    found = [f for pid, check in panel_checks().items() for f in check(reports, ctx, registry.principle(pid))]
    # the panel's score: each email's score, and the distinct principle's counting as one more
    scores = [r.score for r in reports]
    if any(f.status != "skip" for f in found):
        scores.append(score(found))
    return PanelReport(reports=reports, findings=found, score=round(sum(scores) / len(scores)) if scores else 0)


def explain(pid: str) -> dict[str, Any]:
    """The principle behind a check, as data (see :mod:`followup_edu.render` for text)."""
    p = registry.principle(pid)
    return {"id": p.id, "title": p.title, "summary": p.summary, "why": p.why, "lesson": p.lesson,
            "weight": p.weight, "applies_to": list(p.kinds)}
