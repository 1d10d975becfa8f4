"""What ``credscore score`` reads: files, folders, lists of paths, standard input, tables.

Every input becomes a stream of :class:`Record` (an id, and the text or the reason there
is none), read lazily so that a folder of a million files or a table of millions of rows
costs the memory of one chunk:

* a **text file** (any name that is neither a table nor HTML) is one article, its id the
  path as given; read with a byte bound (``max_bytes``), decoded as UTF-8 (a BOM is
  dropped); a file that is missing, larger than ``max_bytes`` (not cut: a batch never
  scores part of a file), binary (a NUL byte) or not UTF-8 is a record with an error;
* an **HTML file** (``.html``, ``.htm``, ``.xhtml``, or a text file that starts like a
  page) is one article: its main text (see :mod:`credscore.batch._html`);
* a **table** (``.csv``, ``.tsv``, ``.jsonl``/``.ndjson``/``.json`` as JSON Lines,
  ``.parquet``; CSV, TSV and JSON Lines may be compressed: ``.gz``, ``.bz2``, ``.xz``)
  is one article per row, never one article: the text is in ``text_column``
  (default ``text``), the id in ``id_column`` (default ``id`` when the table has one,
  else the row number from 0, prefixed with ``path:`` when there is more than one input).
  CSV and TSV are read row by row with :mod:`csv`, JSON Lines line by line, Parquet by
  record batches (:meth:`pyarrow.parquet.ParquetFile.iter_batches`); a malformed row (a
  line that is not JSON, a CSV row with the wrong number of fields) is a record with an
  error and the next rows are read as usual;
* a **folder** is searched recursively for the names matching ``globs`` (default
  :data:`DEFAULT_GLOBS`: ``*.txt``, ``*.html``, ``*.htm``), in sorted order, each file
  read as above (so ``--glob '*.csv'`` reads the folder's tables as tables);
* ``-`` is one article read from standard input;
* ``paths_from`` names a file (``-``: standard input) listing one input per line, each
  read as above (relative paths are relative to the working directory; blank lines are
  skipped).

A table given directly as an input is checked before anything is scored: a missing text
or id column raises :class:`~credscore.errors.InputError` naming the columns found. A
table found in a folder or a list of paths is checked when it is reached, and a missing
column makes one error record for that table.

Examples
--------
>>> import pathlib, tempfile
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.csv").write_text("id,text\\nx1,First.\\nx2,Second.\\n", encoding="utf-8")
>>> [tuple(r) for r in iter_records([str(d / "a.csv")])]
[('x1', 'First.', None, False), ('x2', 'Second.', None, False)]
"""

from __future__ import annotations

import csv
import fnmatch
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, NamedTuple

from .._io import DEFAULT_MAX_BYTES, read_bounded
from ..errors import InputError

__all__ = [
    "DEFAULT_GLOBS",
    "Record",
    "check_inputs",
    "count_hint",
    "iter_records",
    "reduce_html",
    "table_format",
]

#: The file names a folder is searched for when no ``--glob`` is given.
DEFAULT_GLOBS: tuple[str, ...] = ("*.txt", "*.html", "*.htm")

_TABLE_SUFFIXES = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".parquet": "parquet",
    ".pq": "parquet",
}
_COMPRESSED = {".gz": "gzip", ".bz2": "bz2", ".xz": "lzma"}
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_TEXT_COLUMN = "text"
_ID_COLUMN = "id"
_NOT_UTF8 = "not UTF-8 text"
_EMPTY = "the text is empty"
_BATCH_ROWS = 1024


class Record(NamedTuple):
    """One article to score: its id, and its text or why there is none.

    ``html``: ``text`` is still a whole HTML page (``iter_records(reduce_html=False)``),
    to be reduced to its article by :func:`reduce_html` where the scoring happens (the
    worker processes, so that pages are reduced in parallel).
    """

    id: Any
    text: str | None
    error: str | None = None
    html: bool = False


