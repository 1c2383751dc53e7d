"""Shared test settings."""
import os
from pathlib import Path

import pytest

# Quizzes show their choices in the data file's order in tests (learners get a per-learner shuffle);
# set before any kernel or JupyterLab is started, so notebooks run by nbval and the browser agree.
os.environ.setdefault("FOLLOWUP_EDU_QUIZ_ORDER", "fixed")

#: Figures measured by tests (e.g. the browser test's keystroke latency), printed in the summary
#: so they show in every run's output, not only with -s or -rP.
FIGURES: list[str] = []


def pytest_terminal_summary(terminalreporter):
    if FIGURES:
        terminalreporter.section("measured figures")
        for line in FIGURES:
            terminalreporter.write_line(line)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def need_chromium() -> None:
    """Skip (fail under CI=true) when Debian's Chromium or Playwright is missing."""
    from pathlib import Path

    import pytest

    if not Path("/usr/bin/chromium").exists():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("/usr/bin/chromium is missing; CI must install Debian's chromium package")
        pytest.skip("/usr/bin/chromium is missing (apt-get install chromium); the browser test needs it")
    pytest.importorskip("playwright.sync_api")


def serve_jupyter(app: str, *, root, env: dict, cwd, log_path, extra: tuple = ()):
    """Start ``jupyter <app>`` (lab or server) on a free loopback port with a fresh token, wait until
    it answers, and return a context manager yielding (base_url, token); it stops the server after."""
    import contextlib
    import subprocess
    import sys
    import time
    import urllib.request

    import pytest

    @contextlib.contextmanager
    def running():
        port, token = free_port(), os.urandom(12).hex()
        cmd = [sys.executable, "-m", "jupyter", app, "--no-browser", "--ServerApp.ip=127.0.0.1", f"--port={port}",
               f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}", "--ServerApp.port_retries=0",
               *extra]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            cmd.append("--allow-root")
        log = open(log_path, "wb")
        proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=cwd)
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 45
            while True:
                try:
                    with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2) as r:
                        if r.status == 200:
                            break
                except OSError:
                    pass
                if proc.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    pytest.fail(f"jupyter {app} did not start:\n" + open(log_path, errors="replace").read()[-3000:])
                time.sleep(0.3)
            yield base, token
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
            log.close()

    return running()


def load_script(path):
    """A project script (tools/, benchmarks/, tests/corpus/) loaded as a module by its path."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(Path(path).stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def nbgrader_cohort(tmp_path_factory):
    """One copy of the course, graded once for test_course_e2e and test_graded_cases (see
    tests/nbgrader_course.py): a dict with the course, the digest of submitted/ before grading,
    grade-cohort's exit code and output, and the two modules' student ids."""
    import nbgrader_course

    return nbgrader_course.build(tmp_path_factory.mktemp("course"))


def pytest_collection_modifyitems(config, items):
    """The Binder environment's check runs last: its build runs in the background meanwhile."""
    last = [item for item in items if item.name == "test_environment_built_from_binder_runs_every_notebook"]
    if last:
        items[:] = [item for item in items if item not in last] + last


#: tests/test_binder.py's background build, once started.
_BINDER: list = []


def pytest_collection_finish(session):
    """Start the Binder build in the background when its test is to run (tests/test_binder.py)."""
    if session.config.option.collectonly:
        return
    for item in session.items:
        if item.name == "test_environment_built_from_binder_runs_every_notebook" and item.module.ENABLED:
            item.module.BACKGROUND.start()
            _BINDER.append(item.module.BACKGROUND)


def pytest_sessionfinish(session):
    for build in _BINDER:
        build.stop()
