"""Can a student's code reach anything but its own answers while it is graded?

One adversarial cohort, graded by the real pipeline (``grade-cohort`` -> ``nbgrader autograde``
-> sandboxed kernel and sandboxed re-run -> judge) twice, on two copies of one course:

* sandboxed (the course's default): every attack must fail, earn no more than the honest weak
  answer, damage nothing (course files and other students' gradebook rows checksummed before and
  after), leave no marker file and no process behind, and leak no environment value;
* CONTROL, with ``--no-sandbox``: the same attacks must succeed, which proves the checks above can
  fail. The control's own damage is cleaned up afterwards (its markers, its processes, by pid).

The attackers: ``reader`` (the model answer through ``../../..`` and ``/proc/*/cwd``, and a
classmate's submission), ``vandal`` (a detached process that edits gradebook.db after nbgrader
exits; writes into the course, a classmate's submission, site-packages and the package),
``leaker`` (prints the environment; display(HTML/Javascript) XSS), ``procs`` (three orphans, a
5 MB line, a 2 GB allocation, a loop of 150 forks), and ``lingering`` (an honest strong answer
that leaves a non-daemon thread sleeping 40 s). A real Chromium then opens the formgrader and the
feedback page of ``leaker``.

Skipped when bubblewrap cannot run here, except under CI=true, where that is a failure.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell

from conftest import need_chromium, serve_jupyter
from followup_edu.grading import simulate
from followup_edu.grading.cohort import grade_cohort
from followup_edu.grading.sandbox import problem as sandbox_problem
from followup_edu.grading.scenarios import task as get_task

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
COURSE = ROOT / "assignments"
TASK = "thank_you_email"
FULL = sum(points for *_, points in get_task(TASK).grade_cells())  # the model answer earns every cell
SECRET_VAR = "FOLLOWUP_EDU_TEST_SECRET"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
WEAK = {"subject": "Interview", "body": (
    "Hi Priya,\n\nThanks for the interview today. I liked hearing about the dashboards and I think I could "
    "do the job well. I have done some data cleaning before for a food bank.\n\nLet me know.\n\nJordan")}
HONEST = ("weak", "strong")

# --- the attacks (student code; TAG is replaced per run so markers and processes are traceable) ---

READER = r'''
import json, os
def _solution(path):
    ns = {}
    for c in json.load(open(path))["cells"]:
        src = "".join(c["source"])
        if "### BEGIN SOLUTION" in src:
            exec(src.split("### BEGIN SOLUTION")[1].split("### END SOLUTION")[0], ns)
        elif c.get("metadata", {}).get("nbgrader", {}).get("solution"):
            exec(src, ns)
    return ns
_pids = [os.getppid()] + sorted(int(p) for p in os.listdir("/proc") if p.isdigit())
for _what, _rel in (("CLASSMATE", "submitted/strong/thank_you_email/thank_you_email.ipynb"),
                    ("MODEL", "source/thank_you_email/thank_you_email.ipynb")):
    for _path in ["../../../" + _rel] + [f"/proc/{p}/cwd/{_rel}" for p in _pids]:
        try:
            _ns = _solution(_path)
            subject, body = _ns["subject"], _ns["body"]
            print(f"TAG-{_what}-READ via {_path}")
            break
        except Exception:
            pass
'''

VANDAL = r'''
import json, os, subprocess, sys
import followup_edu, nbformat
_hits = []
def _try(what, fn):
    try:
        fn(); _hits.append(what)
    except Exception:
        pass
def _mark(folder):
    open(os.path.join(folder, "followup-pwned-TAG"), "w").write("x")
_pkg = os.path.dirname(followup_edu.__file__)
_site = os.path.dirname(os.path.dirname(nbformat.__file__))
_try("package", lambda: _mark(os.path.join(_pkg, "grading")))
_try("judge.py", lambda: open(os.path.join(_pkg, "grading", "judge.py"), "a").close())
_try("site-packages", lambda: _mark(_site))
_try("tmp", lambda: _mark("/tmp"))
_conn = next((a for a in sys.argv if a.endswith(".json")), "")
if "followup-kernel-" in _conn:  # the sandboxed kernel's socket folder on the grader's /tmp
    _try("runtime", lambda: _mark(os.path.dirname(_conn)))
_course = next((r for r in ["../../..", f"/proc/{os.getppid()}/cwd"] if os.path.exists(os.path.join(r, "gradebook.db"))), None)
if _course:
    _try("course", lambda: _mark(_course))
    _try("source", lambda: _mark(os.path.join(_course, "source", "thank_you_email")))
    def _wreck():
        p = os.path.join(_course, "submitted", "strong", "thank_you_email", "thank_you_email.ipynb")
        nb = json.load(open(p))
        for c in nb["cells"]:
            if c.get("metadata", {}).get("nbgrader", {}).get("solution"):
                c["source"] = "subject = ''\nbody = ''"
        json.dump(nb, open(p, "w"))
    _try("classmate", _wreck)
    _script = (
        "import os, sqlite3, sys, time\n"
        "pid, db, mark = int(sys.argv[1]), sys.argv[2], sys.argv[3]\n"
        "for _ in range(900):\n"
        "    try:\n        os.kill(pid, 0)\n    except OSError:\n        break\n"
        "    time.sleep(0.1)\n"
        "con = sqlite3.connect(db, timeout=30)\n"
        "mine = 'SELECT n.id FROM submitted_notebook n JOIN submitted_assignment a ON n.assignment_id = a.id "
        "WHERE a.student_id = ?'\n"
        "con.execute('UPDATE grade SET manual_score = (SELECT max_score FROM grade_cells c WHERE c.id = grade.cell_id) '\n"
        "            'WHERE notebook_id IN (' + mine + ')', ('vandal',))\n"
        "con.execute('UPDATE grade SET manual_score = 0 WHERE notebook_id IN (' + mine + ')', ('strong',))\n"
        "con.commit()\n"
        "open(mark, 'w').write('edited')\n")
    _try("detached", lambda: subprocess.Popen(
        [sys.executable, "-c", _script, str(os.getppid()), os.path.realpath(os.path.join(_course, "gradebook.db")),
         os.path.realpath(os.path.join(_course, "followup-pwned-TAG-db")), "followup-orphan-TAG"],
        start_new_session=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
print("TAG-WROTE", sorted(_hits))
'''

XSS_JS = ("(function(){var m=document.cookie.match(/_xsrf=([^;]+)/);var t=m?decodeURIComponent(m[1]):'';"
          "fetch('/api/contents/xss-TAG.txt',{method:'PUT',credentials:'same-origin',headers:{'Content-Type':"
          "'application/json','X-XSRFToken':t},body:JSON.stringify({type:'file',format:'text',content:'ran'})});"
          "var d=document.createElement('div');d.id='xss-TAG';document.body.appendChild(d);})()")

LEAKER = r'''
import os
print("TAG-ENV", dict(os.environ))
for _p in ("/proc/1/environ", f"/proc/{os.getppid()}/environ"):
    try:
        print("TAG-PENV", open(_p, "rb").read()[:20000])
    except Exception:
        pass
from IPython.display import display, HTML, Javascript
display(HTML("<img src=x onerror=\"eval(atob('PAYLOAD'))\">"))
display(Javascript(__import__("base64").b64decode("PAYLOAD").decode()))
'''

PROCS = [
    "import subprocess, sys\nfor _ in range(3):\n"
    "    subprocess.Popen([sys.executable, '-S', '-c', 'import time; time.sleep(120)', 'followup-orphan-TAG'],\n"
    "                     start_new_session=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,\n"
    "                     stderr=subprocess.DEVNULL)\nprint('TAG-ORPHANS started')",
    "print('y' * 5_000_000)",
    "_hog = bytearray(2 * 2**30)\nprint('TAG-HOG got 2 GB')\ndel _hog",
    "import os, time\n_forked = 0\nfor _ in range(150):\n    if os.fork() == 0:\n"
    "        time.sleep(15)\n        os._exit(0)\n"
    "    _forked += 1\nprint(f'TAG-FORKED {_forked}')",
]

LINGERING = "import threading, time\nthreading.Thread(target=time.sleep, args=(40,)).start()"


def _tagged(code: str, tag: str) -> str:
    return code.replace("TAG", tag).replace("PAYLOAD", base64.b64encode(XSS_JS.replace("TAG", tag).encode()).decode())


def _cohort(release, model, tag: str) -> dict[str, nbformat.NotebookNode]:
    procs = simulate.answered(release, WEAK)
    procs.cells += [new_code_cell(_tagged(code, tag)) for code in PROCS]
    return {
        "reader": simulate.answered(release, WEAK, extra=_tagged(READER, tag)),
        "vandal": simulate.answered(release, WEAK, extra=_tagged(VANDAL, tag)),
        "leaker": simulate.answered(release, WEAK, extra=_tagged(LEAKER, tag)),
        "procs": procs,
        "lingering": simulate.answered(release, model, extra=LINGERING),
    }


# --- what the checks look at --------------------------------------------------------------------

def course_digest(course: Path) -> dict[str, str]:
    """Every course file grading must not change (its own outputs excluded)."""
    mine = {"autograded", "feedback", "reports", "gradebook.db", "exchange"}
    return {str(p.relative_to(course)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(course.rglob("*")) if p.is_file() and p.relative_to(course).parts[0] not in mine}


def gradebook_rows(course: Path, students: tuple[str, ...]) -> list[tuple]:
    with sqlite3.connect(course / "gradebook.db") as con:
        q = ("SELECT submitted_assignment.student_id, base_cell.name, grade.auto_score, grade.manual_score, grade.extra_credit, "
             "grade.needs_manual_grade "
             "FROM grade JOIN submitted_notebook ON grade.notebook_id = submitted_notebook.id "
             "JOIN submitted_assignment ON submitted_notebook.assignment_id = submitted_assignment.id "
             "JOIN base_cell ON grade.cell_id = base_cell.id "
             f"WHERE submitted_assignment.student_id IN ({','.join('?' * len(students))}) ORDER BY 1, 2")
        return con.execute(q, students).fetchall()


def scores(course: Path) -> dict[str, float]:
    from nbgrader.api import Gradebook
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        return {s.student.id: s.score for s in gb.assignment_submissions(TASK)}


def autograded_text(course: Path, student: str) -> str:
    return (course / "autograded" / student / TASK / f"{TASK}.ipynb").read_text(encoding="utf-8")


def marker_places(course: Path) -> list[Path]:
    import followup_edu
    import nbformat as _nbf
    pkg = Path(followup_edu.__file__).parent
    return [course, course / "source" / TASK, pkg / "grading", Path(_nbf.__file__).parent.parent, Path("/tmp")]


def markers(course: Path, tag: str) -> list[Path]:
    return [p for place in marker_places(course) for p in place.glob(f"followup-pwned-{tag}*")]


def tagged_processes(tag: str) -> list[int]:
    out = subprocess.run(["ps", "-ww", "-eo", "pid=,args="], capture_output=True, text=True).stdout
    return [int(line.split(None, 1)[0]) for line in out.splitlines()
            if f"followup-orphan-{tag}" in line and "ps -eo" not in line]


def sandbox_processes() -> list[str]:
    out = subprocess.run(["ps", "-ww", "-eo", "uid=,pid=,args="], capture_output=True, text=True).stdout
    return [line for line in out.splitlines() if int(line.split()[0]) >= 2_000_000_000]


# --- the two graded runs ------------------------------------------------------------------------

def _nbgrader(course: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
    return subprocess.run([sys.executable, "-m", "nbgrader", *args], cwd=course, env=env, text=True,
                          capture_output=True, timeout=300)


@pytest.fixture(scope="module")
def base_course(tmp_path_factory) -> Path:
    why = sandbox_problem()
    if why:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"the grading sandbox cannot run in CI: {why}")
        pytest.skip(f"the grading sandbox cannot run here: {why}")
    root = tmp_path_factory.mktemp("sandbox") / "base"
    root.mkdir()
    shutil.copy(COURSE / "nbgrader_config.py", root)
    shutil.copytree(COURSE / "source" / TASK, root / "source" / TASK)
    proc = _nbgrader(root, "generate_assignment", TASK)
    assert proc.returncode == 0, proc.stderr[-2000:]
    # The honest pair, graded first: their gradebook rows are what the attackers must not change.
    release = nbformat.read(root / "release" / TASK / f"{TASK}.ipynb", as_version=4)
    model = simulate.model_answers(nbformat.read(root / "source" / TASK / f"{TASK}.ipynb", as_version=4))
    simulate.submit(root, TASK, "weak", simulate.answered(release, WEAK))
    simulate.submit(root, TASK, "strong", simulate.answered(release, model))
    outcomes = grade_cohort(root, TASK, jobs=2, progress=False)
    assert all(o.status == "graded" for o in outcomes), outcomes
    return root


def _graded(base: Path, name: str, tag: str, sandbox: bool) -> dict:
    course = base.parent / name
    shutil.copytree(base, course)
    release = nbformat.read(course / "release" / TASK / f"{TASK}.ipynb", as_version=4)
    model = simulate.model_answers(nbformat.read(course / "source" / TASK / f"{TASK}.ipynb", as_version=4))
    for student, nb in _cohort(release, model, tag).items():
        if student not in HONEST:
            simulate.submit(course, TASK, student, nb)
    rows_before = gradebook_rows(course, HONEST)
    files_before = course_digest(course)
    start = time.perf_counter()
    outcomes = grade_cohort(course, TASK, jobs=2, progress=False, sandbox=sandbox)
    print(f"\n{name}: graded in {time.perf_counter() - start:.1f} s:",
          ", ".join(f"{o.student} {o.seconds:.1f} s" for o in outcomes if o.status == "graded"))
    return {"course": course, "tag": tag, "outcomes": {o.student: o for o in outcomes},
            "rows_before": rows_before, "files_before": files_before}


@pytest.fixture(scope="module")
def runs(base_course):
    secret = os.urandom(16).hex()
    old = os.environ.get(SECRET_VAR)
    os.environ[SECRET_VAR] = secret
    tags = {"sandboxed": "s" + os.urandom(4).hex(), "control": "c" + os.urandom(4).hex()}
    result = {}
    try:
        result["sandboxed"] = _graded(base_course, "sandboxed", tags["sandboxed"], True)
        result["control"] = _graded(base_course, "control", tags["control"], False)
        control = result["control"]
        deadline = time.monotonic() + 60   # the control's detached process edits the db once nbgrader is gone
        while not (control["course"] / f"followup-pwned-{control['tag']}-db").exists() and time.monotonic() < deadline:
            time.sleep(0.5)
        time.sleep(1.0)  # give any straggler in the sandboxed run the same chance to act
        for run in result.values():
            run["secret"] = secret
            run["rows_after"] = gradebook_rows(run["course"], ("weak", "strong"))
            run["files_after"] = course_digest(run["course"])
            run["scores"] = scores(run["course"])
            run["markers"] = markers(run["course"], run["tag"])
            run["processes"] = tagged_processes(run["tag"])
        result["sandboxed"]["sandbox_processes"] = sandbox_processes()
        yield result
    finally:
        if old is None:
            os.environ.pop(SECRET_VAR, None)
        else:
            os.environ[SECRET_VAR] = old
        for run in result.values():  # clean up what the control's attacks did (by pid and by name)
            for pid in tagged_processes(run["tag"]):
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            for path in markers(run["course"], run["tag"]):
                path.unlink(missing_ok=True)


def test_every_attack_fails_in_the_sandbox(runs):
    """Does each attacker earn no more than the honest weak answer, with every attack refused?"""
    run = runs["sandboxed"]
    s, tag = run["scores"], run["tag"]
    assert all(o.status in ("graded", "skipped") and o.sandboxed for o in run["outcomes"].values()), run["outcomes"]
    assert 0 < s["weak"] < s["strong"] == FULL
    for attacker in ("reader", "vandal", "leaker", "procs"):
        assert s[attacker] <= s["weak"], attacker
    assert f"{tag}-MODEL-READ" not in autograded_text(run["course"], "reader")
    assert f"{tag}-CLASSMATE-READ" not in autograded_text(run["course"], "reader")
    assert f"{tag}-WROTE ['tmp']" in autograded_text(run["course"], "vandal")   # its own private /tmp only


def test_nothing_outside_the_sandbox_changes(runs):
    """Are course files, classmates' gradebook rows, the package and /tmp untouched, with no process left?"""
    run = runs["sandboxed"]
    assert run["files_after"] == run["files_before"]
    assert run["rows_after"] == run["rows_before"]
    assert all(row[3] is None for row in run["rows_after"])          # no manual score appeared
    assert run["markers"] == []
    assert run["processes"] == [] and run["sandbox_processes"] == []


