"""followup-edu: learn, practise and grade the follow-up email after a job interview.

>>> from followup_edu import check_email
>>> report = check_email("Thank you – Junior Data Analyst interview", "Dear Priya, ...")
>>> report.score, [f.status for f in report.findings]
"""
from .api import check_email, check_emails, explain
from .context import Context
from .errors import ContextError, DraftError, FollowupError, RegistryError
from .model import Finding, PanelReport, Report
from .registry import ids as principle_ids, principle, principles

__all__ = [
    "check_email", "check_emails", "explain", "Context", "ContextError", "DraftError",
    "FollowupError", "RegistryError", "Finding", "PanelReport", "Report", "principle", "principle_ids", "principles",
]
__version__ = "0.1.0"
