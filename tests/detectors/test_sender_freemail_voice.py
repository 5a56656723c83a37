"""``sender_freemail_voice``: a free-mail account writing a company's transactional notice
(reference + copyright line or toll-free number), and the sole trader, forward and shop's own
domain that must stay silent."""

from __future__ import annotations

from mailwarden.detectors.sender_freemail_voice import toll_free_number
from tests.helpers import finding_ids, make_message, scan_offline

RECEIPT = (
    "Order Receipt\n\nThank you for your order. Order Number: #558231\nItem: Gift Card x1\n"
    "Total: $ 899.99\n\nIf you did not place this order call us at 1 (833) 555-0142.\n\n"
    "Shopline (c) 2025 All Rights Reserved.\n"
)


SOLE_TRADER = (
    "Hi Maria,\n\nthanks again for the two quilts. Invoice 2025-118 is attached: total $240.00, "
    "payable within 14 days. If anything is unclear, ring me on (503) 555-0188.\n\n"
    "Best, Jenny\nJenny's Quilts\n"
)


def test_an_order_receipt_with_a_call_centre_from_gmail_fires() -> None:
    raw = make_message(
        from_="Paid Customer <rajkumarx8812@gmail.com>",
        subject="Confirmation of Order 558231",
        text=RECEIPT,
    )
    result = scan_offline(raw)
    assert "SENDER_FREEMAIL_ORG_VOICE" in finding_ids(result)
    assert result.verdict != "clean"


def test_a_sole_traders_invoice_from_gmail_is_silent() -> None:
    raw = make_message(
        from_="Jenny Marsh <jennys.quilts@gmail.com>", subject="Invoice 2025-118", text=SOLE_TRADER
    )
    result = scan_offline(raw)
    assert "SENDER_FREEMAIL_ORG_VOICE" not in finding_ids(result)
    assert result.verdict == "clean"


def test_a_forwarded_order_confirmation_is_silent() -> None:
    text = "Can you check this one? I never ordered it.\n\n---------- Forwarded message ---------\n"
    raw = make_message(
        from_="Ana Lopes <ana.lopes@gmail.com>",
        subject="Fwd: Confirmation of Order 558231",
        text=text + RECEIPT,
    )
    assert "SENDER_FREEMAIL_ORG_VOICE" not in finding_ids(scan_offline(raw))


def test_the_same_receipt_from_the_shops_domain_is_not_this_finding() -> None:
    raw = make_message(
        from_="Shopline <orders@shopline.example>",
        subject="Confirmation of Order 558231",
        text=RECEIPT,
    )
    assert "SENDER_FREEMAIL_ORG_VOICE" not in finding_ids(scan_offline(raw))


def test_toll_free_numbers() -> None:
    assert toll_free_number("call +1 (833) 412-3646 now") == "+1 (833) 412-3646"
    assert toll_free_number("1-888-343-5062") == "1-888-343-5062"
    assert toll_free_number("ring me on (503) 555-0188") is None
    assert toll_free_number("") is None
    assert toll_free_number("x" * 5000 + "800") is None

