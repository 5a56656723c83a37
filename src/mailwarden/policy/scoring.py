"""Findings to score, verdict and action, by the policy's weights and thresholds."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from mailwarden.config import Policy
from mailwarden.errors import RegistryMismatch
from mailwarden.result import Action, Finding, Verdict

# Ids the engine itself emits, outside any detector.
ENGINE_IDS = frozenset({"ENGINE_DETECTOR_ERROR", "ENGINE_DEADLINE"})


def check_registry(emitted: frozenset[str], policy: Policy) -> None:
    """Every id a detector can emit has a weight and every weight names an id."""
    known = emitted | ENGINE_IDS
    unweighted = sorted(known - set(policy.weights))
    unknown = sorted(set(policy.weights) - known)
    problems = []
    if unweighted:
        problems.append("finding ids with no weight in the policy: " + ", ".join(unweighted))
    if unknown:
        problems.append("policy weights for ids no detector emits: " + ", ".join(unknown))
    if problems:
        raise RegistryMismatch("; ".join(problems))


def score(
    findings: Iterable[Finding], policy: Policy
) -> tuple[tuple[Finding, ...], float, Verdict, Action]:
    """Weigh findings; an id counts once however often it fired (its first finding carries
    the weight, repeats carry 0), so ten lure phrases are not ten times the evidence."""
    weighted: list[Finding] = []
    seen: set[str] = set()
    total = 0.0
    for finding in findings:
        weight = policy.weights.get(finding.id, 0.0) if finding.id not in seen else 0.0
        seen.add(finding.id)
        total += weight
        weighted.append(replace(finding, weight=weight))
    weighted.sort(key=lambda f: -f.weight)
    if total >= policy.phishing_threshold:
        verdict = Verdict.PHISHING
    elif total >= policy.suspicious_threshold:
        verdict = Verdict.SUSPICIOUS
    else:
        verdict = Verdict.CLEAN
    return tuple(weighted), total, verdict, policy.actions[verdict]