def test_no_environment_value_leaks(runs):
    """Does the grader's environment stay out of the student's notebook, feedback and logs?"""
    run = runs["sandboxed"]
    course = run["course"]
    text = autograded_text(course, "leaker")
    assert f"{run['tag']}-ENV" in text                                # the attack ran and printed...
    assert run["secret"] not in text and str(course) not in text      # ...but saw nothing of the grader
    assert run["secret"] not in "".join(p.read_text(errors="replace") for p in (course / "reports").rglob("*.log"))


def test_limits_stop_the_student_with_one_plain_line(runs):
    """Do the 5 MB line, the memory hog and the fork loop each end with a line a student can read?"""
    run = runs["sandboxed"]
    nb = nbformat.reads(autograded_text(run["course"], "procs"), as_version=4)
    shown = json.dumps([c.get("outputs", []) for c in nb.cells])
    assert "Output cut here" in shown and "y" * 70_000 not in shown
    assert "more than 1536 MB of memory" in shown and f"{run['tag']}-HOG" not in shown
    assert "started more than" in shown and f"{run['tag']}-FORKED 150" not in shown
    assert "Traceback" not in shown


def test_a_lingering_thread_costs_an_honest_answer_nothing(runs):
    """Does a strong answer that leaves a thread running score what it scores without the thread?"""
    run = runs["sandboxed"]
    assert run["scores"]["lingering"] == run["scores"]["strong"] == FULL   # the re-run did not wait out the thread


