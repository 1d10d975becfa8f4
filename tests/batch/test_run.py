"""``credscore score`` end to end, through ``credscore.cli.main``: rows, files, exit codes."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import credscore.batch._run as run_module
from credscore.batch import (
    EXIT_INPUT,
    EXIT_INTERRUPTED,
    EXIT_MODEL,
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_TERMINATED,
)
from credscore.cli import main

from .conftest import ARTICLES


def _table(path: Path, n: int, empty_every: int = 0) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "text", "label"])
        for i in range(n):
            empty = empty_every and i % empty_every == 3
            w.writerow([f"r{i}", "" if empty else ARTICLES[i % 5] + f" Item {i}.", "1"])
    return path


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_200_rows_with_broken_ones_give_200_rows_in_order(tmp_path, capsys):
    src = _table(tmp_path / "a.csv", 200, empty_every=40)
    out = tmp_path / "s.csv"
    assert main(["score", str(src), "-o", str(out), "--jobs", "1"]) == EXIT_PARTIAL
    rows = _rows(out)
    assert [r["id"] for r in rows] == [f"r{i}" for i in range(200)]
    failed = [r["id"] for r in rows if r["error"]]
    assert failed == [f"r{i}" for i in range(3, 200, 40)]
    assert all(r["score"] and r["band"] for r in rows if not r["error"])
    err = capsys.readouterr().err
    assert "200 records: 195 scored, 5 failed" in err and "records/s" in err


def test_jsonl_with_a_bad_line_keeps_every_row(tmp_path, capsys):
    src = tmp_path / "a.jsonl"
    lines = [json.dumps({"id": i, "text": ARTICLES[i % 5]}) for i in range(6)]
    lines[2] = '{"id": 2, "text": '
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["score", str(src), "--format", "json"]) == EXIT_PARTIAL
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in rows] == [0, 1, 2, 3, 4, 5]
    assert [r["error"] is not None for r in rows] == [False, False, True, False, False, False]


def test_a_table_is_scored_row_by_row_never_as_one_article(tmp_path, capsys):
    src = _table(tmp_path / "a.csv", 3)
    assert main(["score", str(src), "--format", "json"]) == EXIT_OK
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in rows] == ["r0", "r1", "r2"]


def test_two_jobs_write_the_same_file_as_one(tmp_path):
    src = _table(tmp_path / "a.csv", 100, empty_every=30)
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    assert main(["score", str(src), "-o", str(one), "--jobs", "1", "--quiet"]) == EXIT_PARTIAL
    assert main(["score", str(src), "-o", str(two), "--jobs", "2", "--quiet"]) == EXIT_PARTIAL
    assert one.read_bytes() == two.read_bytes()


def test_missing_text_column_is_a_usage_error(tmp_path, capsys):
    src = tmp_path / "a.csv"
    with src.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["url", "body"], ["x", ARTICLES[3]]])
    out = tmp_path / "s.csv"
    assert main(["score", str(src), "-o", str(out)]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert "no text column 'text'" in err and "'url', 'body'" in err and "Traceback" not in err
    assert not out.exists() and _leftovers(tmp_path) == []
    assert main(["score", str(src), "--text-column", "body", "--id-column", "url"]) == EXIT_OK
    assert capsys.readouterr().out.rstrip().endswith("  x")


def test_output_that_is_an_input_or_exists_is_refused(tmp_path, capsys):
    src = _table(tmp_path / "a.csv", 3)
    before = src.read_bytes()
    assert main(["score", str(src), "-o", str(src), "--force"]) == EXIT_INPUT
    assert "is an input" in capsys.readouterr().err and src.read_bytes() == before
    out = tmp_path / "s.csv"
    out.write_text("precious", encoding="utf-8")
    assert main(["score", str(src), "-o", str(out)]) == EXIT_INPUT
    assert "--force" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "precious"
    assert main(["score", str(src), "-o", str(out), "--force", "--quiet"]) == EXIT_OK
    assert len(_rows(out)) == 3


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--resume"], "--resume needs an output file"),
        (["-o", "x.csv", "--resume", "--force"], "choose one"),
        (["-o", "x.csv", "--format", "json"], "--format is for standard output"),
        (["-o", "x.xlsx"], "unknown output format"),
        (["--jobs", "0"], "--jobs"),
    ],
)
def test_usage_errors(tmp_path, capsys, monkeypatch, extra, message):
    monkeypatch.chdir(tmp_path)
    src = _table(tmp_path / "a.csv", 2)
    assert main(["score", str(src), *extra]) == EXIT_INPUT
    assert message in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()


def test_model_that_cannot_load(tmp_path, capsys):
    src = _table(tmp_path / "a.csv", 2)
    assert main(["score", str(src), "--model", str(tmp_path / "nothing")]) == EXIT_MODEL
    assert "Traceback" not in capsys.readouterr().err


def test_failure_mid_run_leaves_no_partial_file(tmp_path, monkeypatch, capsys):
    src = _table(tmp_path / "a.csv", 100)
    out = tmp_path / "s.csv"
    out.write_text("precious", encoding="utf-8")
    calls = 0
    real = run_module.report_row

    def broken(*args, **kwargs):
        nonlocal calls
        calls += 1
        if calls > 50:
            raise RuntimeError("a bug")
        return real(*args, **kwargs)

    monkeypatch.setattr(run_module, "report_row", broken)
    code = main(["score", str(src), "-o", str(out), "--force", "--jobs", "1"])
    assert code not in (EXIT_OK, EXIT_PARTIAL, EXIT_INTERRUPTED)  # an internal error
    assert "a bug" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "precious" and _leftovers(tmp_path) == []


def _interrupt_after(monkeypatch, n: int, how: str) -> None:
    """Make the records stop after ``n``: a SIGINT (graceful) or a KeyboardInterrupt."""
    real = run_module.iter_records

    def records(*args, **kwargs):
        for i, rec in enumerate(real(*args, **kwargs)):
            if i == n:
                if how == "signal":
                    signal.raise_signal(signal.SIGINT)
                else:
                    raise KeyboardInterrupt
            yield rec

    monkeypatch.setattr(run_module, "iter_records", records)


@pytest.mark.parametrize("how", ["signal", "keyboard-interrupt"])
def test_interrupted_run_keeps_a_valid_prefix_and_resume_finishes(
    tmp_path, monkeypatch, capsys, how
):
    src = _table(tmp_path / "a.csv", 150)
    out = tmp_path / "s.csv"
    _interrupt_after(monkeypatch, 40, how)
    assert main(["score", str(src), "-o", str(out), "--jobs", "1"]) == EXIT_INTERRUPTED
    err = capsys.readouterr().err
    assert "interrupted (Ctrl-C) after" in err and "--resume" in err
    done = [r["id"] for r in _rows(out)]
    assert 0 < len(done) < 150 and done == [f"r{i}" for i in range(len(done))]
    assert _leftovers(tmp_path) == []
    monkeypatch.undo()
    assert main(["score", str(src), "-o", str(out), "--resume", "--jobs", "1"]) == EXIT_OK
    assert f"({len(done)} already in" in capsys.readouterr().err
    assert [r["id"] for r in _rows(out)] == [f"r{i}" for i in range(150)]


def test_resume_skips_ids_already_written(tmp_path, monkeypatch, capsys):
    src = _table(tmp_path / "a.csv", 10)
    out = tmp_path / "s.jsonl"
    assert main(["score", str(src), "-o", str(out), "--quiet"]) == EXIT_OK
    first = out.read_text(encoding="utf-8").splitlines()
    _table(src, 15)
    scored = []
    real = run_module.score_one

    def counting(scorer, text, *args):
        scored.append(text)
        return real(scorer, text, *args)

    monkeypatch.setattr(run_module, "score_one", counting)
    assert main(["score", str(src), "-o", str(out), "--resume", "--jobs", "1"]) == EXIT_OK
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[:10] == first and len(lines) == 15 and len(scored) == 5
    assert [json.loads(line)["id"] for line in lines] == [f"r{i}" for i in range(15)]
    assert "10 already in" in capsys.readouterr().err


def test_explain_adds_reasons(tmp_path):
    src = _table(tmp_path / "a.csv", 3)
    out = tmp_path / "s.csv"
    assert main(["score", str(src), "-o", str(out), "--explain", "--quiet"]) == EXIT_OK
    rows = _rows(out)
    assert all(r["reasons"] for r in rows) and "points" in rows[0]["reasons"]


def test_parquet_in_and_out(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    src = tmp_path / "a.parquet"
    pq.write_table(pa.table({"key": ["k0", "k1"], "body": [ARTICLES[0], ""]}), src)
    out = tmp_path / "s.parquet"
    args = ["score", str(src), "--text-column", "body", "--id-column", "key", "-o", str(out)]
    assert main(args) == EXIT_PARTIAL
    back = pq.read_table(out).to_pylist()
    assert [r["id"] for r in back] == ["k0", "k1"] and back[1]["error"] == "the text is empty"


def test_files_folders_stdin_and_text_output(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLES[0], encoding="utf-8")
    (folder / "sub" / "b.html").write_text(f"<p>{ARTICLES[1]}</p>", encoding="utf-8")
    (folder / "evil\x1b[2J.txt").write_text(ARTICLES[2], encoding="utf-8")
    (folder / "notes.md").write_text(ARTICLES[3], encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLES[4].encode())))
    assert main(["score", str(folder), "-", "--jobs", "1"]) == EXIT_OK
    captured = capsys.readouterr()
    ids = [line.split("  ")[-1] for line in captured.out.splitlines()]
    assert [Path(i).name for i in ids] == ["a.txt", "evil\\x1b[2J.txt", "b.html", "-"]
    assert "\x1b" not in captured.out + captured.err
    assert "4 records: 4 scored, 0 failed" in captured.err


def test_paths_from_stdin_and_quiet(tmp_path, monkeypatch, capsys):
    a = tmp_path / "a.txt"
    a.write_text(ARTICLES[0], encoding="utf-8")
    listing = f"{a}\n{tmp_path / 'missing.txt'}\n".encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(listing)))
    code = main(["score", "--paths-from", "-", "--format", "json", "--quiet"])
    assert code == EXIT_PARTIAL
    out, err = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["error"] for r in rows] == [None, "no such file"] and err == ""


def test_nothing_found_is_a_usage_error(tmp_path, capsys):
    assert main(["score", str(tmp_path)]) == EXIT_INPUT
    assert "no articles found" in capsys.readouterr().err


def test_importing_the_package_loads_no_optional_dependency():
    code = (
        "import sys, credscore.batch; "
        "print(sorted(m for m in ('pandas', 'pyarrow', 'tqdm', 'trafilatura') if m in sys.modules))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("sig", "group", "code"),
    [(signal.SIGINT, False, EXIT_INTERRUPTED), (signal.SIGTERM, True, EXIT_TERMINATED)],
)
def test_signal_to_a_real_run_keeps_a_valid_prefix(tmp_path, sig, group, code):
    src = _table(tmp_path / "a.csv", 3000)
    out = tmp_path / "s.csv"
    proc = subprocess.Popen(
        [sys.executable, "-m", "credscore", "score", str(src), "-o", str(out), "--jobs", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 50
        while time.monotonic() < deadline and proc.poll() is None:
            tmps = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
            if tmps and tmps[0].stat().st_size > 2000:  # a chunk of rows is written
                break
            time.sleep(0.05)
        if group:
            os.killpg(proc.pid, sig)  # the workers get it too
        else:
            os.kill(proc.pid, sig)
        _, err = proc.communicate(timeout=50)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == code, err
    assert "interrupted" in err and "--resume" in err and "Traceback" not in err
    done = [r["id"] for r in _rows(out)]
    assert 0 < len(done) < 3000 and done == [f"r{i}" for i in range(len(done))]
    assert _leftovers(tmp_path) == []


def test_progress_bar_only_on_a_terminal():
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    tty = Tty()
    bar = run_module._progress(10, tty, quiet=False)
    assert bar is not None
    bar.update(10)
    bar.close()
    assert "10/10" in tty.getvalue()
    assert run_module._progress(10, tty, quiet=True) is None
    assert run_module._progress(10, io.StringIO(), quiet=False) is None
