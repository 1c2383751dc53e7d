"""Example tables: drafts each check must flag, drafts it must pass, and strong emails nothing flags.

One table per principle id lives in tests/examples/<id>.toml with ``[[flag]]`` and ``[[pass]]``
cases; complete strong emails live in tests/examples/strong.toml as ``[[email]]`` entries. The
meta-tests below fail when a principle has no table, a table names no known principle, or a case's
context does not parse. A case the checker gets wrong is left failing on purpose: the failure
message says which check, what it returned and why the example expects otherwise.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from followup_edu import Context, check_email, check_emails, principle_ids, registry
from conftest import load_script

EXAMPLES = Path(__file__).parent / "examples"
STRONG = EXAMPLES / "strong.toml"
FLAGGED = ("warn", "fail")
QUIET = ("pass", "skip")
CASE_KEYS = {"subject", "body", "context", "why", "status", "emails", "xfail"}
EMAIL_KEYS = {"recipient", "subject", "body"}


def _load(path: Path) -> dict:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def _tables() -> dict[str, dict]:
    return {p.stem: _load(p) for p in sorted(EXAMPLES.glob("*.toml")) if p != STRONG}


TABLES = _tables()
STRONG_EMAILS = _load(STRONG).get("email", []) if STRONG.exists() else []


def _cases(expect: str) -> list:
    params = []
    for pid, table in TABLES.items():
        for n, case in enumerate(table.get(expect, []), start=1):
            # a case written before the fix it needs runs as a strict expected failure: once the
            # checker gets it right the test fails until its ``xfail`` is dropped
            marks = [pytest.mark.xfail(reason=case.get("why", ""), strict=True)] if case.get("xfail") else []
            params.append(pytest.param(pid, case, id=f"{pid}-{expect}-{n}", marks=marks))
    return params


def _describe(findings, pid: str) -> str:
    lines = [f"  {f.status}: {f.message}" for f in findings if f.check == pid]
    return "\n".join(lines) or "  (no findings)"


def _run(pid: str, case: dict):
    """Run the check a case is about; return (worst status, findings)."""
    if pid == "distinct":
        emails = [(e.get("recipient"), e.get("subject", ""), e.get("body", "")) for e in case["emails"]]
        panel = check_emails(emails, context=case.get("context"))
        return panel.status_of(pid), panel.findings
    report = check_email(case.get("subject", ""), case.get("body", ""), context=case.get("context"))
    return report.status_of(pid), report.findings


@pytest.mark.parametrize(("pid", "case"), _cases("flag"))
def test_flag_case_is_flagged(pid, case):
    """Does the check raise a warning (or failure) on a draft with this defect?"""
    status, findings = _run(pid, case)
    wanted = (case["status"],) if case.get("status") in ("warn", "fail") else FLAGGED
    assert status in wanted, (
        f"{pid}: expected {'/'.join(wanted)}, got {status}. Why it should flag: {case.get('why')}\n"
        + _describe(findings, pid)
    )


@pytest.mark.parametrize(("pid", "case"), _cases("pass"))
def test_pass_case_is_not_flagged(pid, case):
    """Does the check stay quiet (pass or skip) on a draft that is fine for this principle?"""
    status, findings = _run(pid, case)
    assert status in QUIET, (
        f"{pid}: expected pass/skip, got {status}. Why it is fine: {case.get('why')}\n" + _describe(findings, pid)
    )


@pytest.mark.parametrize(
    "email", [pytest.param(e, id=f"strong-{n}") for n, e in enumerate(STRONG_EMAILS, start=1)]
)
def test_strong_email_is_not_flagged_by_any_check(email):
    """Does a complete strong email pass (or skip) every check?"""
    report = check_email(email["subject"], email["body"], context=email.get("context"))
    noisy = {pid: s for pid, s in report.statuses.items() if s in FLAGGED}
    assert not noisy, f"{email.get('why')}\nflagged: {noisy}\n" + "\n".join(
        f"  {f.check} {f.status}: {f.message}" for f in report.findings if f.status in FLAGGED
    )


# ------------------------------------------------------------------------------------------ meta


def test_every_principle_has_a_table_with_both_kinds_of_case():
    """Does every principle in the registry have at least one flag and one pass example?"""
    for pid in principle_ids():
        assert pid in TABLES, f"no example table tests/examples/{pid}.toml"
        assert TABLES[pid].get("flag"), f"{pid}.toml has no [[flag]] case"
        assert TABLES[pid].get("pass"), f"{pid}.toml has no [[pass]] case"


def test_every_table_names_a_known_principle():
    """Is every example table named after a principle id in the registry?"""
    unknown = sorted(set(TABLES) - set(principle_ids()))
    assert not unknown, f"tables with no matching principle id: {unknown}"


def test_tables_use_only_known_sections():
    """Does each table hold only [[flag]] and [[pass]] cases (a typo would silently drop cases)?"""
    for pid, table in TABLES.items():
        extra = sorted(set(table) - {"flag", "pass"})
        assert not extra, f"{pid}.toml has unknown sections {extra}"


def _all_cases():
    for pid, table in TABLES.items():
        for expect in ("flag", "pass"):
            for n, case in enumerate(table.get(expect, []), start=1):
                yield f"{pid}-{expect}-{n}", pid, case
    for n, email in enumerate(STRONG_EMAILS, start=1):
        yield f"strong-{n}", None, email


def test_every_case_is_well_formed():
    """Does every case have a reason, only known keys, and a draft (or a set of emails for distinct)?"""
    for cid, pid, case in _all_cases():
        assert case.get("why"), f"{cid} has no 'why'"
        unknown = set(case) - CASE_KEYS
        assert not unknown, f"{cid} has unknown keys {sorted(unknown)}"
        assert case.get("status") in (None, "warn", "fail"), f"{cid}: status may only be 'warn' or 'fail'"
        if pid == "distinct":
            assert len(case.get("emails", [])) >= 1, f"{cid} needs emails = [...]"
            for email in case["emails"]:
                assert set(email) <= EMAIL_KEYS, f"{cid}: unknown email keys {sorted(set(email) - EMAIL_KEYS)}"
        else:
            assert "body" in case and "subject" in case, f"{cid} needs subject and body"


def test_every_case_context_parses():
    """Does every case's context load as a Context without error?"""
    for cid, _pid, case in _all_cases():
        if "context" in case:
            Context.from_dict(case["context"])


