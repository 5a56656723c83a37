"""sender_org_unrelated: the From domain has nothing to do with its name, links or text."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline

ID = "SENDER_ORG_UNRELATED"

OFFER = (
    "<html><body><p>Activate the new staking feature on your ledger account today.</p>"
    '<p><a href="https://stake-rewards.example/claim?u=1">Activate now</a></p>'
    "</body></html>"
)


def ids(from_: str, html: str | None = OFFER, text: str | None = None) -> set[str]:
    return finding_ids(scan_offline(make_message(from_=from_, text=text, html=html)))


def test_three_unrelated_parties() -> None:
    assert ID in ids("Stellar Foundation <noreply@mail.paediatric-clinic.example>")


def test_image_button_counts_as_a_click() -> None:
    html = (
        '<a href="https://green-yard-deals.example/x"><img src="https://green-yard-deals.example/b.png"></a>'
        "<p>Limited time offer on your lawn plan.</p>"
    )
    assert ID in ids("Lawn Care Savings <renew@quiet-harbour.example>", html=html)


def test_links_to_own_domain_are_fine() -> None:
    html = OFFER.replace("stake-rewards.example", "www.paediatric-clinic.example")
    assert ID not in ids("Stellar Foundation <noreply@paediatric-clinic.example>", html=html)


def test_name_in_domain_is_fine() -> None:
    html = OFFER.replace("stake-rewards.example", "tracker.esp-links.example")
    assert ID not in ids("Acme News <news@mail.acme.example>", html=html)


def test_person_mailbox_is_fine() -> None:
    assert ID not in ids("Jane Roe <jane.roe@university.example>")


def test_domain_named_in_text_is_fine() -> None:
    # The only tie to the sender's domain is its name in the text: enough.
    html = OFFER.replace("Activate the", "Quietharbour members: activate the")
    assert ID not in ids("Stellar Foundation <noreply@quietharbour.example>", html=html)


def test_local_part_names_the_destination() -> None:
    # A forum platform sending for a project: ocaml@forum-mail.example linking to ocaml.org.
    html = OFFER.replace("stake-rewards.example", "discuss.ocaml.org")
    assert ID not in ids("Yaron Minsky <ocaml@forum-mail.example>", html=html)


def test_bare_url_text_is_not_an_invitation() -> None:
    html = '<p>See <a href="https://news.example/a">https://news.example/a</a></p>'
    assert ID not in ids("Colleague Name <cn@lab.example>", html=html)


def test_plain_text_link_is_fine() -> None:
    assert ID not in ids("Stellar Foundation <noreply@clinic.example>", html=None,
                         text="See https://stake-rewards.example/claim")


def test_freemail_is_left_to_its_own_detector() -> None:
    assert ID not in ids("Stellar Foundation <stellar.support.2291@gmail.com>")


def test_no_display_name() -> None:
    assert ID not in ids("noreply@mail.paediatric-clinic.example")


def test_a_brand_linking_to_another_of_its_own_domains_is_related() -> None:
    raw = make_message(
        from_="Jana Weber <no-reply@sharepointonline.com>",
        html='<p>Jana shared a file with you.</p>'
        '<a href="https://contoso.sharepoint.com/:w:/s/x">Open</a>'
        '<a href="https://www.microsoft.com/privacy">Privacy</a>',
    )
    assert "SENDER_ORG_UNRELATED" not in finding_ids(scan_offline(raw))


def test_the_names_initials_are_its_domain() -> None:
    # Round 374: "Queen's University Belfast" <alumni@qub.ac.uk>, every link behind a tracker.
    html = OFFER.replace("stake-rewards.example", "tracker.esp-links.example")
    assert ID not in ids("Queen's University Belfast <alumni@qub.example>", html=html)
    # Initials that are not the domain's label stay unrelated.
    assert ID in ids("Queen's University Belfast <alumni@xqz-mail.example>", html=html)
