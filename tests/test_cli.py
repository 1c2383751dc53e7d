"""The followup-edu command: formats, exit codes and one-line errors.

Most tests call ``main(argv)`` in-process; a handful run the real console script (and
``python -m followup_edu``) in a subprocess to prove the installed entry point works end to end.
"""
from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from followup_edu import check_email, check_emails, Context, principle_ids
from followup_edu.cli import main
from followup_edu.drafts import read_draft

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
GOOD_TXT = str(EXAMPLES / "draft.txt")
GOOD_EML = str(EXAMPLES / "draft.eml")
WEAK_TXT = str(EXAMPLES / "draft-needs-work.txt")
CTX_JSON = str(EXAMPLES / "interview.json")
CTX_TOML = str(EXAMPLES / "interview.toml")
# the console script installed next to this interpreter (a venv), else the one on PATH
SCRIPT = Path(sys.executable).with_name("followup-edu")
if not SCRIPT.exists():
    SCRIPT = Path(shutil.which("followup-edu") or SCRIPT)


def run(*args: str, stdin: str | bytes | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the installed console script, from a folder outside the repository."""
    full_env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    full_env.update(env or {})
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    res = subprocess.run([str(SCRIPT), *args], input=data, capture_output=True, cwd="/", env=full_env, timeout=60)
    return subprocess.CompletedProcess(res.args, res.returncode, res.stdout.decode("utf-8"), res.stderr.decode("utf-8"))


def expected_report(draft_path: str, ctx_path: str):
    d = read_draft(draft_path)
    return check_email(d.subject, d.body, Context.from_file(ctx_path))


# -- the real console script ---------------------------------------------------------------------
def test_console_script_json_matches_api():
    """Does `followup-edu check --format json` print exactly report.to_dict(), and exit 0 on a good draft?"""
    res = run("check", GOOD_TXT, "--context", CTX_JSON, "--format", "json")
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout) == expected_report(GOOD_TXT, CTX_JSON).to_dict()
    assert res.stderr == ""


def test_console_script_text_report_fails_weak_draft():
    """Does a weak draft give a readable report with status words, and exit 1?"""
    res = run("check", WEAK_TXT, "-c", CTX_TOML)
    assert res.returncode == 1, res.stderr
    out = res.stdout
    assert out.startswith("Subject: Following up\nScore: ")
    assert "✗ FAIL  Fill in every placeholder  [placeholders]" in out
    assert "at 7:25: “[Company]”" in out  # line:column in the file, as an editor shows it
    assert "[Company]" in Path(WEAK_TXT).read_text("utf-8").splitlines()[6]
    assert "\033[" not in out  # not a terminal: no colour


def test_console_script_reads_stdin_and_writes_html():
    """Does `check - --format html` read stdin and print a standalone HTML page?"""
    res = run("check", "-", "--format", "html", "--context", CTX_JSON, stdin=Path(GOOD_TXT).read_text("utf-8"))
    assert res.returncode == 0, res.stderr
    assert res.stdout.lstrip().lower().startswith("<!doctype html")
    assert "</html>" in res.stdout and "Dear Priya" in res.stdout


def test_console_script_bad_input_is_one_line():
    """Does a missing draft give exit 2, one line on stderr, nothing on stdout, no traceback?"""
    res = run("check", "/nonexistent/draft.txt")
    assert res.returncode == 2
    assert res.stdout == ""
    assert res.stderr.count("\n") == 1 and "Traceback" not in res.stderr
    assert res.stderr.startswith("followup-edu: error: cannot read /nonexistent/draft.txt")


def test_console_script_undecodable_file_name():
    """Is a file name with non-UTF-8 bytes still reported in one line (not a UnicodeEncodeError)?"""
    res = subprocess.run([str(SCRIPT), "check", os.fsdecode(b"/nonexistent/draft\xff.txt")], capture_output=True,
                         cwd="/", timeout=60)
    err = res.stderr.decode("utf-8")
    assert res.returncode == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("followup-edu: error: cannot read /nonexistent/draft")


def test_python_dash_m():
    """Does `python -m followup_edu explain greeting` work?"""
    res = subprocess.run([sys.executable, "-m", "followup_edu", "explain", "greeting"], capture_output=True,
                         text=True, cwd="/", timeout=60)
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith("Greet the interviewer by name  [greeting]")


# -- in-process: formats -------------------------------------------------------------------------
def test_eml_and_txt_give_the_same_json(capsys):
    """Is the .eml example checked exactly like the .txt one (same subject, body, context)?"""
    assert main(["check", GOOD_EML, "-c", CTX_JSON, "-f", "json"]) == 0
    from_eml = json.loads(capsys.readouterr().out)
    assert main(["check", GOOD_TXT, "-c", CTX_TOML, "-f", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == from_eml


def test_json_is_utf8_not_escaped(capsys):
    """Is the JSON written with real characters (ensure_ascii=False)?"""
    main(["check", WEAK_TXT, "-f", "json"])
    out = capsys.readouterr().out
    assert "“" in out and "\\u201c" not in out
    data = json.loads(out)
    assert set(data) >= {"score", "findings"} and 0 <= data["score"] <= 100
    for f in data["findings"]:
        assert set(f) == {"check", "status", "message", "span", "suggestion", "field"}


def test_text_report_every_status_has_a_word(capsys):
    """Does every principle line carry a status word and symbol, not just a colour?"""
    assert main(["check", WEAK_TXT, "-c", CTX_JSON, "--kind", "second_follow_up", "--no-color"]) == 1
    out = capsys.readouterr().out
    lines = [ln for ln in out.splitlines() if ln.endswith("]") and "  [" in ln]
    assert len(lines) == len(principle_ids()) - 1  # every single-draft principle
    for ln in lines:
        assert ln[:6] in ("✓ PASS", "! WARN", "✗ FAIL", "– SKIP")


def test_kind_override_skips_principles(capsys):
    """Does --kind after_rejection change what applies (some principles skip)?"""
    main(["check", GOOD_TXT, "-c", CTX_JSON, "--kind", "after_rejection", "-f", "json"])
    data = json.loads(capsys.readouterr().out)
    d = read_draft(GOOD_TXT)
    ctx = Context.from_dict({**json.loads(Path(CTX_JSON).read_text()), "kind": "after_rejection"})
    assert data == check_email(d.subject, d.body, ctx).to_dict()
    assert "skip" in data["statuses"].values()


def test_recipient_override_reaches_the_checker(capsys):
    """Does --recipient replace the context's recipient (the greeting now names the wrong person)?"""
    main(["check", GOOD_TXT, "-c", CTX_JSON, "--recipient", "Sam Ortiz", "-f", "json"])
    data = json.loads(capsys.readouterr().out)
    assert data["recipient"] == "Sam Ortiz"
    assert data["statuses"]["greeting"] != "pass"


def test_notes_go_to_stderr_for_json(tmp_path, capsys):
    """Is a note (no Subject: line) kept out of the JSON and written to stderr?"""
    path = tmp_path / "nosubject.txt"
    path.write_text("Dear Priya,\n\nThank you for meeting me today.\n\nBest regards,\nJordan Lee\n", "utf-8")
    main(["check", str(path), "-f", "json"])
    captured = capsys.readouterr()
    json.loads(captured.out)
    assert captured.err.startswith("followup-edu: note: ") and "Subject" in captured.err


def test_panel(tmp_path, capsys):
    """Does --panel check one email per interviewer, compare them, and print the panel JSON?"""
    body = Path(GOOD_TXT).read_text("utf-8")
    a, b = tmp_path / "priya.txt", tmp_path / "sam.txt"
    a.write_text(body, "utf-8")
    b.write_text(body.replace("Dear Priya,", "Dear Sam,"), "utf-8")
    code = main(["check", "--panel", str(a), str(b), "--recipients", "Priya Raman", "Sam Ortiz",
                 "-c", CTX_JSON, "-f", "json"])
    data = json.loads(capsys.readouterr().out)
    da, db = read_draft(a), read_draft(b)
    panel = check_emails([("Priya Raman", da.subject, da.body), ("Sam Ortiz", db.subject, db.body)],
                         Context.from_file(CTX_JSON))
    assert code == (0 if panel.ok else 1)
    expected = panel.to_dict()
    for item, src in zip(expected["emails"], (a, b)):
        item["source"] = str(src)
    assert data == expected
    assert [e["recipient"] for e in data["emails"]] == ["Priya Raman", "Sam Ortiz"]
    assert {f["check"] for f in data["findings"]} == {"distinct"}
    main(["check", "--panel", str(a), str(b), "--recipients", "Priya Raman", "Sam Ortiz", "-c", CTX_JSON])
    text = capsys.readouterr().out
    assert "Panel score:" in text and "== Across the emails ==" in text and "[distinct]" in text
    main(["check", "--panel", str(a), str(b), "-c", CTX_JSON, "-f", "html"])  # recipients from the context
    captured = capsys.readouterr()
    assert captured.out.lstrip().lower().startswith("<!doctype html")
    assert "Priya" in captured.out and "Sam" in captured.out


def test_explain_text_and_json(capsys):
    """Does explain show title, summary, why, applies to, weight and lesson, in text and JSON?"""
    assert main(["explain", "timing"]) == 0
    out = capsys.readouterr().out
    for label in ("Send it on time  [timing]", "Why it matters", "Applies to:", "Weight:", "Lesson:"):
        assert label in out
    assert main(["explain", "timing", "--format", "json"]) == 0
    from followup_edu import explain

    assert json.loads(capsys.readouterr().out) == explain("timing")


def test_explain_list(capsys):
    """Does explain --list name every principle id in teaching order?"""
    assert main(["explain", "--list"]) == 0
    out = capsys.readouterr().out
    listed = [ln.split()[0] for ln in out.splitlines()[: len(principle_ids())]]
    assert listed == list(principle_ids())


def test_help_lists_grading_commands(capsys):
    """Are the grading subcommands wired in?"""
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "grade-cohort" in out and "class-report" in out


# -- in-process: bad input -----------------------------------------------------------------------
def _bad(tmp_path: Path) -> dict[str, list[str]]:
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Subject: Caf\xe9\n\nDear Ren\xe9e,\n".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n", "utf-8")
    broken_json = tmp_path / "broken.json"
    broken_json.write_text('{"recipient": "Priya",}', "utf-8")
    unknown_key = tmp_path / "unknown.toml"
    unknown_key.write_text('recipent = "Priya"\n', "utf-8")
    bad_value = tmp_path / "badvalue.json"
    bad_value.write_text('{"interview_at": "next Tuesday"}', "utf-8")
    return {
        "missing draft": ["check", str(tmp_path / "missing.txt")],
        "folder as draft": ["check", str(tmp_path)],
        "undecodable draft": ["check", str(latin)],
        "empty draft": ["check", str(empty)],
        "missing context": ["check", GOOD_TXT, "-c", str(tmp_path / "nope.json")],
        "invalid JSON context": ["check", GOOD_TXT, "-c", str(broken_json)],
        "unknown context key": ["check", GOOD_TXT, "-c", str(unknown_key)],
        "bad context value": ["check", GOOD_TXT, "-c", str(bad_value)],
        "bad --sent-at": ["check", GOOD_TXT, "--sent-at", "soon"],
        "unknown --kind": ["check", GOOD_TXT, "--kind", "cover_letter"],
        "unknown principle": ["explain", "grammar"],
        "explain without id": ["explain"],
        "unknown option": ["check", GOOD_TXT, "--colour"],
        "no command": [],
        "two drafts without --panel": ["check", GOOD_TXT, WEAK_TXT],
        "panel of one": ["check", "--panel", GOOD_TXT],
        "recipients count": ["check", "--panel", GOOD_TXT, WEAK_TXT, "--recipients", "Priya Raman"],
        "bad --jobs": ["grade-cohort", "a", "--jobs", "zero"],
    }


