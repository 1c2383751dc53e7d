"""``followup-edu grade-cohort``: autograde every submitted student of an assignment in parallel.

Each student is one ``nbgrader autograde ASSIGNMENT --student X --force`` process (nbgrader does
the grading; this only schedules it). Submissions are never modified. A student whose autograded
copy is up to date with their submission is skipped, so re-running after a crash or after new
submissions arrive grades only what is missing. Every student's nbgrader log is kept under
``reports/<assignment>/logs/`` and failures are listed with a one-line reason.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from ..errors import CohortError
from .sandbox import SWITCH, fix_hint, problem as sandbox_problem


@dataclass
class Outcome:
    student: str
    status: str            # graded | skipped | failed
    seconds: float = 0.0
    reason: str = ""
    log: Path | None = None
    score: float | None = None
    max_score: float | None = None
    sandboxed: bool = True


# nbgrader's log lines -> what the instructor should read.
_REASONS = [
    (re.compile(r"JSONDecodeError|NotJSONError|Notebook does not appear to be JSON|Unreadable Notebook"),
     "the notebook file is not valid JSON (damaged or not a notebook); ask the student to resubmit"),
    (re.compile(r"ValidationError|validate_nb|NBFormatError"), "the notebook does not follow the notebook format"),
    (re.compile(r"No such file or directory.*\.ipynb|Expected notebook"), "the expected notebook file is missing"),
    (re.compile(r"GradingError"), "the isolated judge could not run (see the log)"),
    (re.compile(r"DeadKernelError|Kernel died"), "the kernel died while running the notebook"),
]


_NOISE = re.compile(r"'checksum' for cell|Removing (existing|failed) assignment|SAWarning|Non-unique cell id|"
                    r"There was an error processing|Please see the")
_EXCEPTION = re.compile(r"\s*(?:[A-Za-z_][\w.]*\.)?([A-Za-z_]\w*(?:Error|Exception|Exit|Missing\w*)): ?(.*)")


def nbgrader_error(log_text: str) -> str | None:
    """nbgrader's own account of a failed notebook: its last warning before the error, and the error."""
    lines = log_text.splitlines()
    refusal = [ln.split("] ", 1)[1] for ln in lines if ln.startswith("[autograde] ")]
    if refusal:
        return refusal[-1]
    start = next((i for i, ln in enumerate(lines) if "There was an error processing assignment:" in ln), None)
    if start is None:
        return None
    said = [ln.split("] ", 1)[-1].strip() for ln in lines[:start]
            if ("| WARNING]" in ln or "| ERROR]" in ln) and not _NOISE.search(ln)]
    error = None
    for ln in lines[start + 1:]:
        if "Removing failed assignment" in ln or "There was an error processing assignment '" in ln:
            break
        m = _EXCEPTION.match(ln)
        if m and not ln.startswith(" " * 6):
            error = f"{m.group(1)}: {m.group(2)}".rstrip(": ")
    parts = said[-1:] + ([error] if error else [])
    return ("; ".join(parts))[:300] or None


def _reason(log_text: str, returncode: int | None) -> str:
    for pattern, reason in _REASONS:
        if pattern.search(log_text):
            return reason
    own = nbgrader_error(log_text)
    if own:
        return own
    errors = [ln.strip() for ln in log_text.splitlines()
              if ("ERROR" in ln or "Error:" in ln) and not _NOISE.search(ln)]
    if errors:
        return errors[-1][:200]
    return f"nbgrader exited with code {returncode}" if returncode is not None else "timed out"


def submission_digest(course: Path, assignment: str, student: str) -> str:
    """A hash of everything the student handed in (names and bytes), so any change is seen."""
    folder = course / "submitted" / student / assignment
    h = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        h.update(str(path.relative_to(folder)).encode() + b"\0")
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def _records_path(course: Path, assignment: str) -> Path:
    return course / "reports" / assignment / "graded.json"


def read_records(course: Path, assignment: str) -> dict[str, dict]:
    try:
        data = json.loads(_records_path(course, assignment).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_records(course: Path, assignment: str, records: dict[str, dict]) -> None:
    path = _records_path(course, assignment)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(records, indent=1, sort_keys=True), encoding="utf-8")
    tmp.replace(path)


def find_students(course: Path, assignment: str) -> list[str]:
    root = course / "submitted"
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if (p / assignment).is_dir())


