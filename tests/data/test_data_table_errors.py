"""``load_table`` on hostile file names, undecodable bytes and failing disks: a DataError."""

from __future__ import annotations

import errno
from pathlib import Path

import pandas as pd
import pytest

from credscore.data import DataError, _table, load_table

RAW_CONTROL = ("\x1b", "\n", "\x9b", "\u202e")


def test_a_file_name_with_escape_sequences_is_shown_escaped(tmp_path: Path) -> None:
    path = tmp_path / "evil\n\x1b]0;pwned\x07\u202e.csv"
    pd.DataFrame({"body": ["It rained."], "label": [1]}).to_csv(path, index=False)
    with pytest.raises(DataError) as info:
        load_table(path)
    msg = str(info.value)
    assert msg.startswith("evil\\x0a\\x1b]0;pwned\\x07\\u202e.csv: no text column 'text'")
    assert not any(c in msg for c in RAW_CONTROL)
    with pytest.raises(DataError, match=r"no such file: .*gone\\x1b\[2J\.csv"):
        load_table(tmp_path / "gone\x1b[2J.csv")


def test_jsonl_that_is_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "mine.jsonl"
    path.write_bytes(b'{"text": "ok", "label": 1}\n{"text": "caf\xe9", "label": 0}\n')
    with pytest.raises(DataError, match=r"mine\.jsonl: line 2 is not UTF-8 text$"):
        load_table(path)


def test_csv_that_is_not_utf8_is_a_data_error(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_bytes(b"text,label\ncaf\xe9 au lait,1\n")
    with pytest.raises(DataError, match=r"^cannot read .*mine\.csv: .*codec can't decode"):
        load_table(path)


def test_a_failing_disk_is_a_data_error(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "mine.csv"
    pd.DataFrame({"text": ["It rained."], "label": [1]}).to_csv(path, index=False)

    def fail(_: Path) -> pd.DataFrame:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(_table, "_read", fail)
    with pytest.raises(DataError, match=r"^cannot read .*mine\.csv: Input/output error$"):
        load_table(path)


def test_a_directory_is_no_table(tmp_path: Path) -> None:
    (tmp_path / "dir.csv").mkdir()
    with pytest.raises(DataError, match="no such file"):
        load_table(tmp_path / "dir.csv")
