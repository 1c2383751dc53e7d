"""How the checker writes numbers in its messages: "1 paragraph", "3 paragraphs", "2 days and
7 hours". Public, so the lessons' widgets can say things the same way."""
from __future__ import annotations


def plural(n: int, word: str, many: str | None = None) -> str:
    """``n`` and the word, singular for exactly one: ``plural(1, "paragraph")`` -> "1 paragraph"."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


def duration(hours: float) -> str:
    """A span of time as a person would say it: "40 minutes", "5 hours", "2 days and 7 hours",
    "9 days" (minutes under an hour, hours under two days, then days, with the hours while it is
    under a week)."""
    if hours < 1:
        minutes = round(hours * 60)
        return "less than a minute" if minutes < 1 else plural(minutes, "minute")
    if hours < 48:
        return plural(round(hours), "hour")
    days, rest = divmod(round(hours), 24)
    if days < 7 and rest:
        return f"{plural(days, 'day')} and {plural(rest, 'hour')}"
    return plural(round(hours / 24), "day")