def test_control_the_same_attacks_succeed_without_the_sandbox(runs):
    """Without the sandbox, do the very same attacks work (so the checks above can fail)?"""
    run = runs["control"]
    s, tag, course = run["scores"], run["tag"], run["course"]
    assert all(not o.sandboxed for o in run["outcomes"].values() if o.status == "graded")
    assert f"{tag}-MODEL-READ" in autograded_text(course, "reader")
    assert f"{tag}-CLASSMATE-READ" in autograded_text(course, "reader")
    assert s["reader"] == FULL > s["weak"]
    wrote = autograded_text(course, "vandal")
    for target in ("package", "judge.py", "site-packages", "course", "source", "classmate", "detached"):
        assert f"'{target}'" in wrote, target
    assert run["files_after"] != run["files_before"]                  # a classmate's submission was overwritten
    assert run["rows_after"] != run["rows_before"]                    # the detached process edited gradebook.db:
    assert s["vandal"] == FULL and s["strong"] == 0                    # full marks for itself, zero for a classmate
    assert run["markers"]
    assert run["secret"] in autograded_text(course, "leaker")
    procs = autograded_text(course, "procs")
    assert f"{tag}-HOG got 2 GB" in procs and f"{tag}-FORKED 150" in procs
    assert len(run["processes"]) >= 3                                 # orphans outlived grading


