"""The values that cross module boundaries: findings, authentication summary, scan result.

All frozen: a detector yields Findings without weights; the policy returns copies that carry
their weight (``dataclasses.replace``), so nothing downstream can alter what a detector saw.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

EVIDENCE_MAX_CHARS = 200


class Verdict(enum.StrEnum):
    CLEAN = "clean"
    SUSPICIOUS = "suspicious"
    PHISHING = "phishing"


class Action(enum.StrEnum):
    DELIVER = "deliver"
    TAG = "tag"
    QUARANTINE = "quarantine"
    REJECT = "reject"


def _printable(value: Any) -> Any:
    """Evidence is small and printable: truncate strings, keep numbers, bools, short lists."""
    if isinstance(value, (bool, int, float)) or value is None:
        return value
    if isinstance(value, (list, tuple)):
        return [_printable(v) for v in list(value)[:10]]
    text = str(value)
    text = "".join(ch if ch.isprintable() else "\ufffd" for ch in text)
    if len(text) > EVIDENCE_MAX_CHARS:
        text = text[: EVIDENCE_MAX_CHARS - 1] + "\u2026"
    return text


@dataclass(frozen=True)
class Finding:
    """One named observation about a message, with the evidence that supports it."""

    id: str
    summary: str
    evidence: Mapping[str, Any] = field(default_factory=dict)
    weight: float = 0.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "summary", _printable(self.summary))
        object.__setattr__(
            self, "evidence", {str(k): _printable(v) for k, v in dict(self.evidence).items()}
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "weight": self.weight,
            "summary": self.summary,
            "evidence": dict(self.evidence),
        }


@dataclass(frozen=True)
class MechanismResult:
    """One mechanism's RFC 8601 result word, how we know it, and a short reason."""

    result: str = "none"
    basis: str = "none"  # verified | upstream | none
    detail: str = ""
    domain: str = ""  # the domain the result is about (smtp.mailfrom, header.d, header.from)

    @property
    def known_failure(self) -> bool:
        """A "fail" we know: computed here or reported by a trusted receiver, not guessed."""
        return self.result == "fail" and self.basis in ("verified", "upstream")


@dataclass(frozen=True)
class AuthSummary:
    spf: MechanismResult = MechanismResult()
    dkim: MechanismResult = MechanismResult()
    arc: MechanismResult = MechanismResult()
    dmarc: MechanismResult = MechanismResult()
    from_domain: str = ""
    dmarc_policy: str = ""  # p= of the From domain's record: none | quarantine | reject | ""
    # Domains whose DKIM signature verified (or was reported passing upstream), and the SPF
    # domain when SPF passed: "who sent this" for the sender_/link_ detectors.
    authenticated_domains: tuple[str, ...] = ()

    @property
    def basis(self) -> str:
        return self.dmarc.basis

    def to_dict(self) -> dict[str, Any]:
        return {
            "spf": self.spf.result,
            "dkim": self.dkim.result,
            "dmarc": self.dmarc.result,
            "arc": self.arc.result,
            "from_domain": self.from_domain,
            "basis": self.basis,
        }

    def explain(self) -> dict[str, Any]:
        return {
            name: {"result": m.result, "basis": m.basis, "domain": m.domain, "detail": m.detail}
            for name, m in (
                ("spf", self.spf),
                ("dkim", self.dkim),
                ("arc", self.arc),
                ("dmarc", self.dmarc),
            )
        }


@dataclass(frozen=True)
class Envelope:
    """What the SMTP session said, when we have it (milter, API); None fields are unknown.

    For a stored message the authentication code recovers these from the trace headers.
    """

    client_ip: str | None = None
    helo: str | None = None
    mail_from: str | None = None
    rcpt_to: tuple[str, ...] = ()


@dataclass(frozen=True)
class ScanResult:
    source: str
    verdict: Verdict
    score: float
    action: Action
    auth: AuthSummary
    findings: tuple[Finding, ...]
    sender: str = ""
    subject: str = ""
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "verdict": self.verdict.value,
            "score": round(self.score, 3),
            "action": self.action.value,
            "sender": self.sender,
            "subject": self.subject,
            "auth": self.auth.to_dict(),
            "findings": [f.to_dict() for f in self.findings],
            "error": self.error,
        }
