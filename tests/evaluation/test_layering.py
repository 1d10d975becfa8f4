"""Training sits below the evaluation, and the command line above both.

Every import statement counts, at any depth of the code (one inside a function is still an
import), so each module's source is parsed with :mod:`ast` rather than imported.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "credscore"


def _imports(relpath: str) -> set[str]:
    """Every module name an import statement of ``credscore/<relpath>`` names, resolved.

    ``from X import name`` yields both ``X`` and ``X.name`` (``name`` may be a module).
    """
    path = PACKAGE / relpath
    parts = ("credscore", *Path(relpath).with_suffix("").parts)
    package = parts[:-1]  # of a module: its package; of an __init__: the package itself
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = ".".join(package[: len(package) - node.level + 1])
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module or ""
            out.add(target)
            out.update(f"{target}.{a.name}" for a in node.names)
    return out


def _names(imports: set[str], prefix: str) -> list[str]:
    return sorted(m for m in imports if m == prefix or m.startswith(prefix + "."))


def test_the_resolver_sees_imports_inside_functions(tmp_path, monkeypatch):
    (tmp_path / "credscore").mkdir()
    (tmp_path / "credscore" / "probe.py").write_text(
        "def f():\n    from .evaluation import card\n    import credscore.cli\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(f"{__name__}.PACKAGE", tmp_path / "credscore")
    found = _imports("probe.py")
    assert "credscore.evaluation.card" in found and "credscore.cli" in found


def test_training_never_imports_the_evaluation():
    imports = _imports("training.py")
    assert _names(imports, "credscore.evaluation") == []
    assert _names(imports, "credscore.cli") == []
    assert "credscore.crossval" in imports and "credscore.defaults" in imports


@pytest.mark.parametrize("module", ["crossval.py", "defaults.py"])
def test_shared_modules_import_neither_training_nor_evaluation(module):
    imports = _imports(module)
    for higher in ("credscore.training", "credscore.evaluation", "credscore.cli"):
        assert _names(imports, higher) == [], f"{module} imports {higher}"


def test_the_evaluation_has_no_command_line_of_its_own():
    """``credscore evaluate`` is built by credscore.cli; no model-evaluation module parses."""
    for path in sorted((PACKAGE / "evaluation").glob("*.py")):
        if path.name in ("signals.py", "_polnear.py", "_conll.py", "conll_ceiling.py"):
            continue  # the signal harness (``make eval-signals``) keeps its own entries
        imports = _imports(f"evaluation/{path.name}")
        assert "argparse" not in imports, path.name
        assert _names(imports, "credscore.cli") == [], path.name


def test_one_grouped_out_of_fold_loop():
    """Training and the evaluation's grouped CV share credscore.crossval.grouped_oof."""
    import credscore.crossval
    import credscore.evaluation.protocol
    import credscore.training

    assert credscore.training.grouped_oof is credscore.crossval.grouped_oof
    assert "grouped_oof" in vars(credscore.evaluation.protocol)
    assert credscore.evaluation.protocol.grouped_oof is credscore.crossval.grouped_oof
    for module in ("training.py", "evaluation/protocol.py"):
        assert "sklearn.model_selection.GroupKFold" not in _imports(module), module
