"""The score index of :mod:`credscore.report`: linear in the middle, monotone, invertible."""

import math

import pytest

from credscore.report import (
    LINEAR_RANGE,
    POINTS_PER_LOGIT,
    index_logit,
    points_for,
    score_index,
)

_GRID = [i / 50 for i in range(-500, 501)]  # log-odds from -10 to 10


def test_index_meets_the_logistic_curve_at_10_50_and_90():
    for u in (-math.log(9), 0.0, math.log(9)):
        assert score_index(u) == pytest.approx(100 / (1 + math.exp(-u)), abs=1e-9)


def test_index_is_one_line_across_its_linear_range():
    low, high = LINEAR_RANGE
    for score in (low, 10.0, 25.0, 50.0, 90.0, high):
        u = (score - 50.0) / POINTS_PER_LOGIT
        assert score_index(u) == pytest.approx(score, abs=1e-9)


def test_index_is_strictly_increasing_and_stays_inside_0_100():
    scores = [score_index(u) for u in _GRID]
    assert all(a < b for a, b in zip(scores, scores[1:], strict=False))
    assert 0 < scores[0] < 0.01 and 99.99 < scores[-1] < 100


def test_index_has_no_jump_and_no_kink_at_the_joins():
    h = 1e-6
    for u in ((s - 50.0) / POINTS_PER_LOGIT for s in LINEAR_RANGE):
        assert score_index(u - h) == pytest.approx(score_index(u + h), abs=1e-4)
        left = (score_index(u) - score_index(u - h)) / h
        right = (score_index(u + h) - score_index(u)) / h
        assert left == pytest.approx(POINTS_PER_LOGIT, rel=1e-3)
        assert right == pytest.approx(POINTS_PER_LOGIT, rel=1e-3)


def test_points_add_up_exactly_inside_the_linear_range():
    # Three contributions that keep every partial sum inside 10..90.
    base, parts = -1.5, (0.8, -0.3, 1.1)
    total = sum(points_for(base + sum(parts[: i + 1]), c) for i, c in enumerate(parts))
    assert total == pytest.approx(score_index(base + sum(parts)) - score_index(base), abs=1e-9)
    assert points_for(0.0, 0.5) == pytest.approx(0.5 * POINTS_PER_LOGIT)


def test_points_are_smaller_in_the_tails_but_never_zero():
    assert (
        0 < points_for(-6.0, 0.1) < points_for(-2.0, 0.1) == pytest.approx(0.1 * POINTS_PER_LOGIT)
    )


@pytest.mark.parametrize("u", [-9.0, -3.0, -2.1, -0.4, 0.0, 1.7, 2.5, 6.0])
def test_index_logit_inverts_the_index(u):
    assert index_logit(score_index(u)) == pytest.approx(u, abs=1e-9)


@pytest.mark.parametrize("bad", [0.0, 100.0, -1.0, 120.0, math.nan])
def test_index_logit_refuses_scores_outside_0_100(bad):
    with pytest.raises(ValueError, match="strictly between 0 and 100"):
        index_logit(bad)
