"""content_form_injection: a name field of a form notification that holds a link or a sum."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline

ID = "CONTENT_FORM_FIELD_INJECTION"


def ids(text: str) -> set[str]:
    return finding_ids(
        scan_offline(
            make_message(from_="Site <wordpress@shop.example>", subject="Login Details", text=text)
        )
    )


def test_username_holding_a_site_and_a_sum() -> None:
    text = "Username: www.abcdef.blogspot.com - 1.25 BTC\nTo set your password, visit the link."
    assert ID in ids(text)


def test_first_name_on_next_line_holding_a_link() -> None:
    text = "Contact Us\nFirst Name\nYou won! Claim at https://t.me/+claimnow\nLast Name\nDoe\n"
    assert ID in ids(text)


def test_ordinary_sign_up_is_fine() -> None:
    text = "Username: jane.doe\nFirst Name: Jane\nTo set your password, visit the link."
    assert ID not in ids(text)


def test_signature_phone_and_login_lines_are_fine() -> None:
    text = (
        "Login: https://jobs.example/login\n"
        "Phone: +1 555 0100   www.example.com\nCompany: Acme, $5m"
    )
    assert ID not in ids(text)
