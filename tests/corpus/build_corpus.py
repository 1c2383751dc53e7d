"""Build tests/corpus/emails.jsonl: a labelled evaluation corpus for the checker.

Run from the repository root:  python tests/corpus/build_corpus.py   (writes emails.jsonl, holdout.jsonl)

Each entry is a complete email written for a different (fictional) job seeker, with its context and
a label for EVERY principle that applies to its kind: "fine" unless a defect is named. Drafts with
defects are mostly a weaker version of a strong email (the same person on a worse day), written by
hand as edits to the strong text, so each label points at one specific, realistic flaw. Panel sets
carry a label for `distinct`. `notes` says in a few words what each labelled problem is.

The corpus measures the checker (benchmarks/eval_labels.py); it is not used to tune it.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

from followup_edu import principle
from followup_edu.registry import single_ids

HERE = Path(__file__).parent

# Each named set is written to <name>.jsonl. "emails" is the main corpus; "holdout" holds entries
# written last and measured before anyone tuned the checker on them.
SETS: dict[str, list[dict]] = {"emails": []}
ENTRIES = SETS["emails"]
_current = ["emails"]


def start_set(name: str) -> None:
    SETS.setdefault(name, [])
    _current[0] = name


def _add(entry: dict) -> None:
    SETS[_current[0]].append(entry)
BASES: dict[str, dict] = {}


def applicable(ctx: dict) -> list[str]:
    kind = ctx.get("kind", "thank_you")
    ids = [pid for pid in single_ids() if kind in principle(pid).kinds]
    if "timing" in ids:
        timed = ctx.get("interview_at") and ctx.get("sent_at")
        if kind == "second_follow_up":
            timed = timed and ctx.get("previous_sent_at")
        if kind == "after_rejection" or not timed:
            ids.remove("timing")  # no time of the rejection news in Context: nothing to label
    # a principle that needs what only the learner notes (the answer to mend) skips without it
    return [pid for pid in ids if all(ctx.get(key) for key in principle(pid).needs)]


def labels_for(ctx: dict, problems: dict[str, str]) -> dict[str, str]:
    ids = applicable(ctx)
    unknown = set(problems) - set(ids)
    assert not unknown, f"problem labels for checks that do not apply: {unknown}"
    return {pid: ("problem" if pid in problems else "fine") for pid in ids}


def strong(eid: str, subject: str, body: str, ctx: dict) -> None:
    entry = {"id": eid, "subject": subject, "body": body.strip("\n") + "\n", "context": ctx,
             "labels": labels_for(ctx, {}), "notes": {}}
    BASES[eid] = entry
    _add(entry)


def variant(eid: str, base: str, problems: dict[str, str], *, edits=(), subject=None, body=None, ctx=None) -> None:
    """A weaker draft of a strong email: text edits (old, new) and/or context changes."""
    src = BASES[base]
    text = src["body"] if body is None else body.strip("\n") + "\n"
    for old, new in edits:
        assert old in text, f"{eid}: {old!r} not in {base}"
        text = text.replace(old, new)
    context = copy.deepcopy(src["context"])
    context.update(ctx or {})
    _add({"id": eid, "subject": src["subject"] if subject is None else subject, "body": text,
                    "context": context, "labels": labels_for(context, problems), "notes": problems})


def fresh(eid: str, subject: str, body: str, ctx: dict, problems: dict[str, str]) -> None:
    _add({"id": eid, "subject": subject, "body": body.strip("\n") + "\n", "context": ctx,
                    "labels": labels_for(ctx, problems), "notes": problems})


def panel(eid: str, ctx: dict, emails: list[tuple[str, str, str]], distinct: str, note: str = "",
          label_emails: bool = True) -> None:
    """A set of emails to a panel; each email is labelled too unless label_emails is False."""
    items = []
    for recipient, subject, body in emails:
        c = dict(ctx, recipient=recipient)
        items.append({"recipient": recipient, "subject": subject, "body": body.strip("\n") + "\n",
                      "labels": labels_for(c, {}) if label_emails else {}})
    _add({"id": eid, "context": ctx, "emails": items, "labels": {"distinct": distinct},
                    "notes": {"distinct": note} if note else {}})


def ctx(candidate, interviewer, company, role, interview_at=None, sent_at=None, **more):
    c = {"candidate_name": candidate, "interviewers": [interviewer] if isinstance(interviewer, str) else interviewer,
         "recipient": interviewer if isinstance(interviewer, str) else interviewer[0],
         "company": company, "role": role}
    if interview_at:
        c["interview_at"] = interview_at
    if sent_at:
        c["sent_at"] = sent_at
    c.update(more)
    return c


# =============================================================================== strong emails

strong("s01-icu-nurse", "Thank you – ICU Staff Nurse interview", """
Dear Ms. Delaney,

Thank you for meeting me yesterday afternoon and for the tour of the unit. I was interested to hear that you are introducing nurse-led weaning from ventilation on night shifts, and how much the consultants support it.

I completed my critical care course last year and have followed our weaning protocol at St Luke's for eighteen months, so I would feel confident taking part from the start.

I remain very interested in the post and look forward to hearing from you.

Kind regards,
Grace Achterberg
""", ctx("Grace Achterberg", "Maeve Delaney", "Northfield General Hospital", "ICU Staff Nurse",
        "2026-03-10T14:00", "2026-03-11T08:30"))

strong("s02-secondary-teacher", "Thank you – Geography Teacher interview", """
Dear Mr. Okoye,

Thank you for the interview on Tuesday and for the chance to teach your Year 8 group. I enjoyed hearing about the department's plan to add a fieldwork day on the river at Key Stage 3.

At my current school I organised the Year 9 coastal fieldwork trip for three years, including the risk assessments and the data-collection booklets, so I would be glad to help build the new river day.

I am very keen to join the department and look forward to hearing from you.

Kind regards,
Laura Penhaligon
""", ctx("Laura Penhaligon", "Emeka Okoye", "Castlebrook Academy", "Geography Teacher",
        "2026-05-05T11:00", "2026-05-05T18:00"))

strong("s03-frontend-dev", "Thank you – Frontend Developer interview", """
Hi Sven,

Thanks for the interview this morning. I enjoyed the pairing exercise on the search page, and your point that most of your users are on older Android phones changed how I thought about the bundle size.

At my last job I cut our main bundle from 900 KB to 310 KB by splitting routes and dropping a charting library, and first load on 3G improved by about four seconds. I'd love to do the same kind of work on your search page.

I look forward to hearing about next steps.

Best regards,
Amira Haddad
""", ctx("Amira Haddad", "Sven Lindgren", "Homefinder", "Frontend Developer",
        "2026-06-16T10:00", "2026-06-16T15:30"))

strong("s04-retail-visual", "Thank you – Visual Merchandiser interview", """
Dear Ms. Castellano,

Thank you for showing me around the flagship store on Saturday. The plan to rotate the window themes every fortnight instead of monthly sounds ambitious, and I liked how you involve the sales floor team in choosing them.

In my current role I designed and installed the seasonal windows for four branches on a tight budget, so I am used to turning a theme round quickly.

I would love to join the team and look forward to hearing from you.

Best wishes,
Jade Whitmore
""", ctx("Jade Whitmore", "Lucia Castellano", "Arden & Vale", "Visual Merchandiser",
        "2026-09-19T10:00", "2026-09-19T19:00"))

strong("s05-audit-associate", "Thank you – Audit Associate interview", """
Dear Mr. Abiodun,

Thank you for taking the time to meet with me on Thursday. I appreciated hearing about the firm's move to data analytics in its audits of housing associations, and the training you offer new associates alongside their ACA studies.

During my internship at Fellowes & Hart I built a simple Excel tool to test journal entries for a charity audit, which the senior kept for the following year. I would be excited to develop that further with your team.

I look forward to hearing from you.

Kind regards,
Oliver Nwachukwu
""", ctx("Oliver Nwachukwu", "Tunde Abiodun", "Marsh Pryce LLP", "Audit Associate",
        "2026-01-22T09:30", "2026-01-22T17:00"))

strong("s06-brand-designer", "Thank you – Brand Designer interview", """
Hi Noor,

Thank you for the portfolio review yesterday. I keep thinking about your comment that the bakery chain's packaging looks different in every city, and the idea of building one flexible system for all twelve shops.

At Studio Fenn I created the brand guidelines and packaging templates for a coffee roaster with nine outlets, which let their local managers produce menus without breaking the look. I'd be excited to bring that approach to this project.

I look forward to hearing from you.

Best,
Theo Marchetti
""", ctx("Theo Marchetti", "Noor Hassan", "Grainhouse Creative", "Brand Designer",
        "2026-04-07T15:00", "2026-04-08T09:00"))

strong("s07-charity-caseworker", "Thank you – Refugee Caseworker interview", """
Dear Ms. Mensah,

Thank you for meeting me on Wednesday. It was moving to hear how the drop-in has grown since last year, and I was interested in your plan to train volunteers to help families with school applications.

I have spent two years as a caseworker at Welcome North, where I supported around sixty families through housing and school applications and trained eight volunteers to do the same.

I am very interested in the role and look forward to hearing from you.

With best wishes,
Samir Darwish
""", ctx("Samir Darwish", "Abena Mensah", "Open Doors Refugee Support", "Refugee Caseworker",
        "2026-02-18T13:00", "2026-02-18T20:30"))

strong("s08-electrician", "Thank you – Maintenance Electrician interview", """
Dear Mr. Kowalski,

Thank you for showing me round the plant on Monday. It was useful to see the packing lines and to hear about the planned upgrade of the motor control centres next summer.

I am 18th Edition qualified and spent four years maintaining MCCs and variable speed drives at Brampton Foods, including one full panel replacement, so I would be glad to help plan that work.

I am very keen on the role and look forward to hearing from you.

Kind regards,
Darren Mulholland
07700 900771
""", ctx("Darren Mulholland", "Piotr Kowalski", "Sterling Packaging", "Maintenance Electrician",
        "2026-08-03T09:00", "2026-08-03T16:45"))

strong("s09-council-planner", "Thank you – Planning Officer interview", """
Dear Ms. Bhatt,

Thank you for the interview on Friday. I found the discussion of the new design code for the town centre especially interesting, and it was good to hear that officers will help shape it.

At Harlow District Council I handled around 150 householder applications a year and wrote the officer reports for two contested conversions, so I am comfortable explaining design decisions to residents and councillors.

I remain very interested in the post and look forward to hearing from you.

Kind regards,
Owen Tregarthen
""", ctx("Owen Tregarthen", "Leena Bhatt", "Penwith District Council", "Planning Officer",
        "2026-10-16T10:00", "2026-10-16T16:00"))

strong("s10-pharmacy-tech", "Thank you – Pharmacy Technician interview", """
Dear Mr. Aziz,

Thank you for meeting me this morning. I was glad to hear about the plan to start a medicines reconciliation service on the admissions unit, and how technicians will lead it.

I completed my accuracy checking qualification last year and carry out medicines reconciliation on the surgical wards at my current hospital, so I would be able to contribute from the start.

I am very interested in the role and look forward to hearing from you.

Kind regards,
Bethany Collins
""", ctx("Bethany Collins", "Faisal Aziz", "Kingsway Hospital", "Pharmacy Technician",
        "2026-07-14T09:00", "2026-07-14T14:00"))

strong("s11-hotel-frontdesk", "Thank you – Front Office Supervisor interview", """
Dear Ms. Laurent,

Thank you for your time on Wednesday and for the tour of the new lobby. I liked hearing about your plan to let guests check in on their phones while keeping a real welcome at the desk.

At the Harbourside Hotel I trained the front office team on our mobile check-in launch last year, and guest scores for arrival went up by eight points.

I would love to join the team and look forward to hearing about the next steps.

Best regards,
Rafael Moreno
""", ctx("Rafael Moreno", "Claire Laurent", "The Strand Hotel", "Front Office Supervisor",
        "2026-11-04T15:00", "2026-11-05T08:30"))

strong("s12-logistics-planner", "Thank you – Transport Planner interview", """
Dear Mr. Van der Berg,

Thank you for meeting me on Tuesday. It was interesting to hear that your drivers lose most time at the two big supermarket depots, and that you want to rebook slots more actively.

At Coldstream Foods I rebuilt our slot booking process with the depots and reduced average waiting time from ninety minutes to under forty. I would welcome the chance to bring that experience to your planning team.

I am very interested in the role and look forward to hearing from you.

Kind regards,
Hannah Lister
""", ctx("Hannah Lister", "Joost van der Berg", "Fenland Haulage", "Transport Planner",
        "2026-03-24T10:30", "2026-03-24T17:30"))

strong("s13-lab-scientist", "Thank you – Research Scientist interview", """
Dear Dr. Adebayo,

Thank you for the interview and lab tour on Thursday. I especially enjoyed hearing about the organoid models you are developing for drug toxicity screening, and the collaboration with the hepatology group.

During my PhD I grew and characterised liver organoids and set up the imaging pipeline our lab still uses, so I would be excited to contribute to this work.

I look forward to hearing about the next steps.

Best regards,
Ingrid Solberg
""", ctx("Ingrid Solberg", "Funmi Adebayo", "Cairnhill Therapeutics", "Research Scientist",
        "2026-02-05T13:30", "2026-02-06T09:00"))

strong("s14-marketing-exec", "Thank you – Digital Marketing Executive interview", """
Hi Rachel,

Thank you for the interview this afternoon. I enjoyed hearing about your plan to bring the email programme in-house, and your point that the welcome series has not changed in three years.

At Brightcart I rebuilt our welcome series in Klaviyo and lifted first-order conversion from 4% to 7% over six months. I'd love to do something similar for your customers.

I'm very interested in the role and look forward to hearing from you.

Best regards,
Callum Reid
""", ctx("Callum Reid", "Rachel Stein", "Hollow Oak Outdoor", "Digital Marketing Executive",
        "2026-05-27T14:00", "2026-05-27T19:30"))

strong("s15-hr-advisor", "Thank you – HR Advisor interview", """
Dear Mr. Quinlan,

Thank you for meeting me on Monday. It was useful to hear how the business is preparing for the new flexible working rules, and how much of the policy work will fall to the HR advisors.

At Trent Valley Care I rewrote our flexible working policy and trained thirty line managers on handling requests, so I would be glad to take on that work here.

I remain very interested in the role and look forward to hearing from you.

Kind regards,
Nia Roberts
""", ctx("Nia Roberts", "Declan Quinlan", "Ashbourne Engineering", "HR Advisor",
        "2026-04-20T11:00", "2026-04-20T17:00"))

strong("s16-internal-it", "Thanks for the Service Desk Lead interview", """
Hi Gareth,

Thanks for the interview this morning. Your point about the password reset tickets eating half the team's Mondays really struck me. I've been trialling the self-service reset page with the finance team for a month, and their tickets have dropped by about 70%.

I'm really keen on the lead role and happy to go through the numbers with you whenever suits.

Best,
Priya
""", ctx("Priya Shah", "Gareth Evans", "Coleridge Insurance", "Service Desk Lead",
        "2026-09-14T09:30", "2026-09-14T13:00", interview_type="internal"))

strong("s17-internal-care", "Thanks for today – Senior Care Worker interview", """
Hi Lorraine,

Thanks for the interview today. I liked your idea of giving each senior carer a small group of residents to know really well, especially for the families who visit less often.

I've been key worker for four residents on Rowan unit for the past year and already keep in touch with their families each week, so I'd love to build on that in the senior role.

Thanks again, and I look forward to hearing what you decide.

Best wishes,
Ama Boateng
""", ctx("Ama Boateng", "Lorraine Pike", "Rowan House", "Senior Care Worker",
        "2026-06-03T14:00", "2026-06-03T20:00", interview_type="internal"))

strong("s18-panel-finance", "Thank you – Management Accountant interview", """
Dear Ms. Farrow,

Thank you for chairing the panel on Thursday, and for your questions about the monthly reporting pack. I was interested to hear that the directors want the pack down from forty pages to ten.

At Kestrel Foods I redesigned our board pack around a one-page dashboard and five key variances, and the finance director now uses it for every board meeting. I would be glad to help do the same here.

I remain very interested in the role and look forward to hearing from you.

Kind regards,
Arjun Mehta
""", ctx("Arjun Mehta", ["Helen Farrow", "Callum Price"], "Drayton Homes", "Management Accountant",
        "2026-10-01T10:00", "2026-10-01T16:30", interview_type="panel"))

strong("s19-panel-library", "Thank you – Library Services Manager interview", """
Dear Mr. Adeyemi,

Thank you for your questions at Tuesday's panel about working with schools. I was pleased to hear that the library wants every Year 7 pupil in the borough to have a library card by the end of the year.

In my current post I ran a schools card drive that signed up 1,900 pupils in one term, working with heads of English, and I would enjoy doing the same across the borough.

I am very keen on the role and look forward to hearing about the next steps.

Kind regards,
Eleanor Walsh
""", ctx("Eleanor Walsh", ["Margaret Holt", "Samuel Adeyemi"], "Borough of Wexham", "Library Services Manager",
        "2026-01-13T14:00", "2026-01-14T08:45", interview_type="panel", recipient="Samuel Adeyemi"))

strong("s20-second-teacher", "Checking in – Geography Teacher application", """
Dear Mr. Okoye,

I hope the term is going well. Thank you again for the interview on 5 May. I wanted to check in on the Geography Teacher post, as I remain very keen to join the department.

