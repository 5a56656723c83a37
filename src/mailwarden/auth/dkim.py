"""DKIM (RFC 6376) with dkimpy: every DKIM-Signature verified, up to a limit.

Each signature gets its own result (RFC 8601 words):

- ``pass``: the signature verified;
- ``fail``: the key was found but the body hash or the signature did not match;
- ``permerror``: the signature or key is unusable (no key at the selector, revoked key, key
  too short, malformed or expired signature);
- ``temperror``: the key could not be fetched now (DNS failure, budget spent);
- ``neutral``: a key type we cannot verify (ed25519 without PyNaCl).

dkimpy reports a DNS failure and a missing or malformed key as a plain ``False``; we tell them
apart by what our resolver recorded for the key's name and by parsing the key ourselves.
"""

from __future__ import annotations

import binascii
import re
from dataclasses import dataclass

import dkim as dkimpy

from mailwarden.auth.dns import DnsTempError, MessageDns

MAX_SIGNATURES = 5


@dataclass(frozen=True)
class SignatureResult:
    domain: str  # d=, lower case
    selector: str  # s=
    result: str
    detail: str = ""

    @property
    def verifiable(self) -> bool:
        """A definite answer about the signature (not a DNS or library limitation)."""
        return self.result in ("pass", "fail", "permerror")


def _tag(value: bytes, name: bytes) -> str:
    match = re.search(rb"(?:^|;)\s*" + name + rb"\s*=\s*([^;]*)", value)
    if not match:
        return ""
    return re.sub(rb"\s+", b"", match.group(1)).decode("ascii", "replace").lower()


def signature_headers(raw: bytes) -> list[bytes]:
    """The raw values of the DKIM-Signature headers, in order (no DNS, no verification)."""
    end = raw.find(b"\n\n")
    crlf_end = raw.find(b"\r\n\r\n")
    if crlf_end >= 0 and (end < 0 or crlf_end < end):
        end = crlf_end
    head = raw if end < 0 else raw[:end]
    values: list[bytes] = []
    for match in re.finditer(rb"(?im)^dkim-signature[ \t]*:((?:.*)(?:\r?\n[ \t].*)*)", head):
        values.append(match.group(1))
    return values


def verify_dkim(raw: bytes, dns: MessageDns, limit: int = MAX_SIGNATURES) -> list[SignatureResult]:
    """Verify up to ``limit`` signatures, topmost first."""
    values = signature_headers(raw)
    if not values:
        return []
    try:
        verifier = dkimpy.DKIM(raw, minkey=1024)
    except (dkimpy.DKIMException, ValueError, TypeError, IndexError) as exc:
        return [
            SignatureResult(_tag(v, b"d"), _tag(v, b"s"), "permerror", f"unparseable: {exc}")
            for v in values[:limit]
        ]
    results: list[SignatureResult] = []
    for index, value in enumerate(values[:limit]):
        results.append(_verify_one(verifier, index, value, dns))
    return results


def _verify_one(
    verifier: dkimpy.DKIM, index: int, value: bytes, dns: MessageDns
) -> SignatureResult:
    domain = _tag(value, b"d")
    selector = _tag(value, b"s")
    key_name = f"{selector}._domainkey.{domain}"
    try:
        ok = verifier.verify(idx=index, dnsfunc=dns.dkim_txt)
    except dkimpy.ValidationError as exc:
        text = str(exc)
        if "body hash mismatch" in text:
            return SignatureResult(domain, selector, "fail", "body hash did not verify")
        return SignatureResult(domain, selector, "permerror", text[:200])
    except (dkimpy.NaClNotFoundError, dkimpy.UnknownKeyTypeError) as exc:
        return SignatureResult(domain, selector, "neutral", f"key type not supported: {exc}"[:200])
    except dkimpy.DKIMException as exc:
        return SignatureResult(domain, selector, "permerror", str(exc)[:200])
    except (ValueError, TypeError, IndexError, KeyError, UnicodeError, binascii.Error) as exc:
        # dkimpy on hostile signature values it does not expect
        return SignatureResult(domain, selector, "permerror", f"{type(exc).__name__}: {exc}"[:200])
    if ok:
        return SignatureResult(domain, selector, "pass", "signature verified")
    outcome = dns.outcome(key_name)
    if outcome in ("temperror", "offline"):
        return SignatureResult(domain, selector, "temperror", f"key {key_name}: DNS failure")
    if outcome in ("nxdomain", "nodata"):
        return SignatureResult(domain, selector, "permerror", f"no key at {key_name}")
    problem = _key_problem(key_name, dns)
    if problem:
        return SignatureResult(domain, selector, "permerror", problem)
    return SignatureResult(domain, selector, "fail", "signature did not verify")


def _key_problem(key_name: str, dns: MessageDns) -> str:
    """Why the key at ``key_name`` is unusable, "" if it is usable (from the cache)."""
    try:
        records = dns.txt(key_name)
    except DnsTempError:
        return ""
    if not records:
        return f"no key at {key_name}"
    try:
        dkimpy.evaluate_pk(key_name.encode("ascii", "replace"), records[0])
    except dkimpy.KeyFormatError as exc:
        return f"unusable key: {exc}"[:200]
    except (dkimpy.DKIMException, ValueError, TypeError, IndexError, binascii.Error) as exc:
        return f"unusable key: {type(exc).__name__}"
    return ""
