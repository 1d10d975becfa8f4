"""Speed of ``credscore.extract`` and ``credscore.score`` (run with ``make bench``).

Measures, on one core:

* the median time of ``extract`` on a 500-word article (bar: 3 ms), and
* how time grows with length: a text 100 times longer must take at most 120
  times longer (linear, no catastrophic backtracking), and
* ``score`` with and without the explanation, as a ratio to ``extract`` in the same run
  (this machine's speed varies up to 2x between runs).

The article is built from the team's own example articles in
``datasets/examples`` (repeated and cut to length), so the benchmark needs no
corpus. Numbers are printed, not asserted; the README records them.
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import credscore  # noqa: E402


def article(words: int) -> str:
    base = "\n\n".join(
        p.read_text(encoding="utf-8")
        for p in sorted((ROOT / "datasets" / "examples").glob("*.txt"))
    )
    paragraphs = base.split("\n\n")
    out: list[str] = []
    count = 0
    i = 0
    while count < words:
        para = paragraphs[i % len(paragraphs)]
        need = words - count
        ws = para.split()
        if len(ws) > need:
            para = " ".join(ws[:need])
        out.append(para)
        count += min(len(ws), need)
        i += 1
    return "\n\n".join(out)


def median_seconds(fn, text: str, repeat: int) -> float:
    fn(text)  # warm caches (lexicons, regexes)
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(text)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> int:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, credscore {credscore.__version__}; pinned to one core"
    )
    t500 = article(500)
    e500 = median_seconds(credscore.extract, t500, 200)
    print(f"extract, 500 words:          median {e500 * 1000:7.2f} ms   (bar: 3 ms)")
    t50k = article(50_000)
    e50k = median_seconds(credscore.extract, t50k, 5)
    ratio = e50k / e500
    print(
        f"extract, 50,000 words:       median {e50k * 1000:7.1f} ms   "
        f"x{ratio:.0f} for 100x the text (bar: x120)"
    )
    # textstat caches by text: score a slightly different text each time.
    for explain in (False, True):
        variants = [f"{t500}\nUpdated {i} times ({explain})." for i in range(51)]
        credscore.score(variants[0], explain=explain)
        times = []
        for v in variants[1:]:
            t0 = time.perf_counter()
            credscore.score(v, explain=explain)
            times.append(time.perf_counter() - t0)
        s500 = statistics.median(times)
        what = "with the explanation" if explain else "score only (as `credscore score`)"
        print(
            f"score, 500 words, {what}: median {s500 * 1000:.1f} ms, "
            f"x{s500 / e500:.1f} extract in this run"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
