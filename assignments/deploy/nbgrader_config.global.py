"""System-wide nbgrader settings for every user on the hub: /etc/jupyter/nbgrader_config.py."""
c = get_config()  # noqa: F821 - provided by nbgrader

c.CourseDirectory.course_id = "followup-edu"
c.Exchange.root = "/srv/nbgrader/exchange"     # a shared volume on Kubernetes (see helm-values.yaml)
c.Exchange.timezone = "UTC"
