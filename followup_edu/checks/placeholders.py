"""placeholders: unfilled template tokens ([Company Name], {role}, XXX, "Interviewer's Name", "Your Name").

Source: the course articles offer templates and warn against copying them word for word.
"""
from __future__ import annotations

import re

from ._common import finding


def check(draft, ctx, p):
    out = []
    seen: set[tuple[int, int]] = set()
    for field, text in (("subject", draft.subject), ("body", draft.body)):
        for key, flags in (("bracket_pattern", 0), ("token_pattern", 0), ("label_pattern", 0),
                           ("phrase_pattern", re.IGNORECASE | re.MULTILINE)):
            for m in p.pattern(key, flags).finditer(text):
                if (field, m.start()) in seen:
                    continue
                seen.add((field, m.start()))
                out.append(finding(p, "fail", "found", (m.start(), m.end()), field=field, quote=m.group().strip()))
                if len(out) >= 8:
                    return out
    return out or [finding(p, "pass", "pass")]
