"""CONTENT_CALLBACK_ONLY and a supplier's own lines (round 358): an accounts-receivable clerk's
number under "Appreciate the help!" and her name is her signature, and a law firm's invoice
that says it will never change its payment instructions by email and gives a number to check
such a message against is no charge to stop by telephone. A charge to disown by telephone
still is."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline

ID = "CONTENT_CALLBACK_ONLY"


def _ids(text: str, subject: str = "RE: Past due invoices 48820 / 48857") -> set[str]:
    raw = make_message(
        from_="Denise Carter <dcarter@lakeshoreprinting.example>", subject=subject, text=text
    )
    return finding_ids(scan_offline(raw))


def test_a_number_under_a_closing_line_of_thanks() -> None:
    text = (
        "Hi Rob,\n\nConfirmed we received the check for 48820 ($2,310.00) and it's applied."
        "\nCould you include 48857 ($1,085.50) in your next run?\n\nAppreciate the help!\n\n"
        "Denise Carter\nAccounts Receivable | Lakeshore Printing\n231-555-0140\n"
    )
    assert ID not in _ids(text)


def test_an_anti_fraud_line_in_an_invoice() -> None:
    text = (
        "Dear Mr. Patel,\n\nPlease find attached our statement. Invoice total: $8,712.50.\n"
        "Because of the risk of payment fraud, we will never change our payment instructions by"
        " email; if you receive any such message, please call our accounting department at"
        " (212) 555-0126 before sending funds.\n\nAccounting Department\n"
    )
    assert ID not in _ids(text, subject="Invoice 2026-11-3382")


def test_a_charge_to_stop_by_telephone() -> None:
    text = (
        "Your Norton renewal of $399.99 has been charged today. To cancel and get a refund,"
        " call (808) 555-0199 within 24 hours.\n"
    )
    assert ID in _ids(text, subject="Renewal receipt")


def test_a_statement_saying_the_bank_details_have_not_changed() -> None:
    text = (
        "Dear Customer,\n\nPlease find attached your statement of account.\n\nBalance"
        " outstanding: £642.18 (invoices 55812, 55907)\n\nOur bank details have NOT changed. If"
        " you ever receive an email saying they have, please phone us on 01285 555 640 before"
        " making any payment.\n\nKind regards,\nCredit Control\n"
    )
    assert ID not in _ids(text, subject="Statement of account")


def test_an_anti_fraud_line_does_not_excuse_a_charge_to_disown() -> None:
    text = (
        "Your order of $499.99 has been processed. If you did not authorize this payment, call"
        " (808) 555-0199 today. We will never change our payment instructions by email.\n"
    )
    assert ID in _ids(text, subject="Order receipt")
