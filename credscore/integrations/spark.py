"""Score a Spark DataFrame with a pandas UDF: :func:`credscore.frame.score_frame` per batch.

The texts travel to Python workers in Arrow batches; each batch is scored by
:func:`~credscore.frame.score_frame` and comes back as a struct of the columns of
:func:`spark_schema`. The model is not pickled with the function: its file and card are
read once on the driver and *broadcast*, so each executor receives them once, and each
Python worker loads the model on its first batch (checking the file against its card, as
:meth:`credscore.scorer.Scorer.load` always does) and keeps it for every later batch and
task. No shared file system is needed.

Spark DataFrames have no index: with ``id_column`` the ``id`` column is that column (with
its type); without it, ``id`` is :func:`pyspark.sql.functions.monotonically_increasing_id`
(unique, not consecutive): pass ``id_column`` to join the scores back to your data.

Needs the ``spark`` extra (``pip install 'credscore[spark]'``) and Java. Spark Connect
sessions are not supported (they have no broadcast variables).

Examples
--------
>>> from credscore.integrations.spark import spark_schema
>>> spark_schema().simpleString()[:60]  # doctest: +ELLIPSIS
'struct<id:string,score:double,probability:double,band:strin...'
>>> from credscore.integrations.spark import score_spark
>>> sdf = spark.read.parquet("articles/")  # doctest: +SKIP
>>> score_spark(sdf, id_column="url").write.parquet("scores/")  # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import InputError, ModelLoadError
from ..frame import check_columns, frame_dtypes, score_frame
from ..scorer import JOBLIB_FILE, MODEL_FILE, Scorer, card_path, default_model_path
from . import require

__all__ = ["score_spark", "spark_schema"]

#: The struct field holding the scores while they are unpacked into columns.
_STRUCT = "__credscore__"

#: This Python worker's scorers, by (SHA-256 of the model file, trust_model).
_SCORERS: dict[tuple[str, bool], Scorer] = {}
_LOCK = threading.Lock()


def _spark_type(dtype: Any) -> Any:
    """The Spark SQL type of a :func:`credscore.frame.frame_dtypes` dtype."""
    from pyspark.sql import types as T

    name = str(dtype)
    if name == "float64":
        return T.DoubleType()
    if name == "Int64":
        return T.LongType()
    return T.StringType()


def spark_schema(explain: bool = False, id_type: Any = None) -> Any:
    """The Spark schema of :func:`score_spark`'s output: :func:`credscore.rows.row_columns` typed.

    ``score`` and ``probability`` are doubles, ``words`` and the ``n_*`` counts longs,
    ``band``, ``reasons`` and ``error`` strings; every field is nullable (an error row has
    only its ``id`` and ``error``).

    Parameters
    ----------
    explain : bool, default False
        Include ``reasons``.
    id_type : pyspark.sql.types.DataType or str, optional
        The type of ``id``: a DataType, or a DDL string such as ``"bigint"`` (parsing one
        needs an active Spark session); default string.

    Returns
    -------
    pyspark.sql.types.StructType

    Examples
    --------
    >>> from pyspark.sql.types import LongType
    >>> schema = spark_schema(explain=True, id_type=LongType())
    >>> [(f.name, f.dataType.simpleString()) for f in schema.fields][:4]
    [('id', 'bigint'), ('score', 'double'), ('probability', 'double'), ('band', 'string')]
    >>> schema.fields[-2].name
    'reasons'
    """
    require("pyspark", "spark")
    from pyspark.sql import types as T

    if id_type is None:
        id_type = T.StringType()
    elif isinstance(id_type, str):
        id_type = T._parse_datatype_string(id_type)
    fields = [T.StructField("id", id_type, True)]
    for col, dtype in frame_dtypes(explain).items():
        if col != "id":
            fields.append(T.StructField(col, _spark_type(dtype), True))
    return T.StructType(fields)


def _model_payload(model: str | Path | None) -> dict[str, Any]:
    """The model file and its card as bytes, to broadcast (read once, on the driver)."""
    path = Path(model) if model is not None else default_model_path()
    if path.is_dir():  # the file names Scorer.load looks for in a directory
        path = next(
            (c for c in (path / MODEL_FILE, path / JOBLIB_FILE) if c.is_file()), path / MODEL_FILE
        )
    if not path.is_file():
        raise ModelLoadError(f"no model at {path}; pass model=PATH to a credscore model file")
    data = path.read_bytes()
    card = card_path(path)
    return {
        "name": path.name,  # kept: the suffix tells Scorer.load a JSON model from a pickle
        "model": data,
        "card": card.read_bytes() if card.is_file() and card != path else None,
        "sha256": hashlib.sha256(data).hexdigest(),
    }


def _scorer_from_payload(key: str, trust: bool, broadcast: Any) -> Scorer:
    """This worker's scorer of a broadcast model, loaded from its bytes on first use."""
    with _LOCK:
        scorer = _SCORERS.get((key, trust))
        if scorer is None:
            payload = broadcast.value
            with tempfile.TemporaryDirectory(prefix="credscore-") as tmp:
                path = Path(tmp) / payload["name"]
                path.write_bytes(payload["model"])
                if payload["card"] is not None:
                    card_path(path).write_bytes(payload["card"])
                # The card travels with the file, so the SHA-256 check runs here as well.
                scorer = Scorer.load(path, trust=trust)
            _SCORERS[(key, trust)] = scorer
        return scorer


