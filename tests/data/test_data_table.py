"""``load_table`` on small invented files; runs everywhere."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from credscore.data import COLUMNS, LABEL_VALUES, DataError, _table, load_table

ROWS: list[dict[str, Any]] = [
    {"text": "The council voted on Tuesday, the clerk said.", "label": 1, "group": "gazette"},
    {"text": "Miracle fruit cures everything, insiders claim.", "label": 0, "group": "blog"},
    {"text": "A spokesperson confirmed the budget figures.", "label": 1, "group": "gazette"},
    {"text": "   ", "label": 0, "group": "blog"},
    {"text": "The council voted on Tuesday, the clerk said.", "label": 0, "group": "blog"},
    {"text": "Sources say the moon is moving closer.", "label": 0, "group": "blog"},
]


def write_csv(path: Path, rows: list[dict[str, Any]]) -> Path:
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


def write_jsonl(path: Path, rows: list[dict[str, Any]], blank_lines: bool = False) -> Path:
    lines = [json.dumps(row) for row in rows]
    sep = "\n\n" if blank_lines else "\n"
    path.write_text(sep.join(lines) + "\n", encoding="utf-8")
    return path


def check_frame(df: pd.DataFrame, corpus: str) -> None:
    assert tuple(df.columns) == COLUMNS
    assert df["label"].dtype == "int64"
    for column in ("id", "text", "group", "corpus", "title"):
        assert pd.api.types.is_string_dtype(df[column]), column
    assert (df["corpus"] == corpus).all()
    assert df.attrs["dropped"] == {"empty_text": 1, "duplicate_text": 1}


def test_csv(tmp_path: Path) -> None:
    df = load_table(write_csv(tmp_path / "mine.csv", ROWS))
    check_frame(df, "mine")
    assert df["id"].tolist() == ["1", "2", "3", "6"]
    assert df["label"].tolist() == [1, 0, 1, 0]
    assert df["group"].tolist() == ["gazette", "blog", "gazette", "blog"]
    assert df["title"].tolist() == ["", "", "", ""]
    assert df.attrs["dropped_ids"] == {"empty_text": ["4"], "duplicate_text": ["5"]}
    assert df.attrs["conflicting_duplicates"] == 1


def test_tsv(tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    pd.DataFrame(ROWS).to_csv(path, index=False, sep="\t")
    check_frame(load_table(path), "mine")


def test_jsonl_with_blank_lines_and_no_group(tmp_path: Path) -> None:
    rows = [{"text": r["text"], "label": bool(r["label"])} for r in ROWS]
    df = load_table(write_jsonl(tmp_path / "feed.jsonl", rows, blank_lines=True))
    assert tuple(df.columns) == COLUMNS
    assert df["group"].tolist() == ["", "", "", ""]
    assert df["label"].tolist() == [1, 0, 1, 0]
    assert df.attrs["dropped"] == {"empty_text": 1, "duplicate_text": 1}


def test_ndjson_suffix(tmp_path: Path) -> None:
    check_frame(load_table(write_jsonl(tmp_path / "feed.ndjson", ROWS)), "feed")


def test_string_labels(tmp_path: Path) -> None:
    spellings = [" True", "fake", "REAL", "not credible", "Credible", "not_credible", "1", "0"]
    expected = [1, 0, 1, 0, 1, 0, 1, 0]
    rows = [{"text": f"Invented sentence number {i}.", "label": s} for i, s in enumerate(spellings)]
    df = load_table(write_csv(tmp_path / "words.csv", rows))
    assert df["label"].tolist() == expected
    df = load_table(write_jsonl(tmp_path / "words.jsonl", rows))
    assert df["label"].tolist() == expected


def test_numeric_labels_as_floats_in_jsonl(tmp_path: Path) -> None:
    rows = [{"text": "One made-up line.", "label": 1.0}, {"text": "Another.", "label": 0}]
    assert load_table(write_jsonl(tmp_path / "f.jsonl", rows))["label"].tolist() == [1, 0]


def test_documented_label_values() -> None:
    assert set(LABEL_VALUES.values()) == {0, 1}
    for word in ("true", "false", "real", "fake", "credible", "not credible"):
        assert word in LABEL_VALUES


def test_custom_columns_title_and_id(tmp_path: Path) -> None:
    rows = [
        {
            "id": "b-7",
            "body": "A made-up report about a bridge.",
            "y": "real",
            "outlet": "x",
            "title": " Bridge ",
        },
        {
            "id": "a-3",
            "body": "A made-up rumour about a bridge.",
            "y": "fake",
            "outlet": "z",
            "title": "Rumour",
        },
    ]
    path = write_csv(tmp_path / "custom.csv", rows)
    df = load_table(path, text_column="body", label_column="y", group_column="outlet")
    assert df["id"].tolist() == ["b-7", "a-3"]  # file order is kept
    assert df["group"].tolist() == ["x", "z"]
    assert df["title"].tolist() == ["Bridge", "Rumour"]
    assert df["label"].tolist() == [1, 0]


def test_bad_labels_name_rows(tmp_path: Path) -> None:
    rows = [
        {"text": "First invented line.", "label": "true"},
        {"text": "Second invented line.", "label": "maybe"},
        {"text": "Third invented line.", "label": "1"},
        {"text": "Fourth invented line.", "label": "2"},
        {"text": "Fifth invented line.", "label": ""},
    ]
    with pytest.raises(DataError, match=r"row\(s\) 2, 4, 5 "):
        load_table(write_csv(tmp_path / "bad.csv", rows))
    rows[4]["label"] = None
    with pytest.raises(DataError, match=r"row\(s\) 2, 4, 5 "):
        load_table(write_jsonl(tmp_path / "bad.jsonl", rows))


def test_many_bad_labels_are_truncated(tmp_path: Path) -> None:
    rows = [{"text": f"Line {i}.", "label": "?"} for i in range(30)]
    with pytest.raises(DataError, match="and 10 more"):
        load_table(write_csv(tmp_path / "bad.csv", rows))


def test_missing_text_column_names_columns(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "t.csv", [{"body": "Made up.", "label": 1, "group": "g"}])
    with pytest.raises(DataError) as info:
        load_table(path)
    message = str(info.value)
    assert "'text'" in message
    assert "['body', 'label', 'group']" in message


def test_missing_label_column(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "t.jsonl", [{"text": "Made up.", "verdict": 1}])
    with pytest.raises(DataError, match=r"no label column 'label'.*verdict"):
        load_table(path)


def test_missing_explicit_group_column(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "t.csv", [{"text": "Made up.", "label": 1}])
    with pytest.raises(DataError, match="no group column 'outlet'"):
        load_table(path, group_column="outlet")
    assert load_table(path, group_column=None)["group"].tolist() == [""]


def test_repeated_ids(tmp_path: Path) -> None:
    rows = [{"id": "a", "text": "One.", "label": 1}, {"id": "a", "text": "Two.", "label": 0}]
    with pytest.raises(DataError, match="repeated at row"):
        load_table(write_csv(tmp_path / "t.csv", rows))


def test_missing_file_and_unsupported_suffix(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="no such file"):
        load_table(tmp_path / "absent.csv")
    path = tmp_path / "data.xlsx"
    path.write_bytes(b"x")
    with pytest.raises(DataError, match="unsupported file type '.xlsx'"):
        load_table(path)


def test_bad_json_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.jsonl"
    path.write_text('{"text": "Fine.", "label": 1}\n{"text": oops}\n', encoding="utf-8")
    with pytest.raises(DataError, match="line 2 is not valid JSON"):
        load_table(path)
    path.write_text('{"text": "Fine.", "label": 1}\n[1, 2]\n', encoding="utf-8")
    with pytest.raises(DataError, match="line 2 is not a JSON object"):
        load_table(path)


def test_empty_csv_reports_missing_columns(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_text("", encoding="utf-8")
    with pytest.raises(DataError, match="columns found: \\[\\]"):
        load_table(path)


def test_header_only_csv_gives_empty_frame(tmp_path: Path) -> None:
    path = tmp_path / "header.csv"
    path.write_text("text,label,group\n", encoding="utf-8")
    df = load_table(path)
    assert len(df) == 0
    assert tuple(df.columns) == COLUMNS
    assert df["label"].dtype == "int64"


def test_parquet(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    path = tmp_path / "mine.parquet"
    pd.DataFrame(ROWS).to_parquet(path, index=False)
    df = load_table(path)
    check_frame(df, "mine")
    assert df["label"].tolist() == [1, 0, 1, 0]


def test_parquet_without_pyarrow(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_find_spec = importlib.util.find_spec

    def find_spec(name: str, *args: Any, **kwargs: Any) -> Any:
        return None if name == "pyarrow" else real_find_spec(name, *args, **kwargs)

    monkeypatch.setattr(_table.importlib.util, "find_spec", find_spec)
    path = tmp_path / "mine.parquet"
    path.write_bytes(b"PAR1")
    with pytest.raises(DataError, match=r"pip install credscore\[parquet\]"):
        load_table(path)
