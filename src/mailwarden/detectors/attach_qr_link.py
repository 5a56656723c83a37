"""A QR code carrying a web address, in an attached or inline image or inside a PDF.

"Quishing": the link is drawn, not written, so link scanners on the mail path never see it
and the reader opens it on a phone, outside the company's protection. The QR payload is read
with zxing-cpp (ISO/IEC 18004); the URL also joins ``Message.links`` (origin ``qr:<file>``)
so that the link detectors judge where it goes.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.message.attachments import analyse, link_domains
from mailwarden.message.parse import Message
from mailwarden.result import Finding


@detector(emits={"ATTACH_QR_LINK"}, group="attach")
def qr_link(msg: Message, ctx: Context) -> Iterator[Finding]:
    urls: list[str] = []
    files: list[str] = []
    for item in analyse(msg):
        if item.qr_urls:
            urls.extend(item.qr_urls)
            files.append(item.label)
    domains = link_domains(urls)
    if not domains:
        return
    yield Finding(
        "ATTACH_QR_LINK",
        summary=f"a QR code in {files[0]} leads to {domains[0]}",
        evidence={"url": urls[0], "domain": domains[0], "file": files[0], "domains": domains},
    )
