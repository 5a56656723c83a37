"""link_shortener: links hidden behind URL shorteners."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline


def test_shortener_fires() -> None:
    result = scan_offline(make_message(text="Track your parcel: https://bit.ly/3xYzAbC"))
    assert "LINK_SHORTENER" in finding_ids(result)
    finding = next(f for f in result.findings if f.id == "LINK_SHORTENER")
    assert finding.evidence["shortener"] == ["bit.ly"]


def test_tco_wraps_anything_and_fires() -> None:
    raw = make_message(from_="UPS <a@example.org>", text="https://t.co/AbCdEf123")
    assert "LINK_SHORTENER" in finding_ids(scan_offline(raw))


def test_brand_own_shorteners_are_silent() -> None:
    raw = make_message(text="Watch https://youtu.be/abc and read https://aka.ms/docs")
    assert "LINK_SHORTENER" not in finding_ids(scan_offline(raw))


def test_ordinary_links_are_silent() -> None:
    raw = make_message(text="See https://www.example.org/page")
    assert "LINK_SHORTENER" not in finding_ids(scan_offline(raw))


def test_link_in_an_attached_pdf_to_a_dynamic_link_fires() -> None:
    # Firebase Dynamic Links: any developer's x.page.link forwards anywhere.
    from tests.message import attach_builders as build

    data = build.pdf(("Money transfer 0.7495 BTC",), link="https://hotdeal1674.page.link/yCMn")
    raw = make_message(text="", attachments=[("transfer.pdf", "application/pdf", data)])
    finding = next(f for f in scan_offline(raw).findings if f.id == "LINK_SHORTENER")
    assert finding.evidence["shortener"] == ["page.link"]


def test_linkedins_shortener_wraps_any_address_and_fires() -> None:
    # lnkd.in wraps every link in a LinkedIn post: LinkedIn's brand does not vouch for it.
    raw = make_message(from_="2U <promo.desk.24599@gmail.com>", text="https://lnkd.in/eQNhqYKW")
    finding = next(f for f in scan_offline(raw).findings if f.id == "LINK_SHORTENER")
    assert finding.evidence["shortener"] == ["lnkd.in/"]
