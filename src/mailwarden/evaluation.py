"""``mailwarden eval``: detection and false-positive rates per folder and overall.

Anything not ``clean`` counts as flagged. The "upstream all-pass" slice is the phishing whose
first Authentication-Results header says spf, dkim and dmarc pass: the mail that filters trusting
authentication let through. That header is read here only to *report* the slice; no detector
uses it unless the receiver is trusted in the settings.
"""

from __future__ import annotations

import collections
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from mailwarden.result import ScanResult, Verdict

_AR_HEADER = re.compile(rb"(?im)^Authentication-Results:((?:[^\r\n]*)(?:\r?\n[ \t][^\r\n]*)*)")


def upstream_all_pass(raw: bytes | None) -> bool:
    if not raw:
        return False
    end = raw.find(b"\n\n")
    head = raw[: end if end > 0 else len(raw)]
    match = _AR_HEADER.search(head)
    if not match:
        return False
    text = re.sub(rb"\s+", b" ", match.group(1)).lower()
    return all(re.search(rb"\b" + m + rb"=pass\b", text) for m in (b"spf", b"dkim", b"dmarc"))


@dataclass
class FolderStats:
    name: str
    side: str  # phish | ham
    total: int = 0
    flagged: int = 0
    phishing: int = 0
    errors: int = 0
    # In a folder the text model learned half of: the messages of the other half.
    heldout_total: int = 0
    heldout_flagged: int = 0

    @property
    def rate(self) -> float:
        return self.flagged / self.total if self.total else 0.0


@dataclass
class Evaluation:
    folders: list[FolderStats] = field(default_factory=list)
    slice_total: int = 0
    slice_flagged: int = 0
    fired: dict[str, collections.Counter[str]] = field(
        default_factory=lambda: {"phish": collections.Counter(), "ham": collections.Counter()}
    )
    worst_fn: list[ScanResult] = field(default_factory=list)
    worst_fp: list[ScanResult] = field(default_factory=list)
    # The learned text model's description and, per folder it learned from, how much of it
    # ("half", "whole", "part"): the rates of those folders are not held out.
    text_model: str = ""
    model_learned: dict[str, str] = field(default_factory=dict)

    def side(self, side: str) -> FolderStats:
        total = FolderStats(f"all {side}", side)
        for folder in self.folders:
            if folder.side == side:
                total.total += folder.total
                total.flagged += folder.flagged
                total.phishing += folder.phishing
                total.errors += folder.errors
        return total

    def add(
        self, folder: FolderStats, result: ScanResult, in_slice: bool, held_out: bool = False
    ) -> None:
        flagged = result.verdict is not Verdict.CLEAN
        folder.heldout_total += held_out
        folder.heldout_flagged += held_out and flagged
        folder.total += 1
        folder.flagged += flagged
        folder.phishing += result.verdict is Verdict.PHISHING
        folder.errors += result.error is not None
        for finding_id in {f.id for f in result.findings}:
            self.fired[folder.side][finding_id] += 1
        if folder.side == "phish":
            if in_slice:
                self.slice_total += 1
                self.slice_flagged += flagged
            if not flagged:
                self.worst_fn.append(result)
        elif flagged:
            self.worst_fp.append(result)

    def finish(self, keep: int = 15) -> None:
        self.worst_fn = sorted(self.worst_fn, key=lambda r: r.score)[:keep]
        self.worst_fp = sorted(self.worst_fp, key=lambda r: -r.score)[:keep]

    def to_dict(self) -> dict[str, Any]:
        def folder(f: FolderStats) -> dict[str, Any]:
            return {
                "folder": f.name,
                "side": f.side,
                "messages": f.total,
                "flagged": f.flagged,
                "phishing_verdicts": f.phishing,
                "errors": f.errors,
                "rate": round(f.rate, 5),
                "held_out": {"messages": f.heldout_total, "flagged": f.heldout_flagged},
            }

        def brief(r: ScanResult) -> dict[str, Any]:
            return {
                "source": r.source,
                "score": round(r.score, 2),
                "verdict": r.verdict.value,
                "subject": r.subject,
                "findings": [f"{f.id} ({f.weight:g}): {f.summary}" for f in r.findings[:6]],
            }

        return {
            "folders": [folder(f) for f in self.folders],
            "phish_overall": folder(self.side("phish")),
            "ham_overall": folder(self.side("ham")),
            "phish_upstream_all_pass": {
                "messages": self.slice_total,
                "flagged": self.slice_flagged,
                "rate": round(self.slice_flagged / self.slice_total, 5) if self.slice_total else 0,
            },
            "findings_fired": {
                fid: {"phish": self.fired["phish"][fid], "ham": self.fired["ham"][fid]}
                for fid in sorted(set(self.fired["phish"]) | set(self.fired["ham"]))
            },
            "text_model": {"description": self.text_model, "learned_from": self.model_learned},
            "worst_false_negatives": [brief(r) for r in self.worst_fn],
            "worst_false_positives": [brief(r) for r in self.worst_fp],
        }


def render_markdown(report: dict[str, Any]) -> str:
    lines = [
        "# Mailwarden evaluation",
        "",
        "| folder | side | messages | flagged | rate |",
        "| --- | --- | ---: | ---: | ---: |",
    ]
    rows: Iterable[dict[str, Any]] = [
        *report["folders"],
        report["phish_overall"],
        report["ham_overall"],
    ]
    for row in rows:
        lines.append(
            f"| {row['folder']} | {row['side']} | {row['messages']} | {row['flagged']} "
            f"| {100 * row['rate']:.2f}% |"
        )
    s = report["phish_upstream_all_pass"]
    lines += [
        "",
        f"Phishing whose upstream Authentication-Results say spf, dkim and dmarc pass: "
        f"{s['flagged']}/{s['messages']} flagged ({100 * s['rate']:.2f}%).",
        "",
    ]
    model = report.get("text_model", {})
    if model.get("learned_from"):
        lines += [
            f"The text model ({model['description']}) learned from part of some folders; "
            "their rates above are not held out. On the half it did not learn from:",
            "",
            "| folder | learned from | held-out messages | flagged | rate |",
            "| --- | --- | ---: | ---: | ---: |",
        ]
        for row in report["folders"]:
            part = model["learned_from"].get(row["folder"])
            if not part:
                continue
            held = row["held_out"]
            rate = f"{100 * held['flagged'] / held['messages']:.2f}%" if held["messages"] else "-"
            lines.append(
                f"| {row['folder']} | {part} | {held['messages']} | {held['flagged']} | {rate} |"
            )
        lines.append("")
    lines += [
        "## Findings fired",
        "",
        "| finding | phish | ham |",
        "| --- | ---: | ---: |",
    ]
    for fid, counts in sorted(
        report["findings_fired"].items(), key=lambda kv: -kv[1]["phish"] - kv[1]["ham"]
    ):
        lines.append(f"| {fid} | {counts['phish']} | {counts['ham']} |")
    for title, key in (
        ("Worst false negatives (phishing judged clean)", "worst_false_negatives"),
        ("Worst false positives (legitimate mail flagged)", "worst_false_positives"),
    ):
        lines += ["", f"## {title}", ""]
        if not report[key]:
            lines.append("none")
        for r in report[key]:
            lines.append(f"- `{r['source']}` score {r['score']} ({r['verdict']}): {r['subject']}")
            for f in r["findings"]:
                lines.append(f"  - {f}")
    return "\n".join(lines) + "\n"
