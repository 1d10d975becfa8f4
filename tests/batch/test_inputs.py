"""credscore.batch.inputs: every kind of input becomes records, lazily, one per article."""

from __future__ import annotations

import csv
import gzip
import io
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore.batch.inputs import (
    Record,
    check_inputs,
    count_hint,
    iter_records,
    table_format,
)
from credscore.errors import InputError

from .conftest import ARTICLES


def _csv(path: Path, header: list[str], rows: list[list[str]], delimiter: str = ",") -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=delimiter)
        w.writerow(header)
        w.writerows(rows)
    return path


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_text_file_is_one_record_with_its_path_as_id(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"\xef\xbb\xbf" + ARTICLES[0].encode())  # a BOM is dropped
    assert list(iter_records([str(p)])) == [Record(str(p), ARTICLES[0], None)]


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (None, "no such file"),
        (b"  \n", "the text is empty"),
        (b"caf\xe9 au lait and more words", "not UTF-8 text"),
        (b"x" * 100, "larger than 50 bytes"),
    ],
)
def test_unreadable_file_is_an_error_record(tmp_path, content, error):
    p = tmp_path / "bad.txt"
    if content is not None:
        p.write_bytes(content)
    (rec,) = iter_records([str(p)], max_bytes=50)
    assert rec.id == str(p) and rec.text is None and error in rec.error


def test_stdin_is_one_article(monkeypatch):
    _stdin(monkeypatch, ARTICLES[1].encode())
    assert list(iter_records(["-"])) == [Record("-", ARTICLES[1], None)]


def test_html_file_is_reduced_to_text(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(
        "<html><head><style>p{}</style></head><body><p>Officials said &amp; denied it.</p>"
        "<script>alert(1)</script></body></html>",
        encoding="utf-8",
    )
    (rec,) = iter_records([str(p)])
    assert "Officials said & denied it." in rec.text
    assert "<" not in rec.text and "alert" not in rec.text and "p{}" not in rec.text


def test_folder_is_searched_recursively_in_sorted_order(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("b.txt", "a.txt", "sub/c.txt", "skip.md", "d.htm"):
        (tmp_path / name).write_text(ARTICLES[0], encoding="utf-8")
    ids = [Path(r.id).relative_to(tmp_path).as_posix() for r in iter_records([str(tmp_path)])]
    assert ids == ["a.txt", "b.txt", "d.htm", "sub/c.txt"]
    md = list(iter_records([str(tmp_path)], globs=["*.md"]))
    assert [Path(r.id).name for r in md] == ["skip.md"]


def test_folder_leaves_out_the_excluded_output(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLES[0], encoding="utf-8")
    (tmp_path / "out.txt").write_text("old output", encoding="utf-8")
    recs = list(iter_records([str(tmp_path)], exclude=[str(tmp_path / "out.txt")]))
    assert [Path(r.id).name for r in recs] == ["a.txt"]


def test_paths_from_file_and_stdin(tmp_path, monkeypatch):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(ARTICLES[0], encoding="utf-8")
    b.write_text(ARTICLES[1], encoding="utf-8")
    listing = tmp_path / "list.txt"
    listing.write_text(f"{b}\n\n{a}\n", encoding="utf-8")
    assert [r.id for r in iter_records([], paths_from=str(listing))] == [str(b), str(a)]
    _stdin(monkeypatch, f"{a}\n{tmp_path / 'gone.txt'}\n".encode())
    recs = list(iter_records([], paths_from="-"))
    assert [r.text for r in recs] == [ARTICLES[0], None]
    assert recs[1].error == "no such file"


@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".csv.gz"])
def test_delimited_tables_one_record_per_row(tmp_path, suffix):
    p = tmp_path / f"t{suffix}"
    delim = "\t" if suffix == ".tsv" else ","
    rows = [["u1", ARTICLES[0], "1"], ["u2", 'quoted "x", with, commas\nand a newline', "0"]]
    _csv(tmp_path / "plain", ["id", "text", "label"], rows, delim)
    data = (tmp_path / "plain").read_bytes()
    p.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
    assert list(iter_records([str(p)])) == [
        Record("u1", ARTICLES[0], None),
        Record("u2", rows[1][1], None),
    ]


def test_jsonl_and_parquet_tables(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    j = tmp_path / "t.jsonl"
    j.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(ARTICLES)))
    pq.write_table(pa.table({"body": list(ARTICLES), "n": list(range(5))}), tmp_path / "t.parquet")
    assert [(r.id, r.text) for r in iter_records([str(j)])] == list(enumerate(ARTICLES))
    recs = list(iter_records([str(tmp_path / "t.parquet")], text_column="body", id_column="n"))
    assert [(r.id, r.text) for r in recs] == list(enumerate(ARTICLES))


def test_row_numbers_when_there_is_no_id_column(tmp_path):
    p = _csv(tmp_path / "t.csv", ["text"], [[ARTICLES[0]], [ARTICLES[1]]])
    assert [r.id for r in iter_records([str(p)])] == [0, 1]
    q = _csv(tmp_path / "u.csv", ["text"], [[ARTICLES[2]]])
    # With several inputs, row numbers are prefixed with their table, so ids stay unique.
    assert [r.id for r in iter_records([str(p), str(q)])] == [f"{p}:0", f"{p}:1", f"{q}:0"]


def test_missing_text_column_names_the_columns_found(tmp_path):
    p = _csv(tmp_path / "t.csv", ["url", "body", "label"], [["x", ARTICLES[0], "1"]])
    with pytest.raises(InputError) as exc:
        check_inputs([str(p)])
    msg = str(exc.value)
    assert "no text column 'text'" in msg and "'url', 'body', 'label'" in msg
    assert "--text-column" in msg
    with pytest.raises(InputError, match="no id column 'key'"):
        check_inputs([str(p)], text_column="body", id_column="key")


