"""nbgrader configuration for the followup-edu course (run nbgrader commands from this folder)."""
import os
import sys

c = get_config()  # noqa: F821 - provided by nbgrader
HERE = os.path.dirname(os.path.abspath(__file__))  # the course folder, wherever it is copied

c.CourseDirectory.course_id = "followup-edu"
c.CourseDirectory.root = HERE
# The exchange (release_assignment, collect, release_feedback) lives inside the course unless the
# machine has a shared one (JupyterHub: the grader's environment sets FOLLOWUP_EDU_EXCHANGE).
c.Exchange.root = os.environ.get("FOLLOWUP_EDU_EXCHANGE") or os.path.join(HERE, "exchange")

# A student who deletes a grade cell gets it back before grading (nbgrader restores it from the
# gradebook); locked cells are restored anyway.
c.OverwriteCells.add_missing_cells = True

# The release replaces each model answer with this line; the empty strings above it stay.
c.ClearSolutions.code_stub = {"python": "# Write your answer in the strings above, then run this cell."}
c.ClearSolutions.text_stub = "YOUR ANSWER HERE"

# Kill a runaway cell (an infinite loop) instead of hanging the whole grading run.
c.Execute.timeout = 30
c.Execute.interrupt_on_timeout = True
c.Execute.error_on_timeout = {"ename": "CellTimeoutError", "evalue": "",
                              "traceback": ["Grading stopped this cell: it ran for more than 30 s."]}
# Huge output is cut down before it reaches the autograded notebook and the feedback.
c.LimitOutput.max_lines = 200
c.LimitOutput.max_traceback = 30

# Grade out of the student kernel's reach: after the notebook runs, IsolatedGrading re-runs the
# grade cells in a fresh interpreter that sees only the student's answer strings, and replaces
# the kernel's grade-cell outputs with its verdicts (see followup_edu/grading/preprocessor.py).
from nbgrader.preprocessors import (  # noqa: E402
    AssignLatePenalties, CheckCellMetadata, ClearHiddenTests, IgnorePattern, LimitOutput,
    SaveAutoGrades,
)
from nbconvert.preprocessors import ClearMetadataPreprocessor  # noqa: E402
from followup_edu.grading.preprocessor import IsolatedGrading, SandboxedExecute  # noqa: E402
from followup_edu.grading.safe import SafeOutputs  # noqa: E402
from followup_edu.grading.sandbox import refuse_without_sandbox  # noqa: E402

# SandboxedExecute is nbgrader's Execute with the kernel inside a bubblewrap sandbox (the student's
# code sees only a copy of its own folder, no network, no course files, limits on memory, CPU,
# processes and output; see followup_edu/grading/sandbox.py), and a kernel wrecked by the student's
# code does not stop grading. IsolatedGrading re-runs the student's cells in the same sandbox.
# Without a usable sandbox, autograde refuses (FOLLOWUP_EDU_SANDBOX=off grades unsandboxed).
c.Autograde.pre_convert_hook = refuse_without_sandbox   # the formgrader's Autograde button
if sys.argv[1:2] == ["autograde"]:                      # `nbgrader autograde`: before it touches anything
    refuse_without_sandbox()
c.Autograde.autograde_preprocessors = [
    SandboxedExecute, IsolatedGrading, SafeOutputs, IgnorePattern, ClearMetadataPreprocessor, LimitOutput,
    SaveAutoGrades, AssignLatePenalties, CheckCellMetadata,
]
# Resource limits of the sandbox (defaults shown): memory, CPU time and file size per process,
# processes and threads at once, size of the writable folder and of /tmp, output kept.
c.Sandbox.memory_mb = 1536
c.Sandbox.cpu_seconds = 60
c.Sandbox.processes = 96
c.Sandbox.file_mb = 16
c.Sandbox.scratch_mb = 64
c.Sandbox.cell_output_bytes = 64_000
c.Sandbox.notebook_output_bytes = 512_000
c.IsolatedGrading.extract_timeout = 30
c.IsolatedGrading.judge_timeout = 120

# Feedback must not show hidden tests: drop their source from the cells. Tracebacks cannot leak
# them either, because IsolatedGrading writes each failing cell's traceback as the advice alone.
from nbgrader.preprocessors import GetGrades  # noqa: E402
from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor  # noqa: E402

c.GenerateFeedback.preprocessors = [GetGrades, ClearHiddenTests, SafeOutputs, CSSHTMLHeaderPreprocessor]

# No active content from a student reaches a viewer: SafeOutputs (above, before the autograded
# notebook is saved, and again for feedback) keeps only text and pictures from student outputs
# and cleans students' Markdown; the feedback page and the formgrader also render with nbconvert's
# sanitiser on.
c.HTMLExporter.sanitize_html = True
