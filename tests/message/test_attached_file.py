"""What counts as a file that comes with the message."""

from __future__ import annotations

from mailwarden.message.attachments import has_attached_file
from mailwarden.message.parse import Message
from tests.helpers import finding_ids, make_message, scan_offline

ICS = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Review\r\n"
    b"END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_a_calendar_entry_is_the_invitation_not_a_document() -> None:
    raw = make_message(attachments=[("invite.ics", "text/calendar", ICS)])
    assert not has_attached_file(Message(raw))
    raw = make_message(attachments=[("invite.ics", "application/ics", ICS)])
    assert not has_attached_file(Message(raw))


def test_a_pdf_is_a_file() -> None:
    raw = make_message(attachments=[("offer.pdf", "application/pdf", b"%PDF-1.4\n%%EOF\n")])
    assert has_attached_file(Message(raw))


def test_invitation_offering_documents_on_a_site_builder() -> None:
    raw = make_message(
        from_="Pat Nolan <pnolan@academy.example>",
        subject="Invitation: Contract renewal (Teams) @ Thu 10am",
        html=(
            "<p>Please review the renewal documents before the meeting: "
            '<a href="https://contract-docs.framer.website/review">View renewal documents</a></p>'
        ),
        text=None,
        attachments=[("invite.ics", "text/calendar", ICS)],
    )
    assert "LINK_DOCUMENT_ON_WEB_PAGE" in finding_ids(scan_offline(raw))
