"""content_login_handed_out: a login and its password handed to the reader."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline

ID = "CONTENT_LOGIN_HANDED_OUT"


def ids(text: str) -> set[str]:
    return finding_ids(scan_offline(make_message(subject="Wallet funded", text=text)))


def test_wallet_login_and_password() -> None:
    text = "Your wallet holds 80 BTC.\nWebsite: coins.example\nID : 12345678\nPass: xY7kq2Lm\n"
    assert ID in ids(text)


def test_customer_id_and_code() -> None:
    text = "Please login with below details\nCustomer ID:   80432456\nCODE:        word2050\n"
    assert ID in ids(text)


def test_reset_link_alone_is_fine() -> None:
    text = "Your account: jane@example.org\nUse the link below to choose a new password."
    assert ID not in ids(text)


def test_password_far_from_login_is_fine() -> None:
    filler = "We value your privacy and never ask for secrets by mail. " * 3
    text = f"Account: jane\n{filler}\nPassword: never sent by mail"
    assert ID not in ids(text)


FUNDED = "CONTENT_LOGIN_TO_FUNDED_WALLET"


def test_a_login_to_an_account_holding_crypto_is_the_bait() -> None:
    text = (
        "We deposited 27 BTC into your portfolio at coins.example\n"
        "Customer Id: 97654621 Password: TG22M487"
    )
    assert {ID, FUNDED} <= ids(text)
    text = "Your wallet was funded with 140 btc.\nCustomer ID: 80432456\nCODE: menu2050"
    assert FUNDED in ids(text)


def test_a_login_without_a_crypto_sum_is_not_a_funded_wallet() -> None:
    text = "Registration completed. Your Login: jane Your Password: DmVAOW\nTotal due: 40 EUR"
    found = ids(text)
    assert ID in found and FUNDED not in found
    # A crypto sum without a handed-out login is not this finding either.
    assert FUNDED not in ids("The fund holds 2,000 BTC for its clients.")
