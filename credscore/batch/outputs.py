"""Where ``credscore score`` writes its rows: a file (atomically) or standard output.

Every row is made by :mod:`credscore.rows` (one per input record, in input order, with
the same columns whether or not a record failed). Rows arrive in chunks and are written
chunk by chunk, so memory stays flat.

**Files** (``-o FILE``; the format from the extension: ``.csv``, ``.tsv``, ``.jsonl``
or ``.ndjson``, ``.parquet``) are written to a temporary file in the same folder
(``.NAME.XXXX.tmp``) and renamed onto ``FILE`` only at the end, by :meth:`FileOutput.commit`:

* after a **failure** (a bug, a full disk, a worker that died) :meth:`FileOutput.discard`
  removes the temporary file, and ``FILE`` keeps what it held before (or stays absent);
* after an **interruption** (Ctrl-C, SIGTERM) the rows written so far are a valid file of
  their own: the writer is closed (Parquet gets its footer), flushed and renamed onto
  ``FILE``, which therefore holds a prefix of the rows, in order. The CSV, TSV and JSON
  Lines writers remember where the last complete chunk ended, and cut the file there if
  the interruption came in the middle of a write;
* **resume** (:class:`FileOutput` with ``resume=True``): the existing ``FILE`` is read,
  its ids are the ones to skip, and its rows are copied into the temporary file before
  the new rows are appended; the result replaces ``FILE`` as above. So resuming is
  atomic too: until the rename, ``FILE`` is the old file, never a half-appended one (at
  the cost of copying the finished rows once per resume). A trailing line that is not
  complete is dropped; columns that differ from this run's (e.g. an output made without
  ``--explain`` resumed with it) are refused.

**Standard output**: ``table`` (aligned columns for a terminal: id, score, band, a few
signal counts, error; control characters escaped), ``text`` (``score  band  id``, one
line per scored record, errors on standard error: the format of credscore 0.4) or
``json`` (one row per line as a JSON object).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import IO, Any, Protocol

from .._io import keep_mode as _keep_mode
from .._safe import printable as _printable
from ..errors import InputError, OutputError
from ..rows import COUNT_PREFIX, row_columns

__all__ = [
    "OUTPUT_FORMATS",
    "STDOUT_FORMATS",
    "FileOutput",
    "StdoutOutput",
    "output_format",
]


def _printable_line(s: str) -> str:
    """``s`` on one line, every control character escaped (for a terminal)."""
    return _printable(s, keep_layout=False)


#: File extension -> output format.
OUTPUT_FORMATS = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
}
#: The formats of standard output.
STDOUT_FORMATS = ("table", "text", "json")

#: Rows per Parquet row group.
_PARQUET_GROUP = 10_000
#: The signal counts the terminal table shows (column header, signal).
_TABLE_COUNTS = (
    ("named", "named_source"),
    ("anon", "anonymous_source"),
    ("quotes", "direct_quote"),
    ("hedges", "hedge"),
)
_ID_WIDTH = 32
# Characters json.dumps(ensure_ascii=False) leaves raw that a terminal may act on.
_JSON_ESCAPES = {c: f"\\u{c:04x}" for c in (*range(0x7F, 0xA0), 0x2028, 0x2029)}


def output_format(path: str) -> str:
    """The format of an output file, from its extension.

    >>> output_format("scores.parquet")
    'parquet'
    """
    ext = Path(path).suffix.lower()
    if ext not in OUTPUT_FORMATS:
        raise InputError(
            f"{path}: unknown output format {ext or '(no extension)'!r}; "
            f"use one of {', '.join(OUTPUT_FORMATS)}"
        )
    return OUTPUT_FORMATS[ext]


def _json_line(row: dict[str, Any]) -> str:
    return json.dumps(row, ensure_ascii=False, default=str).translate(_JSON_ESCAPES) + "\n"


class _Writer(Protocol):
    def write(self, rows: list[dict[str, Any]]) -> None: ...

    def close(self) -> None: ...


class _TextFileWriter:
    """CSV, TSV or JSON Lines rows into a text file; knows where the last chunk ended."""

    def __init__(self, fh: IO[str], fmt: str, columns: list[str], header: bool) -> None:
        self.fh, self.fmt, self.columns = fh, fmt, columns
        self._buf = io.StringIO()
        self._csv = csv.writer(self._buf, delimiter="\t" if fmt == "tsv" else ",")
        if header and fmt != "jsonl":
            self._csv.writerow(columns)
            self._flush()
        self.good = fh.tell()

    def _flush(self) -> None:
        self.fh.write(self._buf.getvalue())
        self._buf.seek(0)
        self._buf.truncate()
        self.fh.flush()

    def write_fields(self, fields: list[Any]) -> None:
        self._csv.writerow(fields)

    def write_line(self, line: str) -> None:
        self._buf.write(line if line.endswith("\n") else line + "\n")

    def write(self, rows: list[dict[str, Any]]) -> None:
        if self.fmt == "jsonl":
            for row in rows:
                self._buf.write(_json_line(row))
        else:
            for row in rows:
                self._csv.writerow([row[c] for c in self.columns])
        self.end_chunk()

    def end_chunk(self) -> None:
        self._flush()
        self.good = self.fh.tell()

    def close(self) -> None:
        self.end_chunk()


class _ParquetWriter:
    """Rows into a Parquet file, one row group per :data:`_PARQUET_GROUP` rows."""

    def __init__(self, path: str, columns: list[str]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.columns = columns
        fields = []
        for c in columns:
            if c in ("score", "probability"):
                fields.append(pa.field(c, pa.float64()))
            elif c == "words" or c.startswith(COUNT_PREFIX):
                fields.append(pa.field(c, pa.int64()))
            else:
                fields.append(pa.field(c, pa.string()))
        self.schema = pa.schema(fields)
        self._pa = pa
        self._writer = pq.ParquetWriter(path, self.schema)
        self._rows: list[dict[str, Any]] = []

    def write(self, rows: list[dict[str, Any]]) -> None:
        self._rows.extend(rows)
        if len(self._rows) >= _PARQUET_GROUP:
            self._flush()

    def write_batch(self, batch: Any) -> None:
        self._flush()
        self._writer.write_batch(batch.cast(self.schema))

    def _flush(self) -> None:
        if not self._rows:
            return
        data = {c: [r[c] for r in self._rows] for c in self.columns}
        data["id"] = [None if v is None else str(v) for v in data["id"]]
        self._writer.write_table(self._pa.Table.from_pydict(data, schema=self.schema))
        self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()


def _fail(path: str, exc: OSError) -> OutputError:
    return OutputError(f"{path}: cannot write: {exc.strerror or exc}")


class FileOutput:
    """Rows written atomically to ``path`` (see the module's documentation).

    Use: :meth:`open` (returns the ids already done when resuming), :meth:`write` for
    each chunk, then :meth:`commit` (complete, or interrupted) or :meth:`discard`.
    """

    def __init__(self, path: str, explain: bool = False, resume: bool = False) -> None:
        self.path = path
        self.fmt = output_format(path)
        self.columns = row_columns(explain)
        self.explain = explain
        self.resume = resume
        self.tmp: str | None = None
        self._fh: IO[str] | None = None
        self._writer: _TextFileWriter | _ParquetWriter | None = None

    def open(self) -> set[str]:
        """Create the temporary file; with ``resume``, copy the old rows and return their ids."""
        target = Path(self.path)
        folder = target.parent if str(target.parent) else Path(".")
        try:
            fd, self.tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        except OSError as exc:
            raise _fail(self.path, exc) from None
        try:
            if self.fmt == "parquet":
                os.close(fd)
                self._writer = _ParquetWriter(self.tmp, self.columns)
            else:
                self._fh = os.fdopen(fd, "w", encoding="utf-8", newline="")
                self._writer = _TextFileWriter(self._fh, self.fmt, self.columns, header=True)
            if self.resume and target.is_file():
                return self._copy_existing()
            return set()
        except BaseException:
            self.discard()
            raise

    def _refuse(self, found: list[str]) -> InputError:
        return InputError(
            f"{self.path}: cannot resume: its columns ({', '.join(found[:6])}, ...) are "
            f"not this run's (was it written {'without' if self.explain else 'with'} "
            "--explain?)"
        )

    def _copy_existing(self) -> set[str]:
        done: set[str] = set()
        w = self._writer
        if isinstance(w, _ParquetWriter):
            import pyarrow.parquet as pq

            try:
                pf = pq.ParquetFile(self.path)
            except Exception as exc:
                raise InputError(f"{self.path}: cannot resume: not Parquet ({exc})") from None
            if list(pf.schema_arrow.names) != self.columns:
                raise self._refuse(list(pf.schema_arrow.names))
            for batch in pf.iter_batches(batch_size=_PARQUET_GROUP):
                done.update(str(v) for v in batch.column("id").to_pylist())
                w.write_batch(batch)
            return done
        assert w is not None
        with open(self.path, encoding="utf-8-sig", newline="") as fh:
            if self.fmt == "jsonl":
                for line in fh:
                    if not line.endswith("\n"):
                        break  # an incomplete last line
                    try:
                        obj = json.loads(line)
                    except ValueError:
                        continue
                    if not isinstance(obj, dict):
                        continue
                    if list(obj) != self.columns:
                        raise self._refuse(list(obj))
                    done.add(str(obj["id"]))
                    w.write_line(line)
                    if len(done) % 1000 == 0:
                        w.end_chunk()
            else:
                reader = csv.reader(fh, delimiter="\t" if self.fmt == "tsv" else ",")
                header = next(reader, None)
                if header is not None and header != self.columns:
                    raise self._refuse(header)
                for fields in reader:
                    if len(fields) != len(self.columns):
                        continue
                    done.add(fields[0])
                    w.write_fields(fields)
                    if len(done) % 1000 == 0:
                        w.end_chunk()
        w.end_chunk()
        return done

    def write(self, rows: list[dict[str, Any]]) -> None:
        """Append one chunk of rows."""
        assert self._writer is not None
        try:
            self._writer.write(rows)
        except OSError as exc:
            raise _fail(self.path, exc) from None

    def commit(self, interrupted: bool = False) -> None:
        """Close the file and rename it onto ``path``.

        ``interrupted``: the last write may have been cut short; a text file is cut back
        to the end of the last complete chunk first.
        """
        assert self.tmp is not None and self._writer is not None
        try:
            if isinstance(self._writer, _TextFileWriter):
                assert self._fh is not None
                if interrupted:
                    self._fh.flush()
                    self._fh.truncate(self._writer.good)
                else:
                    self._writer.close()
                self._fh.flush()
                os.fsync(self._fh.fileno())
                self._fh.close()
            else:
                self._writer.close()
            _keep_mode(Path(self.path), self.tmp)
            os.replace(self.tmp, self.path)
        except OSError as exc:
            self.discard()
            raise _fail(self.path, exc) from None
        self.tmp = None

    def discard(self) -> None:
        """Remove the temporary file; ``path`` keeps what it held."""
        if self._fh is not None and not self._fh.closed:
            with contextlib.suppress(OSError):
                self._fh.close()
        if isinstance(self._writer, _ParquetWriter):
            # A half-written Parquet file may not close cleanly: it is removed anyway.
            with contextlib.suppress(Exception):
                self._writer._writer.close()
        if self.tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.tmp)
            self.tmp = None


def _clip(s: str, width: int) -> str:
    """``s`` in ``width`` characters, keeping its end (a path's file name)."""
    return s if len(s) <= width else "…" + s[-(width - 1) :]


class StdoutOutput:
    """Rows to a stream: ``table``, ``text`` or ``json`` (see the module's documentation)."""

    def __init__(
        self,
        fmt: str,
        explain: bool = False,
        stream: IO[str] | None = None,
        errors: IO[str] | None = None,
    ) -> None:
        if fmt not in STDOUT_FORMATS:
            raise ValueError(f"format must be one of {STDOUT_FORMATS}, not {fmt!r}")
        self.fmt = fmt
        self.columns = row_columns(explain)
        self.stream = stream if stream is not None else sys.stdout
        self.errors = errors if errors is not None else sys.stderr
        self._header = False

    def open(self) -> set[str]:
        return set()

    def _table_line(self, row: dict[str, Any]) -> str:
        rid = _clip(_printable_line(str(row["id"])), _ID_WIDTH)
        if row["error"] is not None:
            cells = f"{'-':>5}  {'':<18}" + "".join(f"  {'':>{len(h)}}" for h, _ in _TABLE_COUNTS)
            return f"{rid:<{_ID_WIDTH}}  {cells}  {_printable_line(str(row['error']))}"
        counts = "".join(f"  {row[COUNT_PREFIX + s]:>{len(h)}}" for h, s in _TABLE_COUNTS)
        line = f"{rid:<{_ID_WIDTH}}  {row['score']:5.1f}  {row['band']:<18}{counts}"
        if row.get("reasons"):
            line += f"  {_printable_line(str(row['reasons']))}"
        return line.rstrip()

    def write(self, rows: list[dict[str, Any]]) -> None:
        out: list[str] = []
        if self.fmt == "table" and not self._header:
            heads = "".join(f"  {h}" for h, _ in _TABLE_COUNTS)
            tail = "  reasons / error" if "reasons" in self.columns else "  error"
            out.append(f"{'id':<{_ID_WIDTH}}  {'score':>5}  {'band':<18}{heads}{tail}\n")
            self._header = True
        for row in rows:
            if self.fmt == "json":
                out.append(_json_line(row))
            elif self.fmt == "table":
                out.append(self._table_line(row) + "\n")
            elif row["error"] is None:
                out.append(
                    f"{row['score']:5.1f}  {row['band']:<18}  {_printable_line(str(row['id']))}\n"
                )
            else:
                self.stream.write("".join(out))
                out = []
                self.stream.flush()
                print(
                    f"credscore: error: {_printable_line(str(row['id']))}: "
                    f"{_printable_line(str(row['error']))}",
                    file=self.errors,
                )
        self.stream.write("".join(out))
        self.stream.flush()

    def commit(self, interrupted: bool = False) -> None:
        del interrupted
        self.stream.flush()

    def discard(self) -> None:
        self.stream.flush()
