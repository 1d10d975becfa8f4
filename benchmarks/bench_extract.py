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
import subprocess
import sys
import tempfile
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
    # Time per article against its length (score only, as `credscore score`).
    for words in (100, 500, 2_000, 10_000):
        text = article(words)
        took = median_seconds(lambda t: credscore.score(t, explain=False), text, 20)
        print(f"score, {words:>6,} words: median {took * 1000:8.1f} ms")
    # Start-up: a fresh `credscore score one.txt`, the whole process.
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one.txt"
        one.write_text(t500, encoding="utf-8")
        cmd = [sys.executable, "-m", "credscore", "score", str(one), "--quiet", "--jobs", "1"]
        runs = []
        for _ in range(5):
            t0 = time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True)
            runs.append(time.perf_counter() - t0)
        startup = statistics.median(runs)
        print(f"start-up, a fresh `credscore score one.txt`: median {startup:.2f} s")
    # Hostile text: growth from 20 kB to 200 kB of each repeated unit (linear is about 10x).
    worst = (0.0, "")
    for unit in HOSTILE:
        times = []
        for size in (20_000, 200_000):
            text = unit * (size // len(unit))
            t0 = time.perf_counter()
            credscore.extract(text)
            times.append(time.perf_counter() - t0)
        growth = times[1] / max(times[0], 1e-3)
        worst = max(worst, (growth, unit))
        print(
            f"hostile {unit!r:>24}: 20 kB {times[0]:6.3f} s, 200 kB {times[1]:6.3f} s, "
            f"x{growth:4.1f}"
        )
    print(f"hostile text, worst growth for 10x the text: x{worst[0]:.1f} ({worst[1]!r}; bar: x15)")
    return 0


#: Repeated units that once made a regular expression backtrack, or could.
HOSTILE = [
    "!",
    ".",
    "1,",
    "111,",
    "1",
    "Abc ",
    '"',
    "\u201c",
    "said ",
    "A. ",
    "--",
    '"a," said B. ',
    "who said, ",
    "one of them said ",
    ", 41, said ",
    "is widely considered ",
    "some ",
    "\n",
    "A ",
    "Mr. Abc, ",
]


if __name__ == "__main__":
    raise SystemExit(main())
