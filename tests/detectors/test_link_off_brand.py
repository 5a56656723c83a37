"""link_off_brand: brand mail whose links lead elsewhere."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline

MS_FROM = "Microsoft account team <account-security-noreply@accountprotection.microsoft.com>"
LURE = "We detected unusual sign-in activity. Verify your account within 24 hours."


def _html(*hrefs: str) -> str:
    links = "".join(f'<p><a href="{h}">Review recent activity</a></p>' for h in hrefs)
    return (
        f"<html><body><p>{LURE}</p>{links}<p>Thanks, the Microsoft account team</p></body></html>"
    )


def test_hijacked_brand_sender_linking_elsewhere_fires() -> None:
    raw = make_message(
        from_=MS_FROM,
        subject="Microsoft account unusual sign-in activity",
        text=None,
        html=_html("https://account-review.example-top.top/login"),
    )
    result = scan_offline(raw)
    assert "LINK_OFF_BRAND" in finding_ids(result)
    finding = next(f for f in result.findings if f.id == "LINK_OFF_BRAND")
    assert finding.evidence["brand"] == ["Microsoft"]
    assert "example-top.top" in finding.evidence["domain"]
    assert finding.evidence["sender_org"] == "microsoft.com"
    assert finding.evidence["from_domain"] == "accountprotection.microsoft.com"


def test_genuine_microsoft_notification_is_silent() -> None:
    raw = make_message(
        from_=MS_FROM,
        subject="Microsoft account unusual sign-in activity",
        text=None,
        html=_html(
            "https://account.live.com/activity",
            "https://go.microsoft.com/fwlink/?LinkID=1",
            "https://privacy.microsoft.com/",
        ),
    )
    assert "LINK_OFF_BRAND" not in finding_ids(scan_offline(raw))


def test_impersonation_via_display_name_and_redirector_fires() -> None:
    raw = make_message(
        from_="PayPal <service@mailer.example-shop.com>",
        subject="Your account has been limited",
        text=None,
        html=_html("https://www.google.com/url?q=https://paypal-resolution.example.net/"),
    )
    assert "LINK_OFF_BRAND" in finding_ids(scan_offline(raw))


def test_links_to_sender_own_domain_are_not_off_brand() -> None:
    # Display-name impersonation from the attacker's own domain is BRAND_DISPLAY_NAME_MISMATCH;
    # the links go to the sender's organisation, not "elsewhere".
    raw = make_message(
        from_="PayPal <service@example-shop.com>",
        text=None,
        html=_html("https://www.example-shop.com/offers"),
    )
    assert "LINK_OFF_BRAND" not in finding_ids(scan_offline(raw))


def test_employee_of_brand_posting_to_a_list_is_silent() -> None:
    raw = make_message(
        from_="Jane Doe <jane@microsoft.com>",
        subject="Re: driver build fails on Ubuntu",
        text="Try the patch at https://git.example.org/patch and see https://docs.example.net/x",
    )
    assert "LINK_OFF_BRAND" not in finding_ids(scan_offline(raw))


def test_social_footer_and_images_do_not_count() -> None:
    html = (
        "<p>Your Amazon order has shipped.</p>"
        '<a href="https://www.amazon.com/orders">Your orders</a>'
        '<a href="https://www.facebook.com/amazon">Facebook</a>'
        '<img src="https://images.example-cdn.net/logo.png">'
    )
    raw = make_message(from_="Amazon <shipment-tracking@amazon.com>", text=None, html=html)
    assert "LINK_OFF_BRAND" not in finding_ids(scan_offline(raw))


def test_brand_newsletter_with_a_partner_link_is_silent() -> None:
    links = "".join(f'<a href="https://www.apple.com/p{i}">Product {i}</a>' for i in range(8))
    html = f"<p>New from Apple Support</p>{links}<a href='https://partner.example.org/'>Partner</a>"
    raw = make_message(from_="Apple <news@insideapple.apple.com>", text=None, html=html)
    assert "LINK_OFF_BRAND" not in finding_ids(scan_offline(raw))


def test_genuine_onedrive_share_is_silent() -> None:
    html = (
        "<p>Alice shared a file with you.</p>"
        '<a href="https://1drv.ms/b/s!AbCdEf">Open</a>'
        '<a href="https://onedrive.live.com/redir?resid=1">View in OneDrive</a>'
    )
    raw = make_message(from_="OneDrive <no-reply@onedrive.com>", text=None, html=html)
    assert "LINK_OFF_BRAND" not in finding_ids(scan_offline(raw))


def test_other_brands_file_share_in_brand_mail_fires() -> None:
    html = (
        '<p>Microsoft 365: a document was shared.</p><a href="https://docs.google.com/x">Open</a>'
    )
    raw = make_message(from_="Microsoft 365 <noreply@example-mailer.com>", text=None, html=html)
    assert "LINK_OFF_BRAND" in finding_ids(scan_offline(raw))


def test_a_typo_host_under_no_public_suffix_leads_nowhere() -> None:
    # "www.facebookcom": no such top-level domain; not a destination anyone can reach.
    from mailwarden.message.urls import is_action_link, make_link

    typo = make_link("https://www.facebookcom/", "", "anchor")
    assert typo is not None and not is_action_link(typo)
    real = make_link("https://www.facebook.com/", "", "anchor")
    assert real is not None and is_action_link(real)
    ip = make_link("http://192.0.2.7/login", "", "anchor")
    assert ip is not None and is_action_link(ip)


def test_a_brand_mailing_from_its_parent_companys_domain() -> None:
    raw = make_message(
        from_="WhatsApp Business <notification@facebookmail.com>",
        subject="Your WhatsApp Business account was approved for the catalogue",
        html='<p>Your catalogue is live. <a href="https://business.facebook.com/wa/manage">'
        "Manage it</a></p>",
        text=None,
    )
    ids = finding_ids(scan_offline(raw))
    assert "LINK_OFF_BRAND" not in ids and "BRAND_DISPLAY_NAME_MISMATCH" not in ids


def test_the_brands_own_mail_to_its_site_for_one_country() -> None:
    html = '<p>Your booking is confirmed. <a href="https://www.airbnb.pt/trips/v1/673">Trip</a></p>'
    own = make_message(from_="Airbnb <automated@airbnb.com>", html=html, text=None)
    assert "LINK_OFF_BRAND" not in finding_ids(scan_offline(own))
    other = make_message(from_="Airbnb <automated@stays-notice.example>", html=html, text=None)
    assert "LINK_OFF_BRAND" in finding_ids(scan_offline(other))


def test_the_readers_own_server_signs_with_its_product_name() -> None:
    exchange = "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e"
    text = "Your mailbox is almost full.\nRaise a ticket: https://contoso.service-now.com/sp"
    raw = make_message(
        from_=f"Microsoft Outlook <{exchange}@contoso.example>",
        to="ann@contoso.example",
        subject="Your mailbox is almost full.",
        text=text,
    )
    assert "LINK_OFF_BRAND" not in finding_ids(scan_offline(raw))


def test_brand_notice_about_the_readers_own_site() -> None:
    # Held-out round 213: Search Console about the reader's shop links to the shop.
    html = (
        "<p>Search Console found a new Core Web Vitals issue on your site.</p>"
        '<p><a href="https://www.contoso-shop.co.uk/products/apron">www.contoso-shop.co.uk/products/apron</a></p>'
    )

    def to(reader: str) -> set[str]:
        return finding_ids(
            scan_offline(
                make_message(
                    from_="Google Search Console <sc-noreply@google.com>",
                    to=reader,
                    subject="New Core Web Vitals issue detected",
                    text=None,
                    html=html,
                )
            )
        )

    assert "LINK_OFF_BRAND" not in to("Hattie <hattie@contoso-shop.co.uk>")
    assert "LINK_OFF_BRAND" in to("Hattie <hattie@gmail.com>")


def test_a_lure_cannot_escape_by_naming_its_own_domain_in_to() -> None:
    # The recipient headers are the sender's to write: a hijacked brand mailbox that addresses
    # the attacker's domain and Bcc's its victims is still judged by where its lure leads.
    raw = make_message(
        from_=MS_FROM,
        to="accounts <inbox@account-review.example-top.top>",
        subject="Microsoft account unusual sign-in activity",
        text=None,
        html=_html("https://account-review.example-top.top/login"),
    )
    assert "LINK_OFF_BRAND" in finding_ids(scan_offline(raw))


def test_a_public_body_linking_to_another_under_its_government_suffix() -> None:
    # Round 378: EPFO (epfindia.gov.in) sends members to its grievance portal epfigms.gov.in.
    from tests.helpers import finding_ids, make_message, scan_offline

    html = '<p>Claim settled.</p><p><a href="https://epfigms.gov.in/">Grievances</a></p>'
    raw = make_message(
        from_="EPFO <no-reply@epfindia.gov.in>", subject="Claim Settled", html=html, text=None
    )
    assert "LINK_OFF_BRAND" not in finding_ids(scan_offline(raw))
    # A link to a commercial domain stays off brand.
    raw = make_message(
        from_="EPFO <no-reply@epfindia.gov.in>",
        subject="Claim Settled",
        html=html.replace("epfigms.gov.in", "epfo-claims.example"),
        text=None,
    )
    assert "LINK_OFF_BRAND" in finding_ids(scan_offline(raw))