If it would help, I am happy to send references or the fieldwork booklets we discussed. I look forward to hearing from you.

Kind regards,
Laura Penhaligon
""", ctx("Laura Penhaligon", "Emeka Okoye", "Castlebrook Academy", "Geography Teacher",
        "2026-05-05T11:00", "2026-05-12T16:00", kind="second_follow_up", previous_sent_at="2026-05-05T18:00"))

strong("s21-second-dev", "Re: Thank you – Frontend Developer interview", """
Hi Sven,

I hope you're well. Thanks again for the interview on the 16th. I wanted to check whether there's any news on the Frontend Developer role; I'm still very excited about the work on the search page.

Happy to answer any further questions in the meantime. I look forward to hearing from you.

Best regards,
Amira Haddad
""", ctx("Amira Haddad", "Sven Lindgren", "Homefinder", "Frontend Developer",
        "2026-06-16T10:00", "2026-06-23T10:00", kind="second_follow_up", previous_sent_at="2026-06-16T15:30"))

strong("s22-second-planner", "Following up – Transport Planner interview", """
Dear Mr. Van der Berg,

Thank you again for meeting me on 24 March. I am writing to ask whether there is an update on the Transport Planner role. I remain very interested and would be glad to provide anything further you need.

Kind regards,
Hannah Lister
""", ctx("Hannah Lister", "Joost van der Berg", "Fenland Haulage", "Transport Planner",
        "2026-03-24T10:30", "2026-04-01T09:30", kind="second_follow_up", previous_sent_at="2026-03-24T17:30"))

strong("s23-reject-designer", "Re: Brand Designer – update", """
Hi Noor,

Thank you for letting me know, and for such a friendly portfolio review. I enjoyed hearing about the bakery project and learned a lot from your feedback on my packaging work.

I would be glad to be considered for future roles at Grainhouse, and I wish you the best with the rebrand.

Best,
Theo Marchetti
""", ctx("Theo Marchetti", "Noor Hassan", "Grainhouse Creative", "Brand Designer", kind="after_rejection"))

strong("s24-reject-scientist", "Re: Research Scientist application", """
Dear Dr. Adebayo,

Thank you for letting me know, and for the time you and your team gave me during the interview. I enjoyed seeing the organoid work and meeting the group.

If you have a moment, I would be grateful for any feedback. I would also welcome being considered for future positions at Cairnhill.

Best regards,
Ingrid Solberg
""", ctx("Ingrid Solberg", "Funmi Adebayo", "Cairnhill Therapeutics", "Research Scientist", kind="after_rejection"))

strong("s25-reject-hotel", "Re: Front Office Supervisor – outcome", """
Dear Ms. Laurent,

Thank you for your kind message and for considering me for the Front Office Supervisor role. I enjoyed meeting you and the team at The Strand.

I hope our paths cross again, and I would be delighted to hear about future openings.

Best regards,
Rafael Moreno
""", ctx("Rafael Moreno", "Claire Laurent", "The Strand Hotel", "Front Office Supervisor", kind="after_rejection"))

strong("s26-us-counselor", "Thank you – Admissions Counselor interview", """
Dear Dr. Whitaker,

Thank you for meeting with me on Monday to discuss the Admissions Counselor position. I appreciated learning about the university's new outreach program for first-generation students in rural counties.

As a first-generation graduate myself, I spent two years running college application workshops in three rural high schools with AmeriCorps, and I would be excited to help build that program.

I look forward to hearing about the next steps.

Sincerely,
Marisol Vega
""", ctx("Marisol Vega", "Kendra Whitaker", "Ridgeview State University", "Admissions Counselor",
        "2026-02-09T10:00", "2026-02-09T16:00"))

# ============================================================================ weaker variants

variant("d01-late", "s01-icu-nurse", {"timing": "sent four days after the interview"},
        edits=[("yesterday afternoon", "on Tuesday")], ctx={"sent_at": "2026-03-14T10:00"})
variant("d02-generic-greeting-typo", "s01-icu-nurse",
        {"greeting": "'Dear Hiring Manager' though the interviewer is known", "spelling": "'oppertunity'"},
        edits=[("Dear Ms. Delaney,", "Dear Hiring Manager,"),
               ("so I would feel confident", "so I would welcome the oppertunity and feel confident")])
variant("d03-no-personal", "s02-secondary-teacher",
        {"personalization": "the specific detail replaced by generic praise"},
        edits=[("I enjoyed hearing about the department's plan to add a fieldwork day on the river at Key Stage 3.",
                "I enjoyed learning more about the school and the department."),
               (", so I would be glad to help build the new river day.", ", so I would be glad to contribute.")])
variant("d04-placeholder", "s02-secondary-teacher", {"placeholders": "[School Name] left in"},
        edits=[("I am very keen to join the department", "I am very keen to join [School Name]")])
variant("d05-no-fit", "s03-frontend-dev", {"fit": "the bundle-size achievement removed"},
        edits=[("At my last job I cut our main bundle from 900 KB to 310 KB by splitting routes and dropping a charting library, and first load on 3G improved by about four seconds. I'd love to do the same kind of work on your search page.",
                "I'd love to work on your search page.")])
variant("d06-slang-emoji", "s03-frontend-dev", {"tone": "texting slang and emoji"},
        edits=[("Thanks for the interview this morning.", "thx for the interview this morning 🙂"),
               ("I look forward to hearing about next steps.", "lmk about next steps!!")])
variant("d07-pressure", "s04-retail-visual", {"next_steps": "demands an answer by Friday"},
        edits=[("I would love to join the team and look forward to hearing from you.",
                "I would love to join the team. Please let me know your decision by Friday, as I have another interview next week.")])
variant("d08-no-subject-no-name", "s04-retail-visual",
        {"subject": "no subject line", "signoff": "no name under the closing"},
        subject="", edits=[("Best wishes,\nJade Whitmore\n", "Best wishes\n")])
variant("d09-wrong-company", "s05-audit-associate", {"names": "names another firm (Grant Whitley)"},
        edits=[("I would be excited to develop that further with your team.",
                "I would be excited to develop that further at Grant Whitley.")])
variant("d10-no-thanks", "s05-audit-associate", {"gratitude": "no thanks anywhere"},
        edits=[("Thank you for taking the time to meet with me on Thursday. I appreciated hearing",
                "Following our meeting on Thursday, I wanted to say that I was interested to hear")])
variant("d11-no-interest", "s06-brand-designer", {"interest": "never says she still wants the role"},
        edits=[(" I'd be excited to bring that approach to this project.", "")])
variant("d12-spelling-many", "s06-brand-designer", {"spelling": "three typos: portfollio, packageing, guidlines"},
        edits=[("portfolio review", "portfollio review"), ("the bakery chain's packaging", "the bakery chain's packageing"),
               ("brand guidelines", "brand guidlines")])
variant("d13-desperate", "s07-charity-caseworker", {"tone": "desperation"},
        edits=[("I am very interested in the role and look forward to hearing from you.",
                "I am very interested in the role. I really need this job and would do anything to get it. I look forward to hearing from you.")])
variant("d14-wrong-name", "s07-charity-caseworker", {"greeting": "greets the wrong person (Ms. Osei)", "names": "the wrong interviewer's name"},
        edits=[("Dear Ms. Mensah,", "Dear Ms. Osei,")])
variant("d15-too-short", "s08-electrician", {"length": "one line", "personalization": "no detail",
                                               "fit": "no experience", "interest": "no interest stated"},
        body="""
Dear Mr. Kowalski,

Thanks for the interview on Monday, much appreciated. Hope to hear from you.

Kind regards,
Darren Mulholland
""")
variant("d16-late-warn", "s08-electrician", {"timing": "sent about 45 hours later"},
        edits=[("on Monday", "on Monday morning")], ctx={"sent_at": "2026-08-05T06:00"})
variant("d17-name-typo", "s09-council-planner", {"names": "Bhatt misspelled as Bhat"},
        edits=[("Dear Ms. Bhatt,", "Dear Ms. Bhat,")])
variant("d18-padded", "s09-council-planner", {"length": "padded to a second cover letter"},
        edits=[("so I am comfortable explaining design decisions to residents and councillors.",
                "so I am comfortable explaining design decisions to residents and councillors. Before that I spent three years as a planning assistant, where I validated applications, drafted decision notices, prepared committee papers and kept the planning register up to date. I have also completed the RTPI-accredited postgraduate certificate in spatial planning, for which my dissertation examined how design codes have been used in market towns in the south-west, including interviews with officers at five councils and a review of appeal decisions over ten years. Outside work I sit on the committee of my local civic society, where I help to comment on major applications and organise an annual heritage walk, and I volunteer with a community land trust that is bringing forward twelve affordable homes on a rural exception site. I mention these because they show my commitment to good placemaking and my ability to work with residents who feel strongly about change in their area. I also have a full driving licence and am happy to attend evening committee meetings and site visits across the district whenever they are needed.")])
variant("d19-only-signoff-thanks", "s10-pharmacy-tech", {"gratitude": "thanks only in the closing"},
        edits=[("Thank you for meeting me this morning. I was glad", "It was good to meet you this morning. I was glad"),
               ("Kind regards,\nBethany", "Thanks,\nBethany")])
variant("d20-hostile-followup", "s22-second-planner", {"tone": "guilt and sarcasm",
                                                        "next_steps": "demands a reply"},
        edits=[("Thank you again for meeting me on 24 March. I am writing to ask whether there is an update on the Transport Planner role. I remain very interested and would be glad to provide anything further you need.",
                "Thank you for meeting me on 24 March, but I have been waiting for weeks without a word. I'm sure you are very busy, but the least you could do is reply. I remain interested in the Transport Planner role, and I expect an answer by the end of this week.")])
variant("d21-early-second", "s20-second-teacher", {"timing": "second follow-up two days after the first"},
        ctx={"sent_at": "2026-05-07T16:00"})
variant("d22-second-no-interest", "s21-second-dev", {"interest": "no sign of continued interest"},
        edits=[("I wanted to check whether there's any news on the Frontend Developer role; I'm still very excited about the work on the search page.",
                "I wanted to check whether there's any news on the Frontend Developer role.")])
variant("d23-reject-hostile", "s23-reject-designer", {"tone": "hostile after rejection",
                                                     "next_steps": "closes the door"},
        edits=[("Thank you for letting me know, and for such a friendly portfolio review. I enjoyed hearing about the bakery project and learned a lot from your feedback on my packaging work.\n\nI would be glad to be considered for future roles at Grainhouse, and I wish you the best with the rebrand.",
                "Thank you for letting me know. Honestly, I think you have made a mistake: my packaging work was clearly stronger than anything else you saw, and it's your loss.\n\nI won't be applying again.")])
variant("d24-reject-no-thanks", "s24-reject-scientist", {"gratitude": "no thanks ( 'grateful for any feedback' is a request)"},
        edits=[("Thank you for letting me know, and for the time you and your team gave me during the interview.",
                "I have read your message about the outcome.")])
variant("d25-reject-placeholder", "s25-reject-hotel", {"placeholders": "{Interviewer Name} and [Hotel]",
                                                       "greeting": "greets a placeholder, not Ms. Laurent"},
        edits=[("Dear Ms. Laurent,", "Dear {Interviewer Name},"), ("the team at The Strand", "the team at [Hotel]")])
variant("d26-panel-late-typos", "s18-panel-finance", {"timing": "sent three days later",
                                                         "spelling": "'recieve' and 'definately'"},
        edits=[("I was interested to hear", "I was definately interested to hear"),
               ("I would be glad to help do the same here.", "I would be glad to help do the same here, and happy to recieve any further questions.")],
        ctx={"sent_at": "2026-10-04T12:00"})
variant("d27-vague-subject", "s11-hotel-frontdesk", {"subject": "'Hello' says nothing"}, subject="Hello")
variant("d28-casual-signoff", "s14-marketing-exec", {"signoff": "'xoxo' and first name only", "tone": "three exclamation marks"},
        edits=[("Thank you for the interview this afternoon.", "Thank you for the interview this afternoon!!!"),
               ("Best regards,\nCallum Reid", "xoxo\nCallum")])
variant("d29-interest-fit-missing", "s15-hr-advisor", {"fit": "no experience linked", "interest": "no interest"},
        edits=[("At Trent Valley Care I rewrote our flexible working policy and trained thirty line managers on handling requests, so I would be glad to take on that work here.\n\n", ""),
               ("I remain very interested in the role and look forward to hearing from you.", "I look forward to hearing from you.")])
variant("d30-internal-stiff", "s16-internal-it", {"tone": "stiff, formal phrasing to a close colleague"},
        edits=[("Hi Gareth,\n\nThanks for the interview this morning.",
                "Dear Mr. Evans,\n\nI hereby wish to express my sincere gratitude for the interview conducted this morning."),
               ("I'm really keen on the lead role and happy to go through the numbers with you whenever suits.",
                "I remain very interested in the lead role and humbly look forward to your reply at your earliest convenience."),
               ("Best,\nPriya", "Yours faithfully,\nPriya Shah")])
variant("d31-internal-pressure", "s17-internal-care", {"next_steps": "asks for the decision by tomorrow"},
        edits=[("Thanks again, and I look forward to hearing what you decide.",
                "Can you let me know by tomorrow whether I've got it? I need to know before the rota goes out.")])
variant("d32-us-generic", "s26-us-counselor", {"personalization": "generic, nothing discussed",
                                               "greeting": "'To whom it may concern'"},
        edits=[("Dear Dr. Whitaker,", "To Whom It May Concern:"),
               ("I appreciated learning about the university's new outreach program for first-generation students in rural counties.",
                "I appreciated learning more about the position and the university."),
               ("and I would be excited to help build that program.", "and I would be excited to bring that experience to the role.")])
variant("d33-subject-caps", "s12-logistics-planner", {"subject": "all-caps, urgent"},
        subject="URGENT – TRANSPORT PLANNER INTERVIEW FOLLOW UP")
variant("d34-science-late-placeholder", "s13-lab-scientist", {"timing": "a week later",
                                                             "placeholders": "'Your Name' in the signature",
                                                             "signoff": "no real name under the closing"},
        edits=[("Best regards,\nIngrid Solberg", "Best regards,\nYour Name")], ctx={"sent_at": "2026-02-12T09:00"})

fresh("d35-template-mess", "Following up", """
Dear Hiring Manager,

Thank you for the interview. I enjoyed learning about the role and the company. I think I would be a great fit for [Company Name].

Please let me know as soon as possible.

Regards
""", ctx("Kelly Marsh", "Brian O'Donnell", "Halcyon Insurance", "Claims Handler", "2026-04-02T10:00", "2026-04-02T15:00"),
      {"subject": "vague 'Following up'", "greeting": "'Dear Hiring Manager'", "personalization": "generic",
       "fit": "bare claim", "placeholders": "[Company Name]", "signoff": "no name", "next_steps": "'let me know ASAP'",
       "interest": "no real interest statement", "length": "33 words: an afterthought"})

fresh("d36-trades-rambling", "Thanks", """
Hi Mick

cheers for the interview yesterday mate, gonna be honest it was a good laugh. the van looks decent and the lads seem sound. I done 5 years roofing with my uncle so I know what im doing.

let me know

Dean
""", ctx("Dean Carroll", "Mick Regan", "Regan Roofing", "Roofer", "2026-07-07T08:00", "2026-07-08T07:00"),
      {"subject": "bare 'Thanks'", "tone": "slang ('mate', 'gonna')", "spelling": "'im'", "personalization": "nothing from the conversation",
       "timing": "sent the next morning after a morning interview; the same day is better",
       "interest": "no interest stated",
       "next_steps": "'let me know' is abrupt", "signoff": "no closing"})

# ================================================================================ panel sets

_pc = {"candidate_name": "Grace Achterberg", "interviewers": ["Maeve Delaney", "Colin Fry"],
       "company": "Northfield General Hospital", "role": "ICU Staff Nurse", "interview_type": "panel",
       "interview_at": "2026-03-10T14:00", "sent_at": "2026-03-11T08:30"}
panel("p01-icu-distinct", _pc, [
    ("Maeve Delaney", "Thank you – ICU Staff Nurse interview", """
Dear Ms. Delaney,

Thank you for meeting me yesterday and for the tour of the unit. I was interested to hear that you are introducing nurse-led weaning from ventilation on night shifts.

I completed my critical care course last year and have followed our weaning protocol at St Luke's for eighteen months, so I would feel confident taking part from the start.

I remain very interested in the post and look forward to hearing from you.

Kind regards,
Grace Achterberg
"""),
    ("Colin Fry", "Thank you – ICU Staff Nurse interview", """
Dear Mr. Fry,

Thank you for your questions on the family liaison work yesterday. Your point that relatives remember the first ten minutes on the unit for years has stayed with me.

At St Luke's I wrote the welcome leaflet for families of newly admitted patients, and I would be glad to help with the visiting guide you are planning.

I look forward to hearing from you.

Kind regards,
Grace Achterberg
"""),
], "fine")

panel("p02-icu-copies", _pc, [
    ("Maeve Delaney", "Thank you – ICU Staff Nurse interview", """
Dear Ms. Delaney,

Thank you for meeting me yesterday and for the tour of the unit. I was interested to hear that you are introducing nurse-led weaning from ventilation on night shifts.