def is_up_to_date(course: Path, assignment: str, student: str, records: dict[str, dict] | None = None,
                  sandbox: bool = True) -> bool:
    """True when the autograded copy was made, by a run as safe as this one, from these very files.

    The decision rests on a hash of the submitted files (recorded in
    ``reports/<assignment>/graded.json`` after each successful grading), not on ``timestamp.txt``,
    which a hand-placed resubmission may lack or keep unchanged.
    """
    done = course / "autograded" / student / assignment
    if not done.is_dir() or not any(done.glob("*.ipynb")):
        return False
    record = (records if records is not None else read_records(course, assignment)).get(student)
    if not isinstance(record, dict) or (sandbox and not record.get("sandboxed")):
        return False
    return record.get("sha256") == submission_digest(course, assignment, student)


def _stop_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        proc.kill()
    proc.wait()


def autograde_one(course: Path, assignment: str, student: str, log_dir: Path, timeout: float,
                  sandbox: bool = True) -> Outcome:
    log = log_dir / f"{student}.log"
    env = dict(os.environ)
    env.pop(SWITCH, None)
    if not sandbox:
        env[SWITCH] = "off"
    bindir = os.path.dirname(sys.executable)  # nbgrader runs `alembic` from the same environment
    env["PATH"] = bindir + os.pathsep + env.get("PATH", "")
    cmd = [sys.executable, "-m", "nbgrader", "autograde", assignment, "--student", student, "--force"]
    start = time.perf_counter()
    code: int | None
    with open(log, "w", encoding="utf-8") as fh:
        # Own process group, so a stopped run takes its kernel (and anything the student's code
        # started) with it instead of leaving them running.
        proc = subprocess.Popen(cmd, cwd=course, stdout=fh, stderr=subprocess.STDOUT, env=env,
                                stdin=subprocess.DEVNULL, start_new_session=True)
        try:
            code = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            _stop_group(proc)
            code = None
    seconds = time.perf_counter() - start
    text = log.read_text(encoding="utf-8", errors="replace")
    ok = code == 0 and "There was an error processing assignment" not in text \
        and any((course / "autograded" / student / assignment).glob("*.ipynb"))
    if ok:
        return Outcome(student, "graded", seconds, log=log, sandboxed=sandbox)
    reason = _reason(text, code) if code is not None else f"took longer than {timeout:g} s and was stopped"
    return Outcome(student, "failed", seconds, reason, log, sandboxed=sandbox)


