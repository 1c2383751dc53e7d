"""Lay out the source notebooks of the course from the scenarios (followup_edu/grading/scenarios.toml).

Run once to (re)create source/<task>/<task>.ipynb: python tools/build_source.py [--force]
After that, source/ is the thing instructors edit (in JupyterLab with the nbgrader toolbar); this
script refuses to overwrite an existing notebook unless given --force. Grade cells get their points
from the principle registry, so re-run it with --force after changing a weight in principles.toml.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from followup_edu.grading.scenarios import task as get_task, task_ids

HERE = Path(__file__).resolve().parent.parent

MODELS = {}
MODELS["thank_you_email"] = {
"subject": "Thank you – Junior Data Analyst interview",
"body": """Dear Priya,

Thank you for taking the time to speak with me this morning about the Junior Data Analyst role at Northwind Analytics. I enjoyed hearing about the team's plan to move month-end sales reporting out of spreadsheets and into automated dashboards.

I would like to add one example to my answer about messy data. When I cleaned survey data for a campus food bank, I wrote a short checklist for duplicate and missing responses, and the cleaned data cut the time to prepare each monthly summary in half. I also recently finished a SQL certificate, which I would be glad to put to work on the dashboard project.

The mentoring programme for new analysts sounds like exactly the environment where I would learn quickly and contribute. I am very interested in the role and look forward to hearing about the next steps.

Best regards,
Jordan Lee
"""}
MODELS["subject_lines"] = {
"thank_you_subject": "Thank you – Junior Data Analyst interview, Jordan Lee",
"second_follow_up_subject": "Following up on the Junior Data Analyst interview – Jordan Lee",
"after_rejection_subject": "Thank you for the update on the Junior Data Analyst role",
"internal_subject": "Thank you – Inventory Coordinator interview",
}
MODELS["panel_followups"] = {
"priya_subject": "Thank you – Junior Data Analyst panel interview",
"priya_body": """Dear Priya,

Thank you for leading this afternoon's panel for the Junior Data Analyst role. I appreciated how clearly you set out the dashboard rollout and where a new analyst would fit into it.

Our conversation about the mentoring programme stayed with me; having regular time with a senior analyst is the kind of support that would help me contribute quickly.

Thank you again for your time, and I look forward to hearing from you.

Best regards,
Jordan Lee
""",
"marcus_subject": "Thank you – Junior Data Analyst panel interview",
"marcus_body": """Dear Marcus,

Thank you for your questions during today's panel interview. I especially enjoyed our discussion of data quality checks and your example of a SQL query review that caught a duplicated join before it reached a report.

It made me want to bring the same care to my own queries, and I would welcome the chance to learn your team's review habits. Thanks again for the time you gave me.

Best regards,
Jordan Lee
""",
"aisha_subject": "Thank you – Junior Data Analyst panel interview",
"aisha_body": """Dear Aisha,

Thank you for joining the panel today and for explaining the sales team's reporting needs from the other side of the desk. Hearing which numbers your team checks first each month helped me see what a useful dashboard has to answer.

I would enjoy working closely with your team to get those reports right, and I am grateful for the view you gave me of them.

Best regards,
Jordan Lee
""",
}
MODELS["tricky_situations"] = {
"second_follow_up_subject": "Following up – Junior Data Analyst interview, Jordan Lee",
"second_follow_up_body": """Dear Priya,

I hope your week is going well. I am writing to follow up on my interview on 3 March for the Junior Data Analyst role at Northwind Analytics, and to thank you again for your time.

I remain very interested in the position and in helping the team move its monthly reporting into dashboards. Could you let me know whether there is an update on the timeline for a decision?

Thank you for your help.

Best regards,
Jordan Lee
""",
"after_rejection_subject": "Thank you for the update – Junior Data Analyst role",
"after_rejection_body": """Dear Priya,

Thank you for letting me know about your decision, and for the time you and the team gave me during the interview process. Although I am disappointed, I learned a lot about how Northwind Analytics approaches its reporting.

