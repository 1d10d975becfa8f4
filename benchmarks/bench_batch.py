"""Speed and memory of batch scoring (``credscore score``; run with ``make bench``).

Measures, on the BuzzFeed-Webis articles (skipped, with a message, when the corpus is
absent from ``--data-dir``):

1. ``score_many`` with 1 and 2 jobs against ``extract()`` alone on the same texts, in the
   same run (this machine's speed varies up to 2x between runs, so ratios are reported);
   target: 2 jobs at least 1.7x as fast as one;
2. a whole ``credscore score`` subprocess (start-up, model load, reading, scoring on all
   cores, writing) on a 2,000-row CSV made of the real articles, each made unique by a
   suffix (so no cache helps), against ``extract()`` on the same 2,000 texts on one core;
   targets: at most 1.5x extract + 2 s without explanations, 4x with ``--explain``;
3. peak resident memory (the largest process's, from ``getrusage(RUSAGE_CHILDREN)`` in a
   wrapper process per run) of scoring a 10,000-row and a 100,000-row CSV streamed to
   CSV; target: at most 400 MB and flat between the two. The rows are short (the first
   60 words of each article, made unique) so that the 100,000 rows take minutes, not an
   hour: memory is what is measured here;
4. a 2,000-row CSV with broken rows (empty texts, wrong field counts, bytes that are not
   UTF-8) scores to exactly 2,000 rows, in order, the broken ones with an error.

Wall times depend on what else the machine runs; CPU times (this process and its
children, workers included) are printed beside them and are steadier. Numbers are
printed, not asserted; the README records them.

Usage: ``python benchmarks/bench_batch.py [--data-dir DIR] [--rss-rows N]``
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import credscore  # noqa: E402
from credscore.batch import score_many  # noqa: E402
from credscore.scorer import Scorer  # noqa: E402

_RSS_WRAPPER = (
    "import resource, subprocess, sys; "
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode; "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)"
)


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def machine_parallelism() -> float:
    """How much faster two processes do twice the pure-Python work than one does once x2.

    2.0 on two idle cores; less when other programs share them (or the cores are
    hyper-threads): the ceiling of any 2-job speed-up measured in the same run.
    """
    import multiprocessing

    n = 5_000_000
    one = timed(lambda: (_spin(n), _spin(n)))
    with multiprocessing.get_context("fork").Pool(2) as pool:
        two = timed(lambda: pool.map(_spin, [n, n]))
    return one / two


def load_texts(data_dir: str) -> list[str] | None:
    from credscore.data import DataError, load_corpus

    for name in ("buzzfeed-webis", "buzzfeed-webis-2016"):
        try:
            return [str(t) for t in load_corpus(name, data_dir=data_dir)["text"]]
        except DataError:
            continue
    return None


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the workers, once joined)."""
    me, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def extract_all(texts: list[str]) -> None:
    for t in texts:
        credscore.extract(t)


def write_csv(path: Path, texts: list[str]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "text"])
        w.writerows([f"a{i}", t] for i, t in enumerate(texts))
    return path


def unique(texts: list[str], n: int, words: int | None = None) -> list[str]:
    out = []
    for i in range(n):
        t = texts[i % len(texts)]
        if words is not None:
            t = " ".join(t.split()[:words])
        out.append(f"{t} (Copy {i}.)")
    return out


def credscore_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "credscore", "score", *args, "--quiet"]


def run_whole(args: list[str]) -> tuple[float, int]:
    t0 = time.perf_counter()
    proc = subprocess.run(credscore_cmd(*args), capture_output=True, text=True)
    return time.perf_counter() - t0, proc.returncode


