"""The course in the browser with no server: the JupyterLite site that ``python3 course.py lite`` builds.

- The checker's own tests (a fast subset) run on CPython against the very wheels the site ships
  (pure-Python rapidfuzz and markupsafe, the English-only dictionary, the packaged followup_edu),
  so a change that breaks the browser build fails here without a browser.
- The build refuses a dependency that cannot run in the browser, and names it.
- Debian's Chromium opens the built site from a server on 127.0.0.1 with every other host cut off
  (a refusing proxy logs any attempt, from pages, workers or service workers), runs every lesson it
  finds, and checks: no cell errors, every widget renders, the live checker gives feedback, the
  save buttons download the email and the notebook, and nothing tried to leave the machine. It
  prints page-ready, kernel-idle, first-open transfer and check times.

Skipped when _site/ is not built or /usr/bin/chromium is missing, except under CI=true, where both
are failures (.ci/run builds the site and installs Chromium). FOLLOWUP_EDU_LITE_FIGURES=1 adds a
second visit (everything cached) to the figures.
"""
from __future__ import annotations

import gzip
import http.server
import json
import os
import socketserver
import statistics
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
SITE = Path(os.environ.get("FOLLOWUP_EDU_SITE", ROOT / "_site"))
LOCK = SITE / "static" / "pyodide-lock" / "pyodide-lock.json"
LITE_CONFIG = tomllib.loads((ROOT / "lite" / "lite.toml").read_text())
BUILD_PYTHON = ROOT / "build" / "lite" / "venv" / "bin" / "python"
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
IN_CI = os.environ.get("CI", "").lower() == "true"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic", "--disable-default-apps",
                 "--disable-domain-reliability", "--disable-client-side-phishing-detection",
                 "--metrics-recording-only", "--no-pings", "--no-service-autorun", "--password-store=basic",
                 "--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,Translate"]
# Chromium's own services (component updates, form autofill, sign-in), which it calls whatever the
# page is; the site never does. Any other host reaching the proxy fails the test.
CHROMIUM_OWN_HOSTS = {"update.googleapis.com", "accounts.google.com", "content-autofill.googleapis.com",
                      "clients2.google.com", "optimizationguide-pa.googleapis.com", "redirector.gvt1.com",
                      "edgedl.me.gvt1.com", "dl.google.com", "clientservices.googleapis.com",
                      "safebrowsing.googleapis.com", "safebrowsingohttpgateway.googleapis.com",
                      "chromewebstore.googleapis.com", "passwordsleakcheck-pa.googleapis.com"}
# The checker's tests that the browser's builds must pass: judgement, parsing, rendering, widgets.
PURE_SUBSET = ["test_examples.py", "test_core.py", "test_judgement.py", "test_render_html.py",
               "test_schedule.py", "test_widgets.py"]


def _missing(what: str, how: str) -> None:
    if IN_CI:
        pytest.fail(f"{what} is missing under CI=true; {how}")
    pytest.skip(f"{what} is missing ({how})")


def _need_site() -> dict:
    if not ((SITE / "index.html").is_file() and LOCK.is_file()):
        _missing(f"the in-browser site {SITE}", "`python3 course.py lite` builds it; .ci/run must run it first")
    return json.loads(LOCK.read_text())


def _closure(lock: dict, name: str) -> list[str]:
    """``name`` and everything it depends on in the site's lock."""
    seen, todo = [], [name]
    while todo:
        pkg = todo.pop()
        if pkg not in seen:
            seen.append(pkg)
            todo += lock["packages"][pkg]["depends"]
    return seen


# --- the browser's builds on CPython ---------------------------------------------------------------

