"""Do the deployment files in assignments/deploy/ load the way JupyterHub and nbgrader load them?

Cheap checks (well under a second): the hub config goes into a real ``JupyterHub`` application and
its services, authenticator and spawner are built from it the way the hub builds them at start,
so a bad value (the ``api_token: None`` that stopped the hub) fails here. tests/test_hub.py starts
a real hub from the same file.
"""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest
from traitlets.config import Config

DEPLOY = Path(__file__).resolve().parent.parent / "assignments" / "deploy"
COURSE = DEPLOY.parent
INSTRUCTOR_PLUGINS = {"@jupyter/nbgrader:formgrader", "@jupyter/nbgrader:course-list",
                      "@jupyter/nbgrader:create-assignment"}


def load_config(path: Path) -> Config:
    cfg = Config()
    code = compile(path.read_text(encoding="utf-8"), str(path), "exec")
    exec(code, {"get_config": lambda: cfg, "__file__": str(path)})
    return cfg


@pytest.fixture()
def hub(monkeypatch, tmp_path):
    """A JupyterHub application with deploy/jupyterhub_config.py loaded, as `jupyterhub -f` loads it."""
    pytest.importorskip("jupyterhub")
    from jupyterhub.app import JupyterHub

    for name in list(os.environ):
        if name.startswith("FOLLOWUP_EDU_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("FOLLOWUP_EDU_HUB_STATE", str(tmp_path))
    app = JupyterHub()
    app.load_config_file(str(DEPLOY / "jupyterhub_config.py"))
    return app


def test_hub_config_loads_into_a_real_hub(hub):
    """Does the config set a loopback URL, state files, the class from the roster and the groups?"""
    assert hub.bind_url == "http://127.0.0.1:8000"
    assert hub.db_url.startswith("sqlite:///") and hub.cookie_secret_file.startswith(os.environ["FOLLOWUP_EDU_HUB_STATE"])
    assert hub.config.Authenticator.admin_users == {"instructor1"}
    assert hub.config.Authenticator.allowed_users == {"instructor1", "learner1", "learner2"}
    assert hub.load_groups["formgrade-followup-edu"]["users"] == ["instructor1", "grader-followup-edu"]
    assert hub.load_groups["nbgrader-followup-edu"]["users"] == ["learner1", "learner2"]
    (role,) = hub.load_roles
    assert role["groups"] == ["formgrade-followup-edu"] and role["scopes"] == ["access:services!service=followup-edu"]


def test_services_spawner_and_authenticator_build_from_the_config(hub):
    """Are the service, the spawner and the authenticator valid objects, built as the hub builds them?"""
    from jupyterhub.auth import PAMAuthenticator
    from jupyterhub.services.service import Service
    from jupyterhub.spawner import LocalProcessSpawner

    (spec,) = hub.services
    service = Service(parent=hub, app=hub)
    for key, value in spec.items():   # what JupyterHub.init_services does with each key
        assert key in service.traits(), f"services[{spec['name']!r}] has no key {key!r}"
        setattr(service, key, value)
    assert service.managed and service.user == "grader-followup-edu"
    assert service.url.startswith("http://127.0.0.1:")
    assert Path(service.command[0]).name == "jupyterhub-singleuser" and Path(service.command[0]).exists()
    assert "FOLLOWUP_EDU_EXCHANGE" in service.environment

    spawner = LocalProcessSpawner(config=hub.config)
    assert Path(spawner.cmd[0]).exists() and spawner.default_url == "/lab"
    learner_config = spawner.environment["JUPYTER_CONFIG_PATH"].split(os.pathsep)[0]
    assert Path(learner_config) == DEPLOY / "learner-config"
    assert hub.authenticator_class is PAMAuthenticator or hub.authenticator_class == PAMAuthenticator
    PAMAuthenticator(config=hub.config)


def test_learner_config_turns_the_instructor_tools_off():
    """Does the learner config folder disable the instructor plugins and the formgrader extension?"""
    page = json.loads((DEPLOY / "learner-config" / "labconfig" / "page_config.json").read_text())
    assert set(page["disabledExtensions"]) == INSTRUCTOR_PLUGINS
    server = json.loads((DEPLOY / "learner-config" / "jupyter_server_config.json").read_text())
    assert server["ServerApp"]["jpserver_extensions"]["nbgrader.server_extensions.formgrader"] is False


def test_a_bad_roster_role_is_a_clear_error(tmp_path, monkeypatch):
    """Does a roster row with an unknown role stop the hub with a line naming the account?"""
    roster = tmp_path / "roster.csv"
    roster.write_text("username,role\nada,student\n")
    monkeypatch.setenv("FOLLOWUP_EDU_ROSTER", str(roster))
    with pytest.raises(SystemExit, match="ada must be 'instructor' or 'learner'"):
        load_config(DEPLOY / "jupyterhub_config.py")


def test_setup_script_is_valid_bash_and_refuses_without_root():
    """Does setup-local-hub.sh parse, and (not as root) stop at once with a plain reason?"""
    script = DEPLOY / "setup-local-hub.sh"
    assert subprocess.run(["bash", "-n", str(script)]).returncode == 0
    if os.geteuid() == 0:
        return
    proc = subprocess.run(["bash", str(script)], capture_output=True, text=True)
    assert proc.returncode == 1 and "run this as root" in proc.stderr


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


def test_global_nbgrader_config_follows_the_hubs_exchange(monkeypatch):
    """Does the global nbgrader config use the exchange the hub hands every server?"""
    monkeypatch.delenv("FOLLOWUP_EDU_EXCHANGE", raising=False)
    assert load_config(DEPLOY / "nbgrader_config.global.py").Exchange.root == "/srv/nbgrader/exchange"
    monkeypatch.setenv("FOLLOWUP_EDU_EXCHANGE", "/data/exchange")
    assert load_config(DEPLOY / "nbgrader_config.global.py").Exchange.root == "/data/exchange"


def test_helm_values_separate_students():
    """Do the Kubernetes values use a real authenticator, per-user storage, ngshare, and a guarded instructor profile?"""
    yaml = pytest.importorskip("yaml")
    values = yaml.safe_load((DEPLOY / "helm-values.yaml").read_text(encoding="utf-8"))
    hub = values["hub"]
    assert hub["config"]["JupyterHub"]["authenticator_class"] != "dummy"
    assert values["singleuser"]["storage"]["type"] == "dynamic"
    assert "ngshare" in hub["services"]
    assert "configureExchange" in values["singleuser"]["extraFiles"]["nbgrader-config"]["stringData"]
    assert "profileList" not in values["singleuser"]   # the profiles come from the callable below
    cfg = Config()
    exec(hub["extraConfig"]["followup-edu-profiles"], {"c": cfg})
    profiles = cfg.KubeSpawner.profile_list

    def slugs(*groups):
        user = SimpleNamespace(groups=[SimpleNamespace(name=g) for g in groups])
        return [p["slug"] for p in profiles(SimpleNamespace(user=user))]

    assert slugs("formgrade-followup-edu") == ["learner", "instructor"]
    assert slugs("nbgrader-followup-edu") == ["learner"] and slugs() == ["learner"]
