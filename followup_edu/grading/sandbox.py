"""Every run of a student's code during grading happens inside a bubblewrap sandbox.

nbgrader runs a submission in a kernel with the grader's rights, and ``IsolatedGrading`` runs the
student's cells once more to collect the answer strings. Both runs go through
:meth:`Sandbox.command`, which wraps the command in ``bwrap`` (Debian's ``bubblewrap``, the
sandbox Flatpak is built on) so that the student's code:

* sees the Python environment read-only, a private writable copy of its own notebook folder (a
  size-limited tmpfs at ``/submission``), an empty ``/tmp``, and nothing else: no course folder
  (``source/``, ``release/``, other students, ``gradebook.db``, config), no home directory;
* has no network (the kernel talks to nbgrader over ZMQ's ipc transport, through socket files in
  one private folder bound into the sandbox);
* starts from an empty environment (no grader variables);
* runs in its own PID namespace: when the command ends or is killed, every process it started dies
  with it (``--die-with-parent`` and the namespace's init);
* has limits on memory, CPU time, processes and threads, file size and open files
  (:mod:`.launch` sets them before the kernel starts);
* never runs as root: when grading runs as root, it drops to a throw-away uid first.

The limits are configurable traits (``c.Sandbox.memory_mb = 1024`` in ``nbgrader_config.py``).
``FOLLOWUP_EDU_SANDBOX=off`` in the environment (what ``grade-cohort --no-sandbox`` sets) grades
without the sandbox; otherwise a machine where bwrap is missing or cannot work refuses to grade
with one line saying how to fix it (:func:`problem`).
"""
from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from traitlets import Integer
from traitlets.config import Configurable

from ..errors import FollowupError

SCRATCH = "/submission"          # the student's writable copy of their folder, inside the sandbox
INBOX = "/run/submission"        # their folder as nbgrader left it, bound read-only
SWITCH = "FOLLOWUP_EDU_SANDBOX"  # "off" grades without the sandbox
_LAUNCH = Path(__file__).with_name("launch.py")
_UID_BASE = 2_000_000_000        # throw-away uids, far above any real account


class SandboxUnavailable(FollowupError):
    """Student code would run unsandboxed, and nobody asked for that."""


def enabled() -> bool:
    return os.environ.get(SWITCH, "").strip().lower() not in ("off", "0", "no", "false")


class Sandbox(Configurable):
    """The limits of one sandboxed run (configurable as ``c.Sandbox.<name>``)."""

    memory_mb = Integer(1536, help="address space per process, in MB (RLIMIT_AS)").tag(config=True)
    cpu_seconds = Integer(60, help="CPU time per process, in seconds (RLIMIT_CPU)").tag(config=True)
    processes = Integer(96, help="processes and threads of the student's code at once (RLIMIT_NPROC)").tag(config=True)
    file_mb = Integer(16, help="largest file the student's code may write, in MB (RLIMIT_FSIZE)").tag(config=True)
    scratch_mb = Integer(64, help="size of the writable notebook folder and of /tmp, in MB each").tag(config=True)
    open_files = Integer(256, help="open files per process (RLIMIT_NOFILE)").tag(config=True)
    cell_output_bytes = Integer(64_000, help="output kept per cell, in bytes").tag(config=True)
    notebook_output_bytes = Integer(512_000, help="output kept per notebook, in bytes").tag(config=True)

    def limits(self) -> dict[str, int]:
        return {"memory_bytes": self.memory_mb * 2**20, "cpu_seconds": self.cpu_seconds,
                "processes": self.processes + _own_tasks(), "file_bytes": self.file_mb * 2**20,
                "open_files": self.open_files, "core_bytes": 0}

    def reason(self, kind: str) -> str:
        """The one line a student reads when their code hits a limit."""
        return {
            "memory": f"Grading stopped this cell: your code asked for more than {self.memory_mb} MB of memory.",
            "processes": f"Grading stopped this cell: your code started more than {self.processes} processes "
                         "or threads.",
            "file": f"Grading stopped this cell: your code wrote a file larger than {self.file_mb} MB "
                    f"(or more than {self.scratch_mb} MB in all).",
            "cpu": f"Grading stopped your code here: it used more than {self.cpu_seconds} s of processor time, "
                   "or stopped the notebook itself. The cells below did not run; your answers are still graded.",
            "output": f"Output cut here: a cell may show at most {self.cell_output_bytes // 1000} kB and a "
                      f"notebook {self.notebook_output_bytes // 1000} kB.",
        }[kind]

    def command(self, argv: list[str], *, folder: str | None = None, writable: tuple[str, ...] = (),
                uid: int | None = None) -> list[str]:
        """``argv`` wrapped so that it runs in the sandbox, from a writable copy of ``folder``."""
        bwrap = shutil.which("bwrap")
        if bwrap is None:
            raise SandboxUnavailable(problem() or "bwrap is missing")
        size = str(self.scratch_mb * 2**20)
        cmd = [bwrap, "--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts", "--unshare-cgroup-try",
               "--die-with-parent", "--new-session", "--clearenv"]
        if os.geteuid() != 0:
            cmd.append("--unshare-user")
        else:  # root: keep only what is needed to drop to the throw-away uid, then drop that too
            cmd += ["--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID", "--cap-add", "CAP_SETPCAP"]
        for key, value in _environment().items():
            cmd += ["--setenv", key, value]
        cmd += _system_binds()
        cmd += ["--proc", "/proc", "--dev", "/dev",
                "--perms", "1777", "--size", size, "--tmpfs", "/tmp",
                "--perms", "0777", "--size", size, "--tmpfs", SCRATCH]
        binds = [("--ro-bind", p, p) for p in _python_paths()]
        if folder:
            binds.append(("--ro-bind", os.path.realpath(folder), INBOX))
        binds += [("--bind", p, p) for p in writable]
        made = {"/", "/tmp", SCRATCH}
        for how, src, dst in binds:
            # bwrap would make missing parents private (0700), out of reach of the unprivileged uid
            for parent in reversed(Path(dst).parents):
                if str(parent) not in made and not str(parent).startswith("/usr"):
                    made.add(str(parent))
                    cmd += ["--perms", "0755", "--dir", str(parent)]
            cmd += [how, src, dst]
        cmd += ["--remount-ro", "/"]  # the sandbox's own root: nothing to write outside /tmp and /submission
        cmd.append("--")
        if uid is not None:
            cmd += [shutil.which("setpriv") or "/usr/bin/setpriv", f"--reuid={uid}", f"--regid={uid}",
                    "--clear-groups", "--no-new-privs", "--inh-caps=-all", "--bounding-set=-all", "--"]
        spec = {"copy": [INBOX, SCRATCH] if folder else None, "cwd": SCRATCH, "limits": self.limits()}
        return cmd + [sys.executable, "-I", "-S", str(_LAUNCH), json.dumps(spec), "--", *argv]