I would be glad to be considered for future analyst openings, and I hope our paths cross again.

Best wishes to you and the team.

Kind regards,
Jordan Lee
""",
"internal_subject": "Thank you – Inventory Coordinator interview",
"internal_body": """Hi Tomás,

Thank you for taking the time to interview me for the Inventory Coordinator role this afternoon. I appreciated hearing about the plans for the new stock tracking system, and how the team will share weekend cover for the shop floor.

My experience of two years on the shop floor would help with the new system: I know where our stock counts usually go wrong and how to fix them. I am keen to take on the role and look forward to hearing about the next steps.

Best regards,
Jordan Lee
""",
}

# The question each grade cell answers (its first line, the docstring the student sees).
QUESTIONS = {
    "subject": "Does the subject line say what the email is and for which role?",
    "greeting": "Does the email greet the interviewer by name?",
    "gratitude": "Does the email thank them, specifically?",
    "personalization": "Does the email refer to something you actually discussed?",
    "clarify": "Does the email mend the answer that came out weak, briefly and without apologising?",
    "interest": "Does the email restate your interest in the role?",
    "fit": "Does the email connect your experience to what they need?",
    "which_interview": "Does the check-in say which interview it follows, and when?",
    "next_steps": "Does the email close by looking forward?",
    "signoff": "Does the email sign off politely with your name?",
    "length": "Is the email a comfortable length to read?",
    "tone": "Is the tone professional and warm?",
    "spelling": "Is the email free of spelling mistakes?",
    "names": "Are people and companies named correctly?",
    "placeholders": "Are all template placeholders filled in?",
    "distinct": "Does every panellist get an email of their own, written for them and not copied?",
}
# Principles (or grade ids) whose test is hidden: the release shows only the question.
HIDDEN = {"spelling", "names", "placeholders", "internal-subject"}

INTRO = {
"thank_you_email": """# Assignment 1: Thank Priya Raman after the interview

**What you'll do:** write the thank-you email Jordan sends after a job interview.
**What you need:** lessons 01–09 (`notebooks/01-why-follow-up` to `09-proofread`).

## The situation

You are **Jordan Lee**. This morning, Tuesday 3 March 2026, at 10:00, you had a 45-minute video
interview with **Priya Raman**, Analytics Manager at **Northwind Analytics**, for the
**Junior Data Analyst** role. Three things came up:

- the team's plan to move month-end sales reporting out of spreadsheets and into automated dashboards;
- a question about handling messy data: your answer, about cleaning survey data for a campus food
  bank, came out rushed;
- Northwind's mentoring programme for new analysts.

On the way home you realise you never mentioned the SQL certificate you finished last month.
You send the email this afternoon.

## Your task

Fill in `subject` and `body` below. Write it as you would really send it: greeting, thanks,
something specific from the conversation, a sentence or two that mends the rushed answer (what
you would add now, with no apology), why you fit, a forward-looking close and your name.
The cells under **Checks** award points principle by principle; run them (or press
**Validate**) to see advice on what to improve. Some checks are hidden and only run at grading.
""",
"subject_lines": """# Assignment 2: Write subject lines that get opened

**What you'll do:** write four subject lines, one per situation. **What you need:** lesson 03 (`03-write-a-subject-line`).

A good subject line says what the email is (thanks, a follow-up, a reply) and gives the
reader something to place it by: the role, or your name. Keep it short and calm.

1. `thank_you_subject`: Jordan Lee's thank-you to Priya Raman after the Junior Data Analyst
   interview at Northwind Analytics.
2. `second_follow_up_subject`: two weeks later, still no news; Jordan checks in politely.
3. `after_rejection_subject`: Jordan replies to Priya's email saying the role went to someone else.
4. `internal_subject`: Jordan, who already works at Harbour Books, thanks Tomás Ortega after
   an interview for the Inventory Coordinator role.
""",
"panel_followups": """# Assignment 3: Thank each member of a panel

