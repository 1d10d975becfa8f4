"""Load a user's own labelled articles from CSV, JSONL or Parquet."""

from __future__ import annotations

import importlib.util
import json
import math
import os
import re
from pathlib import Path
from typing import Any

import pandas as pd

from credscore._safe import printable_name
from credscore.data._common import DataError, finalize

__all__ = ["LABEL_VALUES", "load_table"]

#: Accepted label spellings (case-insensitive; ``_``/``-`` count as spaces) -> label.
LABEL_VALUES: dict[str, int] = {
    "1": 1,
    "true": 1,
    "real": 1,
    "credible": 1,
    "legit": 1,
    "legitimate": 1,
    "reliable": 1,
    "0": 0,
    "false": 0,
    "fake": 0,
    "not credible": 0,
    "non credible": 0,
    "noncredible": 0,
    "not reliable": 0,
    "unreliable": 0,
}

CSV_SUFFIXES = {".csv": ",", ".tsv": "\t"}
JSONL_SUFFIXES = (".jsonl", ".ndjson")
PARQUET_SUFFIXES = (".parquet", ".pq")
_MAX_ROWS_IN_MESSAGE = 20
_SEPARATORS = re.compile(r"[\s_-]+")


def parse_label(value: Any) -> int | None:
    """Return 1, 0 or ``None`` (no mapping) for one label value.

    Accepted: the integers 0 and 1 (also as floats ``0.0``/``1.0`` or booleans), and
    the strings in :data:`LABEL_VALUES`, ignoring case and outer whitespace.

    Examples
    --------
    >>> [parse_label(v) for v in (1, 0.0, True, " Real ", "not_credible", "FAKE")]
    [1, 0, 1, 1, 0, 0]
    >>> parse_label("maybe") is None, parse_label(2) is None, parse_label(None) is None
    (True, True, True)
    """
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):  # numpy scalars
        try:
            value = value.item()
        except (ValueError, TypeError):
            return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value if value in (0, 1) else None
    if isinstance(value, float):
        return int(value) if value in (0.0, 1.0) else None
    if isinstance(value, str):
        key = _SEPARATORS.sub(" ", value.strip().lower())
        if key in ("1.0", "0.0"):
            key = key[0]
        return LABEL_VALUES.get(key)
    return None


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    if value is pd.NA or value is pd.NaT:
        return ""
    return value if isinstance(value, str) else str(value)


def _read_jsonl(path: Path) -> pd.DataFrame:
    rows: list[dict[str, Any]] = []
    where = printable_name(path)
    with path.open("rb") as handle:  # bytes, so that a decoding error names its line
        for lineno, raw in enumerate(handle, start=1):
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                raise DataError(f"{where}: line {lineno} is not UTF-8 text") from exc
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DataError(f"{where}: line {lineno} is not valid JSON: {exc.msg}") from exc
            if not isinstance(record, dict):
                raise DataError(f"{where}: line {lineno} is not a JSON object")
            rows.append(record)
    return pd.DataFrame.from_records(rows) if rows else pd.DataFrame()


def _read_parquet(path: Path) -> pd.DataFrame:
    if importlib.util.find_spec("pyarrow") is None:
        raise DataError(
            f"reading {printable_name(path.name)} needs pyarrow, which is not installed; "
            "run `pip install credscore[parquet]`"
        )
    try:
        return pd.read_parquet(path, engine="pyarrow")
    except Exception as exc:  # pyarrow raises several unrelated types for bad files
        raise DataError(f"cannot read Parquet file {printable_name(path)}: {exc}") from exc


def _read(path: Path) -> pd.DataFrame:
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        try:
            return pd.read_csv(
                path,
                sep=CSV_SUFFIXES[suffix],
                dtype=str,
                keep_default_na=False,
                encoding="utf-8-sig",
            )
        except pd.errors.EmptyDataError:
            return pd.DataFrame()
        except (ValueError, pd.errors.ParserError) as exc:
            raise DataError(f"cannot read {printable_name(path)}: {exc}") from exc
    if suffix in JSONL_SUFFIXES:
        return _read_jsonl(path)
    if suffix in PARQUET_SUFFIXES:
        return _read_parquet(path)
    supported = ", ".join([*CSV_SUFFIXES, *JSONL_SUFFIXES, *PARQUET_SUFFIXES])
    raise DataError(
        f"cannot read {printable_name(path)}: unsupported file type {suffix!r}; use {supported}"
    )


def _rows(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:_MAX_ROWS_IN_MESSAGE])
    more = len(numbers) - _MAX_ROWS_IN_MESSAGE
    return shown + (f" and {more} more" if more > 0 else "")