def _batch_scorer(
    broadcast: Any, key: str, trust: bool, explain: bool
) -> Callable[[pd.Series], pd.DataFrame]:
    """The pandas UDF's function: a batch of texts in, a frame of scores (no ``id``) out."""

    def score_batch(texts: pd.Series) -> pd.DataFrame:
        frame = pd.DataFrame({"text": texts})
        scorer = _scorer_from_payload(key, trust, broadcast) if len(frame) else None
        out = score_frame(frame, explain=explain, n_jobs=1, scorer=scorer)
        return out.drop(columns="id").reset_index(drop=True)

    return score_batch


def score_spark(
    sdf: Any,
    text_column: str = "text",
    id_column: str | None = None,
    explain: bool = False,
    model: str | Path | None = None,
    trust_model: bool = False,
) -> Any:
    """Score every text of a Spark DataFrame with a pandas UDF; lazy, like any transformation.

    Parameters
    ----------
    sdf : pyspark.sql.DataFrame
        The articles, one per row.
    text_column : str, default "text"
        The string column holding each article's text.
    id_column : str, optional
        The column copied into ``id`` (keeping its type). Without it ``id`` is a unique
        64-bit number (:func:`~pyspark.sql.functions.monotonically_increasing_id`).
    explain : bool, default False
        Add a ``reasons`` column (slower).
    model : str or Path, optional
        A model file or a directory holding one, read on the driver and
        broadcast to the executors; None for the default model.
    trust_model : bool, default False
        Load ``model`` without a card that vouches for it (see
        :meth:`credscore.scorer.Scorer.load`): only for a file you made yourself.

    Returns
    -------
    pyspark.sql.DataFrame
        One row per input row, schema :func:`spark_schema` (``id`` typed as its source).
        Each row holds what :func:`credscore.frame.score_frame` gives for its text; a text
        that is null, empty or too short has ``error`` set.

    Raises
    ------
    MissingExtraError
        PySpark is not installed (``pip install 'credscore[spark]'``).
    InputError
        ``sdf`` is not a Spark DataFrame, or a named column is not in it.
    ModelLoadError
        ``model`` is not a file (the file itself is checked on the executors).

    Examples
    --------
    >>> from pyspark.sql import SparkSession
    >>> spark = SparkSession.builder.master("local[2]").getOrCreate()  # doctest: +SKIP
    >>> sdf = spark.createDataFrame(
    ...     [("a1", "The minister said the plan would cut costs, a ministry report shows.")],
    ...     "url string, text string")  # doctest: +SKIP
    >>> score_spark(sdf, id_column="url").select("id", "score", "band").show()  # doctest: +SKIP
    """
    require("pyspark", "spark")
    from pyspark.sql import DataFrame
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    if not isinstance(sdf, DataFrame):
        raise InputError(f"score_spark needs a Spark DataFrame, not {type(sdf).__name__}")
    check_columns(sdf.columns, text_column, id_column)
    id_type: Any
    if id_column is None:
        id_expr, id_type = F.monotonically_increasing_id(), T.LongType()
    else:
        id_expr, id_type = sdf[id_column], sdf.schema[id_column].dataType
    schema = spark_schema(explain, id_type)
    payload = _model_payload(model)
    broadcast = sdf.sparkSession.sparkContext.broadcast(payload)
    # pandas_udf's typed overloads all name a (deprecated) functionType; score_batch's type
    # hints (Series -> DataFrame) are what Spark reads to make it a scalar UDF of a struct.
    make_udf: Any = F.pandas_udf
    scores = make_udf(
        _batch_scorer(broadcast, payload["sha256"], bool(trust_model), bool(explain)),
        returnType=T.StructType(schema.fields[1:]),
    )
    return sdf.select(id_expr.alias("id"), scores(sdf[text_column]).alias(_STRUCT)).select(
        "id", f"{_STRUCT}.*"
    )