BAD_CASES = list(_bad(Path("/tmp")).keys())  # names only; paths are rebuilt per test


@pytest.mark.parametrize("case", BAD_CASES)
def test_bad_input_exit_2_one_line(case, tmp_path, capsys):
    """Is every kind of bad input exit code 2 with exactly one line on stderr and no traceback?"""
    argv = _bad(tmp_path)[case]
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.endswith("\n") and captured.err.count("\n") == 1, captured.err
    assert captured.err.startswith("followup-edu: ") and "Traceback" not in captured.err


def test_error_messages_name_the_problem(tmp_path, capsys):
    """Do the one-line errors say what is wrong and where?"""
    cases = _bad(tmp_path)
    expectations = {
        "undecodable draft": "is not UTF-8",
        "empty draft": "is empty",
        "unknown context key": "context key 'recipent': unknown key",
        "bad context value": "context key 'interview_at'",
        "invalid JSON context": "is not valid JSON",
        "unknown principle": "unknown principle 'grammar'; known: subject, greeting",
    }
    for case, words in expectations.items():
        main(cases[case])
        err = capsys.readouterr().err
        assert words in err, (case, err)
    main(cases["unknown context key"])
    assert "unknown.toml" in capsys.readouterr().err


def test_keyboard_interrupt_exits_130(monkeypatch, capsys):
    """Does Ctrl-C end with exit code 130 and no traceback?"""
    import followup_edu

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(followup_edu, "check_email", interrupted)
    assert main(["check", GOOD_TXT]) == 130
    assert "Traceback" not in capsys.readouterr().err


