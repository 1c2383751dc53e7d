"""Build followup_edu/data/guards.json: the literals each shipped phrase pattern needs (its guard,
and the further literal sets it also needs), and what
each of its tokens is searched for instead when it starts with \\b (patterns.rest_source), and
which slow tokens are searched one alternative at a time (patterns.part_sources). Run it before
tools/build_word_index.py, which compiles those alternatives ahead.

    .venv/bin/python tools/build_pattern_guards.py

Working the guards out of the expressions takes about as long as compiling them, so the
checker reads them from this file instead (keyed by each expression's SHA-1; an edited pattern
is simply not found and gets its guard worked out at run time). tests/test_patterns.py rebuilds
the file and compares bytes.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "followup_edu" / "data" / "guards.json"


def build() -> bytes:
    sys.path.insert(0, str(ROOT))
    from followup_edu import patterns, registry, vocabulary

    specs = [v for p in registry.principles() for k, v in p.data.items() if k.endswith("_pattern")]
    specs += [vocabulary.items(k) for k in vocabulary.KEYS if k.endswith("_pattern")]
    guards: dict[str, object] = {}
    for spec in specs:
        parts = patterns.part_sources(spec, derive=True)
        for src in [patterns.source(spec), *parts]:
            found = patterns.derive_guard(src)
            guards[patterns.source_key(src)] = sorted(found) if found else None
            more = patterns.derive_needs(src)
            if more:  # the further literal sets it needs (see patterns.needs)
                guards[patterns.NEEDS_PREFIX + patterns.source_key(src)] = [sorted(lits) for lits in more]
        for src in parts or [patterns.source(spec)]:
            # what each token (or a plain pattern) is searched for instead (see patterns.rest_source)
            guards.update(patterns.fast_entries(src))
        # the slow tokens searched one alternative at a time (see patterns.part_sources)
        guards.update(patterns.split_entries(spec))
    # and the expressions the modules search the same way (patterns.fast), as a check makes them
    from followup_edu import check_email
    from followup_edu.checks import registered

    registered()
    check_email("Thank you", "Dear Sam,\n\nThank you for the interview.\n\nBest regards,\nAlex", {"role": "Analyst"})
    for src in sorted(patterns.CODE_SOURCES):
        guards.update(patterns.fast_entries(src))
    return (json.dumps(dict(sorted(guards.items())), indent=0, ensure_ascii=False) + "\n").encode("utf-8")


def main() -> int:
    data = build()
    OUT.write_bytes(data)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(data) / 1e3:.1f} kB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
