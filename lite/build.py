#!/usr/bin/env python3
"""Build the course as a static JupyterLite site in ``_site/``: JupyterLab and Python (Pyodide) in the
learner's browser, served from any static host, with nothing fetched at run time.

    python3 course.py lite            # or: python3 lite/build.py
    python3 lite/build.py check-deps  # only check that followup-edu's dependencies can run in the browser
        [--extra=REQ] [--exclude=NAME] [--ignore-excludes] [--project-wheel=PATH]

Everything comes from the package registries at build time: the Pyodide runtime from npm
(``lite.toml``), every Python package from PyPI at the versions in ``browser-requirements.txt``, the
build tools at the versions in ``requirements-build.txt``. Those tools need Python 3.12 or newer;
this script finds one, builds ``build/lite/venv`` with it (apart from ``.venv``) and re-runs itself
there. The first part of this file is standard library only for that reason.
"""
from __future__ import annotations

import glob
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path
from collections.abc import Iterator
from typing import Any, NoReturn

LITE = Path(__file__).resolve().parent
ROOT = LITE.parent
BUILD = ROOT / "build" / "lite"
VENV = BUILD / "venv"
SITE = Path(os.environ.get("FOLLOWUP_EDU_SITE", ROOT / "_site"))
NEEDS = (3, 12)


def say(msg: str) -> None:
    print(f"[lite] {msg}", flush=True)


def fail(msg: str) -> NoReturn:
    sys.exit(f"[lite] build failed: {msg}")


# --- bootstrap (standard library only) ------------------------------------------------------------

def _venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _python_version(exe: str) -> tuple[int, int] | None:
    try:
        out = subprocess.run([exe, "-c", "import sys; print(*sys.version_info[:2])"], capture_output=True,
                             text=True, timeout=30)
        major, minor = out.stdout.split()
        return int(major), int(minor)
    except (OSError, ValueError, subprocess.SubprocessError):
        return None


def _find_python() -> str:
    """This Python if it is new enough, else a python3.1x on PATH, else one from pyenv."""
    if sys.version_info[:2] >= NEEDS:
        return sys.executable
    candidates = [os.environ.get("FOLLOWUP_EDU_LITE_PYTHON", "")]
    candidates += [shutil.which(f"python3.{minor}") or "" for minor in range(20, NEEDS[1] - 1, -1)]
    candidates += sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/3.*/bin/python")), reverse=True)
    for exe in filter(None, candidates):
        version = _python_version(exe)
        if version and version >= NEEDS:
            return exe
    fail("the build tools need Python 3.12 or newer (pyodide-lock), and none was found. Install one, or "
         "point FOLLOWUP_EDU_LITE_PYTHON at it.")


def bootstrap(argv: list[str]) -> int:
    """Create build/lite/venv with the pinned build tools (again only when they change), re-run there."""
    requirements = LITE / "requirements-build.txt"
    py = _venv_python()
    if py.exists() and (_python_version(str(py)) or (0, 0)) < NEEDS:
        shutil.rmtree(VENV)
    if not py.exists():
        base = _find_python()
        say(f"creating the build environment in {VENV.relative_to(ROOT)} with {base} ...")
        subprocess.check_call([base, "-m", "venv", str(VENV)])
    digest = hashlib.sha256(requirements.read_bytes()).hexdigest()[:16]
    stamp = VENV / ".stamp-lite"
    if not (stamp.exists() and stamp.read_text().strip() == digest):
        say("installing the build tools (requirements-build.txt) ...")
        if subprocess.call([str(py), "-m", "pip", "install", "--disable-pip-version-check", "-q", "-r",
                            str(requirements)]) != 0:
            fail("pip could not install lite/requirements-build.txt; see its messages above.")
        stamp.write_text(digest)
    env = dict(os.environ, FOLLOWUP_EDU_LITE_IN_VENV="1")
    return subprocess.call([str(py), str(Path(__file__).resolve()), *argv], env=env)


if __name__ == "__main__" and os.environ.get("FOLLOWUP_EDU_LITE_IN_VENV") != "1":
    sys.exit(bootstrap(sys.argv[1:]))


