"""JupyterHub on one machine for the followup-edu course (nbgrader's "one course, shared server").

Each learner logs in with their system account (PAM) and gets their own JupyterLab, started as
that account. Assignments and feedback travel through nbgrader's exchange folder. The instructors
grade in the formgrader, a hub service that runs as the grader account in the course folder
(``~grader-followup-edu/followup-edu``). Who is who comes from one class list, ``roster.csv``.

Run ``setup-local-hub.sh`` as root first (accounts, folder modes, exchange, global nbgrader
config), then ``jupyterhub -f /path/to/assignments/deploy/jupyterhub_config.py``. The step-by-step
guide is in assignments/README.md ("Running the class on JupyterHub").

The few things that differ between machines are environment variables, read here and by the
setup script alike (defaults in brackets):

    FOLLOWUP_EDU_ROSTER      the class list              [this folder's roster.csv]
    FOLLOWUP_EDU_GRADER      the grader account          [grader-followup-edu]
    FOLLOWUP_EDU_EXCHANGE    nbgrader's exchange folder  [/srv/nbgrader/exchange]
    FOLLOWUP_EDU_JUPYTER_ETC where nbgrader_config.py for everyone goes  [/etc/jupyter]
    FOLLOWUP_EDU_HUB_STATE   the hub's database and cookie secret        [/srv/jupyterhub]
    FOLLOWUP_EDU_FORMGRADER_PORT  loopback port of the formgrader service [9999]
    FOLLOWUP_EDU_TLS_CERT, FOLLOWUP_EDU_TLS_KEY  serve HTTPS on every interface (port 443)
                             instead of plain HTTP on 127.0.0.1:8000
"""
import csv
import os
import pwd
import sys

c = get_config()  # noqa: F821 - provided by JupyterHub

HERE = os.path.dirname(os.path.abspath(__file__))
COURSE = "followup-edu"
env = os.environ.get
GRADER = env("FOLLOWUP_EDU_GRADER", f"grader-{COURSE}")
ROSTER = env("FOLLOWUP_EDU_ROSTER", os.path.join(HERE, "roster.csv"))
EXCHANGE = env("FOLLOWUP_EDU_EXCHANGE", "/srv/nbgrader/exchange")
JUPYTER_ETC = env("FOLLOWUP_EDU_JUPYTER_ETC", "/etc/jupyter")
STATE = env("FOLLOWUP_EDU_HUB_STATE", "/srv/jupyterhub")
FORMGRADER_PORT = int(env("FOLLOWUP_EDU_FORMGRADER_PORT", "9999"))
LEARNER_CONFIG = os.path.join(HERE, "learner-config")
BIN = os.path.dirname(sys.executable)   # learners and the grader run the hub's own environment


def read_roster(path):
    """(instructors, learners) from the class list: one row per account, role instructor|learner."""
    with open(path, newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if (r.get("username") or "").strip()]
    roles = {r["username"].strip(): (r.get("role") or "").strip() for r in rows}
    unknown = sorted(name for name, role in roles.items() if role not in ("instructor", "learner"))
    if unknown:
        raise SystemExit(f"{path}: the role of {', '.join(unknown)} must be 'instructor' or 'learner'")
    return ([n for n, r in roles.items() if r == "instructor"], [n for n, r in roles.items() if r == "learner"])


INSTRUCTORS, LEARNERS = read_roster(ROSTER)
try:
    COURSE_DIR = os.path.join(pwd.getpwnam(GRADER).pw_dir, COURSE)
except KeyError:
    COURSE_DIR = f"/home/{GRADER}/{COURSE}"

# --- Where the hub listens -------------------------------------------------------------------
# Plain HTTP only on the loopback interface (reach it through an SSH tunnel or a TLS reverse
# proxy on the same machine); with a certificate and key, HTTPS on every interface.
if env("FOLLOWUP_EDU_TLS_CERT") and env("FOLLOWUP_EDU_TLS_KEY"):
    c.JupyterHub.bind_url = "https://:443"
    c.JupyterHub.ssl_cert = env("FOLLOWUP_EDU_TLS_CERT")
    c.JupyterHub.ssl_key = env("FOLLOWUP_EDU_TLS_KEY")
else:
    c.JupyterHub.bind_url = "http://127.0.0.1:8000"
c.JupyterHub.db_url = f"sqlite:///{os.path.join(STATE, 'jupyterhub.sqlite')}"
c.JupyterHub.cookie_secret_file = os.path.join(STATE, "jupyterhub_cookie_secret")
c.ConfigurableHTTPProxy.pid_file = os.path.join(STATE, "jupyterhub-proxy.pid")

# --- Who may log in --------------------------------------------------------------------------
# PAM (the default authenticator): every user is a system account made by setup-local-hub.sh.
c.Authenticator.allowed_users = set(INSTRUCTORS + LEARNERS)
c.Authenticator.admin_users = set(INSTRUCTORS)

# The instructors (and the grader account) reach the formgrader; nobody else does. The learners'
# group is the class: nbgrader's name for it, and the list the setup script loads into the
# gradebook, so the formgrader shows each student's name.
c.JupyterHub.load_groups = {
    f"formgrade-{COURSE}": {"users": INSTRUCTORS + [GRADER]},
    f"nbgrader-{COURSE}": {"users": LEARNERS},
}
c.JupyterHub.load_roles = [
    {"name": f"formgrade-{COURSE}", "groups": [f"formgrade-{COURSE}"],
     "scopes": [f"access:services!service={COURSE}"]},
]

# --- Everyone's server -----------------------------------------------------------------------
SHARED_ENV = {"FOLLOWUP_EDU_EXCHANGE": EXCHANGE}
if os.path.realpath(JUPYTER_ETC) != "/etc/jupyter":      # /etc/jupyter is always searched
    SHARED_ENV["JUPYTER_CONFIG_PATH"] = JUPYTER_ETC

# Learners: their own JupyterLab, as their own account, with the instructor tools switched off
# (learner-config/ hides Formgrader, Course List and Create Assignment and turns the formgrader
# server extension off; it hides, the folder modes are what protect).
c.Spawner.cmd = [os.path.join(BIN, "jupyterhub-singleuser")]
# When the hub stops it interrupts every server; started from a terminal, a server would first
# ask "Shut down this Jupyter server?" and the hub would wait out each one.
STOP_AT_ONCE = "--ServerApp.answer_yes=True"
c.Spawner.args = [STOP_AT_ONCE]
c.Spawner.default_url = "/lab"
c.Spawner.environment = dict(
    SHARED_ENV,
    JUPYTER_CONFIG_PATH=os.pathsep.join(filter(None, [LEARNER_CONFIG, SHARED_ENV.get("JUPYTER_CONFIG_PATH")])),
)

# The formgrader: the grader account's own JupyterLab in the course folder, as a hub service at
# /services/followup-edu/. Its token is generated by the hub at each start. Grading commands
# typed in its terminal (`followup-edu grade-cohort ...`) run as the grader, with the course's
# nbgrader_config.py.
c.JupyterHub.services = [
    {
        "name": COURSE,
        "url": f"http://127.0.0.1:{FORMGRADER_PORT}",
        "command": [os.path.join(BIN, "jupyterhub-singleuser"), f"--ServerApp.root_dir={COURSE_DIR}", STOP_AT_ONCE],
        "user": GRADER,
        "cwd": COURSE_DIR,
        "environment": dict(SHARED_ENV, JUPYTERHUB_DEFAULT_URL="/lab",
                            PATH=os.pathsep.join([BIN, "/usr/local/bin", "/usr/bin", "/bin"])),
        "oauth_no_confirm": True,
    },
]