def reduce_html(record: Record) -> Record:
    """``record`` with its HTML page reduced to the article text (others unchanged)."""
    if not record.html or record.text is None:
        return record
    from ._html import html_to_text

    text = html_to_text(record.text)
    if not text.strip():
        return Record(record.id, None, "an HTML page without article text")
    return Record(record.id, text)


def _suffixes(path: str) -> tuple[str, str | None]:
    """(format suffix, compression) of a file name, lower case."""
    name = Path(path).name.lower()
    stem, ext = os.path.splitext(name)
    if ext in _COMPRESSED:
        return os.path.splitext(stem)[1], _COMPRESSED[ext]
    return ext, None


def table_format(path: str) -> str | None:
    """``"csv"``, ``"tsv"``, ``"jsonl"``, ``"parquet"`` for a table's file name, else None.

    >>> table_format("a.CSV"), table_format("b.jsonl.gz"), table_format("c.txt")
    ('csv', 'jsonl', None)
    """
    ext, compression = _suffixes(path)
    fmt = _TABLE_SUFFIXES.get(ext)
    if fmt == "parquet" and compression:
        return None
    return fmt


def _is_html(path: str) -> bool:
    return _suffixes(path)[0] in _HTML_SUFFIXES


def _decode(data: bytes) -> str | None:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def _strip_prefix(message: str, path: str) -> str:
    prefix = f"{path}: "
    return message[len(prefix) :] if message.startswith(prefix) else message


def _looks_like_html(text: str) -> bool:
    from ._html import looks_like_html

    return looks_like_html(text)


def _file_record(path: str, max_bytes: int, reduce: bool = True) -> Record:
    """The record of one article file (text or HTML) or of standard input."""
    rid = path
    try:
        data, truncated = read_bounded(path, max_bytes)
    except InputError as exc:
        return Record(rid, None, _strip_prefix(str(exc), path))
    if truncated:
        return Record(rid, None, f"larger than {max_bytes:,} bytes (see --max-bytes)")
    if b"\0" in data[:8192]:
        return Record(rid, None, "binary data, not a text file")
    text = _decode(data)
    if text is None:
        return Record(rid, None, _NOT_UTF8)
    if not text.strip():
        return Record(rid, None, _EMPTY)
    if _is_html(path) or (text.lstrip()[:1] == "<" and _looks_like_html(text)):
        page = Record(rid, text, None, html=True)
        return reduce_html(page) if reduce else page
    if not text.strip():
        return Record(rid, None, _EMPTY)
    return Record(rid, text)


# ------------------------------------------------------------------------------ tables


def _open_text(path: str, compression: str | None) -> IO[str]:
    """A table file as text: UTF-8 (BOM dropped); bad bytes kept as surrogates to report."""
    # Each file is closed with the wrapper, which the caller closes.
    if compression == "gzip":
        import gzip

        # typeshed types gzip.open as GzipFile, a binary file object like the others here.
        raw: IO[bytes] = gzip.open(path, "rb")  # type: ignore[assignment]  # noqa: SIM115
    elif compression == "bz2":
        import bz2

        raw = bz2.open(path, "rb")  # noqa: SIM115
    elif compression == "lzma":
        import lzma

        raw = lzma.open(path, "rb")  # noqa: SIM115
    else:
        raw = open(path, "rb")  # noqa: SIM115
    return io.TextIOWrapper(raw, encoding="utf-8-sig", errors="surrogateescape", newline="")


def _has_bad_bytes(s: str) -> bool:
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _missing_column(path: str, kind: str, name: str, found: Sequence[str], option: str) -> str:
    shown = ", ".join(repr(c) for c in found[:20]) or "none"
    more = f" and {len(found) - 20} more" if len(found) > 20 else ""
    return (
        f"{path}: no {kind} column {name!r}; the columns are {shown}{more} (choose with {option})"
    )


def _columns(
    path: str, found: Sequence[str], text_column: str | None, id_column: str | None
) -> tuple[str, str | None]:
    """The text and id columns to read; InputError naming the columns found if absent."""
    text_col = text_column or _TEXT_COLUMN
    if text_col not in found:
        raise InputError(_missing_column(path, "text", text_col, found, "--text-column"))
    if id_column is not None:
        if id_column not in found:
            raise InputError(_missing_column(path, "id", id_column, found, "--id-column"))
        return text_col, id_column
    return text_col, (_ID_COLUMN if _ID_COLUMN in found and text_col != _ID_COLUMN else None)


