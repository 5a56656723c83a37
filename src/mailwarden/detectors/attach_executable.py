"""Attachments that run code when opened: programs, scripts, shortcuts, disk images that hide
them, macro-enabled Office files, OneNote files, configuration profiles, PDFs with a Launch
action (ISO 32000-1 §12.6.4.5), and archives listing such files (or web pages) inside.

Mail services block these types for a reason; in a phishing message they are the payload.
Judged by name (the extension the reader's system will honour, so ``invoice.pdf.exe`` is an
executable) and, for ZIP archives, by the member names of the central directory: nothing is
extracted.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.message.attachments import KIND_PDF, analyse
from mailwarden.message.parse import Message
from mailwarden.result import Finding


@detector(emits={"ATTACH_EXECUTABLE"}, group="attach")
def executable(msg: Message, ctx: Context) -> Iterator[Finding]:
    files: list[str] = []
    types: list[str] = []
    for item in analyse(msg):
        if item.risky_type:
            files.append(item.label)
            types.append(item.risky_type)
        elif item.kind == KIND_PDF and item.pdf_launch:
            files.append(item.label)
            types.append("PDF launch action")
        if item.risky_members:
            files.extend(f"{item.label}/{m}" for m in item.risky_members)
            types.append("encrypted archive" if item.archive_encrypted else "archive")
    if not files:
        return
    yield Finding(
        "ATTACH_EXECUTABLE",
        summary=f"risky attachment {files[0]} ({types[0]})",
        evidence={"files": files, "types": list(dict.fromkeys(types))},
    )
