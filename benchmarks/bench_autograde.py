"""How long does grading take, and what does the sandbox cost? Run by hand (minutes); prints figures.

    .venv/bin/python benchmarks/bench_autograde.py                  # 3 repeats, cohort of 100
    .venv/bin/python benchmarks/bench_autograde.py --cohort 20 --repeat 2
    .venv/bin/python benchmarks/bench_autograde.py --cohort 0       # per-notebook figures only

In temporary copies of the course it measures (median of ``--repeat`` runs, each a fresh
``nbgrader autograde`` process):

* nbgrader's own floor: a notebook with one answer cell and one trivial test, autograded by stock
  nbgrader (a course folder whose config names only the course);
* the same notebook under the course's configuration, sandboxed (the default) and with
  ``FOLLOWUP_EDU_SANDBOX=off``: the sandbox's cost per notebook, as a ratio to the floor
  (target: sandboxed at most 1.3x the floor);
* one submission of ``thank_you_email`` (13 grade cells, isolated grading), sandboxed and not;
* the isolated-grading step alone (sandboxed re-run of the student's cells + the judge), in-process;
* a cohort of ``--cohort`` simulated students (strong, weak, unchanged, template) graded by
  ``grade-cohort`` with --jobs 1 and --jobs 2: wall time, seconds per student, speed-up.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_notebook

ROOT = Path(__file__).resolve().parents[1]
TASK = "thank_you_email"
FLOOR = "floor"
WEAK = {"subject": "Interview", "body": (
    "Hi Priya,\n\nThanks for the interview today. I liked hearing about the dashboards and I think I could "
    "do the job well. I have done some data cleaning before for a food bank.\n\nLet me know.\n\nJordan")}
TEMPLATE = {"subject": "Thank you – [Job Title] interview", "body": (
    "Dear [Interviewer Name],\n\nThank you for meeting with me on [date] about the [Job Title] position at "
    "[Company]. I enjoyed learning about [specific topic].\n\nBest regards,\n[Your Name]")}


def nbgrader(course: Path, *args: str, sandbox: bool = True) -> float:
    env = dict(os.environ, PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
    env.pop("FOLLOWUP_EDU_SANDBOX", None)
    if not sandbox:
        env["FOLLOWUP_EDU_SANDBOX"] = "off"
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "nbgrader", *args], cwd=course, env=env,
                          capture_output=True, text=True)
    took = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"nbgrader {' '.join(args)} failed:\n{proc.stderr[-3000:]}")
    return took


def floor_notebook() -> nbformat.NotebookNode:
    meta = lambda gid, **kw: {"nbgrader": {"grade_id": gid, "schema_version": 3, **kw}}  # noqa: E731
    return new_notebook(cells=[
        new_code_cell("answer = 0\n### BEGIN SOLUTION\nanswer = 1\n### END SOLUTION",
                      metadata=meta("answer", grade=False, solution=True, locked=False)),
        new_code_cell('"""Is there an answer?"""\nassert True', metadata=meta("trivial", grade=True, solution=False,
                                                                             locked=True, points=1)),
    ], metadata={"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}})


def setup(tmp: Path) -> tuple[Path, Path]:
    course = tmp / "course"
    course.mkdir()
    shutil.copy(ROOT / "assignments" / "nbgrader_config.py", course)
    shutil.copytree(ROOT / "assignments" / "source" / TASK, course / "source" / TASK)
    stock = tmp / "stock"
    stock.mkdir()
    (stock / "nbgrader_config.py").write_text('c = get_config()\nc.CourseDirectory.course_id = "stock"\n'
                                              f'c.CourseDirectory.root = {str(stock)!r}\n')
    for folder in (course, stock):
        (folder / "source" / FLOOR).mkdir(parents=True)
        nbformat.write(floor_notebook(), folder / "source" / FLOOR / f"{FLOOR}.ipynb")
    for a in (TASK, FLOOR):
        nbgrader(course, "generate_assignment", a)
    nbgrader(stock, "generate_assignment", FLOOR)
    return course, stock


def per_submission(course: Path, stock: Path, repeat: int) -> dict[str, list[float]]:
    from followup_edu.grading import simulate

    src = nbformat.read(course / "source" / TASK / f"{TASK}.ipynb", as_version=4)
    rel = nbformat.read(course / "release" / TASK / f"{TASK}.ipynb", as_version=4)
    simulate.submit(course, TASK, "bench", simulate.answered(rel, simulate.model_answers(src)))
    for folder in (course, stock):
        floor_rel = nbformat.read(folder / "release" / FLOOR / f"{FLOOR}.ipynb", as_version=4)
        simulate.submit(folder, FLOOR, "bench", floor_rel)
    runs = {"floor": (stock, FLOOR, True), "floor-sandboxed": (course, FLOOR, True),
            "floor-unsandboxed": (course, FLOOR, False), "task-sandboxed": (course, TASK, True),
            "task-unsandboxed": (course, TASK, False)}
    times: dict[str, list[float]] = {k: [] for k in runs}
    for _ in range(repeat):  # interleaved, so a change in machine load touches every figure alike
        for key, (folder, a, sandbox) in runs.items():
            times[key].append(nbgrader(folder, "autograde", a, "--student", "bench", "--force", sandbox=sandbox))
    return times


def isolated_step(course: Path, repeat: int) -> list[float]:
    from followup_edu.grading import simulate
    from followup_edu.grading.preprocessor import IsolatedGrading

    src = nbformat.read(course / "source" / TASK / f"{TASK}.ipynb", as_version=4)
    nb = simulate.answered(simulate.released(src), simulate.model_answers(src))
    out = []
    for _ in range(repeat):
        copy = nbformat.from_dict(nb)
        start = time.perf_counter()
        IsolatedGrading().preprocess(copy, {"nbgrader": {"notebook": TASK}})
        out.append(time.perf_counter() - start)
    return out


def cohort(course: Path, n: int, jobs: int) -> tuple[float, int]:
    from followup_edu.grading import simulate
    from followup_edu.grading.cohort import grade_cohort

    src = nbformat.read(course / "source" / TASK / f"{TASK}.ipynb", as_version=4)
    rel = nbformat.read(course / "release" / TASK / f"{TASK}.ipynb", as_version=4)
    kinds = [simulate.answered(rel, simulate.model_answers(src)), simulate.answered(rel, WEAK),
             simulate.unchanged(rel), simulate.answered(rel, TEMPLATE)]
    for i in range(n):
        simulate.submit(course, TASK, f"s{i:03d}", kinds[i % len(kinds)])
    start = time.perf_counter()
    outcomes = grade_cohort(course, TASK, jobs=jobs, students=[f"s{i:03d}" for i in range(n)], force=True)
    took = time.perf_counter() - start
    return took, sum(o.status == "failed" for o in outcomes)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="runs per single-submission figure (default 3)")
    ap.add_argument("--cohort", type=int, default=100, help="simulated students in the cohort run (default 100)")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="job counts to compare (default 1 2)")
    args = ap.parse_args()
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at start")
    with tempfile.TemporaryDirectory(prefix="bench-autograde-") as tmp:
        course, stock = setup(Path(tmp))
        times = per_submission(course, stock, args.repeat)
        iso = isolated_step(course, args.repeat)
        med = {k: statistics.median(v) for k, v in times.items()}
        f = med["floor"]
        print(f"\nautograde one submission (median of {args.repeat}, whole `nbgrader autograde` process):")
        print(f"  nbgrader's own floor (stock config, 1 trivial test)  {f:6.2f} s")
        for key, label in (("floor-unsandboxed", "same notebook, course config, no sandbox"),
                           ("floor-sandboxed", "same notebook, course config, sandboxed"),
                           ("task-unsandboxed", f"{TASK} (13 principles), no sandbox"),
                           ("task-sandboxed", f"{TASK} (13 principles), sandboxed")):
            print(f"  {label:<52} {med[key]:6.2f} s   (x{med[key] / f:.2f} of the floor)")
        print(f"  sandbox cost per notebook (floor notebook)           {med['floor-sandboxed'] - med['floor-unsandboxed']:+6.2f} s")
        print(f"  isolated-grading step alone, sandboxed               {statistics.median(iso):6.2f} s   (re-run cells + judge)")
        if not args.cohort:
            return 0
        print(f"\ncohort of {args.cohort} simulated students:")
        base = None
        for jobs in args.jobs:
            took, failed = cohort(course, args.cohort, jobs)
            base = base or took
            print(f"  --jobs {jobs}: {took:7.1f} s wall, {took / args.cohort:5.2f} s/student, "
                  f"speed-up x{base / took:.2f}, {failed} failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
