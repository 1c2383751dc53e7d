"""A fresh process: the patterns compiled ahead are the ones re.compile makes, the prebuilt files
are what their script builds, and a check (or the command line's) imports only what it needs.

How long a fresh process takes is measured by benchmarks/bench_startup.py, not here."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from followup_edu import _regex, patterns
from conftest import load_script

ROOT = Path(__file__).resolve().parents[1]
REGEX = ROOT / "followup_edu" / "data" / "regex.bin"


def _builder():
    return load_script(ROOT / "tools" / "build_word_index.py")


def _shipped_engine() -> dict:
    return {k: v for k, v in json.loads(REGEX.read_bytes().partition(b"\n")[0]).items() if k in _regex.engine()}


def test_does_rebuilding_the_compiled_patterns_give_the_same_bytes():
    """Is data/regex.bin what tools/build_word_index.py builds from today's registry and vocabulary?"""
    if _shipped_engine() != _regex.engine():
        pytest.skip(f"data/regex.bin was built for {_shipped_engine()['tag']}, this is {_regex.engine()['tag']}: "
                    "it is not used here (see test_is_a_file_for_another_python_ignored)")
    assert _builder().build_regex() == REGEX.read_bytes(), (
        "regex.bin is stale: run .venv/bin/python tools/build_word_index.py")


def test_is_every_stored_pattern_the_one_re_compile_makes():
    """Does each pattern made from stored code equal re.compile's (same expression, flags and code)?"""
    entries = list(_builder().regex_entries().values())
    assert len(entries) > 100
    assert any(flags for _, flags in entries)  # the parser's patterns, recorded with their flags
    for src, flags in entries:
        made, plain = _regex.compile(src, flags), re.compile(src, flags)
        assert made == plain, src
        assert (made.flags, made.groups, made.groupindex) == (plain.flags, plain.groups, plain.groupindex)
    if _shipped_engine() == _regex.engine():
        assert all(_regex.stored(src, flags) is not None for src, flags in entries)  # the fast path is taken


def test_is_an_unknown_or_edited_pattern_compiled_as_usual():
    """Is a pattern the file does not hold (or holds under other flags) compiled by re.compile?"""
    # a phrase the file holds without flags only (a sample check also stores some ignoring case)
    src = next(s for s in _builder().pattern_sources()
               if _regex.stored(s) is not None and _regex.stored(s, re.IGNORECASE) is None)
    assert _regex.stored(src + "|edited") is None
    assert _regex.stored(src, re.IGNORECASE) is None
    assert _regex.compile(src + "|edited") == re.compile(src + "|edited")
    with pytest.raises(re.error):
        _regex.compile("(unbalanced")


def test_is_a_damaged_or_foreign_file_ignored(tmp_path, monkeypatch):
    """Is damaged code refused by the engine, and a file built for another Python not used at all?"""
    src = _builder().pattern_sources()[0]
    good = _regex.encode({_regex.key(src, 0): (src, 0)})
    head, _, blob = good.partition(b"\n")
    import zlib

    meta = json.loads(head)
    start, size = meta["patterns"][_regex.key(src, 0)][:2]
    garbage = zlib.compress(b"\xff\xff\xff\x7f" * 8)
    meta["patterns"][_regex.key(src, 0)][1] = len(garbage)
    damaged = json.dumps(meta).encode() + b"\n" + garbage
    foreign = json.dumps({**json.loads(head), "magic": 1}).encode() + b"\n" + blob
    for data, reason in ((good, None), (damaged, "damaged"), (foreign, "foreign")):
        monkeypatch.setattr(_regex, "data_bytes", lambda name, data=data: data)
        _regex._stored.cache_clear()
        try:
            if reason is None:
                assert _regex.stored(src) == re.compile(src)  # the control: this file is used
            else:
                assert _regex.stored(src) is None, reason
                assert _regex.compile(src) == re.compile(src)
        finally:
            _regex._stored.cache_clear()


def test_does_a_phrase_compile_through_the_stored_code():
    """Does patterns.Phrase get its expression from the stored code (when the file fits this Python)?"""
    if _shipped_engine() != _regex.engine():
        pytest.skip("data/regex.bin was built for another Python")
    spec = _builder().pattern_sources()[-1]
    assert patterns.Phrase(spec).compiled == re.compile(spec)


