"""The ``credscore`` command line: parses arguments and calls the library.

Exit codes (also in ``credscore --help``):

* 0: success
* 1: ``score``: at least one input could not be scored (the others were)
* 2: bad usage or bad input (missing or unreadable file, empty text, not UTF-8)
* 3: the model could not be loaded
* 4: the training or evaluation data could not be loaded
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .errors import InputError

if TYPE_CHECKING:
    from .model import Scorer

EXIT_OK, EXIT_PARTIAL, EXIT_INPUT, EXIT_MODEL, EXIT_DATA = 0, 1, 2, 3, 4

_EPILOG = """\
examples:
  credscore explain datasets/examples/well-sourced.txt
  credscore explain article.txt --format json -o report.json
  cat article.txt | credscore explain -
  credscore score datasets/examples/*.txt
  credscore extract article.txt --publisher "Harlow Ledger"
  credscore train --data-dir ../shared/datasets --out models
  credscore train --data my_labelled.csv --out my-model
  credscore evaluate --data-dir ../shared/datasets

exit codes:
  0 success · 1 some inputs of a batch failed · 2 bad usage or input
  3 model could not be loaded · 4 data could not be loaded
"""


def read_text(path: str) -> str:
    """Read an article from a path, or standard input for ``-``."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
            where = "standard input"
        else:
            p = Path(path)
            if p.is_dir():
                raise InputError(f"{path}: is a directory, not a text file")
            data = p.read_bytes()
            where = path
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{where}: not UTF-8 text (byte {exc.start}); convert it first") from None
    if not text.strip():
        raise InputError(f"{where}: the text is empty")
    return text


def _err(msg: str) -> None:
    print(f"credscore: error: {msg}", file=sys.stderr)


def _load_scorer(model: str | None, trust: bool = False) -> Scorer:
    from .model import Scorer

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        scorer = Scorer.load(model, trust=trust)
    for w in caught:
        print(f"credscore: warning: {w.message}", file=sys.stderr)
    return scorer


def _color_wanted(stream: TextIO) -> bool:
    # https://no-color.org: a NO_COLOR that is present and not empty turns colour off.
    return stream.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def _write(out: str | None, content: str) -> None:
    if out is None or out == "-":
        sys.stdout.write(content)
    else:
        try:
            Path(out).write_text(content, encoding="utf-8")
        except OSError as exc:
            raise InputError(f"{out}: cannot write: {exc.strerror or exc}") from None


def cmd_explain(args: argparse.Namespace) -> int:
    from .render import render_html, render_json, render_markdown, render_text

    text = read_text(args.file)
    scorer = _load_scorer(args.model, args.trust_model)
    report = scorer.score(text, publisher=args.publisher)
    if args.format == "json":
        content = render_json(report)
    elif args.format == "md":
        content = render_markdown(report)
    elif args.format == "html":
        content = render_html(report)
    else:
        color = args.out in (None, "-") and _color_wanted(sys.stdout)
        content = render_text(report, color=color)
    _write(args.out, content)
    return EXIT_OK


def cmd_score(args: argparse.Namespace) -> int:
    scorer = _load_scorer(args.model, args.trust_model)
    failed = 0
    for path in args.files:
        try:
            text = read_text(path)
            report = scorer.score(text, publisher=args.publisher, explain=False)
        except (InputError, ValueError, TypeError) as exc:
            failed += 1
            _err(str(exc))
            if args.format == "json":
                print(json.dumps({"file": path, "error": str(exc)}, ensure_ascii=False))
            continue
        if args.format == "json":
            print(
                json.dumps(
                    {
                        "file": path,
                        "score": round(report.score, 1),
                        "probability": report.probability,
                        "label": report.label,
                    },
                    ensure_ascii=False,
                )
            )
        else:
            print(f"{report.score:5.1f}  {report.label:<18}  {path}")
        sys.stdout.flush()
    return EXIT_PARTIAL if failed else EXIT_OK


def cmd_extract(args: argparse.Namespace) -> int:
    from .signals import extract

    text = read_text(args.file)
    evidence = extract(text, publisher=args.publisher)
    if args.format == "json":
        _write(
            args.out,
            json.dumps([e.to_dict() for e in evidence], indent=2, ensure_ascii=False) + "\n",
        )
    else:
        lines = [
            f"{e.start:>6}-{e.end:<6} {e.signal:<20} {' '.join(e.text.split())}" for e in evidence
        ]
        _write(args.out, "\n".join(lines) + ("\n" if lines else ""))
    return EXIT_OK


def cmd_train(args: argparse.Namespace) -> int:
    from .data import DataError, load_corpus, load_table
    from .defaults import DEFAULT_CORPORA
    from .evaluation.card import evaluate_for_card
    from .training import train

    try:
        frames = [load_table(p) for p in args.data or []]
        if not frames:
            corpora = args.corpus or list(DEFAULT_CORPORA)
            frames = [load_corpus(c, data_dir=args.data_dir) for c in corpora]
    except DataError as exc:
        _err(str(exc))
        return EXIT_DATA

    def progress(msg: str) -> None:
        print(f"credscore train: {msg}", file=sys.stderr)

    try:
        result = train(
            frames,
            out=args.out,
            kind=args.kind,
            C=args.C,
            seed=args.seed,
            n_jobs=args.n_jobs,
            progress=progress,
            typography=not args.no_typography,
        )
    except ValueError as exc:
        _err(str(exc))
        return EXIT_DATA
    if not args.data and not args.no_evaluate and args.out:
        try:
            evaluate_for_card(
                out=args.out,
                data_dir=args.data_dir,
                C=args.C if args.kind == "logistic" else None,
                progress=progress,
                typography=not args.no_typography,
            )
        except DataError as exc:
            _err(f"the model was written, but its card has no evaluation: {exc}")
            return EXIT_DATA
    cv = result.card["metrics"]["grouped_cv"]
    print(f"model: {result.model_path}")
    print(
        f"articles: {cv['n']}  grouped-CV ROC-AUC {cv['roc_auc']:.3f}  "
        f"PR-AUC {cv['pr_auc']:.3f}  Brier {cv['brier']:.3f}"
    )
    return EXIT_OK


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluation.runner import run

    return run(args)  # 0 ok, 2 usage, 4 data


def cmd_eval_behaviour(args: argparse.Namespace) -> int:
    from .evaluation.behaviour import CASES, HOLDOUT_CASES, format_result, run_suite

    scorer = _load_scorer(args.model, args.trust_model)
    cases = {"development": CASES, "held-out": HOLDOUT_CASES}.get(args.set) or (
        *CASES,
        *HOLDOUT_CASES,
    )
    result = run_suite(lambda text: scorer.score(text, explain=False).score, cases)
    if args.json:
        _write(None, json.dumps(result.to_dict(), indent=2) + "\n")
    else:
        _write(None, format_result(result, max_failures=args.max_failures) + "\n")
    return EXIT_OK


def cmd_eval_signals(args: argparse.Namespace) -> int:
    from .evaluation.signals import main as eval_main

    argv = ["--data-dir", args.data_dir] if args.data_dir else []
    return int(eval_main(argv))


def _add_evaluate_arguments(p: argparse.ArgumentParser) -> None:
    """Add the options of ``credscore evaluate`` to ``p``.

    Each becomes a field of :class:`credscore.evaluation.runner.EvaluationOptions`.
    """
    from .defaults import DEFAULT_EVAL_CORPORA, MIX_TARGETS
    from .evaluation.cache import CACHE_ENV_VAR
    from .evaluation.models import FEATURE_SETS

    p.add_argument(
        "--data-dir", help="where the corpora are (default: $CREDSCORE_DATA or ../shared/datasets)"
    )
    p.add_argument(
        "--corpus",
        action="append",
        metavar="NAME",
        help="a corpus to evaluate on (repeatable; default: every corpus of "
        f"{', '.join(DEFAULT_EVAL_CORPORA)} found in the data dir)",
    )
    p.add_argument(
        "--data",
        action="append",
        metavar="FILE",
        help="your own CSV, JSONL or Parquet file with text, label and (optional) group "
        "columns, evaluated as a corpus named after the file (repeatable)",
    )
    p.add_argument(
        "--mix",
        action="append",
        metavar="NAME",
        help="a corpus of the training mix of sections (a, pooled) and (c) (repeatable; "
        "default: credscore.training.DEFAULT_CORPORA)",
    )
    p.add_argument(
        "--C",
        type=float,
        action="append",
        help="credscore's regularisation (default: credscore.training.DEFAULT_C); "
        "repeatable with --compare-mixes",
    )
    p.add_argument(
        "--features",
        action="append",
        choices=sorted(FEATURE_SETS),
        help="evaluate credscore on a feature subset (default: all); repeatable with "
        "--compare-mixes",
    )
    p.add_argument("--model", help="the saved model of section (d) (default: the shipped one)")
    p.add_argument("--no-boosting", action="store_true", help="leave out the boosting option")
    p.add_argument(
        "--no-typography",
        action="store_true",
        help="the default model's writing patterns normalise quotes and dashes (see "
        "credscore.patterns); with --compare-mixes too",
    )
    p.add_argument(
        "--no-cache", action="store_true", help="neither read nor write the feature cache"
    )
    p.add_argument(
        "--cache-dir",
        help=f"feature cache (default: ${CACHE_ENV_VAR}, else ~/.cache/credscore/features)",
    )
    p.add_argument(
        "--n-jobs", type=int, default=-1, help="parallel featurization (default -1: all cores)"
    )
    p.add_argument("--json", metavar="OUT", help="also write every number as JSON to OUT")
    p.add_argument(
        "--compare-mixes",
        action="store_true",
        help="research: score every candidate training mix (subsets of --pool) by the "
        "leave-one-corpus-out criterion instead of the evaluation",
    )
    p.add_argument(
        "--mix-kind",
        choices=["logistic", "signals"],
        default="logistic",
        help="with --compare-mixes: the model compared (default: logistic, the default model)",
    )
    p.add_argument(
        "--pool",
        action="append",
        metavar="NAME",
        help="with --compare-mixes: the corpora mixes are drawn from (default: every loaded "
        "corpus but polnear, whose label is the outlet's)",
    )
    p.add_argument(
        "--target",
        action="append",
        metavar="NAME",
        help=f"with --compare-mixes: a held-out target (default: {', '.join(MIX_TARGETS)})",
    )


def _trust_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--trust-model",
        action="store_true",
        help="load a --model file that no card vouches for (a model file is a pickle, which "
        "runs code when loaded: only for files you made yourself)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``credscore`` command."""
    from . import __version__
    from .defaults import SEED

    parser = argparse.ArgumentParser(
        prog="credscore",
        description="Score how well a news article is sourced, offline, and explain why.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"credscore {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def common(p: argparse.ArgumentParser, model: bool = True) -> None:
        p.add_argument(
            "--publisher",
            help="the article's own outlet, e.g. 'Harlow Ledger' "
            "(its own interviews are not media sources)",
        )
        if model:
            p.add_argument("--model", help="a model file or directory (default: the bundled model)")
            _trust_argument(p)

    p = sub.add_parser(
        "explain",
        help="score one article and explain the score",
        epilog="example: credscore explain article.txt --format json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("file", help="a UTF-8 text file, or - for standard input")
    p.add_argument(
        "--format",
        choices=["text", "md", "json", "html"],
        default="text",
        help="text: for the terminal (colour on a terminal unless NO_COLOR is set); "
        "md: Markdown; json: schema in docs/report-format.md; "
        "html: one self-contained page with the article highlighted (default: text)",
    )
    p.add_argument("-o", "--out", help="write the report here instead of standard output")
    common(p)
    p.set_defaults(func=cmd_explain)

    p = sub.add_parser(
        "score",
        help="score many articles, one line each",
        epilog="example: credscore score a.txt b.txt --format json",
    )
    p.add_argument("files", nargs="+", help="UTF-8 text files (- for standard input)")
    p.add_argument(
        "--format",
        choices=["text", "json"],
        default="text",
        help="text: 'score  band  file'; json: one JSON object per line",
    )
    common(p)
    p.set_defaults(func=cmd_score)

    p = sub.add_parser(
        "extract",
        help="list the signals found in an article, with offsets",
        epilog="example: credscore extract article.txt --format json",
    )
    p.add_argument("file", help="a UTF-8 text file, or - for standard input")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("-o", "--out", help="write here instead of standard output")
    common(p, model=False)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser(
        "train",
        help="train a model on labelled corpora or your own data",
        epilog="examples:\n  credscore train --out models\n"
        "  credscore train --data labelled.csv --out my-model",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "--data-dir", help="where the corpora are (default: $CREDSCORE_DATA or ../shared/datasets)"
    )
    p.add_argument(
        "--corpus",
        action="append",
        help="a corpus name (repeatable; default: credscore.training.DEFAULT_CORPORA)",
    )
    p.add_argument(
        "--data",
        action="append",
        help="your own CSV, JSONL or Parquet file with "
        "text and label columns (repeatable; replaces --corpus)",
    )
    p.add_argument("--out", default="models", help="output directory (default: models)")
    p.add_argument(
        "--kind",
        choices=["signals", "logistic", "boosting"],
        default="signals",
        help="signals: the credibility indicators in a monotone, calibrated logistic "
        "regression (default); logistic: the indicators and masked writing patterns; "
        "boosting: monotone gradient boosting on the indicators",
    )
    p.add_argument(
        "--C",
        type=float,
        default=None,
        help="logistic regularisation (default: credscore.training.SIGNALS_C, or DEFAULT_C "
        "for --kind logistic)",
    )
    p.add_argument(
        "--no-typography",
        action="store_true",
        help="kept for compatibility: since 0.4.0 every text is normalised (quotes, dashes, "
        "line wraps) before any feature is computed, so this changes nothing",
    )
    p.add_argument(
        "--no-evaluate",
        action="store_true",
        help="do not add the cross-corpus evaluation to the model card (faster)",
    )
    p.add_argument("--seed", type=int, default=SEED)
    p.add_argument("--n-jobs", type=int, default=None, help="parallel featurization")
    p.set_defaults(func=cmd_train)

    p = sub.add_parser(
        "evaluate",
        help="grouped (by outlet) and cross-corpus evaluation against baselines",
        epilog="examples:\n  credscore evaluate --data-dir ../shared/datasets --json eval.json\n"
        "  credscore evaluate --data a.csv --data b.csv",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_evaluate_arguments(p)
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser(
        "eval-behaviour",
        help="run the behavioural suite: the team's articles, each changed one way at a time",
        epilog="example: credscore eval-behaviour --set held-out --max-failures 20",
    )
    p.add_argument(
        "--set",
        choices=["development", "held-out", "all"],
        default="all",
        help="development: the 25 articles settings were chosen on; held-out: 12 written "
        "separately; all: both (default)",
    )
    p.add_argument("--model", help="a model file or directory (default: the bundled model)")
    _trust_argument(p)
    p.add_argument("--json", action="store_true", help="every number as JSON")
    p.add_argument("--max-failures", type=int, default=None, help="list at most N failures")
    p.set_defaults(func=cmd_eval_behaviour)

    p = sub.add_parser("eval-signals", help="measure the signals on PolNeAR and CoNLL-2010")
    p.add_argument("--data-dir", help="where the corpora are")
    p.set_defaults(func=cmd_eval_signals)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    from .model import ModelLoadError

    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_INPUT
    try:
        return int(args.func(args))
    except InputError as exc:
        _err(str(exc))
        return EXIT_INPUT
    except ModelLoadError as exc:
        _err(str(exc))
        return EXIT_MODEL
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
