"""A brand writing from a mail domain the brand data does not know, whose every link leads to
the brand's own sites (our own messages): "KLM" <KLM@klm-info.com> linking to klm.nl, until
klm-info.com was added. Such mail can take its reader nowhere but the brand."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline

ID = "BRAND_DISPLAY_NAME_MISMATCH"
SENDER = "Lufthansa <booking@lh-travelmail.example>"
OWN = "https://www.lufthansa.com/de/en/my-bookings?code=K7TQ2L"


def _ids(
    hrefs: tuple[str, ...],
    from_: str = SENDER,
    headers: tuple[tuple[str, str], ...] = (),
    attachments: tuple[tuple[str, str, bytes], ...] = (),
) -> set[str]:
    anchors = "".join(f'<a href="{href}">Manage booking</a> ' for href in hrefs)
    html = f"<p>Your booking K7TQ2L is confirmed. {anchors}</p>"
    raw = make_message(
        from_=from_, html=html, text=None, headers=headers, attachments=attachments
    )
    return finding_ids(scan_offline(raw))


def test_every_link_to_the_brand_is_the_brands_mail() -> None:
    assert ID not in _ids((OWN, "https://www.lufthansa.com/privacy"))


def test_one_link_elsewhere_is_judged() -> None:
    assert ID in _ids((OWN, "https://lh-booking-check.example/k7tq2l"))


def test_no_link_at_all_is_judged() -> None:
    assert ID in _ids(())


def test_a_brand_host_where_anyone_publishes_is_not_the_brand() -> None:
    # A Google Form or a Cloud Storage page is anyone's, though Google hosts it.
    sender = "Google Workspace <billing@workspace-billing.example>"
    assert ID in _ids(("https://storage.googleapis.com/billing-7/pay.html",), from_=sender)


def test_an_attached_document_is_judged() -> None:
    pdf = ("invoice.pdf", "application/pdf", b"%PDF-1.4\n%%EOF\n")
    assert ID in _ids((OWN,), attachments=(pdf,))


def test_an_attached_picture_is_not_a_way_to_act() -> None:
    jpeg = ("boarding.jpg", "image/jpeg", b"\xff\xd8\xff\xe0" + b"\0" * 16)
    assert ID not in _ids((OWN,), attachments=(jpeg,))


def test_replies_to_someone_else_are_judged() -> None:
    reply = (("Reply-To", "refunds@lh-claims.example"),)
    assert ID in _ids((OWN,), headers=reply)


def test_a_disguised_brand_name_is_judged_whatever_the_links() -> None:
    sender = "PayPaI <service@pp-mail.example>"
    assert ID in _ids(("https://www.paypal.com/signin",), from_=sender)


def test_a_platform_carrying_its_users_content_is_judged() -> None:
    # A hijacked school mailbox as "Microsoft Teams", linking to its own SharePoint tenant;
    # a stranger as "DocuSign", linking to a real envelope: the platform's hosts are anyone's.
    school = "Microsoft Teams <m.ramos@school.example>"
    tenant = "https://school-my.sharepoint.com/:o:/g/personal/m_ramos/EhSScKd0r5"
    assert ID in _ids((tenant,), from_=school)
    envelope = "https://na3.docusign.net/Signing/EmailStart.aspx?a=4f1c"
    assert ID in _ids((envelope,), from_="DocuSign <dse@esign-notices.example>")


def test_a_brand_link_carrying_an_address_elsewhere_is_judged() -> None:
    # Round 333: "LinkedIn" <messages-noreply@lnkd-inmail-notify.com> linking to LinkedIn's own
    # short-link service with "&redirect=https://lnkd-inmail-notify.com/..." appended.
    carried = f"{OWN}&next=https%3A%2F%2Flh-booking-check.example%2Fk7tq2l"
    assert ID in _ids((carried,))
    own_return = f"{OWN}&next=https%3A%2F%2Fwww.lufthansa.com%2Fde%2Fen%2Fhome"
    assert ID not in _ids((own_return,))
