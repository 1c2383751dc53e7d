"""Grading the nbgrader course: scenarios, an isolated judge, cohort autograding and class reports.

Layout:
  scenarios.py / scenarios.toml  the facts of each assignment's scenario, as checker contexts
  cell.py        what a grade cell calls: ``expect(task, principle, subject, body)``
  judge.py       runs grade cells in a fresh interpreter that the student's kernel cannot reach
  preprocessor.py  the nbgrader autograde steps: the sandboxed execution, and the isolated
                   re-grade that asks the judge and rewrites grade-cell outputs
  sandbox.py     the bubblewrap sandbox every run of student code goes through, and its kernel
  launch.py      the first program inside the sandbox (copies the student's folder, sets limits)
  safe.py        strips active content from outputs before anyone views them
  cohort.py      ``followup-edu grade-cohort``: parallel ``nbgrader autograde --student X``
  report.py      ``followup-edu class-report``: per-principle pass rates (CSV, PNG, HTML)
  cli.py         ``register(subparsers)`` for the project's command line
"""
