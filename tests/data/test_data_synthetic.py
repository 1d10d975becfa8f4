"""Every corpus loader on a tiny invented copy of its folder layout; runs everywhere.

No text here comes from the corpora: the folder layouts and field names are the
corpora's, the sentences are made up.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from credscore.data import (
    COLUMNS,
    DataError,
    load_buzzfeed_webis,
    load_corpus,
    load_fa_kes,
    load_fakenewsnet,
    load_perez_rosas,
    load_polnear,
)
from credscore.data._polnear import outlet_ratings

BODY_A = "The mayor opened the new library, according to the city press office."
BODY_B = "Anonymous insiders whisper that the library is secretly a spaceship."
BODY_C = "Officials at the transport agency said the trains would run late."
BODY_D = "A report published on Monday found rents rose four percent."


def buzzfeed_xml(portal: str, veracity: str, text: str, title: str = "A headline") -> str:
    return (
        "<article>\n"
        f"  <author>Someone</author>\n  <mainText>{text}</mainText>\n"
        f"  <orientation>mainstream</orientation>\n  <portal>{portal}</portal>\n"
        f"  <title>{title}</title>\n  <uri>http://example.com/x</uri>\n"
        f"  <veracity>{veracity}</veracity>\n"
        "</article>\n"
    )


def test_buzzfeed_webis(tmp_path: Path) -> None:
    articles = tmp_path / "buzzfeed-webis-2016" / "articles"
    articles.mkdir(parents=True)
    items = {
        "0010": ("paper", "mostly true", BODY_A),
        "0002": ("blog", "mostly false", BODY_B),
        "0003": ("blog", "mixture of true and false", BODY_C + " &#8217;quoted&#8217;"),
        "0004": ("blog", "no factual content", BODY_D),
        "0005": ("paper", "mostly true", "  "),
        "0006": ("paper", "mostly true", BODY_A),
        "0007": ("paper", "unrated", BODY_D + " More."),
        "0001": ("paper", "Mostly True", BODY_D),
    }
    for stem, (portal, veracity, text) in items.items():
        (articles / f"{stem}.xml").write_text(buzzfeed_xml(portal, veracity, text), "utf-8")
    df = load_buzzfeed_webis(tmp_path)
    assert tuple(df.columns) == COLUMNS
    assert df["id"].tolist() == ["0001", "0002", "0003", "0006"]
    assert df["label"].tolist() == [1, 0, 0, 1]
    assert df["group"].tolist() == ["paper", "blog", "blog", "paper"]
    assert df["title"].eq("A headline").all()
    assert "\u2019quoted\u2019" in df["text"].iloc[2]
    assert df.attrs["dropped"] == {
        "no_factual_content": 1,
        "unknown_label": 1,
        "empty_text": 1,
        "duplicate_text": 1,
    }
    # "0006" sorts before "0010", so it is the one kept
    assert df.attrs["dropped_ids"]["duplicate_text"] == ["0010"]
    assert df.attrs["conflicting_duplicates"] == 0


def test_buzzfeed_bad_xml(tmp_path: Path) -> None:
    articles = tmp_path / "buzzfeed-webis-2016" / "articles"
    articles.mkdir(parents=True)
    (articles / "0001.xml").write_text("<article><mainText>unclosed", "utf-8")
    with pytest.raises(DataError, match="cannot parse"):
        load_buzzfeed_webis(tmp_path)


def test_buzzfeed_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "buzzfeed-webis-2016" / "articles").mkdir(parents=True)
    with pytest.raises(DataError, match="no article files"):
        load_buzzfeed_webis(tmp_path)


def write_json(path: Path, obj: dict[str, object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj), encoding="utf-8")


def test_fakenewsnet(tmp_path: Path) -> None:
    base = tmp_path / "fakenewsnet-old" / "Data" / "PolitiFact"
    real, fake = base / "RealNewsContent", base / "FakeNewsContent"
    write_json(
        real / "PolitiFact_Real_10-Webpage.json",
        {"text": BODY_A, "title": "T1", "source": "http://politi.co"},
    )
    write_json(
        real / "PolitiFact_Real_2-Webpage.json",
        {"text": BODY_C, "title": "T2", "source": "http://www.paper.com"},
    )
    write_json(
        fake / "PolitiFact_Fake_1-Webpage.json",
        {
            "text": BODY_B,
            "title": "T3",
            "source": "https://goo.gl",
            "canonical_link": "http://www.rumours.example/a",
        },
    )
    write_json(fake / "PolitiFact_Fake_2-Webpage.json", {"text": BODY_D, "title": "T4"})
    write_json(fake / "PolitiFact_Fake_3-Webpage.json", {"text": "", "title": "T5"})
    write_json(fake / "PolitiFact_Fake_4-Webpage.json", {"text": BODY_A, "title": "T6"})
    df = load_fakenewsnet(tmp_path, subset="politifact")
    assert df["id"].tolist() == [
        "PolitiFact_Fake_1",
        "PolitiFact_Fake_2",
        "PolitiFact_Fake_4",
        "PolitiFact_Real_2",
    ]
    assert df["label"].tolist() == [0, 0, 0, 1]
    assert df["group"].tolist() == ["rumours.example", "unknown", "unknown", "paper.com"]
    assert (df["corpus"] == "fakenewsnet-politifact").all()
    assert df.attrs["dropped"] == {"empty_text": 1, "duplicate_text": 1}
    assert df.attrs["dropped_ids"]["duplicate_text"] == ["PolitiFact_Real_10"]
    assert df.attrs["conflicting_duplicates"] == 1
    with pytest.raises(DataError, match="no article files"):
        load_corpus("fakenewsnet-buzzfeed", tmp_path)  # only PolitiFact is there
    with pytest.raises(DataError, match="unknown FakeNewsNet subset"):
        load_fakenewsnet(tmp_path, subset="gossipcop")


def test_fakenewsnet_shortener_mapping(tmp_path: Path) -> None:
    real = tmp_path / "fakenewsnet-old" / "Data" / "BuzzFeed" / "RealNewsContent"
    write_json(real / "BuzzFeed_Real_1-Webpage.json", {"text": BODY_A, "source": "http://cnn.it"})
    write_json(
        real / "BuzzFeed_Real_2-Webpage.json",
        {"text": BODY_B, "source": "http://author.blog.example"},
    )
    df = load_fakenewsnet(tmp_path, subset="buzzfeed")
    assert df["group"].tolist() == ["cnn.com", "blog.example"]


def test_perez_rosas(tmp_path: Path) -> None:
    amt = tmp_path / "perez-rosas2018" / "fakeNewsDataset"
    (amt / "legit").mkdir(parents=True)
    (amt / "fake").mkdir(parents=True)
    (amt / "legit" / "tech010.legit.txt").write_text(f"Headline one\n\n{BODY_A}\n", "utf-8")
    (amt / "legit" / "tech2.legit.txt").write_text(f"Headline two\n{BODY_C}\n{BODY_D}", "utf-8")
    (amt / "fake" / "tech010.fake.txt").write_text(f"{BODY_B}\n", "utf-8")
    (amt / "fake" / "biz01.fake.txt").write_text("\n  \n", "utf-8")
    (amt / "fake" / "edu01.fake.txt").write_text(f"Another headline\n\n{BODY_A}", "utf-8")
    df = load_perez_rosas(tmp_path, subset="fakenewsamt")
    assert df["id"].tolist() == ["edu01.fake", "tech2.legit", "tech010.fake"]
    assert df["label"].tolist() == [0, 1, 0]
    assert df["group"].tolist() == ["edu", "tech", "tech"]
    # a file with a single line ("tech010.fake") is a body without a headline
    assert df["title"].tolist() == ["Another headline", "Headline two", ""]
    assert df["text"].tolist() == [BODY_A, f"{BODY_C}\n{BODY_D}", BODY_B]
    assert df.attrs["dropped"] == {"empty_text": 1, "duplicate_text": 1}
    assert df.attrs["dropped_ids"]["duplicate_text"] == ["tech010.legit"]


def test_perez_rosas_single_line_is_body(tmp_path: Path) -> None:
    amt = tmp_path / "perez-rosas2018" / "celebrityDataset"
    (amt / "legit").mkdir(parents=True)
    (amt / "fake").mkdir(parents=True)
    (amt / "legit" / "007legit.txt").write_text(f"Star news\n\n{BODY_A}\n", "utf-8")
    (amt / "fake" / "007fake.txt").write_text(f"{BODY_B}\n", "utf-8")
    df = load_perez_rosas(tmp_path, subset="celebrity")
    assert df["id"].tolist() == ["007fake", "007legit"]
    assert df["group"].tolist() == ["pair-007", "pair-007"]
    assert df["title"].tolist() == ["", "Star news"]
    assert df["label"].tolist() == [0, 1]
    with pytest.raises(DataError, match="unknown Perez-Rosas subset"):
        load_perez_rosas(tmp_path, subset="amt")


def test_fa_kes(tmp_path: Path) -> None:
    folder = tmp_path / "fa-kes"
    folder.mkdir()
    pd.DataFrame(
        {
            "unit_id": ["30", "20", "30", "10", "40", "50"],
            "article_title": ["t1", "t2", "t3", "t4", "t5", "t6"],
            "article_content": [BODY_A, BODY_B, BODY_C, BODY_A, " ", BODY_D],
            "source": ["wire", "channel", "wire", "channel", "wire", "wire"],
            "date": ["d"] * 6,
            "location": ["l"] * 6,
            "labels": ["1", "0", "0", "0", "1", "x"],
        }
    ).to_csv(folder / "FA-KES-Dataset.csv", index=False)
    df = load_fa_kes(tmp_path)
    assert df["id"].tolist() == ["10", "20", "30-2"]
    assert df["label"].tolist() == [0, 0, 0]
    assert df["group"].tolist() == ["channel", "channel", "wire"]
    assert df["title"].tolist() == ["t4", "t2", "t3"]
    assert df.attrs["dropped"] == {"unknown_label": 1, "empty_text": 1, "duplicate_text": 1}
    assert df.attrs["dropped_ids"]["duplicate_text"] == ["30"]
    assert df.attrs["conflicting_duplicates"] == 1


def test_fa_kes_missing_file_and_column(tmp_path: Path) -> None:
    folder = tmp_path / "fa-kes"
    folder.mkdir()
    with pytest.raises(DataError, match="FA-KES-Dataset.csv is missing"):
        load_fa_kes(tmp_path)
    pd.DataFrame({"unit_id": ["1"], "labels": ["1"]}).to_csv(
        folder / "FA-KES-Dataset.csv", index=False
    )
    with pytest.raises(DataError, match="lacks column"):
        load_fa_kes(tmp_path)


def make_polnear(root: Path) -> None:
    data = root / "polnear" / "data"
    meta = ["compartment\tfilename\tpublisher\ttitle"]
    docs = {
        ("train", "politico_a"): ("politico", BODY_A),
        ("train", "breitbart_b"): ("breitbart", BODY_B),
        ("train", "west-journal_c"): ("west-journal", BODY_C),
        ("train", "nyt_d"): ("nyt", BODY_D),
        ("dev", "usa-today_e"): ("usa-today", BODY_C + " Again."),
        ("dev", "huff-post_f"): ("huff-post", BODY_A),
    }
    for (split, stem), (publisher, text) in docs.items():
        (data / split / "text").mkdir(parents=True, exist_ok=True)
        (data / split / "text" / f"{stem}.txt").write_text(f"Headline\n\n{text}\n", "utf-8")
        meta.append(f"{split}\t{stem}\t{publisher}\tTitle of {stem}")
    (data / "metadata.tsv").write_text("\n".join(meta) + "\n", "utf-8")
    mbfc = root / "baly-mbfc"
    mbfc.mkdir()
    header = "source_url\tsource_url_normalized\tref\tfact\tbias\n"
    (mbfc / "corpus_acl2020.tsv").write_text(
        header
        + "http://www.breitbart.com\tbreitbart.com\tr\tlow\tright\n"
        + "http://www.huffingtonpost.com\thuffingtonpost.com\tr\thigh\tleft\n"
        + "https://www.westernjournal.com\twesternjournal.com\tr\tmixed\tright\n"
        + "http://www.nytimes.com/section/x\tnytimes.com-section-x\tr\thigh\tcenter\n",
        "utf-8",
    )
    (mbfc / "corpus_emnlp18.tsv").write_text(
        header
        + "http://www.breitbart.com/\tbreitbart.com\tr\tmixed\tright\n"
        + "http://www.politico.com/\tpolitico.com\tr\thigh\tleft-center\n"
        + "http://www.usatoday.com/\tusatoday.com\tr\thigh\tcenter\n",
        "utf-8",
    )


def test_polnear(tmp_path: Path) -> None:
    make_polnear(tmp_path)
    df = load_polnear(tmp_path)
    assert df["id"].tolist() == ["dev/huff-post_f", "dev/usa-today_e", "train/breitbart_b"]
    assert df["label"].tolist() == [1, 1, 0]
    assert df["group"].tolist() == ["huff-post", "usa-today", "breitbart"]
    assert df["title"].tolist() == [
        "Title of huff-post_f",
        "Title of usa-today_e",
        "Title of breitbart_b",
    ]
    assert df["text"].iloc[0] == f"Headline\n\n{BODY_A}\n"  # the file as it is
    # train/politico_a has the same text as dev/huff-post_f, which sorts first
    assert df.attrs["dropped"] == {
        "mixed_factuality": 1,
        "unrated_outlet": 1,
        "empty_text": 0,
        "duplicate_text": 1,
    }
    ratings = df.attrs["outlet_ratings"]
    assert ratings["breitbart"] == {"fact": "low", "domain": "breitbart.com", "version": "acl2020"}
    assert ratings["nyt"] is None  # only a section page is rated, not the outlet


def test_polnear_options(tmp_path: Path) -> None:
    make_polnear(tmp_path)
    train = load_polnear(tmp_path, split="train")
    assert train["id"].tolist() == ["train/breitbart_b", "train/politico_a"]
    mixed = load_polnear(tmp_path, split="train", mixed_as=0)
    assert mixed["group"].tolist() == ["breitbart", "politico", "west-journal"]
    assert mixed["label"].tolist() == [0, 1, 0]
    old = load_polnear(tmp_path, mbfc_versions=("emnlp18",))
    assert "breitbart" not in set(old["group"])  # mixed in emnlp18
    assert outlet_ratings(tmp_path, ("emnlp18",))["huff-post"] is None
    with pytest.raises(DataError, match="unknown PolNeAR split"):
        load_polnear(tmp_path, split="test")
    with pytest.raises(DataError, match="mixed_as"):
        load_polnear(tmp_path, mixed_as=2)
    with pytest.raises(DataError, match="unknown MBFC version"):
        load_polnear(tmp_path, mbfc_versions=("2024",))


def test_polnear_without_ratings(tmp_path: Path) -> None:
    make_polnear(tmp_path)
    for path in (tmp_path / "baly-mbfc").iterdir():
        path.unlink()
    (tmp_path / "baly-mbfc").rmdir()
    with pytest.raises(DataError, match="baly-mbfc.*ramybaly"):
        load_polnear(tmp_path)
