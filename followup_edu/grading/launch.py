"""The first program inside the grading sandbox: copy the scratch work, set limits, start the kernel.

Run by :mod:`followup_edu.grading.sandbox` as ``python -I -S launch.py SPEC -- COMMAND...``
(standard library only, and by path, so nothing of the project is imported before the limits are
in place). SPEC is JSON: ``{"copy": [from, to], "limits": {name: value}}``. The student's own
folder is bound read-only at ``from``; it is copied into ``to``, a private size-limited tmpfs the
student may write to. Then the resource limits are set and COMMAND replaces this process.
"""
from __future__ import annotations

import json
import os
import resource
import shutil
import sys

_LIMITS = {
    "memory_bytes": resource.RLIMIT_AS,
    "cpu_seconds": resource.RLIMIT_CPU,
    "processes": resource.RLIMIT_NPROC,
    "file_bytes": resource.RLIMIT_FSIZE,
    "open_files": resource.RLIMIT_NOFILE,
    "core_bytes": resource.RLIMIT_CORE,
}


def main(argv: list[str]) -> int:
    spec = json.loads(argv[1])
    command = argv[argv.index("--") + 1:]
    src, dst = spec.get("copy") or (None, None)
    if src and dst and os.path.isdir(src):
        for entry in os.scandir(src):  # entry by entry: the tmpfs root itself is not ours to chmod
            target = os.path.join(dst, entry.name)
            if entry.is_dir(follow_symlinks=False):
                shutil.copytree(entry.path, target, symlinks=True)
            else:
                shutil.copy2(entry.path, target, follow_symlinks=False)
    for name, value in spec.get("limits", {}).items():
        hard = int(value) + 5 if name == "cpu_seconds" else int(value)  # SIGXCPU first, SIGKILL 5 s later
        resource.setrlimit(_LIMITS[name], (int(value), hard))
    os.chdir(spec.get("cwd") or dst or "/")
    os.execv(command[0], command)
    return 127  # not reached


if __name__ == "__main__":
    sys.exit(main(sys.argv))
