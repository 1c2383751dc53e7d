"""nbgrader settings for every account on the hub: installed as /etc/jupyter/nbgrader_config.py.

The exchange is where released assignments, submissions and feedback travel. On one machine it is
a folder (mode 1777, made by setup-local-hub.sh); FOLLOWUP_EDU_EXCHANGE, set by
jupyterhub_config.py in every server it starts, says where.
"""
import os

c = get_config()  # noqa: F821 - provided by nbgrader

c.CourseDirectory.course_id = "followup-edu"
c.Exchange.root = os.environ.get("FOLLOWUP_EDU_EXCHANGE") or "/srv/nbgrader/exchange"
c.Exchange.timezone = "UTC"
