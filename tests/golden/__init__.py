"""Golden reports: every renderer's output for the team's example articles, byte for byte.

They pin the output while the code is reorganised: a refactoring that changes a byte of a
report fails ``tests/test_golden.py``. When a change to a report is intended (a new model, a
new field), regenerate them and review the diff::

    .venv/bin/python -m tests.golden
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE.parents[1] / "datasets" / "examples"
FORMATS = ("txt", "md", "json", "html")


def render_all() -> dict[str, str]:
    """File name -> content: each example in each format, and the JSON schema."""
    import credscore
    from credscore.render import json_schema, render_html, render_json, render_markdown, render_text

    renderers = {
        "txt": lambda r: render_text(r, color=False),
        "md": render_markdown,
        "json": render_json,
        "html": render_html,
    }
    out = {}
    for path in sorted(EXAMPLES.glob("*.txt")):
        report = credscore.score(path.read_text(encoding="utf-8"))
        for fmt in FORMATS:
            out[f"{path.stem}.{fmt}"] = renderers[fmt](report)
    out["report.schema.json"] = json.dumps(json_schema(), indent=2, sort_keys=True) + "\n"
    return out


def main() -> int:
    for name, content in render_all().items():
        (HERE / name).write_text(content, encoding="utf-8")
        print(f"wrote tests/golden/{name}")
    return 0
