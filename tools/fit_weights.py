"""Fit the policy's finding weights on part of the corpora and report held-out figures.

Weights are data: this script proposes them, a person reviews the diff of default.toml.
Features are the named findings only (each true of the message wherever it was received),
so the fit can only re-balance evidence the detectors already name; it cannot learn how a
corpus was gathered. The model is a logistic regression with weights constrained to be
non-negative (no finding may *reward* a message), trained on a fixed hash-half of each side
and evaluated on the other half.

Usage:
  mailwarden eval --offline --jobs 2 --phish DIR --ham DIR... --results results.jsonl
  python tools/fit_weights.py results.jsonl [--max-fp 0.002] [--write]
"""

from __future__ import annotations

import argparse
import hashlib
import math
import re
import sys
from pathlib import Path

import orjson

POLICY = Path(__file__).resolve().parents[1] / "src" / "mailwarden" / "policy" / "default.toml"
ZERO_IDS = {"ENGINE_DETECTOR_ERROR"}


def load(path: str) -> list[tuple[str, frozenset[str], int]]:
    """(source, finding ids, 1 for phishing / 0 for ham) from `mailwarden eval --results`."""
    rows = []
    with open(path, "rb") as fh:
        for line in fh:
            if line.strip():
                obj = orjson.loads(line)
                ids = frozenset(f["id"] for f in obj["findings"])
                rows.append((obj["source"], ids, 1 if obj["side"] == "phish" else 0))
    return rows


def in_train(source: str) -> bool:
    return hashlib.sha1(source.encode()).digest()[0] % 2 == 0


def fit(
    samples: list[tuple[frozenset[str], int]], features: list[str], l2: float, epochs: int
) -> tuple[dict[str, float], float]:
    w = {f: 0.0 for f in features}
    bias = 0.0
    pos = sum(y for _, y in samples)
    neg = len(samples) - pos
    cw = {1: len(samples) / (2 * pos), 0: len(samples) / (2 * neg)}
    rate = 0.5
    for _ in range(epochs):
        grad = {f: 0.0 for f in features}
        gbias = 0.0
        for x, y in samples:
            z = bias + sum(w[f] for f in x if f in w)
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - y) * cw[y]
            gbias += g
            for f in x:
                if f in grad:
                    grad[f] += g
        n = len(samples)
        bias -= rate * gbias / n
        for f in features:
            w[f] = max(0.0, w[f] - rate * (grad[f] / n + l2 * w[f]))
    return w, bias


def rates(
    rows: list[tuple[frozenset[str], int]], w: dict[str, float], threshold: float
) -> tuple[float, float]:
    tp = sum(1 for x, y in rows if y and sum(w.get(f, 0) for f in x) >= threshold)
    fp = sum(1 for x, y in rows if not y and sum(w.get(f, 0) for f in x) >= threshold)
    pos = sum(1 for _, y in rows if y) or 1
    neg = sum(1 for _, y in rows if not y) or 1
    return tp / pos, fp / neg


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("results", help="JSON Lines written by `mailwarden eval --results`")
    ap.add_argument("--max-fp", type=float, default=0.002, help="train false-positive budget")
    ap.add_argument("--l2", type=float, default=0.001)
    ap.add_argument("--epochs", type=int, default=400)
    ap.add_argument("--suspicious", type=float, default=4.0, help="policy's suspicious threshold")
    ap.add_argument("--write", action="store_true", help="update default.toml's weights")
    args = ap.parse_args()
    data = load(args.results)
    train = [(x, y) for s, x, y in data if in_train(s)]
    held = [(x, y) for s, x, y in data if not in_train(s)]
    features = sorted({f for x, _ in train for f in x} - ZERO_IDS)
    w, _ = fit(train, features, args.l2, args.epochs)
    # The smallest threshold that keeps the train false positives within budget.
    scores = sorted({round(sum(w.get(f, 0) for f in x), 6) for x, _ in train})
    threshold = next(
        (t for t in scores if t > 0 and rates(train, w, t)[1] <= args.max_fp), scores[-1]
    )
    scale = args.suspicious / threshold if threshold > 0 else 1.0
    weights = {f: round(v * scale, 2) for f, v in w.items()}
    tr = rates(train, weights, args.suspicious)
    ho = rates(held, weights, args.suspicious)
    for name, n, (det, fp) in (("train", len(train), tr), ("held-out", len(held), ho)):
        print(f"{name:8} n={n:5d} detection {100 * det:6.2f}%  false positives {100 * fp:5.2f}%")
    for f in sorted(weights, key=lambda k: -weights[k]):
        print(f"{f} = {weights[f]}")
    if args.write:
        text = POLICY.read_text("utf-8")
        for f, v in weights.items():
            text = re.sub(rf"(?m)^{f} = [-0-9.]+", f"{f} = {v}", text)
        POLICY.write_text(text, "utf-8")
        print(f"wrote {POLICY}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
