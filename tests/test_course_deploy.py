"""Do the deployment examples in assignments/deploy/ at least load?"""
from __future__ import annotations

from pathlib import Path

import pytest
from traitlets.config import Config

DEPLOY = Path(__file__).resolve().parent.parent / "assignments" / "deploy"
COURSE = DEPLOY.parent


def load_config(path: Path) -> Config:
    cfg = Config()
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), {"get_config": lambda: cfg, "__file__": str(path)})
    return cfg


def test_jupyterhub_config_runs_and_wires_the_formgrader():
    """Does jupyterhub_config.py run and define the formgrader service for the instructors' group?"""
    cfg = load_config(DEPLOY / "jupyterhub_config.py")
    (service,) = cfg.JupyterHub.services
    assert service["name"] == "followup-edu" and service["user"] == "grader-followup-edu"
    # the formgrader uses the hub's shared exchange, not the course's own
    exchange = load_config(DEPLOY / "nbgrader_config.global.py").Exchange.root
    assert service["environment"]["FOLLOWUP_EDU_EXCHANGE"] == exchange
    assert "formgrade-followup-edu" in cfg.JupyterHub.load_groups


@pytest.mark.parametrize("path", [DEPLOY / "nbgrader_config.global.py", COURSE / "nbgrader_config.py"])
def test_nbgrader_configs_run(path):
    """Do the nbgrader configs run, agree on the course id, and (course) install isolated grading?"""
    cfg = load_config(path)
    assert cfg.CourseDirectory.course_id == "followup-edu"
    if path.name == "nbgrader_config.py":
        names = [p.__name__ for p in cfg.Autograde.autograde_preprocessors]
        assert names.index("IsolatedGrading") == names.index("SandboxedExecute") + 1
        assert names.index("IsolatedGrading") < names.index("SaveAutoGrades")
        assert "ClearHiddenTests" in [p.__name__ for p in cfg.GenerateFeedback.preprocessors]


def test_helm_values_parse_and_mount_the_exchange():
    """Does helm-values.yaml parse, with the exchange mounted where nbgrader looks for it?"""
    yaml = pytest.importorskip("yaml")
    values = yaml.safe_load((DEPLOY / "helm-values.yaml").read_text(encoding="utf-8"))
    mounts = values["singleuser"]["storage"]["extraVolumeMounts"]
    exchange = load_config(DEPLOY / "nbgrader_config.global.py").Exchange.root
    assert any(m["mountPath"] == exchange for m in mounts)
    assert exchange in values["singleuser"]["extraFiles"]["nbgrader-config"]["stringData"]
