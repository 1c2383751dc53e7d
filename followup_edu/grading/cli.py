"""Command-line wiring for the grading commands.

The project's CLI calls :func:`register` with its ``add_subparsers()`` object and then dispatches
``args.func(args)``; each handler returns an exit code.
"""
from __future__ import annotations

import argparse
import os


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--jobs wants a whole number, not {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError("--jobs must be at least 1")
    return n


def register(subparsers) -> None:
    """Add ``grade-cohort`` and ``class-report`` to an argparse subparsers object."""
    p = subparsers.add_parser(
        "grade-cohort",
        help="autograde every submitted student of an assignment, in parallel",
        description="Run `nbgrader autograde ASSIGNMENT --student X` for every student under "
                    "submitted/, several at a time, then print a summary table and the failures. "
                    "Run it inside the course directory (where nbgrader_config.py is). Safe to re-run.",
    )
    p.add_argument("assignment", help="assignment name, e.g. thank_you_email")
    p.add_argument("--jobs", "-j", type=_jobs, default=max(1, (os.cpu_count() or 2)),
                   help="how many students to grade at once (default: number of CPUs)")
    p.add_argument("--course-dir", default=".", help="the nbgrader course directory (default: .)")
    p.add_argument("--student", action="append", default=None, metavar="ID",
                   help="grade only this student (repeatable)")
    p.add_argument("--force", action="store_true",
                   help="regrade students who are already autograded (default: grade only new or resubmitted ones)")
    p.add_argument("--timeout", type=float, default=600.0,
                   help="seconds allowed for one student's autograde before it is reported as failed (default: 600)")
    p.add_argument("--no-progress", action="store_true", help="do not show the progress bar")
    p.add_argument("--feedback", action="store_true",
                   help="then write each graded student's feedback page to feedback/<student>/<assignment>/ "
                        "(for students placed in submitted/ by hand)")
    p.add_argument("--no-sandbox", action="store_true",
                   help="grade even where bubblewrap cannot sandbox student code (their code then runs with "
                        "your rights; every result is marked unsandboxed)")
    p.set_defaults(func=_grade_cohort)

    r = subparsers.add_parser(
        "class-report",
        help="per-principle pass rates across the cohort (CSV, PNG plot, HTML page)",
        description="Read the nbgrader gradebook and show, for each principle, how many students "
                    "earned its points, so you see which principles the class misses most.",
    )
    r.add_argument("assignment", help="assignment name, e.g. thank_you_email")
    r.add_argument("--course-dir", default=".", help="the nbgrader course directory (default: .)")
    r.add_argument("--out", default=None,
                   help="output folder (default: <course-dir>/reports/<assignment>)")
    r.add_argument("--db", default=None,
                   help="gradebook URL (default: sqlite:///<course-dir>/gradebook.db)")
    r.set_defaults(func=_class_report)


def _grade_cohort(args: argparse.Namespace) -> int:
    from .cohort import main
    return main(args)


def _class_report(args: argparse.Namespace) -> int:
    from .report import main
    return main(args)