def _csv_header(path: str, delimiter: str) -> list[str]:
    _raise_field_limit()
    with _open_text(path, _suffixes(path)[1]) as fh:
        try:
            return next(csv.reader(fh, delimiter=delimiter))
        except StopIteration:
            return []
        except csv.Error as exc:
            raise InputError(f"{path}: not a readable table: {exc}") from None


def _jsonl_first_keys(path: str) -> list[str]:
    with _open_text(path, _suffixes(path)[1]) as fh:
        for line in fh:
            s = line.strip()
            if not s:
                continue
            if s.startswith("["):
                raise InputError(
                    f"{path}: a JSON array; credscore reads JSON Lines (one object a line)"
                )
            try:
                obj = json.loads(s)
            except ValueError:
                continue  # that line becomes an error record; look at the next
            if isinstance(obj, dict):
                return list(obj)
        return []


def _parquet_file(path: str) -> Any:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(
            f"{path}: reading Parquet needs pyarrow: pip install 'credscore[parquet]'"
        ) from None
    try:
        return pq.ParquetFile(path)
    except OSError as exc:
        raise InputError(f"{path}: not a readable Parquet file: {exc}") from None
    except Exception as exc:  # pyarrow raises ArrowInvalid (a ValueError) for non-Parquet
        raise InputError(f"{path}: not a readable Parquet file: {exc}") from None


def table_columns(path: str) -> list[str]:
    """The column names of a table file (the header, the first object's keys, the schema)."""
    fmt = table_format(path)
    if not os.path.isfile(path):
        raise InputError(f"{path}: no such file")
    try:
        if fmt == "csv":
            return _csv_header(path, ",")
        if fmt == "tsv":
            return _csv_header(path, "\t")
        if fmt == "jsonl":
            return _jsonl_first_keys(path)
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return list(_parquet_file(path).schema_arrow.names)


def _raise_field_limit() -> None:
    # The csv module refuses fields over 128 KiB by default; an article may be longer
    # (the per-record bound is max_bytes, checked on each text).
    if csv.field_size_limit() < sys.maxsize // 2:
        csv.field_size_limit(2**31 - 1)


def _row_id(id_value: Any, row: int, prefix: str | None) -> Any:
    if id_value is not None:
        return id_value
    return f"{prefix}:{row}" if prefix else row


def _text_record(rid: Any, value: Any, max_bytes: int) -> Record:
    if value is None or (isinstance(value, str) and not value.strip()):
        return Record(rid, None, _EMPTY)
    if not isinstance(value, str):
        return Record(rid, None, f"the text is a {type(value).__name__}, not a string")
    if _has_bad_bytes(value):
        return Record(rid, None, _NOT_UTF8)
    if len(value) > max_bytes and len(value.encode("utf-8")) > max_bytes:
        return Record(rid, None, f"larger than {max_bytes:,} bytes (see --max-bytes)")
    return Record(rid, value)


def _read_csv(
    path: str, delimiter: str, text_col: str, id_col: str | None, prefix: str | None, max_bytes: int
) -> Iterator[Record]:
    _raise_field_limit()
    with _open_text(path, _suffixes(path)[1]) as fh:
        reader = csv.reader(fh, delimiter=delimiter)
        header = next(reader, [])
        t = header.index(text_col)
        i = header.index(id_col) if id_col is not None else None
        n = len(header)
        row = 0
        while True:
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield Record(_row_id(None, row, prefix), None, f"malformed row: {exc}")
                row += 1
                continue
            if not fields:  # a blank line is not a row
                continue
            id_value = fields[i] if i is not None and i < len(fields) else None
            if id_value is not None and _has_bad_bytes(id_value):
                id_value = id_value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            rid = _row_id(id_value, row, prefix)
            row += 1
            if len(fields) != n:
                yield Record(rid, None, f"malformed row: {len(fields)} fields, the header has {n}")
                continue
            yield _text_record(rid, fields[t], max_bytes)


