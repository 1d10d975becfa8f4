"""The README's quickstart is exactly two commands, and the Makefile provides them."""

import re

from .conftest import ROOT


def _make_targets():
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([a-z][a-z-]*):", text, flags=re.MULTILINE))


def test_quickstart_commands_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```(?:sh|bash|console)?\n(.*?)```", section, flags=re.DOTALL)
    assert block, "no code block in the Quickstart"
    commands = [c.strip() for c in block.group(1).splitlines() if c.strip()]
    assert commands == ["make run", "make test"]
    targets = _make_targets()
    for c in commands:
        assert c.split()[1] in targets


def test_every_make_target_in_readme_exists():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    targets = _make_targets()
    for t in set(re.findall(r"`make ([a-z][a-z-]+)", readme)):
        assert t in targets, f"README mentions `make {t}` but the Makefile has no such target"


def test_ci_runs_make_test():
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