I completed my critical care course last year and have followed our weaning protocol at St Luke's for eighteen months, so I would feel confident taking part from the start.

I remain very interested in the post and look forward to hearing from you.

Kind regards,
Grace Achterberg
"""),
    ("Colin Fry", "Thank you – ICU Staff Nurse interview", """
Dear Mr. Fry,

Thank you for meeting me yesterday and for the tour of the unit. I was interested to hear that you are introducing nurse-led weaning from ventilation on night shifts.

I completed my critical care course last year and have followed our weaning protocol at St Luke's for eighteen months, so I would feel confident taking part from the start.

I remain very interested in the post and look forward to hearing from you.

Kind regards,
Grace Achterberg
"""),
], "problem", "identical but for the greeting")

_pd = {"candidate_name": "Amira Haddad", "interviewers": ["Sven Lindgren", "Olu Bankole", "Hana Sato"],
       "company": "Homefinder", "role": "Frontend Developer", "interview_type": "panel",
       "interview_at": "2026-06-16T10:00", "sent_at": "2026-06-16T15:30"}
panel("p03-dev-distinct", _pd, [
    ("Sven Lindgren", "Thank you – Frontend Developer interview", """
Hi Sven,

Thanks for the pairing exercise on the search page this morning. Your point that most users are on older Android phones changed how I thought about bundle size.

At my last job I cut our main bundle from 900 KB to 310 KB, and first load on 3G improved by about four seconds. I'd love to do the same for your search page.

I'm very interested in the role and look forward to hearing from you.

Best regards,
Amira Haddad
"""),
    ("Olu Bankole", "Thank you – Frontend Developer interview", """
Hi Olu,

Thank you for the conversation about accessibility. I hadn't realised a fifth of your traffic comes from screen-reader users on the listings pages.

I led an accessibility audit of our checkout last year and fixed the focus order and labels on every form, so I'd be glad to help with the listings work you described.

Best regards,
Amira Haddad
"""),
    ("Hana Sato", "Thank you – Frontend Developer interview", """
Hi Hana,

Thanks for telling me about the design system migration. Moving forty components to tokens without freezing feature work sounds hard, and I liked your plan to do it one page type at a time.

I maintained our React component library for two years, including a migration to CSS variables, and I'm very excited about the chance to help with yours.

I look forward to hearing from you.

Best regards,
Amira Haddad
"""),
], "fine")

panel("p04-dev-similar", _pd, [
    ("Sven Lindgren", "Thank you – Frontend Developer interview", """
Hi Sven,

Thank you for interviewing me this morning. I really enjoyed hearing about the search page work, and my experience cutting bundle sizes at my last job would help the team.

I'm very excited about the role and look forward to hearing about next steps.

Best regards,
Amira Haddad
"""),
    ("Olu Bankole", "Thank you – Frontend Developer interview", """
Hi Olu,

Thank you for interviewing me this morning. I really enjoyed hearing about the accessibility work, and my experience cutting bundle sizes at my last job would help the team.

I'm very excited about the role and look forward to hearing about next steps.

Best regards,
Amira Haddad
"""),
    ("Hana Sato", "Thank you – Frontend Developer interview", """
Hi Hana,

Thank you for interviewing me this morning. I really enjoyed hearing about the design system, and my experience cutting bundle sizes at my last job would help the team.

I'm very excited about the role and look forward to hearing about next steps.

Best regards,
Amira Haddad
"""),
], "problem", "one swapped phrase per email, otherwise identical", label_emails=False)


# =========================================================================== more strong emails

strong("s27-vet-nurse", "Thank you – Registered Veterinary Nurse interview", """
Dear Mrs. Holloway,

Thank you for meeting me on Saturday and for introducing me to the team. I was interested to hear that the practice is starting nurse-led weight clinics for dogs and cats, and that you want them running by the spring.

At Meadowbank Vets I set up a weight clinic two years ago; it now sees about thirty pets a month, and most owners stay for the full twelve weeks. I would be glad to help build yours.

I am very keen on the role and look forward to hearing from you.

Kind regards,
Rhiannon Davies
""", ctx("Rhiannon Davies", "Judith Holloway", "Holloway Veterinary Centre", "Registered Veterinary Nurse",
        "2026-03-07T10:00", "2026-03-07T18:00"))

strong("s28-construction-pm", "Thank you – Senior Project Manager interview", """
Dear Mr. Castillo,

Thank you for taking the time to meet with me on Wednesday. I appreciated your candor about the hospital expansion in Tucson, especially the challenge of keeping two wings open to patients while the new tower goes up.

At Sandoval Builders I managed a $48 million clinic expansion under the same conditions, phasing the work around patient areas with no unplanned shutdowns over 22 months. I would welcome the chance to bring that experience to your team.

I remain very interested in the position and look forward to hearing about next steps.

Sincerely,
Denise Whitfield-Okafor
""", ctx("Denise Whitfield-Okafor", "Roberto Castillo", "Mesa Ridge Construction", "Senior Project Manager",
        "2026-04-15T09:00", "2026-04-15T17:00"))

strong("s29-program-director", "Thank you – Program Director interview", """
Dear Ms. Jefferson,

Thank you for leading Tuesday's panel and for explaining the board's hopes for the after-school program. I was struck by your goal of reaching the two neighborhoods that still have no free tutoring.

In my current role I opened two new program sites in underserved areas, hiring and training fourteen tutors and reaching 220 students in the first year. I would love to help the Alliance grow in the same way.

I look forward to hearing from you.

Best regards,
Marcus Oyelaran
""", ctx("Marcus Oyelaran", ["Tamara Jefferson", "Luis Ortega", "Beth Kaminski"], "Southside Learning Alliance",
        "Program Director", "2026-05-12T13:00", "2026-05-12T19:30", interview_type="panel"))

strong("s30-security-analyst", "Thank you – SOC Analyst interview", """
Hi Fatima,

Thank you for the interview yesterday. I enjoyed the walk-through of your SIEM alert triage, and your point that analysts spend too long on duplicate phishing alerts stayed with me.

At my last job I wrote a small Python script that grouped duplicate phishing reports before they reached the queue, which cut our triage time by about a third. I'd be excited to help the team tackle the same problem.

I look forward to hearing about next steps.

Best regards,
Connor McAllister
""", ctx("Connor McAllister", "Fatima Al-Sayed", "Bastion Security", "SOC Analyst",
        "2026-06-24T14:00", "2026-06-25T09:00"))

strong("s31-bank-adviser", "Thank you – Customer Adviser interview", """
Dear Mr. Lewis,

Thank you for meeting me this morning. I was glad to hear that the branch is keeping a full counter service while helping more customers onto the app, and I liked the idea of the Tuesday help sessions for older customers.

In my current job at a building society I run a monthly digital drop-in, and last year I helped over a hundred customers set up online banking safely. I would be glad to support the Tuesday sessions.

I remain very interested in the role and look forward to hearing from you.

Kind regards,
Sophie Chadwick
""", ctx("Sophie Chadwick", "Huw Lewis", "Severn Bank", "Customer Adviser",
        "2026-09-02T09:30", "2026-09-02T15:00"))

strong("s32-internal-tech-lead", "Thanks for the tech lead chat", """
Hi Ravi,

Thanks for making the time this afternoon. Your point about the payments team needing someone to own the release process really resonated. I've been running our release train informally since March, and the rollbacks have gone from three a month to none.

I'd love to take this on properly as tech lead. Happy to walk you through the release checklist if that would be useful.

Cheers,
Emma
""", ctx("Emma Kowalczyk", "Ravi Menon", "Tillpoint", "Tech Lead",
        "2026-07-21T14:00", "2026-07-21T17:30", interview_type="internal"))

strong("s33-museum-curator", "Thank you – Assistant Curator interview", """
Dear Dr. Ashworth,

Thank you for the interview on Thursday and for showing me the textile store. I was fascinated by the plan to digitise the pattern books, and your hope of getting local weavers involved in describing them.

For my master's I catalogued and photographed 400 Victorian sample books at the Whitworth, and I ran two handling sessions for community groups. I would be delighted to help with the pattern book project.

I look forward to hearing from you.

With best wishes,
Zoë Hartmann
""", ctx("Zoë Hartmann", "Philippa Ashworth", "Lancashire Textile Museum", "Assistant Curator",
        "2026-11-12T11:00", "2026-11-12T19:00"))

strong("s34-second-nurse", "Following up – ICU Staff Nurse interview", """
Dear Ms. Delaney,

I hope you are well. Thank you again for meeting me on 10 March. I am writing to check in on the ICU Staff Nurse post, as I remain very keen to join the unit.

Please let me know if you need anything further from me, such as references. I look forward to hearing from you.

Kind regards,
Grace Achterberg
""", ctx("Grace Achterberg", "Maeve Delaney", "Northfield General Hospital", "ICU Staff Nurse",
        "2026-03-10T14:00", "2026-03-19T09:00", kind="second_follow_up", previous_sent_at="2026-03-11T08:30"))

strong("s35-reject-teacher", "Re: Geography Teacher – outcome", """
Dear Mr. Okoye,

Thank you for letting me know, and for the chance to teach your Year 8 group. I enjoyed my day at Castlebrook and appreciated the welcome from the department.

If you have time, I would value any feedback on my lesson. I would also be glad to hear about future vacancies.

Kind regards,
Laura Penhaligon
""", ctx("Laura Penhaligon", "Emeka Okoye", "Castlebrook Academy", "Geography Teacher", kind="after_rejection"))

strong("s36-apprentice-mechanic", "Thank you – Apprentice Technician interview", """
Dear Mr. Singh,

Thank you for showing me round the workshop on Friday. It was great to see the new EV bay and hear that apprentices get their high-voltage training in the first year.

I've been servicing my family's cars and my own motorbike for three years, and I finished my Level 2 in vehicle maintenance at college in June, so I'm ready to learn properly.

I'm really keen on the apprenticeship and look forward to hearing from you.

Kind regards,
Tyler Brooks
""", ctx("Tyler Brooks", "Harjit Singh", "Singh Motors", "Apprentice Technician",
        "2026-08-21T15:00", "2026-08-21T20:00"))

strong("s37-supply-chain", "Thank you – Supply Chain Analyst interview", """
Dear Ms. Okonjo,

Thank you for the interview this morning. I enjoyed hearing how the team is trying to cut safety stock without risking shortages of the fast-moving lines.

When you asked how I would approach it, I gave a rather general answer. The more useful example is the ABC analysis I ran at Dalton Foods, where we reduced safety stock on slow lines by 22% and kept service levels above 98%.

I am very interested in the role and look forward to hearing from you.

Best regards,
Ahmed Rahimi
""", ctx("Ahmed Rahimi", "Chioma Okonjo", "Redwood Wholesale", "Supply Chain Analyst",
        "2026-02-24T09:00", "2026-02-24T16:00"))

strong("s38-slp", "Thank you – Speech-Language Pathologist interview", """
Dear Dr. Nguyen,

Thank you for meeting with me on Thursday. I enjoyed learning about the district's plan to offer more therapy inside classrooms rather than pulling students out.

In my clinical fellowship I co-taught weekly language lessons with two kindergarten teachers, and our students' vocabulary scores improved more than those in pull-out sessions. I would be excited to help build that model across your elementary schools.

I look forward to hearing about the next steps.

Sincerely,
Hannah Goldberg
""", ctx("Hannah Goldberg", "Linh Nguyen", "Cedar Valley School District", "Speech-Language Pathologist",
        "2026-03-26T13:00", "2026-03-27T08:00"))

strong("s39-second-offer", "Re: Thank you – Supply Chain Analyst interview", """
Dear Ms. Okonjo,

Thank you again for the interview on the 24th. I wanted to let you know that I have received another offer, but Redwood remains my first choice and I am still very interested in the Supply Chain Analyst role.

If there is any update on your timeline you are able to share, I would be grateful. I look forward to hearing from you.

Best regards,
Ahmed Rahimi
""", ctx("Ahmed Rahimi", "Chioma Okonjo", "Redwood Wholesale", "Supply Chain Analyst",
        "2026-02-24T09:00", "2026-03-04T10:00", kind="second_follow_up", previous_sent_at="2026-02-24T16:00"))

strong("s40-reject-internal", "Re: Team Manager role", """
Hi Helen,

Thanks for letting me know in person yesterday, and for being so clear about the reasons. I was disappointed, but the feedback on my stakeholder examples is fair and really useful.

I'd welcome the chance to talk about what would help me get there next time, and I'm glad to support Mark in the new role.

Best,
Kemi
""", ctx("Kemi Adeyemi", "Helen Ward", "Northshire Housing", "Team Manager", kind="after_rejection", interview_type="internal"))

# ============================================================================ more weak drafts

variant("d37-name-typo-surname", "s08-electrician", {"names": "Kowalski misspelled as Kowalksi"},
        edits=[("Dear Mr. Kowalski,", "Dear Mr. Kowalksi,")])
variant("d38-company-typo", "s03-frontend-dev", {"names": "company written 'Homefinders'"},
        edits=[("I'd love to do the same kind of work on your search page.", "I'd love to do the same kind of work at Homefinders.")])
variant("d39-wrong-role", "s10-pharmacy-tech", {"names": "role given as Pharmacy Assistant"},
        edits=[("I am very interested in the role", "I am very interested in the Pharmacy Assistant role")])
variant("d40-wrong-person", "s27-vet-nurse", {"greeting": "greets Mrs. Holden (another practice's manager)", "names": "the wrong interviewer's name"},
        edits=[("Dear Mrs. Holloway,", "Dear Mrs. Holden,")])
variant("d41-generic-scientist", "s13-lab-scientist", {"personalization": "generic, no detail from the interview"},
        edits=[("I especially enjoyed hearing about the organoid models you are developing for drug toxicity screening, and the collaboration with the hepatology group.",
                "I especially enjoyed hearing more about the team and the exciting work you do."),
               ("so I would be excited to contribute to this work.", "so I would be excited to contribute to the team.")])
variant("d42-generic-pm", "s28-construction-pm", {"personalization": "generic praise of the company"},
        edits=[("I appreciated your candor about the hospital expansion in Tucson, especially the challenge of keeping two wings open to patients while the new tower goes up.",
                "I appreciated learning more about the company, its culture and its impressive portfolio of projects.")])
variant("d43-generic-soc", "s30-security-analyst", {"personalization": "generic", "fit": "no skill linked"},
        body="""
Hi Fatima,

Thank you for the interview yesterday. It was great to learn more about the role and to meet the team, and I enjoyed our conversation.

I'd be excited to join Bastion Security and look forward to hearing about next steps.

