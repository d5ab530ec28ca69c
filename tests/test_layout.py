"""The tree as README's Layout describes it: one package per lecture topic, three shared floors beneath them,
gradio only in the tabs and the web kit, and tests that mirror demo/."""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "demo"
TOPICS = ("overview", "knn", "perceptron", "cnn", "architectures", "receptive_field", "classify", "train",
          "classes")
FLOORS = ("base", "nets", "layers")  # below the topics; they know none of them
UI = ("web",)  # the gradio kit


def _modules() -> list[Path]:
    return sorted(p for p in DEMO.rglob("*.py") if "__pycache__" not in p.parts)


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names |= {f"{node.module}.{a.name}" for a in node.names}
    return names


def _package(path: Path) -> str:
    return path.relative_to(DEMO).parts[0] if len(path.relative_to(DEMO).parts) > 1 else ""


def test_demo_reads_as_the_lecture():
    packages = {p.name for p in DEMO.iterdir() if p.is_dir() and any(p.rglob("*.py"))}  # not a stale cache
    assert packages == {*TOPICS, *FLOORS, *UI, "i18n"}
    assert {p.name for p in DEMO.glob("*.py")} == {"__init__.py", "app.py"}
    for topic in TOPICS:
        assert (DEMO / topic / "tab.py").exists(), f"{topic} has no tab"
        assert (DEMO / topic / "form.py").exists(), f"{topic} has no form"


def test_only_the_tabs_and_the_web_kit_import_gradio():
    for path in _modules():
        if path.name == "tab.py" or _package(path) in UI or path == DEMO / "app.py":
            continue
        assert "gradio" not in {name.split(".")[0] for name in _imports(path)}, path


def test_data_flows_one_way():
    """tab -> topic core -> nets/layers -> base: a floor imports no topic and no web kit, a topic no other
    topic's tab, and no core module a tab."""
    for path in _modules():
        package, imported = _package(path), _imports(path)
        for name in imported:
            parts = name.split(".")
            if parts[0] != "demo" or len(parts) < 2:
                continue
            target = parts[1]
            if package in FLOORS:
                assert target not in (*TOPICS, *UI), (path, name)
            if package in UI:  # the web kit knows no topic: the forms reach it through demo/app.py
                assert target not in TOPICS, (path, name)
            if target in TOPICS and "tab" in parts[2:]:
                assert path == DEMO / "app.py", (path, name)


def test_readme_layout_names_every_package_and_module():
    text = (ROOT / "README.md").read_text()
    layout = text[text.index("## Layout"):]
    for path in _modules():
        if path.name in ("__init__.py", "__main__.py"):
            continue
        relative = path.relative_to(DEMO)
        if len(relative.parts) > 1:
            assert f"{relative.parts[0]}/" in layout, f"{relative.parts[0]}/ is not in README's Layout"
        assert re.search(rf"\b{path.stem}(\.py)?\b", layout), f"{relative} is not in README's Layout"


def test_each_package_names_what_the_tabs_use():
    from demo import knn, layers

    assert {"search", "accuracy_report", "build_index", "embed", "figures", "scaling", "toy"} <= set(knn.__all__)
    assert {"analyse", "parse_stack", "PRESETS", "report_for", "figures"} <= set(layers.__all__)
    for package in (knn, layers):
        assert all(hasattr(package, name) for name in package.__all__)


def test_tests_mirror_demo():
    """Every core module demo/<package>/<module>.py has tests/<package>/test_<module>.py, or
    test_<package>_<module>.py (a test file's name is unique across the tree)."""
    names = [p.name for p in (ROOT / "tests").rglob("test_*.py")]
    assert len(names) == len(set(names)), "two test files share a name"
    untested = []
    for path in _modules():
        relative = path.relative_to(DEMO)
        if len(relative.parts) < 2 or path.name in ("__init__.py", "__main__.py", "tab.py", "config.py",
                                                      "recipes.py"):  # settings; the command is in test_training
            continue
        if path.name == "form.py" and relative.parts[0] in TOPICS:
            continue  # every topic's form is held to its page, links, endpoints and README by tests/test_forms.py
        if relative.parts[0] in UI or relative.parts[0] == "i18n":
            continue  # the web kit and the tables are tested through the app (tests/web, tests/i18n)
        folder = ROOT / "tests" / Path(*relative.parts[:-1])
        package = relative.parts[-2]
        if not any((folder / name).exists() for name in (f"test_{path.stem}.py", f"test_{package}_{path.stem}.py")):
            untested.append(str(folder.relative_to(ROOT) / f"test_{path.stem}.py"))
    assert untested == []


def test_starting_the_app_does_not_import_torchvision():
    """torchvision takes 1.5 s to import: the cold start (benchmarks/cold_start.py) leaves it to first use."""
    import subprocess
    import sys

    code = "import sys; import demo.app; demo.app.build_app(); print('torchvision' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.stdout.strip().splitlines()[-1] == "False", out.stderr[-2000:]
