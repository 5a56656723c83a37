import pytest

from tests.helpers import finding_ids, make_message, scan_offline
from tests.message import attach_builders as build

ID = "ATTACH_EXECUTABLE"


def _ids(name: str, mime: str, data: bytes) -> set[str]:
    return finding_ids(scan_offline(make_message(attachments=[(name, mime, data)])))


@pytest.mark.parametrize(
    "name", ["invoice.pdf.exe", "payment.js", "scan.iso", "Report.lnk", "q3.xlsm", "x.hta"]
)
def test_fires_on_risky_names(name: str) -> None:
    assert ID in _ids(name, "application/octet-stream", b"\x00" * 64)


def test_fires_on_executable_inside_zip() -> None:
    data = build.zip_with(["docs/readme.txt", "docs/invoice.pdf.scr"])
    assert ID in _ids("docs.zip", "application/zip", data)


@pytest.mark.parametrize("name", ["report.pdf", "minutes.docx", "photo.jpg", "invite.ics"])
def test_silent_on_ordinary_documents(name: str) -> None:
    assert ID not in _ids(name, "application/octet-stream", b"\x00" * 64)


def test_silent_on_zip_of_documents() -> None:
    data = build.zip_with(["a.pdf", "b.docx", "c.csv"])
    assert ID not in _ids("docs.zip", "application/zip", data)
