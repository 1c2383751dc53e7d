"""Shared test settings."""
import os

# Quizzes show their choices in the data file's order in tests (learners get a per-learner shuffle);
# set before any kernel or JupyterLab is started, so notebooks run by nbval and the browser agree.
os.environ.setdefault("FOLLOWUP_EDU_QUIZ_ORDER", "fixed")