def _read_jsonl(
    path: str, text_col: str, id_col: str | None, prefix: str | None, max_bytes: int
) -> Iterator[Record]:
    with _open_text(path, _suffixes(path)[1]) as fh:
        row = 0
        while True:
            line = fh.readline(max_bytes + 1)
            if not line:
                return
            if len(line) > max_bytes and not line.endswith("\n"):
                while line and not line.endswith("\n"):  # skip the rest of the long line
                    line = fh.readline(1 << 20)
                yield Record(
                    _row_id(None, row, prefix), None, f"line larger than {max_bytes:,} bytes"
                )
                row += 1
                continue
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError as exc:
                yield Record(_row_id(None, row, prefix), None, f"malformed JSON line: {exc}")
                row += 1
                continue
            if not isinstance(obj, dict):
                yield Record(_row_id(None, row, prefix), None, "malformed row: not a JSON object")
                row += 1
                continue
            id_value = obj.get(id_col) if id_col is not None else None
            rid = _row_id(id_value, row, prefix)
            row += 1
            if text_col not in obj:
                yield Record(rid, None, f"no {text_col!r} field")
                continue
            yield _text_record(rid, obj[text_col], max_bytes)


def _read_parquet(
    path: str, text_col: str, id_col: str | None, prefix: str | None, max_bytes: int
) -> Iterator[Record]:
    pf = _parquet_file(path)
    columns = [text_col] if id_col is None else [id_col, text_col]
    row = 0
    for batch in pf.iter_batches(batch_size=_BATCH_ROWS, columns=columns):
        texts = batch.column(text_col).to_pylist()
        ids = batch.column(id_col).to_pylist() if id_col is not None else [None] * len(texts)
        for id_value, value in zip(ids, texts, strict=True):
            if isinstance(value, bytes):
                value = _decode(value)
                if value is None:
                    yield Record(_row_id(id_value, row, prefix), None, _NOT_UTF8)
                    row += 1
                    continue
            yield _text_record(_row_id(id_value, row, prefix), value, max_bytes)
            row += 1


def _table_records(
    path: str,
    text_column: str | None,
    id_column: str | None,
    prefix: str | None,
    max_bytes: int,
    columns: tuple[str, str | None] | None = None,
) -> Iterator[Record]:
    """The records of one table; a table that cannot be read at all is one error record."""
    fmt = table_format(path)
    try:
        text_col, id_col = columns or _columns(path, table_columns(path), text_column, id_column)
        if fmt in ("csv", "tsv"):
            yield from _read_csv(
                path, "," if fmt == "csv" else "\t", text_col, id_col, prefix, max_bytes
            )
        elif fmt == "jsonl":
            yield from _read_jsonl(path, text_col, id_col, prefix, max_bytes)
        else:
            yield from _read_parquet(path, text_col, id_col, prefix, max_bytes)
    except InputError as exc:
        yield Record(path, None, _strip_prefix(str(exc), path))
    except (OSError, EOFError) as exc:
        yield Record(path, None, f"cannot read: {getattr(exc, 'strerror', None) or exc}")


# ------------------------------------------------------------------------------ planning


def _walk(folder: str, globs: Sequence[str], exclude: set[str]) -> Iterator[str]:
    """Files under ``folder`` matching any of ``globs``, sorted, lazily, folder by folder."""
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            if any(fnmatch.fnmatch(name, g) for g in globs):
                path = os.path.join(root, name)
                if os.path.realpath(path) not in exclude:
                    yield path


def _listed_paths(paths_from: str) -> Iterator[str]:
    if paths_from == "-":
        for line in sys.stdin:
            if line.strip():
                yield line.rstrip("\r\n")
        return
    try:
        fh = open(paths_from, encoding="utf-8-sig")  # noqa: SIM115 (a generator's file)
    except OSError as exc:
        raise InputError(f"{paths_from}: cannot read: {exc.strerror or exc}") from None
    with fh:
        for line in fh:
            if line.strip():
                yield line.rstrip("\r\n")


