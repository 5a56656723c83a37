from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline

FUND_LETTER = (
    "Dear friend,\n\nI am the widow of a late contractor who died intestate and left the sum of "
    "USD 8,500,000 (eight million five hundred thousand united states dollars) in a bank. I need "
    "a trustworthy partner to receive the funds; you will get 30% for your assistance.\n\n"
    "Reply with your full name and phone number.\n"
)
CALLBACK = (
    "Order confirmation\n\nThank you for your purchase. Your invoice #88213 for the annual renewal "
    "of Total Protection has been charged: $399.99.\n\nIf you did not authorise this payment, call "
    "our billing desk within 24 hours: +1 (808) 555-0199.\n"
)


def test_fund_letter_from_free_mail_fires() -> None:
    raw = make_message(from_="Mrs Helen Ward <helen.ward.2291@gmail.com>", text=FUND_LETTER)
    assert "SENDER_FREEMAIL_SCAM" in finding_ids(scan_offline(raw))


def test_callback_invoice_from_free_mail_fires() -> None:
    raw = make_message(from_="Billing <billing.desk.7731@outlook.com>", text=CALLBACK)
    result = scan_offline(raw)
    assert "SENDER_FREEMAIL_SCAM" in finding_ids(result)
    assert result.verdict != "clean"


def test_same_letter_from_a_company_domain_is_not_this_finding() -> None:
    raw = make_message(from_="Helen Ward <helen.ward@lawfirm.example>", text=FUND_LETTER)
    assert "SENDER_FREEMAIL_SCAM" not in finding_ids(scan_offline(raw))


def test_one_stray_phrase_from_a_friend_is_not_a_scam() -> None:
    text = (
        "Hi Tom,\n\nthe landlord says you have 24 hours to send the signed form back, otherwise "
        "he gives the flat to the next people. Can you do it tonight?\n\nCheers, Ana\n"
    )
    raw = make_message(from_="Ana Lopes <ana.lopes@gmail.com>", text=text)
    assert "SENDER_FREEMAIL_SCAM" not in finding_ids(scan_offline(raw))


def test_a_friend_mentioning_a_price_and_a_phone_number_is_not_a_callback() -> None:
    text = (
        "Hi Tom,\n\nthe plumber was great and only charged $120. His number is (808) 555-0142 "
        "if you need him for the kitchen too.\n\nAna\n"
    )
    raw = make_message(from_="Ana Lopes <ana.lopes@gmail.com>", text=text)
    assert "SENDER_FREEMAIL_SCAM" not in finding_ids(scan_offline(raw))


def test_a_link_only_pdf_from_free_mail_fires_and_from_a_company_does_not() -> None:
    from tests.message import attach_builders as build

    pdf = build.pdf(("You have a new document", "VIEW DOCUMENT"), link="https://v.bad.example/")
    attachment = [("doc.pdf", "application/pdf", pdf)]
    free = make_message(from_="Marten <marten.glennie91@outlook.com>", attachments=attachment)
    company = make_message(from_="Marten <marten@firm.example>", attachments=attachment)
    assert "SENDER_FREEMAIL_SCAM" in finding_ids(scan_offline(free))
    assert "SENDER_FREEMAIL_SCAM" not in finding_ids(scan_offline(company))


def test_extortion_letter_in_the_pdf_of_a_thin_cover_note() -> None:
    from tests.message import attach_builders as build

    letter = (
        "Hey. I have bad news for you!",
        "We hacked your device and recorded you with your camera.",
        "Send 1300 USD in bitcoin to my wallet within 48 hours or the video goes to your contacts.",
    )
    raw = make_message(
        from_="Ropo Gaming <jodykrier60@gmail.com>",
        subject="Information in attachment",
        text="UPCBY-ZFQK-IAAYF-TOOB",
        attachments=[("3spyWy0D.pdf", "application/pdf", build.pdf(letter))],
    )
    assert "SENDER_FREEMAIL_SCAM" in finding_ids(scan_offline(raw))


def test_a_friends_flyer_with_prize_words_is_not_read_as_a_scam() -> None:
    from tests.message import attach_builders as build

    flyer = ("Summer fete!", "Win a prize in our raffle, claim your prize at the stand.")
    raw = make_message(
        from_="Ana Lopes <ana.lopes@gmail.com>",
        text="For Saturday",
        attachments=[("fete.pdf", "application/pdf", build.pdf(flyer))],
    )
    assert "SENDER_FREEMAIL_SCAM" not in finding_ids(scan_offline(raw))
