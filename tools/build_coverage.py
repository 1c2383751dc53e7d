"""Write the coverage table of notebooks/README.md: every piece of advice (data/advice.toml) to its
lesson, its check and the graded cells that judge it, with the deliberate gaps named.

    python tools/build_coverage.py           # rewrite the table between the markers
    python tools/build_coverage.py --check   # exit 1 if the table is out of date
"""
from __future__ import annotations

import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from followup_edu.grading.scenarios import task, task_ids  # noqa: E402

README = ROOT / "notebooks" / "README.md"
START, END = "<!-- coverage:start (tools/build_coverage.py) -->", "<!-- coverage:end -->"


def advice() -> list[dict]:
    return tomllib.loads((ROOT / "followup_edu" / "data" / "advice.toml").read_text("utf-8"))["advice"]


def graded_cells() -> dict[str, list[str]]:
    """principle id -> the assignments' grade cells that grade it (``task/grade_id``)."""
    out: dict[str, list[str]] = {}
    for t in task_ids():
        for grade_id, pid, _key, _points in task(t).grade_cells():
            out.setdefault(pid, []).append(f"{t}/{grade_id}")
    return out


def table() -> str:
    cells = graded_cells()
    rows = ["| Advice | Lesson | Check | Graded in | Gap, on purpose |", "|---|---|---|---|---|"]
    items = advice()
    for a in items:
        check = a.get("check", "")
        graded = cells.get(check, []) if check else []
        shown = ", ".join(f"`{c}`" for c in graded[:3]) + (f" and {len(graded) - 3} more" if len(graded) > 3 else "")
        rows.append(f"| {a['text']} | [{a['lesson'][:2]}]({a['lesson']}.ipynb) | {f'`{check}`' if check else '–'} "
                    f"| {shown or '–'} | {a.get('gap', '')} |")
    checked = sum(1 for a in items if a.get("check"))
    graded_n = sum(1 for a in items if cells.get(a.get("check", "")))
    summary = (f"{len(items)} pieces of advice: all taught, {checked} checked by the checker, {graded_n} graded "
               "in the assignments. Every other row names why, on purpose.")
    return "\n".join([START, "", summary, "", *rows, "", END])


def render(readme: str) -> str:
    if START in readme:
        head, rest = readme.split(START, 1)
        tail = rest.split(END, 1)[1]
        return head + table() + tail
    return readme.rstrip("\n") + "\n\n## Coverage: every piece of advice, where it is taught, checked and graded\n\n" + table() + "\n"


def main(argv: list[str]) -> int:
    text = README.read_text("utf-8")
    new = render(text)
    if "--check" in argv:
        if new != text:
            print("notebooks/README.md: the coverage table is out of date; run python tools/build_coverage.py")
            return 1
        return 0
    README.write_text(new, "utf-8")
    print(f"wrote the coverage table to {README.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