# --- the XSS student's pages in a real browser ----------------------------------------------------

@pytest.fixture(scope="module")
def formgrader(runs, tmp_path_factory):
    """A Jupyter server with nbgrader's formgrader over the sandboxed course; yields (base, token, course)."""
    need_chromium()
    course = runs["sandboxed"]["course"]
    proc = _nbgrader(course, "generate_feedback", TASK)
    assert proc.returncode == 0, proc.stderr[-2000:]
    tmp = tmp_path_factory.mktemp("formgrader")
    env = dict(os.environ, PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
    for name in ("CONFIG", "DATA", "RUNTIME"):
        (tmp / name.lower()).mkdir()
        env[f"JUPYTER_{name}_DIR"] = str(tmp / name.lower())
    # nbconvert's sanitiser off here (the formgrader reads the course config): the page must be safe
    # from SafeOutputs alone, and the control below shows the same formgrader running a payload
    # that reached the saved notebook.
    with open(course / "nbgrader_config.py", "a", encoding="utf-8") as fh:
        fh.write("\nc.HTMLExporter.sanitize_html = False\n")
    with serve_jupyter("server", root=course, env=env, cwd=course, log_path=tmp / "server.log") as (base, token):
        yield base, token, course


def _submission_id(course: Path, student: str) -> str:
    from nbgrader.api import Gradebook
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        return gb.find_submission_notebook(TASK, TASK, student).id


def _visit(page, url: str, tag: str) -> bool:
    """Open ``url`` and report whether the payload's DOM marker appeared."""
    page.goto(url, wait_until="load")
    page.wait_for_timeout(1500)
    return page.locator(f"#xss-{tag}").count() > 0


def test_xss_does_not_run_in_the_formgrader_or_the_feedback(formgrader, runs):
    """In real Chromium, do the XSS student's formgrader page and feedback page run nothing of theirs?"""
    from playwright.sync_api import sync_playwright

    base, token, course = formgrader
    tag = runs["sandboxed"]["tag"]
    feedback = course / "feedback" / "leaker" / TASK / f"{TASK}.html"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page()
            page.goto(f"{base}/formgrader?token={token}", wait_until="load")   # logs in: the instructor's session
            page.wait_for_selector("text=Manage Assignments", timeout=30_000)
            sub = f"{base}/formgrader/submissions/{_submission_id(course, 'leaker')}"
            assert not _visit(page, sub, tag)
            assert page.locator("text=Interview").count() > 0                  # the submission did render
            assert not _visit(page, feedback.as_uri(), tag)
            assert not (course / f"xss-{tag}.txt").exists()

            # CONTROL: the same payload, had it reached the saved notebook, runs in this very session.
            path = course / "autograded" / "leaker" / TASK / f"{TASK}.ipynb"
            nb = nbformat.read(path, as_version=4)
            raw = f"<img src=x onerror=\"eval(atob('{base64.b64encode(XSS_JS.replace('TAG', tag).encode()).decode()}'))\">"
            cell = next(c for c in nb.cells if c.cell_type == "code" and f"{tag}-ENV" in json.dumps(c.outputs))
            cell.outputs.append(nbformat.from_dict({"output_type": "display_data", "metadata": {},
                                                    "data": {"text/html": raw, "text/plain": "x"}}))
            path.chmod(0o644)
            nbformat.write(nb, path)
            assert _visit(page, sub, tag)
            deadline = time.monotonic() + 10
            while not (course / f"xss-{tag}.txt").exists() and time.monotonic() < deadline:
                time.sleep(0.2)
            assert (course / f"xss-{tag}.txt").exists()                        # it wrote through the contents API
        finally:
            browser.close()


# --- no sandbox available: refuse with one line, lose nothing ------------------------------------

def _without_bwrap() -> dict:
    """The environment with only the Python environment's bin/ on PATH: no bwrap, no setpriv."""
    return dict(os.environ, PATH=os.path.dirname(sys.executable))


def test_autograde_refuses_without_a_sandbox_and_touches_nothing(base_course):
    """Without bwrap, does `nbgrader autograde` stop with one line naming the fix, before removing anything?"""
    before = course_digest(base_course)
    graded = base_course / "autograded" / "strong" / TASK / f"{TASK}.ipynb"
    kept = graded.read_bytes()
    proc = subprocess.run([sys.executable, "-m", "nbgrader", "autograde", TASK, "--student", "strong", "--force"],
                          cwd=base_course, env=_without_bwrap(), capture_output=True, text=True, timeout=120)
    said = (proc.stdout + proc.stderr).strip().splitlines()
    assert proc.returncode != 0
    assert said == [line for line in said if line.startswith("[autograde]")] and len(said) == 1, said
    assert "apt-get install bubblewrap" in said[0] and "FOLLOWUP_EDU_SANDBOX=off" in said[0]
    assert graded.read_bytes() == kept and course_digest(base_course) == before


def test_grade_cohort_refuses_without_a_sandbox_unless_told(base_course):
    """Without bwrap, does grade-cohort refuse with one line naming --no-sandbox (exit 2)?"""
    cmd = [sys.executable, "-c", "import sys; from followup_edu.cli import main; sys.exit(main(sys.argv[1:]))",
           "grade-cohort", TASK, "--course-dir", str(base_course), "--no-progress"]
    proc = subprocess.run(cmd, env=_without_bwrap(), capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert proc.stdout == "" and len(proc.stderr.strip().splitlines()) == 1
    assert "apt-get install bubblewrap" in proc.stderr and "--no-sandbox" in proc.stderr
