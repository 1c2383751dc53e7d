"""The package's structure: no import cycles, no reaching into another module's private names,
and a parser that knows no principle."""
from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "followup_edu"


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(PKG.rglob("*.py")):
        parts = list(path.relative_to(PKG.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


MODULES = _modules()


def _imports(name: str, path: Path):
    """(imported module, imported names) for every import in the module, at any depth."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, []
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            names = [a.name for a in node.names]
            yield target, names
            for n in names:  # "from . import lexicon" imports a module
                if f"{target}.{n}" in MODULES:
                    yield f"{target}.{n}", []


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {m: set() for m in MODULES}
    for name, path in MODULES.items():
        for target, _ in _imports(name, path):
            if target in MODULES and target != name:
                graph[name].add(target)
    return graph


def test_are_there_no_import_cycles_inside_the_package():
    graph = _graph()
    # a package's __init__ importing its own submodules is how packages work, not a cycle
    for name in graph:
        graph[name] = {t for t in graph[name] if not name.startswith(t + ".")}
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(m: str) -> None:
        state[m] = 1
        stack.append(m)
        for t in sorted(graph[m]):
            if state.get(t) == 1:
                raise AssertionError("import cycle: " + " -> ".join(stack[stack.index(t):] + [t]))
            if t not in state:
                visit(t)
        stack.pop()
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m)


def test_does_no_module_import_another_modules_private_names():
    bad = []
    for name, path in MODULES.items():
        for target, names in _imports(name, path):
            if target.startswith("followup_edu") and target != name:
                bad += [f"{name}: from {target} import {n}" for n in names
                        if n.startswith("_") and not n.startswith("__") and f"{target}.{n}" not in MODULES]
    assert not bad, bad


def test_does_the_parser_know_no_principle():
    targets = {t for t, _ in _imports("followup_edu.text", MODULES["followup_edu.text"])}
    assert not targets & {"followup_edu.registry", "followup_edu.checks"}, targets


def test_does_every_error_the_package_defines_derive_from_followup_error():
    import importlib

    from followup_edu.errors import FollowupError

    found = []
    for name, path in MODULES.items():
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef) and node.name.endswith(("Error", "Exception")):
                found.append((name, node.name))
    assert len(found) >= 7
    for name, cls in found:
        obj = getattr(importlib.import_module(name), cls)
        assert issubclass(obj, FollowupError), f"{name}.{cls} is outside the FollowupError root"
