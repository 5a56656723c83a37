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


def _notice(subject: str, text: str) -> set[str]:
    return finding_ids(
        scan_offline(make_message(from_="Shop <noreply@shop.example>", subject=subject, text=text))
    )


def test_labels_in_other_languages() -> None:
    labels = ("Nombre de usuario:", "Identifiant :", "사용자명:", "نام‌کاربری :", "Benutzername:")
    for label in labels:
        text = f"{label} www.qwzxrt.blogspot.example - 90 966 EUR\nhttps://shop.example/wp-login.php"
        assert ID in _notice("Login", text), label


def test_greeting_counts_only_in_a_notice() -> None:
    text = "Привіт www.qwzxrt.blogspot.example - 27 513 USD,\nДякуємо!"
    assert ID in _notice("Ваш обліковий запис на Shop створено!", text)
    assert ID not in _notice("Погода", text)


def test_greeting_naming_the_site_is_fine() -> None:
    text = "Hello from shop.example, the team\nThanks for creating an account."
    assert ID not in _notice("Your account on Shop", text)


def test_email_address_as_user_name_is_fine() -> None:
    assert ID not in _notice("Login Details", "Username: jane@mail.example\nWelcome")


def test_empty_field_does_not_read_the_next_label() -> None:
    assert ID not in _notice("Login Details", "Username:\nEmail: jane@mail.example.com\n")


def test_pitch_word_needs_more_than_a_name() -> None:
    assert ID not in _notice("Login Details", "First Name: Loan\nLast Name: Tran\n")
    assert ID in _notice("Login Details", "First Name: Claim your BTC bonus now\n")