def test_checker_tests_pass_with_the_wheels_the_browser_loads(tmp_path):
    """Do the checker's tests pass on CPython with exactly the site's wheels (pure builds included)?"""
    lock = _need_site()
    packages = _closure(lock, "followup-edu")
    prefix = tmp_path / "browser-packages"
    for name in packages:
        wheel = (LOCK.parent / lock["packages"][name]["file_name"]).resolve()
        with zipfile.ZipFile(wheel) as zf:
            compiled = [n for n in zf.namelist() if n.endswith((".so", ".pyd"))]
            assert not compiled, f"{wheel.name} carries compiled code the browser cannot load: {compiled[:3]}"
            zf.extractall(prefix)
    # What the browser leaves out (lite.toml [exclude]) cannot be imported here either.
    blocked = sorted({mod for how in LITE_CONFIG.get("exclude", {}).values() for mod in how.get("imports", [])})
    (prefix / "sitecustomize.py").write_text(
        "import sys\n"
        f"_BLOCKED = {blocked!r}\n"
        "class _NotInTheBrowser:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in _BLOCKED:\n"
        "            raise ModuleNotFoundError(f'{name} is not in the browser build', name=name)\n"
        "sys.meta_path.insert(0, _NotInTheBrowser())\n")
    env = {k: v for k, v in os.environ.items() if k != "RAPIDFUZZ_IMPLEMENTATION"}
    env["PYTHONPATH"] = str(prefix)
    probe = subprocess.run([sys.executable, "-c", (
        "import json, followup_edu, rapidfuzz, markupsafe, rapidfuzz.fuzz as f, sys\n"
        "print(json.dumps({'followup_edu': followup_edu.__file__, 'rapidfuzz': rapidfuzz.__file__,\n"
        "  'markupsafe': markupsafe.__file__,\n"
        "  'ratio': f.ratio.__module__, 'speedups': 'markupsafe._speedups' in sys.modules}))")],
        cwd=prefix, env=env, capture_output=True, text=True)
    assert probe.returncode == 0, probe.stderr
    where = json.loads(probe.stdout)
    for mod in ("followup_edu", "rapidfuzz", "markupsafe"):
        assert Path(where[mod]).is_relative_to(prefix), f"{mod} came from {where[mod]}, not the site's wheel"
    assert where["ratio"].endswith("_py"), where["ratio"]  # rapidfuzz's pure-Python scorer
    assert not where["speedups"]
    # the checker reads its own prebuilt word index: no spell-checker package rides along
    assert "pyspellchecker" not in packages, packages

    tests = [str(ROOT / "tests" / name) for name in PURE_SUBSET if (ROOT / "tests" / name).exists()]
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "pytest", *tests, "-q", "-x", "-p", "no:cacheprovider",
                           "-o", "addopts=", "--rootdir", str(ROOT)],
                          cwd=prefix, env=env, capture_output=True, text=True, timeout=600)
    print(f"\nchecker tests on the browser's pure builds: {proc.stdout.strip().splitlines()[-1]} "
          f"({time.monotonic() - started:.1f} s)")
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]


@pytest.mark.slow
def test_build_refuses_a_dependency_the_browser_cannot_load():
    """Does the build stop, naming it, when a dependency is a C extension with no Pyodide wheel?"""
    if not BUILD_PYTHON.exists():
        _missing("the build environment build/lite/venv", "`python3 course.py lite` creates it")
    lock = _need_site()
    wheel = (LOCK.parent / lock["packages"]["followup-edu"]["file_name"]).resolve()
    env = dict(os.environ, FOLLOWUP_EDU_LITE_IN_VENV="1")
    cmd = [str(BUILD_PYTHON), str(ROOT / "lite" / "build.py"), "check-deps", f"--project-wheel={wheel}"]
    # pyahocorasick is a C extension with wheels for CPython only: without lite.toml's [exclude]
    # entry for it, a dependency on it stops the build.
    bad = subprocess.run([*cmd, "--extra=pyahocorasick==2.3.1", "--ignore-excludes"], env=env, capture_output=True,
                         text=True, timeout=300)
    assert bad.returncode != 0, bad.stdout
    message = bad.stderr
    assert "pyahocorasick" in message and "no wheel that runs in the browser" in message, message
    assert "Traceback" not in message, message
    # Control: with the [exclude] entry (followup_edu uses its pure-Python fallback), the same
    # requirements pass, so the failure above was about pyahocorasick alone.
    excluded = subprocess.run([*cmd, "--extra=pyahocorasick==2.3.1"], env=env, capture_output=True, text=True,
                              timeout=300)
    assert excluded.returncode == 0, excluded.stdout + excluded.stderr


