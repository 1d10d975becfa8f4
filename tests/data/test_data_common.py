"""Data-dir lookup, errors, registry and checksums; these run without the corpora."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from credscore.data import (
    CORPORA,
    DATA_ENV_VAR,
    DataError,
    _common,
    corpus_checksum,
    default_data_dir,
    load_corpus,
    load_fa_kes,
)
from credscore.data._common import checksum_files, get_spec, natural_key, url_domain


@pytest.fixture
def no_default_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A world where no data dir can be found: no env var, nothing next to cwd or repo."""
    monkeypatch.delenv(DATA_ENV_VAR, raising=False)
    workdir = tmp_path / "work" / "project"
    workdir.mkdir(parents=True)
    monkeypatch.chdir(workdir)
    monkeypatch.setattr(_common, "_REPO_ROOT", tmp_path / "elsewhere" / "repo")
    return workdir


def test_default_data_dir_env_var(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(DATA_ENV_VAR, str(tmp_path))
    assert default_data_dir() == tmp_path.resolve()


def test_default_data_dir_env_var_returned_even_if_missing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(DATA_ENV_VAR, str(tmp_path / "missing"))
    assert default_data_dir() == (tmp_path / "missing").resolve()


def test_default_data_dir_relative_to_cwd(no_default_dir: Path) -> None:
    shared = no_default_dir.parent / "shared" / "datasets"
    shared.mkdir(parents=True)
    assert default_data_dir() == shared.resolve()


def test_default_data_dir_relative_to_repo(
    no_default_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    repo = tmp_path / "checkout" / "credscore-repo"
    repo.mkdir(parents=True)
    shared = repo.parent / "shared" / "datasets"
    shared.mkdir(parents=True)
    monkeypatch.setattr(_common, "_REPO_ROOT", repo)
    assert default_data_dir() == shared.resolve()


def test_default_data_dir_none(no_default_dir: Path) -> None:
    assert default_data_dir() is None


def test_empty_env_var_is_ignored(no_default_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATA_ENV_VAR, "  ")
    assert default_data_dir() is None


def test_missing_data_dir_raises(no_default_dir: Path) -> None:
    with pytest.raises(DataError, match=DATA_ENV_VAR):
        load_fa_kes()
    with pytest.raises(DataError, match="data directory"):
        load_corpus("polnear")


def test_env_var_pointing_nowhere_raises(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(DATA_ENV_VAR, str(tmp_path / "nowhere"))
    with pytest.raises(DataError, match="nowhere.*not a directory"):
        load_corpus("buzzfeed-webis-2016")


def test_given_data_dir_missing_raises(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="not a directory"):
        load_fa_kes(tmp_path / "nope")


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_missing_corpus_folder_names_card_and_source(name: str, tmp_path: Path) -> None:
    with pytest.raises(DataError) as info:
        load_corpus(name, tmp_path)
    message = str(info.value)
    spec = get_spec(name)
    assert f"corpus {name!r} not found under {tmp_path}" in message
    assert f"datasets/{name}.md" in message
    assert spec.source in message
    assert "data_dir" in message


def test_load_corpus_unknown_name_lists_valid_names() -> None:
    with pytest.raises(DataError) as info:
        load_corpus("fa_kes")
    message = str(info.value)
    assert "unknown corpus 'fa_kes'" in message
    for name in CORPORA:
        assert name in message


def test_corpus_checksum_unknown_name() -> None:
    with pytest.raises(DataError, match="valid names"):
        corpus_checksum("nope")


def test_registry_matches_corpora() -> None:
    for name in CORPORA:
        assert get_spec(name).name == name


def test_cards_exist_for_every_corpus() -> None:
    repo = Path(__file__).resolve().parents[2]
    index = (repo / "datasets" / "README.md").read_text(encoding="utf-8")
    for name in CORPORA:
        card = repo / "datasets" / f"{name}.md"
        assert card.is_file(), card
        assert f"{name}.md" in index
        assert "SHA-256" in card.read_text(encoding="utf-8")


def test_checksum_files_definition(tmp_path: Path) -> None:
    (tmp_path / "c" / "sub").mkdir(parents=True)
    (tmp_path / "c" / "b.txt").write_bytes(b"beta")
    (tmp_path / "c" / "sub" / "a.txt").write_bytes(b"alpha")
    files = [tmp_path / "c" / "sub" / "a.txt", tmp_path / "c" / "b.txt"]
    expected = hashlib.sha256(b"c/b.txt\x004\x00beta" + b"c/sub/a.txt\x005\x00alpha").hexdigest()
    assert checksum_files(tmp_path, files) == expected
    assert checksum_files(tmp_path, list(reversed(files))) == expected
    (tmp_path / "c" / "b.txt").write_bytes(b"beta!")
    assert checksum_files(tmp_path, files) != expected


def test_corpus_checksum_on_a_small_folder(tmp_path: Path) -> None:
    folder = tmp_path / "fa-kes"
    folder.mkdir()
    content = b"unit_id,article_title,article_content,source,labels\n1,t,x,o,1\n"
    (folder / "FA-KES-Dataset.csv").write_bytes(content)
    (folder / "unrelated.txt").write_bytes(b"not read by the loader")
    expected = hashlib.sha256(
        b"fa-kes/FA-KES-Dataset.csv\x00" + str(len(content)).encode() + b"\x00" + content
    ).hexdigest()
    assert corpus_checksum("fa-kes", tmp_path) == expected


def test_natural_key_orders_numbers_numerically() -> None:
    ids = ["a10", "a2", "b1", "a1", "10", "9", "a2-2"]
    assert sorted(ids, key=natural_key) == ["9", "10", "a1", "a2", "a2-2", "a10", "b1"]


@pytest.mark.parametrize(
    ("url", "domain"),
    [
        ("http://www.example.com/x", "example.com"),
        ("https://author.example.org", "example.org"),
        ("example.net/path?q=1", "example.net"),
        ("http://m.example.co.uk/", "example.co.uk"),
        ("http://www.com", "www.com"),
        ("", ""),
        (None, ""),
        (float("nan"), ""),
    ],
)
def test_url_domain(url: object, domain: str) -> None:
    assert url_domain(url) == domain