# --- the build (inside build/lite/venv) -----------------------------------------------------------

import base64  # noqa: E402
import fnmatch  # noqa: E402
import gzip  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import tarfile  # noqa: E402
import time  # noqa: E402
import tomllib  # noqa: E402
import zipfile  # noqa: E402

# uv must never try to download an interpreter (there is none to download offline; it would hang)
os.environ["UV_PYTHON_DOWNLOADS"] = "never"
WORK = BUILD / "work"
CACHE = BUILD / "cache"
CONFIG = tomllib.loads((LITE / "lite.toml").read_text())
PYODIDE_PLATFORM = "wasm32-pyodide2024"
PYODIDE_PYTHON = "3.14"
BROWSER_REQUIREMENTS = LITE / "browser-requirements.txt"


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def read_pins(path: Path = BROWSER_REQUIREMENTS) -> dict[str, str]:
    """name -> exact version from a requirements file of ``name==version`` lines."""
    pins = {}
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        match = re.fullmatch(r"([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;]+)", line)
        if not match:
            fail(f"{path.name}: every line must pin one version (name==version), not {line!r}")
        pins[canonical(match[1])] = match[2]
    return pins


def run(cmd: list[str], *, env: dict | None = None, cwd: Path | None = None, quiet: bool = True) -> str:
    proc = subprocess.run(cmd, env={**os.environ, **(env or {})}, cwd=cwd, capture_output=True, text=True)
    if proc.returncode != 0:
        output = (proc.stdout + proc.stderr).strip()
        raise subprocess.CalledProcessError(proc.returncode, cmd, output=output)
    return proc.stdout


def pip(*args: str, env: dict | None = None) -> None:
    try:
        run([sys.executable, "-m", "pip", *args, "--disable-pip-version-check", "-q"], env=env)
    except subprocess.CalledProcessError as err:
        noise = "is ignored: it is neither a file nor a directory"
        fail(f"pip {' '.join(args[:3])} ... failed:\n" + "\n".join(
            line for line in err.output.splitlines() if noise not in line)[-3000:])


def wheel_tag_ok(path: Path) -> bool:
    return path.name.endswith("-none-any.whl")


# --- Pyodide ---------------------------------------------------------------------------------------

def fetch_pyodide() -> Path:
    """The npm package, unpacked once into the cache."""
    spec = CONFIG["pyodide"]["npm"]
    dest = CACHE / "npm" / spec.replace("/", "_")
    if (dest / "package" / "pyodide.mjs").is_file():
        return dest / "package"
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    say(f"fetching {spec} from npm ...")
    try:
        out = run(["npm", "pack", spec, "--silent"], cwd=dest).strip().splitlines()[-1]
    except FileNotFoundError:
        fail("npm is needed to fetch the Pyodide runtime (Debian: apt-get install npm)")
    except subprocess.CalledProcessError as err:
        fail(f"npm pack {spec} failed:\n{err.output[-2000:]}")
    with tarfile.open(dest / out) as tar:
        tar.extractall(dest, filter="data")
    return dest / "package"


def stage_pyodide(package: Path, dest: Path) -> dict:
    """Copy the runtime files; start the lock from Pyodide's own metadata with no packages in it.

    Pyodide's lock names 356 packages whose wheels live only on a CDN. Starting empty means the
    site can only ever load what this build put in it: every package the kernel and the lessons
    need is resolved from PyPI and copied into the site (see browser-requirements.txt).
    """
    dest.mkdir(parents=True, exist_ok=True)
    for name in CONFIG["pyodide"]["files"]:
        shutil.copy2(package / name, dest / name)
    lock = json.loads((package / "pyodide-lock.json").read_text())
    info = lock["info"]
    if not info["python"].startswith(PYODIDE_PYTHON + "."):
        fail(f"{CONFIG['pyodide']['npm']} runs Python {info['python']}, but the build expects {PYODIDE_PYTHON}")
    (dest / "pyodide-lock.json").write_text(json.dumps({"info": info, "packages": {}}, indent=1))
    return info


