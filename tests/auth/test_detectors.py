"""The auth_ detectors: each fires on a message it must and stays silent on one it must not."""

from __future__ import annotations

from typing import Any

from mailwarden.auth.dns import DictResolver
from mailwarden.config import load_policy
from mailwarden.engine import Engine
from mailwarden.result import Envelope, ScanResult
from tests.auth.helpers import key_record, sign
from tests.helpers import finding_ids, make_message

ZONE: dict[str, dict[str, list[Any]]] = {
    "sel._domainkey.bank.example": {"TXT": [key_record()]},
    "sel._domainkey.bulk.example": {"TXT": [key_record()]},
    "bank.example": {"TXT": ["v=spf1 ip4:192.0.2.0/24 -all"]},
    "soft.example": {"TXT": ["v=spf1 ip4:192.0.2.0/24 ~all"]},
    "bulk.example": {"TXT": ["v=spf1 ip4:198.51.100.0/24 -all"]},
    "_dmarc.bank.example": {"TXT": ["v=DMARC1; p=reject"]},
    "_dmarc.relaxed.example": {"TXT": ["v=DMARC1; p=none"]},
}


def _scan(raw: bytes, envelope: Envelope, zone: dict[str, dict[str, list[Any]]] = ZONE,
          offline: bool = False) -> ScanResult:
    extra = {"dns": {"offline": True}} if offline else None
    engine = Engine(load_policy(extra=extra), resolver=None if offline else DictResolver(zone))
    return engine.scan(raw, envelope=envelope)


def _mail(from_domain: str) -> bytes:
    return make_message(from_=f"Billing <billing@{from_domain}>", subject="Statement",
                        text="Your monthly statement is ready.")


BULK = Envelope(client_ip="198.51.100.7", helo="out.bulk.example", mail_from="b@bulk.example")


def test_dmarc_fail_under_reject_fires() -> None:
    # Signed and sent by another domain than the author's: nothing aligns with bank.example.
    result = _scan(sign(_mail("bank.example"), "bulk.example"), BULK)
    findings = {f.id: f for f in result.findings}
    assert "AUTH_DMARC_FAIL" in findings
    assert findings["AUTH_DMARC_FAIL"].evidence["policy"] == "p=reject"
    assert 0 < findings["AUTH_DMARC_FAIL"].weight <= 2.5


def test_dmarc_stays_silent_on_pass_p_none_and_offline() -> None:
    passing = Envelope(client_ip="192.0.2.7", helo="mx.bank.example", mail_from="b@bank.example")
    assert "AUTH_DMARC_FAIL" not in finding_ids(_scan(sign(_mail("bank.example"),
                                                           "bank.example"), passing))
    assert "AUTH_DMARC_FAIL" not in finding_ids(_scan(_mail("relaxed.example"), BULK))
    offline = _scan(sign(_mail("bank.example"), "bulk.example"), BULK, offline=True)
    assert not {i for i in finding_ids(offline) if i.startswith("AUTH_")}


def test_spf_hard_fail_fires_and_softfail_does_not() -> None:
    stranger = Envelope(client_ip="203.0.113.9", helo="x", mail_from="b@bank.example")
    result = _scan(_mail("bank.example"), stranger)
    assert "AUTH_SPF_FAIL" in finding_ids(result)
    soft = Envelope(client_ip="203.0.113.9", helo="x", mail_from="b@soft.example")
    assert "AUTH_SPF_FAIL" not in finding_ids(_scan(_mail("soft.example"), soft))
    passing = Envelope(client_ip="192.0.2.9", helo="x", mail_from="b@bank.example")
    assert "AUTH_SPF_FAIL" not in finding_ids(_scan(_mail("bank.example"), passing))


def test_dkim_fail_of_the_from_domain_fires() -> None:
    altered = sign(_mail("bank.example"), "bank.example").replace(b"ready", b"overdue")
    result = _scan(altered, BULK)
    findings = {f.id: f for f in result.findings}
    assert "AUTH_DKIM_FAIL" in findings
    assert findings["AUTH_DKIM_FAIL"].evidence["signing_domain"] == "bank.example"


def test_dkim_stays_silent_for_third_parties_missing_keys_and_passes() -> None:
    third_party = sign(_mail("bank.example"), "bulk.example").replace(b"ready", b"overdue")
    assert "AUTH_DKIM_FAIL" not in finding_ids(_scan(third_party, BULK))
    no_key = sign(_mail("bank.example"), "bank.example", selector="gone")
    assert "AUTH_DKIM_FAIL" not in finding_ids(_scan(no_key, BULK))
    passing = sign(_mail("bank.example"), "bank.example")
    assert "AUTH_DKIM_FAIL" not in finding_ids(_scan(passing, BULK))