Best regards,
Connor McAllister
""")
variant("d44-no-thanks-bank", "s31-bank-adviser", {"gratitude": "no thanks anywhere"},
        edits=[("Thank you for meeting me this morning. I was glad", "It was good to meet you this morning. I was glad")])
variant("d45-thanks-subject-only", "s36-apprentice-mechanic", {"gratitude": "thanks only in the subject line"},
        edits=[("Thank you for showing me round the workshop on Friday. It was great to see",
                "It was great to look round the workshop on Friday and see")])
variant("d46-reject-no-thanks", "s35-reject-teacher", {"gratitude": "no thanks"},
        edits=[("Thank you for letting me know, and for the chance to teach your Year 8 group. I enjoyed",
                "I got your email about the decision. I enjoyed"),
               (" and appreciated the welcome from the department", "")])
variant("d47-no-fit-soc", "s30-security-analyst", {"fit": "achievement removed"},
        edits=[("At my last job I wrote a small Python script that grouped duplicate phishing reports before they reached the queue, which cut our triage time by about a third. I'd be excited to help the team tackle the same problem.",
                "I'd be excited to help the team tackle that problem.")])
variant("d48-vague-fit", "s33-museum-curator", {"fit": "vague self-praise instead of experience"},
        edits=[("For my master's I catalogued and photographed 400 Victorian sample books at the Whitworth, and I ran two handling sessions for community groups. I would be delighted to help with the pattern book project.",
                "I am passionate, organised and a quick learner, and I am sure I would be a great asset. I would be delighted to help with the pattern book project.")])
variant("d49-no-interest-vet", "s27-vet-nurse", {"interest": "no interest stated"},
        edits=[(" I would be glad to help build yours.", ""),
               ("I am very keen on the role and look forward to hearing from you.", "I look forward to hearing from you.")])
variant("d50-no-interest-sc", "s37-supply-chain", {"interest": "no interest stated"},
        edits=[("I am very interested in the role and look forward to hearing from you.", "I look forward to hearing from you.")])
variant("d51-typos-pm", "s28-construction-pm", {"spelling": "'oportunity' and 'schedual'"},
        edits=[("I would welcome the chance to bring", "I would welcome the oportunity to bring"),
               ("with no unplanned shutdowns over 22 months", "with no unplanned shutdowns and on schedual over 22 months")])
variant("d52-typo-slp", "s38-slp", {"spelling": "'acomodate'"},
        edits=[("I would be excited to help build that model", "I would be excited to help acomodate that model")])
variant("d53-subject-interview", "s33-museum-curator", {"subject": "just 'Interview'"}, subject="Interview")
variant("d54-subject-long", "s30-security-analyst", {"subject": "a whole sentence as the subject"},
        subject="Thank you so much for taking the time to interview me yesterday for the SOC Analyst position at Bastion Security, I really enjoyed it")
variant("d55-no-signoff", "s31-bank-adviser", {"signoff": "no closing and no name"},
        edits=[("\nKind regards,\nSophie Chadwick\n", "")])
variant("d56-internal-emoji", "s32-internal-tech-lead", {"tone": "emoji and slang"},
        edits=[("Thanks for making the time this afternoon.", "Thanks so much for making the time this afternoon 🙏🙏"),
               ("I'd love to take this on properly as tech lead.", "Tbh I'd love to take this on properly as tech lead lol.")])
variant("d57-guilt-second", "s39-second-offer", {"tone": "guilt-tripping"},
        edits=[("I wanted to let you know that I have received another offer, but Redwood remains my first choice",
                "I turned down another interview to attend yours, and I have now received another offer, but Redwood remains my first choice")])
variant("d58-late-sc", "s37-supply-chain", {"timing": "three days after the interview"},
        edits=[("Thank you for the interview this morning.", "Thank you for the interview on Tuesday.")],
        ctx={"sent_at": "2026-02-27T11:00"})
variant("d59-early-second", "s34-second-nurse", {"timing": "second follow-up two days after the first"},
        ctx={"sent_at": "2026-03-13T09:00"})
variant("d60-placeholder-program", "s29-program-director", {"placeholders": "[specific neighborhoods] left in"},
        edits=[("reaching the two neighborhoods that still have no free tutoring", "reaching [specific neighborhoods]")])
variant("d61-long-slp", "s38-slp", {"length": "far too long"},
        edits=[("I would be excited to help build that model across your elementary schools.",
                "I would be excited to help build that model across your elementary schools. I also wanted to share more about my background, since we ran out of time at the end. Before graduate school I worked for two years as a paraprofessional in a special education classroom, where I supported students with autism and developmental delays and learned a great deal from the teachers and therapists I worked alongside. During graduate school I completed placements in an outpatient clinic, a skilled nursing facility and a middle school, and I wrote my thesis on vocabulary interventions for multilingual learners, which I presented at the state association's annual conference. I am fluent in Vietnamese and conversational in Spanish, and I have used both with families to explain evaluation results and goals. I have also trained in several augmentative and alternative communication systems, and I helped my clinical fellowship site set up a lending library of low-tech communication boards for families. Outside of work I volunteer with a literacy nonprofit that runs summer reading camps, where I have coordinated volunteers and planned weekly activities for sixty children. I mention all of this because I believe it shows my commitment to students and families, my flexibility across settings, and my interest in collaborative models of service delivery like the one your district is building. I would also be happy to provide writing samples, evaluation reports with identifying information removed, or additional references from my supervisors if that would be helpful to the committee.")])
variant("d62-oneliner", "s36-apprentice-mechanic", {"length": "one line", "personalization": "no detail",
                                                     "fit": "nothing about experience", "interest": "no interest",
                                                     "next_steps": "no closing line", "signoff": "name with no closing"},
        body="""
Hi Harjit,

Thanks for the interview on Friday, cheers.

Tyler
""")
variant("d63-pressure-panel", "s29-program-director", {"next_steps": "asks for a decision by Monday"},
        edits=[("I look forward to hearing from you.", "I would appreciate a decision by Monday, as I need to give notice at my current job.")])

_pp = {"candidate_name": "Marcus Oyelaran", "interviewers": ["Tamara Jefferson", "Luis Ortega", "Beth Kaminski"],
       "company": "Southside Learning Alliance", "role": "Program Director", "interview_type": "panel",
       "interview_at": "2026-05-12T13:00", "sent_at": "2026-05-12T19:30"}
panel("p05-nonprofit-distinct", _pp, [
    ("Tamara Jefferson", "Thank you – Program Director interview", """
Dear Ms. Jefferson,

Thank you for leading Tuesday's panel and for explaining the board's hopes for the after-school program. I was struck by your goal of reaching the two neighborhoods that still have no free tutoring.

In my current role I opened two new program sites in underserved areas, reaching 220 students in the first year. I would love to help the Alliance grow in the same way.

I look forward to hearing from you.

Best regards,
Marcus Oyelaran
"""),
    ("Luis Ortega", "Thank you – Program Director interview", """
Dear Mr. Ortega,

Thank you for your questions about measuring outcomes. I agree that attendance alone says little, and I liked your idea of tracking reading growth each semester.

At my current organization I introduced twice-yearly reading assessments and built a simple dashboard for funders, which helped us renew two major grants. I'd be glad to bring that to the Alliance.

I look forward to hearing from you.

Best regards,
Marcus Oyelaran
"""),
    ("Beth Kaminski", "Thank you – Program Director interview", """
Dear Ms. Kaminski,

Thank you for telling me about the volunteer tutors from the community college. It was clear how much they add, and how hard it is to keep them for more than one term.

I ran a tutor recognition program that doubled our volunteer retention in a year, and I am very excited about the chance to do the same with your tutors.

I look forward to hearing from you.

Best regards,
Marcus Oyelaran
"""),
], "fine")

panel("p06-council-copies", {"candidate_name": "Owen Tregarthen", "interviewers": ["Leena Bhatt", "Martin Keast"],
                             "company": "Penwith District Council", "role": "Planning Officer", "interview_type": "panel",
                             "interview_at": "2026-10-16T10:00", "sent_at": "2026-10-16T16:00"}, [
    ("Leena Bhatt", "Thank you – Planning Officer interview", """
Dear Ms. Bhatt,

Thank you for the interview on Friday. I found the discussion of the new design code for the town centre especially interesting, and it was good to hear that officers will help shape it.

At Harlow District Council I handled around 150 householder applications a year, so I am comfortable explaining design decisions to residents and councillors.

I remain very interested in the post and look forward to hearing from you.

Kind regards,
Owen Tregarthen
"""),
    ("Martin Keast", "Thank you – Planning Officer interview", """
Dear Mr. Keast,

Thank you for the interview on Friday. I found the discussion of the new design code for the harbour especially interesting, and it was good to hear that officers will help shape it.

At Harlow District Council I handled around 150 householder applications a year, so I am comfortable explaining design decisions to residents and councillors.

I remain very interested in the post and look forward to hearing from you.

Kind regards,
Owen Tregarthen
"""),
], "problem", "one word changed (town centre / harbour)", label_emails=False)


# ====================================================== strong emails in less usual shapes

strong("s41-bullets", "Thank you – Operations Coordinator interview", """
Dear Ms. Farouk,

Thank you for the interview this morning. Two things you said stayed with me: that the team spends Fridays rebuilding the delivery schedule by hand, and that new drivers often get lost on the rural routes.

On both, I have relevant experience from Brook Logistics:
- I moved our weekly schedule from a whiteboard into a shared spreadsheet with route templates, which cut Friday planning from five hours to two.
- I wrote route notes with photos for our twelve rural drops, which new drivers still use.

I am very interested in the role and look forward to hearing from you.

Kind regards,
Tom Fairbairn
""", ctx("Tom Fairbairn", "Yasmin Farouk", "Dales Fresh Produce", "Operations Coordinator",
        "2026-05-18T09:00", "2026-05-18T14:00"))

strong("s42-very-short", "Thank you – Barista interview", """
Hi Lou,

Thank you for the trial shift this morning. I liked how you run the oat-milk station separately to keep the queue moving, and I did the same at Bean There during the summer rush.

I'd love to join the team and look forward to hearing from you.

Best,
Kasia Nowak
""", ctx("Kasia Nowak", "Louise Barton", "Copper Kettle Coffee", "Barista",
        "2026-04-11T08:00", "2026-04-11T13:00"))

strong("s43-ps-attachment", "Thank you – Content Designer interview", """
Dear Imogen,

Thank you for your time yesterday. I enjoyed our conversation about rewriting the benefits pages in plain English, and your point that most users arrive on a phone from a search result.

At the Pensions Service I rewrote twelve guidance pages with user research at each step, and calls about those topics fell by 18%. I have attached the before-and-after version of one page in case it is useful.

I am very interested in the role and look forward to hearing from you.

Best wishes,
Callum Osei

P.S. The research summary for that project is public on our blog, if you would like more detail.
""", ctx("Callum Osei", "Imogen Marsh", "Department for Work and Pensions", "Content Designer",
        "2026-06-30T15:00", "2026-07-01T09:00"))

strong("s44-us-hi-mr", "Thank you – Warehouse Shift Supervisor interview", """
Hi Mr. Delgado,

Thank you for walking me through the cross-dock operation on Friday. Your goal of cutting trailer turn time before peak season made a lot of sense once I saw the yard.

At Lone Star Distribution I supervised a 30-person night shift and reduced our average turn time from 75 to 50 minutes by staging outbound loads earlier. I would be glad to help your team do the same.

I'm very interested in the position and look forward to hearing from you.

Best regards,
Jasmine Carter
(512) 555-0187
""", ctx("Jasmine Carter", "Ramon Delgado", "Gulf Coast Freight", "Warehouse Shift Supervisor",
        "2026-08-14T10:00", "2026-08-14T18:00"))

strong("s45-late-thanks", "Following our conversation – Senior Social Worker role", """
Dear Ms. Nwosu,

I have been thinking about our conversation on Thursday, especially your plan to bring the hospital discharge team and the community team into one weekly meeting. That kind of joined-up work is exactly why I moved into adult social care.

In my current post I chair the weekly complex discharge meeting with ward staff and district nurses, and our delayed discharges have fallen steadily since we started. I would welcome the chance to build something similar with your teams.

Thank you again for your time and for such an open conversation. I remain very interested in the role and look forward to hearing from you.

Kind regards,
Bronwen Ellis
""", ctx("Bronwen Ellis", "Chiamaka Nwosu", "Gwent County Council", "Senior Social Worker",
        "2026-03-05T14:00", "2026-03-06T09:00"))

strong("s46-portfolio-link", "Thank you – Motion Designer interview", """
Hi Keanu,

Thanks for the interview today. The animated explainer series you're planning for the app launch sounds like a great project, and I liked your idea of keeping every film under forty seconds.

I made a series of eight short explainers for a fintech start-up last year, all under thirty seconds, and their onboarding completion went up noticeably. You can see them here: https://www.example.com/portfolio/explainers

I'd be excited to work on your series and look forward to hearing from you.

Best,
Rosa Lindqvist
""", ctx("Rosa Lindqvist", "Keanu Alapai", "Fable Studio", "Motion Designer",
        "2026-09-09T11:00", "2026-09-09T17:30"))

strong("s47-reply-thread-internal", "Re: Interview – Senior Nurse Educator", """
Hi Deborah,

Thanks for seeing me this morning, and for being so open about the pressure on the preceptorship programme. I liked your idea of protected teaching time on every shift.

I've run the simulation sessions for new starters on our ward for the past year, so I'd be really glad to help roll that out across the division.

Happy to talk it through any time, and I look forward to hearing from you.

Best wishes,
Joy
""", ctx("Joy Mensah", "Deborah King", "Eastgate Hospital", "Senior Nurse Educator",
        "2026-02-17T10:00", "2026-02-17T16:00", interview_type="internal"))

strong("s48-reject-panel", "Re: Head of Digital Services – outcome", """
Dear Ms. Ahmed,

Thank you for letting me know, and please pass my thanks to Mr. Lyons and the rest of the panel. I enjoyed our conversation about the planning portal and wish you every success with it.

I would be glad to be considered for future senior roles at the council.

Kind regards,
Graham Whitlock
""", ctx("Graham Whitlock", ["Samira Ahmed", "Peter Lyons"], "Eastfield District Council",
        "Head of Digital Services", kind="after_rejection", interview_type="panel"))

strong("s49-second-panel", "Checking in – Program Director interview", """
Dear Ms. Jefferson,

I hope you are well. Thank you again to you and the panel for meeting me on 12 May. I wanted to check in on the Program Director role; I remain very excited about the chance to help the Alliance reach the two neighborhoods we discussed.

I would be happy to provide references or anything else that would help. I look forward to hearing from you.

Best regards,
Marcus Oyelaran
""", ctx("Marcus Oyelaran", ["Tamara Jefferson", "Luis Ortega", "Beth Kaminski"], "Southside Learning Alliance",
        "Program Director", "2026-05-12T13:00", "2026-05-20T09:00", kind="second_follow_up",
        previous_sent_at="2026-05-12T19:30", interview_type="panel"))

strong("s50-gardener", "Thank you – Gardener interview", """
Dear Mr. Pengelly,

Thank you for showing me round the walled garden on Tuesday. I was glad to hear you plan to bring the old glasshouses back into use for propagating the estate's own plants.

I spent three seasons propagating perennials and tender plants in the glasshouses at Trewithen, and I hold my PA1 and PA6 spraying certificates, so I could get the propagation side running quickly.

I would love to join the team and look forward to hearing from you.

Kind regards,
Morwenna Hicks
""", ctx("Morwenna Hicks", "Jory Pengelly", "Trelissick Estate", "Gardener",
        "2026-04-28T10:00", "2026-04-28T19:00"))

# ================================================= weak drafts written from scratch

fresh("d64-rushed-phone", "Interview", """
Hi,

Thanks for today. It was great to meet everyone and learn about the company. I think I'd be a great fit and I'm really excited!!

Thanks
Sent from my iPhone
""", ctx("Jade Kerr", "Martin Oakes", "Oakes Motors", "Sales Executive", "2026-05-06T10:00", "2026-05-06T12:00"),
      {"subject": "just 'Interview'", "greeting": "no name", "tone": "'excited!!'",
       "personalization": "nothing specific", "fit": "bare claim", "signoff": "no name, phone signature",
       "length": "too short", "next_steps": "no forward close"})

fresh("d65-wrong-company-template", "Thank you – Account Manager interview", """
Dear Ms. Turner,

Thank you for taking the time to speak with me yesterday about the Account Manager role. I enjoyed hearing about your plan to move your two largest clients to monthly reviews, and I ran monthly reviews for my largest accounts at Copperleaf.

I am very excited about the opportunity to join Silverline Media and look forward to hearing from you.

Best regards,
Nathan Reid
""", ctx("Nathan Reid", "Elizabeth Turner", "Brightmark Media", "Account Manager", "2026-06-03T11:00", "2026-06-03T17:00"),
      {"names": "names Silverline Media, another application"})

fresh("d66-overshare-late", "Thank you – Librarian interview", """
Dear Mrs. Boyle,

Thank you for the interview last week. Sorry this is late, it has been a very difficult week at home and I have not been sleeping, but I wanted to say that I enjoyed hearing about the new makerspace on the first floor. I ran a Lego coding club at my last library for two years.

I really hope I get this job as I need it badly. I look forward to hearing from you.

Kind regards,
Philip Ward
""", ctx("Philip Ward", "Anne Boyle", "Dunmore Libraries", "Librarian", "2026-01-13T10:00", "2026-01-19T21:00"),
      {"timing": "six days later", "tone": "oversharing and desperation", "interest": "'need it badly' is need, not interest"})

fresh("d67-demanding-second", "Re: Thank you – Marketing Analyst interview", """
Dear Mr. Hayes,

It has now been nine days since my interview and I have not heard anything. Please let me know the outcome by tomorrow, as I need to make other plans.

Regards,
Olivia Brandt
""", ctx("Olivia Brandt", "Simon Hayes", "Greyfield Retail", "Marketing Analyst", "2026-03-02T10:00", "2026-03-11T09:00",
         kind="second_follow_up", previous_sent_at="2026-03-02T17:00"),
      {"tone": "impatient, guilt", "next_steps": "deadline of tomorrow", "interest": "no interest",
       "gratitude": "no thanks"})

fresh("d68-typo-heavy", "Thank you – Admin Officer interview", """
Dear Mr. Achebe,

Thank you for meeting me on Wensday. I enjoyed hearing about the new filing sytem for the housing team, and I set up a similiar system for the planning department at my curent job.

I am very intrested in the role and look forward to hearing from you.

Kind regards,
Lucy Pemberton
""", ctx("Lucy Pemberton", "Obinna Achebe", "Stockbridge Council", "Admin Officer", "2026-02-04T10:00", "2026-02-04T17:00"),
      {"spelling": "Wensday, sytem, similiar, curent, intrested"})

fresh("d69-generic-long-subject", "Following up on my recent interview for the position with your company last week", """
Dear Dr. Patel,

Thank you for the interview on Monday. I appreciated learning about the practice and meeting the team, and it was a pleasure to see the surgery.

With six years as a practice nurse, including running the diabetes clinic at Fernside Surgery, I would bring experience your patients would benefit from.

I remain very interested in the Practice Nurse role and look forward to hearing from you.

Kind regards,
Aoife Brennan
""", ctx("Aoife Brennan", "Sunil Patel", "Valley Medical Practice", "Practice Nurse", "2026-09-21T09:00", "2026-09-21T18:00"),
      {"subject": "long and vague", "personalization": "nothing from the conversation"})

fresh("d70-reject-plea", "Re: Graduate Engineer – outcome", """
Dear Dr. Hamid,

Thank you for letting me know. I have to say I'm shocked, as I felt the interview went really well. Is there any chance you could reconsider? I really need this job and I'm sure I'd prove you wrong.

Regards,
Yasmin Farouk
""", ctx("Yasmin Farouk", "Omar Hamid", "Stanton Structures", "Graduate Engineer", kind="after_rejection"),
      {"tone": "desperation and pushback", "next_steps": "asks them to reconsider instead of keeping the door open"})


# ============================================ more second follow-ups, rejections and panels

strong("s51-second-retail", "Checking in – Visual Merchandiser application", """
Dear Ms. Castellano,

