"""content_form_pitch: a form or sign-up notification carrying a typed sum/crypto and a link."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline

ID = "CONTENT_FORM_NOTICE_PITCH"


def ids(subject: str, text: str) -> set[str]:
    raw = make_message(from_="Site <wordpress@site.example>", subject=subject, text=text)
    return finding_ids(scan_offline(raw))


def test_login_details_with_link_and_sum_in_username() -> None:
    text = "Username: www.qwzxrt.blogspot.example - 1.31 BTC\nTo set your password, visit:"
    assert ID in ids("[Site] Login Details", text)


def test_needs_a_recognised_notice() -> None:
    text = "Username: www.qwzxrt.blogspot.example - 1.31 BTC\n"
    assert ID not in ids("Hello", text)


def test_contact_form_copy_with_unfilled_tag() -> None:
    text = "Message:\nGet $3000 a day >>> http://profit.example/x <<<\n\n-- \nfooter"
    assert ID in ids('Site "[your-subject]"', text)


def test_link_without_money_is_not_a_pitch() -> None:
    text = "Message:\nPlease see our menu at https://cafe.example/menu\n\n-- \n"
    assert ID not in ids("New contact form submission", text)


def test_template_offer_outside_typed_fields_is_fine() -> None:
    text = (
        "Username: jane.doe\nThanks for creating an account.\n"
        "Get $10 off your first order at https://site.example/shop\n"
    )
    assert ID not in ids("Your account on Site has been created", text)