# --- wheels ----------------------------------------------------------------------------------------

def build_project_wheel(wheels: Path) -> Path:
    say("building the followup-edu wheel ...")
    # setuptools builds in build/lib and never deletes there: a module removed from the source
    # would still reach the browser
    for stale in [ROOT / "build" / "lib", *ROOT.glob("build/bdist.*")]:
        shutil.rmtree(stale, ignore_errors=True)
    pip("wheel", "--no-deps", str(ROOT), "-w", str(wheels))
    (wheel,) = wheels.glob("followup_edu-*.whl")
    if not wheel_tag_ok(wheel):
        fail(f"{wheel.name} is not a pure-Python wheel")
    return wheel


def pinned_entries(section: str, action: str, pins: dict[str, str]) -> Iterator[tuple[str, dict[str, Any], str]]:
    """Each package lite.toml lists under `section`, with its settings and pinned version."""
    for name, how in CONFIG.get(section, {}).items():
        version = pins.get(canonical(name))
        if not version:
            fail(f"lite.toml {action.format(name)}, but browser-requirements.txt does not pin it")
        yield name, how, version


def build_pure(pins: dict[str, str], wheels: Path) -> list[Path]:
    """Build the C-extension packages that have a pure-Python mode from their sdist."""
    built = []
    for name, how, version in pinned_entries("pure", "builds {} pure", pins):
        cached = CACHE / "pure" / f"{canonical(name)}-{version}"
        found = [p for p in cached.glob("*.whl") if wheel_tag_ok(p)] if cached.is_dir() else []
        if not found:
            say(f"building {name}=={version} as pure Python ({how['why']}) ...")
            shutil.rmtree(cached, ignore_errors=True)
            cached.mkdir(parents=True)
            settings = [f"--config-settings={c}" for c in how.get("config", [])]
            # --no-cache-dir: pip must not reuse a wheel it once built with the C extension
            pip("wheel", "--no-cache-dir", "--no-deps", "--no-binary", name, *settings, f"{name}=={version}",
                "-w", str(cached), env=how.get("env"))
            found = list(cached.glob("*.whl"))
            if not (found and all(wheel_tag_ok(p) for p in found)):
                fail(f"{name}=={version} did not build as pure Python (got {[p.name for p in found]})")
        for wheel in found:
            with zipfile.ZipFile(wheel) as zf:
                compiled = [n for n in zf.namelist() if n.endswith((".so", ".pyd", ".dylib"))]
            if compiled:
                fail(f"{wheel.name} contains compiled code: {compiled[:3]}")
            shutil.copy2(wheel, wheels / wheel.name)
            built.append(wheels / wheel.name)
    return built


def _record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def trim_wheels(pins: dict[str, str], wheels: Path) -> list[Path]:
    """Repack wheels without the files the course never reads (e.g. foreign dictionaries)."""
    trimmed = []
    for name, how, version in pinned_entries("trim", "trims {}", pins):
        download = CACHE / "download" / f"{canonical(name)}-{version}"
        if not list(download.glob("*.whl")):
            pip("download", "--no-deps", "--only-binary=:all:", f"{name}=={version}", "-d", str(download))
        (source,) = download.glob("*.whl")
        if not wheel_tag_ok(source):
            fail(f"{source.name} is not a pure-Python wheel")
        target = wheels / source.name
        record_lines, record_name, dropped = [], None, 0
        with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                member = info.filename
                if member.endswith(".dist-info/RECORD"):
                    record_name = member
                    continue
                if (any(fnmatch.fnmatch(member, pat) for pat in how.get("drop", []))
                        and not any(fnmatch.fnmatch(member, pat) for pat in how.get("keep", []))):
                    dropped += 1
                    continue
                data = zin.read(member)
                zout.writestr(info, data)
                record_lines.append(_record_line(member, data))
            missing = [pat for pat in how.get("keep", []) if not any(fnmatch.fnmatch(n, pat) for n in zout.namelist())]
            if missing:
                fail(f"{source.name} no longer contains {missing}; check lite.toml [trim.{name}]")
            record_lines.append(f"{record_name},,")
            zout.writestr(record_name, "\n".join(record_lines) + "\n")
        say(f"trimmed {source.name}: {source.stat().st_size / 1e6:.2f} MB -> {target.stat().st_size / 1e6:.2f} MB "
            f"({dropped} files dropped: {how['why']})")
        trimmed.append(target)
    return trimmed


