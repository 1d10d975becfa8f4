"""Start-up stays short: scoring an article imports neither scikit-learn, pandas, SciPy nor
textstat, and loads no pickle (checked in a fresh interpreter; speed itself is measured by
``make bench``, not here)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[1] / "datasets" / "examples" / "well-sourced.txt"
HEAVY = ("sklearn", "pandas", "scipy", "textstat", "nltk", "joblib", "pyarrow")

_PROBE = """
import json, sys
import credscore
text = open(sys.argv[1], encoding="utf-8").read()
r = credscore.score(text, explain=True)
from credscore.cli import main
code = main(["score", sys.argv[1], "--quiet", "--jobs", "1"])
print(json.dumps({"score": r.score, "code": code,
                  "heavy": sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[2:]))}))
"""


def test_scoring_imports_nothing_heavy():
    out = (
        subprocess.run(
            [sys.executable, "-c", _PROBE, str(EXAMPLE), *HEAVY],
            capture_output=True,
            text=True,
            check=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    result = json.loads(out)
    assert result["code"] == 0 and 0 <= result["score"] <= 100
    assert result["heavy"] == []


def test_the_shipped_model_is_json_not_a_pickle():
    from credscore.scorer import default_model_path

    path = default_model_path()
    assert path.name.endswith(".model.json")
    json.loads(path.read_text(encoding="utf-8"))  # plain data: nothing runs when it loads
