"""Shared test settings."""
import os

# Quizzes show their choices in the data file's order in tests (learners get a per-learner shuffle);
# set before any kernel or JupyterLab is started, so notebooks run by nbval and the browser agree.
os.environ.setdefault("FOLLOWUP_EDU_QUIZ_ORDER", "fixed")

#: Figures measured by tests (e.g. the browser test's keystroke latency), printed in the summary
#: so they show in every run's output, not only with -s or -rP.
FIGURES: list[str] = []


def pytest_terminal_summary(terminalreporter):
    if FIGURES:
        terminalreporter.section("measured figures")
        for line in FIGURES:
            terminalreporter.write_line(line)
