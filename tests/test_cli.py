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
    assert data["schema_version"] == "1.3"
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
    assert [r["id"] for r in rows] == [WELL, POOR]
    assert rows[0]["score"] > rows[1]["score"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"", "the text is empty"),
        (b"  \n\t\n", "the text is empty"),
        (b"\xff\xfebad", "not UTF-8"),
        ("Caf\u00e9 owners said".encode("latin-1"), "not UTF-8"),
        (b"\x7fELF\x02\x01\x00\x00binary", "binary data"),
        (b"Hello there.", "not enough text to score"),
        (b"<html><body><script>x()</script></body></html>", "HTML page without article text"),
    ],
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
    model = str(out)  # the directory: its JSON or joblib model
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
    # accepted by the default kind, where it changes nothing (--force: the folder has a model)
    assert main([*args, "--force"]) == EXIT_OK


def test_output_never_overwrites_the_input_or_an_existing_file(tmp_path, capsys):
    article = tmp_path / "a.txt"
    original = Path(WELL).read_text(encoding="utf-8")
    article.write_text(original, encoding="utf-8")
    assert main(["explain", str(article), "-o", str(article)]) == EXIT_INPUT
    assert article.read_text(encoding="utf-8") == original
    assert "is an input" in capsys.readouterr().err
    out = tmp_path / "r.txt"
    assert main(["explain", str(article), "-o", str(out)]) == EXIT_OK
    first = out.read_text(encoding="utf-8")
    assert main(["explain", str(article), "-o", str(out), "--format", "json"]) == EXIT_INPUT
    assert "already exists" in capsys.readouterr().err and out.read_text() == first
    assert main(["explain", str(article), "-o", str(out), "--format", "json", "--force"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["score"] > 0
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp left


def test_an_html_page_is_reduced_to_its_text(tmp_path, capsys):
    body = Path(WELL).read_text(encoding="utf-8").replace("\n\n", "</p><p>")
    page = tmp_path / "page.html"
    page.write_text(
        f"<!DOCTYPE html><html><head><script>var x = 1;</script></head>"
        f"<body><p>{body}</p></body></html>",
        encoding="utf-8",
    )
    assert main(["explain", str(page), "--format", "json"]) == EXIT_OK
    report = json.loads(capsys.readouterr().out)
    assert "<p>" not in report["text"] and "var x" not in report["text"]
    assert report["score"] > 60


def test_input_over_the_byte_limit_is_truncated_with_a_warning(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(Path(WELL).read_text(encoding="utf-8") * 3, encoding="utf-8")
    assert main(["explain", str(article), "--max-bytes", "2000", "--format", "json"]) == 0
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert len(report["text"].encode("utf-8")) <= 2000
    assert report["warnings"] and "only its first 2,000 bytes" in report["warnings"][0]
    assert "warning" in captured.err
    assert main(["explain", str(article), "--max-words", "50", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert any("first 50 words" in w for w in report["warnings"])


def test_devices_and_failing_outputs_give_one_line(tmp_path):
    def run(*args, stdout=None):
        return subprocess.run(
            [sys.executable, "-m", "credscore", *args],
            stdout=stdout or subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )

    zero = run("explain", "/dev/zero")  # endless: read with a bound, then refused as binary
    assert zero.returncode == EXIT_INPUT and "binary data" in zero.stderr
    with open("/dev/full", "w") as full:  # a full disk under standard output
        res = run("explain", WELL, stdout=full)
    assert res.returncode == EXIT_INPUT and len(res.stderr.strip().splitlines()) == 1
    assert "No space left" in res.stderr and "Traceback" not in res.stderr
    # A reader that goes away early: no traceback, no complaint.
    pipe = subprocess.run(
        f"{sys.executable} -m credscore explain {WELL} | head -c 10",
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in pipe.stderr and "Error" not in pipe.stderr


def test_train_writes_where_told_and_never_over_a_model_by_default(tmp_path, capsys):
    from credscore.scorer import default_model_path

    shipped = default_model_path().parent
    assert main(["train", "--data", "x.csv", "--out", str(shipped)]) == EXIT_INPUT
    assert "shipped model" in capsys.readouterr().err
    a_file = tmp_path / "f"
    a_file.write_text("x")
    assert main(["train", "--data", "x.csv", "--out", str(a_file)]) == EXIT_INPUT
    assert "is a file" in capsys.readouterr().err
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "credscore-default.model.json").write_text("{}")
    assert main(["train", "--data", "x.csv", "--out", str(tmp_path / "m")]) == EXIT_INPUT
    assert "already holds a model" in capsys.readouterr().err


def test_eval_behaviour_offers_every_set_of_the_registry():
    # The parser lists the set names itself (importing the cases would slow every start-up),
    # so this test keeps the list and the registry the same.
    import argparse

    from credscore.cli import build_parser
    from credscore.evaluation.behaviour import SETS

    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    action = next(a for a in sub.choices["eval-behaviour"]._actions if a.dest == "set")
    assert list(action.choices) == [name.replace("_", "-") for name in SETS] + ["all"]