**What you'll do:** write one thank-you email per interviewer. **What you need:** lessons 04–08 and 10 (`10-follow-up-with-a-panel`).

On Thursday 12 March 2026 at 14:00 Jordan Lee met a panel at Northwind Analytics for the Junior
Data Analyst role:

- **Priya Raman**, Analytics Manager, who led the interview and talked about the dashboard rollout
  and the mentoring programme;
- **Marcus Webb**, Senior Data Engineer, who asked about data quality checks and walked through a
  SQL query review;
- **Aisha Khan**, Sales Operations Lead, who described what the sales team needs from its reports.

Some people send one email to the whole panel; the course treats one email per person as the
safer habit here, because each interviewer can then see you listened to *them*. Each email is
graded on its own, and the last check makes sure every panellist is greeted in an email of their
own and that the three are not copies of each other.
""",
"tricky_situations": """# Assignment 4: Handle the tricky follow-ups

**What you'll do:** write three harder emails. **What you need:** lesson 11 (`11-handle-special-cases`).

1. **A second follow-up** (`second_follow_up_…`): Jordan thanked Priya Raman on 3 March. Now it is
   Tuesday 17 March, past the week Priya mentioned, and there is no news. Check in politely once, and say which
   interview you are following up and when it was.
2. **A reply to a rejection** (`after_rejection_…`): on 20 March Priya writes that the Junior Data
   Analyst role went to another candidate. Reply the same morning: thank her, take the news
   graciously and keep the door open for future roles.
3. **An internal interview** (`internal_…`): Jordan works on the shop floor at Harbour Books and
   this afternoon interviewed with Tomás Ortega, the operations manager, for the Inventory
   Coordinator role. They talked about the new stock tracking system and about weekend cover for
   the shop floor. You already know each other: keep it warm, but still professional.
""",
}


def _meta(grade_id: str, *, solution: bool, grade: bool, locked: bool, points: float | None = None) -> dict:
    md = {"grade": grade, "solution": solution, "locked": locked, "grade_id": grade_id, "schema_version": 3}
    if points is not None:
        md["points"] = points
    return {"nbgrader": md}


def _literal(value: str) -> str:
    if "\n" not in value:
        return json.dumps(value, ensure_ascii=False)
    return '"""' + value.replace('"""', '\\"\\"\\"') + '"""'


def answer_cell(task_id: str, key: str, names: list[str]) -> nbformat.NotebookNode:
    stub = "\n".join(f'{n} = ""' for n in names)
    model = "\n".join(f"{n} = {_literal(MODELS[task_id][n])}" for n in names)
    source = f"{stub}\n### BEGIN SOLUTION\n{model}\n### END SOLUTION"
    return new_code_cell(source, metadata=_meta(f"{key}-answer" if key else "answer",
                                                solution=True, grade=False, locked=False))


def grade_cell(task_id: str, grade_id: str, pid: str, names: list[str], points: float) -> nbformat.NotebookNode:
    args = ", ".join(f"{n}={n}" for n in names)
    call = f'expect("{task_id}", "{grade_id}", {args})'
    lines = [f'"""{QUESTIONS[pid]}"""']
    body = ["from followup_edu.grading.cell import expect", call]
    lines += ["### BEGIN HIDDEN TESTS", *body, "### END HIDDEN TESTS"] if (pid in HIDDEN or grade_id in HIDDEN) else body
    return new_code_cell("\n".join(lines), metadata=_meta(grade_id, solution=False, grade=True,
                                                          locked=True, points=points))


