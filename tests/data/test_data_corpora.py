"""Checks of every corpus loader against the real corpora, skipped when they are absent.

The exact row and drop counts are those recorded in the dataset cards
(``datasets/<name>.md``); they are only compared when the corpus files have the
checksum recorded there, so another version of a corpus skips that one test.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pandas as pd
import pytest

from credscore.data import (
    COLUMNS,
    CORPORA,
    corpus_checksum,
    default_data_dir,
    load_corpus,
    load_fakenewsnet,
    load_perez_rosas,
    load_polnear,
)
from credscore.data._common import get_spec

pytestmark = pytest.mark.slow

#: name -> (checksum, rows, dropped, rows per label) as measured and written in the cards.
EXPECTED: dict[str, tuple[str, int, dict[str, int], dict[int, int]]] = {
    "buzzfeed-webis-2016": (
        "79d70a6257b034253ff412f4f27110d7b37ada12a14c59921b1e6a82a28e4ef9",
        1497,
        {"no_factual_content": 64, "unknown_label": 0, "empty_text": 23, "duplicate_text": 43},
        {1: 1210, 0: 287},
    ),
    "fakenewsnet-buzzfeed": (
        "d7caa70bf921c6d1928a2f3430f6f680641feafd59d127cdb5445eaa0fdfe903",
        178,
        {"empty_text": 0, "duplicate_text": 4},
        {1: 91, 0: 87},
    ),
    "fakenewsnet-politifact": (
        "ba7047d89b572652048d5480d503dbf09bf359d16f1f0913a44ef1836670ba51",
        230,
        {"empty_text": 2, "duplicate_text": 8},
        {1: 114, 0: 116},
    ),
    "perez-rosas-fakenewsamt": (
        "451d71cfae024ecd2c6b03cba210bb789273ce07c2c04af544d57d05f19bfebe",
        480,
        {"empty_text": 0, "duplicate_text": 0},
        {1: 240, 0: 240},
    ),
    "perez-rosas-celebrity": (
        "01e4a4a38a2cbad1544ac1a686559bba5a9a33edd97457a9e3d3c60decefd263",
        500,
        {"empty_text": 0, "duplicate_text": 0},
        {1: 250, 0: 250},
    ),
    "fa-kes": (
        "0b2fc4bba3ddb9f4338669aa4c0287c9a63a1b65779928691a06b4cd66e1f96a",
        789,
        {"unknown_label": 0, "empty_text": 0, "duplicate_text": 15},
        {1: 419, 0: 370},
    ),
    "polnear": (
        "2359d62f9822754b23c1562b612565e3375d3930848927d94f7552a29c07b1e3",
        528,
        {"mixed_factuality": 132, "unrated_outlet": 264, "empty_text": 0, "duplicate_text": 0},
        {1: 396, 0: 132},
    ),
}

#: Folders each corpus needs under the data dir.
NEEDS: dict[str, tuple[str, ...]] = {"polnear": ("polnear", "baly-mbfc")}

STRING_COLUMNS = ("id", "text", "group", "corpus", "title")


def data_root_for(name: str) -> Path:
    """The data dir, or skip the test with the reason the corpus is unavailable."""
    root = default_data_dir()
    if root is None:
        pytest.skip("no data dir: set CREDSCORE_DATA to run the corpus tests")
    for folder in NEEDS.get(name, (get_spec(name).folder,)):
        if not (root / folder).is_dir():
            pytest.skip(f"corpus folder {folder!r} not found under {root}")
    return root


@functools.cache
def _cached(name: str, root: Path) -> pd.DataFrame:
    return load_corpus(name, root)


def loaded(name: str) -> pd.DataFrame:
    return _cached(name, data_root_for(name)).copy(deep=True)


def test_expected_covers_all_corpora() -> None:
    assert set(EXPECTED) == set(CORPORA)


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_columns_and_dtypes(name: str) -> None:
    df = loaded(name)
    assert tuple(df.columns) == COLUMNS
    assert df["label"].dtype == "int64"
    for column in STRING_COLUMNS:
        assert pd.api.types.is_string_dtype(df[column]), column
        assert df[column].map(type).eq(str).all(), column
    assert (df["corpus"] == name).all()
    assert df["id"].is_unique


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_labels_texts_groups(name: str) -> None:
    df = loaded(name)
    assert set(df["label"].unique()) == {0, 1}
    assert df["text"].str.strip().ne("").all()
    assert not df["text"].str.strip().duplicated().any()
    assert df["group"].ne("").all()


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_deterministic(name: str) -> None:
    root = data_root_for(name)
    first = load_corpus(name, root)
    second = load_corpus(name, root)
    pd.testing.assert_frame_equal(first, second)
    assert first.attrs["dropped"] == second.attrs["dropped"]
    assert first.index.equals(pd.RangeIndex(len(first)))


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_dropped_bookkeeping(name: str) -> None:
    df = loaded(name)
    dropped = df.attrs["dropped"]
    assert {"empty_text", "duplicate_text"} <= set(dropped)
    assert all(isinstance(v, int) and v >= 0 for v in dropped.values())
    ids = df.attrs["dropped_ids"]
    assert {k: len(v) for k, v in ids.items()} == dropped
    all_dropped = [i for v in ids.values() for i in v]
    assert len(all_dropped) == len(set(all_dropped))
    assert not set(all_dropped) & set(df["id"])


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_counts_match_card(name: str) -> None:
    root = data_root_for(name)
    checksum, rows, dropped, per_label = EXPECTED[name]
    actual = corpus_checksum(name, root)
    if actual != checksum:
        pytest.skip(f"{name}: checksum {actual} differs from the card's; another version")
    df = loaded(name)
    assert len(df) == rows
    assert df.attrs["dropped"] == dropped
    assert df["label"].value_counts().to_dict() == per_label


def test_buzzfeed_groups_are_portals() -> None:
    df = loaded("buzzfeed-webis-2016")
    assert df["group"].nunique() == 9
    assert df.attrs["dropped"]["no_factual_content"] > 0


def test_fakenewsnet_subsets_match_named_loaders() -> None:
    root = data_root_for("fakenewsnet-buzzfeed")
    pd.testing.assert_frame_equal(
        load_fakenewsnet(root, subset="politifact"), loaded("fakenewsnet-politifact")
    )
    assert loaded("fakenewsnet-buzzfeed")["id"].str.startswith("BuzzFeed_").all()


def test_perez_rosas_groups() -> None:
    root = data_root_for("perez-rosas-fakenewsamt")
    amt = load_perez_rosas(root, subset="fakenewsamt")
    assert set(amt["group"]) == {"biz", "edu", "entmt", "polit", "sports", "tech"}
    celeb = loaded("perez-rosas-celebrity")
    assert celeb["group"].str.fullmatch(r"pair-\d{3}").all()


def test_fa_kes_groups_are_outlets() -> None:
    df = loaded("fa-kes")
    assert df["group"].nunique() == 15
    # labels are balanced within outlets, so every outlet has both
    assert (df.groupby("group")["label"].nunique() == 2).all()


def test_polnear_splits_and_labels() -> None:
    root = data_root_for("polnear")
    train = load_polnear(root, split="train")
    dev = load_polnear(root, split="dev")
    both = loaded("polnear")
    assert len(train) + len(dev) == len(both)
    assert train["id"].str.startswith("train/").all()
    assert dev["id"].str.startswith("dev/").all()
    # the label is the outlet's rating, so it is constant within each outlet
    assert (both.groupby("group")["label"].nunique() == 1).all()
    with_mixed = load_polnear(root, mixed_as=0)
    assert with_mixed.attrs["dropped"]["mixed_factuality"] == 0
    assert len(with_mixed) == len(both) + both.attrs["dropped"]["mixed_factuality"]