_FRESH = (
    "import json, sys\n"
    "{run}\n"
    "print(json.dumps(sorted(sys.modules)))\n"
)
#: what a check of a plain-text draft must not import: each is slow to import and only some
#: drafts, reports or commands need it
HEAVY = ("jinja2", "email", "html.parser", "tomllib", "hashlib", "importlib.resources", "zipfile", "tempfile", "shutil",
         "rapidfuzz", "dateutil", "spellchecker", "ipywidgets", "IPython", "nbgrader", "followup_edu.widgets",
         "followup_edu.grading.cohort", "followup_edu.grading.report")


def _fresh_modules(run: str, tmp_path: Path) -> set[str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = dict(os.environ, HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"), NO_COLOR="1")
    res = subprocess.run([sys.executable, "-c", _FRESH.format(run=run)], capture_output=True, text=True, env=env,
                         cwd=str(tmp_path), timeout=120)
    assert res.returncode == 0, res.stderr
    assert list(home.iterdir()) == []  # nothing written into the home folder
    return set(json.loads(res.stdout.splitlines()[-1]))


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))


def test_does_a_first_check_import_only_what_it_needs(tmp_path):
    """Does import followup_edu plus one check of a plain draft leave the slow modules unimported?"""
    run = ("from followup_edu import check_email\n"
           "r = check_email('Thank you – Junior Data Analyst', 'Dear Priya,\\n\\nThank you for your time today.\\n\\n"
           "Best regards,\\nJordan Lee\\n', {'interviewers': ['Priya Raman'], 'company': 'Northwind',"
           " 'interview_at': '2026-03-03T10:00', 'sent_at': '2026-03-03T15:00'})\n"
           "assert r.findings")
    assert _heavy(_fresh_modules(run, tmp_path)) == []


def _cli_snippet(argv: list[str], then: str = "") -> str:
    """Python source that runs the command line with ``argv`` (its output captured), then ``then``."""
    return ("import io, contextlib\n"
            "from followup_edu.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
            f"    code = main({argv!r})\n" + then)


def test_does_the_command_lines_check_import_only_what_it_needs(tmp_path):
    """Does 'followup-edu check draft.txt --context ...' (text report) leave the slow modules unimported?"""
    examples = ROOT / "examples"
    run = _cli_snippet(["check", str(examples / "draft.txt"), "--context", str(examples / "interview.json")],
                       "assert code in (0, 1) and 'Score' in out.getvalue()")
    assert _heavy(_fresh_modules(run, tmp_path)) == []


def test_does_the_control_see_a_slow_import(tmp_path):
    """Would the two tests above notice? An HTML report does import jinja2, an .eml draft the email package."""
    examples = ROOT / "examples"
    run = _cli_snippet(["check", str(examples / "draft.eml"), "--format", "html"])
    found = _heavy(_fresh_modules(run, tmp_path))
    assert "jinja2" in found and "email" in found


def test_does_the_parser_for_one_command_read_it_as_the_whole_parser_does():
    """Does the command line's parser built for one command give the same arguments as the full one?"""
    from followup_edu.cli import _command, build_parser

    for argv in (["check", "d.txt", "--context", "c.json", "-f", "json", "--brief"],
                 ["check", "--panel", "a.txt", "b.txt", "--recipients", "A B", "C D", "--kind", "after_rejection"],
                 ["explain", "greeting", "--format", "json"], ["explain", "--list"],
                 ["grade-cohort", "thank_you_email", "--jobs", "2"], ["class-report", "thank_you_email"]):
        assert _command(argv) == argv[0]
        full, one = vars(build_parser().parse_args(argv)), vars(build_parser(argv[0]).parse_args(argv))
        assert full == one, argv
    assert _command(["--version"]) is None and _command(["nosuch", "x"]) is None  # the whole parser answers


#: run first in a fresh process: notes each expression Python's own re compiler compiles at a call
#: from followup_edu code, with the re function it called (compile, or search, sub, ... with a text)
_SPY = '''
import json, sys
from re import _compiler
_made = []
def _spy(pattern, flags=0, _real=_compiler.compile):
    f, entry = sys._getframe(1), None
    while f is not None and f.f_globals.get("__name__", "").split(".")[0] == "re":
        f, entry = f.f_back, f.f_code.co_name
    if f is not None and f.f_globals.get("__name__", "").startswith("followup_edu"):
        _made.append([f.f_globals["__name__"], f.f_lineno, f.f_code.co_name, entry, str(pattern)[:80]])
    return _real(pattern, flags)
_compiler.compile = _spy
'''


