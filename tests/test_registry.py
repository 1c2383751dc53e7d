"""The registry is the one list of principles, and it is validated when it loads."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from followup_edu import FollowupError, check_email, checks, registry
from followup_edu.errors import RegistryError

ROOT = Path(__file__).resolve().parents[1]
TEXT = registry.read_text()


@pytest.fixture
def edited_registry(monkeypatch):
    """Load the checks against an edited copy of principles.toml; restore the real one after."""
    def use(text: str) -> None:
        monkeypatch.setattr(registry, "read_text", lambda: text)
        checks.reload()
    yield use
    monkeypatch.undo()
    checks.reload()


def _in_entry(pid: str, old: str, new: str) -> str:
    start = TEXT.index(f"[principles.{pid}]")
    later = re.search(rf"\n\[principles\.(?!{pid}[.\]])", TEXT[start:])
    end = start + later.start() if later else len(TEXT)
    entry = TEXT[start:end]
    assert old in entry, old
    return TEXT[:start] + entry.replace(old, new, 1) + TEXT[end:]


@pytest.mark.parametrize(("pid", "old", "new", "key"), [
    ("greeting", 'casual_words = [', 'titles = ["mr"]\ncasual_words = [', "titles"),          # unknown / unused
    ("spelling", "fail_count = 3", "fail_count = 3\nwarn_count = 1", "warn_count"),             # a dead key
    ("timing", "second_fail_days = 3\n", "", "second_fail_days"),                               # missing key
    ("subject", 'pass_reply = "', 'pass_replay = "', "pass_reply"),                             # missing message
    ("fit", "[principles.fit.messages]\n", "[principles.fit.messages]\nnever = \"x\"\n", "never"),  # unused message
    ("length", "weight = 7", "weight = 0", "weight"),
    ("tone", 'kinds = ["thank_you"', 'kinds = ["thanks"', "kinds"),
    ("distinct", 'scope = "panel"', 'scope = "cohort"', "scope"),
])
def test_is_a_bad_registry_entry_an_error_naming_the_key(edited_registry, pid, old, new, key):
    edited_registry(_in_entry(pid, old, new))
    with pytest.raises(RegistryError) as err:
        checks.validate()
    assert err.value.key == key and f"'{key}'" in str(err.value)
    assert isinstance(err.value, FollowupError)


def test_is_a_principle_without_a_check_module_an_error(edited_registry):
    edited_registry(TEXT + '\n[principles.ghost]\ntitle = "t"\nsummary = "s"\nwhy = "w"\nlesson = "l"\n'
                    'weight = 1\nkinds = ["thank_you"]\n[principles.ghost.messages]\n')
    with pytest.raises(RegistryError, match=r"checks/ghost\.py"):
        check_email("Thank you", "Dear Priya,\n\nThanks.\n")


def test_is_broken_toml_an_error_naming_the_file(edited_registry):
    edited_registry(TEXT.replace("detail_chars = 50000", "detail_chars = ", 1))
    with pytest.raises(RegistryError, match="principles.toml is not valid TOML"):
        checks.validate()


def test_does_the_real_registry_validate():
    checks.validate()
    assert registry.single_ids() + registry.panel_ids() == tuple(
        p for p in registry.ids() if p in registry.single_ids()) + registry.panel_ids()


def test_does_the_readme_table_list_every_principle_in_registry_order():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The principles", 1)[1].split("\n## ", 1)[0]
    listed = re.findall(r"^\| `([a-z_]+)` \|", section, flags=re.MULTILINE)
    assert listed == list(registry.ids())


def test_is_a_malformed_pattern_table_an_error_naming_the_key(edited_registry):
    edited_registry(TEXT.replace("[principles.tone.stiff_pattern]\n", "[principles.tone.stiff_pattern]\nflags = 'i'\n", 1))
    with pytest.raises(RegistryError, match="unknown key 'flags'") as err:
        check_email("Thank you", "Dear Priya,\n\nThank you for your time.\n", {"interview_type": "internal"})
    assert err.value.key == "stiff_pattern"
