"""auth_dmarc: a known brand's own domain failing DMARC under p=reject is a forged brand sender."""

from __future__ import annotations

from typing import Any

from mailwarden.auth.dns import DictResolver
from mailwarden.config import load_policy
from mailwarden.engine import Engine
from mailwarden.result import Envelope, ScanResult
from tests.auth.helpers import key_record, sign
from tests.helpers import finding_ids, make_message

ZONE: dict[str, dict[str, list[Any]]] = {
    "sel._domainkey.bulk.example": {"TXT": [key_record()]},
    "sel._domainkey.intl.paypal.com": {"TXT": [key_record()]},
    "bulk.example": {"TXT": ["v=spf1 ip4:198.51.100.0/24 -all"]},
    "intl.paypal.com": {"TXT": ["v=spf1 ip4:192.0.2.0/24 -all"]},
    "_dmarc.paypal.com": {"TXT": ["v=DMARC1; p=reject"]},
    "_dmarc.yahoo.com": {"TXT": ["v=DMARC1; p=reject"]},
    "_dmarc.bank.example": {"TXT": ["v=DMARC1; p=reject"]},
}
BULK = Envelope(client_ip="198.51.100.7", helo="out.bulk.example", mail_from="b@bulk.example")
BRAND = "AUTH_DMARC_FAIL_BRAND"
PLAIN = "AUTH_DMARC_FAIL"


def _scan(raw: bytes, envelope: Envelope) -> ScanResult:
    return Engine(load_policy(), resolver=DictResolver(ZONE)).scan(raw, envelope=envelope)


def _mail(sender: str) -> bytes:
    return make_message(from_=f"Service <{sender}>", subject="You added a phone number",
                        text="You added a phone number to your account.")


def test_forged_brand_sender_is_named() -> None:
    result = _scan(sign(_mail("service@intl.paypal.com"), "bulk.example"), BULK)
    findings = {f.id: f for f in result.findings}
    assert BRAND in findings and PLAIN not in findings
    assert findings[BRAND].evidence["brand"] == "PayPal"
    assert findings[BRAND].evidence["policy"] == "p=reject"


def test_unknown_domain_and_freemail_keep_the_plain_finding() -> None:
    plain = finding_ids(_scan(sign(_mail("billing@bank.example"), "bulk.example"), BULK))
    assert PLAIN in plain and BRAND not in plain
    # A yahoo.com user's mail through a forwarder that breaks the signature: a user, not Yahoo.
    user = finding_ids(_scan(sign(_mail("jo.smith@yahoo.com"), "bulk.example"), BULK))
    assert PLAIN in user and BRAND not in user


def test_brand_mail_that_passes_is_silent() -> None:
    own = Envelope(client_ip="192.0.2.9", helo="mx.intl.paypal.com",
                   mail_from="bounce@intl.paypal.com")
    ids = finding_ids(_scan(sign(_mail("service@intl.paypal.com"), "intl.paypal.com"), own))
    assert BRAND not in ids and PLAIN not in ids