def _compiled_afresh(tmp_path: Path, before: str = "") -> list[list]:
    """[module, line, function, re function called, expression] for each expression compiled in
    Python by followup_edu's code while a fresh process checks the sample drafts tools/
    build_word_index.py stores patterns for, through check_email, check_emails (a panel) and the
    command line."""
    examples = ROOT / "examples"
    run = (_SPY + before + "from followup_edu import check_email, check_emails\n"
           f"for draft in {_builder().SAMPLE_DRAFTS!r}:\n    check_email(*draft)\n"
           f"check_emails(*{_builder().SAMPLE_PANEL!r})\n"
           + _cli_snippet(["check", str(examples / "draft.txt"), "--context", str(examples / "interview.json")])
           + "print(json.dumps(_made))\n")
    res = subprocess.run([sys.executable, "-c", run], capture_output=True, text=True, cwd=str(tmp_path), timeout=120,
                         env=dict(os.environ, NO_COLOR="1"))
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout.splitlines()[-1])


def test_does_a_first_check_take_every_compiled_pattern_from_the_stored_code(tmp_path):
    """Is every pattern the package compiles (module-level ones, the parser's, the phrases) made
    from data/regex.bin on a first check, so that none is compiled in Python? (A one-off
    ``re.search(text, ...)`` in a function is re's own cache's business, and is not counted.)"""
    if _shipped_engine() != _regex.engine():
        pytest.skip("data/regex.bin was built for another Python")
    compiled = [m for m in _compiled_afresh(tmp_path) if m[3] == "compile"]
    assert compiled == [], ("compiled in Python on a first check (route it through followup_edu/_regex.compile, "
                            f"then run tools/build_word_index.py): {compiled}")


def test_does_the_control_see_patterns_compiled_in_python(tmp_path):
    """Would the test above notice? With every stored entry refused (as if damaged), the parser's
    and the checks' module-level patterns are compiled in Python, and the spy names them."""
    broken = "import zlib\ndef _refuse(*args, **kwargs):\n    raise zlib.error('damaged')\nzlib.decompress = _refuse\n"
    compiled = [m for m in _compiled_afresh(tmp_path, broken) if m[3] == "compile"]
    where = {(module, function) for module, _, function, _, _ in compiled}
    assert ("followup_edu._regex", "compile") in where
    patterns_seen = {m[4] for m in compiled}
    from followup_edu import text

    assert text.WORD_RE.pattern in patterns_seen  # a module-level pattern of the parser
    assert len(compiled) > 50


def _without_site(run: str, tmp_path: Path) -> set[str]:
    """The modules a fresh ``python -S`` (no site module, so none of what an editable install's
    finder brings) has imported after ``run``, the package and its dependencies on PYTHONPATH."""
    import sysconfig

    path = os.pathsep.join([str(ROOT), sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]])
    res = subprocess.run([sys.executable, "-S", "-c", _FRESH.format(run=run)], capture_output=True, text=True,
                         cwd=str(tmp_path), timeout=120, env=dict(os.environ, PYTHONPATH=path, NO_COLOR="1"))
    assert res.returncode == 0, res.stderr
    return set(json.loads(res.stdout.splitlines()[-1]))


def test_does_a_first_check_leave_pathlib_unimported(tmp_path):
    """pathlib (with fnmatch, urllib.parse and ipaddress) costs a few milliseconds to import, and a
    check reads no file: is it left unimported, as a plain installation (whose site module does
    not import it, unlike an editable one's) would show? The control reads a context file."""
    check = ("from followup_edu import check_email\n"
             f"for draft in {_builder().SAMPLE_DRAFTS!r}:\n    check_email(*draft)\n")
    assert "pathlib" not in _without_site("pass", tmp_path)
    assert "pathlib" not in _without_site(check, tmp_path)
    from_file = f"from followup_edu import Context\nContext.from_file({str(ROOT / 'examples' / 'interview.json')!r})\n"
    assert "pathlib" in _without_site(check + from_file, tmp_path)
