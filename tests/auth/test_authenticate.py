"""authenticate(): the basis of each result (verified, upstream, none), the summary's
authenticated domains, our Authentication-Results header, ARC, and hostile input."""

from __future__ import annotations

from typing import Any

import dkim
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailwarden.auth import authenticate, authenticate_report, render_authentication_results
from mailwarden.auth.dns import DictResolver, OfflineResolver
from mailwarden.config import load_policy
from mailwarden.message.parse import Message
from mailwarden.result import Envelope
from tests.auth.helpers import KEY, key_record, policy, run, sign
from tests.helpers import make_message

Zone = dict[str, dict[str, list[Any]]]

ZONE: Zone = {
    "sel._domainkey.example.com": {"TXT": [key_record()]},
    "example.com": {"TXT": ["v=spf1 ip4:192.0.2.0/24 -all"]},
    "_dmarc.example.com": {"TXT": ["v=DMARC1; p=reject"]},
}
ENVELOPE = Envelope(client_ip="192.0.2.5", helo="mx.example.com", mail_from="b@example.com")
EXTERNAL = "from mx.example.com (mx.example.com [192.0.2.5]) by mx.ours.example"
M365_PASS = (
    "spf=pass (sender IP is 192.0.2.5) smtp.mailfrom=example.com; dkim=pass (signature was "
    "verified) header.d=example.com;dmarc=pass action=none header.from=example.com;"
    "compauth=pass reason=100"
)
OURS_PASS = (
    "mx.ours.example; spf=pass smtp.mailfrom=b@example.com; dkim=pass header.d=example.com; "
    "arc=pass; dmarc=pass header.from=example.com"
)
TRUST_OURS = {"trusted_authserv_ids": ["mx.ours.example"]}


def _signed(ar: str | None = None, name: str = "Authentication-Results") -> bytes:
    headers = [(name, ar)] if ar else []
    headers.append(("Received", EXTERNAL))
    headers.append(("Return-Path", "<b@example.com>"))
    raw = make_message(from_="Alice <alice@example.com>", text="Report", headers=headers)
    return sign(raw, "example.com")


def test_everything_verified() -> None:
    summary = run(_signed(), ZONE, ENVELOPE)
    for mech in (summary.spf, summary.dkim, summary.dmarc, summary.arc):
        assert mech.basis == "verified"
    assert (summary.spf.result, summary.dkim.result, summary.dmarc.result) == (
        "pass", "pass", "pass"
    )
    assert summary.authenticated_domains == ("example.com",)
    assert summary.to_dict()["basis"] == "verified"


def test_client_and_sender_come_from_the_headers_without_an_envelope() -> None:
    summary = run(_signed(), ZONE)
    assert (summary.spf.result, summary.spf.basis) == ("pass", "verified")


def test_offline_uses_trusted_upstream_results() -> None:
    raw = _signed(OURS_PASS)
    summary = authenticate(Message(raw), policy(**TRUST_OURS), None, OfflineResolver())
    for mech in (summary.spf, summary.dkim, summary.dmarc):
        assert (mech.result, mech.basis) == ("pass", "upstream"), summary.explain()
    # No ARC set in the message: that needs no DNS and is known here.
    assert (summary.arc.result, summary.arc.basis) == ("none", "verified")
    assert summary.dkim.domain == "example.com"
    assert "mx.ours.example" in summary.dmarc.detail
    assert summary.authenticated_domains == ("example.com",)


def test_offline_without_upstream_knows_nothing() -> None:
    summary = authenticate(Message(_signed()), policy(), None, OfflineResolver())
    assert (summary.spf.result, summary.spf.basis) == ("none", "none")
    assert (summary.dkim.result, summary.dkim.basis) == ("none", "none")
    assert (summary.dmarc.result, summary.dmarc.basis) == ("none", "none")
    assert summary.authenticated_domains == ()


def test_offline_microsoft_365_form_needs_trust() -> None:
    raw = _signed(M365_PASS)
    trusted = authenticate(Message(raw), policy(trust_microsoft_365=True), None, OfflineResolver())
    assert (trusted.dmarc.result, trusted.dmarc.basis) == ("pass", "upstream")
    assert "Microsoft 365" in trusted.dmarc.detail
    untrusted = authenticate(Message(raw), policy(), None, OfflineResolver())
    assert untrusted.dmarc.basis == "none"


def test_a_forged_upstream_header_below_the_boundary_is_ignored() -> None:
    headers = [("Received", EXTERNAL), ("Authentication-Results", OURS_PASS)]
    raw = make_message(from_="Alice <alice@example.com>", text="x", headers=headers)
    summary = authenticate(Message(raw), policy(**TRUST_OURS), None, OfflineResolver())
    assert summary.dmarc.basis == "none"
    assert summary.spf.basis == "none"


