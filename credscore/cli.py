"""The ``credscore`` command line: parses arguments and calls the library.

Exit codes (also in ``credscore --help``):

* 0: success
* 1: ``score``: at least one record could not be scored; its row has ``error`` set, and
  every other record was scored and written
* 2: bad usage, input or output: a missing, unreadable, binary, non-UTF-8 or empty input,
  not enough text to score, an output that would overwrite an input or an existing file
  (without ``--force``), an output that cannot be written (a full disk); for ``score`` also
  a table without its text or id column (the message names the columns found), ``--resume``
  without ``-o``, ``--format`` with ``-o``, an unknown output extension, no articles found
* 3: the model could not be loaded (missing, unverified, corrupt or foreign)
* 4: the training or evaluation data could not be used
* 70: an internal error (a bug, or a ``score`` worker that died, e.g. out of memory: one line
  on standard error; ``CREDSCORE_DEBUG=1`` shows the traceback)
* 130: interrupted (Ctrl-C); ``score`` first writes every row finished so far, so the ``-o``
  file is valid up to there and ``score ... --resume`` scores the rest
* 143: ``score`` stopped by SIGTERM, handled like Ctrl-C

A reader that goes away (``credscore ... | head``) ends the command quietly with 0.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import warnings
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, TextIO

from .errors import (
    EXIT_DATA,
    EXIT_INPUT,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_MODEL,
    EXIT_OK,
    EXIT_PARTIAL,
    CredscoreError,
    InputError,
    exit_code,
)

__all__ = [
    "EXIT_DATA",
    "EXIT_INPUT",
    "EXIT_INTERNAL",
    "EXIT_INTERRUPTED",
    "EXIT_MODEL",
    "EXIT_OK",
    "EXIT_PARTIAL",
    "build_parser",
    "main",
    "read_text",
]

if TYPE_CHECKING:
    from .report import Report
    from .scorer import Scorer


_EPILOG = """\
examples:
  credscore explain datasets/examples/well-sourced.txt
  credscore explain article.txt --format json -o report.json
  cat article.txt | credscore explain -
  credscore score datasets/examples/*.txt
  credscore extract article.txt --publisher "Harlow Ledger"
  credscore train --data-dir ../shared/datasets --out my-model
  credscore train --data my_labelled.csv --out my-model
  credscore evaluate --data-dir ../shared/datasets

exit codes:
  0 success · 1 some inputs of a batch failed · 2 bad usage, input or output
  3 model could not be loaded · 4 data could not be used · 70 internal error
  130 interrupted (143 SIGTERM)
"""


def read_text(path: str, max_bytes: int | None = None) -> tuple[str, list[str]]:
    """Read an article from a path, or standard input for ``-``, at most ``max_bytes`` bytes.

    Returns the text and the warnings to show (a truncated input). Raises
    :class:`~credscore.errors.InputError` for a missing, unreadable, binary, non-UTF-8 or
    empty input.
    """
    from ._io import DEFAULT_MAX_BYTES, read_bounded
    from ._safe import printable_name

    limit = max_bytes or DEFAULT_MAX_BYTES
    data, truncated = read_bounded(path, limit)
    where = "standard input" if path == "-" else printable_name(path)
    notes = []
    if truncated:
        notes.append(
            f"{where} is larger than {limit:,} bytes: only its first {limit:,} bytes were "
            "read (--max-bytes)"
        )
    if b"\0" in data[:8192]:
        raise InputError(f"{where}: binary data, not a text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        cut_char = exc.start >= len(data) - 3 and exc.reason == "unexpected end of data"
        if not (truncated and cut_char):
            raise InputError(
                f"{where}: not UTF-8 text (byte {exc.start}); convert it first, e.g. "
                "`iconv -f latin1 -t utf-8`"
            ) from None
        text = data[: exc.start].decode("utf-8-sig")  # a character cut by the byte limit
    if not text.strip():
        raise InputError(f"{where}: the text is empty")
    from .batch._html import html_to_text, looks_like_html

    if looks_like_html(text):
        text = html_to_text(text)
        if not text.strip():
            raise InputError(f"{where}: an HTML page without article text")
    return text, notes


def _err(msg: str) -> None:
    from ._safe import printable

    print(f"credscore: error: {printable(msg)}", file=sys.stderr)


def _warn(msg: str) -> None:
    from ._safe import printable

    print(f"credscore: warning: {printable(msg)}", file=sys.stderr)


def _load_scorer(model: str | None, trust: bool = False) -> Scorer:
    from .scorer import Scorer

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        scorer = Scorer.load(model, trust=trust)
    for w in caught:
        _warn(str(w.message))
    return scorer


def _color_wanted(stream: TextIO) -> bool:
    # https://no-color.org: a NO_COLOR that is present and not empty turns colour off.
    return stream.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def _check_out(args: argparse.Namespace, inputs: Sequence[str]) -> None:
    """Refuse an ``-o`` that is an input, or that exists without ``--force`` (before any work)."""
    if args.out not in (None, "-"):
        from ._io import check_output_path

        check_output_path(args.out, inputs, force=args.force)


def _write(out: str | None, content: str) -> None:
    """Write to standard output, or atomically to the file ``out``."""
    if out is None or out == "-":
        sys.stdout.write(content)
        sys.stdout.flush()
    else:
        from ._io import atomic_write_text

        atomic_write_text(out, content)


def _score_text(args: argparse.Namespace) -> Report:
    """Read ``args.file`` and score it, with the input's warnings in the report."""
    _check_out(args, [args.file])
    text, notes = read_text(args.file, args.max_bytes)
    scorer = _load_scorer(args.model, args.trust_model)
    report = scorer.score(text, publisher=args.publisher, max_words=args.max_words or None)
    if notes:
        report = replace(report, warnings=(*notes, *report.warnings))
    for note in report.warnings:
        _warn(note)
    return report


def cmd_explain(args: argparse.Namespace) -> int:
    from .render import render_html, render_json, render_markdown, render_text

    report = _score_text(args)
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
    from .batch import BatchOptions, run

    return run(
        BatchOptions.from_namespace(args),
        load_scorer=lambda: _load_scorer(args.model, args.trust_model),
    )


def cmd_extract(args: argparse.Namespace) -> int:
    from .signals import extract

    _check_out(args, [args.file])
    text, notes = read_text(args.file, args.max_bytes)
    for note in notes:
        _warn(note)
    evidence = extract(text, publisher=args.publisher)
    if args.format == "json":
        _write(
            args.out,
            json.dumps([e.to_dict() for e in evidence], indent=2, ensure_ascii=False) + "\n",
        )
    else:
        from ._safe import printable

        lines = [
            f"{e.start:>6}-{e.end:<6} {e.signal:<20} {printable(' '.join(e.text.split()))}"
            for e in evidence
        ]
        _write(args.out, "\n".join(lines) + ("\n" if lines else ""))
    return EXIT_OK


def cmd_train(args: argparse.Namespace) -> int:
    from .data import DataError, load_corpus, load_table
    from .defaults import DEFAULT_CORPORA
    from .evaluation.card import evaluate_for_card
    from .scorer import check_model_destination
    from .training import train

    check_model_destination(args.out, force=args.force)
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
    from .evaluation.behaviour import ALL_CASES, SETS, format_result, run_suite

    scorer = _load_scorer(args.model, args.trust_model)
    cases = SETS.get(args.set.replace("-", "_"), ALL_CASES)
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
    from .evaluation.feature_sets import FEATURE_SETS

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


def _output_and_limits(p: argparse.ArgumentParser, words: bool = True) -> None:
    from ._io import DEFAULT_MAX_BYTES
    from .scorer import DEFAULT_MAX_WORDS

    p.add_argument("--force", action="store_true", help="overwrite an existing -o file")
    p.add_argument(
        "--max-bytes",
        type=_positive_int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"read at most N bytes of the input (default: {DEFAULT_MAX_BYTES:,}); a longer "
        "input is truncated with a warning",
    )
    if words:
        p.add_argument(
            "--max-words",
            type=_positive_int,
            default=DEFAULT_MAX_WORDS,
            metavar="N",
            help=f"score at most the first N words (default: {DEFAULT_MAX_WORDS:,}); the report "
            "warns when the text was longer",
        )


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


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
    _output_and_limits(p)
    common(p)
    p.set_defaults(func=cmd_explain)

    p = sub.add_parser(
        "score",
        help="score many articles (files, folders, CSV/TSV/JSONL/Parquet tables), one row each",
        description="Score many articles: one row per article (per file, per table row), in\n"
        "input order, with its id, score, probability, band and signal counts.",
        epilog="examples:\n"
        "  credscore score datasets/examples/*.txt\n"
        "  credscore score articles/ --glob '*.txt' -o scores.csv\n"
        "  credscore score articles.jsonl --text-column body --id-column url -o scores.parquet\n"
        "  credscore score big.csv -o scores.csv --resume      # after an interruption\n"
        "  find . -name '*.html' | credscore score --paths-from - --format json\n"
        "\n"
        "exit codes:\n"
        "  0 all scored · 1 some records failed (their rows have 'error')\n"
        "  2 bad usage or input, nothing written · 3 model could not be loaded\n"
        "  130 Ctrl-C (143 SIGTERM), after writing the rows so far (--resume goes on)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        help="text or HTML files, folders (searched recursively), tables (.csv .tsv .jsonl "
        ".parquet: one article per row), or - for one article on standard input",
    )
    p.add_argument(
        "--glob",
        dest="globs",
        action="append",
        metavar="PATTERN",
        help="file names searched for in folders (repeatable; default: *.txt *.html *.htm)",
    )
    p.add_argument(
        "--paths-from", metavar="FILE", help="read more inputs from FILE, one a line (- : stdin)"
    )
    p.add_argument(
        "--text-column", metavar="NAME", help="the text column of tables (default: text)"
    )
    p.add_argument(
        "--id-column",
        metavar="NAME",
        help="the id column of tables (default: id when present, else the row number)",
    )
    p.add_argument(
        "-o",
        "--out",
        metavar="FILE",
        help="write the rows to FILE (.csv .tsv .jsonl .parquet), atomically",
    )
    p.add_argument("--force", action="store_true", help="overwrite an existing -o file")
    p.add_argument(
        "--resume",
        action="store_true",
        help="the -o file exists: skip the ids already in it and add the rest",
    )
    p.add_argument(
        "--format",
        choices=["table", "text", "json"],
        default=None,
        help="standard output only: table (aligned; the default on a terminal), "
        "text ('score  band  id'; the default otherwise), json (one object per line)",
    )
    p.add_argument("--explain", action="store_true", help="add each article's top reasons")
    p.add_argument(
        "--jobs",
        type=int,
        default=None,
        metavar="N",
        help="worker processes (default: all cores; 1: no subprocess)",
    )
    p.add_argument(
        "--quiet", action="store_true", help="no progress bar or summary on standard error"
    )
    p.add_argument(
        "--max-bytes",
        type=int,
        default=None,
        metavar="N",
        help="the largest article (file or table cell) read, in bytes (default: 10 MiB)",
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
    _output_and_limits(p, words=False)
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
    p.add_argument(
        "--out",
        default="credscore-model",
        help="output directory (default: credscore-model); refused when it already holds a "
        "model, or is the model shipped with credscore, unless --force",
    )
    p.add_argument(
        "--force", action="store_true", help="replace the model already in --out (see --out)"
    )
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
        choices=[
            "development",
            "held-out",
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
            "all",
        ],
        default="all",
        help="development: the 25 articles settings were chosen on; held-out: 12 written "
        "separately; fresh, blind, final, cold, late, last, winter, spring, summer, autumn, "
        "harvest, frost, ember, thaw, lantern, gale, orchard, ridge, quarry, meadow, brook, "
        "willow, aspen, birch, rowan: 12 each, written later, each measured blind once; all: the "
        "twenty-seven "
        "(default)",
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
    """Run the command line; return the exit code. Every failure is one line on stderr."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_INPUT
    try:
        code = int(args.func(args))
        sys.stdout.flush()
        return code
    except KeyboardInterrupt:
        print("credscore: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`credscore ... | head`): not an error; stop writing quietly.
        _silence_stdout()
        return EXIT_OK
    except CredscoreError as exc:
        _err(str(exc))
        return exit_code(exc)
    except OSError as exc:  # a failing disk or closed terminal under standard output
        _silence_stdout()
        _err(f"cannot write the output: {exc.strerror or exc}")
        return EXIT_INPUT
    except MemoryError:
        _err("out of memory; lower --max-bytes or --max-words")
        return EXIT_INPUT
    except Exception as exc:  # a bug: one line, not a traceback (CREDSCORE_DEBUG=1 shows it)
        if os.environ.get("CREDSCORE_DEBUG"):
            raise
        _err(f"internal error: {type(exc).__name__}: {exc} (please report it)")
        return EXIT_INTERNAL


def _silence_stdout() -> None:
    """Point standard output at /dev/null so that Python's exit flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