I hope all is well at the flagship store. Thank you again for the interview on 19 September. I'm writing to check in on the Visual Merchandiser role, which I remain very keen on.

If it would help, I'd be glad to send photos of the autumn windows I installed last week. I look forward to hearing from you.

Best wishes,
Jade Whitmore
""", ctx("Jade Whitmore", "Lucia Castellano", "Arden & Vale", "Visual Merchandiser",
        "2026-09-19T10:00", "2026-09-28T09:00", kind="second_follow_up", previous_sent_at="2026-09-19T19:00"))

strong("s52-reject-nurse-short", "Re: ICU Staff Nurse – outcome", """
Dear Ms. Delaney,

Thank you for letting me know, and for taking the time to show me the unit. I would be very glad to be considered if another post comes up on ICU.

Kind regards,
Grace Achterberg
""", ctx("Grace Achterberg", "Maeve Delaney", "Northfield General Hospital", "ICU Staff Nurse", kind="after_rejection"))

strong("s53-reject-us-feedback", "Re: Senior Project Manager position", """
Dear Mr. Castillo,

Thank you for the call this morning and for letting me know personally. I appreciated the time you and the team invested in the process, and your comments on my scheduling approach were helpful.

I'd welcome the opportunity to stay in touch, and I hope to work with Mesa Ridge in the future.

Sincerely,
Denise Whitfield-Okafor
""", ctx("Denise Whitfield-Okafor", "Roberto Castillo", "Mesa Ridge Construction", "Senior Project Manager",
        kind="after_rejection"))

variant("d71-second-too-soon-pushy", "s51-second-retail", {"timing": "one day after the first email",
                                                          "next_steps": "asks for a decision today"},
        edits=[("If it would help, I'd be glad to send photos of the autumn windows I installed last week. I look forward to hearing from you.",
                "Could you let me know today whether I've been successful?")],
        ctx={"sent_at": "2026-09-20T12:00"})
variant("d72-reject-bitter", "s52-reject-nurse-short", {"tone": "sarcastic and bitter", "next_steps": "no door left open"},
        edits=[("Thank you for letting me know, and for taking the time to show me the unit. I would be very glad to be considered if another post comes up on ICU.",
                "Thank you for letting me know. What a surprise. I suppose the internal candidate was always going to get it, so I guess you were just going through the motions.")])
variant("d73-reject-typos", "s53-reject-us-feedback", {"spelling": "'apreciated' and 'schedualing'"},
        edits=[("I appreciated the time", "I apreciated the time"), ("my scheduling approach", "my schedualing approach")])
variant("d74-reject-wrong-name", "s53-reject-us-feedback", {"greeting": "greets Mr. Castellano", "names": "surname wrong"},
        edits=[("Dear Mr. Castillo,", "Dear Mr. Castellano,")])

_pn = {"candidate_name": "Laura Penhaligon", "interviewers": ["Emeka Okoye", "Rachel Pascoe", "Tom Hendy"],
       "company": "Castlebrook Academy", "role": "Geography Teacher", "interview_type": "panel",
       "interview_at": "2026-05-05T11:00", "sent_at": "2026-05-05T18:00"}
panel("p07-school-distinct", _pn, [
    ("Emeka Okoye", "Thank you – Geography Teacher interview", """
Dear Mr. Okoye,

Thank you for the interview on Tuesday and for the chance to teach your Year 8 group. I enjoyed hearing about the department's plan to add a fieldwork day on the river at Key Stage 3.

I organised the Year 9 coastal fieldwork trip at my current school for three years, so I would be glad to help build the new river day.

I am very keen to join the department and look forward to hearing from you.

Kind regards,
Laura Penhaligon
"""),
    ("Rachel Pascoe", "Thank you – Geography Teacher interview", """
Dear Mrs. Pascoe,

Thank you for your questions about pastoral care. I liked hearing that every tutor at Castlebrook keeps the same group from Year 7 to Year 11.

I have been a Year 9 tutor for three years and ran our anti-bullying ambassadors scheme, so I would enjoy that long-term relationship with a tutor group.

I am very keen to join Castlebrook and look forward to hearing from you.

Kind regards,
Laura Penhaligon
"""),
    ("Tom Hendy", "Thank you – Geography Teacher interview", """
Dear Tom,

Thank you for the student panel. Your Year 10 students' question about why geography matters for jobs was a great one, and I enjoyed answering it.

At my current school I set up a careers week in the humanities department with local planners and surveyors, and I'd be very happy to do something similar at Castlebrook.

I look forward to hearing from you.

Kind regards,
Laura Penhaligon
"""),
], "fine")

panel("p08-school-mailmerge", _pn, [
    ("Emeka Okoye", "Thank you – Geography Teacher interview", """
Dear Mr. Okoye,

Thank you for taking the time to interview me on Tuesday. I really enjoyed my visit to Castlebrook Academy and meeting the students and staff.

I believe my experience in teaching geography would make me a valuable member of your department, and I am very keen to join the school.

I look forward to hearing from you.

Kind regards,
Laura Penhaligon
"""),
    ("Rachel Pascoe", "Thank you – Geography Teacher interview", """
Dear Mrs. Pascoe,

Thank you for taking the time to interview me on Tuesday. I really enjoyed my visit to Castlebrook Academy and meeting the students and staff.

I believe my experience in teaching geography would make me a valuable member of your department, and I am very keen to join the school.

I look forward to hearing from you.

Kind regards,
Laura Penhaligon
"""),
    ("Tom Hendy", "Thank you – Geography Teacher interview", """
Dear Mr. Hendy,

Thank you for taking the time to interview me on Tuesday. I really enjoyed my visit to Castlebrook Academy and meeting the students and staff.

I believe my experience in teaching geography would make me a valuable member of your department, and I am very keen to join the school.

I look forward to hearing from you.

Kind regards,
Laura Penhaligon
"""),
], "problem", "mail merge: identical but for the greeting", label_emails=False)


# ========================================================= second batch, written separately
# First measured on their own, before anyone tuned the checker on them (see the commit message).

strong("b01-dietitian", "Thank you – Community Dietitian interview", """
Dear Ms. Farrell,

Thank you for meeting me on Wednesday. I was interested to hear that the team wants to run group sessions for people newly diagnosed with type 2 diabetes in the evenings, so working patients can attend.

I co-designed and delivered a six-week evening course of this kind at Marsden Health, and nine in ten participants completed it. I would be happy to help set up yours.

I remain very interested in the post and look forward to hearing from you.

Kind regards,
Eilidh Munro
""", ctx("Eilidh Munro", "Niamh Farrell", "Lothian Community Health", "Community Dietitian",
        "2026-04-22T10:00", "2026-04-22T17:00"))

strong("b02-devops", "Thank you – DevOps Engineer interview", """
Hi Marek,

Thanks for the technical interview this afternoon. I enjoyed talking through your plan to move the nightly builds from Jenkins to GitHub Actions, and your worry about losing the custom test reports along the way.

I did exactly that migration at Corvid last year, including rebuilding our JUnit reports as workflow artifacts, and our build times dropped by about 40%. I'd be glad to help your team avoid the same pitfalls.

I'm very interested in the role and look forward to hearing about the next steps.

Best regards,
Adaeze Okafor
""", ctx("Adaeze Okafor", "Marek Novotny", "Brightforge", "DevOps Engineer",
        "2026-10-13T14:00", "2026-10-13T18:45"))

strong("b03-sales-assistant", "Thank you – Sales Assistant interview", """
Dear Mrs. Okeke,

Thank you for the interview on Saturday and for introducing me to the team on the shop floor. I liked hearing that you want every assistant to be able to fit school shoes properly before the August rush.

I have worked weekends at Clarks for a year and completed their children's fitting training, so I could help with the August rush from day one.

I would love to join the team and look forward to hearing from you.

Kind regards,
Ruby Clarke
""", ctx("Ruby Clarke", "Ifeoma Okeke", "Stepwise Shoes", "Sales Assistant",
        "2026-06-06T11:00", "2026-06-06T16:00"))

strong("b04-internal-payroll", "Thanks for today – Payroll Team Leader", """
Hi Sandra,

Thanks for the interview earlier. Your point about the year-end rush landing on the same two people every April really struck a chord; I've been cross-training Liam and Chloe on the P60 process since January, so we'd already have four people who can run it.

I'm really keen on the team leader role and happy to chat more whenever suits.

Best,
Joanne
""", ctx("Joanne Pike", "Sandra Whyte", "Ashfield Council", "Payroll Team Leader",
        "2026-02-26T10:00", "2026-02-26T15:00", interview_type="internal"))

strong("b05-architect", "Thank you – Part II Architectural Assistant interview", """
Dear Mr. Adebayo-Smith,

Thank you for your time on Monday and for talking me through the school extension at Holt Lane. I was particularly interested in your decision to use cross-laminated timber to keep the build within the summer holidays.

For my Part I year I worked on a CLT primary school classroom block at Feilden Fowles, producing the construction drawings and coordinating with the engineer, so I would be glad to bring that experience to Holt Lane.

I remain very interested in the role and look forward to hearing from you.

Kind regards,
Isla Petersen
""", ctx("Isla Petersen", "Kunle Adebayo-Smith", "Studio Arc", "Part II Architectural Assistant",
        "2026-07-06T10:00", "2026-07-06T18:00"))

strong("b06-second-chef", "Checking in – Sous Chef trial shift", """
Hi Claire,

I hope the new menu launch went well. Thank you again for having me for the trial shift on the 10th. I wanted to check in on the Sous Chef role, as I'm still very keen to join your kitchen.

Happy to come in for another shift if that would help. I look forward to hearing from you.

Best wishes,
Marco Bianchi
""", ctx("Marco Bianchi", "Claire Dubois", "The Linden Tree", "Sous Chef",
        "2026-10-10T17:00", "2026-10-18T10:00", kind="second_follow_up", previous_sent_at="2026-10-11T11:00"))

strong("b07-reject-dev", "Re: DevOps Engineer – decision", """
Hi Marek,

Thanks for letting me know, and for the detailed feedback on the Kubernetes exercise. It was a really enjoyable interview, and I learned a lot from the discussion about your build pipeline.

I'd be glad to be considered for future roles at Brightforge.

Best regards,
Adaeze Okafor
""", ctx("Adaeze Okafor", "Marek Novotny", "Brightforge", "DevOps Engineer", kind="after_rejection"))

strong("b08-teacher-us", "Thank you – 5th Grade Teacher interview", """
Dear Principal Hawkins,

Thank you for meeting with me on Tuesday and for letting me observe Ms. Lee's math block. I was impressed by how the grade-level team shares one set of exit tickets and meets every Friday to look at the results.

At Jefferson Elementary I led our fifth-grade data meetings for two years, and our students' math proficiency rose from 52% to 67%. I would love to contribute to that kind of team.

I look forward to hearing about the next steps.

Sincerely,
Brianna Wallace
""", ctx("Brianna Wallace", "Gordon Hawkins", "Maple Grove Elementary", "5th Grade Teacher",
        "2026-04-14T09:00", "2026-04-14T16:00"))

strong("b09-charity-finance", "Thank you – Finance Officer interview", """
Dear Mr. Sowerby,

Thank you for taking the time to meet me yesterday. It was helpful to hear how the charity wants to report restricted funds to each of its funders every quarter instead of once a year.

In my current role at Age Well I set up restricted fund codes in Sage and produce quarterly funder reports for eleven grants, so I would be able to take that on quickly.

I am very interested in the role and look forward to hearing from you.

Best wishes,
Farah Qureshi
""", ctx("Farah Qureshi", "Alan Sowerby", "Riverbank Trust", "Finance Officer",
        "2026-11-17T14:00", "2026-11-18T09:30"))

strong("b10-panel-police", "Thank you – Police Staff Investigator interview", """
Dear Inspector Hale,

Thank you for chairing the panel on Thursday. Your question about handling a backlog of low-level fraud cases made me think, and I was pleased to hear the unit is trialling a triage desk for them.

At Action Fraud I triaged around forty reports a day and built the victim call-back script that is still in use, so I would be glad to help make the triage desk work.

I remain very interested in the post and look forward to hearing from you.

Kind regards,
Samuel Oduya
""", ctx("Samuel Oduya", ["Rebecca Hale", "Jon Price"], "Avon and Somerset Police", "Police Staff Investigator",
        "2026-03-12T10:00", "2026-03-12T17:00", interview_type="panel"))

# --- blind weak drafts, each written whole

fresh("b11-no-detail-no-fit", "Thank you – Receptionist interview", """
Dear Mrs. Cartwright,

Thank you for the interview yesterday. It was lovely to meet you and to see the practice. Everyone was very welcoming and I can tell it is a great place to work.

I would really like to join the team and look forward to hearing from you.

Kind regards,
Gemma Lowe
""", ctx("Gemma Lowe", "Pauline Cartwright", "Hillside Dental", "Receptionist", "2026-05-20T10:00", "2026-05-21T08:00"),
      {"personalization": "nothing discussed", "fit": "no skill or experience", "timing": "sent the next morning after a morning interview; the same day is better"})

fresh("b12-casual-external", "thanks!!", """
hey Dan,

thanks a lot for the interview today, was really cool to see the studio. the podcast setup was awesome and i've been editing my own podcast for 2 years so i reckon i'd fit right in lol

let me know!!

Sam
""", ctx("Sam Duffy", "Daniel Webb", "Soundwave Media", "Audio Producer", "2026-08-18T13:00", "2026-08-18T19:00"),
      {"subject": "vague and shouty", "greeting": "'hey' to an external interviewer", "tone": "slang, 'lol', '!!'",
       "signoff": "no closing", "next_steps": "'let me know!!' is abrupt", "interest": "no interest stated",
       "personalization": "'the podcast setup was awesome' is praise, not a point discussed"})

fresh("b13-late-and-long-wait", "Thank you – Graphic Designer interview", """
Dear Ms. Vogel,

Thank you for meeting me on the 2nd to go through my portfolio. I especially enjoyed hearing about the rebrand for the city museum, and my packaging work for a local brewery shows I can handle a brand system end to end.

I am excited about the role and look forward to hearing from you.

Best,
Omar Siddiqui
""", ctx("Omar Siddiqui", "Lena Vogel", "Northlight Studio", "Graphic Designer", "2026-04-02T15:00", "2026-04-10T10:00"),
      {"timing": "eight days after the interview"})

fresh("b14-wrong-interviewer-name", "Thank you – Dietitian interview", """
Dear Ms. Farrow,

Thank you for meeting me on Wednesday. I was interested to hear that the team wants to run evening group sessions for people newly diagnosed with type 2 diabetes.

I ran a similar six-week evening course at Marsden Health, and I would be happy to help set up yours.

I remain very interested in the post and look forward to hearing from you.

Kind regards,
Eilidh Munro
""", ctx("Eilidh Munro", "Niamh Farrell", "Lothian Community Health", "Community Dietitian", "2026-04-22T10:00", "2026-04-22T17:00"),
      {"greeting": "greets Ms. Farrow", "names": "Farrell misspelled"})

fresh("b15-template-leftovers", "Thank you – [Job Title] interview", """
Dear Mr. Sowerby,

Thank you for taking the time to meet me yesterday. It was helpful to hear about [something specific you discussed], and I believe my experience with Sage would be an asset to Riverbank Trust.

I am very interested in the role and look forward to hearing from you.

Best wishes,
Farah Qureshi
""", ctx("Farah Qureshi", "Alan Sowerby", "Riverbank Trust", "Finance Officer", "2026-11-17T14:00", "2026-11-18T09:30"),
      {"placeholders": "[Job Title] and [something specific you discussed]", "subject": "placeholder in the subject",
       "personalization": "the detail is a placeholder"})

fresh("b16-demanding", "Thank you – Transport Planner interview", """
Dear Mr. Van der Berg,

Thank you for meeting me on Tuesday. It was interesting to hear that your drivers lose most time at the two big supermarket depots.

At Coldstream Foods I rebuilt our slot booking process with the depots and reduced waiting times by more than half. I am very interested in the role.

I have another offer on the table, so I need your decision by Thursday at the latest.

Kind regards,
Hannah Lister
""", ctx("Hannah Lister", "Joost van der Berg", "Fenland Haulage", "Transport Planner", "2026-03-24T10:30", "2026-03-24T17:30"),
      {"next_steps": "demands a decision by Thursday"})

fresh("b17-second-pushy-early", "Re: Thank you – Sales Assistant interview", """
Dear Mrs. Okeke,

I sent you an email on Saturday but haven't had a reply yet. Have you made a decision about the Sales Assistant job?

Ruby Clarke
""", ctx("Ruby Clarke", "Ifeoma Okeke", "Stepwise Shoes", "Sales Assistant", "2026-06-06T11:00", "2026-06-08T09:00",
         kind="second_follow_up", previous_sent_at="2026-06-06T16:00"),
      {"timing": "two days after the first email", "interest": "no interest stated", "signoff": "no closing",
       "gratitude": "no thanks",
       "next_steps": "no forward line, just 'have you decided?'"})

fresh("b18-reject-angry", "Re: Police Staff Investigator – outcome", """
Dear Inspector Hale,

I have received your letter. To be honest, I find the decision hard to accept given my experience at Action Fraud, and I think the panel did not give my answers a fair hearing.