# --- can every dependency run in the browser? ------------------------------------------------------

def _uv() -> str:
    import uv
    return uv.find_uv_bin()


def _uv_compile(requirements: list[str], work: Path, *, wasm: bool, no_deps: bool = False,
                constraints: list[str] = (), excludes: list[str] = ()) -> subprocess.CompletedProcess:
    work.mkdir(parents=True, exist_ok=True)
    req = work / "requirements.in"
    req.write_text("\n".join(requirements) + "\n")
    cmd = [_uv(), "pip", "compile", "--quiet", "--no-header", "--no-annotate", str(req)]
    if constraints:
        (work / "constraints.txt").write_text("\n".join(constraints) + "\n")
        cmd.append(f"--constraints={work / 'constraints.txt'}")
    if wasm:
        cmd += [f"--python-version={PYODIDE_PYTHON}", f"--python-platform={PYODIDE_PLATFORM}", "--no-build"]
    else:  # this machine's Python, so that uv never needs another interpreter to read an sdist
        cmd += [f"--python={sys.executable}"]
    if no_deps:
        cmd.append("--no-deps")
    if excludes:
        (work / "excludes.txt").write_text("\n".join(excludes) + "\n")
        cmd.append(f"--excludes={work / 'excludes.txt'}")
    return subprocess.run(cmd, capture_output=True, text=True)


def check_browser_deps(project_wheel: Path, local_wheels: list[Path], pins: dict[str, str], work: Path,
                       *, extra: list[str] = (), excludes: list[str] | None = None) -> None:
    """Fail with a clear message naming every dependency that has no wheel Pyodide can load.

    A C extension without a Pyodide wheel can still be left out of the browser if followup-edu
    runs without it (a pure-Python fallback): list it under [exclude] in lite.toml, with the reason.
    """
    excludes = list(CONFIG.get("exclude", {})) if excludes is None else excludes
    local = {canonical(p.name.split("-")[0]): p for p in local_wheels}
    requirements = [f"followup-edu @ {project_wheel.as_uri()}", *extra]
    requirements += [f"{name} @ {path.as_uri()}" for name, path in local.items() if name != "followup-edu"]
    constraints = [f"{name}=={version}" for name, version in pins.items() if name not in local]
    proc = _uv_compile(requirements, work / "wasm", wasm=True, constraints=constraints, excludes=excludes)
    if proc.returncode == 0:
        return
    # Name the culprits: resolve for this machine (where compiled wheels exist), then try each
    # distribution alone for Pyodide.
    host = _uv_compile(requirements, work / "host", wasm=False, constraints=constraints, excludes=excludes)
    if host.returncode != 0:
        fail("followup-edu's dependencies do not resolve at all:\n" + host.stderr[-3000:])
    culprits = []
    for line in host.stdout.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or " @ " in line:
            continue
        alone = _uv_compile([line], work / "one", wasm=True, no_deps=True)
        if alone.returncode != 0:
            culprits.append(line)
    if not culprits:
        fail("the dependencies do not resolve for Pyodide:\n" + proc.stderr[-3000:])
    names = ", ".join(culprits)
    fail(f"these dependencies have no wheel that runs in the browser (Pyodide, Python {PYODIDE_PYTHON}): "
         f"{names}.\nA C extension needs a pure-Python build (add it under [pure] in lite/lite.toml, as for "
         f"rapidfuzz) or, if followup_edu runs without it, an entry under [exclude] in lite/lite.toml saying "
         f"which fallback it uses.")


# --- the site --------------------------------------------------------------------------------------

