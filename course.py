#!/usr/bin/env python3
"""Start the course or run its tests on a fresh machine (Python 3.10+ and pip, nothing else).

    python3 course.py lab     # set up .venv, then open the course in JupyterLab
    python3 course.py test    # set up .venv, then run every test (unit, notebooks, nbgrader, browser)
    python3 course.py lite    # build the course as a static in-browser site in _site/ (lite/build.py)

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
START_PAGE = "notebooks/00-start-here.ipynb"


def say(msg: str) -> None:
    print(f"[course] {msg}", flush=True)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_env(extras: str) -> Path:
    """Create .venv if needed and install the project with ``extras`` when pyproject.toml changed."""
    if sys.version_info < (3, 10):
        sys.exit(f"[course] Python 3.10 or newer is needed; this is {sys.version.split()[0]}.")
    py = venv_python()
    if not py.exists():
        say(f"creating a virtual environment in {VENV} ...")
        try:
            venv.EnvBuilder(with_pip=True, upgrade_deps=False).create(VENV)
        except Exception as exc:  # e.g. Debian without python3-venv
            sys.exit(f"[course] could not create a virtual environment ({exc}); on Debian/Ubuntu: apt install python3-venv")
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()[:16]
    stamp = VENV / f".stamp-{extras.replace(',', '-')}"
    if stamp.exists() and stamp.read_text().strip() == digest:
        return py
    say(f"installing followup-edu[{extras}] (first run takes a minute or two) ...")
    cmd = [str(py), "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", f"{ROOT}[{extras}]"]
    if subprocess.call(cmd) != 0:
        sys.exit("[course] installation failed; see the pip messages above.")
    stamp.write_text(digest)
    return py


def lab(args: list[str]) -> int:
    py = ensure_env(EXTRAS["lab"])
    cmd = [str(py), "-m", "jupyter", "lab", f"--ServerApp.root_dir={ROOT}", START_PAGE, *args]
    if hasattr(os, "geteuid") and os.geteuid() == 0 and "--allow-root" not in args:
        cmd.append("--allow-root")
    say("starting JupyterLab; stop it with Ctrl+C")
    return subprocess.call(cmd, cwd=ROOT)


def test(args: list[str]) -> int:
    py = ensure_env(EXTRAS["test"])
    cmd = [str(py), "-m", "pytest", "-p", "no:cacheprovider", *(args or [])]
    say("running: " + " ".join(cmd[2:]))
    code = subprocess.call(cmd, cwd=ROOT)
    return code


def lite(args: list[str]) -> int:
    """Build _site/ (JupyterLite); lite/build.py keeps its own build environment apart from .venv."""
    return subprocess.call([sys.executable, str(ROOT / "lite" / "build.py"), *args], cwd=ROOT)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("lab", "test", "lite"):
        print(__doc__.strip())
        return 2
    try:
        return {"lab": lab, "test": test, "lite": lite}[argv[0]](argv[1:])
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
