"""nbgrader configuration for the followup-edu course (run nbgrader commands from this folder)."""
c = get_config()  # noqa: F821 - provided by nbgrader

c.CourseDirectory.course_id = "followup-edu"
c.CourseDirectory.root = "."

# A student who deletes a grade cell gets it back before grading (nbgrader restores it from the
# gradebook); locked cells are restored anyway.
c.OverwriteCells.add_missing_cells = True

# The release replaces each model answer with this line; the empty strings above it stay.
c.ClearSolutions.code_stub = {"python": "# Write your answer in the strings above, then run this cell."}
c.ClearSolutions.text_stub = "YOUR ANSWER HERE"

# Kill a runaway cell (an infinite loop) instead of hanging the whole grading run.
c.Execute.timeout = 30
c.Execute.interrupt_on_timeout = True
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
from followup_edu.grading.preprocessor import IsolatedGrading, ResilientExecute  # noqa: E402

# ResilientExecute is nbgrader's Execute, but a kernel wrecked by the student's code does not stop
# grading: the notebook keeps the outputs it got and IsolatedGrading grades the answer strings.
c.Autograde.autograde_preprocessors = [
    ResilientExecute, IsolatedGrading, IgnorePattern, ClearMetadataPreprocessor, LimitOutput,
    SaveAutoGrades, AssignLatePenalties, CheckCellMetadata,
]
c.IsolatedGrading.extract_timeout = 30
c.IsolatedGrading.judge_timeout = 120

# Feedback must not show hidden tests: drop their source from the cells. Tracebacks cannot leak
# them either, because IsolatedGrading writes each failing cell's traceback as the advice alone.
from nbgrader.preprocessors import GetGrades  # noqa: E402
from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor  # noqa: E402

c.GenerateFeedback.preprocessors = [GetGrades, ClearHiddenTests, CSSHTMLHeaderPreprocessor]