def practice_cells(task_id: str, task) -> list[nbformat.NotebookNode]:
    """The "Try it" cells: the checker's full report on every email of the task, for no points."""
    if len(task.emails) == 1:
        e = task.emails[0]
        intro = f"your email to {e.context.recipient}"
        code = ("from followup_edu import check_email\n"
                "from followup_edu.grading.scenarios import task\n"
                f'context = task("{task_id}").email("{e.key}").context\n'
                f"report = check_email({e.subject_var}, {e.body_var}, context)\n"
                "print(\"Score:\", report.score)\n"
                "for f in report.findings:\n"
                "    print(f.status.upper(), f.check, \"-\", f.message)")
    else:
        intro = f"each of your {len(task.emails)} emails, one after the other"
        pairs = "\n".join(f'    "{e.key}": ({e.subject_var}, {e.body_var}),' for e in task.emails)
        code = ("from followup_edu import check_email\n"
                "from followup_edu.grading.scenarios import task\n"
                f"emails = {{\n{pairs}\n}}\n"
                "for key, (subject, body) in emails.items():\n"
                f'    context = task("{task_id}").email(key).context\n'
                "    report = check_email(subject, body, context)\n"
                "    print(\"==\", key.replace(\"_\", \" \"), \"- score:\", report.score)\n"
                "    for f in report.findings:\n"
                "        print(f.status.upper(), f.check, \"-\", f.message)\n"
                "    print()")
    return [new_markdown_cell("## Try it\n\nRun this cell as often as you like: it shows the checker's full "
                              f"report on {intro}. It earns no points."),
            new_code_cell(code)]


def _keep_ids(new: nbformat.NotebookNode, path: Path) -> None:
    """Give rebuilt cells the ids they had (matched by grade id, else by kind and order), so a rebuild
    shows only what changed."""
    if not path.exists():
        return
    def keys(nb):
        seen: dict[str, int] = {}
        for cell in nb.cells:
            gid = cell.metadata.get("nbgrader", {}).get("grade_id")
            if gid:
                yield cell, ("grade", gid)
            else:
                n = seen[cell.cell_type] = seen.get(cell.cell_type, -1) + 1
                yield cell, (cell.cell_type, n)
    old = {k: c.get("id") for c, k in keys(nbformat.read(path, as_version=4))}
    for cell, k in keys(new):
        if old.get(k):
            cell["id"] = old[k]


def build(task_id: str) -> nbformat.NotebookNode:
    task = get_task(task_id)
    cells = [new_markdown_cell(INTRO[task_id])]
    single = len(task.emails) == 1
    if task.subject_only:
        cells.append(new_markdown_cell("## Your answers"))
        names = list(task.answer_names)
        cells.append(answer_cell(task_id, "", names))
    else:
        for e in task.emails:
            if not single:
                cells.append(new_markdown_cell(f"## Your email to {e.context.recipient}" if task.panel
                                               else f"## Your email: {e.key.replace('_', ' ')}"))
            cells.append(answer_cell(task_id, "" if single else e.key, [e.subject_var, e.body_var]))
    if not task.subject_only:
        cells += practice_cells(task_id, task)
        # Deliberately not a read-only nbgrader cell: nbgrader 0.9.6 can only restore a deleted grade
        # cell whose preceding source cell is a grade or answer cell, and this one sits before them.
    cells.append(new_markdown_cell("## Checks\n\nEach check is worth the principle's weight in points. "
                                   "Do not edit these cells; they are restored before grading."))
    for grade_id, pid, key, points in task.grade_cells():
        if pid == "distinct":
            names = list(task.answer_names)
        else:
            e = task.email(key)
            names = [n for n in (e.subject_var, e.body_var) if n]
        cells.append(grade_cell(task_id, grade_id, pid, names, float(points)))
    nb = new_notebook(cells=cells, metadata={
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
        "language_info": {"name": "python"}})
    return nb


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--force", action="store_true", help="overwrite existing source notebooks")
    ap.add_argument("tasks", nargs="*", default=list(task_ids()))
    args = ap.parse_args(argv)
    for t in args.tasks:
        path = HERE / "source" / t / f"{t}.ipynb"
        if path.exists() and not args.force:
            print(f"{path} exists; keeping it (use --force to overwrite)")
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        nb = build(t)
        _keep_ids(nb, path)
        nbformat.write(nb, path)
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
