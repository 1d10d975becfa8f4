"""credscore.batch.score_many: in order, lazy, one error per bad text, same on any n_jobs."""

from __future__ import annotations

import os
from typing import Any

import pytest

from credscore.batch import score_many
from credscore.batch._parallel import CHUNK, map_chunks, resolve_jobs
from credscore.errors import CredscoreError, InputError
from credscore.report import Report

from .conftest import ARTICLES


def _pid(state: dict[str, Any], chunk: list[int]) -> list[tuple[int, int, str]]:
    return [(x, os.getpid(), state["tag"]) for x in chunk]


def test_results_in_order_with_errors_in_place(scorer):
    texts = [ARTICLES[0], "", ARTICLES[1], 5, "too short", ARTICLES[2]]
    results = list(score_many(scorer, texts, n_jobs=1))  # type: ignore[arg-type]
    assert len(results) == len(texts)
    kinds = [isinstance(r, Report) for r in results]
    assert kinds == [True, False, True, False, False, True]
    assert all(isinstance(r, CredscoreError) for r in results if not isinstance(r, Report))
    assert isinstance(results[3], InputError) and "str" in str(results[3])
    for text, r in zip(texts, results, strict=True):
        if isinstance(r, Report):
            assert r == scorer.score(text, explain=False)


def test_two_jobs_give_the_same_results_as_one(scorer):
    texts = [ARTICLES[i % 5] + f" Update {i}." for i in range(3 * CHUNK + 5)]
    texts[40] = ""
    one = list(score_many(scorer, texts, n_jobs=1))
    two = list(score_many(scorer, texts, n_jobs=2))
    assert [type(r) for r in one] == [type(r) for r in two]
    assert [r for r in one if isinstance(r, Report)] == [r for r in two if isinstance(r, Report)]
    assert str(one[40]) == str(two[40]) and not isinstance(two[40], Report)


def test_explain_builds_contributions(scorer):
    (plain,) = score_many(scorer, [ARTICLES[0]], n_jobs=1)
    (full,) = score_many(scorer, [ARTICLES[0]], n_jobs=1, explain=True)
    assert isinstance(plain, Report) and isinstance(full, Report)
    assert not plain.contributions and full.contributions
    assert full.score == plain.score


def test_publisher_is_passed_on(scorer):
    (r,) = score_many(scorer, [ARTICLES[0]], n_jobs=1, publisher="Harlow Ledger")
    assert isinstance(r, Report) and r.publisher == "Harlow Ledger"


@pytest.mark.parametrize("jobs", [1, 2])
def test_input_is_consumed_lazily(scorer, jobs):
    pulled = 0

    def texts():
        nonlocal pulled
        for i in range(100_000):
            pulled += 1
            yield ARTICLES[i % 5]

    it = score_many(scorer, texts(), n_jobs=jobs)
    assert isinstance(next(it), Report)
    assert pulled <= (2 * jobs + 2) * CHUNK
    it.close()


def test_workers_start_once_and_get_the_state(scorer):
    del scorer
    out = [x for chunk in map_chunks(_pid, range(20 * 8), {"tag": "t"}, 2, chunk=8) for x in chunk]
    assert [x for x, _, _ in out] == list(range(160))
    # The first chunk is done here (it warms the caches the workers inherit), the rest in
    # at most two workers started once.
    assert {pid for _, pid, _ in out[:8]} == {os.getpid()}
    pids = {pid for _, pid, _ in out[8:]}
    assert len(pids) <= 2 and os.getpid() not in pids
    assert {tag for _, _, tag in out} == {"t"}


def test_small_input_and_one_job_run_in_this_process():
    for items, jobs in ((range(5), 4), (range(100), 1)):
        out = [x for c in map_chunks(_pid, items, {"tag": "t"}, jobs, chunk=8) for x in c]
        assert {pid for _, pid, _ in out} == {os.getpid()}
        assert [x for x, _, _ in out] == list(items)


def test_resolve_jobs():
    cores = os.cpu_count() or 1
    assert resolve_jobs(None) == cores and resolve_jobs(-1) == cores and resolve_jobs(3) == 3
    assert resolve_jobs(-1000) == 1
    with pytest.raises(ValueError, match="n_jobs"):
        resolve_jobs(0)


def test_scorer_method_delegates(scorer):
    results = list(scorer.score_many([ARTICLES[3], ""], n_jobs=1))
    assert isinstance(results[0], Report) and isinstance(results[1], CredscoreError)
