"""``SENDER_PLATFORM_PAYMENT_SIGNIN``: a platform note from a free-mail sharer asking to sign in
to release or confirm a payment; a freelancer's honest remittance share and a company sharer."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline


def _drive_share(sharer: str, address: str, note: str, title: str) -> bytes:
    return make_message(
        from_=f"{sharer} <drive-shares-dm-noreply@google.com>",
        subject=f'Document shared with you: "{title}"',
        text=f"{sharer} ({address}) has shared the following document:\n{note}\n"
        f"{title} ( https://drive.google.com/file/d/1AbCdEfGhIjKlMnOp/view?usp=sharing )\n"
        "Open ( https://drive.google.com/file/d/1AbCdEfGhIjKlMnOp/view?usp=sharing )\n"
        "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n",
        headers=[("Reply-To", f"{sharer} <{address}>")],
    )


def test_share_note_asking_to_sign_in_for_funds() -> None:
    raw = _drive_share(
        "Marta Quill",
        "marta.quill.payments@gmail.com",
        "Hi, the remittance for invoice 3391 is attached. Sign in to release the funds before"
        " Friday.",
        "Remittance_Advice_3391.pdf",
    )
    ids = finding_ids(scan_offline(raw))
    assert "SENDER_PLATFORM_PAYMENT_SIGNIN" in ids, ids


def test_share_note_confirm_receipt_form() -> None:
    raw = make_message(
        from_="Dropbox <no-reply@dropbox.com>",
        subject='Hollis Bookkeeping shared "Payment_Remittance.pdf" with you',
        text="Hollis Bookkeeping (hollis.bookkeeping.office@gmail.com) shared a file with you\n"
        "\u201cPlease review remittance and sign in to confirm receipt.\u201d\n"
        "View file ( https://www.dropbox.com/scl/fi/abc123/Payment_Remittance.pdf?dl=0 )\n",
    )
    ids = finding_ids(scan_offline(raw))
    assert ids & {"SENDER_PLATFORM_PAYMENT_SIGNIN", "SENDER_PLATFORM_ROLE_SHARER"}, ids


def test_freelancer_shares_remittance_without_sign_in_demand() -> None:
    # A sole trader on gmail shares a remittance advice through Drive: ordinary.
    raw = _drive_share(
        "Marta Quill",
        "marta.quill.design@gmail.com",
        "Hi, here is the remittance advice for invoice 3391, paid today. Thanks!",
        "Remittance_Advice_3391.pdf",
    )
    result = scan_offline(raw)
    ids = finding_ids(result)
    assert not ids & {"SENDER_PLATFORM_PAYMENT_SIGNIN", "SENDER_PLATFORM_RELAYED_LURE"}, ids
    assert result.verdict.value == "clean", result.findings


def test_company_sharer_gets_only_the_second_signal() -> None:
    raw = _drive_share(
        "Marta Quill",
        "m.quill@quill-design.example.com",
        "Sign in to release the funds for invoice 3391.",
        "Remittance_Advice_3391.pdf",
    )
    ids = finding_ids(scan_offline(raw))
    assert "SENDER_PLATFORM_PAYMENT_SIGNIN" not in ids
    assert "SENDER_PLATFORM_RELAYED_LURE" in ids, ids