def test_broken_pipe_is_quiet(monkeypatch, capsys):
    """When the reader goes away (`| head`), does the command stop without a message?"""

    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    code = main(["explain", "--list"])
    monkeypatch.undo()
    assert code != 0
    assert capsys.readouterr().err == ""


def test_internal_error_is_one_line(monkeypatch, capsys):
    """Does a bug in a check still end with one line (and a hint), not a traceback?"""
    import followup_edu

    def buggy(*args, **kwargs):
        raise TypeError("boom")

    monkeypatch.setattr(followup_edu, "check_email", buggy)
    monkeypatch.delenv("FOLLOWUP_EDU_DEBUG", raising=False)
    assert main(["check", GOOD_TXT]) == 70
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error: TypeError: boom" in err


def test_panel_examples_pass(capsys):
    """Do the two strong panel examples in examples/panel pass, each with its own content?"""
    panel = EXAMPLES / "panel"
    code = main(["check", "--panel", str(panel / "priya.txt"), str(panel / "sam.txt"),
                 "--recipients", "Priya Raman", "Sam Ortiz", "-c", str(panel / "interview.toml"), "-f", "json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0, data
    assert data["ok"] and [f["status"] for f in data["findings"]] == ["pass"]


def test_eml_date_header_gives_sent_at(tmp_path, capsys):
    """With interview_at but no sent_at in the context, is the email's Date: header used (with a note)?"""
    ctx = tmp_path / "ctx.json"
    ctx.write_text(json.dumps({"recipient": "Priya Raman", "interview_at": "2026-03-01T10:00+00:00"}), "utf-8")
    main(["check", GOOD_EML, "-c", str(ctx), "-f", "json"])
    captured = capsys.readouterr()
    timing = [f for f in json.loads(captured.out)["findings"] if f["check"] == "timing"]
    assert timing and timing[0]["status"] == "fail"  # Date: is 3 March, two and a quarter days later
    assert "Date: header" in captured.err
    main(["check", GOOD_EML, "-c", str(ctx), "--sent-at", "2026-03-01T15:00+00:00", "-f", "json"])
    captured = capsys.readouterr()
    timing = [f for f in json.loads(captured.out)["findings"] if f["check"] == "timing"]
    assert timing[0]["status"] == "pass" and "Date: header" not in captured.err
