"""An attachment whose name says document and whose bytes say otherwise.

"Invoice.pdf" that is a JPEG, "statement.docx" that is a web page: the file is named for the
reader, who trusts a PDF more than a picture or a page, while its content is what the sender
really sent (a rendered lure, a QR code, a login form). The kind is decided by the bytes
(``message.attachments`` sniffs magic numbers and markup), not by the declared MIME type, which
mail clients often get wrong (``application/octet-stream``). Mail programs and scanners name
a file by what they wrote, so genuine mail rarely shows this: a second signal, not a verdict.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.message.attachments import analyse
from mailwarden.message.parse import Message
from mailwarden.result import Finding


@detector(emits={"ATTACH_DISGUISED_TYPE"}, group="attach")
def disguised_type(msg: Message, ctx: Context) -> Iterator[Finding]:
    found = [item for item in analyse(msg) if item.disguised_as]
    if not found:
        return
    first = found[0]
    # Bytes that tell nothing (an empty part) leave the declared type as the only witness.
    actual = first.kind if first.kind != first.disguised_as else f"declared {first.content_type}"
    yield Finding(
        "ATTACH_DISGUISED_TYPE",
        summary=f"{first.label} is named as a {first.disguised_as.upper()} but is {actual}",
        evidence={
            "files": [item.label for item in found[:5]],
            "named_as": sorted({item.disguised_as for item in found}),
            "content": sorted({item.kind for item in found}),
        },
    )