def test_verification_beats_upstream_when_it_is_possible() -> None:
    # Upstream says pass; we can verify, and the message was altered: our fail stands.
    raw = _signed(OURS_PASS).replace(b"Report", b"Invoice")
    summary = run(raw, ZONE, ENVELOPE, policy(**TRUST_OURS))
    assert (summary.dkim.result, summary.dkim.basis) == ("fail", "verified")


def test_dns_failure_falls_back_to_upstream() -> None:
    raw = _signed(OURS_PASS)
    summary = run(raw, ZONE, ENVELOPE, policy(**TRUST_OURS),
                  tempfail=("sel._domainkey.example.com", "example.com", "_dmarc.example.com"))
    assert (summary.dkim.result, summary.dkim.basis) == ("pass", "upstream")
    assert (summary.spf.result, summary.spf.basis) == ("pass", "upstream")
    assert (summary.dmarc.result, summary.dmarc.basis) == ("pass", "upstream")


def test_dns_failure_without_upstream_is_a_temperror() -> None:
    summary = run(_signed(), ZONE, ENVELOPE, tempfail=("sel._domainkey.example.com",))
    assert (summary.dkim.result, summary.dkim.basis) == ("temperror", "none")
    # SPF still passes aligned: DMARC passes.
    assert (summary.dmarc.result, summary.dmarc.basis) == ("pass", "verified")


def test_a_rotated_key_falls_back_to_upstream() -> None:
    zone = {k: v for k, v in ZONE.items() if not k.startswith("sel._domainkey")}
    summary = run(_signed(OURS_PASS), zone, Envelope(), policy(**TRUST_OURS))
    assert (summary.dkim.result, summary.dkim.basis) == ("pass", "upstream")
    without = run(_signed(), zone, Envelope())
    assert (without.dkim.result, without.dkim.basis) == ("permerror", "none")


def test_dmarc_with_unknown_inputs_is_not_called_a_certain_fail() -> None:
    # No client IP and a key gone: DMARC cannot know; it is not "verified".
    zone = {k: v for k, v in ZONE.items() if not k.startswith("sel._domainkey")}
    raw = make_message(from_="Alice <alice@example.com>", text="x")
    summary = run(sign(raw, "example.com"), zone)
    assert summary.dmarc.result == "fail"
    assert summary.dmarc.basis == "none"


def test_null_sender_uses_the_helo_for_spf_and_alignment() -> None:
    zone = dict(ZONE)
    zone["mx.example.com"] = {"TXT": ["v=spf1 ip4:192.0.2.5 -all"]}
    raw = make_message(from_="Alice <alice@example.com>", text="x")
    env = Envelope(client_ip="192.0.2.5", helo="mx.example.com", mail_from="")
    summary = run(raw, zone, env)
    assert (summary.spf.result, summary.spf.domain) == ("pass", "mx.example.com")
    assert summary.dmarc.result == "pass"


def test_render_authentication_results() -> None:
    raw = _signed()
    report = authenticate_report(Message(raw), policy(), ENVELOPE, DictResolver(ZONE))
    header = render_authentication_results(report, "mx.ours.example")
    assert header.startswith("mx.ours.example; spf=pass smtp.mailfrom=example.com; ")
    assert "dkim=pass (signature verified) header.d=example.com header.s=sel" in header
    assert "dmarc=pass (p=reject) header.from=example.com" in header
    assert "\n" not in header
    short = render_authentication_results(report.summary, "mx.ours.example")
    assert "dkim=pass header.d=example.com" in short
    offline = authenticate(Message(make_message()), policy(), None, OfflineResolver())
    assert render_authentication_results(offline, "mx") == "mx; dkim=none; arc=none"
    upstream = authenticate(Message(_signed(OURS_PASS)), policy(**TRUST_OURS), None,
                            OfflineResolver())
    assert "dmarc=pass (from upstream)" in render_authentication_results(upstream, "mx")


def test_the_engine_builds_its_resolver_from_the_settings() -> None:
    from mailwarden.auth.dns import CachingResolver
    from mailwarden.engine import Engine

    engine = Engine(load_policy(extra={"dns": {"nameservers": ["127.0.0.1:5353"]}}))
    assert isinstance(engine.resolver, CachingResolver)
    assert isinstance(Engine(load_policy(extra={"dns": {"offline": True}})).resolver,
                      OfflineResolver)
    given_resolver = DictResolver({})
    assert Engine(load_policy(), resolver=given_resolver).resolver is given_resolver


# -- ARC ----------------------------------------------------------------------------------------


class _FakeResult:
    def __init__(self, method: str, result: str) -> None:
        self.method, self.result = method, result

    def __str__(self) -> str:
        return f"{self.method}={self.result}"


class _FakeHeader:
    def __init__(self, authserv_id: str, results: list[_FakeResult]) -> None:
        self.authserv_id, self.results = authserv_id, results


