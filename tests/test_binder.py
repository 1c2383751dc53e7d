"""Does an environment built only from binder/ run every lesson, the way mybinder.org would build it?

repo2docker, seeing a binder/ folder, ignores the project's own pyproject.toml and runs, from the
repository root:

    pip install --no-cache-dir -r binder/requirements.txt     # "." there = this project
    binder/postBuild

This test does the same in a fresh virtualenv over a copy of the repository, checks that postBuild
hid nbgrader's instructor tools, then executes every notebook with nbval in that venv (pytest and
nbval are added afterwards, only to run the check).

It downloads from PyPI and takes a minute and a half to five minutes here (pip install, postBuild,
nbval), so it is opt-in (.ci/run turns it on):
FOLLOWUP_EDU_BINDER_TEST=1 pytest -m slow tests/test_binder.py
In a whole run, the build and the notebook run start in the background when collection ends and the
test, moved to the end, checks them (see _Background and tests/conftest.py).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BINDER = ROOT / "binder"

pytestmark = pytest.mark.slow


def test_binder_files_are_what_repo2docker_needs():
    """Cheap static checks that always run: the files exist and install the project itself."""
    req = (BINDER / "requirements.txt").read_text()
    lines = [l.split("#", 1)[0].strip() for l in req.splitlines()]
    lines = [l for l in lines if l]
    assert any(l.startswith(".") for l in lines), "requirements.txt must install the project ('.')"
    for l in lines:
        if not l.startswith("."):
            assert "==" in l, f"unpinned requirement in binder/requirements.txt: {l}"
    assert os.access(BINDER / "postBuild", os.X_OK), "postBuild must be executable"
    assert (BINDER / "runtime.txt").read_text().strip().startswith("python-3")
    assert not (BINDER / "environment.yml").exists()  # would make repo2docker ignore requirements.txt


def _run(cmd, **kw):
    start = time.monotonic()
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw) as child:
        BACKGROUND.running = child      # stopped by BACKGROUND.stop() if the session ends first
        try:
            out, err = child.communicate()
        finally:
            BACKGROUND.running = None
    proc = subprocess.CompletedProcess(child.args, child.returncode, out, err)
    if proc.returncode != 0:
        pytest.fail(f"{' '.join(map(str, cmd))} failed ({proc.returncode}):\n{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}")
    return proc, time.monotonic() - start


def _build_and_run(tmp_path: Path) -> dict:
    """Every step repo2docker and the check take, in order; returns what each printed and took."""
    repo = tmp_path / "repo"
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", ".ipynb_checkpoints", "build")
    repo.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, repo / name)
    for name in ("followup_edu", "notebooks", "binder"):
        shutil.copytree(ROOT / name, repo / name, ignore=ignore)

    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", str(venv)])
    bin_ = venv / "bin"
    env = dict(os.environ)
    env["PATH"] = f"{bin_}{os.pathsep}{env.get('PATH', '')}"
    env.pop("PYTHONPATH", None)
    env.pop("VIRTUAL_ENV", None)
    for name in ("CONFIG", "DATA", "RUNTIME"):
        (tmp_path / name.lower()).mkdir()
        env[f"JUPYTER_{name}_DIR"] = str(tmp_path / name.lower())

    got: dict = {"venv": venv}
    _, got["t_install"] = _run([bin_ / "pip", "install", "--disable-pip-version-check", "-q", "-r",
                                "binder/requirements.txt"], cwd=repo, env=env)
    _, got["t_post"] = _run(["bash", "binder/postBuild"], cwd=repo, env=env)

    labext, _ = _run([bin_ / "jupyter", "labextension", "list"], cwd=repo, env=env)
    got["listing"] = labext.stdout + labext.stderr
    # What the server will actually load, merged over every config file:
    merged, _ = _run([bin_ / "python", "-c",
                      "from jupyter_server.extension.config import ExtensionConfigManager as M\n"
                      "from jupyter_core.paths import jupyter_config_path as p\n"
                      "e = M(read_config_path=p()).get_jpserver_extensions()\n"
                      "print(sorted(k for k, v in e.items() if v))"], cwd=repo, env=env)
    got["enabled"] = merged.stdout
    # The notebooks import the installed package, not the copy next to them.
    where, _ = _run([bin_ / "python", "-c", "import followup_edu, ipywidgets; print(followup_edu.__file__)"],
                    cwd=repo / "notebooks", env=env)
    got["where"] = where.stdout

    pins = subprocess.run([sys.executable, "-m", "pip", "freeze"], capture_output=True, text=True).stdout
    runner = [l for l in pins.splitlines() if l.lower().startswith(("pytest==", "nbval=="))] or ["pytest", "nbval"]
    _run([bin_ / "pip", "install", "--disable-pip-version-check", "-q", *runner], cwd=repo, env=env)
    ini = tmp_path / "pytest.ini"
    ini.write_text("[pytest]\n")
    got["nbval"], got["t_nbval"] = _run([bin_ / "python", "-m", "pytest", "-c", str(ini), "--rootdir", str(repo),
                                         "-q", "-p", "no:cacheprovider", "--nbval-lax", "notebooks"],
                                        cwd=repo, env=env)
    return got


class _Background:
    """The build and the notebook run in a thread, started by tests/conftest.py as soon as collection
    ends, so that their minute and a half (pip, postBuild, nbval: mostly one core, or waiting) overlaps
    the rest of the suite instead of adding to it. The test, which conftest.py moves to the end of the
    run, waits for it and checks every step; a step that failed fails the test with its own message."""

    def __init__(self) -> None:
        self.running: subprocess.Popen | None = None
        self.thread: threading.Thread | None = None
        self.folder: Path | None = None
        self.result: dict | None = None
        self.error: BaseException | None = None

    def start(self) -> None:
        if self.thread is None:
            self.folder = Path(tempfile.mkdtemp(prefix="followup-edu-binder-"))
            self.thread = threading.Thread(target=self._work, name="binder-build", daemon=True)
            self.thread.start()

    def _work(self) -> None:
        try:
            self.result = _build_and_run(self.folder)
        except BaseException as exc:   # pytest.fail's exception included: re-raised in the test
            self.error = exc

    def wait(self) -> dict:
        self.start()   # run on its own (not started by conftest.py): build now
        self.thread.join()
        if self.error is not None:
            raise self.error
        return self.result

    def remove(self) -> None:
        if self.folder is not None and (self.thread is None or not self.thread.is_alive()):
            shutil.rmtree(self.folder, ignore_errors=True)

    def stop(self) -> None:
        """At the end of the session (an early stop, -x, Ctrl+C): end the step still running, then remove."""
        if self.thread is not None and self.thread.is_alive():
            child = self.running
            if child is not None:
                child.kill()
            self.thread.join(60)
        self.remove()


BACKGROUND = _Background()
BUILD_TEST = "test_environment_built_from_binder_runs_every_notebook"
ENABLED = os.environ.get("FOLLOWUP_EDU_BINDER_TEST") == "1"


@pytest.mark.skipif(not ENABLED, reason="builds a venv from binder/ and downloads from PyPI (~5 min here): "
                                        "set FOLLOWUP_EDU_BINDER_TEST=1 to run")
def test_environment_built_from_binder_runs_every_notebook():
    try:
        got = BACKGROUND.wait()
    finally:
        BACKGROUND.remove()
    listing = got["listing"]
    assert "Disabled extensions:" in listing, listing
    disabled = listing.split("Disabled extensions:", 1)[1]
    for plugin in ("formgrader", "create-assignment", "course-list"):
        assert f"@jupyter/nbgrader:{plugin}" in disabled, listing
    assert "@jupyter/nbgrader:validate-assignment" not in disabled
    enabled = got["enabled"]
    assert "nbgrader.server_extensions.formgrader" not in enabled, enabled
    assert "nbgrader.server_extensions.course_list" not in enabled, enabled
    assert "nbgrader.server_extensions.validate_assignment" in enabled, enabled
    assert "jupyterlab" in enabled, enabled
    assert str(got["venv"]) in got["where"], got["where"]
    result = got["nbval"]
    print(f"\nbinder env: install {got['t_install']:.0f} s, postBuild {got['t_post']:.0f} s, nbval {got['t_nbval']:.0f} s\n"
          + result.stdout.strip().splitlines()[-1])
    assert " passed" in result.stdout and "failed" not in result.stdout
