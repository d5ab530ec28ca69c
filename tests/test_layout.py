"""The tree as README's Layout describes it: pure core modules, the ui apart, every module named."""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "demo"
UI_SIDE = {DEMO / "app.py"}  # the assembler; everything in demo/ui is UI as well


def _core_modules() -> list[Path]:
    return [p for p in DEMO.rglob("*.py") if "ui" not in p.relative_to(DEMO).parts and p not in UI_SIDE]


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_modules_never_import_gradio_or_the_ui():
    for path in _core_modules():
        imported = _imports(path)
        assert "gradio" not in {name.split(".")[0] for name in imported}, path
        assert not any(name.startswith("demo.ui") for name in imported), path


def test_readme_layout_names_every_module_and_package():
    text = (ROOT / "README.md").read_text()
    layout = text[text.index("## Layout"):]
    for path in sorted(DEMO.glob("*.py")):
        if path.name != "__init__.py":
            assert re.search(rf"\b{path.stem}(\.py)?\b", layout), f"{path.name} is not in README's Layout"
    for package in ("knn", "layers"):
        for path in sorted((DEMO / package).glob("*.py")):
            if path.name != "__init__.py":
                assert path.stem in layout, f"{package}/{path.name} is not in README's Layout"


def test_each_package_names_what_the_tabs_use():
    from demo import knn, layers

    assert {"search", "accuracy_report", "build_index", "embed", "figures", "scaling", "toy"} <= set(knn.__all__)
    assert {"analyse", "parse_stack", "PRESETS", "report_for", "figures"} <= set(layers.__all__)
    for package in (knn, layers):
        assert all(hasattr(package, name) for name in package.__all__)


def test_tests_mirror_the_core_modules():
    """Every core module has its test module: tests/test_<module>.py, or test_<package>_<module>.py."""
    tests = {p.stem for p in (ROOT / "tests").glob("test_*.py")}
    untested = []
    for path in _core_modules():
        if path.name in ("__init__.py", "config.py", "train.py"):  # settings; the CLI is in test_training
            continue
        package = path.parent.name if path.parent != DEMO else ""
        expected = f"test_{package}_{path.stem}" if package else f"test_{path.stem}"
        if expected not in tests:
            untested.append(expected)
    assert untested == []


def test_starting_the_app_does_not_import_torchvision():
    """torchvision takes 1.5 s to import: the cold start (benchmarks/cold_start.py) leaves it to first use."""
    import subprocess
    import sys

    code = "import sys; import demo.app; demo.app.build_app(); print('torchvision' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.stdout.strip().splitlines()[-1] == "False", out.stderr[-2000:]
