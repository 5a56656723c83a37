"""Signing test mail with the test keys, and the DNS records that publish them."""

from __future__ import annotations

import base64
from pathlib import Path

import dkim
from dkim.crypto import parse_pem_private_key

from mailwarden.auth.dns import DictResolver
from mailwarden.config import Policy, load_policy
from mailwarden.message.parse import Message
from mailwarden.result import AuthSummary, Envelope

KEYS = Path(__file__).parent / "keys"
KEY = (KEYS / "test-dkim.pem").read_bytes()
OTHER_KEY = (KEYS / "test-dkim-other.pem").read_bytes()

SIGNED_HEADERS = [b"from", b"to", b"subject", b"date", b"message-id"]


def _der(tag: int, content: bytes) -> bytes:
    n = len(content)
    if n < 0x80:
        length = bytes([n])
    else:
        raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
        length = bytes([0x80 | len(raw)]) + raw
    return bytes([tag]) + length + content


def _der_int(value: int) -> bytes:
    raw = value.to_bytes(value.bit_length() // 8 + 1, "big")  # leading 0 keeps it positive
    return _der(0x02, raw)


def public_key_b64(pem: bytes) -> str:
    """The key's SubjectPublicKeyInfo, base64: the p= of its DKIM key record."""
    key = parse_pem_private_key(pem)
    rsa_public = _der(0x30, _der_int(key["modulus"]) + _der_int(key["publicExponent"]))
    rsa_oid = bytes.fromhex("2a864886f70d010101")
    algorithm = _der(0x30, _der(0x06, rsa_oid) + _der(0x05, b""))
    spki = _der(0x30, algorithm + _der(0x03, b"\x00" + rsa_public))
    return base64.b64encode(spki).decode()


def key_record(pem: bytes = KEY) -> str:
    return f"v=DKIM1; k=rsa; p={public_key_b64(pem)}"


def sign(
    raw: bytes, domain: str, selector: str = "sel", key: bytes = KEY,
    headers: list[bytes] | None = None,
) -> bytes:
    """``raw`` with a DKIM-Signature by ``domain`` prepended (relaxed/relaxed)."""
    signature = dkim.sign(
        raw, selector.encode(), domain.encode(), key,
        canonicalize=(b"relaxed", b"relaxed"), include_headers=headers or SIGNED_HEADERS,
    )
    return signature + raw


def policy(**auth: object) -> Policy:
    return load_policy(extra={"auth": auth} if auth else None)


def run(
    raw: bytes, zone: dict[str, dict[str, list[object]]], envelope: Envelope | None = None,
    pol: Policy | None = None, tempfail: tuple[str, ...] = (),
) -> AuthSummary:
    from mailwarden.auth import authenticate

    return authenticate(
        Message(raw), pol or policy(), envelope, DictResolver(zone, tempfail=tempfail)
    )