def write_feedback(course: Path, assignment: str, outcomes: list[Outcome]) -> str:
    """``nbgrader generate_feedback`` for the graded students: one HTML page each under feedback/.

    This is how feedback reaches students whose work was placed in submitted/ by hand:
    ``nbgrader release_feedback`` only serves work collected through the exchange (it needs the
    ``submission_secret.txt`` that ``nbgrader collect`` writes). Returns one line for the summary.
    """
    students = [o.student for o in outcomes if o.status in ("graded", "skipped")]
    if not students:
        return "feedback: nobody graded yet"
    env = dict(os.environ, PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
    cmd = [sys.executable, "-m", "nbgrader", "generate_feedback", assignment, "--force"]
    if len(students) == 1:
        cmd += ["--student", students[0]]
    log = course / "reports" / assignment / "logs" / "feedback.log"
    with open(log, "w", encoding="utf-8") as fh:
        code = subprocess.call(cmd, cwd=course, stdout=fh, stderr=subprocess.STDOUT, env=env,
                               stdin=subprocess.DEVNULL)
    pages = [p for s in students for p in (course / "feedback" / s / assignment).glob("*.html")]
    if code != 0:
        return f"feedback: nbgrader generate_feedback failed ({_reason(log.read_text(errors='replace'), code)}); [log: {log}]"
    return (f"feedback: {len(pages)} page(s) in {course / 'feedback'}/<student>/{assignment}/ "
            "(hand each student their own)")


def _scores(course: Path, assignment: str, outcomes: list[Outcome]) -> None:
    from nbgrader.api import Gradebook, MissingEntry

    db = course / "gradebook.db"
    if not db.exists():
        return
    with Gradebook(f"sqlite:///{db}") as gb:
        for o in outcomes:
            if o.status == "failed":
                continue
            try:
                sub = gb.find_submission(assignment, o.student)
            except MissingEntry:
                continue
            o.score, o.max_score = sub.score, sub.max_score


def grade_cohort(course: Path, assignment: str, jobs: int = 2, students: list[str] | None = None,
                 force: bool = False, timeout: float = 600.0, progress: bool = True,
                 sandbox: bool = True) -> list[Outcome]:
    course = Path(course).resolve()
    if sandbox and sandbox_problem():
        raise CohortError(f"cannot sandbox student code: {sandbox_problem()}; " + fix_hint("pass --no-sandbox"))
    if not (course / "nbgrader_config.py").is_file():
        raise CohortError(f"{course} has no nbgrader_config.py; run this inside the course directory "
                          "or pass --course-dir")
    if not (course / "source" / assignment).is_dir():
        known = sorted(p.name for p in (course / "source").iterdir() if p.is_dir()) if (course / "source").is_dir() else []
        raise CohortError(f"no assignment {assignment!r} under {course / 'source'}"
                          + (f"; known: {', '.join(known)}" if known else ""))
    found = find_students(course, assignment)
    if students:
        unknown = [s for s in students if s not in found]
        if unknown:
            raise CohortError(f"no submission of {assignment} from: {', '.join(unknown)}")
        found = [s for s in found if s in students]
    if not found:
        raise CohortError(f"no submissions of {assignment} under {course / 'submitted'} "
                          f"(expected submitted/<student>/{assignment}/)")
    log_dir = course / "reports" / assignment / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)

    outcomes: list[Outcome] = []
    todo = []
    records = read_records(course, assignment)
    digests = {s: submission_digest(course, assignment, s) for s in found}
    for s in found:
        if not force and is_up_to_date(course, assignment, s, records, sandbox):
            outcomes.append(Outcome(s, "skipped", reason="already autograded from this submission"))
        else:
            todo.append(s)

    from tqdm import tqdm

    with ThreadPoolExecutor(max_workers=jobs) as pool, \
            tqdm(total=len(todo), desc=f"autograde {assignment}", unit="student", disable=not progress,
                 file=sys.stderr) as bar:
        futures = {pool.submit(autograde_one, course, assignment, s, log_dir, timeout, sandbox): s for s in todo}
        for fut in as_completed(futures):
            o = fut.result()
            outcomes.append(o)
            if o.status == "graded":
                records[o.student] = {"sha256": digests[o.student], "sandboxed": o.sandboxed}
            else:
                records.pop(o.student, None)
            write_records(course, assignment, records)
            bar.set_postfix_str(f"{o.student}: {o.status}")
            bar.update(1)
    outcomes.sort(key=lambda o: o.student)
    _scores(course, assignment, outcomes)
    return outcomes


def summary(outcomes: list[Outcome]) -> str:
    rows = [("student", "status", "score", "seconds", "sandbox")]
    for o in outcomes:
        score = f"{o.score:g}/{o.max_score:g}" if o.score is not None and o.max_score else "-"
        box = "-" if o.status == "skipped" else ("yes" if o.sandboxed else "NO (unsandboxed)")
        rows.append((o.student, o.status, score, f"{o.seconds:.1f}" if o.seconds else "-", box))
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    counts = {k: sum(o.status == k for o in outcomes) for k in ("graded", "skipped", "failed")}
    lines.append("")
    lines.append(f"{counts['graded']} graded, {counts['skipped']} already up to date, {counts['failed']} failed")
    bare = [o.student for o in outcomes if o.status != "skipped" and not o.sandboxed]
    if bare:
        lines.append(f"UNSANDBOXED: {len(bare)} submission(s) ran with your rights (--no-sandbox); "
                     "their scores are only as trustworthy as their code")
    failed = [o for o in outcomes if o.status == "failed"]
    if failed:
        lines.append("")
        lines.append("Failures (submissions are untouched; fix and re-run to grade only these):")
        for o in failed:
            lines.append(f"  {o.student}: {o.reason}  [log: {o.log}]")
    return "\n".join(lines)


def main(args) -> int:
    try:
        outcomes = grade_cohort(Path(args.course_dir), args.assignment, jobs=args.jobs, students=args.student,
                                force=args.force, timeout=args.timeout, progress=not args.no_progress,
                                sandbox=not args.no_sandbox)
    except CohortError as exc:
        print(f"grade-cohort: {exc}", file=sys.stderr)
        return 2
    print(summary(outcomes))
    if getattr(args, "feedback", False):
        print(write_feedback(Path(args.course_dir).resolve(), args.assignment, outcomes))
    return 1 if any(o.status == "failed" for o in outcomes) else 0
