"""``credscore evaluate`` as a plain function: options in, report and exit code out.

:func:`run_evaluation` finds and loads the corpora, runs the evaluation
(:func:`~credscore.evaluation.protocol.evaluate`) or the mix search
(:func:`~credscore.evaluation.mixes.compare_mixes`), renders the text and writes the JSON. It
parses no command line: :mod:`credscore.cli` builds the ``evaluate`` parser and turns its
arguments into :class:`EvaluationOptions`.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from credscore import __version__
from credscore.data import DataError, default_data_dir
from credscore.data._common import get_spec
from credscore.defaults import DEFAULT_EVAL_CORPORA, MIX_C_GRID, MIX_TARGETS
from credscore.errors import EXIT_DATA, EXIT_INPUT, EXIT_OK
from credscore.evaluation.cache import signal_code_hash
from credscore.evaluation.corpora import load_eval_corpora
from credscore.evaluation.mixes import MixResult, candidate_mixes, compare_mixes, render_mixes
from credscore.evaluation.models import FEATURE_SETS, default_models
from credscore.evaluation.protocol import EvaluationReport, evaluate, jsonable
from credscore.evaluation.text import render_text

__all__ = [
    "EXIT_DATA",
    "EXIT_OK",
    "EXIT_USAGE",
    "EvaluationOptions",
    "EvaluationOutcome",
    "run",
    "run_evaluation",
]

#: Exit codes of :func:`run_evaluation` (those of the ``credscore`` command line).
EXIT_USAGE = EXIT_INPUT


@dataclass
class EvaluationOptions:
    """What to evaluate, and how: one field per option of ``credscore evaluate``.

    Attributes
    ----------
    corpora : sequence of str
        Named corpora (``--corpus``); with no ``files`` either, every corpus of
        :data:`~credscore.defaults.DEFAULT_EVAL_CORPORA` found under ``data_dir``.
    files : sequence of str
        The user's own CSV, JSONL or Parquet files (``--data``).
    data_dir : str, optional
        Where the corpora are (default :func:`credscore.data.default_data_dir`).
    mix : sequence of str, optional
        The training mix of sections (a, pooled) and (c) (``--mix``).
    C : sequence of float
        credscore's regularisation: one value, or several with ``compare_mixes``.
    features : sequence of str
        Keys of :data:`~credscore.evaluation.models.FEATURE_SETS`: one, or several with
        ``compare_mixes``.
    model : str, optional
        The saved model of section (d) (default: the shipped one).
    boosting : bool
        Include the boosting option.
    typography : bool
        Whether the writing patterns keep quotes and dashes as typed.
    use_cache : bool
        Read and write the feature cache.
    cache_dir : str, optional
    n_jobs : int, optional
        Parallel featurization.
    json_out : str, optional
        Also write every number as JSON to this file (``--json``).
    compare_mixes : bool
        Run the mix search instead of the evaluation.
    mix_kind : {"logistic", "signals"}
        The model the mix search compares.
    pool : sequence of str
        The corpora the candidate mixes are drawn from (default: every loaded corpus but
        ``polnear``).
    targets : sequence of str
        The mix search's held-out targets (default: the loaded ones of
        :data:`~credscore.defaults.MIX_TARGETS`).
    """

    corpora: Sequence[str] = ()
    files: Sequence[str] = ()
    data_dir: str | None = None
    mix: Sequence[str] | None = None
    C: Sequence[float] = ()
    features: Sequence[str] = ()
    model: str | None = None
    boosting: bool = True
    typography: bool = True
    use_cache: bool = True
    cache_dir: str | None = None
    n_jobs: int | None = -1
    json_out: str | None = None
    compare_mixes: bool = False
    mix_kind: str = "logistic"
    pool: Sequence[str] = ()
    targets: Sequence[str] = ()

    @classmethod
    def from_namespace(cls, args: Any) -> EvaluationOptions:
        """The options of parsed ``credscore evaluate`` arguments (named after the flags)."""
        return cls(
            corpora=list(args.corpus or []),
            files=list(args.data or []),
            data_dir=args.data_dir,
            mix=args.mix,
            C=list(args.C or []),
            features=list(args.features or []),
            model=args.model,
            boosting=not args.no_boosting,
            typography=not args.no_typography,
            use_cache=not args.no_cache,
            cache_dir=args.cache_dir,
            n_jobs=args.n_jobs,
            json_out=args.json,
            compare_mixes=args.compare_mixes,
            mix_kind=args.mix_kind,
            pool=list(args.pool or []),
            targets=list(args.target or []),
        )


@dataclass
class EvaluationOutcome:
    """What :func:`run_evaluation` did.

    Attributes
    ----------
    code : int
        :data:`EXIT_OK`; :data:`EXIT_USAGE` for bad options or a JSON file that cannot be
        written; :data:`EXIT_DATA` if the data could not be loaded.
    text : str
        The rendered report or mix table ("" if none was made).
    report : EvaluationReport, optional
        The evaluation (not with ``compare_mixes``).
    mixes : list of MixResult, optional
        The mix search's results (with ``compare_mixes``).
    error : str, optional
        Why the code is not :data:`EXIT_OK`.
    """

    code: int
    text: str = ""
    report: EvaluationReport | None = None
    mixes: list[MixResult] | None = None
    error: str | None = None


def _write_json(path: str, data: Any) -> None:
    from credscore._io import atomic_write_text

    atomic_write_text(path, json.dumps(jsonable(data), indent=2) + "\n")


def _present_corpora(data_dir: str | None, progress: Callable[[str], None]) -> list[str]:
    """The corpora of :data:`DEFAULT_EVAL_CORPORA` whose folder is under the data dir.

    All of them if the data dir is absent or holds none (so that loading reports what is
    missing).
    """
    root = Path(data_dir) if data_dir else default_data_dir()
    names = list(DEFAULT_EVAL_CORPORA)
    if root is not None and root.is_dir():
        present = [n for n in names if (root / get_spec(n).folder).is_dir()]
        for n in names:
            if n not in present:
                progress(f"{n}: not found under {root}; left out")
        names = present or names
    return names


def run_evaluation(
    options: EvaluationOptions,
    write: Callable[[str], Any] | None = None,
    progress: Callable[[str], None] | None = None,
) -> EvaluationOutcome:
    """Run ``credscore evaluate``: load the corpora, evaluate (or compare mixes), render.

    Parameters
    ----------
    options : EvaluationOptions
    write : callable, optional
        Called with the rendered text as soon as it is made (before the JSON is written);
        the text is also in the outcome.
    progress : callable, optional
        Called with short progress messages.

    Returns
    -------
    EvaluationOutcome
        The exit code, the text, the report (or mix results) and the error, if any.
    """
    say = progress or (lambda _msg: None)
    show = write or (lambda _text: None)

    def failed(msg: str, code: int) -> EvaluationOutcome:
        return EvaluationOutcome(code=code, error=msg)

    if not options.compare_mixes and (len(options.C) > 1 or len(options.features) > 1):
        return failed(
            "--C and --features take one value each, except with --compare-mixes", EXIT_USAGE
        )
    names = list(options.corpora)
    if not names and not options.files:
        names = _present_corpora(options.data_dir, say)
    t0 = time.perf_counter()
    say(f"feature cache key {__version__}-{signal_code_hash()}")
    try:
        corpora = load_eval_corpora(
            names,
            options.files,
            data_dir=options.data_dir,
            cache_dir=options.cache_dir,
            use_cache=options.use_cache,
            n_jobs=options.n_jobs,
            progress=say,
        )
    except (DataError, ValueError) as exc:
        return failed(str(exc), EXIT_DATA)
    outcome = EvaluationOutcome(code=EXIT_OK)
    try:
        if options.compare_mixes:
            pool = list(options.pool) or [n for n in corpora if n != "polnear"]
            unknown = [n for n in [*pool, *options.targets] if n not in corpora]
            if unknown:
                return failed(f"--pool/--target corpus(es) {unknown} not loaded", EXIT_USAGE)
            targets = list(options.targets) or [t for t in MIX_TARGETS if t in corpora]
            if not targets:
                return failed(
                    f"none of the targets {list(MIX_TARGETS)} is loaded; use --target", EXIT_USAGE
                )
            sets = {k: FEATURE_SETS[k] for k in (options.features or ["all"])}
            res = compare_mixes(
                corpora,
                candidate_mixes(pool),
                targets=targets,
                C_values=options.C or MIX_C_GRID[options.mix_kind],
                feature_sets=sets,
                progress=say,
                kind=options.mix_kind,
                typography=options.typography,
            )
            outcome.mixes = res
            outcome.text = render_mixes(res, targets=targets)
            show(outcome.text)
            say(f"took {time.perf_counter() - t0:.1f} s")
            if options.json_out:
                _write_json(options.json_out, [asdict(r) for r in res])
            return outcome
        feats = FEATURE_SETS[options.features[0]] if options.features else None
        report = evaluate(
            corpora,
            mix=options.mix,
            models=default_models(
                C=options.C[0] if options.C else None,
                features=feats,
                boosting=options.boosting,
                typography=options.typography,
            ),
            model_path=options.model,
            progress=say,
        )
        report.seconds = round(time.perf_counter() - t0, 1)
        outcome.report = report
        outcome.text = render_text(report)
        show(outcome.text)
        if options.json_out:
            _write_json(options.json_out, report.to_dict())
    except ValueError as exc:
        return failed(str(exc), EXIT_USAGE)
    except OSError as exc:
        outcome.code = EXIT_USAGE
        outcome.error = f"{options.json_out}: cannot write: {exc.strerror or exc}"
    return outcome


def run(args: Any) -> int:
    """Run ``credscore evaluate`` with parsed arguments; return the exit code.

    ``args`` holds the options of ``credscore evaluate`` (as :mod:`credscore.cli` parses
    them). Progress and errors go to standard error, the report to standard output. 0
    success, 2 bad usage (or the JSON file cannot be written), 4 the data could not be
    loaded (the CLI's exit codes).
    """

    def progress(msg: str) -> None:
        print(f"credscore evaluate: {msg}", file=sys.stderr, flush=True)

    outcome = run_evaluation(
        EvaluationOptions.from_namespace(args), write=sys.stdout.write, progress=progress
    )
    if outcome.error is not None:
        print(f"credscore evaluate: error: {outcome.error}", file=sys.stderr)
    return outcome.code
