"""``attach_document_lure`` measures one version of a multipart/alternative cover note."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline
from tests.message import attach_builders as build


def test_document_lure_counts_one_version_of_an_alternative_body() -> None:
    # 25 words in each of the plain and the HTML version: the reader sees 25, not 50.
    note = (
        "Hello, here is a summary of your account updates. Update ID 21829904. "
        "Please see the pdf above for more detailed information about it. Thanks"
    )
    assert 20 < len(note.split()) < 40
    data = build.pdf(("Your account has been limited.", "Sign in to restore your account."))
    raw = make_message(
        subject="Account update 5/14",
        text=note,
        html=f"<p>{note}</p>",
        attachments=[("notice.pdf", "application/pdf", data)],
    )
    assert "ATTACH_DOCUMENT_LURE" in finding_ids(scan_offline(raw))