def check_inputs(
    inputs: Sequence[str],
    paths_from: str | None = None,
    text_column: str | None = None,
    id_column: str | None = None,
) -> dict[str, tuple[str, str | None]]:
    """Check the inputs before any is read; return each given table's (text, id) columns.

    Raises
    ------
    InputError
        No input, standard input used twice, or a table given as an input has no text
        column (or no ``id_column``); the message names the columns found.
    """
    if not inputs and paths_from is None:
        raise InputError("no input: give files, folders or tables, - or --paths-from")
    if list(inputs).count("-") + (paths_from == "-") > 1:
        raise InputError("standard input can be read once: use - or --paths-from - once")
    if paths_from not in (None, "-") and not os.path.isfile(paths_from):
        raise InputError(f"{paths_from}: no such file (--paths-from)")
    columns = {}
    for path in inputs:
        if path != "-" and table_format(path) and os.path.isfile(path):
            columns[path] = _columns(path, table_columns(path), text_column, id_column)
    return columns


def count_hint(inputs: Sequence[str], paths_from: str | None = None) -> int | None:
    """How many records the inputs hold when that is cheap to know, else None.

    Known for article files and Parquet tables (from their metadata); unknown (None)
    when there is a folder, a list of paths, or a CSV or JSON Lines table.
    """
    if paths_from is not None:
        return None
    total = 0
    for path in inputs:
        fmt = table_format(path) if path != "-" else None
        if path != "-" and os.path.isdir(path):
            return None
        if fmt == "parquet" and os.path.isfile(path):
            try:
                total += int(_parquet_file(path).metadata.num_rows)
            except InputError:
                total += 1
        elif fmt is not None and os.path.isfile(path):
            return None
        else:
            total += 1
    return total


def iter_records(
    inputs: Iterable[str],
    globs: Sequence[str] = DEFAULT_GLOBS,
    paths_from: str | None = None,
    text_column: str | None = None,
    id_column: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    exclude: Iterable[str] = (),
    reduce_html: bool = True,
) -> Iterator[Record]:
    """Every record of the inputs, in order, lazily (see the module's documentation).

    Parameters
    ----------
    inputs : iterable of str
        Files, folders, tables, or ``-`` for one article from standard input.
    globs : sequence of str
        File-name patterns searched for in folders.
    paths_from : str, optional
        A file listing more inputs, one a line (``-``: standard input); read after
        ``inputs``.
    text_column, id_column : str, optional
        The columns of tables (default ``text``; ``id`` when present, else row numbers).
    max_bytes : int
        The largest article (file or table cell) read, in bytes.
    exclude : iterable of str
        Paths never read from folders (the output being written).
    reduce_html : bool, default True
        Reduce HTML pages to their article text here; False leaves each page whole, with
        ``html=True``, for :func:`reduce_html` later.

    Yields
    ------
    Record
        ``(id, text, None)``, or ``(id, None, error)`` for a record that cannot be read.
    """
    inputs = list(inputs)
    excluded = {os.path.realpath(p) for p in exclude}
    many = len(inputs) != 1 or paths_from is not None or any(os.path.isdir(p) for p in inputs)
    columns = check_inputs(inputs, paths_from, text_column, id_column)

    def one(path: str, listed: bool) -> Iterator[Record]:
        prefix = path if many else None
        if path == "-":  # standard input; a listed "-" is a file of that name
            yield _file_record("-" if not listed else "./-", max_bytes, reduce_html)
        elif os.path.isdir(path):
            for found in _walk(path, globs, excluded):
                yield from one(found, True)
        elif table_format(path) and os.path.isfile(path):
            yield from _table_records(
                path, text_column, id_column, prefix, max_bytes, columns.get(path)
            )
        else:
            yield _file_record(path, max_bytes, reduce_html)

    for path in inputs:
        yield from one(path, False)
    if paths_from is not None:
        for path in _listed_paths(paths_from):
            yield from one(path, True)
