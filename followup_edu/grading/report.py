"""``followup-edu class-report``: which principles does the class miss most?

Reads the nbgrader gradebook (``nbgrader.api.Gradebook``): every grade cell's grade_id ends in
its principle id (``greeting``, ``priya-greeting``...), so each graded cell of each student is one
observation of one principle. A student whose autograde failed (no automatic or manual score)
is left out and counted separately. Writes ``principles.csv``, ``principles.png`` (matplotlib,
Agg) and ``index.html`` to ``reports/<assignment>/``.
"""
from __future__ import annotations

import csv
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ReportError
from ..registry import ids as principle_ids, principle


@dataclass
class PrincipleRow:
    principle: str
    title: str
    observations: int = 0      # graded cells (students x cells of this principle)
    full: int = 0
    partial: int = 0
    none: int = 0
    points: float = 0.0
    max_points: float = 0.0
    students: set = field(default_factory=set)

    @property
    def mean_credit(self) -> float:
        return self.points / self.max_points if self.max_points else 0.0

    @property
    def full_rate(self) -> float:
        return self.full / self.observations if self.observations else 0.0


@dataclass
class ClassReport:
    assignment: str
    rows: list[PrincipleRow]
    graded_students: list[str]
    ungraded_students: list[str]


def principle_of(grade_id: str) -> str | None:
    """The principle a grade_id names: the id itself or its last ``-`` part."""
    pid = grade_id.rsplit("-", 1)[-1]
    return pid if pid in principle_ids() else None


def collect(db_url: str, assignment: str) -> ClassReport:
    from nbgrader.api import Gradebook, MissingEntry

    with Gradebook(db_url) as gb:
        try:
            gb.find_assignment(assignment)
        except MissingEntry:
            raise ReportError(f"the gradebook has no assignment {assignment!r}; run nbgrader generate_assignment "
                              "and autograde first") from None
        rows: dict[str, PrincipleRow] = {}
        graded, ungraded = [], []
        for sub in gb.assignment_submissions(assignment):
            grades = [g for nb in sub.notebooks for g in nb.grades]
            if not grades or all(g.auto_score is None and g.manual_score is None for g in grades):
                ungraded.append(sub.student.id)
                continue
            graded.append(sub.student.id)
            for g in grades:
                pid = principle_of(g.name)
                if pid is None or (g.auto_score is None and g.manual_score is None):
                    continue
                row = rows.setdefault(pid, PrincipleRow(pid, principle(pid).title))
                score, top = float(g.score or 0.0), float(g.max_score or 0.0)
                row.observations += 1
                row.points += score
                row.max_points += top
                row.students.add(sub.student.id)
                if top and score >= top:
                    row.full += 1
                elif score > 0:
                    row.partial += 1
                else:
                    row.none += 1
    ordered = sorted(rows.values(), key=lambda r: (r.mean_credit, r.principle))
    return ClassReport(assignment, ordered, sorted(graded), sorted(ungraded))


def write_csv(report: ClassReport, path: Path) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["principle", "title", "students", "cells_graded", "full_credit", "partial_credit",
                    "no_credit", "full_credit_rate", "mean_credit"])
        for r in report.rows:
            w.writerow([r.principle, r.title, len(r.students), r.observations, r.full, r.partial, r.none,
                        f"{r.full_rate:.3f}", f"{r.mean_credit:.3f}"])


def write_plot(report: ClassReport, path: Path) -> None:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = list(reversed(report.rows))  # most-missed at the top
    labels = [r.principle for r in rows]
    n = [max(r.observations, 1) for r in rows]
    full = [r.full / k for r, k in zip(rows, n)]
    part = [r.partial / k for r, k in zip(rows, n)]
    none = [r.none / k for r, k in zip(rows, n)]
    fig, ax = plt.subplots(figsize=(8, 0.45 * len(rows) + 2.0))
    ax.barh(labels, full, color="#2e7d32", label="full credit")
    ax.barh(labels, part, left=full, color="#f9a825", label="partial credit")
    ax.barh(labels, none, left=[a + b for a, b in zip(full, part)], color="#c62828", label="no credit")
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
    ax.set_xlabel(f"share of graded answers ({len(report.graded_students)} students)")
    ax.set_title(f"{report.assignment}: principles, most missed at the top")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=3, fontsize="small", frameon=False)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def write_html(report: ClassReport, path: Path, image: str, table: str) -> None:
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("followup_edu.grading", "templates"),
                      autoescape=select_autoescape(["html", "j2"]))
    html = env.get_template("class_report.html.j2").render(report=report, image=image, table=table,
                                                           principle=principle)
    path.write_text(html, encoding="utf-8")


def build(course: Path, assignment: str, out: Path | None = None, db_url: str | None = None) -> tuple[ClassReport, Path]:
    course = Path(course).resolve()
    if db_url is None:
        db = course / "gradebook.db"
        if not db.is_file():
            raise ReportError(f"no gradebook at {db}; run this inside the course directory after autograding")
        db_url = f"sqlite:///{db}"
    report = collect(db_url, assignment)
    if not report.graded_students:
        raise ReportError(f"no autograded submissions of {assignment} yet; run followup-edu grade-cohort {assignment}")
    out = Path(out) if out else course / "reports" / assignment
    out.mkdir(parents=True, exist_ok=True)
    write_csv(report, out / "principles.csv")
    write_plot(report, out / "principles.png")
    write_html(report, out / "index.html", "principles.png", "principles.csv")
    return report, out


def main(args) -> int:
    try:
        report, out = build(Path(args.course_dir), args.assignment, args.out, args.db)
    except ReportError as exc:
        print(f"class-report: {exc}", file=sys.stderr)
        return 2
    print(f"{report.assignment}: {len(report.graded_students)} students graded"
          + (f", {len(report.ungraded_students)} not graded ({', '.join(report.ungraded_students)})"
             if report.ungraded_students else ""))
    print(f"{'principle':<16} {'full':>6} {'mean':>6}")
    for r in report.rows:
        print(f"{r.principle:<16} {r.full_rate:>6.0%} {r.mean_credit:>6.0%}")
    print(f"wrote {out / 'principles.csv'}, {out / 'principles.png'}, {out / 'index.html'}")
    return 0
