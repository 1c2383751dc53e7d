#!/usr/bin/env python3
"""Start the course or run its tests on a fresh machine (Python 3.11+ and pip, nothing else).

    python3 course.py lab     # set up .venv, then open the course in JupyterLab
    python3 course.py lab --instructor   # the same, with nbgrader's instructor tools shown
    python3 course.py test    # set up .venv, then run every test (unit, notebooks, nbgrader, browser)

Each command creates the virtual environment in .venv on first use and installs the project from
pyproject.toml (reinstalling only when pyproject.toml changes). Extra arguments after ``test`` go to
pytest, e.g. ``python3 course.py test -m "not browser"``; after ``lab``, to JupyterLab.
Standard library only: this file runs before anything is installed.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = Path(os.environ.get("FOLLOWUP_EDU_VENV", ROOT / ".venv"))
EXTRAS = {"lab": "course,grading", "test": "test"}
#: Extras that include others (pyproject.toml: test = followup-edu[course,grading] + test tools).
INCLUDES = {"test": {"course", "grading"}}
START_PAGE = "notebooks/00-start-here.ipynb"
#: What a learner does not need in JupyterLab: nbgrader's instructor tools (Binder hides them the
#: same way, binder/postBuild) and JupyterLab's news pop-up.
LEARNER_HIDDEN_PLUGINS = ["@jupyter/nbgrader:formgrader", "@jupyter/nbgrader:create-assignment",
                          "@jupyter/nbgrader:course-list", "@jupyterlab/apputils-extension:announcements"]
LEARNER_HIDDEN_SERVER_EXTENSIONS = ["nbgrader.server_extensions.formgrader",
                                    "nbgrader.server_extensions.course_list"]


def say(msg: str) -> None:
    print(f"[course] {msg}", flush=True)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_env(extras: str) -> Path:
    """Create .venv if needed and install the project with ``extras`` when pyproject.toml changed."""
    if sys.version_info < (3, 11):
        sys.exit(f"[course] Python 3.11 or newer is needed; this is {sys.version.split()[0]}.")
    py = venv_python()
    if not py.exists():
        say(f"creating a virtual environment in {VENV} ...")
        try:
            venv.EnvBuilder(with_pip=True, upgrade_deps=False).create(VENV)
        except Exception as exc:  # e.g. Debian without python3-venv
            sys.exit(f"[course] could not create a virtual environment ({exc}); on Debian/Ubuntu: apt install python3-venv")
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()[:16]
    stamp = VENV / f".stamp-{extras.replace(',', '-')}"
    if set(extras.split(",")) <= installed_extras(digest):
        return py
    say(f"installing followup-edu[{extras}] (first run takes a minute or two) ...")
    cmd = [str(py), "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", f"{ROOT}[{extras}]"]
    if subprocess.call(cmd) != 0:
        sys.exit("[course] installation failed; see the pip messages above.")
    stamp.write_text(digest)
    return py


def installed_extras(digest: str) -> set[str]:
    """The extras already installed from this pyproject.toml (a stamp per install, holding its digest)."""
    have: set[str] = set()
    for stamp in VENV.glob(".stamp-*"):
        if stamp.read_text().strip() == digest:
            for extra in stamp.name[len(".stamp-"):].split("-"):
                have |= {extra} | INCLUDES.get(extra, set())
    return have


def learner_config(conf: Path | None = None) -> Path:
    """A Jupyter config dir that hides the instructor tools and the news pop-up (see LEARNER_HIDDEN_*)."""
    import json

    conf = conf or VENV / "learner-jupyter-config"
    (conf / "labconfig").mkdir(parents=True, exist_ok=True)
    (conf / "labconfig" / "page_config.json").write_text(json.dumps(
        {"disabledExtensions": {name: True for name in LEARNER_HIDDEN_PLUGINS}}, indent=1))
    (conf / "jupyter_server_config.json").write_text(json.dumps(
        {"ServerApp": {"jpserver_extensions": {name: False for name in LEARNER_HIDDEN_SERVER_EXTENSIONS}}}, indent=1))
    return conf


def lab(args: list[str]) -> int:
    instructor = "--instructor" in args
    args = [a for a in args if a != "--instructor"]
    py = ensure_env(EXTRAS["lab"])
    env = dict(os.environ)
    if not instructor:
        # Earlier entries of JUPYTER_CONFIG_PATH win over the environment's own settings.
        env["JUPYTER_CONFIG_PATH"] = os.pathsep.join(
            p for p in (str(learner_config()), os.environ.get("JUPYTER_CONFIG_PATH")) if p)
    cmd = [str(py), "-m", "jupyter", "lab", f"--ServerApp.root_dir={ROOT}", START_PAGE, *args]
    if hasattr(os, "geteuid") and os.geteuid() == 0 and "--allow-root" not in args:
        cmd.append("--allow-root")
    say("starting JupyterLab" + (" with the instructor tools" if instructor else "") + "; stop it with Ctrl+C")
    return subprocess.call(cmd, cwd=ROOT, env=env)


def test(args: list[str]) -> int:
    py = ensure_env(EXTRAS["test"])
    cmd = [str(py), "-m", "pytest", "-p", "no:cacheprovider", *(args or [])]
    say("running: " + " ".join(cmd[2:]))
    code = subprocess.call(cmd, cwd=ROOT)
    return code


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("lab", "test"):
        print(__doc__.strip())
        return 2
    try:
        return {"lab": lab, "test": test}[argv[0]](argv[1:])
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