def throwaway_uid() -> int | None:
    """The uid student code runs as when grading runs as root (one per grading process), else None."""
    if os.geteuid() != 0:
        return None
    return _UID_BASE + os.getpid() % 1_000_000


def private_dir(prefix: str, uid: int | None) -> str:
    """A fresh folder under /tmp that only the grader and the sandbox's uid (by group) can use.

    It stays owned by the grader, so once sealed (:func:`seal`) the student cannot make it
    writable again: nothing can then be added to it from inside the sandbox.
    """
    path = tempfile.mkdtemp(prefix=prefix)
    if uid is not None:
        os.chown(path, 0, uid)
        os.chmod(path, 0o770)
    return path


def seal(path: str, uid: int | None) -> None:
    """No new files in ``path`` from the sandbox (as root; a non-root grader's folder is the student's too)."""
    if uid is not None:
        os.chmod(path, 0o550)


def answer_file(folder: str, uid: int | None) -> str:
    """The one file the re-run may write, bound alone into the sandbox (its size is capped by RLIMIT_FSIZE)."""
    path = os.path.join(folder, "answers.json")
    with open(path, "w", encoding="utf-8"):
        pass
    if uid is not None:
        os.chown(path, uid, uid)
    return path


def _own_tasks() -> int:
    """Processes and threads this (non-root) user already runs: RLIMIT_NPROC counts them all."""
    if os.geteuid() == 0:
        return 0
    me, count = str(os.getuid()), 0
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
                fields = dict(line.split(":", 1) for line in fh if ":" in line)
        except OSError:
            continue
        if fields.get("Uid", "").split()[:1] == [me]:
            count += int(fields.get("Threads", "1").strip() or 1)
    return count


def _environment() -> dict[str, str]:
    """All the student's code gets: no grader variables, nothing that points into the course."""
    bindir = os.path.dirname(sys.executable)
    return {"PATH": f"{bindir}:/usr/local/bin:/usr/bin:/bin", "HOME": "/tmp", "USER": "student",
            "LOGNAME": "student", "LANG": "C.UTF-8", "TMPDIR": "/tmp", "PYTHONIOENCODING": "utf-8",
            "PYTHONDONTWRITEBYTECODE": "1", "MPLBACKEND": "Agg", "MPLCONFIGDIR": "/tmp/.matplotlib",
            "IPYTHONDIR": "/tmp/.ipython", "JUPYTER_CONFIG_DIR": "/tmp/.jupyter",
            "JUPYTER_DATA_DIR": "/tmp/.jupyter-data", "JUPYTER_RUNTIME_DIR": "/tmp/.jupyter-runtime",
            "NBGRADER_EXECUTION": "autograde"}