def test_table_found_in_a_folder_without_the_column_is_one_error_record(tmp_path):
    _csv(tmp_path / "t.csv", ["body"], [[ARTICLES[0]]])
    (rec,) = iter_records([str(tmp_path)], globs=["*.csv"])
    assert rec.text is None and "no text column 'text'" in rec.error


def test_a_table_is_never_one_article(tmp_path):
    p = _csv(tmp_path / "t.csv", ["id", "text"], [[str(i), t] for i, t in enumerate(ARTICLES)])
    recs = list(iter_records([str(p)]))
    assert len(recs) == len(ARTICLES) and all("id,text" not in (r.text or "") for r in recs)


def test_malformed_rows_are_error_records_and_reading_goes_on(tmp_path):
    j = tmp_path / "t.jsonl"
    lines = [json.dumps({"text": ARTICLES[0]}), "{not json", "[1, 2]", json.dumps({"x": 1})]
    lines += [json.dumps({"text": ""}), json.dumps({"text": 7}), json.dumps({"text": ARTICLES[1]})]
    j.write_text("\n".join(lines) + "\n", encoding="utf-8")
    recs = list(iter_records([str(j)]))
    assert [r.id for r in recs] == list(range(7))
    assert [r.error is None for r in recs] == [True, False, False, False, False, False, True]
    assert "malformed JSON line" in recs[1].error and "no 'text' field" in recs[3].error
    assert recs[4].error == "the text is empty" and "int" in recs[5].error
    c = tmp_path / "t.csv"
    c.write_text(f'id,text\na,"{ARTICLES[0]}"\nb,x,extra\nc,"{ARTICLES[1]}"\n', encoding="utf-8")
    recs = list(iter_records([str(c)]))
    assert [r.id for r in recs] == ["a", "b", "c"]
    assert recs[1].error == "malformed row: 3 fields, the header has 2"
    assert recs[2].text == ARTICLES[1]


def test_bad_bytes_in_a_table_cell_fail_that_row_only(tmp_path):
    c = tmp_path / "t.csv"
    plain = b"Officials said on Monday that the bridge would close for two weeks of repairs"
    c.write_bytes(b"id,text\na,caf\xe9 ol\xe9\nb," + plain + b"\n")
    recs = list(iter_records([str(c)]))
    assert [(r.id, r.error) for r in recs] == [("a", "not UTF-8 text"), ("b", None)]


def test_json_array_is_refused(tmp_path):
    p = tmp_path / "t.json"
    p.write_text(json.dumps([{"text": ARTICLES[0]}]), encoding="utf-8")
    with pytest.raises(InputError, match="JSON Lines"):
        check_inputs([str(p)])


def test_usage_errors():
    with pytest.raises(InputError, match="no input"):
        check_inputs([])
    with pytest.raises(InputError, match="standard input"):
        check_inputs(["-"], paths_from="-")


def test_records_are_read_lazily(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(ARTICLES[0], encoding="utf-8")
    b = tmp_path / "b.txt"
    listing = tmp_path / "list.txt"
    listing.write_text(f"{a}\n{b}\n", encoding="utf-8")
    it = iter_records([], paths_from=str(listing))
    assert next(it).text == ARTICLES[0]
    b.write_text(ARTICLES[1], encoding="utf-8")  # exists only once the first is read
    assert next(it).text == ARTICLES[1]


def test_table_format_and_count_hint(tmp_path):
    assert [table_format(n) for n in ("a.TSV", "b.ndjson", "c.parquet", "d.txt", "e.pq.gz")] == [
        "tsv",
        "jsonl",
        "parquet",
        None,
        None,
    ]
    p = _csv(tmp_path / "t.csv", ["text"], [["x"]])
    assert count_hint(["a.txt", "-"]) == 2
    assert count_hint([str(p)]) is None and count_hint([str(tmp_path)]) is None


_cell = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=60
).filter(lambda s: s.strip() and "\r" not in s)


@settings(max_examples=40, deadline=None)
@given(cells=st.lists(_cell, min_size=1, max_size=5))
def test_csv_cells_come_back_exactly(tmp_path_factory, cells):
    p = _csv(tmp_path_factory.mktemp("h") / "t.csv", ["text"], [[c] for c in cells])
    assert [r.text for r in iter_records([str(p)])] == cells


def test_binary_file_and_html_in_a_txt_file(tmp_path):
    b = tmp_path / "b.txt"
    b.write_bytes(b"PK\x03\x04\x00\x00 some zip")
    h = tmp_path / "h.txt"
    h.write_text(f"<!DOCTYPE html><html><body><p>{ARTICLES[0]}</p></body></html>", "utf-8")
    recs = list(iter_records([str(b), str(h)]))
    assert recs[0].error == "binary data, not a text file"
    assert recs[1].text is not None and "<" not in recs[1].text and "Okafor" in recs[1].text


def test_pages_can_be_left_whole_for_the_workers(tmp_path):
    from credscore.batch.inputs import reduce_html

    p = tmp_path / "a.html"
    p.write_text(f"<p>{ARTICLES[0]}</p>", encoding="utf-8")
    e = tmp_path / "e.htm"
    e.write_text("<script>only()</script>", encoding="utf-8")
    whole = list(iter_records([str(p), str(e)], reduce_html=False))
    assert [r.html for r in whole] == [True, True] and whole[0].text.startswith("<p>")
    assert reduce_html(whole[0]) == Record(str(p), ARTICLES[0], None)
    assert reduce_html(whole[1]).error == "an HTML page without article text"
