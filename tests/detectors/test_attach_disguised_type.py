from tests.helpers import finding_ids, make_message, scan_offline
from tests.message import attach_builders as build

ID = "ATTACH_DISGUISED_TYPE"


def _ids(filename: str, mime: str, data: bytes) -> set[str]:
    raw = make_message(text="See attached.", attachments=[(filename, mime, data)])
    return finding_ids(scan_offline(raw))


def test_picture_named_as_a_pdf() -> None:
    assert ID in _ids("Invoice.pdf", "application/pdf", build.plain_png())


def test_web_page_named_as_a_word_file() -> None:
    page = b"<!DOCTYPE html><html><body><p>Statement</p></body></html>"
    assert ID in _ids("statement.docx", "application/octet-stream", page)


def test_declared_picture_named_as_a_pdf_with_no_readable_bytes() -> None:
    assert ID in _ids("scan.pdf", "image/jpeg", b"")


def test_real_pdf_declared_as_a_picture_is_no_disguise() -> None:
    # The content agrees with the name; only the declared type is wrong.
    assert ID not in _ids("fatura.pdf", "image/jpeg", build.pdf(("Fatura 12",)))


def test_picture_named_as_a_picture() -> None:
    assert ID not in _ids("photo.png", "image/png", build.plain_png())


def test_word_file_that_is_a_word_file() -> None:
    assert ID not in _ids(
        "report.docx", "application/octet-stream", build.zip_with(["word/document.xml"])
    )
