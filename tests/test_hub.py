"""A whole class on a real JupyterHub, started from assignments/deploy/jupyterhub_config.py.

One module fixture plays a term in about a minute and a half: it makes an instructor, a grader
and two learners with ``useradd`` (Debian's 0755 homes), runs ``setup-local-hub.sh`` (twice: it
must be idempotent), starts the hub on free loopback ports, and then

* the instructor generates and releases ``thank_you_email`` through the formgrader service;
* each learner, through their own server's API, fetches it, writes an answer and submits;
* the instructor collects, the grader account runs ``followup-edu grade-cohort --jobs 2``, the
  instructor generates and releases feedback, and each learner fetches theirs;
* learner 2 then tries every cross-student read and write the deployment must deny.

Two controls show the denials are the setup's doing: before the setup script runs, learner 2
reads a file in learner 1's home; in an exchange made the way nbgrader makes one (0777), a
learner renames the course's folder. Both are denied once the setup has run.

Needs root (accounts, servers started as them) and ``configurable-http-proxy`` on PATH; without
them it skips and says why, except in CI, where `.ci/run` installs the proxy and it must run.
Everything it creates (accounts with unique names, processes, ports, a folder under /tmp) is
removed afterwards. Timings are printed (run with ``-s`` to see them); none is asserted.
"""
from __future__ import annotations

import hashlib
import json
import os
import pty
import pwd
import re
import secrets
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

import nbformat
import pytest
from conftest import free_port

from followup_edu.grading import simulate

ROOT = Path(__file__).resolve().parent.parent
COURSE_ID = "followup-edu"
TASK = "thank_you_email"
# The hub, the learners and the grader run one environment every account can read: a venv of
# the system Python with the project installed (not in editable mode), built on first use and
# rebuilt when the project changes. (A venv of a Python under /root, like pyenv's, runs for other
# accounts with the wrong standard library, and nbconvert then fails.)
BASE_PYTHON = Path(os.environ.get("FOLLOWUP_EDU_HUB_TEST_PYTHON", "/usr/bin/python3"))
HUB_VENV = Path(os.environ.get("FOLLOWUP_EDU_HUB_TEST_VENV", "/opt/followup-edu-hub-test/venv"))
BIN = HUB_VENV / "bin"
INSTRUCTOR_PLUGINS = ("@jupyter/nbgrader:formgrader", "@jupyter/nbgrader:course-list",
                      "@jupyter/nbgrader:create-assignment")
WEAK = {"subject": "hi", "body": (
    "hey priya thanks for the intervew. hope i get the job lol. let me know asap!!! i think i did ok on the "
    "messy data question but whatever, i can do sql too. anyway tell me soon because i have other offers."
    "\n\njordan")}

pytestmark = [pytest.mark.slow, pytest.mark.hub]


def _missing() -> str | None:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return "the real-hub test needs root: it creates system accounts and starts servers as them"
    if not shutil.which("configurable-http-proxy"):
        return "the real-hub test needs configurable-http-proxy (npm install -g configurable-http-proxy)"
    for tool in ("useradd", "userdel", "runuser", "pgrep"):
        if not shutil.which(tool):
            return f"the real-hub test needs {tool}"
    if not BASE_PYTHON.exists() or run([BASE_PYTHON, "-c", "import venv, ensurepip"], check=False).returncode:
        return f"the real-hub test needs {BASE_PYTHON} with venv and ensurepip (apt-get install python3-venv)"
    return None


def _project_digest() -> str:
    h = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    for path in sorted((ROOT / "followup_edu").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(ROOT)).encode() + path.read_bytes())
    return h.hexdigest()


