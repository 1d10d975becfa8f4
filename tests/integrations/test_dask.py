"""credscore.integrations.dask.score_dask: score_frame partition by partition, lazily."""

from __future__ import annotations

import pickle

import dask  # a test dependency: missing, this module fails, not skips
import dask.dataframe as dd
import pandas as pd
import pytest

from credscore import frame
from credscore.errors import InputError
from credscore.frame import score_frame
from credscore.integrations.dask import score_dask
from credscore.rows import row_columns
from credscore.scorer import Scorer, default_model_path


@pytest.fixture(scope="module")
def ddf(articles):
    return dd.from_pandas(articles, npartitions=3)


@pytest.mark.parametrize(
    ("scheduler", "id_column", "explain"),
    [("synchronous", "doc", True), ("threads", None, False)],
)
def test_same_rows_as_score_frame(ddf, scheduler, id_column, explain):
    scores = score_dask(ddf, id_column=id_column, explain=explain)
    with dask.config.set(scheduler=scheduler):
        got = scores.compute()
        # What Dask holds (it may convert object columns and indexes to Arrow strings).
        want = score_frame(ddf.compute(), id_column=id_column, explain=explain)
    pd.testing.assert_frame_equal(got, want)
    assert got["error"].notna().sum() == 3


def test_meta_is_explicit_and_matches_the_computed_frame(ddf):
    scores = score_dask(ddf, id_column="doc", explain=True)
    assert list(scores.columns) == row_columns(explain=True)
    with dask.config.set(scheduler="synchronous"):
        got = scores.compute()
    assert dict(scores.dtypes) == dict(got.dtypes)
    assert scores.npartitions == ddf.npartitions
    assert scores.divisions == ddf.divisions


def test_the_model_is_loaded_once_per_process_not_shipped_with_each_task(monkeypatch, ddf):
    calls = []
    real = Scorer.load.__func__  # type: ignore[attr-defined]

    def counting(cls, *args, **kwargs):
        calls.append(args)
        return real(cls, *args, **kwargs)

    monkeypatch.setattr(Scorer, "load", classmethod(counting))
    frame._cached_scorer.cache_clear()
    scores = score_dask(ddf, model=default_model_path())
    # The tasks hold the model's path, never a Scorer.
    graph = pickle.dumps(dict(scores.__dask_graph__()))
    assert b"Scorer" not in graph
    assert str(default_model_path()).encode() in graph
    try:
        with dask.config.set(scheduler="threads"):
            scores.compute()
    finally:
        frame._cached_scorer.cache_clear()
    assert len(calls) == 1


def test_columns_and_input_are_checked_before_anything_runs(ddf, articles):
    with pytest.raises(InputError, match=r"no text column 'body'.*'doc', 'text'"):
        score_dask(ddf, text_column="body")
    with pytest.raises(InputError, match=r"no id column 'url'"):
        score_dask(ddf, id_column="url")
    with pytest.raises(InputError, match="needs a Dask DataFrame, not DataFrame"):
        score_dask(articles)
