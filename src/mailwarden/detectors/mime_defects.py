"""Parser defects and broken limits, as findings: the verdict still comes from the rest."""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.message.parse import Message
from mailwarden.result import Finding

LIMIT_KINDS = frozenset({"size", "depth", "parts", "decoded", "header"})


@detector(emits={"MIME_LIMIT_EXCEEDED", "MIME_MALFORMED"}, group="mime")
def parser_defects(msg: Message, ctx: Context) -> Iterator[Finding]:
    # Decode every part first so that decoding defects are known.
    for part in msg.parts:
        _ = part.text if part.content_type.startswith("text/") else part.payload
    limits = [d for d in msg.defects if d.kind in LIMIT_KINDS]
    malformed = [d for d in msg.defects if d.kind not in LIMIT_KINDS]
    if limits:
        yield Finding(
            "MIME_LIMIT_EXCEEDED",
            summary=f"broke a parsing limit: {limits[0].detail}",
            evidence={"limits": [f"{d.kind}: {d.detail}" for d in limits]},
        )
    if malformed:
        yield Finding(
            "MIME_MALFORMED",
            summary=f"malformed MIME: {malformed[0].detail}",
            evidence={"defects": [f"{d.kind}: {d.detail}" for d in malformed]},
        )
