"""Errors with messages meant for people, not tracebacks. Every error the package raises on
purpose derives from :class:`FollowupError`, so a caller (the CLI, a widget) catches one root and
shows ``str(exc)``, or reads the attributes each error keeps, without parsing its text."""
from __future__ import annotations


class FollowupError(Exception):
    """Base class: the message is one clear line a user can act on."""


class ContextError(FollowupError, ValueError):
    """The interview context has an unknown key or a bad value."""

    def __init__(self, key: str, problem: str):
        self.key = key
        self.problem = problem
        super().__init__(f"context key '{key}': {problem}")


class DraftError(FollowupError, ValueError):
    """The draft cannot be read (missing, undecodable, empty...)."""


class RegistryError(FollowupError, ValueError):
    """The principle registry or the shared vocabulary is malformed; ``key`` names the culprit."""

    def __init__(self, message: str, key: str | None = None):
        self.key = key
        super().__init__(message)


class CohortError(FollowupError):
    """Grading a cohort cannot start (no course here, no such assignment, no submissions)."""


class ReportError(FollowupError):
    """A class report cannot be made (no gradebook, nothing autograded yet)."""


class GradingError(FollowupError, RuntimeError):
    """The isolated judge of a notebook failed (timed out, crashed, answered the wrong cells)."""
