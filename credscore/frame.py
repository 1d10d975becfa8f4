"""Score a pandas DataFrame of articles: one row of scores per row of text.

:func:`score_frame` reads one text column and returns a new DataFrame with the same index,
in the same order, whose columns are :func:`credscore.rows.row_columns`: the id, the score,
the probability, the band, the word count, one count per signal, the reasons (with
``explain``) and ``error``. A text that cannot be scored (missing, not a string, empty, too
short) gives a row with ``error`` set and the scores empty; it never stops the other rows.
The Dask and Spark engines (:mod:`credscore.integrations`) run this same function on each
partition, so every engine gives the same rows.

Output dtypes are fixed whatever the input and whether or not some rows failed
(:func:`frame_dtypes`):

- ``score``, ``probability``: ``float64``; NaN on an error row.
- ``words`` and the ``n_*`` counts: nullable ``Int64``; ``<NA>`` on an error row (so one
  failed row never turns the counts of the others into floats).
- ``band``, ``reasons``, ``error``: nullable ``string``; ``<NA>`` where empty.
- ``id``: the dtype of its source, the ``id_column`` or the index.

Examples
--------
>>> import pandas as pd
>>> from credscore.frame import score_frame
>>> df = pd.DataFrame(
...     {"text": ["Officials said the bridge may close next week, the mayor told reporters "
...               "after engineers found cracks in two of its supports.", None]},
...     index=["a", "b"],
... )
>>> out = score_frame(df)
>>> list(out.index), list(out["id"])
(['a', 'b'], ['a', 'b'])
>>> out.loc["b", "error"]
'text is missing'
>>> str(out["n_hedge"].dtype), str(out["score"].dtype)
('Int64', 'float64')
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from .errors import InputError
from .report import Report
from .rows import COUNT_PREFIX, error_row, report_row, row_columns
from .scorer import Scorer

__all__ = ["check_columns", "empty_frame", "frame_dtypes", "load_scorer", "score_frame"]

#: Columns holding floats (NaN on an error row).
FLOAT_COLUMNS = ("score", "probability")

#: Columns holding text (``<NA>`` where empty).
STRING_COLUMNS = ("band", "reasons", "error")

_LOAD_LOCK = threading.Lock()

#: Marks the end of the scorer's results.
_END = object()


def frame_dtypes(explain: bool = False, id_dtype: Any = "object") -> dict[str, Any]:
    """The dtype of every column :func:`score_frame` returns, in column order.

    Parameters
    ----------
    explain : bool, default False
        Include ``reasons``.
    id_dtype : dtype, default "object"
        The dtype of the ``id`` column (that of the id column or index it is copied from).

    Examples
    --------
    >>> d = frame_dtypes()
    >>> d["score"], d["words"], d["n_hedge"], str(d["band"])
    ('float64', 'Int64', 'Int64', 'string')
    """
    out: dict[str, Any] = {}
    for col in row_columns(explain):
        if col == "id":
            out[col] = id_dtype
        elif col in FLOAT_COLUMNS:
            out[col] = "float64"
        elif col in STRING_COLUMNS:
            out[col] = pd.StringDtype()
        elif col == "words" or col.startswith(COUNT_PREFIX):
            out[col] = "Int64"
        else:  # a column rows.py added that this module does not know yet
            out[col] = "object"
    return out


def empty_frame(
    explain: bool = False, id_dtype: Any = "object", index: pd.Index | None = None
) -> pd.DataFrame:
    """An empty frame with the columns and dtypes of :func:`score_frame` (e.g. Dask's ``meta``).

    Examples
    --------
    >>> empty_frame().shape[0]
    0
    """
    dtypes = frame_dtypes(explain, id_dtype)
    idx = index[:0] if index is not None else pd.RangeIndex(0)
    return pd.DataFrame(
        {c: pd.Series([], dtype=t, index=idx) for c, t in dtypes.items()}, index=idx
    )


def _model_key(model: str | Path | None) -> str | None:
    return None if model is None else str(Path(model).resolve())


@lru_cache(maxsize=8)
def _cached_scorer(key: str | None, trust: bool) -> Scorer:
    return Scorer.load(key, trust=trust)


def load_scorer(model: str | Path | None = None, trust_model: bool = False) -> Scorer:
    """The :class:`~credscore.scorer.Scorer` of ``model``, loaded once per process.

    The cache is keyed by the model's resolved path (None: the default model) and
    ``trust_model``; the Dask engine calls this on each worker, so each worker process
    loads the model once, however many partitions it scores.

    Parameters
    ----------
    model : str or Path, optional
        A model file or a directory holding one (as :meth:`credscore.scorer.Scorer.load`
        takes it); None for the default model.
    trust_model : bool, default False
        See ``trust`` in :meth:`credscore.scorer.Scorer.load`.

    Examples
    --------
    >>> load_scorer() is load_scorer()
    True
    """
    with _LOAD_LOCK:  # threads of one worker load the model once, not once each
        return _cached_scorer(_model_key(model), bool(trust_model))


def _missing(value: Any) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # arrays and other containers are not "missing"
        return False


def _text_problem(value: Any) -> str | None:
    """Why a cell cannot be handed to the scorer, or None if it is a string."""
    if isinstance(value, str):
        return None
    if _missing(value):
        return "text is missing"
    return f"text must be a str, not {type(value).__name__}"


def check_columns(columns: Iterable[Any], text_column: Any, id_column: Any = None) -> None:
    """Raise :class:`InputError` naming the columns found if a named column is missing.

    Shared by every engine, so a missing column reads the same in pandas, Dask and Spark.

    Examples
    --------
    >>> check_columns(["body"], "text")
    Traceback (most recent call last):
    ...
    credscore.errors.InputError: no text column 'text' in the DataFrame; its columns are: 'body'
    """
    cols = list(columns)
    for what, name in (("text", text_column), ("id", id_column)):
        if name is not None and name not in cols:
            found = ", ".join(repr(c) for c in cols) or "none"
            raise InputError(
                f"no {what} column {name!r} in the DataFrame; its columns are: {found}"
            )


def score_frame(
    df: pd.DataFrame,
    text_column: str = "text",
    id_column: str | None = None,
    explain: bool = False,
    n_jobs: int | None = 1,
    scorer: Scorer | None = None,
    publisher: str | None = None,
) -> pd.DataFrame:
    """Score every text of a DataFrame: one row of scores per input row, same index and order.

    Parameters
    ----------
    df : pandas.DataFrame
        The articles, one per row.
    text_column : str, default "text"
        The column holding each article's text.
    id_column : str, optional
        The column copied into ``id``; without it ``id`` is the row's index label.
    explain : bool, default False
        Add a ``reasons`` column: each score's top reasons (slower).
    n_jobs : int or None, default 1
        Worker processes of :meth:`~credscore.scorer.Scorer.score_many` (None: all cores).
    scorer : Scorer, optional
        The model to score with (default: the default model, loaded once per process).
    publisher : str, optional
        The articles' own outlet, for all of them (see :func:`credscore.extract`).

    Returns
    -------
    pandas.DataFrame
        Columns :func:`credscore.rows.row_columns`, dtypes :func:`frame_dtypes`, index
        ``df.index``. A row whose text is missing, not a string, empty or too short has
        ``error`` set and no scores.

    Raises
    ------
    InputError
        ``df`` is not a DataFrame, or ``text_column`` or ``id_column`` is not one of its
        columns (the message lists the columns found).
    ModelLoadError
        The default model cannot be loaded.

    See Also
    --------
    credscore.integrations.dask.score_dask : The same, partition-wise on a Dask DataFrame.
    credscore.integrations.spark.score_spark : The same on a Spark DataFrame.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"doc": [7, 8, 9], "body": [
    ...     "Officials said the bridge may close next week, according to a city report "
    ...     "released on Monday by its engineers.", "", 42]})
    >>> out = score_frame(df, text_column="body", id_column="doc")
    >>> out["id"].tolist(), out["error"].isna().tolist()
    ([7, 8, 9], [True, False, False])
    >>> out.loc[2, "error"]
    'text must be a str, not int'
    >>> try:
    ...     score_frame(df, text_column="text")
    ... except InputError as exc:
    ...     print(exc)
    no text column 'text' in the DataFrame; its columns are: 'doc', 'body'
    """
    if not isinstance(df, pd.DataFrame):
        raise InputError(f"score_frame needs a pandas DataFrame, not {type(df).__name__}")
    check_columns(df.columns, text_column, id_column)
    columns = list(df.columns)
    for name in (text_column, id_column):
        if name is not None and columns.count(name) > 1:
            raise InputError(f"the DataFrame has {columns.count(name)} columns {name!r}")
    ids = df.index if id_column is None else df[id_column]
    id_values = list(ids)
    texts = df[text_column].tolist()
    problems = [_text_problem(t) for t in texts]
    good = [t for t, p in zip(texts, problems, strict=True) if p is None]

    results: Iterator[Any] = iter(())
    if good:
        if scorer is None:
            scorer = load_scorer()
        # Consumed as it comes: only the small rows are kept, never all the reports.
        results = iter(scorer.score_many(good, n_jobs=n_jobs, explain=explain, publisher=publisher))
    rows = []
    for id_, problem in zip(id_values, problems, strict=True):
        if problem is not None:
            rows.append(error_row(id_, problem, explain))
            continue
        item = next(results, _END)
        if item is _END:  # the contract of score_many is one result per text, in order
            raise RuntimeError(f"the scorer gave fewer results than the {len(good)} texts")
        if isinstance(item, Report):
            rows.append(report_row(item, id_, explain))
        else:  # a CredscoreError: why this text could not be scored
            rows.append(error_row(id_, str(item) or type(item).__name__, explain))
    if next(results, _END) is not _END:
        raise RuntimeError(f"the scorer gave more results than the {len(good)} texts")
    return _typed(rows, explain, ids)


def _typed(rows: list[dict[str, Any]], explain: bool, ids: pd.Index | pd.Series) -> pd.DataFrame:
    """The rows as a frame with the dtypes of :func:`frame_dtypes` and the input's index."""
    index = ids if isinstance(ids, pd.Index) else ids.index
    dtypes = frame_dtypes(explain, ids.dtype)
    columns: dict[str, Any] = {}
    for col, dtype in dtypes.items():
        if col == "id":  # copied as is, with its dtype (tuples for a MultiIndex)
            values: Any = list(ids) if isinstance(ids, pd.MultiIndex) else ids.array.copy()
        else:
            values = [r[col] for r in rows]
        columns[col] = pd.Series(values, index=index, dtype=dtype)
    return pd.DataFrame(columns, index=index.copy())
