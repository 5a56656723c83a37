"""Throughput of `mailwarden scan --offline` on the shared corpora, per --jobs setting.

Usage: python bench/throughput.py [--jobs 1 2] [--limit N] [PATH ...]
Prints one table row per jobs setting: messages, wall seconds, messages per second, and the
verdict counts (which must be identical across rows: parallelism may not change a result).
"""

from __future__ import annotations

import argparse
import collections
import itertools
import sys
import time
from pathlib import Path

from mailwarden.message.sources import iter_messages
from mailwarden.runner import EngineOptions, scan_items

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
DEFAULT_PATHS = [
    CORPORA / "phish" / "phishing_pot",
    CORPORA / "ham" / "spamassassin-easy",
    CORPORA / "ham" / "spamassassin-hard",
    CORPORA / "ham" / "usrp-users",
]


def run(paths: list[str], jobs: int, limit: int | None) -> tuple[int, float, dict[str, int]]:
    items = list(itertools.islice(iter_messages(paths), limit))  # read before timing
    verdicts: collections.Counter[str] = collections.Counter()
    start = time.perf_counter()
    for result in scan_items(iter(items), EngineOptions(offline=True), jobs):
        verdicts[result.verdict.value] += 1
    return len(items), time.perf_counter() - start, dict(verdicts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(p) for p in DEFAULT_PATHS])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--limit", type=int, default=None, help="at most N messages")
    args = parser.parse_args()
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        print(f"throughput: not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    print(f"{'jobs':>4} {'messages':>9} {'seconds':>9} {'msg/s':>8}  verdicts")
    rows = []
    for jobs in args.jobs:
        count, seconds, verdicts = run(args.paths, jobs, args.limit)
        rows.append(verdicts)
        print(f"{jobs:>4} {count:>9} {seconds:>9.1f} {count / seconds:>8.1f}  {verdicts}")
    if any(r != rows[0] for r in rows):
        print("throughput: verdicts differ between job settings", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
