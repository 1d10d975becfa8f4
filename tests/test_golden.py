"""Reports of the example articles are byte for byte the golden ones (see tests/golden)."""

import pytest

from .golden import HERE, render_all

OUTPUTS = render_all()


@pytest.mark.parametrize("name", sorted(OUTPUTS))
def test_report_is_byte_for_byte_the_golden_one(name):
    golden = (HERE / name).read_text(encoding="utf-8")
    assert OUTPUTS[name] == golden, (
        f"tests/golden/{name} differs; if the change is intended, regenerate with "
        "`.venv/bin/python -m tests.golden` and review the diff"
    )


def test_every_golden_file_is_still_produced():
    on_disk = {p.name for p in HERE.iterdir() if p.suffix in {".txt", ".md", ".json", ".html"}}
    assert on_disk == set(OUTPUTS)