def peak_rss_mb(args: list[str]) -> tuple[float, int]:
    proc = subprocess.run(
        [sys.executable, "-c", _RSS_WRAPPER, *credscore_cmd(*args)],
        capture_output=True,
        text=True,
        check=True,
    )
    kb, code = proc.stdout.split()
    return int(kb) / 1024, int(code)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", default=os.environ.get("CREDSCORE_DATA", "../shared/datasets"))
    ap.add_argument("--rss-rows", type=int, default=100_000, help="rows of the large table")
    ap.add_argument("--rows", type=int, default=2_000, help="rows of the timed table")
    opts = ap.parse_args(argv)
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, credscore {credscore.__version__}"
    )
    texts = load_texts(opts.data_dir)
    if texts is None:
        print(f"skipped: the BuzzFeed-Webis corpus is not in {opts.data_dir} (--data-dir)")
        return 0
    words = sum(len(t.split()) for t in texts) / len(texts)
    print(f"corpus: buzzfeed-webis, {len(texts):,} articles, {words:.0f} words on average")
    scorer = Scorer.load()

    # 1. score_many against extract, in this process
    credscore.extract(texts[0])
    c0 = cpu_seconds()
    t_extract = timed(lambda: extract_all(texts))
    cpu_extract = cpu_seconds() - c0
    per_jobs, cpu = {}, {}
    for jobs in (1, 2):
        c0 = cpu_seconds()
        per_jobs[jobs] = timed(lambda jobs=jobs: list(score_many(scorer, texts, n_jobs=jobs)))
        cpu[jobs] = cpu_seconds() - c0
    n = len(texts)
    print(
        f"extract() alone, 1 core:       {t_extract:6.1f} s  ({n / t_extract:5.1f} articles/s)"
        f"                CPU {cpu_extract:5.1f} s"
    )
    for jobs, t in per_jobs.items():
        print(
            f"score_many, {jobs} job{'s' if jobs > 1 else ' '}:             {t:6.1f} s  "
            f"({n / t:5.1f} articles/s)  {t / t_extract:4.2f}x extract; CPU {cpu[jobs]:5.1f} s"
        )
    ceiling = machine_parallelism()
    print(
        f"speed-up of 2 jobs over 1:     {per_jobs[1] / per_jobs[2]:.2f}x (target: >= 1.7x; "
        f"this machine runs 2 pure-Python processes {ceiling:.2f}x as fast as 1 right now)"
    )
    print(
        f"CPU of 2 jobs / CPU of 1:      {cpu[2] / cpu[1]:.2f} (the cost of parallelism; "
        f"load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"
    )

    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        # 2. a whole command on a 2,000-row CSV
        rows = unique(texts, opts.rows)
        table = write_csv(d / "articles.csv", rows)
        c0 = cpu_seconds()
        t_ex = timed(lambda: extract_all(rows))
        cpu_ex = cpu_seconds() - c0
        print(f"\nwhole `credscore score` on {opts.rows:,} rows (all cores) vs extract() (1 core)")
        print(f"extract() on the same texts:   {t_ex:6.1f} s   CPU {cpu_ex:5.1f} s")
        for label, extra, factor, plus in (
            ("without explanations", [], 1.5, 2.0),
            ("the same, --jobs 1", ["--jobs", "1"], 1.5, 2.0),
            ("with --explain", ["--explain"], 4.0, 0.0),
        ):
            out = d / f"out{len(extra)}.csv"
            c0 = cpu_seconds()
            t, code = run_whole([str(table), "-o", str(out), "--force", *extra])
            cpu = cpu_seconds() - c0
            target = factor * t_ex + plus
            print(
                f"{label:<21}          {t:6.1f} s  {t / t_ex:4.2f}x extract "
                f"(target: <= {target:.1f} s), exit {code}; CPU {cpu:5.1f} s, "
                f"{cpu / cpu_ex:4.2f}x extract's"
            )

        # 3. peak memory, 10k and 100k rows, streamed to CSV
        print("\npeak RSS (largest process), streamed CSV to CSV, all cores:")
        for n_rows in (opts.rss_rows // 10, opts.rss_rows):
            big = write_csv(d / f"big{n_rows}.csv", unique(texts, n_rows, words=60))
            t0 = time.perf_counter()
            mb, code = peak_rss_mb([str(big), "-o", str(d / "big_out.csv"), "--force"])
            secs = time.perf_counter() - t0
            print(
                f"{n_rows:>9,} rows: {mb:6.0f} MB  ({secs:5.0f} s, exit {code}; target <= 400 MB)"
            )
            os.unlink(big)

        # 4. broken rows: exactly as many rows out as in, in order
        bad = d / "broken.csv"
        good = unique(texts, opts.rows, words=60)
        with bad.open("wb") as fh:
            fh.write(b"id,text\n")
            for i, t in enumerate(good):
                if i % 97 == 5:
                    fh.write(f"b{i},\n".encode())  # empty text
                elif i % 97 == 6:
                    fh.write(f"b{i},one,two\n".encode())  # too many fields
                elif i % 97 == 7:
                    fh.write(f"b{i},caf\xe9 ol\xe9\n".encode("latin-1"))  # not UTF-8
                else:
                    buf = _csv_line([f"b{i}", t])
                    fh.write(buf.encode())
        out = d / "broken_out.csv"
        _, code = run_whole([str(bad), "-o", str(out)])
        with out.open(encoding="utf-8", newline="") as fh:
            back = list(csv.DictReader(fh))
        ids_ok = [r["id"] for r in back] == [f"b{i}" for i in range(opts.rows)]
        broken = {f"b{i}" for i in range(opts.rows) if i % 97 in (5, 6, 7)}
        failed = {r["id"] for r in back if r["error"]}
        print(
            f"\nbroken rows: {len(back):,} rows out of {opts.rows:,} in, in order: {ids_ok}; "
            f"all {len(broken)} broken rows have an error: {broken <= failed}; "
            f"{len(failed - broken)} other rows failed (too short to score); exit {code}"
        )
    print(f"\nload average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0


def _csv_line(fields: list[str]) -> str:
    import io

    buf = io.StringIO()
    csv.writer(buf).writerow(fields)
    return buf.getvalue()


if __name__ == "__main__":
    sys.exit(main())