# --- the site in a real browser, offline -----------------------------------------------------------

class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves _site/ like a static host that compresses text (as GitHub Pages does), counting bytes."""
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".mjs": "text/javascript", ".whl": "application/zip",
                      ".json": "application/json", ".ipynb": "application/json", ".js": "text/javascript"}
    compressible = (".js", ".mjs", ".css", ".json", ".html", ".wasm", ".svg", ".ipynb", ".zip", ".txt", ".md")
    stats: dict = {}
    gz_cache: dict = {}
    lock = threading.Lock()

    def log_message(self, *args):  # keep the test output readable
        pass

    def end_headers(self):
        self.send_header("Cache-Control", "max-age=3600")
        super().end_headers()

    def do_GET(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (path.is_file() and accepts and path.suffix in self.compressible):
            super().do_GET()
            size = path.stat().st_size if path.is_file() else 0
            self._count(size, size)
            return
        with self.lock:
            body = self.gz_cache.get(path)
            if body is None:
                body = self.gz_cache[path] = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self._count(len(body), path.stat().st_size)

    def _count(self, sent: int, raw: int) -> None:
        with self.lock:
            self.stats["requests"] = self.stats.get("requests", 0) + 1
            self.stats["sent"] = self.stats.get("sent", 0) + sent
            self.stats["raw"] = self.stats.get("raw", 0) + raw


class _RefusingProxy(socketserver.ThreadingTCPServer):
    """Every request that is not for the site reaches this proxy, which logs it and refuses it."""
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self):
        self.attempts: list[str] = []
        proxy = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self):
                try:
                    line = self.rfile.readline(8192).decode("latin-1").strip()
                except OSError:
                    return
                if line:
                    proxy.attempts.append(line)
                try:
                    self.wfile.write(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                except OSError:
                    pass

        super().__init__(("127.0.0.1", 0), Handler)


@pytest.fixture(scope="module")
def served_site():
    """The site on 127.0.0.1 and a refusing proxy for everything else; yields (base_url, handler, proxy)."""
    _need_site()
    if not CHROMIUM.exists():
        _missing("/usr/bin/chromium", "apt-get install chromium; .ci/run installs it")
    pytest.importorskip("playwright.sync_api")

    class Handler(_SiteHandler):
        stats: dict = {}
        gz_cache: dict = {}

        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(SITE), **kwargs)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    proxy = _RefusingProxy()
    threads = [threading.Thread(target=s.serve_forever, daemon=True) for s in (server, proxy)]
    for t in threads:
        t.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", Handler, proxy
    finally:
        for s in (server, proxy):
            s.shutdown()
            s.server_close()


def _lessons() -> list[str]:
    start = LITE_CONFIG["site"]["start_page"]
    names = sorted(p.name for p in (SITE / "files").glob("*.ipynb") if p.name != start)
    assert names, "the site carries no lessons"
    return names


KERNEL_IDLE = """() => {
    const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;
    const s = w && w.sessionContext;
    return !!(s && s.session && s.session.kernel && s.session.kernel.status === 'idle' && !s.isRestarting);
}"""

NOTEBOOK_STATE = """() => {
    const panel = window.jupyterapp.shell.currentWidget;
    const cells = panel.content.model.cells;
    const state = {path: panel.context.path, code: 0, run: 0, pending: 0, errors: [], widgetViews: 0};
    for (let i = 0; i < cells.length; i++) {
        const cell = cells.get(i);
        if (cell.type !== 'code') continue;
        state.code += 1;
        const count = cell.executionCount;
        if (count) state.run += 1;
        const outputs = cell.outputs.toJSON();
        for (const out of outputs) {
            if (out.output_type === 'error') state.errors.push(`cell ${i}: ${out.ename}: ${out.evalue}`);
            if (out.data && out.data['application/vnd.jupyter.widget-view+json']) state.widgetViews += 1;
        }
    }
    const node = panel.node;
    state.rendered = node.querySelectorAll('.jp-OutputArea-output .jupyter-widgets').length;
    state.broken = node.innerText.includes('Error displaying widget');
    state.running = node.querySelectorAll('.jp-InputPrompt').length
        && [...node.querySelectorAll('.jp-InputPrompt')].some(p => p.textContent.includes('[*]'));
    return state;
}"""


def _wait(page, script: str, timeout_s: float, what: str, arg=None) -> float:
    started = time.monotonic()
    try:
        page.wait_for_function(script, arg=arg, timeout=timeout_s * 1000, polling=200)
    except Exception as err:  # playwright's TimeoutError
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "lite-failure.png"))
        dialog = page.locator(".jp-Dialog").all_inner_texts()
        pytest.fail(f"{what} did not happen within {timeout_s:.0f} s ({type(err).__name__}); dialogs: {dialog}; "
                    "screenshot: test-artifacts/lite-failure.png")
    return time.monotonic() - started


def _run_all(page) -> None:
    page.locator(".lm-MenuBar-item", has_text="Run").first.click()
    page.locator(".lm-Menu-item[data-command='runmenu:run-all']").click()


@pytest.mark.browser
@pytest.mark.slow
def test_every_lesson_runs_in_the_browser_offline(served_site, tmp_path):
    """Does every lesson run in Chromium from the static site, with nothing leaving 127.0.0.1?"""
    from playwright.sync_api import expect, sync_playwright

    base, handler, proxy = served_site
    ARTIFACTS.mkdir(exist_ok=True)
    lessons = _lessons()
    figures: dict[str, float] = {}
    off_host: list[str] = []
    host = urlsplit(base).netloc

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM), headless=True,
            args=[*CHROMIUM_ARGS, f"--proxy-server=http://127.0.0.1:{proxy.server_address[1]}",
                  f"--proxy-bypass-list=127.0.0.1:{urlsplit(base).port}"])
        context = browser.new_context(viewport={"width": 1280, "height": 1000}, accept_downloads=True)
        # Watch (not route: routing would switch off the HTTP cache) every request of the pages and
        # their workers; anything not for the site also meets the refusing proxy.
        context.on("request", lambda r: urlsplit(r.url).netloc != host and r.url.startswith(("http", "ws"))
                   and off_host.append(r.url))
        page = context.new_page()
        page.set_default_timeout(30_000)
        try:
            # First open, nothing cached: the start page, the banner, then an idle kernel.
            handler.stats.clear()
            t0 = time.monotonic()
            page.goto(f"{base}/", wait_until="domcontentloaded")
            page.wait_for_selector(".jp-NotebookPanel .jp-Cell", timeout=90_000)
            figures["page ready"] = time.monotonic() - t0
            expect(page.locator(".jp-NotebookPanel").first).to_contain_text("Where your work is kept")
            banner = page.locator("#fe-lite-banner")
            # The banner is up while Python starts (unless the kernel beat this check to idle).
            if not page.evaluate(KERNEL_IDLE):
                expect(banner).to_be_visible()
                expect(banner).to_contain_text("Starting Python in your browser")
            figures["kernel idle"] = figures["page ready"] + _wait(page, KERNEL_IDLE, 180, "the first kernel start")
            expect(banner).to_be_hidden()
            figures["first-open MB sent"] = handler.stats.get("sent", 0) / 1e6
            figures["first-open MB raw"] = handler.stats.get("raw", 0) / 1e6
            figures["first-open requests"] = handler.stats.get("requests", 0)
            page.screenshot(path=str(ARTIFACTS / "lite-start-page.png"))

            # Every lesson: open it, Run All, no errors, every widget view rendered. The lessons share
            # the start page's kernel (a kernel start costs 15-30 s of CPU here, Run All 3-9 s); each
            # lesson's independence from the others is nbval's job on CPython.
            kernel = page.evaluate("() => { const k = window.jupyterapp.shell.currentWidget.sessionContext"
                                   ".session.kernel; return {id: k.id, name: k.name}; }")
            per_lesson = {}
            checker_lesson = None
            for name in lessons:
                t1 = time.monotonic()
                page.evaluate("async ([p, k]) => { await window.jupyterapp.commands.execute('docmanager:open',"
                              " {path: p, kernel: k}); }", [name, kernel])
                _wait(page, "p => { const w = window.jupyterapp.shell.currentWidget;"
                            " return !!(w && w.context && w.context.path === p); }", 30, f"opening {name}", arg=name)
                _wait(page, KERNEL_IDLE, 120, f"the kernel of {name} to start")
                idle = time.monotonic() - t1
                _run_all(page)
                # Done when every code cell has run, nothing is queued and the kernel is idle again.
                page.wait_for_timeout(300)
                _wait(page, f"""() => {{ const s = ({NOTEBOOK_STATE})();
                                 return s.run === s.code && !s.running && ({KERNEL_IDLE})(); }}""",
                      180, f"Run All in {name}")
                page.wait_for_timeout(500)  # let the last widget views attach
                state = page.evaluate(NOTEBOOK_STATE)
                assert not state["errors"], f"{name}: {state['errors']}"
                assert not state["broken"], f"{name}: a widget failed to display"
                assert state["rendered"] >= state["widgetViews"], f"{name}: {state}"
                per_lesson[name] = (idle, time.monotonic() - t1 - idle)
                if checker_lesson is None and page.locator(".jp-NotebookPanel:visible .fe-live-checker").count():
                    checker_lesson = name
                    checker_page_state = state
                    _exercise_live_checker(page, figures, tmp_path)
                # Save (into the browser's storage, as a learner's autosave would) and close.
                page.evaluate("""async () => { const w = window.jupyterapp.shell.currentWidget;
                                   await w.context.save(); w.close(); }""")
            assert checker_lesson, "no lesson showed the live checker"
            assert checker_page_state["widgetViews"] > 0
            assert len(per_lesson) == len(lessons)

            # Control: the guard sees a request that tries to leave, from the page and from a worker
            # (where the kernel runs). ".invalid" names no host anywhere; the proxy refuses it.
            page.evaluate("""async () => {
                await fetch('http://guard-check-page.invalid/x').catch(() => null);
                const src = "fetch('http://guard-check-worker.invalid/x').catch(() => null)"
                          + ".finally(() => postMessage('done'))";
                const worker = new Worker(URL.createObjectURL(new Blob([src], {type: 'text/javascript'})));
                await new Promise(resolve => { worker.onmessage = resolve; setTimeout(resolve, 10000); });
                worker.terminate();
            }""")
            controls = [a for a in proxy.attempts if "guard-check-" in a]
            assert any("guard-check-page.invalid" in a for a in controls), proxy.attempts
            assert any("guard-check-worker.invalid" in a for a in controls), proxy.attempts
            proxy.attempts[:] = [a for a in proxy.attempts if "guard-check-" not in a]
            off_host[:] = [u for u in off_host if "guard-check-" not in u]

            # A second visit (FOLLOWUP_EDU_LITE_FIGURES=1; it adds a kernel start, 25-40 s here): the
            # browser has the files cached; a new kernel starts.
            if os.environ.get("FOLLOWUP_EDU_LITE_FIGURES") == "1":
                handler.stats.clear()
                t2 = time.monotonic()
                page.goto(f"{base}/", wait_until="domcontentloaded")
                page.wait_for_selector(".jp-NotebookPanel .jp-Cell", timeout=60_000)
                _wait(page, KERNEL_IDLE, 120, "the kernel start on a second visit")
                figures["second visit kernel idle"] = time.monotonic() - t2
                figures["second visit MB sent"] = handler.stats.get("sent", 0) / 1e6
        finally:
            context.close()
            browser.close()

    print("\nJupyterLite site, headless Chromium, 2 cores:")
    print(f"  first open: page ready {figures['page ready']:.1f} s, kernel idle {figures['kernel idle']:.1f} s, "
          f"{figures['first-open MB sent']:.1f} MB sent with gzip ({figures['first-open MB raw']:.1f} MB of files, "
          f"{figures['first-open requests']:.0f} requests)")
    if "second visit kernel idle" in figures:
        print(f"  second visit: kernel idle {figures['second visit kernel idle']:.1f} s, "
              f"{figures['second visit MB sent']:.1f} MB sent")
    print(f"  live checker ({checker_lesson}): first check {figures['first check ms']:.0f} ms, "
          f"warm check median {figures['warm check ms']:.0f} ms (typing to feedback on screen)"
          + (" ; check_email in Pyodide: first {:.0f} ms, then {:.0f} ms".format(*figures["check in Pyodide ms"])
             if "check in Pyodide ms" in figures else ""))
    for name, (idle, run) in per_lesson.items():
        print(f"  {name}: open {idle:.1f} s, Run All {run:.1f} s")
    site_attempts = [a for a in proxy.attempts if a.split()[1].split("://")[-1].split(":")[0].split("/")[0]
                     not in CHROMIUM_OWN_HOSTS]
    print(f"  off the machine: {len(off_host)} requests from the site, {len(site_attempts)} others at the proxy "
          f"({len(proxy.attempts) - len(site_attempts)} of Chromium's own services, refused and ignored)")
    assert not off_host, f"the site's pages or workers tried to leave the machine: {off_host}"
    assert not site_attempts, f"requests tried to leave the machine: {site_attempts}"


def _exercise_live_checker(page, figures: dict, tmp_path: Path) -> None:
    """Type a draft into the live checker, time its feedback, and save the email and the notebook."""
    from playwright.sync_api import expect

    checker = page.locator(".jp-NotebookPanel:visible .fe-live-checker").first
    subject = checker.locator(".fe-subject input, input.fe-subject").first
    body = checker.locator(".fe-body-input textarea, textarea.fe-body-input").first
    status = checker.locator(".fe-status-line")
    result = checker.locator(".fe-result")
    expect(body).to_be_visible()
    subject.fill("Thank you – Junior Data Analyst interview – Jordan Lee")

    in_python: list[float] = []

    def time_to_feedback(text: str) -> float:
        words = len(text.split())
        t = time.monotonic()
        body.fill(text)
        # data-tokens counts every piece typed, so it changes with each new draft
        status.locator(f".fe-wordcount[data-tokens='{words}']").wait_for(state="attached", timeout=30_000)
        elapsed = (time.monotonic() - t) * 1000
        shown = status.locator(".fe-ms")  # the checker's own time in Pyodide, when the widget shows it
        if shown.count():
            in_python.append(float(shown.first.get_attribute("data-ms") or "nan"))
        return elapsed

    weak = "Hey there,\n\nThanks for the chat. I really need this job!!!\n\njordan"
    figures["first check ms"] = time_to_feedback(weak)
    expect(result).not_to_be_empty()
    expect(status).not_to_contain_text("Waiting")
    warm = []
    for i in range(5):
        warm.append(time_to_feedback(weak + " Thanks again" + " again" * (i + 1) + "."))
    figures["warm check ms"] = statistics.median(warm)
    if in_python:
        figures["check in Pyodide ms"] = (in_python[0], statistics.median(in_python[1:] or in_python))
    draft = body.input_value()

    # One click saves the email as text, and another the notebook.
    save_email = page.locator("#fe-lite-tools .fe-lite-save-email")
    expect(save_email).to_be_visible()
    with page.expect_download() as info:
        save_email.click()
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(saved)
    text = saved.read_text()
    assert text.startswith("Subject: Thank you – Junior Data Analyst interview – Jordan Lee\n\n"), text[:200]
    assert draft.strip() in text
    with page.expect_download() as info:
        page.locator("#fe-lite-tools .fe-lite-save-notebook").click()
    assert info.value.suggested_filename.endswith(".ipynb"), info.value.suggested_filename
    notebook = tmp_path / info.value.suggested_filename
    info.value.save_as(notebook)
    assert json.loads(notebook.read_text())["cells"]
    checker.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "lite-live-checker.png"))
