"""lookalike: hosts that imitate brand domains."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mailwarden.knowledge import load_knowledge
from mailwarden.lookalike import edit_distance, is_mixed_script, lookalike_of, skeleton

K = load_knowledge()


@pytest.mark.parametrize(
    ("host", "kind", "brand"),
    [
        ("paypa1.com", "homoglyph", "PayPal"),
        ("paypaI-login.com", "brand-in-domain", "PayPal"),
        ("micr0soft.com", "homoglyph", "Microsoft"),
        ("rnicrosoft.com", "homoglyph", "Microsoft"),
        ("xn--pypal-4ve.com", "homoglyph", "PayPal"),  # Cyrillic а
        ("xn--80ak6aa92e.com", "homoglyph", "Apple"),  # all-Cyrillic "аррӏе"
        ("micosoft.com", "typo", "Microsoft"),
        ("amazonn.de", "typo", "Amazon"),
        ("paypal-secure.net", "brand-in-domain", "PayPal"),
        ("microsoftonlinelogin.com", "brand-in-domain", "Microsoft"),
        ("microsoft-login.verify-secure.com", "brand-as-subdomain", "Microsoft"),
        ("outlook.office365.com.example.top", "brand-as-subdomain", "Microsoft"),
        ("login.paypal.com.evil.example", "brand-as-subdomain", "PayPal"),
        ("lidl.it.com", "imitation-suffix", "Lidl"),  # reads as lidl.it
        ("promo.dhl.us.com", "imitation-suffix", "DHL"),
        ("unitedhealthcare-today.com", "brand-in-domain", "UnitedHealthcare"),
        # Payroll portals imitated at year end (round 296).
        ("greystonebio.myworkday-portal.com", "brand-in-domain", "Workday"),
        ("nethris-avis.ca", "brand-in-domain", "Nethris"),
        ("datev-kundenportal.com", "brand-in-domain", "DATEV"),
        ("payfit-bulletins.fr", "brand-in-domain", "PayFit"),
        ("fon-finanzonline-service.at", "brand-in-domain", "FinanzOnline"),
        # A firm's files "via ShareFile" from an imitation of its portal (round 317).
        ("kerrigan.sharefile-secure.net", "brand-in-domain", "ShareFile"),
    ],
)
def test_lookalikes(host: str, kind: str, brand: str) -> None:
    hit = lookalike_of(host, K)
    assert hit is not None, host
    assert hit.kind == kind
    assert hit.brand is not None and hit.brand.name == brand


@pytest.mark.parametrize(
    "host",
    [
        "login.microsoftonline.com",
        "www.paypal.com",
        "example.org",
        "morton.com",  # one letter from "norton", but a 6-letter word is too short to judge
        "googleblog.com",
        "www.allianz-reiseversicherung.de",  # Allianz's own travel insurance (round 315)
        "contoso.sharefile.com",  # a firm's own ShareFile portal
        "outlook.vendor-example.biz",  # a bare brand word as a subdomain
        "ups.example.com",
        "offers4u.sa.com",  # an imitation suffix without a brand: LINK_IMITATION_SUFFIX's
        "lidl.it",  # the brand's own domain
        "acme.wd5.myworkdayjobs.com",  # Workday's own career sites
        "acme.wd1.myworkdaysite.com",
        "online.turktelekom.com.tr",
        "duo.datev.de",  # DATEV's own
        "www.datev-community.de",
        "finanzonline.bmf.gv.at",  # Türk Telekom's own, no Deutsche Telekom look-alike
        "bookings.example",
        "",
        "localhost",
        "192.0.2.1",
    ],
)
def test_not_lookalikes(host: str) -> None:
    assert lookalike_of(host, K) is None


def test_mixed_script() -> None:
    assert is_mixed_script("pаypal")
    assert not is_mixed_script("paypal")
    assert not is_mixed_script("münchen")
    hit = lookalike_of(to_idna("gооglеx-shop.example"), K)
    assert hit is not None


def to_idna(host: str) -> str:
    from mailwarden.message.urls import to_ascii_host

    return to_ascii_host(host)


def test_skeleton_and_distance() -> None:
    assert skeleton("PAYPA1") == skeleton("paypal")
    assert edit_distance("microsoft", "micorsoft") == 1  # transposition
    assert edit_distance("abc", "xyzxyz", 2) == 3


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_never_raises(host: str) -> None:
    lookalike_of(host, K)
