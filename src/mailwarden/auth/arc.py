"""ARC (RFC 8617) chain validation with dkimpy's ``arc_verify``.

The result is the chain validation status of the chain as it arrived: ``none`` (no ARC sets),
``pass`` or ``fail``; ``temperror`` when a key could not be fetched. A chain longer than
``MAX_ARC_SETS`` is not verified (bounded work) and fails, as RFC 8617 §4.2.1 fails chains
beyond 50 sets. ARC says which intermediaries handled the message; it never overrides DMARC
here.
"""

from __future__ import annotations

import binascii
import re
from dataclasses import dataclass

import dkim as dkimpy

from mailwarden.auth.dns import MessageDns

MAX_ARC_SETS = 10
_INSTANCE = re.compile(rb"(?:^|;)\s*i\s*=\s*(\d+)", re.IGNORECASE)


@dataclass(frozen=True)
class ArcOutcome:
    result: str  # none | pass | fail | temperror
    detail: str
    domain: str = ""  # d= of the newest ARC-Seal
    instances: int = 0


def _arc_seals(raw: bytes) -> list[bytes]:
    end = raw.find(b"\n\n")
    crlf_end = raw.find(b"\r\n\r\n")
    if crlf_end >= 0 and (end < 0 or crlf_end < end):
        end = crlf_end
    head = raw if end < 0 else raw[:end]
    return [
        m.group(1) for m in re.finditer(rb"(?im)^arc-seal[ \t]*:((?:.*)(?:\r?\n[ \t].*)*)", head)
    ]


def verify_arc(raw: bytes, dns: MessageDns) -> ArcOutcome:
    seals = _arc_seals(raw)
    if not seals:
        return ArcOutcome("none", "no ARC sets")
    instances = []
    newest_domain = ""
    for seal in seals:
        match = _INSTANCE.search(seal)
        if match and len(match.group(1)) < 4:
            instances.append(int(match.group(1)))
    if instances:
        top = max(instances)
        for seal in seals:
            match = _INSTANCE.search(seal)
            if match and len(match.group(1)) < 4 and int(match.group(1)) == top:
                d = re.search(rb"(?:^|;)\s*d\s*=\s*([^;\s]+)", seal)
                newest_domain = d.group(1).decode("ascii", "replace").lower() if d else ""
                break
    if len(seals) > MAX_ARC_SETS or (instances and max(instances) > MAX_ARC_SETS):
        return ArcOutcome(
            "fail",
            f"more than {MAX_ARC_SETS} ARC sets (not verified)",
            newest_domain,
            len(seals),
        )
    asked_before = len(dns.asked)
    try:
        cv, _results, reason = dkimpy.arc_verify(raw, dnsfunc=dns.dkim_txt)
    except (
        dkimpy.DKIMException,
        ValueError,
        TypeError,
        IndexError,
        KeyError,
        UnicodeError,
        binascii.Error,
    ) as exc:
        return ArcOutcome("fail", f"{type(exc).__name__}: {exc}"[:200], newest_domain, len(seals))
    reason_text = reason if isinstance(reason, str) else str(reason)
    if cv == dkimpy.CV_Pass:
        return ArcOutcome("pass", "chain validated", newest_domain, len(seals))
    # dkimpy turns a DNS failure into a failed signature; a failed key fetch is temporary.
    if any(q.outcome in ("temperror", "offline") for q in dns.asked[asked_before:]):
        return ArcOutcome("temperror", "an ARC key could not be fetched", newest_domain, len(seals))
    if cv == dkimpy.CV_None:
        return ArcOutcome("none", reason_text[:200], newest_domain, len(seals))
    return ArcOutcome(
        "fail", reason_text[:200] or "chain did not validate", newest_domain, len(seals)
    )