Regards,
Samuel Oduya
""", ctx("Samuel Oduya", ["Rebecca Hale", "Jon Price"], "Avon and Somerset Police", "Police Staff Investigator",
         kind="after_rejection", interview_type="panel"),
      {"tone": "accuses the panel of unfairness", "gratitude": "no thanks", "next_steps": "no door left open"})

fresh("b19-spelling-us", "Thank you – 5th Grade Teacher interview", """
Dear Principal Hawkins,

Thank you for meeting with me on Tuesday. I was impressed by how the grade-level team shares one set of exit tickets and meets every Friday to look at the resluts.

At Jefferson Elementary I lead our fifth-grade data meetings for two years, and our students' math proficiency rose significently. I would love to contribute to that kind of team.

I look forward to hearing about the next steps.

Sincerely,
Brianna Wallace
""", ctx("Brianna Wallace", "Gordon Hawkins", "Maple Grove Elementary", "5th Grade Teacher", "2026-04-14T09:00", "2026-04-14T16:00"),
      {"spelling": "'resluts', 'significently'"})

fresh("b20-no-greeting-no-thanks", "Architectural Assistant interview – Isla Petersen", """
Following Monday's interview, I wanted to add that I worked on a CLT classroom block during my Part I year at Feilden Fowles, which seems relevant to the Holt Lane school extension you described.

I remain very interested in the role and look forward to hearing from you.

Kind regards,
Isla Petersen
""", ctx("Isla Petersen", "Kunle Adebayo-Smith", "Studio Arc", "Part II Architectural Assistant", "2026-07-06T10:00", "2026-07-06T18:00"),
      {"greeting": "no greeting", "gratitude": "no thanks"})

fresh("b21-wrong-role-company", "Thank you – DevOps Engineer interview", """
Hi Marek,

Thanks for the technical interview this afternoon. I enjoyed talking through your plan to move the nightly builds from Jenkins to GitHub Actions.

I did exactly that migration at Corvid last year, and our build times dropped by about 40%. I'd be glad to bring that to the Site Reliability Engineer role at Ironclad.

I look forward to hearing about the next steps.

Best regards,
Adaeze Okafor
""", ctx("Adaeze Okafor", "Marek Novotny", "Brightforge", "DevOps Engineer", "2026-10-13T14:00", "2026-10-13T18:45"),
      {"names": "wrong role and company from another application"})

fresh("b22-bare-thanks-internal-stiff", "Team Leader interview", """
Dear Ms. Whyte,

Further to today's interview, please find attached my updated CV. I wish to convey my sincere appreciation and I remain at your disposal should you require any further information pursuant to my application.

Yours faithfully,
Joanne Pike
""", ctx("Joanne Pike", "Sandra Whyte", "Ashfield Council", "Payroll Team Leader", "2026-02-26T10:00", "2026-02-26T15:00",
         interview_type="internal"),
      {"tone": "stiff for a colleague", "personalization": "nothing discussed", "fit": "no experience linked",
       "interest": "no interest stated", "length": "33 words, nothing of substance"})

_pb = {"candidate_name": "Adaeze Okafor", "interviewers": ["Marek Novotny", "Priti Sharma"], "company": "Brightforge",
       "role": "DevOps Engineer", "interview_type": "panel", "interview_at": "2026-10-13T14:00",
       "sent_at": "2026-10-13T18:45"}
panel("b23-panel-distinct", _pb, [
    ("Marek Novotny", "Thank you – DevOps Engineer interview", """
Hi Marek,

Thanks for the technical interview this afternoon. I enjoyed talking through the move from Jenkins to GitHub Actions and your worry about losing the custom test reports.

I did that migration at Corvid last year, rebuilding our JUnit reports as workflow artifacts, and I'd be glad to help your team with it.

I'm very interested in the role and look forward to hearing from you.

Best regards,
Adaeze Okafor
"""),
    ("Priti Sharma", "Thank you – DevOps Engineer interview", """
Hi Priti,

Thank you for the conversation about on-call. I liked your plan to cap pages at two a night and to review every alert that fires more than weekly.

At Corvid I ran our alert review for a year and we retired about a third of our alerts, so I would enjoy helping with that work.

I look forward to hearing from you.

Best regards,
Adaeze Okafor
"""),
], "fine")

panel("b24-panel-copy", _pb, [
    ("Marek Novotny", "Thank you – DevOps Engineer interview", """
Hi Marek,

Thank you for interviewing me this afternoon. It was great to hear about the build pipeline and the on-call changes, and I think my experience at Corvid would be very relevant.

I'm very interested in the role and look forward to hearing from you.

Best regards,
Adaeze Okafor
"""),
    ("Priti Sharma", "Thank you – DevOps Engineer interview", """
Hi Priti,

Thank you for interviewing me this afternoon. It was great to hear about the build pipeline and the on-call changes, and I think my experience at Corvid would be very relevant.

I'm very interested in the role and look forward to hearing from you.

Best regards,
Adaeze Okafor
"""),
], "problem", "identical but for the greeting", label_emails=False)


# ========================================================== third batch, written separately
# Measured on its own before it was committed (see the commit message), then added here.

strong("h01-cabin-crew", "Thank you – Cabin Crew Supervisor interview", """
Dear Ms. Lindholm,

Thank you for the assessment day on Friday and for your honesty about the winter schedule. I was interested to hear that the airline is moving supervisors onto the new Edinburgh–Reykjavík route first.

I have flown as a senior crew member on winter charters to Lapland for three seasons, including de-icing delays and cold-weather diversions, so I would feel at home on that route.

I remain very keen on the role and look forward to hearing from you.

Kind regards,
Kirsty Macleod
""", ctx("Kirsty Macleod", "Annika Lindholm", "Northern Lights Air", "Cabin Crew Supervisor",
        "2026-11-06T09:00", "2026-11-06T18:30"))

strong("h02-data-scientist", "Thank you – Data Scientist interview", """
Hi Wei,

Thank you for the conversation this morning. I enjoyed hearing about the churn model your team wants to rebuild, and your point that the current one was trained before the pricing change.

At Lumen Energy I rebuilt our churn model after a similar tariff change, retraining it on post-change data and adding monthly drift checks; its precision at the top decile went from 0.41 to 0.63. I'd love to help with yours.

I'm very interested in the role and look forward to hearing about the next steps.

Best regards,
Tariq Hussain
""", ctx("Tariq Hussain", "Wei Zhang", "Volt Mobile", "Data Scientist",
        "2026-05-14T10:00", "2026-05-14T15:30"))

# strong in every other way, but sent the next morning after a morning interview
fresh("h03-estate-agent", "Thank you – Lettings Negotiator interview", """
Dear Mr. Pryce,

Thank you for meeting me yesterday and for showing me the new office on the high street. I liked hearing that you want to offer landlords a fully managed service by the summer.

In my current role I look after a portfolio of sixty managed properties, from check-ins to deposit returns, so I could help build that service from day one.

I'm very interested in joining the team and look forward to hearing from you.

Kind regards,
Chanel Morris
""", ctx("Chanel Morris", "Gareth Pryce", "Pryce & Daughters", "Lettings Negotiator",
        "2026-03-18T11:00", "2026-03-19T08:45"), {"timing": "sent the next morning after a morning interview; the same day is better"})

strong("h04-journalist", "Thank you – Local Democracy Reporter interview", """
Dear Ms. Oduya,

Thank you for the interview on Tuesday. Your idea of a weekly explainer on how council decisions affect household bills really stood out, especially after this year's tax rise.

At the Evening Echo I wrote a fortnightly column explaining council budgets in plain language, and it was one of our most-read features online. I would be excited to bring that experience to the explainer.

I look forward to hearing from you.

Best wishes,
Rory Gallagher
""", ctx("Rory Gallagher", "Temi Oduya", "Midshire News Group", "Local Democracy Reporter",
        "2026-02-10T14:00", "2026-02-10T19:00"))

strong("h05-fitness", "Thank you – Personal Trainer interview", """
Hi Marcus,

Thanks for the interview and the practical session this afternoon. I liked hearing about the strength classes you want to start for members over sixty.

I've run a weekly strength and balance class for older adults at my local leisure centre for two years, and I hold my Level 3 exercise referral qualification, so I'd be glad to help get it off the ground.

I'm really keen on the role and look forward to hearing from you.

Best,
Leah Thompson
""", ctx("Leah Thompson", "Marcus Bell", "Forge Fitness", "Personal Trainer",
        "2026-09-23T15:00", "2026-09-23T20:30"))

strong("h06-internal-civil-servant", "Thanks for the Senior Policy Adviser interview", """
Hi Priyanka,

Thanks for the interview this morning, and for being so open about the pressure on the spending review submission. Your point about needing one person to own the evidence pack really made sense.

I pulled together the evidence annex for last year's bid with the analysts, so I know where the gaps were and who to ask. I'd really like to take that on in the senior role.

Happy to talk it through whenever suits, and I look forward to hearing how things go.

Best wishes,
Tom
""", ctx("Tom Ashby", "Priyanka Desai", "Department for Education", "Senior Policy Adviser",
        "2026-07-08T09:30", "2026-07-08T14:00", interview_type="internal"))

strong("h07-second-journalist", "Checking in – Local Democracy Reporter role", """
Dear Ms. Oduya,

I hope you're well. Thank you again for meeting me on 10 February. I wanted to check in on the Local Democracy Reporter role, which I remain very keen on.

I'd be happy to send more clips or references if that would help. I look forward to hearing from you.

Best wishes,
Rory Gallagher
""", ctx("Rory Gallagher", "Temi Oduya", "Midshire News Group", "Local Democracy Reporter",
        "2026-02-10T14:00", "2026-02-18T09:00", kind="second_follow_up", previous_sent_at="2026-02-10T19:00"))

strong("h08-reject-trainer", "Re: Personal Trainer – outcome", """
Hi Marcus,

Thanks for letting me know, and for the useful feedback on my practical session. I enjoyed meeting you and the team.

I'd be glad to be considered if another role comes up at Forge.

Best,
Leah Thompson
""", ctx("Leah Thompson", "Marcus Bell", "Forge Fitness", "Personal Trainer", kind="after_rejection"))

strong("h09-legal-secretary", "Thank you – Legal Secretary interview", """
Dear Mrs. Holbrook,

Thank you for meeting me on Thursday. It was useful to hear how the conveyancing team is moving to case management software, and how much typing you hope it will save.

At Carter Lowe I helped move our private client team onto Proclaim, setting up the letter templates and training six secretaries, so I would be glad to help with your move.

I remain very interested in the role and look forward to hearing from you.

Kind regards,
Deborah Quayle
""", ctx("Deborah Quayle", "Susan Holbrook", "Holbrook Marsh Solicitors", "Legal Secretary",
        "2026-01-29T10:00", "2026-01-29T16:00"))

strong("h10-childminder-nursery-manager", "Thank you – Nursery Manager interview", """
Dear Ms. Abiola,

Thank you for the interview and the tour of the nursery on Monday. I was pleased to hear that you plan to extend funded places to two-year-olds from September.

As deputy manager at Sunflowers I led our expansion to funded two-year-old places last year, including the staffing plan and Ofsted notification, so I would be confident managing the same change.

I am very interested in the role and look forward to hearing from you.

Kind regards,
Natalie Greaves
""", ctx("Natalie Greaves", "Funke Abiola", "Little Oaks Nursery", "Nursery Manager",
        "2026-06-15T13:00", "2026-06-15T19:00"))

# --- holdout weak drafts

fresh("h11-generic-no-interest", "Thank you – Customer Service Team Leader", """
Dear Mr. Hartley,

Thank you for taking the time to interview me on Monday. It was a pleasure to meet you and to learn more about the company and the role.

I have five years of customer service experience, including two years leading a team of eight, and I believe I have the skills you are looking for.

Kind regards,
Andrea Blake
""", ctx("Andrea Blake", "Neil Hartley", "Beacon Energy", "Customer Service Team Leader", "2026-04-27T10:00", "2026-04-27T16:00"),
      {"personalization": "nothing from the conversation", "interest": "no interest stated",
       "next_steps": "no closing line"})

fresh("h12-late-three-days", "Thank you – Lettings Negotiator interview", """
Dear Mr. Pryce,

Thank you for meeting me on Wednesday and for showing me the new office. I liked hearing that you want to offer landlords a fully managed service by the summer, and I look after sixty managed properties in my current role.

I'm very interested in joining the team and look forward to hearing from you.

Kind regards,
Chanel Morris
""", ctx("Chanel Morris", "Gareth Pryce", "Pryce & Daughters", "Lettings Negotiator", "2026-03-18T11:00", "2026-03-21T19:00"),
      {"timing": "three and a half days later"})

fresh("h13-name-slip", "Thank you – Data Scientist interview", """
Hi Wei,

Thank you for the conversation this morning. I enjoyed hearing about the churn model Volt Moble wants to rebuild, and your point that the current one predates the pricing change.

At Lumen Energy I rebuilt our churn model after a similar tariff change, and I'd love to help with yours.

I'm very interested in the role and look forward to hearing about the next steps.

Best regards,
Tariq Hussain
""", ctx("Tariq Hussain", "Wei Zhang", "Volt Mobile", "Data Scientist", "2026-05-14T10:00", "2026-05-14T15:30"),
      {"names": "'Volt Moble'", "spelling": "'Moble'"})

fresh("h14-hostile-second", "Still waiting – Legal Secretary", """
Dear Mrs. Holbrook,

It has been two weeks since my interview and nobody has bothered to reply to my thank-you email. I think a simple update is basic courtesy. Please let me know where things stand.

Regards,
Deborah Quayle
""", ctx("Deborah Quayle", "Susan Holbrook", "Holbrook Marsh Solicitors", "Legal Secretary", "2026-01-29T10:00", "2026-02-12T10:00",
         kind="second_follow_up", previous_sent_at="2026-01-29T16:00"),
      {"subject": "'Still waiting' reads as a complaint", "tone": "guilt and hostility", "gratitude": "no thanks",
       "interest": "no interest stated"})

fresh("h15-placeholder-sig", "Thank you – Nursery Manager interview", """
Dear Ms. Abiola,

Thank you for the interview and the tour on Monday. I was pleased to hear that you plan to extend funded places to two-year-olds from September, and I led the same expansion as deputy manager at Sunflowers.

I am very interested in the role and look forward to hearing from you.

Kind regards,
[Your Name]
[Phone Number]
""", ctx("Natalie Greaves", "Funke Abiola", "Little Oaks Nursery", "Nursery Manager", "2026-06-15T13:00", "2026-06-15T19:00"),
      {"placeholders": "[Your Name], [Phone Number]", "signoff": "no real name"})

fresh("h16-emoji-trainer", "Thank you – Personal Trainer interview 💪", """
Hi Marcus,

Thanks so much for today!! 😀 Loved hearing about the over-60s strength classes, I've been running something similar at my leisure centre for two years 💪

Would love to join the team, hope to hear from you soon!!

Leah x
""", ctx("Leah Thompson", "Marcus Bell", "Forge Fitness", "Personal Trainer", "2026-09-23T15:00", "2026-09-23T20:30"),
      {"tone": "emoji and exclamation marks", "signoff": "'Leah x' with no closing", "subject": "emoji in the subject"})

fresh("h17-pressure-cabin", "Thank you – Cabin Crew Supervisor interview", """
Dear Ms. Lindholm,

Thank you for the assessment day on Friday. I was interested to hear that the airline is moving supervisors onto the new Edinburgh–Reykjavík route first, and I have flown winter charters to Lapland for three seasons.

I remain very keen on the role. As I am due to sign a new contract with my current airline, I must have your answer by Wednesday.

Kind regards,
Kirsty Macleod
""", ctx("Kirsty Macleod", "Annika Lindholm", "Northern Lights Air", "Cabin Crew Supervisor", "2026-11-06T09:00", "2026-11-06T18:30"),
      {"next_steps": "demands an answer by Wednesday"})

fresh("h18-wrong-greeting", "Thank you – Local Democracy Reporter interview", """
Dear Ms. Okafor,

Thank you for the interview on Tuesday. Your idea of a weekly explainer on how council decisions affect household bills really stood out, and I wrote a fortnightly column on council budgets at the Evening Echo.

I would be excited to join the team and look forward to hearing from you.

Best wishes,
Rory Gallagher
""", ctx("Rory Gallagher", "Temi Oduya", "Midshire News Group", "Local Democracy Reporter", "2026-02-10T14:00", "2026-02-10T19:00"),
      {"greeting": "greets Ms. Okafor, not Ms. Oduya", "names": "the wrong interviewer's name"})

fresh("h19-too-long-internal", "Thanks for the Senior Policy Adviser interview", """
Hi Priyanka,

Thanks for the interview this morning. I wanted to follow up on a few points, because I don't think I did myself justice on several of the questions and I have been going over them ever since.

On the spending review, I should have said more about my role in last year's bid. I pulled together the evidence annex with the analysts, chased every team for their figures, rewrote the options section twice after comments from the director, and sat in on the final clearance meeting with the minister's office. I also produced the one-page summary that went to the permanent secretary, and I kept the tracker of all the commitments we made so that nothing was lost when the bid went in. After the settlement I helped draft the lessons learned note, which recommended that one person own the evidence pack in future, which is exactly what you described.

