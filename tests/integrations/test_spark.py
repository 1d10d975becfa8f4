"""credscore.integrations.spark.score_spark: a pandas UDF over a local Spark session.

Skipped only when Java is missing, and never when the environment variable ``CI`` is set:
a CI runner without Java fails here instead of passing silently.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest
from pyspark import cloudpickle  # a test dependency: missing, this module fails, not skips

from credscore.errors import InputError, ModelLoadError
from credscore.frame import score_frame
from credscore.integrations import spark as engine
from credscore.integrations.spark import score_spark, spark_schema
from credscore.rows import row_columns
from credscore.scorer import Scorer, default_model_path

from .conftest import records

pytestmark = pytest.mark.filterwarnings(
    # PySpark 4.x warns about pandas 3 on every pandas conversion; the results are checked here.
    "ignore:PySpark does not yet fully support pandas:FutureWarning"
)


def _java() -> str | None:
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").is_file():
        return str(Path(home) / "bin" / "java")
    return shutil.which("java")


@pytest.fixture(scope="module")
def spark():
    if _java() is None:
        if os.environ.get("CI"):
            pytest.fail("Java is missing on CI: the Spark engine cannot be tested")
        pytest.skip("Java is missing: Spark cannot start")
    from pyspark.sql import SparkSession

    saved = {k: os.environ.get(k) for k in ("PYSPARK_PYTHON", "SPARK_LOCAL_IP")}
    # Workers run this interpreter (the venv's), and Spark binds to loopback only.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    session = (
        SparkSession.builder.master("local[2]")
        .appName("credscore-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        # A short-lived JVM: quick compilation and a small collector start it about twice
        # as fast, which is most of this module's time.
        .config("spark.driver.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
        # The test frame goes to Spark as Arrow, with no Python worker to read it.
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    try:
        yield session
    finally:
        session.stop()
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


@pytest.fixture(scope="module")
def sdf(spark, articles):
    texts = [t if isinstance(t, str) else None for t in articles["text"]]
    local = pd.DataFrame({"doc": list(articles["doc"]), "text": pd.Series(texts, dtype=object)})
    return spark.createDataFrame(local, "doc string, text string")


def test_same_rows_as_score_frame(sdf, articles):
    scores = score_spark(sdf, id_column="doc", explain=True)
    assert scores.schema == spark_schema(explain=True, id_type="string")
    assert sdf.rdd.getNumPartitions() == 2  # two batches, on two Python workers
    got = sorted((r.asDict() for r in scores.collect()), key=lambda r: r["id"])
    want = sorted(
        records(score_frame(articles, id_column="doc", explain=True)), key=lambda r: r["id"]
    )
    assert [{k: r[k] for k in row_columns(True)} for r in got] == want
    assert sum(r["error"] is not None for r in got) == 3


def test_without_an_id_column_ids_are_unique_numbers(sdf, articles):
    # A model directory, as Scorer.load takes it: its file and card are broadcast.
    scores = score_spark(sdf, model=default_model_path().parent)
    assert scores.schema["id"].dataType.simpleString() == "bigint"
    got = [r.asDict() for r in scores.collect()]
    assert len({r["id"] for r in got}) == len(articles)
    want = records(score_frame(articles))
    assert sorted(str(r["score"]) for r in got) == sorted(str(r["score"]) for r in want)


def test_columns_are_checked_before_anything_runs(sdf, articles):
    with pytest.raises(InputError, match=r"no text column 'body'.*'doc', 'text'"):
        score_spark(sdf, text_column="body")
    with pytest.raises(InputError, match=r"no id column 'url'"):
        score_spark(sdf, id_column="url")
    with pytest.raises(InputError, match="needs a Spark DataFrame, not DataFrame"):
        score_spark(articles)


def test_the_udf_carries_a_broadcast_handle_not_the_model(spark):
    payload = engine._model_payload(None)
    broadcast = spark.sparkContext.broadcast(payload)
    try:
        udf = engine._batch_scorer(broadcast, payload["sha256"], False, False)
        assert payload["model"] not in cloudpickle.dumps(udf)
    finally:
        broadcast.unpersist()


def test_a_python_worker_loads_a_broadcast_model_once(monkeypatch):
    payload = engine._model_payload(default_model_path())
    loads = []
    real = Scorer.load.__func__  # type: ignore[attr-defined]

    def counting(cls, *args, **kwargs):
        loads.append(args)
        return real(cls, *args, **kwargs)

    class Broadcast:  # what a worker sees: the value, read on first use
        value = payload

    monkeypatch.setattr(Scorer, "load", classmethod(counting))
    monkeypatch.setattr(engine, "_SCORERS", {})
    key = payload["sha256"]
    first = engine._scorer_from_payload(key, False, Broadcast())
    assert engine._scorer_from_payload(key, False, Broadcast()) is first
    assert len(loads) == 1
    # The card travelled with the file: a tampered model is refused on the worker too.
    bad = dict(payload, model=payload["model"].replace(b"1", b"2", 1), sha256="other")

    class Tampered:
        value = bad

    with pytest.raises(ModelLoadError, match="SHA-256 does not match"):
        engine._scorer_from_payload("other", False, Tampered())


def test_a_missing_model_fails_on_the_driver(sdf, tmp_path):
    with pytest.raises(ModelLoadError, match="no model at"):
        score_spark(sdf, model=tmp_path / "nothing.model.json")


def test_spark_schema_types_every_column():
    schema = spark_schema()
    assert schema.names == row_columns()
    types = {f.name: f.dataType.simpleString() for f in schema.fields}
    assert types["id"] == "string" and types["score"] == "double"
    assert types["n_hedge"] == "bigint" and types["error"] == "string"
    assert all(f.nullable for f in schema.fields)