def ensure_hub_venv() -> None:
    """Make (or bring up to date) the environment every account runs; quick when nothing changed."""
    stamp, deps_stamp = HUB_VENV / ".followup-edu-stamp", HUB_VENV / ".followup-edu-deps-stamp"
    digest = _project_digest()
    deps = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    pip = [BIN / "python", "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    fresh = not (BIN / "python").exists()
    if fresh:
        HUB_VENV.parent.mkdir(parents=True, exist_ok=True)
        HUB_VENV.parent.chmod(0o755)
        run([BASE_PYTHON, "-m", "venv", HUB_VENV], timeout=300)
    if fresh or not deps_stamp.exists() or deps_stamp.read_text() != deps:   # new or changed dependencies
        run([*pip, f"{ROOT}[hub]"], timeout=900, cwd="/")
        deps_stamp.write_text(deps)
    if not fresh:   # a fresh venv got this very tree with its dependencies just now (as in CI)
        run([*pip, "--no-deps", "--force-reinstall", str(ROOT)], timeout=600, cwd="/")
    stamp.write_text(digest)


def run(cmd, check=True, **kw) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, text=True, capture_output=True, timeout=kw.pop("timeout", 300), **kw)
    if check and proc.returncode != 0:
        raise AssertionError(f"{' '.join(map(str, cmd))} exited {proc.returncode}:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    return proc


# What a learner tries, run as that learner in a fresh interpreter: one verdict per attempt.
PROBE = r"""
import json, os, sys
out = {}
for label, op, path, *rest in json.loads(sys.argv[1]):
    try:
        if op == "read":
            open(path, "rb").read(1)
        elif op == "list":
            os.listdir(path)
        elif op == "rename":
            os.rename(path, rest[0])
        elif op == "write":
            open(path, "ab").close()
        out[label] = "allowed"
    except PermissionError:
        out[label] = "denied"
    except OSError as exc:
        out[label] = f"error: {exc}"
print(json.dumps(out))
"""


class Class:
    """The accounts, folders, ports and hub of one run, and what it measured."""

    def __init__(self) -> None:
        tag = secrets.token_hex(3)
        self.grader, self.teacher = f"fe{tag}-grader", f"fe{tag}-teach"
        self.learners = [f"fe{tag}-l1", f"fe{tag}-l2"]
        self.accounts = [self.grader, self.teacher, *self.learners]
        self.root = Path(tempfile.mkdtemp(prefix="followup-edu-hub-"))
        self.root.chmod(0o711)   # learners must reach the exchange inside it, not list it
        self.exchange = self.root / "exchange"
        # The course and deploy files, copied where every account can read them (as an admin
        # would install a release), so nothing depends on where this checkout lives.
        site = self.root / "site"
        site.mkdir(mode=0o755)
        self.site = site / "assignments"
        self.site.mkdir(mode=0o755)
        shutil.copy(ROOT / "assignments" / "nbgrader_config.py", self.site)
        for folder in ("source", "deploy"):
            shutil.copytree(ROOT / "assignments" / folder, self.site / folder,
                            ignore=shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints"))
        self.deploy = self.site / "deploy"
        self.state = self.root / "state"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {
            "PATH": f"{BIN}:/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin",
            "LANG": "C.UTF-8",
            "FOLLOWUP_EDU_VENV": str(BIN.parent),
            "FOLLOWUP_EDU_GRADER": self.grader,
            "FOLLOWUP_EDU_ROSTER": str(self.root / "roster.csv"),
            "FOLLOWUP_EDU_EXCHANGE": str(self.exchange),
            "FOLLOWUP_EDU_JUPYTER_ETC": str(self.root / "etc-jupyter"),
            "FOLLOWUP_EDU_HUB_STATE": str(self.state),
            "FOLLOWUP_EDU_FORMGRADER_PORT": str(free_port()),
        }
        self.hub: subprocess.Popen | None = None
        self.tokens: dict[str, str] = {}
        self.figures: dict[str, float] = {}
        self.results: dict = {}

    # --- accounts ------------------------------------------------------------------------
    def home(self, user: str) -> Path:
        return Path(pwd.getpwnam(user).pw_dir)

    @property
    def course(self) -> Path:
        return self.home(self.grader) / COURSE_ID

    def as_user(self, user: str, *cmd, cwd=None, check=True, timeout=300) -> subprocess.CompletedProcess:
        env = [f"{k}={v}" for k, v in self.env.items()] + [f"HOME={self.home(user)}", f"USER={user}",
                                                          f"JUPYTER_CONFIG_PATH={self.env['FOLLOWUP_EDU_JUPYTER_ETC']}"]
        return run(["runuser", "-u", user, "--", "env", "-i", *env, *map(str, cmd)], check=check,
                   cwd=cwd or "/", timeout=timeout)

    def probe(self, user: str, attempts: list) -> dict[str, str]:
        proc = self.as_user(user, "/usr/bin/python3", "-I", "-c", PROBE, json.dumps(attempts))
        return json.loads(proc.stdout)

    # --- the hub -------------------------------------------------------------------------
    def start_hub(self) -> None:
        log = open(self.root / "hub.log", "w")
        cmd = [str(BIN / "jupyterhub"), "-f", str(self.deploy / "jupyterhub_config.py"),
               f"--JupyterHub.bind_url={self.url}",
               f"--JupyterHub.hub_bind_url=http://127.0.0.1:{free_port()}",
               f"--ConfigurableHTTPProxy.api_url=http://127.0.0.1:{free_port()}"]
        # A terminal for standard input, as when an admin starts the hub by hand: the servers
        # inherit it, and that is when a server would ask before shutting down.
        self.tty, tty = pty.openpty()
        start = time.perf_counter()
        self.hub = subprocess.Popen(cmd, cwd=self.state, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                    stdin=tty, start_new_session=True)
        os.close(tty)
        self.wait_for(lambda: self.get("/hub/api/").status_code == 200, 60, "the hub to answer")
        self.figures["hub start (s)"] = time.perf_counter() - start

    def login(self, user: str, password: str) -> int:
        """The status of the hub's login form for this password (302 means logged in)."""
        import requests

        with requests.Session() as session:
            session.get(self.url + "/hub/login", timeout=60)
            form = {"username": user, "password": password, "_xsrf": session.cookies.get("_xsrf", "")}
            return session.post(self.url + "/hub/login", data=form, timeout=60, allow_redirects=False).status_code

    def wait_for(self, ready, timeout: float, what: str) -> None:
        import requests

        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.hub is not None and self.hub.poll() is not None:
                raise AssertionError(f"the hub exited with {self.hub.returncode}:\n{self.hub_log()}")
            try:
                if ready():
                    return
            except requests.RequestException:
                pass
            time.sleep(0.2)
        raise AssertionError(f"timed out waiting for {what}:\n{self.hub_log()}")

    def hub_log(self) -> str:
        path = self.root / "hub.log"
        return path.read_text(errors="replace")[-4000:] if path.exists() else ""

    def request(self, method: str, path: str, user: str | None = None, **kw):
        import requests

        headers = {"Authorization": f"token {self.tokens[user]}"} if user else {}
        return requests.request(method, self.url + path, headers=headers, timeout=kw.pop("timeout", 120),
                                allow_redirects=kw.pop("allow_redirects", False), **kw)

    def get(self, path: str, user: str | None = None, **kw):
        return self.request("GET", path, user, **kw)

    def post(self, path: str, user: str | None = None, **kw):
        return self.request("POST", path, user, **kw)

    def ok(self, response, what: str):
        assert response.status_code < 300, f"{what}: HTTP {response.status_code} {response.text[:500]}\n{self.hub_log()}"
        return response

    def formgrader(self, action: str) -> dict:
        path = f"/services/{COURSE_ID}/formgrader/api/assignment/{TASK}/{action}"
        reply = self.ok(self.post(path, self.teacher), f"formgrader {action}").json()
        assert reply.get("success"), f"formgrader {action}: {reply}"
        return reply

    def learner_api(self, user: str, action: str) -> list:
        """The learner's assignment list after ``action`` (what the Assignments tab does)."""
        path = f"/user/{user}/assignments/{action}"
        reply = self.ok(self.post(path, user, data={"course_id": COURSE_ID, "assignment_id": TASK}),
                        f"{user} {action}").json()
        assert reply.get("success"), f"{user} {action}: {reply}"
        return reply["value"]

    # --- tear down -----------------------------------------------------------------------
    def stop_hub(self) -> None:
        """Stop the hub as an admin would (SIGTERM); it stops the servers, the service and the proxy."""
        if self.hub is not None and self.hub.poll() is None:
            start = time.perf_counter()
            self.hub.send_signal(signal.SIGTERM)
            try:
                self.hub.wait(60)
            except subprocess.TimeoutExpired:
                os.killpg(self.hub.pid, signal.SIGKILL)
                self.hub.wait()
            self.figures["hub stop (s)"] = time.perf_counter() - start
        if (self.root / "hub.log").exists():
            self.results["hub log"] = (self.root / "hub.log").read_text(errors="replace")

    def stop(self, keep_log: Path) -> None:
        """Stop everything this run started and remove its accounts and folders."""
        self.stop_hub()
        if getattr(self, "tty", None) is not None:
            os.close(self.tty)
        pidfile = self.state / "jupyterhub-proxy.pid"
        if pidfile.exists():
            try:
                os.kill(int(pidfile.read_text().strip()), signal.SIGKILL)
            except (ValueError, ProcessLookupError):
                pass
        for user in self.accounts:
            try:
                uid = pwd.getpwnam(user).pw_uid
            except KeyError:
                continue
            for pid in run(["pgrep", "-u", str(uid)], check=False).stdout.split():
                try:
                    os.kill(int(pid), signal.SIGKILL)
                except ProcessLookupError:
                    pass
            run(["userdel", "--remove", user], check=False)
        if (self.root / "hub.log").exists():
            shutil.copy(self.root / "hub.log", keep_log)
        shutil.rmtree(self.root, ignore_errors=True)


def _lab_page_config(html: str) -> dict:
    match = re.search(r'<script id="jupyter-config-data" type="application/json">(.*?)</script>', html, re.S)
    assert match, "no page config in the JupyterLab page"
    return json.loads(match.group(1))


@pytest.fixture(scope="module")
def term(tmp_path_factory):
    reason = _missing()
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}; in CI, .ci/run installs what it needs")
        pytest.skip(reason)
    start = time.perf_counter()
    ensure_hub_venv()
    venv_seconds = time.perf_counter() - start
    cls = Class()
    cls.figures["hub venv ready (s)"] = venv_seconds
    try:
        _play(cls)
        yield cls
    finally:
        cls.stop(keep_log=tmp_path_factory.mktemp("hub-log"))
        print("\n[hub] " + ", ".join(f"{k} {v:.1f}" for k, v in cls.figures.items()))


def _play(cls: Class) -> None:
    l1, l2 = cls.learners
    for user in cls.accounts:
        run(["useradd", "--create-home", "--shell", "/bin/bash", user])
    (cls.root / "roster.csv").write_text(
        "username,role,first_name,last_name,email\n"
        f"{cls.teacher},instructor,,,\n{l1},learner,Ada,Okafor,\n{l2},learner,Ben,Lindqvist,\n")
    (cls.root / "roster.csv").chmod(0o644)

    # Control 1: Debian's homes are 0755, so learner 2 reads what learner 1 leaves there.
    cls.as_user(l1, "sh", "-c", "echo draft > \"$HOME/draft.txt\"")
    probe = [["home", "read", str(cls.home(l1) / "draft.txt")]]
    cls.results["before setup"] = cls.probe(l2, probe)

    start = time.perf_counter()
    run(["bash", str(cls.deploy / "setup-local-hub.sh")], env=cls.env)
    cls.figures["setup script (s)"] = time.perf_counter() - start
    cls.results["setup again"] = run(["bash", str(cls.deploy / "setup-local-hub.sh")], env=cls.env).stdout
    cls.results["after setup"] = cls.probe(l2, probe)

    # Control 2: an exchange as nbgrader makes it (0777, no sticky bit) lets a learner rename the
    # course's folder; the real one is 1777 and the course folder is the grader's.
    loose = cls.root / "loose-exchange"
    loose.mkdir(mode=0o777)
    loose.chmod(0o777)
    cls.as_user(cls.grader, "mkdir", "-m", "0755", loose / COURSE_ID)
    cls.results["loose exchange"] = cls.probe(l2, [["rename", "rename", str(loose / COURSE_ID), str(loose / "taken")]])

    cls.start_hub()
    token = run([str(BIN / "jupyterhub"), "token", "-f", str(cls.deploy / "jupyterhub_config.py"), cls.teacher],
                cwd=cls.state, env=cls.env).stdout.strip().splitlines()[-1]
    cls.tokens[cls.teacher] = token
    for user in cls.learners:
        reply = cls.ok(cls.post(f"/hub/api/users/{user}/tokens", cls.teacher, json={"note": "test"}), "token").json()
        cls.tokens[user] = reply["token"]

    # A learner logs in with their system password (PAM); a wrong password is refused.
    password = secrets.token_urlsafe(12)
    run(["chpasswd"], input=f"{l1}:{password}\n")
    cls.results["login"] = {"right": cls.login(l1, password), "wrong": cls.login(l1, password + "x")}

    # Learners' servers, started together.
    start = time.perf_counter()
    for user in cls.learners:
        assert cls.post(f"/hub/api/users/{user}/server", user).status_code in (201, 202)
    for user in cls.learners:
        cls.wait_for(lambda u=user: cls.get(f"/hub/api/users/{u}", u).json()["servers"].get("", {}).get("ready"),
                     90, f"{user}'s server")
        cls.figures[f"spawn {user[-2:]} (s)"] = time.perf_counter() - start

    # One round: release, fetch, answer, submit, collect, grade, feedback.
    round_start = time.perf_counter()
    cls.formgrader("assign")
    cls.formgrader("release")
    model = simulate.model_answers(nbformat.read(cls.course / "source" / TASK / f"{TASK}.ipynb", as_version=4))
    answers = {l1: model, l2: WEAK}
    nb_path = f"{TASK}/{TASK}.ipynb"
    for user in cls.learners:
        listed = cls.learner_api(user, "fetch")
        assert any(a["assignment_id"] == TASK and a["status"] == "fetched" for a in listed), listed
        got = cls.ok(cls.get(f"/user/{user}/api/contents/{nb_path}", user), "read the notebook").json()
        nb = simulate.answered(nbformat.from_dict(got["content"]), answers[user])
        cls.ok(cls.request("PUT", f"/user/{user}/api/contents/{nb_path}", user,
                           json={"type": "notebook", "format": "json", "content": nb}), "save the notebook")
        listed = cls.learner_api(user, "submit")
        assert any(a["assignment_id"] == TASK and a["status"] == "submitted" for a in listed), listed
    cls.formgrader("collect")
    start = time.perf_counter()
    graded = cls.as_user(cls.grader, BIN / "followup-edu", "grade-cohort", TASK, "--jobs", "2", cwd=cls.course,
                         check=False, timeout=600)
    cls.figures["grade-cohort, 2 learners (s)"] = time.perf_counter() - start
    cls.results["grade-cohort"] = graded
    for step in ("generate_feedback", "release_feedback"):
        cls.as_user(cls.grader, BIN / "nbgrader", step, TASK, cwd=cls.course)
    feedback = {}
    for user in cls.learners:
        cls.learner_api(user, "fetch_feedback")
        listing = cls.ok(cls.get(f"/user/{user}/api/contents/{TASK}/feedback", user), "feedback folder").json()
        stamps = [item["path"] for item in listing["content"]]
        files = []
        for stamp in stamps:
            inner = cls.ok(cls.get(f"/user/{user}/api/contents/{stamp}", user), "feedback").json()
            files += [cls.ok(cls.get(f"/user/{user}/api/contents/{item['path']}", user, params={"format": "text"}),
                             "feedback file").json()["content"] for item in inner["content"]
                      if item["name"].endswith(".html")]
        feedback[user] = files
    cls.figures["round for 2 learners (s)"] = time.perf_counter() - round_start
    cls.results["feedback"] = feedback
    cls.results["submissions"] = cls.ok(cls.get(f"/services/{COURSE_ID}/formgrader/api/submissions/{TASK}",
                                                cls.teacher), "submissions").json()

    # What learner 2 tries against learner 1, the grader and the exchange.
    h1, course, ex = cls.home(l1), cls.course, cls.exchange / COURSE_ID
    secrets_found = sorted(str(p) for p in h1.rglob("submission_secret.txt"))
    assert secrets_found, "learner 1 has no submission secret"
    attempts = [
        ["learner 1's home", "list", str(h1)],
        ["learner 1's notebook", "read", str(h1 / nb_path)],
        ["learner 1's feedback", "list", str(h1 / TASK / "feedback")],
        ["learner 1's submission secret", "read", secrets_found[0]],
        ["the model answers and hidden tests", "read", str(course / "source" / TASK / f"{TASK}.ipynb")],
        ["the gradebook", "read", str(course / "gradebook.db")],
        ["learner 1's autograded copy", "read", str(course / "autograded" / l1 / TASK / f"{TASK}.ipynb")],
        ["learner 1's feedback in the course", "read", str(course / "feedback" / l1 / TASK / f"{TASK}.html")],
        ["the grading logs", "list", str(course / "reports" / TASK / "logs")],
        ["move learner 1's collected notebook", "rename",
         str(course / "submitted" / l1 / TASK / f"{TASK}.ipynb"), "/tmp/stolen.ipynb"],
        ["change learner 1's collected notebook", "write", str(course / "submitted" / l1 / TASK / f"{TASK}.ipynb")],
        ["rename the course's exchange folder", "rename", str(ex), str(cls.exchange / "taken")],
        ["list the submissions in the exchange", "list", str(ex / "inbound")],
        ["list the feedback in the exchange", "list", str(ex / "feedback")],
        ["the released assignment (allowed)", "read", str(ex / "outbound" / TASK / f"{TASK}.ipynb")],
    ]
    cls.results["attempts"] = cls.probe(l2, attempts)
    cls.results["attempted paths exist"] = {a[0]: os.path.exists(a[2]) for a in attempts}

    # What each server shows: learners' JupyterLab and the formgrader's.
    cls.results["lab"] = {user: cls.ok(cls.get(f"/user/{user}/lab", user), "lab page").text for user in cls.learners}
    cls.results["formgrader lab"] = cls.ok(cls.get(f"/services/{COURSE_ID}/lab", cls.teacher), "formgrader lab").text
    cls.results["learner formgrader extension"] = cls.get(f"/user/{l1}/formgrader", l1).status_code
    formgrader = f"/services/{COURSE_ID}/formgrader"
    cls.results["formgrader status"] = {}
    for user in (cls.teacher, *cls.learners):
        reply = cls.get(formgrader, user, allow_redirects=True)
        where = reply.url.removeprefix(cls.url)
        cls.results["formgrader status"][user] = (reply.status_code, where.startswith(formgrader))
    cls.stop_hub()


def test_setup_script_is_idempotent(term):
    """Does a second run of setup-local-hub.sh succeed and leave the course folder as it was?"""
    assert "already there, left as it is" in term.results["setup again"]
    assert oct(term.home(term.learners[0]).stat().st_mode & 0o777) == "0o700"
    assert oct(term.exchange.stat().st_mode & 0o7777) == "0o1777"


def test_controls_show_the_attacks_work_without_the_setup(term):
    """Without the setup (Debian's homes, nbgrader's own exchange), does learner 2 get through?"""
    assert term.results["before setup"] == {"home": "allowed"}
    assert term.results["loose exchange"] == {"rename": "allowed"}
    assert term.results["after setup"] == {"home": "denied"}


def test_every_cross_student_access_is_denied(term):
    """Is every read or write of another learner's or the grader's files denied to learner 2?"""
    assert all(term.results["attempted paths exist"].values()), term.results["attempted paths exist"]
    attempts = dict(term.results["attempts"])
    assert attempts.pop("the released assignment (allowed)") == "allowed"
    assert attempts == {label: "denied" for label in attempts}


def test_grade_cohort_grades_both_learners_as_the_grader(term):
    """Does grade-cohort, run as the grader account, grade both submissions, the model answer in full?"""
    graded = term.results["grade-cohort"]
    assert graded.returncode == 0, graded.stdout + graded.stderr
    scores = {s["student"]: (s["score"], s["max_score"]) for s in term.results["submissions"]}
    l1, l2 = term.learners
    assert scores[l1][0] == scores[l1][1] > 0
    assert scores[l2][0] < scores[l1][0]
    names = {s["student"]: (s.get("first_name"), s.get("last_name")) for s in term.results["submissions"]}
    assert names[l1] == ("Ada", "Okafor")


def test_each_learner_fetches_only_their_own_feedback(term):
    """Does each learner get one feedback file, about their own email, with no hidden-test code?"""
    l1, l2 = term.learners
    fb = term.results["feedback"]
    assert len(fb[l1]) == 1 and len(fb[l2]) == 1, {u: len(f) for u, f in fb.items()}
    assert "checklist for duplicate" in fb[l1][0] and "checklist for duplicate" not in fb[l2][0]
    assert "intervew" in fb[l2][0] and "intervew" not in fb[l1][0]
    for html in (fb[l1][0], fb[l2][0]):
        assert "BEGIN HIDDEN TESTS" not in html and "HIDDEN" not in html


def test_formgrader_is_for_instructors_only(term):
    """Does the formgrader service answer the instructor and refuse a learner?"""
    status = term.results["formgrader status"]
    assert status[term.teacher] == (200, True), status
    assert all(status[u][0] == 403 for u in term.learners), status


def test_learners_log_in_with_their_system_password(term):
    """Does the hub's PAM login admit a learner with their password and refuse a wrong one?"""
    assert term.results["login"] == {"right": 302, "wrong": 403}


def test_stopping_the_hub_does_not_wait_on_prompts(term):
    """Started from a terminal, do the servers stop when the hub stops, without asking first?"""
    log = term.results["hub log"]
    assert "Shut down this Jupyter server" not in log
    assert term.hub.returncode is not None


def test_learners_servers_hide_the_instructor_tools(term):
    """Are Formgrader, Course List and Create Assignment off in learners' JupyterLab (and on for the grader)?"""
    for user in term.learners:
        disabled = _lab_page_config(term.results["lab"][user]).get("disabledExtensions", [])
        assert all(p in disabled for p in INSTRUCTOR_PLUGINS), disabled
    grader_disabled = _lab_page_config(term.results["formgrader lab"]).get("disabledExtensions", [])
    assert not any(p in grader_disabled for p in INSTRUCTOR_PLUGINS), grader_disabled
    assert term.results["learner formgrader extension"] == 404
