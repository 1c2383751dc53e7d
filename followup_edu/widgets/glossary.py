"""The glossary widget: type a word or phrase from the course and read what it means."""
from __future__ import annotations

from html import escape
from typing import Any

import ipywidgets as w

from ..glossary import Term, lookup
from . import _ui


class Glossary(w.VBox):
    def __init__(self, query: str = ""):
        self.query = _ui.text("Look up", query, placeholder="a word or phrase, e.g. placement")
        self.result = w.HTML()
        self.result.add_class("fe-glossary")
        self.shown: list[Term] = []
        super().__init__([self.query, self.result])
        self.add_class("fe-glossary-widget")
        self.query.observe(self.update, names="value")
        self.update()

    def update(self, change: Any = None) -> list[Term]:
        self.shown = lookup(self.query.value)
        if not self.shown:
            self.result.value = _ui.live("Not in the glossary yet. Try a shorter part of the phrase.")
            return self.shown
        self.result.value = _ui.live("<dl>" + "".join(
            f"<dt><strong>{escape(t.term)}</strong></dt><dd>{escape(t.means)} <em>“{escape(t.example)}”</em></dd>"
            for t in self.shown) + "</dl>")
        return self.shown