def load_table(
    path: str | os.PathLike[str],
    text_column: str = "text",
    label_column: str = "label",
    group_column: str | None = "group",
) -> pd.DataFrame:
    """Load your own labelled articles from a CSV, TSV, JSONL or Parquet file.

    Parameters
    ----------
    path : path-like
        ``.csv`` (comma-separated, with a header row), ``.tsv``, ``.jsonl``/``.ndjson``
        (one JSON object per line) or ``.parquet`` (needs pyarrow:
        ``pip install credscore[parquet]``).
    text_column : str
        Column holding the article text.
    label_column : str
        Column holding the label. Accepted values (case-insensitive, outer whitespace
        ignored, ``_``/``-`` read as spaces): 1, ``true``, ``real``, ``credible``,
        ``legit``, ``legitimate``, ``reliable`` -> 1; 0, ``false``, ``fake``,
        ``not credible``, ``non credible``, ``noncredible``, ``not reliable``,
        ``unreliable`` -> 0. Integers 0/1, floats 0.0/1.0 and booleans work too.
    group_column : str or None
        Column naming the outlet/publisher, used for grouped evaluation. If the default
        ``"group"`` column is absent (or ``None`` is passed) every ``group`` is ``""``;
        any other name must exist.

    Returns
    -------
    pandas.DataFrame
        Columns ``id``, ``text``, ``label``, ``group``, ``corpus`` (the file name
        without its suffix) and ``title`` (from a ``title`` column if there is one, else
        ``""``), in file order. ``id`` comes from an ``id`` column if there is one,
        else it is the row number (1-based, header not counted).

        Dropped, counted in ``attrs["dropped"]``: ``empty_text`` (missing, empty or
        whitespace-only text) and ``duplicate_text`` (the same text, ignoring outer
        whitespace, as an earlier row; the first is kept).

    Raises
    ------
    DataError
        If the file is missing or unreadable (an I/O error, not UTF-8), a required
        column is missing (the message lists the columns found), labels are missing or
        not recognised (the message lists the row numbers, 1-based, header not counted),
        or ``id`` values are empty or repeated. File names in messages have their control
        characters escaped (:func:`credscore._safe.printable_name`).
    """
    source = Path(path)
    name = printable_name(source.name)
    if not source.is_file():
        raise DataError(f"no such file: {printable_name(source)}")
    try:
        table = _read(source)
    except OSError as exc:  # a failing disk, a file removed or locked while being read
        reason = exc.strerror or type(exc).__name__
        raise DataError(f"cannot read {printable_name(source)}: {reason}") from exc
    found = [str(c) for c in table.columns]
    for role, column in (("text", text_column), ("label", label_column)):
        if column not in table.columns:
            raise DataError(
                f"{name}: no {role} column {column!r}; columns found: {found} "
                f"(pass {role}_column=...)"
            )
    if group_column is not None and group_column not in table.columns:
        if group_column != "group":
            raise DataError(f"{name}: no group column {group_column!r}; columns found: {found}")
        group_column = None

    labels = [parse_label(v) for v in table[label_column].tolist()]
    bad = [i + 1 for i, value in enumerate(labels) if value is None]
    if bad:
        raise DataError(
            f"{name}: unrecognised or missing label in column {label_column!r} at "
            f"row(s) {_rows(bad)} (1-based, header not counted); use 0/1, true/false, "
            "real/fake or credible/not credible"
        )

    n = len(table)
    if "id" in table.columns:
        ids = [_as_text(v).strip() for v in table["id"].tolist()]
        empty = [i + 1 for i, v in enumerate(ids) if not v]
        seen: set[str] = set()
        repeated = []
        for i, v in enumerate(ids):
            if v and v in seen:
                repeated.append(i + 1)
            seen.add(v)
        if empty or repeated:
            raise DataError(
                f"{name}: the 'id' column must be unique and non-empty; empty at "
                f"row(s) {_rows(empty) or '-'}, repeated at row(s) {_rows(repeated) or '-'}"
            )
    else:
        ids = [str(i + 1) for i in range(n)]
    texts = [_as_text(v).strip() for v in table[text_column].tolist()]
    groups = (
        [_as_text(v).strip() for v in table[group_column].tolist()]
        if group_column is not None
        else [""] * n
    )
    titles = (
        [_as_text(v).strip() for v in table["title"].tolist()]
        if "title" in table.columns and text_column != "title"
        else [""] * n
    )
    records = [
        {"id": ids[i], "text": texts[i], "title": titles[i], "group": groups[i], "label": labels[i]}
        for i in range(n)
    ]
    return finalize(records, source.stem, sort=False)