def test_there_are_at_least_fifteen_strong_emails():
    """Are there enough complete strong emails, across kinds, to guard precision?"""
    assert len(STRONG_EMAILS) >= 15
    kinds = {Context.from_dict(e.get("context", {})).effective_kind for e in STRONG_EMAILS}
    assert kinds == set(registry.all_kinds())


# ------------------------------------------------------------------------------ labelled corpus

CORPUS = Path(__file__).parent / "corpus"


def _corpus_entries(name: str | None = None) -> list[dict]:
    """Entries of one corpus file (emails, holdout), or of all of them."""
    import json

    files = [CORPUS / f"{name}.jsonl"] if name else sorted(CORPUS.glob("*.jsonl"))
    return [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line]


def test_corpus_labels_every_applicable_principle():
    """Does every corpus email carry a problem/fine label for each principle that applies to its kind?"""
    from followup_edu import principle

    entries = _corpus_entries()
    assert len({e["id"] for e in entries}) == len(entries), "duplicate corpus ids"
    singles = [e for e in entries if "emails" not in e]
    panels = [e for e in entries if "emails" in e]
    assert len(singles) >= 60 and len(panels) >= 2
    strong = [e for e in singles if "problem" not in e["labels"].values()]
    assert 0.3 <= len(strong) / len(singles) <= 0.5, "aim for about 40% strong emails"
    for entry in singles + [dict(e, context=p["context"]) for p in panels for e in p["emails"] if e["labels"]]:
        ctx = Context.from_dict(entry.get("context", {}))
        assert set(entry["labels"].values()) <= {"problem", "fine"}, entry.get("id")
        wanted = {pid for pid in principle_ids() if pid != "distinct" and ctx.effective_kind in principle(pid).kinds}
        if ctx.effective_kind == "after_rejection" or not (ctx.interview_at and ctx.sent_at):
            wanted.discard("timing")
        if ctx.effective_kind == "second_follow_up" and not ctx.previous_sent_at:
            wanted.discard("timing")
        wanted -= {pid for pid in wanted if not all(getattr(ctx, key) for key in principle(pid).needs)}
        assert set(entry["labels"]) == wanted, f"{entry.get('id', entry.get('recipient'))}: labels {sorted(entry['labels'])}"
    for entry in panels:
        assert set(entry["labels"]) == {"distinct"} and entry["labels"]["distinct"] in ("problem", "fine")


def test_corpus_file_matches_its_builder():
    """Is tests/corpus/emails.jsonl what build_corpus.py writes (no hand edits drifting from the source)?"""
    import json

    module = load_script(CORPUS / "build_corpus.py")  # builds the sets in memory; only main() writes the files
    assert sorted(module.SETS) == sorted(p.stem for p in CORPUS.glob("*.jsonl"))
    for name, entries in module.SETS.items():
        assert [json.loads(json.dumps(e, ensure_ascii=False)) for e in entries] == _corpus_entries(name), (
            f"{name}.jsonl is stale; run: python tests/corpus/build_corpus.py"
        )


def test_eval_labels_accounts_for_every_label():
    """Does benchmarks/eval_labels.py count each labelled point exactly once, as caught/missed/flagged/quiet?"""
    module = load_script(Path(__file__).parents[1] / "benchmarks" / "eval_labels.py")
    entries = _corpus_entries()[:5] + [e for e in _corpus_entries() if "emails" in e][:1]
    result = module.evaluate(entries, module.run_inprocess)
    counted = sum(sum(cell.values()) for cell in result["confusion"].values())
    labelled = sum(len(e["labels"]) + sum(len(m["labels"]) for m in e.get("emails", [])) for e in entries)
    assert counted == labelled
    assert len(result["misses"]) == sum(c["fn"] for c in result["confusion"].values())
    assert len(result["false_alarms"]) == sum(c["fp"] for c in result["confusion"].values())
