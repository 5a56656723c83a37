"""SPF, DKIM and DMARC against the dict resolver: no network."""

from __future__ import annotations

from typing import Any

import pytest

from mailwarden.auth.dkim import verify_dkim
from mailwarden.auth.dmarc import aligned, organisational_domain, parse_record
from mailwarden.auth.dns import DictResolver, MessageDns
from mailwarden.auth.spf import check_spf
from mailwarden.result import Envelope
from tests.auth.helpers import OTHER_KEY, key_record, run, sign
from tests.helpers import make_message

Zone = dict[str, dict[str, list[Any]]]

SPF_ZONE: Zone = {
    "example.com": {
        "TXT": ["v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 include:_spf.example.com -all"]
    },
    "_spf.example.com": {"TXT": ["v=spf1 a:relay.example.com ~all"]},
    "relay.example.com": {"A": ["198.51.100.10"]},
    "soft.example": {"TXT": ["v=spf1 ip4:192.0.2.0/24 ~all"]},
    "neutral.example": {"TXT": ["v=spf1 ?all"]},
    "nospf.example": {"TXT": ["google-site-verification=abc"]},
    "loop.example": {"TXT": ["v=spf1 include:loop.example -all"]},
    "bad.example": {"TXT": ["v=spf1 ip4:192.0.2.0/24 frobnicate -all"]},
    "two.example": {"TXT": ["v=spf1 -all", "v=spf1 +all"]},
    "helo.example": {"TXT": ["v=spf1 ip4:203.0.113.0/24 -all"]},
}


def _spf(ip: str, mail_from: str | None, helo: str | None = "mx.example.com",
         tempfail: tuple[str, ...] = ()) -> tuple[str, str]:
    dns = MessageDns(DictResolver(SPF_ZONE, tempfail=tempfail))
    outcome = check_spf(dns, ip, mail_from, helo)
    assert outcome is not None
    return outcome.result, outcome.domain


@pytest.mark.parametrize(
    "ip,mail_from,expected",
    [
        ("192.0.2.7", "a@example.com", "pass"),
        ("2001:db8::7", "a@example.com", "pass"),
        ("198.51.100.10", "a@example.com", "pass"),  # via include: and a:
        ("203.0.113.9", "a@example.com", "fail"),
        ("203.0.113.9", "a@soft.example", "softfail"),
        ("203.0.113.9", "a@neutral.example", "neutral"),
        ("203.0.113.9", "a@nospf.example", "none"),
        ("203.0.113.9", "a@nxdomain.example", "none"),
        ("203.0.113.9", "a@loop.example", "permerror"),
        ("203.0.113.9", "a@bad.example", "permerror"),
        ("203.0.113.9", "a@two.example", "permerror"),
    ],
)
def test_spf_results(ip: str, mail_from: str, expected: str) -> None:
    assert _spf(ip, mail_from)[0] == expected


def test_spf_temperror() -> None:
    assert _spf("192.0.2.7", "a@example.com", tempfail=("example.com",))[0] == "temperror"


def test_null_sender_checks_the_helo() -> None:
    assert _spf("203.0.113.5", "", helo="helo.example") == ("pass", "helo.example")
    assert _spf("192.0.2.5", "", helo="helo.example") == ("fail", "helo.example")


def test_spf_needs_an_ip_and_a_sender() -> None:
    dns = MessageDns(DictResolver(SPF_ZONE))
    assert check_spf(dns, None, "a@example.com", "h") is None
    assert check_spf(dns, "not-an-ip", "a@example.com", "h") is None
    assert check_spf(dns, "192.0.2.7", None, "h") is None
    assert check_spf(dns, "192.0.2.7", "", None) is None


def test_spf_never_leaks_to_real_dns_outside_our_checks() -> None:
    import spf

    from mailwarden.auth import spf as ours

    _spf("192.0.2.7", "a@example.com")
    assert spf.DNSLookup is ours._dispatch
    assert ours._current.get() is None


# -- DKIM ---------------------------------------------------------------------------------------

DKIM_ZONE: Zone = {
    "sel._domainkey.example.com": {"TXT": [key_record()]},
    "other._domainkey.example.com": {"TXT": [key_record(OTHER_KEY)]},
    "revoked._domainkey.example.com": {"TXT": ["v=DKIM1; k=rsa; p="]},
    "sel._domainkey.esp.example": {"TXT": [key_record()]},
}


