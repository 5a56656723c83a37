from tests.helpers import finding_ids, make_message, scan_offline
from tests.message import attach_builders as build

ID = "ATTACH_PASSWORD_GIVEN"


def _scan(text: str, data: bytes):  # type: ignore[no-untyped-def]
    raw = make_message(text=text, attachments=[("Refund.pdf", "application/pdf", data)])
    return scan_offline(raw)


def test_fires_when_the_body_password_opens_the_pdf() -> None:
    result = _scan("Your refund is attached. Senha do PDF: 0204", build.encrypted_pdf("0204"))
    finding = next(f for f in result.findings if f.id == ID)
    assert finding.evidence["password"] == "opened"
    # Opened, the PDF's own link is analysed as usual.
    assert "ATTACH_PDF_LINK_ONLY" in finding_ids(result)


def test_fires_on_password_is_phrase() -> None:
    result = _scan("The password is 8812, open it today.", build.encrypted_pdf("8812"))
    assert ID in finding_ids(result)


def test_silent_when_no_password_is_given() -> None:
    result = _scan("Your statement is attached.", build.encrypted_pdf("9999"))
    assert ID not in finding_ids(result)


def test_silent_when_the_stated_password_does_not_open_it() -> None:
    result = _scan("Reset your password: go to the portal.", build.encrypted_pdf("9999"))
    assert ID not in finding_ids(result)


def test_silent_on_unprotected_pdf_with_password_talk() -> None:
    result = _scan("Password: 1234", build.pdf(("Minutes",)))
    assert ID not in finding_ids(result)
