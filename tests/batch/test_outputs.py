"""credscore.batch.outputs: atomic, resumable files and terminal-safe standard output."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from credscore.batch.outputs import FileOutput, StdoutOutput, output_format
from credscore.errors import InputError
from credscore.rows import error_row, report_row, row_columns

from .conftest import ARTICLES


@pytest.fixture(scope="module")
def rows(scorer):
    out = [report_row(scorer.score(t, explain=False), f"id{i}") for i, t in enumerate(ARTICLES)]
    out.insert(2, error_row("bad", "the text is empty"))
    return out


def _read(path: Path) -> list[dict]:
    fmt = output_format(str(path))
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return pq.read_table(path).to_pylist()
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t" if fmt == "tsv" else ","))


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("name", ["s.csv", "s.tsv", "s.jsonl", "s.parquet"])
def test_rows_written_in_order_with_every_column(tmp_path, rows, name):
    if name.endswith(".parquet"):
        pytest.importorskip("pyarrow")
    out = FileOutput(str(tmp_path / name))
    assert out.open() == set()
    out.write(rows[:3])
    out.write(rows[3:])
    assert not (tmp_path / name).exists()  # nothing at the final path before the commit
    out.commit()
    back = _read(tmp_path / name)
    assert [list(r) for r in back] == [row_columns()] * len(rows)
    assert [str(r["id"]) for r in back] == [r["id"] for r in rows]
    assert [bool(r["error"]) for r in back] == [r["error"] is not None for r in rows]
    assert float(back[0]["score"]) == rows[0]["score"]
    assert _leftovers(tmp_path) == []


def test_discard_keeps_the_old_file(tmp_path, rows):
    target = tmp_path / "s.csv"
    target.write_text("precious", encoding="utf-8")
    out = FileOutput(str(target))
    out.open()
    out.write(rows)
    out.discard()
    assert target.read_text(encoding="utf-8") == "precious" and _leftovers(tmp_path) == []


def test_interrupted_commit_cuts_a_half_written_chunk(tmp_path, rows):
    target = tmp_path / "s.jsonl"
    out = FileOutput(str(target))
    out.open()
    out.write(rows[:2])
    assert out._fh is not None
    out._fh.write('{"id": "half a ro')  # a write cut short by a second Ctrl-C
    out.commit(interrupted=True)
    assert [r["id"] for r in _read(target)] == ["id0", "id1"]


@pytest.mark.parametrize("name", ["s.csv", "s.jsonl", "s.parquet"])
def test_resume_copies_the_old_rows_and_returns_their_ids(tmp_path, rows, name):
    if name.endswith(".parquet"):
        pytest.importorskip("pyarrow")
    target = tmp_path / name
    first = FileOutput(str(target))
    first.open()
    first.write(rows[:3])
    first.commit()
    again = FileOutput(str(target), resume=True)
    assert again.open() == {"id0", "id1", "bad"}
    again.write(rows[3:])
    again.commit()
    assert [str(r["id"]) for r in _read(target)] == [r["id"] for r in rows]


def test_resume_drops_an_incomplete_last_line(tmp_path, rows):
    target = tmp_path / "s.jsonl"
    target.write_text(json.dumps(rows[0]) + "\n" + json.dumps(rows[1])[:30], encoding="utf-8")
    out = FileOutput(str(target), resume=True)
    assert out.open() == {"id0"}
    out.commit()
    assert [r["id"] for r in _read(target)] == ["id0"]


def test_resume_refuses_other_columns(tmp_path, rows):
    target = tmp_path / "s.csv"
    first = FileOutput(str(target))
    first.open()
    first.write(rows)
    first.commit()
    with pytest.raises(InputError, match="without --explain"):
        FileOutput(str(target), explain=True, resume=True).open()
    assert _leftovers(tmp_path) == []


def test_unknown_output_format():
    with pytest.raises(InputError, match=r"\.csv, \.tsv"):
        output_format("scores.xlsx")


def test_table_escapes_control_characters(rows):
    buf = io.StringIO()
    out = StdoutOutput("table", stream=buf, errors=io.StringIO())
    out.write([{**rows[0], "id": "evil\x1b[2J\nname"}, error_row("x", "bad\rline")])
    lines = buf.getvalue().splitlines()
    assert lines[0].split()[:3] == ["id", "score", "band"]
    assert len(lines) == 3 and "\x1b" not in buf.getvalue() and "\r" not in buf.getvalue()
    assert "evil\\x1b[2J\\x0aname" in lines[1] and rows[0]["band"] in lines[1]
    assert lines[2].startswith("x ") and lines[2].endswith("bad\\x0dline")


def test_text_format_puts_errors_on_stderr(rows):
    out, err = io.StringIO(), io.StringIO()
    StdoutOutput("text", stream=out, errors=err).write(rows[:3])
    assert [line.split("  ")[-1] for line in out.getvalue().splitlines()] == ["id0", "id1"]
    assert err.getvalue() == "credscore: error: bad: the text is empty\n"


def test_json_format_one_object_per_line(rows):
    buf = io.StringIO()
    StdoutOutput("json", stream=buf).write([{**rows[0], "id": "a\u2028b\x85"}, rows[2]])
    lines = buf.getvalue().splitlines()
    assert len(lines) == 2 and "\u2028" not in buf.getvalue()
    assert json.loads(lines[0])["id"] == "a\u2028b\x85"
    assert json.loads(lines[1])["error"] == "the text is empty"
