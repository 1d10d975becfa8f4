"""Behavioural (CheckList) tests: the suite's data is sound, and the default model meets the bars.

The data tests check the cases of :mod:`credscore.evaluation.behaviour.cases` and of its held-out
set; the bar tests score every base and variant once per module with
``credscore.score(text).score`` (see :mod:`credscore.evaluation.behaviour.suite`) and hold the
model to:

- directional expectation: >= 90% of directional variants move the expected way by >= 1 point;
- invariance: >= 95% of cosmetic variants move by <= 2 points;
- minimum functionality: mean(well-sourced) - mean(weakly sourced) >= 30 points.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

import pytest

from credscore.evaluation import behaviour
from credscore.evaluation.behaviour.cases import (
    CASES,
    DOWN_KINDS,
    KINDS,
    UP_KINDS,
    Case,
    Variant,
    apply_edits,
    apply_renames,
    count_words,
    crlf_line_endings,
    curly_typography,
    rewrap_72,
    straight_typography,
)
from credscore.evaluation.behaviour.cases_aspen import ASPEN_CASES
from credscore.evaluation.behaviour.cases_autumn import AUTUMN_CASES
from credscore.evaluation.behaviour.cases_birch import BIRCH_CASES
from credscore.evaluation.behaviour.cases_blind import BLIND_CASES
from credscore.evaluation.behaviour.cases_brook import BROOK_CASES
from credscore.evaluation.behaviour.cases_cold import COLD_CASES
from credscore.evaluation.behaviour.cases_ember import EMBER_CASES
from credscore.evaluation.behaviour.cases_final import FINAL_CASES
from credscore.evaluation.behaviour.cases_fresh import FRESH_CASES
from credscore.evaluation.behaviour.cases_frost import FROST_CASES
from credscore.evaluation.behaviour.cases_gale import GALE_CASES
from credscore.evaluation.behaviour.cases_harvest import HARVEST_CASES
from credscore.evaluation.behaviour.cases_holdout import HOLDOUT_CASES
from credscore.evaluation.behaviour.cases_lantern import LANTERN_CASES
from credscore.evaluation.behaviour.cases_last import LAST_CASES
from credscore.evaluation.behaviour.cases_late import LATE_CASES
from credscore.evaluation.behaviour.cases_meadow import MEADOW_CASES
from credscore.evaluation.behaviour.cases_orchard import ORCHARD_CASES
from credscore.evaluation.behaviour.cases_quarry import QUARRY_CASES
from credscore.evaluation.behaviour.cases_ridge import RIDGE_CASES
from credscore.evaluation.behaviour.cases_rowan import ROWAN_CASES
from credscore.evaluation.behaviour.cases_spring import SPRING_CASES
from credscore.evaluation.behaviour.cases_summer import SUMMER_CASES
from credscore.evaluation.behaviour.cases_thaw import THAW_CASES
from credscore.evaluation.behaviour.cases_willow import WILLOW_CASES
from credscore.evaluation.behaviour.cases_winter import WINTER_CASES
from credscore.evaluation.behaviour.suite import (
    COSMETIC_BAR,
    COSMETIC_MAX_DELTA,
    DIRECTIONAL_BAR,
    DIRECTIONAL_MIN_DELTA,
    SEPARATION_BAR,
    Outcome,
    SuiteResult,
    run_suite,
)

ALL_CASES = (
    *CASES,
    *HOLDOUT_CASES,
    *FRESH_CASES,
    *BLIND_CASES,
    *FINAL_CASES,
    *COLD_CASES,
    *LATE_CASES,
    *LAST_CASES,
    *WINTER_CASES,
    *SPRING_CASES,
    *SUMMER_CASES,
    *AUTUMN_CASES,
    *HARVEST_CASES,
    *FROST_CASES,
    *EMBER_CASES,
    *THAW_CASES,
    *LANTERN_CASES,
    *GALE_CASES,
    *ORCHARD_CASES,
    *RIDGE_CASES,
    *QUARRY_CASES,
    *MEADOW_CASES,
    *BROOK_CASES,
    *WILLOW_CASES,
    *ASPEN_CASES,
    *BIRCH_CASES,
    *ROWAN_CASES,
)
ALL_VARIANTS = [(case, v) for case in ALL_CASES for v in case.variants]
EDITED = [(case, v) for case, v in ALL_VARIANTS if v.edits]
RENAMED = [(case, v) for case, v in ALL_VARIANTS if v.renames]


def _id(pair: tuple[Case, Variant]) -> str:
    case, variant = pair[0], pair[1]
    index = case.variants.index(variant)
    return f"{case.name}-{index}-{variant.kind}"


# ---------------------------------------------------------------------------------------------
# The data
# ---------------------------------------------------------------------------------------------


def test_enough_bases_of_each_quality() -> None:
    quality = Counter(case.quality for case in CASES)
    assert len(CASES) >= 20
    assert quality["well"] >= 14
    assert quality["weak"] >= 8
    assert set(quality) == {"well", "weak"}
    assert len({case.name for case in ALL_CASES}) == len(ALL_CASES)
    assert len({case.text for case in ALL_CASES}) == len(ALL_CASES)
    assert len(HOLDOUT_CASES) >= 12


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda c: c.name)
def test_base_text_is_a_short_plain_article(case: Case) -> None:
    assert 120 <= count_words(case.text) <= 300
    # straight quotes and plain dashes (the typography variants add the curly ones), or, in
    # the sets written later, curly ones throughout with a variant that makes them straight;
    # other characters, such as a pound sign, are fine
    curly = set(case.text) & set("\u2018\u2019\u201c\u201d\u2013\u2014\u2026")
    if curly:
        assert '"' not in case.text, "a curly base has no straight double quotes"
        assert any(v.kind == "typography_straight" for v in case.variants), (
            "a base in curly quotes has a variant that makes them straight"
        )
    else:
        assert case.text.count('"') % 2 == 0, "unbalanced double quotes"
    assert "\r" not in case.text
    headline, _, body = case.text.partition("\n\n")
    assert "\n" not in headline and body.count("\n\n") >= 3


@pytest.mark.parametrize("pair", EDITED, ids=_id)
def test_each_edit_target_occurs_once_and_changes_the_text(pair: tuple[Case, Variant]) -> None:
    case, variant = pair
    for old, new in variant.edits:
        assert old != new
        assert case.text.count(old) == 1, f"{old!r} occurs {case.text.count(old)} times"
    variant.apply(case.text)  # each target also occurs once when the edits before it are made


def _has_word(text: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


@pytest.mark.parametrize("pair", RENAMED, ids=_id)
def test_renames_are_consistent(pair: tuple[Case, Variant]) -> None:
    case, variant = pair
    text = apply_edits(case.text, variant.edits)
    for old, new in variant.renames:
        assert old != new
        assert _has_word(text, old), old
        assert not _has_word(text, new), f"{new!r} is already in the article"
        text = apply_renames(text, [(old, new)])
        assert not _has_word(text, old), f"{old!r} is left after renaming"


@pytest.mark.parametrize("pair", ALL_VARIANTS, ids=_id)
def test_every_variant_changes_the_text(pair: tuple[Case, Variant]) -> None:
    case, variant = pair
    assert variant.kind in KINDS[variant.direction]
    text = variant.apply(case.text)
    assert text != case.text
    assert 100 <= count_words(text) <= 330


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda c: c.name)
def test_each_base_has_the_variant_mix(case: Case) -> None:
    kinds = Counter(v.kind for v in case.variants)
    down = sum(kinds[k] for k in DOWN_KINDS)
    up = sum(kinds[k] for k in UP_KINDS)
    for kind in ("line_wrap", "crlf", "names"):
        assert kinds[kind] >= 1, kind
    assert kinds["typography_curly"] + kinds["typography_straight"] >= 1
    assert kinds["weekday"] + kinds["minor_number"] >= 1
    if case.quality == "well":
        assert down >= 2 and up >= 1, (down, up)
    else:
        assert up >= 2 and down >= 1, (down, up)


def test_enough_variants_overall() -> None:
    directions = Counter(v.direction for _, v in ALL_VARIANTS)
    assert directions["down"] + directions["up"] >= 120
    assert directions["same"] >= 100
    kinds = Counter(v.kind for _, v in ALL_VARIANTS)
    for kind in (*DOWN_KINDS, *UP_KINDS):
        assert kinds[kind] >= 8, kind


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda c: c.name)
def test_generic_transforms_change_only_form(case: Case) -> None:
    text = case.text
    curly = curly_typography(text)
    assert '"' not in curly and "'" not in curly and "--" not in curly
    straight = straight_typography(text).replace("--", "-")
    assert straight_typography(curly).replace("--", "-") == straight
    wrapped = rewrap_72(text)
    assert max(len(line) for line in wrapped.splitlines()) <= 72
    assert wrapped.split() == text.split()
    assert wrapped.count("\n\n") == text.count("\n\n")
    assert crlf_line_endings(text).replace("\r\n", "\n") == text


def test_the_registry_holds_every_set_in_order() -> None:
    assert behaviour.ALL_CASES == ALL_CASES
    assert list(behaviour.SETS) == [
        "development",
        "held_out",
        "fresh",
        "blind",
        "final",
        "cold",
        "late",
        "last",
        "winter",
        "spring",
        "summer",
        "autumn",
        "harvest",
        "frost",
        "ember",
        "thaw",
        "lantern",
        "gale",
        "orchard",
        "ridge",
        "quarry",
        "meadow",
        "brook",
        "willow",
        "aspen",
        "birch",
        "rowan",
    ]


def test_rename_is_whole_word() -> None:
    assert apply_renames("Marsh and Marshall", [("Marsh", "Reed")]) == "Reed and Marshall"


# ---------------------------------------------------------------------------------------------
# The bars, for the default model
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def result() -> SuiteResult:
    import credscore

    # The twenty-seven sets together: the held-out, fresh, blind, final, cold, late, last,
    # winter, spring, summer, autumn, harvest, frost, ember, thaw, lantern, gale, orchard, ridge,
    # quarry, meadow, brook, willow, aspen, birch and rowan cases were written separately and
    # chose no setting before they were measured (each was scored blind once, then its failures
    # were read).
    return run_suite(lambda text: credscore.score(text, explain=False).score, ALL_CASES)


def _listing(outcomes: Iterable[Outcome]) -> str:
    return "\n".join(f"  {o.describe()}" for o in outcomes)


def test_directional_expectations(result: SuiteResult) -> None:
    failures = result.directional_failures
    rate = result.directional_pass_rate
    assert rate >= DIRECTIONAL_BAR, (
        f"{rate:.3f} of {result.directional.total} directional variants "
        f"moved the expected way by >= {DIRECTIONAL_MIN_DELTA:g} point "
        f"(bar {DIRECTIONAL_BAR}); {len(failures)} failed:\n{_listing(failures)}"
    )


def test_cosmetic_invariance(result: SuiteResult) -> None:
    failures = result.cosmetic_failures
    rate = result.cosmetic_pass_rate
    assert rate >= COSMETIC_BAR, (
        f"{rate:.3f} of {result.cosmetic.total} cosmetic variants moved by "
        f"<= {COSMETIC_MAX_DELTA:g} points (bar {COSMETIC_BAR}); {len(failures)} failed:\n"
        f"{_listing(failures)}"
    )


def test_well_sourced_score_far_above_weakly_sourced(result: SuiteResult) -> None:
    scores = "\n".join(
        f"  {name} [{result.base_quality[name]}]: {score:.1f}"
        for name, score in sorted(result.base_scores.items(), key=lambda kv: -kv[1])
    )
    gap = result.well_minus_weak
    assert gap >= SEPARATION_BAR, (
        f"mean(well) {result.mean_well:.1f} - mean(weak) {result.mean_weak:.1f} = "
        f"{gap:.1f} < {SEPARATION_BAR}; base scores:\n{scores}"
    )
