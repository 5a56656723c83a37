"""message.urls: normalisation, IDNA, registrable domains, unwrapping of redirectors."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mailwarden.message.parse import parse
from mailwarden.message.urls import (
    host_matches,
    ip_literal,
    is_action_link,
    is_unresolved_rewrite,
    make_link,
    registrable_domain,
    to_ascii_host,
    to_unicode_host,
    urls_in_text,
)
from tests.helpers import make_message


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("www.example.co.uk", "example.co.uk"),
        ("login.microsoftonline.com", "microsoftonline.com"),
        ("contoso.sharepoint.com", "contoso.sharepoint.com"),
        ("contoso-my.sharepoint.com", "contoso-my.sharepoint.com"),
        ("a.contoso.onmicrosoft.com", "contoso.onmicrosoft.com"),
        ("x.contoso.mail.onmicrosoft.com", "contoso.mail.onmicrosoft.com"),
        ("evil.github.io", "evil.github.io"),
        ("Example.COM.", "example.com"),
        ("192.0.2.1", "192.0.2.1"),
        ("", ""),
    ],
)
def test_registrable_domain(host: str, expected: str) -> None:
    assert registrable_domain(host) == expected


def test_idna_round_trip() -> None:
    ascii_host = to_ascii_host("pаypal.com")  # Cyrillic а
    assert ascii_host.startswith("xn--")
    assert to_unicode_host(ascii_host) == "pаypal.com"
    assert to_ascii_host("EXAMPLE.org.") == "example.org"


def test_ip_literals() -> None:
    assert ip_literal("203.0.113.9")
    assert ip_literal("[2001:db8::1]")
    assert ip_literal("3232235777")
    assert not ip_literal("example.com")
    assert not ip_literal("123")


def test_link_normalisation() -> None:
    link = make_link("  HTTPS://WWW.Example.COM/Path?q=1 ", "text", "html")
    assert link is not None
    assert link.host == "www.example.com"
    assert link.registrable == "example.com"
    assert make_link("www.example.org/x", "", "text") is not None
    assert make_link("mailto:bob@example.org", "", "html") is None
    assert make_link("tel:+1555", "", "html") is None


@pytest.mark.parametrize(
    ("url", "target", "open_redirect"),
    [
        (
            "https://www.google.com/url?q=https://evil.example/x&sa=D",
            "https://evil.example/x",
            True,
        ),
        (
            "https://l.facebook.com/l.php?u=https%3A%2F%2Fevil.example%2F&h=AT",
            "https://evil.example/",
            True,
        ),
        (
            "https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fevil.example%2Fa&data=1",
            "https://evil.example/a",
            False,
        ),
        (
            "https://urldefense.proofpoint.com/v2/url?u=https-3A__evil.example_login&d=DwM",
            "https://evil.example/login",
            False,
        ),
        (
            "https://urldefense.com/v3/__https://evil.example/p__;!!AbC$",
            "https://evil.example/p",
            False,
        ),
        (
            "https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fevil.example",
            "https://evil.example",
            True,
        ),
    ],
)
def test_unwrap(url: str, target: str, open_redirect: bool) -> None:
    link = make_link(url, "", "html")
    assert link is not None
    assert link.url == target
    assert link.registrable == "evil.example"
    assert link.via and link.via[0].startswith("https://")
    assert link.via_open_redirect is open_redirect


def test_special_redirector_encodings() -> None:
    amp = make_link("https://www.google.co.uk/amp/s/evil.example/p?x=1", "", "html")
    assert amp is not None and amp.url == "https://evil.example/p?x=1" and amp.via_open_redirect
    encoded = base64.urlsafe_b64encode(b"https://evil.example/x").decode().rstrip("=")
    bing = make_link(f"https://www.bing.com/ck/a?!&&p=abc&u=a1{encoded}&ntb=1", "", "html")
    assert bing is not None and bing.url == "https://evil.example/x"
    broken = make_link("https://www.bing.com/ck/a?u=a1%%%%", "", "html")
    assert broken is not None and broken.registrable == "bing.com"
    empty_amp = make_link("https://www.google.com/amp/s/", "", "html")
    assert empty_amp is not None and empty_amp.registrable == "google.com"


def test_nested_unwrap_is_bounded() -> None:
    url = "https://evil.example/"
    for _ in range(10):
        url = "https://www.google.com/url?q=" + url.replace("%", "%25").replace("&", "%26")
    link = make_link(url, "", "html")
    assert link is not None
    assert len(link.via) <= 5


def test_unwrapped_target_keeps_the_redirects_fragment() -> None:
    # A Location without a fragment inherits the followed URL's (RFC 9110 10.2.2): the page
    # gets the victim's address from "#<base64>" put after the redirector's own query.
    link = make_link("https://www.google.com/url?q=https://x.example/s.html#Ym9i&sa=D", "", "html")
    assert link is not None and link.url == "https://x.example/s.html#Ym9i&sa=D"
    inner = "https://www.google.com/url?q=https://x.example/s.html%23own#outer"
    link = make_link(inner, "", "html")
    assert link is not None and link.url == "https://x.example/s.html#own"


def test_redirector_without_target_is_kept() -> None:
    link = make_link("https://www.google.com/url?sa=D", "", "html")
    assert link is not None and link.registrable == "google.com" and not link.via


def test_unresolved_rewrite_and_action_links() -> None:
    link = make_link("https://protect-eu.mimecast.com/s/AbCdEf", "", "html")
    assert link is not None and is_unresolved_rewrite(link)
    image = make_link("https://cdn.example.com/a.png", "", "image")
    assert image is not None and not is_action_link(image)
    anchor = make_link("https://example.com/", "", "html")
    assert anchor is not None and is_action_link(anchor)


def test_host_matches() -> None:
    hosts = frozenset({"storage.googleapis.com", "web.app"})
    assert host_matches("storage.googleapis.com", hosts) == "storage.googleapis.com"
    assert host_matches("x.y.web.app", hosts) == "web.app"
    assert host_matches("fonts.googleapis.com", hosts) == ""
    assert host_matches("", hosts) == ""


def test_urls_in_text_strips_punctuation() -> None:
    found = urls_in_text("see https://example.com/a). and www.example.org, ok", 10)
    assert found == ["https://example.com/a", "www.example.org"]


def test_links_from_message() -> None:
    html = '<p><a href="https://www.google.com/url?q=https://evil.example/">Open</a></p>'
    msg = parse(make_message(text="plain https://example.net/x", html=html))
    urls = {link.url for link in msg.links}
    assert "https://evil.example/" in urls
    assert "https://example.net/x" in urls


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_make_link_never_raises(text: str) -> None:
    make_link(text, text, "html")
    make_link("http://" + text, "", "text")
    registrable_domain(text)


def test_govdelivery_token_is_unwrapped_to_its_url_claim() -> None:
    # lnks.gd/l/<JWT>: the payload {"bulletin_link_id": 100, ..., "url": "https://www.sba.gov/..."}
    # names where GovDelivery's tracker sends the reader; a tracker, not an open redirect.
    token = (
        "eyJhbGciOiJIUzI1NiJ9.eyJidWxsZXRpbl9saW5rX2lkIjoxMDAsInVyaSI6ImJwMjpjbGljayIsInVybCI6Im"
        "h0dHBzOi8vd3d3LnNiYS5nb3YvZG9jdW1lbnQifQ.c2ln"
    )
    link = make_link(f"https://lnks.gd/l/{token}/br/77971162643-l", "", "html")
    assert link is not None and link.url == "https://www.sba.gov/document"
    assert not link.via_open_redirect
    # Without a token (or with a broken one) the tracker stays as it is.
    for url in ("https://lnks.gd/l/tEunRPmaL9/s/6473/br/8316", "https://lnks.gd/l/a.!!.b/x"):
        link = make_link(url, "", "html")
        assert link is not None and link.registrable == "lnks.gd"