def _message(body: str = "Hello Bob, the report is attached.") -> bytes:
    return make_message(from_="Alice <alice@example.com>", text=body)


def _dkim(raw: bytes, tempfail: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    dns = MessageDns(DictResolver(DKIM_ZONE, tempfail=tempfail))
    return [(s.domain, s.result) for s in verify_dkim(raw, dns)]


def test_dkim_pass_and_fail() -> None:
    raw = sign(_message(), "example.com")
    assert _dkim(raw) == [("example.com", "pass")]
    assert _dkim(raw.replace(b"attached", b"ATTACHED")) == [("example.com", "fail")]
    assert _dkim(raw.replace(b"Subject: Hello", b"Subject: Urgent")) == [("example.com", "fail")]


def test_dkim_key_problems() -> None:
    raw = _message()
    assert _dkim(sign(raw, "example.com", "missing")) == [("example.com", "permerror")]
    assert _dkim(sign(raw, "example.com", "revoked")) == [("example.com", "permerror")]
    # The selector publishes another key than the one that signed.
    assert _dkim(sign(raw, "example.com", "other")) == [("example.com", "fail")]
    tempfail = ("sel._domainkey.example.com",)
    assert _dkim(sign(raw, "example.com"), tempfail) == [("example.com", "temperror")]


def test_every_signature_is_verified_up_to_the_limit() -> None:
    raw = sign(sign(_message(), "esp.example"), "example.com", "missing")
    assert _dkim(raw) == [("example.com", "permerror"), ("esp.example", "pass")]
    many = _message()
    for _ in range(7):
        many = sign(many, "example.com")
    assert len(_dkim(many)) == 5


def test_malformed_signatures_are_permerrors() -> None:
    raw = b"DKIM-Signature: v=1; a=rsa-sha256; d=example.com; garbage\r\n" + _message()
    assert _dkim(raw) == [("example.com", "permerror")]
    raw = b"DKIM-Signature: ;;;===;\r\n" + _message()
    assert [r for _, r in _dkim(raw)] == ["permerror"]


# -- DMARC --------------------------------------------------------------------------------------


def test_organisational_domain_and_alignment() -> None:
    assert organisational_domain("a.b.example.co.uk") == "example.co.uk"
    assert organisational_domain("accountprotection.microsoft.com") == "microsoft.com"
    assert aligned("mail.example.com", "example.com", "r")
    assert not aligned("mail.example.com", "example.com", "s")
    assert aligned("example.com", "EXAMPLE.com.", "s")
    assert not aligned("example.net", "example.com", "r")
    assert not aligned("", "example.com", "r")


def test_record_parsing() -> None:
    record = parse_record("v=DMARC1; p=reject; sp=quarantine; adkim=s; aspf=s; pct=50")
    assert record is not None
    assert (record.p, record.sp, record.adkim, record.aspf, record.pct) == (
        "reject", "quarantine", "s", "s", 50
    )
    assert parse_record("v=spf1 -all") is None
    assert parse_record("v=DMARC1; p=bogus") is None
    with_rua = parse_record("v=DMARC1; p=bogus; rua=mailto:d@example.com")
    assert with_rua is not None and with_rua.p == "none"
    assert parse_record("v=DMARC1") is None


def _dmarc_zone(**records: str) -> Zone:
    zone: Zone = {
        "sel._domainkey.example.com": {"TXT": [key_record()]},
        "sel._domainkey.mail.example.com": {"TXT": [key_record()]},
        "sel._domainkey.esp.example": {"TXT": [key_record()]},
        "example.com": {"TXT": ["v=spf1 ip4:192.0.2.0/24 -all"]},
        "bounces.example.com": {"TXT": ["v=spf1 ip4:192.0.2.0/24 -all"]},
        "esp.example": {"TXT": ["v=spf1 ip4:198.51.100.0/24 -all"]},
    }
    for name, text in records.items():
        zone[name.replace("__", ".")] = {"TXT": [text]}
    return zone


def _dmarc_case(
    from_domain: str, dkim_domain: str | None, mail_from: str, ip: str, zone: Zone,
    tempfail: tuple[str, ...] = (),
) -> tuple[str, str, str]:
    raw = make_message(from_=f"Alice <alice@{from_domain}>", text="Quarterly report")
    if dkim_domain:
        raw = sign(raw, dkim_domain)
    summary = run(raw, zone, Envelope(client_ip=ip, helo="mx.sender", mail_from=mail_from),
                  tempfail=tempfail)
    return summary.dmarc.result, summary.dmarc.basis, summary.dmarc_policy


REJECT = {"_dmarc__example__com": "v=DMARC1; p=reject"}


def test_dmarc_pass_by_aligned_dkim_or_spf() -> None:
    zone = _dmarc_zone(**REJECT)
    assert _dmarc_case("example.com", "example.com", "x@esp.example", "203.0.113.1", zone) == (
        "pass", "verified", "reject"
    )
    assert _dmarc_case("example.com", None, "x@example.com", "192.0.2.9", zone)[0] == "pass"
    # Relaxed: a subdomain's signature and envelope align with the organisational domain.
    assert _dmarc_case("example.com", "mail.example.com", "x@esp.example", "203.0.113.1",
                       zone)[0] == "pass"
    assert _dmarc_case("example.com", None, "x@bounces.example.com", "192.0.2.9",
                       zone)[0] == "pass"


def test_dmarc_fail_when_nothing_aligns() -> None:
    zone = _dmarc_zone(**REJECT)
    # DKIM and SPF pass, but for the ESP's domain, not the author's.
    assert _dmarc_case("example.com", "esp.example", "x@esp.example", "198.51.100.5", zone) == (
        "fail", "verified", "reject"
    )


def test_dmarc_strict_alignment() -> None:
    zone = _dmarc_zone(_dmarc__example__com="v=DMARC1; p=quarantine; adkim=s; aspf=s")
    assert _dmarc_case("example.com", "mail.example.com", "x@bounces.example.com",
                       "192.0.2.9", zone)[:1] == ("fail",)
    assert _dmarc_case("example.com", "example.com", "x@esp.example", "203.0.113.1",
                       zone) == ("pass", "verified", "quarantine")


def test_dmarc_organisational_fallback_and_subdomain_policy() -> None:
    zone = _dmarc_zone(_dmarc__example__com="v=DMARC1; p=none; sp=reject")
    result = _dmarc_case("news.example.com", "esp.example", "x@esp.example", "198.51.100.5",
                         zone)
    assert result == ("fail", "verified", "reject")
    assert _dmarc_case("example.com", "esp.example", "x@esp.example", "198.51.100.5",
                       zone)[2] == "none"


def test_dmarc_without_a_record_is_none() -> None:
    assert _dmarc_case("example.com", "example.com", "x@example.com", "192.0.2.9",
                       _dmarc_zone()) == ("none", "verified", "")
    two = _dmarc_zone(_dmarc__example__com="v=DMARC1; p=reject")
    two["_dmarc.example.com"]["TXT"].append("v=DMARC1; p=none")
    assert _dmarc_case("example.com", None, "x@example.com", "192.0.2.9", two)[0] == "none"


def test_dmarc_temperror() -> None:
    zone = _dmarc_zone(**REJECT)
    result = _dmarc_case("example.com", "esp.example", "x@esp.example", "198.51.100.5", zone,
                         tempfail=("_dmarc.example.com",))
    assert result[:2] == ("temperror", "none")


@pytest.mark.parametrize(
    "from_header,expected",
    [
        ("a@example.com, b@example.net", "permerror"),
        ("undisclosed-recipients:;", "none"),
        ("", "none"),
    ],
)
def test_dmarc_from_problems(from_header: str, expected: str) -> None:
    raw = make_message(from_=from_header or "x", text="hi")
    if not from_header:
        raw = raw.replace(b"From: x\n", b"")
    summary = run(raw, _dmarc_zone(**REJECT))
    assert summary.dmarc.result == expected


def test_two_from_fields_are_a_permerror() -> None:
    raw = b"From: a@example.com\nFrom: b@example.com\nSubject: x\n\nhi\n"
    assert run(raw, _dmarc_zone(**REJECT)).dmarc.result == "permerror"
