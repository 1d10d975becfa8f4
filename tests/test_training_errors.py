"""Training on unusable data says what is wrong in rows and labels, before any slow work.

Each case is a tiny table: the check runs before featurization, so every test is fast.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from credscore.cli import EXIT_DATA, main
from credscore.data import load_table
from credscore.errors import CredscoreError, DataError
from credscore.training import TrainingDataError, train

# Distinct texts of ordinary length.
TEXTS = [
    f"Council member {i} said on Tuesday that the levee repairs would cost {i + 3} million."
    for i in range(40)
]


def frame(labels: list, texts: list | None = None, groups: list | None = None) -> pd.DataFrame:
    df = pd.DataFrame({"text": texts or TEXTS[: len(labels)], "label": labels})
    if groups is not None:
        df["group"] = groups
    return df


def train_error(*frames: pd.DataFrame) -> str:
    with pytest.raises(TrainingDataError) as info:
        train(list(frames))
    return str(info.value)


def test_the_error_is_a_data_error_and_a_value_error():
    assert issubclass(TrainingDataError, DataError)
    assert issubclass(TrainingDataError, CredscoreError)
    assert issubclass(TrainingDataError, ValueError)  # what train raised before


def test_two_rows_per_class_names_the_counts_and_the_minimum():
    msg = train_error(frame([1, 1, 0, 0]))
    assert msg.startswith("2 credible and 2 not-credible articles: ")
    assert "cross-validation needs at least 7 of each" in msg
    assert "n_splits" not in msg  # never scikit-learn's words


def test_three_and_two():
    msg = train_error(frame([1, 1, 1, 0, 0]))
    assert msg.startswith("3 credible and 2 not-credible articles: cross-validation needs at")


def test_one_label_only_says_both_labels_are_needed():
    msg = train_error(frame([1, 1, 1]))
    assert msg == (
        "training needs both labels, 1 (credible) and 0 (not credible): all 3 usable "
        "articles are credible (label 1)"
    )


def test_both_labels_only_when_that_is_the_reason():
    # Both labels are there: too few of each is a count, not a missing label.
    assert "both labels" not in train_error(frame([1] * 3 + [0] * 3))


def test_empty_texts_are_dropped_and_counted():
    texts = ["", "   ", None, *TEXTS[:3]]
    msg = train_error(frame([1, 1, 1, 0, 0, 0], texts))
    assert msg == (
        "training needs both labels, 1 (credible) and 0 (not credible): all 3 usable "
        "articles are not credible (label 0). Dropped 3 rows: 3 with empty text"
    )


def test_duplicates_are_dropped_and_their_other_labels_counted():
    texts = [TEXTS[0], TEXTS[0], " " + TEXTS[1], TEXTS[1], TEXTS[2]]
    msg = train_error(frame([1, 0, 1, 0, 1], texts))
    assert msg.endswith(
        "all 3 usable articles are credible (label 1). Dropped 2 rows: 2 repeating an "
        "earlier text (2 of them with the other label)"
    )


def test_missing_labels_are_dropped_and_counted():
    msg = train_error(frame([1, None, float("nan"), 0, pd.NA]))
    assert msg == (
        "1 credible and 1 not-credible article: cross-validation needs at least 7 of each "
        "(it trains on 4 of 5 folds, and the model calibrates itself on 5 folds of that); "
        "add articles. Dropped 3 rows: 3 with no label"
    )


def test_invalid_labels_are_named_by_row():
    msg = train_error(frame([1, 0, 2, "maybe", 1, 0]))
    assert msg == (
        "labels must be 1 (credible) or 0 (not credible); 2 rows have another value: "
        "rows 3 (2), 4 ('maybe')"
    )


def test_invalid_labels_are_named_by_id_when_there_is_one():
    df = frame([1, 0, "0.5"]).assign(id=["a", "b", "c"])
    assert train_error(df).endswith("1 row has another value: id c ('0.5')")


def test_label_spellings_of_tables_are_accepted():
    # "credible", "fake", True, 1.0: read as load_table reads them, then too few of each.
    msg = train_error(frame(["credible", "fake", True, 0.0]))
    assert msg.startswith("2 credible and 2 not-credible articles: ")


def test_no_rows_and_all_rows_dropped():
    assert train_error(frame([])) == "no training data: the tables are empty"
    msg = train_error(frame([1, 0, None], ["", " ", TEXTS[0]]))
    assert msg == "no usable articles. Dropped 3 rows: 1 with no label, 2 with empty text"
    with pytest.raises(TrainingDataError, match="no training data given"):
        train([])


def test_missing_columns_name_the_columns_found():
    msg = train_error(pd.DataFrame({"body": ["a"], "label": [1]}))
    assert msg == "training data lacks column(s) ['text']; columns found: ['body', 'label']"


def test_one_outlet_for_everything():
    msg = train_error(frame([1] * 8 + [0] * 8, groups=["ledger"] * 16))
    assert msg.startswith("all 16 articles are from one outlet ('ledger'): ")


def test_outlets_that_leave_a_fold_too_few_of_a_label():
    # 8 of each, but one outlet holds 6 of the 8 not-credible articles: the fold that
    # tests that outlet trains on 2 of them, fewer than the calibration's 5 folds.
    groups = [f"c{i}" for i in range(8)] + ["tabloid"] * 6 + ["x", "y"]
    msg = train_error(frame([1] * 8 + [0] * 8, groups=groups))
    assert msg.startswith("8 credible and 8 not-credible articles, but grouped by outlet fold ")
    assert "leaves only 2 not-credible articles to train on" in msg
    assert msg.endswith("at least 5 of each: add articles, or spread them over more outlets")


def test_rows_the_loader_dropped_are_counted_too(tmp_path: Path):
    rows = [
        {"text": TEXTS[0], "label": 1},
        {"text": TEXTS[0], "label": 0},
        {"text": "  ", "label": 0},
        {"text": TEXTS[1], "label": "real"},
        {"text": TEXTS[2], "label": "fake"},
    ]
    path = tmp_path / "mine.csv"
    pd.DataFrame(rows).to_csv(path, index=False)
    msg = train_error(load_table(path))
    assert msg.startswith("2 credible and 1 not-credible article: cross-validation needs")
    assert ". Dropped 2 rows: " in msg
    assert "1 with empty text" in msg
    assert "1 repeating an earlier text (1 of them with the other label)" in msg


def test_the_command_line_says_it_in_one_line(tmp_path: Path, capsys):
    path = tmp_path / "mine.csv"
    pd.DataFrame({"text": TEXTS[:5], "label": [1, 1, 1, 0, 0]}).to_csv(path, index=False)
    assert main(["train", "--data", str(path), "--out", str(tmp_path / "model")]) == EXIT_DATA
    err = capsys.readouterr().err
    assert err.startswith("credscore: error: 3 credible and 2 not-credible articles: ")
    assert "Traceback" not in err and err.count("\n") == 1


def test_enough_data_still_trains():
    labels = [1] * 8 + [0] * 8
    texts = [
        t if i % 2 else t.replace("said", "claimed, without evidence,")
        for i, t in enumerate(TEXTS[:16])
    ]
    res = train([frame(labels, texts, groups=[f"g{i % 4}" for i in range(16)])], kind="signals")
    assert res.card["training_data"]["n_articles"] == 16
    assert math.isfinite(res.card["metrics"]["grouped_cv"]["brier"])
    assert np.isfinite(res.scorer.score(TEXTS[0]).score)
