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

from followup_edu import Context, check_email, check_emails, principle_ids

EXAMPLES = Path(__file__).parent / "examples"
STRONG = EXAMPLES / "strong.toml"
FLAGGED = ("warn", "fail")
QUIET = ("pass", "skip")
CASE_KEYS = {"subject", "body", "context", "why", "status", "emails"}
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
            params.append(pytest.param(pid, case, id=f"{pid}-{expect}-{n}"))
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
    wanted = ("fail",) if case.get("status") == "fail" else FLAGGED
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
        assert case.get("status") in (None, "fail"), f"{cid}: status may only be 'fail'"
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
    assert kinds == {"thank_you", "second_follow_up", "after_rejection"}
