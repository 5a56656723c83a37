"""link_lookalike: links to hosts that imitate brand domains."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline


def test_lookalike_link_fires() -> None:
    html = '<a href="https://login.micr0soft-support.com/owa">Sign in</a>'
    result = scan_offline(make_message(text=None, html=html))
    assert "LINK_LOOKALIKE" in finding_ids(result)
    finding = next(f for f in result.findings if f.id == "LINK_LOOKALIKE")
    assert finding.evidence["brand"] == ["Microsoft"]


def test_idn_homograph_link_fires() -> None:
    raw = make_message(text="Confirm at https://xn--pypal-4ve.com/confirm")
    assert "LINK_LOOKALIKE" in finding_ids(scan_offline(raw))


def test_real_brand_links_are_silent() -> None:
    html = (
        '<a href="https://login.microsoftonline.com/">Sign in</a>'
        '<a href="https://www.paypal.com/">PayPal</a>'
        '<a href="https://example.org/">Example</a>'
    )
    assert "LINK_LOOKALIKE" not in finding_ids(scan_offline(make_message(text=None, html=html)))
