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


def test_shortener_carried_in_base64_by_a_redirect_script_fires() -> None:
    import base64

    from mailwarden.message.urls import carried_urls

    target = "https://u.to/oGklIA"
    url = "https://forum.example.ru/go.php?url=" + base64.b64encode(target.encode()).decode()
    assert carried_urls(url) == [target]
    raw = make_message(html=f'<a href="{url}">Open my profile</a>', text=None)
    finding = next(f for f in scan_offline(raw).findings if f.id == "LINK_SHORTENER")
    assert finding.evidence["shortener"] == ["u.to"]


def test_base64_that_spells_no_address_is_not_carried() -> None:
    from mailwarden.message.urls import carried_urls

    assert carried_urls("https://t.example/c?d=aHR0cHM6Ly") == []  # "https://" and nothing
    assert carried_urls("https://t.example/c?d=eyJ1cmwiOiJ4In0") == []  # JSON, not a URL


def test_a_brands_own_short_domain_for_user_content_is_no_hidden_link() -> None:
    # forms.gle leads to a Google Form, we.tl to a WeTransfer download: what is there is
    # judged as user content, not as a hidden destination.
    for url in ("https://forms.gle/8yQwX3kZpL2mN7rT9", "https://we.tl/t-Xr8Qp2LmZa"):
        raw = make_message(
            from_="Emily Carter <emily.carter.reads@gmail.com>",
            html=f'<p>Here is the sign-up form for the book club: <a href="{url}">{url}</a></p>',
            text=None,
        )
        assert "LINK_SHORTENER" not in finding_ids(scan_offline(raw))