#: the kernel JupyterLite offers; a notebook asking for another (python3) makes JupyterLab ask the
#: learner to pick one before anything runs
PYODIDE_KERNELSPEC = {"display_name": "Python (Pyodide)", "language": "python", "name": "python"}


def notebook_from_markdown(md: str) -> dict:
    return {"cells": [{"cell_type": "markdown", "id": "in-your-browser", "metadata": {}, "source": md}],
            "metadata": {"kernelspec": PYODIDE_KERNELSPEC, "language_info": {"name": "python"}},
            "nbformat": 4, "nbformat_minor": 5}


def stage_contents(files: Path) -> list[str]:
    """The lessons (never the nbgrader assignments) and the site's start page."""
    source = ROOT / "notebooks"
    # notebooks/README.md speaks to people with the repository (course.py, nbval); the start page
    # takes its place here
    shutil.copytree(source, files, ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__", "README.md"))
    lessons = sorted(files.rglob("*.ipynb"))
    if not lessons:
        fail("no notebooks found in notebooks/")
    for nb in lessons:
        notebook = json.loads(nb.read_text())
        notebook.setdefault("metadata", {})["kernelspec"] = PYODIDE_KERNELSPEC
        nb.write_text(json.dumps(notebook, indent=1, ensure_ascii=False) + "\n")
    start = CONFIG["site"]["start_page"]
    (files / start).write_text(json.dumps(notebook_from_markdown((LITE / "site" / "in-your-browser.md").read_text()),
                                          indent=1) + "\n")
    return [nb.relative_to(files).as_posix() for nb in lessons]


def write_config(src: Path, local_wheels: list[Path], pins: dict[str, str]) -> None:
    exclude = list(CONFIG.get("exclude", {}))
    local = {canonical(p.name.split("-")[0]) for p in local_wheels}
    specs = src.parent / "specs.txt"
    specs.write_text("".join(f"{n}=={v}\n" for n, v in sorted(pins.items()) if n not in local))
    lite_config = {
        "LiteBuildConfig": {
            "output_dir": str(SITE), "apps": ["lab"], "no_sourcemaps": True, "no_unused_shared_packages": True,
            "contents": ["files"],
        },
        "PyodideLockAddon": {
            "enabled": True, "specs": [f"-r {specs}"], "wheels": [str(p) for p in local_wheels],
            # the widget packages' Python halves only carry JavaScript the site already has
            "excludes_extra": ["jupyterlab-widgets", "widgetsnbextension", *exclude],
            "prefetch_extra": CONFIG["site"]["preload"],
        },
    }
    (src / "jupyter_lite_config.json").write_text(json.dumps(lite_config, indent=2))
    page_config = {
        "jupyter-lite-schema-version": 0,
        "jupyter-config-data": {
            "appName": "Follow-up email course",
            "exposeAppInBrowser": True,
            "disabledExtensions": ["@jupyterlab/apputils-extension:announcements"],
            "litePluginSettings": {"@jupyterlite/pyodide-kernel-extension:kernel": {"disablePyPIFallback": True}},
        },
    }
    (src / "jupyter-lite.json").write_text(json.dumps(page_config, indent=2))
    overrides = {
        # keep what learners type in the widgets when the notebook is saved
        "@jupyter-widgets/jupyterlab-manager:plugin": {"saveState": True},
        # lessons open in JupyterLab's notebook view; no "what's new" pop-up
        "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
    }
    (src / "overrides.json").write_text(json.dumps(overrides, indent=2))


def lite_build(src: Path) -> None:
    say("running jupyter lite build ...")
    jupyter = Path(sys.executable).with_name("jupyter")
    proc = subprocess.run([str(jupyter), "lite", "build", "--lite-dir", str(src)], cwd=src, capture_output=True,
                          text=True)
    (BUILD / "lite-build.log").write_text(proc.stdout + proc.stderr)
    errors = [line for line in (proc.stdout + proc.stderr).splitlines()
              if " FAIL" in line or "TaskError" in line or "TaskFailed" in line or line.startswith("Traceback")]
    if proc.returncode != 0 or errors:
        fail("jupyter lite build failed (log: build/lite/lite-build.log):\n" + "\n".join(errors[-20:])
             + "\n" + (proc.stderr[-2000:] if not errors else ""))


def prune_extensions() -> list[str]:
    """Leave out every federated extension the course does not use (e.g. jupyterlab_pygments)."""
    wanted = set(CONFIG["site"]["extensions"])
    config_path = SITE / "jupyter-lite.json"
    config = json.loads(config_path.read_text())
    data = config["jupyter-config-data"]
    dropped = [e["name"] for e in data.get("federated_extensions", []) if e["name"] not in wanted]
    data["federated_extensions"] = [e for e in data.get("federated_extensions", []) if e["name"] in wanted]
    missing = wanted - {e["name"] for e in data["federated_extensions"]}
    if missing:
        fail(f"the site lacks the JupyterLab extensions {sorted(missing)}")
    for name in dropped:
        shutil.rmtree(SITE / "extensions" / name)
        parent = (SITE / "extensions" / name).parent
        if parent != SITE / "extensions" and not any(parent.iterdir()):
            parent.rmdir()
    config_path.write_text(json.dumps(config, indent=2, sort_keys=True))
    return dropped


def drop_unused_files() -> int:
    """Fonts in formats no current browser asks for when a woff2 sits beside them."""
    removed = 0
    for font in (SITE / "build").glob("*"):
        if font.suffix in (".eot", ".ttf", ".svg") and font.with_suffix(".woff2").exists():
            removed += font.stat().st_size
            font.unlink()
    for name in ("rspack.config.js", "rspack.config.analyze.js", "rspack.config.watch.js"):
        if (SITE / name).exists():
            removed += (SITE / name).stat().st_size
            (SITE / name).unlink()
    return removed


def add_course_page_parts() -> None:
    """The start message and save buttons on the lab page; the site's root opens the start page."""
    static = SITE / "static" / "course"
    static.mkdir(parents=True, exist_ok=True)
    for name in ("course-lite.js", "course-lite.css"):
        shutil.copy2(LITE / "site" / name, static / name)
    lab_index = SITE / "lab" / "index.html"
    html = lab_index.read_text()
    tag = ('<link rel="stylesheet" href="../static/course/course-lite.css">\n'
           '    <script src="../static/course/course-lite.js"></script>\n  </head>')
    if "course-lite.js" not in html:
        if "</head>" not in html:
            fail("lab/index.html has no </head>; the start message cannot be added")
        html = html.replace("</head>", tag, 1)
    html = html.replace("Loading JupyterLite...", "Loading the course in your browser…")
    lab_index.write_text(html)
    # The root index.html must stay: every app page reads its jupyter-config-data. It only gets a
    # first step that opens the start page (JupyterLite's own would open an empty lab).
    start = CONFIG["site"]["start_page"]
    root_index = SITE / "index.html"
    html = root_index.read_text()
    opener = (f'<script>window.location.replace("lab/index.html?path={start}");</script>\n'
              f'    <noscript><a href="lab/index.html?path={start}">Open the course</a></noscript>\n    ')
    if "<head>" not in html:
        fail("index.html has no <head>; the start page cannot be opened first")
    if "location.replace(" not in html:
        html = html.replace("<head>", "<head>\n    " + opener, 1)
    root_index.write_text(html)
    # GitHub Pages published from a branch would otherwise run Jekyll over the site
    (SITE / ".nojekyll").write_text("")


def check_lock(pins: dict[str, str], local_wheels: list[Path]) -> dict:
    """Every package in the site's lock is one we pinned or built, and its wheel is in the site."""
    lock_path = SITE / "static" / "pyodide-lock" / "pyodide-lock.json"
    lock = json.loads(lock_path.read_text())
    kernel_wheels = {canonical(p.name.split("-")[0]) for p in
                     (SITE / "extensions" / "@jupyterlite" / "pyodide-kernel-extension" / "static" / "pypi").glob("*.whl")}
    allowed = set(pins) | {canonical(p.name.split("-")[0]) for p in local_wheels} | kernel_wheels
    problems = []
    for name, pkg in lock["packages"].items():
        if canonical(name) not in allowed:
            problems.append(f"{name} {pkg['version']} is not pinned in browser-requirements.txt")
        elif canonical(name) in pins and pkg["version"] != pins[canonical(name)]:
            problems.append(f"{name} resolved to {pkg['version']}, not the pinned {pins[canonical(name)]}")
        if "://" in pkg["file_name"]:
            problems.append(f"{name} would load from {pkg['file_name']} at run time")
        elif not (lock_path.parent / pkg["file_name"]).resolve().is_file():
            problems.append(f"{name}: {pkg['file_name']} is not in the site")
    for name in CONFIG.get("exclude", {}):
        if canonical(name) in {canonical(n) for n in lock["packages"]}:
            problems.append(f"{name} is excluded in lite.toml but still in the lock")
    if problems:
        fail("the site's package lock is not what browser-requirements.txt says:\n  " + "\n  ".join(problems))
    return lock


def site_report(lock: dict, lessons: list[str], seconds: float) -> None:
    files = [p for p in SITE.rglob("*") if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    wheels = [p for p in files if p.suffix == ".whl"]
    names = [canonical(p.name.split("-")[0]) for p in wheels]
    dupes = sorted({n for n in names if names.count(n) > 1} - {"widgetsnbextension"})
    if dupes:
        fail(f"the site holds more than one wheel of {dupes}")
    compressible = (".js", ".mjs", ".css", ".json", ".html", ".wasm", ".svg", ".ipynb", ".zip", ".map")
    gz = sum(len(gzip.compress(p.read_bytes(), 6)) if p.suffix in compressible else p.stat().st_size for p in files)
    say(f"built {SITE} in {seconds:.0f} s: {len(lessons)} lessons, {len(lock['packages'])} Python packages, "
        f"{len(files)} files, {total / 1e6:.1f} MB ({gz / 1e6:.1f} MB served with gzip)")
    say(f"try it: python3 -m http.server -d {SITE.relative_to(ROOT) if SITE.is_relative_to(ROOT) else SITE} "
        f"--bind 127.0.0.1 8000, then open http://127.0.0.1:8000/")


def main(argv: list[str]) -> int:
    started = time.monotonic()
    pins = read_pins()
    shutil.rmtree(WORK, ignore_errors=True)
    src, wheels = WORK / "src", WORK / "wheels"
    wheels.mkdir(parents=True)
    given = [a.split("=", 1)[1] for a in argv if a.startswith("--project-wheel=")]
    if given:  # check-deps on an already built wheel (the site's own, in tests)
        project = wheels / Path(given[0]).name
        shutil.copy2(given[0], project)
    else:
        project = build_project_wheel(wheels)
    local = [project, *build_pure(pins, wheels), *trim_wheels(pins, wheels)]
    if argv[:1] == ["check-deps"]:
        extra = [a.split("=", 1)[1] for a in argv[1:] if a.startswith("--extra=")]
        excludes = [a.split("=", 1)[1] for a in argv[1:] if a.startswith("--exclude=")]
        if "--ignore-excludes" not in argv:  # (tests: what would happen without lite.toml's [exclude])
            excludes += list(CONFIG.get("exclude", {}))
        check_browser_deps(project, local, pins, WORK / "uv", extra=extra, excludes=excludes)
        say("every dependency of followup-edu has a wheel that runs in the browser")
        return 0
    check_browser_deps(project, local, pins, WORK / "uv")
    stage_pyodide(fetch_pyodide(), src / "static" / "pyodide")
    lessons = stage_contents(src / "files")
    write_config(src, local, pins)
    shutil.rmtree(SITE, ignore_errors=True)
    lite_build(src)
    dropped = prune_extensions()
    if dropped:
        say(f"left out unused JupyterLab extensions: {', '.join(dropped)}")
    drop_unused_files()
    add_course_page_parts()
    lock = check_lock(pins, local)
    site_report(lock, lessons, time.monotonic() - started)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
