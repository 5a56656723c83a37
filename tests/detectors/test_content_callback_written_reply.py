"""``content_callback_only``: a statement that offers a written answer right beside its phone
number ("contact Credit Control on 01908 283 900 or reply to this email") asks for no call."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline

ID = "CONTENT_CALLBACK_ONLY"
FROM = "Credit Control <creditcontrol@supplies.example>"


def _statement(contact: str) -> set[str]:
    text = (
        "Dear Customer,\nPlease find attached your statement of account.\n"
        "Balance outstanding: £2,879.57\n"
        f"If you have any queries regarding this statement, {contact}\n"
    )
    return finding_ids(scan_offline(make_message(from_=FROM, subject="Statement", text=text)))


def test_the_number_alone_is_a_callback() -> None:
    assert ID in _statement("please contact our Credit Control team on (877) 555-0196.")


def test_a_reply_offered_beside_the_number_is_no_callback() -> None:
    contact = "please contact our Credit Control team on (877) 555-0196 or reply to this email."
    assert ID not in _statement(contact)


def test_the_senders_own_address_beside_the_number_is_no_callback() -> None:
    contact = "please contact us on (877) 555-0196 or at accounts@supplies.example."
    assert ID not in _statement(contact)


def test_someone_elses_address_is_no_written_answer() -> None:
    assert ID in _statement("please contact us on (877) 555-0196 or at help.desk@gmail.com.")


def test_a_charge_to_disown_by_phone_stays_a_callback_whatever_else_it_offers() -> None:
    contact = "if you did not authorize this charge call (877) 555-0196 or reply to this email."
    assert ID in _statement(contact)
