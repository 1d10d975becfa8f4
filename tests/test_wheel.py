"""The default model ships inside the wheel and loads from a fresh virtual environment.

Builds the wheel offline (no build isolation), installs it with pip into a new
venv without dependencies, lends that venv the test environment's installed
dependencies through a ``.pth`` file, and scores an article from outside the
source tree.
"""

import subprocess
import sys
import sysconfig
import zipfile

import pytest

from .conftest import EXAMPLES, ROOT

pytestmark = pytest.mark.slow


def test_wheel_contains_model_and_loads(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(dist),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = dist.glob("credscore-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "credscore/models/credscore-default.model.json" in names
    assert "credscore/models/credscore-default.json" in names
    assert "credscore/lexicons/hedges.txt" in names

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    py = venv / "bin" / "python"
    subprocess.run(
        [str(py), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    site = subprocess.run(
        [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    deps = sysconfig.get_paths()["purelib"]
    (tmp_path / "venv" / site.split(str(venv) + "/", 1)[1] / "_deps.pth").write_text(deps + "\n")
    code = (
        "import credscore, pathlib, sys;"
        "assert 'venv' in credscore.__file__, credscore.__file__;"
        "from credscore.scorer import default_model_path;"
        "p = default_model_path(); assert str(p).startswith(sys.prefix), p;"
        "r = credscore.score(pathlib.Path(sys.argv[1]).read_text());"
        "print(round(r.score, 3))"
    )
    out = subprocess.run(
        [str(py), "-c", code, str(EXAMPLES / "well-sourced.txt")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    import credscore

    here = credscore.score((EXAMPLES / "well-sourced.txt").read_text())
    assert float(out.stdout) == round(here.score, 3)
