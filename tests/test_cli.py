"""The command line, end to end: real processes for the entry points, main() for the rest."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from credscore.cli import EXIT_INPUT, EXIT_MODEL, EXIT_OK, EXIT_PARTIAL, main

from .conftest import EXAMPLES

WELL = str(EXAMPLES / "well-sourced.txt")
POOR = str(EXAMPLES / "poorly-sourced.txt")


def run(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "credscore", *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
    )


def test_explain_text_end_to_end():
    proc = run("explain", WELL)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.startswith("Score ")
    for heading in ("What moved the score", "Sources", "Evidence"):
        assert heading in out
    assert "Alan Okoye" in out and "\033[" not in out  # not a terminal: no colour


def test_explain_json_from_stdin():
    with open(POOR, encoding="utf-8") as fh:
        proc = run("explain", "-", "--format", "json", stdin=fh.read())
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["schema_version"] == "1.2"
    assert 0 <= data["score"] <= 100 and data["label"]
    assert any(e["signal"] == "anonymous_source" for e in data["evidence"])


def test_score_many_and_one_bad(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    code = main(["score", WELL, str(empty), str(tmp_path / "missing.txt"), POOR])
    out, err = capsys.readouterr()
    assert code == EXIT_PARTIAL
    lines = out.strip().splitlines()
    assert len(lines) == 2 and lines[0].endswith("well-sourced.txt")
    assert "empty.txt: the text is empty" in err and "missing.txt: no such file" in err


def test_score_json_lines(capsys):
    assert main(["score", WELL, POOR, "--format", "json"]) == EXIT_OK
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["file"] for r in rows] == [WELL, POOR]
    assert rows[0]["score"] > rows[1]["score"]


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "no such file"), (b"", "the text is empty"), (b"\xff\xfe\x00bad", "not UTF-8")],
)
def test_explain_bad_input(tmp_path, capsys, content, message):
    path = tmp_path / "article.txt"
    if content is not None:
        path.write_bytes(content)
    assert main(["explain", str(path)]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_missing_model(tmp_path, capsys):
    assert main(["explain", WELL, "--model", str(tmp_path)]) == EXIT_MODEL
    assert "no model" in capsys.readouterr().err


def test_extract_and_output_file(tmp_path):
    out = tmp_path / "ev.json"
    assert main(["extract", WELL, "--format", "json", "-o", str(out)]) == EXIT_OK
    ev = json.loads(out.read_text(encoding="utf-8"))
    text = Path(WELL).read_text(encoding="utf-8")
    assert ev and all(text[e["start"] : e["end"]] == e["text"] for e in ev)


def test_help_and_usage():
    proc = run("--help")
    assert proc.returncode == 0 and "examples:" in proc.stdout and "exit codes" in proc.stdout
    proc = run()
    assert proc.returncode == EXIT_INPUT
    proc = run("explain")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


def test_console_script_installed():
    import shutil

    exe = shutil.which("credscore") or str(
        __import__("pathlib").Path(sys.executable).parent / "credscore"
    )
    proc = subprocess.run([exe, "score", WELL], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and "well-sourced.txt" in proc.stdout


def _labelled_csv(path: Path) -> Path:
    good = [
        f"Maria Okafor said on Tuesday that the {i} pumps were repaired, according to records."
        for i in range(10)
    ]
    bad = [
        f"You won't BELIEVE what they are hiding about pump {i}!! Share this!" for i in range(10)
    ]
    lines = ["text,label"] + [f'"{t}",1' for t in good] + [f'"{t}",0' for t in bad]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("kind", ["logistic", "signals"])
def test_train_on_a_users_file_then_explain_with_it(tmp_path, capsys, kind):
    data = _labelled_csv(tmp_path / "mine.csv")
    out = tmp_path / "model"
    assert main(["train", "--data", str(data), "--out", str(out), "--kind", kind]) == EXIT_OK
    card = json.loads((out / "credscore-default.json").read_text(encoding="utf-8"))
    assert card["model"]["kind"] == kind and card["training_data"]["n_articles"] == 20
    assert ("writing_patterns" in card) == (kind == "logistic")
    capsys.readouterr()
    model = str(out / "credscore-default.joblib")
    assert main(["explain", WELL, "--model", model, "--format", "json"]) == EXIT_OK
    report = json.loads(capsys.readouterr().out)
    patterns = [c for c in report["contributions"] if c["feature"].startswith("pattern: ")]
    assert bool(patterns) == (kind == "logistic")


def test_train_without_typography(tmp_path, capsys):
    data = _labelled_csv(tmp_path / "mine.csv")
    out = tmp_path / "model"
    args = ["train", "--data", str(data), "--out", str(out), "--no-typography"]
    assert main([*args, "--kind", "logistic"]) == EXIT_OK
    card = json.loads((out / "credscore-default.json").read_text(encoding="utf-8"))
    assert card["writing_patterns"]["typography"] is False
    assert main(args) == EXIT_OK  # accepted by the default kind, where it changes nothing