On the question about managing people, I only mentioned my line management of one fast streamer, but I have also informally mentored two new joiners over the past year, helped run the team's induction sessions, and covered for my manager during her leave, which meant chairing the weekly team meeting and handling two difficult conversations about workload. I learned a lot from that and I feel ready to do more of it.

On the question about stakeholders, I should have mentioned the work I did with the Treasury spending team and with the devolved administrations, where I set up a monthly call that is still running. I also built a good relationship with the analysts in the economics unit, who now send me early drafts of their modelling.

I'd really like to take on the senior role and I am happy to talk through any of this whenever suits you.

Best wishes,
Tom
""", ctx("Tom Ashby", "Priyanka Desai", "Department for Education", "Senior Policy Adviser", "2026-07-08T09:30", "2026-07-08T14:00",
         interview_type="internal"),
      {"length": "about 400 words"})

fresh("h20-reject-no-door", "Re: Legal Secretary – outcome", """
Dear Mrs. Holbrook,

Thank you for your email and for the time you spent interviewing me. I have now accepted a position elsewhere, so please remove my details from your records.

Regards,
Deborah Quayle
""", ctx("Deborah Quayle", "Susan Holbrook", "Holbrook Marsh Solicitors", "Legal Secretary", kind="after_rejection"),
      {"next_steps": "closes the door (asks to be removed)"})

_ph = {"candidate_name": "Natalie Greaves", "interviewers": ["Funke Abiola", "Graham Reeve"], "company": "Little Oaks Nursery",
       "role": "Nursery Manager", "interview_type": "panel", "interview_at": "2026-06-15T13:00", "sent_at": "2026-06-15T19:00"}
panel("h21-panel-distinct", _ph, [
    ("Funke Abiola", "Thank you – Nursery Manager interview", """
Dear Ms. Abiola,

Thank you for the interview and the tour on Monday. I was pleased to hear that you plan to extend funded places to two-year-olds from September.

As deputy manager at Sunflowers I led our expansion to funded two-year-old places last year, including the staffing plan, so I would be confident managing the same change.

I am very interested in the role and look forward to hearing from you.

Kind regards,
Natalie Greaves
"""),
    ("Graham Reeve", "Thank you – Nursery Manager interview", """
Dear Mr. Reeve,

Thank you for your questions about the nursery's finances. I hadn't realised how much the funding rate for two-year-olds falls short of your costs, and I appreciated how openly you explained the budget.

At Sunflowers I set our fees and prepared the monthly management accounts with our bookkeeper, so I would be comfortable working with you on the budget.

I look forward to hearing from you.

Kind regards,
Natalie Greaves
"""),
], "fine")

panel("h22-panel-near-copy", _ph, [
    ("Funke Abiola", "Thank you – Nursery Manager interview", """
Dear Ms. Abiola,

Thank you for the interview on Monday. I was pleased to hear about your plans for funded places for two-year-olds, and my experience as a deputy manager would help me lead that change.

I am very interested in the role and look forward to hearing from you.

Kind regards,
Natalie Greaves
"""),
    ("Graham Reeve", "Thank you – Nursery Manager interview", """
Dear Mr. Reeve,

Thank you for the interview on Monday. I was pleased to hear about your plans for funded places for two-year-olds, and my experience as a deputy manager would help me lead that change.

I am very interested in the position and look forward to hearing from you.

Kind regards,
Natalie Greaves
"""),
], "problem", "identical but for the greeting and role/position", label_emails=False)

strong("h23-translator", "Thank you – In-house Translator interview", """
Dear Mr. Moreau,

Thank you for the interview on Wednesday and for the translation test. I enjoyed our discussion of the product safety leaflets, and your concern that the French and Spanish versions have drifted apart over the years.

At Linguaplus I built and maintained the termbase for a medical device client in four languages, which kept their leaflets consistent across two product launches. I would be glad to set up something similar for you.

I remain very interested in the role and look forward to hearing from you.

Kind regards,
Inés Ferrer-Blanco
""", ctx("Inés Ferrer-Blanco", "Julien Moreau", "Calder Appliances", "In-house Translator",
        "2026-03-04T14:00", "2026-03-05T09:00"))

strong("h24-firefighter-panel", "Thank you – Watch Manager interview", """
Dear Station Manager Boyd,

Thank you for chairing Monday's panel. Your question about keeping on-call crews engaged between incidents was a good one, and I was glad to hear about the new joint training nights with the wholetime crews.

I have organised the monthly drill nights at Kirkby on-call station for three years and our crew availability rose from 70% to 88%, so I would be keen to help shape the joint nights.

I look forward to hearing from you.

Kind regards,
Callum Fraser
""", ctx("Callum Fraser", ["Alison Boyd", "Gavin Reid"], "Lowland Fire and Rescue Service", "Watch Manager",
        "2026-10-19T10:00", "2026-10-19T17:00", interview_type="panel"))

strong("h25-reject-civil", "Re: Senior Policy Adviser – outcome", """
Hi Priyanka,

Thanks for telling me yourself, and for the honest feedback about my stakeholder examples. I was disappointed, of course, but it's useful and I'll work on it.

I'd welcome a chat in a few months about what would make me ready next time.

Best wishes,
Tom
""", ctx("Tom Ashby", "Priyanka Desai", "Department for Education", "Senior Policy Adviser", kind="after_rejection",
        interview_type="internal"))

fresh("h26-no-fit-translator", "Thank you – In-house Translator interview", """
Dear Mr. Moreau,

Thank you for the interview on Wednesday and for the translation test. I enjoyed our discussion of the product safety leaflets and your concern that the French and Spanish versions have drifted apart.

It sounds like a fascinating challenge. I remain very interested in the role and look forward to hearing from you.

Kind regards,
Inés Ferrer-Blanco
""", ctx("Inés Ferrer-Blanco", "Julien Moreau", "Calder Appliances", "In-house Translator", "2026-03-04T14:00", "2026-03-05T09:00"),
      {"fit": "nothing about her own experience"})

fresh("h27-no-thanks-fire", "Watch Manager interview – Callum Fraser", """
Dear Station Manager Boyd,

Following Monday's panel, I wanted to come back to your question about keeping on-call crews engaged between incidents. I have organised the monthly drill nights at Kirkby on-call station for three years and our crew availability rose from 70% to 88%.

I remain very keen on the post and look forward to hearing from you.

Kind regards,
Callum Fraser
""", ctx("Callum Fraser", ["Alison Boyd", "Gavin Reid"], "Lowland Fire and Rescue Service", "Watch Manager",
         "2026-10-19T10:00", "2026-10-19T17:00", interview_type="panel"),
      {"gratitude": "no thanks"})

fresh("h28-generic-greeting-us", "Thank you – Data Scientist interview", """
Dear Hiring Team,

Thank you for the conversation this morning. I enjoyed hearing about the churn model you want to rebuild, and I retrained a churn model after a tariff change at Lumen Energy.

I'm very interested in the role and look forward to hearing about the next steps.

Best regards,
Tariq Hussain
""", ctx("Tariq Hussain", "Wei Zhang", "Volt Mobile", "Data Scientist", "2026-05-14T10:00", "2026-05-14T15:30"),
      {"greeting": "'Dear Hiring Team' though Wei interviewed him"})

fresh("h29-typos-estate", "Thank you – Lettings Negotiator interview", """
Dear Mr. Pryce,

Thank you for meeting me yesterday. I liked hearing that you want to offer landords a fully managed service by the summer, and I currently look after sixty managed properites from check-in to deposit return.

I'm very interested in joining the team and look forward to hearing from you.

Kind regards,
Chanel Morris
""", ctx("Chanel Morris", "Gareth Pryce", "Pryce & Daughters", "Lettings Negotiator", "2026-03-18T11:00", "2026-03-19T08:45"),
      {"spelling": "'landords', 'properites'", "timing": "sent the next morning after a morning interview; the same day is better"})

fresh("h30-subject-missing-reporter", "", """
Dear Ms. Oduya,

Thank you for the interview on Tuesday. Your idea of a weekly explainer on how council decisions affect household bills really stood out, and I wrote a fortnightly column on council budgets at the Evening Echo.

I would be excited to join the team and look forward to hearing from you.

Best wishes,
Rory Gallagher
""", ctx("Rory Gallagher", "Temi Oduya", "Midshire News Group", "Local Democracy Reporter", "2026-02-10T14:00", "2026-02-10T19:00"),
      {"subject": "no subject"})

fresh("h31-desperate-nursery", "Thank you – Nursery Manager interview", """
Dear Ms. Abiola,

Thank you for the interview and the tour on Monday. I was pleased to hear about the funded places for two-year-olds, and I led the same change at Sunflowers.

Please, please give me this chance. This job would mean everything to me and my family is counting on it.

Kind regards,
Natalie Greaves
""", ctx("Natalie Greaves", "Funke Abiola", "Little Oaks Nursery", "Nursery Manager", "2026-06-15T13:00", "2026-06-15T19:00"),
      {"tone": "begging", "interest": "need, not interest", "next_steps": "no forward line"})

fresh("h32-second-too-early-trainer", "Checking in – Personal Trainer role", """
Hi Marcus,

Thanks again for the interview on Wednesday. I just wanted to check in on the Personal Trainer role, as I'm still really keen to join Forge.

Best,
Leah Thompson
""", ctx("Leah Thompson", "Marcus Bell", "Forge Fitness", "Personal Trainer", "2026-09-23T15:00", "2026-09-25T09:00",
         kind="second_follow_up", previous_sent_at="2026-09-23T20:30"),
      {"timing": "a day and a half after the thank-you", "next_steps": "no forward line"})

fresh("h33-no-signoff-name-legal", "Thank you – Legal Secretary interview", """
Dear Mrs. Holbrook,

Thank you for meeting me on Thursday. It was useful to hear how the conveyancing team is moving to case management software, and I helped move our private client team onto Proclaim at Carter Lowe.

I remain very interested in the role and look forward to hearing from you.

Kind regards
""", ctx("Deborah Quayle", "Susan Holbrook", "Holbrook Marsh Solicitors", "Legal Secretary", "2026-01-29T10:00", "2026-01-29T16:00"),
      {"signoff": "no name"})

fresh("h34-reject-no-thanks-cabin", "Re: Cabin Crew Supervisor – outcome", """
Dear Ms. Lindholm,

I've seen the decision. I'd still like to be considered for future supervisor roles on the northern routes.

Kind regards,
Kirsty Macleod
""", ctx("Kirsty Macleod", "Annika Lindholm", "Northern Lights Air", "Cabin Crew Supervisor", kind="after_rejection"),
      {"gratitude": "no thanks"})

strong("h35-pharmacist-us", "Thank you – Clinical Pharmacist interview", """
Dear Dr. Okonkwo,

Thank you for meeting with me on Thursday. I appreciated hearing about the plan to add pharmacist-led anticoagulation visits at the two rural clinics, and the challenge of covering them with a small team.

During my PGY-1 residency I ran a telehealth anticoagulation clinic for 120 patients, keeping 74% of INRs in range, so I'd be excited to help design the rural visits.

I look forward to hearing about next steps.

Sincerely,
Rebecca Lin, PharmD
""", ctx("Rebecca Lin", "Chukwuma Okonkwo", "Prairie Health System", "Clinical Pharmacist",
        "2026-08-27T10:00", "2026-08-27T17:00"))

strong("h36-shop-internal", "Thanks for the Assistant Store Manager chat", """
Hi Bev,

Thanks for the chat after close last night. I've been thinking about what you said about Saturday mornings being short-staffed when deliveries land, and I think moving the delivery slot to Friday evening, which I trialled twice last month, would fix most of it.

I'd really like the assistant manager role, and I'm happy to go through the trial numbers whenever suits.

Thanks,
Kyle Rowe
""", ctx("Kyle Rowe", "Beverley Hunt", "Hunt's Hardware", "Assistant Store Manager",
        "2026-05-08T18:00", "2026-05-09T09:00", interview_type="internal"))

fresh("h37-generic-pharmacist", "Thank you – Clinical Pharmacist interview", """
Dear Dr. Okonkwo,

Thank you for meeting with me on Thursday. I enjoyed learning about Prairie Health System, its values and the exciting work your team is doing.

During my PGY-1 residency I ran a telehealth anticoagulation clinic for 120 patients, so I believe I would be a strong addition.

I look forward to hearing about next steps.

Sincerely,
Rebecca Lin, PharmD
""", ctx("Rebecca Lin", "Chukwuma Okonkwo", "Prairie Health System", "Clinical Pharmacist", "2026-08-27T10:00", "2026-08-27T17:00"),
      {"personalization": "nothing discussed", "interest": "no interest stated"})

fresh("h38-wrong-company-hardware", "Thank you – Assistant Store Manager interview", """
Dear Mrs. Hunt,

Thank you for the interview last night. I liked hearing your plans for the garden centre extension, and I ran the seasonal garden department at my previous store for three years.

I am very keen on the role and would love to help grow Hartley's Hardware.

I look forward to hearing from you.

Kind regards,
Kyle Rowe
""", ctx("Kyle Rowe", "Beverley Hunt", "Hunt's Hardware", "Assistant Store Manager", "2026-05-08T18:00", "2026-05-09T09:00"),
      {"names": "company written as Hartley's Hardware"})

fresh("h39-placeholder-topic", "Thank you – Translator interview", """
Dear Mr. Moreau,

Thank you for the interview on Wednesday. I particularly enjoyed our discussion about <TOPIC>, and my termbase work at Linguaplus would help keep your leaflets consistent.

I remain very interested in the role and look forward to hearing from you.

Kind regards,
Inés Ferrer-Blanco
""", ctx("Inés Ferrer-Blanco", "Julien Moreau", "Calder Appliances", "In-house Translator", "2026-03-04T14:00", "2026-03-05T09:00"),
      {"placeholders": "<TOPIC>", "personalization": "the detail is a placeholder"})

fresh("h40-vague-subject-fire", "Hello", """
Dear Station Manager Boyd,

Thank you for chairing Monday's panel. Your question about keeping on-call crews engaged between incidents was a good one, and I have organised the drill nights at Kirkby on-call station for three years.

I remain very keen on the Watch Manager post and look forward to hearing from you.

Kind regards,
Callum Fraser
""", ctx("Callum Fraser", ["Alison Boyd", "Gavin Reid"], "Lowland Fire and Rescue Service", "Watch Manager",
         "2026-10-19T10:00", "2026-10-19T17:00", interview_type="panel"),
      {"subject": "'Hello' says nothing"})

fresh("h41-too-short-pharm", "Thank you – Clinical Pharmacist interview", """
Dr. Okonkwo,

Thanks for Thursday. Hope to hear back.

Rebecca
""", ctx("Rebecca Lin", "Chukwuma Okonkwo", "Prairie Health System", "Clinical Pharmacist", "2026-08-27T10:00", "2026-08-27T17:00"),
      {"length": "two short lines", "personalization": "none", "fit": "none", "interest": "none",
       "signoff": "no closing"})

_pf = {"candidate_name": "Callum Fraser", "interviewers": ["Alison Boyd", "Gavin Reid"],
       "company": "Lowland Fire and Rescue Service", "role": "Watch Manager", "interview_type": "panel",
       "interview_at": "2026-10-19T10:00", "sent_at": "2026-10-19T17:00"}
panel("h42-panel-fire-copy", _pf, [
    ("Alison Boyd", "Thank you – Watch Manager interview", """
Dear Station Manager Boyd,

Thank you for interviewing me on Monday. I enjoyed our discussion about on-call crews, and my three years organising drill nights at Kirkby would help me lead a watch well.

I remain very keen on the post and look forward to hearing from you.

Kind regards,
Callum Fraser
"""),
    ("Gavin Reid", "Thank you – Watch Manager interview", """
Dear Group Manager Reid,

Thank you for interviewing me on Monday. I enjoyed our discussion about on-call crews, and my three years organising drill nights at Kirkby would help me lead a watch well.

I remain very keen on the post and look forward to hearing from you.

Kind regards,
Callum Fraser
"""),
], "problem", "identical but for the greeting", label_emails=False)

panel("h43-panel-fire-distinct", _pf, [
    ("Alison Boyd", "Thank you – Watch Manager interview", """
Dear Station Manager Boyd,

Thank you for chairing Monday's panel. Your question about keeping on-call crews engaged between incidents was a good one, and I was glad to hear about the new joint training nights.

I have organised the monthly drill nights at Kirkby on-call station for three years, and crew availability rose from 70% to 88%, so I would be keen to help shape the joint nights.

I look forward to hearing from you.

Kind regards,
Callum Fraser
"""),
    ("Gavin Reid", "Thank you – Watch Manager interview", """
Dear Group Manager Reid,

Thank you for the scenario exercise on Monday. Talking through the warehouse fire with you made me think hard about when to ask for more pumps, and your point about briefing the second crew early has stayed with me.

As crew commander at Kirkby I have run the incident ground at three commercial fires, and I would welcome the chance to develop that as a watch manager.

I remain very keen on the post and look forward to hearing from you.

Kind regards,
Callum Fraser
"""),
], "fine")


# ==================================================================================== holdout
start_set("holdout")
# Written last and committed only with the final figures: the checker was never tuned on these,
# so `eval_labels.py --set holdout` estimates how it does on emails it has not seen.

strong("x01-midwife", "Thank you – Community Midwife interview", """
Good morning Ms. Kavanagh,

