"""Run the behavioural (CheckList) suite of :mod:`.cases` against a scorer.

:func:`run_suite` takes any function from a text to a score between 0 and 100 and returns a
:class:`SuiteResult`: the share of directional variants whose score moves the expected way by at
least :data:`DIRECTIONAL_MIN_DELTA` points, the share of invariance (cosmetic) variants whose
score moves by at most :data:`COSMETIC_MAX_DELTA` points, both overall and per kind, the mean
score of the well- and of the weakly-sourced bases, and every failing variant.

``credscore eval-behaviour`` prints the numbers for the default credscore model
(``--model PATH`` for another, ``--holdout`` for the second, held-out set of cases,
``--json`` for machine-readable output); ``make evaluate`` and the model card report them.

>>> result = run_suite(lambda text: 50.0 + 10.0 * text.count("said"))
>>> result.n_bases >= 20 and 0.0 <= result.directional_pass_rate <= 1.0
True
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field

from .cases import CASES, Case

DIRECTIONAL_MIN_DELTA = 1.0
"""A directional variant passes when its score moves the expected way by at least this much."""
COSMETIC_MAX_DELTA = 2.0
"""An invariance variant passes when its score moves by at most this much, either way."""

# The bars the tests hold the default model to.
DIRECTIONAL_BAR = 0.90
COSMETIC_BAR = 0.95
SEPARATION_BAR = 30.0

ScoreFn = Callable[[str], float]


@dataclass(frozen=True)
class Outcome:
    """The scores of one variant and of its base."""

    case: str
    quality: str
    kind: str
    direction: str
    base_score: float
    variant_score: float

    @property
    def delta(self) -> float:
        return self.variant_score - self.base_score

    @property
    def passed(self) -> bool:
        if self.direction == "down":
            return self.delta <= -DIRECTIONAL_MIN_DELTA
        if self.direction == "up":
            return self.delta >= DIRECTIONAL_MIN_DELTA
        return abs(self.delta) <= COSMETIC_MAX_DELTA

    @property
    def at_bound(self) -> bool:
        """The base is too close to 0 or 100 for the score to move the expected way at all."""
        if self.direction == "up":
            return self.base_score > 100.0 - DIRECTIONAL_MIN_DELTA
        if self.direction == "down":
            return self.base_score < DIRECTIONAL_MIN_DELTA
        return False

    def describe(self) -> str:
        return (
            f"{self.case} [{self.quality}] {self.kind} ({self.direction}): "
            f"{self.base_score:.1f} -> {self.variant_score:.1f} ({self.delta:+.1f})"
        )

    def to_dict(self) -> dict[str, object]:
        return {**asdict(self), "delta": self.delta, "passed": self.passed}


@dataclass(frozen=True)
class Rate:
    """How many of a group of variants passed, and their mean score change."""

    passed: int
    total: int
    mean_delta: float

    @property
    def rate(self) -> float:
        return self.passed / self.total if self.total else float("nan")

    def to_dict(self) -> dict[str, float | int]:
        return {
            "passed": self.passed,
            "total": self.total,
            "rate": self.rate,
            "mean_delta": self.mean_delta,
        }


def _rate(outcomes: Sequence[Outcome]) -> Rate:
    n = len(outcomes)
    mean = sum(o.delta for o in outcomes) / n if n else float("nan")
    return Rate(sum(o.passed for o in outcomes), n, mean)


def _by(outcomes: Iterable[Outcome], key: Callable[[Outcome], str]) -> dict[str, Rate]:
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        groups[key(o)].append(o)
    return {k: _rate(v) for k, v in sorted(groups.items())}


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else float("nan")


@dataclass(frozen=True)
class SuiteResult:
    """The numbers of one run of the suite."""

    base_scores: dict[str, float]
    base_quality: dict[str, str]
    outcomes: tuple[Outcome, ...]
    directional: Rate = field(init=False)
    cosmetic: Rate = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "directional", _rate(self.directional_outcomes))
        object.__setattr__(self, "cosmetic", _rate(self.cosmetic_outcomes))

    # --- counts ---
    @property
    def n_bases(self) -> int:
        return len(self.base_scores)

    @property
    def directional_outcomes(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.direction != "same")

    @property
    def cosmetic_outcomes(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.direction == "same")

    # --- directional expectation ---
    @property
    def directional_pass_rate(self) -> float:
        return self.directional.rate

    @property
    def directional_by_kind(self) -> dict[str, Rate]:
        return _by(self.directional_outcomes, lambda o: f"{o.direction}:{o.kind}")

    @property
    def directional_by_direction(self) -> dict[str, Rate]:
        return _by(self.directional_outcomes, lambda o: f"{o.direction} ({o.quality} bases)")

    # --- invariance ---
    @property
    def cosmetic_pass_rate(self) -> float:
        return self.cosmetic.rate

    @property
    def cosmetic_by_kind(self) -> dict[str, Rate]:
        return _by(self.cosmetic_outcomes, lambda o: o.kind)

    # --- minimum functionality ---
    def _scores(self, quality: str) -> list[float]:
        return [s for name, s in self.base_scores.items() if self.base_quality[name] == quality]

    @property
    def mean_well(self) -> float:
        return _mean(self._scores("well"))

    @property
    def mean_weak(self) -> float:
        return _mean(self._scores("weak"))

    @property
    def well_minus_weak(self) -> float:
        return self.mean_well - self.mean_weak

    @property
    def min_well_minus_max_weak(self) -> float:
        """The margin between the lowest well base and the highest weak one."""
        return min(self._scores("well")) - max(self._scores("weak"))

    # --- failures ---
    @property
    def failures(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if not o.passed)

    @property
    def directional_failures(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.failures if o.direction != "same")

    @property
    def cosmetic_failures(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.failures if o.direction == "same")

    def to_dict(self) -> dict[str, object]:
        """Every number, JSON-serialisable."""
        return {
            "n_bases": self.n_bases,
            "n_well": len(self._scores("well")),
            "n_weak": len(self._scores("weak")),
            "n_directional": self.directional.total,
            "n_cosmetic": self.cosmetic.total,
            "directional_pass_rate": self.directional_pass_rate,
            "directional_by_kind": {k: r.to_dict() for k, r in self.directional_by_kind.items()},
            "directional_by_direction": {
                k: r.to_dict() for k, r in self.directional_by_direction.items()
            },
            "directional_failures_at_bound": sum(o.at_bound for o in self.directional_failures),
            "cosmetic_pass_rate": self.cosmetic_pass_rate,
            "cosmetic_by_kind": {k: r.to_dict() for k, r in self.cosmetic_by_kind.items()},
            "mean_well": self.mean_well,
            "mean_weak": self.mean_weak,
            "well_minus_weak": self.well_minus_weak,
            "min_well_minus_max_weak": self.min_well_minus_max_weak,
            "base_scores": dict(self.base_scores),
            "failures": [o.to_dict() for o in self.failures],
            "bars": {
                "directional_pass_rate": DIRECTIONAL_BAR,
                "cosmetic_pass_rate": COSMETIC_BAR,
                "well_minus_weak": SEPARATION_BAR,
            },
        }


def run_suite(score_fn: ScoreFn, cases: Sequence[Case] = CASES) -> SuiteResult:
    """Score every base and variant of ``cases`` with ``score_fn`` (text -> 0..100).

    Texts are scored once each, even when two variants happen to produce the same text.
    """
    cache: dict[str, float] = {}

    def score(text: str) -> float:
        if text not in cache:
            cache[text] = float(score_fn(text))
        return cache[text]

    base_scores: dict[str, float] = {}
    base_quality: dict[str, str] = {}
    outcomes: list[Outcome] = []
    for case in cases:
        base = score(case.text)
        base_scores[case.name] = base
        base_quality[case.name] = case.quality
        for variant in case.variants:
            outcomes.append(
                Outcome(
                    case=case.name,
                    quality=case.quality,
                    kind=variant.kind,
                    direction=variant.direction,
                    base_score=base,
                    variant_score=score(variant.apply(case.text)),
                )
            )
    return SuiteResult(base_scores, base_quality, tuple(outcomes))


# ---------------------------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------------------------


def _mark(ok: bool) -> str:
    return "pass" if ok else "FAIL"


def _rate_rows(title: str, rates: dict[str, Rate]) -> list[str]:
    rows = [f"  {title:<34} {'passed':>6} {'total':>5} {'rate':>6} {'mean delta':>11}"]
    for name, r in rates.items():
        rows.append(
            f"  {name:<34} {r.passed:>6} {r.total:>5} {r.rate:>6.2f} {r.mean_delta:>+11.2f}"
        )
    return rows


def format_result(result: SuiteResult, *, max_failures: int | None = None) -> str:
    """A readable table of ``result``."""
    d = result.to_dict()
    lines = [
        f"Behavioural suite (CheckList): {d['n_bases']} bases ({d['n_well']} well-sourced, "
        f"{d['n_weak']} weakly sourced), {d['n_directional']} directional and "
        f"{d['n_cosmetic']} invariance variants",
        "",
        "Minimum functionality: well-sourced bases should score far above weakly sourced ones",
        f"  mean well {result.mean_well:.1f}, mean weak {result.mean_weak:.1f}, "
        f"well - weak {result.well_minus_weak:+.1f} (bar >= {SEPARATION_BAR:.0f}: "
        f"{_mark(result.well_minus_weak >= SEPARATION_BAR)}); "
        f"lowest well - highest weak {result.min_well_minus_max_weak:+.1f}",
        "",
        f"Directional expectation: score moves the expected way by >= {DIRECTIONAL_MIN_DELTA:g} "
        f"point: {result.directional_pass_rate:.3f} (bar >= {DIRECTIONAL_BAR:.2f}: "
        f"{_mark(result.directional_pass_rate >= DIRECTIONAL_BAR)})",
        *_rate_rows("kind", result.directional_by_kind),
        *_rate_rows("direction", result.directional_by_direction),
        f"  failures where the base is within {DIRECTIONAL_MIN_DELTA:g} point of 0 or 100: "
        f"{d['directional_failures_at_bound']}",
        "",
        f"Invariance: score moves by <= {COSMETIC_MAX_DELTA:g} points: "
        f"{result.cosmetic_pass_rate:.3f} (bar >= {COSMETIC_BAR:.2f}: "
        f"{_mark(result.cosmetic_pass_rate >= COSMETIC_BAR)})",
        *_rate_rows("kind", result.cosmetic_by_kind),
        "",
        "Base scores",
    ]
    for name, s in sorted(result.base_scores.items(), key=lambda kv: -kv[1]):
        lines.append(f"  {name:<30} {result.base_quality[name]:<5} {s:6.1f}")
    failures = result.failures
    lines += ["", f"Failures ({len(failures)})"]
    shown = failures if max_failures is None else failures[:max_failures]
    lines += [f"  {o.describe()}" for o in shown]
    if len(shown) < len(failures):
        lines.append(f"  ... and {len(failures) - len(shown)} more")
    return "\n".join(lines)
