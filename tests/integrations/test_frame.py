"""credscore.frame.score_frame: one row of scores per row of text, same index and order."""

from __future__ import annotations

import sys
from typing import Any

import pandas as pd
import pytest

from credscore.errors import CredscoreError, InputError
from credscore.frame import empty_frame, frame_dtypes, load_scorer, score_frame
from credscore.integrations import MissingExtraError, require
from credscore.rows import report_row, row_columns
from credscore.scorer import Scorer

from .conftest import BAD_ROWS, OUR_TEXTS, records


@pytest.fixture(scope="module")
def scorer() -> Scorer:
    return load_scorer()


@pytest.mark.parametrize("explain", [False, True])
def test_one_row_per_input_row_in_order_with_the_index(articles, explain):
    out = score_frame(articles, explain=explain)
    assert list(out.columns) == row_columns(explain)
    pd.testing.assert_index_equal(out.index, articles.index)
    assert out["id"].tolist() == articles.index.tolist()
    assert dict(out.dtypes) == frame_dtypes(explain, articles.index.dtype)


def test_each_row_is_the_report_of_its_text(articles, scorer):
    out = score_frame(articles, id_column="doc", scorer=scorer)
    for i, ((label, row), got) in enumerate(zip(articles.iterrows(), records(out), strict=True)):
        if i in BAD_ROWS:
            assert got["error"], label
        else:
            assert got == report_row(scorer.score(row["text"], explain=False), row["doc"]), label


def test_bad_texts_give_error_rows_and_never_stop_the_others(articles):
    out = score_frame(articles, id_column="doc")
    missing, empty, short = (out["error"].iloc[i] for i in BAD_ROWS)
    assert missing == "text is missing"
    assert "empty" in empty or "not enough text" in empty
    assert "not enough text" in short
    scored = out[out["error"].isna()]
    assert len(scored) == 6
    assert scored["score"].between(0, 100).all()
    failed = out[out["error"].notna()]
    assert failed["score"].isna().all() and failed["words"].isna().all()
    assert failed["band"].isna().all()


def test_non_string_cells_are_error_rows():
    df = pd.DataFrame({"text": [OUR_TEXTS[0], 42, float("nan"), b"bytes", pd.NA]})
    out = score_frame(df)
    assert out["error"].tolist()[1:] == [
        "text must be a str, not int",
        "text is missing",
        "text must be a str, not bytes",
        "text is missing",
    ]
    assert pd.isna(out["error"].iloc[0])


def test_counts_stay_integers_when_rows_fail(articles):
    out = score_frame(articles)
    counts = [c for c in out.columns if c.startswith("n_")] + ["words"]
    assert {str(out[c].dtype) for c in counts} == {"Int64"}
    assert str(out["score"].dtype) == "float64"
    assert str(out["band"].dtype) == "string"


def test_all_failed_and_empty_frames_keep_the_dtypes():
    failed = score_frame(pd.DataFrame({"text": [None, ""]}))
    assert dict(failed.dtypes) == frame_dtypes(False, failed["id"].dtype)
    empty = score_frame(pd.DataFrame({"text": pd.Series([], dtype=object)}), explain=True)
    assert empty.shape == (0, len(row_columns(True)))
    assert dict(empty.dtypes) == dict(empty_frame(True, empty.index.dtype).dtypes)


def test_ids_come_from_the_id_column_or_the_index(articles):
    assert score_frame(articles, id_column="doc")["id"].tolist() == articles["doc"].tolist()
    multi = articles.set_index("doc", append=True)
    assert score_frame(multi)["id"].tolist() == list(multi.index)


def test_explain_adds_reasons_to_scored_rows(articles):
    out = score_frame(articles, explain=True)
    scored = out[out["error"].isna()]
    assert scored["reasons"].str.len().gt(0).all()
    assert out.loc[out["error"].notna(), "reasons"].isna().all()


def test_a_missing_text_column_names_the_columns_found(articles):
    with pytest.raises(InputError, match=r"no text column 'body'.*'doc', 'text'"):
        score_frame(articles, text_column="body")
    with pytest.raises(InputError, match=r"no id column 'url'.*'doc', 'text'"):
        score_frame(articles, id_column="url")
    twice = pd.concat([articles, articles[["text"]]], axis=1)
    with pytest.raises(InputError, match="has 2 columns 'text'"):
        score_frame(twice)
    with pytest.raises(InputError, match="needs a pandas DataFrame, not list"):
        score_frame(["a text"])  # type: ignore[arg-type]


class RecordingScorer:
    """Stands in for a Scorer: records what score_many was given, answers in order."""

    def __init__(self, inner: Scorer) -> None:
        self.inner = inner
        self.calls: list[dict[str, Any]] = []

    def score_many(self, texts, n_jobs=None, explain=False, publisher=None):
        texts = list(texts)
        self.calls.append(
            {"texts": texts, "n_jobs": n_jobs, "explain": explain, "publisher": publisher}
        )
        return self.inner.score_many(texts, n_jobs=1, explain=explain, publisher=publisher)


def test_scoring_goes_through_score_many_with_the_settings(articles, scorer):
    rec = RecordingScorer(scorer)
    score_frame(articles, explain=True, n_jobs=3, scorer=rec, publisher="Harlow Post")  # type: ignore[arg-type]
    assert len(rec.calls) == 1
    call = rec.calls[0]
    assert call["n_jobs"] == 3 and call["explain"] is True
    assert call["publisher"] == "Harlow Post"
    assert all(isinstance(t, str) for t in call["texts"])  # missing cells never reach it


def test_a_scorer_that_loses_results_is_an_error_not_a_shifted_table(articles):
    class Lossy:
        def score_many(self, texts, **kwargs):
            return iter([])

    class Chatty:
        def score_many(self, texts, **kwargs):
            return iter([InputError("x")] * (len(texts) + 1))

    with pytest.raises(RuntimeError, match=r"fewer results than the 8 texts"):
        score_frame(articles, scorer=Lossy())  # type: ignore[arg-type]
    with pytest.raises(RuntimeError, match=r"more results than the 8 texts"):
        score_frame(articles, scorer=Chatty())  # type: ignore[arg-type]


def test_the_default_scorer_is_loaded_once_per_process(monkeypatch, articles):
    from credscore import frame

    calls = []
    real = Scorer.load.__func__  # type: ignore[attr-defined]

    def counting(cls, *args, **kwargs):
        calls.append(args)
        return real(cls, *args, **kwargs)

    monkeypatch.setattr(Scorer, "load", classmethod(counting))
    frame._cached_scorer.cache_clear()
    try:
        score_frame(articles)
        score_frame(articles)
        assert load_scorer() is load_scorer()
    finally:
        frame._cached_scorer.cache_clear()
    assert len(calls) == 1


@pytest.mark.parametrize(("module", "extra"), [("dask.dataframe", "dask"), ("pyspark", "spark")])
def test_a_missing_engine_says_which_extra_to_install(monkeypatch, module, extra):
    monkeypatch.setitem(sys.modules, module, None)  # None in sys.modules: import fails
    with pytest.raises(MissingExtraError, match=rf"pip install 'credscore\[{extra}\]'") as info:
        require(module, extra)
    assert isinstance(info.value, CredscoreError) and isinstance(info.value, ImportError)
