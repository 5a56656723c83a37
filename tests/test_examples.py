"""The demo's example messages keep the verdicts examples/README.md describes."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailwarden.config import load_policy
from mailwarden.engine import Engine

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def demo_engine() -> Engine:
    return Engine(load_policy(EXAMPLES / "policy.toml", {"dns": {"offline": True}}))


@pytest.mark.parametrize(
    ("name", "verdicts"),
    [
        ("genuine-notification.eml", {"clean"}),
        ("authenticated-phish.eml", {"phishing"}),
        ("lookalike-phish.eml", {"phishing"}),
        ("malformed.eml", {"clean", "suspicious"}),
    ],
)
def test_example_verdict(demo_engine: Engine, name: str, verdicts: set[str]) -> None:
    result = demo_engine.scan((EXAMPLES / name).read_bytes())
    assert result.verdict.value in verdicts, [f.id for f in result.findings]


def test_authenticated_phish_passes_upstream_authentication(demo_engine: Engine) -> None:
    auth = demo_engine.scan((EXAMPLES / "authenticated-phish.eml").read_bytes()).auth
    assert (auth.spf.result, auth.dkim.result, auth.dmarc.result) == ("pass", "pass", "pass")
    assert auth.basis == "upstream"