I wanted to thank you for yesterday's interview and for explaining how the continuity-of-carer teams are organised in the valleys. Hearing that each midwife now follows the same women from booking to postnatal care was inspiring.

My three years in a continuity team in Merthyr, where I carried a caseload of about forty women a year, mean I understand both the rewards and the on-call demands of that model.

This is exactly the kind of midwifery I want to practise, and I very much hope to join your team. I hope to hear from you soon.

Warm regards,
Catrin Howells
""", ctx("Catrin Howells", "Siobhan Kavanagh", "Cwm Taf Maternity Services", "Community Midwife",
        "2026-02-03T14:00", "2026-02-04T08:00"))

strong("x02-ml-engineer", "Thanks – ML Engineer onsite", """
Hi Deepa,

Thank you for a great onsite today; it was a pleasure meeting you and the ranking team. The problem you described, where the recommendation model keeps surfacing items that are already out of stock, was a fun one to dig into during the whiteboard session.

Last year I added a real-time inventory feature to our ranking service at Shopwise, which cut out-of-stock recommendations by 60% without hurting click-through. I'd be thrilled to work on the same problem with you.

Please let me know if there's anything else I can share.

All the best,
Kwabena Asare
""", ctx("Kwabena Asare", "Deepa Raghavan", "Cartly", "ML Engineer",
        "2026-06-11T09:00", "2026-06-11T18:00"))

strong("x03-florist", "Thank you – Florist interview", """
Dear Mrs. Pennington,

Thank you for having me in the shop on Thursday, and for letting me make up a hand-tied bouquet. I loved hearing about the wedding workshops you're hoping to run in the spring.

I've designed flowers for over thirty weddings in the last two years, and I taught a small evening class on seasonal arrangements at the community centre, so helping with the workshops would be a joy.

I'd be delighted to join you and look forward to hearing from you.

Many thanks,
Esme Hollis
""", ctx("Esme Hollis", "June Pennington", "Pennington Flowers", "Florist",
        "2026-03-26T10:00", "2026-03-26T17:30"))

strong("x04-compliance", "Thank you – Compliance Analyst interview", """
Dear Mr. Adeyinka,

Thank you for taking the time to meet me on Tuesday. I found our conversation about the new Consumer Duty monitoring especially useful, and it was good to hear that the team wants to move from annual to quarterly outcome testing.

Having built the quarterly outcome testing programme for our savings products at Harbour Building Society, I know how much groundwork that change needs and would be glad to help with it.

I'm excited by the prospect of joining your team and look forward to the next steps.

Kind regards,
Georgina Webb
""", ctx("Georgina Webb", "Femi Adeyinka", "Lindum Bank", "Compliance Analyst",
        "2026-09-15T10:00", "2026-09-15T16:00"))

strong("x05-internal-nurse-manager", "Re: Ward Manager interview", """
Hello Aisling,

Thank you for this morning's interview. I've been thinking about what you said about the ward's falls rate since the move to single rooms, and I'd love to take forward the bay-watch rota we talked about.

As deputy on the ward for the past two years I've led our falls huddles, so I already know where the gaps are and which staff are keen to help.

I'm really looking forward to hearing how things go, and happy to talk further whenever suits.

Many thanks,
Deborah
""", ctx("Deborah Mills", "Aisling Keane", "Royal Albert Hospital", "Ward Manager",
        "2026-04-09T09:00", "2026-04-09T15:00", interview_type="internal"))

strong("x06-second-compliance", "Re: Thank you – Compliance Analyst interview", """
Dear Mr. Adeyinka,

I hope you're well. Thank you again for meeting me on 15 September. I'm writing to ask whether there's any update on the Compliance Analyst role, which I remain very interested in.

I'd be happy to provide more detail on the outcome testing work if that would help. I look forward to hearing from you.

Kind regards,
Georgina Webb
""", ctx("Georgina Webb", "Femi Adeyinka", "Lindum Bank", "Compliance Analyst",
        "2026-09-15T10:00", "2026-09-23T09:30", kind="second_follow_up", previous_sent_at="2026-09-15T16:00"))

strong("x07-reject-florist", "Re: Florist position", """
Dear Mrs. Pennington,

Thank you so much for letting me know, and for such a lovely morning in the shop. I'd be glad to hear from you if you ever need help with weddings in the busy season.

Many thanks,
Esme Hollis
""", ctx("Esme Hollis", "June Pennington", "Pennington Flowers", "Florist", kind="after_rejection"))

strong("x08-archivist", "Thank you – Digital Archivist interview", """
Dear Dr Raines,

Thank you for Friday's interview and for showing me the oral history collection. I hadn't realised that half of the cassette recordings have never been digitised, and it was interesting to hear how you plan to prioritise them.

At the County Record Office I ran a project to digitise and catalogue 800 oral history cassettes, including the transcription workflow with volunteers, so I'd be well placed to help plan this one.

I remain very keen on the post and look forward to hearing from you.

Best wishes,
Morgan Ellery
""", ctx("Morgan Ellery", "Helena Raines", "University of Wessex Library", "Digital Archivist",
        "2026-01-16T14:00", "2026-01-17T09:00"))

strong("x09-mechanical-us", "Thank you – Manufacturing Engineer interview", """
Dear Mr. Kowalczyk:

Thank you for the plant tour and interview on Monday. I appreciated seeing the new robotic welding cell and hearing about the changeover times you want to bring down before the fall model launch.

At Great Lakes Stamping I led a SMED project that reduced die changeovers from 55 to 18 minutes, and I would welcome the chance to apply the same approach to your welding cell.

I am very interested in the position and look forward to hearing about the next steps.

Sincerely,
Tamika Robinson
""", ctx("Tamika Robinson", "Stan Kowalczyk", "Midwest Auto Components", "Manufacturing Engineer",
        "2026-07-20T09:00", "2026-07-20T16:30"))

strong("x10-youth-worker", "Thank you for the Youth Worker interview", """
Hi Carl,

Thanks for the interview yesterday and for introducing me to some of the young people at the drop-in. Your plan to start a Friday night football session on the estate sounds brilliant.

I've run a midnight football project in Salford for the last two years with around twenty-five regulars, so I'd love to help get the Friday session going.

I'm really keen on the role and look forward to hearing from you.

Best wishes,
Jordan Achebe
""", ctx("Jordan Achebe", "Carl Hughes", "Eastside Youth Project", "Youth Worker",
        "2026-10-06T16:00", "2026-10-07T10:00"))

# --- weak drafts

fresh("x11-late-midwife", "Thank you – Community Midwife interview", """
Dear Ms. Kavanagh,

Thank you for last week's interview and for explaining how the continuity-of-carer teams work in the valleys. My three years in a continuity team in Merthyr mean I understand the on-call demands of that model.

I very much hope to join your team and hope to hear from you soon.

Warm regards,
Catrin Howells
""", ctx("Catrin Howells", "Siobhan Kavanagh", "Cwm Taf Maternity Services", "Community Midwife",
         "2026-02-03T14:00", "2026-02-09T19:00"),
      {"timing": "six days later"})

fresh("x12-wrong-person-ml", "Thanks – ML Engineer onsite", """
Hi Priya,

Thank you for a great onsite today; it was a pleasure meeting you and the ranking team. The out-of-stock recommendation problem was a fun one to dig into, and I added a real-time inventory feature to our ranking service at Shopwise last year.

I'd be thrilled to work on the same problem with you. Please let me know if there's anything else I can share.

All the best,
Kwabena Asare
""", ctx("Kwabena Asare", "Deepa Raghavan", "Cartly", "ML Engineer", "2026-06-11T09:00", "2026-06-11T18:00"),
      {"greeting": "greets Priya; the interviewer was Deepa", "names": "the wrong interviewer's name"})

fresh("x13-generic-florist", "Thank you – Florist interview", """
Dear Mrs. Pennington,

Thank you for having me in the shop on Thursday. It was lovely to meet you and to learn more about the business, and I really enjoyed our chat.

I've designed flowers for over thirty weddings in the last two years.

I'd be delighted to join you and look forward to hearing from you.

Many thanks,
Esme Hollis
""", ctx("Esme Hollis", "June Pennington", "Pennington Flowers", "Florist", "2026-03-26T10:00", "2026-03-26T17:30"),
      {"personalization": "nothing from the conversation"})

fresh("x14-slangy-ml", "thanks for today", """
Hey Deepa,

Thx for today, super fun!! the out of stock thing is def something I've dealt with before lol. would be awesome to join the team tbh.

Kwabena
""", ctx("Kwabena Asare", "Deepa Raghavan", "Cartly", "ML Engineer", "2026-06-11T09:00", "2026-06-11T18:00"),
      {"tone": "slang and 'lol'", "subject": "no role or name", "signoff": "no closing", "next_steps": "no forward line",
       "fit": "'dealt with before' is not an experience", "length": "too short", "greeting": "'Hey' to an interviewer"})

fresh("x15-pushy-compliance", "Thank you – Compliance Analyst interview", """
Dear Mr. Adeyinka,

Thank you for meeting me on Tuesday. I found our conversation about the new Consumer Duty monitoring useful, and I built a quarterly outcome testing programme at Harbour Building Society.

I'm excited about the role. I would be grateful if you could confirm the outcome within 48 hours.

Kind regards,
Georgina Webb
""", ctx("Georgina Webb", "Femi Adeyinka", "Lindum Bank", "Compliance Analyst", "2026-09-15T10:00", "2026-09-15T16:00"),
      {"next_steps": "asks for the outcome within 48 hours"})

fresh("x16-typo-archivist", "Thank you – Digital Archivist interview", """
Dear Dr Raines,

Thank you for Friday's interview and for showing me the oral history collection. It was interesting to hear how you plan to prioritise the cassette recordings for digitisation.

At the County Record Office I ran a project to digitise and catalouge 800 oral history casettes, so I'd be well placed to help plan this one.

I remain very keen on the post and look forward to hearing from you.

Best wishes,
Morgan Ellery
""", ctx("Morgan Ellery", "Helena Raines", "University of Wessex Library", "Digital Archivist", "2026-01-16T14:00", "2026-01-17T09:00"),
      {"spelling": "'catalouge', 'casettes'"})

fresh("x17-name-archivist", "Thank you – Digital Archivist interview", """
Dear Dr Raynes,

Thank you for Friday's interview and for showing me the oral history collection. I hadn't realised that half of the cassettes have never been digitised, and I ran a similar digitisation project at the County Record Office.

I remain very keen on the post and look forward to hearing from you.

Best wishes,
Morgan Ellery
""", ctx("Morgan Ellery", "Helena Raines", "University of Wessex Library", "Digital Archivist", "2026-01-16T14:00", "2026-01-17T09:00"),
      {"names": "Raines misspelled as Raynes"})

fresh("x18-placeholder-youth", "Thank you for the Youth Worker interview", """
Hi Carl,

Thanks for the interview yesterday. Your plan for {{initiative}} sounds brilliant, and I've run a midnight football project in Salford for two years.

I'm really keen on the role and look forward to hearing from you.

Best wishes,
Jordan Achebe
""", ctx("Jordan Achebe", "Carl Hughes", "Eastside Youth Project", "Youth Worker", "2026-10-06T16:00", "2026-10-07T10:00"),
      {"placeholders": "{{initiative}}", "personalization": "the detail is a placeholder"})

fresh("x19-no-interest-engineer", "Thank you – Manufacturing Engineer interview", """
Dear Mr. Kowalczyk:

Thank you for the plant tour and interview on Monday. I appreciated seeing the new robotic welding cell and hearing about the changeover times you want to bring down.

At Great Lakes Stamping I led a SMED project that reduced die changeovers from 55 to 18 minutes.

Sincerely,
Tamika Robinson
""", ctx("Tamika Robinson", "Stan Kowalczyk", "Midwest Auto Components", "Manufacturing Engineer", "2026-07-20T09:00", "2026-07-20T16:30"),
      {"interest": "no interest stated", "next_steps": "no forward line"})

fresh("x20-second-guilt", "Following up – Youth Worker role", """
Hi Carl,

It's been ten days and I still haven't heard back, even though I rearranged my shifts to come to the interview. Any news?

Jordan
""", ctx("Jordan Achebe", "Carl Hughes", "Eastside Youth Project", "Youth Worker", "2026-10-06T16:00", "2026-10-17T10:00",
         kind="second_follow_up", previous_sent_at="2026-10-07T10:00"),
      {"tone": "guilt-tripping", "gratitude": "no thanks", "interest": "no interest", "signoff": "no closing"})

fresh("x21-reject-hostile-midwife", "Re: Community Midwife – outcome", """
Dear Ms. Kavanagh,

Thanks for nothing. I was clearly the most experienced candidate, and it is ridiculous that the post went to someone newly qualified.

Catrin Howells
""", ctx("Catrin Howells", "Siobhan Kavanagh", "Cwm Taf Maternity Services", "Community Midwife", kind="after_rejection"),
      {"tone": "sarcastic and hostile", "gratitude": "'thanks for nothing' is not thanks", "next_steps": "no door open",
       "signoff": "no closing"})

fresh("x22-long-compliance", "Thank you – Compliance Analyst interview", """
Dear Mr. Adeyinka,

Thank you for taking the time to meet me on Tuesday. I found our conversation about the new Consumer Duty monitoring especially useful, and it was good to hear that the team wants to move from annual to quarterly outcome testing. I wanted to write at some length because there were a number of points I did not have the chance to cover fully.

First, on outcome testing, I built the quarterly programme for our savings products at Harbour Building Society. That involved agreeing the outcomes with the product teams, designing the sampling approach, writing the test scripts, training four colleagues to run the tests, and reporting the results each quarter to the risk committee, including the remediation we agreed for two products where customers were not getting fair value. I also worked closely with internal audit when they reviewed the programme, and they rated it as effective with only minor actions.

Second, on vulnerable customers, I co-wrote our vulnerable customer policy and the guidance that sits under it, ran workshops for branch staff on recognising signs of vulnerability, and built a simple dashboard that shows how many customers have recorded needs and how quickly we act on them. I think this experience would be directly relevant to your plans for the mortgage book.

Third, on regulatory change, I track new publications from the FCA and PRA each week and summarise them for the compliance team, and I led our gap analysis for the new rules on financial promotions last year, which identified eleven changes we needed to make to our website and leaflets.

Finally, I wanted to say that I am very excited by the prospect of joining your team, and I believe my experience would allow me to contribute from the very first week. Thank you again for your time and consideration.

Kind regards,
Georgina Webb
""", ctx("Georgina Webb", "Femi Adeyinka", "Lindum Bank", "Compliance Analyst", "2026-09-15T10:00", "2026-09-15T16:00"),
      {"length": "over 400 words, six paragraphs", "next_steps": "ends without a forward line"})

_px = {"candidate_name": "Catrin Howells", "interviewers": ["Siobhan Kavanagh", "Rhodri Bevan"],
       "company": "Cwm Taf Maternity Services", "role": "Community Midwife", "interview_type": "panel",
       "interview_at": "2026-02-03T14:00", "sent_at": "2026-02-04T08:00"}
panel("x23-panel-midwife-distinct", _px, [
    ("Siobhan Kavanagh", "Thank you – Community Midwife interview", """
Dear Ms. Kavanagh,

Thank you for yesterday's interview and for explaining how the continuity-of-carer teams are organised in the valleys. Hearing that each midwife now follows the same women from booking to postnatal care was inspiring.

My three years in a continuity team in Merthyr mean I understand both the rewards and the on-call demands of that model.

I very much hope to join your team and hope to hear from you soon.

Warm regards,
Catrin Howells
"""),
    ("Rhodri Bevan", "Thank you – Community Midwife interview", """
Dear Mr. Bevan,

Thank you for your questions about home births. I was pleased to hear the service wants to offer more of them, and that you are training a second on-call midwife for each birth.

I have attended around twenty home births as the second midwife and completed my neonatal life support update last month, so I would be glad to support that work.

I look forward to hearing from you.

Warm regards,
Catrin Howells
"""),
], "fine")

panel("x24-panel-midwife-copy", _px, [
    ("Siobhan Kavanagh", "Thank you – Community Midwife interview", """
Dear Ms. Kavanagh,

Thank you very much for the interview yesterday. I really enjoyed learning about the service and the continuity-of-carer model, and my experience in Merthyr would help me settle in quickly.

I very much hope to join your team and hope to hear from you soon.

Warm regards,
Catrin Howells
"""),
    ("Rhodri Bevan", "Thank you – Community Midwife interview", """
Dear Mr. Bevan,

Thank you very much for the interview yesterday. I really enjoyed learning about the service and the home birth plans, and my experience in Merthyr would help me settle in quickly.

I very much hope to join your team and hope to hear from you soon.

Warm regards,
Catrin Howells
"""),
], "problem", "identical but for two words", label_emails=False)


def main() -> None:
    ids = [e["id"] for entries in SETS.values() for e in entries]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for name, entries in SETS.items():
        out = HERE / f"{name}.jsonl"
        with out.open("w", encoding="utf-8") as fh:
            for entry in entries:
                fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
        singles = [e for e in entries if "emails" not in e]
        strong_n = sum(1 for e in singles if "problem" not in e["labels"].values())
        print(f"wrote {out}: {len(singles)} emails ({strong_n} strong) and {len(entries) - len(singles)} panel sets")


if __name__ == "__main__":
    main()
