"""JupyterHub on one server for the followup-edu course (nbgrader's "one course, shared server" layout).

Learners log in and get their own notebook server; assignments travel through nbgrader's exchange,
a folder every user can reach (/srv/nbgrader/exchange). The instructor grades in a formgrader that
runs as a hub service under the grader account, whose home holds the course directory (a clone of
this repository's assignments/ folder). Install on the server:

    pip install jupyterhub jupyterlab "followup-edu[grading]"   # plus an authenticator of your choice
    mkdir -p /srv/nbgrader/exchange && chmod 777 /srv/nbgrader/exchange
    cp deploy/nbgrader_config.global.py /etc/jupyter/nbgrader_config.py
    useradd -m grader-followup-edu   # then put the course folder in /home/grader-followup-edu/followup-edu

See assignments/README.md ("Scaling past one machine") for the Kubernetes variant (helm-values.yaml).
"""
c = get_config()  # noqa: F821 - provided by JupyterHub

COURSE = "followup-edu"
GRADER = f"grader-{COURSE}"
INSTRUCTORS = ["instructor1"]
LEARNERS = ["learner1", "learner2"]          # or let the authenticator admit the class list

c.JupyterHub.bind_url = "http://:8000"
c.Spawner.default_url = "/lab"
c.Authenticator.allowed_users = set(INSTRUCTORS + LEARNERS + [GRADER])
c.Authenticator.admin_users = set(INSTRUCTORS)

# Instructors reach the formgrader service through this group.
c.JupyterHub.load_groups = {
    f"formgrade-{COURSE}": {"users": INSTRUCTORS + [GRADER]},
    f"nbgrader-{COURSE}": {"users": LEARNERS},
}
c.JupyterHub.load_roles = [
    {"name": f"formgrade-{COURSE}", "groups": [f"formgrade-{COURSE}"],
     "scopes": [f"access:services!service={COURSE}"]},
    {"name": "server", "scopes": ["inherit"]},
]

# The formgrader: a single-user server for the grader account, started and proxied by the hub.
c.JupyterHub.services = [
    {
        "name": COURSE,
        "url": "http://127.0.0.1:9999",
        "command": ["jupyterhub-singleuser", "--debug", "--ServerApp.root_dir=/home/" + GRADER + "/" + COURSE],
        "user": GRADER,
        "cwd": f"/home/{GRADER}/{COURSE}",
        # the course config keeps its exchange inside the course unless told about the shared one
        "environment": {"JUPYTERHUB_DEFAULT_URL": "/lab", "FOLLOWUP_EDU_EXCHANGE": "/srv/nbgrader/exchange"},
        "api_token": None,   # set from an environment variable or a secret in production
    },
]

# Learners do not need the instructor tools the nbgrader lab extension would otherwise show.
c.Spawner.args = [
    "--LabApp.disabled_extensions={'@jupyter/nbgrader:create-assignment': True, "
    "'@jupyter/nbgrader:formgrader': True, '@jupyter/nbgrader:course-list': True}",
]
