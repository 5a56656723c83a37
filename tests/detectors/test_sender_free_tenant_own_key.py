"""``sender_free_tenant``: a company's own Microsoft 365 tenant key signing its mail is no
free-tenant sender when its own domain authenticated."""

from __future__ import annotations

from mailwarden.config import load_policy
from mailwarden.engine import Engine
from mailwarden.result import ScanResult
from tests.helpers import make_message

_M365 = Engine(
    load_policy(
        extra={
            "dns": {"offline": True},
            "auth": {
                "trust_microsoft_365": True,
                "boundary_hosts": ["*.mail.protection.outlook.com"],
            },
        }
    )
)


_EDGE = (
    "from NAM12-BN8-obe.outbound.protection.outlook.com (40.107.74.165) by"
    " BN8NAM12FT012.mail.protection.outlook.com (10.13.182.90) with Microsoft SMTP Server;"
    " Mon, 5 Jan 2026 09:30:01 +0000"
)


def _m365(from_: str, mailfrom: str, dkim_d: str, spf: str, dmarc: str, **kw: str) -> ScanResult:
    results = (
        f"spf={spf} (sender IP is 40.107.74.165) smtp.mailfrom={mailfrom}; dkim=pass"
        f" (signature was verified) header.d={dkim_d};dmarc={dmarc} action=none"
        f" header.from={from_.rpartition('@')[2].rstrip('>')};compauth=pass reason=100"
    )
    raw = make_message(
        from_=from_,
        headers=[
            ("Authentication-Results", results),
            ("Received", _EDGE),
            (
                "DKIM-Signature",
                f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={dkim_d}; s=selector1;"
                " h=from:to:subject:date; bh=AAAA; b=AAAA",
            ),
        ],
        **kw,
    )
    return _M365.scan(raw)


def test_company_on_its_own_default_tenant_key_is_not_a_free_tenant() -> None:
    result = _m365(
        "Priya Natarajan <priya@contoso-tools.example.com>",
        "contoso-tools.example.com",
        "contosotools.onmicrosoft.com",
        "pass",
        "pass",
        subject="Order 1182 shipped",
        text="Hi Bob,\n\nYour order 1182 shipped today; tracking is on our site:"
        " https://contoso-tools.example.com/orders/1182\n\nPriya\n",
    )
    assert "contoso-tools.example.com" in result.auth.authenticated_domains
    assert "contosotools.onmicrosoft.com" in result.auth.authenticated_domains
    assert not {f.id for f in result.findings if f.id.startswith("SENDER_FREE_TENANT")}
    assert result.verdict.value == "clean", result.findings


def test_mail_from_the_tenant_address_itself_is_still_a_free_tenant() -> None:
    result = _m365(
        "IT Service Desk <admin@helpdesk-renewal.onmicrosoft.com>",
        "helpdesk-renewal.onmicrosoft.com",
        "helpdesk-renewal.onmicrosoft.com",
        "pass",
        "pass",
        subject="Mailbox notice",
        text="Hello, this is a test notice.\n",
    )
    assert {f.id for f in result.findings} & {
        "SENDER_FREE_TENANT",
        "SENDER_FREE_TENANT_BRAND_CLAIM",
    }


def test_tenant_signing_for_an_unauthenticated_from_domain_counts() -> None:
    # SPF failed for the From domain: only the tenant vouches, so it is not shown to be the
    # From organisation's own.
    result = _m365(
        "Payroll <payroll@fabrikam.example.com>",
        "bounce.example.net",
        "quick-trial-77.onmicrosoft.com",
        "fail",
        "fail",
        subject="Payroll notice",
        text="Hello, please verify your account to keep your salary payments:"
        " https://payroll-fabrikam.pages.dev/login\n",
    )
    ids = {f.id for f in result.findings}
    assert ids & {"SENDER_FREE_TENANT", "SENDER_FREE_TENANT_BRAND_CLAIM"}, ids

