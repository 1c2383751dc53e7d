"""Errors with messages meant for people, not tracebacks."""


class FollowupError(Exception):
    """Base class: the message is one clear line a user can act on."""


class ContextError(FollowupError, ValueError):
    """The interview context has an unknown key or a bad value."""

    def __init__(self, key: str, problem: str):
        self.key = key
        super().__init__(f"context key '{key}': {problem}")


class DraftError(FollowupError, ValueError):
    """The draft cannot be read (missing, undecodable, empty...)."""
