"""False positives and detection on modern mail of our own making, per red-team round.

Usage: python bench/modern.py [--jobs N] [--show]

`bench/modern/roundN/{ham,phish}/` hold realistic modern legitimate and phishing messages that
red-team sessions wrote (round 1 knowing the rules; rounds 2 to 17 without reading them; rounds
4, 5, 12 and 17 are legitimate mail only). The shared corpora's ham is from 2002 and a mailing
list; these sets show what the engine does to today's bank notices, shop newsletters, IT
notices, shares and invoices. Every round has led to fixes since, so none of them is held out
any more: a new round is the honest check. The messages are kept, not their generators: they
are the record of what each round saw (the README gives each round's first-scan figures).

Prints one row per round and side: messages, flagged (suspicious or phishing) and the rate;
`--show` lists the legitimate messages flagged and the phishing missed, with their findings.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mailwarden.message.sources import iter_messages
from mailwarden.result import ScanResult, Verdict
from mailwarden.runner import EngineOptions, scan_items

SETS = Path(__file__).resolve().parent / "modern"


def _round_number(folder: Path) -> int:
    """round10 after round9, not after round1."""
    digits = folder.name.removeprefix("round")
    return int(digits) if digits.isdigit() else 0


def scan(folder: Path, jobs: int) -> list[ScanResult]:
    return list(scan_items(iter_messages([str(folder)]), EngineOptions(offline=True), jobs))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--show", action="store_true", help="list the wrong verdicts")
    args = parser.parse_args()
    rounds = sorted((p for p in SETS.glob("round*") if p.is_dir()), key=_round_number)
    if not rounds:
        print(f"modern: no sets under {SETS}", file=sys.stderr)
        return 2
    print(f"{'set':<8} {'side':<6} {'messages':>9} {'flagged':>8} {'rate':>8}")
    for folder in rounds:
        for side in ("ham", "phish"):
            if not (folder / side).is_dir():
                continue
            results = scan(folder / side, args.jobs)
            flagged = [r for r in results if r.verdict is not Verdict.CLEAN]
            rate = 100 * len(flagged) / len(results) if results else 0.0
            print(f"{folder.name:<8} {side:<6} {len(results):>9} {len(flagged):>8} {rate:>7.1f}%")
            if args.show:
                wrong = flagged if side == "ham" else [r for r in results if r not in flagged]
                for r in wrong:
                    ids = " ".join(f.id for f in r.findings)
                    name = Path(r.source).name
                    print(f"    {r.verdict.value:<10} {r.score:>5.2f}  {name}  {ids}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