@functools.lru_cache(maxsize=1)
def _system_binds() -> tuple[str, ...]:
    out = ["--ro-bind", "/usr", "/usr"]
    for top in ("bin", "sbin", "lib", "lib32", "lib64", "libx32"):
        path = Path("/") / top
        if path.is_symlink():
            out += ["--symlink", os.readlink(path), str(path)]
        elif path.is_dir():
            out += ["--ro-bind", str(path), str(path)]
    for etc in ("/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/ld.so.conf.d", "/etc/localtime", "/etc/alternatives"):
        out += ["--ro-bind-try", etc, etc]
    return tuple(out)


@functools.lru_cache(maxsize=1)
def _python_paths() -> tuple[str, ...]:
    """The interpreter, its environment and this package (an editable install lives elsewhere)."""
    here = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))  # .../followup_edu
    found = {os.path.realpath(p) for p in (sys.prefix, sys.exec_prefix, sys.base_prefix, sys.base_exec_prefix,
                                            os.path.dirname(os.path.dirname(os.path.realpath(sys.executable))),
                                            here)}
    found = {p for p in found if p != "/" and not p.startswith("/usr/") and p != "/usr"}
    keep = sorted(p for p in found if not any(p != q and p.startswith(q + os.sep) for q in found))
    return tuple(keep)


def fix_hint(skip: str) -> str:
    return f"or {skip} to grade without a sandbox (student code then runs with your rights)"


@functools.lru_cache(maxsize=1)
def problem() -> str | None:
    """Why student code cannot be sandboxed on this machine, in one line; None when it can."""
    if shutil.which("bwrap") is None:
        return "bubblewrap is not installed: install it (Debian/Ubuntu: apt-get install bubblewrap)"
    if os.geteuid() == 0 and shutil.which("setpriv") is None:
        return "setpriv is missing: install util-linux"
    try:
        proc = subprocess.run(Sandbox().command([sys.executable, "-I", "-S", "-c", "pass"], uid=throwaway_uid()),
                              capture_output=True, text=True, timeout=30, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"bubblewrap could not start ({exc})"
    if proc.returncode != 0:
        why = (proc.stderr.strip().splitlines() or ["no message"])[-1]
        return (f"bubblewrap cannot make a sandbox here ({why}); user namespaces may be disabled: allow them "
                "(sysctl kernel.unprivileged_userns_clone=1) or grade in a container that permits them")
    return None


def refuse_without_sandbox(**_: object) -> None:
    """nbgrader's pre-convert hook for autograde: stop with one line when student code would run bare."""
    if enabled() and problem():
        raise SystemExit(f"[autograde] cannot sandbox student code: {problem()}; "
                         + fix_hint(f"set {SWITCH}=off"))


# --- the kernel nbgrader runs the submission in -------------------------------------------------

from jupyter_client.manager import AsyncKernelManager  # noqa: E402


class SandboxedKernelManager(AsyncKernelManager):
    """A kernel started inside the sandbox, reached over ipc sockets in one private folder.

    nbgrader asks for the kernel to start in the student's folder (``cwd``); here that folder is
    bound read-only into the sandbox and copied to its writable ``/submission``, and the real
    process starts from the private runtime folder instead. Shutting down kills the sandbox, and
    with it every process the student's code started.
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.sandbox = Sandbox(config=self.config)
        self._uid = throwaway_uid()
        self._runtime = private_dir("followup-kernel-", self._uid)
        self.transport = "ipc"
        self.connection_file = os.path.join(self._runtime, "kernel.json")
        self.ip = os.path.join(self._runtime, "k")

    async def _async_pre_start_kernel(self, **kw):
        cmd, kw = await super()._async_pre_start_kernel(**kw)
        if self._uid is not None:
            os.chown(self.connection_file, 0, self._uid)
            os.chmod(self.connection_file, 0o640)
        cmd = self.sandbox.command(cmd, folder=kw.get("cwd"), writable=(self._runtime,), uid=self._uid)
        kw["cwd"] = self._runtime
        kw["env"] = {"PATH": os.environ.get("PATH", "")}
        return cmd, kw

    pre_start_kernel = _async_pre_start_kernel  # an async manager's public names are its coroutines

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        await super()._async_cleanup_resources(restart=restart)
        if not restart:
            shutil.rmtree(self._runtime, ignore_errors=True)

    cleanup_resources = _async_cleanup_resources

    async def _async_interrupt_kernel(self) -> None:
        # A signal to the bwrap process would not reach the kernel (own session, own PID
        # namespace): ask the kernel itself, over its control channel, to interrupt the cell.
        if self.kernel_spec is not None:
            self.kernel_spec.interrupt_mode = "message"
        await super()._async_interrupt_kernel()

    interrupt_kernel = _async_interrupt_kernel

    def seal(self) -> None:
        """Called once the kernel is ready (its sockets exist, no student code has run yet)."""
        seal(self._runtime, self._uid)