class _FakeAuthres:
    """Just enough of the ``authres`` package for dkimpy's ARC signer to seal a test
    message (verification, which Mailwarden uses, does not need it)."""

    class AuthenticationResultsHeader:
        @staticmethod
        def parse(text: str) -> _FakeHeader:
            value = text.split(":", 1)[1]
            parts = [p.strip() for p in value.split(";")]
            results = [_FakeResult(*p.split(" ")[0].split("=", 1)) for p in parts[1:] if "=" in p]
            return _FakeHeader(parts[0], results)

    class core:
        SyntaxError = ValueError


def _arc_sealed(monkeypatch: pytest.MonkeyPatch) -> bytes:
    monkeypatch.setattr(dkim, "authres", _FakeAuthres, raising=False)
    raw = make_message(
        from_="Alice <alice@example.com>", text="Forwarded report",
        headers=[("Authentication-Results", "lists.example.org; dkim=pass header.d=example.com")],
    )
    raw = raw.replace(b"\n", b"\r\n")
    seal = dkim.arc_sign(raw, b"sel", b"example.com", KEY, b"lists.example.org")
    return b"".join(seal) + raw


def test_arc_chain_pass_and_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = _arc_sealed(monkeypatch)
    summary = run(raw, ZONE)
    assert (summary.arc.result, summary.arc.basis, summary.arc.domain) == (
        "pass", "verified", "example.com"
    )
    tampered = run(raw.replace(b"Forwarded report", b"Forwarded invoice"), ZONE)
    assert (tampered.arc.result, tampered.arc.basis) == ("fail", "verified")
    offline = authenticate(Message(raw), policy(), None, OfflineResolver())
    assert (offline.arc.result, offline.arc.basis) == ("none", "none")
    failing_dns = run(raw, ZONE, tempfail=("sel._domainkey.example.com",))
    assert failing_dns.arc.result == "temperror"


def test_overlong_and_broken_arc_chains_fail() -> None:
    seals = b"".join(
        b"ARC-Seal: i=%d; a=rsa-sha256; cv=none; d=example.com; s=sel; b=AAAA\r\n" % i
        for i in range(1, 13)
    )
    raw = seals + make_message(text="x")
    assert run(raw, ZONE).arc.result == "fail"
    broken = b"ARC-Seal: i=1; cv=none; d=example.com\r\n" + make_message(text="x")
    assert run(broken, ZONE).arc.result == "fail"


# -- hostile input ------------------------------------------------------------------------------

_HEADER_NAMES = st.sampled_from([
    "Received", "Authentication-Results", "ARC-Authentication-Results", "ARC-Seal",
    "ARC-Message-Signature", "DKIM-Signature", "From", "Return-Path",
])
_VALUES = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from(";=()[]<>@:. \""),
    max_size=200,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_HEADER_NAMES, _VALUES), max_size=8))
def test_hostile_headers_never_raise(headers: list[tuple[str, str]]) -> None:
    head = "".join(f"{name}: {value}\r\n" for name, value in headers).encode("utf-8")
    raw = head + b"From: a@example.com\r\nSubject: x\r\n\r\nbody\r\n"
    trusting = policy(trust_microsoft_365=True, trusted_authserv_ids=["mx.ours.example"])
    report = authenticate_report(Message(raw), trusting, None, DictResolver(ZONE))
    render_authentication_results(report, "mx.ours.example")
    authenticate(Message(raw), policy(boundary_hosts=["*.example"]), ENVELOPE,
                 DictResolver(ZONE))


def test_hostile_dns_records_never_raise() -> None:
    zone: Zone = {
        "sel._domainkey.example.com": {"TXT": ["v=DKIM1; k=rsa; p=!!!notbase64"]},
        "example.com": {"TXT": ["v=spf1 ip4:999.1.1.1/99 exists:%{zzz} redirect=" + "a" * 300]},
        "_dmarc.example.com": {"TXT": ["v=DMARC1; p=reject; pct=abc; adkim=x"]},
    }
    summary = run(_signed(), zone, ENVELOPE)
    assert summary.dkim.result == "permerror"
    assert summary.spf.result == "permerror"
    assert summary.dmarc.result == "fail"


def test_a_third_party_failure_does_not_hide_upstreams_result_for_the_author() -> None:
    zone = {k: v for k, v in ZONE.items() if not k.startswith("sel._domainkey")}
    zone["sel._domainkey.esp.example"] = {"TXT": [key_record()]}
    raw = sign(sign(_signed(OURS_PASS), "esp.example"), "example.com", "gone")
    raw = raw.replace(b"Report", b"Reports")  # breaks the ESP's signature
    summary = run(raw, zone, ENVELOPE, policy(**TRUST_OURS))
    assert (summary.dkim.result, summary.dkim.basis, summary.dkim.domain) == (
        "pass", "upstream", "example.com"
    )


def test_header_end_finds_lf_and_crlf_blank_lines() -> None:
    from mailwarden.auth import _header_end

    assert _header_end(b"A: 1\nB: 2\n\nbody arc-seal") == 9
    assert _header_end(b"A: 1\r\nB: 2\r\n\r\nbody arc-seal") == 11
    assert _header_end(b"A: 1") == 4
