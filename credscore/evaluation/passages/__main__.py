"""Command line: score credscore's extractor on a passage set.

``python -m credscore.evaluation.passages --set dev|holdout|fresh|blind|cold|late|last
[--errors N]``
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import SETS, evaluate, format_result, load


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv``, evaluate the chosen set and print the table.

    Parameters
    ----------
    argv : sequence of str, optional
        Arguments; ``sys.argv[1:]`` by default.

    Returns
    -------
    int
        The exit status (0).
    """
    parser = argparse.ArgumentParser(
        prog="python -m credscore.evaluation.passages",
        description="Score the source and hedge signals on annotated news passages.",
    )
    parser.add_argument("--set", dest="name", choices=SETS, default="dev", help="passage set")
    parser.add_argument(
        "--errors", type=int, default=0, metavar="N", help="list N errors (-1: all)"
    )
    args = parser.parse_args(argv)
    result = evaluate(load(args.name))
    print(format_result(result, title=f"credscore passages: {args.name}", errors=args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
