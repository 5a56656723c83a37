"""Scenario: phishing from a real, authenticated sender.

A hijacked ``accountprotection.microsoft.com`` mailbox sends mail that passes SPF, DKIM and
DMARC (p=reject) and links to a fake login page. The test runs its own DNS server on
127.0.0.1 publishing the sender's DKIM key, SPF and DMARC records, signs the messages with a
test key, and scans them with the real resolver, as the milter would, with the SMTP envelope:

(a) the phishing message authenticates (spf, dkim, dmarc = pass, basis verified), and the
    verdict is still not clean, with LINK_OFF_BRAND naming the off-brand link;
(b) genuine notifications from the same sender, linking only to Microsoft's own domains, are
    clean;
(c) the phishing message altered after signing gets dkim=fail.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mailwarden.config import load_policy
from mailwarden.engine import Engine
from mailwarden.result import Envelope, ScanResult, Verdict
from tests.auth.helpers import key_record, sign
from tests.dnsserver import ZoneServer
from tests.helpers import finding_ids, make_message

SENDER = "account-security-noreply@accountprotection.microsoft.com"
SENDER_DOMAIN = "accountprotection.microsoft.com"
PHISH_URL = "https://login-micros0ft-verify.example-top.top/common/oauth2/signin?session=8f2a"

ZONE: dict[str, dict[str, list[object]]] = {
    f"sel._domainkey.{SENDER_DOMAIN}": {"TXT": [key_record()]},
    SENDER_DOMAIN: {"TXT": ["v=spf1 ip4:127.0.0.0/24 -all"]},
    # No record at the sender's own name: DMARC falls back to the organisational domain.
    "_dmarc.microsoft.com": {
        "TXT": ["v=DMARC1; p=reject; pct=100; rua=mailto:d@rua.example.net"]
    },
}

ENVELOPE = Envelope(
    client_ip="127.0.0.5",
    helo="mail-out.accountprotection.microsoft.com",
    mail_from=SENDER,
    rcpt_to=("victim@example.org",),
)


def _mail(subject: str, html: str, text: str) -> bytes:
    raw = make_message(
        from_=f"Microsoft account team <{SENDER}>",
        to="victim@example.org",
        subject=subject,
        text=text,
        html=html,
    )
    return sign(raw, SENDER_DOMAIN, "sel")


PHISH_HTML = f"""<html><body>
<p>Microsoft account</p>
<h2>Unusual sign-in activity</h2>
<p>We detected something unusual about a recent sign-in to the Microsoft account
vi*****@example.org. To keep your account secure, verify your account within 24 hours or it
will be suspended.</p>
<p><a href="{PHISH_URL}">Review recent activity</a></p>
<p>Thanks,<br>The Microsoft account team</p>
</body></html>"""
PHISH_TEXT = (
    "We detected something unusual about a recent sign-in to your Microsoft account. "
    f"Verify your account within 24 hours or it will be suspended: {PHISH_URL}"
)

GENUINE = [
    (
        "Microsoft account security info was added",
        """<html><body><p>Microsoft account</p><h2>Security info was added</h2>
<p>The following security info was recently added to the Microsoft account
vi*****@example.org: an authenticator app.</p>
<p>If you added this, you can ignore this message. You can review your security info at
<a href="https://account.microsoft.com/security">account.microsoft.com/security</a>.</p>
<p>To opt out or change where you receive security notifications,
<a href="https://account.live.com/SecurityNotifications/Update">click here</a>.</p>
<p>Thanks,<br>The Microsoft account team</p></body></html>""",
        "The following security info was recently added to your Microsoft account. Review it at "
        "https://account.microsoft.com/security",
    ),
    (
        "Your Microsoft account password was changed",
        """<html><body><p>Microsoft account</p><h2>Your password changed</h2>
<p>The password for the Microsoft account vi*****@example.org was changed.</p>
<p>If this was you, you can safely ignore this email.</p>
<p>Sign in to review your account at
<a href="https://login.microsoftonline.com/">login.microsoftonline.com</a> or
<a href="https://account.live.com/activity">see your recent activity</a>.</p>
<p><a href="https://privacy.microsoft.com/privacystatement">Privacy statement</a></p>
<p>Thanks,<br>The Microsoft account team</p></body></html>""",
        "The password for your Microsoft account was changed. "
        "Recent activity: https://account.live.com/activity",
    ),
]


@pytest.fixture(scope="module")
def engine() -> Iterator[Engine]:
    with ZoneServer(ZONE) as server:
        policy = load_policy(extra={"dns": {"nameservers": [server.address], "timeout": 2.0}})
        yield Engine(policy)


def _scan(engine: Engine, raw: bytes) -> ScanResult:
    return engine.scan(raw, envelope=ENVELOPE)


def test_engine_uses_the_real_resolver(engine: Engine) -> None:
    from mailwarden.auth.dns import CachingResolver

    assert isinstance(engine.resolver, CachingResolver)


def test_a_authenticated_phish_passes_auth_and_is_still_flagged(engine: Engine) -> None:
    result = _scan(engine, _mail("Microsoft account unusual sign-in activity", PHISH_HTML,
                                 PHISH_TEXT))
    auth = result.auth
    for name, mech in (("spf", auth.spf), ("dkim", auth.dkim), ("dmarc", auth.dmarc)):
        assert (mech.result, mech.basis) == ("pass", "verified"), (name, auth.explain())
    assert auth.dkim.domain == SENDER_DOMAIN
    assert auth.dmarc_policy == "reject"
    assert SENDER_DOMAIN in auth.authenticated_domains
    assert result.verdict is not Verdict.CLEAN, result.findings

    off_brand = [f for f in result.findings if f.id == "LINK_OFF_BRAND"]
    assert off_brand, f"no LINK_OFF_BRAND among {sorted(finding_ids(result))}"
    evidence = " ".join(str(v) for v in off_brand[0].evidence.values())
    assert "login-micros0ft-verify.example-top.top" in evidence
    # Authentication passed: none of the auth findings may fire.
    assert not {i for i in finding_ids(result) if i.startswith("AUTH_")}


@pytest.mark.parametrize("subject,html,text", GENUINE, ids=["security-info", "password"])
def test_b_genuine_notifications_are_clean(
    engine: Engine, subject: str, html: str, text: str
) -> None:
    result = _scan(engine, _mail(subject, html, text))
    assert (result.auth.dmarc.result, result.auth.dmarc.basis) == ("pass", "verified")
    assert result.auth.dkim.result == "pass"
    assert result.verdict is Verdict.CLEAN, [(f.id, f.weight, f.summary) for f in result.findings]


def test_c_altered_after_signing_fails_dkim(engine: Engine) -> None:
    raw = _mail("Microsoft account unusual sign-in activity", PHISH_HTML, PHISH_TEXT)
    altered = raw.replace(b"24 hours", b"12 hours")
    assert altered != raw
    result = _scan(engine, altered)
    assert (result.auth.dkim.result, result.auth.dkim.basis) == ("fail", "verified")
    assert result.auth.dkim.domain == SENDER_DOMAIN
    assert "AUTH_DKIM_FAIL" in finding_ids(result)
    # SPF still passes for the (relaxed-)aligned envelope domain.
    assert result.auth.spf.result == "pass"
